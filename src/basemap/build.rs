//! Natural Earth (TopoJSON from the npm package `world-atlas`) → `data/basemap.json`:
//! simplify each shared arc once (so neighbours keep a common border), assemble country rings,
//! clip them to the window, quantise, and keep the arcs two countries share as borders.

use super::clip::{self, Window};
use super::names::{CountryNames, Names, SEAS};
use super::{AreaKind, FORMAT, File, FileLabel, GlobeFile, encode, topojson};
use crate::model::LonLat;
use geo::{LineString, Simplify};
use std::collections::{HashMap, HashSet};

/// The default story's window: the Atlantic to eastern China, the equator to the Arctic — wide
/// enough for the comparison sea route via Singapore and Suez.
pub const WINDOW: Window = Window { west: -25.0, south: 0.0, east: 145.0, north: 75.0 };

/// Where the default story's countries and seas are named: the land corridors' frame with some
/// room (names of the Horn of Africa are never read on this map, and each costs bytes).
pub const LABEL_WINDOW: Window = Window { west: -12.0, south: 22.0, east: 135.0, north: 62.0 };

/// The world basemap's window: everything but Antarctica, which no corridor reaches and which a
/// Mercator map would stretch without end.
pub const WORLD: Window = Window { west: -180.0, south: -60.0, east: 180.0, north: 84.0 };

pub struct Options {
    pub window: Window,
    /// Countries and seas whose names stand in here are named.
    pub label_window: Window,
    /// Ramer–Douglas–Peucker tolerance in degrees.
    pub epsilon_deg: f64,
    /// Coordinates are stored in 1/scale degree.
    pub scale: f64,
    /// Islands smaller than this (square degrees) are left out.
    pub min_ring_area: f64,
    pub source: String,
}

impl Options {
    /// A detailed basemap for one story's window (Natural Earth 1:50m): 0.05° tolerance and
    /// quantum, islands under half a square degree dropped — about 20 KB brotli for a region
    /// the size of Eurasia.
    pub fn detailed(window: Window) -> Self {
        Self {
            window,
            label_window: window,
            epsilon_deg: 0.05,
            scale: 20.0,
            min_ring_area: 0.5,
            source: "Natural Earth 1:50m (public domain), via world-atlas 2.0.2".into(),
        }
    }

    /// The world basemap (Natural Earth 1:110m), for stories without a basemap of their own.
    pub fn world() -> Self {
        Self {
            window: WORLD,
            label_window: WORLD,
            epsilon_deg: 0.1,
            scale: 10.0,
            min_ring_area: 1.0,
            source: "Natural Earth 1:110m (public domain), via world-atlas 2.0.2".into(),
        }
    }
}

impl Default for Options {
    /// The settings `data/basemap.json`, the default story's basemap, is built with.
    fn default() -> Self {
        Self { label_window: LABEL_WINDOW, ..Self::detailed(WINDOW) }
    }
}

/// A country is named if its largest ring in the window covers at least this many square
/// degrees: rank 1 from 150 (Kazakhstan, Iran), rank 2 from 20 (Germany, Türkiye), rank 3 from 5
/// (Georgia, Azerbaijan). The map names them by rank where there is room.
const LABEL_AREAS: [f64; 3] = [150.0, 20.0, 5.0];

/// The basemap file from Natural Earth's countries (`topojson_text`) and, for the locator's
/// globe, its land (`land_topojson`, `land-110m.json`).
pub fn build(
    topojson_text: &str,
    land_topojson: &str,
    names: &CountryNames,
    options: &Options,
) -> Result<File, String> {
    let topo = topojson::read(topojson_text, "countries")?;
    let arcs: Vec<Vec<LonLat>> = topo.arcs.iter().map(|a| simplify(a, options.epsilon_deg)).collect();
    let mut land = Vec::new();
    let mut users: HashMap<usize, HashSet<usize>> = HashMap::new();
    let mut labels = Vec::new();
    for (index, country) in topo.countries.iter().enumerate() {
        let mut largest: Option<(f64, Vec<LonLat>)> = None;
        for refs in country.polygons.iter().flatten() {
            refs.iter().for_each(|&r| {
                users.entry(topojson::arc_index(r)).or_default().insert(index);
            });
            let clipped = clip::ring(&topojson::ring(&arcs, refs), options.window);
            let area = signed_area(&clipped).abs();
            if clipped.len() < 3 || area < options.min_ring_area {
                continue;
            }
            land.push(encode(&clipped, options.scale));
            if largest.as_ref().is_none_or(|(a, _)| area > *a) {
                largest = Some((area, clipped));
            }
        }
        if let (Some(names), Some((area, ring))) = (names.0.get(&country.id), largest) {
            let (rank, at) = (LABEL_AREAS.iter().position(|&min| area >= min), centroid(&ring));
            if let (Some(rank), true) = (rank, options.label_window.contains(at)) {
                labels.push(label(AreaKind::Country, names.clone(), at, rank as u8 + 1));
            }
        }
    }
    let borders = users
        .iter()
        .filter(|(_, countries)| countries.len() >= 2)
        .flat_map(|(&arc, _)| clip::line(&arcs[arc], options.window))
        .map(|run| encode(&run, options.scale))
        .filter(|flat| flat.len() >= 4)
        .collect::<Vec<_>>();
    let seas = SEAS
        .iter()
        .map(|s| (s, LonLat::new(s.at.0, s.at.1)))
        .filter(|(_, at)| options.label_window.contains(*at));
    labels.extend(seas.map(|(sea, at)| label(AreaKind::Sea, sea.names(), at, sea.rank)));
    let mut borders = borders;
    borders.sort(); // HashMap order would make the file differ between runs
    let w = options.window;
    Ok(File {
        format: FORMAT.into(),
        source: options.source.clone(),
        window: [w.west, w.south, w.east, w.north],
        scale: options.scale,
        land,
        borders,
        labels,
        globe: Some(globe(land_topojson).map_err(|e| format!("land: {e}"))?),
    })
}

/// The locator's globe from Natural Earth's land (`land-110m.json`): coarse enough for a globe
/// 50–70 px across (1° tolerance, ½° quantum, land under 4 square degrees left out) — about
/// 2 KB brotli in every basemap file.
fn globe(land_topojson: &str) -> Result<GlobeFile, String> {
    const EPSILON_DEG: f64 = 1.0;
    const SCALE: f64 = 2.0;
    const MIN_AREA: f64 = 4.0;
    let topo = topojson::read(land_topojson, "land")?;
    let arcs: Vec<Vec<LonLat>> = topo.arcs.iter().map(|a| simplify(a, EPSILON_DEG)).collect();
    let land = topo
        .countries
        .iter()
        .flat_map(|land| land.polygons.iter().flatten())
        .map(|refs| topojson::ring(&arcs, refs))
        .filter(|ring| ring.len() >= 3 && signed_area(ring).abs() >= MIN_AREA)
        .map(|ring| encode(&ring, SCALE))
        .filter(|flat| flat.len() >= 6)
        .collect();
    Ok(GlobeFile { scale: SCALE, land })
}

fn label(kind: AreaKind, names: Names, at: LonLat, rank: u8) -> FileLabel {
    let round = |v: f64| (v * 10.0).round() / 10.0;
    FileLabel { kind, names, at: [round(at.lon), round(at.lat)], rank }
}

fn simplify(arc: &[LonLat], epsilon: f64) -> Vec<LonLat> {
    let line: LineString<f64> = arc.iter().map(|p| (p.lon, p.lat)).collect();
    line.simplify(epsilon).points().map(|p| LonLat::new(p.x(), p.y())).collect()
}

/// Shoelace area in square degrees (sign gives the winding).
fn signed_area(ring: &[LonLat]) -> f64 {
    let n = ring.len();
    (0..n).map(|i| ring[i].lon * ring[(i + 1) % n].lat - ring[(i + 1) % n].lon * ring[i].lat).sum::<f64>()
        / 2.0
}

/// Area-weighted centroid of a ring, in degrees: where a country's name goes.
fn centroid(ring: &[LonLat]) -> LonLat {
    let n = ring.len();
    let (mut cx, mut cy) = (0.0, 0.0);
    for i in 0..n {
        let (a, b) = (ring[i], ring[(i + 1) % n]);
        let cross = a.lon * b.lat - b.lon * a.lat;
        cx += (a.lon + b.lon) * cross;
        cy += (a.lat + b.lat) * cross;
    }
    let area6 = 6.0 * signed_area(ring);
    LonLat::new(cx / area6, cy / area6)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn centroid_of_a_square_is_its_middle() {
        let square =
            [LonLat::new(0.0, 0.0), LonLat::new(4.0, 0.0), LonLat::new(4.0, 2.0), LonLat::new(0.0, 2.0)];
        assert_eq!(centroid(&square), LonLat::new(2.0, 1.0));
        assert_eq!(signed_area(&square), 8.0);
    }
}
