//! The story's `annotations`: callouts an editor places on the map, each at a place, a leg or a
//! position, with a short text in every story language, the source it comes from and a rank.

use super::entries::read_list;
use super::error::{Issue, Place, Problem};
use super::fields::{Fields, Scope};
use crate::model::{Annotation, AnnotationAt, Dataset, LonLat};
use serde_json::{Map, Value};

/// The list from the `story` object (what it points at is checked once the features are read:
/// `check`).
pub fn read(story: &Map<String, Value>, scope: Scope, issues: &mut Vec<Issue>) -> Vec<Annotation> {
    read_list(story, "annotations", scope, issues, read_annotation)
}

fn read_annotation(fields: &mut Fields) -> Option<Annotation> {
    let id = fields.text("id");
    let at = at(fields);
    let text = fields.names("text");
    let source = fields.optional_text("source");
    let rank = match fields.value("rank") {
        None => Some(1),
        Some(v) => match v.as_u64().filter(|r| (1..=3).contains(r)) {
            Some(r) => Some(r as u8),
            None => {
                fields.report("rank", Problem::BadRank { found: v.to_string() });
                None
            }
        },
    };
    Some(Annotation { id: id?, at: at?, text: text?, source, rank: rank? })
}

/// `at`: an id of a place or leg, or `[lon, lat]`.
fn at(fields: &mut Fields) -> Option<AnnotationAt> {
    let Some(value) = fields.value("at") else {
        fields.report("at", Problem::Missing);
        return None;
    };
    if let Some(id) = value.as_str() {
        return Some(AnnotationAt::Item(id.to_string()));
    }
    let position =
        value.as_array().filter(|p| p.len() == 2).and_then(|p| Some((p[0].as_f64()?, p[1].as_f64()?)));
    match position {
        Some((lon, lat)) if (-180.0..=180.0).contains(&lon) && (-90.0..=90.0).contains(&lat) => {
            Some(AnnotationAt::Position(LonLat::new(lon, lat)))
        }
        _ => {
            fields.report("at", Problem::BadAnnotationAt { found: value.to_string() });
            None
        }
    }
}

/// Each annotation points at a place or leg the story has, and cites a source it lists.
pub fn check(data: &Dataset, issues: &mut Vec<Issue>) {
    for (index, a) in data.story.annotations.iter().enumerate() {
        let place = || Place::Entry { list: "annotations", index, id: Some(a.id.clone()) };
        let error = |field: &str, problem| Issue {
            place: place(),
            field: field.into(),
            problem,
            severity: super::Severity::Error,
        };
        if let AnnotationAt::Item(id) = &a.at
            && data.node(id).is_none()
            && !data.legs.iter().any(|l| &l.id == id)
        {
            issues.push(error("at", Problem::UnknownNode { id: id.clone() }));
        }
        if let Some(source) = &a.source
            && data.source(source).is_none()
        {
            issues.push(error("source", Problem::UnknownSource { id: source.clone() }));
        }
    }
}
