//! The story's corridor colours as style rules: `.corridor-<id> { --c: light-dark(…, …) }`,
//! added to the app's stylesheet through the CSSOM. Written there rather than as inline styles,
//! which the Content-Security-Policy the app runs under (`style-src 'self'`) forbids, and which
//! the SVG download would lose: it copies the page's style rules.

use crate::model::Dataset;
use wasm_bindgen::JsCast;

/// Adds one rule per corridor to the first same-origin stylesheet (`public/style.css`). Ids and
/// colours are checked when the dataset is read (`[a-z0-9_-]`, `#rrggbb`), so a rule cannot
/// carry anything else.
pub fn install(data: &Dataset) {
    let Some(sheet) = app_sheet() else { return };
    for corridor in &data.corridors {
        let rule = crate::render::marks::colour_rule(corridor);
        let at = sheet.css_rules().map_or(0, |r| r.length());
        // Refused only for a malformed rule, which the checks above rule out.
        let _ = sheet.insert_rule_with_index(&rule, at);
    }
}

fn app_sheet() -> Option<web_sys::CssStyleSheet> {
    let sheets = web_sys::window()?.document()?.style_sheets();
    (0..sheets.length())
        .filter_map(|i| sheets.item(i)?.dyn_into::<web_sys::CssStyleSheet>().ok())
        // A sheet of another origin throws on `cssRules`; ours does not.
        .find(|s| s.css_rules().is_ok())
}
