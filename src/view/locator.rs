//! The map's locator inset for the reader's view: the globe with what the map shows outlined,
//! drawn by the same writer as the published first screen (`render::map_svg::locator`).

use crate::geometry::Scene;
use crate::geometry::zoom::Zoom;
use crate::render::insets::locator;
use leptos::prelude::*;

/// `zoom` is the view the names were last placed for, as for the scale bar: the outline follows
/// a change of scale or the end of a drag, not every frame of one.
pub fn locator_view(scene: Memo<Scene>, zoom: RwSignal<Zoom>) -> impl IntoView {
    view! { <g class="locator-layer" inner_html=move || scene.with(|s| locator(s, zoom.get()))></g> }
}
