//! The languages of the interface: every fixed string, message template, number and date style.
//!
//! A language is one table (`de.rs`, `en.rs`, `ru.rs`): a `Locale` with its formats and a
//! `text` function that answers every `Key` — an exhaustive `match`, so the compiler refuses a
//! language that lacks a key, and `tests::every_language_has_every_key` refuses an empty one or a
//! message template whose `{placeholders}` differ from English's. What a story says (its title,
//! corridor names, figures) is not here but in its dataset, keyed by the same language tags.
//! Adding a language: a new table file, a `Lang` variant, its entry in `Lang::ALL` and `locale`.

mod de;
mod en;
mod key;
mod ru;

pub use key::{Key, Msg};

use std::cell::RefCell;
use std::collections::HashMap;

/// German first: the seed article is German, and it is the fallback language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    #[default]
    De,
    En,
    Ru,
}

/// How a language writes what the interface formats.
pub struct Locale {
    /// BCP 47 primary tag, as in `<html lang>` and in a dataset's texts.
    pub tag: &'static str,
    /// The language's own name, on the button that switches to it.
    pub name: &'static str,
    pub thousands: char,
    pub decimal: char,
    /// Opening and closing quotation marks for a name from the data.
    pub quotes: (&'static str, &'static str),
    /// Month names standing alone ("Dezember 2024").
    pub months: [&'static str; 12],
    /// Month names after a day ("30 октября 2017"); the same as `months` where the language
    /// does not inflect them.
    pub months_after_day: [&'static str; 12],
    /// A full date from `{day}`, `{month}` (from `months_after_day`) and `{year}`.
    pub day_month_year: &'static str,
    text: fn(Key) -> &'static str,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::De, Lang::En, Lang::Ru];

    pub fn locale(self) -> &'static Locale {
        match self {
            Lang::De => &de::LOCALE,
            Lang::En => &en::LOCALE,
            Lang::Ru => &ru::LOCALE,
        }
    }

    /// Reads a language tag such as `de`, `en-GB` or `RU_ru`; anything else is `None`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.tag() == primary)
    }

    /// The BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        self.locale().tag
    }

    /// Quotes a name from the data the way the language does: „Aktau“, "Aktau", «Актау».
    pub fn quote(self, text: &str) -> String {
        let (open, close) = self.locale().quotes;
        format!("{open}{text}{close}")
    }
}

/// The interface string `key` in `lang`, set as the story's texts are (`typeset::bind_words`:
/// "Время в\u{a0}пути", "a\u{a0}table", " Mio.\u{a0}t"), so that a translator types plain spaces and
/// the interface breaks its lines as the story does.
pub fn tr(lang: Lang, key: Key) -> &'static str {
    // `tr` runs on every render: each text is set once, the first time it is asked for, and kept
    // for the life of the program (a few hundred short texts at most).
    thread_local! {
        static SET: RefCell<HashMap<(Lang, Key), &'static str>> = RefCell::new(HashMap::new());
    }
    SET.with(|set| {
        *set.borrow_mut().entry((lang, key)).or_insert_with(|| {
            let raw = (lang.locale().text)(key);
            let typeset = crate::typeset::bind_words(raw);
            if typeset == raw { raw } else { Box::leak(typeset.into_boxed_str()) }
        })
    })
}

/// The message `msg` in `lang` with its `{placeholders}` filled in from `args`, then set: set
/// before, "{seconds} s nicht" would bind the lone "s" to "nicht", not to its number.
pub fn message(lang: Lang, msg: Msg, args: &[(&str, &dyn std::fmt::Display)]) -> String {
    crate::typeset::bind_words(&fill((lang.locale().text)(Key::Msg(msg)), args))
}

/// Replaces each `{name}` in `template` by its value in `args`; unknown names stay as written.
pub fn fill(template: &str, args: &[(&str, &dyn std::fmt::Display)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            out.push_str(&rest[open..]);
            return out;
        };
        let name = &after[..close];
        match args.iter().find(|(n, _)| *n == name) {
            Some((_, value)) => out.push_str(&value.to_string()),
            None => out.push_str(&rest[open..open + close + 2]),
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    /// The `{names}` a template uses.
    fn placeholders(template: &str) -> BTreeSet<&str> {
        template.split('{').skip(1).filter_map(|s| s.split_once('}').map(|(n, _)| n)).collect()
    }

    #[test]
    fn every_language_has_every_key() {
        for key in Key::all() {
            let english = placeholders(tr(Lang::En, key));
            for lang in Lang::ALL {
                let text = tr(lang, key);
                assert!(!text.trim().is_empty(), "{key:?} is empty in {lang:?}");
                assert_eq!(placeholders(text), english, "{key:?} in {lang:?} names other placeholders");
            }
        }
    }

    #[test]
    fn every_locale_is_complete_and_tags_are_unique() {
        let tags: BTreeSet<&str> = Lang::ALL.iter().map(|l| l.tag()).collect();
        assert_eq!(tags.len(), Lang::ALL.len());
        for lang in Lang::ALL {
            let l = lang.locale();
            assert!(l.months.iter().chain(&l.months_after_day).all(|m| !m.is_empty()), "{lang:?}");
            assert_eq!(placeholders(l.day_month_year), BTreeSet::from(["day", "month", "year"]));
            assert_eq!(Lang::from_tag(l.tag), Some(lang));
        }
    }

    #[test]
    fn language_tags_are_read_loosely() {
        assert_eq!(Lang::from_tag("de"), Some(Lang::De));
        assert_eq!(Lang::from_tag("DE-at"), Some(Lang::De));
        assert_eq!(Lang::from_tag("en_GB"), Some(Lang::En));
        assert_eq!(Lang::from_tag("ru-RU"), Some(Lang::Ru));
        assert_eq!(Lang::from_tag("fr"), None);
        assert_eq!(Lang::from_tag(""), None);
    }

    #[test]
    fn interface_texts_break_lines_as_the_story_does() {
        let set = |text: &str| text.replace('\u{a0}', "_");
        assert_eq!(set(tr(Lang::Ru, Key::Panel(crate::panel::Panel::Transit))), "Время в_пути");
        assert_eq!(set(tr(Lang::De, Key::Unit(crate::model::Unit::Mt))), " Mio._t");
        assert_eq!(set(tr(Lang::En, Key::Retry)), "Try again");
        // The same text twice is the same text: set once, then kept.
        assert!(std::ptr::eq(tr(Lang::Ru, Key::TablesHeading), tr(Lang::Ru, Key::TablesHeading)));
        // A number from a placeholder stays with its unit.
        let stalled = message(Lang::De, Msg::Stalled, &[("url", &"data/a.json"), ("seconds", &20)]);
        assert_eq!(set(&stalled), "data/a.json: die Datei war nach 20_s nicht vollständig da");
    }

    #[test]
    fn templates_are_filled_by_name() {
        let n = 3;
        assert_eq!(fill("{a} of {b}", &[("a", &n), ("b", &"four")]), "3 of four");
        assert_eq!(fill("{missing} {", &[]), "{missing} {");
        assert_eq!(Lang::Ru.quote("Актау"), "«Актау»");
    }
}
