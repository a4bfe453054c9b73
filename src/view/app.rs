//! The page: masthead with the language switch, then the content for the current load state.

use super::selection::{Linked, Selected};
use super::{
    CorridorMap, DatasetTables, Legend, LoadFailure, Loading, Panels, RouteFigures, SourcesList, YearControl,
};
use crate::i18n::{Key, Lang, tr};
use crate::load::{Loaded, fetch_all};
use crate::model::{CorridorId, TIMELINE};
use crate::panel::Panel;
use crate::url::UrlOptions;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn App() -> impl IntoView {
    let options = url_options();
    let embed = options.embed;
    let (lang, set_lang) = signal(initial_lang(&options));
    Effect::new(move |_| set_document_lang(lang.get()));
    let data = LocalResource::new(fetch_all);
    let retry = Callback::new(move |()| data.refetch());
    let other = move || lang.get().pick(Lang::En, Lang::De);
    let content = move || {
        Suspend::new(async move {
            match data.await {
                Ok(loaded) => view! { <Explorer loaded=Arc::new(loaded) lang embed /> }.into_any(),
                Err(error) => view! { <LoadFailure error lang on_retry=retry /> }.into_any(),
            }
        })
    };
    view! {
        <header class="masthead">
            <h1>{move || tr(lang.get(), Key::AppTitle)}</h1>
            <p class="subtitle">{move || tr(lang.get(), Key::AppSubtitle)}</p>
            <button type="button" class="lang-switch" lang=move || other().tag() on:click=move |_| set_lang.set(other())>
                {move || tr(lang.get(), Key::LanguageSwitch)}
            </button>
        </header>
        <main>
            <Suspense fallback=move || view! { <Loading lang /> }>{content}</Suspense>
        </main>
    }
}

/// Map with legend and year control beside the panels; below, the data as tables (the map's
/// text alternative) and the sources. Map and panels share the selection, year and emphasis.
#[component]
pub fn Explorer(
    loaded: Arc<Loaded>,
    #[prop(into)] lang: Signal<Lang>,
    /// Inside an article: map gestures must leave page scrolling alone.
    #[prop(optional)]
    embed: bool,
) -> impl IntoView {
    let selected = RwSignal::new(None::<Selected>);
    let hidden = RwSignal::new(Vec::<CorridorId>::new());
    provide_context(selected);
    let dataset = Arc::new(loaded.checked.dataset.clone());
    let year = RwSignal::new(
        dataset.latest_year().unwrap_or(*TIMELINE.end()).clamp(*TIMELINE.start(), *TIMELINE.end()),
    );
    let route = {
        let data = dataset.clone();
        Signal::derive(move || selected.get().and_then(|s| s.corridor(&data)))
    };
    let linked = Linked { route, emphasis: RwSignal::new(None) };
    provide_context(linked);
    let open = RwSignal::new(Panel::default());
    let statuses = dataset.legs.iter().map(|l| l.status).collect();
    view! {
        <div class="explorer">
            <div class="map-column">
                <Legend lang hidden statuses />
                <CorridorMap loaded lang selected hidden year emphasis=linked.emphasis cooperative=embed />
                <YearControl lang year />
            </div>
            <div class="panel-column">
                <RouteFigures data=dataset.clone() lang route />
                <Panels data=dataset.clone() lang year open />
            </div>
        </div>
        <section class="text-alternative" aria-labelledby="tables-heading">
            <h2 id="tables-heading">{move || tr(lang.get(), Key::TablesHeading)}</h2>
            <DatasetTables dataset=dataset.clone() lang />
        </section>
        <SourcesList dataset lang />
    }
}

/// The page's query string, read once.
fn url_options() -> UrlOptions {
    let query = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    UrlOptions::parse(&query)
}

/// `?lang=de|en` first, then the browser's language, else German.
fn initial_lang(options: &UrlOptions) -> Lang {
    let from_browser =
        || web_sys::window().and_then(|w| w.navigator().language()).and_then(|tag| Lang::from_tag(&tag));
    options.lang.or_else(from_browser).unwrap_or_default()
}

/// Keeps `<html lang>` in step with the interface, for screen readers and hyphenation.
fn set_document_lang(lang: Lang) {
    let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element());
    if let Some(root) = root {
        // Setting an attribute on <html> cannot fail for a valid name; nothing to report.
        let _ = root.set_attribute("lang", lang.tag());
    }
}
