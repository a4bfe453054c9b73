//! German: the seed article's language, and the fallback.

use super::{Key, Locale, Msg};
use crate::dataset::error::{Expect, JsonKind};
use crate::model::{Confidence, Mode, NodeKind, Stage, Status, Unit, Verdict};
use crate::panel::Panel;

pub(super) const LOCALE: Locale = Locale {
    tag: "de",
    name: "Deutsch",
    thousands: '.',
    decimal: ',',
    quotes: ("„", "“"),
    months: MONTHS,
    months_after_day: MONTHS,
    day_month_year: "{day}. {month} {year}",
    text,
};

const MONTHS: [&str; 12] = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];

fn text(key: Key) -> &'static str {
    match key {
        Key::Loading => "Daten werden geladen …",
        Key::StartFailed => {
            "Die Karte konnte nicht starten: ihr Programm (corridor-explorer, WebAssembly) wurde nicht geladen. Bitte laden Sie die Seite neu."
        }
        Key::NoScript => {
            "Ohne JavaScript ist die Karte ein Bild: Zoomen, die Zahlen zu den Routen und der Faktencheck brauchen es. Die Daten der Geschichte:"
        }
        Key::Retry => "Erneut versuchen",
        Key::LoadFailed => "Die Daten konnten nicht geladen werden",
        Key::DataInvalid => "Die Datei enthält Fehler",
        Key::NodesCaption => "Orte im Datensatz",
        Key::LegsCaption => "Streckenabschnitte im Datensatz",
        Key::ColName => "Name",
        Key::ColKind => "Art",
        Key::ColCountry => "Land",
        Key::ColPosition => "Lage (Breite, Länge)",
        Key::ColConfidence => "Sicherheit",
        Key::ColLeg => "Abschnitt",
        Key::ColCorridor => "Route",
        Key::ColMode => "Verkehrsträger",
        Key::ColStatus => "Stand",
        Key::ColYear => "Jahr",
        Key::ColSources => "Quellen",
        Key::Schematic => "schematisch",
        Key::Languages => "Sprache",
        Key::LegendHint => "Routen ein- und ausblenden:",
        Key::KeyRail => "Bahn",
        Key::KeyFerry => "Fähre / Schiff",
        Key::KeyPlanned => "geplant",
        Key::KeyDiscussed => "im Gespräch",
        Key::MapLabel => "Karte: {title}",
        Key::ZoomIn => "Vergrößern",
        Key::ZoomOut => "Verkleinern",
        Key::ZoomReset => "Ansicht zurücksetzen",
        Key::MapKeys => "Pfeiltasten verschieben, + und − zoomen, 0 setzt zurück, Esc hebt die Auswahl auf.",
        Key::Length => "Länge",
        Key::Attribution => {
            "Grundkarte: Natural Earth (gemeinfrei). Daten: siehe Quellen im Datensatz; Linien schematisch."
        }
        Key::TablesHeading => "Die Karte als Tabelle",
        Key::HintCtrlScroll => "Zum Zoomen Strg + Mausrad benutzen",
        Key::HintTwoFingers => "Karte mit zwei Fingern verschieben und zoomen",
        Key::FactCheckHeading => "Was der Artikel sagt – und was die Quellen sagen",
        Key::ArticleSaid => "Der Artikel:",
        Key::SourcesSay => "Die Quellen:",
        Key::SourcesHeading => "Quellen",
        Key::HowWeChecked => {
            "So haben wir geprüft: Jede Zahl stammt aus einer benannten Quelle und trägt deren Jahr und unsere Einschätzung der Sicherheit (A amtlich, B Agentur oder Fachpresse mit amtlicher Angabe, C ungefähr, ? unbelegt). Zahlen ohne Quelle zeigen wir nur als Aussage des Artikels."
        }
        Key::PanelsLabel => "Zahlen zu den Routen",
        Key::ShowTable => "Als Tabelle zeigen",
        Key::HideTable => "Tabelle ausblenden",
        Key::AlsoReported => "Außerdem berichtet",
        Key::KeyMeasured => "gemessen",
        Key::KeyTarget => "Ziel",
        Key::KeyCapacity => "Kapazität",
        Key::TransitDays => "Fahrzeit in Tagen",
        Key::TransitHours => "Flugzeit in Stunden",
        Key::YearLabel => "Jahr",
        Key::YearHint => {
            "Die Karte zeigt die Strecken, die in diesem Jahr bestanden; die Diagramme markieren das Jahr."
        }
        Key::RouteFigures => "Zahlen zu dieser Route",
        Key::NoRouteFigures => "Zu dieser Route gibt es im Datensatz keine Zahlen.",
        Key::EarlierYears => "Frühere Jahre",
        Key::ColFigure => "Angabe",
        Key::ColValue => "Wert",
        Key::ColSource => "Quelle",
        Key::ColStage => "Stand",
        Key::Unverified => "unbelegt",
        Key::SourceMarker => "Quelle",
        Key::AddressIgnored => "In der Adresse nicht verstanden und übergangen:",
        Key::EmbedButton => "Einbetten",
        Key::EmbedTitle => "Diese Karte einbetten",
        Key::EmbedHelp => {
            "Den Code in den Artikel kopieren. Er zeigt die Karte so, wie sie jetzt eingestellt ist (Route, Jahr, Sprache, Ausschnitt, Reiter), und passt die Höhe des iframes selbst an."
        }
        Key::EmbedCode => "Einbettungscode",
        Key::EmbedCopy => "Code kopieren",
        Key::EmbedCopied => "Kopiert.",
        Key::Close => "Schließen",
        Key::OpenFullView => "Vollansicht öffnen ↗",
        Key::Downloads => "Herunterladen",
        Key::DownloadSvg => "Karte als SVG",
        Key::DownloadPng => "Karte als PNG",
        Key::DownloadCsv => "Zahlen als CSV",
        Key::DownloadGeojson => "Daten als GeoJSON",
        Key::MoreDetails => "Daten als Tabelle und Quellen",
        Key::StepsLabel => "Die Geschichte, Schritt für Schritt",
        Key::PartSteps => "Die Geschichte, Schritt für Schritt (folgt dem Scrollen des Artikels)",
        Key::StepsOverview => {
            "Folgen Sie der Geschichte des Artikels auf der Karte: mit „Weiter“ oder den Pfeiltasten."
        }
        Key::StepPrevious => "Zurück",
        Key::StepNext => "Weiter",
        Key::RaceStart => "Container-Wettrennen",
        Key::RaceHint => {
            "Ein Container je Route, alle zugleich losgeschickt, jeder im Tempo seiner berichteten Fahrzeit"
        }
        Key::RaceLabel => "Das Wettrennen: ein Container je Route",
        Key::RacePause => "Anhalten",
        Key::RaceResume => "Weiter",
        Key::RaceRestart => "Neu starten",
        Key::RaceEnd => "Rennen beenden",
        Key::RaceEvenPace => {
            "Jeder Container fährt gleichmäßig: Keine Quelle nennt die Wartezeiten an Grenzen, Häfen und der Kaspi-Fähre, darum zeigt die Karte keine."
        }
        Key::RaceClaimed => "behauptet, keine Quelle gefunden",
        Key::RaceClaimMarker => "Behauptung",
        Key::RaceStill => {
            "Ohne Bewegung, wie Ihr System es wünscht: jeder Container am Ziel, mit seinen Tagen."
        }
        Key::OneCorrection => "1 Korrektur",
        Key::EmbedPart => "Was eingebettet wird",
        Key::PartMap => "Karte",
        Key::PartAll => "Alles",
        Key::ShowWholePanel => "Ganz anzeigen",
        Key::OpenInteractive => "Interaktive Grafik öffnen",
        Key::Measuring => "wird gemessen …",
        Key::PanelSources => "Quellen",
        Key::Mode(m) => match m {
            Mode::Rail => "Bahn",
            Mode::Ferry => "Fähre",
            Mode::Road => "Straße",
            Mode::Air => "Flug",
            Mode::Sea => "Schiff",
        },
        Key::Status(s) => match s {
            Status::Operating => "in Betrieb",
            Status::Planned => "geplant",
            Status::Discussed => "im Gespräch",
        },
        Key::NodeKind(k) => match k {
            NodeKind::Hub => "Bahnknoten",
            NodeKind::Seaport => "Hafen",
            NodeKind::BorderCrossing => "Grenzübergang",
            NodeKind::Airport => "Flughafen",
            NodeKind::City => "Stadt",
        },
        Key::Confidence(c) => match c {
            Confidence::A => "A – amtlich",
            Confidence::B => "B – Agentur/Fachpresse",
            Confidence::C => "C – ungefähr",
            Confidence::Unverified => "? – unbelegt",
        },
        Key::Verdict(v) => match v {
            Verdict::Confirmed => "bestätigt",
            Verdict::DisputedAttribution => "Zahl echt, Zuordnung falsch",
            Verdict::Unverified => "unbelegt",
            Verdict::Proposed => "nur im Gespräch",
        },
        Key::Stage(s) => match s {
            Stage::Agreed => "vereinbart",
            Stage::Proposed => "vorgeschlagen",
            Stage::Talks => "nur Gespräche",
        },
        Key::Panel(p) => match p {
            Panel::Volume => "Mengen",
            Panel::Transit => "Fahrzeit",
            Panel::Investment => "Investitionen",
            Panel::FactCheck => "Faktencheck",
        },
        Key::Unit(u) => match u {
            Unit::Mt => " Mio. t",
            Unit::Teu => " TEU",
            Unit::Trains => " Züge",
            Unit::Days => " Tage",
            Unit::Hours => " Std.",
            Unit::Km => " km",
            Unit::EurBn => " Mrd. €",
            Unit::EurM => " Mio. €",
            Unit::UsdBn => " Mrd. $",
            Unit::UsdM => " Mio. $",
            Unit::Count => "",
        },
        Key::ChartTitle(u) => match u {
            Unit::Mt => "Fracht pro Jahr, Millionen Tonnen",
            Unit::Teu => "Container pro Jahr, TEU",
            Unit::Trains => "Züge pro Jahr",
            Unit::Days => "Tage",
            Unit::Hours => "Stunden",
            Unit::Km => "Kilometer",
            Unit::EurBn => "Milliarden Euro",
            Unit::EurM => "Millionen Euro",
            Unit::UsdBn => "Milliarden US-Dollar",
            Unit::UsdM => "Millionen US-Dollar",
            Unit::Count => "Anzahl",
        },
        Key::Json(j) => match j {
            JsonKind::Null => "null",
            JsonKind::Bool => "true/false",
            JsonKind::Number => "eine Zahl",
            JsonKind::Text => "ein Text",
            JsonKind::List => "eine Liste",
            JsonKind::Object => "ein Objekt",
        },
        Key::Expect(e) => match e {
            Expect::Text => "einen Text",
            Expect::Number => "eine Zahl",
            Expect::Bool => "true oder false",
            Expect::Year => "eine Jahreszahl",
            Expect::TextList => "eine Liste von Texten",
            Expect::Names => "ein Objekt mit einem Text je Sprache („de“, „en“, …)",
            Expect::Object => "ein Objekt",
            Expect::List => "eine Liste",
        },
        Key::Msg(m) => message(m),
    }
}

fn message(m: Msg) -> &'static str {
    match m {
        Msg::IssueLine => "{place}, Feld {field}: {problem}",
        Msg::Named => "{what} {id} (#{index})",
        Msg::Unnamed => "{what} #{index} (ohne id)",
        Msg::FeatureWord => "Feature",
        Msg::FigureWord => "Kennzahl",
        Msg::ClaimWord => "Aussage",
        Msg::SourceWord => "Quelle",
        Msg::CorridorWord => "Korridor",
        Msg::VariantWord => "Variante",
        Msg::StoryWord => "Geschichte (story)",
        Msg::EntryWord => "Eintrag",
        Msg::Missing => "fehlt",
        Msg::Empty => "ist leer",
        Msg::WrongType => "ist {found}, erwartet wird {expected}",
        Msg::UnknownValue => "„{found}“ ist nicht bekannt; erlaubt: {allowed}",
        Msg::DuplicateId => "die id „{id}“ kommt mehrfach vor",
        Msg::UnknownNode => "„{id}“ ist kein Ort (Point-Feature) im Datensatz",
        Msg::UnknownSource => "die Quelle „{id}“ steht nicht in der Liste „sources“",
        Msg::UnknownCorridor => "„{id}“ ist kein Korridor der Liste „corridors“; vorhanden: {allowed}",
        Msg::OffNode => "die Linie endet {distance}° neben dem Ort „{node}“ (erlaubt: {tolerance}°)",
        Msg::BadCoordinate => "Koordinate ({lon}, {lat}) liegt außerhalb von Länge −180…180 / Breite −90…90",
        Msg::WrongGeometry => "ist {found}, erwartet wird {expected}",
        Msg::TooFewPositions => "hat {found} Punkte, nötig sind mindestens {expected}",
        Msg::BadGeometry => "ist keine gültige GeoJSON-Geometrie ({message})",
        Msg::YearOutOfRange => "{found} liegt außerhalb von 1990–2050",
        Msg::RangeReversed => "Spanne {min}–{max}: das Minimum ist größer als das Maximum",
        Msg::MissingLanguage => "die Übersetzung „{lang}“ fehlt",
        Msg::UnsupportedLanguage => "„{found}“ ist keine Sprache der Oberfläche; vorhanden: {allowed}",
        Msg::BadColour => "„{found}“ ist keine Farbe der Form #RRGGBB (z. B. #D55E00)",
        Msg::BadFrame => {
            "ist {found}; erwartet wird [[West, Süd], [Ost, Nord]] in Grad, West < Ost, Süd < Nord"
        }
        Msg::BadProjection => "ist {found}; erwartet wird {expected}",
        Msg::BadFileName => {
            "„{found}“ ist kein Dateiname in data/ (Kleinbuchstaben, Ziffern und -, höchstens 40, dann .json)"
        }
        Msg::BadId => "„{found}“ ist keine id (Kleinbuchstaben, Ziffern, - und _, höchstens 40 Zeichen)",
        Msg::TooMany => "hat {found} Einträge, eine Karte unterscheidet höchstens {max}",
        Msg::UnknownFigure => "keine Zahl der Geschichte hat die ID „{id}“",
        Msg::NotRaceable => {
            "„{id}“ kann nicht mitfahren: nur eine Fahrzeit in Tagen eines Korridors kann das"
        }
        Msg::NoRaceLine => {
            "die Zahl „{id}“ kann nicht mitfahren: der Korridor „{corridor}“ hat keine durchgehende Linie betriebener Abschnitte vom Start zum Ziel"
        }
        Msg::FlowWithoutVolumes => {
            "die Reihe „{series}“ hat keine Mengen dieses Korridors, nach denen sich die Linienbreite richten könnte"
        }
        Msg::FlowUnits => {
            "die Reihe „{series}“ ist in {found}, die Linienbreiten der anderen Korridore in {unit}: die Breiten einer Karte brauchen eine Einheit"
        }
        Msg::FlowKey => "Linienbreite: {unit} im Jahr, die letzte Zahl bis {year}",
        Msg::MixedUnits => "die Reihe „{series}“ ist in {unit} (seit „{first}“), hier aber in {found}",
        Msg::Approximate => "ist nur ungefähr (Sicherheit C)",
        Msg::UnverifiedFigure => "ist unbelegt (Sicherheit ?)",
        Msg::SchematicGeometry => "ist schematisch gezeichnet",
        Msg::NotJson => "Kein gültiges JSON: Zeile {line}, Spalte {column} ({message})",
        Msg::NotFeatureCollection => "Keine GeoJSON-FeatureCollection: gefunden wurde {found}",
        Msg::Invalid => "{count} Fehler: {list}",
        Msg::ErrorCount => "{count} Fehler",
        Msg::BasemapUnreadable => "keine Grundkarte ({message})",
        Msg::BasemapFormat => "Format „{found}“, erwartet „{expected}“; neu erzeugen mit ./run basemap",
        Msg::BasemapOddLine => "Linie {index} in „{layer}“ hat eine ungerade Zahl von Koordinaten",
        Msg::Network => "{url}: keine Antwort vom Server ({message})",
        Msg::Http => "{url}: der Server antwortete mit HTTP {status}",
        Msg::Stalled => "{url}: die Datei war nach {seconds} s nicht vollständig da",
        Msg::ChartSeries => "{name}: {first} im Jahr {first_year}, {last} {last_year}",
        Msg::ChartTarget => "Ziel {year}: {amount}",
        Msg::CorrectionWord => "Korrektur",
        Msg::BadDay => "\"{found}\" ist kein Tag der Form JJJJ-MM-TT (z. B. 2026-12-03)",
        Msg::CorrectionAfterUpdate => {
            "die Korrektur vom {date} liegt nach dem Tag „updated“ der Geschichte ({updated})"
        }
        Msg::Updated => "Aktualisiert am {date}",
        Msg::Corrections => "{count} Korrekturen",
        Msg::PartHeight => "{height} px hoch bei 320 px Breite",
        Msg::BadRank => "ist {found}; ein Rang ist 1, 2 oder 3",
        Msg::BadAnnotationAt => {
            "ist {found}; erwartet: die ID eines Orts oder Abschnitts oder [Länge, Breite]"
        }
        Msg::AnnotationWord => "Anmerkung",
        Msg::StepWord => "Schritt",
        Msg::StepCount => "Schritt {n} von {count}",
        Msg::StepsStart => "Die Geschichte in {count} Schritten",
        Msg::RaceDay => "Tag {day}",
        Msg::RaceArrives => "kommt an Tag {day} an",
        Msg::RaceNoLine => "{route}: {year} keine durchgehend betriebene Strecke, fährt nicht mit",
        Msg::ScaleNorth => "Maßstab bei {lat}° N",
        Msg::ScaleSouth => "Maßstab bei {lat}° S",
    }
}
