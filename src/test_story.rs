//! A small made-up story for the unit tests: four corridors (one for comparison), eight places,
//! a handful of figures of every kind, and a basemap of two rectangles. Facts about the shipped
//! stories are tested in `tests/shipped_data.rs` only, so that an editor's correction to a figure
//! never breaks `cargo test`.

use crate::basemap::{self, Basemap};
use crate::model::Dataset;

pub const STORY: &str = include_str!("../tests/fixtures/synthetic-story.geojson");
pub const BASEMAP: &str = include_str!("../tests/fixtures/synthetic-basemap.json");

// ok: test code — the fixtures are valid (their own test below says so); unwrap fails loudly.
pub fn synthetic() -> (Dataset, Basemap) {
    let data = crate::dataset::read(STORY).unwrap().dataset; // ok: test
    let basemap = basemap::read(BASEMAP).unwrap(); // ok: test
    (data, basemap)
}

/// The corridor with this id in the synthetic story.
pub fn corridor(data: &Dataset, id: &str) -> crate::model::CorridorId {
    data.corridor_by_code(id).unwrap() // ok: test
}

#[test]
fn the_fixtures_read() {
    let (data, basemap) = synthetic();
    assert_eq!((data.corridors.len(), data.nodes.len(), data.legs.len()), (4, 8, 8));
    assert_eq!(basemap.labels.len(), 3);
}
