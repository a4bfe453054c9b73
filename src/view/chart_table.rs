//! "Show as table": every chart can be read as a table of its figures, with their sources.

use super::deferred;
use super::sources::source_marker;
use crate::format;
use crate::i18n::{Key, Lang, tr};
use crate::labels;
use crate::model::{Dataset, Figure};
use leptos::prelude::*;
use std::sync::Arc;

/// A button that shows and hides the chart's table; closed at first.
#[component]
pub fn TableToggle(
    /// The figures the chart draws, in the order the table lists them.
    figures: Vec<Figure>,
    data: Arc<Dataset>,
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into)] caption: Signal<String>,
    /// Unique on the page, for `aria-controls`.
    id: String,
) -> impl IntoView {
    let open = RwSignal::new(false);
    // Rows are built when the table is first opened.
    let wanted = deferred::once(move || open.get());
    let rows =
        move || wanted.get().then(|| figures.iter().map(|f| row(&data, f.clone(), lang)).collect_view());
    let label = move || tr(lang.get(), if open.get() { Key::HideTable } else { Key::ShowTable });
    view! {
        <button
            type="button"
            class="table-toggle"
            aria-expanded=move || open.get().to_string()
            aria-controls=id.clone()
            on:click=move |_| open.update(|o| *o = !*o)
        >
            {label}
        </button>
        <div class="chart-table" id=id hidden=move || !open.get()>
            <table class="data-table">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{super::tr_live(lang, Key::ColFigure)}</th>
                        <th scope="col">{super::tr_live(lang, Key::ColYear)}</th>
                        <th scope="col">{super::tr_live(lang, Key::ColValue)}</th>
                        <th scope="col">{super::tr_live(lang, Key::ColConfidence)}</th>
                        <th scope="col">{super::tr_live(lang, Key::ColSource)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

fn row(data: &Dataset, figure: Figure, lang: Signal<Lang>) -> impl IntoView + use<> {
    let Figure { label, quantity, year, confidence, .. } = figure.clone();
    let kind = if figure.is_target() { Some(Key::KeyTarget) } else { None };
    let name = move || {
        let lang = lang.get();
        let suffix = kind.map(|k| format!(" ({})", tr(lang, k))).unwrap_or_default();
        format!("{}{suffix}", label.get(lang))
    };
    let value = move || quantity.map(|q| format::quantity(lang.get(), q)).unwrap_or_default();
    view! {
        <tr data-figure=figure.id.clone()>
            <th scope="row">{name}</th>
            <td>{year.map(|y| y.to_string()).unwrap_or_default()}</td>
            <td class="number">{value}</td>
            <td>{move || labels::confidence(lang.get(), confidence)}</td>
            <td>{source_marker(data, &figure.source, lang)}</td>
        </tr>
    }
}
