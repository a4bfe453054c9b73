//! `./run publish` on a site made of this repository's page, stylesheet and data: each story's
//! page gets its first screen in every language, its head and its images; the page's script
//! preloads the files the app fetches. Texts are read from the data, never written here, so
//! that an editor's correction does not break this test.
#![cfg(not(target_arch = "wasm32"))]

use corridor_explorer::dataset;
use corridor_explorer::i18n::{Key, tr};
use corridor_explorer::load::{DEFAULT_STORY, basemap_url};
use corridor_explorer::publish::publish;
use corridor_explorer::render::escape;
use std::path::{Path, PathBuf};

/// Where the test site would be served.
const SITE: &str = "https://graphics.example.org/corridors/";

/// A site as Trunk builds it, in a fresh directory: index.html, a style-*.css and data/.
fn site(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("corridor-explorer-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("data")).unwrap();
    std::fs::copy("index.html", dir.join("index.html")).unwrap();
    std::fs::copy("public/style.css", dir.join("style-test.css")).unwrap();
    for entry in std::fs::read_dir("data").unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.join("data").join(path.file_name().unwrap())).unwrap();
    }
    dir
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Width and height from a PNG's header.
fn png_size(path: &Path) -> (u32, u32) {
    let bytes = std::fs::read(path).unwrap();
    assert_eq!(&bytes[1..4], b"PNG", "{}", path.display());
    let at = |i: usize| u32::from_be_bytes(bytes[i..i + 4].try_into().unwrap());
    (at(16), at(20))
}

#[test]
fn every_story_gets_its_page_first_screen_head_and_images_and_a_second_run_changes_nothing() {
    let dir = site("publish");
    let written = publish(&dir, DEFAULT_STORY, SITE).expect("publishes");
    for story in ["corridors", "instc"] {
        let data = dataset::read(&read(&dir.join(format!("data/{story}.geojson")))).unwrap().dataset;
        let page = read(&dir.join(if story == DEFAULT_STORY {
            "index.html".into()
        } else {
            format!("{story}.html")
        }));
        for &lang in &data.story.languages {
            let tag = lang.tag();
            for text in
                [data.story.title.get(lang), data.story.standfirst.get(lang), tr(lang, Key::EmbedButton)]
            {
                let span = format!("<span data-lang=\"{tag}\">{}</span>", escape(text));
                assert!(page.contains(&span), "{story}: no {span}");
            }
            let button = format!(
                "<button type=\"button\" class=\"lang-switch\" lang=\"{tag}\" disabled>{}</button>",
                lang.locale().name
            );
            assert!(page.contains(&button), "{story}: no {button}");
            assert_eq!(png_size(&dir.join(format!("images/{story}-{tag}-card.png"))), (1200, 630));
            // The desktop layout's map at twice its size (resvg rounds the height up).
            let desktop = corridor_explorer::render::first_screen::LAYOUTS[1];
            let size = ((desktop.width * 2.0) as u32, (desktop.height() * 2.0).ceil() as u32);
            assert_eq!(png_size(&dir.join(format!("images/{story}-{tag}.png"))), size);
            assert!(read(&dir.join(format!("images/{story}-{tag}.svg"))).contains("class=\"line\""));
            for panel in corridor_explorer::panel::Panel::ALL {
                let file = format!("images/{story}-{tag}-{}.png", panel.code());
                assert_eq!(png_size(&dir.join(&file)).0, 1200, "{file}");
                let svg = read(&dir.join(file.replace(".png", ".svg")));
                assert!(svg.contains(&escape(corridor_explorer::labels::panel(lang, panel))), "{file}");
            }
            let answer: serde_json::Value =
                serde_json::from_str(&read(&dir.join(format!("oembed-{story}-{tag}.json")))).unwrap();
            assert_eq!(
                answer["title"].as_str(),
                Some(corridor_explorer::typeset::unbind(data.story.title.get(lang)).as_str())
            );
            let page_url =
                if story == DEFAULT_STORY { SITE.to_string() } else { format!("{SITE}{story}.html") };
            let iframe = format!(
                "<iframe src=\"{page_url}?lang={tag}&amp;embed=1&amp;id=corridor-explorer&amp;part=map\""
            );
            assert!(
                answer["html"].as_str().unwrap().starts_with(&iframe),
                "{story} {tag}: {}",
                answer["html"]
            );
            assert!(page.contains(&format!("href=\"{SITE}oembed-{story}-{tag}.json\" hreflang=\"{tag}\"")));
        }
        assert!(page.contains(&format!("data-story=\"{story}\"")), "{story}");
        let first = data.story.languages[0].tag();
        assert!(page.contains(&format!(
            "<meta property=\"og:image\" content=\"{SITE}images/{story}-{first}-card.png\" />"
        )));
        assert!(page.contains(&format!("data-basemap=\"{}\"", basemap_url(data.story.basemap.as_deref()))));
        for layout in corridor_explorer::render::first_screen::LAYOUTS {
            let attribute = format!("data-map-{}=\"", layout.name);
            let at =
                page.find(&attribute).unwrap_or_else(|| panic!("{story}: no {attribute}")) + attribute.len();
            let file = &page[at..at + page[at..].find('"').unwrap()];
            let map = read(&dir.join(file));
            assert!(
                map.contains(&format!("class=\"map static-map layout-{}\"", layout.name)),
                "{story}: {file}"
            );
            assert!(map.matches("<g class=\"leg ").count() == data.legs.len(), "{story}: {file}");
        }
        assert!(dir.join(format!("images/{story}-{first}-phone.svg")).exists(), "{story}: the phone image");
        assert_eq!(page.matches("<!-- first-screen -->").count(), 1);
        // The story's colours are in the page, allowed by the page's own policy and the hosts'.
        let meta = "<meta http-equiv=\"Content-Security-Policy\" content=\"";
        let at = page.find(meta).unwrap_or_else(|| panic!("{story}: no policy")) + meta.len();
        let policy = &page[at..at + page[at..].find('"').unwrap()];
        let header = read(&dir.join(corridor_explorer::publish::csp::HEADER_FILE));
        assert_eq!(
            policy.matches("'sha256-").count(),
            1,
            "{story}: one inline style in the test's page: {policy}"
        );
        let hash = &policy[policy.find("'sha256-").unwrap()..];
        let hash = &hash[..hash[1..].find('\'').unwrap() + 2];
        assert!(header.contains(hash), "{story}: the header file allows the page's style");
        assert!(page.find(meta).unwrap() < page.find("<style>").unwrap(), "{story}: the policy comes first");
        assert!(!policy.contains("unsafe-inline"), "{story}: {policy}");
        assert!(
            !page.contains("href=\"story-"),
            "{story}: the colours are in the page, not a file of their own"
        );
    }
    let index = read(&dir.join("index.html"));
    assert!(publish(&dir, DEFAULT_STORY, SITE).unwrap().len() == written.len());
    assert_eq!(read(&dir.join("index.html")), index, "publishing again gives the same page");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_story_with_errors_is_not_published_and_the_message_names_its_file() {
    let dir = site("invalid");
    std::fs::write(
        dir.join("data/broken.geojson"),
        r#"{"type": "FeatureCollection", "story": {}, "features": []}"#,
    )
    .unwrap();
    let error = publish(&dir, DEFAULT_STORY, SITE).unwrap_err().to_string();
    assert!(error.contains("broken.geojson") && error.contains("not valid"), "{error}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_page_loads_its_script_before_the_body_and_the_script_fetches_what_the_app_fetches() {
    let html = read(Path::new("index.html"));
    let (head, body) = html.split_once("<body>").expect("index.html has a body");
    assert!(head.contains("<script src=\"shell.js\"></script>"), "shell.js must run before the first paint");
    assert!(head.contains("<!-- story-head -->") && body.contains("<!-- first-screen -->"));
    // A name that differs would download a file twice: once preloaded, once fetched.
    let script = read(Path::new("public/shell.js"));
    assert_eq!(corridor_explorer::load::story_url("x"), "data/x.geojson");
    assert!(
        script.contains("'data/' + page + '.geojson'") && script.contains("'data/' + other + '.geojson'")
    );
    assert!(script.contains("['de', 'en', 'ru']"), "shell.js picks among the interface languages");
}
