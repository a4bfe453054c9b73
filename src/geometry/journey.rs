//! A container's journey on the map (the journey race): its line's legs projected once, and the
//! point a share of the way along it, measured in kilometres on the globe (so that the marker's
//! pace on a ferry is its pace on the rail). Each frame of the race moves a marker there — one
//! transform, no path drawn.

use super::scene::ARC_STEP_KM;
use super::{Point, Projection, great_circle};
use crate::model::{Leg, LonLat, Mode};

#[derive(Clone, Debug, PartialEq)]
pub struct Journey {
    points: Vec<Point>,
    /// Kilometres from the start to each point.
    along: Vec<f64>,
}

impl Journey {
    /// The journey along `legs` (in travel order, each from its `from` to its `to`), drawn as the
    /// map draws them: an air leg along its great circle.
    pub fn new<'a>(legs: impl Iterator<Item = &'a Leg>, projection: &Projection) -> Self {
        let line: Vec<LonLat> = legs.flat_map(globe_line).collect();
        let mut along = Vec::with_capacity(line.len());
        let mut km = 0.0;
        for (i, p) in line.iter().enumerate() {
            if i > 0 {
                km += great_circle::distance_km(line[i - 1], *p);
            }
            along.push(km);
        }
        Self { points: line.iter().map(|&p| projection.project(p)).collect(), along }
    }

    /// The point `share` (0 to 1) of the way, by kilometres; a journey without length stays at
    /// its start.
    pub fn at(&self, share: f64) -> Point {
        let Some(&total) = self.along.last() else { return Point::new(0.0, 0.0) };
        let km = share.clamp(0.0, 1.0) * total;
        // The first point at or past `km`, and the one before it.
        let next = self.along.partition_point(|&a| a < km).min(self.points.len() - 1);
        if next == 0 {
            return self.points[0];
        }
        let (a, b) = (self.along[next - 1], self.along[next]);
        let t = if b > a { (km - a) / (b - a) } else { 1.0 };
        self.points[next - 1].lerp(self.points[next], t)
    }

    pub fn points(&self) -> &[Point] {
        &self.points
    }
}

/// A leg's line on the globe, as the map draws it.
fn globe_line(leg: &Leg) -> Vec<LonLat> {
    match (leg.mode, leg.path.first(), leg.path.last()) {
        (Mode::Air, Some(&a), Some(&b)) => great_circle::arc(a, b, ARC_STEP_KM),
        _ => leg.path.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geometry::Scene;
    use crate::test_story::synthetic;

    const TOLERANCE: f64 = 1e-9;

    #[test]
    fn a_share_of_the_way_is_a_share_of_the_kilometres() {
        // Three points 1 km and then 2 km apart.
        let journey = Journey {
            points: vec![Point::new(0.0, 0.0), Point::new(10.0, 0.0), Point::new(10.0, 10.0)],
            along: vec![0.0, 1.0, 3.0],
        };
        let cases = [
            (-1.0, (0.0, 0.0)),
            (0.0, (0.0, 0.0)),
            (1.0 / 6.0, (5.0, 0.0)),
            (1.0 / 3.0, (10.0, 0.0)),
            (2.0 / 3.0, (10.0, 5.0)),
            (1.0, (10.0, 10.0)),
            (2.0, (10.0, 10.0)),
        ];
        for (share, (x, y)) in cases {
            let p = journey.at(share);
            assert!((p.x - x).abs() < TOLERANCE && (p.y - y).abs() < TOLERANCE, "{share}: {p:?}");
        }
    }

    #[test]
    fn a_journey_without_length_stays_put() {
        let still =
            Journey { points: vec![Point::new(3.0, 4.0), Point::new(3.0, 4.0)], along: vec![0.0, 0.0] };
        assert_eq!(still.at(0.5), Point::new(3.0, 4.0));
        assert_eq!(Journey { points: vec![], along: vec![] }.at(0.5), Point::new(0.0, 0.0));
    }

    #[test]
    fn a_journey_runs_from_the_routes_start_to_its_finish_on_the_drawn_lines() {
        let (data, basemap) = synthetic();
        let scene = Scene::build(&data, &basemap, 800.0, 450.0);
        let west = data.corridor_by_code("west").unwrap(); // ok: test code
        let line = data.route_line(west, 2025).unwrap(); // ok: test code
        let journey = Journey::new(line.iter().map(|&i| &data.legs[i]), &scene.projection);
        let at = |id: &str| scene.nodes.iter().find(|n| n.id == id).unwrap().at; // ok: test code
        assert!(journey.at(0.0).distance(at("west-port")) < 1e-6);
        assert!(journey.at(1.0).distance(at("east-port")) < 1e-6);
        // Half way by kilometres is on the first leg (west-port to the lake is the longer).
        let lake = at("lake");
        let half = journey.at(0.5);
        assert!(half.x < lake.x, "{half:?} is past the lake {lake:?}");
    }
}
