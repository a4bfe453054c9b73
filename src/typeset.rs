//! Prose set as a newspaper sets it: a number never ends a line apart from the unit or the
//! short word it counts ("4,1 Mio. t", "19–23 days", "35 Mt", "5 млн т"), nor a day apart from
//! its month ("27. Mai", "30 октября", "October 30"), nor a one-letter word apart from the word
//! after it ("к 2029 году"), and no line begins with a dash ("Шева – Москва"). Applied where
//! the dataset's texts are read (`dataset::fields`), to the interface's own texts and messages
//! (`i18n::tr`, `i18n::message`) and to the dates the interface writes (`format::date`), so that
//! the app, the first screen, the callouts and the pictures all break lines the same way, and
//! editors and translators type plain spaces.

use crate::i18n::Lang;

/// The no-break space that binds a number to what follows it.
pub const NO_BREAK: char = '\u{a0}';

/// `text` with plain spaces where it has no-break ones: for what is not read in lines — a page's
/// title and its metadata, a message in a terminal — where a no-break space only gets in the way
/// of search and copying.
pub fn unbind(text: &str) -> String {
    text.replace(NO_BREAK, " ")
}

/// Abbreviated magnitudes written before their unit, which stay with it ("Mio. t", "млн т").
const MAGNITUDES: [&str; 6] = ["Mio.", "Mrd.", "Tsd.", "млн", "млрд", "тыс."];

/// The longest word (in letters, without its punctuation) that stays with the number before it:
/// the units and counts the stories write ("t", "Mt", "TEU", "km", "Tagen", "hours", "суток",
/// "Mio."). A longer word ("trains", "Container") may begin a line.
const SHORT_WORD: usize = 5;

/// `text` with a no-break space after each number that counts a short word or a unit, after
/// each abbreviated magnitude, between a day and its month, after a one-letter word and before a
/// dash standing alone; every other space as it was.
pub fn bind_words(text: &str) -> String {
    let words: Vec<&str> = text.split(' ').collect();
    let mut out = String::with_capacity(text.len() + words.len());
    for (i, word) in words.iter().enumerate() {
        out.push_str(word);
        if let Some(next) = words.get(i + 1) {
            let before = i.checked_sub(1).map(|b| words[b]);
            out.push(if binds(before, word, next) { NO_BREAK } else { ' ' });
        }
    }
    out
}

/// Whether the space between `word` and `next` must not break (`before`: the word before).
fn binds(before: Option<&str>, word: &str, next: &str) -> bool {
    let counted = counts(word, next);
    let magnitude = MAGNITUDES.contains(&word) && !next.is_empty();
    // The cheap test first: `is_month` looks through every language's months.
    let date = (is_day(word) && is_month(next)) || (is_day(next) && is_month(word));
    // Russian typesetting keeps "в", "к", "с", "и" off a line's end; in English "a" alike. Lower
    // case only: a capital begins a sentence or a title ("A story …"), where a break is rare;
    // and not a unit ("5 млн т в год"), which belongs to the number before it.
    let unit = before.is_some_and(|b| counts(b, word) || MAGNITUDES.contains(&b));
    let lone_letter =
        word.chars().count() == 1 && word.starts_with(is_small_letter) && !next.is_empty() && !unit;
    // A dash standing alone never begins a line ("Нхава-Шева – Москва", "B – amtlich").
    let dash = matches!(next, "–" | "—");
    counted || magnitude || date || lone_letter || dash
}

/// Whether `word` is a number that counts `next`, a unit or short word.
fn counts(word: &str, next: &str) -> bool {
    word.ends_with(|c: char| c.is_ascii_digit()) && is_unit(next)
}

/// A day of the month as dates write it: "27.", "30", "30,".
fn is_day(word: &str) -> bool {
    let digits = word.trim_end_matches(is_mark);
    (1..=2).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit())
}

/// A month as a date in one of the interface's languages writes it after a day ("Mai",
/// "October", "октября": `i18n::Locale`), or before it ("October 30").
fn is_month(word: &str) -> bool {
    let word = word.trim_end_matches(is_mark);
    Lang::ALL.iter().any(|l| l.locale().months_after_day.contains(&word) || l.locale().months.contains(&word))
}

/// A unit, a currency or a short word: it begins with a letter or a sign and is short.
fn is_unit(word: &str) -> bool {
    let letters = word.trim_end_matches(is_mark);
    let signed = letters.starts_with(['%', '€', '$']);
    let short = letters.chars().count() <= SHORT_WORD;
    !letters.is_empty() && (signed || (letters.starts_with(is_letter) && short))
}

/// Punctuation that may close a word. By list, not `char::is_alphanumeric`: Unicode's tables
/// would add 2.1 KB of brotli to the program for the story languages' few marks.
fn is_mark(c: char) -> bool {
    matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '"' | '\'' | '»' | '“' | '”' | '’' | '…')
}

/// A small letter of the story languages' one-letter words (Latin, Cyrillic).
fn is_small_letter(c: char) -> bool {
    c.is_ascii_lowercase() || ('а'..='я').contains(&c) || c == 'ё'
}

/// A letter of the story languages' scripts (Latin with its accents, Cyrillic).
fn is_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || ('\u{c0}'..='\u{24f}').contains(&c) || ('\u{400}'..='\u{4ff}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    const NB: &str = "\u{a0}";

    #[test]
    fn numbers_keep_their_units_and_magnitudes_their_units() {
        for (text, set) in [
            ("trug 4,1 Mio. t; sein Ziel", "trug 4,1_Mio._t; sein Ziel"),
            ("it takes 19–23 days.", "it takes 19–23_days."),
            ("35 Mt by 2029", "35_Mt by 2029"),
            ("5 млн т в год", "5_млн_т в_год"),
            ("€40 bn of deals", "€40_bn of deals"),
            ("about 10,000 km by rail", "about 10,000_km by rail"),
            ("grew 12 % in 2024", "grew 12_% in 2024"),
            ("300.000 TEU", "300.000_TEU"),
            ("12 – 18 days", "12_– 18_days"),
            ("Nhava Sheva – Moscow", "Nhava Sheva_– Moscow"),
            ("trains a year", "trains a_year"),
            ("seit 27. Mai 2025", "seit 27._Mai 2025"),
            ("с 30 октября 2017", "с_30_октября 2017"),
            ("on October 30, 2017", "on October_30, 2017"),
            ("opened 30 October 2017", "opened 30_October 2017"),
            ("35 млн т к 2029 году", "35_млн_т к_2029_году"),
            ("a week and a half", "a_week and a_half"),
        ] {
            assert_eq!(bind_words(text), set.replace('_', NB), "{text}");
            assert_eq!(unbind(&bind_words(text)), text);
        }
    }

    #[test]
    fn long_words_dashes_and_words_without_numbers_break_as_before() {
        for text in [
            "19,000 trains",
            "Phase 12. Maize",
            "Phase 1",
            "the Middle Corridor and its ferries",
            "",
            "two  spaces",
            "ends with 2029",
        ] {
            assert_eq!(bind_words(text), text, "{text}");
        }
    }

    #[test]
    fn a_storys_texts_are_set_as_they_are_read() {
        let (data, _) = crate::test_story::synthetic();
        let said = &data.claims[0].said;
        assert_eq!(said.get(crate::i18n::Lang::En), format!("It takes 19–23{NB}days."));
        assert_eq!(said.get(crate::i18n::Lang::De), format!("Es geht in 19–23{NB}Tagen."));
    }
}
