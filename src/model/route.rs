//! A route's ends: where a corridor starts and finishes, which a phone's map names whatever their
//! rank (a reader asks of a route first where it goes); and the line a container takes between
//! them (the journey race's).

use super::{CorridorId, Dataset, Node, Status};
use crate::geometry::great_circle::{distance_km, length_km};
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

    /// The legs (positions in `legs`, in travel order) a container takes from `corridor`'s start
    /// to its finish in `year`: the shortest line in kilometres through the legs operating then.
    /// None where no such line joins the ends (a planned link missing, or before it opened).
    pub fn route_line(&self, corridor: CorridorId, year: u16) -> Option<Vec<usize>> {
        let (start, finish) = self.route_ends(corridor)?;
        let usable = |i: &usize| {
            let leg = &self.legs[*i];
            leg.corridor == corridor && leg.status == Status::Operating && leg.shown_in(year)
        };
        let legs: Vec<usize> = (0..self.legs.len()).filter(usable).collect();
        shortest(&legs, |i| &self.legs[i], start.id.as_str(), finish.id.as_str())
    }
}

/// Dijkstra over `legs` (a corridor has tens of legs: a scan per step is plenty).
fn shortest<'a>(
    legs: &[usize],
    leg: impl Fn(usize) -> &'a super::Leg,
    start: &str,
    finish: &str,
) -> Option<Vec<usize>> {
    // Per place reached: its distance and the leg it was reached by.
    let mut reached: Vec<(&str, f64, Option<usize>)> = vec![(start, 0.0, None)];
    let mut done: HashSet<&str> = HashSet::new();
    loop {
        let next =
            reached.iter().filter(|(id, ..)| !done.contains(id)).min_by(|a, b| a.1.total_cmp(&b.1)).copied();
        let (here, km, _) = next?;
        if here == finish {
            break;
        }
        done.insert(here);
        for &i in legs.iter().filter(|&&i| leg(i).from == here) {
            let (to, far) = (leg(i).to.as_str(), km + length_km(&leg(i).path));
            match reached.iter_mut().find(|(id, ..)| *id == to) {
                Some(entry) if entry.1 <= far => {}
                Some(entry) => *entry = (to, far, Some(i)),
                None => reached.push((to, far, Some(i))),
            }
        }
    }
    // Back from the finish along the legs each place was reached by.
    let mut line = Vec::new();
    let mut at = finish;
    while let Some((_, _, Some(i))) = reached.iter().find(|(id, ..)| *id == at) {
        line.push(*i);
        at = leg(*i).from.as_str();
    }
    line.reverse();
    Some(line)
}

#[cfg(test)]
mod tests {
    use crate::model::LonLat;
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

    #[test]
    fn a_containers_line_is_the_shortest_through_operating_legs() {
        let (mut data, _) = synthetic();
        let line = |data: &crate::model::Dataset, code: &str, year: u16| {
            let ids = data.route_line(data.corridor_by_code(code).unwrap(), year); // ok: test code
            ids.map(|legs| legs.iter().map(|&i| data.legs[i].id.clone()).collect::<Vec<_>>())
        };
        assert_eq!(line(&data, "west", 2025).unwrap(), ["west-port-lake", "lake-east-port"]); // ok: test code
        assert_eq!(line(&data, "ocean", 2025).unwrap(), ["west-port-cape", "cape-east-port"]); // ok: test code
        // The eastern route's last link is only planned: no container gets through.
        assert_eq!(line(&data, "east", 2025), None);
        let planned = data.legs.iter().position(|l| l.id == "ford-east-port").unwrap(); // ok: test code
        data.legs[planned].status = crate::model::Status::Operating;
        data.legs[planned].year = None;
        assert_eq!(line(&data, "east", 2025).unwrap(), ["west-port-hill", "hill-ford", "ford-east-port"]); // ok: test code
        // Before a leg opened, the line goes without it.
        data.legs[planned].year = Some(2027);
        assert_eq!(line(&data, "east", 2025), None);
    }

    #[test]
    fn of_two_branches_the_line_takes_the_shorter() {
        let (mut data, _) = synthetic();
        // A detour from the western port to the lake by way of the hill, far longer than the
        // direct leg.
        let mut detour = data.legs.iter().find(|l| l.id == "west-port-lake").cloned().unwrap(); // ok: test code
        detour.id = "west-port-hill-west".into();
        detour.to = "hill".into();
        detour.path = vec![LonLat::new(10.0, 50.0), LonLat::new(20.0, 45.0)];
        let mut onward = detour.clone();
        onward.id = "hill-lake-west".into();
        (onward.from, onward.to) = ("hill".into(), "lake".into());
        onward.path = vec![LonLat::new(20.0, 45.0), LonLat::new(25.0, 60.0), LonLat::new(40.0, 42.0)];
        data.legs.extend([detour, onward]);
        let west = data.corridor_by_code("west").unwrap(); // ok: test code
        let ids: Vec<_> =
            data.route_line(west, 2025).unwrap().iter().map(|&i| data.legs[i].id.as_str()).collect(); // ok: test code
        assert_eq!(ids, ["west-port-lake", "lake-east-port"]);
    }
}
