//! The story's `updated` day and its `corrections`: the line under every part of the graphic
//! ("Updated 1 December 2026 · 1 correction") that newsrooms' corrections policies require.

use super::entries::read_list;
use super::error::{Issue, Place, Problem};
use super::fields::{Fields, Scope};
use crate::model::Correction;
use serde_json::{Map, Value};

/// `updated` and `corrections` from the `story` object. A correction needs an `updated` day on
/// or after its own: a correction is a change to the story.
pub fn read(
    story: &Map<String, Value>,
    scope: Scope,
    issues: &mut Vec<Issue>,
) -> (Option<String>, Vec<Correction>) {
    let mut fields = Fields::new(story, Place::Story, scope, issues);
    let updated = day(&mut fields, "updated", false);
    let corrections = read_list(story, "corrections", scope, issues, read_correction);
    let mut fields = Fields::new(story, Place::Story, scope, issues);
    match &updated {
        None if !corrections.is_empty() && !fields.has("updated") => {
            fields.report("updated", Problem::Missing)
        }
        Some(updated) => {
            for late in corrections.iter().filter(|c| c.date > *updated) {
                let problem =
                    Problem::CorrectionAfterUpdate { date: late.date.clone(), updated: updated.clone() };
                fields.report("corrections", problem);
            }
        }
        None => {}
    }
    (updated, corrections)
}

fn read_correction(fields: &mut Fields) -> Option<Correction> {
    let date = day(fields, "date", true);
    let text = fields.names("text");
    Some(Correction { date: date?, text: text? })
}

/// A day field, required or not; anything but `YYYY-MM-DD` is reported.
fn day(fields: &mut Fields, field: &str, required: bool) -> Option<String> {
    let text = if required { fields.text(field) } else { fields.optional_text(field) }?;
    if is_day(&text) {
        return Some(text);
    }
    fields.report(field, Problem::BadDay { found: text });
    None
}

/// `YYYY-MM-DD`, a day that exists (29 February only in leap years), 1900–2199.
pub fn is_day(text: &str) -> bool {
    let bytes = text.as_bytes();
    let shape = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes.iter().enumerate().all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
    if !shape {
        return false;
    }
    let number = |from: usize, to: usize| text[from..to].parse::<u32>().unwrap_or(0);
    let (year, month, day) = (number(0, 4), number(5, 7), number(8, 10));
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => 0,
    };
    (1900..2200).contains(&year) && (1..=days).contains(&day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_story_keeps_its_updated_day_and_corrections_in_order() {
        let (data, _) = crate::test_story::synthetic();
        assert_eq!(data.story.updated.as_deref(), Some("2026-11-30"));
        let dates: Vec<&str> = data.story.corrections.iter().map(|c| c.date.as_str()).collect();
        assert_eq!(dates, ["2026-11-20", "2026-11-28"]);
        assert_eq!(data.story.corrections[1].text.get(crate::i18n::Lang::En), "A source was missing.");
    }

    #[test]
    fn days_exist_and_are_written_one_way() {
        for ok in ["2026-12-01", "2024-02-29", "2000-02-29", "1999-12-31"] {
            assert!(is_day(ok), "{ok}");
        }
        let bad =
            ["2025-02-29", "1900-02-29", "2026-13-01", "2026-04-31", "2026-00-10", "2026-12-00", "2026-1-01"];
        for no in
            bad.into_iter().chain(["26-12-01", "2026/12/01", "2026-12-01T10:00", "+026-12-01", "", "soon"])
        {
            assert!(!is_day(no), "{no}");
        }
    }
}
