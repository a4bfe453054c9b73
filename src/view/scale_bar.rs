//! The map's scale bar, for the reader's view: true at the latitude of the view's centre, which
//! its tooltip names (`geometry::scale_bar`); drawn as the published first screen draws it.

use crate::geometry::Scene;
use crate::geometry::scale_bar::{INSET, MAX_PX, scale_bar};
use crate::geometry::zoom::Zoom;
use crate::i18n::Lang;
use crate::render::map_svg::scale_title;
use leptos::prelude::*;

/// `zoom` is the view the names were last placed for: it changes when the scale does or a drag
/// ends, not on every frame of a drag.
pub fn scale_bar_view(scene: Memo<Scene>, zoom: RwSignal<Zoom>, lang: Signal<Lang>) -> impl IntoView {
    move || {
        let (bar, width, height) = scene.with(|s| (scale_bar(s, zoom.get(), MAX_PX), s.width, s.height));
        bar.map(|bar| {
            let lang = lang.get();
            let (right, y) = (width - INSET, height - INSET - 4.0);
            let left = right - bar.px;
            let f = |v: f64| format!("{v:.1}");
            let d = format!("M{},{}V{}H{}V{}", f(left), f(y - 4.0), f(y), f(right), f(y - 4.0));
            let label = format!("{} km", crate::format::number(lang, bar.km, 0));
            view! {
                <g class="scale-bar" data-km=bar.km.to_string() data-px=format!("{:.2}", bar.px) data-lat=format!("{:.3}", bar.lat)>
                    <title>{scale_title(bar.lat, lang)}</title>
                    <path d=d />
                    <text x=f((left + right) / 2.0) y=f(y - 7.0) text-anchor="middle">{label}</text>
                </g>
            }
        })
    }
}
