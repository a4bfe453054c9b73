//! The basemap: land, country borders and place labels for the window the map shows, built from
//! Natural Earth by `cargo run --bin basemap` (see `build`) and read by the app from
//! `data/basemap.json`.
//!
//! The file is compact on purpose (it is fetched with every embed): coordinates are quantised to
//! 1/`scale` degree and each line is delta-encoded as flat integers `[x0, y0, dx1, dy1, …]`.

pub mod build;
pub mod clip;
pub mod names;
mod topojson;

use crate::i18n::{Lang, Msg, message};
use crate::model::{LonLat, Text};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use thiserror::Error;

/// What the file says it is; another value means an incompatible file.
pub const FORMAT: &str = "corridor-explorer basemap 2";

/// Decoded basemap, in degrees.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Basemap {
    /// Closed rings of land (countries); drawn filled, even-odd.
    pub land: Vec<Vec<LonLat>>,
    /// Land borders between two countries (coastlines are the land's edge).
    pub borders: Vec<Vec<LonLat>>,
    pub labels: Vec<AreaLabel>,
    /// The whole world's land, coarse: the locator inset's globe (`geometry::locator`).
    pub globe: Vec<Vec<LonLat>>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AreaKind {
    Country,
    Sea,
}

/// A country's or sea's name at a fixed position.
#[derive(Clone, Debug, PartialEq)]
pub struct AreaLabel {
    pub kind: AreaKind,
    pub name: Text,
    pub at: LonLat,
    pub rank: u8,
}

/// The file as stored.
#[derive(Debug, Serialize, Deserialize)]
pub struct File {
    pub format: String,
    pub source: String,
    /// west, south, east, north in degrees.
    pub window: [f64; 4],
    pub scale: f64,
    pub land: Vec<Vec<i32>>,
    pub borders: Vec<Vec<i32>>,
    pub labels: Vec<FileLabel>,
    /// The world's land for the locator inset; a file without it has no inset.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub globe: Option<GlobeFile>,
}

/// The locator's world land, in its own (coarser) quantum.
#[derive(Debug, Serialize, Deserialize)]
pub struct GlobeFile {
    pub scale: f64,
    pub land: Vec<Vec<i32>>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct FileLabel {
    pub kind: AreaKind,
    /// The name by language tag; tags the interface does not speak are skipped when reading.
    pub names: BTreeMap<String, String>,
    pub at: [f64; 2],
    /// Label priority as for places: 1 is named first, 3 only where there is room.
    pub rank: u8,
}

#[derive(Clone, Debug, PartialEq, Error)]
pub enum BasemapError {
    #[error("{}", self.describe(Lang::En))]
    Unreadable(String),
    #[error("{}", self.describe(Lang::En))]
    WrongFormat(String),
    #[error("{}", self.describe(Lang::En))]
    OddLine { layer: &'static str, index: usize },
}

impl BasemapError {
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            Self::Unreadable(e) => message(lang, Msg::BasemapUnreadable, &[("message", e)]),
            Self::WrongFormat(found) => {
                message(lang, Msg::BasemapFormat, &[("found", found), ("expected", &FORMAT)])
            }
            Self::OddLine { layer, index } => {
                message(lang, Msg::BasemapOddLine, &[("index", index), ("layer", layer)])
            }
        }
    }
}

/// Reads `data/basemap.json`.
pub fn read(text: &str) -> Result<Basemap, BasemapError> {
    let file: File = serde_json::from_str(text).map_err(|e| BasemapError::Unreadable(e.to_string()))?;
    if file.format != FORMAT {
        return Err(BasemapError::WrongFormat(file.format));
    }
    let decode_all = |layer: &'static str, lines: &[Vec<i32>], scale: f64| {
        lines
            .iter()
            .enumerate()
            .map(|(index, line)| decode(line, scale).ok_or(BasemapError::OddLine { layer, index }))
            .collect::<Result<Vec<_>, _>>()
    };
    let labels = file
        .labels
        .iter()
        .map(|l| AreaLabel {
            kind: l.kind,
            name: Text::from_pairs(
                l.names.iter().filter_map(|(tag, n)| Some((Lang::from_tag(tag)?, n.clone()))),
            ),
            at: LonLat::new(l.at[0], l.at[1]),
            rank: l.rank,
        })
        .collect();
    let globe = match &file.globe {
        Some(g) => decode_all("globe", &g.land, g.scale)?,
        None => Vec::new(),
    };
    Ok(Basemap {
        land: decode_all("land", &file.land, file.scale)?,
        borders: decode_all("borders", &file.borders, file.scale)?,
        labels,
        globe,
    })
}

/// `[x0, y0, dx1, dy1, …]` in 1/`scale` degrees → positions.
fn decode(flat: &[i32], scale: f64) -> Option<Vec<LonLat>> {
    if !flat.len().is_multiple_of(2) {
        return None;
    }
    let (mut x, mut y) = (0i64, 0i64);
    let points = flat.chunks_exact(2).map(|d| {
        x += i64::from(d[0]);
        y += i64::from(d[1]);
        LonLat::new(x as f64 / scale, y as f64 / scale)
    });
    Some(points.collect())
}

/// Positions → `[x0, y0, dx1, dy1, …]`, dropping points that quantise onto their predecessor.
pub fn encode(line: &[LonLat], scale: f64) -> Vec<i32> {
    let mut out = Vec::with_capacity(line.len() * 2);
    let (mut px, mut py) = (0i32, 0i32);
    for (i, p) in line.iter().enumerate() {
        let (x, y) = ((p.lon * scale).round() as i32, (p.lat * scale).round() as i32);
        if i > 0 && (x, y) == (px, py) {
            continue;
        }
        out.extend([x - px, y - py]);
        (px, py) = (x, y);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encode_then_decode_round_trips_to_the_quantum() {
        let line = [LonLat::new(51.2, 43.6), LonLat::new(49.404, 39.951), LonLat::new(49.4, 39.95)];
        let flat = encode(&line, 100.0);
        assert_eq!(flat, [5120, 4360, -180, -365]); // the third point quantises onto the second
        let decoded = decode(&flat, 100.0).unwrap(); // ok: test code, fails the test if odd-length
        assert_eq!(decoded, [LonLat::new(51.2, 43.6), LonLat::new(49.4, 39.95)]);
    }

    #[test]
    fn a_file_of_another_format_is_refused() {
        let text =
            r#"{"format":"x","source":"","window":[0,0,1,1],"scale":100,"land":[],"borders":[],"labels":[]}"#;
        assert_eq!(read(text), Err(BasemapError::WrongFormat("x".into())));
        assert!(matches!(read("[]"), Err(BasemapError::Unreadable(_))));
    }
}
