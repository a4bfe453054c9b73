//! Transit times side by side: one bar per figure from its minimum to its maximum, grouped by
//! route, all on one scale. The view writes each row's name as text above its bar, so that
//! names wrap at 320 px.

use super::scale::{Linear, ticks};
use crate::i18n::Lang;
use crate::model::{Amount, Confidence, CorridorId, Dataset, Figure, Topic, Unit};

/// Pixels kept free at each end of the strip (half a tick label).
const EDGE: f64 = 12.0;
/// The narrowest bar drawn, so that a single value ("16 days") shows.
const MIN_BAR: f64 = 4.0;

/// A transit time to draw: the figure, in the reader's language.
#[derive(Clone, Debug, PartialEq)]
pub struct RangeRow {
    pub figure: String,
    pub corridor: Option<CorridorId>,
    pub label: String,
    pub min: f64,
    pub max: f64,
    pub target: bool,
    /// Claimed without a source (the article's "19–23 days").
    pub unverified: bool,
}

/// The transit times of one unit, by route (in the story's order of corridors, then the rest),
/// and within a route by year, measured before targets.
pub fn transit_rows(data: &Dataset, unit: Unit, lang: Lang) -> Vec<RangeRow> {
    let mut figures: Vec<&Figure> = data
        .figures
        .iter()
        .filter(|f| {
            matches!(f.topic, Topic::TransitTime | Topic::TransitTimeTarget) && f.unit() == Some(unit)
        })
        .collect();
    let route = |f: &Figure| f.corridor.map_or(usize::MAX, CorridorId::index);
    crate::stable_sort::sort_by_key(&mut figures, |f| (route(f), f.year.unwrap_or(0), f.is_target()));
    figures.into_iter().filter_map(|f| row(f, lang)).collect()
}

fn row(figure: &Figure, lang: Lang) -> Option<RangeRow> {
    let (min, max) = match figure.quantity?.amount {
        Amount::Single(v) => (v, v),
        Amount::Range { min, max } => (min, max),
    };
    Some(RangeRow {
        figure: figure.id.clone(),
        corridor: figure.corridor,
        label: figure.label.get(lang).to_string(),
        min,
        max,
        target: figure.is_target(),
        unverified: figure.confidence == Confidence::Unverified,
    })
}

/// One bar, in pixels of the bar strip.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub figure: String,
    pub x0: f64,
    pub x1: f64,
}

/// The horizontal layout shared by every row: one scale, so bars compare across routes.
#[derive(Clone, Debug, PartialEq)]
pub struct RangeChart {
    pub width: f64,
    pub x: Linear,
    /// (x, value) of each tick of the axis under the rows.
    pub ticks: Vec<(f64, f64)>,
    pub bars: Vec<Bar>,
}

impl RangeChart {
    /// `width` is the bar strip's width; a tick every 60 px or so.
    pub fn layout(rows: &[RangeRow], width: f64) -> Self {
        let max = rows.iter().map(|r| r.max).fold(0.0, f64::max);
        let values = ticks(max, (width / 60.0).clamp(2.0, 8.0) as usize);
        let top = values.last().copied().unwrap_or(1.0);
        // Room at both ends for a tick label's half and a one-day bar's minimum width.
        let x = Linear::new((0.0, top), (EDGE, (width - EDGE).max(EDGE + 1.0)));
        let bars = rows
            .iter()
            .map(|r| {
                let (x0, x1) = (x.at(r.min), x.at(r.max));
                // A single value is a short bar centred on it, so it stays visible.
                let (x0, x1) =
                    if x1 - x0 < MIN_BAR { (x0 - MIN_BAR / 2.0, x0 + MIN_BAR / 2.0) } else { (x0, x1) };
                Bar { figure: r.figure.clone(), x0, x1 }
            })
            .collect();
        Self { width, x, ticks: values.iter().map(|&v| (x.at(v), v)).collect(), bars }
    }
}

/// Rows grouped by route, in the order `transit_rows` put them.
pub fn by_route(rows: &[RangeRow]) -> Vec<(Option<CorridorId>, Vec<RangeRow>)> {
    let mut groups: Vec<(Option<CorridorId>, Vec<RangeRow>)> = Vec::new();
    for row in rows {
        match groups.last_mut() {
            Some((route, list)) if *route == row.corridor => list.push(row.clone()),
            _ => groups.push((row.corridor, vec![row.clone()])),
        }
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_story::{corridor, synthetic};

    #[test]
    fn rows_go_by_route_then_year_measured_before_target() {
        let rows = transit_rows(&synthetic().0, Unit::Days, Lang::En);
        let ids: Vec<&str> = rows.iter().map(|r| r.figure.as_str()).collect();
        assert_eq!(
            ids,
            [
                "east-time-2023-now",
                "east-time-2023-target",
                "claimed-time",
                "east-time-2026-now",
                "east-time-2026-target",
                "west-time",
                "west-single-time",
                "ocean-time",
                "ocean-long-time",
            ]
        );
        let claimed = &rows[2];
        assert!(claimed.unverified && !claimed.target);
        assert_eq!((claimed.min, claimed.max), (19.0, 23.0));
    }

    #[test]
    fn hours_are_on_their_own() {
        let hours = transit_rows(&synthetic().0, Unit::Hours, Lang::De);
        assert_eq!(hours.len(), 1);
        assert_eq!(hours[0].label, "Flug Flugfeld–Tafelberg");
        assert_eq!((hours[0].min, hours[0].max), (6.0, 6.0));
    }

    #[test]
    fn bars_share_one_scale_inside_the_strip() {
        let rows = transit_rows(&synthetic().0, Unit::Days, Lang::En);
        for width in [240.0, 420.0, 800.0] {
            let chart = RangeChart::layout(&rows, width);
            assert_eq!(chart.ticks.last().map(|t| t.1), Some(60.0), "at {width}");
            for bar in &chart.bars {
                assert!(bar.x0 >= 0.0 && bar.x1 <= width && bar.x0 < bar.x1, "{} at {width}", bar.figure);
            }
        }
        let chart = RangeChart::layout(&rows, 420.0);
        let bar = |id: &str| chart.bars.iter().find(|b| b.figure == id).cloned().expect("bar"); // ok: test
        // 38–53 days is 15 days long; a single value gets the narrowest bar: compare in days.
        let days = |b: Bar| (b.x1 - b.x0) / (chart.x.range.1 - chart.x.range.0) * 60.0;
        assert!((days(bar("east-time-2023-now")) - 15.0).abs() < 1e-9);
        assert!((days(bar("west-single-time")) - MIN_BAR / (420.0 - 2.0 * EDGE) * 60.0).abs() < 1e-9);
    }

    #[test]
    fn rows_group_by_route_in_the_story_order() {
        let data = synthetic().0;
        let rows = transit_rows(&data, Unit::Days, Lang::En);
        let groups = by_route(&rows);
        let routes: Vec<_> = groups.iter().map(|g| g.0).collect();
        let id = |c| Some(corridor(&data, c));
        assert_eq!(routes, [id("east"), id("west"), id("ocean")]);
        assert_eq!(groups[0].1.len(), 5);
    }
}
