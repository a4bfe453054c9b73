//! The typed dataset: what `data/corridors.geojson` means once it has been read and checked.
//!
//! Nothing here knows about JSON or the browser; `crate::dataset` builds these types and
//! guarantees their invariants (unique ids, legs that join known nodes, sources that exist).

mod figure;
mod leg;
mod node;
mod text;

pub use figure::{Amount, Claim, Figure, Quantity, Source, Stage, Topic, Unit, Verdict};
pub use leg::{CorridorId, Leg, Mode, Status};
pub use node::{LonLat, Node, NodeKind};
pub use text::{Confidence, Text};

/// The span of the year control.
pub const TIMELINE: std::ops::RangeInclusive<u16> = 2015..=2030;

/// Everything the app draws and every panel shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Dataset {
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

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The latest year anything was measured or reported (targets excluded): where the year
    /// control starts, so that a published embed shows the same state next year.
    pub fn latest_year(&self) -> Option<u16> {
        self.figures.iter().filter(|f| !f.is_target()).filter_map(|f| f.year).max()
    }

    /// Total number of positions in the dataset's geometry (nodes and leg vertices).
    pub fn vertex_count(&self) -> usize {
        self.nodes.len() + self.legs.iter().map(|l| l.path.len()).sum::<usize>()
    }
}
