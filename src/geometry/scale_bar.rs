//! The scale bar: how many kilometres a length on the map stands for where the reader looks — at
//! the latitude of the view's centre (a conformal conic's scale changes with latitude, Mercator's
//! even more) and at the reader's zoom. The bar says at which latitude it holds.

use super::projection::Projection;
use super::zoom::Zoom;
use super::{Point, Scene};
use crate::model::LonLat;

/// The mean radius of the Earth (IUGG), as the great-circle code uses.
pub const EARTH_RADIUS_KM: f64 = 6371.0;
/// The longest the bar is drawn, in pixels.
pub const MAX_PX: f64 = 90.0;
/// The bar's distance from the map's right and bottom edges.
pub const INSET: f64 = 8.0;

/// Where the bar and its label are drawn: the map's lower right corner, which names keep clear
/// of (`naming`).
pub fn corner(width: f64, height: f64) -> super::Rect {
    super::Rect {
        x: width - INSET - MAX_PX - 4.0,
        y: height - INSET - 22.0,
        width: MAX_PX + 8.0,
        height: 24.0,
    }
}

/// A bar `px` long that stands for `km`, true at latitude `lat`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScaleBar {
    pub km: f64,
    pub px: f64,
    pub lat: f64,
}

/// The bar for the view `zoom` of `scene`, at most `max_px` long; none where the view's centre
/// is off the globe (it never is within the zoom's bounds) or the scale is not finite.
pub fn scale_bar(scene: &Scene, zoom: Zoom, max_px: f64) -> Option<ScaleBar> {
    let screen_centre = Point::new(scene.width / 2.0, scene.height / 2.0);
    let at = Point::new((screen_centre.x - zoom.x) / zoom.scale, (screen_centre.y - zoom.y) / zoom.scale);
    let centre = lon_lat_at(&scene.projection, at)?;
    let per_km = px_per_km(&scene.projection, centre) * zoom.scale;
    let km = round_length(max_px / per_km)?;
    (per_km.is_finite() && per_km > 0.0).then_some(ScaleBar { km, px: km * per_km, lat: centre.lat })
}

/// Pixels per kilometre on the unzoomed scene at `p`: along the meridian (a conformal
/// projection's scale is the same in every direction at a point).
pub fn px_per_km(projection: &Projection, p: LonLat) -> f64 {
    const KM: f64 = 10.0;
    let half = (KM / EARTH_RADIUS_KM).to_degrees() / 2.0;
    let south = projection.project(LonLat::new(p.lon, p.lat - half));
    let north = projection.project(LonLat::new(p.lon, p.lat + half));
    south.distance(north) / KM
}

/// The place shown at the scene point `at` (`invert` from the nearest point of a 10° grid).
pub fn lon_lat_at(projection: &Projection, at: Point) -> Option<LonLat> {
    let grid =
        (-18..=18).flat_map(|i| (-8..=8).map(move |j| LonLat::new(f64::from(i) * 10.0, f64::from(j) * 10.0)));
    let off = |p: &LonLat| projection.project(*p).distance(at);
    invert(projection, at, grid.min_by(|a, b| off(a).total_cmp(&off(b)))?)
}

/// The place shown at the scene point `at`, by Newton's method on the projection itself from
/// `start` (a place near it): derivatives by differences, so neither surface needs an inverse
/// of its own; a few steps reach 1e-9°. None where it does not converge (off the globe).
pub fn invert(projection: &Projection, at: Point, start: LonLat) -> Option<LonLat> {
    const H: f64 = 1e-4;
    let mut p = start;
    for _ in 0..30 {
        let here = projection.project(p);
        let (ex, ey) = (here.x - at.x, here.y - at.y);
        if ex.hypot(ey) < 1e-7 {
            return Some(p);
        }
        let east = projection.project(LonLat::new(p.lon + H, p.lat));
        let north = projection.project(LonLat::new(p.lon, p.lat + H));
        let (a, c) = ((east.x - here.x) / H, (east.y - here.y) / H);
        let (b, d) = ((north.x - here.x) / H, (north.y - here.y) / H);
        let det = a * d - b * c;
        if det.abs() < 1e-12 {
            return None;
        }
        let lon = p.lon - (d * ex - b * ey) / det;
        let lat = (p.lat - (a * ey - c * ex) / det).clamp(-85.0, 85.0);
        p = LonLat::new(lon, lat);
    }
    None
}

/// The longest of 1, 2 or 5 × 10ⁿ km that is at most `km`.
fn round_length(km: f64) -> Option<f64> {
    if !(km.is_finite() && km > 0.0) {
        return None;
    }
    let power = 10f64.powf(km.log10().floor());
    [5.0, 2.0, 1.0].into_iter().map(|m| m * power).find(|&l| l <= km * (1.0 + 1e-9))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geometry::projection::{ConicConformal, Mercator, Surface};
    use crate::test_story::synthetic;

    const TOLERANCE: f64 = 1e-6;

    #[test]
    fn lengths_are_one_two_or_five_times_a_power_of_ten() {
        for (km, expected) in [(730.0, 500.0), (199.0, 100.0), (2.5, 2.0), (1000.0, 1000.0), (0.9, 0.5)] {
            assert_eq!(round_length(km), Some(expected), "{km}");
        }
        assert_eq!(round_length(0.0), None);
        assert_eq!(round_length(f64::INFINITY), None);
    }

    #[test]
    fn mercator_scale_grows_as_one_over_the_cosine_of_latitude() {
        let projection =
            Projection { surface: Surface::Mercator(Mercator::new(0.0)), scale: 1000.0, tx: 0.0, ty: 0.0 };
        let at_equator = px_per_km(&projection, LonLat::new(0.0, 0.0));
        // A radian of the unit sphere is 1000 px: 6371 km.
        assert!((at_equator - 1000.0 / EARTH_RADIUS_KM).abs() < TOLERANCE, "{at_equator}");
        for lat in [30.0_f64, 45.0, 60.0] {
            let ratio = px_per_km(&projection, LonLat::new(10.0, lat)) / at_equator;
            assert!((ratio - 1.0 / lat.to_radians().cos()).abs() < 1e-5, "{lat}: {ratio}");
        }
    }

    #[test]
    fn the_conic_is_true_to_its_scale_on_both_standard_parallels() {
        let projection = Projection {
            surface: Surface::Conic(ConicConformal::new(60.0, 35.0, 60.0)),
            scale: 500.0,
            tx: 0.0,
            ty: 0.0,
        };
        let (a, b) = (
            px_per_km(&projection, LonLat::new(60.0, 35.0)),
            px_per_km(&projection, LonLat::new(60.0, 60.0)),
        );
        assert!((a - b).abs() / a < 1e-5, "{a} vs {b}");
        // Between them the map shrinks, beyond them it grows.
        assert!(px_per_km(&projection, LonLat::new(60.0, 47.0)) < a);
        assert!(px_per_km(&projection, LonLat::new(60.0, 70.0)) > a);
    }

    #[test]
    fn the_bar_holds_at_the_view_centre_and_follows_the_zoom() {
        let (data, basemap) = synthetic();
        let scene = Scene::build(&data, &basemap, 390.0, 351.0);
        let bar = scale_bar(&scene, Zoom::IDENTITY, 100.0).unwrap_or(ScaleBar { km: 0.0, px: 0.0, lat: 0.0 });
        assert!(bar.px <= 100.0 && bar.px > 40.0, "{bar:?}");
        // The centre's latitude, found without an inverse, projects back onto the centre.
        let centre = lon_lat_at(&scene.projection, Point::new(195.0, 175.5));
        let back = centre.map(|c| scene.projection.project(c)).unwrap_or(Point::new(0.0, 0.0));
        assert!(back.distance(Point::new(195.0, 175.5)) < 1e-6, "{back:?}");
        assert!((bar.lat - centre.map_or(0.0, |c| c.lat)).abs() < 1e-6);
        // Twice the zoom: the same kilometres take twice the pixels, or a shorter length is shown.
        let zoomed = Zoom::IDENTITY.zoom_at(2.0, Point::new(195.0, 175.5), 390.0, 351.0);
        let near = scale_bar(&scene, zoomed, 100.0).unwrap_or(bar);
        let per_km = |b: ScaleBar| b.px / b.km;
        assert!((per_km(near) / per_km(bar) - 2.0).abs() < 1e-6, "{near:?} vs {bar:?}");
    }
}
