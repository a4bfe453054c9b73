//! The window a story's map shows when the story names none: the extent of its routes and
//! places, with a margin — across the antimeridian where that is the shorter way round.

use crate::model::{Frame, LonLat};

/// The whole world as the world basemap has it (no Antarctica).
pub const WORLD: Frame = Frame { west: -180.0, south: -60.0, east: 180.0, north: 84.0 };

/// Share of the extent added on each side, and the least margin in degrees.
const MARGIN_SHARE: f64 = 0.1;
const MARGIN_MIN_DEG: f64 = 2.0;

/// The smallest frame holding every point, plus a margin; none for no points.
pub fn extent(points: impl Iterator<Item = LonLat>) -> Option<Frame> {
    let points: Vec<LonLat> = points.collect();
    let (south, north) = points.iter().fold((f64::MAX, f64::MIN), |(s, n), p| (s.min(p.lat), n.max(p.lat)));
    let (west, east) = longitude_span(points.iter().map(|p| p.lon))?;
    let span = (east - west).rem_euclid(360.0);
    let lon_margin = (span * MARGIN_SHARE).max(MARGIN_MIN_DEG);
    let lat_margin = ((north - south) * MARGIN_SHARE).max(MARGIN_MIN_DEG);
    let wrap = |lon: f64| (lon + 540.0).rem_euclid(360.0) - 180.0;
    if span + 2.0 * lon_margin >= 360.0 {
        return Some(Frame {
            south: (south - lat_margin).max(-85.0),
            north: (north + lat_margin).min(85.0),
            ..WORLD
        });
    }
    Some(Frame {
        west: wrap(west - lon_margin),
        east: wrap(east + lon_margin),
        south: (south - lat_margin).max(-85.0),
        north: (north + lat_margin).min(85.0),
    })
}

/// West and east ends of the shortest arc of longitude holding all of `lons`: the circle minus
/// its largest gap between neighbouring longitudes.
fn longitude_span(lons: impl Iterator<Item = f64>) -> Option<(f64, f64)> {
    let mut sorted: Vec<f64> = lons.collect();
    // Every vertex of the story (too many for `stable_sort`, which is for short lists); equal
    // longitudes are the same number, so an unstable sort gives the same result.
    sorted.sort_unstable_by(f64::total_cmp);
    let (first, last) = (*sorted.first()?, *sorted.last()?);
    // The gap across the antimeridian, from the last longitude round to the first.
    let (mut gap, mut west, mut east) = (first + 360.0 - last, first, last);
    for pair in sorted.windows(2) {
        if pair[1] - pair[0] > gap {
            (gap, west, east) = (pair[1] - pair[0], pair[1], pair[0]);
        }
    }
    Some((west, east))
}

/// Points along the frame's edges, for fitting a projection to it (a conic bends its parallels,
/// so the corners alone would cut off the middle of the northern edge).
pub fn outline(frame: Frame) -> impl Iterator<Item = LonLat> {
    const STEPS: usize = 16;
    let span = frame.lon_span();
    (0..=STEPS).flat_map(move |i| {
        let t = i as f64 / STEPS as f64;
        let lon = frame.west + span * t;
        let lat = frame.south + (frame.north - frame.south) * t;
        [
            LonLat::new(lon, frame.south),
            LonLat::new(lon, frame.north),
            LonLat::new(frame.west, lat),
            LonLat::new(frame.west + span, lat),
        ]
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const EPS: f64 = 1e-9;

    fn close(a: Frame, b: Frame) -> bool {
        [(a.west, b.west), (a.south, b.south), (a.east, b.east), (a.north, b.north)]
            .iter()
            .all(|(x, y)| (x - y).abs() < EPS)
    }

    #[test]
    fn no_points_no_frame() {
        assert_eq!(extent(std::iter::empty()), None);
    }

    #[test]
    fn one_point_gets_the_least_margin() {
        let f = extent([LonLat::new(10.0, 50.0)].into_iter()).unwrap(); // ok: test code
        assert!(close(f, Frame { west: 8.0, south: 48.0, east: 12.0, north: 52.0 }), "{f:?}");
    }

    #[test]
    fn a_tenth_of_the_extent_on_each_side() {
        let f = extent([LonLat::new(0.0, 20.0), LonLat::new(100.0, 60.0)].into_iter()).unwrap(); // ok: test
        assert!(close(f, Frame { west: -10.0, south: 16.0, east: 110.0, north: 64.0 }), "{f:?}");
    }

    #[test]
    fn across_the_antimeridian_the_short_way_round() {
        let pts = [LonLat::new(170.0, -10.0), LonLat::new(-170.0, -20.0), LonLat::new(178.0, -15.0)];
        let f = extent(pts.into_iter()).unwrap(); // ok: test code
        assert!(close(f, Frame { west: 168.0, south: -22.0, east: -168.0, north: -8.0 }), "{f:?}");
        assert!((f.lon_span() - 24.0).abs() < EPS);
    }

    #[test]
    fn points_all_round_the_globe_give_the_world() {
        let pts = (0..12).map(|i| LonLat::new(-180.0 + 30.0 * i as f64, 10.0));
        assert_eq!(extent(pts).map(|f| (f.west, f.east)), Some((WORLD.west, WORLD.east)));
    }

    #[test]
    fn the_outline_runs_round_the_frame() {
        let f = Frame { west: 170.0, south: 0.0, east: -170.0, north: 10.0 };
        let pts: Vec<LonLat> = outline(f).collect();
        assert!(pts.iter().any(|p| (p.lon - 180.0).abs() < EPS && p.lat == 0.0), "the middle of the edge");
        assert!(pts.iter().all(|p| (170.0..=190.0).contains(&p.lon) && (0.0..=10.0).contains(&p.lat)));
    }
}
