//! The shipped dataset: it validates, its figures are the fact sheet's, and no mutation of it
//! can make the reader panic.

use corridor_explorer::dataset;
use corridor_explorer::i18n::Lang;
use corridor_explorer::model::{Amount, Dataset, Quantity, Role, Unit};

const SHIPPED: &str = include_str!("../data/corridors.geojson");
/// A copy of `../shared/facts/corridor-facts.md`, so that the check runs in any clone;
/// `fact_sheet_copy_is_current` keeps it equal to the original where that is present.
const FACTS: &str = include_str!("fixtures/corridor-facts.md");

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
fn fact_sheet_copy_is_current() {
    let original = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/facts/corridor-facts.md");
    match std::fs::read_to_string(original) {
        Ok(text) => assert_eq!(text, FACTS, "refresh tests/fixtures/corridor-facts.md from {original}"),
        // A clone without the shared folder beside it checks against the committed copy only.
        Err(e) => eprintln!("{original}: {e}; checked against the committed copy"),
    }
}

/// xorshift64*: a small deterministic generator, so that a failing mutation can be replayed.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

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
fn ten_thousand_mutations_never_panic() {
    let mut rng = Rng(0x5EED_C0FF_EE15_600D);
    let (mut refused, mut accepted) = (0, 0);
    for round in 0..10_000 {
        let mut text = SHIPPED.to_string();
        for _ in 0..=rng.below(3) {
            text = mutate(&text, &mut rng);
        }
        let outcome = std::panic::catch_unwind(|| dataset::read(&text).is_ok());
        match outcome {
            Ok(true) => accepted += 1,
            Ok(false) => refused += 1,
            Err(_) => panic!("round {round}: the reader panicked on a mutated dataset"),
        }
    }
    // Most mutations must be caught; some (a changed label) are legitimately still valid.
    assert!(refused > 5_000, "only {refused} of 10,000 mutations refused ({accepted} accepted)");
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
