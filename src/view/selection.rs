//! What the reader has picked on the map, and what the panels point at on it.

use crate::model::{CorridorId, Dataset};
use leptos::prelude::*;

/// Shared by the map and the panels (as context): the selected route brings its figures
/// forward; a figure under the pointer or focus brings its route forward on the map.
#[derive(Clone, Copy)]
pub struct Linked {
    pub route: Signal<Option<CorridorId>>,
    pub emphasis: RwSignal<Option<CorridorId>>,
}

impl Linked {
    /// Props for a figure's element: pointer and focus set the emphasis, leaving clears it.
    pub fn point_at(self, corridor: Option<CorridorId>) -> (impl Fn() + Copy, impl Fn() + Copy) {
        (move || self.emphasis.set(corridor), move || self.emphasis.set(None))
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Selected {
    Leg(String),
    Node(String),
}

impl Selected {
    /// The corridor a selection belongs to (a node belongs to none).
    pub fn corridor(&self, data: &Dataset) -> Option<CorridorId> {
        match self {
            Selected::Leg(id) => data.legs.iter().find(|l| &l.id == id).map(|l| l.corridor),
            Selected::Node(_) => None,
        }
    }
}
