//! Fetching the dataset over HTTP with `gloo-net`: the app's one door to the outside world.
//! What comes through it goes straight to `dataset::read`; failures become a `LoadError` that
//! names the file and what went wrong.

use crate::basemap::{self, Basemap, BasemapError};
use crate::dataset::{self, Checked, DataError};
use crate::i18n::{Lang, Msg, message};
use crate::model::WORLD_BASEMAP;
use thiserror::Error;

/// The story a page without `?story=` shows: `data/corridors.geojson`. `public/shell.js`
/// preloads it and its basemap (checked by `tests/page_shell.rs`).
pub const DEFAULT_STORY: &str = "corridors";

/// Where the app finds a story's file, relative to the page so that it works under any path.
pub fn story_url(story: &str) -> String {
    format!("data/{story}.geojson")
}

/// Where the app finds a basemap file named by a story (or the world basemap).
pub fn basemap_url(file: Option<&str>) -> String {
    format!("data/{}", file.unwrap_or(WORLD_BASEMAP))
}

/// Everything the map and the panels need.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    /// The story's name (`corridors` for `data/corridors.geojson`).
    pub story: String,
    pub checked: Checked,
    pub basemap: Basemap,
    /// The dataset file as it arrived: offered as the GeoJSON download, byte for byte.
    pub geojson: String,
    /// The story's and basemap's files' fingerprint, to compare with the page's first screen's.
    pub fingerprint: String,
}

#[derive(Clone, Debug, PartialEq, Error)]
pub enum LoadError {
    /// No answer at all: offline, blocked, or the server is down.
    #[error("{}", self.describe(Lang::En))]
    Network { url: String, message: String },
    /// The server answered, but not with the file (404, 500 …).
    #[error("{}", self.describe(Lang::En))]
    Http { url: String, status: u16, status_text: String },
    /// The file arrived but is not a usable dataset.
    #[error("{}", self.describe(Lang::En))]
    Data { url: String, error: DataError },
    /// The server sent no whole file within `STALL_SECONDS` (a CDN that stalls mid-way).
    #[error("{}", self.describe(Lang::En))]
    Stalled { url: String },
    /// The basemap arrived but cannot be read (rebuild it with `./run basemap`).
    #[error("{}", self.describe(Lang::En))]
    Basemap { url: String, error: BasemapError },
}

impl LoadError {
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            LoadError::Network { url, message: m } => {
                message(lang, Msg::Network, &[("url", url), ("message", m)])
            }
            LoadError::Http { url, status, status_text } => {
                message(lang, Msg::Http, &[("url", url), ("status", &format!("{status} {status_text}"))])
            }
            LoadError::Stalled { url } => {
                message(lang, Msg::Stalled, &[("url", url), ("seconds", &STALL_SECONDS)])
            }
            LoadError::Data { url, error } => format!("{url}: {}", error.describe(lang)),
            LoadError::Basemap { url, error } => format!("{url}: {}", error.describe(lang)),
        }
    }
}

/// Fetches a story's dataset, then the basemap it names, and reads both. For the default story
/// `public/shell.js` has already asked for both, so the second request finds its answer there.
pub async fn fetch_all(story: String) -> Result<Loaded, LoadError> {
    let data_url = story_url(&story);
    let data = fetch_text(&data_url).await?;
    let checked = timed("corridor-explorer dataset", || dataset::read(&data))
        .map_err(|error| LoadError::Data { url: data_url, error })?;
    next_task().await;
    let map_url = basemap_url(checked.dataset.story.basemap.as_deref());
    let map = fetch_text(&map_url).await?;
    let basemap = timed("corridor-explorer basemap", || basemap::read(&map))
        .map_err(|error| LoadError::Basemap { url: map_url, error })?;
    next_task().await;
    let fingerprint = crate::fingerprint::of(&data, &map);
    Ok(Loaded { story, checked, basemap, geojson: data, fingerprint })
}

/// Runs `work` between two User Timing marks, so that `bench/browser.mjs` (or DevTools) can read
/// how long parsing and drawing took in the browser, without any logging.
pub fn timed<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let performance = web_sys::window().and_then(|w| w.performance());
    let start = format!("{name} start");
    if let Some(p) = &performance {
        // A mark with a plain name cannot fail; if it did, the measure below is simply missing.
        let _ = p.mark(&start);
    }
    let result = work();
    if let Some(p) = &performance {
        let _ = p.measure_with_start_mark(name, &start);
    }
    result
}

/// Resolves in a new task (`setTimeout` 0). Parsing the dataset, parsing the basemap and the
/// first render each take a task of their own, so that none of them blocks the page (or the
/// article embedding us) for long.
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let queued = web_sys::window().map(|w| w.set_timeout_with_callback(&resolve));
        if !matches!(queued, Some(Ok(_))) {
            // No window or no timer: go on at once rather than never.
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    // The promise only ever resolves.
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// How long a file may take to arrive whole before the page says so: long enough for a story on
/// a slow phone connection (the default story is 11 KB brotli), short enough that a reader is
/// not left looking at a loading line.
pub const STALL_SECONDS: u32 = 10;

/// Fetches `url` as text, giving up after `STALL_SECONDS`. `no-cache` makes the browser
/// revalidate, so an editor's change to `data/` shows after a plain reload.
async fn fetch_text(url: &str) -> Result<String, LoadError> {
    use gloo_net::http::Request;
    let stalled = std::rc::Rc::new(std::cell::Cell::new(false));
    let watchdog = Watchdog::start(stalled.clone());
    let network = |e: gloo_net::Error| match stalled.get() {
        true => LoadError::Stalled { url: url.into() },
        false => LoadError::Network { url: url.into(), message: e.to_string() },
    };
    let signal = watchdog.as_ref().map(|w| w.controller.signal());
    let request = Request::get(url).cache(web_sys::RequestCache::NoCache).abort_signal(signal.as_ref());
    let response = request.send().await.map_err(network)?;
    if !response.ok() {
        let (status, status_text) = (response.status(), response.status_text());
        return Err(LoadError::Http { url: url.into(), status, status_text });
    }
    // The body too: a server may send its headers and then stall.
    response.text().await.map_err(network)
}

/// Aborts a fetch after `STALL_SECONDS` unless dropped first (when the file has arrived).
struct Watchdog {
    controller: web_sys::AbortController,
    timer: i32,
}

impl Watchdog {
    fn start(stalled: std::rc::Rc<std::cell::Cell<bool>>) -> Option<Self> {
        use wasm_bindgen::JsCast;
        let controller = web_sys::AbortController::new().ok()?;
        let abort = controller.clone();
        let fire = wasm_bindgen::closure::Closure::once_into_js(move || {
            stalled.set(true);
            abort.abort();
        });
        let window = web_sys::window()?;
        let ms = i32::try_from(STALL_SECONDS * 1000).unwrap_or(i32::MAX);
        let timer =
            window.set_timeout_with_callback_and_timeout_and_arguments_0(fire.unchecked_ref(), ms).ok()?;
        Some(Self { controller, timer })
    }
}

impl Drop for Watchdog {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            window.clear_timeout_with_handle(self.timer);
        }
    }
}
