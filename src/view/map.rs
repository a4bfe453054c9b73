//! The corridor map: an SVG drawn from the `Scene` (computed once per data, size and language),
//! with selection, hover and zoom changing only classes and one transform.

use super::deferred;
use super::inset::inset_view;
use super::locator::locator_view;
use super::map_file::{MapFile, MapState};
use super::map_input::{Gestures, Hint};
use super::map_item::{MapItem, Marks};
use super::map_node::node_view;
use super::measure::tracked_width;
use super::race::RaceRun;
use super::scale_bar::scale_bar_view;
use super::selection::Selected;
use super::steps::Goto;
use super::tooltip::Tooltip;
use crate::figures::flow::Flows;
use crate::geometry::Scene;
use crate::geometry::naming::{Lettering, Names};
use crate::geometry::scene::{LegShape, map_height};
use crate::geometry::zoom::{MapView, Zoom};
use crate::i18n::{Key, Lang, tr};
use crate::labels;
use crate::load::Loaded;
use crate::model::{CorridorId, Leg};
use crate::render::{map_svg, marks};
use leptos::html::Div;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn CorridorMap(
    loaded: Arc<Loaded>,
    #[prop(into)] lang: Signal<Lang>,
    selected: RwSignal<Option<Selected>>,
    hidden: RwSignal<Vec<CorridorId>>,
    /// The year control's year: legs opened later are not drawn.
    #[prop(into)]
    year: Signal<u16>,
    /// The route of the figure the reader points at in a panel: the others fade.
    #[prop(into)]
    emphasis: Signal<Option<CorridorId>>,
    /// The view as a link holds it: applied whenever the map is sized, updated when the reader
    /// has moved the map (not during a drag).
    view: RwSignal<Option<MapView>>,
    /// Embedded in an article: leave plain wheel and one-finger drags to the page.
    #[prop(optional)]
    cooperative: bool,
    /// Where the map leaves what the SVG and PNG downloads draw.
    #[prop(optional)]
    file: Option<MapFile>,
    /// Where a story step asks the map to look: it glides there.
    #[prop(optional)]
    goto: Option<RwSignal<Option<Goto>>>,
    /// The journey race, whose containers the map moves.
    #[prop(default = None)]
    race: Option<RaceRun>,
) -> impl IntoView {
    let frame = NodeRef::<Div>::new();
    let story = Arc::new(loaded.checked.dataset.story.clone());
    // Nothing is drawn until the frame has its width: the scene is then built once, for the real
    // size, in a task after the frame that laid the page out — two shorter tasks instead of one
    // long one that would block the page embedding us. The frame's CSS height holds its place.
    let measured = tracked_width(frame);
    let ready = Signal::from(deferred::task_after(move || measured.get().is_some()));
    // Then in tasks of their own, each after the one before: the routes and places, then the
    // names and insets. The first render stays hidden behind the page's static map until the
    // last of them (`takeover`), so drawing it in three tasks shows nothing half-drawn, and no
    // task is long enough to block the article (Lighthouse counts each over 50 ms).
    let routes_ready = Signal::from(deferred::task_after(move || ready.get()));
    let names_ready = Signal::from(deferred::task_after(move || routes_ready.get()));
    let width = Memo::new(move |_| measured.get().unwrap_or(800.0));
    let height = Memo::new(move |_| map_height(width.get()));
    let data = loaded.clone();
    let scene = Memo::new(move |_| {
        crate::load::timed("corridor-explorer scene", || {
            Scene::build(&data.checked.dataset, &data.basemap, width.get(), height.get())
        })
    });
    let data = loaded.clone();
    let names =
        Memo::new(move |_| scene.with(|s| Names::new(&data.checked.dataset, &data.basemap, s, lang.get())));
    let zoom = RwSignal::new(Zoom::IDENTITY);
    if let Some(file) = file {
        file.set_value(Some(MapState { loaded: loaded.clone(), scene, zoom, hidden, year }));
    }
    let hovered = RwSignal::new(None::<Selected>);
    let marks = Marks::new(selected, hovered);
    let gestures = Gestures::new(zoom, scene, cooperative);
    // Names are placed anew when the scale changes, a drag ends or a glide ends; during a drag
    // or a glide they move with the map as one group, so that such a frame only changes
    // transforms.
    let placed_at = RwSignal::new(Zoom::IDENTITY);
    let glides = super::map_motion::Glides::new();
    Effect::new(move |_| {
        let (now, dragging) = (zoom.get(), gestures.dragging.get());
        if glides.under_way.get() {
            return;
        }
        if !dragging || now.scale != placed_at.get_untracked().scale {
            placed_at.set(now);
        }
    });
    let placed = Memo::new(move |_| names.with(|n| n.letter(placed_at.get())));
    let shift = move || label_shift(zoom.get(), placed_at.get());
    let hint = move || {
        gestures.hint.get().map(|h| {
            let key = if h == Hint::CtrlScroll { Key::HintCtrlScroll } else { Key::HintTwoFingers };
            view! { <div class="gesture-hint">{tr(lang.get(), key)}</div> }
        })
    };
    frame_comparison_when_selected(&loaded, selected, zoom, (scene, ready));
    if let Some(goto) = goto {
        super::map_motion::glide_to_steps(goto, zoom, (scene, ready), glides);
    }
    // Drawn (effects run after the render): the page's static map can give way to this one.
    Effect::new(move |_| {
        if names_ready.get() {
            super::takeover::finish();
        }
    });
    follow_view(view, zoom, gestures.dragging, (width, height));

    let active = move || hovered.get().or_else(|| selected.get());
    // No card before the map is drawn: placed for a guessed width (and building a scene for it),
    // a selection from the address would show its card at one point and then move it.
    let card_for = Signal::derive(move || ready.get().then(active).flatten());
    let shown = Shown { hidden, year, emphasis };
    let legs = {
        let (loaded, marks) = (loaded.clone(), marks.clone());
        move || {
            if !routes_ready.get() {
                return None;
            }
            let shapes = scene.with(|s| s.legs.clone());
            let loaded = loaded.clone();
            // The scene has one shape per leg, in the dataset's order.
            let legs = loaded.checked.dataset.legs.clone();
            // Once for all legs: each line's width class reads it.
            let flows = Flows::of(&loaded.checked.dataset).map(Arc::new);
            legs.into_iter()
                .zip(shapes)
                .map(|(leg, shape)| {
                    leg_view(&loaded, leg, shape, lang, marks.clone(), (shown, flows.clone()))
                })
                .collect_view()
                .into()
        }
    };
    let nodes = {
        let loaded = loaded.clone();
        // Symbols keep their size as the map zooms (labels are placed clear of that size): each
        // undoes the zoom's scale, which changes on a zoom frame only, not a pan frame.
        let unscale = Memo::new(move |_| 1.0 / zoom.get().scale);
        move || {
            let shapes = routes_ready.get().then(|| scene.with(|s| s.nodes.clone()))?;
            Some(
                shapes
                    .into_iter()
                    .map(|shape| node_view(&loaded, shape, (lang, unscale), marks.clone()))
                    .collect_view(),
            )
        }
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" {
            selected.set(None);
            hovered.set(None);
        }
        gestures.key(&ev);
    };
    view! {
        <figure class="map-figure">
            <div class="map-frame" class:cooperative=cooperative node_ref=frame on:keydown=on_key>
                <svg
                    class="map"
                    class:has-active=move || active().is_some()
                    class:has-emphasis=move || emphasis.get().is_some()
                    class:racing=move || race.is_some_and(|r| r.race.with(Option::is_some))
                    role="group"
                    aria-label={
                        let story = story.clone();
                        move || crate::i18n::fill(tr(lang.get(), Key::MapLabel), &[("title", &story.title.get(lang.get()))])
                    }
                    aria-describedby="map-description map-keys"
                    viewBox=move || format!("0 0 {} {}", width.get(), height.get())
                    width=move || width.get()
                    height=move || height.get()
                    on:wheel=move |ev| gestures.wheel(&ev)
                    on:pointerdown=move |ev| gestures.pointer_down(&ev)
                    on:pointermove=move |ev| gestures.pointer_move(&ev)
                    on:pointerup=move |ev| gestures.pointer_up(&ev)
                    on:pointercancel=move |ev| gestures.pointer_up(&ev)
                    on:dblclick=move |ev| gestures.double_click(&ev)
                >
                    <rect class="sea" width="100%" height="100%" on:click=move |_| selected.set(None) />
                    // Bottom to top: sea, land, borders, sea and country names, routes, places, place names.
                    <g class="zoom basemap-layer" transform=move || zoom.get().svg()>
                        <path class="land" d=move || ready.get().then(|| scene.with(|s| s.land.clone())) on:click=move |_| selected.set(None) />
                        <path class="borders" d=move || ready.get().then(|| scene.with(|s| s.borders.clone())) />
                    </g>
                    <g class="area-labels" aria-hidden="true" transform=shift inner_html=lettered(placed, names_ready, |l| map_svg::area_label_texts(&l.areas))></g>
                    <g class="zoom routes-layer" transform=move || zoom.get().svg()>
                        <g class="routes">{legs}</g>
                        <g class="nodes">{nodes}</g>
                    </g>
                    <g class="labels" aria-hidden="true" transform=shift inner_html=lettered(placed, names_ready, |l| map_svg::place_label_texts(&l.places))></g>
                    <g class="callouts" aria-hidden="true" transform=shift inner_html={
                        let loaded = loaded.clone();
                        // Not about what the legend has switched off (a step's other corridors).
                        lettered(placed, names_ready, move |l| {
                            map_svg::callout_markup(&map_svg::shown_callouts(&loaded.checked.dataset, &l.callouts, &hidden.get()))
                        })
                    }></g>
                    {
                        let loaded = loaded.clone();
                        race.map(|run| move || names_ready.get().then(|| super::race_markers::race_markers(loaded.clone(), scene, zoom, run, (hidden, lang))))
                    }
                    {
                        let loaded = loaded.clone();
                        move || names_ready.get().then(|| inset_view(loaded.clone(), scene, placed, zoom, (hidden, year)))
                    }
                    {move || names_ready.get().then(|| locator_view(scene, placed_at))}
                    {move || names_ready.get().then(|| scale_bar_view(scene, placed_at, lang))}
                </svg>
                <Tooltip loaded=loaded.clone() lang scene zoom active=card_for />
                <div class="gesture-hint-slot" role="status" aria-live="polite">{hint}</div>
                <div class="zoom-buttons">
                    <button type="button" aria-label=super::tr_live(lang, Key::ZoomIn) on:click=move |_| gestures.zoom_by(1.6)>"+"</button>
                    <button type="button" aria-label=super::tr_live(lang, Key::ZoomOut) on:click=move |_| gestures.zoom_by(1.0 / 1.6)>"−"</button>
                    <button type="button" aria-label=super::tr_live(lang, Key::ZoomReset) on:click=move |_| zoom.set(Zoom::IDENTITY)>"⟲"</button>
                </div>
            </div>
            <figcaption>
                <p id="map-description" class="map-description">{move || story.description.get(lang.get()).to_string()}</p>
                <p id="map-keys" class="map-keys">{super::tr_live(lang, Key::MapKeys)}</p>
                <p class="attribution">{super::tr_live(lang, Key::Attribution)}</p>
            </figcaption>
        </figure>
    }
}

/// Applies the linked view when the map gets its size; reports the reader's view once they let go.
fn follow_view(
    view: RwSignal<Option<MapView>>,
    zoom: RwSignal<Zoom>,
    dragging: RwSignal<bool>,
    (width, height): (Memo<f64>, Memo<f64>),
) {
    Effect::new(move |_| {
        let (w, h) = (width.get(), height.get());
        if let Some(v) = view.get_untracked() {
            zoom.set(Zoom::from_view(v, w, h));
        }
    });
    Effect::new(move |first_run: Option<()>| {
        let (now, busy) = (zoom.get(), dragging.get());
        // The first run sees the zoom before the linked view is applied; skip it.
        if first_run.is_none() || busy {
            return;
        }
        let w = width.get_untracked();
        let h = height.get_untracked();
        let next = (now != Zoom::IDENTITY).then(|| now.to_view(w, h));
        if view.get_untracked() != next {
            view.set(next);
        }
    });
}

/// What decides whether a leg is drawn (legend, year control) and whether it is faded (a
/// panel's figure of another route under the pointer).
#[derive(Clone, Copy)]
struct Shown {
    hidden: RwSignal<Vec<CorridorId>>,
    year: Signal<u16>,
    emphasis: Signal<Option<CorridorId>>,
}

/// Selecting a comparison corridor (a long sea route) zooms out until it is whole; other
/// selections leave the view alone.
fn frame_comparison_when_selected(
    loaded: &Arc<Loaded>,
    selected: RwSignal<Option<Selected>>,
    zoom: RwSignal<Zoom>,
    (scene, ready): (Memo<Scene>, Signal<bool>),
) {
    let data = loaded.clone();
    Effect::new(move |_| {
        let corridor = selected.get().and_then(|s| s.corridor(&data.checked.dataset));
        if let (Some(corridor), true) = (corridor, ready.get()) {
            let (frame, w, h) = scene.with_untracked(|s| (s.comparison_frame(corridor), s.width, s.height));
            if let Some(frame) = frame {
                zoom.set(Zoom::frame(frame, w, h, 16.0));
            }
        }
    });
}

fn leg_view(
    loaded: &Arc<Loaded>,
    leg: Leg,
    shape: LegShape,
    lang: Signal<Lang>,
    marks: Marks,
    (Shown { hidden, year, emphasis }, flows): (Shown, Option<Arc<Flows>>),
) -> impl IntoView + use<> {
    let corridor = leg.corridor;
    let class = marks::leg_class(&loaded.checked.dataset, &leg);
    let shown_in = {
        let leg = leg.clone();
        move |year| leg.shown_in(year)
    };
    let line = move || marks::line_class(flows.as_deref(), corridor, year.get());
    let data = loaded.clone();
    let label = Signal::derive(move || labels::leg_description(&data.checked.dataset, &leg, lang.get()));
    let is_hidden = Signal::derive(move || hidden.get().contains(&corridor) || !shown_in(year.get()));
    let dimmed = Signal::derive(move || emphasis.get().is_some_and(|e| e != corridor));
    view! {
        <MapItem
            me=Selected::Leg(shape.id.clone())
            class
            label
            marks=marks.clone()
            hidden=is_hidden
            dimmed
            data_leg=shape.id.clone()
        >
            <path class="hit" d=shape.d.clone() />
            <path class=line d=shape.d.clone() />
        </MapItem>
    }
}

/// Moves names placed at `placed` to where the map now is: the same scale after a drag, scaled
/// along during a glide.
fn label_shift(now: Zoom, placed: Zoom) -> String {
    let k = now.scale / placed.scale;
    if (k - 1.0).abs() < 1e-9 {
        return format!("translate({:.1},{:.1})", now.x - placed.x, now.y - placed.y);
    }
    format!("translate({:.1},{:.1}) scale({k:.4})", now.x - k * placed.x, now.y - k * placed.y)
}

/// Names drawn by the published first screen's writer (`render::map_svg`), once the map is ready
/// for them: one string per group, set as its markup, instead of a view per name.
fn lettered(
    placed: Memo<Lettering>,
    ready: Signal<bool>,
    write: impl Fn(&Lettering) -> String + Send + Sync + 'static,
) -> impl Fn() -> String + Send + Sync + 'static {
    move || if ready.get() { placed.with(|l| write(l)) } else { String::new() }
}
