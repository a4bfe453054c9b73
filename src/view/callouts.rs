//! The story's annotations on the app's map, as the published first screen draws them
//! (`render::map_svg::callout_group`): a leader line and the callout's lines of text.

use crate::geometry::callouts::{Callout, FONT};
use leptos::prelude::*;

pub fn callouts_view(callouts: &[Callout]) -> impl IntoView + use<> {
    let f = |v: f64| format!("{v:.1}");
    callouts
        .iter()
        .map(|c| {
            let (from, to) = c.leader;
            let lines = c
                .lines
                .iter()
                .enumerate()
                .map(|(i, line)| {
                    let y = c.rect.y + FONT + 13.5 * i as f64;
                    view! { <tspan x=f(c.rect.x + 2.0) y=f(y)>{line.clone()}</tspan> }
                })
                .collect_view();
            view! {
                <g class="callout" data-for=c.id.clone()>
                    <line class="leader" x1=f(from.x) y1=f(from.y) x2=f(to.x) y2=f(to.y) />
                    <text class="callout-text">{lines}</text>
                </g>
            }
        })
        .collect_view()
}
