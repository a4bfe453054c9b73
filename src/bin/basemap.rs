//! `cargo run --bin basemap` (or `./run basemap`): rebuilds `data/basemap.json` from Natural Earth
//! 1:50m as shipped by the npm package `world-atlas` (installed by `scripts/setup.sh`).
//! The output is deterministic: the same input gives the same bytes.

use corridor_explorer::basemap::build::{Options, build};
use std::process::ExitCode;

const INPUT: &str = "node_modules/world-atlas/countries-50m.json";
const OUTPUT: &str = "data/basemap.json";

fn main() -> ExitCode {
    let text = match std::fs::read_to_string(INPUT) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("{INPUT}: {e} (run scripts/setup.sh, which installs world-atlas from npm)");
            return ExitCode::from(2);
        }
    };
    let options = Options::default();
    let file = match build(&text, &options) {
        Ok(file) => file,
        Err(e) => {
            eprintln!("{INPUT}: {e}");
            return ExitCode::from(1);
        }
    };
    let json = serde_json::to_string(&file).expect("plain data always serialises"); // ok: no maps with non-string keys
    if let Err(e) = std::fs::write(OUTPUT, format!("{json}\n")) {
        eprintln!("{OUTPUT}: {e}");
        return ExitCode::from(1);
    }
    let points: usize = file.land.iter().chain(&file.borders).map(|l| l.len() / 2).sum();
    println!(
        "{OUTPUT}: {} land rings, {} border lines, {} labels, {points} points, {} bytes",
        file.land.len(),
        file.borders.len(),
        file.labels.len(),
        json.len() + 1
    );
    ExitCode::SUCCESS
}
