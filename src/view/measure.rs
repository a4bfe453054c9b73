//! The width of an element, kept up to date: SVG charts and the map are drawn for their real
//! width (a scaled viewBox would shrink their text on phones).

use leptos::html::Div;
use leptos::prelude::*;

/// The element's width once it is laid out (a detached node measures 0), and after every window
/// resize; `initial` until then.
pub fn tracked_width(element: NodeRef<Div>, initial: f64) -> RwSignal<f64> {
    let width = RwSignal::new(initial);
    let measure = move || {
        let measured = element.get_untracked().map_or(0, |el| el.client_width());
        if measured > 0 && (f64::from(measured) - width.get_untracked()).abs() >= 1.0 {
            width.set(f64::from(measured));
        }
    };
    Effect::new(move |_| {
        if element.get().is_some() {
            request_animation_frame(measure);
        }
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());
    width
}
