//! Lambert conformal conic, fitted to the viewport.
//!
//! Conformal keeps the shapes of Kazakhstan and the Caspian recognisable across the 120° of
//! longitude between the Rhine and the Yellow Sea; centred on 62° E with standard parallels 35° and
//! 60° N it is close to the regional references (ESRI:102027, EPSG:3034).

use super::Point;
use crate::model::LonLat;
use std::f64::consts::FRAC_PI_4;

/// The projection on the unit sphere (origin latitude at the equator, y up).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ConicConformal {
    lon0: f64,
    n: f64,
    f: f64,
}

impl ConicConformal {
    /// Central meridian and the two standard parallels, in degrees.
    pub fn new(lon0: f64, parallel1: f64, parallel2: f64) -> Self {
        let (p1, p2) = (parallel1.to_radians(), parallel2.to_radians());
        let t = |phi: f64| (FRAC_PI_4 + phi / 2.0).tan();
        let n =
            if (p1 - p2).abs() < 1e-9 { p1.sin() } else { (p1.cos() / p2.cos()).ln() / (t(p2) / t(p1)).ln() };
        let f = p1.cos() * t(p1).powf(n) / n;
        Self { lon0, n, f }
    }

    /// The projection this app uses: 62° E, parallels 35° and 60° N.
    pub fn corridors() -> Self {
        Self::new(62.0, 35.0, 60.0)
    }

    /// (x, y) on the unit sphere, y up.
    pub fn raw(&self, p: LonLat) -> (f64, f64) {
        let lambda = wrap_degrees(p.lon - self.lon0).to_radians();
        // The pole itself maps to infinity; stop just short of it.
        let phi = p.lat.to_radians().max(-std::f64::consts::FRAC_PI_2 + 1e-6);
        // f / tanⁿ(π/4 + φ/2). The tangent from φ/2 (within ±π/4, where sine and cosine need
        // no argument reduction): tan(π/4 + a) = (cos a + sin a) / (cos a − sin a); the power as
        // an exponential, since `powf` handles every special case of its arguments and costs
        // twice `exp` (the base here is always positive and finite).
        let (sin_a, cos_a) = (phi / 2.0).sin_cos();
        let rho = self.f * (-self.n * ((cos_a + sin_a) / (cos_a - sin_a)).ln()).exp();
        // One sin_cos instead of two calls: projecting is most of a big dataset's scene.
        let (sin, cos) = (self.n * lambda).sin_cos();
        (rho * sin, self.f - rho * cos)
    }
}

/// Longitude difference into −180…180.
fn wrap_degrees(d: f64) -> f64 {
    // Nearly every input is already in range: skip the division then.
    if (-180.0..180.0).contains(&d) { d } else { (d + 540.0).rem_euclid(360.0) - 180.0 }
}

/// The conic scaled and translated onto the screen.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Projection {
    pub conic: ConicConformal,
    pub scale: f64,
    pub tx: f64,
    pub ty: f64,
}

impl Projection {
    pub fn project(&self, p: LonLat) -> Point {
        self.place(self.conic.raw(p))
    }

    /// A point already through `conic.raw`, onto the screen.
    pub fn place(&self, (x, y): (f64, f64)) -> Point {
        Point::new(self.tx + self.scale * x, self.ty - self.scale * y)
    }

    /// The projection that shows all of `extent` as large as fits in `width` × `height` with
    /// `padding` pixels to spare on each side, centred, with the same scale on both axes.
    pub fn fit(conic: ConicConformal, extent: &[LonLat], width: f64, height: f64, padding: f64) -> Self {
        Self::fit_raw(conic, extent.iter().map(|&p| conic.raw(p)), width, height, [padding; 4])
    }

    /// As `fit`, for points already through `conic.raw` (a caller that draws the same points
    /// projects each of them once, not once to fit and once to draw), and with margins of their
    /// own on each side: top, right, bottom, left.
    pub fn fit_raw(
        conic: ConicConformal,
        raw: impl IntoIterator<Item = (f64, f64)>,
        width: f64,
        height: f64,
        margins: [f64; 4],
    ) -> Self {
        let [top, right, bottom, left] = margins;
        let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        for (x, y) in raw {
            (x0, y0, x1, y1) = (x0.min(x), y0.min(y), x1.max(x), y1.max(y));
        }
        if x0 > x1 {
            (x0, y0, x1, y1) = (-1.0, -1.0, 1.0, 1.0);
        }
        let (w, h) = ((width - left - right).max(1.0), (height - top - bottom).max(1.0));
        let scale = (w / (x1 - x0).max(1e-9)).min(h / (y1 - y0).max(1e-9));
        let tx = left + w / 2.0 - scale * (x0 + x1) / 2.0;
        let ty = top + h / 2.0 + scale * (y0 + y1) / 2.0;
        Self { conic, scale, tx, ty }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Computed with d3-geo 3.1.1: `geoConicConformalRaw(35°, 60°)((lon − 62)°, lat°)`, an
    /// independent implementation of the same projection (origin latitude at the equator).
    const D3_REFERENCE: &[(f64, f64, f64, f64)] = &[
        (62.0, 0.0, 0.000000000000, 0.0),
        (62.0, 45.0, 0.000000000000, 0.860500514618),
        (119.408, 34.745, 0.749971639450, 0.976832168914),
        (6.76, 51.43, -0.538783199988, 1.171878650778),
        (51.2, 43.6, -0.133195268162, 0.845945874325),
        (-25.0, 0.0, -1.618205751125, 1.024366382695),
        (145.0, 75.0, 0.349206678376, 1.602277705746),
        (8.571, 50.033, -0.539330843869, 1.141062313570),
        (69.479, 42.364, 0.094442768374, 0.820047782050),
        (28.993, 41.013, -0.414430586941, 0.882423997946),
        (117.43, 49.59, 0.560976492019, 1.149599284949),
        (-5.6, 35.95, -0.834528703586, 1.096242817417),
    ];

    #[test]
    fn raw_projection_matches_d3_geo() {
        let conic = ConicConformal::corridors();
        for &(lon, lat, x, y) in D3_REFERENCE {
            let (px, py) = conic.raw(LonLat::new(lon, lat));
            assert!(
                (px - x).abs() < 1e-10 && (py - y).abs() < 1e-10,
                "({lon}, {lat}): ({px}, {py}) vs ({x}, {y})"
            );
        }
    }

    #[test]
    fn on_a_1600_px_map_every_reference_point_is_within_a_hundredth_of_a_pixel() {
        let conic = ConicConformal::corridors();
        let extent: Vec<LonLat> = D3_REFERENCE.iter().map(|r| LonLat::new(r.0, r.1)).collect();
        let proj = Projection::fit(conic, &extent, 1600.0, 900.0, 0.0);
        for &(lon, lat, x, y) in D3_REFERENCE {
            let p = proj.project(LonLat::new(lon, lat));
            let (ex, ey) = (proj.tx + proj.scale * x, proj.ty - proj.scale * y);
            assert!((p.x - ex).abs() < 0.01 && (p.y - ey).abs() < 0.01);
        }
    }

    #[test]
    fn fit_fills_one_axis_and_centres_the_other() {
        let extent = [LonLat::new(6.76, 51.43), LonLat::new(119.408, 34.745), LonLat::new(51.2, 43.6)];
        let proj = Projection::fit(ConicConformal::corridors(), &extent, 800.0, 600.0, 20.0);
        let pts: Vec<Point> = extent.iter().map(|&p| proj.project(p)).collect();
        let (x0, x1) = pts.iter().fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p.x), b.max(p.x)));
        let (y0, y1) = pts.iter().fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p.y), b.max(p.y)));
        assert!((x0 - 20.0).abs() < 1e-9 && (x1 - 780.0).abs() < 1e-9, "width is filled: {x0}..{x1}");
        assert!(((y0 + y1) / 2.0 - 300.0).abs() < 1e-9, "height is centred: {y0}..{y1}");
        assert!(y0 >= 20.0 && y1 <= 580.0);
    }

    #[test]
    fn east_is_right_and_north_is_up() {
        let proj = Projection::fit(
            ConicConformal::corridors(),
            &[LonLat::new(0.0, 30.0), LonLat::new(120.0, 60.0)],
            500.0,
            500.0,
            0.0,
        );
        let (almaty, aktau, moscow) =
            (LonLat::new(76.89, 43.24), LonLat::new(51.2, 43.6), LonLat::new(37.62, 55.75));
        assert!(proj.project(almaty).x > proj.project(aktau).x);
        assert!(proj.project(moscow).y < proj.project(aktau).y);
    }
}
