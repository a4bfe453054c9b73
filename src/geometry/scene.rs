//! Everything the map draws, in screen coordinates, for one dataset, basemap and size. Built once
//! per data load or resize — never per frame, nor on a language switch (names are `Names`' job):
//! selection, hover and zoom only change classes and one transform in the view.

use super::projection::{ConicConformal, Projection};
use super::{Point, Rect, great_circle, path};
use crate::basemap::Basemap;
use crate::model::{CorridorId, Dataset, Leg, LonLat, Mode, NodeKind};

/// Vertex spacing of the computed great-circle arcs.
const ARC_STEP_KM: f64 = 50.0;
/// Radius of a node's symbol, which labels keep clear of.
pub const SYMBOL_RADIUS: f64 = 4.0;

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
    /// The sea route's box, so that selecting it can zoom out to show it whole.
    pub sea_frame: Option<Rect>,
}

impl Scene {
    pub fn build(data: &Dataset, basemap: &Basemap, width: f64, height: f64) -> Self {
        let conic = ConicConformal::corridors();
        // Each leg's vertices through the conic once: they frame the view and are then drawn.
        let raw = |line: &[LonLat]| -> Vec<(f64, f64)> { line.iter().map(|&p| conic.raw(p)).collect() };
        let leg_lines: Vec<Vec<(f64, f64)>> = data.legs.iter().map(|leg| raw(&leg.path)).collect();
        let projection =
            Projection::fit_raw(conic, land_extent(data, conic, &leg_lines), width, height, margins(width));
        let project =
            |line: &[LonLat]| -> Vec<Point> { line.iter().map(|&p| projection.project(p)).collect() };
        let land: Vec<Vec<Point>> = basemap.land.iter().map(|r| project(r)).collect();
        let borders: Vec<Vec<Point>> = basemap.borders.iter().map(|l| project(l)).collect();
        let legs: Vec<LegShape> =
            data.legs.iter().zip(&leg_lines).map(|(leg, line)| leg_shape(leg, line, &projection)).collect();
        let nodes: Vec<NodeShape> = data
            .nodes
            .iter()
            .map(|n| NodeShape { id: n.id.clone(), kind: n.kind, at: projection.project(n.position) })
            .collect();
        let sea = data
            .legs
            .iter()
            .zip(&leg_lines)
            .filter(|(l, _)| l.corridor == CorridorId::Sea)
            .flat_map(|(_, line)| line.iter().map(|&r| projection.place(r)));
        Self {
            width,
            height,
            projection,
            land: path::rings(land.iter().map(Vec::as_slice)),
            borders: path::lines(borders.iter().map(Vec::as_slice)),
            legs,
            nodes,
            sea_frame: bounds(sea),
        }
    }
}

/// Room around the framed corridors (top, right, bottom, left): less on a phone, where every
/// pixel counts; more on the left on desktops, where Western Europe's names need room to the west
/// of the Rhine.
fn margins(width: f64) -> [f64; 4] {
    if width < 500.0 { [12.0; 4] } else { [28.0, 28.0, 28.0, 80.0] }
}

/// What the default view frames: the land corridors and the air link, from eastern China to
/// Germany (the sea route is shown whole only when asked for); `leg_lines` are the legs' paths
/// through the conic, in the dataset's order.
fn land_extent<'a>(
    data: &'a Dataset,
    conic: ConicConformal,
    leg_lines: &'a [Vec<(f64, f64)>],
) -> impl Iterator<Item = (f64, f64)> + 'a {
    let land = data.legs.iter().zip(leg_lines).filter(|(l, _)| l.corridor != CorridorId::Sea);
    let none = land.clone().all(|(_, line)| line.is_empty());
    // Iterated, not collected: a big dataset's vertices are not copied once more.
    let nodes = data.nodes.iter().filter(move |_| none).map(move |n| conic.raw(n.position));
    land.flat_map(|(_, line)| line.iter().copied()).chain(nodes)
}

/// A leg on the screen from its path through the conic (`line`); an air leg is drawn along its
/// great circle instead.
fn leg_shape(leg: &Leg, line: &[(f64, f64)], projection: &Projection) -> LegShape {
    let points: Vec<Point> = match leg.mode {
        Mode::Air => great_circle::arc(leg.path[0], leg.path[leg.path.len() - 1], ARC_STEP_KM)
            .into_iter()
            .map(|p| projection.project(p))
            .collect(),
        _ => line.iter().map(|&r| projection.place(r)).collect(),
    };
    LegShape {
        id: leg.id.clone(),
        corridor: leg.corridor,
        d: path::line(&points),
        middle: points[points.len() / 2],
    }
}

pub(super) fn symbol_box(at: Point) -> Rect {
    let r = SYMBOL_RADIUS + 1.0;
    Rect { x: at.x - r, y: at.y - r, width: 2.0 * r, height: 2.0 * r }
}

fn bounds(points: impl Iterator<Item = Point>) -> Option<Rect> {
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
    use crate::geometry::test_data::shipped;

    #[test]
    fn every_leg_gets_a_path_inside_the_desktop_frame_except_the_sea_route() {
        let (data, basemap) = shipped();
        let scene = Scene::build(&data, &basemap, 1280.0, 720.0);
        assert_eq!(scene.legs.len(), data.legs.len());
        for leg in scene.legs.iter().filter(|l| l.corridor != CorridorId::Sea) {
            assert!(leg.d.starts_with('M') && leg.d.contains('L'), "{}: {}", leg.id, leg.d);
            let Point { x, y } = leg.middle;
            assert!((0.0..=1280.0).contains(&x) && (0.0..=720.0).contains(&y), "{} at {x},{y}", leg.id);
        }
        let sea = scene.sea_frame.unwrap(); // ok: test code, the shipped data has a sea leg
        assert!(sea.width > 1280.0 * 0.5, "the sea route reaches beyond the default frame: {sea:?}");
    }

    #[test]
    fn the_air_arc_is_densified_and_bends_off_the_chord() {
        let (data, basemap) = shipped();
        let scene = Scene::build(&data, &basemap, 1280.0, 720.0);
        let arc = scene.legs.iter().find(|l| l.id == "cit-fra").unwrap(); // ok: test code
        assert!(arc.d.matches('L').count() > 50);
        let (a, b) = (
            scene.projection.project(LonLat::new(69.479, 42.364)),
            scene.projection.project(LonLat::new(8.571, 50.033)),
        );
        // A conformal conic draws great circles almost straight (why aviation charts use it), so
        // the bend is small: a few pixels at this size, towards the north (screen up).
        let (dx, dy) = (b.x - a.x, b.y - a.y);
        let off = (dx * (arc.middle.y - a.y) - dy * (arc.middle.x - a.x)) / dx.hypot(dy);
        assert!(off > 1.0, "the arc's middle lies {off:.2} px off the chord");
        assert!(arc.middle.y < a.y + (arc.middle.x - a.x) * dy / dx, "north of the chord");
    }
}
