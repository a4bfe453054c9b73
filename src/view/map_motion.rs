//! Gliding the map to a view (`geometry::zoom_path`), such as a story step's (`glide_to_steps`):
//! at most 600 ms, a frame at a time on the map's one transform (no path is rebuilt), or at once
//! for a reader who asks for reduced motion. A new glide stops the one under way. While a glide
//! is under way the map's names move and scale with it; they are placed anew when it ends
//! (placing them every frame would cost 10–20 ms a frame).

use super::steps::Goto;
use crate::geometry::Scene;
use crate::geometry::zoom::Zoom;
use crate::geometry::zoom_path::ZoomPath;
use leptos::prelude::*;

/// The longest a glide takes, in milliseconds.
pub const MAX_MS: f64 = 600.0;

/// Whether the reader's system asks for reduced motion.
pub fn reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten())
        .is_some_and(|m| m.matches())
}

pub fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// The map's glides: how many were started (an older one stops when a newer one begins), and
/// whether one is under way.
#[derive(Clone, Copy)]
pub struct Glides {
    started: StoredValue<u64>,
    pub under_way: RwSignal<bool>,
}

impl Glides {
    pub fn new() -> Self {
        Self { started: StoredValue::new(0), under_way: RwSignal::new(false) }
    }
}

/// Moves `zoom` to `to` on a map `width` × `height`.
pub fn glide(zoom: RwSignal<Zoom>, to: Zoom, (width, height): (f64, f64), glides: Glides) {
    glides.started.update_value(|g| *g += 1);
    let path = ZoomPath::new(zoom.get_untracked(), to, width, height);
    let duration = path.duration_ms(MAX_MS);
    if reduced_motion() || duration < 1.0 {
        glides.under_way.set(false);
        zoom.set(to);
        return;
    }
    glides.under_way.set(true);
    let glide = Glide { zoom, path, start: now(), duration, id: glides.started.get_value(), glides };
    glide.frame();
}

#[derive(Clone, Copy)]
struct Glide {
    zoom: RwSignal<Zoom>,
    path: ZoomPath,
    start: f64,
    duration: f64,
    id: u64,
    glides: Glides,
}

impl Glide {
    fn frame(self) {
        if self.glides.started.get_value() != self.id {
            return;
        }
        let t = ((now() - self.start) / self.duration).clamp(0.0, 1.0);
        // Ease in and out (cubic), as d3's transitions do by default.
        let eased = if t < 0.5 { 4.0 * t * t * t } else { 1.0 - (-2.0 * t + 2.0).powi(3) / 2.0 };
        self.zoom.set(self.path.at(eased));
        if t < 1.0 {
            request_animation_frame(move || self.frame());
        } else {
            self.glides.under_way.set(false);
        }
    }
}

/// Glides to where a story step asks the map to look, once the map is drawn.
pub fn glide_to_steps(
    goto: RwSignal<Option<Goto>>,
    zoom: RwSignal<Zoom>,
    (scene, ready): (Memo<Scene>, Signal<bool>),
    glides: Glides,
) {
    Effect::new(move |_| {
        let (Some(target), true) = (goto.get(), ready.get()) else { return };
        let (to, size) = scene.with_untracked(|s| {
            let to = match &target {
                Goto::Whole => Zoom::IDENTITY,
                Goto::Around(places) => {
                    // Clear of the locator globe in its corner too.
                    let padding =
                        s.globe.as_ref().map_or(STEP_PADDING, |g| g.corner().width.max(STEP_PADDING));
                    let points = places.iter().map(|&p| s.projection.project(p));
                    crate::geometry::scene::bounds(points)
                        .map_or(Zoom::IDENTITY, |r| Zoom::frame(r, s.width, s.height, padding))
                }
            };
            (to, (s.width, s.height))
        });
        glide(zoom, to, size, glides);
    });
}

/// Room around what a step frames, in pixels: its places' names fit.
const STEP_PADDING: f64 = 48.0;
