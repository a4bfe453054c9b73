//! The shipped basemaps are reproducible from Natural Earth and readable by the app.

use corridor_explorer::basemap::build::{self, Options};
use corridor_explorer::basemap::clip::Window;
use corridor_explorer::basemap::names::CountryNames;
use corridor_explorer::basemap::{self, AreaKind};
use corridor_explorer::i18n::Lang;
use corridor_explorer::model::LonLat;

const DEFAULT: &str = include_str!("../data/basemap.json");
const WORLD: &str = include_str!("../data/world.json");

fn rebuild(atlas: &str, options: &Options) -> String {
    let root = env!("CARGO_MANIFEST_DIR");
    let read = |path: String| {
        std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{path}: {e} (scripts/setup.sh installs it)"))
    };
    let names =
        CountryNames::read(&read(format!("{root}/node_modules/i18n-iso-countries/codes.json")), |tag| {
            Ok(read(format!("{root}/node_modules/i18n-iso-countries/langs/{tag}.json")))
        })
        .unwrap();
    let text = read(format!("{root}/node_modules/world-atlas/{atlas}"));
    let land = read(format!("{root}/node_modules/world-atlas/land-110m.json"));
    serde_json::to_string(&build::build(&text, &land, &names, options).unwrap()).unwrap() + "\n"
}

#[test]
fn shipped_basemaps_are_what_the_builder_makes() {
    assert!(
        rebuild("countries-50m.json", &Options::default()) == DEFAULT,
        "data/basemap.json is stale: run `./run basemap`"
    );
    assert!(
        rebuild("countries-110m.json", &Options::world()) == WORLD,
        "data/world.json is stale: run `./run basemap --world`"
    );
    // The INSTC story's own, built with the frame docs/data-format.md gives.
    let instc = Options::detailed(Window { west: -12.0, south: 5.0, east: 100.0, north: 66.0 });
    assert!(
        rebuild("countries-50m.json", &instc) == include_str!("../data/instc-basemap.json"),
        "data/instc-basemap.json is stale: run `./run basemap --frame -12,5,100,66 --out data/instc-basemap.json`"
    );
}

#[test]
fn the_default_basemap_reads_and_stays_in_its_window() {
    let map = basemap::read(DEFAULT).unwrap();
    assert!(map.land.len() > 100 && map.borders.len() > 100);
    let inside = |p: &LonLat| (-25.0..=145.0).contains(&p.lon) && (0.0..=75.0).contains(&p.lat);
    assert!(map.land.iter().chain(&map.borders).flatten().all(inside));
    let first_seas: Vec<&str> = map
        .labels
        .iter()
        .filter(|l| l.kind == AreaKind::Sea && l.rank == 1)
        .map(|l| l.name.get(Lang::En))
        .collect();
    assert_eq!(first_seas, ["Caspian Sea", "Black Sea"]);
    let kz = map.labels.iter().find(|l| l.name.get(Lang::En) == "Kazakhstan").unwrap();
    assert!((60.0..75.0).contains(&kz.at.lon) && (44.0..52.0).contains(&kz.at.lat), "{kz:?}");
}

#[test]
fn every_label_is_named_in_every_interface_language() {
    for text in [DEFAULT, WORLD] {
        let map = basemap::read(text).unwrap();
        for label in &map.labels {
            for lang in Lang::ALL {
                assert!(label.name.has(lang), "{:?} has no {lang:?} name", label.name.get(Lang::En));
            }
        }
    }
    let world = basemap::read(WORLD).unwrap();
    let ru = |en: &str| {
        world.labels.iter().find(|l| l.name.get(Lang::En) == en).map(|l| l.name.get(Lang::Ru).to_string())
    };
    assert_eq!(ru("India").as_deref(), Some("Индия"));
    assert_eq!(ru("China").as_deref(), Some("Китай"));
    assert!(world.land.iter().flatten().any(|p| p.lat < -30.0), "the world reaches south of the equator");
}

#[test]
fn every_shipped_basemap_carries_the_whole_worlds_land_for_the_locator_globe() {
    for (name, text) in [
        ("basemap.json", DEFAULT),
        ("world.json", WORLD),
        ("instc-basemap.json", include_str!("../data/instc-basemap.json")),
    ] {
        let map = basemap::read(text).unwrap();
        assert!(map.globe.len() >= 30, "{name}: {} rings", map.globe.len());
        // Every continent: the land reaches both hemispheres and round the globe.
        let points: Vec<&LonLat> = map.globe.iter().flatten().collect();
        let (west, east) = points.iter().fold((f64::MAX, f64::MIN), |(w, e), p| (w.min(p.lon), e.max(p.lon)));
        let (south, north) =
            points.iter().fold((f64::MAX, f64::MIN), |(s, n), p| (s.min(p.lat), n.max(p.lat)));
        assert!(
            west < -170.0 && east > 170.0 && south < -60.0 && north > 80.0,
            "{name}: {west} {east} {south} {north}"
        );
    }
}
