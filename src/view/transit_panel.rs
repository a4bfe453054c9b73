//! Transit time: every route's days on one scale, the flight in hours apart (a bar of six
//! hours on a scale of sixty days would be invisible, and the units differ).

use super::range_chart::RangeChartView;
use crate::i18n::{Key, Lang};
use crate::model::{Dataset, Topic, Unit};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn TransitPanel(data: Arc<Dataset>, #[prop(into)] lang: Signal<Lang>) -> impl IntoView {
    let has = |unit| data.figures.iter().any(|f| f.topic == Topic::TransitTime && f.unit() == Some(unit));
    let hours = has(Unit::Hours).then(
        || view! { <RangeChartView data=data.clone() unit=Unit::Hours lang title=Key::TransitHours /> },
    );
    view! {
        {super::panel_intro(data.story.intros.transit.as_ref(), lang)}
        <RangeChartView data=data.clone() unit=Unit::Days lang title=Key::TransitDays />
        {hours}
    }
}
