//! The pixel layout of a chart over years: measured values as a line with dots, targets as open
//! markers, a capacity as a reference line, and a marker for the year control.

use super::reference_label::{LabelEnd, label_end};
use super::scale::{Linear, ticks};
use super::series::{SeriesPoint, TimeSeries};
use crate::format;
use crate::i18n::Lang;
use crate::model::CorridorId;

pub const HEIGHT: f64 = 210.0;
const TOP: f64 = 18.0;
const BOTTOM: f64 = 24.0;
const RIGHT: f64 = 14.0;
/// Average width of a tick label's character at 11 px, to size the left margin.
const CHAR_WIDTH: f64 = 6.4;
/// Narrower than this per year, the x axis labels every second or fifth year.
const MIN_YEAR_SPACING: f64 = 34.0;

/// One figure, placed.
#[derive(Clone, Debug, PartialEq)]
pub struct Dot {
    pub x: f64,
    pub y: f64,
    pub year: u16,
    pub value: f64,
    pub figure: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SeriesShape {
    pub key: String,
    pub corridor: Option<CorridorId>,
    /// The measured values joined, as an SVG path; empty with fewer than two.
    pub line: String,
    pub dots: Vec<Dot>,
    pub targets: Vec<Dot>,
    /// The reference line's height and the capacity it stands for.
    pub capacity: Option<Dot>,
    /// The end of that line its label stands at: where it hides the fewest of the chart's marks.
    pub capacity_label: LabelEnd,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TimeChart {
    pub width: f64,
    pub height: f64,
    /// The plot area: left, top, right, bottom.
    pub plot: (f64, f64, f64, f64),
    pub x: Linear,
    pub y: Linear,
    pub x_ticks: Vec<(f64, u16)>,
    pub y_ticks: Vec<(f64, f64)>,
    pub series: Vec<SeriesShape>,
}

impl TimeChart {
    pub fn layout(data: &TimeSeries, width: f64) -> Self {
        let (first, last) = data.years();
        let y_values = ticks(data.max(), 4);
        let top_value = y_values.last().copied().unwrap_or(1.0);
        let label_chars = y_values.iter().map(|v| format::number(Lang::En, *v, 2).len()).max().unwrap_or(1);
        let left = 10.0 + CHAR_WIDTH * label_chars as f64;
        let plot = (left, TOP, (width - RIGHT).max(left + 1.0), HEIGHT - BOTTOM);
        // Half a year of room at each end, so that the first and last dots are not on the frame.
        let x = Linear::new((f64::from(first) - 0.5, f64::from(last) + 0.5), (plot.0, plot.2));
        let y = Linear::new((0.0, top_value), (plot.3, plot.1));
        let every = year_step(plot.2 - plot.0, last.saturating_sub(first) + 1);
        let x_ticks = (first..=last)
            .filter(|year| (year - first) % every == 0)
            .map(|year| (x.at(year.into()), year))
            .collect();
        let y_ticks = y_values.iter().map(|&v| (y.at(v), v)).collect();
        let place = |p: &SeriesPoint| Dot {
            x: x.at(p.year.into()),
            y: y.at(p.value),
            year: p.year,
            value: p.value,
            figure: p.figure.clone(),
        };
        let mut series: Vec<SeriesShape> = data
            .series
            .iter()
            .map(|s| {
                let dots: Vec<Dot> = s.measured.iter().map(place).collect();
                let capacity = s.capacity.as_ref().map(|p| Dot { x: plot.0, ..place(p) });
                SeriesShape {
                    key: s.key.clone(),
                    corridor: s.corridor,
                    line: line(&dots),
                    targets: s.targets.iter().map(place).collect(),
                    dots,
                    capacity,
                    capacity_label: LabelEnd::Start,
                }
            })
            .collect();
        place_capacity_labels(&mut series, plot);
        Self { width, height: HEIGHT, plot, x, y, x_ticks, y_ticks, series }
    }

    /// Where the year control's marker goes; none when the year is off this chart.
    pub fn year_x(&self, year: u16) -> Option<f64> {
        let (lo, hi) = self.x.domain;
        (lo..=hi).contains(&f64::from(year)).then(|| self.x.at(f64::from(year)))
    }
}

/// Sets each capacity's label end, against the marks of every series on the chart.
fn place_capacity_labels(series: &mut [SeriesShape], plot: (f64, f64, f64, f64)) {
    let ends: Vec<LabelEnd> = {
        let dots: Vec<&Dot> = series.iter().flat_map(|s| &s.dots).collect();
        let targets: Vec<&Dot> = series.iter().flat_map(|s| &s.targets).collect();
        let lines: Vec<&[Dot]> = series.iter().map(|s| s.dots.as_slice()).collect();
        let end =
            |s: &SeriesShape| s.capacity.as_ref().map(|c| label_end(c.y, plot, &dots, &targets, &lines));
        series.iter().map(|s| end(s).unwrap_or(LabelEnd::Start)).collect()
    };
    for (shape, end) in series.iter_mut().zip(ends) {
        shape.capacity_label = end;
    }
}

/// Label every year if there is room, else every second, else every fifth.
fn year_step(plot_width: f64, years: u16) -> u16 {
    let spacing = plot_width / f64::from(years.max(1));
    [1, 2, 5, 10].into_iter().find(|&n| spacing * f64::from(n) >= MIN_YEAR_SPACING).unwrap_or(10)
}

/// "M10.0,20.0L30.0,40.0": the dots joined in year order.
fn line(dots: &[Dot]) -> String {
    if dots.len() < 2 {
        return String::new();
    }
    let mut d = String::new();
    for (i, dot) in dots.iter().enumerate() {
        d.push(if i == 0 { 'M' } else { 'L' });
        d.push_str(&format!("{:.1},{:.1}", dot.x, dot.y));
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figures::series::time_series;
    use crate::test_story::synthetic;

    fn tonnes(width: f64) -> TimeChart {
        TimeChart::layout(&time_series(&synthetic().0)[0], width)
    }

    #[test]
    fn the_tonnes_chart_runs_from_2019_to_2030_and_from_zero_to_twelve() {
        let chart = tonnes(400.0);
        let values: Vec<f64> = chart.y_ticks.iter().map(|t| t.1).collect();
        assert_eq!(values, [0.0, 2.0, 4.0, 6.0, 8.0, 10.0, 12.0]);
        assert_eq!(chart.x.domain, (2018.5, 2030.5));
        // 12 years on 400 px: labels every second year.
        let years: Vec<u16> = chart.x_ticks.iter().map(|t| t.1).collect();
        assert_eq!(years, [2019, 2021, 2023, 2025, 2027, 2029]);
    }

    #[test]
    fn wide_charts_label_every_year_and_narrow_ones_fewer() {
        assert_eq!(tonnes(900.0).x_ticks.len(), 12);
        assert_eq!(tonnes(288.0).x_ticks.len(), 6);
        assert_eq!(tonnes(160.0).x_ticks.len(), 3);
    }

    #[test]
    fn the_line_joins_the_measured_years_and_targets_stay_apart() {
        let chart = tonnes(400.0);
        let middle = &chart.series[0];
        assert_eq!(middle.line.matches('L').count(), 6);
        assert!(middle.line.starts_with('M'));
        let target_2027 = &middle.targets[0];
        assert_eq!((target_2027.year, target_2027.value), (2027, 10.0));
        // 10 of 12 Mt: five sixths of the way up the plot.
        let (top, bottom) = (chart.plot.1, chart.plot.3);
        assert!((target_2027.y - (bottom - (bottom - top) * 10.0 / 12.0)).abs() < 1e-9);
        assert!(!middle.line.contains(&format!("{:.1},{:.1}", target_2027.x, target_2027.y)));
    }

    #[test]
    fn the_plot_fits_the_width_from_phone_to_desktop() {
        for width in [288.0, 400.0, 1200.0] {
            let chart = tonnes(width);
            assert!(chart.plot.0 > 20.0 && chart.plot.2 <= width);
            for shape in &chart.series {
                for dot in shape.dots.iter().chain(&shape.targets) {
                    assert!(dot.x > chart.plot.0 && dot.x < chart.plot.2, "{} at {width}", dot.figure);
                    assert!(dot.y >= chart.plot.1 && dot.y <= chart.plot.3);
                }
            }
        }
    }

    #[test]
    fn a_capacity_label_moves_to_the_right_end_when_the_volumes_run_along_its_left_end() {
        use crate::figures::Series;
        use crate::model::{Text, Unit};
        let point = |year, value| SeriesPoint { year, value, figure: format!("f{year}") };
        let chart = |measured: Vec<SeriesPoint>| {
            let series = Series {
                key: "rail".into(),
                corridor: None,
                label: Text::default(),
                measured,
                targets: vec![point(2030, 20.0)],
                capacity: Some(point(2022, 10.0)),
            };
            TimeChart::layout(&TimeSeries { unit: Unit::Mt, series: vec![series] }, 320.0)
        };
        // The INSTC's shape: rail freight at 10–11.7 Mt in 2022–23 against a 10 Mt capacity.
        let along = chart(vec![point(2022, 10.2), point(2023, 11.7), point(2024, 4.0)]);
        assert_eq!(along.series[0].capacity_label, LabelEnd::End);
        let below = chart(vec![point(2022, 2.0), point(2023, 3.0), point(2024, 4.0)]);
        assert_eq!(below.series[0].capacity_label, LabelEnd::Start);
    }

    #[test]
    fn the_year_marker_is_on_the_chart_only_within_its_years() {
        let chart = tonnes(400.0);
        assert_eq!(chart.year_x(2016), None);
        let x = chart.year_x(2024).expect("2024 is on the chart"); // ok: test
        assert_eq!(Some(x), chart.series[0].dots.iter().find(|d| d.year == 2024).map(|d| d.x));
    }
}
