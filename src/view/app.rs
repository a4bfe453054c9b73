//! The page: masthead with the language switch and the embed dialog, then the content for the
//! current load state; in an embed, a footer and the height reports to the parent page.

use super::address;
use super::colours;
use super::embed::{Footer, report_height};
use super::masthead::{Masthead, ShellTexts};
use super::{Explorer, LoadFailure, Loading};
use crate::i18n::Lang;
use crate::load::{DEFAULT_STORY, LoadError, Loaded, fetch_all};
use crate::url::{Theme, UrlState};
use leptos::html::Div;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn App(
    /// What the page shell showed before the app started.
    #[prop(optional)]
    shell: ShellTexts,
) -> impl IntoView {
    let url = address::read();
    let embed = url.embed;
    let story = story_to_load(&url);
    let lang = RwSignal::new(initial_lang(&url));
    Effect::new(move |_| set_document_lang(lang.get()));
    set_theme(url.theme);
    if embed {
        // The embed layout's styles key on this, as the page shell's do (public/shell.js).
        let _ = root_element().map(|r| r.set_attribute("data-embed", ""));
    }
    // What the reader sees now, as an address: the embed dialog hands it out, the page's own
    // address follows it.
    let current = RwSignal::new(UrlState { ignored: Vec::new(), ..url.clone() });
    address::follow(move || current.get());
    let root = NodeRef::<Div>::new();
    // In an embed, or wherever a Pym.js parent made the iframe (its address then has `childId`).
    if embed || url.pym_child.is_some() {
        let id = url.id.clone().unwrap_or_else(|| crate::embed::DEFAULT_ID.to_string());
        report_height(root, id, url.pym_child.clone());
    }
    let shell = shell.for_story(&story);
    let fingerprint = shell.fingerprint.clone();
    // Held in an `Arc`: the resource hands out a clone of its value on every read, and a
    // `Loaded` is the whole dataset, basemap and file text.
    let data = LocalResource::new(move || {
        let story = story.clone();
        async move { fetch_all(story).await.map(Arc::new) }
    });
    let retry = Callback::new(move |()| data.refetch());
    retry_once_when_stalled(data);
    let loaded = Memo::new(move |_| data.get().and_then(|r| r.ok()));
    Effect::new(move |_| loaded.with(|l| l.as_ref().map(|l| adopt_story(l, lang))));
    Effect::new(move |_| {
        loaded.with(|l| {
            l.as_ref().map(|l| super::takeover::check_fingerprint(fingerprint.as_deref(), &l.fingerprint))
        })
    });
    // The document's title in the reader's language, as the heading is.
    Effect::new(move |_| loaded.with(|l| l.as_ref().map(|l| set_document_title(l, lang.get()))));
    let content = move || {
        let url = url.clone();
        Suspend::new(async move {
            match data.await {
                Ok(loaded) => {
                    let lang = Signal::from(lang);
                    view! { <Explorer loaded lang url current /> }.into_any()
                }
                Err(error) => view! { <LoadFailure error lang on_retry=retry /> }.into_any(),
            }
        })
    };
    view! {
        <div class="app" class:embed=embed node_ref=root>
            <Masthead loaded shell lang embed state=current />
            <main>
                <Suspense fallback=move || view! { <Loading lang /> }>{content}</Suspense>
            </main>
            // Once there is something above it: a footer under the loading line would be
            // pushed down the frame as the map arrives.
            {move || data.get().is_some().then(|| view! { <Footer loaded lang embed state=current /> })}
        </div>
    }
}

/// A download that stalled (`LoadError::Stalled`) is tried again once by itself, after
/// `AUTOMATIC_RETRY`, while the reader already sees the error and its Retry button: a CDN that
/// hung once usually answers the second request.
fn retry_once_when_stalled(data: LocalResource<Result<Arc<Loaded>, LoadError>>) {
    let retried = StoredValue::new(false);
    Effect::new(move |_| {
        let stalled = data.with(|d| matches!(d, Some(Err(LoadError::Stalled { .. }))));
        if stalled && !retried.get_value() {
            retried.set_value(true);
            set_timeout(move || data.refetch(), AUTOMATIC_RETRY);
        }
    });
}

/// How long a stalled download waits before its one automatic retry.
const AUTOMATIC_RETRY: std::time::Duration = std::time::Duration::from_secs(4);

/// What the story brings to the page once it has arrived: its colours and — if the reader's
/// language is not one of the story's — the story's first language.
fn adopt_story(loaded: &Loaded, lang: RwSignal<Lang>) {
    let story = &loaded.checked.dataset.story;
    colours::install(&loaded.checked.dataset);
    if !story.languages.contains(&lang.get_untracked()) {
        lang.set(story.languages.first().copied().unwrap_or_default());
    }
}

fn set_document_title(loaded: &Loaded, lang: Lang) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(&crate::labels::document_title(&loaded.checked.dataset, lang));
    }
}

/// `?lang=` first, then the browser's language, else German (until the story says which
/// languages it has: `adopt_story`).
/// The story the address names, else the one the page was published for, else the default.
pub fn story_to_load(url: &UrlState) -> String {
    url.story.clone().or_else(super::takeover::page_story).unwrap_or_else(|| DEFAULT_STORY.to_string())
}

fn initial_lang(options: &UrlState) -> Lang {
    let from_browser =
        || web_sys::window().and_then(|w| w.navigator().language()).and_then(|tag| Lang::from_tag(&tag));
    options.lang.or_else(from_browser).unwrap_or_default()
}

fn root_element() -> Option<web_sys::Element> {
    web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element())
}

/// Keeps `<html lang>` in step with the interface, for screen readers and hyphenation.
fn set_document_lang(lang: Lang) {
    if let Some(root) = root_element() {
        // Setting an attribute on <html> cannot fail for a valid name; nothing to report.
        let _ = root.set_attribute("lang", lang.tag());
    }
}

/// `?theme=light|dark` overrides the reader's system setting (the stylesheet's light-dark()
/// pairs follow `color-scheme`, which `data-theme` sets).
fn set_theme(theme: Option<Theme>) {
    if let (Some(theme), Some(root)) = (theme, root_element()) {
        let _ = root.set_attribute("data-theme", theme.code());
    }
}
