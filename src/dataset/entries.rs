//! The collection's non-geographic lists: `sources`, `figures` and `claims`.
//!
//! They live as foreign members of the FeatureCollection (RFC 7946 §6.1) so that one fetch brings
//! the whole story; see `docs/data-format.md` for why.

use super::error::{Expect, Issue, JsonKind, Place, Problem};
use super::fields::{Fields, Scope};
use crate::model::{Amount, Claim, Confidence, Figure, Quantity, Source, Stage, Topic, Unit, Verdict};
use serde_json::{Map, Value};

/// Reads the list `name` of the collection with `read_one`, skipping entries that are broken.
pub fn read_list<T>(
    collection: &Map<String, Value>,
    name: &'static str,
    scope: Scope,
    issues: &mut Vec<Issue>,
    read_one: fn(&mut Fields) -> Option<T>,
) -> Vec<T> {
    let Some(value) = collection.get(name) else {
        return Vec::new();
    };
    let Some(items) = value.as_array() else {
        let mut fields = Fields::new(collection, Place::Collection, scope, issues);
        fields.report(name, Problem::WrongType { expected: Expect::List, found: JsonKind::of(value) });
        return Vec::new();
    };
    let mut out = Vec::with_capacity(items.len());
    for (index, item) in items.iter().enumerate() {
        let id = item.get("id").and_then(Value::as_str).map(str::to_string);
        let place = Place::Entry { list: name, index, id };
        let Some(object) = item.as_object() else {
            let found = JsonKind::of(item);
            let mut fields = Fields::new(collection, place, scope, issues);
            fields.report("id", Problem::WrongType { expected: Expect::Object, found });
            continue;
        };
        let mut fields = Fields::new(object, place, scope, issues);
        out.extend(read_one(&mut fields));
    }
    out
}

pub fn read_source(fields: &mut Fields) -> Option<Source> {
    let id = fields.text("id");
    let publisher = fields.text("publisher");
    let title = fields.text("title");
    let date = fields.optional_text("date");
    let url = fields.optional_text("url");
    Some(Source { id: id?, publisher: publisher?, title: title?, date, url })
}

pub fn read_figure(fields: &mut Fields) -> Option<Figure> {
    let id = fields.text("id");
    let topic = fields.code("topic", &Topic::ALL, Topic::code);
    let corridor = fields.corridor("corridor", true);
    let label = fields.names("label");
    let quantity = quantity(fields, topic);
    let year = match topic {
        Some(Topic::Volume | Topic::Target) => fields.year("year"),
        _ => fields.optional_year("year"),
    };
    let series = fields.optional_text("series");
    let stage = match topic {
        Some(Topic::Investment | Topic::Agreement) => fields.code("stage", &Stage::ALL, Stage::code),
        _ => fields.optional_code("stage", &Stage::ALL, Stage::code),
    };
    let source = fields.text("source");
    let confidence = fields.confidence("confidence");
    let note = fields.optional_names("note");
    match confidence {
        Some(Confidence::C) => fields.warn("confidence", Problem::Approximate),
        Some(Confidence::Unverified) => fields.warn("confidence", Problem::UnverifiedFigure),
        _ => {}
    }
    Some(Figure {
        id: id?,
        topic: topic?,
        corridor,
        label: label?,
        quantity: quantity?,
        year,
        series,
        stage,
        source: source?,
        confidence: confidence?,
        note,
    })
}

/// The amount and its unit. `Some(None)` is an agreement with neither (talks have no number);
/// `None` means a field was broken and has been reported.
fn quantity(fields: &mut Fields, topic: Option<Topic>) -> Option<Option<Quantity>> {
    let has_any = ["value", "min", "max", "unit"].iter().any(|f| fields.has(f));
    if topic == Some(Topic::Agreement) && !has_any {
        return Some(None);
    }
    let amount = amount(fields);
    let unit = fields.code("unit", &Unit::ALL, Unit::code);
    Some(Some(Quantity { amount: amount?, unit: unit? }))
}

/// `value` for one number, or `min` and `max` for a range.
fn amount(fields: &mut Fields) -> Option<Amount> {
    if fields.has("value") || !(fields.has("min") || fields.has("max")) {
        return fields.number("value").map(Amount::Single);
    }
    let (min, max) = (fields.number("min")?, fields.number("max")?);
    if min > max {
        fields.report("min", Problem::RangeReversed { min, max });
        return None;
    }
    Some(Amount::Range { min, max })
}

pub fn read_claim(fields: &mut Fields) -> Option<Claim> {
    let id = fields.text("id");
    let said = fields.names("said");
    let finding = fields.names("finding");
    let verdict = fields.code("verdict", &Verdict::ALL, Verdict::code);
    let sources = fields.text_list("sources", true);
    Some(Claim { id: id?, said: said?, finding: finding?, verdict: verdict?, sources: sources? })
}
