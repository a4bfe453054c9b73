//! Natural Earth (TopoJSON from the npm package `world-atlas`) → `data/basemap.json`:
//! simplify each shared arc once (so neighbours keep a common border), assemble country rings,
//! clip them to the window, quantise, and keep the arcs two countries share as borders.

use super::clip::{self, Window};
use super::{AreaKind, FORMAT, File, FileLabel, encode, topojson};
use crate::model::LonLat;
use geo::{LineString, Simplify};
use std::collections::{HashMap, HashSet};

/// The window the map can show: the Atlantic to eastern China, the equator to the Arctic — wide
/// enough for the comparison sea route via Singapore and Suez.
pub const WINDOW: Window = Window { west: -25.0, south: 0.0, east: 145.0, north: 75.0 };

pub struct Options {
    pub window: Window,
    /// Ramer–Douglas–Peucker tolerance in degrees.
    pub epsilon_deg: f64,
    /// Coordinates are stored in 1/scale degree.
    pub scale: f64,
    /// Islands smaller than this (square degrees) are left out.
    pub min_ring_area: f64,
    pub source: String,
}

/// Countries labelled on the map: ISO numeric id (as in Natural Earth), German, English.
const COUNTRY_LABELS: &[(&str, &str, &str)] = &[
    ("156", "China", "China"),
    ("398", "Kasachstan", "Kazakhstan"),
    ("643", "Russland", "Russia"),
    ("031", "Aserbaidschan", "Azerbaijan"),
    ("268", "Georgien", "Georgia"),
    ("792", "Türkei", "Türkiye"),
    ("276", "Deutschland", "Germany"),
    ("616", "Polen", "Poland"),
    ("112", "Belarus", "Belarus"),
    ("642", "Rumänien", "Romania"),
    ("364", "Iran", "Iran"),
    ("860", "Usbekistan", "Uzbekistan"),
    ("795", "Turkmenistan", "Turkmenistan"),
    ("804", "Ukraine", "Ukraine"),
    ("496", "Mongolei", "Mongolia"),
];

/// Seas named on the map, at positions read off a map (about 0.5°).
const SEA_LABELS: &[(f64, f64, &str, &str)] =
    &[(51.0, 38.4, "Kaspisches Meer", "Caspian Sea"), (34.5, 43.3, "Schwarzes Meer", "Black Sea")];

impl Default for Options {
    /// The settings `data/basemap.json` is built with: 0.05° tolerance and quantum, islands under
    /// half a square degree dropped — about 20 KB brotli.
    fn default() -> Self {
        Self {
            window: WINDOW,
            epsilon_deg: 0.05,
            scale: 20.0,
            min_ring_area: 0.5,
            source: "Natural Earth 1:50m (public domain), via world-atlas 2.0.2".into(),
        }
    }
}

pub fn build(topojson_text: &str, options: &Options) -> Result<File, String> {
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
        let named = COUNTRY_LABELS.iter().find(|(id, ..)| *id == country.id);
        if let (Some((_, de, en)), Some((_, ring))) = (named, largest) {
            let at = centroid(&ring);
            labels.push(label(AreaKind::Country, de, en, at));
        }
    }
    let borders = users
        .iter()
        .filter(|(_, countries)| countries.len() >= 2)
        .flat_map(|(&arc, _)| clip::line(&arcs[arc], options.window))
        .map(|run| encode(&run, options.scale))
        .filter(|flat| flat.len() >= 4)
        .collect::<Vec<_>>();
    labels.extend(
        SEA_LABELS.iter().map(|&(lon, lat, de, en)| label(AreaKind::Sea, de, en, LonLat::new(lon, lat))),
    );
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
    })
}

fn label(kind: AreaKind, de: &str, en: &str, at: LonLat) -> FileLabel {
    let round = |v: f64| (v * 10.0).round() / 10.0;
    FileLabel { kind, de: de.into(), en: en.into(), at: [round(at.lon), round(at.lat)] }
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
