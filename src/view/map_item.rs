//! A route or a place on the map as a button: focusable, named, pressed when selected, and
//! reporting hover and focus. Legs and nodes differ only in what they draw and how they are named.

use super::map_input;
use super::selection::Selected;
use leptos::prelude::*;

#[component]
pub fn MapItem(
    /// What selecting this item selects.
    me: Selected,
    /// CSS classes that do not change (corridor, mode, kind …).
    class: String,
    /// The accessible name, in the reader's language.
    #[prop(into)]
    label: Signal<String>,
    selected: RwSignal<Option<Selected>>,
    hovered: RwSignal<Option<Selected>>,
    /// Hidden items (a route switched off in the legend) leave the tab order too.
    #[prop(into, optional)]
    hidden: Signal<bool>,
    /// Faded while the reader points at another route's figure.
    #[prop(into, optional)]
    dimmed: Signal<bool>,
    #[prop(optional)] transform: Option<String>,
    #[prop(optional)] data_leg: Option<String>,
    #[prop(optional)] data_node: Option<String>,
    children: Children,
) -> impl IntoView {
    // `with`, not `get`: each of the map's items checks on every selection, without a clone.
    let is = move |signal: RwSignal<Option<Selected>>, me: Selected| {
        move || signal.with(|s| s.as_ref() == Some(&me))
    };
    let is_selected = is(selected, me.clone());
    let is_hovered = is(hovered, me.clone());
    let select = {
        let me = me.clone();
        move || selected.set(Some(me.clone()))
    };
    let enter = move || hovered.set(Some(me.clone()));
    view! {
        <g
            class=class
            class:selected=is_selected.clone()
            class:hovered=is_hovered
            class:dimmed=dimmed
            data-leg=data_leg.clone()
            data-node=data_node.clone()
            transform=transform
            style:display=move || if hidden.get() { "none" } else { "" }
            tabindex="0"
            role="button"
            aria-label=label
            aria-pressed=move || is_selected().to_string()
            on:click={
                let select = select.clone();
                move |ev: leptos::ev::MouseEvent| {
                    ev.stop_propagation();
                    select()
                }
            }
            on:keydown=move |ev| {
                if map_input::is_activation(&ev) {
                    ev.prevent_default();
                    select()
                }
            }
            on:mouseenter={
                let enter = enter.clone();
                move |_| enter()
            }
            on:focus=move |_| enter()
            on:mouseleave=move |_| hovered.set(None)
            on:blur=move |_| hovered.set(None)
        >
            {children()}
        </g>
    }
}
