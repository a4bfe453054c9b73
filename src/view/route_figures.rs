//! The selected route's figures, brought forward above the panels.

use super::figure_item::FigureItem;
use crate::i18n::{Key, Lang, tr};
use crate::labels;
use crate::model::{CorridorId, Dataset};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn RouteFigures(
    data: Arc<Dataset>,
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into)] route: Signal<Option<CorridorId>>,
) -> impl IntoView {
    let content = move || {
        let route = route.get()?;
        let figures: Vec<_> = data.figures.iter().filter(|f| f.corridor == Some(route)).cloned().collect();
        let empty =
            figures.is_empty().then(|| view! { <p>{move || tr(lang.get(), Key::NoRouteFigures)}</p> });
        let items = figures
            .into_iter()
            .map(|f| view! { <FigureItem figure=f data=data.clone() lang /> })
            .collect_view();
        Some(view! {
            <h2 id="route-figures-heading" class=format!("corridor-{}", route.code())>
                {move || format!("{}: {}", tr(lang.get(), Key::RouteFigures), labels::corridor(lang.get(), route))}
            </h2>
            {empty}
            <ul class="figure-list">{items}</ul>
        })
    };
    view! { <section class="route-figures" aria-live="polite" aria-labelledby="route-figures-heading">{content}</section> }
}
