//! Component tests in headless Chromium (wasm-bindgen-test + chromedriver):
//! `cargo test --target wasm32-unknown-unknown --test components`.
#![cfg(target_arch = "wasm32")]

use corridor_explorer::dataset::{self, DataError};
use corridor_explorer::i18n::Lang;
use corridor_explorer::load::LoadError;
use corridor_explorer::view::{DatasetTables, LoadFailure};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const SMALL: &str = r#"{"type": "FeatureCollection",
  "story": {"title": {"de": "T", "en": "T"}, "standfirst": {"de": "S", "en": "S"}, "description": {"de": "D", "en": "D"}},
  "corridors": [{"id": "middle", "name": {"de": "Mittlerer Korridor", "en": "Middle Corridor"}}],
  "features": [
  {"type": "Feature", "id": "aktau", "geometry": {"type": "Point", "coordinates": [51.2, 43.6]},
   "properties": {"kind": "seaport", "country": "KZ", "name": {"de": "Aqtau", "en": "Aktau"}, "confidence": "C", "sources": []}},
  {"type": "Feature", "id": "alat", "geometry": {"type": "Point", "coordinates": [49.4, 39.95]},
   "properties": {"kind": "seaport", "country": "AZ", "name": {"de": "Alat / Baku", "en": "Alat / Baku"}, "confidence": "C", "sources": []}},
  {"type": "Feature", "id": "aktau-alat", "geometry": {"type": "LineString", "coordinates": [[51.2, 43.6], [49.4, 39.95]]},
   "properties": {"corridor": "middle", "mode": "ferry", "from": "aktau", "to": "alat", "status": "operating",
                  "confidence": "C", "sources": ["s1"]}}],
  "sources": [{"id": "s1", "publisher": "Test", "title": "Test source"}]}"#;

/// Mounts a view into a fresh `<div>` and returns it.
fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> web_sys::HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let host: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    std::mem::forget(leptos::mount::mount_to(host.clone(), view));
    host
}

/// Waits until the browser has laid the page out and reported sizes (the map and charts render
/// once they know their width; the map then draws in three tasks, one after the other: land,
/// routes and places, names — `view/map.rs`): the next animation frame, then Leptos's effects
/// and a task, once for the width and once for each of the map's tasks.
async fn laid_out() {
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().request_animation_frame(&resolve).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(frame).await.unwrap();
    for _ in 0..4 {
        let task = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window().unwrap().set_timeout_with_callback(&resolve).unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(task).await.unwrap();
        leptos::task::tick().await;
    }
}

fn texts(host: &web_sys::HtmlElement, selector: &str) -> Vec<String> {
    let list = host.query_selector_all(selector).unwrap();
    (0..list.length()).filter_map(|i| list.get(i)?.text_content()).collect()
}

#[wasm_bindgen_test]
fn tables_show_legs_and_nodes_with_headers() {
    let dataset = Arc::new(dataset::read(SMALL).unwrap().dataset);
    let host = mount(move || view! { <DatasetTables dataset lang=Signal::stored(Lang::En) /> });
    assert_eq!(texts(&host, "caption"), ["Route legs in the dataset", "Places in the dataset"]);
    assert_eq!(
        texts(&host, "tr[data-leg] > *"),
        ["Aktau – Alat / Baku", "Middle Corridor", "ferry", "operating", "", "s1"]
    );
    assert_eq!(
        texts(&host, "tr[data-node='aktau'] > *"),
        ["Aktau", "port", "KZ", "43.60° N, 51.20° E", "C\u{a0}– approximate"]
    );
    assert_eq!(host.query_selector_all("th[scope=col]").unwrap().length(), 11);
}

#[wasm_bindgen_test]
async fn tables_follow_the_language_signal() {
    let dataset = Arc::new(dataset::read(SMALL).unwrap().dataset);
    let (lang, set_lang) = signal(Lang::En);
    let host = mount(move || view! { <DatasetTables dataset lang /> });
    assert_eq!(texts(&host, "tr[data-node='aktau'] > th"), ["Aktau"]);
    set_lang.set(Lang::De);
    // Effects run on the next tick of the executor, as in the app.
    leptos::task::tick().await;
    assert_eq!(texts(&host, "tr[data-node='aktau'] > th"), ["Aqtau"]);
    assert_eq!(texts(&host, "tr[data-leg] td:nth-of-type(2)"), ["Fähre"]);
}

#[wasm_bindgen_test]
fn a_bad_file_shows_what_is_wrong_and_a_retry_button() {
    let error = dataset::read(&SMALL.replace("\"ferry\"", "\"hovercraft\"")).unwrap_err();
    assert!(matches!(error, DataError::Invalid { .. }));
    let error = LoadError::Data { url: "data/corridors.geojson".into(), error };
    let retried = RwSignal::new(0);
    let host = mount(move || {
        view! { <LoadFailure error lang=Signal::stored(Lang::En) on_retry=move |()| retried.update(|n| *n += 1) /> }
    });
    assert_eq!(texts(&host, "[role=alert] h2"), ["The data file has errors"]);
    let issues = texts(&host, "[role=alert] li");
    assert_eq!(issues.len(), 1);
    assert!(issues[0].contains("\"aktau-alat\""), "{issues:?}");
    assert!(issues[0].contains("field \"mode\""), "{issues:?}");
    assert!(issues[0].contains("\"hovercraft\" is not known"), "{issues:?}");
    let button: web_sys::HtmlElement = host.query_selector("button").unwrap().unwrap().unchecked_into();
    assert_eq!(button.text_content().unwrap(), "Try again");
    button.click();
    assert_eq!(retried.get_untracked(), 1);
}

#[wasm_bindgen_test]
fn an_http_error_names_the_file_and_status_in_german() {
    let error = LoadError::Http {
        url: "data/corridors.geojson".into(),
        status: 404,
        status_text: "Not Found".into(),
    };
    let host = mount(move || view! { <LoadFailure error lang=Signal::stored(Lang::De) on_retry=|()| {} /> });
    assert_eq!(texts(&host, "h2"), ["Die Daten konnten nicht geladen werden"]);
    assert_eq!(
        texts(&host, ".failure-summary"),
        ["data/corridors.geojson: der Server antwortete mit HTTP 404\u{a0}Not Found"]
    );
}

mod map {
    use super::*;
    use corridor_explorer::basemap;
    use corridor_explorer::load::Loaded;
    use corridor_explorer::model::CorridorId;
    use corridor_explorer::view::selection::Selected;
    use corridor_explorer::view::{CorridorMap, Legend};

    /// The made-up story of the unit tests (`tests/fixtures/synthetic-story.geojson`): facts
    /// about the shipped stories are tested in `tests/shipped_data.rs` only, so that an editor's
    /// correction never breaks these.
    fn synthetic() -> Arc<Loaded> {
        let geojson = include_str!("fixtures/synthetic-story.geojson").to_string();
        let checked = dataset::read(&geojson).unwrap();
        let basemap = basemap::read(include_str!("fixtures/synthetic-basemap.json")).unwrap();
        let fingerprint = corridor_explorer::fingerprint::of(&geojson, "");
        Arc::new(Loaded { story: "synthetic".into(), checked, basemap, geojson, fingerprint })
    }

    /// A story made up for this test, south of the equator and east of the antimeridian's
    /// other side: three corridors, a handful of places, no figures, the world basemap.
    const ELSEWHERE: &str = r##"{"type": "FeatureCollection",
      "story": {"languages": ["en", "ru"], "title": {"en": "Elsewhere", "ru": "Где-то"}, "standfirst": {"en": "S", "ru": "S"},
                "description": {"en": "Three routes.", "ru": "Три маршрута."}},
      "corridors": [{"id": "coast", "name": {"en": "Coast line", "ru": "Берег"}},
                    {"id": "inland", "name": {"en": "Inland line", "ru": "Глубинка"}, "colour": "#336699"},
                    {"id": "long-way", "name": {"en": "The long way", "ru": "Долгий путь"}, "role": "comparison"}],
      "features": [
        {"type": "Feature", "id": "a", "geometry": {"type": "Point", "coordinates": [-70.6, -33.4]}, "properties": {"kind": "city", "country": "CL", "name": {"en": "A", "ru": "А"}, "confidence": "C", "rank": 1, "sources": []}},
        {"type": "Feature", "id": "b", "geometry": {"type": "Point", "coordinates": [-58.4, -34.6]}, "properties": {"kind": "seaport", "country": "AR", "name": {"en": "B", "ru": "Б"}, "confidence": "C", "rank": 1, "sources": []}},
        {"type": "Feature", "id": "c", "geometry": {"type": "Point", "coordinates": [-46.3, -23.9]}, "properties": {"kind": "seaport", "country": "BR", "name": {"en": "C", "ru": "В"}, "confidence": "C", "rank": 2, "sources": []}},
        {"type": "Feature", "id": "a-b", "geometry": {"type": "LineString", "coordinates": [[-70.6, -33.4], [-58.4, -34.6]]}, "properties": {"corridor": "inland", "mode": "rail", "from": "a", "to": "b", "status": "planned", "confidence": "C", "sources": ["s"]}},
        {"type": "Feature", "id": "b-c", "geometry": {"type": "LineString", "coordinates": [[-58.4, -34.6], [-46.3, -23.9]]}, "properties": {"corridor": "coast", "mode": "sea", "from": "b", "to": "c", "status": "operating", "confidence": "C", "sources": ["s"]}},
        {"type": "Feature", "id": "a-c", "geometry": {"type": "LineString", "coordinates": [[-70.6, -33.4], [-75, -50], [-60, -56], [-46.3, -23.9]]}, "properties": {"corridor": "long-way", "mode": "sea", "from": "a", "to": "c", "status": "operating", "confidence": "C", "sources": ["s"]}}],
      "sources": [{"id": "s", "publisher": "Test", "title": "Made up"}]}"##;

    #[wasm_bindgen_test]
    async fn a_story_from_elsewhere_renders_with_its_legend() {
        use corridor_explorer::view::Explorer;
        let checked = dataset::read(ELSEWHERE).unwrap();
        let basemap = basemap::read(include_str!("../data/world.json")).unwrap();
        let loaded = Arc::new(Loaded {
            story: "elsewhere".into(),
            checked,
            basemap,
            geojson: ELSEWHERE.into(),
            fingerprint: String::new(),
        });
        let host = mount(move || view! { <Explorer loaded lang=Signal::stored(Lang::Ru) /> });
        laid_out().await;
        laid_out().await;
        assert_eq!(texts(&host, ".route-toggle"), ["Берег", "Глубинка", "Долгий путь"]);
        assert_eq!(host.query_selector_all("g.leg path.line").unwrap().length(), 3);
        assert!(host.query_selector("[role=alert]").unwrap().is_none());
        let toggle = host.query_selector("button.route-toggle.corridor-inland").unwrap();
        assert!(toggle.is_some(), "the corridor's id is its class");
    }

    struct Mounted {
        host: web_sys::HtmlElement,
        selected: RwSignal<Option<Selected>>,
        hidden: RwSignal<Vec<CorridorId>>,
        year: RwSignal<u16>,
    }

    async fn mount_map() -> Mounted {
        let loaded = synthetic();
        let selected = RwSignal::new(None);
        let hidden = RwSignal::new(Vec::new());
        let year = RwSignal::new(2026);
        let lang = Signal::stored(Lang::En);
        let host = mount(move || {
            view! {
                <Legend data=Arc::new(synthetic().checked.dataset.clone()) lang hidden year />
                <CorridorMap loaded lang selected hidden year emphasis=Signal::stored(None) view=RwSignal::new(None) />
            }
        });
        laid_out().await;
        Mounted { host, selected, hidden, year }
    }

    fn leg(host: &web_sys::HtmlElement, id: &str) -> web_sys::Element {
        host.query_selector(&format!("g.leg[data-leg='{id}']")).unwrap().unwrap()
    }

    #[wasm_bindgen_test]
    async fn one_path_per_leg_with_path_data() {
        let m = mount_map().await;
        let legs = synthetic().checked.dataset.legs.len();
        let lines = m.host.query_selector_all("g.leg path.line").unwrap();
        assert_eq!(lines.length() as usize, legs);
        for i in 0..lines.length() {
            let d = lines.get(i).unwrap().unchecked_into::<web_sys::Element>().get_attribute("d").unwrap();
            assert!(d.starts_with('M') && d.contains('l'), "{d}");
        }
        assert!(m.host.query_selector("path.land").unwrap().unwrap().get_attribute("d").unwrap().len() > 20);
    }

    #[wasm_bindgen_test]
    async fn the_legend_hides_a_route() {
        let m = mount_map().await;
        let button: web_sys::HtmlElement =
            m.host.query_selector("button.corridor-west").unwrap().unwrap().unchecked_into();
        assert_eq!(button.get_attribute("aria-pressed").as_deref(), Some("true"));
        button.click();
        leptos::task::tick().await;
        assert_eq!(m.hidden.get_untracked(), [CorridorId(1)], "the western route, second in the story");
        assert_eq!(button.get_attribute("aria-pressed").as_deref(), Some("false"));
        let style = leg(&m.host, "west-port-lake").get_attribute("style").unwrap_or_default();
        assert!(style.contains("display: none"), "{style}");
        let east = leg(&m.host, "hill-ford").get_attribute("style").unwrap_or_default();
        assert!(!east.contains("none"), "{east}");
    }

    #[wasm_bindgen_test]
    async fn the_year_hides_legs_opened_later() {
        let m = mount_map().await;
        let hidden = |id| leg(&m.host, id).get_attribute("style").unwrap_or_default().contains("none");
        assert!(!hidden("lake-east-port") && !hidden("airfield-mesa"));
        m.year.set(2016);
        leptos::task::tick().await;
        assert!(hidden("lake-east-port") && hidden("airfield-mesa"), "opened in 2017 and 2025");
        assert!(!hidden("hill-ford"));
    }

    #[wasm_bindgen_test]
    async fn clicking_a_leg_selects_it() {
        let m = mount_map().await;
        let ferry = leg(&m.host, "hill-ford");
        assert_eq!(
            ferry.get_attribute("aria-label").as_deref(),
            Some("Eastern route: ferry Hill – Ford, operating")
        );
        ferry
            .unchecked_ref::<web_sys::SvgElement>()
            .dispatch_event(&web_sys::MouseEvent::new("click").unwrap())
            .unwrap();
        leptos::task::tick().await;
        assert_eq!(m.selected.get_untracked(), Some(Selected::Leg("hill-ford".into())));
        assert_eq!(ferry.get_attribute("aria-pressed").as_deref(), Some("true"));
    }
}

mod fact_check {
    use super::*;
    use corridor_explorer::view::{FactCheck, SourcesList};

    #[wasm_bindgen_test]
    fn claims_show_their_verdict_and_markers_lead_to_listed_sources() {
        let dataset =
            Arc::new(dataset::read(include_str!("fixtures/synthetic-story.geojson")).unwrap().dataset);
        let lang = Signal::stored(Lang::En);
        let host =
            mount(move || view! { <FactCheck dataset=dataset.clone() lang /> <SourcesList dataset lang /> });
        assert_eq!(texts(&host, "[data-claim='claim'] .verdict-badge"), ["unverified"]);
        assert_eq!(texts(&host, "[data-claim='claim'] .claim-text"), ["It takes 19–23\u{a0}days."]);
        let markers = host.query_selector_all(".source-marker").unwrap();
        assert!(markers.length() >= 1);
        for i in 0..markers.length() {
            let href =
                markers.get(i).unwrap().unchecked_into::<web_sys::Element>().get_attribute("href").unwrap();
            assert!(host.query_selector(&href).unwrap().is_some(), "{href} is not in the sources list");
        }
    }
}

mod panels {
    use super::*;
    use corridor_explorer::model::CorridorId;
    use corridor_explorer::panel::Panel;
    use corridor_explorer::view::Panels;
    use corridor_explorer::view::selection::Linked;

    async fn mount_panels(route: Option<CorridorId>) -> (web_sys::HtmlElement, RwSignal<Panel>) {
        let data = Arc::new(dataset::read(include_str!("fixtures/synthetic-story.geojson")).unwrap().dataset);
        let open = RwSignal::new(Panel::Volume);
        let host = mount(move || {
            provide_context(Linked { route: Signal::stored(route), emphasis: RwSignal::new(None) });
            view! { <Panels data lang=Signal::stored(Lang::En) year=Signal::stored(2024) open /> }
        });
        leptos::task::tick().await;
        (host, open)
    }

    #[wasm_bindgen_test]
    async fn volumes_show_two_charts_with_titles_and_the_year_marker() {
        let (host, _) = mount_panels(None).await;
        let titles = texts(&host, "svg[role='img'] > title");
        assert_eq!(titles, ["Freight a\u{a0}year, million tonnes", "Containers a\u{a0}year, TEU"]);
        assert_eq!(texts(&host, ".year-marker text"), ["2024", "2024"]);
        assert_eq!(host.query_selector_all(".series.corridor-east .dot").unwrap().length(), 7 + 4);
        let selected = texts(&host, "[role='tab'][aria-selected='true']");
        assert_eq!(selected, ["Volumes"]);
    }

    #[wasm_bindgen_test]
    async fn a_selected_route_dims_the_other_series() {
        let (host, _) = mount_panels(Some(CorridorId(1))).await;
        let class = |sel: &str| host.query_selector(sel).unwrap().unwrap().get_attribute("class").unwrap();
        assert!(class(".series.corridor-east").contains("dimmed"));
        assert!(!class(".series.corridor-west").contains("dimmed"));
    }

    #[wasm_bindgen_test]
    async fn the_transit_tab_lists_every_transit_time_with_a_marker() {
        let (host, open) = mount_panels(None).await;
        open.set(Panel::Transit);
        leptos::task::tick().await;
        let rows = host.query_selector_all(".range-row").unwrap();
        assert_eq!(rows.length(), 9 + 1, "9 in days, the flight in hours");
        assert_eq!(host.query_selector_all(".range-row .source-marker").unwrap().length(), 10);
        let claimed = host.query_selector(".range-row.unverified").unwrap().unwrap();
        assert!(claimed.text_content().unwrap().contains("19–23\u{a0}days"));
    }

    #[wasm_bindgen_test]
    async fn a_closed_tab_is_rendered_when_first_opened_and_then_kept() {
        let (host, open) = mount_panels(None).await;
        let rows = || host.query_selector_all("#panel-transit .range-row").unwrap().length();
        assert_eq!(rows(), 0, "not rendered while closed");
        open.set(Panel::Transit);
        leptos::task::tick().await;
        assert_eq!(rows(), 10);
        open.set(Panel::Volume);
        leptos::task::tick().await;
        assert_eq!(rows(), 10, "kept, hidden");
        assert!(host.query_selector("#panel-transit").unwrap().unwrap().has_attribute("hidden"));
    }

    #[wasm_bindgen_test]
    async fn printing_renders_every_tab() {
        let (host, _) = mount_panels(None).await;
        assert!(host.query_selector("#panel-investment li").unwrap().is_none());
        let window = web_sys::window().unwrap();
        window.dispatch_event(&web_sys::Event::new("beforeprint").unwrap()).unwrap();
        leptos::task::tick().await;
        for (panel, least) in [("volume", 3), ("transit", 3), ("investment", 2), ("factcheck", 1)] {
            let content = host.query_selector_all(&format!("#panel-{panel} li")).unwrap().length();
            assert!(content >= least, "{panel}: {content} list items");
        }
    }
}
