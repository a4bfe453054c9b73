//! The page: masthead with the language switch and the embed dialog, then the content for the
//! current load state; in an embed, a footer and the height reports to the parent page.

use super::address::{self, AddressNotice};
use super::colours;
use super::deferred;
use super::downloads::Downloads;
use super::embed::{EmbedFooter, report_height};
use super::masthead::{Masthead, ShellTexts};
use super::selection::{Linked, Selected};
use super::{
    CorridorMap, DatasetTables, Legend, LoadFailure, Loading, Panels, RouteFigures, SourcesList, YearControl,
};
use crate::i18n::{Key, Lang, tr};
use crate::load::{DEFAULT_STORY, LoadError, Loaded, fetch_all};
use crate::model::{CorridorId, Dataset};
use crate::panel::Panel;
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
            {move || (embed && data.get().is_some()).then(|| view! { <EmbedFooter lang state=current /> })}
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

/// Map with legend and year control beside the panels; below, the data as tables (the map's
/// text alternative) and the sources. Map and panels share the selection, year and emphasis;
/// all of it starts from the address and is written back to `current`.
#[component]
pub fn Explorer(
    loaded: Arc<Loaded>,
    #[prop(into)] lang: Signal<Lang>,
    /// The state the address asked for.
    #[prop(optional)]
    url: UrlState,
    /// Where the explorer reports its state (for the address and the embed code).
    #[prop(optional)]
    current: Option<RwSignal<UrlState>>,
) -> impl IntoView {
    let dataset = Arc::new(loaded.checked.dataset.clone());
    let mut ignored = url.ignored.clone();
    let selected = RwSignal::new(initial_selection(&dataset, &url, &mut ignored));
    let hidden = RwSignal::new(Vec::<CorridorId>::new());
    provide_context(selected);
    let first_year = dataset.opening_year();
    let year = RwSignal::new(url.year.unwrap_or(first_year));
    // A memo, so that selecting another leg of the same route re-renders nothing route-wide.
    let route = {
        let data = dataset.clone();
        Signal::from(Memo::new(move |_| selected.with(|s| s.as_ref().and_then(|s| s.corridor(&data)))))
    };
    let linked = Linked { route, emphasis: RwSignal::new(None) };
    provide_context(linked);
    let open = RwSignal::new(url.panel.unwrap_or_default());
    let view = RwSignal::new(url.view);
    if let Some(current) = current {
        let base = url.clone();
        Effect::new(move |_| {
            let (sel, y, panel) = (selected.get(), year.get(), open.get());
            current.set(UrlState {
                lang: Some(lang.get()),
                panel: (panel != Panel::default()).then_some(panel),
                year: (y != first_year).then_some(y),
                route: match &sel {
                    Some(Selected::Leg(id)) => Some(id.clone()),
                    _ => None,
                },
                place: match sel {
                    Some(Selected::Node(id)) => Some(id),
                    _ => None,
                },
                view: view.get(),
                ignored: Vec::new(),
                ..base.clone()
            });
        });
    }
    // The map first; the panels once it has been painted; the tables and sources below after them.
    let map_painted = deferred::painted_after(|| true);
    let panels_painted = deferred::painted_after(move || map_painted.get());
    let panels = {
        let dataset = dataset.clone();
        move || {
            let dataset = dataset.clone();
            map_painted.get().then(|| {
                view! {
                    <RouteFigures data=dataset.clone() lang route />
                    <Panels data=dataset lang year open />
                }
            })
        }
    };
    let more = {
        let dataset = dataset.clone();
        move || {
            let dataset = dataset.clone();
            panels_painted.get().then(|| {
                view! {
                    <section class="text-alternative" aria-labelledby="tables-heading">
                        <h2 id="tables-heading">{move || tr(lang.get(), Key::TablesHeading)}</h2>
                        <DatasetTables dataset=dataset.clone() lang />
                    </section>
                    <SourcesList dataset lang />
                }
            })
        }
    };
    let embed = url.embed;
    let map_file = StoredValue::new(None);
    view! {
        <AddressNotice ignored lang />
        <div class="explorer">
            <div class="map-column">
                <Legend data=dataset.clone() lang hidden />
                <CorridorMap loaded=loaded.clone() lang selected hidden year emphasis=linked.emphasis view cooperative=embed file=map_file />
                <YearControl lang year />
                <Downloads loaded lang map=map_file />
            </div>
            <div class="panel-column">{panels}</div>
        </div>
        <details class="more" open=!embed>
            <summary>{move || tr(lang.get(), Key::MoreDetails)}</summary>
            {more}
        </details>
    }
}

/// The leg or place the address names, if the dataset has it; otherwise the parameter joins the
/// ignored ones.
fn initial_selection(data: &Dataset, url: &UrlState, ignored: &mut Vec<String>) -> Option<Selected> {
    if let Some(id) = &url.route {
        if data.legs.iter().any(|l| &l.id == id) {
            return Some(Selected::Leg(id.clone()));
        }
        ignored.push(format!("route={id}"));
    }
    if let Some(id) = &url.place {
        if data.node(id).is_some() {
            return Some(Selected::Node(id.clone()));
        }
        ignored.push(format!("place={id}"));
    }
    None
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
