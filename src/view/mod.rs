//! The Leptos components: thin, each reading the typed model and the language signal.
//! The only module (with `load`) that knows about the browser.

mod app;
mod fact_check;
mod legend;
mod map;
mod map_input;
mod map_item;
pub mod selection;
mod sources;
mod status;
mod table;
mod tooltip;

pub use app::{App, Explorer};
pub use fact_check::FactCheck;
pub use legend::Legend;
pub use map::CorridorMap;
pub use sources::SourcesList;
pub use status::{LoadFailure, Loading};
pub use table::DatasetTables;

/// Mounts the app into `<body>`, replacing the `<noscript>` fallback.
pub fn mount() {
    leptos::mount::mount_to_body(App);
}
