//! Investment and agreements: each with its amount (if any), its stage and its source.

use super::figure_item::FigureItem;
use crate::i18n::{Key, Lang, tr};
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
        <p class="panel-intro">{move || tr(lang.get(), Key::InvestmentIntro)}</p>
        <ul class="figure-list investments">{items}</ul>
    }
}
