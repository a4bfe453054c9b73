//! Clipping rings and lines to the map's longitude/latitude window.

use crate::model::LonLat;

/// west, south, east, north in degrees.
#[derive(Clone, Copy, Debug)]
pub struct Window {
    pub west: f64,
    pub south: f64,
    pub east: f64,
    pub north: f64,
}

impl Window {
    pub fn contains(&self, p: LonLat) -> bool {
        (self.west..=self.east).contains(&p.lon) && (self.south..=self.north).contains(&p.lat)
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
    fn inside(self, p: LonLat) -> bool {
        match self {
            Edge::West(x) => p.lon >= x,
            Edge::East(x) => p.lon <= x,
            Edge::South(y) => p.lat >= y,
            Edge::North(y) => p.lat <= y,
        }
    }

    fn cross(self, a: LonLat, b: LonLat) -> LonLat {
        match self {
            Edge::West(x) | Edge::East(x) => {
                let t = (x - a.lon) / (b.lon - a.lon);
                LonLat::new(x, a.lat + t * (b.lat - a.lat))
            }
            Edge::South(y) | Edge::North(y) => {
                let t = (y - a.lat) / (b.lat - a.lat);
                LonLat::new(a.lon + t * (b.lon - a.lon), y)
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
pub fn ring(ring: &[LonLat], window: Window) -> Vec<LonLat> {
    let mut out: Vec<LonLat> = ring.to_vec();
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
pub fn line(line: &[LonLat], window: Window) -> Vec<Vec<LonLat>> {
    let mut runs = Vec::new();
    let mut run: Vec<LonLat> = Vec::new();
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

/// Liang–Barsky: the part of segment a–b inside the window.
fn segment(a: LonLat, b: LonLat, w: Window) -> Option<(LonLat, LonLat)> {
    let (dx, dy) = (b.lon - a.lon, b.lat - a.lat);
    let (mut t0, mut t1) = (0.0f64, 1.0f64);
    for (p, q) in [(-dx, a.lon - w.west), (dx, w.east - a.lon), (-dy, a.lat - w.south), (dy, w.north - a.lat)]
    {
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
        let at = |t: f64| LonLat::new(a.lon + t * dx, a.lat + t * dy);
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
