//! Living inside a newsroom's article: the height report to the parent page, the embed dialog
//! that hands out the code, and the footer (the story's updated day and corrections; in an
//! embed, the sources and the full view).

use super::embed_parts::PartChooser;
use super::story_status::StoryStatus;
use crate::embed;
use crate::i18n::{Key, Lang, tr};
use crate::load::Loaded;
use crate::part::Part;
use crate::url::UrlState;
use leptos::html::{Dialog, Div};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

/// Reports the element's height to the parent page now and whenever it changes (a language
/// switch, a panel opened, a rotated phone), in every protocol the host may listen for
/// (`embed::height_reports`).
pub fn report_height(element: NodeRef<Div>, id: String, pym_child: Option<String>) {
    // Read once: the app's own address updates leave the fragment out.
    let hash = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
    let reports = std::rc::Rc::new(embed::height_reports(&id, &hash, pym_child.as_deref()));
    Effect::new(move |_| {
        let Some(el) = element.get() else { return };
        let reports = reports.clone();
        let on_resize = Closure::<dyn Fn()>::new(move || post_height(&reports));
        let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) else { return };
        observer.observe(&el);
        // And the body, which is what is measured: when the app takes over the first screen
        // (`takeover`), the body changes height while the app's own box does not.
        if let Some(body) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()) {
            observer.observe(&body);
        }
        // Both live as long as the page: the embed never stops reporting.
        on_resize.forget();
        std::mem::forget(observer);
    });
}

fn post_height(reports: &[embed::HeightReport]) {
    let Some(window) = web_sys::window() else { return };
    let Some(body) = window.document().and_then(|d| d.body()) else { return };
    let height = body.get_bounding_client_rect().height().ceil();
    let Ok(Some(parent)) = window.parent() else { return };
    if parent == window {
        return;
    }
    for report in reports {
        // "*": the message is a height, nothing secret (WordPress's secret only pairs the
        // message with its iframe); the parent checks the sender.
        let _ = parent.post_message(&message(report, height), "*");
    }
}

/// One report as the object its host expects.
fn message(report: &embed::HeightReport, height: f64) -> wasm_bindgen::JsValue {
    use embed::HeightReport as R;
    let object = js_sys::Object::new();
    // Setting a property on a fresh plain object cannot fail.
    let set =
        |o: &js_sys::Object, k: &str, v: wasm_bindgen::JsValue| drop(js_sys::Reflect::set(o, &k.into(), &v));
    match report {
        R::Datawrapper { id } => {
            let inner = js_sys::Object::new();
            set(&inner, id, height.into());
            set(&object, "datawrapper-height", inner.into());
        }
        R::Amp => {
            set(&object, "sentinel", "amp".into());
            set(&object, "type", "embed-size".into());
            set(&object, "height", height.into());
        }
        R::WordPress { secret } => {
            set(&object, "secret", secret.as_str().into());
            set(&object, "message", "height".into());
            set(&object, "value", height.into());
        }
        R::Pym { child_id } => return R::pym_message(child_id, height).into(),
    }
    object.into()
}

/// The button and dialog that give an editor the embed code for what they see now.
///
/// The dialog is built on the first click, not with the page (whose first task it would
/// lengthen for a dialog few readers open), and its code follows the reader's state only while
/// it is open, not on every selection.
#[component]
pub fn EmbedDialog(
    #[prop(into)] lang: Signal<Lang>,
    /// The iframe's `title`: the story's title in the current language.
    #[prop(into)]
    title: Signal<String>,
    /// The story, once it has arrived: its name and map description for the no-script picture.
    #[prop(into)]
    loaded: Signal<Option<Arc<Loaded>>>,
    #[prop(into)] state: Signal<UrlState>,
) -> impl IntoView {
    let dialog = NodeRef::<Dialog>::new();
    let built = RwSignal::new(false);
    let is_open = RwSignal::new(false);
    let copied = RwSignal::new(false);
    let part = RwSignal::new(Part::All);
    let code = move || {
        let (part, lang, page) = (part.get(), lang.get(), super::address::page());
        let state = UrlState { part: Some(part), ..state.get() };
        let fallback = loaded.with(|l| l.as_ref().map(|l| fallback(l, part, lang, &page)))?;
        Some(embed::code(&page, &state, &title.get(), &fallback))
    };
    let open = move |_| {
        copied.set(false);
        is_open.set(true);
        match dialog.get_untracked() {
            // Fails only if the dialog is already open; then it stays open.
            Some(d) => drop(d.show_modal()),
            None => built.set(true),
        }
    };
    // The first time: opened as soon as it is in the page.
    Effect::new(move |_| {
        if let Some(d) = dialog.get() {
            let _ = d.show_modal();
        }
    });
    let close = move |_| {
        if let Some(d) = dialog.get() {
            d.close();
        }
    };
    let copy = move |_| {
        let Some(text) = code() else { return };
        let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else { return };
        let promise = clipboard.write_text(&text);
        leptos::task::spawn_local(async move {
            copied.set(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
        });
    };
    let body = move || {
        built.get().then(|| {
            view! {
                <dialog class="embed-dialog" node_ref=dialog aria-labelledby="embed-title" on:close=move |_| is_open.set(false)>
                    <h2 id="embed-title">{super::tr_live(lang, Key::EmbedTitle)}</h2>
                    <p>{super::tr_live(lang, Key::EmbedHelp)}</p>
                    // While open only: the parts are measured each time, in the reader's state.
                    {move || is_open.get().then(|| {
                        let steps = Signal::derive(move || loaded.get().is_some_and(|l| !l.checked.dataset.story.steps.is_empty()));
                        view! { <PartChooser lang part state steps /> }
                    })}
                    <label for="embed-code">{super::tr_live(lang, Key::EmbedCode)}</label>
                    <textarea id="embed-code" readonly rows="7" prop:value=move || if is_open.get() { code().unwrap_or_default() } else { String::new() }></textarea>
                    <div class="embed-actions">
                        <button type="button" on:click=copy>{super::tr_live(lang, Key::EmbedCopy)}</button>
                        <span role="status">{move || copied.get().then(|| tr(lang.get(), Key::EmbedCopied))}</span>
                        <button type="button" on:click=close>{super::tr_live(lang, Key::Close)}</button>
                    </div>
                </dialog>
            }
        })
    };
    view! {
        <button type="button" class="embed-open" aria-haspopup="dialog" on:click=open>
            {super::tr_live(lang, Key::EmbedButton)}
        </button>
        {body}
    }
}

/// The part's still picture in `lang`, described by the map's text alternative or the panel's
/// name, for the code's `<noscript>`.
fn fallback(loaded: &Loaded, part: Part, lang: Lang, page: &str) -> embed::Fallback {
    let story = &loaded.checked.dataset.story;
    let (image, size) = crate::render::first_screen::part_image(&loaded.story, lang, part, "png");
    let alt = match part.panel() {
        Some(panel) => format!("{}: {}", crate::labels::panel(lang, panel), story.title.get(lang)),
        None => story.description.get(lang).to_string(),
    };
    embed::Fallback::new(page, &image, size, &alt, tr(lang, Key::OpenInteractive))
}

/// The footer: when the story was updated and its corrections; in an embed also where the
/// figures come from and the way out to the full view.
#[component]
pub fn Footer(
    #[prop(into)] loaded: Signal<Option<Arc<Loaded>>>,
    #[prop(into)] lang: Signal<Lang>,
    embed: bool,
    #[prop(into)] state: Signal<UrlState>,
) -> impl IntoView {
    let href = move || embed::full_view_url(&super::address::page(), &state.get());
    let status = move || {
        loaded.with(|l| {
            l.as_ref().map(|l| view! { <StoryStatus story=l.checked.dataset.story.clone() lang /> })
        })
    };
    // The map alone lists no sources (its legs name theirs in their cards); the other parts do.
    let sources = move || {
        (state.with(|s| s.part) != Some(Part::Map)).then(|| {
            view! { <a href="#sources-heading">{super::tr_live(lang, Key::SourcesHeading)}</a> " · " }
        })
    };
    let links = embed.then(|| {
        view! {
            <span class="footer-links">
                {sources}
                <a href=href target="_blank" rel="noopener">{super::tr_live(lang, Key::OpenFullView)}</a>
            </span>
        }
    });
    let class = if embed { "embed-footer" } else { "page-footer" };
    view! { <footer class=class>{status}{links}</footer> }
}
