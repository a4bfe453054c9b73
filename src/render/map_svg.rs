//! The map as SVG markup, from the same `Scene` and placed names the app draws: the static first
//! screen (`render::first_screen`), the standalone SVG and PNG files (`./run publish`) and the
//! app's "map as SVG" download all come from here, so none of them is a second drawing of the map.
//! The elements, classes and number formats are the app's (`view/map.rs`), which lets the app
//! take over a static map without a visible change and lets a test compare the two.

use super::marks::{leg_class, line_class, symbol};
use super::{escape, insets};
use crate::basemap::AreaKind;
use crate::figures::flow::Flows;
use crate::geometry::Scene;
use crate::geometry::callouts::{self, Callout};
use crate::geometry::labels::Placed;
use crate::geometry::naming::{AreaName, Lettering};
use crate::geometry::scale_bar::{INSET, MAX_PX, ScaleBar};
use crate::geometry::scene::{LegShape, NodeShape};
use crate::geometry::zoom::Zoom;
use crate::i18n::{Key, Lang, Msg, fill, tr};
use crate::model::{CorridorId, Dataset};
use std::fmt::Write;

/// What the map shows besides its geometry: the reader's (or the first screen's) state.
#[derive(Clone, Copy, Debug)]
pub struct Shown<'a> {
    pub zoom: Zoom,
    /// Corridors switched off in the legend.
    pub hidden: &'a [CorridorId],
    /// Legs opened after this year are not drawn.
    pub year: u16,
}

impl Shown<'_> {
    /// The map as it opens: whole, every corridor, at the story's opening year.
    pub fn opening(data: &Dataset) -> Shown<'static> {
        Shown { zoom: Zoom::IDENTITY, hidden: &[], year: data.opening_year() }
    }
}

/// The opening tag of the map's `<svg>`: `class` ("map" and more) and `label` (its accessible
/// name's attribute, already escaped), sized in pixels or (`fluid`) by its container.
pub fn open_tag(scene: &Scene, class: &str, label: &str, fluid: bool) -> String {
    let (w, h) = (scene.width, scene.height);
    let size = if fluid { String::new() } else { format!(r#" width="{w}" height="{h}""#) };
    format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="{class}" role="img" {label} viewBox="0 0 {w} {h}"{size}>"#
    )
}

/// `aria-label` naming the map after the story, in `lang`.
fn map_label(data: &Dataset, lang: Lang) -> String {
    let label = fill(tr(lang, Key::MapLabel), &[("title", &data.story.title.get(lang))]);
    format!(r#"aria-label="{}""#, escape(&label))
}

/// Sea, land and borders, under the reader's zoom.
pub fn basemap(scene: &Scene, zoom: Zoom) -> String {
    format!(
        r#"<rect class="sea" width="100%" height="100%"/><g class="zoom basemap-layer" transform="{}"><path class="land" d="{}"/><path class="borders" d="{}"/></g>"#,
        zoom.svg(),
        scene.land,
        scene.borders
    )
}

/// Sea and country names; `lang` marks the group for the first screen's language switch.
pub fn area_labels(areas: &[AreaName], lang: Option<Lang>) -> String {
    let open = format!(r#"<g class="area-labels" aria-hidden="true"{}>"#, lang_attribute(lang));
    open + &area_label_texts(areas) + "</g>"
}

/// The names inside `area_labels`' group: what the app's map puts in its own group.
pub fn area_label_texts(areas: &[AreaName]) -> String {
    let mut out = String::new();
    for a in areas {
        let _ = write!(
            out,
            r#"<text class="{}" x="{:.1}" y="{:.1}" text-anchor="middle">{}</text>"#,
            area_class(a),
            a.at.x,
            a.at.y,
            escape(&a.text)
        );
    }
    out
}

/// The classes of a sea's or country's name.
pub fn area_class(area: &AreaName) -> &'static str {
    if area.kind == AreaKind::Sea { "area-label area-sea" } else { "area-label area-country" }
}

/// Routes and places, in the dataset's order, under the reader's zoom.
pub fn routes(data: &Dataset, scene: &Scene, shown: Shown) -> String {
    let mut out =
        format!(r#"<g class="zoom routes-layer" transform="{}"><g class="routes">"#, shown.zoom.svg());
    let flows = Flows::of(data);
    for (leg, shape) in data.legs.iter().zip(&scene.legs) {
        let visible = !shown.hidden.contains(&leg.corridor) && leg.shown_in(shown.year);
        let line = line_class(flows.as_ref(), leg.corridor, shown.year);
        out += &leg_markup(&leg_class(data, leg), &line, shape, visible);
    }
    out += r#"</g><g class="nodes">"#;
    for shape in &scene.nodes {
        out += &node_markup(shape);
    }
    out + "</g></g>"
}

/// Place names.
pub fn place_labels(places: &[Placed], lang: Option<Lang>) -> String {
    let open = format!(r#"<g class="labels" aria-hidden="true"{}>"#, lang_attribute(lang));
    open + &place_label_texts(places) + "</g>"
}

/// The names inside `place_labels`' group, each with the leader line that joins a name standing
/// off its symbol to it: what the app's map puts in its own group.
pub fn place_label_texts(places: &[Placed]) -> String {
    let mut out = String::new();
    for l in places {
        if let Some((from, to)) = l.leader {
            let _ = write!(
                out,
                r#"<line class="leader" x1="{:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}"/>"#,
                from.x, from.y, to.x, to.y
            );
        }
        let _ = write!(
            out,
            r#"<text class="place-label" data-for="{}" x="{:.1}" y="{:.1}" text-anchor="{}" dominant-baseline="central">{}</text>"#,
            escape(&l.id),
            l.at.x,
            l.at.y,
            l.side.text_anchor(),
            escape(&l.text)
        );
    }
    out
}

/// The callouts not about a corridor the reader has switched off.
pub fn shown_callouts(data: &Dataset, callouts: &[Callout], hidden: &[CorridorId]) -> Vec<Callout> {
    let about = crate::geometry::callouts::about_hidden;
    callouts.iter().filter(|c| !about(data, &c.id, hidden)).cloned().collect()
}

/// The story's annotations as placed (`geometry::callouts`): each a leader line and its lines
/// of text, in one language's group (`lang`) or as they are.
pub fn callout_group(callouts: &[Callout], lang: Option<Lang>) -> String {
    let open = format!(r#"<g class="callouts" aria-hidden="true"{}>"#, lang_attribute(lang));
    open + &callout_markup(callouts) + "</g>"
}

/// The callouts inside `callout_group`'s group: what the app's map puts in its own group.
pub fn callout_markup(callouts: &[Callout]) -> String {
    let mut out = String::new();
    for c in callouts {
        let ((x1, y1), (x2, y2)) = ((c.leader.0.x, c.leader.0.y), (c.leader.1.x, c.leader.1.y));
        let _ = write!(
            out,
            r#"<g class="callout" data-for="{}"><line class="leader" x1="{x1:.1}" y1="{y1:.1}" x2="{x2:.1}" y2="{y2:.1}"/><text class="callout-text">"#,
            escape(&c.id)
        );
        for (i, line) in c.lines.iter().enumerate() {
            let y = c.rect.y + callouts::FONT + 13.5 * i as f64;
            let _ = write!(out, r#"<tspan x="{:.1}" y="{y:.1}">{}</tspan>"#, c.rect.x + 2.0, escape(line));
        }
        out.push_str("</text></g>");
    }
    out
}

/// The whole map in one language, with `style` (a stylesheet) inside and the attribution at
/// the bottom: a file that looks the same wherever it is opened.
pub fn standalone(
    data: &Dataset,
    scene: &Scene,
    lettering: &Lettering,
    lang: Lang,
    shown: Shown,
    style: &str,
) -> String {
    let style = style.replace("]]>", "]]]]><![CDATA[>");
    let inset_shown = shown.zoom == Zoom::IDENTITY && !lettering.inset.is_empty();
    format!(
        r#"{}<style><![CDATA[{style}]]></style>{}{}{}{}{}{}{}{}{}</svg>"#,
        open_tag(scene, "map", &map_label(data, lang), false),
        basemap(scene, shown.zoom),
        area_labels(&lettering.areas, None),
        routes(data, scene, shown),
        place_labels(&lettering.places, None),
        callout_group(&shown_callouts(data, &lettering.callouts, shown.hidden), None),
        if inset_shown {
            insets::inset(data, scene, shown) + &insets::inset_labels(&lettering.inset, None)
        } else {
            String::new()
        },
        insets::locator(scene, shown.zoom),
        crate::geometry::scale_bar::scale_bar(scene, shown.zoom, MAX_PX)
            .map(|bar| scale_bar(&bar, scene.width, scene.height, lang))
            .unwrap_or_default(),
        attribution_note(tr(lang, Key::Attribution), scene.width, scene.height),
    )
}

/// The scale bar in the map's lower right corner (`scale_bar::corner`): a line `bar.px` long
/// with end ticks, its length in km above it, and what latitude it holds at as its tooltip.
pub fn scale_bar(bar: &ScaleBar, width: f64, height: f64, lang: Lang) -> String {
    let (right, y) = (width - INSET, height - INSET - 4.0);
    let left = right - bar.px;
    format!(
        concat!(
            r#"<g class="scale-bar" data-km="{km}" data-px="{px:.2}"><title>{title}</title>"#,
            r#"<path d="M{left:.1},{top:.1}V{y:.1}H{right:.1}V{top:.1}"/>"#,
            r#"<text x="{mid:.1}" y="{text:.1}" text-anchor="middle">{label}</text></g>"#
        ),
        km = bar.km,
        px = bar.px,
        title = escape(&scale_title(bar.lat, lang)),
        left = left,
        right = right,
        top = y - 4.0,
        y = y,
        mid = (left + right) / 2.0,
        text = y - 7.0,
        label = escape(&format!("{} km", crate::format::number(lang, bar.km, 0))),
    )
}

/// "Scale at 47° N": a conformal map's scale holds at one latitude.
pub fn scale_title(lat: f64, lang: Lang) -> String {
    let msg = if lat >= 0.0 { Msg::ScaleNorth } else { Msg::ScaleSouth };
    crate::i18n::message(lang, msg, &[("lat", &format!("{:.0}", lat.abs()))])
}

/// The attribution at the picture's foot, left of the scale bar: on one line where it fits, or
/// on as many as it needs (a phone's width takes three).
fn attribution_note(text: &str, width: f64, height: f64) -> String {
    let room = width - 12.0 - (MAX_PX + 2.0 * INSET);
    let lines = super::wrap(text, 10.0, room, 4);
    let last = lines.len().saturating_sub(1) as f64;
    lines
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let y = height - 6.0 - 12.0 * (last - i as f64);
            format!(r#"<text class="attribution-note" x="6" y="{y}">{}</text>"#, escape(t))
        })
        .collect()
}

fn leg_markup(class: &str, line: &str, shape: &LegShape, visible: bool) -> String {
    // An attribute, not a style: the page's Content-Security-Policy forbids inline styles.
    let style = if visible { "" } else { r#" display="none""# };
    format!(
        r#"<g class="{class}" data-leg="{}"{style}><path class="hit" d="{}"/><path class="{line}" d="{}"/></g>"#,
        escape(&shape.id),
        shape.d,
        shape.d
    )
}

fn node_markup(shape: &NodeShape) -> String {
    format!(
        r#"<g class="node kind-{}" data-node="{}" transform="translate({:.1},{:.1})">{}</g>"#,
        shape.kind.code(),
        escape(&shape.id),
        shape.at.x,
        shape.at.y,
        symbol(shape.kind)
    )
}

fn lang_attribute(lang: Option<Lang>) -> String {
    lang.map(|l| format!(r#" data-lang="{}""#, l.tag())).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geometry::naming::Names;
    use crate::test_story::synthetic;

    fn picture(lang: Lang, shown: Shown) -> String {
        let (data, basemap) = synthetic();
        let scene = Scene::build(&data, &basemap, 640.0, 360.0);
        let lettering = Names::new(&data, &basemap, &scene, lang).letter(shown.zoom);
        standalone(&data, &scene, &lettering, lang, shown, "svg{}")
    }

    #[test]
    fn draws_every_leg_and_place_of_the_scene_with_the_apps_classes() {
        let (data, _) = synthetic();
        let svg = picture(Lang::En, Shown::opening(&data));
        assert_eq!(svg.matches(r#"<g class="leg "#).count(), data.legs.len());
        assert_eq!(svg.matches(r#"<g class="node kind-"#).count(), data.nodes.len());
        assert!(svg.contains(r#"class="land" d="M"#), "{svg}");
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"map\""));
        assert!(svg.ends_with("</svg>"));
    }

    #[test]
    fn hides_switched_off_corridors_and_legs_opened_later() {
        let (data, _) = synthetic();
        let first = data.corridor_ids().next().unwrap(); // ok: test code, the story has corridors
        let hidden_count = |svg: &str| svg.matches(r#"display="none""#).count();
        let opening = Shown::opening(&data);
        let expected = |hidden: &[CorridorId], year: u16| {
            data.legs.iter().filter(|l| hidden.contains(&l.corridor) || !l.shown_in(year)).count()
        };
        let hidden = [first];
        let off = picture(Lang::En, Shown { hidden: &hidden, ..opening });
        assert!(expected(&hidden, opening.year) > expected(&[], opening.year));
        assert_eq!(hidden_count(&off), expected(&hidden, opening.year), "{off}");
        let early = picture(Lang::En, Shown { year: 1900, ..opening });
        let dated = data.legs.iter().filter(|l| l.year.is_some()).count();
        assert!(dated > 0);
        assert_eq!(hidden_count(&early), dated);
    }

    #[test]
    fn with_flows_each_line_is_as_wide_as_its_corridors_volume_that_year() {
        let (mut data, basemap) = synthetic();
        let scene = Scene::build(&data, &basemap, 640.0, 360.0);
        let shown = |year| Shown { year, ..Shown::opening(&data) };
        assert!(!routes(&data, &scene, shown(2024)).contains("flow-"), "no flows, no widths");
        data.corridors[0].flow = Some("east-teu".into());
        data.corridors[1].flow = Some("west-teu".into());
        let widths = |year: u16| {
            let svg = routes(&data, &scene, Shown { year, ..Shown::opening(&data) });
            let classes: Vec<String> = svg
                .split(r#"class="line "#)
                .skip(1)
                .map(|s| s[..s.find('"').unwrap_or(0)].to_string())
                .collect();
            (classes.len(), classes.iter().filter(|c| c.as_str() == "flow-19").count())
        };
        // Every leg gets a width; in 2024 the western route's three legs carry 380,000 TEU (9.5 px).
        let west = data.legs.iter().filter(|l| l.corridor == CorridorId(1)).count();
        assert_eq!(widths(2024), (data.legs.len(), west));
        assert_eq!(widths(2015).1, 0, "before any figure, every line is thin");
    }

    #[test]
    fn escapes_names_and_the_stylesheet_end() {
        assert_eq!(escape(r#"A & B <"C">"#), "A &amp; B &lt;&quot;C&quot;&gt;");
        let (data, basemap) = synthetic();
        let scene = Scene::build(&data, &basemap, 640.0, 360.0);
        let svg = standalone(&data, &scene, &Lettering::default(), Lang::En, Shown::opening(&data), "a]]>b");
        assert!(svg.contains("a]]]]><![CDATA[>b"));
    }

    #[test]
    fn the_attribution_wraps_left_of_the_scale_bar_from_the_bottom_up() {
        let text = "Basemap: Natural Earth (public domain). Data: see the sources in the dataset; lines are schematic.";
        assert_eq!(attribution_note(text, 800.0, 100.0).matches("<text").count(), 1);
        let narrow = attribution_note(text, 358.0, 100.0);
        let lines = narrow.matches("<text").count();
        assert!(lines >= 2, "{narrow}");
        assert!(
            narrow.contains(r#"y="94">"#)
                && narrow.contains(&format!(r#"y="{}">Basemap"#, 94 - 12 * (lines - 1)))
        );
        // No line reaches the scale bar's corner (10 px text, about 0.6 em a glyph).
        let room = 358.0 - 12.0 - (MAX_PX + 2.0 * INSET);
        for line in narrow.split("</text>").filter_map(|t| t.rsplit('>').next()).filter(|t| !t.is_empty()) {
            assert!(line.chars().count() as f64 * 6.0 <= room, "{line}");
        }
    }

    #[test]
    fn is_well_formed_xml_in_every_language() {
        let (data, _) = synthetic();
        for &lang in &data.story.languages {
            let svg = picture(lang, Shown::opening(&data));
            let opened = svg.matches("<g").count();
            assert_eq!(opened, svg.matches("</g>").count(), "{lang:?}");
            assert_eq!(svg.matches("<text").count(), svg.matches("</text>").count());
        }
    }
}
