//! Figures that share a `series` id become one line of a chart; a chart holds the series of one
//! unit, so tonnes and TEU never share an axis.

use crate::model::{CorridorId, Dataset, Figure, Text, Topic, Unit};

/// One figure on a chart.
#[derive(Clone, Debug, PartialEq)]
pub struct SeriesPoint {
    pub year: u16,
    pub value: f64,
    /// The figure's id, to find its source and to link hover and selection.
    pub figure: String,
}

/// One line of a chart: what was measured, what is aimed for, and what the route can carry.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub key: String,
    pub corridor: Option<CorridorId>,
    /// The label of the series' first figure.
    pub label: Text,
    /// Volumes by year, oldest first.
    pub measured: Vec<SeriesPoint>,
    /// Targets by the year they are due.
    pub targets: Vec<SeriesPoint>,
    /// A capacity, drawn as a reference line across the chart.
    pub capacity: Option<SeriesPoint>,
}

/// All series of one unit: one chart.
#[derive(Clone, Debug, PartialEq)]
pub struct TimeSeries {
    pub unit: Unit,
    pub series: Vec<Series>,
}

impl TimeSeries {
    /// First and last year of any point (a capacity counts if it has a year).
    pub fn years(&self) -> (u16, u16) {
        let years = self.points().map(|p| p.year);
        let (lo, hi) = years.fold((u16::MAX, 0), |(lo, hi), y| (lo.min(y), hi.max(y)));
        if lo > hi { (0, 0) } else { (lo, hi) }
    }

    /// The largest value on the chart, capacities included.
    pub fn max(&self) -> f64 {
        self.points().map(|p| p.value).fold(0.0, f64::max)
    }

    fn points(&self) -> impl Iterator<Item = &SeriesPoint> {
        self.series.iter().flat_map(|s| s.measured.iter().chain(&s.targets).chain(&s.capacity))
    }
}

/// The charts of a dataset, one per unit in `Unit::ALL` order; series in the order they first
/// appear in the file, so an editor decides which comes first.
pub fn time_series(data: &Dataset) -> Vec<TimeSeries> {
    let mut by_key: Vec<Series> = Vec::new();
    for figure in data.figures.iter().filter(|f| f.series.is_some()) {
        let Some(point) = point(figure) else { continue };
        let key = figure.series.clone().unwrap_or_default();
        let index = match by_key.iter().position(|s| s.key == key) {
            Some(i) => i,
            None => {
                by_key.push(empty(key, figure));
                by_key.len() - 1
            }
        };
        let series = &mut by_key[index];
        match figure.topic {
            Topic::Volume => series.measured.push(point),
            Topic::Target => series.targets.push(point),
            Topic::Capacity => series.capacity = Some(point),
            _ => {}
        }
    }
    for series in &mut by_key {
        crate::stable_sort::sort_by_key(&mut series.measured, |p| p.year);
        crate::stable_sort::sort_by_key(&mut series.targets, |p| p.year);
    }
    Unit::ALL
        .into_iter()
        .filter_map(|unit| {
            let series: Vec<Series> =
                by_key.iter().filter(|s| unit_of(data, s) == Some(unit)).cloned().collect();
            (!series.is_empty()).then_some(TimeSeries { unit, series })
        })
        .collect()
}

/// Splits figures (one route's, say) into those a summary shows — every figure, except a volume
/// of a series for which a later year is given — and those earlier years, in the file's order.
/// The earlier years are the chart's line; a route's card shows the latest and folds the rest.
pub fn latest_and_earlier<'a>(figures: &[&'a Figure]) -> (Vec<&'a Figure>, Vec<&'a Figure>) {
    let superseded = |f: &Figure| {
        f.topic == Topic::Volume
            && f.series.is_some()
            && figures.iter().any(|g| {
                g.topic == Topic::Volume && g.series == f.series && g.year.unwrap_or(0) > f.year.unwrap_or(0)
            })
    };
    figures.iter().partition(|f| !superseded(f))
}

/// A figure with a number and a year (a capacity without a year is drawn at its value only).
fn point(figure: &Figure) -> Option<SeriesPoint> {
    let value = figure.value()?;
    let year = figure.year.unwrap_or(0);
    Some(SeriesPoint { year, value, figure: figure.id.clone() })
}

fn empty(key: String, figure: &Figure) -> Series {
    Series {
        key,
        corridor: figure.corridor,
        label: figure.label.clone(),
        measured: Vec::new(),
        targets: Vec::new(),
        capacity: None,
    }
}

/// The unit of a series' figures (the dataset checks that they share one).
fn unit_of(data: &Dataset, series: &Series) -> Option<Unit> {
    data.figures.iter().find(|f| f.series.as_deref() == Some(series.key.as_str())).and_then(Figure::unit)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_story::{corridor, synthetic};

    #[test]
    fn a_tonnes_chart_and_a_teu_chart() {
        let charts = time_series(&synthetic().0);
        let units: Vec<Unit> = charts.iter().map(|c| c.unit).collect();
        assert_eq!(units, [Unit::Mt, Unit::Teu]);
        let mt = &charts[0].series[0];
        assert_eq!(mt.key, "east-mt");
        let years: Vec<u16> = mt.measured.iter().map(|p| p.year).collect();
        assert_eq!(years, [2019, 2020, 2021, 2022, 2023, 2024, 2025]);
        let targets: Vec<(u16, f64)> = mt.targets.iter().map(|p| (p.year, p.value)).collect();
        assert_eq!(targets, [(2027, 10.0), (2030, 11.0)]);
        assert_eq!(mt.capacity.as_ref().map(|p| p.value), Some(6.0));
        assert_eq!(charts[0].years(), (2019, 2030));
        assert_eq!(charts[0].max(), 11.0);
    }

    #[test]
    fn a_summary_keeps_the_latest_year_of_each_series_and_every_other_figure() {
        let data = synthetic().0;
        let of = |c: CorridorId| data.figures.iter().filter(|f| f.corridor == Some(c)).collect::<Vec<_>>();
        let east = of(corridor(&data, "east"));
        let (latest, earlier) = latest_and_earlier(&east);
        assert_eq!(latest.len() + earlier.len(), east.len());
        let years = |key: &str, figures: &[&Figure]| -> Vec<u16> {
            let volumes =
                figures.iter().filter(|f| f.topic == Topic::Volume && f.series.as_deref() == Some(key));
            volumes.filter_map(|f| f.year).collect()
        };
        assert_eq!(years("east-mt", &latest), [2025]);
        assert_eq!(years("east-mt", &earlier), [2019, 2020, 2021, 2022, 2023, 2024]);
        assert_eq!(years("east-teu", &latest), [2025]);
        assert_eq!(years("east-teu", &earlier), [2021, 2022, 2024]);
        // Targets and capacities of a series, and figures outside any series, stay.
        assert!(latest.iter().any(|f| f.topic == Topic::Target && f.year == Some(2027)));
        assert!(latest.iter().any(|f| f.topic == Topic::Capacity && f.series.is_some()));
        assert!(latest.iter().any(|f| f.topic == Topic::Capacity && f.series.is_none()));
        assert!(earlier.iter().all(|f| f.topic == Topic::Volume));

        let west = of(corridor(&data, "west"));
        let (latest, earlier) = latest_and_earlier(&west);
        assert_eq!(years("west-teu", &latest), [2024]);
        assert_eq!(years("west-teu", &earlier), [2022, 2023]);
        // A route without series keeps everything.
        let air = of(corridor(&data, "air"));
        assert_eq!(latest_and_earlier(&air).0.len(), air.len());
    }

    #[test]
    fn one_chart_per_unit_compares_the_corridors() {
        let data = synthetic().0;
        let charts = time_series(&data);
        let teu = &charts[1];
        let keys: Vec<&str> = teu.series.iter().map(|s| s.key.as_str()).collect();
        assert_eq!(keys, ["east-teu", "west-teu"]);
        assert_eq!(teu.series[1].corridor, Some(corridor(&data, "west")));
        assert_eq!(teu.series[0].targets[0].value, 300_000.0);
        assert_eq!(teu.max(), 410_600.0);
    }

    #[test]
    fn a_target_without_a_series_is_on_no_chart() {
        // Such a figure measures something else than the series beside it: the panel lists it
        // with its note, never on a corridor's axis.
        let charts = time_series(&synthetic().0);
        let on_chart = charts.iter().flat_map(|c| &c.series).flat_map(|s| &s.targets);
        assert!(on_chart.clone().all(|p| p.figure != "all-routes-target"));
        assert_eq!(on_chart.count(), 3);
    }
}
