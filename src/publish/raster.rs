//! The story's images, made with resvg (pure Rust) from the same SVG writer as the page: the map
//! as an SVG file and a PNG, and the 1200 × 630 social card, in each of the story's languages.
//! Fonts are the system's (Debian's DejaVu, installed by `scripts/setup.sh`).

use super::PublishError;
use crate::basemap::AreaKind;
use crate::basemap::Basemap;
use crate::geometry::Scene;
use crate::geometry::naming::AreaName;
use crate::geometry::naming::{Lettering, Names};
use crate::i18n::Lang;
use crate::model::Dataset;
use crate::panel::Panel;
use crate::part::Part;
use crate::render::first_screen::{self, Drawn};
use crate::render::map_svg::{self, Shown};
use crate::render::panel_svg::panel_svg;
use crate::render::{escape, wrap};
use resvg::usvg;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

/// The social card's size (Open Graph's and X's large image) and its title band's height.
const CARD: (f64, f64) = (1200.0, 630.0);
const CARD_BAND: f64 = 150.0;
/// The font the images are drawn in (Debian's `fonts-dejavu-core`; it has Cyrillic too).
const FONT: &str = "DejaVu Sans";

/// The system's fonts, loaded once for every image.
pub fn fonts() -> Arc<usvg::fontdb::Database> {
    let mut db = usvg::fontdb::Database::new();
    db.load_system_fonts();
    Arc::new(db)
}

/// `(file name, bytes)` of each image of the story, in each of its languages. `css` is the
/// page's stylesheet with the story's colours: the SVG files carry it as it is, for browsers;
/// for resvg its custom properties are resolved first (`print_style`).
pub fn images(
    data: &Dataset,
    basemap: &Basemap,
    drawn: &[Drawn],
    name: &str,
    css: &str,
    fonts: &Arc<usvg::fontdb::Database>,
) -> Result<Vec<(String, Vec<u8>)>, PublishError> {
    if fonts.faces().next().is_none() {
        return Err(image_error(name, "no fonts on this system: install Debian's fonts-dejavu-core"));
    }
    let desktop = drawn.last().ok_or_else(|| image_error(name, "no layout drawn"))?;
    let print = print_style(css);
    let card_scene = first_screen::still(Scene::build(data, basemap, CARD.0, CARD.1 - CARD_BAND), basemap);
    let mut out = Vec::new();
    for &lang in &data.story.languages {
        let svg = desktop.standalone(data, lang, css);
        // The phone layout's, for the page's <noscript> picture on narrow screens.
        if let Some(phone) = drawn.first().filter(|p| p.layout != desktop.layout) {
            let file = first_screen::image_file(name, phone.layout, lang);
            out.push((
                file.trim_start_matches("images/").to_string(),
                phone.standalone(data, lang, css).into_bytes(),
            ));
        }
        let lettering = for_print(desktop.lettering(lang).cloned().unwrap_or_default());
        let picture = map_svg::standalone(data, &desktop.scene, &lettering, lang, Shown::opening(data), "");
        let png = rasterise(&picture, &print, 2.0, fonts)
            .map_err(|e| image_error(&format!("{name}-{}.png", lang.tag()), &e))?;
        let card = card_svg(data, basemap, &card_scene, lang);
        let card_png = rasterise(&card, &print, 1.0, fonts)
            .map_err(|e| image_error(&format!("{name}-{}-card.png", lang.tag()), &e))?;
        out.push((format!("{name}-{}.svg", lang.tag()), svg.into_bytes()));
        out.push((format!("{name}-{}.png", lang.tag()), png));
        out.push((format!("{name}-{}-card.png", lang.tag()), card_png));
        for panel in Panel::ALL {
            let file =
                |ext| first_screen::part_image(name, lang, Part::Panel(panel), ext).0.replace("images/", "");
            let svg = panel_svg(data, panel, lang);
            let png = rasterise(&svg, "", 2.0, fonts).map_err(|e| image_error(&file("png"), &e))?;
            out.push((file("svg"), svg.into_bytes()));
            out.push((file("png"), png));
        }
    }
    Ok(out)
}

/// The social card: title and standfirst above the map as it opens, drawn for the card's size.
pub fn card_svg(data: &Dataset, basemap: &Basemap, scene: &Scene, lang: Lang) -> String {
    let names = for_print(Names::new(data, basemap, scene, lang).letter(Shown::opening(data).zoom));
    let (w, h) = CARD;
    let lines = wrap(data.story.standfirst.get(lang), 22.0, w - 80.0, 2);
    let standfirst: String = lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            format!(
                r##"<text x="40" y="{}" font-size="22" fill="#555555">{}</text>"##,
                100 + 30 * i,
                escape(line)
            )
        })
        .collect();
    format!(
        concat!(
            r##"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}">"##,
            r##"<rect width="{w}" height="{h}" fill="#ffffff"/>"##,
            r##"<text x="40" y="62" font-size="38" font-weight="bold" fill="#1a1a1a">{title}</text>{standfirst}"##,
            r##"<svg class="map" x="0" y="{band}" width="{w}" height="{mh}" viewBox="0 0 {w} {mh}">{basemap}{areas}{routes}{places}"##,
            r##"<text class="attribution-note" x="6" y="{note}">{attribution}</text></svg></svg>"##
        ),
        w = w,
        h = h,
        band = CARD_BAND,
        mh = scene.height,
        title = escape(data.story.title.get(lang)),
        standfirst = standfirst,
        basemap = map_svg::basemap(scene, Shown::opening(data).zoom),
        areas = map_svg::area_labels(&names.areas, None),
        routes = map_svg::routes(data, scene, Shown::opening(data)),
        places = map_svg::place_labels(&names.places, None),
        note = scene.height - 6.0,
        attribution = escape(crate::i18n::tr(lang, crate::i18n::Key::Attribution)),
    )
}

/// Country names in capitals, as the page's stylesheet shows them (`text-transform`, which resvg
/// does not know; done here rather than in the shared writer, whose wasm would otherwise carry
/// Unicode's case tables).
fn for_print(lettering: Lettering) -> Lettering {
    let areas = lettering
        .areas
        .into_iter()
        .map(|a| if a.kind == AreaKind::Country { AreaName { text: a.text.to_uppercase(), ..a } } else { a })
        .collect();
    Lettering { areas, ..lettering }
}

/// Draws `svg` with `style` at `scale` × its size, as PNG.
pub fn rasterise(
    svg: &str,
    style: &str,
    scale: f32,
    fonts: &Arc<usvg::fontdb::Database>,
) -> Result<Vec<u8>, String> {
    let options = usvg::Options {
        font_family: FONT.to_string(),
        style_sheet: Some(style.to_string()),
        fontdb: fonts.clone(),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &options).map_err(|e| e.to_string())?;
    let size = tree.size().to_int_size().scale_by(scale).ok_or("the picture has no size")?;
    let mut pixmap =
        resvg::tiny_skia::Pixmap::new(size.width(), size.height()).ok_or("the picture is too large")?;
    resvg::render(&tree, resvg::tiny_skia::Transform::from_scale(scale, scale), &mut pixmap.as_mut());
    encode(&pixmap)
}

/// PNG of the picture: RGB when it is opaque (every picture here has a background), smallest
/// first; else tiny-skia's RGBA.
fn encode(pixmap: &resvg::tiny_skia::Pixmap) -> Result<Vec<u8>, String> {
    let rgba = pixmap.data();
    if rgba.chunks_exact(4).any(|p| p[3] != 255) {
        return pixmap.encode_png().map_err(|e| e.to_string());
    }
    let rgb: Vec<u8> = rgba.chunks_exact(4).flat_map(|p| [p[0], p[1], p[2]]).collect();
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, pixmap.width(), pixmap.height());
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Best);
    encoder.set_adaptive_filter(png::AdaptiveFilterType::Adaptive);
    let mut writer = encoder.write_header().map_err(|e| e.to_string())?;
    writer.write_image_data(&rgb).map_err(|e| e.to_string())?;
    writer.finish().map_err(|e| e.to_string())?;
    Ok(out)
}

/// The page's stylesheet as resvg can apply it: its top-level rules for the map (`.map …`, no
/// pseudo-classes), with every custom property replaced by its light-theme value, and the
/// corridor colours as plain strokes. resvg knows no `var()`, `light-dark()` or `calc()`.
pub fn print_style(css: &str) -> String {
    let rules = top_level_rules(&strip_comments(css));
    let mut vars: HashMap<String, String> = HashMap::new();
    let mut corridors = Vec::new();
    for (selector, body) in &rules {
        for (name, value) in declarations(body).filter(|(n, _)| n.starts_with("--")) {
            match selector.strip_prefix(".corridor-") {
                Some(id) if name == "--c" => corridors.push((id.to_string(), value)),
                _ if selector == ":root" => {
                    vars.insert(name, value);
                }
                _ => {}
            }
        }
    }
    let resolve = |value: &str| light(&substitute(value, &vars, 0));
    let mut out = String::new();
    for (selector, body) in &rules {
        let map_only = selector
            .split(',')
            .map(str::trim)
            .all(|s| (s == ".map" || s.starts_with(".map ") || s.starts_with(".map.")) && !s.contains(':'));
        if !map_only {
            continue;
        }
        let decls: Vec<String> = declarations(body)
            .filter(|(n, _)| !n.starts_with("--"))
            .map(|(n, v)| (n, evaluate_calc(&resolve(&v))))
            // A variable with no value here (a corridor's colour, set per corridor below).
            .filter(|(_, v)| !v.is_empty() && !v.contains("var("))
            .map(|(n, v)| format!("{n}: {v}"))
            .collect();
        out += &format!("{selector} {{ {} }}\n", decls.join("; "));
    }
    for (id, value) in corridors {
        let colour = resolve(&value);
        out += &format!(".map .corridor-{id} .line {{ stroke: {colour} }}\n");
    }
    out
}

fn strip_comments(css: &str) -> String {
    let mut out = String::new();
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out += &rest[..start];
        rest = rest[start..].find("*/").map_or("", |end| &rest[start + end + 2..]);
    }
    out + rest
}

/// `(selector, body)` of each rule outside at-rules (media and container queries are for the
/// page's layouts; the images have one).
fn top_level_rules(css: &str) -> Vec<(String, String)> {
    let mut rules = Vec::new();
    let (mut depth, mut start, mut selector) = (0usize, 0usize, String::new());
    for (i, c) in css.char_indices() {
        match c {
            '{' => {
                if depth == 0 {
                    selector = css[start..i].trim().to_string();
                    start = i + 1;
                }
                depth += 1;
            }
            '}' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    if !selector.starts_with('@') {
                        rules.push((selector.clone(), css[start..i].to_string()));
                    }
                    start = i + 1;
                }
            }
            _ => {}
        }
    }
    rules
}

fn declarations(body: &str) -> impl Iterator<Item = (String, String)> + '_ {
    body.split(';').filter_map(|d| {
        let (name, value) = d.split_once(':')?;
        Some((name.trim().to_string(), value.trim().to_string()))
    })
}

/// `var(--name)` and `var(--name, fallback)` replaced by the variables' values.
fn substitute(value: &str, vars: &HashMap<String, String>, depth: u8) -> String {
    let Some(start) = value.find("var(") else { return value.to_string() };
    let Some(len) = value[start..].find(')') else { return value.to_string() };
    let inner = &value[start + 4..start + len];
    let (name, fallback) = inner.split_once(',').map_or((inner, None), |(n, f)| (n, Some(f.trim())));
    let found = vars.get(name.trim()).map(String::as_str).or(fallback).unwrap_or("");
    let replaced = format!("{}{}{}", &value[..start], light(found), &value[start + len + 1..]);
    if depth > 8 { replaced } else { substitute(&replaced, vars, depth + 1) }
}

/// `light-dark(a, b)` → `a`.
fn light(value: &str) -> String {
    match value.trim().strip_prefix("light-dark(").and_then(|v| v.strip_suffix(')')) {
        Some(pair) => pair.split(',').next().unwrap_or("").trim().to_string(),
        None => value.to_string(),
    }
}

/// `calc(a * b)` of two numbers → their product (the one form the map's rules use).
fn evaluate_calc(value: &str) -> String {
    let Some(inner) = value.trim().strip_prefix("calc(").and_then(|v| v.strip_suffix(')')) else {
        return value.to_string();
    };
    let product: Option<f64> = inner.split('*').map(|n| n.trim().parse::<f64>().ok()).product();
    product.map_or(value.to_string(), |p| format!("{p}"))
}

fn image_error(file: &str, message: &str) -> PublishError {
    PublishError::Image { path: PathBuf::from("images").join(file), message: message.to_string() }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CSS: &str = "/* x */ :root { --bg: light-dark(#ffffff, #000000); --halo: var(--bg); --sea: #abcdef; }\n\
        .map .sea { fill: var(--sea); }\n.map .labels text { stroke: var(--halo); stroke-width: 3px; }\n\
        .map .status-planned .line { stroke-opacity: calc(0.45 * var(--fade, 1)); }\n\
        .map .leg:focus-visible .hit { stroke: red; }\n.panel { color: red; }\n.map-frame { width: 1px; }\n\
        .map .leg .line { stroke: var(--c); stroke-width: 2.5; }\n\
        @media (max-width: 499px) { .map .place-label { font-size: 11px; } }\n\
        .corridor-middle { --c: light-dark(#D55E00, #FF8F4D); }";

    #[test]
    fn print_style_resolves_variables_to_the_light_theme_and_keeps_map_rules_only() {
        let style = print_style(CSS);
        assert!(style.contains(".map .sea { fill: #abcdef }"), "{style}");
        assert!(style.contains(".map .labels text { stroke: #ffffff; stroke-width: 3px }"), "{style}");
        assert!(style.contains("stroke-opacity: 0.45"), "{style}");
        assert!(style.contains(".map .corridor-middle .line { stroke: #D55E00 }"), "{style}");
        assert!(style.contains(".map .leg .line { stroke-width: 2.5 }"), "{style}");
        for gone in ["focus-visible", ".panel", ".map-frame", "font-size: 11px", "var(", "stroke: ;"] {
            assert!(!style.contains(gone), "{gone} in {style}");
        }
    }

    #[test]
    fn rasterises_a_picture_at_its_scale() {
        let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><rect class="sea" width="20" height="10"/></svg>"##;
        let png =
            rasterise(svg, ".sea { fill: #abcdef }", 2.0, &Arc::new(usvg::fontdb::Database::new())).unwrap(); // ok: test code
        assert_eq!(&png[1..4], b"PNG");
        // Width and height, big-endian, in the IHDR chunk.
        assert_eq!(u32::from_be_bytes(png[16..20].try_into().unwrap()), 40); // ok: test code, 4 bytes
        assert_eq!(u32::from_be_bytes(png[20..24].try_into().unwrap()), 20); // ok: test code, 4 bytes
    }
}
