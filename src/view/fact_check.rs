//! The article's claims beside what the sources say, each with a verdict and footnote markers
//! that lead to the sources list.

use super::sources::source_marker;
use crate::i18n::{Key, Lang};
use crate::labels;
use crate::model::{Claim, Dataset};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn FactCheck(dataset: Arc<Dataset>, #[prop(into)] lang: Signal<Lang>) -> impl IntoView {
    let claims = dataset.claims.iter().map(|claim| claim_view(&dataset, claim.clone(), lang)).collect_view();
    view! {
        <section class="fact-check" aria-labelledby="fact-check-heading">
            <h2 id="fact-check-heading">{super::tr_live(lang, Key::FactCheckHeading)}</h2>
            {dataset.story.intros.fact_check.clone().map(|intro| view! {
                <p class="fact-check-intro">{move || intro.get(lang.get()).to_string()}</p>
            })}
            <ul class="claims">{claims}</ul>
        </section>
    }
}

fn claim_view(data: &Dataset, claim: Claim, lang: Signal<Lang>) -> impl IntoView + use<> {
    let verdict = claim.verdict;
    let markers = claim.sources.iter().map(|id| source_marker(data, id, lang)).collect_view();
    let (said, finding) = (claim.said.clone(), claim.finding.clone());
    view! {
        <li class=format!("claim verdict-{}", verdict.code()) data-claim=claim.id.clone()>
            <p class="claim-said">
                <span class="claim-label">{super::tr_live(lang, Key::ArticleSaid)}</span>
                " "
                // Paraphrased, not quoted: the dataset holds the claim in each story language.
                <span class="claim-text">{move || said.get(lang.get()).to_string()}</span>
            </p>
            <p class="claim-verdict">
                <span class="verdict-badge">{move || labels::verdict(lang.get(), verdict)}</span>
            </p>
            <p class="claim-finding">
                <span class="claim-label">{super::tr_live(lang, Key::SourcesSay)}</span>
                " "
                {move || finding.get(lang.get()).to_string()}
                <span class="markers">{markers}</span>
            </p>
        </li>
    }
}
