//! Reading typed fields out of a JSON object, recording a precise `Issue` for every field that is
//! missing or of the wrong kind instead of stopping at the first one: an editor fixing a file
//! wants the whole list at once.

use super::error::{Expect, Issue, JsonKind, Place, Problem, Severity};
use crate::i18n::Lang;
use crate::model::{Confidence, Corridor, CorridorId, Text};
use serde_json::{Map, Value};

/// Years a figure or a leg may carry; anything else is a typo.
pub const YEARS: std::ops::RangeInclusive<i64> = 1990..=2050;

/// What the story has declared before its features and lists are read: the languages every
/// text must have, and the corridors legs and figures may name.
#[derive(Clone, Copy)]
pub struct Scope<'a> {
    pub languages: &'a [Lang],
    pub corridors: &'a [Corridor],
}

/// The properties of one feature or entry, and where to file problems with them.
pub struct Fields<'a> {
    object: &'a Map<String, Value>,
    place: Place,
    scope: Scope<'a>,
    issues: &'a mut Vec<Issue>,
    /// Put before each field's name in messages, for the fields of a nested object (`intros.`).
    prefix: String,
}

impl<'a> Fields<'a> {
    pub fn new(
        object: &'a Map<String, Value>,
        place: Place,
        scope: Scope<'a>,
        issues: &'a mut Vec<Issue>,
    ) -> Self {
        Self { object, place, scope, issues, prefix: String::new() }
    }

    /// The fields of `object`, the value of `field` here, reported as `field.name`.
    pub fn nested<'b>(&'b mut self, field: &str, object: &'b Map<String, Value>) -> Fields<'b> {
        let prefix = format!("{}{field}.", self.prefix);
        Fields { object, place: self.place.clone(), scope: self.scope, issues: self.issues, prefix }
    }

    /// The raw value of a field, absent or null being none.
    pub fn value(&self, field: &str) -> Option<&'a Value> {
        self.get(field)
    }

    /// Files a problem with `field` at this place.
    pub fn report(&mut self, field: &str, problem: Problem) {
        self.push(field, problem, Severity::Error);
    }

    pub fn warn(&mut self, field: &str, problem: Problem) {
        self.push(field, problem, Severity::Warning);
    }

    fn push(&mut self, field: &str, problem: Problem, severity: Severity) {
        let place = self.place.clone();
        self.issues.push(Issue { place, field: format!("{}{field}", self.prefix), problem, severity });
    }

    fn get(&self, field: &str) -> Option<&'a Value> {
        self.object.get(field).filter(|v| !v.is_null())
    }

    fn wrong(&mut self, field: &str, expected: Expect, found: &Value) {
        self.report(field, Problem::WrongType { expected, found: JsonKind::of(found) });
    }

    /// A required, non-empty text.
    pub fn text(&mut self, field: &str) -> Option<String> {
        let Some(value) = self.get(field) else {
            self.report(field, Problem::Missing);
            return None;
        };
        self.text_value(field, value)
    }

    /// An optional text: absent or null is fine, anything else must be a non-empty text.
    pub fn optional_text(&mut self, field: &str) -> Option<String> {
        let value = self.get(field)?;
        self.text_value(field, value)
    }

    fn text_value(&mut self, field: &str, value: &Value) -> Option<String> {
        match value.as_str().map(str::trim) {
            Some("") => self.report(field, Problem::Empty),
            Some(text) => return Some(text.to_string()),
            None => self.wrong(field, Expect::Text, value),
        }
        None
    }

    /// A required text per story language: `{"de": …, "en": …}`, each set for the page
    /// (`typeset`: a number stays on the line of its unit).
    pub fn names(&mut self, field: &str) -> Option<Text> {
        let Some(value) = self.get(field) else {
            self.report(field, Problem::Missing);
            return None;
        };
        self.names_value(field, value)
    }

    pub fn optional_names(&mut self, field: &str) -> Option<Text> {
        let value = self.get(field)?;
        self.names_value(field, value)
    }

    fn names_value(&mut self, field: &str, value: &Value) -> Option<Text> {
        let Some(object) = value.as_object() else {
            self.wrong(field, Expect::Names, value);
            return None;
        };
        let mut pairs = Vec::with_capacity(self.scope.languages.len());
        for &lang in self.scope.languages {
            match object.get(lang.tag()).and_then(Value::as_str).map(str::trim) {
                Some(text) if !text.is_empty() => pairs.push((lang, crate::typeset::bind_words(text))),
                _ => self.report(field, Problem::MissingLanguage { lang }),
            }
        }
        (pairs.len() == self.scope.languages.len()).then(|| Text::from_pairs(pairs))
    }

    /// A corridor id the story declares (required unless `optional`).
    pub fn corridor(&mut self, field: &str, optional: bool) -> Option<CorridorId> {
        let found = if optional { self.optional_text(field)? } else { self.text(field)? };
        let declared = self.scope.corridors;
        match declared.iter().position(|c| c.id == found) {
            Some(index) => Some(CorridorId(index as u8)),
            None => {
                let declared = declared.iter().map(|c| c.id.clone()).collect();
                self.report(field, Problem::UnknownCorridor { id: found, declared });
                None
            }
        }
    }

    /// A required code from a closed list, such as a `mode` or a `status`.
    pub fn code<T: Copy>(&mut self, field: &str, all: &[T], code: fn(T) -> &'static str) -> Option<T> {
        let found = self.text(field)?;
        self.match_code(field, found, all, code)
    }

    pub fn optional_code<T: Copy>(
        &mut self,
        field: &str,
        all: &[T],
        code: fn(T) -> &'static str,
    ) -> Option<T> {
        let found = self.optional_text(field)?;
        self.match_code(field, found, all, code)
    }

    fn match_code<T: Copy>(
        &mut self,
        field: &str,
        found: String,
        all: &[T],
        code: fn(T) -> &'static str,
    ) -> Option<T> {
        let hit = all.iter().copied().find(|&t| code(t) == found);
        if hit.is_none() {
            let allowed = all.iter().map(|&t| code(t)).collect();
            self.report(field, Problem::UnknownValue { found, allowed });
        }
        hit
    }

    pub fn confidence(&mut self, field: &str) -> Option<Confidence> {
        self.code(field, &Confidence::ALL, Confidence::code)
    }

    /// A required finite number.
    pub fn number(&mut self, field: &str) -> Option<f64> {
        let Some(value) = self.get(field) else {
            self.report(field, Problem::Missing);
            return None;
        };
        let number = value.as_f64().filter(|n| n.is_finite());
        if number.is_none() {
            self.wrong(field, Expect::Number, value);
        }
        number
    }

    /// True when the field is present (and not null).
    pub fn has(&self, field: &str) -> bool {
        self.get(field).is_some()
    }

    pub fn year(&mut self, field: &str) -> Option<u16> {
        if !self.has(field) {
            self.report(field, Problem::Missing);
            return None;
        }
        self.optional_year(field)
    }

    /// An optional whole year within `YEARS`.
    pub fn optional_year(&mut self, field: &str) -> Option<u16> {
        let value = self.get(field)?;
        let Some(year) = value.as_i64() else {
            self.wrong(field, Expect::Year, value);
            return None;
        };
        if !YEARS.contains(&year) {
            self.report(field, Problem::YearOutOfRange { found: year });
            return None;
        }
        u16::try_from(year).ok()
    }

    pub fn flag(&mut self, field: &str) -> bool {
        match self.get(field) {
            None => false,
            Some(Value::Bool(b)) => *b,
            Some(other) => {
                self.wrong(field, Expect::Bool, other);
                false
            }
        }
    }

    /// A required list of texts (ids of sources, for instance); may be empty only if `allow_empty`.
    pub fn text_list(&mut self, field: &str, allow_empty: bool) -> Option<Vec<String>> {
        let Some(value) = self.get(field) else {
            self.report(field, Problem::Missing);
            return None;
        };
        let list: Option<Vec<String>> =
            value.as_array().and_then(|items| items.iter().map(|i| i.as_str().map(str::to_string)).collect());
        match list {
            None => self.wrong(field, Expect::TextList, value),
            Some(list) if list.is_empty() && !allow_empty => self.report(field, Problem::Empty),
            Some(list) => return Some(list),
        }
        None
    }
}
