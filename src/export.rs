//! The figures as CSV, for readers and editors who want the numbers in a spreadsheet: one row
//! per figure, with its source written out (not only its id).

use crate::i18n::Lang;
use crate::model::{Amount, Dataset, Figure};

const HEADER: [&str; 16] = [
    "id",
    "topic",
    "corridor",
    "label",
    "value",
    "min",
    "max",
    "unit",
    "year",
    "stage",
    "confidence",
    "note",
    "source_publisher",
    "source_title",
    "source_date",
    "source_url",
];

/// RFC 4180 CSV (comma, CRLF, quotes doubled), labels and notes in `lang`, numbers with a dot
/// so that every spreadsheet reads them.
pub fn figures_csv(data: &Dataset, lang: Lang) -> String {
    let mut out = line(HEADER.iter().map(|h| h.to_string()));
    for figure in &data.figures {
        out.push_str(&line(row(data, figure, lang).into_iter()));
    }
    out
}

fn row(data: &Dataset, f: &Figure, lang: Lang) -> Vec<String> {
    let (value, min, max) = match f.quantity.map(|q| q.amount) {
        Some(Amount::Single(v)) => (v.to_string(), String::new(), String::new()),
        Some(Amount::Range { min, max }) => (String::new(), min.to_string(), max.to_string()),
        None => Default::default(),
    };
    let source = data.source(&f.source);
    let from = |pick: fn(&crate::model::Source) -> Option<String>| source.and_then(pick).unwrap_or_default();
    vec![
        f.id.clone(),
        f.topic.code().into(),
        f.corridor.and_then(|c| data.corridor(c)).map(|c| c.id.clone()).unwrap_or_default(),
        f.label.get(lang).into(),
        value,
        min,
        max,
        f.unit().map(|u| u.code().to_string()).unwrap_or_default(),
        f.year.map(|y| y.to_string()).unwrap_or_default(),
        f.stage.map(|s| s.code().to_string()).unwrap_or_default(),
        f.confidence.code().into(),
        f.note.as_ref().map(|n| n.get(lang).to_string()).unwrap_or_default(),
        from(|s| Some(s.publisher.clone())),
        from(|s| Some(s.title.clone())),
        from(|s| s.date.clone()),
        from(|s| s.url.clone()),
    ]
}

/// The start of every download's file name: `corridor-explorer` for the default story,
/// `corridor-explorer-instc` for `?story=instc`.
pub fn file_stem(story: &str) -> String {
    if story == crate::load::DEFAULT_STORY {
        "corridor-explorer".into()
    } else {
        format!("corridor-explorer-{story}")
    }
}

fn line(fields: impl Iterator<Item = String>) -> String {
    let quoted: Vec<String> = fields.map(|f| quote(&f)).collect();
    format!("{}\r\n", quoted.join(","))
}

/// Quotes a field that needs it; a leading `=`, `+`, `-` or `@` gets a `'` so that a
/// spreadsheet does not run it as a formula. The page's no-break spaces (`typeset`) go back to
/// the plain spaces the dataset has, so that a search or a join on the text finds it.
fn quote(field: &str) -> String {
    let field = &field.replace('\u{a0}', " ");
    let safe = match field.chars().next() {
        Some('=' | '+' | '@') => format!("'{field}"),
        Some('-') if field.parse::<f64>().is_err() => format!("'{field}"),
        _ => field.to_string(),
    };
    if safe.contains([',', '"', '\n', '\r']) { format!("\"{}\"", safe.replace('"', "\"\"")) } else { safe }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_story::synthetic;

    #[test]
    fn one_row_per_figure_under_a_header() {
        let data = synthetic().0;
        let csv = figures_csv(&data, Lang::En);
        let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
        assert_eq!(lines.len(), data.figures.len() + 1);
        assert!(lines[0].starts_with("id,topic,corridor,label,value,min,max,unit,year"));
        let mt = lines.iter().find(|l| l.starts_with("all-routes-target,")).expect("35 Mt row"); // ok: test
        assert!(mt.starts_with("all-routes-target,target,east,"), "{mt}");
        assert!(mt.contains(",35,,,Mt,2029,,B,"), "{mt}");
        assert!(mt.contains("Test survey"), "{mt}");
        let claimed = lines.iter().find(|l| l.starts_with("claimed-time,")).expect("claimed row"); // ok: test
        assert!(claimed.contains(",,19,23,days,2025,,?,"), "{claimed}");
    }

    #[test]
    fn fields_are_quoted_and_formulas_defused() {
        assert_eq!(quote("plain"), "plain");
        assert_eq!(quote("a, b"), "\"a, b\"");
        assert_eq!(quote("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(quote("=HYPERLINK(1)"), "'=HYPERLINK(1)");
        assert_eq!(quote("-2.5"), "-2.5");
        assert_eq!(quote("-x"), "'-x");
        assert_eq!(quote("19–23\u{a0}days"), "19–23 days");
    }
}
