//! `./run publish [SITE]` (default `dist`): writes each story's static first screen, social card
//! and images into the built site from the data in `SITE/data/` — what an editor runs after
//! changing a story, with no rebuild of the program. Trunk runs it after every build too.
//! `SITE_URL` (say `https://graphics.example.org/corridors/`) is where the site is served: the
//! social cards' and oEmbed answers' addresses start with it.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::path::PathBuf;
    use std::process::ExitCode;
    let site = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "dist".into()));
    use corridor_explorer::publish::{LOCAL_SITE, publish};
    let site_url = match std::env::var("SITE_URL") {
        Ok(url) if url.starts_with("https://") || url.starts_with("http://") => {
            if url.ends_with('/') {
                url
            } else {
                format!("{url}/")
            }
        }
        Ok(other) => {
            eprintln!("publish: SITE_URL must be an absolute address (https://…), not {other:?}");
            return ExitCode::FAILURE;
        }
        Err(_) => {
            println!("SITE_URL is not set: social cards and oEmbed answers name {LOCAL_SITE}");
            LOCAL_SITE.to_string()
        }
    };
    let started = std::time::Instant::now();
    match publish(&site, corridor_explorer::load::DEFAULT_STORY, &site_url) {
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
