//! The journey race: one container per raced figure, sent at once from each route's start along
//! its line (`Dataset::route_line`) at the pace of the route's sourced transit time, on one clock
//! of days. Which figures race is the story's choice (`story.race`); how a transit time becomes a
//! pace is here.

use super::{Amount, Confidence, CorridorId, Dataset, Figure, Topic, Unit};

/// One container: the figure it races, its route and line, and the days the figure gives.
#[derive(Clone, Debug, PartialEq)]
pub struct Entrant {
    pub figure: Figure,
    pub corridor: CorridorId,
    /// The legs of its line, in travel order (positions in `Dataset::legs`).
    pub line: Vec<usize>,
    /// The fastest and the slowest transit the figure reports, in days (equal for one number).
    pub days: (f64, f64),
}

impl Entrant {
    /// The day the container arrives: when the fastest reported transit is over (a range's
    /// first day; the whole range is announced with the arrival).
    pub fn arrives(&self) -> f64 {
        self.days.0
    }

    /// How far along its line the container is on `day`, as a share of the line (0 to 1): an
    /// even pace, since no source gives the waits at borders and ports on the way.
    pub fn share(&self, day: f64) -> f64 {
        if self.arrives() <= 0.0 { 1.0 } else { (day / self.arrives()).clamp(0.0, 1.0) }
    }

    /// Only claimed, no source found: raced as its own dashed marker, labelled as the claim.
    pub fn claimed(&self) -> bool {
        self.figure.confidence == Confidence::Unverified
    }
}

/// The race in a year: the containers in the order they arrive, and the raced figures whose
/// route has no operating line that year (a link not yet open).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Race {
    pub year: u16,
    pub entrants: Vec<Entrant>,
    pub without_line: Vec<Figure>,
}

impl Race {
    pub fn new(data: &Dataset, year: u16) -> Self {
        let mut race = Race { year, ..Race::default() };
        let raced = data.story.race.iter().filter_map(|id| data.figures.iter().find(|f| &f.id == id));
        for figure in raced {
            let (Some(days), Some(corridor)) = (race_days(figure), figure.corridor) else { continue };
            match data.route_line(corridor, year) {
                Some(line) => race.entrants.push(Entrant { figure: figure.clone(), corridor, line, days }),
                None => race.without_line.push(figure.clone()),
            }
        }
        // Stable: equal days keep the story's order.
        crate::stable_sort::sort_by(&mut race.entrants, |a, b| {
            a.days.0.total_cmp(&b.days.0).then(a.days.1.total_cmp(&b.days.1))
        });
        race
    }

    /// The day the last container arrives, when the clock stops.
    pub fn finish_day(&self) -> f64 {
        self.entrants.iter().map(Entrant::arrives).fold(0.0, f64::max)
    }

    /// How many containers have arrived by `day` (the first that many of `entrants`).
    pub fn arrived(&self, day: f64) -> usize {
        self.entrants.iter().take_while(|e| e.arrives() <= day).count()
    }
}

/// The days a figure gives, if it can race: a transit time (or a transit-time target) in days.
pub fn race_days(figure: &Figure) -> Option<(f64, f64)> {
    if !matches!(figure.topic, Topic::TransitTime | Topic::TransitTimeTarget) {
        return None;
    }
    let quantity = figure.quantity.filter(|q| q.unit == Unit::Days)?;
    Some(match quantity.amount {
        Amount::Single(v) => (v, v),
        Amount::Range { min, max } => (min, max),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_story::synthetic;

    fn raced(ids: &[&str]) -> Dataset {
        let (mut data, _) = synthetic();
        data.story.race = ids.iter().map(|s| s.to_string()).collect();
        data
    }

    fn order(race: &Race) -> Vec<&str> {
        race.entrants.iter().map(|e| e.figure.id.as_str()).collect()
    }

    #[test]
    fn containers_arrive_in_the_order_of_their_fastest_days() {
        let race = Race::new(&raced(&["ocean-time", "west-time", "west-single-time"]), 2025);
        assert_eq!(order(&race), ["west-time", "west-single-time", "ocean-time"]);
        assert_eq!(race.entrants[0].days, (12.0, 18.0));
        assert_eq!(race.entrants[1].days, (16.0, 16.0));
        assert_eq!(race.finish_day(), 32.0);
        assert_eq!(
            [race.arrived(11.9), race.arrived(12.0), race.arrived(31.0), race.arrived(99.0)],
            [0, 1, 2, 3]
        );
    }

    #[test]
    fn a_container_moves_at_an_even_pace_and_stops_at_the_finish() {
        let race = Race::new(&raced(&["west-time"]), 2025);
        let west = &race.entrants[0];
        assert_eq!(
            [west.share(0.0), west.share(6.0), west.share(12.0), west.share(40.0)],
            [0.0, 0.5, 1.0, 1.0]
        );
        assert!(!west.claimed());
    }

    #[test]
    fn a_claim_races_on_its_routes_line_marked_as_claimed() {
        let mut data = raced(&["claimed-time", "east-time-2026-now"]);
        // The eastern route's last link is planned: neither races, both are said to have no line.
        assert_eq!(Race::new(&data, 2025).entrants, []);
        assert_eq!(Race::new(&data, 2025).without_line.len(), 2);
        let planned = data.legs.iter().position(|l| l.id == "ford-east-port").unwrap(); // ok: test code
        (data.legs[planned].status, data.legs[planned].year) = (crate::model::Status::Operating, None);
        let race = Race::new(&data, 2025);
        assert_eq!(order(&race), ["claimed-time", "east-time-2026-now"]);
        assert!(race.entrants[0].claimed() && !race.entrants[1].claimed());
        assert_eq!(race.entrants[0].line, race.entrants[1].line);
    }

    #[test]
    fn only_transit_times_in_days_race() {
        let (data, _) = synthetic();
        let figure = |id: &str| data.figures.iter().find(|f| f.id == id).unwrap(); // ok: test code
        assert_eq!(race_days(figure("east-time-2026-target")), Some((13.0, 17.0)));
        assert_eq!(race_days(figure("flight-time")), None, "hours");
        assert_eq!(race_days(figure("east-capacity")), None, "not a time");
        let race = Race::new(&raced(&["flight-time", "east-capacity", "no-such-figure"]), 2025);
        assert_eq!(race, Race { year: 2025, ..Race::default() });
    }
}
