//! Transit times as ranges on one scale: each row names the figure, its value and source in
//! text, with an SVG bar below, so that names wrap on phones and a screen reader reads the text.

use super::chart_table::TableToggle;
use super::measure::tracked_width;
use super::selection::Linked;
use super::sources::source_marker;
use crate::figures::range_chart::Bar;
use crate::figures::{RangeChart, RangeRow, by_route, transit_rows};
use crate::format;
use crate::i18n::{Key, Lang, tr};
use crate::labels;
use crate::model::{Dataset, Unit};
use leptos::html::Div;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn RangeChartView(
    data: Arc<Dataset>,
    unit: Unit,
    #[prop(into)] lang: Signal<Lang>,
    /// The chart's title.
    title: Key,
) -> impl IntoView {
    let frame = NodeRef::<Div>::new();
    let measured = tracked_width(frame);
    let width = Memo::new(move |_| measured.get().unwrap_or(300.0));
    let rows = {
        let data = data.clone();
        Memo::new(move |_| transit_rows(&data, unit, lang.get()))
    };
    let layout = Memo::new(move |_| rows.with(|r| RangeChart::layout(r, width.get())));
    let id = format!("range-{}", unit.code());
    let groups = {
        let data = data.clone();
        move || {
            let groups = rows.with(|r| by_route(r));
            let chart = layout.get();
            groups.into_iter().map(|(route, rows)| group(&data, route, rows, &chart, lang)).collect_view()
        }
    };
    let axis = move || {
        layout.with(|l| {
            let ticks = l.ticks.iter().map(|&(x, v)| {
                view! {
                    <line x1=x x2=x y1="0" y2="4" />
                    <text x=x y="16" text-anchor="middle">{format::number(lang.get(), v, 1)}</text>
                }
            });
            view! { <svg class="range-axis" width=l.width height="20" aria-hidden="true">{ticks.collect_view()}</svg> }
        })
    };
    let figures: Vec<_> = rows
        .get_untracked()
        .iter()
        .filter_map(|r| data.figures.iter().find(|f| f.id == r.figure).cloned())
        .collect();
    let caption = Signal::derive(move || tr(lang.get(), title).to_string());
    view! {
        <figure class="chart range-chart" aria-labelledby=format!("{id}-title")>
            <h3 class="chart-title" id=format!("{id}-title")>{caption}</h3>
            <div class="chart-frame" node_ref=frame>
                {groups}
                {axis}
            </div>
            <TableToggle figures data=data.clone() lang caption id=format!("{id}-table") />
        </figure>
    }
}

/// One route's rows under its name.
fn group(
    data: &Dataset,
    route: Option<crate::model::CorridorId>,
    rows: Vec<RangeRow>,
    chart: &RangeChart,
    lang: Signal<Lang>,
) -> impl IntoView + use<> {
    let linked = expect_context::<Linked>();
    let name = route.map(|c| labels::corridor(data, lang.get_untracked(), c).to_string()).unwrap_or_default();
    let class = format!("range-group {}", super::corridor_class(data, route));
    let dimmed = move || linked.route.get().is_some_and(|r| Some(r) != route);
    let items = rows.into_iter().map(|row| {
        let bar = chart.bars.iter().find(|b| b.figure == row.figure).cloned();
        range_row(data, row, bar, chart, lang)
    });
    view! {
        <div class=class class:dimmed=dimmed>
            <h4 class="range-route">{name}</h4>
            <ul class="range-rows">{items.collect_view()}</ul>
        </div>
    }
}

fn range_row(
    data: &Dataset,
    row: RangeRow,
    bar: Option<Bar>,
    chart: &RangeChart,
    lang: Signal<Lang>,
) -> impl IntoView + use<> {
    let linked = expect_context::<Linked>();
    let (enter, leave) = linked.point_at(row.corridor);
    let figure = data.figures.iter().find(|f| f.id == row.figure);
    let (quantity, source) =
        (figure.and_then(|f| f.quantity), figure.map(|f| f.source.clone()).unwrap_or_default());
    let value = move || quantity.map(|q| format::quantity(lang.get(), q)).unwrap_or_default();
    let tag = row.unverified.then(
        || view! { <span class="badge badge-unverified">{super::tr_live(lang, Key::Unverified)}</span> },
    );
    let kind = row
        .target
        .then(|| view! { <span class="badge badge-target">{super::tr_live(lang, Key::KeyTarget)}</span> });
    let shape = bar.map(|b| {
        view! { <rect x=b.x0 y="2" width=b.x1 - b.x0 height="10" rx="2" /> }
    });
    // Faint tick lines in every row, so that a bar far from the axis can still be read.
    let grid = chart.ticks.iter().map(|&(x, _)| view! { <line x1=x x2=x y1="0" y2="14" /> }).collect_view();
    let width = chart.width;
    view! {
        <li
            class="range-row"
            class:target=row.target
            class:unverified=row.unverified
            data-figure=row.figure.clone()
            on:mouseenter=move |_| enter()
            on:mouseleave=move |_| leave()
            on:focusin=move |_| enter()
            on:focusout=move |_| leave()
        >
            <span class="range-label">{row.label.clone()}</span>
            " "
            <span class="figure-value">{value}</span>
            {kind}
            {tag}
            {source_marker(data, &source, lang)}
            <svg class="range-bar" width=width height="14" aria-hidden="true">{grid}{shape}</svg>
        </li>
    }
}
