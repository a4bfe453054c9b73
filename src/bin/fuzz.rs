//! `./run fuzz [ROUNDS]`: structure-aware mutations of both shipped stories through what the app
//! does with a dataset — check it (`dataset::read_value`), and if it passes, build its scene and
//! place its names at a phone's and a desktop's size — counting panics. Not part of the tests
//! (it takes minutes); the seeded mutation test in `tests/shipped_data.rs` is its short form.
//!
//! Each round starts from a fresh copy of a story and applies one to four mutations
//! (`corridor_explorer::mutate`). A panic prints the story, the round and the seed, so that it can
//! be replayed. The basemap is left empty: the fuzzer is after the data's paths through the code,
//! and the basemap's 15,000 points would only cost time.

use corridor_explorer::basemap::Basemap;
use corridor_explorer::dataset;
use corridor_explorer::geometry::Scene;
use corridor_explorer::geometry::naming::Names;
use corridor_explorer::geometry::zoom::Zoom;
use corridor_explorer::i18n::Lang;
use corridor_explorer::mutate::{self, Rng, mutate};
use serde_json::Value;
use std::process::ExitCode;
use std::time::Instant;

const STORIES: [(&str, &str); 2] = [
    ("corridors", include_str!("../../data/corridors.geojson")),
    ("instc", include_str!("../../data/instc.geojson")),
];

/// What one thread found: rounds, of them accepted, panics.
#[derive(Default)]
struct Tally {
    rounds: u64,
    accepted: u64,
    panics: u64,
}

fn main() -> ExitCode {
    let rounds: u64 = std::env::args().nth(1).and_then(|n| n.parse().ok()).unwrap_or(1_000_000);
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()) as u64;
    // Where it panicked, on one line; the round's `catch_unwind` then names story and seed.
    std::panic::set_hook(Box::new(|info| eprintln!("fuzz: {info}")));
    let start = Instant::now();
    let tallies: Vec<Tally> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|t| scope.spawn(move || run(t, rounds / threads + u64::from(t < rounds % threads))))
            .collect();
        workers.into_iter().map(|w| w.join().unwrap_or_default()).collect()
    });
    let seconds = start.elapsed().as_secs_f64();
    let total = tallies.iter().fold(Tally::default(), |a, t| Tally {
        rounds: a.rounds + t.rounds,
        accepted: a.accepted + t.accepted,
        panics: a.panics + t.panics,
    });
    println!(
        "fuzz: {} mutated datasets of {} stories on {threads} threads in {seconds:.1} s ({:.0} a second): \
         {} accepted and drawn, {} refused with errors, {} panics",
        total.rounds,
        STORIES.len(),
        total.rounds as f64 / seconds,
        total.accepted,
        total.rounds - total.accepted,
        total.panics
    );
    if total.panics == 0 { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}

fn run(thread: u64, rounds: u64) -> Tally {
    let stories: Vec<(&str, Value, Vec<String>)> = STORIES
        .iter()
        .map(|(name, text)| {
            // The shipped stories are JSON (their own tests say so); a broken one stops the fuzzer.
            let root: Value = serde_json::from_str(text).expect("a shipped story is JSON"); // ok: see above
            let ids = mutate::ids(&root);
            (*name, root, ids)
        })
        .collect();
    let basemap = Basemap::default();
    let mut tally = Tally::default();
    for round in 0..rounds {
        let seed = 0x5EED_0000_0000_0000 ^ (thread << 40) ^ round;
        let mut rng = Rng(seed | 1);
        let (name, original, ids) = &stories[rng.below(stories.len())];
        let mut root = original.clone();
        for _ in 0..=rng.below(4) {
            mutate(&mut root, &mut rng, ids);
        }
        match std::panic::catch_unwind(|| draw(&root, &basemap)) {
            Ok(accepted) => tally.accepted += u64::from(accepted),
            Err(_) => {
                tally.panics += 1;
                eprintln!("fuzz: panic on story {name}, thread {thread}, round {round}, seed {seed:#x}");
            }
        }
        tally.rounds += 1;
    }
    tally
}

/// Checks the dataset and, if it passes, draws it as the app would at two sizes and in each of
/// its languages; true if it passed.
fn draw(root: &Value, basemap: &Basemap) -> bool {
    let Ok(checked) = dataset::read_value(root) else { return false };
    let data = &checked.dataset;
    for (width, height) in [(390.0, 351.0), (1280.0, 716.8)] {
        let scene = Scene::build(data, basemap, width, height);
        for &lang in data.story.languages.iter().chain([Lang::De].iter()) {
            let names = Names::new(data, basemap, &scene, lang);
            let _ = names.place(Zoom::IDENTITY);
        }
    }
    true
}
