//! The journey race's containers on the map: one marker per raced route, moved each frame by
//! its transform alone (the journeys are projected once per race and map size; no path is
//! drawn during the race). Drawn at a fixed size above the routes, in screen coordinates from
//! the map's zoom, above the names. Containers that reach the same finish (or one close by) stack
//! northwards in the order they arrived, each with its day, so that every one stays visible.

use super::race::RaceRun;
use crate::format;
use crate::geometry::journey::Journey;
use crate::geometry::zoom::Zoom;
use crate::geometry::{Point, Scene};
use crate::i18n::{Key, Lang, Msg, message, tr};
use crate::load::Loaded;
use crate::model::CorridorId;
use leptos::prelude::*;
use std::sync::Arc;

/// Between stacked markers at a shared finish, in pixels.
const STACK: f64 = 13.0;
/// Finishes closer than this on the screen, in pixels, share a stack (Rotterdam and Duisburg).
const SAME_FINISH: f64 = 40.0;

pub fn race_markers(
    loaded: Arc<Loaded>,
    scene: Memo<Scene>,
    zoom: RwSignal<Zoom>,
    run: RaceRun,
    (hidden, lang): (RwSignal<Vec<CorridorId>>, Signal<Lang>),
) -> impl IntoView {
    // The loaded story is shared, not copied: the dataset is read where it lies.
    let classes = loaded.clone();
    let journeys = Memo::new(move |_| {
        let data = &loaded.checked.dataset;
        let race = run.race.get()?;
        let journeys = scene.with(|s| {
            let journey = |line: &[usize]| Journey::new(line.iter().map(|&i| &data.legs[i]), &s.projection);
            race.entrants.iter().map(|e| journey(&e.line)).collect::<Vec<_>>()
        });
        Some((race, Arc::new(journeys)))
    });
    move || {
        let (race, journeys) = journeys.get()?;
        let classes = classes.clone();
        let stacks = {
            let journeys = journeys.clone();
            Memo::new(move |_| stack_ranks(&journeys, zoom.get().scale))
        };
        let markers = race.entrants.iter().enumerate().map(|(i, entrant)| {
            let (entrant, journeys) = (entrant.clone(), journeys.clone());
            let (corridor, id) = (entrant.corridor, entrant.figure.id.clone());
            let finish = entrant.line.last().map(|&leg| classes.checked.dataset.legs[leg].to.clone());
            let claimed = entrant.claimed();
            let arrives = entrant.arrives();
            let arrived = move || run.day.get() >= arrives;
            // The claim is labelled as one all the way; every container has its day once it is in.
            // A memo: the text changes twice a race, the clock every frame.
            let label = Memo::new(move |_| {
                let lang = lang.get();
                let day = arrived().then(|| message(lang, Msg::RaceDay, &[("day", &format::number(lang, arrives, 1))]));
                let claim = claimed.then(|| tr(lang, Key::RaceClaimMarker).to_string());
                let text: Vec<String> = day.into_iter().chain(claim).collect();
                (!text.is_empty()).then(|| text.join(" · "))
            });
            let transform = move || {
                let day = run.day.get();
                let mut at = zoom.get().apply(journeys[i].at(entrant.share(day)));
                if day >= entrant.arrives() {
                    at.y -= STACK * stacks.with(|s| s[i]) as f64;
                }
                format!("translate({:.1},{:.1})", at.x, at.y)
            };
            let class = format!("race-marker {}", super::corridor_class(&classes.checked.dataset, Some(corridor)));
            view! {
                <g class=class class:claimed=claimed class:off=move || hidden.with(|h| h.contains(&corridor)) transform=transform data-figure=id data-finish=finish>
                    <circle r="6" />
                    {move || label.get().map(|text| view! { <text x="9" dominant-baseline="central">{text}</text> })}
                </g>
            }
        });
        Some(view! { <g class="race-markers" aria-hidden="true">{markers.collect_view()}</g> })
    }
}

/// For each journey, how many earlier ones (in arrival order) finish close by at the map's
/// `scale`: each container at its own finish, lifted by a row per container before it.
fn stack_ranks(journeys: &[Journey], scale: f64) -> Vec<usize> {
    let finish = |j: &Journey| j.points().last().copied().unwrap_or(Point::new(0.0, 0.0));
    let close =
        |i: usize, j: usize| finish(&journeys[i]).distance(finish(&journeys[j])) * scale < SAME_FINISH;
    (0..journeys.len()).map(|i| (0..i).filter(|&j| close(i, j)).count()).collect()
}
