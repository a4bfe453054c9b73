//! The map as it is now — zoom, hidden routes, year, language — as a standalone SVG file, made by
//! the same writer as the published first screen and images (`render::map_svg`), not copied
//! from the page's DOM: the map sets it up, the downloads use it.

use crate::geometry::Scene;
use crate::geometry::naming::Names;
use crate::geometry::zoom::Zoom;
use crate::i18n::Lang;
use crate::load::Loaded;
use crate::model::CorridorId;
use crate::render::map_svg::{self, Shown};
use leptos::prelude::*;
use std::sync::Arc;

/// What the file is drawn from: the map's scene and the reader's state.
#[derive(Clone)]
pub struct MapState {
    pub loaded: Arc<Loaded>,
    pub scene: Memo<Scene>,
    pub zoom: RwSignal<Zoom>,
    pub hidden: RwSignal<Vec<CorridorId>>,
    pub year: Signal<u16>,
}

/// Where the map leaves its state for the downloads (a sibling, so not a context).
pub type MapFile = StoredValue<Option<MapState>>;

impl MapState {
    /// The SVG file in `lang`, with `style` (the page's stylesheet) inside.
    pub fn svg(&self, lang: Lang, style: &str) -> String {
        let data = &self.loaded.checked.dataset;
        let zoom = self.zoom.get_untracked();
        let hidden = self.hidden.get_untracked();
        let shown = Shown { zoom, hidden: &hidden, year: self.year.get_untracked() };
        self.scene.with_untracked(|scene| {
            let lettering = Names::new(data, &self.loaded.basemap, scene, lang).letter(zoom);
            map_svg::standalone(data, scene, &lettering, lang, shown, style)
        })
    }
}
