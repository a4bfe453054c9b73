//! The Leptos components: thin, each reading the typed model and the language signal.
//! The only module (with `load`) that knows about the browser.

mod app;
mod status;
mod table;

pub use app::App;
pub use status::{LoadFailure, Loading};
pub use table::DatasetTables;

/// Mounts the app into `<body>`, replacing the `<noscript>` fallback.
pub fn mount() {
    leptos::mount::mount_to_body(App);
}
