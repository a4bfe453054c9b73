//! `oembed-<story>-<lang>.json`: the story's oEmbed answer (type `rich`) for each of its
//! languages, written at build time, so that a CMS that discovers it (the page's
//! `<link rel="alternate" type="application/json+oembed">`) embeds the map — the part an article
//! wants in one place — with its no-script picture and its social card as the thumbnail. A host
//! needs no oEmbed server: the page links the file itself, and an endpoint that answers
//! `?url=` is one rewrite to it (README, "Embedding").

use crate::embed::{self, Fallback};
use crate::i18n::{Key, Lang, tr};
use crate::model::Dataset;
use crate::part::Part;
use crate::render::first_screen::part_image;
use crate::url::UrlState;
use serde::Serialize;

/// What the oEmbed answer embeds: the map with its legend and year, an article's usual part.
pub const PART: Part = Part::Map;
/// The width the answer states (the iframe itself takes its column's width).
const WIDTH: u32 = 640;

/// The fields of oEmbed 1.0's `rich` type (oembed.com, §2.3.4 and §2.3.5).
#[derive(Serialize)]
struct Answer<'a> {
    version: &'a str,
    #[serde(rename = "type")]
    kind: &'a str,
    title: &'a str,
    provider_name: &'a str,
    provider_url: &'a str,
    html: String,
    width: u32,
    height: u32,
    thumbnail_url: String,
    thumbnail_width: u32,
    thumbnail_height: u32,
    cache_age: u32,
}

/// The answer's file name.
pub fn file(story: &str, lang: Lang) -> String {
    format!("oembed-{story}-{}.json", lang.tag())
}

/// The oEmbed answer for `page` (the story's page, absolute) in `lang`; `site` is the site's
/// address, ending in `/`.
pub fn answer(data: &Dataset, story: &str, page: &str, site: &str, lang: Lang) -> String {
    let state = UrlState { lang: Some(lang), part: Some(PART), ..UrlState::default() };
    // Metadata a CMS files and searches: plain spaces.
    let title = &crate::typeset::unbind(data.story.title.get(lang));
    let (image, size) = part_image(story, lang, PART, "png");
    let fallback =
        Fallback::new(page, &image, size, data.story.description.get(lang), tr(lang, Key::OpenInteractive));
    let height = PART.initial_height();
    let html = format!("{}{}", embed::iframe(page, &state, title, height), fallback.noscript(page, &state));
    let answer = Answer {
        version: "1.0",
        kind: "rich",
        title,
        provider_name: "corridor-explorer",
        provider_url: site,
        html,
        width: WIDTH,
        height,
        thumbnail_url: format!("{site}images/{story}-{}-card.png", lang.tag()),
        thumbnail_width: 1200,
        thumbnail_height: 630,
        cache_age: 3600,
    };
    // A struct of strings and numbers always serialises.
    serde_json::to_string_pretty(&answer).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_story::synthetic;

    #[test]
    fn a_rich_answer_that_iframes_the_map_of_the_page_in_its_language() {
        let (data, _) = synthetic();
        let site = "https://graphics.example.org/corridors/";
        let text = answer(&data, "synthetic", &format!("{site}synthetic.html"), site, Lang::En);
        let json: serde_json::Value = serde_json::from_str(&text).unwrap(); // ok: test code
        assert_eq!((json["version"].as_str(), json["type"].as_str()), (Some("1.0"), Some("rich")));
        assert_eq!(json["title"], "A story for the tests");
        assert_eq!(json["provider_url"], site);
        let html = json["html"].as_str().unwrap_or_default();
        assert!(html.starts_with(
            "<iframe src=\"https://graphics.example.org/corridors/synthetic.html?lang=en&amp;embed=1&amp;id=corridor-explorer&amp;part=map\""
        ), "{html}");
        assert!(html.contains(
            "<noscript><a href=\"https://graphics.example.org/corridors/synthetic.html?lang=en\">"
        ));
        assert!(html.contains("src=\"https://graphics.example.org/corridors/images/synthetic-en.png\""));
        assert_eq!(
            json["thumbnail_url"],
            "https://graphics.example.org/corridors/images/synthetic-en-card.png"
        );
        assert_eq!((json["width"].as_u64(), json["height"].as_u64()), (Some(640), Some(640)));
        assert_eq!(file("synthetic", Lang::De), "oembed-synthetic-de.json");
    }
}
