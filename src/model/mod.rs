//! The typed dataset: what a story's GeoJSON file means once it has been read and checked.
//!
//! Nothing here knows about JSON or the browser; `crate::dataset` builds these types and
//! guarantees their invariants (unique ids, legs that join known nodes, sources that exist).

mod annotation;
mod corridor;
mod figure;
mod leg;
mod node;
mod race;
mod route;
mod step;
mod story;
mod text;

pub use annotation::{Annotation, AnnotationAt};
pub use corridor::{Colour, Corridor, CorridorId, MAX_CORRIDORS, PALETTE, Role, Variant};
pub use figure::{Amount, Claim, Figure, Quantity, Source, Stage, Topic, Unit, Verdict};
pub use leg::{Leg, Mode, Status};
pub use node::{LonLat, Node, NodeKind};
pub use race::{Entrant, Race, race_days};
pub use step::{Step, StepFrame};
pub use story::{Correction, DEFAULT_LANGUAGES, Frame, Intros, ProjectionSpec, Story, WORLD_BASEMAP};
pub use text::{Confidence, Text};

/// The span of the year control.
pub const TIMELINE: std::ops::RangeInclusive<u16> = 2015..=2030;

/// Everything the app draws and every panel shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Dataset {
    pub story: Story,
    /// In display order; a `CorridorId` is a position in this list.
    pub corridors: Vec<Corridor>,
    pub variants: Vec<Variant>,
    pub nodes: Vec<Node>,
    pub legs: Vec<Leg>,
    pub figures: Vec<Figure>,
    pub claims: Vec<Claim>,
    pub sources: Vec<Source>,
}

impl Dataset {
    /// The node with this id. Legs only name nodes that exist (checked when reading).
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.nodes.iter().find(|n| n.id == id)
    }

    /// The corridor behind an id (ids are only made for declared corridors; one from another
    /// dataset finds none rather than panicking).
    pub fn corridor(&self, id: CorridorId) -> Option<&Corridor> {
        self.corridors.get(id.index())
    }

    /// Every corridor's id, in display order.
    pub fn corridor_ids(&self) -> impl Iterator<Item = CorridorId> + '_ {
        (0..self.corridors.len()).map(|i| CorridorId(i as u8))
    }

    /// The corridor declared with this id text.
    pub fn corridor_by_code(&self, code: &str) -> Option<CorridorId> {
        self.corridors.iter().position(|c| c.id == code).map(|i| CorridorId(i as u8))
    }

    /// Whether the corridor is drawn only for comparison.
    pub fn is_comparison(&self, id: CorridorId) -> bool {
        self.corridor(id).is_some_and(|c| c.role == Role::Comparison)
    }

    pub fn variant_name(&self, id: &str) -> Option<&Text> {
        self.variants.iter().find(|v| v.id == id).map(|v| &v.name)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The latest year anything was measured or reported (targets excluded): where the year
    /// control starts, so that a published embed shows the same state next year.
    pub fn latest_year(&self) -> Option<u16> {
        self.figures.iter().filter(|f| !f.is_target()).filter_map(|f| f.year).max()
    }

    /// The year the map and charts open at: the latest measured figure's, within the timeline.
    /// The static first screen is drawn for it too, so both must agree.
    pub fn opening_year(&self) -> u16 {
        self.latest_year().unwrap_or(*TIMELINE.end()).clamp(*TIMELINE.start(), *TIMELINE.end())
    }

    /// Total number of positions in the dataset's geometry (nodes and leg vertices).
    pub fn vertex_count(&self) -> usize {
        self.nodes.len() + self.legs.iter().map(|l| l.path.len()).sum::<usize>()
    }
}
