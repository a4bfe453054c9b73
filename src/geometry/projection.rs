//! The map's projection: Lambert conformal conic or Mercator (`Surface`), chosen for a story's
//! frame (`choose`), then scaled and translated onto the screen (`Projection`).
//!
//! Conformal keeps the shapes of countries and seas recognisable across a wide region, which is
//! what a corridor map shows; a conic fitted to the frame (central meridian at its middle,
//! standard parallels at 1/6 and 5/6 of its latitudes, as map-makers' rule of thumb has it)
//! distorts least there. Near the equator a conic degenerates, so Mercator takes over.

use super::Point;
use crate::model::{Frame, LonLat, ProjectionSpec};
use std::f64::consts::{FRAC_PI_2, FRAC_PI_4};

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

    /// (x, y) on the unit sphere, y up.
    pub fn raw(&self, p: LonLat) -> (f64, f64) {
        let lambda = wrap_degrees(p.lon - self.lon0).to_radians();
        // The pole away from the cone's apex maps to infinity; stop just short of it.
        let phi = p.lat.to_radians();
        let phi = if self.f > 0.0 { phi.max(-FRAC_PI_2 + 1e-6) } else { phi.min(FRAC_PI_2 - 1e-6) };
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

/// Mercator on the unit sphere, y up; latitudes beyond ±85° are held there (the poles are at
/// infinity).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Mercator {
    lon0: f64,
}

impl Mercator {
    pub const fn new(lon0: f64) -> Self {
        Self { lon0 }
    }

    pub fn raw(&self, p: LonLat) -> (f64, f64) {
        let lambda = wrap_degrees(p.lon - self.lon0).to_radians();
        let phi = p.lat.clamp(-85.0, 85.0).to_radians();
        (lambda, (FRAC_PI_4 + phi / 2.0).tan().ln())
    }
}

/// The projection's formula, before scaling onto the screen.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Surface {
    Conic(ConicConformal),
    Mercator(Mercator),
}

impl Surface {
    /// (x, y) on the unit sphere, y up.
    pub fn raw(&self, p: LonLat) -> (f64, f64) {
        match self {
            Surface::Conic(c) => c.raw(p),
            Surface::Mercator(m) => m.raw(p),
        }
    }
}

/// How close (degrees) to the equator the nearer standard parallel of a chosen conic may lie.
const CONIC_MIN_LATITUDE: f64 = 5.0;

/// The surface for a frame, with what the story's `spec` names taking precedence: a conic with
/// its central meridian at the frame's middle and standard parallels at 1/6 and 5/6 of its
/// latitudes, or Mercator where those parallels would straddle the equator or lie within 5° of
/// it.
pub fn choose(frame: Frame, spec: Option<ProjectionSpec>) -> Surface {
    let span = frame.north - frame.south;
    let fitted = [frame.south + span / 6.0, frame.south + span * 5.0 / 6.0];
    let mercator_fits = |[a, b]: [f64; 2]| a * b <= 0.0 || a.abs().min(b.abs()) < CONIC_MIN_LATITUDE;
    match spec {
        Some(ProjectionSpec::Mercator { centre }) => {
            Surface::Mercator(Mercator::new(centre.unwrap_or(frame.centre_lon())))
        }
        Some(ProjectionSpec::Conic { centre, parallels }) => {
            let [a, b] = parallels.unwrap_or(fitted);
            Surface::Conic(ConicConformal::new(centre.unwrap_or(frame.centre_lon()), a, b))
        }
        None if mercator_fits(fitted) => Surface::Mercator(Mercator::new(frame.centre_lon())),
        None => Surface::Conic(ConicConformal::new(frame.centre_lon(), fitted[0], fitted[1])),
    }
}

/// Longitude difference into −180…180.
fn wrap_degrees(d: f64) -> f64 {
    // Nearly every input is already in range: skip the division then.
    if (-180.0..180.0).contains(&d) { d } else { (d + 540.0).rem_euclid(360.0) - 180.0 }
}

/// The surface scaled and translated onto the screen.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Projection {
    pub surface: Surface,
    pub scale: f64,
    pub tx: f64,
    pub ty: f64,
}

impl Projection {
    pub fn project(&self, p: LonLat) -> Point {
        self.place(self.surface.raw(p))
    }

    /// A point already through `surface.raw`, onto the screen.
    pub fn place(&self, (x, y): (f64, f64)) -> Point {
        Point::new(self.tx + self.scale * x, self.ty - self.scale * y)
    }

    /// The projection that shows all of `extent` as large as fits in `width` × `height` with
    /// `padding` pixels to spare on each side, centred, with the same scale on both axes.
    pub fn fit(surface: Surface, extent: &[LonLat], width: f64, height: f64, padding: f64) -> Self {
        Self::fit_raw(surface, extent.iter().map(|&p| surface.raw(p)), width, height, [padding; 4])
    }

    /// As `fit`, for points already through `surface.raw` (a caller that draws the same points
    /// projects each of them once, not once to fit and once to draw), and with margins of their
    /// own on each side: top, right, bottom, left.
    pub fn fit_raw(
        surface: Surface,
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
        Self { surface, scale, tx, ty }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Within this of d3-geo's values (unit sphere): the same formulas, in another order.
    const TOLERANCE: f64 = 1e-10;

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

    /// d3-geo 3.1.1, `geoConicConformalRaw(−15°, −5°)`, centred on 24° E: south of the equator,
    /// where the cone opens the other way (and the north pole is the one at infinity).
    const D3_SOUTH: &[(f64, f64, f64, f64)] = &[
        (24.0, 0.0, 0.0, 0.0),
        (24.0, -10.0, 0.0, -0.174754862050),
        (13.53, -12.35, -0.177946502849, -0.218452424495),
        (28.28, -15.42, 0.072057483212, -0.269600129702),
        (39.27, -6.82, 0.263932996552, -0.125552097765),
        (12.0, -5.0, -0.208596420690, -0.091507952013),
        (35.0, -20.0, 0.182482503810, -0.352562685130),
        (-170.0, -10.0, 2.723677720735, -0.875654897497),
    ];

    /// d3-geo 3.1.1, `geoMercatorRaw`, centred on 55° E (wrapping across the antimeridian).
    const D3_MERCATOR: &[(f64, f64, f64, f64)] = &[
        (55.0, 0.0, 0.0, 0.0),
        (37.62, 55.75, -0.303338223997, 1.177272901366),
        (72.88, 19.08, 0.312064870257, 0.339339980727),
        (56.27, 27.18, 0.022165681500, 0.493244097102),
        (50.9, 34.6, -0.071558499332, 0.644334659722),
        (32.5, 29.9, -std::f64::consts::FRAC_PI_8, 0.547291825395),
        (0.0, -40.0, -0.959931088597, -0.762909652067),
        (170.0, 60.0, 2.007128639793, 1.316957896925),
    ];

    #[test]
    fn raw_projections_match_d3_geo() {
        let cases = [
            (Surface::Conic(ConicConformal::new(62.0, 35.0, 60.0)), D3_REFERENCE),
            (Surface::Conic(ConicConformal::new(24.0, -15.0, -5.0)), D3_SOUTH),
            (Surface::Mercator(Mercator::new(55.0)), D3_MERCATOR),
        ];
        for (surface, reference) in cases {
            for &(lon, lat, x, y) in reference {
                let (px, py) = surface.raw(LonLat::new(lon, lat));
                assert!(
                    (px - x).abs() < TOLERANCE && (py - y).abs() < TOLERANCE,
                    "{surface:?} ({lon}, {lat}): ({px}, {py}) vs ({x}, {y})"
                );
            }
        }
    }

    #[test]
    fn the_surface_follows_the_frame_and_the_story() {
        let frame = |west, south, east, north| Frame { west, south, east, north };
        // 20–80° N: parallels 30° and 70°, centred on the frame.
        assert_eq!(
            choose(frame(0.0, 20.0, 120.0, 80.0), None),
            Surface::Conic(ConicConformal::new(60.0, 30.0, 70.0))
        );
        // Across the equator, and just south of it: Mercator.
        assert_eq!(choose(frame(0.0, -30.0, 40.0, 30.0), None), Surface::Mercator(Mercator::new(20.0)));
        assert_eq!(choose(frame(10.0, -18.0, 40.0, -2.0), None), Surface::Mercator(Mercator::new(25.0)));
        // Further south a conic again, opening southwards.
        assert!(matches!(choose(frame(10.0, -50.0, 40.0, -20.0), None), Surface::Conic(_)));
        // Across the antimeridian the centre lies beyond it.
        assert_eq!(
            choose(frame(170.0, 30.0, -150.0, 60.0), None),
            Surface::Conic(ConicConformal::new(-170.0, 35.0, 55.0))
        );
        // What the story names wins.
        let spec = ProjectionSpec::Conic { centre: Some(62.0), parallels: Some([35.0, 60.0]) };
        assert_eq!(
            choose(frame(0.0, -30.0, 40.0, 30.0), Some(spec)),
            Surface::Conic(ConicConformal::new(62.0, 35.0, 60.0))
        );
        let spec = ProjectionSpec::Mercator { centre: None };
        assert_eq!(choose(frame(0.0, 20.0, 120.0, 80.0), Some(spec)), Surface::Mercator(Mercator::new(60.0)));
    }

    #[test]
    fn on_a_1600_px_map_every_reference_point_is_within_a_hundredth_of_a_pixel() {
        let conic = Surface::Conic(ConicConformal::new(62.0, 35.0, 60.0));
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
        let proj = Projection::fit(
            Surface::Conic(ConicConformal::new(62.0, 35.0, 60.0)),
            &extent,
            800.0,
            600.0,
            20.0,
        );
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
            Surface::Conic(ConicConformal::new(62.0, 35.0, 60.0)),
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
