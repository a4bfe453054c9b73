//! Nodes (Point features) and legs (LineString features), read with the `geojson` crate.

use super::error::{Issue, Place, Problem};
use super::fields::{Fields, Scope};
use crate::model::{Leg, LonLat, Mode, Node, NodeKind, Status};
use geojson::{Feature, GeometryValue, Position};
use serde::Deserialize;
use serde_json::{Map, Value};

/// What one feature turned out to be.
pub enum Read {
    Node(Node),
    Leg(Leg),
    /// Unusable; its problems are in the issue list.
    Broken,
}

/// Reads `features[index]`, filing every problem found in `issues`.
pub fn read_feature(index: usize, value: &Value, scope: Scope, issues: &mut Vec<Issue>) -> Read {
    let id = value.get("id").and_then(Value::as_str).map(str::to_string);
    let place = Place::Feature { index, id: id.clone() };
    // Read from the borrowed value: copying each feature's JSON first cost time and memory for nothing.
    let feature = match Feature::deserialize(value) {
        Ok(feature) => feature,
        Err(e) => {
            let mut fields = Fields::new(&EMPTY, place, scope, issues);
            fields.report("geometry", Problem::BadGeometry { message: e.to_string() });
            return Read::Broken;
        }
    };
    let properties = feature.properties.unwrap_or_default();
    let mut fields = Fields::new(&properties, place, scope, issues);
    let Some(id) = id else {
        fields.report("id", Problem::Missing);
        return Read::Broken;
    };
    match feature.geometry.map(|g| g.value) {
        Some(GeometryValue::Point { coordinates }) => read_node(id, &coordinates, &mut fields),
        Some(GeometryValue::LineString { coordinates }) => read_leg(id, &coordinates, &mut fields),
        Some(other) => {
            let found = other.type_name().to_string();
            fields.report("geometry", Problem::WrongGeometry { expected: "Point / LineString", found });
            Read::Broken
        }
        None => {
            fields.report("geometry", Problem::Missing);
            Read::Broken
        }
    }
}

static EMPTY: std::sync::LazyLock<Map<String, Value>> = std::sync::LazyLock::new(Map::new);

fn read_node(id: String, coordinates: &Position, fields: &mut Fields) -> Read {
    let position = lon_lat(coordinates, fields);
    let kind = fields.code("kind", &NodeKind::ALL, NodeKind::code);
    let country = country(fields);
    let name = fields.names("name");
    let confidence = fields.confidence("confidence");
    let rank = rank(fields);
    let sources = fields.text_list("sources", true);
    let build = || -> Option<Node> {
        Some(Node {
            id,
            kind: kind?,
            country: country?,
            name: name?,
            position: position?,
            confidence: confidence?,
            rank,
            sources: sources?,
        })
    };
    build().map_or(Read::Broken, Read::Node)
}

/// Label priority 1–3, 3 when absent.
fn rank(fields: &mut Fields) -> u8 {
    if !fields.has("rank") {
        return 3;
    }
    match fields.number("rank") {
        Some(r) if [1.0, 2.0, 3.0].contains(&r) => r as u8,
        Some(r) => {
            fields
                .report("rank", Problem::UnknownValue { found: r.to_string(), allowed: vec!["1", "2", "3"] });
            3
        }
        None => 3,
    }
}

fn country(fields: &mut Fields) -> Option<String> {
    let code = fields.text("country")?;
    let valid = code.len() == 2 && code.chars().all(|c| c.is_ascii_uppercase());
    if !valid {
        fields.report(
            "country",
            Problem::UnknownValue { found: code, allowed: vec!["ISO 3166-1 alpha-2 (DE, KZ, …)"] },
        );
        return None;
    }
    Some(code)
}

fn read_leg(id: String, coordinates: &[Position], fields: &mut Fields) -> Read {
    let path: Option<Vec<LonLat>> = coordinates.iter().map(|p| lon_lat(p, fields)).collect();
    if coordinates.len() < 2 {
        fields.report("geometry", Problem::TooFewPositions { found: coordinates.len(), expected: 2 });
    }
    let corridor = fields.corridor("corridor", false);
    let mode = fields.code("mode", &Mode::ALL, Mode::code);
    let from = fields.text("from");
    let to = fields.text("to");
    let status = fields.code("status", &Status::ALL, Status::code);
    let year = fields.optional_year("year");
    let variant = fields.optional_text("variant");
    let schematic = fields.flag("schematic");
    let confidence = fields.confidence("confidence");
    let sources = fields.text_list("sources", false);
    if schematic {
        fields.warn("schematic", Problem::SchematicGeometry);
    }
    let build = || -> Option<Leg> {
        let path = path.filter(|p| p.len() >= 2)?;
        Some(Leg {
            id,
            corridor: corridor?,
            mode: mode?,
            from: from?,
            to: to?,
            status: status?,
            year,
            variant,
            schematic,
            confidence: confidence?,
            path,
            sources: sources?,
        })
    };
    build().map_or(Read::Broken, Read::Leg)
}

/// A GeoJSON position as longitude/latitude, refusing values off the globe and positions with
/// fewer than two numbers (the `geojson` crate lets `[]` through inside a LineString).
fn lon_lat(position: &Position, fields: &mut Fields) -> Option<LonLat> {
    let [lon, lat, ..] = position[..] else {
        let found = format!("[{}]", position[..].iter().map(f64::to_string).collect::<Vec<_>>().join(", "));
        fields.report("geometry", Problem::WrongGeometry { expected: "[longitude, latitude]", found });
        return None;
    };
    let on_globe = (-180.0..=180.0).contains(&lon) && (-90.0..=90.0).contains(&lat);
    if !on_globe {
        fields.report("geometry", Problem::BadCoordinate { lon, lat });
        return None;
    }
    Some(LonLat::new(lon, lat))
}
