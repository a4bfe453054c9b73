//! Mouse, touch and keyboard on the map: wheel and pinch zoom, drag to pan, double-click zoom,
//! arrows/+/−/0 on the keyboard. All of it ends in `Zoom`'s pure, bounded arithmetic.
//!
//! Embedded in an article the map is *cooperative* (as MapLibre's cooperative gestures): a plain
//! wheel and a one-finger drag scroll the page, and a hint says to use Ctrl + wheel or two fingers.

use crate::geometry::zoom::Zoom;
use crate::geometry::{Point, Scene};
use leptos::ev::{KeyboardEvent, MouseEvent, PointerEvent, WheelEvent};
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;

/// What the reader is told when a gesture was left to the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hint {
    CtrlScroll,
    TwoFingers,
}

/// Pixels a pointer may move and still count as a click.
const CLICK_SLOP: f64 = 4.0;
/// Pixels an arrow key pans.
const KEY_PAN: f64 = 60.0;

/// Enter or Space: the keys that press a button.
pub fn is_activation(ev: &KeyboardEvent) -> bool {
    matches!(ev.key().as_str(), "Enter" | " ")
}

#[derive(Clone, Debug, Default)]
struct Pointers {
    /// Active pointers: id and last position (two at once is a pinch).
    down: Vec<(i32, Point)>,
    moved: f64,
}

#[derive(Clone, Copy)]
pub struct Gestures {
    zoom: RwSignal<Zoom>,
    scene: Memo<Scene>,
    pointers: StoredValue<Pointers>,
    cooperative: bool,
    pub hint: RwSignal<Option<Hint>>,
    /// True while a pointer drags the map.
    pub dragging: RwSignal<bool>,
}

impl Gestures {
    pub fn new(zoom: RwSignal<Zoom>, scene: Memo<Scene>, cooperative: bool) -> Self {
        let hint = RwSignal::new(None);
        let dragging = RwSignal::new(false);
        Self { zoom, scene, pointers: StoredValue::new(Pointers::default()), cooperative, hint, dragging }
    }

    /// Shows `hint` for a moment.
    fn show(&self, hint: Hint) {
        let signal = self.hint;
        signal.set(Some(hint));
        set_timeout(move || signal.set(None), Duration::from_millis(1500));
    }

    fn size(&self) -> (f64, f64) {
        self.scene.with_untracked(|s| (s.width, s.height))
    }

    fn zoom_at(&self, factor: f64, at: Point) {
        let (w, h) = self.size();
        self.zoom.update(|z| *z = z.zoom_at(factor, at, w, h));
    }

    /// Zoom around the map's centre (buttons, keys).
    pub fn zoom_by(&self, factor: f64) {
        let (w, h) = self.size();
        self.zoom_at(factor, Point::new(w / 2.0, h / 2.0));
    }

    fn pan(&self, dx: f64, dy: f64) {
        let (w, h) = self.size();
        self.zoom.update(|z| *z = z.pan(dx, dy, w, h));
    }

    pub fn wheel(&self, ev: &WheelEvent) {
        if self.cooperative && !(ev.ctrl_key() || ev.meta_key()) {
            self.show(Hint::CtrlScroll);
            return; // the page scrolls
        }
        ev.prevent_default();
        let factor = (-ev.delta_y() * 0.002).exp();
        self.zoom_at(factor, offset(ev));
    }

    pub fn double_click(&self, ev: &MouseEvent) {
        self.zoom_at(2.0, offset(ev));
    }

    pub fn pointer_down(&self, ev: &PointerEvent) {
        let p = offset(ev);
        self.pointers.update_value(|s| {
            s.down.retain(|(id, _)| *id != ev.pointer_id());
            s.down.push((ev.pointer_id(), p));
            s.moved = 0.0;
        });
    }

    pub fn pointer_move(&self, ev: &PointerEvent) {
        let p = offset(ev);
        let Some(before) =
            self.pointers.with_value(|s| s.down.clone()).into_iter().find(|(id, _)| *id == ev.pointer_id())
        else {
            return;
        };
        let others: Vec<Point> = self
            .pointers
            .with_value(|s| s.down.iter().filter(|(id, _)| *id != ev.pointer_id()).map(|d| d.1).collect());
        if self.cooperative && ev.pointer_type() == "touch" && others.is_empty() {
            self.show(Hint::TwoFingers);
            return; // one finger scrolls the page (touch-action in the stylesheet)
        }
        if self.pointers.with_value(|s| s.moved) <= CLICK_SLOP && distance(p, before.1) > 0.0 {
            capture(ev);
            self.dragging.set(true);
        }
        match others.first() {
            // Pinch: scale by the change in distance between the two fingers, around their middle.
            Some(&other) => {
                let (d0, d1) = (distance(before.1, other), distance(p, other));
                if d0 > 0.0 {
                    self.zoom_at(d1 / d0, Point::new((p.x + other.x) / 2.0, (p.y + other.y) / 2.0));
                }
            }
            None => self.pan(p.x - before.1.x, p.y - before.1.y),
        }
        self.pointers.update_value(|s| {
            s.moved += distance(p, before.1);
            if let Some(d) = s.down.iter_mut().find(|(id, _)| *id == ev.pointer_id()) {
                d.1 = p;
            }
        });
    }

    pub fn pointer_up(&self, ev: &PointerEvent) {
        let dragged = self.pointers.with_value(|s| s.moved > CLICK_SLOP);
        self.pointers.update_value(|s| s.down.retain(|(id, _)| *id != ev.pointer_id()));
        if self.pointers.with_value(|s| s.down.is_empty()) {
            self.dragging.set(false);
        }
        if dragged {
            // A drag that ends over a route must not also select it.
            ev.prevent_default();
        }
    }

    pub fn key(&self, ev: &KeyboardEvent) {
        match ev.key().as_str() {
            "ArrowLeft" => self.pan(KEY_PAN, 0.0),
            "ArrowRight" => self.pan(-KEY_PAN, 0.0),
            "ArrowUp" => self.pan(0.0, KEY_PAN),
            "ArrowDown" => self.pan(0.0, -KEY_PAN),
            "+" | "=" => self.zoom_by(1.6),
            "-" | "_" => self.zoom_by(1.0 / 1.6),
            "0" => self.zoom.set(Zoom::IDENTITY),
            _ => return,
        }
        ev.prevent_default();
    }
}

/// Keeps a drag going when the pointer leaves the map; only once it is a drag, so that a plain
/// click still reaches the route under it.
fn capture(ev: &PointerEvent) {
    let map = ev.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
    if let Some(map) = map {
        // Capture fails only for a pointer that is no longer active: then there is nothing to keep.
        let _ = map.set_pointer_capture(ev.pointer_id());
    }
}

fn offset(ev: &MouseEvent) -> Point {
    Point::new(f64::from(ev.offset_x()), f64::from(ev.offset_y()))
}

fn distance(a: Point, b: Point) -> f64 {
    (a.x - b.x).hypot(a.y - b.y)
}
