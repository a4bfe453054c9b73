//! The page shell in index.html shows the app's first screen before the wasm has arrived; its
//! texts must be the app's own, or the page would change under the reader when the app starts.

use corridor_explorer::i18n::{Key, Lang, tr};

#[test]
fn the_shell_says_what_the_app_says_in_both_languages() {
    let html = include_str!("../index.html");
    for key in [Key::AppTitle, Key::AppSubtitle, Key::EmbedButton, Key::LanguageSwitch, Key::Loading] {
        for (lang, code) in [(Lang::De, "de"), (Lang::En, "en")] {
            let span = format!("<span data-lang=\"{code}\">{}</span>", tr(lang, key));
            assert!(html.contains(&span), "index.html lacks {span}");
        }
    }
}

#[test]
fn the_shell_is_replaced_by_id_and_its_script_is_loaded_before_the_body() {
    let html = include_str!("../index.html");
    let (head, body) = html.split_once("<body>").expect("index.html has a body"); // ok: test code
    assert!(head.contains("<script src=\"shell.js\"></script>"), "shell.js must run before the first paint");
    assert!(body.contains("id=\"shell\""), "src/view/mod.rs removes #shell when the app starts");
}

#[test]
fn the_shell_script_preloads_the_files_the_app_fetches() {
    // A name that differs would download the file twice: once preloaded, once fetched.
    let script = include_str!("../public/shell.js");
    for url in [corridor_explorer::load::DATA_URL, corridor_explorer::load::BASEMAP_URL] {
        assert!(script.contains(&format!("'{url}'")), "public/shell.js does not preload {url}");
    }
}
