//! Every file under `tests/fixtures/invalid/` is one mistake an editor could make; each must be
//! refused with an error that names the feature (or entry) and the field.

use corridor_explorer::dataset::{self, DataError, Issue, Place, Problem};

fn read_fixture(name: &str) -> Result<dataset::Checked, DataError> {
    let path = format!("{}/tests/fixtures/invalid/{name}.geojson", env!("CARGO_MANIFEST_DIR"));
    dataset::read(&std::fs::read_to_string(&path).expect("fixture exists"))
}

fn errors(name: &str) -> Vec<Issue> {
    match read_fixture(name) {
        Err(DataError::Invalid { errors }) => errors,
        other => panic!("{name}: expected a list of errors, got {other:?}"),
    }
}

/// The place's id, or `#index` when it has none.
fn who(place: &Place) -> String {
    match place {
        Place::Collection => "collection".into(),
        Place::Story => "story".into(),
        Place::Feature { id: Some(id), .. } | Place::Entry { id: Some(id), .. } => id.clone(),
        Place::Feature { index, .. } | Place::Entry { index, .. } => format!("#{index}"),
    }
}

/// (fixture, who, field, what the problem must be)
type Expectation = (&'static str, &'static str, &'static str, fn(&Problem) -> bool);

const CASES: &[Expectation] = &[
    ("missing-kind", "aktau", "kind", |p| *p == Problem::Missing),
    (
        "unknown-kind",
        "aktau",
        "kind",
        |p| matches!(p, Problem::UnknownValue { found, .. } if found == "castle"),
    ),
    (
        "unknown-corridor",
        "aktau-alat",
        "corridor",
        |p| matches!(p, Problem::UnknownCorridor { id, declared } if id == "southern" && declared.len() == 4 && declared[0] == "middle"),
    ),
    (
        "colour-malformed",
        "middle",
        "colour",
        |p| matches!(p, Problem::BadColour { found } if found == "red;}"),
    ),
    (
        "story-language-unknown",
        "story",
        "languages",
        |p| matches!(p, Problem::UnsupportedLanguage { found } if found == "fr"),
    ),
    // The story says it has Russian; the first place's name lacks it.
    (
        "story-text-missing-ru",
        "aktau",
        "name",
        |p| matches!(p, Problem::MissingLanguage { lang } if lang.tag() == "ru"),
    ),
    ("story-frame-reversed", "story", "frame", |p| matches!(p, Problem::BadFrame { .. })),
    (
        "story-updated-not-a-day",
        "story",
        "updated",
        |p| matches!(p, Problem::BadDay { found } if found == "2026-02-30"),
    ),
    (
        "correction-after-update",
        "story",
        "corrections",
        |p| matches!(p, Problem::CorrectionAfterUpdate { date, updated } if date == "2026-12-05" && updated == "2026-12-01"),
    ),
    ("correction-without-updated", "story", "updated", |p| *p == Problem::Missing),
    (
        "annotation-unknown-place",
        "ferry",
        "at",
        |p| matches!(p, Problem::UnknownNode { id } if id == "atlantis"),
    ),
    ("annotation-bad-rank", "ferry", "rank", |p| matches!(p, Problem::BadRank { found } if found == "7")),
    (
        "story-basemap-path",
        "story",
        "basemap",
        |p| matches!(p, Problem::BadFileName { found } if found == "../secret.json"),
    ),
    ("story-missing", "collection", "story", |p| *p == Problem::Missing),
    ("corridor-id-markup", "North<b>", "id", |p| matches!(p, Problem::BadId { .. })),
    (
        "corridor-role-unknown",
        "sea",
        "role",
        |p| matches!(p, Problem::UnknownValue { found, .. } if found == "background"),
    ),
    (
        "unknown-mode",
        "aktau-alat",
        "mode",
        |p| matches!(p, Problem::UnknownValue { found, allowed } if found == "hovercraft" && allowed.contains(&"ferry")),
    ),
    ("unknown-status", "aktau-alat", "status", |p| matches!(p, Problem::UnknownValue { .. })),
    (
        "unknown-confidence",
        "aktau",
        "confidence",
        |p| matches!(p, Problem::UnknownValue { found, .. } if found == "D"),
    ),
    ("name-not-object", "aktau", "name", |p| matches!(p, Problem::WrongType { .. })),
    (
        "name-missing-en",
        "aktau",
        "name",
        |p| matches!(p, Problem::MissingLanguage { lang } if lang.tag() == "en"),
    ),
    (
        "name-missing-de",
        "alat",
        "name",
        |p| matches!(p, Problem::MissingLanguage { lang } if lang.tag() == "de"),
    ),
    (
        "country-lowercase",
        "aktau",
        "country",
        |p| matches!(p, Problem::UnknownValue { found, .. } if found == "kz"),
    ),
    ("duplicate-feature-id", "aktau", "id", |p| matches!(p, Problem::DuplicateId { id } if id == "aktau")),
    ("missing-id", "#3", "id", |p| *p == Problem::Missing),
    (
        "leg-from-unknown",
        "aktau-alat",
        "from",
        |p| matches!(p, Problem::UnknownNode { id } if id == "atlantis"),
    ),
    ("leg-to-is-a-leg", "aktau-alat", "to", |p| matches!(p, Problem::UnknownNode { id } if id == "cit-alat")),
    (
        "leg-start-off-node",
        "aktau-alat",
        "geometry",
        |p| matches!(p, Problem::OffNode { node, .. } if node == "aktau"),
    ),
    (
        "leg-end-off-node",
        "aktau-alat",
        "geometry",
        |p| matches!(p, Problem::OffNode { node, .. } if node == "alat"),
    ),
    (
        "longitude-out-of-range",
        "aktau",
        "geometry",
        |p| matches!(p, Problem::BadCoordinate { lon, .. } if *lon == 251.2),
    ),
    ("latitude-out-of-range", "cit", "geometry", |p| matches!(p, Problem::BadCoordinate { .. })),
    ("position-too-short", "aktau", "geometry", |p| matches!(p, Problem::BadGeometry { .. })),
    ("line-one-position", "aktau-alat", "geometry", |p| {
        matches!(p, Problem::TooFewPositions { found: 1, expected: 2 })
    }),
    (
        "polygon-geometry",
        "aktau",
        "geometry",
        |p| matches!(p, Problem::WrongGeometry { found, .. } if found == "Polygon"),
    ),
    ("no-geometry", "aktau", "geometry", |p| *p == Problem::Missing),
    // Found by `./run fuzz`: the geojson crate lets an empty position through inside a line.
    (
        "leg-empty-position",
        "aktau-alat",
        "geometry",
        |p| matches!(p, Problem::WrongGeometry { found, .. } if found == "[]"),
    ),
    ("air-leg-with-waypoints", "cit-alat", "geometry", |p| matches!(p, Problem::WrongGeometry { .. })),
    ("year-too-early", "aktau-alat", "year", |p| matches!(p, Problem::YearOutOfRange { found: 1880 })),
    ("year-not-number", "aktau-alat", "year", |p| matches!(p, Problem::WrongType { .. })),
    (
        "figure-unknown-source",
        "f1",
        "source",
        |p| matches!(p, Problem::UnknownSource { id } if id == "nowhere"),
    ),
    (
        "figure-unknown-unit",
        "f1",
        "unit",
        |p| matches!(p, Problem::UnknownValue { found, .. } if found == "barrels"),
    ),
    ("figure-year-too-late", "f1", "year", |p| matches!(p, Problem::YearOutOfRange { found: 2051 })),
    (
        "series-mixes-units",
        "f3",
        "series",
        |p| matches!(p, Problem::MixedUnits { series, unit: "Mt", found: "TEU", .. } if series == "mc"),
    ),
    // A corridor's line width from a series that has no volumes of it, and widths in two units.
    (
        "flow-without-volumes",
        "middle",
        "flow",
        |p| matches!(p, Problem::FlowWithoutVolumes { series } if series == "nothing"),
    ),
    (
        "flow-units",
        "northern",
        "flow",
        |p| matches!(p, Problem::FlowUnits { series, found: "TEU", unit: "Mt" } if series == "nr"),
    ),
    // A story step naming a figure, a corridor or a place the story does not have.
    (
        "step-unknown-figure",
        "one",
        "figures",
        |p| matches!(p, Problem::UnknownFigure { id } if id == "nowhere"),
    ),
    (
        "step-unknown-corridor",
        "one",
        "show",
        |p| matches!(p, Problem::UnknownCorridor { id, .. } if id == "southern"),
    ),
    // A race naming a figure the story lacks, one that is no transit time, or one whose route
    // has no line to run on.
    (
        "race-unknown-figure",
        "story",
        "race",
        |p| matches!(p, Problem::UnknownFigure { id } if id == "nowhere"),
    ),
    ("race-not-a-time", "story", "race", |p| matches!(p, Problem::NotRaceable { id } if id == "f1")),
    (
        "race-without-line",
        "story",
        "race",
        |p| matches!(p, Problem::NoRaceLine { id, corridor } if id == "f3" && corridor == "northern"),
    ),
    ("investment-without-stage", "f3", "stage", |p| *p == Problem::Missing),
    (
        "agreement-unknown-stage",
        "f3",
        "stage",
        |p| matches!(p, Problem::UnknownValue { found, allowed } if found == "signed maybe" && allowed.contains(&"talks")),
    ),
    (
        "figure-range-reversed",
        "f2",
        "min",
        |p| matches!(p, Problem::RangeReversed { min, max } if *min == 23.0 && *max == 19.0),
    ),
    ("figure-value-text", "f1", "value", |p| matches!(p, Problem::WrongType { .. })),
    ("volume-without-year", "f1", "year", |p| *p == Problem::Missing),
    ("figure-label-missing-de", "f1", "label", |p| matches!(p, Problem::MissingLanguage { .. })),
    ("duplicate-figure-id", "f1", "id", |p| matches!(p, Problem::DuplicateId { .. })),
    (
        "claim-unknown-verdict",
        "c1",
        "verdict",
        |p| matches!(p, Problem::UnknownValue { found, .. } if found == "true"),
    ),
    ("node-unknown-source", "alat", "sources", |p| matches!(p, Problem::UnknownSource { id } if id == "s9")),
    ("leg-sources-empty", "aktau-alat", "sources", |p| *p == Problem::Empty),
    ("sources-not-list", "collection", "sources", |p| matches!(p, Problem::WrongType { .. })),
    ("features-missing", "collection", "features", |p| *p == Problem::Missing),
];

#[test]
fn each_fixture_is_refused_with_its_own_error() {
    for (name, place, field, is_expected) in CASES {
        let errors = errors(name);
        let hit =
            errors.iter().any(|e| who(&e.place) == *place && e.field == *field && is_expected(&e.problem));
        assert!(hit, "{name}: no error at {place}/{field} of the expected kind; got {errors:#?}");
    }
}

#[test]
fn every_fixture_file_has_an_expectation() {
    let dir = format!("{}/tests/fixtures/invalid", env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().trim_end_matches(".geojson").to_string())
        .collect();
    files.sort();
    let mut named: Vec<&str> = CASES.iter().map(|c| c.0).collect();
    named.extend(["not-json", "not-a-feature-collection"]);
    named.sort();
    assert_eq!(files, named);
    assert!(files.len() >= 25);
}

#[test]
fn text_that_is_not_json_names_line_and_column() {
    match read_fixture("not-json") {
        Err(DataError::NotJson { line: 3, column, .. }) => assert_eq!(column, 22),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_single_feature_is_not_a_collection() {
    let error = read_fixture("not-a-feature-collection").unwrap_err();
    assert_eq!(error, DataError::NotFeatureCollection { found: "\"type\": \"Feature\"".into() });
    assert_eq!(error.to_string(), "Not a GeoJSON FeatureCollection: found \"type\": \"Feature\"");
}

#[test]
fn messages_name_feature_field_found_and_expected_in_both_languages() {
    let error = &errors("unknown-mode")[0];
    assert_eq!(
        error.to_string(),
        "feature \"aktau-alat\" (#3), field \"mode\": \"hovercraft\" is not known; allowed: rail, ferry, road, air, sea"
    );
    assert_eq!(
        error.describe(corridor_explorer::i18n::Lang::De),
        "Feature „aktau-alat“ (#3), Feld „mode“: „hovercraft“ ist nicht bekannt; erlaubt: rail, ferry, road, air, sea"
    );
}

#[test]
fn the_validator_names_what_exists_in_every_language() {
    let error = errors("unknown-corridor").into_iter().find(|e| e.field == "corridor").unwrap();
    assert_eq!(
        error.to_string(),
        "feature \"aktau-alat\" (#3), field \"corridor\": \"southern\" is not a corridor of the \"corridors\" list; there are: middle, northern, air, sea"
    );
    let ru = errors("story-text-missing-ru")[0].describe(corridor_explorer::i18n::Lang::Ru);
    assert!(ru.contains("нет перевода «ru»"), "{ru}");
    let colour = errors("colour-malformed")[0].describe(corridor_explorer::i18n::Lang::De);
    assert_eq!(
        colour,
        "Korridor „middle“ (#0), Feld „colour“: „red;}“ ist keine Farbe der Form #RRGGBB (z. B. #D55E00)"
    );
}

#[test]
fn the_small_valid_file_reads_with_warnings_only() {
    let path = format!("{}/tests/fixtures/valid-small.geojson", env!("CARGO_MANIFEST_DIR"));
    let checked = dataset::read(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert_eq!((checked.dataset.nodes.len(), checked.dataset.legs.len()), (3, 2));
    // The schematic ferry leg is worth a warning, not an error.
    assert!(checked.warnings.iter().any(|w| w.problem == Problem::SchematicGeometry));
}
