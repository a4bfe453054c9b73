//! The story's `steps`: the article's story on the map, a view at a time. Each step has an id
//! (its address), a title and a text in every story language, and what the map shows: the
//! corridors (`show`), where it looks (`frame`: `[[w, s], [e, n]]` or ids of places and legs),
//! the `year`, and the `figures` that back the text.

use super::entries::read_list;
use super::error::{Issue, Place, Problem, Severity};
use super::fields::{Fields, Scope};
use crate::model::{Dataset, Step, StepFrame, TIMELINE};
use serde_json::{Map, Value};

/// The list from the `story` object (what it names is checked once everything is read: `check`).
pub fn read(story: &Map<String, Value>, scope: Scope, issues: &mut Vec<Issue>) -> Vec<Step> {
    read_list(story, "steps", scope, issues, read_step)
}

fn read_step(fields: &mut Fields) -> Option<Step> {
    let id = fields.text("id");
    let title = fields.names("title");
    let text = fields.names("text");
    let show = if fields.has("show") { Some(fields.text_list("show", false)?) } else { None };
    let frame = match fields.value("frame") {
        None => None,
        Some(v) if v.as_array().is_some_and(|a| a.iter().all(Value::is_string)) => {
            Some(StepFrame::Items(fields.text_list("frame", false)?))
        }
        Some(_) => Some(StepFrame::Window(super::story::frame(fields)?)),
    };
    let year = fields.optional_year("year");
    let figures = if fields.has("figures") { fields.text_list("figures", true)? } else { Vec::new() };
    Some(Step { id: id?, title: title?, text: text?, show, frame, year, figures })
}

/// Each step's id is its own, and what it names the story has: corridors, places and legs,
/// figures; its year is on the timeline.
pub fn check(data: &Dataset, issues: &mut Vec<Issue>) {
    for (index, step) in data.story.steps.iter().enumerate() {
        let place = || Place::Entry { list: "steps", index, id: Some(step.id.clone()) };
        let mut error = |field: &str, problem| {
            issues.push(Issue { place: place(), field: field.into(), problem, severity: Severity::Error })
        };
        if data.story.steps[..index].iter().any(|s| s.id == step.id) {
            error("id", Problem::DuplicateId { id: step.id.clone() });
        }
        let declared = || data.corridors.iter().map(|c| c.id.clone()).collect();
        for id in step.show.iter().flatten().filter(|id| data.corridor_by_code(id).is_none()) {
            error("show", Problem::UnknownCorridor { id: id.clone(), declared: declared() });
        }
        if let Some(StepFrame::Items(items)) = &step.frame {
            let known = |id: &String| data.node(id).is_some() || data.legs.iter().any(|l| &l.id == id);
            for id in items.iter().filter(|id| !known(id)) {
                error("frame", Problem::UnknownNode { id: id.clone() });
            }
        }
        for id in step.figures.iter().filter(|id| !data.figures.iter().any(|f| &f.id == *id)) {
            error("figures", Problem::UnknownFigure { id: id.clone() });
        }
        if let Some(year) = step.year.filter(|y| !TIMELINE.contains(y)) {
            error("year", Problem::YearOutOfRange { found: i64::from(year) });
        }
    }
}
