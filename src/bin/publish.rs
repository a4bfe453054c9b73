//! `./run publish [SITE]` (default `dist`): writes each story's static first screen, social card
//! and images into the built site from the data in `SITE/data/` — what an editor runs after
//! changing a story, with no rebuild of the program. Trunk runs it after every build too.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::path::PathBuf;
    use std::process::ExitCode;
    let site = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "dist".into()));
    let started = std::time::Instant::now();
    match corridor_explorer::publish::publish(&site, corridor_explorer::load::DEFAULT_STORY) {
        Ok(written) => {
            for file in &written {
                println!("{} ({} bytes)", file.path.display(), file.bytes);
            }
            println!("published {} files in {:.1} s", written.len(), started.elapsed().as_secs_f64());
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("publish: {error}");
            ExitCode::FAILURE
        }
    }
}
