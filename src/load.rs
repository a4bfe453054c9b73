//! Fetching the dataset over HTTP with `gloo-net`: the app's one door to the outside world.
//! What comes through it goes straight to `dataset::read`; failures become a `LoadError` that
//! names the file and what went wrong.

use crate::dataset::{self, Checked, DataError};
use crate::i18n::Lang;
use thiserror::Error;

/// Where the app finds its dataset, relative to the page so that it works under any path.
pub const DATA_URL: &str = "data/corridors.geojson";

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
}

impl LoadError {
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            LoadError::Network { url, message } => lang.pick(
                format!("{url}: keine Antwort vom Server ({message})"),
                format!("{url}: no answer from the server ({message})"),
            ),
            LoadError::Http { url, status, status_text } => lang.pick(
                format!("{url}: der Server antwortete mit HTTP {status} {status_text}"),
                format!("{url}: the server answered HTTP {status} {status_text}"),
            ),
            LoadError::Data { url, error } => format!("{url}: {}", error.describe(lang)),
        }
    }
}

/// Fetches and reads the dataset at `url`. `no-cache` makes the browser revalidate, so an
/// editor's change to `data/` shows after a plain reload.
pub async fn fetch_dataset(url: String) -> Result<Checked, LoadError> {
    use gloo_net::http::Request;
    let network = |e: gloo_net::Error| LoadError::Network { url: url.clone(), message: e.to_string() };
    let response = Request::get(&url).cache(web_sys::RequestCache::NoCache).send().await.map_err(network)?;
    if !response.ok() {
        let (status, status_text) = (response.status(), response.status_text());
        return Err(LoadError::Http { url, status, status_text });
    }
    let text = response.text().await.map_err(network)?;
    dataset::read(&text).map_err(|error| LoadError::Data { url, error })
}
