//! Gliding the map to a view (`geometry::zoom_path`), such as a story step's (`glide_to_steps`):
//! at most 600 ms, a frame at a time on the map's one transform (no path is rebuilt), or at once
//! for a reader who asks for reduced motion. A new glide stops the one under way.

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

fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// Moves `zoom` to `to` on a map `width` × `height`; `glides` counts the glides started, so
/// that an older one stops when a newer one begins.
pub fn glide(zoom: RwSignal<Zoom>, to: Zoom, (width, height): (f64, f64), glides: StoredValue<u64>) {
    glides.update_value(|g| *g += 1);
    let path = ZoomPath::new(zoom.get_untracked(), to, width, height);
    let duration = path.duration_ms(MAX_MS);
    if reduced_motion() || duration < 1.0 {
        zoom.set(to);
        return;
    }
    let glide = Glide { zoom, path, start: now(), duration, id: glides.get_value(), glides };
    glide.frame();
}

#[derive(Clone, Copy)]
struct Glide {
    zoom: RwSignal<Zoom>,
    path: ZoomPath,
    start: f64,
    duration: f64,
    id: u64,
    glides: StoredValue<u64>,
}

impl Glide {
    fn frame(self) {
        if self.glides.get_value() != self.id {
            return;
        }
        let t = ((now() - self.start) / self.duration).clamp(0.0, 1.0);
        // Ease in and out (cubic), as d3's transitions do by default.
        let eased = if t < 0.5 { 4.0 * t * t * t } else { 1.0 - (-2.0 * t + 2.0).powi(3) / 2.0 };
        self.zoom.set(self.path.at(eased));
        if t < 1.0 {
            request_animation_frame(move || self.frame());
        }
    }
}

/// Glides to where a story step asks the map to look, once the map is drawn.
pub fn glide_to_steps(
    goto: RwSignal<Option<Goto>>,
    zoom: RwSignal<Zoom>,
    (scene, ready): (Memo<Scene>, Signal<bool>),
) {
    let glides = StoredValue::new(0u64);
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
