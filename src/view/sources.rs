//! The numbered list every footnote marker leads to: publisher, title, date and link.

use crate::format;
use crate::i18n::{Key, Lang, tr};
use crate::model::{Dataset, Source};
use crate::panel::Panel;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn SourcesList(
    dataset: Arc<Dataset>,
    #[prop(into)] lang: Signal<Lang>,
    /// Only the sources this panel cites (a panel embedded alone), under their numbers in the
    /// whole list, which its markers show.
    #[prop(optional)]
    panel: Option<Panel>,
) -> impl IntoView {
    let listed: Vec<(usize, Source)> = match panel {
        Some(panel) => panel.cited_sources(&dataset).into_iter().map(|(n, s)| (n, s.clone())).collect(),
        None => dataset.sources.iter().cloned().enumerate().map(|(i, s)| (i + 1, s)).collect(),
    };
    let items = listed.into_iter().map(|(number, s)| source_view(number, s, lang)).collect_view();
    view! {
        <section class="sources" aria-labelledby="sources-heading">
            <h2 id="sources-heading">{super::tr_live(lang, Key::SourcesHeading)}</h2>
            <ol class="source-list">{items}</ol>
            <p class="how-we-checked">{super::tr_live(lang, Key::HowWeChecked)}</p>
        </section>
    }
}

fn source_view(number: usize, source: Source, lang: Signal<Lang>) -> impl IntoView {
    let date = source.date.clone().map(|d| move || format!(" ({})", format::date(lang.get(), &d)));
    let title = match source.url.clone() {
        // A link to the source is followed only when the reader clicks it: no request is made
        // to another origin on load.
        Some(url) => {
            view! { <a href=url rel="noopener noreferrer" target="_blank">{source.title.clone()}</a> }
                .into_any()
        }
        None => view! { <span>{source.title.clone()}</span> }.into_any(),
    };
    view! {
        <li id=format!("source-{}", source.id) value=number>
            <span class="publisher">{source.publisher.clone()}</span>
            ": "
            {title}
            {date}
        </li>
    }
}

/// "[3]": the source's number in the sources list, linking to it; its accessible name says what
/// it is ("Source 3: World Bank").
pub fn source_marker(data: &Dataset, id: &str, lang: Signal<Lang>) -> impl IntoView + use<> {
    let number = data.sources.iter().position(|s| s.id == id).map_or(0, |i| i + 1);
    let (publisher, title) =
        data.source(id).map(|s| (s.publisher.clone(), s.title.clone())).unwrap_or_default();
    let label = move || format!("{} {number}: {publisher}", tr(lang.get(), Key::SourceMarker));
    view! {
        <a class="source-marker" href=format!("#source-{id}") title=title aria-label=label>
            {format!("[{number}]")}
        </a>
    }
}
