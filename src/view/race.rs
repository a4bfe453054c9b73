//! The journey race (`model/race.rs`) under the map: "Race a container" sends a container by
//! each raced route at once; a clock counts the days (`DAY_MS` each) and every arrival is
//! announced with its reported days and source. Pause, Resume, Restart and End are buttons, so
//! the keyboard has them; a reader who asks for reduced motion gets the finish at once — each
//! container at its arrival point and every route's days. The markers are the map's
//! (`view/race_markers.rs`); both read the same `RaceRun`.

use super::map_motion::{now, reduced_motion};
use super::sources::source_marker;
use super::steps::Goto;
use crate::format;
use crate::i18n::{Key, Lang, Msg, message, tr};
use crate::model::{CorridorId, Dataset, Entrant, Race};
use leptos::prelude::*;
use std::sync::Arc;

/// A day of the race on the screen, in milliseconds: the slowest of the default story's routes
/// (32 days) arrives after 8 s.
pub const DAY_MS: f64 = 250.0;

/// The race under way, shared by the control and the map's markers.
#[derive(Clone, Copy)]
pub struct RaceRun {
    /// The race (for the year it was started in); none: no race shown.
    pub race: RwSignal<Option<Arc<Race>>>,
    /// The clock, in days since the start.
    pub day: RwSignal<f64>,
    pub playing: RwSignal<bool>,
    /// Counts the clocks started, so that an older one stops when a newer one begins.
    clocks: StoredValue<u64>,
}

impl RaceRun {
    pub fn new() -> Self {
        Self {
            race: RwSignal::new(None),
            day: RwSignal::new(0.0),
            playing: RwSignal::new(false),
            clocks: StoredValue::new(0),
        }
    }

    fn finish_day(self) -> f64 {
        self.race.with_untracked(|r| r.as_ref().map_or(0.0, |r| r.finish_day()))
    }

    fn start(self, data: &Dataset, year: u16) {
        self.race.set(Some(Arc::new(Race::new(data, year))));
        self.day.set(0.0);
        self.play();
    }

    /// Runs the clock from where it stands (from the start once it has finished).
    fn play(self) {
        self.stop();
        let finish = self.finish_day();
        if reduced_motion() {
            self.day.set(finish);
            return;
        }
        if self.day.get_untracked() >= finish {
            self.day.set(0.0);
        }
        self.playing.set(true);
        let origin = now() - self.day.get_untracked() * DAY_MS;
        Clock { run: self, id: self.clocks.get_value(), origin, finish }.frame();
    }

    fn stop(self) {
        self.clocks.update_value(|c| *c += 1);
        self.playing.set(false);
    }

    fn end(self) {
        self.stop();
        self.race.set(None);
    }
}

/// One run of the clock: a frame at a time, until the last container arrives.
#[derive(Clone, Copy)]
struct Clock {
    run: RaceRun,
    id: u64,
    /// When day 0 was, on the page's clock.
    origin: f64,
    finish: f64,
}

impl Clock {
    fn frame(self) {
        if self.run.clocks.get_value() != self.id {
            return;
        }
        let day = ((now() - self.origin) / DAY_MS).min(self.finish);
        self.run.day.set(day);
        if day < self.finish {
            request_animation_frame(move || self.frame());
        } else {
            self.run.playing.set(false);
        }
    }
}

/// The race's button, and once it runs, its clock, buttons and arrivals.
#[component]
pub fn JourneyRace(
    data: Arc<Dataset>,
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into)] year: Signal<u16>,
    hidden: RwSignal<Vec<CorridorId>>,
    goto: RwSignal<Option<Goto>>,
    run: RaceRun,
) -> impl IntoView {
    let start = {
        let data = data.clone();
        move |_| {
            run.start(&data, year.get_untracked());
            run.race.with_untracked(|race| {
                let Some(race) = race else { return };
                // Every raced route shown, and the map framed on their lines.
                hidden.update(|h| h.retain(|c| !race.entrants.iter().any(|e| e.corridor == *c)));
                goto.set(Some(Goto::Around(line_places(&data, race))));
            });
        }
    };
    let (pause, start_button) =
        (NodeRef::<leptos::html::Button>::new(), NodeRef::<leptos::html::Button>::new());
    // The keyboard's focus follows: from the start button to the race's first button, and back
    // when the race is ended (its buttons are gone).
    Effect::new(move |was: Option<bool>| {
        let shown = run.race.with(Option::is_some);
        let to = match (was, shown) {
            (Some(false), true) => pause.get(),
            (Some(true), false) => start_button.get(),
            _ => None,
        };
        if let Some(button) = to {
            let _ = button.focus();
        }
        shown
    });
    let body = move || run.race.get().map(|race| race_body(data.clone(), race, lang, run, pause)).into_any();
    view! {
        <section class="race" aria-label=super::tr_live(lang, Key::RaceLabel)>
            <button type="button" class="race-start" node_ref=start_button hidden=move || run.race.with(Option::is_some) title=super::tr_live(lang, Key::RaceHint) on:click=start>
                {super::tr_live(lang, Key::RaceStart)}
                " ›"
            </button>
            {body}
        </section>
    }
}

fn race_body(
    data: Arc<Dataset>,
    race: Arc<Race>,
    lang: Signal<Lang>,
    run: RaceRun,
    first: NodeRef<leptos::html::Button>,
) -> impl IntoView {
    // Memos, so that a frame of the race changes the page only where something is new.
    let finished = Memo::new(move |_| run.day.get() >= run.finish_day());
    let whole_day = Memo::new(move |_| run.day.get().floor());
    let clock = move || {
        message(lang.get(), Msg::RaceDay, &[("day", &format::number(lang.get(), whole_day.get(), 0))])
    };
    let toggle = move |_| if run.playing.get_untracked() { run.stop() } else { run.play() };
    let toggle_text =
        move || tr(lang.get(), if run.playing.get() { Key::RacePause } else { Key::RaceResume });
    let arrived = Memo::new({
        let race = race.clone();
        move |_| race.arrived(run.day.get())
    });
    let entrants = race.entrants.clone();
    let rows = move || entrants.iter().take(arrived.get()).cloned().collect::<Vec<_>>();
    let still = reduced_motion();
    let missing: Vec<_> =
        race.without_line.iter().filter_map(|f| data.corridor(f.corridor?)).map(|c| c.name.clone()).collect();
    let row = move |entrant: Entrant| arrival(&data, entrant, lang);
    let year_missing = move || {
        let lang = lang.get();
        let line = |route: &crate::model::Text| {
            message(lang, Msg::RaceNoLine, &[("route", &route.get(lang)), ("year", &race.year)])
        };
        missing.iter().map(|r| view! { <p class="race-note">{line(r)}</p> }).collect_view()
    };
    view! {
        <div class="race-head">
            <p class="race-clock" role="timer">{clock}</p>
            <div class="race-buttons">
                // The first button stays in place (its label changes), so the focus has a home.
                <button type="button" node_ref=first hidden=move || still || finished.get() on:click=toggle>{toggle_text}</button>
                <button type="button" hidden=still on:click=move |_| { run.day.set(0.0); run.play() }>
                    {super::tr_live(lang, Key::RaceRestart)}
                </button>
                <button type="button" on:click=move |_| run.end()>{super::tr_live(lang, Key::RaceEnd)}</button>
            </div>
        </div>
        <ol class="race-arrivals" aria-live="polite">
            <For each=rows key=|e| e.figure.id.clone() children=row />
        </ol>
        {still.then(|| view! { <p class="race-note">{super::tr_live(lang, Key::RaceStill)}</p> })}
        <p class="race-note">{super::tr_live(lang, Key::RaceEvenPace)}</p>
        {year_missing}
    }
}

/// An arrival: the marker's swatch, the route, the day, the figure raced with its days and source.
fn arrival(data: &Arc<Dataset>, entrant: Entrant, lang: Signal<Lang>) -> impl IntoView + use<> {
    let class = format!("race-arrival {}", super::corridor_class(data, Some(entrant.corridor)));
    let route = data.corridor(entrant.corridor).map(|c| c.name.clone()).unwrap_or_default();
    let (figure, day, claimed) = (entrant.figure.clone(), entrant.arrives(), entrant.claimed());
    let days = figure.quantity.map(|q| move || format::quantity(lang.get(), q));
    let label = figure.label.clone();
    view! {
        <li class=class class:claimed=claimed data-figure=figure.id.clone() data-day=day.to_string()>
            {marker_swatch(claimed)}
            <strong>{move || route.get(lang.get()).to_string()}</strong>
            " "
            {move || message(lang.get(), Msg::RaceArrives, &[("day", &format::number(lang.get(), day, 1))])}
            <span class="race-figure">
                {move || format!("{}: ", label.get(lang.get()))}
                {days}
                {claimed.then(|| view! { " " <span class="badge badge-unverified">{super::tr_live(lang, Key::RaceClaimed)}</span> })}
                {source_marker(data, &figure.source, lang)}
            </span>
        </li>
    }
}

/// The map's marker in small, as the key to it.
fn marker_swatch(claimed: bool) -> impl IntoView {
    view! {
        <svg class="race-swatch" class:claimed=claimed width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
            <circle r="5" />
        </svg>
    }
}

/// The places of every raced line, for framing the map on the race.
fn line_places(data: &Dataset, race: &Race) -> Vec<crate::model::LonLat> {
    let legs = race.entrants.iter().flat_map(|e| e.line.iter().map(|&i| &data.legs[i]));
    legs.flat_map(|leg| leg.path.iter().copied()).collect()
}
