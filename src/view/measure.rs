//! The width of an element, kept up to date: SVG charts and the map are drawn for their real
//! width (a scaled viewBox would shrink their text on phones).

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// The element's width, `None` until it is laid out with a width (a hidden tab measures 0).
///
/// Kept by a `ResizeObserver`, which reports the element's first layout and every change after
/// it (a hidden tab being shown, a column reflowing, a window resize): what waits for the width
/// renders once, at the real width, not first at a guessed one and again a frame later (which
/// doubled the map's first render). The map's frame holds its height in CSS meanwhile, so
/// nothing below it moves when it is drawn.
pub fn tracked_width(element: NodeRef<Div>) -> RwSignal<Option<f64>> {
    tracked(element, |el| f64::from(el.client_width()))
}

/// The element's height (its content's, past any clipping), kept up to date the same way.
pub fn tracked_height(element: NodeRef<Div>) -> RwSignal<Option<f64>> {
    tracked(element, |el| f64::from(el.scroll_height()))
}

fn tracked(element: NodeRef<Div>, read: fn(&web_sys::HtmlDivElement) -> f64) -> RwSignal<Option<f64>> {
    let width = RwSignal::new(None::<f64>);
    let observer = StoredValue::new_local(None::<(web_sys::ResizeObserver, Closure<dyn Fn()>)>);
    Effect::new(move |_| {
        let Some(el) = element.get() else { return };
        let target = el.clone();
        let measure = Closure::<dyn Fn()>::new(move || {
            let measured = read(&target);
            let changed = width.with_untracked(|w| w.is_none_or(|w| (w - measured).abs() >= 1.0));
            if measured > 0.0 && changed {
                width.set(Some(measured));
            }
        });
        if let Ok(o) = web_sys::ResizeObserver::new(measure.as_ref().unchecked_ref()) {
            o.observe(&el);
            observer.set_value(Some((o, measure)));
        }
    });
    on_cleanup(move || {
        observer.update_value(|o| {
            if let Some((o, _)) = o.take() {
                o.disconnect();
            }
        })
    });
    width
}
