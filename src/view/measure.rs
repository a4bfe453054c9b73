//! The width of an element, kept up to date: SVG charts and the map are drawn for their real
//! width (a scaled viewBox would shrink their text on phones).

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// The element's width, `None` until it is laid out with a width (a hidden tab measures 0).
///
/// Measured as soon as the element is in the page, then kept by a `ResizeObserver`: what depends
/// on it renders once, at the right width, before anything is painted — not first at a guessed
/// width and again a frame later (which doubled the map's first render and moved everything
/// below it). The observer also sees a hidden tab being shown, a column reflowing and a window
/// resize.
pub fn tracked_width(element: NodeRef<Div>) -> RwSignal<Option<f64>> {
    let width = RwSignal::new(None::<f64>);
    let observer = StoredValue::new_local(None::<(web_sys::ResizeObserver, Closure<dyn Fn()>)>);
    Effect::new(move |_| {
        let Some(el) = element.get() else { return };
        let target = el.clone();
        let measure = Closure::<dyn Fn()>::new(move || {
            let measured = f64::from(target.client_width());
            let changed = width.with_untracked(|w| w.is_none_or(|w| (w - measured).abs() >= 1.0));
            if measured > 0.0 && changed {
                width.set(Some(measured));
            }
        });
        // Once now, as the element has just been attached (a layout the browser would do next
        // anyway), so that the first frame painted is drawn at this width.
        measure.as_ref().unchecked_ref::<js_sys::Function>().call0(&wasm_bindgen::JsValue::NULL).ok();
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
