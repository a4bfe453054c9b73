//! Numbers, units and dates the way each language writes them: "4,5 Mio. t" and "19–23 Tage" in
//! German, "4.5 Mt" and "19–23 days" in English, "4,5 млн т" in Russian — from each language's
//! `Locale` and unit names, so that a new language needs no change here.

use crate::i18n::{Key, Lang, fill, tr};
use crate::model::{Amount, Quantity, Unit};
use crate::typeset::NO_BREAK;

/// A number with up to `decimals` places (trailing zeros dropped) and thousands separators.
pub fn number(lang: Lang, value: f64, decimals: usize) -> String {
    let text = format!("{:.*}", decimals, value.abs());
    let (whole, frac) = text.split_once('.').unwrap_or((&text, ""));
    let frac = frac.trim_end_matches('0');
    let (thousands, point) = (lang.locale().thousands, lang.locale().decimal);
    let mut grouped = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(thousands);
        }
        grouped.push(c);
    }
    let sign = if value < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0') { "−" } else { "" };
    if frac.is_empty() { format!("{sign}{grouped}") } else { format!("{sign}{grouped}{point}{frac}") }
}

/// The unit's short form, with the space that goes before it ("" for none).
pub fn unit(lang: Lang, unit: Unit) -> &'static str {
    if unit == Unit::Count { "" } else { tr(lang, Key::Unit(unit)) }
}

/// "4,484 Mio. t", "13–15 Tage", "40 € bn" — one piece that never breaks across lines: a
/// figure's value is read at a glance, and "4,484 Mio." at a line's end reads as another figure.
pub fn quantity(lang: Lang, Quantity { amount, unit: u }: Quantity) -> String {
    let decimals = 3;
    let unit = unit(lang, u).replace(' ', &NO_BREAK.to_string());
    match amount {
        Amount::Single(v) => format!("{}{unit}", number(lang, v, decimals)),
        Amount::Range { min, max } => {
            format!("{}–{}{unit}", number(lang, min, decimals), number(lang, max, decimals))
        }
    }
}

/// A source's date as precise as it is known: "2024", "Dezember 2024" / "December 2024",
/// "27. Mai 2025" / "27 May 2025" / "27 мая 2025 г.". Anything else is shown as written.
pub fn date(lang: Lang, iso: &str) -> String {
    let locale = lang.locale();
    let parts: Vec<&str> = iso.split('-').collect();
    let month = |m: &str| m.parse::<usize>().ok().filter(|m| (1..=12).contains(m)).map(|m| m - 1);
    match parts[..] {
        [year] if year.len() == 4 => year.to_string(),
        [year, m] => month(m).map_or(iso.to_string(), |m| format!("{} {year}", locale.months[m])),
        [year, m, d] => match (month(m), d.parse::<u8>().ok().filter(|d| (1..=31).contains(d))) {
            // Set as the story's texts are: the day never ends a line apart from its month.
            (Some(m), Some(day)) => crate::typeset::bind_words(&fill(
                locale.day_month_year,
                &[("day", &day), ("month", &locale.months_after_day[m]), ("year", &year)],
            )),
            _ => iso.to_string(),
        },
        _ => iso.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_and_english_numbers() {
        assert_eq!(number(Lang::De, 4.484, 3), "4,484");
        assert_eq!(number(Lang::En, 4.484, 3), "4.484");
        assert_eq!(number(Lang::De, 300_000.0, 0), "300.000");
        assert_eq!(number(Lang::En, 1_460_000.0, 0), "1,460,000");
        assert_eq!(number(Lang::En, 4.5, 3), "4.5");
        assert_eq!(number(Lang::De, 100.0, 3), "100");
        assert_eq!(number(Lang::De, -0.0001, 2), "0");
        assert_eq!(number(Lang::En, -2.5, 1), "−2.5");
        assert_eq!(number(Lang::Ru, 300_000.0, 0), "300\u{a0}000");
        assert_eq!(number(Lang::Ru, 4.484, 3), "4,484");
    }

    #[test]
    fn dates_as_precise_as_known() {
        assert_eq!(date(Lang::De, "2024"), "2024");
        assert_eq!(date(Lang::De, "2024-12"), "Dezember 2024");
        assert_eq!(date(Lang::En, "2024-12"), "December 2024");
        assert_eq!(date(Lang::De, "2025-05-27"), "27.\u{a0}Mai 2025");
        assert_eq!(date(Lang::En, "2017-10-30"), "30\u{a0}October 2017");
        assert_eq!(date(Lang::Ru, "2017-10-30"), "30\u{a0}октября 2017\u{a0}г.");
        assert_eq!(date(Lang::Ru, "2024-12"), "декабрь 2024");
        assert_eq!(date(Lang::En, "2024-13"), "2024-13");
        assert_eq!(date(Lang::En, "soon"), "soon");
    }

    #[test]
    fn amounts_with_units() {
        assert_eq!(
            quantity(Lang::De, Quantity { amount: Amount::Single(4.5), unit: Unit::Mt }),
            "4,5\u{a0}Mio.\u{a0}t"
        );
        assert_eq!(
            quantity(Lang::En, Quantity { amount: Amount::Single(4.5), unit: Unit::Mt }),
            "4.5\u{a0}Mt"
        );
        assert_eq!(
            quantity(Lang::De, Quantity { amount: Amount::Range { min: 19.0, max: 23.0 }, unit: Unit::Days }),
            "19–23\u{a0}Tage"
        );
        assert_eq!(
            quantity(Lang::En, Quantity { amount: Amount::Range { min: 19.0, max: 23.0 }, unit: Unit::Days }),
            "19–23\u{a0}days"
        );
        assert_eq!(
            quantity(Lang::En, Quantity { amount: Amount::Single(56_500.0), unit: Unit::Teu }),
            "56,500\u{a0}TEU"
        );
        assert_eq!(
            quantity(Lang::De, Quantity { amount: Amount::Single(40.0), unit: Unit::EurBn }),
            "40\u{a0}Mrd.\u{a0}€"
        );
        assert_eq!(quantity(Lang::En, Quantity { amount: Amount::Single(22.0), unit: Unit::Count }), "22");
        assert_eq!(
            quantity(Lang::Ru, Quantity { amount: Amount::Range { min: 19.0, max: 23.0 }, unit: Unit::Days }),
            "19–23\u{a0}дн."
        );
    }
}
