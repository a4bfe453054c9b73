//! From figures to charts: which figures form a series, the scales and ticks of an axis, and the
//! pixel layout of each chart. Plain Rust, tested natively; the view only draws what comes out.
//!
//! A pipeline of small pure steps, as in d3: `series` (figures → series, by the dataset's
//! `series` ids) → `scale` (domain → pixels, nice ticks) → `time_chart` / `range_chart` (pixels
//! and path strings for one chart at one width).

pub mod flow;
pub mod range_chart;
pub mod reference_label;
pub mod scale;
pub mod series;
pub mod time_chart;

pub use range_chart::{RangeChart, RangeRow, by_route, transit_rows};
pub use reference_label::LabelEnd;
pub use scale::{Linear, ticks};
pub use series::{Series, SeriesPoint, TimeSeries, latest_and_earlier, time_series};
pub use time_chart::TimeChart;
