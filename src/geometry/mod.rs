//! From degrees to the picture: projection, great circles, SVG path strings, label placement,
//! and the `Scene` that puts them together. Pure Rust, no browser types, tested natively.

pub mod callouts;
pub mod frame;
pub mod great_circle;
pub mod inset;
pub mod journey;
pub mod labels;
pub mod locator;
pub mod naming;
pub mod path;
pub mod projection;
pub mod scale_bar;
pub mod scene;
pub mod zoom;
pub mod zoom_path;

pub use projection::Projection;
pub use scene::Scene;

/// A point on the screen, in CSS pixels from the map's top left corner (y grows downwards).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

impl Point {
    pub const fn new(x: f64, y: f64) -> Self {
        Self { x, y }
    }

    /// The point `t` of the way from here to `other`.
    pub fn lerp(self, other: Point, t: f64) -> Point {
        Point::new(self.x + (other.x - self.x) * t, self.y + (other.y - self.y) * t)
    }

    pub fn distance(self, other: Point) -> f64 {
        (self.x - other.x).hypot(self.y - other.y)
    }
}

/// An axis-aligned box on the screen.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

impl Rect {
    pub fn intersects(&self, other: &Rect) -> bool {
        self.x < other.x + other.width
            && other.x < self.x + self.width
            && self.y < other.y + other.height
            && other.y < self.y + self.height
    }

    pub fn contains(&self, p: Point) -> bool {
        self.x <= p.x && p.x <= self.x + self.width && self.y <= p.y && p.y <= self.y + self.height
    }

    /// The box with `by` pixels more on every side.
    pub fn grown(&self, by: f64) -> Rect {
        Rect { x: self.x - by, y: self.y - by, width: self.width + 2.0 * by, height: self.height + 2.0 * by }
    }

    pub fn inside(&self, width: f64, height: f64) -> bool {
        self.x >= 0.0 && self.y >= 0.0 && self.x + self.width <= width && self.y + self.height <= height
    }
}
