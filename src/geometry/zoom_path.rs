//! Moving the view from one zoom to another as a reader's eye follows it: zoom out a little,
//! pan, zoom in — the smooth and efficient path of van Wijk and Nuij ("Smooth and efficient
//! zooming and panning", 2003; d3's `interpolateZoom` draws the same curve), in the scene's
//! projected space, so pan and zoom move together and the speed feels constant.

use super::zoom::Zoom;

/// How much the path zooms out on the way (√2: the paper's and d3's choice).
const RHO: f64 = std::f64::consts::SQRT_2;

/// A view as the path sees it: the centre of the screen in scene coordinates and the width of
/// scene the screen shows.
#[derive(Clone, Copy, Debug, PartialEq)]
struct View {
    cx: f64,
    cy: f64,
    w: f64,
}

/// The path from one zoom to another on a map `width` × `height`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ZoomPath {
    from: View,
    to: View,
    size: (f64, f64),
    /// The path's length in the paper's units (a quantity of "perceived motion").
    length: f64,
    /// For a path that pans: the start's parameter on the curve; none: a zoom in place.
    r0: Option<f64>,
}

impl ZoomPath {
    pub fn new(from: Zoom, to: Zoom, width: f64, height: f64) -> Self {
        let view = |z: Zoom| View {
            cx: (width / 2.0 - z.x) / z.scale,
            cy: (height / 2.0 - z.y) / z.scale,
            w: width / z.scale,
        };
        let (a, b) = (view(from), view(to));
        let d2 = (b.cx - a.cx).powi(2) + (b.cy - a.cy).powi(2);
        let (length, r0) = if d2 < 1e-12 {
            ((b.w / a.w).ln().abs() / RHO, None)
        } else {
            let d = d2.sqrt();
            let r = |w: f64, sign: f64| {
                let bi = (b.w * b.w - a.w * a.w + sign * RHO.powi(4) * d2) / (2.0 * w * RHO * RHO * d);
                ((bi * bi + 1.0).sqrt() - bi).ln()
            };
            let (r0, r1) = (r(a.w, 1.0), r(b.w, -1.0));
            ((r1 - r0) / RHO, Some(r0))
        };
        Self { from: a, to: b, size: (width, height), length, r0 }
    }

    /// How long the move takes at the paper's pace, in milliseconds, at most `max`.
    pub fn duration_ms(&self, max: f64) -> f64 {
        (self.length * 1000.0 * RHO / std::f64::consts::SQRT_2).min(max)
    }

    /// The zoom at `t` (0 the start, 1 the end).
    pub fn at(&self, t: f64) -> Zoom {
        let t = t.clamp(0.0, 1.0);
        let (a, b) = (self.from, self.to);
        let view = match self.r0 {
            None => {
                let w = if self.length == 0.0 { a.w } else { a.w * (b.w / a.w).powf(t) };
                View { cx: a.cx + t * (b.cx - a.cx), cy: a.cy + t * (b.cy - a.cy), w }
            }
            Some(r0) => {
                let d = ((b.cx - a.cx).powi(2) + (b.cy - a.cy).powi(2)).sqrt();
                let s = t * self.length;
                let u = a.w / (RHO * RHO * d) * (r0.cosh() * (RHO * s + r0).tanh() - r0.sinh());
                let w = a.w * r0.cosh() / (RHO * s + r0).cosh();
                View { cx: a.cx + u * (b.cx - a.cx), cy: a.cy + u * (b.cy - a.cy), w }
            }
        };
        if t >= 1.0 {
            return self.zoom_of(b);
        }
        self.zoom_of(view)
    }

    fn zoom_of(&self, v: View) -> Zoom {
        let (width, height) = self.size;
        let scale = width / v.w;
        Zoom { scale, x: width / 2.0 - scale * v.cx, y: height / 2.0 - scale * v.cy }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOLERANCE: f64 = 1e-6;
    const W: f64 = 800.0;
    const H: f64 = 450.0;

    fn close(a: Zoom, b: Zoom) -> bool {
        (a.scale - b.scale).abs() < TOLERANCE
            && (a.x - b.x).abs() < TOLERANCE
            && (a.y - b.y).abs() < TOLERANCE
    }

    /// (from, to): a pan with a zoom in, a pure zoom out, a pure pan, no move at all.
    const CASES: &[(Zoom, Zoom)] = &[
        (Zoom::IDENTITY, Zoom { scale: 3.0, x: -900.0, y: -300.0 }),
        (Zoom { scale: 4.0, x: -1200.0, y: -675.0 }, Zoom::IDENTITY),
        (Zoom { scale: 2.0, x: -100.0, y: -50.0 }, Zoom { scale: 2.0, x: -500.0, y: -200.0 }),
        (Zoom::IDENTITY, Zoom::IDENTITY),
    ];

    #[test]
    fn starts_and_ends_exactly_where_asked() {
        for &(from, to) in CASES {
            let path = ZoomPath::new(from, to, W, H);
            assert!(close(path.at(0.0), from), "{from:?} → {:?}", path.at(0.0));
            assert!(close(path.at(1.0), to), "{to:?} → {:?}", path.at(1.0));
        }
    }

    #[test]
    fn a_long_pan_zooms_out_on_the_way_and_a_zoom_in_place_keeps_its_centre() {
        let from = Zoom { scale: 2.0, x: -100.0, y: -50.0 };
        let path = ZoomPath::new(from, Zoom { scale: 2.0, x: -1500.0, y: -50.0 }, W, H);
        assert!(path.at(0.5).scale < 2.0, "{:?}", path.at(0.5));
        let zoom_in = ZoomPath::new(Zoom::IDENTITY, Zoom { scale: 4.0, x: -1200.0, y: -675.0 }, W, H);
        for t in [0.25, 0.5, 0.75] {
            let z = zoom_in.at(t);
            // The screen's centre stays on the scene's centre (400, 225).
            assert!(((W / 2.0 - z.x) / z.scale - 400.0).abs() < 1e-6, "{t}: {z:?}");
            assert!(z.scale > 1.0 && z.scale < 4.0);
        }
        assert!(zoom_in.at(0.25).scale < zoom_in.at(0.5).scale);
    }

    #[test]
    fn the_duration_follows_the_paths_length_up_to_a_limit() {
        let still = ZoomPath::new(Zoom::IDENTITY, Zoom::IDENTITY, W, H);
        assert_eq!(still.duration_ms(600.0), 0.0);
        let far = ZoomPath::new(Zoom::IDENTITY, Zoom { scale: 8.0, x: -5000.0, y: -1500.0 }, W, H);
        assert_eq!(far.duration_ms(600.0), 600.0);
        let near = ZoomPath::new(Zoom::IDENTITY, Zoom { scale: 1.2, x: -80.0, y: -45.0 }, W, H);
        assert!(near.duration_ms(600.0) > 0.0 && near.duration_ms(600.0) < 600.0);
    }
}
