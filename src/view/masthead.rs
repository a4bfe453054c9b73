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

/// The title and standfirst the page shell showed, per language, if it was made for the story
/// being loaded. Read from the shell before the app removes it.
#[derive(Clone, Debug, Default)]
pub struct ShellTexts {
    pub title: Text,
    pub standfirst: Text,
}

impl ShellTexts {
    /// The shell's texts if the shell is for `story` (its `data-story` attribute).
    pub fn read(story: &str) -> Self {
        let document = web_sys::window().and_then(|w| w.document());
        let shell = document.and_then(|d| d.get_element_by_id("shell"));
        let Some(shell) = shell.filter(|s| s.get_attribute("data-story").as_deref() == Some(story)) else {
            return Self::default();
        };
        let texts = |selector: &str| {
            let pairs = Lang::ALL.into_iter().filter_map(|lang| {
                let span =
                    shell.query_selector(&format!("{selector} [data-lang=\"{}\"]", lang.tag())).ok()??;
                Some((lang, span.text_content()?))
            });
            Text::from_pairs(pairs)
        };
        Self { title: texts("h1"), standfirst: texts(".subtitle") }
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
                {(!embed).then(|| view! { <EmbedDialog lang title=embed_title state /> })}
                {switches}
            </div>
        </header>
    }
}
