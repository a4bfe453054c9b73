//! Downloads, all made in the browser: the map as a self-contained SVG (the page's styles and
//! the attribution inside) and as a PNG at twice its size, the figures as CSV, the dataset as
//! the GeoJSON file it was read from.

use super::map_file::MapFile;
use crate::export;
use crate::i18n::{Key, Lang};
use crate::load::Loaded;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};

#[component]
pub fn Downloads(
    loaded: Arc<Loaded>,
    #[prop(into)] lang: Signal<Lang>,
    /// The map's state, once the map has been drawn.
    map: MapFile,
) -> impl IntoView {
    let name = Arc::new(export::file_stem(&loaded.story));
    let csv = {
        let (loaded, name) = (loaded.clone(), name.clone());
        move |_| {
            let text = export::figures_csv(&loaded.checked.dataset, lang.get_untracked());
            save(&text, "text/csv;charset=utf-8", &format!("{name}-figures.csv"));
        }
    };
    let geojson = {
        let name = name.clone();
        move |_| save(&loaded.geojson, "application/geo+json", &format!("{name}-data.geojson"))
    };
    let svg = {
        let name = name.clone();
        move |_| {
            if let Some(text) = map_svg(map, lang.get_untracked()) {
                save(&text, "image/svg+xml", &format!("{name}-map.svg"));
            }
        }
    };
    let png = move |_| {
        if let Some(text) = map_svg(map, lang.get_untracked()) {
            save_png(&text, format!("{name}-map.png"));
        }
    };
    let t = move |key| super::tr_live(lang, key);
    view! {
        <div class="downloads" role="group" aria-labelledby="downloads-label">
            <span id="downloads-label">{t(Key::Downloads)}</span>
            <button type="button" on:click=svg>{t(Key::DownloadSvg)}</button>
            <button type="button" on:click=png>{t(Key::DownloadPng)}</button>
            <button type="button" on:click=csv>{t(Key::DownloadCsv)}</button>
            <button type="button" on:click=geojson>{t(Key::DownloadGeojson)}</button>
        </div>
    }
}

/// The map as it is now (zoom, hidden routes, year), with the page's stylesheet inside and the
/// attribution at the bottom (`view::map_file`): a file that opens the same anywhere. In the
/// page's theme, if the reader chose one.
fn map_svg(map: MapFile, lang: Lang) -> Option<String> {
    let document = web_sys::window()?.document()?;
    let svg = map.with_value(|m| m.as_ref().map(|m| m.svg(lang, &page_css(&document))))?;
    match document.document_element().and_then(|r| r.get_attribute("data-theme")) {
        Some(theme) if theme == "dark" || theme == "light" => {
            Some(svg.replacen("<svg ", &format!("<svg data-theme=\"{theme}\" "), 1))
        }
        _ => Some(svg),
    }
}

/// Every rule of the page's (same-origin) stylesheets.
fn page_css(document: &web_sys::Document) -> String {
    let sheets = document.style_sheets();
    let mut css = String::new();
    for i in 0..sheets.length() {
        let Some(sheet) = sheets.item(i).and_then(|s| s.dyn_into::<web_sys::CssStyleSheet>().ok()) else {
            continue;
        };
        let Ok(rules) = sheet.css_rules() else { continue };
        for j in 0..rules.length() {
            if let Some(rule) = rules.item(j) {
                css.push_str(&rule.css_text());
                css.push('\n');
            }
        }
    }
    css
}

/// Offers `text` as a file named `name`.
fn save(text: &str, mime: &str, name: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    if let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) {
        save_blob(&blob, name);
    }
}

fn save_blob(blob: &web_sys::Blob, name: &str) {
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else { return };
    let link = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    if let Some(link) = link {
        link.set_href(&url);
        link.set_download(name);
        link.click();
    }
    // The click has started the download; the object URL is no longer needed.
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Draws the SVG on a canvas at twice its size and offers the result as a PNG.
fn save_png(svg: &str, name: String) {
    let parts = js_sys::Array::of1(&JsValue::from_str(svg));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("image/svg+xml");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    let Ok(image) = web_sys::HtmlImageElement::new() else { return };
    let loaded = image.clone();
    let source = url.clone();
    let on_load = Closure::once(move || {
        let _ = web_sys::Url::revoke_object_url(&source);
        draw_and_save(&loaded, name);
    });
    image.set_onload(Some(on_load.as_ref().unchecked_ref()));
    on_load.forget();
    image.set_src(&url);
}

fn draw_and_save(image: &web_sys::HtmlImageElement, name: String) {
    const SCALE: f64 = 2.0;
    let (w, h) = (image.natural_width(), image.natural_height());
    let canvas = web_sys::window()
        .and_then(|win| win.document())
        .and_then(|d| d.create_element("canvas").ok())
        .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok());
    let Some(canvas) = canvas else { return };
    canvas.set_width((f64::from(w) * SCALE) as u32);
    canvas.set_height((f64::from(h) * SCALE) as u32);
    let context = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok());
    let Some(context) = context else { return };
    let _ = context.scale(SCALE, SCALE);
    let _ = context.draw_image_with_html_image_element(image, 0.0, 0.0);
    let on_blob = Closure::once(move |blob: JsValue| {
        if let Ok(blob) = blob.dyn_into::<web_sys::Blob>() {
            save_blob(&blob, &name);
        }
    });
    let _ = canvas.to_blob(on_blob.as_ref().unchecked_ref());
    on_blob.forget();
}
