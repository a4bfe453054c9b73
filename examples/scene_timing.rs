//! `cargo run --release --example scene_timing`: how long parsing, checking and building every
//! path of the shipped data takes natively (median and p95 of 200 runs). Part of `./run bench`.

use corridor_explorer::geometry::Scene;
use corridor_explorer::{basemap, dataset};
use std::time::Instant;

fn main() {
    let data_text = include_str!("../data/corridors.geojson");
    let map_text = include_str!("../data/basemap.json");
    let mut read_ms = Vec::new();
    let mut scene_ms = Vec::new();
    for _ in 0..200 {
        let t = Instant::now();
        let data = dataset::read(data_text).expect("shipped data validates").dataset; // ok: checked by the tests
        let map = basemap::read(map_text).expect("shipped basemap reads"); // ok: checked by the tests
        read_ms.push(t.elapsed().as_secs_f64() * 1e3);
        let t = Instant::now();
        let scene = Scene::build(&data, &map, 1280.0, 717.0);
        scene_ms.push(t.elapsed().as_secs_f64() * 1e3);
        std::hint::black_box(scene);
    }
    report("parse + validate dataset and basemap", &mut read_ms);
    report("project + build all paths (1280 px)", &mut scene_ms);
}

fn report(what: &str, samples: &mut [f64]) {
    samples.sort_by(f64::total_cmp);
    let p = |q: f64| samples[((samples.len() - 1) as f64 * q).round() as usize];
    println!("{what}: median {:.2} ms, p95 {:.2} ms ({} runs)", p(0.5), p(0.95), samples.len());
}
