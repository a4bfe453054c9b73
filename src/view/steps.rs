//! The story told step by step (the story's `steps`): the step's title, text and figures above
//! the map, Previous and Next, the arrow keys while the steps have the focus, and `?step=` for a
//! link to one step. Every way leads to the same state: `step`, which `apply_steps` turns into
//! what the map shows — the corridors, the year and where it looks (`Goto`, glided to).

use super::figure_item::FigureItem;
use crate::i18n::{Key, Lang, Msg, message};
use crate::model::{CorridorId, Dataset, Step, StepFrame};
use leptos::prelude::*;
use std::sync::Arc;

/// Where the map is asked to look: the whole map, or places (and legs) framed together, in
/// degrees. A new value each time, so that asking for the same place twice moves again.
#[derive(Clone, Debug, PartialEq)]
pub enum Goto {
    Whole,
    Around(Vec<crate::model::LonLat>),
}

/// Before the first step: one button beside the legend's hint, so the map stays high on a phone.
#[component]
pub fn StepsStart(
    count: usize,
    #[prop(into)] lang: Signal<Lang>,
    step: RwSignal<Option<usize>>,
) -> impl IntoView {
    move || {
        step.get().is_none().then(|| {
            view! {
                <button type="button" class="step-start" title=super::tr_live(lang, Key::StepsOverview) on:click=move |_| step.set(Some(0))>
                    {move || message(lang.get(), Msg::StepsStart, &[("count", &count)])}
                    " ›"
                </button>
            }
        })
    }
}

/// The step shown: nothing before the first (`StepsStart` is there instead).
#[component]
pub fn StorySteps(
    data: Arc<Dataset>,
    #[prop(into)] lang: Signal<Lang>,
    /// The step shown, by its place in the story's list; none: the overview before the first.
    step: RwSignal<Option<usize>>,
) -> impl IntoView {
    let count = data.story.steps.len();
    // Before the first step is the overview; past the last, nothing.
    let go = move |delta: i64| {
        step.update(|s| {
            let next = s.map_or(-1, |i| i as i64) + delta;
            if next < 0 {
                *s = None;
            } else if next < count as i64 {
                *s = Some(next as usize);
            }
        })
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
        "ArrowRight" | "ArrowDown" => {
            ev.prevent_default();
            go(1);
        }
        "ArrowLeft" | "ArrowUp" => {
            ev.prevent_default();
            go(-1);
        }
        _ => {}
    };
    let shown = {
        let data = data.clone();
        Memo::new(move |_| step.get().and_then(|i| data.story.steps.get(i).cloned()))
    };
    let heading = move || {
        let n = step.get().map_or(0, |i| i + 1);
        message(lang.get(), Msg::StepCount, &[("n", &n), ("count", &count)])
    };
    let body = {
        let data = data.clone();
        move || shown.get().map(|s| step_body(&data, s, lang))
    };
    // From the start button to the steps: the keyboard's focus goes to Next, where the arrow
    // keys work too.
    let next = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |was: Option<Option<usize>>| {
        let now = step.get();
        if let (Some(None), Some(_), Some(button)) = (was, now, next.get()) {
            let _ = button.focus();
        }
        now
    });
    // Kept in the page (hidden) before the first step, so that the live region exists when the
    // first step's text arrives and is announced.
    view! {
        <section class="story-steps" hidden=move || step.get().is_none() aria-label=super::tr_live(lang, Key::StepsLabel) on:keydown=on_key data-step=move || shown.get().map(|s| s.id)>
            <p class="step-count">{heading}</p>
            <div class="step-body" aria-live="polite">{body}</div>
            <div class="step-buttons">
                <button type="button" class="step-previous" on:click=move |_| go(-1)>
                    {super::tr_live(lang, Key::StepPrevious)}
                </button>
                // aria-disabled, not disabled: at the last step the keyboard's focus stays here,
                // where the arrow keys still work.
                <button type="button" class="step-next" node_ref=next aria-disabled=move || (step.get() == Some(count.saturating_sub(1))).to_string() on:click=move |_| go(1)>
                    {super::tr_live(lang, Key::StepNext)}
                </button>
            </div>
        </section>
    }
}

/// A step's title, text and figures (each with its source's number).
fn step_body(data: &Arc<Dataset>, step: Step, lang: Signal<Lang>) -> impl IntoView + use<> {
    let figures: Vec<_> =
        step.figures.iter().filter_map(|id| data.figures.iter().find(|f| &f.id == id).cloned()).collect();
    let (title, text) = (step.title.clone(), step.text.clone());
    let data = data.clone();
    view! {
        <h2 class="step-title">{move || title.get(lang.get()).to_string()}</h2>
        <p class="step-text">{move || text.get(lang.get()).to_string()}</p>
        <ul class="step-figures">
            {figures.into_iter().map(|figure| view! { <FigureItem figure data=data.clone() lang /> }).collect_view()}
        </ul>
    }
}

/// What the map shows for `step` of `data`: the corridors hidden, the year (if the step names
/// one) and where it looks.
pub fn view_of(data: &Dataset, step: Option<&Step>) -> (Vec<CorridorId>, Option<u16>, Goto) {
    let Some(step) = step else { return (Vec::new(), None, Goto::Whole) };
    let hidden = match &step.show {
        Some(show) => data
            .corridor_ids()
            .filter(|&c| !show.iter().any(|id| data.corridor_by_code(id) == Some(c)))
            .collect(),
        None => Vec::new(),
    };
    let goto = match &step.frame {
        None => Goto::Whole,
        Some(StepFrame::Window(f)) => Goto::Around(crate::geometry::frame::outline(*f).collect()),
        Some(StepFrame::Items(items)) => Goto::Around(
            items
                .iter()
                .flat_map(|id| {
                    let node = data.node(id).map(|n| vec![n.position]);
                    node.or_else(|| data.legs.iter().find(|l| &l.id == id).map(|l| l.path.clone()))
                        .unwrap_or_default()
                })
                .collect(),
        ),
    };
    (hidden, step.year, goto)
}

/// Applies the step to the map's state whenever it changes.
pub fn apply_steps(
    data: Arc<Dataset>,
    step: RwSignal<Option<usize>>,
    (hidden, year, goto): (RwSignal<Vec<CorridorId>>, RwSignal<u16>, RwSignal<Option<Goto>>),
) {
    Effect::new(move |previous: Option<Option<usize>>| {
        let now = step.get();
        // The first run is the page as the address opened it: a step there applies, no step
        // leaves the reader's map alone.
        if previous.is_some() || now.is_some() {
            let (h, y, g) = view_of(&data, now.and_then(|i| data.story.steps.get(i)));
            hidden.set(h);
            if let Some(y) = y {
                year.set(y);
            }
            goto.set(Some(g));
        }
        now
    });
}

/// Every step as plain text, in order, in the map's text alternative: what the map shows step by
/// step can be read without it.
#[component]
pub fn StepsList(data: Arc<Dataset>, #[prop(into)] lang: Signal<Lang>) -> impl IntoView {
    let items = data
        .story
        .steps
        .iter()
        .map(|s| {
            let (title, text) = (s.title.clone(), s.text.clone());
            view! {
                <li>
                    <strong>{move || title.get(lang.get()).to_string()}</strong>
                    " "
                    {move || text.get(lang.get()).to_string()}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="steps-list">
            <h3>{super::tr_live(lang, Key::StepsLabel)}</h3>
            <ol>{items}</ol>
        </section>
    }
}

/// In a `part=steps` embed the host page's scroll picks the step: the embed snippet posts the
/// iframe's place in the viewport (`corridor-explorer-viewport`), and so does a Pym.js parent
/// made with `trackscroll` (`viewport-iframe-position`).
pub fn follow_host_scroll(step: RwSignal<Option<usize>>, count: usize) {
    // The iframe's tallest height so far: a step's text changes the embed's height, which would
    // otherwise move the step's boundaries under a reader who has stopped scrolling.
    let tallest = StoredValue::new(0.0f64);
    let listener = window_event_listener(leptos::ev::message, move |event| {
        let data = event.data();
        let position = data.as_string().and_then(|text| crate::embed::pym_viewport(&text)).or_else(|| {
            let get = |o: &wasm_bindgen::JsValue, k: &str| js_sys::Reflect::get(o, &k.into()).ok();
            let inner = get(&data, crate::embed::VIEWPORT_MESSAGE).filter(|v| v.is_object())?;
            let number = |k: &str| get(&inner, k).and_then(|v| v.as_f64());
            Some(crate::embed::HostViewport {
                top: number("top")?,
                height: number("height")?,
                viewport: number("viewport")?,
            })
        });
        let position = position.map(|p| {
            tallest.update_value(|t| *t = t.max(p.height));
            crate::embed::HostViewport { height: tallest.get_value(), ..p }
        });
        if let Some(i) = position.and_then(|p| p.step(count))
            && step.get_untracked() != Some(i)
        {
            step.set(Some(i));
        }
    });
    on_cleanup(move || listener.remove());
}
