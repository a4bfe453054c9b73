//! The embed dialog's choice of part (`?part=`), each with its height on a phone: measured, not
//! guessed, by the part itself — a hidden 320 px iframe per part that reports its height as any
//! embed does (`datawrapper-height`, under the id `measure-<part>`).

use crate::embed;
use crate::i18n::{Key, Lang, Msg, message, tr};
use crate::labels;
use crate::part::Part;
use crate::url::UrlState;
use leptos::prelude::*;
use std::collections::HashMap;

/// The width the dialog measures each part at: the narrowest phone an article is read on.
pub const MEASURE_WIDTH: u32 = 320;

#[component]
pub fn PartChooser(
    #[prop(into)] lang: Signal<Lang>,
    part: RwSignal<Part>,
    #[prop(into)] state: Signal<UrlState>,
    /// Whether the story has steps: then its steps are a part too.
    #[prop(into)]
    steps: Signal<bool>,
) -> impl IntoView {
    let parts: Vec<Part> =
        Part::ALL.into_iter().chain(steps.get_untracked().then_some(Part::Steps)).collect();
    let heights = RwSignal::new(HashMap::<Part, f64>::new());
    let measured = parts.clone();
    let listener = window_event_listener(leptos::ev::message, move |event| {
        for &part in &measured {
            if let Some(px) = reported_height(&event.data(), &measure_id(part)) {
                heights.update(|h| {
                    h.insert(part, px);
                });
            }
        }
    });
    on_cleanup(move || listener.remove());
    let page = super::address::page();
    let choices = parts.iter().map(|&p| {
        let height = move || match heights.with(|h| h.get(&p).copied()) {
            Some(px) => message(lang.get(), Msg::PartHeight, &[("height", &px.ceil())]),
            None => tr(lang.get(), Key::Measuring).to_string(),
        };
        view! {
            <label class="part-choice">
                <input type="radio" name="embed-part" value=p.code() prop:checked=move || part.get() == p on:change=move |_| part.set(p) />
                <span class="part-name">{move || name(lang.get(), p)}</span>
                <span class="part-height" data-part=p.code()>{height}</span>
            </label>
        }
    }).collect_view();
    // Measured untracked: the reader's later moves (a selection, a zoom) do not reload them.
    let probes = parts.iter().map(|&p| {
        let id = measure_id(p);
        let url = state.with_untracked(|s| {
            embed::embed_url(&page, &UrlState { part: Some(p), id: Some(id.clone()), ..s.clone() })
        });
        view! { <iframe class="part-measure" src=url width=MEASURE_WIDTH height="100" tabindex="-1" aria-hidden="true" title=id></iframe> }
    }).collect_view();
    view! {
        <fieldset class="embed-parts">
            <legend>{super::tr_live(lang, Key::EmbedPart)}</legend>
            {choices}
        </fieldset>
        // Inert: neither the probes nor anything in them can take the focus.
        <div class="part-probes" inert>{probes}</div>
    }
}

/// A part's name in the dialog: the map, everything, or the panel's own name.
pub fn name(lang: Lang, part: Part) -> &'static str {
    match part {
        Part::Map => tr(lang, Key::PartMap),
        Part::Steps => tr(lang, Key::PartSteps),
        Part::All => tr(lang, Key::PartAll),
        Part::Panel(panel) => labels::panel(lang, panel),
    }
}

fn measure_id(part: Part) -> String {
    format!("measure-{}", part.code())
}

/// The height in `{"datawrapper-height": {id: px}}` for `id`, if the message is one.
fn reported_height(data: &wasm_bindgen::JsValue, id: &str) -> Option<f64> {
    let get = |o: &wasm_bindgen::JsValue, k: &str| {
        js_sys::Reflect::get(o, &k.into()).ok().filter(|v| v.is_object() || v.as_f64().is_some())
    };
    let inner = get(data, "datawrapper-height").filter(|v| v.is_object())?;
    get(&inner, id)?.as_f64().filter(|px| *px > 0.0)
}
