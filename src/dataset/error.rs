//! Typed errors for reading a dataset, worded for the editor who has to fix the file.
//!
//! Each message is a template of the language tables (`i18n::Msg`); the English one is also
//! the `Display` text that the `validate` command prints.

use crate::i18n::{Key, Lang, Msg, message, tr};
use crate::typeset::unbind;
use std::fmt;
use thiserror::Error;

/// Where in the file a problem is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    /// The FeatureCollection itself.
    Collection,
    /// The collection's `story` object.
    Story,
    /// `features[index]`, with its id when it has one.
    Feature { index: usize, id: Option<String> },
    /// An entry of one of the collection's lists (`figures`, `claims`, `sources`, `corridors` …).
    Entry { list: &'static str, index: usize, id: Option<String> },
}

impl Place {
    pub fn describe(&self, lang: Lang) -> String {
        let named = |what: Msg, index: &usize, id: &Option<String>| {
            let what = tr(lang, Key::Msg(what));
            match id {
                Some(id) => {
                    message(lang, Msg::Named, &[("what", &what), ("id", &lang.quote(id)), ("index", index)])
                }
                None => message(lang, Msg::Unnamed, &[("what", &what), ("index", index)]),
            }
        };
        match self {
            Place::Collection => "FeatureCollection".into(),
            Place::Story => tr(lang, Key::Msg(Msg::StoryWord)).into(),
            Place::Feature { index, id } => named(Msg::FeatureWord, index, id),
            Place::Entry { list, index, id } => named(entry_word(list), index, id),
        }
    }
}

/// "figure" for an entry of `figures`, and so on.
fn entry_word(list: &str) -> Msg {
    match list {
        "figures" => Msg::FigureWord,
        "claims" => Msg::ClaimWord,
        "sources" => Msg::SourceWord,
        "corridors" => Msg::CorridorWord,
        "variants" => Msg::VariantWord,
        "corrections" => Msg::CorrectionWord,
        "annotations" => Msg::AnnotationWord,
        "steps" => Msg::StepWord,
        _ => Msg::EntryWord,
    }
}

/// The JSON type found where another was expected.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum JsonKind {
    Null,
    Bool,
    Number,
    Text,
    List,
    Object,
}

impl JsonKind {
    pub const ALL: [JsonKind; 6] =
        [Self::Null, Self::Bool, Self::Number, Self::Text, Self::List, Self::Object];

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
}

/// What a field should hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Expect {
    Text,
    Number,
    Bool,
    Year,
    TextList,
    /// `{"de": "…", "en": "…"}`: one text per language of the story.
    Names,
    Object,
    List,
}

impl Expect {
    pub const ALL: [Expect; 8] = [
        Self::Text,
        Self::Number,
        Self::Bool,
        Self::Year,
        Self::TextList,
        Self::Names,
        Self::Object,
        Self::List,
    ];
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
    /// A step names a figure the story does not have.
    UnknownFigure {
        id: String,
    },
    /// A leg or figure names a corridor the `corridors` list does not declare.
    UnknownCorridor {
        id: String,
        declared: Vec<String>,
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
    /// A text lacks one of the story's languages.
    MissingLanguage {
        lang: Lang,
    },
    /// The story declares a language the interface does not have.
    UnsupportedLanguage {
        found: String,
    },
    /// Not `#RRGGBB`: a colour reaches the stylesheet, so nothing else is let through.
    BadColour {
        found: String,
    },
    BadFrame {
        found: String,
    },
    BadProjection {
        found: String,
        expected: &'static str,
    },
    /// A file name that is not `[a-z0-9-]{1,40}.json`: it becomes part of a URL.
    BadFileName {
        found: String,
    },
    /// An id that is not `[a-z0-9_-]{1,40}`: it becomes a CSS class and part of a URL.
    BadId {
        found: String,
    },
    TooMany {
        found: usize,
        max: usize,
    },
    /// Not a day written `YYYY-MM-DD` (or no such day).
    BadDay {
        found: String,
    },
    /// An annotation's rank: 1, 2 or 3.
    BadRank {
        found: String,
    },
    /// An annotation's `at`: neither an id nor `[lon, lat]`.
    BadAnnotationAt {
        found: String,
    },
    /// A correction dated after the story's `updated` day.
    CorrectionAfterUpdate {
        date: String,
        updated: String,
    },
    Empty,
    /// A chart series whose figures are in different units.
    MixedUnits {
        series: String,
        unit: &'static str,
        first: String,
        found: &'static str,
    },
    /// The race names a figure that is not a transit time in days of one corridor.
    NotRaceable {
        id: String,
    },
    /// A raced figure's route has no line of operating legs from its start to its finish.
    NoRaceLine {
        id: String,
        corridor: String,
    },
    /// A corridor's `flow` names a series without volume figures of that corridor.
    FlowWithoutVolumes {
        series: String,
    },
    /// Line widths in two units on one map.
    FlowUnits {
        series: String,
        found: &'static str,
        unit: &'static str,
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
        let q = |s: &str| s.to_string();
        let list = |items: &mut dyn Iterator<Item = String>| items.collect::<Vec<_>>().join(", ");
        match self {
            P::Missing => message(lang, Msg::Missing, &[]),
            P::Empty => message(lang, Msg::Empty, &[]),
            P::WrongType { expected, found } => message(
                lang,
                Msg::WrongType,
                &[("found", &tr(lang, Key::Json(*found))), ("expected", &tr(lang, Key::Expect(*expected)))],
            ),
            P::UnknownValue { found, allowed } => {
                message(lang, Msg::UnknownValue, &[("found", found), ("allowed", &allowed.join(", "))])
            }
            P::DuplicateId { id } => message(lang, Msg::DuplicateId, &[("id", id)]),
            P::UnknownNode { id } => message(lang, Msg::UnknownNode, &[("id", id)]),
            P::UnknownSource { id } => message(lang, Msg::UnknownSource, &[("id", id)]),
            P::UnknownFigure { id } => message(lang, Msg::UnknownFigure, &[("id", id)]),
            P::UnknownCorridor { id, declared } => message(
                lang,
                Msg::UnknownCorridor,
                &[("id", id), ("allowed", &list(&mut declared.iter().map(|d| q(d))))],
            ),
            P::OffNode { node, distance_deg, tolerance_deg } => message(
                lang,
                Msg::OffNode,
                &[("distance", &format!("{distance_deg:.3}")), ("node", node), ("tolerance", tolerance_deg)],
            ),
            P::BadCoordinate { lon, lat } => message(lang, Msg::BadCoordinate, &[("lon", lon), ("lat", lat)]),
            P::WrongGeometry { expected, found } => {
                message(lang, Msg::WrongGeometry, &[("found", found), ("expected", expected)])
            }
            P::TooFewPositions { found, expected } => {
                message(lang, Msg::TooFewPositions, &[("found", found), ("expected", expected)])
            }
            P::BadGeometry { message: m } => message(lang, Msg::BadGeometry, &[("message", m)]),
            P::YearOutOfRange { found } => message(lang, Msg::YearOutOfRange, &[("found", found)]),
            P::RangeReversed { min, max } => message(lang, Msg::RangeReversed, &[("min", min), ("max", max)]),
            P::MissingLanguage { lang: missing } => {
                message(lang, Msg::MissingLanguage, &[("lang", &missing.tag())])
            }
            P::UnsupportedLanguage { found } => message(
                lang,
                Msg::UnsupportedLanguage,
                &[("found", found), ("allowed", &list(&mut Lang::ALL.iter().map(|l| q(l.tag()))))],
            ),
            P::BadColour { found } => message(lang, Msg::BadColour, &[("found", found)]),
            P::BadFrame { found } => message(lang, Msg::BadFrame, &[("found", found)]),
            P::BadProjection { found, expected } => {
                message(lang, Msg::BadProjection, &[("found", found), ("expected", expected)])
            }
            P::BadFileName { found } => message(lang, Msg::BadFileName, &[("found", found)]),
            P::BadId { found } => message(lang, Msg::BadId, &[("found", found)]),
            P::TooMany { found, max } => message(lang, Msg::TooMany, &[("found", found), ("max", max)]),
            P::BadDay { found } => message(lang, Msg::BadDay, &[("found", found)]),
            P::BadRank { found } => message(lang, Msg::BadRank, &[("found", found)]),
            P::BadAnnotationAt { found } => message(lang, Msg::BadAnnotationAt, &[("found", found)]),
            P::CorrectionAfterUpdate { date, updated } => {
                message(lang, Msg::CorrectionAfterUpdate, &[("date", date), ("updated", updated)])
            }
            P::MixedUnits { series, unit, first, found } => message(
                lang,
                Msg::MixedUnits,
                &[("series", series), ("unit", unit), ("first", first), ("found", found)],
            ),
            P::NotRaceable { id } => message(lang, Msg::NotRaceable, &[("id", id)]),
            P::NoRaceLine { id, corridor } => {
                message(lang, Msg::NoRaceLine, &[("id", id), ("corridor", corridor)])
            }
            P::FlowWithoutVolumes { series } => message(lang, Msg::FlowWithoutVolumes, &[("series", series)]),
            P::FlowUnits { series, found, unit } => {
                message(lang, Msg::FlowUnits, &[("series", series), ("found", found), ("unit", unit)])
            }
            P::Approximate => message(lang, Msg::Approximate, &[]),
            P::UnverifiedFigure => message(lang, Msg::UnverifiedFigure, &[]),
            P::SchematicGeometry => message(lang, Msg::SchematicGeometry, &[]),
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
        message(
            lang,
            Msg::IssueLine,
            &[
                ("place", &self.place.describe(lang)),
                ("field", &lang.quote(&self.field)),
                ("problem", &self.problem.describe(lang)),
            ],
        )
    }
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // What the validator prints, read in a terminal: plain spaces.
        f.write_str(&unbind(&self.describe(Lang::En)))
    }
}

/// Why a text could not become a `Dataset`.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum DataError {
    #[error("{}", unbind(&self.describe(Lang::En)))]
    NotJson { line: usize, column: usize, message: String },
    #[error("{}", unbind(&self.describe(Lang::En)))]
    NotFeatureCollection { found: String },
    #[error("{}", unbind(&self.describe(Lang::En)))]
    Invalid { errors: Vec<Issue> },
}

impl DataError {
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            DataError::NotJson { line, column, message: m } => {
                message(lang, Msg::NotJson, &[("line", line), ("column", column), ("message", m)])
            }
            DataError::NotFeatureCollection { found } => {
                message(lang, Msg::NotFeatureCollection, &[("found", found)])
            }
            DataError::Invalid { errors } => {
                let lines: Vec<String> = errors.iter().map(|e| e.describe(lang)).collect();
                message(lang, Msg::Invalid, &[("count", &errors.len()), ("list", &lines.join("; "))])
            }
        }
    }
}
