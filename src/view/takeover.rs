//! The app taking over the page's static first screen (`render::first_screen`, written into the
//! page by `./run publish`): the app renders hidden in the same place while the static map
//! stays on screen, and swaps in, in one task, once its own map is drawn (or once it has an
//! error to show) — the same masthead, legend and map in the same boxes, so nothing moves.

/// On `<html>` while the app renders behind the static first screen (`public/style.css`).
const PENDING: &str = "data-app-pending";

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The story the page was published for (`<html data-story>`), if any.
pub fn page_story() -> Option<String> {
    document()?.document_element()?.get_attribute("data-story").filter(|s| crate::dataset::is_name(s))
}

/// Starts the takeover: keeps the static first screen while the app renders behind it, if the
/// shell has a map for the story the app loads; otherwise (another story, a shell without a
/// map, an embed of a part without the map) removes the shell at once, as the app's first
/// render shows the same loading state.
pub fn begin(story: &str, part: crate::part::Part) {
    let Some(document) = document() else { return };
    let Some(shell) = document.get_element_by_id("shell") else { return };
    // The map, or the file of it the page's script is fetching (public/shell.js).
    let has_map =
        shell.query_selector("svg.static-map, .map-frame[data-map-desktop]").ok().flatten().is_some();
    let same_story = shell.get_attribute("data-story").as_deref() == Some(story);
    match (has_map && same_story && part.shows_map(), document.document_element()) {
        (true, Some(root)) => {
            // Setting an attribute with a valid name cannot fail.
            let _ = root.set_attribute(PENDING, "");
        }
        _ => shell.remove(),
    }
}

/// Ends the takeover: the static first screen goes and the app shows. Idempotent.
pub fn finish() {
    let Some(document) = document() else { return };
    if let Some(root) = document.document_element().filter(|r| r.has_attribute(PENDING)) {
        let _ = root.remove_attribute(PENDING);
    }
    if let Some(shell) = document.get_element_by_id("shell") {
        shell.remove();
    }
}

/// Compares the fingerprint the first screen was drawn from with the data's: a page published
/// before its data last changed is marked (`data-first-screen="stale"`) and said so in the
/// console, for the editor; the reader sees the app's map, drawn from the data, once it is ready.
pub fn check_fingerprint(shell: Option<&str>, data: &str) {
    let Some(shell) = shell else { return };
    let stale = shell != data;
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-first-screen", if stale { "stale" } else { "current" });
    }
    if stale {
        let text = format!(
            "corridor-explorer: this page's first screen was drawn from other data (fingerprint {shell}) than \
             the data now served ({data}); the map is drawn from the data. Run ./run publish to refresh the page."
        );
        leptos::logging::warn!("{text}");
    }
}
