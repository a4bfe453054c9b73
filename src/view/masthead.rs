//! The page's head: the story's title and standfirst, the embed button and one button per other
//! language of the story.
//!
//! Until the story has arrived the head shows what the page shell showed (index.html, the
//! default story's texts in each language, written there by hand and compared with the data by
//! a native test), so that nothing moves when the app takes over the shell.

use super::embed::EmbedDialog;
use crate::i18n::Lang;
use crate::load::Loaded;
use crate::model::Text;
use crate::url::UrlState;
use leptos::prelude::*;
use std::sync::Arc;

/// The title and standfirst the page shell showed, per language, and the story it was made for.
/// Read from the shell just before the app replaces it.
#[derive(Clone, Debug, Default)]
pub struct ShellTexts {
    pub story: Option<String>,
    /// The fingerprint of the data the first screen was drawn from (`crate::fingerprint`).
    pub fingerprint: Option<String>,
    pub title: Text,
    pub standfirst: Text,
}

impl ShellTexts {
    /// The shell's texts (none if the page has no shell).
    pub fn read() -> Self {
        let document = web_sys::window().and_then(|w| w.document());
        let Some(shell) = document.and_then(|d| d.get_element_by_id("shell")) else { return Self::default() };
        let texts = |selector: &str| {
            let pairs = Lang::ALL.into_iter().filter_map(|lang| {
                let span =
                    shell.query_selector(&format!("{selector} [data-lang=\"{}\"]", lang.tag())).ok()??;
                Some((lang, span.text_content()?))
            });
            Text::from_pairs(pairs)
        };
        Self {
            story: shell.get_attribute("data-story"),
            fingerprint: shell.get_attribute("data-fingerprint"),
            title: texts("h1"),
            standfirst: texts(".subtitle"),
        }
    }

    /// These texts if the shell was made for `story`, else none (another story's title waits for
    /// its data).
    pub fn for_story(self, story: &str) -> Self {
        if self.story.as_deref() == Some(story) { self } else { Self::default() }
    }
}

#[component]
pub fn Masthead(
    /// The loaded story, once it is there.
    #[prop(into)]
    loaded: Signal<Option<Arc<Loaded>>>,
    shell: ShellTexts,
    lang: RwSignal<Lang>,
    embed: bool,
    state: RwSignal<UrlState>,
) -> impl IntoView {
    let shell = Arc::new(shell);
    let text = move |pick: fn(&Loaded) -> &Text, fallback: fn(&ShellTexts) -> &Text| {
        let shell = shell.clone();
        move || {
            let lang = lang.get();
            loaded.with(|l| match l {
                Some(l) => pick(l).get(lang).to_string(),
                None => fallback(&shell).get(lang).to_string(),
            })
        }
    };
    let title = text(|l| &l.checked.dataset.story.title, |s| &s.title);
    let standfirst = text(|l| &l.checked.dataset.story.standfirst, |s| &s.standfirst);
    let embed_title = Signal::derive({
        let title = title.clone();
        move || format!("{} – corridor-explorer", title())
    });
    // Until the story has arrived, every interface language (as the shell offers them).
    let languages = move || {
        loaded.with(|l| l.as_ref().map_or(Lang::ALL.to_vec(), |l| l.checked.dataset.story.languages.clone()))
    };
    let switches = move || {
        let current = lang.get();
        languages()
            .into_iter()
            .filter(|&l| l != current)
            .map(|l| {
                view! {
                    <button type="button" class="lang-switch" lang=l.tag() on:click=move |_| lang.set(l)>
                        {l.locale().name}
                    </button>
                }
            })
            .collect_view()
    };
    view! {
        <header class="masthead">
            <h1>{title}</h1>
            <p class="subtitle">{standfirst}</p>
            <div class="masthead-actions">
                {(!embed).then(|| view! { <EmbedDialog lang title=embed_title loaded state /> })}
                {switches}
            </div>
        </header>
    }
}
