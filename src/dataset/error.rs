//! Typed errors for reading a dataset, worded for the editor who has to fix the file.
//!
//! Each message exists in German and English (`describe`); the English one is also the
//! `Display` text that the `validate` command prints.

use crate::i18n::Lang;
use std::fmt;
use thiserror::Error;

/// Where in the file a problem is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    /// The FeatureCollection itself.
    Collection,
    /// `features[index]`, with its id when it has one.
    Feature { index: usize, id: Option<String> },
    /// An entry of one of the collection's lists (`figures`, `claims`, `sources`).
    Entry { list: &'static str, index: usize, id: Option<String> },
}

impl Place {
    pub fn describe(&self, lang: Lang) -> String {
        let named = |what: &str, index: &usize, id: &Option<String>| match id {
            Some(id) => format!("{what} {} (#{index})", lang.quote(id)),
            None => format!("{what} #{index} ({})", lang.pick("ohne id", "no id")),
        };
        match self {
            Place::Collection => "FeatureCollection".into(),
            Place::Feature { index, id } => named(lang.pick("Feature", "feature"), index, id),
            Place::Entry { list, index, id } => named(entry_name(list, lang), index, id),
        }
    }
}

/// "figure" for an entry of `figures`, and so on.
fn entry_name(list: &str, lang: Lang) -> &'static str {
    match list {
        "figures" => lang.pick("Kennzahl", "figure"),
        "claims" => lang.pick("Aussage", "claim"),
        "sources" => lang.pick("Quelle", "source"),
        _ => lang.pick("Eintrag", "entry"),
    }
}

/// The JSON type found where another was expected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonKind {
    Null,
    Bool,
    Number,
    Text,
    List,
    Object,
}

impl JsonKind {
    pub fn of(value: &serde_json::Value) -> Self {
        use serde_json::Value as V;
        match value {
            V::Null => Self::Null,
            V::Bool(_) => Self::Bool,
            V::Number(_) => Self::Number,
            V::String(_) => Self::Text,
            V::Array(_) => Self::List,
            V::Object(_) => Self::Object,
        }
    }

    fn describe(self, lang: Lang) -> &'static str {
        match self {
            Self::Null => "null",
            Self::Bool => lang.pick("true/false", "true/false"),
            Self::Number => lang.pick("eine Zahl", "a number"),
            Self::Text => lang.pick("ein Text", "a text"),
            Self::List => lang.pick("eine Liste", "a list"),
            Self::Object => lang.pick("ein Objekt", "an object"),
        }
    }
}

/// What a field should hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expect {
    Text,
    Number,
    Bool,
    Year,
    TextList,
    /// `{"de": "…", "en": "…"}`
    Names,
    Object,
    List,
}

impl Expect {
    fn describe(self, lang: Lang) -> &'static str {
        match self {
            Self::Text => lang.pick("einen Text", "a text"),
            Self::Number => lang.pick("eine Zahl", "a number"),
            Self::Bool => lang.pick("true oder false", "true or false"),
            Self::Year => lang.pick("eine Jahreszahl", "a year"),
            Self::TextList => lang.pick("eine Liste von Texten", "a list of texts"),
            Self::Names => lang.pick("ein Objekt mit „de“ und „en“", "an object with \"de\" and \"en\""),
            Self::Object => lang.pick("ein Objekt", "an object"),
            Self::List => lang.pick("eine Liste", "a list"),
        }
    }
}

/// What is wrong with one field.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    Missing,
    WrongType {
        expected: Expect,
        found: JsonKind,
    },
    UnknownValue {
        found: String,
        allowed: Vec<&'static str>,
    },
    DuplicateId {
        id: String,
    },
    UnknownNode {
        id: String,
    },
    UnknownSource {
        id: String,
    },
    /// The geometry does not start or end on the node it names.
    OffNode {
        node: String,
        distance_deg: f64,
        tolerance_deg: f64,
    },
    BadCoordinate {
        lon: f64,
        lat: f64,
    },
    WrongGeometry {
        expected: &'static str,
        found: String,
    },
    TooFewPositions {
        found: usize,
        expected: usize,
    },
    BadGeometry {
        message: String,
    },
    YearOutOfRange {
        found: i64,
    },
    RangeReversed {
        min: f64,
        max: f64,
    },
    MissingLanguage {
        lang: Lang,
    },
    Empty,
    /// A chart series whose figures are in different units.
    MixedUnits {
        series: String,
        unit: &'static str,
        first: String,
        found: &'static str,
    },
    /// Warning: the figure or geometry is approximate (confidence C).
    Approximate,
    /// Warning: the figure is only claimed, no source found.
    UnverifiedFigure,
    /// Warning: the leg is drawn through a few waypoints, not along the real line.
    SchematicGeometry,
}

impl Problem {
    pub fn describe(&self, lang: Lang) -> String {
        use Problem as P;
        match self {
            P::Missing => lang.pick("fehlt", "is missing").into(),
            P::WrongType { expected, found } => lang.pick(
                format!("ist {}, erwartet wird {}", found.describe(lang), expected.describe(lang)),
                format!("is {}, expected {}", found.describe(lang), expected.describe(lang)),
            ),
            P::UnknownValue { found, allowed } => lang.pick(
                format!("„{found}“ ist nicht bekannt; erlaubt: {}", allowed.join(", ")),
                format!("\"{found}\" is not known; allowed: {}", allowed.join(", ")),
            ),
            P::DuplicateId { id } => lang.pick(
                format!("die id „{id}“ kommt mehrfach vor"),
                format!("the id \"{id}\" is used more than once"),
            ),
            P::UnknownNode { id } => lang.pick(
                format!("„{id}“ ist kein Ort (Point-Feature) im Datensatz"),
                format!("\"{id}\" is not a place (Point feature) in the dataset"),
            ),
            P::UnknownSource { id } => lang.pick(
                format!("die Quelle „{id}“ steht nicht in der Liste „sources“"),
                format!("the source \"{id}\" is not in the \"sources\" list"),
            ),
            P::OffNode { node, distance_deg, tolerance_deg } => lang.pick(
                format!("die Linie endet {distance_deg:.3}° neben dem Ort „{node}“ (erlaubt: {tolerance_deg}°)"),
                format!("the line ends {distance_deg:.3}° away from the place \"{node}\" (allowed: {tolerance_deg}°)"),
            ),
            P::BadCoordinate { lon, lat } => lang.pick(
                format!("Koordinate ({lon}, {lat}) liegt außerhalb von Länge −180…180 / Breite −90…90"),
                format!("coordinate ({lon}, {lat}) is outside longitude −180…180 / latitude −90…90"),
            ),
            P::WrongGeometry { expected, found } => lang.pick(
                format!("ist {found}, erwartet wird {expected}"),
                format!("is {found}, expected {expected}"),
            ),
            P::TooFewPositions { found, expected } => lang.pick(
                format!("hat {found} Punkte, nötig sind mindestens {expected}"),
                format!("has {found} positions, at least {expected} are needed"),
            ),
            P::BadGeometry { message } => lang.pick(
                format!("ist keine gültige GeoJSON-Geometrie ({message})"),
                format!("is not valid GeoJSON geometry ({message})"),
            ),
            P::YearOutOfRange { found } => lang.pick(
                format!("{found} liegt außerhalb von 1990–2050"),
                format!("{found} is outside 1990–2050"),
            ),
            P::RangeReversed { min, max } => lang.pick(
                format!("Spanne {min}–{max}: das Minimum ist größer als das Maximum"),
                format!("range {min}–{max}: the minimum is larger than the maximum"),
            ),
            P::MissingLanguage { lang: missing } => lang.pick(
                format!("die Übersetzung „{}“ fehlt", missing.tag()),
                format!("the \"{}\" translation is missing", missing.tag()),
            ),
            P::Empty => lang.pick("ist leer", "is empty").into(),
            P::MixedUnits { series, unit, first, found } => lang.pick(
                format!("die Reihe „{series}“ ist in {unit} (seit „{first}“), hier aber in {found}"),
                format!("the series \"{series}\" is in {unit} (since \"{first}\"), but this figure is in {found}"),
            ),
            P::Approximate => lang.pick("ist nur ungefähr (Sicherheit C)", "is approximate (confidence C)").into(),
            P::UnverifiedFigure => lang.pick("ist unbelegt (Sicherheit ?)", "is unverified (confidence ?)").into(),
            P::SchematicGeometry => lang.pick("ist schematisch gezeichnet", "is drawn schematically").into(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

/// One problem in one field of one feature or entry.
#[derive(Clone, Debug, PartialEq)]
pub struct Issue {
    pub place: Place,
    pub field: String,
    pub problem: Problem,
    pub severity: Severity,
}

impl Issue {
    pub fn describe(&self, lang: Lang) -> String {
        let field = lang.pick("Feld", "field");
        let place = self.place.describe(lang);
        format!("{place}, {field} {}: {}", lang.quote(&self.field), self.problem.describe(lang))
    }
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}

/// Why a text could not become a `Dataset`.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum DataError {
    #[error("{}", self.describe(Lang::En))]
    NotJson { line: usize, column: usize, message: String },
    #[error("{}", self.describe(Lang::En))]
    NotFeatureCollection { found: String },
    #[error("{}", self.describe(Lang::En))]
    Invalid { errors: Vec<Issue> },
}

impl DataError {
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            DataError::NotJson { line, column, message } => lang.pick(
                format!("Kein gültiges JSON: Zeile {line}, Spalte {column} ({message})"),
                format!("Not valid JSON: line {line}, column {column} ({message})"),
            ),
            DataError::NotFeatureCollection { found } => lang.pick(
                format!("Keine GeoJSON-FeatureCollection: gefunden wurde {found}"),
                format!("Not a GeoJSON FeatureCollection: found {found}"),
            ),
            DataError::Invalid { errors } => {
                let lines: Vec<String> = errors.iter().map(|e| e.describe(lang)).collect();
                lang.pick(
                    format!("{} Fehler: {}", errors.len(), lines.join("; ")),
                    format!("{} error(s): {}", errors.len(), lines.join("; ")),
                )
            }
        }
    }
}
