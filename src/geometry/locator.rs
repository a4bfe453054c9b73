//! The locator inset: a small globe in the map's upper left corner, centred on the story's frame,
//! with the part of the world the reader sees outlined on it — a reader who does not know where
//! the Caspian lies sees it at once, and sees the outline shrink as they zoom in. Orthographic
//! (the globe as seen from space): the one projection whose outline a reader takes for the Earth.
//! The land is the basemap file's coarse world (`Basemap::globe`); without it, or for a frame
//! too wide to show on one side of the globe, there is no inset.

use super::scale_bar::{invert, lon_lat_at};
use super::zoom::Zoom;
use super::{Point, Rect, path};
use crate::model::{Frame, LonLat};

/// The globe's distance from the map's top and left edges.
pub const INSET: f64 = 8.0;
/// Points per edge of the view when it is outlined on the globe (a conic's edges are curves
/// there).
const EDGE_STEPS: usize = 8;

/// The globe's radius for a map `width` wide: small on a phone, where it must not hide routes.
pub fn radius(width: f64) -> f64 {
    if width < 500.0 { 24.0 } else { 36.0 }
}

/// The orthographic projection centred on a place: the unit disc, y up.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Orthographic {
    lon0: f64,
    sin_lat0: f64,
    cos_lat0: f64,
}

impl Orthographic {
    pub fn new(centre: LonLat) -> Self {
        let (sin_lat0, cos_lat0) = centre.lat.to_radians().sin_cos();
        Self { lon0: centre.lon, sin_lat0, cos_lat0 }
    }

    /// (x, y) on the unit disc, and whether the place faces the viewer.
    pub fn raw(&self, p: LonLat) -> ((f64, f64), bool) {
        let (sin_lat, cos_lat) = p.lat.to_radians().sin_cos();
        let (sin_dl, cos_dl) = (p.lon - self.lon0).to_radians().sin_cos();
        let facing = self.sin_lat0 * sin_lat + self.cos_lat0 * cos_lat * cos_dl >= 0.0;
        ((cos_lat * sin_dl, self.cos_lat0 * sin_lat - self.sin_lat0 * cos_lat * cos_dl), facing)
    }

    /// On the disc, a place on the far side pushed out to the rim in its direction: a ring of
    /// land that runs round the back of the globe then follows the rim, as it would look.
    pub fn on_disc(&self, p: LonLat) -> (f64, f64) {
        let ((x, y), facing) = self.raw(p);
        let r = x.hypot(y);
        if facing || r == 0.0 { (x, y) } else { (x / r, y / r) }
    }
}

/// The inset as drawn: where it is and its land, in pixels from the globe's centre.
#[derive(Clone, Debug, PartialEq)]
pub struct Globe {
    /// The globe's centre on the map.
    pub centre: Point,
    pub radius: f64,
    /// SVG path data of the land, relative to the centre.
    pub land: String,
    pub projection: Orthographic,
}

impl Globe {
    /// The globe for a map `width` wide showing `frame`, from the basemap's coarse `world`; none
    /// when there is no world to draw or the frame is the world or wider than half of it (its
    /// outline would run round the back).
    pub fn new(world: &[Vec<LonLat>], frame: Frame, width: f64) -> Option<Self> {
        if world.is_empty() || frame.is_world() || frame.lon_span() > 180.0 {
            return None;
        }
        let centre = LonLat::new(frame.centre_lon(), (frame.south + frame.north) / 2.0);
        let projection = Orthographic::new(centre);
        let radius = radius(width);
        let rings: Vec<Vec<Point>> = world
            .iter()
            .filter(|ring| ring.iter().any(|&p| projection.raw(p).1))
            .map(|ring| ring.iter().map(|&p| disc_point(&projection, radius, p)).collect())
            .collect();
        Some(Self {
            centre: Point::new(INSET + radius, INSET + radius),
            radius,
            land: path::rings(rings.iter().map(Vec::as_slice)),
            projection,
        })
    }

    /// The corner the globe covers, which names keep clear of.
    pub fn corner(&self) -> Rect {
        let side = 2.0 * (INSET + self.radius);
        Rect { x: 0.0, y: 0.0, width: side, height: side }
    }

    /// What the reader sees at `zoom` of a map drawn with `projection`, outlined on the globe:
    /// the path (relative to the centre) and the view's extent in degrees (west, south, east,
    /// north, with west < east across the antimeridian too); none where the view's corner is off
    /// the Earth.
    pub fn view(
        &self,
        projection: &super::Projection,
        zoom: Zoom,
        size: (f64, f64),
    ) -> Option<(String, Frame)> {
        let places = view_outline(projection, zoom, size)?;
        let points: Vec<Point> =
            places.iter().map(|&p| disc_point(&self.projection, self.radius, p)).collect();
        let extent = places.iter().fold(
            Frame { west: f64::MAX, south: f64::MAX, east: f64::MIN, north: f64::MIN },
            |f, p| Frame {
                west: f.west.min(p.lon),
                south: f.south.min(p.lat),
                east: f.east.max(p.lon),
                north: f.north.max(p.lat),
            },
        );
        Some((path::rings([points.as_slice()]), extent))
    }
}

fn disc_point(projection: &Orthographic, radius: f64, p: LonLat) -> Point {
    let (x, y) = projection.on_disc(p);
    Point::new(radius * x, -radius * y)
}

/// The places along the edges of the screen (`size`) at `zoom`, clockwise from the top left:
/// each found from the one before it (`invert`), so the longitudes run on without a jump at the
/// antimeridian.
fn view_outline(projection: &super::Projection, zoom: Zoom, (w, h): (f64, f64)) -> Option<Vec<LonLat>> {
    let corners = [Point::new(0.0, 0.0), Point::new(w, 0.0), Point::new(w, h), Point::new(0.0, h)];
    let screen = (0..4).flat_map(|side| {
        let (a, b) = (corners[side], corners[(side + 1) % 4]);
        (0..EDGE_STEPS).map(move |i| a.lerp(b, i as f64 / EDGE_STEPS as f64))
    });
    let scene = |p: Point| Point::new((p.x - zoom.x) / zoom.scale, (p.y - zoom.y) / zoom.scale);
    let mut places: Vec<LonLat> = Vec::with_capacity(4 * EDGE_STEPS);
    for at in screen.map(scene) {
        let found = match places.last() {
            Some(&before) => invert(projection, at, before),
            None => lon_lat_at(projection, at),
        };
        places.push(found?);
    }
    Some(places)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geometry::projection::{self, Projection};

    const TOLERANCE: f64 = 1e-9;

    fn square(w: f64, s: f64, e: f64, n: f64) -> Vec<LonLat> {
        vec![LonLat::new(w, s), LonLat::new(e, s), LonLat::new(e, n), LonLat::new(w, n)]
    }

    #[test]
    fn the_centre_is_the_middle_of_the_disc_and_a_quarter_turn_away_its_rim() {
        let ortho = Orthographic::new(LonLat::new(60.0, 40.0));
        let cases = [
            (LonLat::new(60.0, 40.0), (0.0, 0.0), true),
            (LonLat::new(150.0, 0.0), (1.0, 0.0), true),
            (LonLat::new(60.0, 90.0), (0.0, 40f64.to_radians().cos()), true),
            (LonLat::new(-120.0, -40.0), (0.0, 0.0), false),
        ];
        for (place, (x, y), facing) in cases {
            let ((px, py), f) = ortho.raw(place);
            assert!((px - x).abs() < TOLERANCE && (py - y).abs() < TOLERANCE, "{place:?}: {px} {py}");
            assert_eq!(f, facing, "{place:?}");
        }
    }

    #[test]
    fn places_on_the_far_side_lie_on_the_rim() {
        let ortho = Orthographic::new(LonLat::new(0.0, 0.0));
        for place in [LonLat::new(120.0, 10.0), LonLat::new(-170.0, -50.0), LonLat::new(100.0, 0.0)] {
            let (x, y) = ortho.on_disc(place);
            assert!((x.hypot(y) - 1.0).abs() < TOLERANCE, "{place:?}");
        }
    }

    #[test]
    fn no_globe_without_a_world_or_for_a_frame_as_wide_as_the_world() {
        let world = vec![square(-10.0, 30.0, 60.0, 60.0)];
        let region = Frame { west: 0.0, south: 20.0, east: 120.0, north: 60.0 };
        assert!(Globe::new(&world, region, 390.0).is_some());
        assert!(Globe::new(&[], region, 390.0).is_none());
        assert!(
            Globe::new(&world, Frame { west: -180.0, south: -60.0, east: 180.0, north: 84.0 }, 390.0)
                .is_none()
        );
        assert!(Globe::new(&world, Frame { west: -100.0, east: 100.0, ..region }, 390.0).is_none());
    }

    #[test]
    fn land_only_on_the_far_side_is_not_drawn() {
        let world = vec![square(10.0, 30.0, 30.0, 50.0), square(-170.0, -40.0, -150.0, -20.0)];
        let region = Frame { west: 0.0, south: 30.0, east: 40.0, north: 50.0 };
        let globe = Globe::new(&world, region, 1280.0).unwrap(); // ok: test code, fails the test
        assert_eq!(globe.land.matches('M').count(), 1, "{}", globe.land);
        assert_eq!(globe.corner(), Rect { x: 0.0, y: 0.0, width: 88.0, height: 88.0 });
    }

    #[test]
    fn the_view_outline_holds_the_frame_and_shrinks_when_zoomed_in() {
        let frame = Frame { west: -10.0, south: 25.0, east: 125.0, north: 60.0 };
        let surface = projection::choose(frame, None);
        let (w, h) = (640.0, 360.0);
        let projection =
            Projection::fit(surface, &crate::geometry::frame::outline(frame).collect::<Vec<_>>(), w, h, 0.0);
        let globe = Globe::new(&[square(0.0, 30.0, 100.0, 50.0)], frame, w).unwrap(); // ok: test code
        let (_, whole) = globe.view(&projection, Zoom::IDENTITY, (w, h)).unwrap(); // ok: test code
        // Fitted with no margin, the view is at least the frame (the conic bends its edges).
        assert!(whole.west <= frame.west + 1e-6 && whole.east >= frame.east - 1e-6, "{whole:?}");
        assert!(whole.south <= frame.south + 1e-6 && whole.north >= frame.north - 1e-6, "{whole:?}");
        let zoomed = Zoom::IDENTITY.zoom_at(4.0, Point::new(w / 2.0, h / 2.0), w, h);
        let (d, part) = globe.view(&projection, zoomed, (w, h)).unwrap(); // ok: test code
        assert!(part.lon_span() < whole.lon_span() / 3.0, "{part:?} of {whole:?}");
        assert!(part.west > whole.west && part.east < whole.east && part.north < whole.north);
        assert!(d.starts_with('M') && d.ends_with('Z'), "{d}");
    }
}
