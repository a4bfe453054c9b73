//! A route or a place on the map as a button: focusable, named, pressed when selected, and
//! reporting hover and focus. Legs and nodes differ only in what they draw and how they are named.

use super::map_input;
use super::selection::Selected;
use leptos::prelude::*;

/// The map's selection and hover, with a per-item view of each: changing the selection re-runs
/// the two items concerned (the one that was selected and the one that now is), not all of them.
#[derive(Clone)]
pub struct Marks {
    pub selected: RwSignal<Option<Selected>>,
    pub hovered: RwSignal<Option<Selected>>,
    is_selected: Selector<Option<Selected>>,
    is_hovered: Selector<Option<Selected>>,
}

impl Marks {
    pub fn new(selected: RwSignal<Option<Selected>>, hovered: RwSignal<Option<Selected>>) -> Self {
        let is_selected = Selector::new(move || selected.get());
        let is_hovered = Selector::new(move || hovered.get());
        Self { selected, hovered, is_selected, is_hovered }
    }
}

#[component]
pub fn MapItem(
    /// What selecting this item selects.
    me: Selected,
    /// CSS classes that do not change (corridor, mode, kind …).
    class: String,
    /// The accessible name, in the reader's language.
    #[prop(into)]
    label: Signal<String>,
    marks: Marks,
    /// Hidden items (a route switched off in the legend) leave the tab order too.
    #[prop(into, optional)]
    hidden: Signal<bool>,
    /// Faded while the reader points at another route's figure.
    #[prop(into, optional)]
    dimmed: Signal<bool>,
    #[prop(optional, into)] transform: Option<Signal<String>>,
    #[prop(optional)] data_leg: Option<String>,
    #[prop(optional)] data_node: Option<String>,
    children: Children,
) -> impl IntoView {
    let Marks { selected, hovered, is_selected, is_hovered } = marks;
    let key = Some(me.clone());
    let is_selected = {
        let key = key.clone();
        move || is_selected.selected(&key)
    };
    let is_hovered = move || is_hovered.selected(&key);
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
