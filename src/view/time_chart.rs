//! A chart over years (freight, containers): an SVG for the layout `figures::TimeChart`
//! computes, a key whose entries carry the source markers, and the table toggle.

use super::chart_table::TableToggle;
use super::figure_item::FigureItem;
use super::measure::tracked_width;
use super::selection::Linked;
use super::sources::source_marker;
use crate::figures::time_chart::{Dot, SeriesShape};
use crate::figures::{LabelEnd, Series, TimeChart, TimeSeries};
use crate::format;
use crate::i18n::{Key, Lang, tr};
use crate::labels;
use crate::model::{Dataset, Figure};
use leptos::html::Div;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn TimeChartView(
    chart: TimeSeries,
    data: Arc<Dataset>,
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into)] year: Signal<u16>,
) -> impl IntoView {
    let linked = expect_context::<Linked>();
    let frame = NodeRef::<Div>::new();
    let measured = tracked_width(frame);
    let width = Memo::new(move |_| measured.get().unwrap_or(360.0));
    let layout = {
        let chart = chart.clone();
        Memo::new(move |_| TimeChart::layout(&chart, width.get()))
    };
    let unit = chart.unit;
    let id = format!("chart-{}", unit.code().to_ascii_lowercase());
    let title = Signal::derive(move || labels::chart_title(lang.get(), unit).to_string());
    let desc = {
        let chart = chart.clone();
        move || labels::describe_chart(lang.get(), &chart)
    };
    let body = {
        let data = data.clone();
        move || layout.with(|l| plot(&data, l, lang.get(), linked))
    };
    let marker = move || {
        let y = year.get();
        layout.with(|l| {
            let (top, bottom) = (l.plot.1, l.plot.3);
            l.year_x(y).map(|x| {
                view! {
                    <g class="year-marker">
                        <line x1=x x2=x y1=top - 4.0 y2=bottom />
                        <text x=x y=top - 7.0 text-anchor="middle">{y.to_string()}</text>
                    </g>
                }
            })
        })
    };
    let keys = chart.series.iter().map(|s| series_key(&data, s, lang)).collect_view();
    let marked: Vec<Figure> = figures(&data, &chart, |s| s.targets.iter().chain(&s.capacity));
    let marked =
        marked.into_iter().map(|f| view! { <FigureItem figure=f data=data.clone() lang /> }).collect_view();
    let all = figures(&data, &chart, |s| s.measured.iter().chain(&s.targets).chain(&s.capacity));
    view! {
        <figure class="chart time-chart">
            <h3 class="chart-title" id=format!("{id}-title")>{title}</h3>
            <div class="chart-frame" node_ref=frame>
                <svg
                    role="img"
                    aria-labelledby=format!("{id}-svg-title {id}-desc")
                    width=move || width.get()
                    height=move || layout.with(|l| l.height)
                    viewBox=move || layout.with(|l| format!("0 0 {} {}", l.width, l.height))
                >
                    <title id=format!("{id}-svg-title")>{title}</title>
                    <desc id=format!("{id}-desc")>{desc}</desc>
                    {body}
                    {marker}
                </svg>
            </div>
            <ul class="chart-key">
                {keys}
                <li class="symbol-key" aria-hidden="true">
                    <span class="sym sym-measured"></span>{super::tr_live(lang, Key::KeyMeasured)}
                    <span class="sym sym-target"></span>{super::tr_live(lang, Key::KeyTarget)}
                    <span class="sym sym-capacity"></span>{super::tr_live(lang, Key::KeyCapacity)}
                </li>
            </ul>
            <ul class="figure-list">{marked}</ul>
            <TableToggle figures=all data=data.clone() lang caption=title id=format!("{id}-table") />
        </figure>
    }
}

/// The figures of a chart that `pick` selects from each series, as they are in the dataset.
fn figures<'a, I>(data: &Dataset, chart: &'a TimeSeries, pick: impl Fn(&'a Series) -> I) -> Vec<Figure>
where
    I: Iterator<Item = &'a crate::figures::SeriesPoint>,
{
    let ids: Vec<&str> = chart.series.iter().flat_map(|s| pick(s).map(|p| p.figure.as_str())).collect();
    ids.iter().filter_map(|id| data.figures.iter().find(|f| f.id == *id)).cloned().collect()
}

/// A series' name with its colour and the markers of the sources of its measured values.
fn series_key(data: &Dataset, series: &Series, lang: Signal<Lang>) -> impl IntoView + use<> {
    let linked = expect_context::<Linked>();
    let (enter, leave) = linked.point_at(series.corridor);
    let mut sources: Vec<&str> = Vec::new();
    for point in &series.measured {
        let source = data.figures.iter().find(|f| f.id == point.figure).map(|f| f.source.as_str());
        if let Some(s) = source.filter(|s| !sources.contains(s)) {
            sources.push(s);
        }
    }
    let markers = sources.into_iter().map(|s| source_marker(data, s, lang)).collect_view();
    let label = series.label.clone();
    let class = format!("series-key {}", super::corridor_class(data, series.corridor));
    view! {
        <li class=class on:mouseenter=move |_| enter() on:mouseleave=move |_| leave() on:focusin=move |_| enter() on:focusout=move |_| leave()>
            <svg class="swatch" width="28" height="10" aria-hidden="true"><line x1="1" y1="5" x2="27" y2="5" /><circle cx="14" cy="5" r="3" /></svg>
            // One inline run, so that a name on two lines ends with its source markers.
            <span class="series-name">{move || label.get(lang.get()).to_string()}{markers}</span>
        </li>
    }
}

/// Grid, axes and every series of a laid-out chart.
fn plot(data: &Dataset, chart: &TimeChart, lang: Lang, linked: Linked) -> impl IntoView + use<> {
    let (left, _, right, bottom) = chart.plot;
    let grid = chart.y_ticks.iter().map(|&(y, v)| {
        view! {
            <line class="grid" x1=left x2=right y1=y y2=y />
            <text class="tick" x=left - 6.0 y=y dominant-baseline="central" text-anchor="end">{format::number(lang, v, 2)}</text>
        }
    });
    let years = chart.x_ticks.iter().map(|&(x, year)| {
        view! { <text class="tick" x=x y=bottom + 16.0 text-anchor="middle">{year.to_string()}</text> }
    });
    // Only the class follows the selection: selecting a route must not redraw the chart.
    let route = linked.route;
    let series = chart
        .series
        .iter()
        .map(|s| series_shapes(s, super::corridor_class(data, s.corridor), lang, route, (left, right)));
    view! {
        <g aria-hidden="true">
            {grid.collect_view()}
            <line class="axis" x1=left x2=right y1=bottom y2=bottom />
            {years.collect_view()}
            <g class="series-layer">{series.collect_view()}</g>
        </g>
    }
}

fn series_shapes(
    s: &SeriesShape,
    corridor_class: String,
    lang: Lang,
    route: Signal<Option<crate::model::CorridorId>>,
    (left, right): (f64, f64),
) -> impl IntoView + use<> {
    let corridor = s.corridor;
    let class = format!("series {corridor_class}");
    let (label_x, anchor) = match s.capacity_label {
        LabelEnd::Start => (left + 4.0, "start"),
        LabelEnd::End => (right - 4.0, "end"),
    };
    let capacity = s.capacity.as_ref().map(|c| {
        view! {
            <g class="capacity" data-figure=c.figure.clone()>
                <line x1=left x2=right y1=c.y y2=c.y />
                <text x=label_x y=c.y - 4.0 text-anchor=anchor>{format!("{} {}", tr(lang, Key::KeyCapacity), format::number(lang, c.value, 2))}</text>
            </g>
        }
    });
    let dots = s
        .dots
        .iter()
        .map(|d| view! { <circle class="dot" cx=d.x cy=d.y r="3.5" data-figure=d.figure.clone() /> });
    let targets = s.targets.iter().map(|d| target(d, lang));
    view! {
        <g class=class class:dimmed=move || route.get().is_some_and(|r| Some(r) != corridor)>
            {capacity}
            <path class="line" d=s.line.clone() />
            {dots.collect_view()}
            {targets.collect_view()}
        </g>
    }
}

/// An open diamond with its value above: a target is not a measurement.
fn target(d: &Dot, lang: Lang) -> impl IntoView + use<> {
    let (x, y) = (d.x, d.y);
    let path =
        format!("M{x:.1},{:.1}L{:.1},{y:.1}L{x:.1},{:.1}L{:.1},{y:.1}Z", y - 5.5, x + 5.5, y + 5.5, x - 5.5);
    view! {
        <g class="target" data-figure=d.figure.clone()>
            <path d=path />
            <text x=x y=y - 9.0 text-anchor="middle">{format::number(lang, d.value, 2)}</text>
        </g>
    }
}
