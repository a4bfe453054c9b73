//! "Updated 1 December 2026 · 1 correction": under every part of the graphic, with the
//! corrections listed when the reader opens the count (newsrooms' corrections policies).

use crate::format;
use crate::i18n::{Key, Lang, Msg, message, tr};
use crate::model::Story;
use leptos::prelude::*;

#[component]
pub fn StoryStatus(story: Story, #[prop(into)] lang: Signal<Lang>) -> impl IntoView {
    let updated = story.updated.clone().map(|day| {
        view! { <span class="updated">{move || message(lang.get(), Msg::Updated, &[("date", &format::date(lang.get(), &day))])}</span> }
    });
    let count = story.corrections.len();
    let separator = (updated.is_some() && count > 0).then_some(" · ");
    let corrections = (count > 0).then(|| {
        let items = story
            .corrections
            .iter()
            .map(|c| {
                let (day, text) = (c.date.clone(), c.text.clone());
                view! {
                    <li>
                        <time datetime=c.date.clone()>{move || format::date(lang.get(), &day)}</time>
                        ": "
                        {move || text.get(lang.get()).to_string()}
                    </li>
                }
            })
            .collect_view();
        view! {
            <details class="corrections">
                <summary>{move || correction_count(lang.get(), count)}</summary>
                <ul>{items}</ul>
            </details>
        }
    });
    (updated.is_some() || count > 0).then(|| {
        view! { <div class="story-status">{updated}{separator}{corrections}</div> }
    })
}

/// "1 correction", "2 corrections".
fn correction_count(lang: Lang, count: usize) -> String {
    if count == 1 {
        tr(lang, Key::OneCorrection).to_string()
    } else {
        message(lang, Msg::Corrections, &[("count", &count)])
    }
}
