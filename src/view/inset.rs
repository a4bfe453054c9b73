//! The detail inset on the app's map (`geometry::inset`), drawn by the published first screen's
//! writer (`render::map_svg::inset`): shown while the map is as it opens, with the corridors and
//! year the reader has chosen.

use crate::geometry::Scene;
use crate::geometry::naming::Lettering;
use crate::geometry::zoom::Zoom;
use crate::load::Loaded;
use crate::model::CorridorId;
use crate::render::insets;
use crate::render::map_svg::Shown;
use leptos::prelude::*;
use std::sync::Arc;

pub fn inset_view(
    loaded: Arc<Loaded>,
    scene: Memo<Scene>,
    lettering: Memo<Lettering>,
    zoom: RwSignal<Zoom>,
    (hidden, year): (RwSignal<Vec<CorridorId>>, Signal<u16>),
) -> impl IntoView {
    // A memo, so that a pan or zoom redraws the inset only when it leaves or regains the opening.
    let opening = Memo::new(move |_| zoom.get() == Zoom::IDENTITY);
    let markup = move || {
        if !opening.get() {
            return String::new();
        }
        let hidden = hidden.get();
        let shown = Shown { zoom: Zoom::IDENTITY, hidden: &hidden, year: year.get() };
        let drawn = scene.with(|s| insets::inset(&loaded.checked.dataset, s, shown));
        drawn + &lettering.with(|l| insets::inset_labels(&l.inset, None))
    };
    view! { <g class="inset-layer" inner_html=markup></g> }
}
