//! From the text of a story's GeoJSON file to a checked `Dataset`, or to the list of everything
//! an editor has to fix. The app and the `validate` command both go through `read`.

mod annotations;
mod checks;
mod corrections;
mod entries;
pub mod error;
mod features;
mod fields;
mod race;
mod steps;
mod story;

pub use checks::ENDPOINT_TOLERANCE_DEG;
pub use error::{DataError, Issue, Place, Problem, Severity};
pub use fields::YEARS;
pub use story::{is_file_name, is_id, is_name};

use crate::model::Dataset;
use checks::Places;
use features::Read;
use fields::Scope;
use serde_json::{Map, Value};

/// A dataset that passed every check, with the warnings it still deserves.
#[derive(Clone, Debug, PartialEq)]
pub struct Checked {
    pub dataset: Dataset,
    pub warnings: Vec<Issue>,
}

/// Parses and checks a dataset. Errors come back all at once, in file order.
pub fn read(text: &str) -> Result<Checked, DataError> {
    let root: Value = serde_json::from_str(text).map_err(|e| DataError::NotJson {
        line: e.line(),
        column: e.column(),
        message: e.to_string(),
    })?;
    read_value(&root)
}

/// Checks a dataset already parsed as JSON (what `read` does after parsing; the fuzzer calls it
/// directly to spend its time on the checks rather than on printing and parsing JSON).
pub fn read_value(root: &Value) -> Result<Checked, DataError> {
    let collection = feature_collection(root)?;
    let mut issues = Vec::new();
    let mut dataset = Dataset::default();
    let mut places = Places::default();
    // The story first: its languages and corridors are what every text and leg is checked against.
    dataset.story = story::read_story(collection, &mut issues);
    dataset.corridors = story::read_corridors(collection, &dataset.story.languages, &mut issues);
    dataset.variants = story::read_variants(collection, &dataset.story.languages, &mut issues);
    let scope = Scope { languages: &dataset.story.languages, corridors: &dataset.corridors };

    let features = features_of(collection, &mut issues);
    let (mut nodes, mut legs) = (Vec::new(), Vec::new());
    for (index, value) in features.iter().enumerate() {
        match features::read_feature(index, value, scope, &mut issues) {
            Read::Node(node) => {
                places.features.insert(node.id.clone(), index);
                nodes.push(node);
            }
            Read::Leg(leg) => {
                places.features.insert(leg.id.clone(), index);
                legs.push(leg);
            }
            Read::Broken => {}
        }
    }
    let sources = entries::read_list(collection, "sources", scope, &mut issues, entries::read_source);
    let figures = entries::read_list(collection, "figures", scope, &mut issues, entries::read_figure);
    let claims = entries::read_list(collection, "claims", scope, &mut issues, entries::read_claim);
    (dataset.nodes, dataset.legs, dataset.sources, dataset.figures, dataset.claims) =
        (nodes, legs, sources, figures, claims);
    places.figures = index_of(collection, "figures");
    places.claims = index_of(collection, "claims");
    check_unique_ids(collection, &mut issues);

    if !issues.iter().any(|i| i.severity == Severity::Error) {
        // Cross-checks need every feature read; on a broken file they would only echo its errors.
        issues.extend(checks::check(&dataset, &places));
        annotations::check(&dataset, &mut issues);
        steps::check(&dataset, &mut issues);
        race::check(&dataset, &mut issues);
    }
    let (errors, warnings): (Vec<Issue>, Vec<Issue>) =
        issues.into_iter().partition(|i| i.severity == Severity::Error);
    if errors.is_empty() { Ok(Checked { dataset, warnings }) } else { Err(DataError::Invalid { errors }) }
}

fn feature_collection(root: &Value) -> Result<&Map<String, Value>, DataError> {
    let found = match root {
        Value::Object(object) => match object.get("type").and_then(Value::as_str) {
            Some("FeatureCollection") => return Ok(object),
            Some(other) => format!("\"type\": \"{other}\""),
            None => "an object without \"type\"".into(),
        },
        Value::Array(_) => "a list".into(),
        other => other.to_string().chars().take(40).collect(),
    };
    Err(DataError::NotFeatureCollection { found })
}

fn features_of<'a>(collection: &'a Map<String, Value>, issues: &mut Vec<Issue>) -> &'a [Value] {
    use error::{Expect, JsonKind};
    match collection.get("features") {
        Some(Value::Array(features)) => features,
        other => {
            let problem = match other {
                None => Problem::Missing,
                Some(v) => Problem::WrongType { expected: Expect::List, found: JsonKind::of(v) },
            };
            let severity = Severity::Error;
            issues.push(Issue { place: Place::Collection, field: "features".into(), problem, severity });
            &[]
        }
    }
}

/// Position of each entry of a list by id, for messages about that entry.
fn index_of(collection: &Map<String, Value>, list: &str) -> std::collections::HashMap<String, usize> {
    let items = collection.get(list).and_then(Value::as_array).map(Vec::as_slice).unwrap_or(&[]);
    items.iter().enumerate().filter_map(|(i, v)| Some((v.get("id")?.as_str()?.to_string(), i))).collect()
}

/// Ids are unique among features, and within each list.
fn check_unique_ids(collection: &Map<String, Value>, issues: &mut Vec<Issue>) {
    let ids = |list: &'static str| {
        let items = collection.get(list).and_then(Value::as_array).map(Vec::as_slice).unwrap_or(&[]);
        items.iter().enumerate().filter_map(move |(index, v)| {
            let id = v.get("id")?.as_str()?;
            let place = match list {
                "features" => Place::Feature { index, id: Some(id.into()) },
                _ => Place::Entry { list, index, id: Some(id.into()) },
            };
            Some((place, id))
        })
    };
    for list in ["features", "sources", "figures", "claims", "corridors", "variants"] {
        checks::unique_ids(ids(list), issues);
    }
}
