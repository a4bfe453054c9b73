//! Line widths by volume: a corridor that names a `flow` series in the data is drawn as wide as
//! what it carried, as flow maps draw it — the width proportional to the volume (the latest
//! figure up to the reader's year), on one scale for every year so that years compare, and
//! corridors without volumes drawn thin. Widths are classes in steps of half a pixel (the
//! page's Content-Security-Policy allows no inline styles): `flow-4` is 2 px.

use crate::model::{CorridorId, Dataset, Figure, Topic, Unit};

/// The widest line, in pixels: the largest volume of any flow in any year.
pub const MAX_WIDTH: f64 = 10.0;
/// The thinnest: a small volume stays visible, and a corridor without volumes is drawn so.
pub const MIN_WIDTH: f64 = 1.5;
/// Widths are drawn in steps of this (pixels); the stylesheet has a class per step.
pub const STEP: f64 = 0.5;

/// The volume figures of `series` for `corridor`, by year.
pub fn volumes<'a>(data: &'a Dataset, corridor: CorridorId, series: &str) -> Vec<&'a Figure> {
    let mut found: Vec<&Figure> = data
        .figures
        .iter()
        .filter(|f| f.topic == Topic::Volume && f.corridor == Some(corridor))
        .filter(|f| f.series.as_deref() == Some(series) && f.year.is_some() && f.value().is_some())
        .collect();
    crate::stable_sort::sort_by_key(&mut found, |f| f.year);
    found
}

/// The story's flows: none when no corridor names one.
#[derive(Clone, Debug, PartialEq)]
pub struct Flows {
    pub unit: Unit,
    /// The largest volume of any flow in any year: the widest line.
    pub max: f64,
    /// Per corridor, in display order: its volumes by year (empty: drawn thin).
    by_corridor: Vec<Vec<(u16, f64)>>,
}

impl Flows {
    pub fn of(data: &Dataset) -> Option<Self> {
        let by_corridor: Vec<Vec<(u16, f64)>> = data
            .corridor_ids()
            .map(|c| match data.corridor(c).and_then(|x| x.flow.as_deref()) {
                Some(series) => {
                    volumes(data, c, series).iter().filter_map(|f| Some((f.year?, f.value()?))).collect()
                }
                None => Vec::new(),
            })
            .collect();
        let unit = data.corridors.iter().enumerate().find_map(|(i, c)| {
            volumes(data, CorridorId(i as u8), c.flow.as_deref()?).first().and_then(|f| f.unit())
        })?;
        let max = by_corridor.iter().flatten().map(|(_, v)| *v).fold(0.0, f64::max);
        (max > 0.0).then_some(Self { unit, max, by_corridor })
    }

    /// `corridor`'s volume in `year`: its latest figure up to then, and the year of it.
    pub fn volume(&self, corridor: CorridorId, year: u16) -> Option<(u16, f64)> {
        self.by_corridor.get(corridor.index())?.iter().rev().find(|(y, _)| *y <= year).copied()
    }

    /// The width of `corridor`'s line in `year`, in pixels: proportional to its volume, at
    /// least `MIN_WIDTH`, rounded to the step.
    pub fn width(&self, corridor: CorridorId, year: u16) -> f64 {
        let raw = self.volume(corridor, year).map_or(0.0, |(_, v)| MAX_WIDTH * v / self.max);
        ((raw.max(MIN_WIDTH) / STEP).round() * STEP).min(MAX_WIDTH)
    }

    /// The class that draws `width` (`flow-3` … `flow-20`).
    pub fn class(width: f64) -> String {
        format!("flow-{}", (width / STEP).round() as u32)
    }

    /// Two volumes for the key, round numbers near the largest and a quarter of it, with their
    /// widths.
    pub fn key(&self) -> [(f64, f64); 2] {
        let round = |v: f64| {
            let power = 10f64.powf(v.log10().floor());
            (v / power).floor().max(1.0) * power
        };
        [round(self.max / 4.0), round(self.max)].map(|v| (v, (MAX_WIDTH * v / self.max).max(MIN_WIDTH)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_story::synthetic;

    /// The synthetic story with flows: east and west in TEU.
    fn flowing() -> Dataset {
        let (mut data, _) = synthetic();
        data.corridors[0].flow = Some("east-teu".into());
        data.corridors[1].flow = Some("west-teu".into());
        data
    }

    #[test]
    fn widths_are_proportional_to_the_latest_volume_up_to_the_year() {
        let data = flowing();
        let flows = Flows::of(&data).unwrap(); // ok: test code, fails the test
        assert_eq!((flows.unit, flows.max), (Unit::Teu, 410_600.0));
        let (east, west) = (CorridorId(0), CorridorId(1));
        // West's largest volume (2022) is the widest line.
        assert_eq!(flows.width(west, 2022), MAX_WIDTH);
        // 2023 has no eastern figure: the 2022 one (33,000 TEU) holds, 0.8 px → the least width.
        assert_eq!(flows.volume(east, 2023), Some((2022, 33_000.0)));
        assert_eq!(flows.width(east, 2023), MIN_WIDTH);
        // 380,000 TEU in 2024 → 9.25 px, drawn 9.5 (half pixels).
        assert_eq!(flows.width(west, 2030), 9.5);
        // Before any figure, and for a corridor without flow: thin.
        assert_eq!(flows.volume(east, 2015), None);
        assert_eq!(flows.width(east, 2015), MIN_WIDTH);
        assert_eq!(flows.width(CorridorId(2), 2024), MIN_WIDTH);
        assert_eq!(Flows::class(9.5), "flow-19");
    }

    #[test]
    fn no_flows_without_a_corridor_that_names_one() {
        let (data, _) = synthetic();
        assert_eq!(Flows::of(&data), None);
    }

    #[test]
    fn the_key_shows_round_volumes_at_their_widths() {
        let flows = Flows::of(&flowing()).unwrap(); // ok: test code
        let [(small, w1), (large, w2)] = flows.key();
        assert_eq!((small, large), (100_000.0, 400_000.0));
        assert!((w2 - MAX_WIDTH * 400_000.0 / 410_600.0).abs() < 1e-9 && w1 < w2);
    }
}
