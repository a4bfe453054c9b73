//! The page's first screen, written at build time (`./run publish`) into each story's page: the
//! title, standfirst, legend and the finished map with its names and attribution, in every
//! language of the story (the page's script and stylesheet show the reader's before the first
//! paint), so the reader sees the map before a byte of the program has arrived.
//!
//! The map itself is a file of its own per layout (`map_file`), which the page's script fetches
//! for the frame's width once the page's first paint has shown the heading, and puts in place:
//! in the page it would be 40 KB (both layouts) that every reader downloads before the first
//! paint of the heading; apart, the heading paints first and the one map needed follows (about
//! 20 KB). Without scripts the frame shows the map as an image (`<noscript>`, the layout chosen
//! by width).
//!
//! Its markup is the app's (classes, order, the map from `map_svg`), so that the app, when it
//! has drawn its own map, replaces this one with nothing moving (`view::mount`).

use super::escape;
use super::insets;
use super::map_svg::{self, Shown};
use super::marks;
use crate::basemap::Basemap;
use crate::geometry::Scene;
use crate::geometry::naming::{Lettering, Names};
use crate::geometry::scale_bar::MAX_PX;
use crate::geometry::scene::map_height;
use crate::i18n::{Key, Lang, tr};
use crate::model::{Dataset, Status};
use crate::part::Part;
use crate::render::panel_svg::WIDTH as PANEL_WIDTH;

/// A layout the map is drawn for: its width in CSS pixels where the app's map has exactly that
/// width (a 390 px phone and a 1280 px desktop window, both measured), so that there the app
/// draws the same path data and the same names. At other widths the stylesheet scales the
/// static map to its frame, which has the same aspect ratio.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Layout {
    /// `phone` or `desktop`: the class the stylesheet shows below or above 500 px of map.
    pub name: &'static str,
    pub width: f64,
}

impl Layout {
    pub fn height(self) -> f64 {
        map_height(self.width)
    }
}

/// The map's width as the app measures it (whole pixels, `view/measure.rs`) in a 390 px window
/// (16 px margins) and in a 1280 px one (1248 px of content shared 1.6 : 1 with the panels
/// across a 28 px gap: 750.8 px).
pub const LAYOUTS: [Layout; 2] =
    [Layout { name: "phone", width: 358.0 }, Layout { name: "desktop", width: 751.0 }];

/// One layout's map, drawn: its scene and the names placed in each of the story's languages.
pub struct Drawn {
    pub layout: Layout,
    pub scene: Scene,
    /// Names, annotations and the inset's names placed in each of the story's languages.
    pub names: Vec<(Lang, Lettering)>,
}

impl Drawn {
    pub fn new(data: &Dataset, basemap: &Basemap, layout: Layout) -> Self {
        let scene = still(Scene::build(data, basemap, layout.width, layout.height()), basemap);
        let zoom = Shown::opening(data).zoom;
        let names = data
            .story
            .languages
            .iter()
            .map(|&lang| (lang, Names::new(data, basemap, &scene, lang).letter(zoom)))
            .collect();
        Self { layout, scene, names }
    }

    /// The standalone map (an SVG file) in `lang`.
    pub fn standalone(&self, data: &Dataset, lang: Lang, style: &str) -> String {
        let empty = Lettering::default();
        map_svg::standalone(
            data,
            &self.scene,
            self.lettering(lang).unwrap_or(&empty),
            lang,
            Shown::opening(data),
            style,
        )
    }

    /// What is written on the map in `lang`.
    pub fn lettering(&self, lang: Lang) -> Option<&Lettering> {
        self.names.iter().find(|(l, _)| *l == lang).map(|(_, n)| n)
    }

    /// The map for the page (the file `map_file` names): sized by its frame, with one group of
    /// names per language.
    pub fn in_page(&self, data: &Dataset) -> String {
        // Named by the page's description, in the reader's language, rather than in one language.
        let class = format!("map static-map layout-{}", self.layout.name);
        let open = map_svg::open_tag(&self.scene, &class, r#"aria-labelledby="shell-map-description""#, true);
        let mut out = open + &map_svg::basemap(&self.scene, Shown::opening(data).zoom);
        for (lang, lettering) in &self.names {
            out += &map_svg::area_labels(&lettering.areas, Some(*lang));
        }
        out += &map_svg::routes(data, &self.scene, Shown::opening(data));
        for (lang, lettering) in &self.names {
            out += &map_svg::place_labels(&lettering.places, Some(*lang));
            out += &map_svg::callout_group(&lettering.callouts, Some(*lang));
        }
        out += &insets::inset(data, &self.scene, Shown::opening(data));
        for (lang, lettering) in &self.names {
            out += &insets::inset_labels(&lettering.inset, Some(*lang));
        }
        let zoom = Shown::opening(data).zoom;
        out += &insets::locator(&self.scene, zoom);
        if let Some(bar) = crate::geometry::scale_bar::scale_bar(&self.scene, zoom, MAX_PX) {
            for (lang, _) in &self.names {
                let drawn = map_svg::scale_bar(&bar, self.scene.width, self.scene.height, *lang);
                out += &format!(r#"<g data-lang="{}">{drawn}</g>"#, lang.tag());
            }
        }
        out + "</svg>"
    }
}

/// `scene` for a picture that never moves: its basemap clipped to the picture (and 2 px around
/// it, so no stroke ends inside), which makes the page a third of the size. Inside the picture
/// land and borders are the app's to the pixel.
pub fn still(scene: Scene, basemap: &Basemap) -> Scene {
    let (land, borders) = scene.basemap_in_view(basemap, 2.0);
    Scene { land, borders, ..scene }
}

/// The site's file of the map drawn for `layout` (`Drawn::in_page`); the fingerprint in its name
/// lets a host cache it for good.
pub fn map_file(story: &str, layout: Layout, fingerprint: &str) -> String {
    format!("maps/{story}-{}-{}.svg", layout.name, &fingerprint[..fingerprint.len().min(8)])
}

/// The standalone map image in `lang` for `layout` (the desktop's is the one other places use).
pub fn image_file(story: &str, layout: Layout, lang: Lang) -> String {
    match layout.name {
        "desktop" => format!("images/{story}-{}.svg", lang.tag()),
        other => format!("images/{story}-{}-{other}.svg", lang.tag()),
    }
}

/// The still picture of `part` in `lang` as PNG (`ext` "png") or SVG, and its size in pixels
/// (PNGs are drawn at twice the CSS size): the desktop map for the map and for everything, the
/// panel's own picture (`render::panel_svg`, as tall as its text) for a panel.
pub fn part_image(story: &str, lang: Lang, part: Part, ext: &str) -> (String, (u32, Option<u32>)) {
    match part.panel() {
        Some(panel) => {
            (format!("images/{story}-{}-{}.{ext}", lang.tag(), panel.code()), (2 * PANEL_WIDTH as u32, None))
        }
        None => {
            let desktop = LAYOUTS[1];
            let size = (2 * desktop.width as u32, Some(2 * desktop.height().round() as u32));
            (format!("images/{story}-{}.{ext}", lang.tag()), size)
        }
    }
}

/// Below this window width the map is less than 500 px wide (one column below 960 px, 16 px
/// margins): the phone layout, for `<picture>`, which cannot query the map's container.
const PHONE_WINDOW: &str = "(max-width: 531.98px)";

/// The first screen of `story` (its file name), as the page's `#shell` element. `fingerprint`
/// identifies the data it was drawn from (`crate::fingerprint`), so the app knows whether it
/// replaces it with the same map or with a newer one.
pub fn shell(data: &Dataset, story: &str, fingerprint: &str, drawn: &[Drawn]) -> String {
    let languages = &data.story.languages;
    let t = |key: Key| spans(languages, |l| tr(l, key).to_string());
    format!(
        concat!(
            r#"<div class="app shell" id="shell" data-story="{story}" data-fingerprint="{fingerprint}">"#,
            r#"<header class="masthead"><h1>{title}</h1><p class="subtitle">{standfirst}</p>"#,
            r#"<div class="masthead-actions" aria-hidden="true"><button type="button" class="embed-open" disabled>{embed}</button>{switches}</div></header>"#,
            r#"<main><p class="failure start-failed" role="alert">{failed}</p>"#,
            r#"<p class="status shell-loading" role="status">{loading}</p>"#,
            r#"<div class="map-figure shell-placeholder" aria-hidden="true"><div class="map-frame map-placeholder"></div></div>"#,
            r#"<div class="explorer"><div class="map-column">{legend}"#,
            r#"<figure class="map-figure"><div class="map-frame map-placeholder"{maps}>{picture}</div><figcaption>"#,
            r#"<p id="shell-map-description" class="map-description">{description}</p>"#,
            r#"<p class="map-keys">{keys}</p><p class="attribution">{attribution}</p></figcaption></figure>"#,
            r#"</div><div class="panel-column"></div></div>"#,
            r#"<noscript><p class="no-script">{no_script} <a href="{data}">{data}</a></p></noscript></main></div>"#
        ),
        story = escape(story),
        fingerprint = escape(fingerprint),
        title = spans(languages, |l| data.story.title.get(l).to_string()),
        standfirst = spans(languages, |l| data.story.standfirst.get(l).to_string()),
        embed = t(Key::EmbedButton),
        switches = switches(languages),
        failed = t(Key::StartFailed),
        loading = t(Key::Loading),
        legend = legend(data),
        maps = drawn
            .iter()
            .map(|d| format!(
                r#" data-map-{}="{}""#,
                d.layout.name,
                escape(&map_file(story, d.layout, fingerprint))
            ))
            .collect::<String>(),
        picture = no_script_picture(data, story, drawn),
        description = spans(languages, |l| data.story.description.get(l).to_string()),
        keys = t(Key::MapKeys),
        attribution = t(Key::Attribution),
        no_script = t(Key::NoScript),
        data = escape(&crate::load::story_url(story)),
    )
}

/// The map as an image for readers without scripts, in the story's first language: the phone
/// layout's below `PHONE_WINDOW`, the desktop's above.
fn no_script_picture(data: &Dataset, story: &str, drawn: &[Drawn]) -> String {
    let lang = data.story.languages.first().copied().unwrap_or_default();
    let (Some(phone), Some(desktop)) = (drawn.first(), drawn.last()) else { return String::new() };
    format!(
        r#"<noscript><picture><source media="{PHONE_WINDOW}" srcset="{}" /><img class="static-map-image" src="{}" alt="{}" width="{}" height="{:.0}" /></picture></noscript>"#,
        escape(&image_file(story, phone.layout, lang)),
        escape(&image_file(story, desktop.layout, lang)),
        escape(data.story.description.get(lang)),
        desktop.layout.width,
        desktop.layout.height(),
    )
}

/// The legend as the app draws it: a (not yet working) toggle per corridor, the line styles.
fn legend(data: &Dataset) -> String {
    let languages = &data.story.languages;
    let swatch = r#"<svg class="swatch" width="28" height="10" aria-hidden="true"><line x1="1" y1="5" x2="27" y2="5"/></svg>"#;
    let toggles: String = data
        .corridor_ids()
        .map(|c| {
            let class = marks::corridor_class(data, Some(c));
            let name = spans(languages, |l| crate::labels::corridor(data, l, c).to_string());
            format!(
                r#"<li><button type="button" class="route-toggle {class}" aria-pressed="true" disabled>{swatch}{name}</button></li>"#
            )
        })
        .collect();
    let keys: String = line_styles(data)
        .into_iter()
        .map(|(class, key)| {
            let name = spans(languages, |l| tr(l, key).to_string());
            format!(r#"<li class="line-key key-{class}">{swatch}{name}</li>"#)
        })
        .collect();
    // The key to line widths, in each language (markup: a swatch and the text).
    let flows = crate::figures::flow::Flows::of(data).map(|flows| {
        let year = data.opening_year();
        let each: String = languages
            .iter()
            .map(|&l| format!(r#"<span data-lang="{}">{}</span>"#, l.tag(), marks::flow_key(&flows, l, year)))
            .collect();
        format!(r#"<li class="line-key key-flow">{each}</li>"#)
    });
    let keys = keys + &flows.unwrap_or_default();
    // The app's button that starts the story's steps (`view/steps.rs`), in its place.
    let count = data.story.steps.len();
    let start = if count > 0 {
        let text =
            spans(languages, |l| crate::i18n::message(l, crate::i18n::Msg::StepsStart, &[("count", &count)]));
        format!(r#"<button type="button" class="step-start" disabled>{text} ›</button>"#)
    } else {
        String::new()
    };
    format!(
        r#"<div class="legend"><div class="legend-head"><p class="legend-hint">{}</p>{start}</div><ul class="route-toggles">{toggles}</ul><ul class="line-keys">{keys}</ul></div>"#,
        spans(languages, |l| tr(l, Key::LegendHint).to_string())
    )
}

/// The line styles the legend explains: rail and ferry always, planned and discussed where a
/// leg has that status (`view/legend.rs` makes the same choice).
pub fn line_styles(data: &Dataset) -> Vec<(&'static str, Key)> {
    let mut styles = vec![("rail", Key::KeyRail), ("ferry", Key::KeyFerry)];
    if data.legs.iter().any(|l| l.status == Status::Planned) {
        styles.push(("planned", Key::KeyPlanned));
    }
    if data.legs.iter().any(|l| l.status == Status::Discussed) {
        styles.push(("discussed", Key::KeyDiscussed));
    }
    styles
}

/// A button per language of the story; the stylesheet hides the reader's own.
fn switches(languages: &[Lang]) -> String {
    languages
        .iter()
        .map(|l| {
            format!(
                r#"<button type="button" class="lang-switch" lang="{}" disabled>{}</button>"#,
                l.tag(),
                l.locale().name
            )
        })
        .collect()
}

/// One `<span data-lang>` per language; the stylesheet shows the page's.
fn spans(languages: &[Lang], text: impl Fn(Lang) -> String) -> String {
    languages
        .iter()
        .map(|&l| format!(r#"<span data-lang="{}">{}</span>"#, l.tag(), escape(&text(l))))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_story::synthetic;

    fn page() -> (Dataset, String) {
        let (data, basemap) = synthetic();
        let drawn: Vec<Drawn> = LAYOUTS.iter().map(|&l| Drawn::new(&data, &basemap, l)).collect();
        let html = shell(&data, "synthetic", "f00", &drawn);
        (data, html)
    }

    #[test]
    fn has_the_title_legend_and_the_map_files_for_both_layouts_in_every_language() {
        let (data, html) = page();
        for &lang in &data.story.languages {
            let title =
                format!(r#"<span data-lang="{}">{}</span>"#, lang.tag(), escape(data.story.title.get(lang)));
            assert!(html.contains(&title), "{lang:?}: {title}");
        }
        for layout in LAYOUTS {
            let file = format!(r#"data-map-{}="maps/synthetic-{}-f00.svg""#, layout.name, layout.name);
            assert!(html.contains(&file), "{file}");
        }
        let first = data.story.languages[0].tag();
        assert!(
            html.contains(&format!(r#"<img class="static-map-image" src="images/synthetic-{first}.svg""#))
        );
        assert!(html.contains(&format!(r#"srcset="images/synthetic-{first}-phone.svg""#)));
        assert_eq!(html.matches("route-toggle corridor-").count(), data.corridors.len());
        assert!(html.contains(r#"data-fingerprint="f00""#));
    }

    #[test]
    fn the_maps_are_the_scenes_the_app_builds_at_those_widths_with_names_in_every_language() {
        let (data, basemap) = synthetic();
        for layout in LAYOUTS {
            let html = Drawn::new(&data, &basemap, layout).in_page(&data);
            assert!(!html.contains("aria-label="), "labelled by the page's description");
            for &lang in &data.story.languages {
                let group = format!(r#"<g class="labels" aria-hidden="true" data-lang="{}""#, lang.tag());
                assert_eq!(html.matches(&group).count(), 1, "{lang:?}");
            }
            let scene = Scene::build(&data, &basemap, layout.width, map_height(layout.width));
            assert!(html.contains(&format!(r#"viewBox="0 0 {} {}""#, scene.width, scene.height)));
            assert!(html.contains(&still(scene.clone(), &basemap).land));
            for leg in &scene.legs {
                assert!(html.contains(&format!(r#"<path class="line" d="{}"/>"#, leg.d)), "{}", leg.id);
            }
        }
    }

    #[test]
    fn line_styles_follow_the_statuses_the_legs_have() {
        let (mut data, _) = synthetic();
        for leg in &mut data.legs {
            leg.status = Status::Operating;
        }
        assert_eq!(line_styles(&data).len(), 2);
        data.legs[0].status = Status::Discussed;
        assert_eq!(line_styles(&data).last().map(|s| s.0), Some("discussed"));
    }
}
