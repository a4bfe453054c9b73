//! Legs: one stretch of one route by one mode, between two nodes.

use super::{Confidence, CorridorId, LonLat};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Mode {
    Rail,
    Ferry,
    Road,
    Air,
    Sea,
}

impl Mode {
    pub const ALL: [Mode; 5] = [Self::Rail, Self::Ferry, Self::Road, Self::Air, Self::Sea];

    pub fn code(self) -> &'static str {
        match self {
            Self::Rail => "rail",
            Self::Ferry => "ferry",
            Self::Road => "road",
            Self::Air => "air",
            Self::Sea => "sea",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    Operating,
    Planned,
    /// Talked about, not decided (a flight an article announced).
    Discussed,
}

impl Status {
    pub const ALL: [Status; 3] = [Self::Operating, Self::Planned, Self::Discussed];

    pub fn code(self) -> &'static str {
        match self {
            Self::Operating => "operating",
            Self::Planned => "planned",
            Self::Discussed => "discussed",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Leg {
    pub id: String,
    pub corridor: CorridorId,
    pub mode: Mode,
    pub from: String,
    pub to: String,
    pub status: Status,
    /// Year the leg opened or is due to open; for a discussed leg, the year it was first reported.
    /// None: it predates the timeline.
    pub year: Option<u16>,
    /// Which alternative of its corridor the leg belongs to (an id of the story's `variants`
    /// when it has a name to show).
    pub variant: Option<String>,
    /// True when the line is drawn through a few waypoints rather than along the real track.
    pub schematic: bool,
    /// How exact the drawn geometry is.
    pub confidence: Confidence,
    /// The geometry as stored; air legs hold only their two endpoints.
    pub path: Vec<LonLat>,
    pub sources: Vec<String>,
}

impl Leg {
    /// Whether the year control shows the leg in `year`: open by then, or due (planned legs are
    /// drawn as planned from their year on).
    pub fn shown_in(&self, year: u16) -> bool {
        self.year.is_none_or(|opened| opened <= year)
    }
}
