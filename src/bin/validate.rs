//! `cargo run --bin validate -- data/corridors.geojson [more files]`
//!
//! Checks datasets the way the app does and prints every error and warning; exits 1 when any
//! file has an error, 2 when a file cannot be read.

use corridor_explorer::dataset;
use std::process::ExitCode;

fn main() -> ExitCode {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.is_empty() {
        eprintln!("usage: validate FILE.geojson [FILE …]");
        return ExitCode::from(2);
    }
    let mut worst = 0;
    for path in &paths {
        worst = worst.max(validate(path));
    }
    ExitCode::from(worst)
}

fn validate(path: &str) -> u8 {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("{path}: cannot read the file: {e}");
            return 2;
        }
    };
    let started = std::time::Instant::now();
    let result = dataset::read(&text);
    let elapsed = started.elapsed();
    match result {
        Ok(checked) => {
            for warning in &checked.warnings {
                println!("{path}: warning: {warning}");
            }
            let d = &checked.dataset;
            println!(
                "{path}: ok — {} nodes, {} legs, {} figures, {} claims, {} sources, {} vertices, {} warnings ({:.2} ms)",
                d.nodes.len(),
                d.legs.len(),
                d.figures.len(),
                d.claims.len(),
                d.sources.len(),
                d.vertex_count(),
                checked.warnings.len(),
                elapsed.as_secs_f64() * 1e3
            );
            0
        }
        Err(dataset::DataError::Invalid { errors }) => {
            for error in &errors {
                println!("{path}: error: {error}");
            }
            println!("{path}: {} error(s)", errors.len());
            1
        }
        Err(other) => {
            println!("{path}: error: {other}");
            1
        }
    }
}
