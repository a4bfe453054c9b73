//! Air links are drawn along the great circle (the shortest way on the globe), which on this map
//! bends north of the straight chord. `geo`'s haversine interpolation does the spherical part.

use crate::model::LonLat;
use geo::{Distance, Haversine, InterpolatePoint, Point};

fn point(p: LonLat) -> Point<f64> {
    Point::new(p.lon, p.lat)
}

/// The great circle from `a` to `b` with a vertex at least every `step_km`, ends included.
pub fn arc(a: LonLat, b: LonLat, step_km: f64) -> Vec<LonLat> {
    Haversine
        .points_along_line(point(a), point(b), step_km * 1000.0, true)
        .map(|p| LonLat::new(p.x(), p.y()))
        .collect()
}

/// Great-circle distance in kilometres (mean Earth radius).
pub fn distance_km(a: LonLat, b: LonLat) -> f64 {
    Haversine.distance(point(a), point(b)) / 1000.0
}

/// Length of a line along the globe, in kilometres.
pub fn length_km(path: &[LonLat]) -> f64 {
    path.windows(2).map(|w| distance_km(w[0], w[1])).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    const CIT: LonLat = LonLat::new(69.479, 42.364);
    const FRA: LonLat = LonLat::new(8.571, 50.033);
    const MUC: LonLat = LonLat::new(11.786, 48.354);

    #[test]
    fn distances_match_the_fact_sheet_to_half_a_percent() {
        // Fact sheet: CIT–FRA 4,631 km, CIT–MUC 4,449 km.
        assert!((distance_km(CIT, FRA) - 4631.0).abs() < 23.0, "{}", distance_km(CIT, FRA));
        assert!((distance_km(CIT, MUC) - 4449.0).abs() < 22.0, "{}", distance_km(CIT, MUC));
    }

    #[test]
    fn the_arc_starts_and_ends_on_the_airports_with_short_steps() {
        let arc = arc(CIT, FRA, 100.0);
        assert_eq!((arc[0], arc[arc.len() - 1]), (CIT, FRA));
        assert!(arc.len() >= 47, "{} vertices", arc.len());
        assert!(arc.windows(2).all(|w| distance_km(w[0], w[1]) <= 100.0 + 1e-6));
    }

    #[test]
    fn the_arc_bulges_north_of_the_chord() {
        let arc = arc(CIT, FRA, 100.0);
        let middle = arc[arc.len() / 2];
        let chord_lat = (CIT.lat + FRA.lat) / 2.0;
        assert!(middle.lat > chord_lat + 2.0, "midpoint {middle:?} vs chord {chord_lat}");
    }
}
