//! Markup written from the pure model and geometry, without a browser: the map as SVG
//! (`map_svg`, shared by the app's SVG download and the static renders; its routes' and places'
//! classes and symbols in `marks`) and each story's
//! static first screen (`first_screen`), which `./run publish` writes into the pages, and each
//! panel as a still picture (`panel_svg`).

pub mod first_screen;
pub mod insets;
pub mod map_svg;
pub mod marks;
pub mod panel_svg;

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

pub use crate::geometry::labels::wrap;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_words_within_the_width_and_marks_what_is_cut() {
        let lines = wrap("one two three four five six seven eight", 10.0, 60.0, 2);
        assert_eq!(lines, vec!["one two".to_string(), "three four …".to_string()]);
        assert_eq!(wrap("short", 10.0, 600.0, 2), vec!["short".to_string()]);
    }

    #[test]
    fn never_wraps_a_number_apart_from_its_unit() {
        let lines = wrap("carried 4,1\u{a0}Mio.\u{a0}t in 2025", 10.0, 66.0, 4);
        assert_eq!(
            lines,
            vec!["carried".to_string(), "4,1\u{a0}Mio.\u{a0}t".to_string(), "in 2025".to_string()]
        );
    }
}
