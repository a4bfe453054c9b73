//! The map's two insets as SVG markup, for the app, the first screen and the images alike: the
//! locator globe (`geometry::locator`) and the phone's detail inset (`geometry::inset`).

use super::escape;
use super::map_svg::{Shown, place_labels};
use super::marks::{leg_class, line_class, symbol};
use crate::figures::flow::Flows;
use crate::geometry::labels::Placed;
use crate::geometry::zoom::Zoom;
use crate::geometry::{Rect, Scene};
use crate::i18n::Lang;
use crate::model::Dataset;
use std::fmt::Write;

/// The locator inset (`geometry::locator`) for the view `zoom`: the globe's sea and land, the
/// part of the world on the map outlined (its extent in degrees as `data-view`), and the rim.
/// Nothing where the scene has no globe.
pub fn locator(scene: &Scene, zoom: Zoom) -> String {
    let Some(globe) = &scene.globe else { return String::new() };
    let outline = globe.view(&scene.projection, zoom, (scene.width, scene.height)).map(|(d, f)| {
        format!(
            r#"<path class="locator-view" d="{d}" data-view="{:.2},{:.2},{:.2},{:.2}"/>"#,
            f.west, f.south, f.east, f.north
        )
    });
    format!(
        concat!(
            r#"<g class="locator" aria-hidden="true" transform="translate({x:.1},{y:.1})">"#,
            r#"<circle class="locator-sea" r="{r}"/><path class="locator-land" d="{land}"/>{outline}"#,
            r#"<circle class="locator-rim" r="{r}"/></g>"#
        ),
        x = globe.centre.x,
        y = globe.centre.y,
        r = globe.radius,
        land = globe.land,
        outline = outline.unwrap_or_default(),
    )
}

/// The detail inset (`geometry::inset`) as the map opens: the magnified spot outlined on the
/// map and linked to the box, which shows land, borders, the legs as `shown` has them and the
/// places; its names are `place_labels` of `Lettering::inset`. Nothing where there is none.
pub fn inset(data: &Dataset, scene: &Scene, shown: Shown) -> String {
    let Some(inset) = &scene.inset else { return String::new() };
    let rect = |class: &str, r: &Rect| {
        format!(
            r#"<rect class="{class}" x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}"/>"#,
            r.x, r.y, r.width, r.height
        )
    };
    let (source, at) = (&inset.source, &inset.at);
    // From the spot's edge facing the box to the box's edge facing the spot.
    let centre = |r: &Rect| (r.x + r.width / 2.0, r.y + r.height / 2.0);
    let ((sx, sy), (ax, ay)) = (centre(source), centre(at));
    let toward = |r: &Rect, (x, y): (f64, f64), (tx, ty): (f64, f64)| {
        let (dx, dy) = (tx - x, ty - y);
        let t = (r.width / 2.0 / dx.abs().max(1e-9)).min(r.height / 2.0 / dy.abs().max(1e-9));
        (x + dx * t, y + dy * t)
    };
    let ((x1, y1), (x2, y2)) = (toward(source, (sx, sy), (ax, ay)), toward(at, (ax, ay), (sx, sy)));
    let mut out = format!(
        r#"<g class="inset" aria-hidden="true">{}<line class="inset-link" x1="{x1:.1}" y1="{y1:.1}" x2="{x2:.1}" y2="{y2:.1}"/>{}<path class="land" d="{}"/><path class="borders" d="{}"/>"#,
        rect("inset-source", source),
        rect("inset-sea", at),
        inset.land,
        inset.borders
    );
    let flows = Flows::of(data);
    // `inset-leg`, not `leg`: the map's legs are the selectable ones, each once.
    for (i, d) in &inset.legs {
        let leg = &data.legs[*i];
        let visible = !shown.hidden.contains(&leg.corridor) && leg.shown_in(shown.year);
        let style = if visible { "" } else { r#" display="none""# };
        let line = line_class(flows.as_ref(), leg.corridor, shown.year);
        let _ = write!(
            out,
            r#"<g class="{}"{style}><path class="{line}" d="{d}"/></g>"#,
            leg_class(data, leg).replacen("leg ", "inset-leg ", 1)
        );
    }
    for (i, at) in &inset.nodes {
        let node = &data.nodes[*i];
        let _ = write!(
            out,
            r#"<g class="inset-node kind-{}" data-inset-node="{}" transform="translate({:.1},{:.1})">{}</g>"#,
            node.kind.code(),
            escape(&node.id),
            at.x,
            at.y,
            symbol(node.kind)
        );
    }
    out + &rect("inset-frame", at) + "</g>"
}

/// The inset's names, in one language's group (`lang`) or as they are.
pub fn inset_labels(names: &[Placed], lang: Option<Lang>) -> String {
    place_labels(names, lang).replacen(r#"<g class="labels""#, r#"<g class="labels inset-labels""#, 1)
}
