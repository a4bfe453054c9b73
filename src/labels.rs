//! Reader-facing names of the model's codes, in both languages.

use crate::figures::TimeSeries;
use crate::format;
use crate::i18n::Lang;
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
        corridor(lang, leg.corridor),
        mode(lang, leg.mode),
        leg_name(data, leg, lang),
        status(lang, leg.status)
    )
}

pub fn corridor(lang: Lang, c: CorridorId) -> &'static str {
    match c {
        CorridorId::Middle => lang.pick("Mittlerer Korridor", "Middle Corridor"),
        CorridorId::Northern => {
            lang.pick("Nordroute (Russland, Belarus)", "Northern route (Russia, Belarus)")
        }
        CorridorId::Air => lang.pick("Flugverbindung", "Air link"),
        CorridorId::Sea => lang.pick("Seeweg über Suez", "Sea route via Suez"),
    }
}

pub fn mode(lang: Lang, m: Mode) -> &'static str {
    match m {
        Mode::Rail => lang.pick("Bahn", "rail"),
        Mode::Ferry => lang.pick("Fähre", "ferry"),
        Mode::Road => lang.pick("Straße", "road"),
        Mode::Air => lang.pick("Flug", "air"),
        Mode::Sea => lang.pick("Schiff", "sea"),
    }
}

pub fn status(lang: Lang, s: Status) -> &'static str {
    match s {
        Status::Operating => lang.pick("in Betrieb", "operating"),
        Status::Planned => lang.pick("geplant", "planned"),
        Status::Discussed => lang.pick("im Gespräch", "discussed"),
    }
}

pub fn node_kind(lang: Lang, k: NodeKind) -> &'static str {
    match k {
        NodeKind::Hub => lang.pick("Bahnknoten", "rail hub"),
        NodeKind::Seaport => lang.pick("Hafen", "port"),
        NodeKind::BorderCrossing => lang.pick("Grenzübergang", "border crossing"),
        NodeKind::Airport => lang.pick("Flughafen", "airport"),
        NodeKind::City => lang.pick("Stadt", "city"),
    }
}

pub fn confidence(lang: Lang, c: Confidence) -> &'static str {
    match c {
        Confidence::A => lang.pick("A – amtlich", "A – official"),
        Confidence::B => lang.pick("B – Agentur/Fachpresse", "B – agency/trade press"),
        Confidence::C => lang.pick("C – ungefähr", "C – approximate"),
        Confidence::Unverified => lang.pick("? – unbelegt", "? – unverified"),
    }
}

pub fn verdict(lang: Lang, v: Verdict) -> &'static str {
    match v {
        Verdict::Confirmed => lang.pick("bestätigt", "confirmed"),
        Verdict::DisputedAttribution => {
            lang.pick("Zahl echt, Zuordnung falsch", "figure real, attribution wrong")
        }
        Verdict::Unverified => lang.pick("unbelegt", "unverified"),
        Verdict::Proposed => lang.pick("nur im Gespräch", "proposed, not agreed"),
    }
}

pub fn stage(lang: Lang, s: Stage) -> &'static str {
    match s {
        Stage::Agreed => lang.pick("vereinbart", "agreed"),
        Stage::Proposed => lang.pick("vorgeschlagen", "proposed"),
        Stage::Talks => lang.pick("nur Gespräche", "talks only"),
    }
}

pub fn panel(lang: Lang, p: Panel) -> &'static str {
    match p {
        Panel::Volume => lang.pick("Mengen", "Volumes"),
        Panel::Transit => lang.pick("Fahrzeit", "Transit time"),
        Panel::Investment => lang.pick("Investitionen", "Investment"),
        Panel::FactCheck => lang.pick("Faktencheck", "Fact check"),
    }
}

/// A chart's title from its unit: the unit decides the axis.
pub fn chart_title(lang: Lang, unit: Unit) -> String {
    match unit {
        Unit::Mt => lang.pick("Fracht pro Jahr, Millionen Tonnen", "Freight a year, million tonnes").into(),
        Unit::Teu => lang.pick("Container pro Jahr, TEU", "Containers a year, TEU").into(),
        Unit::Trains => lang.pick("Züge pro Jahr", "Trains a year").into(),
        other => format::unit(lang, other).trim().to_string(),
    }
}

/// What a screen reader hears for a chart: each series with its first and last measured value,
/// and each target.
pub fn describe_chart(lang: Lang, chart: &TimeSeries) -> String {
    let amount = |v: f64| format!("{}{}", format::number(lang, v, 3), format::unit(lang, chart.unit));
    let mut parts = Vec::new();
    for series in &chart.series {
        let name = series.label.get(lang);
        if let (Some(first), Some(last)) = (series.measured.first(), series.measured.last()) {
            parts.push(format!(
                "{name}: {} {} {}, {} {}",
                amount(first.value),
                lang.pick("im Jahr", "in"),
                first.year,
                amount(last.value),
                last.year
            ));
        }
        for target in &series.targets {
            let to = lang.pick("Ziel", "target");
            parts.push(format!("{to} {}: {}", target.year, amount(target.value)));
        }
    }
    format!("{}. {}.", chart_title(lang, chart.unit), parts.join("; "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figures::time_series;
    use crate::geometry::test_data::shipped;

    #[test]
    fn chart_descriptions_name_first_last_and_targets_in_both_languages() {
        let charts = time_series(&shipped().0);
        assert_eq!(
            describe_chart(Lang::En, &charts[0]),
            "Freight a year, million tonnes. Freight on the Middle Corridor: 0.759 Mt in 2019, \
             4.119 Mt 2025; target 2027: 10 Mt; target 2030: 11 Mt."
        );
        assert!(describe_chart(Lang::De, &charts[1]).contains("Ziel 2029: 300.000 TEU"));
    }
}
