//! The legend is also the control: one toggle per route, and the key to the line styles.

use crate::figures::flow::Flows;
use crate::i18n::{Key, Lang};
use crate::labels;
use crate::model::{CorridorId, Dataset};
use crate::render::marks::{corridor_class, flow_key};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn Legend(
    /// The story: its corridors, in display order, are the toggles.
    data: Arc<Dataset>,
    #[prop(into)] lang: Signal<Lang>,
    hidden: RwSignal<Vec<CorridorId>>,
    /// The year control's year: the key to line widths names it.
    #[prop(into)]
    year: Signal<u16>,
    /// Beside the hint: the button that starts the story's steps, if it has any.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let toggle = move |c: CorridorId| {
        hidden.update(|h| {
            if let Some(i) = h.iter().position(|x| *x == c) {
                h.remove(i);
            } else {
                h.push(c);
            }
        })
    };
    let buttons = data.corridor_ids().map(|c| {
        let shown = move || !hidden.get().contains(&c);
        let class = format!("route-toggle {}", corridor_class(&data, Some(c)));
        let data = data.clone();
        view! {
            <li>
                <button type="button" class=class aria-pressed=move || shown().to_string() on:click=move |_| toggle(c)>
                    <svg class="swatch" width="28" height="10" aria-hidden="true"><line x1="1" y1="5" x2="27" y2="5" /></svg>
                    {move || labels::corridor(&data, lang.get(), c).to_string()}
                </button>
            </li>
        }
    }).collect_view();
    let key = crate::render::first_screen::line_styles(&data).into_iter().map(|(class, key)| {
            view! {
                <li class=format!("line-key key-{class}")>
                    <svg class="swatch" width="28" height="10" aria-hidden="true"><line x1="1" y1="5" x2="27" y2="5" /></svg>
                    {super::tr_live(lang, key)}
                </li>
            }
        });
    let flow_key = Flows::of(&data).map(|flows| {
        view! { <li class="line-key key-flow" inner_html=move || flow_key(&flows, lang.get(), year.get())></li> }
    });
    view! {
        <div class="legend">
            <div class="legend-head">
                <p class="legend-hint">{super::tr_live(lang, Key::LegendHint)}</p>
                {children.map(|c| c())}
            </div>
            <ul class="route-toggles">{buttons}</ul>
            <ul class="line-keys">{key.collect_view()}{flow_key}</ul>
        </div>
    }
}
