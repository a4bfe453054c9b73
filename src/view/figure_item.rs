//! One figure as a line of a list: name, value, year, confidence, stage, note and source
//! marker. Pointing at it brings its route forward on the map.

use super::selection::Linked;
use super::sources::source_marker;
use crate::format;
use crate::i18n::{Key, Lang};
use crate::labels;
use crate::model::{Confidence, Dataset, Figure};
use leptos::prelude::*;

#[component]
pub fn FigureItem(
    figure: Figure,
    data: std::sync::Arc<Dataset>,
    #[prop(into)] lang: Signal<Lang>,
) -> impl IntoView {
    let linked = expect_context::<Linked>();
    let corridor = figure.corridor;
    let (enter, leave) = linked.point_at(corridor);
    let on_route = move || corridor.is_some() && linked.route.get() == corridor;
    let class = format!("figure {}", super::corridor_class(&data, corridor));
    let Figure { label, quantity, year, stage, confidence, note, .. } = figure.clone();
    let value = quantity
        .map(|q| view! { <span class="figure-value">{move || format::quantity(lang.get(), q)}</span> });
    let meta = move || {
        let lang = lang.get();
        let mut parts: Vec<String> = year.map(|y| y.to_string()).into_iter().collect();
        parts.push(labels::confidence(lang, confidence).to_string());
        parts.join(labels::FACT_SEPARATOR)
    };
    let unverified = (confidence == Confidence::Unverified).then(
        || view! { <span class="badge badge-unverified">{super::tr_live(lang, Key::Unverified)}</span> },
    );
    let stage = stage.map(|s| {
        view! { <span class=format!("badge stage-{}", s.code())>{move || labels::stage(lang.get(), s)}</span> }
    });
    let note =
        note.map(|n| view! { <span class="figure-note">{move || n.get(lang.get()).to_string()}</span> });
    view! {
        <li
            class=class
            class:on-route=on_route
            data-figure=figure.id.clone()
            on:mouseenter=move |_| enter()
            on:mouseleave=move |_| leave()
            on:focusin=move |_| enter()
            on:focusout=move |_| leave()
        >
            <span class="figure-label">{move || label.get(lang.get()).to_string()}</span>
            " "
            {value}
            {stage}
            {unverified}
            " "
            <span class="figure-meta">{meta}</span>
            {source_marker(&data, &figure.source, lang)}
            {note}
        </li>
    }
}
