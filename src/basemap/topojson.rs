//! Just enough TopoJSON to read Natural Earth's countries from `world-atlas`: quantised,
//! delta-encoded arcs and the polygons built from them. Written here rather than taken from the
//! `topojson` crate, which targets an older `geojson` than the app's.

use crate::model::LonLat;
use serde::Deserialize;
use std::collections::HashMap;

#[derive(Deserialize)]
struct Topology {
    arcs: Vec<Vec<[i64; 2]>>,
    transform: Transform,
    objects: HashMap<String, Collection>,
}

#[derive(Deserialize)]
struct Transform {
    scale: [f64; 2],
    translate: [f64; 2],
}

#[derive(Deserialize)]
struct Collection {
    geometries: Vec<Geometry>,
}

#[derive(Deserialize)]
struct Geometry {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    arcs: serde_json::Value,
    id: Option<String>,
}

/// One country: its ISO 3166 numeric id and its polygons as lists of arc references.
pub struct Country {
    pub id: String,
    /// polygons → rings → arc indices (negative: reversed, `!i`).
    pub polygons: Vec<Vec<Vec<i64>>>,
}

/// A decoded topology: absolute arcs in degrees, and the countries that use them.
pub struct Countries {
    pub arcs: Vec<Vec<LonLat>>,
    pub countries: Vec<Country>,
}

pub fn read(text: &str, object: &str) -> Result<Countries, String> {
    let topology: Topology = serde_json::from_str(text).map_err(|e| e.to_string())?;
    let Transform { scale, translate } = topology.transform;
    let arcs = topology
        .arcs
        .iter()
        .map(|arc| {
            let (mut x, mut y) = (0i64, 0i64);
            arc.iter()
                .map(|[dx, dy]| {
                    (x, y) = (x + dx, y + dy);
                    LonLat::new(x as f64 * scale[0] + translate[0], y as f64 * scale[1] + translate[1])
                })
                .collect()
        })
        .collect();
    let collection = topology.objects.get(object).ok_or(format!("no object \"{object}\""))?;
    let countries = collection
        .geometries
        .iter()
        .filter_map(|g| {
            let polygons = match g.kind.as_str() {
                "Polygon" => vec![serde_json::from_value(g.arcs.clone()).ok()?],
                "MultiPolygon" => serde_json::from_value(g.arcs.clone()).ok()?,
                _ => return None,
            };
            Some(Country { id: g.id.clone().unwrap_or_default(), polygons })
        })
        .collect();
    Ok(Countries { arcs, countries })
}

/// The positions of a ring made of `refs`, each arc's first point dropped after the first arc.
pub fn ring(arcs: &[Vec<LonLat>], refs: &[i64]) -> Vec<LonLat> {
    let mut out: Vec<LonLat> = Vec::new();
    for &r in refs {
        let arc = &arcs[arc_index(r)];
        let mut points: Vec<LonLat> = arc.clone();
        if r < 0 {
            points.reverse();
        }
        let skip = usize::from(!out.is_empty());
        out.extend(points.into_iter().skip(skip));
    }
    out
}

/// Index of the arc a reference points to.
pub fn arc_index(r: i64) -> usize {
    if r < 0 { !r as usize } else { r as usize }
}
