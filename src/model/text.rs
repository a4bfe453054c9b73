//! Small value types shared by every part of the dataset.

use crate::i18n::Lang;

/// A text the dataset gives in each of its story's languages (`{"de": …, "en": …, "ru": …}`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Text(Vec<(Lang, String)>);

impl Text {
    /// A text from (language, wording) pairs; a later pair for the same language wins.
    pub fn from_pairs(pairs: impl IntoIterator<Item = (Lang, String)>) -> Self {
        let mut text = Text(Vec::new());
        for (lang, wording) in pairs {
            text.0.retain(|(l, _)| *l != lang);
            text.0.push((lang, wording));
        }
        text
    }

    /// The wording in `lang`; in the text's first language if it has none in `lang` (the
    /// reader's language is always one of the story's, whose texts are checked to have them
    /// all, so this is for texts built elsewhere, such as a basemap's names).
    pub fn get(&self, lang: Lang) -> &str {
        self.0.iter().find(|(l, _)| *l == lang).or(self.0.first()).map_or("", |(_, s)| s)
    }

    pub fn has(&self, lang: Lang) -> bool {
        self.0.iter().any(|(l, _)| *l == lang)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_answers_in_its_first_language_when_it_lacks_one() {
        let text = Text::from_pairs([(Lang::En, "Aktau".into()), (Lang::De, "Aqtau".into())]);
        assert_eq!(text.get(Lang::De), "Aqtau");
        assert_eq!(text.get(Lang::Ru), "Aktau");
        assert!(!text.has(Lang::Ru));
        assert_eq!(Text::default().get(Lang::De), "");
    }
}
