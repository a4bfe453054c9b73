//! A long panel embedded alone, folded: an article gives a graphic a screen or two, not five.
//! The fold opens with its button, or by itself when the keyboard moves into what it hides; the
//! embed's height report then grows the iframe (`embed::report_height`).

use super::measure::tracked_height;
use crate::i18n::{Key, Lang};
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Shows `children` up to the fold's height (`.fold.folded` in public/style.css), with a button
/// to show the rest if there is more.
#[component]
pub fn Fold(#[prop(into)] lang: Signal<Lang>, children: Children) -> impl IntoView {
    let open = RwSignal::new(false);
    let (outer, inner) = (NodeRef::<Div>::new(), NodeRef::<Div>::new());
    let content = tracked_height(inner);
    // Folded only if the content is taller than the fold shows.
    let hides = move || {
        let shown = outer.get().map_or(0.0, |o| f64::from(o.client_height()));
        !open.get() && content.get().is_some_and(|h| h > shown + 1.0)
    };
    // Tab into a link the fold hides: the fold opens, so that the focus is never out of sight.
    let on_focus = move |ev: leptos::ev::FocusEvent| {
        let target = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        if let (Some(fold), Some(target)) = (outer.get_untracked(), target)
            && target.get_bounding_client_rect().bottom() > fold.get_bounding_client_rect().bottom()
        {
            open.set(true);
        }
    };
    view! {
        <div class="fold" class:folded=move || !open.get() class:clipped=hides node_ref=outer id="fold" on:focusin=on_focus>
            <div node_ref=inner>{children()}</div>
        </div>
        <Show when=hides>
            <button type="button" class="fold-open" aria-expanded="false" aria-controls="fold" on:click=move |_| open.set(true)>
                {super::tr_live(lang, Key::ShowWholePanel)}
            </button>
        </Show>
    }
}
