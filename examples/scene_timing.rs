//! `cargo run --release --example scene_timing [-- DATASET.geojson]`: how long parsing, checking
//! and building every path takes natively (median and p95), for the shipped data or another
//! dataset (the benchmark's synthetic ones). Part of `./run bench`, which reads the last line.

use corridor_explorer::geometry::Scene;
use corridor_explorer::{basemap, dataset};
use std::time::Instant;

fn main() {
    let data_text = match std::env::args().nth(1) {
        Some(path) => std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}")), // ok: a tool's argument
        None => include_str!("../data/corridors.geojson").to_string(),
    };
    let map_text = include_str!("../data/basemap.json");
    let runs = if data_text.len() > 1_000_000 { 20 } else { 200 };
    let (mut read_ms, mut scene_ms, mut total_ms) = (Vec::new(), Vec::new(), Vec::new());
    let mut vertices = 0;
    for _ in 0..runs {
        let t = Instant::now();
        let data = dataset::read(&data_text).expect("the dataset validates").dataset; // ok: a benchmark input
        let map = basemap::read(map_text).expect("shipped basemap reads"); // ok: checked by the tests
        let read = t.elapsed().as_secs_f64() * 1e3;
        let t = Instant::now();
        let scene = Scene::build(&data, &map, 1280.0, 717.0);
        let build = t.elapsed().as_secs_f64() * 1e3;
        vertices = data.vertex_count();
        std::hint::black_box(scene);
        read_ms.push(read);
        scene_ms.push(build);
        total_ms.push(read + build);
    }
    let read = report("parse + validate dataset and basemap", &mut read_ms);
    let scene = report("project + build all paths (1280 px)", &mut scene_ms);
    let total = report("data → paths", &mut total_ms);
    println!(
        "{{\"vertices\":{vertices},\"read_ms\":{read:.3},\"scene_ms\":{scene:.3},\"total_ms\":{total:.3}}}"
    );
}

/// Prints median and p95; returns the median.
fn report(what: &str, samples: &mut [f64]) -> f64 {
    samples.sort_by(f64::total_cmp);
    let p = |q: f64| samples[((samples.len() - 1) as f64 * q).round() as usize];
    println!("{what}: median {:.2} ms, p95 {:.2} ms ({} runs)", p(0.5), p(0.95), samples.len());
    p(0.5)
}
