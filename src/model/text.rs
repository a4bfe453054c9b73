//! Small value types shared by every part of the dataset.

use crate::i18n::Lang;

/// A text the dataset gives in both languages the app speaks.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Text {
    pub de: String,
    pub en: String,
}

impl Text {
    pub fn new(de: impl Into<String>, en: impl Into<String>) -> Self {
        Self { de: de.into(), en: en.into() }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::De => &self.de,
            Lang::En => &self.en,
        }
    }
}

/// How sure the sources let us be of a figure or a coordinate (see the fact sheet's key).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Confidence {
    /// Official or primary source.
    A,
    /// Reputable news agency or trade press quoting an official.
    B,
    /// Approximate or inferred (read off a map, a range pieced together).
    C,
    /// Claimed somewhere, no source found: shown, marked unverified.
    Unverified,
}

impl Confidence {
    pub const ALL: [Confidence; 4] = [Self::A, Self::B, Self::C, Self::Unverified];

    /// The code used in the data file.
    pub fn code(self) -> &'static str {
        match self {
            Self::A => "A",
            Self::B => "B",
            Self::C => "C",
            Self::Unverified => "?",
        }
    }
}
