//! Markup written from the pure model and geometry, without a browser: the map as SVG
//! (`map_svg`, shared by the app's SVG download and the static renders) and each story's
//! static first screen (`first_screen`), which `./run publish` writes into the pages.

pub mod first_screen;
pub mod map_svg;

/// `text` safe inside an XML or HTML element or a double-quoted attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}
