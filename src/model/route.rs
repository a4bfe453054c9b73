//! A route's ends: where a corridor starts and finishes, which a phone's map names whatever their
//! rank (a reader asks of a route first where it goes).

use super::{CorridorId, Dataset, Node};
use crate::geometry::great_circle::distance_km;
use std::collections::HashSet;

impl Dataset {
    /// The two ends of `corridor`: legs run from a route's origin towards its destination, so
    /// its starts are the places its legs only leave and its finishes those they only reach; of
    /// these, the start and finish farthest apart (Lianyungang and Duisburg, not a branch's port
    /// on the Black Sea). None for a corridor without legs, or legs that run in a ring.
    pub fn route_ends(&self, corridor: CorridorId) -> Option<(&Node, &Node)> {
        let (mut leaves, mut reaches) = (HashSet::new(), HashSet::new());
        for leg in self.legs.iter().filter(|l| l.corridor == corridor) {
            leaves.insert(leg.from.as_str());
            reaches.insert(leg.to.as_str());
        }
        // In the data's order, so that equal distances always pick the same pair.
        let only = |a: &HashSet<&str>, b: &HashSet<&str>| -> Vec<&Node> {
            self.nodes.iter().filter(|n| a.contains(n.id.as_str()) && !b.contains(n.id.as_str())).collect()
        };
        let (starts, finishes) = (only(&leaves, &reaches), only(&reaches, &leaves));
        let far = |(a, b): (&Node, &Node)| distance_km(a.position, b.position);
        let pairs = starts.iter().flat_map(|a| finishes.iter().map(move |b| (*a, *b)));
        pairs.fold(None, |best, pair| match best {
            Some(kept) if far(kept) >= far(pair) => Some(kept),
            _ => Some(pair),
        })
    }

    /// The ids of the two ends of every route (not of the comparisons, which the map is not
    /// framed for).
    pub fn route_end_ids(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = self
            .corridor_ids()
            .filter(|&c| !self.is_comparison(c))
            .filter_map(|c| self.route_ends(c))
            .flat_map(|(a, b)| [a.id.as_str(), b.id.as_str()])
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }
}

#[cfg(test)]
mod tests {
    use crate::test_story::synthetic;

    #[test]
    fn a_routes_ends_are_where_its_legs_start_and_finish() {
        let (mut data, _) = synthetic();
        let ends = |code: &str| {
            let (a, b) = data.route_ends(data.corridor_by_code(code).unwrap()).unwrap(); // ok: test code
            [a.id.as_str(), b.id.as_str()]
        };
        assert_eq!(ends("east"), ["west-port", "east-port"]);
        assert_eq!(ends("air"), ["airfield", "mesa"]);
        // The Cape is farther from the western port than the eastern port is, but the sea route
        // passes it.
        assert_eq!(ends("ocean"), ["west-port", "east-port"]);
        assert!(!data.route_end_ids().contains(&"cape"), "{:?}", data.route_end_ids());
        assert!(data.is_comparison(data.corridor_by_code("ocean").unwrap())); // ok: test code
        // Legs in a ring have no start.
        let ring = data.legs.iter().position(|l| l.id == "lake-east-port").unwrap(); // ok: test code
        data.legs[ring].to = "west-port".into();
        assert!(data.route_ends(data.corridor_by_code("west").unwrap()).is_none()); // ok: test code
    }
}
