//! Clipping rings and lines to a window: the basemap builder clips Natural Earth to a story's
//! longitude/latitude window, the static first screen clips the projected basemap to the
//! picture (what lies outside it is never seen there, and would triple the page's bytes).

use crate::geometry::Point;
use crate::model::LonLat;

/// A point in a plane: longitude/latitude, or screen x/y.
pub trait Planar: Copy + PartialEq {
    fn xy(self) -> (f64, f64);
    fn at(x: f64, y: f64) -> Self;
}

impl Planar for LonLat {
    fn xy(self) -> (f64, f64) {
        (self.lon, self.lat)
    }
    fn at(x: f64, y: f64) -> Self {
        LonLat::new(x, y)
    }
}

impl Planar for Point {
    fn xy(self) -> (f64, f64) {
        (self.x, self.y)
    }
    fn at(x: f64, y: f64) -> Self {
        Point::new(x, y)
    }
}

/// west, south, east, north: the least and greatest x and y (degrees, or pixels).
#[derive(Clone, Copy, Debug)]
pub struct Window {
    pub west: f64,
    pub south: f64,
    pub east: f64,
    pub north: f64,
}

impl Window {
    pub fn contains(&self, p: impl Planar) -> bool {
        let (x, y) = p.xy();
        (self.west..=self.east).contains(&x) && (self.south..=self.north).contains(&y)
    }
}

/// One edge of the window: which side of it is inside, and where a segment crosses it.
#[derive(Clone, Copy)]
enum Edge {
    West(f64),
    East(f64),
    South(f64),
    North(f64),
}

impl Edge {
    fn inside(self, p: impl Planar) -> bool {
        let (px, py) = p.xy();
        match self {
            Edge::West(x) => px >= x,
            Edge::East(x) => px <= x,
            Edge::South(y) => py >= y,
            Edge::North(y) => py <= y,
        }
    }

    fn cross<P: Planar>(self, a: P, b: P) -> P {
        let ((ax, ay), (bx, by)) = (a.xy(), b.xy());
        match self {
            Edge::West(x) | Edge::East(x) => {
                let t = (x - ax) / (bx - ax);
                P::at(x, ay + t * (by - ay))
            }
            Edge::South(y) | Edge::North(y) => {
                let t = (y - ay) / (by - ay);
                P::at(ax + t * (bx - ax), y)
            }
        }
    }
}

fn edges(w: Window) -> [Edge; 4] {
    [Edge::West(w.west), Edge::East(w.east), Edge::South(w.south), Edge::North(w.north)]
}

/// Sutherland–Hodgman: the part of a closed ring inside the window (empty if none). Parts of a
/// ring that leave and re-enter are joined along the window's edge, which is what a filled
/// land polygon needs.
pub fn ring<P: Planar>(ring: &[P], window: Window) -> Vec<P> {
    let mut out: Vec<P> = ring.to_vec();
    for edge in edges(window) {
        let input = std::mem::take(&mut out);
        let Some(&last) = input.last() else { break };
        let mut prev = last;
        for &p in &input {
            match (edge.inside(prev), edge.inside(p)) {
                (true, true) => out.push(p),
                (true, false) => out.push(edge.cross(prev, p)),
                (false, true) => out.extend([edge.cross(prev, p), p]),
                (false, false) => {}
            }
            prev = p;
        }
    }
    out
}

/// The runs of an open line that lie inside the window.
pub fn line<P: Planar>(line: &[P], window: Window) -> Vec<Vec<P>> {
    let mut runs = Vec::new();
    let mut run: Vec<P> = Vec::new();
    for pair in line.windows(2) {
        match segment(pair[0], pair[1], window) {
            Some((a, b)) => {
                if run.last() != Some(&a) {
                    if run.len() > 1 {
                        runs.push(std::mem::take(&mut run));
                    }
                    run = vec![a];
                }
                run.push(b);
            }
            None => {
                if run.len() > 1 {
                    runs.push(std::mem::take(&mut run));
                }
                run.clear();
            }
        }
    }
    if run.len() > 1 {
        runs.push(run);
    }
    runs
}

/// Liang–Barsky: the part of segment a–b inside the window (a chart's label uses it to find
/// the lines it would cover).
pub fn segment<P: Planar>(a: P, b: P, w: Window) -> Option<(P, P)> {
    let ((ax, ay), (bx, by)) = (a.xy(), b.xy());
    let (dx, dy) = (bx - ax, by - ay);
    let (mut t0, mut t1) = (0.0f64, 1.0f64);
    for (p, q) in [(-dx, ax - w.west), (dx, w.east - ax), (-dy, ay - w.south), (dy, w.north - ay)] {
        if p == 0.0 {
            if q < 0.0 {
                return None;
            }
        } else {
            let r = q / p;
            if p < 0.0 {
                t0 = t0.max(r);
            } else {
                t1 = t1.min(r);
            }
        }
    }
    (t0 <= t1).then(|| {
        let at = |t: f64| P::at(ax + t * dx, ay + t * dy);
        (at(t0), at(t1))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const W: Window = Window { west: 0.0, south: 0.0, east: 10.0, north: 10.0 };
    fn p(lon: f64, lat: f64) -> LonLat {
        LonLat::new(lon, lat)
    }

    #[test]
    fn a_ring_across_the_east_edge_is_cut_along_it() {
        let square = [p(5.0, 2.0), p(15.0, 2.0), p(15.0, 8.0), p(5.0, 8.0)];
        assert_eq!(ring(&square, W), [p(5.0, 2.0), p(10.0, 2.0), p(10.0, 8.0), p(5.0, 8.0)]);
    }

    #[test]
    fn a_ring_outside_is_dropped() {
        assert!(ring(&[p(20.0, 20.0), p(30.0, 20.0), p(30.0, 30.0)], W).is_empty());
    }

    #[test]
    fn a_line_leaving_and_returning_splits_into_two_runs() {
        let zigzag = [p(2.0, 5.0), p(12.0, 5.0), p(12.0, 7.0), p(2.0, 7.0)];
        assert_eq!(line(&zigzag, W), [vec![p(2.0, 5.0), p(10.0, 5.0)], vec![p(10.0, 7.0), p(2.0, 7.0)]]);
    }
}
