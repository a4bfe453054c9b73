//! What the reader has picked on the map; panels follow it.

use crate::model::{CorridorId, Dataset};

#[derive(Clone, Debug, PartialEq, Eq)]
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
