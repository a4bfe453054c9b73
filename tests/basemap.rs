//! `data/basemap.json` is reproducible from Natural Earth and readable by the app.

use corridor_explorer::basemap::{self, AreaKind, build};

const SHIPPED: &str = include_str!("../data/basemap.json");

#[test]
fn shipped_basemap_is_what_the_builder_makes() {
    let input = concat!(env!("CARGO_MANIFEST_DIR"), "/node_modules/world-atlas/countries-50m.json");
    let text = std::fs::read_to_string(input).expect("world-atlas is installed by scripts/setup.sh");
    let options = build::Options::default();
    let rebuilt = serde_json::to_string(&build::build(&text, &options).unwrap()).unwrap() + "\n";
    assert!(rebuilt == SHIPPED, "data/basemap.json is stale: run `cargo run --bin basemap`");
}

#[test]
fn shipped_basemap_reads_and_stays_in_its_window() {
    let map = basemap::read(SHIPPED).unwrap();
    assert!(map.land.len() > 100 && map.borders.len() > 100);
    let inside = |p: &corridor_explorer::model::LonLat| {
        (-25.0..=145.0).contains(&p.lon) && (0.0..=75.0).contains(&p.lat)
    };
    assert!(map.land.iter().chain(&map.borders).flatten().all(inside));
    let seas: Vec<&str> =
        map.labels.iter().filter(|l| l.kind == AreaKind::Sea).map(|l| l.name.en.as_str()).collect();
    assert_eq!(seas, ["Caspian Sea", "Black Sea"]);
    let kz = map.labels.iter().find(|l| l.name.en == "Kazakhstan").unwrap();
    assert!((60.0..75.0).contains(&kz.at.lon) && (44.0..52.0).contains(&kz.at.lat), "{kz:?}");
}
