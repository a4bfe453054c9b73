//! The collection's `story`, `corridors` and `variants` members: what a story says, in which
//! languages, and which corridors it compares. Read before the features, which are checked
//! against them (every text in every story language, every corridor declared).

use super::error::{Expect, Issue, JsonKind, Place, Problem};
use super::fields::{Fields, Scope};
use crate::i18n::Lang;
use crate::model::{
    Colour, Corridor, DEFAULT_LANGUAGES, Frame, Intros, MAX_CORRIDORS, PALETTE, ProjectionSpec, Role, Story,
    Variant,
};
use serde_json::{Map, Value};
use std::collections::HashSet;

/// Reads `story`; on a broken one, the defaults (its problems are in `issues`).
pub fn read_story(collection: &Map<String, Value>, issues: &mut Vec<Issue>) -> Story {
    let no_corridors: &[Corridor] = &[];
    let Some(object) = member_object(collection, "story", issues) else { return Story::default() };
    let languages = languages(object, issues);
    let scope = Scope { languages: &languages, corridors: no_corridors };
    let mut fields = Fields::new(object, Place::Story, scope, issues);
    let title = fields.names("title");
    let standfirst = fields.names("standfirst");
    let description = fields.names("description");
    let intros = intros(&mut fields);
    let frame = frame(&mut fields);
    let projection = projection(&mut fields);
    let basemap = fields.optional_text("basemap");
    let basemap =
        keep_if(&mut fields, "basemap", basemap, is_file_name, |found| Problem::BadFileName { found });
    let (updated, corrections) = super::corrections::read(object, scope, issues);
    let annotations = super::annotations::read(object, scope, issues);
    let steps = super::steps::read(object, scope, issues);
    let race = super::race::read(object, scope, issues);
    Story {
        title: title.unwrap_or_default(),
        standfirst: standfirst.unwrap_or_default(),
        description: description.unwrap_or_default(),
        intros,
        frame,
        projection,
        basemap,
        updated,
        corrections,
        annotations,
        steps,
        race,
        languages,
    }
}

/// The member `name` as an object; missing or of another type is an error.
fn member_object<'a>(
    collection: &'a Map<String, Value>,
    name: &str,
    issues: &mut Vec<Issue>,
) -> Option<&'a Map<String, Value>> {
    let problem = match collection.get(name) {
        Some(Value::Object(object)) => return Some(object),
        None => Problem::Missing,
        Some(other) => Problem::WrongType { expected: Expect::Object, found: JsonKind::of(other) },
    };
    issues.push(Issue {
        place: Place::Collection,
        field: name.into(),
        problem,
        severity: super::Severity::Error,
    });
    None
}

/// `languages`: tags of interface languages, in the story's order; the default pair if absent.
fn languages(story: &Map<String, Value>, issues: &mut Vec<Issue>) -> Vec<Lang> {
    let scope = Scope { languages: &[], corridors: &[] };
    let mut fields = Fields::new(story, Place::Story, scope, issues);
    if !fields.has("languages") {
        return DEFAULT_LANGUAGES.to_vec();
    }
    let Some(tags) = fields.text_list("languages", false) else { return DEFAULT_LANGUAGES.to_vec() };
    let mut languages = Vec::new();
    for tag in tags {
        match Lang::ALL.into_iter().find(|l| l.tag() == tag) {
            Some(lang) if !languages.contains(&lang) => languages.push(lang),
            Some(_) => fields.report("languages", Problem::DuplicateId { id: tag }),
            None => fields.report("languages", Problem::UnsupportedLanguage { found: tag }),
        }
    }
    if languages.is_empty() { DEFAULT_LANGUAGES.to_vec() } else { languages }
}

/// `intros`: an optional text for each panel, keyed by the panel's code.
fn intros(fields: &mut Fields) -> Intros {
    let Some(value) = fields.value("intros") else { return Intros::default() };
    let Some(object) = value.as_object() else {
        fields.report("intros", Problem::WrongType { expected: Expect::Object, found: JsonKind::of(value) });
        return Intros::default();
    };
    let mut sub = fields.nested("intros", object);
    Intros {
        volume: sub.optional_names("volume"),
        transit: sub.optional_names("transit"),
        investment: sub.optional_names("investment"),
        fact_check: sub.optional_names("factcheck"),
    }
}

/// `frame`: `[[west, south], [east, north]]`, on the globe, south below north.
pub(super) fn frame(fields: &mut Fields) -> Option<Frame> {
    let value = fields.value("frame")?;
    let corners: Option<Vec<f64>> = value
        .as_array()
        .filter(|c| c.len() == 2)
        .and_then(|c| c.iter().map(|p| p.as_array().filter(|p| p.len() == 2)).collect::<Option<Vec<_>>>())
        .and_then(|c| c.into_iter().flatten().map(Value::as_f64).collect());
    let frame = corners.and_then(|c| {
        let frame = Frame { west: c[0], south: c[1], east: c[2], north: c[3] };
        let lon = |v: f64| (-180.0..=180.0).contains(&v);
        let lat = |v: f64| (-85.0..=85.0).contains(&v);
        let ok = lon(frame.west) && lon(frame.east) && frame.west != frame.east;
        (ok && lat(frame.south) && lat(frame.north) && frame.south < frame.north).then_some(frame)
    });
    if frame.is_none() {
        fields.report("frame", Problem::BadFrame { found: short(value) });
    }
    frame
}

/// `projection`: `{"kind": "conic", "centre": 62, "parallels": [35, 60]}` or
/// `{"kind": "mercator"}`; what is left out is chosen from the frame.
fn projection(fields: &mut Fields) -> Option<ProjectionSpec> {
    const EXPECTED: &str =
        "{\"kind\": \"conic\" | \"mercator\", \"centre\": −180…180, \"parallels\": [−85…85, −85…85]}";
    let value = fields.value("projection")?;
    let bad = |fields: &mut Fields| {
        fields.report("projection", Problem::BadProjection { found: short(value), expected: EXPECTED });
        None
    };
    let Some(object) = value.as_object() else { return bad(fields) };
    let centre = match object.get("centre") {
        None => None,
        Some(c) => match c.as_f64().filter(|c| (-180.0..=180.0).contains(c)) {
            Some(c) => Some(c),
            None => return bad(fields),
        },
    };
    let parallels = match object.get("parallels") {
        None => None,
        Some(p) => {
            let pair: Option<Vec<f64>> =
                p.as_array().filter(|p| p.len() == 2).and_then(|p| p.iter().map(Value::as_f64).collect());
            match pair.filter(|p| p.iter().all(|v| (-85.0..=85.0).contains(v))) {
                Some(p) => Some([p[0], p[1]]),
                None => return bad(fields),
            }
        }
    };
    match object.get("kind").and_then(Value::as_str) {
        Some("conic") => Some(ProjectionSpec::Conic { centre, parallels }),
        Some("mercator") if parallels.is_none() => Some(ProjectionSpec::Mercator { centre }),
        _ => bad(fields),
    }
}

/// `corridors`: the routes in display order, each with a name, a colour and a role.
pub fn read_corridors(
    collection: &Map<String, Value>,
    languages: &[Lang],
    issues: &mut Vec<Issue>,
) -> Vec<Corridor> {
    let scope = Scope { languages, corridors: &[] };
    let entries = super::entries::read_list(collection, "corridors", scope, issues, read_corridor);
    if entries.len() > MAX_CORRIDORS {
        let mut fields = Fields::new(collection, Place::Collection, scope, issues);
        fields.report("corridors", Problem::TooMany { found: entries.len(), max: MAX_CORRIDORS });
    }
    if !collection.contains_key("corridors") {
        let mut fields = Fields::new(collection, Place::Collection, scope, issues);
        fields.report("corridors", Problem::Missing);
    }
    // Corridors that name no colour take the palette's next colour no other corridor has.
    let taken: HashSet<Colour> = entries.iter().filter_map(|(_, c)| *c).collect();
    let mut free = PALETTE.iter().map(|(light, _)| *light).filter(|c| !taken.contains(c)).cycle();
    entries
        .into_iter()
        .map(|(corridor, colour)| Corridor {
            colour: colour.or_else(|| free.next()).unwrap_or(PALETTE[0].0),
            ..corridor
        })
        .collect()
}

/// One corridor, and the colour it names (if any).
fn read_corridor(fields: &mut Fields) -> Option<(Corridor, Option<Colour>)> {
    let id = fields.text("id");
    let id = keep_if(fields, "id", id, is_id, |found| Problem::BadId { found });
    let name = fields.names("name");
    let colour = match fields.optional_text("colour") {
        None => Some(None),
        Some(text) => match Colour::parse(&text) {
            Some(c) => Some(Some(c)),
            None => {
                fields.report("colour", Problem::BadColour { found: text });
                None
            }
        },
    };
    let role =
        if fields.has("role") { fields.code("role", &Role::ALL, Role::code) } else { Some(Role::Route) };
    let flow = fields.optional_text("flow");
    let corridor = Corridor { id: id?, name: name?, colour: PALETTE[0].0, role: role?, flow };
    Some((corridor, colour?))
}

/// `variants`: optional names for the `variant` ids of legs.
pub fn read_variants(
    collection: &Map<String, Value>,
    languages: &[Lang],
    issues: &mut Vec<Issue>,
) -> Vec<Variant> {
    let scope = Scope { languages, corridors: &[] };
    super::entries::read_list(collection, "variants", scope, issues, |fields| {
        let id = fields.text("id");
        let name = fields.names("name");
        Some(Variant { id: id?, name: name? })
    })
}

/// `value` if `ok` says so; else none, and `problem` reported for `field`.
fn keep_if(
    fields: &mut Fields,
    field: &str,
    value: Option<String>,
    ok: fn(&str) -> bool,
    problem: fn(String) -> Problem,
) -> Option<String> {
    let value = value?;
    if ok(&value) {
        return Some(value);
    }
    fields.report(field, problem(value));
    None
}

/// Ids become CSS classes and parts of addresses: lower-case letters, digits, `-` and `_`.
pub fn is_id(id: &str) -> bool {
    (1..=40).contains(&id.len())
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

/// A name that becomes a file name under `data/` and part of an address (a story's, a
/// basemap's): `[a-z0-9-]{1,40}`, nothing that could leave the folder or reach another server.
pub fn is_name(name: &str) -> bool {
    (1..=40).contains(&name.len())
        && name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A basemap file in `data/`: a name, then `.json`.
pub fn is_file_name(file: &str) -> bool {
    file.strip_suffix(".json").is_some_and(is_name)
}

/// A value as the editor wrote it, cut to 60 characters for a message.
fn short(value: &Value) -> String {
    let text = value.to_string();
    if text.chars().count() > 60 { format!("{}…", text.chars().take(60).collect::<String>()) } else { text }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_file_names_are_narrow() {
        assert!(is_id("middle") && is_id("black_sea-2"));
        assert!(!is_id("Middle") && !is_id("a b") && !is_id("") && !is_id(&"x".repeat(41)) && !is_id("x\"}"));
        assert!(is_file_name("basemap.json") && is_file_name("instc-basemap.json"));
        assert!(!is_file_name("../x.json") && !is_file_name("x.geojson") && !is_file_name(".json"));
    }
}
