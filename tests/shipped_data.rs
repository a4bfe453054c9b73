//! The shipped dataset: it validates, its figures are the fact sheet's, and no mutation of it
//! can make the reader panic.

use corridor_explorer::dataset;
use corridor_explorer::i18n::Lang;
use corridor_explorer::model::{Amount, Dataset, Quantity, Role, Unit};

const SHIPPED: &str = include_str!("../data/corridors.geojson");
const INSTC: &str = include_str!("../data/instc.geojson");
/// A copy of `../shared/facts/corridor-facts.md`, so that the check runs in any clone;
/// `fact_sheet_copy_is_current` keeps it equal to the original where that is present.
const FACTS: &str = include_str!("fixtures/corridor-facts.md");
const INSTC_FACTS: &str = include_str!("fixtures/instc-facts.md");

fn shipped() -> Dataset {
    dataset::read(SHIPPED).expect("the shipped dataset validates").dataset
}

fn figure(data: &Dataset, id: &str) -> (f64, Unit, Option<u16>) {
    let f = data.figures.iter().find(|f| f.id == id).unwrap_or_else(|| panic!("figure {id} is missing"));
    match f.quantity {
        Some(Quantity { amount: Amount::Single(v), unit }) => (v, unit, f.year),
        _ => panic!("{id} is not a single number"),
    }
}

#[test]
fn shipped_dataset_has_the_three_routes_and_the_comparison() {
    let data = shipped();
    let ids: Vec<&str> = data.corridors.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["middle", "northern", "air", "sea"]);
    for corridor in data.corridor_ids() {
        assert!(data.legs.iter().any(|l| l.corridor == corridor), "no leg for {corridor:?}");
    }
    let comparison: Vec<&str> =
        data.corridors.iter().filter(|c| c.role == Role::Comparison).map(|c| c.id.as_str()).collect();
    assert_eq!(comparison, ["sea"]);
    assert_eq!(data.story.languages, [Lang::De, Lang::En, Lang::Ru]);
    let air: Vec<_> = data.legs.iter().filter(|l| l.mode == corridor_explorer::model::Mode::Air).collect();
    assert_eq!(air.iter().map(|l| l.id.as_str()).collect::<Vec<_>>(), ["cit-fra", "cit-muc"]);
}

/// The TITR table of the fact sheet: `| 2024 | 4.484 | 56,500 |`.
fn fact_sheet_titr_rows() -> Vec<(u16, f64, Option<f64>)> {
    let section =
        FACTS.split("## 2. Middle Corridor").nth(1).expect("section 2").split("Targets:").next().unwrap();
    section
        .lines()
        .filter_map(|line| {
            let cells: Vec<&str> = line.trim().trim_matches('|').split('|').map(str::trim).collect();
            let year = cells.first()?.parse().ok()?;
            let mt = cells.get(1)?.parse().ok()?;
            let teu = cells.get(2).and_then(|c| c.trim_start_matches("about ").replace(',', "").parse().ok());
            Some((year, mt, teu))
        })
        .collect()
}

#[test]
fn titr_volumes_match_the_fact_sheet() {
    let data = shipped();
    let rows = fact_sheet_titr_rows();
    assert_eq!(rows.len(), 7, "2019–2025 in the fact sheet");
    for (year, mt, teu) in rows {
        assert_eq!(figure(&data, &format!("titr-volume-{year}")), (mt, Unit::Mt, Some(year)));
        if let Some(teu) = teu {
            assert_eq!(figure(&data, &format!("titr-teu-{year}")), (teu, Unit::Teu, Some(year)));
        }
    }
}

#[test]
fn targets_match_the_fact_sheet() {
    let data = shipped();
    let targets = FACTS.split("Targets:").nth(1).unwrap().split("\n\n").next().unwrap();
    assert!(targets.contains("10 Mt by 2027 (TITR)"));
    assert!(targets.contains("300,000 TEU by 2029"));
    assert!(targets.contains("11 Mt by 2030"));
    assert!(targets.contains("about 6 Mt/yr (Trend, Dec 2024)"));
    assert_eq!(figure(&data, "titr-target-2027"), (10.0, Unit::Mt, Some(2027)));
    assert_eq!(figure(&data, "titr-teu-target-2029"), (300_000.0, Unit::Teu, Some(2029)));
    assert_eq!(figure(&data, "wb-scenario-2030"), (11.0, Unit::Mt, Some(2030)));
    assert_eq!(figure(&data, "mc-capacity-2024"), (6.0, Unit::Mt, Some(2024)));
    assert!(
        FACTS.contains("35 Mt by 2029 is Kazakhstan's target for *all transit freight through Kazakhstan*")
    );
    assert_eq!(figure(&data, "kz-transit-target-2029"), (35.0, Unit::Mt, Some(2029)));
}

#[test]
fn fact_sheet_copies_are_current() {
    for (file, copy) in [("corridor-facts.md", FACTS), ("instc-facts.md", INSTC_FACTS)] {
        let original = format!("{}/../shared/facts/{file}", env!("CARGO_MANIFEST_DIR"));
        match std::fs::read_to_string(&original) {
            Ok(text) => assert_eq!(text, copy, "refresh tests/fixtures/{file} from {original}"),
            // A clone without the shared folder beside it checks against the committed copy only.
            Err(e) => eprintln!("{original}: {e}; checked against the committed copy"),
        }
    }
}

#[test]
fn the_btk_legs_open_on_the_fact_sheets_date_with_its_source() {
    let data = shipped();
    assert!(FACTS.contains("Baku–Tbilisi–Kars railway opened on **30 October 2017**"));
    let btk = data.source("btk-2017").unwrap();
    assert_eq!((btk.publisher.as_str(), btk.date.as_deref()), ("Report.az", Some("2017-10-30")));
    assert!(FACTS.contains(btk.url.as_deref().unwrap()), "the fact sheet cites {:?}", btk.url);
    for id in ["tbilisi-akhalkalaki", "akhalkalaki-kars"] {
        let leg = data.legs.iter().find(|l| l.id == id).unwrap();
        assert_eq!(leg.year, Some(2017), "{id}");
    }
}

fn instc() -> Dataset {
    dataset::read(INSTC).expect("the INSTC story validates").dataset
}

#[test]
fn the_instc_story_has_its_three_branches_the_sea_leg_and_the_suez_comparison() {
    let data = instc();
    let ids: Vec<&str> = data.corridors.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["western", "transcaspian", "eastern", "gulf", "suez"]);
    assert!(data.is_comparison(data.corridor_by_code("suez").unwrap()));
    assert_eq!(data.story.languages, [Lang::De, Lang::En, Lang::Ru]);
    assert_eq!(data.story.basemap.as_deref(), Some("instc-basemap.json"));
    let missing = data.legs.iter().find(|l| l.id == "astara-ir-rasht").unwrap();
    assert_eq!(missing.status, corridor_explorer::model::Status::Planned);
    assert_eq!(data.claims.len(), 6);
}

#[test]
fn every_instc_source_is_the_fact_sheets() {
    // Each source's address stands in the fact sheet's table of sources (the coordinates, read
    // off maps, are the one source of the editors' own).
    let data = instc();
    for source in &data.sources {
        match source.url.as_deref() {
            Some(url) => assert!(INSTC_FACTS.contains(url), "{}: {url} is not in the fact sheet", source.id),
            None => assert_eq!(source.id, "map-reading"),
        }
    }
}

#[test]
fn instc_figures_match_the_fact_sheet() {
    let data = instc();
    let rows = [
        ("instc-rail-2023", 11.69, "11.69 (2022: 10.21)"),
        ("instc-sea-2023", 5.54, "| F27 | 5.54 |"),
        ("instc-total-2022", 14.5, "| F24 ⚠ | 14.5 |"),
        ("instc-total-target-2030", 41.0, "| F35 ⚠ | 41 |"),
        ("western-az-2024", 0.814, "| F29 | 0.814 |"),
        ("eastern-2023", 0.65, "| F33 | 0.65 |"),
        ("rasht-astara-loan", 1.3, "| F43 | 1.3 | bn EUR |"),
        ("rasht-astara-cost", 1.6, "| F44 ⚠ | 1.6 (85 % loan-financed) | bn EUR |"),
        ("instc-length", 7200.0, "| F01 | 7,200 | km |"),
        ("rasht-astara-length", 162.0, "| F41 ⚠ | 162 | km |"),
    ];
    for (id, value, fact) in rows {
        assert!(INSTC_FACTS.contains(fact), "the fact sheet has {fact}");
        assert_eq!(figure(&data, id).0, value, "{id}");
    }
}

use corridor_explorer::mutate::Rng;

const REPLACEMENTS: &[&str] =
    &["null", "true", "-1", "1e308", "\"\"", "\"x\"", "[]", "{}", "[1]", "2051", "\"?\""];

/// Replaces one JSON token (a number, a string or a literal) by something else, or cuts the text.
fn mutate(text: &str, rng: &mut Rng) -> String {
    let bytes = text.as_bytes();
    let at = rng.below(bytes.len());
    if rng.below(20) == 0 {
        return text[..text.floor_char_boundary(at)].to_string();
    }
    let start =
        (at..bytes.len()).find(|&i| bytes[i] == b'"' || bytes[i].is_ascii_digit() || bytes[i] == b'-');
    let Some(start) = start else { return text.to_string() };
    let end = if bytes[start] == b'"' {
        (start + 1..bytes.len()).find(|&i| bytes[i] == b'"').map_or(bytes.len(), |i| i + 1)
    } else {
        (start..bytes.len())
            .find(|&i| !(bytes[i].is_ascii_digit() || b".-eE+".contains(&bytes[i])))
            .unwrap_or(bytes.len())
    };
    let replacement = REPLACEMENTS[rng.below(REPLACEMENTS.len())];
    format!("{}{replacement}{}", &text[..start], &text[end..])
}

#[test]
fn ten_thousand_text_mutations_of_each_story_never_panic() {
    for (name, story) in [("corridors", SHIPPED), ("instc", INSTC)] {
        let mut rng = Rng(0x5EED_C0FF_EE15_600D);
        let (mut refused, mut accepted) = (0, 0);
        for round in 0..10_000 {
            let mut text = story.to_string();
            for _ in 0..=rng.below(3) {
                text = mutate(&text, &mut rng);
            }
            let outcome = std::panic::catch_unwind(|| dataset::read(&text).is_ok());
            match outcome {
                Ok(true) => accepted += 1,
                Ok(false) => refused += 1,
                Err(_) => panic!("{name}, round {round}: the reader panicked on a mutated dataset"),
            }
        }
        // Most mutations must be caught; some (a changed label) are legitimately still valid.
        assert!(refused > 5_000, "{name}: only {refused} of 10,000 mutations refused ({accepted} accepted)");
    }
}

#[test]
fn five_thousand_structure_aware_mutations_of_each_story_never_panic() {
    // The short form of `./run fuzz`: mutations of the JSON tree at any depth, checked and, if
    // accepted, drawn as the app draws them.
    use corridor_explorer::geometry::{Scene, naming::Names, zoom::Zoom};
    use corridor_explorer::mutate as tree;
    for (name, story) in [("corridors", SHIPPED), ("instc", INSTC)] {
        let original: serde_json::Value = serde_json::from_str(story).unwrap();
        let ids = tree::ids(&original);
        let mut rng = Rng(0xF00D_5EED);
        for round in 0..5_000 {
            let mut root = original.clone();
            for _ in 0..=rng.below(3) {
                tree::mutate(&mut root, &mut rng, &ids);
            }
            let outcome = std::panic::catch_unwind(|| {
                if let Ok(checked) = dataset::read_value(&root) {
                    let basemap = corridor_explorer::basemap::Basemap::default();
                    let scene = Scene::build(&checked.dataset, &basemap, 390.0, 351.0);
                    Names::new(&checked.dataset, &basemap, &scene, Lang::Ru).place(Zoom::IDENTITY);
                }
            });
            assert!(outcome.is_ok(), "{name}, round {round}: a mutated dataset made the app panic");
        }
    }
}

#[test]
fn the_year_control_hides_btk_before_2017_and_shows_the_munich_flight_from_2025() {
    let data = shipped();
    let shown = |year: u16| -> Vec<&str> {
        data.legs.iter().filter(|l| l.shown_in(year)).map(|l| l.id.as_str()).collect()
    };
    assert!(!shown(2016).contains(&"akhalkalaki-kars"));
    assert!(shown(2017).contains(&"akhalkalaki-kars"));
    assert!(!shown(2024).contains(&"cit-muc"));
    assert!(shown(2025).contains(&"cit-muc"));
    assert_eq!(shown(2015).len(), data.legs.len() - 4, "BTK's two legs and the two flights");
    assert_eq!(data.latest_year(), Some(2026));
}

#[test]
fn the_example_story_for_editors_validates() {
    let example = include_str!("../docs/example-story.geojson");
    let data = dataset::read(example).expect("docs/example-story.geojson validates").dataset;
    assert_eq!((data.corridors.len(), data.nodes.len(), data.legs.len()), (2, 3, 3));
    assert_eq!(data.story.languages, [Lang::En, Lang::De]);
}

/// The default story's callouts (2–4) each cite a source, and every number in their English text
/// is one the fact sheet gives: an editor writes them from the sheet, never from memory.
#[test]
fn the_annotations_cite_sources_and_carry_only_the_fact_sheets_numbers() {
    let data = shipped();
    let annotations = &data.story.annotations;
    assert!((2..=4).contains(&annotations.len()), "{} annotations", annotations.len());
    for a in annotations {
        let source = a.source.as_deref().unwrap_or_else(|| panic!("{} cites no source", a.id));
        assert!(data.source(source).is_some(), "{}: {source}", a.id);
        let text = a.text.get(Lang::En);
        let numbers =
            text.split(|c: char| !(c.is_ascii_digit() || c == '.')).map(|n| n.trim_end_matches('.'));
        for number in numbers.filter(|n| !n.is_empty()) {
            assert!(FACTS.contains(number), "{}: {number} is not in the fact sheet", a.id);
        }
    }
}

/// The default story's steps (5–7, as the article tells it): every number in their English texts
/// is one the fact sheet gives (written with its thousands comma or without), each step's figures
/// exist, and a step that frames places names places the story has.
#[test]
fn the_steps_tell_the_article_with_the_fact_sheets_numbers() {
    let data = shipped();
    let steps = &data.story.steps;
    assert!((5..=7).contains(&steps.len()), "{} steps", steps.len());
    for step in steps {
        let text = step.text.get(Lang::En);
        let numbers = text
            .split(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
            .map(|n| n.trim_matches([',', '.']));
        for number in numbers.filter(|n| !n.is_empty()) {
            let plain = number.replace(',', "");
            assert!(
                FACTS.contains(number) || FACTS.contains(&plain),
                "{}: {number} is not in the fact sheet",
                step.id
            );
        }
        assert!(!step.figures.is_empty(), "{}: a step's text is backed by figures", step.id);
    }
    let ids: Vec<&str> = steps.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["northern", "middle", "volumes", "days", "flight", "money"]);
}

/// The default story's race: the northern route, the article's claim, the Middle Corridor and the
/// sea route, arriving in that order on the first day of the fact sheet's ranges; the Middle
/// Corridor's container crosses the Caspian by ferry and both overland ones reach Duisburg.
#[test]
fn the_race_runs_the_fact_sheets_transit_times() {
    use corridor_explorer::model::{Mode, Race};
    let data = shipped();
    let race = Race::new(&data, data.opening_year());
    let order: Vec<&str> = race.entrants.iter().map(|e| e.figure.id.as_str()).collect();
    assert_eq!(order, ["northern-time", "article-time-claim", "mc-time-2026-now", "sea-suez-time"]);
    let days: Vec<(f64, f64)> = race.entrants.iter().map(|e| e.days).collect();
    assert_eq!(days, [(12.0, 18.0), (19.0, 23.0), (28.0, 32.0), (32.0, 45.0)]);
    for (min, max) in days {
        assert!(FACTS.contains(&format!("{min}–{max}")), "{min}–{max} days is not in the fact sheet");
    }
    assert!(race.entrants[1].claimed() && race.entrants.iter().filter(|e| e.claimed()).count() == 1);
    let line = |i: usize| -> Vec<&corridor_explorer::model::Leg> {
        race.entrants[i].line.iter().map(|&l| &data.legs[l]).collect()
    };
    assert!(line(2).iter().any(|l| l.mode == Mode::Ferry && l.to == "alat"), "the Caspian ferry");
    for i in [0, 2] {
        assert_eq!(line(i).last().map(|l| l.to.as_str()), Some("duisburg"), "{}", order[i]);
    }
    assert!(race.without_line.is_empty());
}
