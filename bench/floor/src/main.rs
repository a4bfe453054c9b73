//! The floor build: fetches the dataset with gloo-net, parses it with geojson (serde_json
//! underneath), and shows the number of features and a button with a counter through Leptos
//! signals and views. Nothing of the app's own code.
use leptos::prelude::*;

/// The dataset's feature count, or what went wrong, as text.
async fn feature_count() -> Result<usize, String> {
    let response =
        gloo_net::http::Request::get("data/corridors.geojson").send().await.map_err(|e| e.to_string())?;
    let text = response.text().await.map_err(|e| e.to_string())?;
    let features: geojson::FeatureCollection = text.parse().map_err(|e: geojson::Error| e.to_string())?;
    Ok(features.features.len())
}

#[component]
fn Floor() -> impl IntoView {
    let count = LocalResource::new(feature_count);
    let (clicks, set_clicks) = signal(0u32);
    view! {
        <h1>"Features"</h1>
        <button on:click=move |_| set_clicks.update(|n| *n += 1)>{move || clicks.get()}</button>
        <p>
            {move || match count.get() {
                None => "…".to_string(),
                Some(Ok(n)) => n.to_string(),
                Some(Err(e)) => e,
            }}
        </p>
    }
}

fn main() {
    leptos::mount::mount_to_body(Floor);
}
