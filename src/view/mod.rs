//! The Leptos components: thin, each reading the typed model and the language signal.
//! The only module (with `load`) that knows about the browser.

mod address;
mod app;
mod chart_table;
mod colours;
mod deferred;
mod downloads;
mod embed;
mod embed_parts;
mod explorer;
mod fact_check;
mod figure_item;
mod fold;
mod inset;
mod investment_panel;
mod legend;
mod locator;
mod map;
mod map_file;
mod map_input;
mod map_item;
mod map_motion;
mod map_node;
mod masthead;
mod measure;
mod panel_part;
mod panels;
mod race;
mod race_markers;
mod range_chart;
mod route_figures;
mod scale_bar;
pub mod selection;
mod sources;
mod status;
mod steps;
mod story_status;
mod table;
mod takeover;
mod time_chart;
mod tooltip;
mod transit_panel;
mod volume_panel;
mod year_control;

pub use app::App;
pub use explorer::Explorer;
pub use fact_check::FactCheck;
pub use legend::Legend;
pub use map::CorridorMap;
pub use panels::Panels;
pub use route_figures::RouteFigures;
pub use sources::SourcesList;
pub use status::{LoadFailure, Loading};
pub use table::DatasetTables;
pub use year_control::YearControl;

use crate::render::marks::corridor_class;

/// A panel's introduction from the story, if it has one.
fn panel_intro(
    text: Option<&crate::model::Text>,
    lang: leptos::prelude::Signal<crate::i18n::Lang>,
) -> impl leptos::prelude::IntoView + use<> {
    use leptos::prelude::*;
    text.cloned().map(|text| view! { <p class="panel-intro">{move || text.get(lang.get()).to_string()}</p> })
}

/// Mounts the app into `<body>`, in a task after the one that instantiated the wasm: two shorter
/// tasks instead of one long one (a task over 50 ms blocks the page embedding us; on a phone's
/// CPU each of these is about four times what a desktop takes). The page shell's script
/// (public/shell.js) starts the wasm only after the shell has been painted.
pub fn mount() {
    leptos::prelude::set_timeout(mount_now, std::time::Duration::ZERO);
}

fn mount_now() {
    // The page's first screen stood in for the app until now: it stays on screen until the app
    // has drawn its own (`takeover`).
    let texts = masthead::ShellTexts::read();
    let url = address::read();
    takeover::begin(&app::story_to_load(&url), url.part.unwrap_or_default());
    leptos::mount::mount_to_body(move || leptos::prelude::view! { <App shell=texts /> });
}

/// The interface string `key` in the reader's language, following it. One function, so that
/// every such text is one closure type: Leptos compiles its code that renders and updates a
/// reactive text once per closure type, and each `move || tr(..)` written out was a type of its own.
fn tr_live(
    lang: leptos::prelude::Signal<crate::i18n::Lang>,
    key: crate::i18n::Key,
) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    use leptos::prelude::Get;
    move || crate::i18n::tr(lang.get(), key)
}
