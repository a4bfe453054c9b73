//! Everything the map draws, in screen coordinates, for one dataset, basemap and size. Built once
//! per data load or resize — never per frame, nor on a language switch (names are `Names`' job):
//! selection, hover and zoom only change classes and one transform in the view.

use super::inset::{self, Inset};
use super::locator::Globe;
use super::projection::{self, Projection, Surface};
use super::{Point, Rect, frame, great_circle, path};
use crate::basemap::Basemap;
use crate::basemap::clip::{self, Window};
use crate::model::{CorridorId, Dataset, Frame, Leg, LonLat, Mode, NodeKind};

/// Vertex spacing of the computed great-circle arcs.
pub const ARC_STEP_KM: f64 = 50.0;
/// Radius of a node's symbol, which labels keep clear of.
pub const SYMBOL_RADIUS: f64 = 4.0;

/// Map height for a width: landscape on desktops, squarer on phones where the band of corridors
/// would otherwise be a thin strip. The stylesheet (`.map-frame`) reserves the same height for `.map-frame`
/// before the map is drawn; change both together.
pub fn map_height(width: f64) -> f64 {
    if width < 500.0 { (width * 0.9).max(260.0) } else { (width * 0.56).clamp(300.0, 680.0) }
}

/// A leg as drawn; its other facts stay in the `Leg` it is built from (same position in the list).
#[derive(Clone, Debug, PartialEq)]
pub struct LegShape {
    pub id: String,
    pub corridor: CorridorId,
    /// SVG path data.
    pub d: String,
    /// The drawn line's middle vertex, for tooltips and tests.
    pub middle: Point,
}

#[derive(Clone, Debug, PartialEq)]
pub struct NodeShape {
    pub id: String,
    pub kind: NodeKind,
    pub at: Point,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Scene {
    pub width: f64,
    pub height: f64,
    pub projection: Projection,
    pub land: String,
    pub borders: String,
    pub legs: Vec<LegShape>,
    pub nodes: Vec<NodeShape>,
    /// Each comparison corridor's box, so that selecting it can zoom out to show it whole.
    pub comparison_frames: Vec<(CorridorId, Rect)>,
    /// The locator inset, where the story's frame and basemap allow one.
    pub globe: Option<Globe>,
    /// The detail inset of a phone's map, where a route ends in a crowd of places.
    pub inset: Option<Inset>,
}

impl Scene {
    pub fn build(data: &Dataset, basemap: &Basemap, width: f64, height: f64) -> Self {
        let frame = story_frame(data);
        let surface = projection::choose(frame, data.story.projection);
        // Each leg's vertices through the surface once: they frame the view and are then drawn.
        let raw = |line: &[LonLat]| -> Vec<(f64, f64)> { line.iter().map(|&p| surface.raw(p)).collect() };
        let leg_lines: Vec<Vec<(f64, f64)>> = data.legs.iter().map(|leg| raw(&leg.path)).collect();
        let margins = margins(width);
        let projection = match data.story.frame {
            Some(f) => Projection::fit_raw(
                surface,
                frame::outline(f).map(|p| surface.raw(p)),
                width,
                height,
                margins,
            ),
            None => {
                Projection::fit_raw(surface, route_extent(data, surface, &leg_lines), width, height, margins)
            }
        };
        let (land, borders) = basemap_paths(basemap, &projection, None);
        let drawn: Vec<Vec<Point>> =
            data.legs.iter().zip(&leg_lines).map(|(leg, line)| leg_points(leg, line, &projection)).collect();
        let legs: Vec<LegShape> =
            data.legs.iter().zip(&drawn).map(|(leg, points)| leg_shape(leg, points)).collect();
        let nodes: Vec<NodeShape> = data
            .nodes
            .iter()
            .map(|n| NodeShape { id: n.id.clone(), kind: n.kind, at: projection.project(n.position) })
            .collect();
        let comparison_frames = data
            .corridor_ids()
            .filter(|&c| data.is_comparison(c))
            .filter_map(|c| {
                let lines = data.legs.iter().zip(&leg_lines).filter(move |(l, _)| l.corridor == c);
                bounds(lines.flat_map(|(_, line)| line.iter().map(|&r| projection.place(r)))).map(|b| (c, b))
            })
            .collect();
        let globe = Globe::new(&basemap.globe, frame, width);
        let inset = (width < 500.0)
            .then(|| {
                detail_inset(data, basemap, &projection, (&nodes, &drawn), globe.as_ref(), (width, height))
            })
            .flatten();
        Self { width, height, projection, land, borders, legs, nodes, comparison_frames, globe, inset }
    }

    /// Land and borders as path data, clipped to the picture and `margin` pixels around it: for
    /// a picture that is never zoomed or panned (the static first screen), which needs nothing
    /// of the basemap beyond its edges.
    pub fn basemap_in_view(&self, basemap: &Basemap, margin: f64) -> (String, String) {
        let (w, h) = (self.width, self.height);
        let window = Window { west: -margin, south: -margin, east: w + margin, north: h + margin };
        basemap_paths(basemap, &self.projection, Some(window))
    }

    /// The box of a comparison corridor, if `corridor` is one.
    pub fn comparison_frame(&self, corridor: CorridorId) -> Option<Rect> {
        self.comparison_frames.iter().find(|(c, _)| *c == corridor).map(|(_, r)| *r)
    }
}

/// Land and borders projected, clipped to `window` if one is given, as SVG path data.
fn basemap_paths(basemap: &Basemap, projection: &Projection, window: Option<Window>) -> (String, String) {
    let project = |line: &[LonLat]| -> Vec<Point> { line.iter().map(|&p| projection.project(p)).collect() };
    let land: Vec<Vec<Point>> = basemap
        .land
        .iter()
        .map(|r| project(r))
        .map(|r| match window {
            Some(w) => clip::ring(&r, w),
            None => r,
        })
        .filter(|r| r.len() > 2)
        .collect();
    let borders: Vec<Vec<Point>> = basemap
        .borders
        .iter()
        .map(|l| project(l))
        .flat_map(|l| match window {
            Some(w) => clip::line(&l, w),
            None => vec![l],
        })
        .collect();
    (path::rings(land.iter().map(Vec::as_slice)), path::lines(borders.iter().map(Vec::as_slice)))
}

/// The frame the projection is chosen for: the story's own, else the extent of its routes (of
/// its places where it has no routes), else the world.
pub fn story_frame(data: &Dataset) -> Frame {
    data.story.frame.unwrap_or_else(|| {
        let routes = data.legs.iter().filter(|l| !data.is_comparison(l.corridor));
        let points: Vec<LonLat> = routes.flat_map(|l| l.path.iter().copied()).collect();
        let points = if points.is_empty() { data.nodes.iter().map(|n| n.position).collect() } else { points };
        frame::extent(points.into_iter()).unwrap_or(frame::WORLD)
    })
}

/// Room around the framed routes (top, right, bottom, left): less on a phone, where every pixel
/// counts; more on the left on desktops, since names go to the right of their symbol first and
/// those at the western edge need room when they cannot.
fn margins(width: f64) -> [f64; 4] {
    if width < 500.0 { [12.0; 4] } else { [28.0, 28.0, 28.0, 80.0] }
}

/// What the default view frames when the story names no frame: its routes (comparison corridors
/// are shown whole only when asked for), or its places where it has no routes, or the world;
/// `leg_lines` are the legs' paths through the surface, in the dataset's order. A single point
/// is framed with the margin `frame::extent` gives it.
fn route_extent<'a>(
    data: &'a Dataset,
    surface: Surface,
    leg_lines: &'a [Vec<(f64, f64)>],
) -> Box<dyn Iterator<Item = (f64, f64)> + 'a> {
    let routes = data.legs.iter().zip(leg_lines).filter(|(l, _)| !data.is_comparison(l.corridor));
    let distinct = |mut points: Box<dyn Iterator<Item = (f64, f64)> + 'a>| {
        let first = points.next();
        first.is_some_and(|f| points.any(|p| p != f))
    };
    if distinct(Box::new(routes.clone().flat_map(|(_, line)| line.iter().copied()))) {
        // Iterated, not collected: a big dataset's vertices are not copied once more.
        return Box::new(routes.flat_map(|(_, line)| line.iter().copied()));
    }
    if distinct(Box::new(data.nodes.iter().map(move |n| surface.raw(n.position)))) {
        return Box::new(data.nodes.iter().map(move |n| surface.raw(n.position)));
    }
    Box::new(frame::outline(story_frame(data)).map(move |p| surface.raw(p)))
}

/// A leg's line on the screen from its path through the conic (`line`); an air leg is drawn
/// along its great circle instead.
fn leg_points(leg: &Leg, line: &[(f64, f64)], projection: &Projection) -> Vec<Point> {
    match leg.mode {
        Mode::Air => great_circle::arc(leg.path[0], leg.path[leg.path.len() - 1], ARC_STEP_KM)
            .into_iter()
            .map(|p| projection.project(p))
            .collect(),
        _ => line.iter().map(|&r| projection.place(r)).collect(),
    }
}

/// The phone's detail inset (`inset`), clear of the locator, the zoom buttons and the scale bar.
fn detail_inset(
    data: &Dataset,
    basemap: &Basemap,
    projection: &Projection,
    (nodes, legs): (&[NodeShape], &[Vec<Point>]),
    globe: Option<&Globe>,
    (width, height): (f64, f64),
) -> Option<Inset> {
    let ends = data.route_end_ids();
    let points: Vec<Point> = nodes.iter().map(|n| n.at).collect();
    let lang = data.story.languages.first().copied().unwrap_or(crate::i18n::Lang::En);
    let names: Vec<&str> = data.nodes.iter().map(|n| n.name.get(lang)).collect();
    let end_indices: Vec<usize> =
        nodes.iter().enumerate().filter(|(_, n)| ends.contains(&n.id.as_str())).map(|(i, _)| i).collect();
    // Names' widths as `labels` estimates them for a phone's 11 px.
    let main: Vec<(usize, f64)> = (0..nodes.len())
        .filter(|&i| data.nodes[i].rank <= 1 || end_indices.contains(&i))
        .map(|i| (i, super::labels::estimated_width(names[i], 11.0)))
        .collect();
    let mut taken = vec![super::naming::controls(width), super::scale_bar::corner(width, height)];
    taken.extend(globe.map(Globe::corner));
    inset::inset(&inset::Map {
        width,
        height,
        nodes: &points,
        names: &names,
        ends: &end_indices,
        main: &main,
        legs,
        basemap,
        projection,
        taken: &taken,
    })
}

fn leg_shape(leg: &Leg, points: &[Point]) -> LegShape {
    LegShape {
        id: leg.id.clone(),
        corridor: leg.corridor,
        d: path::line(points),
        middle: points[points.len() / 2],
    }
}

pub(super) fn symbol_box(at: Point) -> Rect {
    let r = SYMBOL_RADIUS + 1.0;
    Rect { x: at.x - r, y: at.y - r, width: 2.0 * r, height: 2.0 * r }
}

/// The box around `points`; none for no points.
pub fn bounds(points: impl Iterator<Item = Point>) -> Option<Rect> {
    let mut b: Option<(f64, f64, f64, f64)> = None;
    for p in points {
        let (x0, y0, x1, y1) = b.unwrap_or((p.x, p.y, p.x, p.y));
        b = Some((x0.min(p.x), y0.min(p.y), x1.max(p.x), y1.max(p.y)));
    }
    b.map(|(x0, y0, x1, y1)| Rect { x: x0, y: y0, width: x1 - x0, height: y1 - y0 })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset;
    use crate::test_story::{corridor, synthetic};

    /// A story of `features` (GeoJSON text) with one route corridor and nothing else.
    fn story(features: &str, extra: &str) -> Dataset {
        let text = format!(
            r##"{{"type": "FeatureCollection", "story": {{"title": {{"de": "t", "en": "t"}},
            "standfirst": {{"de": "s", "en": "s"}}, "description": {{"de": "d", "en": "d"}}{extra}}},
            "corridors": [{{"id": "r", "name": {{"de": "R", "en": "R"}}}}],
            "features": [{features}], "sources": [{{"id": "s", "publisher": "p", "title": "t"}}]}}"##
        );
        dataset::read(&text).map(|c| c.dataset).unwrap_or_else(|e| panic!("{e}")) // ok: test code
    }

    fn node(id: &str, lon: f64, lat: f64) -> String {
        format!(
            r#"{{"type": "Feature", "id": "{id}", "geometry": {{"type": "Point", "coordinates": [{lon}, {lat}]}},
            "properties": {{"kind": "city", "country": "XA", "name": {{"de": "{id}", "en": "{id}"}}, "confidence": "C", "sources": []}}}}"#
        )
    }

    fn leg(from: (&str, f64, f64), to: (&str, f64, f64)) -> String {
        format!(
            r#"{{"type": "Feature", "id": "{}-{}", "geometry": {{"type": "LineString", "coordinates": [[{}, {}], [{}, {}]]}},
            "properties": {{"corridor": "r", "mode": "rail", "from": "{}", "to": "{}", "status": "operating", "confidence": "C", "sources": ["s"]}}}}"#,
            from.0, to.0, from.1, from.2, to.1, to.2, from.0, to.0
        )
    }

    fn inside(p: Point, w: f64, h: f64) -> bool {
        (0.0..=w).contains(&p.x) && (0.0..=h).contains(&p.y)
    }

    #[test]
    fn every_route_is_inside_the_frame_and_comparisons_are_framed_apart() {
        let (data, basemap) = synthetic();
        for (w, h) in [(320.0, 288.0), (1280.0, 716.8)] {
            let scene = Scene::build(&data, &basemap, w, h);
            assert_eq!(scene.legs.len(), data.legs.len());
            for (leg, shape) in
                data.legs.iter().zip(&scene.legs).filter(|(l, _)| !data.is_comparison(l.corridor))
            {
                assert!(shape.d.starts_with('M') && shape.d.contains('l'), "{}: {}", leg.id, shape.d);
                assert!(inside(shape.middle, w, h), "{} at {:?}", leg.id, shape.middle);
            }
            let ocean = scene.comparison_frame(corridor(&data, "ocean")).unwrap(); // ok: test code
            assert!(ocean.y + ocean.height > h, "the sea route reaches below the default frame: {ocean:?}");
            assert_eq!(scene.comparison_frame(corridor(&data, "east")), None);
        }
    }

    #[test]
    fn the_air_arc_is_densified_and_bends_off_the_chord_towards_the_pole() {
        let (data, basemap) = synthetic();
        let scene = Scene::build(&data, &basemap, 1280.0, 720.0);
        let arc = scene.legs.iter().find(|l| l.id == "airfield-mesa").unwrap(); // ok: test code
        assert!(arc.d.split([',', '-']).count() > 80, "{}", arc.d);
        let (a, b) = (
            scene.projection.project(LonLat::new(14.0, 53.5)),
            scene.projection.project(LonLat::new(45.0, 41.0)),
        );
        let (dx, dy) = (b.x - a.x, b.y - a.y);
        let off = (dx * (arc.middle.y - a.y) - dy * (arc.middle.x - a.x)) / dx.hypot(dy);
        assert!(off.abs() > 1.0, "the arc's middle lies {off:.2} px off the chord");
        assert!(arc.middle.y < a.y + (arc.middle.x - a.x) * dy / dx, "north of the chord");
    }

    #[test]
    fn an_empty_story_is_the_world_and_draws_nothing() {
        let data = story("", "");
        let scene = Scene::build(&data, &crate::basemap::Basemap::default(), 390.0, 351.0);
        assert!(scene.legs.is_empty() && scene.nodes.is_empty() && scene.comparison_frames.is_empty());
        assert!(matches!(scene.projection.surface, Surface::Mercator(_)));
        assert!(scene.projection.scale.is_finite() && scene.projection.scale > 0.0);
    }

    #[test]
    fn one_place_is_centred_with_room_around_it() {
        let data = story(&node("only", 10.0, 50.0), "");
        let scene = Scene::build(&data, &crate::basemap::Basemap::default(), 390.0, 351.0);
        let at = scene.nodes[0].at;
        assert!((at.x - 195.0).abs() < 1.0 && (at.y - 175.5).abs() < 1.0, "{at:?}");
        // Framed with the least margin (2° each side), not zoomed in without end.
        let edge = scene.projection.project(LonLat::new(12.0, 50.0));
        assert!((20.0..400.0).contains(&(edge.x - at.x)), "{edge:?}");
    }

    #[test]
    fn a_story_across_the_antimeridian_is_drawn_in_one_piece() {
        let (a, b) = (("fiji", 178.4, -18.1), ("samoa", -171.8, -13.8));
        let features = [node(a.0, a.1, a.2), node(b.0, b.1, b.2), leg(a, b)].join(",");
        let data = story(&features, "");
        let scene = Scene::build(&data, &crate::basemap::Basemap::default(), 800.0, 448.0);
        let (pa, pb) = (scene.nodes[0].at, scene.nodes[1].at);
        assert!(pa.x < pb.x, "Samoa lies east of Fiji: {pa:?} {pb:?}");
        assert!(inside(pa, 800.0, 448.0) && inside(pb, 800.0, 448.0));
        assert!((pb.x - pa.x) > 400.0, "the short way round, filling the frame: {pa:?} {pb:?}");
    }

    #[test]
    fn a_story_south_of_the_equator_is_north_up_and_its_frame_is_kept() {
        let (lobito, ndola) = (("lobito", 13.53, -12.35), ("ndola", 28.64, -12.97));
        let features =
            [node(lobito.0, lobito.1, lobito.2), node(ndola.0, ndola.1, ndola.2), leg(lobito, ndola)]
                .join(",");
        let frame = r#", "frame": [[10, -20], [35, -5]], "projection": {"kind": "conic"}"#;
        let data = story(&features, frame);
        let scene = Scene::build(&data, &crate::basemap::Basemap::default(), 800.0, 448.0);
        assert!(matches!(scene.projection.surface, Surface::Conic(_)));
        let (north, south) = (
            scene.projection.project(LonLat::new(22.0, -6.0)),
            scene.projection.project(LonLat::new(22.0, -19.0)),
        );
        assert!(north.y < south.y, "north is up");
        for corner in [LonLat::new(10.0, -20.0), LonLat::new(35.0, -5.0), LonLat::new(22.5, -5.0)] {
            assert!(inside(scene.projection.project(corner), 800.0, 448.0), "{corner:?} is in view");
        }
    }
}
