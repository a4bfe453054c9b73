//! English: the language of the validator's output, and of most sources.

use super::{Key, Locale, Msg};
use crate::dataset::error::{Expect, JsonKind};
use crate::model::{Confidence, Mode, NodeKind, Stage, Status, Unit, Verdict};
use crate::panel::Panel;

pub(super) const LOCALE: Locale = Locale {
    tag: "en",
    name: "English",
    thousands: ',',
    decimal: '.',
    quotes: ("\"", "\""),
    months: MONTHS,
    months_after_day: MONTHS,
    day_month_year: "{day} {month} {year}",
    text,
};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn text(key: Key) -> &'static str {
    match key {
        Key::Loading => "Loading data …",
        Key::StartFailed => {
            "The map could not start: its program (corridor-explorer, WebAssembly) did not load. Please reload the page."
        }
        Key::NoScript => {
            "Without JavaScript the map is a picture: zooming, the routes' figures and the fact check need it. The story's data:"
        }
        Key::Retry => "Try again",
        Key::LoadFailed => "The data could not be loaded",
        Key::DataInvalid => "The data file has errors",
        Key::NodesCaption => "Places in the dataset",
        Key::LegsCaption => "Route legs in the dataset",
        Key::ColName => "Name",
        Key::ColKind => "Kind",
        Key::ColCountry => "Country",
        Key::ColPosition => "Position (lat, lon)",
        Key::ColConfidence => "Confidence",
        Key::ColLeg => "Leg",
        Key::ColCorridor => "Route",
        Key::ColMode => "Mode",
        Key::ColStatus => "Status",
        Key::ColYear => "Year",
        Key::ColSources => "Sources",
        Key::Schematic => "schematic",
        Key::Languages => "Language",
        Key::LegendHint => "Show or hide routes:",
        Key::KeyRail => "rail",
        Key::KeyFerry => "ferry / ship",
        Key::KeyPlanned => "planned",
        Key::KeyDiscussed => "discussed",
        Key::MapLabel => "Map: {title}",
        Key::ZoomIn => "Zoom in",
        Key::ZoomOut => "Zoom out",
        Key::ZoomReset => "Reset view",
        Key::MapKeys => "Arrow keys pan, + and − zoom, 0 resets, Esc clears the selection.",
        Key::Length => "Length",
        Key::Attribution => {
            "Basemap: Natural Earth (public domain). Data: see the sources in the dataset; lines are schematic."
        }
        Key::TablesHeading => "The map as a table",
        Key::HintCtrlScroll => "Use Ctrl + scroll to zoom the map",
        Key::HintTwoFingers => "Use two fingers to move and zoom the map",
        Key::FactCheckHeading => "What the article said – and what the sources say",
        Key::ArticleSaid => "The article:",
        Key::SourcesSay => "The sources:",
        Key::SourcesHeading => "Sources",
        Key::HowWeChecked => {
            "How we checked: every figure comes from a named source and carries its year and our confidence rating (A official, B news agency or trade press quoting an official, C approximate, ? unverified). Figures without a source appear only as the article's claims."
        }
        Key::PanelsLabel => "Figures for the routes",
        Key::ShowTable => "Show as table",
        Key::HideTable => "Hide table",
        Key::AlsoReported => "Also reported",
        Key::KeyMeasured => "measured",
        Key::KeyTarget => "target",
        Key::KeyCapacity => "capacity",
        Key::TransitDays => "Transit time in days",
        Key::TransitHours => "Flight time in hours",
        Key::YearLabel => "Year",
        Key::YearHint => "The map shows the legs that existed that year; the charts mark the year.",
        Key::RouteFigures => "Figures for this route",
        Key::NoRouteFigures => "The dataset has no figures for this route.",
        Key::EarlierYears => "Earlier years",
        Key::ColFigure => "Figure",
        Key::ColValue => "Value",
        Key::ColSource => "Source",
        Key::ColStage => "Stage",
        Key::Unverified => "unverified",
        Key::SourceMarker => "Source",
        Key::AddressIgnored => "Not understood in the address, and ignored:",
        Key::EmbedButton => "Embed",
        Key::EmbedTitle => "Embed this map",
        Key::EmbedHelp => {
            "Copy the code into the article. It shows the map as it is set now (route, year, language, view, tab) and sizes the iframe itself."
        }
        Key::EmbedCode => "Embed code",
        Key::EmbedCopy => "Copy code",
        Key::EmbedCopied => "Copied.",
        Key::Close => "Close",
        Key::OpenFullView => "Open full view ↗",
        Key::Downloads => "Download",
        Key::DownloadSvg => "Map as SVG",
        Key::DownloadPng => "Map as PNG",
        Key::DownloadCsv => "Figures as CSV",
        Key::DownloadGeojson => "Data as GeoJSON",
        Key::MoreDetails => "Data as tables, and sources",
        Key::StepsLabel => "The story, step by step",
        Key::PartSteps => "The story, step by step (follows the article's scroll)",
        Key::StepsOverview => "Follow the article's story on the map: Next, or the arrow keys.",
        Key::StepPrevious => "Previous",
        Key::StepNext => "Next",
        Key::RaceStart => "Race a container",
        Key::RaceHint => {
            "A container by each route, sent at once, each at the pace of its reported transit time"
        }
        Key::RaceLabel => "The journey race: a container by each route",
        Key::RacePause => "Pause",
        Key::RaceResume => "Resume",
        Key::RaceRestart => "Restart",
        Key::RaceEnd => "End the race",
        Key::RaceEvenPace => {
            "Each container moves at an even pace: no source gives the waits at borders, ports and the Caspian ferry, so none are shown."
        }
        Key::RaceClaimed => "claimed, no source found",
        Key::RaceClaimMarker => "claim",
        Key::RaceStill => "Without motion, as your system asks: each container at its finish, with its days.",
        Key::OneCorrection => "1 correction",
        Key::EmbedPart => "What to embed",
        Key::PartMap => "Map",
        Key::PartAll => "Everything",
        Key::ShowWholePanel => "Show all of it",
        Key::OpenInteractive => "Open the interactive graphic",
        Key::Measuring => "measuring …",
        Key::PanelSources => "Sources",
        Key::Mode(m) => match m {
            Mode::Rail => "rail",
            Mode::Ferry => "ferry",
            Mode::Road => "road",
            Mode::Air => "air",
            Mode::Sea => "sea",
        },
        Key::Status(s) => match s {
            Status::Operating => "operating",
            Status::Planned => "planned",
            Status::Discussed => "discussed",
        },
        Key::NodeKind(k) => match k {
            NodeKind::Hub => "rail hub",
            NodeKind::Seaport => "port",
            NodeKind::BorderCrossing => "border crossing",
            NodeKind::Airport => "airport",
            NodeKind::City => "city",
        },
        Key::Confidence(c) => match c {
            Confidence::A => "A – official",
            Confidence::B => "B – agency/trade press",
            Confidence::C => "C – approximate",
            Confidence::Unverified => "? – unverified",
        },
        Key::Verdict(v) => match v {
            Verdict::Confirmed => "confirmed",
            Verdict::DisputedAttribution => "figure real, attribution wrong",
            Verdict::Unverified => "unverified",
            Verdict::Proposed => "proposed, not agreed",
        },
        Key::Stage(s) => match s {
            Stage::Agreed => "agreed",
            Stage::Proposed => "proposed",
            Stage::Talks => "talks only",
        },
        Key::Panel(p) => match p {
            Panel::Volume => "Volumes",
            Panel::Transit => "Transit time",
            Panel::Investment => "Investment",
            Panel::FactCheck => "Fact check",
        },
        Key::Unit(u) => match u {
            Unit::Mt => " Mt",
            Unit::Teu => " TEU",
            Unit::Trains => " trains",
            Unit::Days => " days",
            Unit::Hours => " h",
            Unit::Km => " km",
            Unit::EurBn => " € bn",
            Unit::EurM => " € m",
            Unit::UsdBn => " $ bn",
            Unit::UsdM => " $ m",
            Unit::Count => "",
        },
        Key::ChartTitle(u) => match u {
            Unit::Mt => "Freight a year, million tonnes",
            Unit::Teu => "Containers a year, TEU",
            Unit::Trains => "Trains a year",
            Unit::Days => "days",
            Unit::Hours => "hours",
            Unit::Km => "kilometres",
            Unit::EurBn => "billion euros",
            Unit::EurM => "million euros",
            Unit::UsdBn => "billion US dollars",
            Unit::UsdM => "million US dollars",
            Unit::Count => "count",
        },
        Key::Json(j) => match j {
            JsonKind::Null => "null",
            JsonKind::Bool => "true/false",
            JsonKind::Number => "a number",
            JsonKind::Text => "a text",
            JsonKind::List => "a list",
            JsonKind::Object => "an object",
        },
        Key::Expect(e) => match e {
            Expect::Text => "a text",
            Expect::Number => "a number",
            Expect::Bool => "true or false",
            Expect::Year => "a year",
            Expect::TextList => "a list of texts",
            Expect::Names => "an object with a text per language (\"de\", \"en\", …)",
            Expect::Object => "an object",
            Expect::List => "a list",
        },
        Key::Msg(m) => message(m),
    }
}

fn message(m: Msg) -> &'static str {
    match m {
        Msg::IssueLine => "{place}, field {field}: {problem}",
        Msg::Named => "{what} {id} (#{index})",
        Msg::Unnamed => "{what} #{index} (no id)",
        Msg::FeatureWord => "feature",
        Msg::FigureWord => "figure",
        Msg::ClaimWord => "claim",
        Msg::SourceWord => "source",
        Msg::CorridorWord => "corridor",
        Msg::VariantWord => "variant",
        Msg::StoryWord => "story",
        Msg::EntryWord => "entry",
        Msg::Missing => "is missing",
        Msg::Empty => "is empty",
        Msg::WrongType => "is {found}, expected {expected}",
        Msg::UnknownValue => "\"{found}\" is not known; allowed: {allowed}",
        Msg::DuplicateId => "the id \"{id}\" is used more than once",
        Msg::UnknownNode => "\"{id}\" is not a place (Point feature) in the dataset",
        Msg::UnknownSource => "the source \"{id}\" is not in the \"sources\" list",
        Msg::UnknownCorridor => "\"{id}\" is not a corridor of the \"corridors\" list; there are: {allowed}",
        Msg::OffNode => "the line ends {distance}° away from the place \"{node}\" (allowed: {tolerance}°)",
        Msg::BadCoordinate => "coordinate ({lon}, {lat}) is outside longitude −180…180 / latitude −90…90",
        Msg::WrongGeometry => "is {found}, expected {expected}",
        Msg::TooFewPositions => "has {found} positions, at least {expected} are needed",
        Msg::BadGeometry => "is not valid GeoJSON geometry ({message})",
        Msg::YearOutOfRange => "{found} is outside 1990–2050",
        Msg::RangeReversed => "range {min}–{max}: the minimum is larger than the maximum",
        Msg::MissingLanguage => "the \"{lang}\" translation is missing",
        Msg::UnsupportedLanguage => "\"{found}\" is not a language of the interface; there are: {allowed}",
        Msg::BadColour => "\"{found}\" is not a colour of the form #RRGGBB (e.g. #D55E00)",
        Msg::BadFrame => {
            "is {found}; expected [[west, south], [east, north]] in degrees, west < east, south < north"
        }
        Msg::BadProjection => "is {found}; expected {expected}",
        Msg::BadFileName => {
            "\"{found}\" is not a file name in data/ (lower-case letters, digits and -, at most 40, then .json)"
        }
        Msg::BadId => "\"{found}\" is not an id (lower-case letters, digits, - and _, at most 40 characters)",
        Msg::TooMany => "has {found} entries; a map tells at most {max} apart",
        Msg::UnknownFigure => "no figure of the story has the id \"{id}\"",
        Msg::NotRaceable => "\"{id}\" cannot race: only a transit time in days of one corridor can",
        Msg::NoRaceLine => {
            "the figure \"{id}\" cannot race: the corridor \"{corridor}\" has no line of operating legs from its start to its finish"
        }
        Msg::FlowWithoutVolumes => {
            "the series \"{series}\" has no volume figures of this corridor to draw its line's width"
        }
        Msg::FlowUnits => {
            "the series \"{series}\" is in {found}, the other corridors' line widths in {unit}: one map's widths need one unit"
        }
        Msg::FlowKey => "Line width: {unit} a year, the latest figure up to {year}",
        Msg::MixedUnits => {
            "the series \"{series}\" is in {unit} (since \"{first}\"), but this figure is in {found}"
        }
        Msg::Approximate => "is approximate (confidence C)",
        Msg::UnverifiedFigure => "is unverified (confidence ?)",
        Msg::SchematicGeometry => "is drawn schematically",
        Msg::NotJson => "Not valid JSON: line {line}, column {column} ({message})",
        Msg::NotFeatureCollection => "Not a GeoJSON FeatureCollection: found {found}",
        Msg::Invalid => "{count} error(s): {list}",
        Msg::ErrorCount => "{count} error(s)",
        Msg::BasemapUnreadable => "not a basemap file ({message})",
        Msg::BasemapFormat => "format \"{found}\", expected \"{expected}\"; rebuild it with ./run basemap",
        Msg::BasemapOddLine => "line {index} of \"{layer}\" has an odd number of coordinates",
        Msg::Network => "{url}: no answer from the server ({message})",
        Msg::Http => "{url}: the server answered HTTP {status}",
        Msg::Stalled => "{url}: the file had not arrived whole after {seconds} s",
        Msg::ChartSeries => "{name}: {first} in {first_year}, {last} {last_year}",
        Msg::ChartTarget => "target {year}: {amount}",
        Msg::CorrectionWord => "correction",
        Msg::BadDay => "\"{found}\" is not a day of the form YYYY-MM-DD (e.g. 2026-12-03)",
        Msg::CorrectionAfterUpdate => {
            "the correction of {date} is later than the story's \"updated\" day ({updated})"
        }
        Msg::Updated => "Updated {date}",
        Msg::Corrections => "{count} corrections",
        Msg::PartHeight => "{height} px tall at 320 px wide",
        Msg::BadRank => "is {found}; a rank is 1, 2 or 3",
        Msg::BadAnnotationAt => "is {found}; expected the id of a place or leg, or [lon, lat]",
        Msg::AnnotationWord => "annotation",
        Msg::StepWord => "step",
        Msg::StepCount => "Step {n} of {count}",
        Msg::StepsStart => "The story in {count} steps",
        Msg::RaceDay => "Day {day}",
        Msg::RaceArrives => "arrives on day {day}",
        Msg::RaceNoLine => "{route}: no line of operating legs in {year}, not raced",
        Msg::ScaleNorth => "Scale at {lat}° N",
        Msg::ScaleSouth => "Scale at {lat}° S",
    }
}
