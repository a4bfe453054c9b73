//! Places on the map: hubs, ports, border crossings, airports.

use super::{Confidence, Text};

/// A WGS84 position in decimal degrees, longitude first as in GeoJSON.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LonLat {
    pub lon: f64,
    pub lat: f64,
}

impl LonLat {
    pub const fn new(lon: f64, lat: f64) -> Self {
        Self { lon, lat }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NodeKind {
    /// Rail hub, inland port or terminal.
    Hub,
    Seaport,
    BorderCrossing,
    Airport,
    City,
}

impl NodeKind {
    pub const ALL: [NodeKind; 5] =
        [Self::Hub, Self::Seaport, Self::BorderCrossing, Self::Airport, Self::City];

    pub fn code(self) -> &'static str {
        match self {
            Self::Hub => "hub",
            Self::Seaport => "seaport",
            Self::BorderCrossing => "border_crossing",
            Self::Airport => "airport",
            Self::City => "city",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub id: String,
    pub kind: NodeKind,
    /// ISO 3166-1 alpha-2, upper case.
    pub country: String,
    pub name: Text,
    pub position: LonLat,
    /// How exact the coordinates are (C: read off a map, about 0.1°).
    pub confidence: Confidence,
    /// Label priority: 1 is always labelled, 3 drops out first when space is short.
    pub rank: u8,
    pub sources: Vec<String>,
}
