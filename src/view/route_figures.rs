//! The selected route's figures, brought forward above the panels: the latest year of each
//! series and every other figure, the earlier years folded.
//!
//! A route's card is rendered the first time the route is selected and kept (hidden) after that:
//! readers go back and forth between routes, and showing a card again is then one attribute
//! instead of a list of figures built anew.

use super::deferred;
use super::figure_item::FigureItem;
use crate::figures::latest_and_earlier;
use crate::i18n::{Key, Lang, tr};
use crate::labels;
use crate::model::{CorridorId, Dataset, Figure};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn RouteFigures(
    data: Arc<Dataset>,
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into)] route: Signal<Option<CorridorId>>,
) -> impl IntoView {
    let cards: Vec<_> = data
        .corridor_ids()
        .map(|id| {
            let data = data.clone();
            let rendered = deferred::once(move || route.get() == Some(id));
            move || rendered.get().then(|| card(&data, id, lang, route))
        })
        .collect();
    view! { <div class="route-figures" aria-live="polite">{cards.into_iter().collect_view()}</div> }
}

fn card(
    data: &Arc<Dataset>,
    route: CorridorId,
    lang: Signal<Lang>,
    selected: Signal<Option<CorridorId>>,
) -> impl IntoView + use<> {
    let figures: Vec<&Figure> = data.figures.iter().filter(|f| f.corridor == Some(route)).collect();
    let empty = figures.is_empty().then(|| view! { <p>{super::tr_live(lang, Key::NoRouteFigures)}</p> });
    // The latest year of each series, the earlier years folded: the chart draws them, and a
    // card of every year of a long series pushes the tabs far out of view.
    let (latest, earlier) = latest_and_earlier(&figures);
    let list = |figures: Vec<&Figure>| {
        let items = figures
            .into_iter()
            .map(|f| view! { <FigureItem figure=f.clone() data=data.clone() lang /> })
            .collect_view();
        view! { <ul class="figure-list">{items}</ul> }
    };
    let folded = (!earlier.is_empty()).then(|| {
        let count = earlier.len();
        view! {
            <details class="earlier">
                <summary>{move || format!("{} ({count})", tr(lang.get(), Key::EarlierYears))}</summary>
                {list(earlier)}
            </details>
        }
    });
    let class = super::corridor_class(data, Some(route));
    let heading = format!("route-figures-heading-{}", route.index());
    let labelled_by = heading.clone();
    let data = data.clone();
    view! {
        <section aria-labelledby=labelled_by hidden=move || selected.get() != Some(route)>
            <h2 id=heading class=class>
                {move || format!("{}: {}", tr(lang.get(), Key::RouteFigures), labels::corridor(&data, lang.get(), route))}
            </h2>
            {empty}
            {list(latest)}
            {folded}
        </section>
    }
}
