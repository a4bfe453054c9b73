//! Checks across features and entries: ids unique, legs joined to their nodes, sources known.
//! Each check reads the typed model and files `Issue`s; none of them changes the data.

use super::error::{Issue, Place, Problem, Severity};
use crate::model::{Dataset, LonLat, Mode, Unit};
use std::collections::{HashMap, HashSet};

/// How far (in degrees, about 100 m) a leg's first or last position may lie from its node.
pub const ENDPOINT_TOLERANCE_DEG: f64 = 0.001;

/// Where each feature and entry sits in the file, to name it in messages.
#[derive(Default)]
pub struct Places {
    pub features: HashMap<String, usize>,
    pub figures: HashMap<String, usize>,
    pub claims: HashMap<String, usize>,
}

impl Places {
    fn feature(&self, id: &str) -> Place {
        Place::Feature { index: self.features.get(id).copied().unwrap_or(0), id: Some(id.into()) }
    }

    fn entry(&self, list: &'static str, id: &str) -> Place {
        let table = if list == "claims" { &self.claims } else { &self.figures };
        Place::Entry { list, index: table.get(id).copied().unwrap_or(0), id: Some(id.into()) }
    }
}

fn error(place: Place, field: &str, problem: Problem) -> Issue {
    Issue { place, field: field.into(), problem, severity: Severity::Error }
}

/// Runs every cross-check on a dataset whose features each read cleanly.
pub fn check(data: &Dataset, places: &Places) -> Vec<Issue> {
    let mut issues = Vec::new();
    legs_join_nodes(data, places, &mut issues);
    sources_exist(data, places, &mut issues);
    series_keep_one_unit(data, places, &mut issues);
    flows_have_volumes_in_one_unit(data, &mut issues);
    issues
}

/// A corridor's line width shows its volumes (`figures::flow`): its `flow` series must have
/// volume figures of that corridor, and every corridor's the same unit, or two widths on the
/// map would mean different things.
fn flows_have_volumes_in_one_unit(data: &Dataset, issues: &mut Vec<Issue>) {
    let mut first: Option<Unit> = None;
    for (index, corridor) in data.corridors.iter().enumerate() {
        let Some(series) = corridor.flow.as_deref() else { continue };
        let place = Place::Entry { list: "corridors", index, id: Some(corridor.id.clone()) };
        let volumes = crate::figures::flow::volumes(data, crate::model::CorridorId(index as u8), series);
        let Some(unit) = volumes.first().and_then(|f| f.unit()) else {
            issues.push(error(place, "flow", Problem::FlowWithoutVolumes { series: series.into() }));
            continue;
        };
        match first {
            Some(expected) if expected != unit => {
                let problem =
                    Problem::FlowUnits { series: series.into(), found: unit.code(), unit: expected.code() };
                issues.push(error(place, "flow", problem));
            }
            _ => first = Some(unit),
        }
    }
}

/// A chart draws one series on one axis: a series whose figures mix units (tonnes and TEU) would
/// put two scales on one axis without saying so.
fn series_keep_one_unit(data: &Dataset, places: &Places, issues: &mut Vec<Issue>) {
    let mut first: HashMap<&str, (Option<Unit>, &str)> = HashMap::new();
    for figure in &data.figures {
        let Some(series) = figure.series.as_deref() else { continue };
        let (unit, owner) = *first.entry(series).or_insert((figure.unit(), &figure.id));
        if figure.unit() != unit {
            let problem = Problem::MixedUnits {
                series: series.into(),
                unit: unit.map_or("–", Unit::code),
                first: owner.into(),
                found: figure.unit().map_or("–", Unit::code),
            };
            issues.push(error(places.entry("figures", &figure.id), "series", problem));
        }
    }
}

/// A leg's `from` and `to` are nodes, and its line starts and ends on them.
fn legs_join_nodes(data: &Dataset, places: &Places, issues: &mut Vec<Issue>) {
    for leg in &data.legs {
        let ends = [("from", &leg.from, leg.path.first()), ("to", &leg.to, leg.path.last())];
        for (field, node_id, end) in ends {
            let Some(node) = data.node(node_id) else {
                issues.push(error(
                    places.feature(&leg.id),
                    field,
                    Problem::UnknownNode { id: node_id.clone() },
                ));
                continue;
            };
            let distance_deg = end.map_or(f64::INFINITY, |p| distance_deg(*p, node.position));
            if distance_deg > ENDPOINT_TOLERANCE_DEG {
                let problem = Problem::OffNode {
                    node: node.id.clone(),
                    distance_deg,
                    tolerance_deg: ENDPOINT_TOLERANCE_DEG,
                };
                issues.push(error(places.feature(&leg.id), "geometry", problem));
            }
        }
        if leg.mode == Mode::Air && leg.path.len() != 2 {
            // The arc is computed as a great circle; stored waypoints would be ignored silently.
            let problem = Problem::WrongGeometry {
                expected: "2 positions (air leg)",
                found: format!("{} positions", leg.path.len()),
            };
            issues.push(error(places.feature(&leg.id), "geometry", problem));
        }
    }
}

fn distance_deg(a: LonLat, b: LonLat) -> f64 {
    (a.lon - b.lon).hypot(a.lat - b.lat)
}

/// Every source id named by a node, leg, figure or claim is in the `sources` list.
fn sources_exist(data: &Dataset, places: &Places, issues: &mut Vec<Issue>) {
    let known: HashSet<&str> = data.sources.iter().map(|s| s.id.as_str()).collect();
    let mut need = |place: Place, field: &str, ids: &mut dyn Iterator<Item = &String>| {
        for id in ids.filter(|id| !known.contains(id.as_str())) {
            issues.push(error(place.clone(), field, Problem::UnknownSource { id: id.clone() }));
        }
    };
    for node in &data.nodes {
        need(places.feature(&node.id), "sources", &mut node.sources.iter());
    }
    for leg in &data.legs {
        need(places.feature(&leg.id), "sources", &mut leg.sources.iter());
    }
    for figure in &data.figures {
        need(places.entry("figures", &figure.id), "source", &mut std::iter::once(&figure.source));
    }
    for claim in &data.claims {
        need(places.entry("claims", &claim.id), "sources", &mut claim.sources.iter());
    }
}

/// Files a `DuplicateId` for each id seen before in the same namespace.
pub fn unique_ids<'a>(ids: impl Iterator<Item = (Place, &'a str)>, issues: &mut Vec<Issue>) {
    let mut seen = HashSet::new();
    for (place, id) in ids {
        if !seen.insert(id) {
            issues.push(error(place, "id", Problem::DuplicateId { id: id.into() }));
        }
    }
}
