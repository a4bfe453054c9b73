//! Investment and agreements: each with its amount (if any), its stage and its source.

use super::figure_item::FigureItem;
use crate::i18n::Lang;
use crate::model::{Dataset, Topic};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn InvestmentPanel(data: Arc<Dataset>, #[prop(into)] lang: Signal<Lang>) -> impl IntoView {
    let items = data
        .figures
        .iter()
        .filter(|f| matches!(f.topic, Topic::Investment | Topic::Agreement))
        .map(|f| view! { <FigureItem figure=f.clone() data=data.clone() lang /> })
        .collect_view();
    view! {
        {super::panel_intro(data.story.intros.investment.as_ref(), lang)}
        <ul class="figure-list investments">{items}</ul>
    }
}
