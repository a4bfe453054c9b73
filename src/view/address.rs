//! The page's address as the reader's state: read once at start, rewritten (with
//! `history.replaceState`, so the back button is not flooded) whenever the state settles.

use crate::i18n::{Key, Lang};
use crate::url::UrlState;
use leptos::prelude::*;
use std::time::Duration;

/// The state the address asks for.
pub fn read() -> UrlState {
    let query = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    UrlState::parse(&query)
}

/// The page's address without its query: where embeds and shared links point.
pub fn page() -> String {
    let location = web_sys::window().map(|w| w.location());
    let part = |f: fn(&web_sys::Location) -> Result<String, wasm_bindgen::JsValue>| {
        location.as_ref().and_then(|l| f(l).ok()).unwrap_or_default()
    };
    format!("{}{}", part(web_sys::Location::origin), part(web_sys::Location::pathname))
}

/// Keeps the address in step with `state`, a quarter of a second after it last changed: a drag
/// changes the view sixty times a second, and browsers throttle `replaceState`.
pub fn follow(state: impl Fn() -> UrlState + 'static) {
    let pending = StoredValue::new_local(None::<TimeoutHandle>);
    Effect::new(move |_| {
        let query = state().to_query();
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        let write = move || replace(&query);
        pending.set_value(set_timeout_with_handle(write, Duration::from_millis(250)).ok());
    });
}

fn replace(query: &str) {
    let Some(window) = web_sys::window() else { return };
    let path = window.location().pathname().unwrap_or_default();
    if let Ok(history) = window.history() {
        // Fails only for a cross-origin URL, which a path on this page cannot be.
        let _ =
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{path}{query}")));
    }
}

/// "Not understood in the address: year=20x6" — small, polite, and never in place of the map.
#[component]
pub fn AddressNotice(ignored: Vec<String>, #[prop(into)] lang: Signal<Lang>) -> impl IntoView {
    (!ignored.is_empty()).then(|| {
        let list = ignored.join(", ");
        view! {
            <p class="address-notice" role="status">
                {super::tr_live(lang, Key::AddressIgnored)} " " <code>{list}</code>
            </p>
        }
    })
}
