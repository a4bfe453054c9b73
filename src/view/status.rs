//! What the reader sees while the data loads, and when it cannot be used.

use crate::dataset::DataError;
use crate::i18n::{Key, Lang, Msg, message, tr};
use crate::load::LoadError;
use leptos::prelude::*;

#[component]
pub fn Loading(#[prop(into)] lang: Signal<Lang>) -> impl IntoView {
    // The map's space, as the page's first screen shows it for another story while the wasm loads.
    view! {
        <p class="status" role="status" aria-live="polite">{super::tr_live(lang, Key::Loading)}</p>
        <div class="map-figure" aria-hidden="true"><div class="map-frame map-placeholder"></div></div>
    }
}

/// The error in place of the content: a heading, what failed and where, and a retry button.
/// A dataset with many errors lists each one, so the editor sees them all at once.
#[component]
pub fn LoadFailure(
    error: LoadError,
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into)] on_retry: Callback<()>,
) -> impl IntoView {
    // Nothing to draw: the error replaces the page's static first screen at once.
    super::takeover::finish();
    let heading = {
        let invalid = matches!(error, LoadError::Data { .. });
        move || tr(lang.get(), if invalid { Key::DataInvalid } else { Key::LoadFailed })
    };
    let details = error.clone();
    let summary = move || match &details {
        LoadError::Data { url, error: DataError::Invalid { errors } } => {
            format!("{url}: {}", message(lang.get(), Msg::ErrorCount, &[("count", &errors.len())]))
        }
        other => other.describe(lang.get()),
    };
    let issues = match &error {
        LoadError::Data { error: DataError::Invalid { errors }, .. } => errors.clone(),
        _ => Vec::new(),
    };
    view! {
        <section class="failure" role="alert">
            <h2>{heading}</h2>
            <p class="failure-summary">{summary}</p>
            <ul class="failure-issues">
                {issues
                    .into_iter()
                    .map(|issue| view! { <li>{move || issue.describe(lang.get())}</li> })
                    .collect_view()}
            </ul>
            <button type="button" on:click=move |_| on_retry.run(())>{super::tr_live(lang, Key::Retry)}</button>
        </section>
    }
}
