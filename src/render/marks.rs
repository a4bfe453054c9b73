//! How routes and places are marked in every drawing of the map — the app's, the static first
//! screen's, the standalone pictures' and the insets': the classes of a leg and of its line, the
//! class and style rule that give a corridor its colour, the places' symbols and the key to line
//! widths. One writer for each, so that a class or a symbol never differs between them.

use super::escape;
use crate::figures::flow::Flows;
use crate::geometry::scene::SYMBOL_RADIUS;
use crate::i18n::{Lang, Msg};
use crate::model::{CorridorId, Dataset, NodeKind};

/// The classes the app gives a leg (`view/map.rs` draws its legs with these).
pub fn leg_class(data: &Dataset, leg: &crate::model::Leg) -> String {
    let variant = leg.variant.as_deref().map(|v| format!(" variant-{v}")).unwrap_or_default();
    format!(
        "leg {} mode-{} status-{}{variant}",
        corridor_class(data, Some(leg.corridor)),
        leg.mode.code(),
        leg.status.code()
    )
}

/// The style rule that gives `corridor-<id>` its colour in light and dark: the app adds it to its
/// stylesheet (`view/colours.rs`), `./run publish` writes it into the story's stylesheet file.
/// Ids and colours are checked when the dataset is read (`[a-z0-9_-]`, `#rrggbb`).
pub fn colour_rule(corridor: &crate::model::Corridor) -> String {
    let (light, dark) = (corridor.colour.hex(), corridor.colour.for_dark().hex());
    format!(".corridor-{} {{ --c: light-dark({light}, {dark}); }}", corridor.id)
}

/// The class that carries a corridor's colour (`colour_rule` writes the rule).
pub fn corridor_class(data: &Dataset, corridor: Option<CorridorId>) -> String {
    format!("corridor-{}", corridor.and_then(|c| data.corridor(c)).map_or("none", |c| c.id.as_str()))
}

/// A place's symbol, centred on it and the same size at every zoom, as SVG markup.
pub fn symbol(kind: NodeKind) -> String {
    let r = SYMBOL_RADIUS;
    match kind {
        NodeKind::Seaport => {
            format!(r#"<rect x="{}" y="{}" width="{}" height="{}"/>"#, -r, -r, 2.0 * r, 2.0 * r)
        }
        NodeKind::BorderCrossing => format!(r#"<path d="{}"/>"#, diamond_path()),
        NodeKind::Airport => format!(r#"<path d="{}"/>"#, triangle_path()),
        NodeKind::Hub | NodeKind::City => format!(r#"<circle r="{r}"/>"#),
    }
}

/// A border crossing's symbol.
pub fn diamond_path() -> String {
    let r = SYMBOL_RADIUS;
    format!("M0,{}L{r},0L0,{r}L{},0Z", -r, -r)
}

/// An airport's symbol.
pub fn triangle_path() -> String {
    let r = SYMBOL_RADIUS;
    format!("M0,{}L{r},{r}L{},{r}Z", -r - 1.0, -r)
}

/// The legend's key to line widths (`figures::flow`) in `year`: two round volumes at their
/// widths, and what the width stands for.
pub fn flow_key(flows: &Flows, lang: Lang, year: u16) -> String {
    let [(small, w1), (large, w2)] = flows.key();
    let unit = crate::format::unit(lang, flows.unit).trim();
    let text = crate::i18n::message(lang, Msg::FlowKey, &[("unit", &unit), ("year", &year)]);
    let number = |v: f64| crate::format::number(lang, v, 0);
    format!(
        concat!(
            r#"<svg class="flow-swatch" width="56" height="12" aria-hidden="true">"#,
            r#"<line class="{c1}" x1="1" y1="6" x2="22" y2="6"/><line class="{c2}" x1="30" y1="6" x2="55" y2="6"/></svg>"#,
            "{text}: {n1} · {n2}"
        ),
        c1 = Flows::class(w1),
        c2 = Flows::class(w2),
        text = escape(&text),
        n1 = escape(&number(small)),
        n2 = escape(&number(large)),
    )
}

/// The class of a leg's drawn line: with flows (`figures::flow`), its width in `year`.
pub fn line_class(flows: Option<&Flows>, corridor: CorridorId, year: u16) -> String {
    match flows {
        Some(f) => format!("line {}", Flows::class(f.width(corridor, year))),
        None => "line".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_story::synthetic;

    #[test]
    fn a_leg_carries_its_corridor_mode_and_status_and_an_unknown_corridor_none() {
        let (data, _) = synthetic();
        let leg = &data.legs[0];
        let class = leg_class(&data, leg);
        let corridor = data.corridor(leg.corridor).unwrap(); // ok: test, the synthetic story
        assert!(class.starts_with(&format!("leg corridor-{} mode-", corridor.id)), "{class}");
        assert!(class.contains(&format!("status-{}", leg.status.code())), "{class}");
        assert_eq!(corridor_class(&data, None), "corridor-none");
        assert_eq!(corridor_class(&data, Some(CorridorId(200))), "corridor-none");
    }

    #[test]
    fn each_place_kind_has_its_own_symbol() {
        let kinds = [NodeKind::Seaport, NodeKind::BorderCrossing, NodeKind::Airport, NodeKind::City];
        let symbols: Vec<String> = kinds.iter().map(|&k| symbol(k)).collect();
        for (i, a) in symbols.iter().enumerate() {
            assert!(symbols[i + 1..].iter().all(|b| b != a), "{symbols:?}");
        }
        assert_eq!(symbol(NodeKind::Hub), symbol(NodeKind::City));
    }

    #[test]
    fn the_line_width_key_names_two_round_volumes_and_the_year() {
        let (mut data, _) = synthetic();
        assert_eq!(line_class(None, CorridorId(0), 2024), "line");
        data.corridors[0].flow = Some("east-teu".into());
        data.corridors[1].flow = Some("west-teu".into());
        let key = flow_key(&Flows::of(&data).unwrap(), Lang::En, 2024); // ok: test code
        assert!(
            key.contains("Line width: TEU a\u{a0}year, the latest figure up to 2024: 100,000 · 400,000"),
            "{key}"
        );
    }
}
