//! The card beside a hovered, focused or selected route or place: name, mode, length, status and
//! the route's key figure.

use super::selection::Selected;
use crate::format;
use crate::geometry::zoom::Zoom;
use crate::geometry::{Point, Scene, great_circle};
use crate::i18n::{Key, Lang, tr};
use crate::labels;
use crate::load::Loaded;
use crate::model::{Confidence, Dataset, Figure, Leg, Topic};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn Tooltip(
    loaded: Arc<Loaded>,
    #[prop(into)] lang: Signal<Lang>,
    scene: Memo<Scene>,
    zoom: RwSignal<Zoom>,
    active: Signal<Option<Selected>>,
) -> impl IntoView {
    let content = move || {
        let lang = lang.get();
        let data = &loaded.checked.dataset;
        let (lines, at) = match active.get()? {
            Selected::Leg(id) => {
                let leg = data.legs.iter().find(|l| l.id == id)?;
                let at = scene.with(|s| s.legs.iter().find(|l| l.id == id).map(|l| l.middle))?;
                (leg_lines(data, leg, lang), at)
            }
            Selected::Node(id) => {
                let node = data.node(&id)?;
                let at = scene.with(|s| s.nodes.iter().find(|n| n.id == id).map(|n| n.at))?;
                (vec![node.name.get(lang).to_string(), labels::node_kind(lang, node.kind).to_string()], at)
            }
        };
        let Point { x, y } = zoom.get().apply(at);
        let width = scene.with(|s| s.width);
        // Keep the card on the map: to the left of the point when it sits in the right half.
        // Set through the CSSOM (style:…), not a style attribute: a strict CSP forbids the latter.
        let (left, right) = if x > width / 2.0 {
            (String::new(), format!("{:.0}px", width - x + 12.0))
        } else {
            (format!("{:.0}px", x + 12.0), String::new())
        };
        let top = format!("{:.0}px", (y - 12.0).max(0.0));
        let mut lines = lines.into_iter();
        let title = lines.next().unwrap_or_default();
        Some(view! {
            <div class="tooltip" role="status" style:left=left style:right=right style:top=top>
                <strong>{title}</strong>
                {lines.map(|l| view! { <span>{l}</span> }).collect_view()}
            </div>
        })
    };
    view! { {content} }
}

fn leg_lines(data: &Dataset, leg: &Leg, lang: Lang) -> Vec<String> {
    // Along the globe: an air leg's two points give its great circle, the length drawn.
    let km = great_circle::length_km(&leg.path);
    let approx = if leg.schematic { "≈ " } else { "" };
    // The alternative it belongs to, where the story names it ("Black Sea ferry").
    let variant =
        leg.variant.as_deref().and_then(|v| data.variant_name(v)).map(|n| format!(" · {}", n.get(lang)));
    let mut lines = vec![
        labels::leg_name(data, leg, lang),
        format!(
            "{} · {}{}",
            labels::corridor(data, lang, leg.corridor),
            labels::mode(lang, leg.mode),
            variant.unwrap_or_default()
        ),
        format!(
            "{}: {approx}{} km · {}",
            tr(lang, Key::Length),
            format::number(lang, (km / 10.0).round() * 10.0, 0),
            labels::status(lang, leg.status)
        ),
    ];
    if let Some(f) = key_figure(data, leg) {
        let amount = f.quantity.map(|q| format::quantity(lang, q)).unwrap_or_default();
        lines.push(format!("{}: {amount}", f.label.get(lang)));
    }
    lines
}

/// The figure that sums up a leg's route: its most recent sourced transit time (the first in the
/// file among equally recent ones, so editors decide by order).
fn key_figure<'a>(data: &'a Dataset, leg: &Leg) -> Option<&'a Figure> {
    let candidates = data.figures.iter().filter(|f| {
        f.corridor == Some(leg.corridor)
            && f.topic == Topic::TransitTime
            && f.confidence != Confidence::Unverified
    });
    candidates.rev().max_by_key(|f| f.year.unwrap_or(0))
}
