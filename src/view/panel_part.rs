//! One panel embedded alone (`?part=volume` …): its heading, the panel folded to an article's
//! measure, and the sources it cites (folded too, as the whole explorer's are in an embed).

use super::SourcesList;
use super::fold::Fold;
use super::panels::panel_view;
use crate::i18n::{Key, Lang};
use crate::labels;
use crate::model::Dataset;
use crate::panel::Panel;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn PanelPart(
    data: Arc<Dataset>,
    panel: Panel,
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into)] year: Signal<u16>,
) -> impl IntoView {
    let content = panel_view(panel, data.clone(), lang, year);
    view! {
        <section class="panel-part" data-part=panel.code() aria-labelledby="panel-part-heading">
            <h2 id="panel-part-heading">{move || labels::panel(lang.get(), panel)}</h2>
            <Fold lang>{content}</Fold>
        </section>
        <details class="more">
            <summary>{super::tr_live(lang, Key::PanelSources)}</summary>
            <SourcesList dataset=data lang panel />
        </details>
    }
}
