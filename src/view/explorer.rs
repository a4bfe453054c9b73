//! The explorer: map with legend and year control beside the panels, the tables and sources
//! below — or, in an embed of one part (`?part=`), the map alone or one panel alone. All of it
//! starts from the address and reports its state back for the address and the embed code.

use super::address::AddressNotice;
use super::downloads::Downloads;
use super::panel_part::PanelPart;
use super::race::{JourneyRace, RaceRun};
use super::selection::{Linked, Selected};
use super::steps::{Goto, StepsList, StepsStart, StorySteps, apply_steps, follow_host_scroll};
use super::{CorridorMap, DatasetTables, Legend, Panels, RouteFigures, SourcesList, YearControl, deferred};
use crate::i18n::{Key, Lang};
use crate::load::Loaded;
use crate::model::{CorridorId, Dataset};
use crate::panel::Panel;
use crate::part::Part;
use crate::url::UrlState;
use leptos::prelude::*;
use std::sync::Arc;

/// Map with legend and year control beside the panels; below, the data as tables (the map's
/// text alternative) and the sources. Map and panels share the selection, year and emphasis;
/// all of it starts from the address and is written back to `current`.
#[component]
pub fn Explorer(
    loaded: Arc<Loaded>,
    #[prop(into)] lang: Signal<Lang>,
    /// The state the address asked for.
    #[prop(optional)]
    url: UrlState,
    /// Where the explorer reports its state (for the address and the embed code).
    #[prop(optional)]
    current: Option<RwSignal<UrlState>>,
) -> impl IntoView {
    let dataset = Arc::new(loaded.checked.dataset.clone());
    let mut ignored = url.ignored.clone();
    let selected = RwSignal::new(initial_selection(&dataset, &url, &mut ignored));
    let hidden = RwSignal::new(Vec::<CorridorId>::new());
    provide_context(selected);
    let first_year = dataset.opening_year();
    let year = RwSignal::new(url.year.unwrap_or(first_year));
    // A memo, so that selecting another leg of the same route re-renders nothing route-wide.
    let route = {
        let data = dataset.clone();
        Signal::from(Memo::new(move |_| selected.with(|s| s.as_ref().and_then(|s| s.corridor(&data)))))
    };
    let linked = Linked { route, emphasis: RwSignal::new(None) };
    provide_context(linked);
    let open = RwSignal::new(url.panel.unwrap_or_default());
    let view = RwSignal::new(url.view);
    let step = RwSignal::new(initial_step(&dataset, &url, &mut ignored));
    let goto = RwSignal::new(None::<Goto>);
    apply_steps(dataset.clone(), step, (hidden, year, goto));
    if let Some(current) = current {
        let base = url.clone();
        let steps_data = dataset.clone();
        Effect::new(move |_| {
            let (sel, y, panel) = (selected.get(), year.get(), open.get());
            let step = step.get().and_then(|i| steps_data.story.steps.get(i)).map(|s| s.id.clone());
            current.set(UrlState {
                lang: Some(lang.get()),
                panel: (panel != Panel::default()).then_some(panel),
                year: (y != first_year).then_some(y),
                route: match &sel {
                    Some(Selected::Leg(id)) => Some(id.clone()),
                    _ => None,
                },
                place: match sel {
                    Some(Selected::Node(id)) => Some(id),
                    _ => None,
                },
                view: view.get(),
                step,
                ignored: Vec::new(),
                ..base.clone()
            });
        });
    }
    // The map first; the panels once it has been painted; the tables and sources below after them.
    let map_painted = deferred::painted_after(|| true);
    let panels_painted = deferred::painted_after(move || map_painted.get());
    let panels = {
        let dataset = dataset.clone();
        move || {
            let dataset = dataset.clone();
            map_painted.get().then(|| {
                view! {
                    <RouteFigures data=dataset.clone() lang route />
                    <Panels data=dataset lang year open />
                }
            })
        }
    };
    let panel_data = dataset.clone();
    let more = {
        let dataset = dataset.clone();
        move || {
            let dataset = dataset.clone();
            panels_painted.get().then(|| {
                view! {
                    <section class="text-alternative" aria-labelledby="tables-heading">
                        <h2 id="tables-heading">{super::tr_live(lang, Key::TablesHeading)}</h2>
                        {(!dataset.story.steps.is_empty()).then(|| view! { <StepsList data=dataset.clone() lang /> })}
                        <DatasetTables dataset=dataset.clone() lang />
                    </section>
                    <SourcesList dataset lang />
                }
            })
        }
    };
    let embed = url.embed;
    let steps_count = dataset.story.steps.len();
    let steps_count_is_zero = steps_count == 0;
    let map_file = StoredValue::new(None);
    let race = RaceRun::new();
    let has_race = !dataset.story.race.is_empty();
    // The whole explorer has the race and the downloads; an embedded part keeps to its height.
    // The map's frame first, what is above it in the next task and what is below it in the one
    // after: the first render waits hidden behind the page's static map until the map is drawn
    // (`takeover`), so this only splits the work into tasks short enough not to block the
    // article.
    let map = move |whole: bool| {
        let race_here = (whole && has_race).then_some(race);
        let above_done = deferred::task_after(|| true);
        let below_done = deferred::task_after(move || above_done.get());
        let has_steps = !dataset.story.steps.is_empty();
        let above = {
            let dataset = dataset.clone();
            move || {
                above_done.get().then(|| {
                    let count = dataset.story.steps.len();
                    view! {
                        {has_steps.then(|| view! { <StorySteps data=dataset.clone() lang step /> })}
                        <Legend data=dataset.clone() lang hidden year>
                            {has_steps.then(|| view! { <StepsStart count lang step /> })}
                        </Legend>
                    }
                })
            }
        };
        let below = {
            let (dataset, loaded) = (dataset.clone(), loaded.clone());
            move || {
                below_done.get().then(|| {
                    let race_view = race_here
                        .map(|run| view! { <JourneyRace data=dataset.clone() lang year hidden goto run /> });
                    view! {
                        {race_view}
                        <YearControl lang year />
                        {whole.then(|| view! { <Downloads loaded=loaded.clone() lang map=map_file /> })}
                    }
                })
            }
        };
        view! {
            <div class="map-column">
                {above}
                <CorridorMap loaded=loaded.clone() lang selected hidden year emphasis=linked.emphasis view cooperative=embed file=map_file goto race=race_here />
                {below}
            </div>
        }
    };
    let content = match url.part.unwrap_or_default() {
        Part::All => view! {
            <div class="explorer">
                {map(true)}
                <div class="panel-column">{panels}</div>
            </div>
            <details class="more" open=!embed>
                <summary>{super::tr_live(lang, Key::MoreDetails)}</summary>
                {more}
            </details>
        }
        .into_any(),
        Part::Map => view! { <div class="explorer part-map">{map(false)}</div> }.into_any(),
        // The steps from the first, stepped by the host page's scroll.
        Part::Steps => {
            if step.get_untracked().is_none() && !steps_count_is_zero {
                step.set(Some(0));
            }
            follow_host_scroll(step, steps_count);
            view! { <div class="explorer part-steps">{map(false)}</div> }.into_any()
        }
        Part::Panel(panel) => view! { <PanelPart data=panel_data panel lang year /> }.into_any(),
    };
    view! {
        <AddressNotice ignored lang />
        {content}
    }
}

/// The step the address names, if the story has it; otherwise the parameter joins the ignored
/// ones.
fn initial_step(data: &Dataset, url: &UrlState, ignored: &mut Vec<String>) -> Option<usize> {
    let id = url.step.as_deref()?;
    let found = data.story.steps.iter().position(|s| s.id == id);
    if found.is_none() {
        ignored.push(format!("step={id}"));
    }
    found
}

/// The leg or place the address names, if the dataset has it; otherwise the parameter joins the
/// ignored ones.
fn initial_selection(data: &Dataset, url: &UrlState, ignored: &mut Vec<String>) -> Option<Selected> {
    if let Some(id) = &url.route {
        if data.legs.iter().any(|l| &l.id == id) {
            return Some(Selected::Leg(id.clone()));
        }
        ignored.push(format!("route={id}"));
    }
    if let Some(id) = &url.place {
        if data.node(id).is_some() {
            return Some(Selected::Node(id.clone()));
        }
        ignored.push(format!("place={id}"));
    }
    None
}
