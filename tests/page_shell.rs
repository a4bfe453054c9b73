//! The page shell in index.html shows the default story's first screen before the wasm has
//! arrived; its texts must be the app's own, or the page would change under the reader when the
//! app starts.

use corridor_explorer::i18n::{Key, Lang, tr};
use corridor_explorer::load::{DEFAULT_STORY, basemap_url, story_url};

const HTML: &str = include_str!("../index.html");

fn default_story() -> corridor_explorer::model::Dataset {
    let text = include_str!("../data/corridors.geojson");
    corridor_explorer::dataset::read(text).expect("the default story validates").dataset
}

#[test]
fn the_shell_says_what_the_app_says_in_every_language() {
    let story = default_story().story;
    for lang in Lang::ALL {
        let code = lang.tag();
        for text in [
            story.title.get(lang),
            story.standfirst.get(lang),
            tr(lang, Key::EmbedButton),
            tr(lang, Key::Loading),
        ] {
            let span = format!("<span data-lang=\"{code}\">{text}</span>");
            assert!(HTML.contains(&span), "index.html lacks {span}");
        }
        let button = format!(
            "<button type=\"button\" class=\"lang-switch\" lang=\"{code}\" disabled>{}</button>",
            lang.locale().name
        );
        assert!(HTML.contains(&button), "index.html lacks {button}");
    }
    assert!(HTML.contains(&format!("data-story=\"{DEFAULT_STORY}\"")));
}

#[test]
fn the_shell_is_replaced_by_id_and_its_script_is_loaded_before_the_body() {
    let (head, body) = HTML.split_once("<body>").expect("index.html has a body"); // ok: test code
    assert!(head.contains("<script src=\"shell.js\"></script>"), "shell.js must run before the first paint");
    assert!(body.contains("id=\"shell\""), "src/view/mod.rs removes #shell when the app starts");
}

#[test]
fn the_shell_script_preloads_the_files_the_app_fetches() {
    // A name that differs would download the file twice: once preloaded, once fetched.
    let script = include_str!("../public/shell.js");
    let basemap = default_story().story.basemap;
    for url in [story_url(DEFAULT_STORY), basemap_url(basemap.as_deref())] {
        assert!(script.contains(&format!("'{url}'")), "public/shell.js does not preload {url}");
    }
    assert!(script.contains("['de', 'en', 'ru']"), "shell.js picks among the interface languages");
}
