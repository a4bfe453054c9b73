//! Volume and capacity: one chart per unit (tonnes, TEU), then the figures on no chart — among
//! them targets that measure something else than a corridor's series (a country's transit).

use super::figure_item::FigureItem;
use super::time_chart::TimeChartView;
use crate::figures::time_series;
use crate::i18n::{Key, Lang};
use crate::model::{Dataset, Topic};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn VolumePanel(
    data: Arc<Dataset>,
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into)] year: Signal<u16>,
) -> impl IntoView {
    let charts = time_series(&data)
        .into_iter()
        .map(|chart| view! { <TimeChartView chart data=data.clone() lang year /> })
        .collect_view();
    let others = data
        .figures
        .iter()
        .filter(|f| matches!(f.topic, Topic::Volume | Topic::Capacity | Topic::Target) && f.series.is_none())
        .map(|f| view! { <FigureItem figure=f.clone() data=data.clone() lang /> })
        .collect_view();
    view! {
        {super::panel_intro(data.story.intros.volume.as_ref(), lang)}
        {charts}
        <h3 class="list-title">{super::tr_live(lang, Key::AlsoReported)}</h3>
        <ul class="figure-list">{others}</ul>
    }
}
