//! Reader-facing names: of the story's corridors and legs (from the data), of the transport
//! codes (from the language tables), and of charts for screen readers.

use crate::figures::TimeSeries;
use crate::format;
use crate::i18n::{Key, Lang, Msg, message, tr};
use crate::model::{Confidence, CorridorId, Dataset, Leg, Mode, NodeKind, Stage, Status, Unit, Verdict};
use crate::panel::Panel;

/// "Aktau – Alat / Baku", in the reader's language; a node's id if it has no name.
pub fn leg_name(data: &Dataset, leg: &Leg, lang: Lang) -> String {
    let name = |id: &str| data.node(id).map_or(id.to_string(), |n| n.name.get(lang).to_string());
    format!("{} – {}", name(&leg.from), name(&leg.to))
}

/// The accessible name of a leg on the map: "Middle Corridor: ferry Aktau – Alat / Baku, operating".
pub fn leg_description(data: &Dataset, leg: &Leg, lang: Lang) -> String {
    format!(
        "{}: {} {}, {}",
        corridor(data, lang, leg.corridor),
        mode(lang, leg.mode),
        leg_name(data, leg, lang),
        status(lang, leg.status)
    )
}

/// A corridor's name from the story; empty for an id the dataset does not have.
pub fn corridor(data: &Dataset, lang: Lang, c: CorridorId) -> &str {
    data.corridor(c).map_or("", |c| c.name.get(lang))
}

/// The page's title: the story's, and the tool's name (the published page's head has it too);
/// with plain spaces, as a browser's tab, a bookmark and a search engine read it.
pub fn document_title(data: &Dataset, lang: Lang) -> String {
    crate::typeset::unbind(&format!("{} – corridor-explorer", data.story.title.get(lang)))
}

pub fn mode(lang: Lang, m: Mode) -> &'static str {
    tr(lang, Key::Mode(m))
}

pub fn status(lang: Lang, s: Status) -> &'static str {
    tr(lang, Key::Status(s))
}

pub fn node_kind(lang: Lang, k: NodeKind) -> &'static str {
    tr(lang, Key::NodeKind(k))
}

/// Between a figure's facts ("2030 · B – agency/trade press"): bound to the fact before it, so
/// that a line never begins with the dot.
pub const FACT_SEPARATOR: &str = "\u{a0}· ";

/// A confidence grade with its meaning ("B – agency/trade press"); the tables bind the letter to
/// its dash, so that no line begins with the dash.
pub fn confidence(lang: Lang, c: Confidence) -> &'static str {
    tr(lang, Key::Confidence(c))
}

pub fn verdict(lang: Lang, v: Verdict) -> &'static str {
    tr(lang, Key::Verdict(v))
}

pub fn stage(lang: Lang, s: Stage) -> &'static str {
    tr(lang, Key::Stage(s))
}

pub fn panel(lang: Lang, p: Panel) -> &'static str {
    tr(lang, Key::Panel(p))
}

/// A chart's title from its unit: the unit decides the axis.
pub fn chart_title(lang: Lang, unit: Unit) -> &'static str {
    tr(lang, Key::ChartTitle(unit))
}

/// What a screen reader hears for a chart: each series with its first and last measured value,
/// and each target.
pub fn describe_chart(lang: Lang, chart: &TimeSeries) -> String {
    let amount = |v: f64| format!("{}{}", format::number(lang, v, 3), format::unit(lang, chart.unit));
    let mut parts = Vec::new();
    for series in &chart.series {
        let name = series.label.get(lang);
        if let (Some(first), Some(last)) = (series.measured.first(), series.measured.last()) {
            parts.push(message(
                lang,
                Msg::ChartSeries,
                &[
                    ("name", &name),
                    ("first", &amount(first.value)),
                    ("first_year", &first.year),
                    ("last", &amount(last.value)),
                    ("last_year", &last.year),
                ],
            ));
        }
        for target in &series.targets {
            let (year, value) = (&target.year, amount(target.value));
            parts.push(message(lang, Msg::ChartTarget, &[("year", year), ("amount", &value)]));
        }
    }
    format!("{}. {}.", chart_title(lang, chart.unit), parts.join("; "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figures::time_series;
    use crate::test_story::synthetic;

    #[test]
    fn chart_descriptions_name_first_last_and_targets_in_every_language() {
        let charts = time_series(&synthetic().0);
        // As a reader's line breaks see it: '_' is a no-break space.
        let set = |text: String| text.replace('\u{a0}', "_");
        assert_eq!(
            set(describe_chart(Lang::En, &charts[0])),
            "Freight a_year, million tonnes. Freight in the east: 0.8_Mt in 2019, \
             4.1_Mt 2025; target 2027: 10_Mt; target 2030: 11_Mt."
        );
        assert!(set(describe_chart(Lang::De, &charts[1])).contains("Ziel 2029: 300.000_TEU"));
        // A story in German and English only: the Russian interface reads its German texts.
        assert!(set(describe_chart(Lang::Ru, &charts[1])).contains("цель на 2029_г.: 300_000_ДФЭ"));
    }

    #[test]
    fn corridors_are_named_by_the_story() {
        let data = synthetic().0;
        assert_eq!(corridor(&data, Lang::De, crate::test_story::corridor(&data, "ocean")), "Seeweg");
        assert_eq!(corridor(&data, Lang::En, CorridorId(9)), "");
    }
}
