//! The dataset as two accessible tables: the places and the legs. Until the map lands this is
//! the content; afterwards it is the map's text alternative.

use crate::i18n::{Key, Lang, tr};
use crate::labels;
use crate::model::{Dataset, Leg, Node};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn DatasetTables(dataset: Arc<Dataset>, #[prop(into)] lang: Signal<Lang>) -> impl IntoView {
    let t = move |key| super::tr_live(lang, key);
    let legs = dataset.legs.iter().map(|leg| leg_row(&dataset, leg.clone(), lang)).collect_view();
    let nodes = dataset.nodes.iter().map(|node| node_row(node.clone(), lang)).collect_view();
    view! {
        <div class="tables">
            <table class="data-table">
                <caption>{t(Key::LegsCaption)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t(Key::ColLeg)}</th>
                        <th scope="col">{t(Key::ColCorridor)}</th>
                        <th scope="col">{t(Key::ColMode)}</th>
                        <th scope="col">{t(Key::ColStatus)}</th>
                        <th scope="col">{t(Key::ColYear)}</th>
                        <th scope="col">{t(Key::ColSources)}</th>
                    </tr>
                </thead>
                <tbody>
                    {legs}
                </tbody>
            </table>
            <table class="data-table">
                <caption>{t(Key::NodesCaption)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t(Key::ColName)}</th>
                        <th scope="col">{t(Key::ColKind)}</th>
                        <th scope="col">{t(Key::ColCountry)}</th>
                        <th scope="col">{t(Key::ColPosition)}</th>
                        <th scope="col">{t(Key::ColConfidence)}</th>
                    </tr>
                </thead>
                <tbody>{nodes}</tbody>
            </table>
        </div>
    }
}

fn leg_row(data: &Arc<Dataset>, leg: Leg, lang: Signal<Lang>) -> impl IntoView + use<> {
    let (data, data_row) = (data.clone(), data.clone());
    let (corridor, mode, status) = (leg.corridor, leg.mode, leg.status);
    let schematic = leg.schematic;
    let name = {
        let leg = leg.clone();
        move || {
            let lang = lang.get();
            let suffix = if schematic { format!(" ({})", tr(lang, Key::Schematic)) } else { String::new() };
            format!("{}{suffix}", labels::leg_name(&data, &leg, lang))
        }
    };
    view! {
        <tr data-leg=leg.id.clone()>
            <th scope="row">{name}</th>
            <td>{move || labels::corridor(&data_row, lang.get(), corridor).to_string()}</td>
            <td>{move || labels::mode(lang.get(), mode)}</td>
            <td>{move || labels::status(lang.get(), status)}</td>
            <td>{leg.year.map(|y| y.to_string()).unwrap_or_default()}</td>
            <td>{leg.sources.join(", ")}</td>
        </tr>
    }
}

fn node_row(node: Node, lang: Signal<Lang>) -> impl IntoView {
    let (kind, confidence) = (node.kind, node.confidence);
    let position = format!("{:.2}° N, {:.2}° E", node.position.lat, node.position.lon);
    let name = node.name.clone();
    view! {
        <tr data-node=node.id.clone()>
            <th scope="row">{move || name.get(lang.get()).to_string()}</th>
            <td>{move || labels::node_kind(lang.get(), kind)}</td>
            <td>{node.country.clone()}</td>
            <td>{position}</td>
            <td>{move || labels::confidence(lang.get(), confidence)}</td>
        </tr>
    }
}
