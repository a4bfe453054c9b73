//! Reader-facing names of the model's codes, in both languages.

use crate::i18n::Lang;
use crate::model::{Confidence, CorridorId, Dataset, Leg, Mode, NodeKind, Status, Verdict};

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
