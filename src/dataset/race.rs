//! The story's `race`: the transit-time figures (ids) the journey race sends a container for,
//! one per figure (`model/race.rs`). Each must be a transit time in days of one corridor whose
//! route has a line of operating legs from its start to its finish.

use super::error::{Issue, Place, Problem, Severity};
use super::fields::{Fields, Scope};
use crate::model::{Dataset, TIMELINE, race_days};
use serde_json::{Map, Value};

/// The list from the `story` object (what it names is checked once everything is read: `check`).
pub fn read(story: &Map<String, Value>, scope: Scope, issues: &mut Vec<Issue>) -> Vec<String> {
    let mut fields = Fields::new(story, Place::Story, scope, issues);
    if !fields.has("race") {
        return Vec::new();
    }
    fields.text_list("race", false).unwrap_or_default()
}

/// Every raced figure exists, can race, and has a line once every leg of the timeline is open.
pub fn check(data: &Dataset, issues: &mut Vec<Issue>) {
    let mut error = |problem| {
        issues.push(Issue { place: Place::Story, field: "race".into(), problem, severity: Severity::Error })
    };
    for (index, id) in data.story.race.iter().enumerate() {
        if data.story.race[..index].contains(id) {
            error(Problem::DuplicateId { id: id.clone() });
            continue;
        }
        let Some(figure) = data.figures.iter().find(|f| &f.id == id) else {
            error(Problem::UnknownFigure { id: id.clone() });
            continue;
        };
        let Some(corridor) = figure.corridor.filter(|_| race_days(figure).is_some()) else {
            error(Problem::NotRaceable { id: id.clone() });
            continue;
        };
        if data.route_line(corridor, *TIMELINE.end()).is_none() {
            let code = data.corridor(corridor).map(|c| c.id.clone()).unwrap_or_default();
            error(Problem::NoRaceLine { id: id.clone(), corridor: code });
        }
    }
}
