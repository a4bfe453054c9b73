//! The reader's zoom and pan, as one transform applied to the drawn scene (the path strings stay
//! as they are). Bounded: between `MIN_SCALE` (the sea route whole) and `MAX_SCALE`, and never
//! panned further than `SLACK` of the frame beyond the framed corridors (the basemap reaches
//! further, so no empty edge shows, and places at the frame's edge can be centred).

use super::{Point, Rect};

pub const MIN_SCALE: f64 = 0.3;
pub const MAX_SCALE: f64 = 8.0;
/// How far beyond the default frame the reader may pan, as a share of the frame's size.
pub const SLACK: f64 = 0.3;

/// screen = scale × scene + (x, y).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Zoom {
    pub scale: f64,
    pub x: f64,
    pub y: f64,
}

impl Default for Zoom {
    fn default() -> Self {
        Self::IDENTITY
    }
}

/// The view independent of the map's size, for links: the scale and the centre of the view as a
/// share of the frame's width and height (a phone and a desktop then show the same place).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MapView {
    pub scale: f64,
    pub cx: f64,
    pub cy: f64,
}

impl Zoom {
    pub fn to_view(self, width: f64, height: f64) -> MapView {
        let cx = (width / 2.0 - self.x) / self.scale / width.max(1.0);
        let cy = (height / 2.0 - self.y) / self.scale / height.max(1.0);
        MapView { scale: self.scale, cx, cy }
    }

    /// The zoom that shows `view` on a map of this size (bounded like any other).
    pub fn from_view(view: MapView, width: f64, height: f64) -> Self {
        let scale = view.scale.clamp(MIN_SCALE, MAX_SCALE);
        Zoom { scale, x: width / 2.0 - scale * view.cx * width, y: height / 2.0 - scale * view.cy * height }
            .bounded(width, height)
    }

    pub const IDENTITY: Zoom = Zoom { scale: 1.0, x: 0.0, y: 0.0 };

    /// Zooms by `factor` keeping the scene point under `at` (screen) where it is.
    pub fn zoom_at(self, factor: f64, at: Point, width: f64, height: f64) -> Self {
        let scale = (self.scale * factor).clamp(MIN_SCALE, MAX_SCALE);
        let f = scale / self.scale;
        Zoom { scale, x: at.x - (at.x - self.x) * f, y: at.y - (at.y - self.y) * f }.bounded(width, height)
    }

    pub fn pan(self, dx: f64, dy: f64, width: f64, height: f64) -> Self {
        Zoom { x: self.x + dx, y: self.y + dy, ..self }.bounded(width, height)
    }

    /// The zoom that shows `rect` (scene coordinates) whole and centred, with `padding` pixels.
    pub fn frame(rect: Rect, width: f64, height: f64, padding: f64) -> Self {
        let fit_w = (width - 2.0 * padding) / rect.width.max(1.0);
        let fit_h = (height - 2.0 * padding) / rect.height.max(1.0);
        let scale = fit_w.min(fit_h).clamp(MIN_SCALE, MAX_SCALE);
        let (cx, cy) = (rect.x + rect.width / 2.0, rect.y + rect.height / 2.0);
        Zoom { scale, x: width / 2.0 - scale * cx, y: height / 2.0 - scale * cy }.bounded(width, height)
    }

    /// Keeps the scene's frame covering the view when zoomed in, and inside it when zoomed out.
    fn bounded(self, width: f64, height: f64) -> Self {
        let clamp = |v: f64, size: f64| {
            let (a, b) = (0.0_f64, size * (1.0 - self.scale));
            v.clamp(a.min(b) - SLACK * size, a.max(b) + SLACK * size)
        };
        // Zoomed out, the scene may move within the frame by what the sea route needs.
        if self.scale < 1.0 {
            let slack = |size: f64| size * (1.0 - self.scale) + size;
            return Zoom {
                x: self.x.clamp(-slack(width), slack(width)),
                y: self.y.clamp(-slack(height), slack(height)),
                ..self
            };
        }
        Zoom { x: clamp(self.x, width), y: clamp(self.y, height), ..self }
    }

    pub fn apply(&self, p: Point) -> Point {
        Point::new(self.scale * p.x + self.x, self.scale * p.y + self.y)
    }

    /// SVG `transform` attribute.
    pub fn svg(&self) -> String {
        format!("translate({:.1},{:.1}) scale({:.4})", self.x, self.y, self.scale)
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_view_survives_a_change_of_map_size() {
        let zoom = Zoom::IDENTITY.zoom_at(2.0, Point::new(300.0, 200.0), 800.0, 450.0);
        let view = zoom.to_view(800.0, 450.0);
        assert_eq!(Zoom::from_view(view, 800.0, 450.0), zoom);
        let phone = Zoom::from_view(view, 358.0, 322.0);
        let back = phone.to_view(358.0, 322.0);
        assert!((back.cx - view.cx).abs() < 1e-9 && (back.cy - view.cy).abs() < 1e-9, "{back:?} {view:?}");
        assert_eq!(Zoom::IDENTITY.to_view(800.0, 450.0), MapView { scale: 1.0, cx: 0.5, cy: 0.5 });
    }

    use super::*;

    #[test]
    fn zooming_keeps_the_point_under_the_cursor() {
        let z = Zoom::IDENTITY.zoom_at(2.0, Point::new(100.0, 50.0), 400.0, 300.0);
        assert_eq!(z.scale, 2.0);
        assert_eq!(z.apply(Point::new(100.0, 50.0)), Point::new(100.0, 50.0));
    }

    #[test]
    fn scale_is_bounded() {
        let mut z = Zoom::IDENTITY;
        for _ in 0..20 {
            z = z.zoom_at(2.0, Point::new(0.0, 0.0), 400.0, 300.0);
        }
        assert_eq!(z.scale, MAX_SCALE);
        for _ in 0..40 {
            z = z.zoom_at(0.5, Point::new(0.0, 0.0), 400.0, 300.0);
        }
        assert_eq!(z.scale, MIN_SCALE);
    }

    #[test]
    fn panning_stops_at_the_edge_of_the_map() {
        let z = Zoom::IDENTITY
            .zoom_at(2.0, Point::new(200.0, 150.0), 400.0, 300.0)
            .pan(10_000.0, -10_000.0, 400.0, 300.0);
        assert_eq!((z.x, z.y), (0.3 * 400.0, -300.0 - 0.3 * 300.0));
        assert_eq!(Zoom::IDENTITY.pan(500.0, 0.0, 400.0, 300.0).x, 0.3 * 400.0);
    }

    #[test]
    fn framing_a_wide_box_zooms_out_and_centres_it() {
        let sea = Rect { x: -500.0, y: 100.0, width: 1400.0, height: 300.0 };
        let z = Zoom::frame(sea, 400.0, 300.0, 10.0);
        assert!((z.scale - 380.0 / 1400.0).abs() < 1e-9 || z.scale == MIN_SCALE);
        let centre = z.apply(Point::new(200.0, 250.0));
        assert!((centre.x - 200.0).abs() < 1e-9 && (centre.y - 150.0).abs() < 1e-9);
    }

    #[test]
    fn the_transform_attribute_is_compact() {
        assert_eq!(Zoom { scale: 2.0, x: -10.04, y: 3.0 }.svg(), "translate(-10.0,3.0) scale(2.0000)");
    }
}
