//! The timeline: a slider from 2015 to 2030 that filters the map's legs by year and marks the
//! year on the charts.

use crate::i18n::{Key, Lang};
use crate::model::TIMELINE;
use leptos::prelude::*;

#[component]
pub fn YearControl(#[prop(into)] lang: Signal<Lang>, year: RwSignal<u16>) -> impl IntoView {
    let on_input = move |ev: leptos::ev::Event| {
        let picked = event_target_value(&ev).parse::<u16>().ok();
        if let Some(y) = picked.filter(|y| TIMELINE.contains(y)) {
            year.set(y);
        }
    };
    view! {
        <div class="year-control">
            <label for="year-input">{super::tr_live(lang, Key::YearLabel)}</label>
            <input
                id="year-input"
                type="range"
                min=*TIMELINE.start()
                max=*TIMELINE.end()
                step="1"
                prop:value=move || year.get().to_string()
                aria-describedby="year-hint"
                on:input=on_input
            />
            <output for="year-input" aria-live="polite">{move || year.get().to_string()}</output>
            <p id="year-hint" class="year-hint">{super::tr_live(lang, Key::YearHint)}</p>
        </div>
    }
}
