//! The detail inset: on a phone, where a route ends among other places too close to name (the
//! western end of every route to Europe — Rotterdam, Duisburg, Frankfurt within a few pixels),
//! that spot magnified in a box of its own where the map is empty, with room for their names,
//! and the spot outlined on the map. Found from the geometry alone (which route ends are
//! crowded), so a story needs nothing in its data for it; the view shows it only while the map
//! is as it opens (zoomed in, the map names the spot itself).

use super::scene::{bounds, symbol_box};
use super::{Point, Projection, Rect, path};
use crate::basemap::Basemap;
use crate::basemap::clip::{self, Window};

/// The inset's size on the map, in pixels.
/// The names' size in the inset, in pixels (a phone's map names at 11).
pub const FONT: f64 = 10.0;
const WIDTH_SHARE: f64 = 0.42;
const HEIGHT_SHARE: f64 = 0.27;
/// A route's end with another place's symbol nearer than this (pixels) is too crowded to name.
const CROWDED: f64 = 10.0;
/// How far apart the inset shows the closest of the crowded places, in pixels: room for a name
/// between them.
const SEPARATION: f64 = 26.0;
/// Crowded ends within this (pixels) of the first share its inset.
const SHARED: f64 = 30.0;
/// Room around the crowded places in the magnified spot, in unmagnified pixels.
const PAD: f64 = 6.0;
/// How much the inset magnifies at least and at most: less and it adds nothing, more and the
/// spot is a few pixels of the map.
const FACTORS: std::ops::RangeInclusive<f64> = 2.0..=5.0;
/// The inset's distance from the map's edges and from what it must not cover.
const GAP: f64 = 8.0;

/// What the map draws in its inset: everything in map pixels, already placed in the box.
#[derive(Clone, Debug, PartialEq)]
pub struct Inset {
    /// The magnified spot, on the unzoomed map.
    pub source: Rect,
    /// Where the inset is drawn.
    pub at: Rect,
    pub factor: f64,
    pub land: String,
    pub borders: String,
    /// (leg index, path data clipped to the box) for the legs that cross it.
    pub legs: Vec<(usize, String)>,
    /// (node index, position) for the places inside it.
    pub nodes: Vec<(usize, Point)>,
}

impl Inset {
    /// A point of the unzoomed map where the inset shows it.
    pub fn place(&self, p: Point) -> Point {
        Point::new(
            self.at.x + (p.x - self.source.x) * self.factor,
            self.at.y + (p.y - self.source.y) * self.factor,
        )
    }
}

/// What the inset is found from: the unzoomed map's pieces in map pixels.
pub struct Map<'a> {
    pub width: f64,
    pub height: f64,
    /// Every place's position, in the dataset's order.
    pub nodes: &'a [Point],
    /// Every place's name (in any one language), in the same order.
    pub names: &'a [&'a str],
    /// The places that end a route, by index into `nodes`.
    pub ends: &'a [usize],
    /// The places the map names first (the main ones and the routes' ends), with their names'
    /// widths: the inset leaves room for a name on one side of each.
    pub main: &'a [(usize, f64)],
    /// Every leg's drawn line, in the dataset's order.
    pub legs: &'a [Vec<Point>],
    pub basemap: &'a Basemap,
    pub projection: &'a Projection,
    /// Corners kept for other things (the locator, the zoom buttons, the scale bar).
    pub taken: &'a [Rect],
}

/// The inset for a phone's map, if a route end there is crowded and a free spot holds it.
pub fn inset(map: &Map) -> Option<Inset> {
    // Two symbols of one name (a city and its airport) are one place to a reader.
    let near = |i: usize, j: usize| {
        i != j && map.names[i] != map.names[j] && map.nodes[i].distance(map.nodes[j]) < CROWDED
    };
    let crowded: Vec<usize> =
        map.ends.iter().copied().filter(|&e| (0..map.nodes.len()).any(|j| near(e, j))).collect();
    // One inset: for the first crowded end and those near enough to share it.
    let first = *crowded.first()?;
    let crowded: Vec<usize> =
        crowded.into_iter().filter(|&e| map.nodes[e].distance(map.nodes[first]) < SHARED).collect();
    // Magnified so that the crowded places stand SEPARATION apart, as far as the box holds
    // all the crowded ends.
    let closest = crowded
        .iter()
        .flat_map(|&e| (0..map.nodes.len()).filter(move |&j| near(e, j)).map(move |j| (e, j)))
        .map(|(e, j)| map.nodes[e].distance(map.nodes[j]))
        .fold(CROWDED, f64::min);
    let spot = bounds(crowded.iter().map(|&e| map.nodes[e]))?;
    let (width, height) = (map.width * WIDTH_SHARE, map.width * HEIGHT_SHARE);
    let fits = (width / (spot.width + 2.0 * PAD)).min(height / (spot.height + 2.0 * PAD));
    let factor = (SEPARATION / closest.max(1.0)).clamp(*FACTORS.start(), *FACTORS.end()).min(fits);
    if factor < *FACTORS.start() {
        return None;
    }
    let (w, h) = (width / factor, height / factor);
    let centre = Point::new(spot.x + spot.width / 2.0, spot.y + spot.height / 2.0);
    let source = Rect { x: centre.x - w / 2.0, y: centre.y - h / 2.0, width: w, height: h };
    let at = free_spot(map, &source, (width, height))?;
    let mut inset = Inset {
        source,
        at,
        factor,
        land: String::new(),
        borders: String::new(),
        legs: vec![],
        nodes: vec![],
    };
    let window = Window { west: source.x, south: source.y, east: source.x + w, north: source.y + h };
    let magnify = |line: &[Point]| -> Vec<Point> { line.iter().map(|&p| inset.place(p)).collect() };
    let project = |line: &[crate::model::LonLat]| -> Vec<Point> {
        line.iter().map(|&p| map.projection.project(p)).collect()
    };
    let land: Vec<Vec<Point>> = map
        .basemap
        .land
        .iter()
        .map(|r| magnify(&clip::ring(&project(r), window)))
        .filter(|r| r.len() > 2)
        .collect();
    let borders: Vec<Vec<Point>> = map
        .basemap
        .borders
        .iter()
        .flat_map(|l| clip::line(&project(l), window))
        .map(|l| magnify(&l))
        .collect();
    let legs = map
        .legs
        .iter()
        .enumerate()
        .map(|(i, line)| (i, clip::line(line, window).iter().map(|l| magnify(l)).collect::<Vec<_>>()))
        .filter(|(_, runs)| !runs.is_empty())
        .map(|(i, runs)| (i, path::lines(runs.iter().map(Vec::as_slice))))
        .collect();
    let nodes = map
        .nodes
        .iter()
        .enumerate()
        .filter(|(_, p)| window.contains(**p))
        .map(|(i, &p)| (i, inset.place(p)))
        .collect();
    inset.land = path::rings(land.iter().map(Vec::as_slice));
    inset.borders = path::lines(borders.iter().map(Vec::as_slice));
    (inset.legs, inset.nodes) = (legs, nodes);
    Some(inset)
}

/// Where the inset covers the least of the routes, the places and the room the main places'
/// names need: along the top, then the middle and the bottom, clear of the corners kept for
/// other things and of the spot it magnifies.
fn free_spot(map: &Map, source: &Rect, (width, height): (f64, f64)) -> Option<Rect> {
    let (w, h) = (map.width, map.height);
    let xs = [GAP, (w - width) / 2.0, w - width - GAP];
    let ys = [GAP, (h - height) / 2.0, h - height - GAP - 30.0];
    let candidates = ys.iter().flat_map(|&y| xs.iter().map(move |&x| Rect { x, y, width, height }));
    let covered = |r: &Rect| {
        let grown = r.grown(4.0);
        let points = map.legs.iter().flat_map(|l| densify(l)).filter(|p| grown.contains(*p)).count();
        let places = map.nodes.iter().filter(|p| symbol_box(**p).intersects(&grown)).count();
        // A main place whose name would have room neither left nor right of its symbol.
        let crowded_out = map
            .main
            .iter()
            .filter(|&&(i, w)| {
                let p = map.nodes[i];
                let blocked = |x: f64| {
                    let side = Rect { x, y: p.y - 8.0, width: w, height: 16.0 };
                    side.intersects(r) || !side.inside(map.width, map.height)
                };
                blocked(p.x + 6.0) && blocked(p.x - 6.0 - w)
            })
            .count();
        points + 10 * places + 100 * crowded_out
    };
    candidates
        .filter(|r| {
            r.inside(w, h) && !r.intersects(&source.grown(GAP)) && !map.taken.iter().any(|t| t.intersects(r))
        })
        .map(|r| (covered(&r), r))
        .min_by_key(|(n, _)| *n)
        .map(|(_, r)| r)
}

/// A line's points at most 4 px apart, so that a long straight leg counts where it runs.
fn densify(line: &[Point]) -> Vec<Point> {
    let mut out = Vec::new();
    for pair in line.windows(2) {
        let steps = (pair[0].distance(pair[1]) / 4.0).ceil().max(1.0) as usize;
        out.extend((0..steps).map(|i| pair[0].lerp(pair[1], i as f64 / steps as f64)));
    }
    out.extend(line.last());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const NO_BASEMAP: &Basemap = &Basemap { land: vec![], borders: vec![], labels: vec![], globe: vec![] };
    const PROJECTION: &Projection = &Projection {
        surface: crate::geometry::projection::Surface::Mercator(crate::geometry::projection::Mercator::new(
            0.0,
        )),
        scale: 1.0,
        tx: 0.0,
        ty: 0.0,
    };

    const NAMES: &[&str] = &["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"];

    fn map<'a>(nodes: &'a [Point], ends: &'a [usize], legs: &'a [Vec<Point>]) -> Map<'a> {
        Map {
            width: 358.0,
            height: 322.0,
            nodes,
            names: &NAMES[..nodes.len()],
            ends,
            main: &[],
            legs,
            basemap: NO_BASEMAP,
            projection: PROJECTION,
            taken: &[],
        }
    }

    #[test]
    fn a_crowded_route_end_is_magnified_where_the_routes_are_not() {
        // Three places within 8 px at the left edge, a route running east along y = 200.
        let nodes = [
            Point::new(12.0, 200.0),
            Point::new(18.0, 205.0),
            Point::new(10.0, 208.0),
            Point::new(300.0, 200.0),
        ];
        let legs = vec![vec![nodes[0], nodes[3]]];
        let inset = inset(&map(&nodes, &[0, 3], &legs)).unwrap(); // ok: test code, fails the test
        assert!(FACTORS.contains(&inset.factor), "{}", inset.factor);
        // Every crowded place is in the spot, and shown in the box in the same arrangement.
        assert_eq!(inset.nodes.iter().map(|(i, _)| *i).collect::<Vec<_>>(), [0, 1, 2]);
        let (a, b) = (inset.nodes[0].1, inset.nodes[1].1);
        assert!((a.distance(b) - nodes[0].distance(nodes[1]) * inset.factor).abs() < 1e-9);
        assert!(inset.at.inside(358.0, 322.0) && !inset.at.intersects(&inset.source));
        assert!(!densify(&legs[0]).iter().any(|p| inset.at.contains(*p)), "{:?}", inset.at);
        assert_eq!(inset.legs.len(), 1);
        assert!(inset.legs[0].1.starts_with('M'));
    }

    #[test]
    fn a_city_beside_its_airport_of_the_same_name_is_no_crowd() {
        let nodes = [Point::new(100.0, 200.0), Point::new(101.0, 200.5), Point::new(300.0, 100.0)];
        let same = ["Shymkent", "Shymkent", "Frankfurt"];
        assert!(inset(&Map { names: &same, ..map(&nodes, &[0, 2], &[]) }).is_none());
        assert!(inset(&map(&nodes, &[0, 2], &[])).is_some());
    }

    #[test]
    fn no_inset_where_every_route_end_has_room() {
        let nodes = [Point::new(20.0, 200.0), Point::new(60.0, 200.0), Point::new(300.0, 100.0)];
        assert!(inset(&map(&nodes, &[0, 2], &[])).is_none());
        // Crowded, but the spot is too wide to magnify twice.
        let wide: Vec<Point> = (0..12).map(|i| Point::new(20.0 + 10.0 * f64::from(i), 200.0)).collect();
        assert!(inset(&map(&wide, &[0], &[])).is_none());
    }

    #[test]
    fn the_inset_keeps_out_of_the_corners_kept_for_other_things() {
        let nodes = [Point::new(300.0, 150.0), Point::new(306.0, 154.0)];
        let taken = [Rect { x: 0.0, y: 0.0, width: 358.0, height: 110.0 }];
        let inset = inset(&Map { taken: &taken, ..map(&nodes, &[0], &[]) }).unwrap(); // ok: test code
        assert!(!inset.at.intersects(&taken[0]), "{:?}", inset.at);
    }
}
