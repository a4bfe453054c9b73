//! A place on the map: its symbol (one per kind), at its place and its own size whatever the
//! map's zoom, as a button (`MapItem`) named for screen readers.

use super::map_item::{MapItem, Marks};
use super::selection::Selected;
use crate::geometry::Point;
use crate::geometry::scene::{NodeShape, SYMBOL_RADIUS};
use crate::i18n::Lang;
use crate::labels;
use crate::load::Loaded;
use crate::model::NodeKind;
use crate::render::marks;
use leptos::prelude::*;
use std::sync::Arc;

pub fn node_view(
    loaded: &Arc<Loaded>,
    shape: NodeShape,
    (lang, unscale): (Signal<Lang>, Memo<f64>),
    marks: Marks,
) -> impl IntoView + use<> {
    let node = loaded.checked.dataset.node(&shape.id).cloned();
    let label = Signal::derive(move || {
        let lang = lang.get();
        node.as_ref()
            .map(|n| format!("{} ({})", n.name.get(lang), labels::node_kind(lang, n.kind)))
            .unwrap_or_default()
    });
    let Point { x, y } = shape.at;
    let kind = shape.kind;
    view! {
        <MapItem
            me=Selected::Node(shape.id.clone())
            class=format!("node kind-{}", kind.code())
            label
            marks=marks.clone()
            transform=Signal::derive(move || symbol_at(Point { x, y }, unscale.get()))
            data_node=shape.id.clone()
        >
            {symbol(kind)}
        </MapItem>
    }
}

/// A symbol's transform: at its place, at its own size whatever the map's scale (as the first
/// screen draws it at scale 1).
fn symbol_at(Point { x, y }: Point, unscale: f64) -> String {
    if (unscale - 1.0).abs() < 1e-9 {
        format!("translate({x:.1},{y:.1})")
    } else {
        format!("translate({x:.1},{y:.1}) scale({unscale:.4})")
    }
}

/// One symbol per kind of place, centred on the place, drawn at a fixed size whatever the zoom.
fn symbol(kind: NodeKind) -> impl IntoView {
    let r = SYMBOL_RADIUS;
    match kind {
        NodeKind::Seaport => view! { <rect x=-r y=-r width=2.0 * r height=2.0 * r /> }.into_any(),
        NodeKind::BorderCrossing => view! { <path d=marks::diamond_path() /> }.into_any(),
        NodeKind::Airport => view! { <path d=marks::triangle_path() /> }.into_any(),
        NodeKind::Hub | NodeKind::City => view! { <circle r=r /> }.into_any(),
    }
}
