//! `./run publish`: writes each story's static first screen and images into a built site
//! (`dist/`), from the data there — after a data change an editor runs it instead of rebuilding
//! the program. Native only (the images need a rasteriser and the system's fonts).
//!
//! For every story in `<site>/data/` (a `.geojson` file with a `story` member):
//! - its page — `index.html` for the default story, `<story>.html` for the others — gets the
//!   first screen (`render::first_screen`) between `<!-- first-screen -->` markers, its title,
//!   description and social-card tags between `<!-- story-head -->` markers, and on `<html>` the
//!   story and its languages, which the page's script reads before the first paint;
//! - in its head, the story's corridor colours as a `<style>`, and the page's
//!   Content-Security-Policy (`csp`), which allows the page's inline script and stylesheets by
//!   their hashes; `content-security-policy.txt`: the policy for every page, for hosts that send
//!   it as a header;
//! - `maps/<story>-<layout>-<fingerprint>.svg`: the first screen's map for phones and desktops,
//!   which the page's script puts into the page (`render::first_screen`);
//! - `images/<story>-<lang>.svg` and `.png`: the map as it opens on a desktop, for `<noscript>`,
//!   newsletters, RSS and Apple News; `images/<story>-<lang>-card.png`: the 1200 × 630 social card;
//!   `images/<story>-<lang>-<panel>.svg` and `.png`: each panel, for an embed of that panel alone;
//! - `oembed-<story>-<lang>.json`: its oEmbed answer (`oembed`), which its page links.

pub mod csp;
pub mod oembed;
mod page;
pub mod raster;

use crate::basemap;
use crate::dataset;
use crate::render::first_screen::{self, Drawn, LAYOUTS};
use std::path::{Path, PathBuf};

/// What went wrong, naming the file: an editor reads these.
#[derive(Debug, thiserror::Error)]
pub enum PublishError {
    #[error("{path}: cannot read or write it: {message}")]
    File { path: PathBuf, message: String },
    #[error("{path}: the story is not valid, so its page was not published:\n{message}")]
    Story { path: PathBuf, message: String },
    #[error("{path}: the basemap cannot be read: {message}")]
    Basemap { path: PathBuf, message: String },
    #[error("{path}: {message}")]
    Page { path: PathBuf, message: String },
    #[error("{path}: the image could not be made: {message}")]
    Image { path: PathBuf, message: String },
    #[error("{0}: no story found (a .geojson file with a \"story\" member in data/)")]
    NoStory(PathBuf),
}

/// One file written, with its size, for the report.
#[derive(Debug)]
pub struct Written {
    pub path: PathBuf,
    pub bytes: usize,
}

/// The address the site is served from when `SITE_URL` does not say: `./run serve`'s.
pub const LOCAL_SITE: &str = "http://127.0.0.1:8080/";

/// Publishes every story found in `<site>/data/` into `site`, which is served at `site_url`
/// (absolute, ending in `/`: social cards and oEmbed answers need whole addresses).
pub fn publish(site: &Path, default_story: &str, site_url: &str) -> Result<Vec<Written>, PublishError> {
    let index = site.join("index.html");
    let template = std::fs::read_to_string(&index).map_err(|e| PublishError::Page {
        path: index.clone(),
        message: format!("{e}: build the site first (`trunk build --release`, or `./run serve`)"),
    })?;
    let css = page::stylesheet(site)?;
    let fonts = raster::fonts();
    let mut written = Vec::new();
    let mut pages = Vec::new();
    let stories = stories(&site.join("data"))?;
    if stories.is_empty() {
        return Err(PublishError::NoStory(site.join("data")));
    }
    for (name, path) in stories {
        let story = read(&path)?;
        let checked = dataset::read(&story)
            .map_err(|e| PublishError::Story { path: path.clone(), message: e.to_string() })?;
        let data = checked.dataset;
        let basemap_path = site.join(crate::load::basemap_url(data.story.basemap.as_deref()));
        let basemap_text = read(&basemap_path)?;
        let basemap = basemap::read(&basemap_text)
            .map_err(|e| PublishError::Basemap { path: basemap_path.clone(), message: e.to_string() })?;
        let fingerprint = crate::fingerprint::of(&story, &basemap_text);
        let drawn: Vec<Drawn> = LAYOUTS.iter().map(|&l| Drawn::new(&data, &basemap, l)).collect();
        let colours = page::colour_rules(&data);
        // Earlier publishes wrote the colours as a file of their own.
        page::remove_old(site, &format!("story-{name}-"), ".css")?;
        std::fs::create_dir_all(site.join("maps")).map_err(|e| file_error(&site.join("maps"), e))?;
        page::remove_old(&site.join("maps"), &format!("{name}-"), ".svg")?;
        for d in &drawn {
            let file = first_screen::map_file(&name, d.layout, &fingerprint);
            written.push(write(&site.join(file), d.in_page(&data).as_bytes())?);
        }
        let images = raster::images(&data, &basemap, &drawn, &name, &format!("{css}\n{colours}"), &fonts)?;
        for (file, bytes) in images {
            written.push(write(&site.join("images").join(file), &bytes)?);
        }
        let shell = first_screen::shell(&data, &name, &fingerprint, &drawn);
        let file = if name == default_story { "index.html".to_string() } else { format!("{name}.html") };
        let page_url = format!("{site_url}{}", if file == "index.html" { "" } else { file.as_str() });
        for &lang in &data.story.languages {
            let answer = oembed::answer(&data, &name, &page_url, site_url, lang);
            written.push(write(&site.join(oembed::file(&name, lang)), answer.as_bytes())?);
        }
        let head = page::head(&data, &name, &colours, site_url, &page_url);
        let html = page::fill(&template, &data, &name, &head, &shell)
            .and_then(|html| page::with_policy(&html, &csp::meta(&csp::policy(&[&html]))))
            .map_err(|message| PublishError::Page { path: site.join("index.html"), message })?;
        written.push(write(&site.join(file), html.as_bytes())?);
        pages.push(html);
    }
    let every_page: Vec<&str> = pages.iter().map(String::as_str).collect();
    written.push(write(&site.join(csp::HEADER_FILE), (csp::policy(&every_page) + "\n").as_bytes())?);
    Ok(written)
}

/// The stories in `data`: `(name, path)` for each `.geojson` file that has a `story` member
/// (basemaps are `.json`; other GeoJSON files are not stories), by name.
fn stories(data: &Path) -> Result<Vec<(String, PathBuf)>, PublishError> {
    let entries = std::fs::read_dir(data).map_err(|e| file_error(data, e))?;
    let mut found = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| file_error(data, e))?.path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()).and_then(|n| n.strip_suffix(".geojson"))
        else {
            continue;
        };
        if dataset::is_name(name) && read(&path)?.contains("\"story\"") {
            found.push((name.to_string(), path.clone()));
        }
    }
    found.sort();
    Ok(found)
}

fn read(path: &Path) -> Result<String, PublishError> {
    std::fs::read_to_string(path).map_err(|e| file_error(path, e))
}

fn write(path: &Path, bytes: &[u8]) -> Result<Written, PublishError> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| file_error(dir, e))?;
    }
    std::fs::write(path, bytes).map_err(|e| file_error(path, e))?;
    Ok(Written { path: path.to_path_buf(), bytes: bytes.len() })
}

fn file_error(path: &Path, e: std::io::Error) -> PublishError {
    PublishError::File { path: path.to_path_buf(), message: e.to_string() }
}
