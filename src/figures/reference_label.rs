//! Which end of a chart's reference line (a capacity) carries its label: the end where the label
//! covers fewer of the chart's marks. At the left end by default, where a reader starts; but a
//! corridor whose early volumes run along its capacity (the INSTC's rail freight at 10–12 Mt
//! against a 10 Mt line) would have them hidden under "capacity 10", so then at the right.

use super::time_chart::Dot;
use crate::basemap::clip::{self, Window};
use crate::geometry::{Point, Rect};

/// The end of the line the label stands at, inside the plot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabelEnd {
    /// At the plot's left edge, reading on from it.
    Start,
    /// At the plot's right edge, ending at it.
    End,
}

/// The widest label the layout allows for: "пропускная способность 12,5" at 11 px. The layout
/// knows no language, so it reserves the longest it draws.
const LABEL_WIDTH: f64 = 160.0;
/// The label's text stands on the line: from its baseline 4 px above it to its cap height.
const LABEL_ABOVE: f64 = 16.0;
const LABEL_BELOW: f64 = 2.0;
/// A measured dot's half size (its radius, 3.5 px, and a pixel of air).
const DOT: f64 = 4.5;
/// A target's diamond (5.5 px) and the value written 9 px above it.
const TARGET_HALF_WIDTH: f64 = 12.0;
const TARGET_ABOVE: f64 = 21.0;
const TARGET_BELOW: f64 = 6.0;

/// The plot's box: left, top, right, bottom (as `TimeChart::plot`).
type Area = (f64, f64, f64, f64);

/// The end of the reference line at height `y` across `plot` (left, top, right, bottom) whose
/// label covers fewer marks: dots and targets, and the measured lines through `lines`.
/// The start on a tie.
pub fn label_end(y: f64, plot: Area, dots: &[&Dot], targets: &[&Dot], lines: &[&[Dot]]) -> LabelEnd {
    let (left, _, right, _) = plot;
    let width = LABEL_WIDTH.min((right - left) / 2.0);
    let covered = |x0: f64| {
        let label = Rect { x: x0, y: y - LABEL_ABOVE, width, height: LABEL_ABOVE + LABEL_BELOW };
        let window =
            Window { west: label.x, south: label.y, east: label.x + width, north: label.y + label.height };
        let around = |d: &Dot, half: f64, above: f64, below: f64| Rect {
            x: d.x - half,
            y: d.y - above,
            width: 2.0 * half,
            height: above + below,
        };
        let dots = dots.iter().filter(|d| label.intersects(&around(d, DOT, DOT, DOT)));
        let targets = targets
            .iter()
            .filter(|t| label.intersects(&around(t, TARGET_HALF_WIDTH, TARGET_ABOVE, TARGET_BELOW)));
        let point = |d: &Dot| Point::new(d.x, d.y);
        let segments = lines
            .iter()
            .flat_map(|l| l.windows(2))
            .filter(|s| clip::segment(point(&s[0]), point(&s[1]), window).is_some());
        dots.count() + targets.count() + segments.count()
    };
    if covered(right - width) < covered(left) { LabelEnd::End } else { LabelEnd::Start }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLOT: Area = (40.0, 18.0, 400.0, 186.0);

    fn dot(x: f64, y: f64) -> Dot {
        Dot { x, y, year: 2020, value: 1.0, figure: String::new() }
    }

    #[test]
    fn an_empty_chart_labels_its_line_at_the_start() {
        assert_eq!(label_end(100.0, PLOT, &[], &[], &[]), LabelEnd::Start);
    }

    #[test]
    fn marks_at_the_start_of_the_line_send_the_label_to_the_end() {
        let cases: [(&str, Vec<Dot>, Vec<Dot>, LabelEnd); 5] = [
            ("a dot on the line at the start", vec![dot(60.0, 100.0)], vec![], LabelEnd::End),
            ("a dot just under the label", vec![dot(60.0, 88.0)], vec![], LabelEnd::End),
            ("a dot well below the line", vec![dot(60.0, 130.0)], vec![], LabelEnd::Start),
            ("a target's value over the line", vec![], vec![dot(70.0, 115.0)], LabelEnd::End),
            ("a dot at the end only", vec![dot(390.0, 100.0)], vec![], LabelEnd::Start),
        ];
        for (case, dots, targets, expected) in cases {
            let (dots, targets): (Vec<&Dot>, Vec<&Dot>) = (dots.iter().collect(), targets.iter().collect());
            assert_eq!(label_end(100.0, PLOT, &dots, &targets, &[]), expected, "{case}");
        }
    }

    #[test]
    fn a_line_crossing_the_label_counts_even_between_its_dots() {
        // From well below the line to well above it, both dots outside the label's box.
        let line = [dot(50.0, 150.0), dot(120.0, 40.0)];
        assert_eq!(label_end(100.0, PLOT, &[], &[], &[&line]), LabelEnd::End);
        let beside = [dot(50.0, 150.0), dot(120.0, 140.0)];
        assert_eq!(label_end(100.0, PLOT, &[], &[], &[&beside]), LabelEnd::Start);
    }

    #[test]
    fn where_both_ends_are_covered_the_less_covered_one_wins_and_a_tie_is_the_start() {
        let (a, b, c) = (dot(60.0, 100.0), dot(80.0, 100.0), dot(380.0, 100.0));
        assert_eq!(label_end(100.0, PLOT, &[&a, &b, &c], &[], &[]), LabelEnd::End);
        assert_eq!(label_end(100.0, PLOT, &[&a, &c], &[], &[]), LabelEnd::Start);
    }

    #[test]
    fn on_a_narrow_plot_the_two_ends_do_not_overlap() {
        // 100 px of plot: each end's label gets half, so a dot in the left half is not at the end.
        let narrow = (40.0, 18.0, 140.0, 186.0);
        assert_eq!(label_end(100.0, narrow, &[&dot(85.0, 100.0)], &[], &[]), LabelEnd::End);
        assert_eq!(label_end(100.0, narrow, &[&dot(95.0, 100.0)], &[], &[]), LabelEnd::Start);
    }
}
