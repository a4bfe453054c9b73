//! Russian: the language most readers along the corridors read.

use super::{Key, Locale, Msg};
use crate::dataset::error::{Expect, JsonKind};
use crate::model::{Confidence, Mode, NodeKind, Stage, Status, Unit, Verdict};
use crate::panel::Panel;

pub(super) const LOCALE: Locale = Locale {
    tag: "ru",
    name: "Русский",
    // A no-break space groups thousands (ГОСТ 8.417: "300 000").
    thousands: '\u{a0}',
    decimal: ',',
    quotes: ("«", "»"),
    months: [
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь",
    ],
    months_after_day: [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
    day_month_year: "{day} {month} {year} г.",
    text,
};

fn text(key: Key) -> &'static str {
    match key {
        Key::Loading => "Загрузка данных …",
        Key::StartFailed => {
            "Карта не запустилась: её программа (corridor-explorer, WebAssembly) не загрузилась. Пожалуйста, перезагрузите страницу."
        }
        Key::NoScript => {
            "Без JavaScript карта — просто изображение: для масштабирования, данных по маршрутам и проверки фактов он нужен. Данные материала:"
        }
        Key::Retry => "Повторить",
        Key::LoadFailed => "Не удалось загрузить данные",
        Key::DataInvalid => "В файле данных есть ошибки",
        Key::NodesCaption => "Пункты в наборе данных",
        Key::LegsCaption => "Участки маршрутов в наборе данных",
        Key::ColName => "Название",
        Key::ColKind => "Тип",
        Key::ColCountry => "Страна",
        Key::ColPosition => "Координаты (широта, долгота)",
        Key::ColConfidence => "Надёжность",
        Key::ColLeg => "Участок",
        Key::ColCorridor => "Маршрут",
        Key::ColMode => "Вид транспорта",
        Key::ColStatus => "Статус",
        Key::ColYear => "Год",
        Key::ColSources => "Источники",
        Key::Schematic => "схематично",
        Key::Languages => "Язык",
        Key::LegendHint => "Показать или скрыть маршруты:",
        Key::KeyRail => "железная дорога",
        Key::KeyFerry => "паром / судно",
        Key::KeyPlanned => "планируется",
        Key::KeyDiscussed => "обсуждается",
        Key::MapLabel => "Карта: {title}",
        Key::ZoomIn => "Приблизить",
        Key::ZoomOut => "Отдалить",
        Key::ZoomReset => "Сбросить вид",
        Key::MapKeys => "Стрелки сдвигают карту, + и − меняют масштаб, 0 сбрасывает, Esc снимает выбор.",
        Key::Length => "Длина",
        Key::Attribution => {
            "Основа карты: Natural Earth (общественное достояние). Данные: см. источники в наборе данных; линии схематичны."
        }
        Key::TablesHeading => "Карта в виде таблицы",
        Key::HintCtrlScroll => "Чтобы изменить масштаб, используйте Ctrl + колесо мыши",
        Key::HintTwoFingers => "Двигайте и масштабируйте карту двумя пальцами",
        Key::FactCheckHeading => "Что написано в статье – и что говорят источники",
        Key::ArticleSaid => "В статье:",
        Key::SourcesSay => "Источники:",
        Key::SourcesHeading => "Источники",
        Key::HowWeChecked => {
            "Как мы проверяли: каждая цифра взята из названного источника, с его годом и нашей оценкой надёжности (A – официальный источник, B – агентство или отраслевая пресса со ссылкой на официальных лиц, C – приблизительно, ? – не подтверждено). Цифры без источника приводятся только как утверждения статьи."
        }
        Key::PanelsLabel => "Цифры по маршрутам",
        Key::ShowTable => "Показать таблицей",
        Key::HideTable => "Скрыть таблицу",
        Key::AlsoReported => "Также сообщалось",
        Key::KeyMeasured => "факт",
        Key::KeyTarget => "цель",
        Key::KeyCapacity => "пропускная способность",
        Key::TransitDays => "Время в пути, дней",
        Key::TransitHours => "Время полёта, часов",
        Key::YearLabel => "Год",
        Key::YearHint => "На карте – участки, существовавшие в этом году; на графиках год отмечен.",
        Key::RouteFigures => "Цифры по этому маршруту",
        Key::NoRouteFigures => "По этому маршруту в наборе данных нет цифр.",
        Key::EarlierYears => "Прежние годы",
        Key::ColFigure => "Показатель",
        Key::ColValue => "Значение",
        Key::ColSource => "Источник",
        Key::ColStage => "Стадия",
        Key::Unverified => "не подтверждено",
        Key::SourceMarker => "Источник",
        Key::AddressIgnored => "Не распознано в адресе и пропущено:",
        Key::EmbedButton => "Встроить",
        Key::EmbedTitle => "Встроить эту карту",
        Key::EmbedHelp => {
            "Скопируйте код в статью. Он показывает карту в нынешнем виде (маршрут, год, язык, фрагмент, вкладка) и сам подбирает высоту iframe."
        }
        Key::EmbedCode => "Код для встраивания",
        Key::EmbedCopy => "Скопировать код",
        Key::EmbedCopied => "Скопировано.",
        Key::Close => "Закрыть",
        Key::OpenFullView => "Открыть полную версию ↗",
        Key::Downloads => "Скачать",
        Key::DownloadSvg => "Карта в SVG",
        Key::DownloadPng => "Карта в PNG",
        Key::DownloadCsv => "Цифры в CSV",
        Key::DownloadGeojson => "Данные в GeoJSON",
        Key::MoreDetails => "Данные в таблицах и источники",
        Key::StepsLabel => "История шаг за шагом",
        Key::PartSteps => "История шаг за шагом (следует за прокруткой статьи)",
        Key::StepsOverview => "Следите за историей статьи на карте: кнопка «Далее» или клавиши со стрелками.",
        Key::StepPrevious => "Назад",
        Key::StepNext => "Далее",
        Key::RaceStart => "Гонка контейнеров",
        Key::RaceHint => {
            "По контейнеру на каждый маршрут, все отправлены одновременно, каждый со скоростью, соответствующей его заявленному времени в пути"
        }
        Key::RaceLabel => "Гонка: по контейнеру на каждый маршрут",
        Key::RacePause => "Пауза",
        Key::RaceResume => "Продолжить",
        Key::RaceRestart => "Сначала",
        Key::RaceEnd => "Закончить гонку",
        Key::RaceEvenPace => {
            "Каждый контейнер движется равномерно: ни один источник не называет время ожидания на границах, в портах и на каспийском пароме, поэтому оно не показано."
        }
        Key::RaceClaimed => "заявлено, источник не найден",
        Key::RaceClaimMarker => "заявлено",
        Key::RaceStill => "Без анимации, как просит ваша система: каждый контейнер на финише, с числом дней.",
        Key::OneCorrection => "1 исправление",
        Key::EmbedPart => "Что встроить",
        Key::PartMap => "Карта",
        Key::PartAll => "Всё",
        Key::ShowWholePanel => "Показать полностью",
        Key::OpenInteractive => "Открыть интерактивную графику",
        Key::Measuring => "измеряется …",
        Key::PanelSources => "Источники",
        Key::Mode(m) => match m {
            Mode::Rail => "ж/д",
            Mode::Ferry => "паром",
            Mode::Road => "автодорога",
            Mode::Air => "авиа",
            Mode::Sea => "море",
        },
        Key::Status(s) => match s {
            Status::Operating => "действует",
            Status::Planned => "планируется",
            Status::Discussed => "обсуждается",
        },
        Key::NodeKind(k) => match k {
            NodeKind::Hub => "ж/д узел",
            NodeKind::Seaport => "порт",
            NodeKind::BorderCrossing => "погранпереход",
            NodeKind::Airport => "аэропорт",
            NodeKind::City => "город",
        },
        Key::Confidence(c) => match c {
            Confidence::A => "A – официально",
            Confidence::B => "B – агентство/отраслевая пресса",
            Confidence::C => "C – приблизительно",
            Confidence::Unverified => "? – не подтверждено",
        },
        Key::Verdict(v) => match v {
            Verdict::Confirmed => "подтверждено",
            Verdict::DisputedAttribution => "цифра верна, отнесена неверно",
            Verdict::Unverified => "не подтверждено",
            Verdict::Proposed => "лишь обсуждается",
        },
        Key::Stage(s) => match s {
            Stage::Agreed => "согласовано",
            Stage::Proposed => "предложено",
            Stage::Talks => "только переговоры",
        },
        Key::Panel(p) => match p {
            Panel::Volume => "Объёмы",
            Panel::Transit => "Время в пути",
            Panel::Investment => "Инвестиции",
            Panel::FactCheck => "Проверка фактов",
        },
        Key::Unit(u) => match u {
            Unit::Mt => " млн т",
            Unit::Teu => " ДФЭ",
            Unit::Trains => " поездов",
            Unit::Days => " дн.",
            Unit::Hours => " ч",
            Unit::Km => " км",
            Unit::EurBn => " млрд €",
            Unit::EurM => " млн €",
            Unit::UsdBn => " млрд $",
            Unit::UsdM => " млн $",
            Unit::Count => "",
        },
        Key::ChartTitle(u) => match u {
            Unit::Mt => "Грузы за год, млн тонн",
            Unit::Teu => "Контейнеры за год, ДФЭ",
            Unit::Trains => "Поезда за год",
            Unit::Days => "дни",
            Unit::Hours => "часы",
            Unit::Km => "километры",
            Unit::EurBn => "млрд евро",
            Unit::EurM => "млн евро",
            Unit::UsdBn => "млрд долларов США",
            Unit::UsdM => "млн долларов США",
            Unit::Count => "количество",
        },
        Key::Json(j) => match j {
            JsonKind::Null => "null",
            JsonKind::Bool => "true/false",
            JsonKind::Number => "число",
            JsonKind::Text => "текст",
            JsonKind::List => "список",
            JsonKind::Object => "объект",
        },
        Key::Expect(e) => match e {
            Expect::Text => "текст",
            Expect::Number => "число",
            Expect::Bool => "true или false",
            Expect::Year => "год",
            Expect::TextList => "список текстов",
            Expect::Names => "объект с текстом на каждом языке («de», «en», …)",
            Expect::Object => "объект",
            Expect::List => "список",
        },
        Key::Msg(m) => message(m),
    }
}

fn message(m: Msg) -> &'static str {
    match m {
        Msg::IssueLine => "{place}, поле {field}: {problem}",
        Msg::Named => "{what} {id} (№ {index})",
        Msg::Unnamed => "{what} № {index} (без id)",
        Msg::FeatureWord => "объект (feature)",
        Msg::FigureWord => "показатель",
        Msg::ClaimWord => "утверждение",
        Msg::SourceWord => "источник",
        Msg::CorridorWord => "коридор",
        Msg::VariantWord => "вариант",
        Msg::StoryWord => "история (story)",
        Msg::EntryWord => "запись",
        Msg::Missing => "отсутствует",
        Msg::Empty => "пусто",
        Msg::WrongType => "содержит {found}, ожидается {expected}",
        Msg::UnknownValue => "«{found}» не известно; допустимо: {allowed}",
        Msg::DuplicateId => "id «{id}» встречается несколько раз",
        Msg::UnknownNode => "«{id}» – не пункт (Point) этого набора данных",
        Msg::UnknownSource => "источника «{id}» нет в списке «sources»",
        Msg::UnknownCorridor => "«{id}» – не коридор из списка «corridors»; есть: {allowed}",
        Msg::OffNode => "линия заканчивается в {distance}° от пункта «{node}» (допустимо: {tolerance}°)",
        Msg::BadCoordinate => "координата ({lon}, {lat}) вне долготы −180…180 / широты −90…90",
        Msg::WrongGeometry => "содержит {found}, ожидается {expected}",
        Msg::TooFewPositions => "содержит {found} точек, нужно не меньше {expected}",
        Msg::BadGeometry => "не является геометрией GeoJSON ({message})",
        Msg::YearOutOfRange => "{found} вне диапазона 1990–2050",
        Msg::RangeReversed => "диапазон {min}–{max}: минимум больше максимума",
        Msg::MissingLanguage => "нет перевода «{lang}»",
        Msg::UnsupportedLanguage => "«{found}» – не язык интерфейса; есть: {allowed}",
        Msg::BadColour => "«{found}» – не цвет вида #RRGGBB (например, #D55E00)",
        Msg::BadFrame => {
            "содержит {found}; ожидается [[запад, юг], [восток, север]] в градусах, запад < восток, юг < север"
        }
        Msg::BadProjection => "содержит {found}; ожидается {expected}",
        Msg::BadFileName => {
            "«{found}» – не имя файла в data/ (строчные латинские буквы, цифры и -, не длиннее 40, затем .json)"
        }
        Msg::BadId => "«{found}» – не id (строчные латинские буквы, цифры, - и _, не длиннее 40 знаков)",
        Msg::TooMany => "содержит {found} записей; на карте различимы не больше {max}",
        Msg::UnknownFigure => "в истории нет показателя с идентификатором «{id}»",
        Msg::NotRaceable => "«{id}» не может участвовать в гонке: только время в пути в днях одного коридора",
        Msg::NoRaceLine => {
            "показатель «{id}» не может участвовать в гонке: у коридора «{corridor}» нет линии действующих участков от начала до конца"
        }
        Msg::FlowWithoutVolumes => {
            "в ряду «{series}» нет объёмов этого коридора, по которым можно задать толщину линии"
        }
        Msg::FlowUnits => {
            "ряд «{series}» указан в {found}, толщина линий других коридоров – в {unit}: на одной карте нужна одна единица"
        }
        Msg::FlowKey => "Толщина линии: {unit} в год, последнее значение до {year} г.",
        Msg::MixedUnits => "ряд «{series}» указан в {unit} (с «{first}»), а этот показатель – в {found}",
        Msg::Approximate => "приблизительно (надёжность C)",
        Msg::UnverifiedFigure => "не подтверждено (надёжность ?)",
        Msg::SchematicGeometry => "нарисовано схематично",
        Msg::NotJson => "Некорректный JSON: строка {line}, столбец {column} ({message})",
        Msg::NotFeatureCollection => "Не GeoJSON FeatureCollection: найдено {found}",
        Msg::Invalid => "Ошибок: {count}. {list}",
        Msg::ErrorCount => "ошибок: {count}",
        Msg::BasemapUnreadable => "не файл основы карты ({message})",
        Msg::BasemapFormat => "формат «{found}», ожидается «{expected}»; пересоздайте командой ./run basemap",
        Msg::BasemapOddLine => "линия {index} в «{layer}» содержит нечётное число координат",
        Msg::Network => "{url}: сервер не отвечает ({message})",
        Msg::Http => "{url}: сервер ответил HTTP {status}",
        Msg::Stalled => "{url}: файл не загрузился полностью за {seconds} с",
        Msg::ChartSeries => "{name}: {first} в {first_year} г., {last} в {last_year} г.",
        Msg::ChartTarget => "цель на {year} г.: {amount}",
        Msg::CorrectionWord => "исправление",
        Msg::BadDay => "«{found}» – не дата вида ГГГГ-ММ-ДД (например, 2026-12-03)",
        Msg::CorrectionAfterUpdate => "исправление от {date} позже даты «updated» истории ({updated})",
        Msg::Updated => "Обновлено {date}",
        Msg::Corrections => "исправлений: {count}",
        Msg::PartHeight => "высота {height} px при ширине 320 px",
        Msg::BadRank => "равно {found}; ранг – 1, 2 или 3",
        Msg::BadAnnotationAt => "равно {found}; ожидается id места или участка либо [долгота, широта]",
        Msg::AnnotationWord => "примечание",
        Msg::StepWord => "шаг",
        Msg::StepCount => "Шаг {n} из {count}",
        Msg::StepsStart => "История в {count} шагах",
        Msg::RaceDay => "День {day}",
        Msg::RaceArrives => "прибывает на {day}-й день",
        Msg::RaceNoLine => "{route}: в {year} году нет действующей линии, не участвует",
        Msg::ScaleNorth => "Масштаб на {lat}° с. ш.",
        Msg::ScaleSouth => "Масштаб на {lat}° ю. ш.",
    }
}
