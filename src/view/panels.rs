//! The panels as tabs (WAI-ARIA tabs pattern: arrow keys move between tabs, Tab enters the
//! panel). One component per tab, rendered when first opened and kept, hidden, after that;
//! printing renders them all, and print shows them all.

use super::deferred;
use super::fact_check::FactCheck;
use super::investment_panel::InvestmentPanel;
use super::transit_panel::TransitPanel;
use super::volume_panel::VolumePanel;
use crate::i18n::{Key, Lang};
use crate::labels;
use crate::model::Dataset;
use crate::panel::Panel;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn Panels(
    data: Arc<Dataset>,
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into)] year: Signal<u16>,
    open: RwSignal<Panel>,
) -> impl IntoView {
    let tabs = Panel::ALL.map(|panel| tab(panel, open, lang));
    let printing = deferred::printing();
    let panels = Panel::ALL.map(|panel| {
        let data = data.clone();
        // A closed tab is rendered when first opened, or when the page is printed.
        let wanted = deferred::once(move || open.get() == panel || printing.get());
        let content = move || wanted.get().then(|| panel_view(panel, data.clone(), lang, year));
        view! {
            <div
                class="tab-panel"
                role="tabpanel"
                id=format!("panel-{}", panel.code())
                aria-labelledby=format!("tab-{}", panel.code())
                hidden=move || open.get() != panel
            >
                <h2 class="print-only">{move || labels::panel(lang.get(), panel)}</h2>
                {content}
            </div>
        }
    });
    view! {
        <section class="panels" aria-label=super::tr_live(lang, Key::PanelsLabel)>
            <div class="tabs" role="tablist" aria-label=super::tr_live(lang, Key::PanelsLabel)>{tabs}</div>
            {panels}
        </section>
    }
}

/// One panel's content, as a tab shows it and as an embed of that panel alone does.
pub fn panel_view(panel: Panel, data: Arc<Dataset>, lang: Signal<Lang>, year: Signal<u16>) -> AnyView {
    match panel {
        Panel::Volume => view! { <VolumePanel data lang year /> }.into_any(),
        Panel::Transit => view! { <TransitPanel data lang /> }.into_any(),
        Panel::Investment => view! { <InvestmentPanel data lang /> }.into_any(),
        Panel::FactCheck => view! { <FactCheck dataset=data lang /> }.into_any(),
    }
}

fn tab(panel: Panel, open: RwSignal<Panel>, lang: Signal<Lang>) -> impl IntoView {
    let is_open = move || open.get() == panel;
    // Arrow keys move to the neighbouring tab and open it (tabs with automatic activation).
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let step: isize = match ev.key().as_str() {
            "ArrowRight" => 1,
            "ArrowLeft" => -1,
            _ => return,
        };
        ev.prevent_default();
        let n = Panel::ALL.len() as isize;
        let here = Panel::ALL.iter().position(|p| *p == panel).unwrap_or(0) as isize;
        let next = Panel::ALL[((here + step).rem_euclid(n)) as usize];
        open.set(next);
        focus(&format!("tab-{}", next.code()));
    };
    view! {
        <button
            type="button"
            role="tab"
            id=format!("tab-{}", panel.code())
            aria-selected=move || is_open().to_string()
            aria-controls=format!("panel-{}", panel.code())
            tabindex=move || if is_open() { "0" } else { "-1" }
            on:click=move |_| open.set(panel)
            on:keydown=on_key
        >
            {move || labels::panel(lang.get(), panel)}
        </button>
    }
}

fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    let element = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id));
    if let Some(el) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        // Focus can only fail on a detached element; the tab then simply keeps the old focus.
        let _ = el.focus();
    }
}
