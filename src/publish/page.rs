//! A story's page from the built `index.html`: its head, its `<html>` attributes, its first
//! screen, each between markers, so that publishing again replaces what the last run wrote.

use super::{PublishError, file_error};
use crate::model::Dataset;
use crate::render::escape;
use crate::typeset::unbind;
use std::path::Path;

const HEAD: (&str, &str) = ("<!-- story-head -->", "<!-- /story-head -->");
const FIRST_SCREEN: (&str, &str) = ("<!-- first-screen -->", "<!-- /first-screen -->");
const POLICY: (&str, &str) = ("<!-- csp -->", "<!-- /csp -->");

/// The page's title, description, social-card tags (with whole addresses, as Open Graph asks),
/// oEmbed discovery links (the story's first language first: a CMS takes the first), and its
/// colours (`colour_rules`) as a stylesheet in the page, all with plain spaces (metadata, not
/// lines of text). `site` is the site's address, `page` this page's.
pub fn head(data: &Dataset, name: &str, colours: &str, site: &str, page: &str) -> String {
    let lang = data.story.languages.first().copied().unwrap_or_default();
    let title = escape(&crate::labels::document_title(data, lang));
    let standfirst = escape(&unbind(data.story.standfirst.get(lang)));
    let description = escape(&unbind(data.story.description.get(lang)));
    let card = escape(&format!("{site}images/{name}-{}-card.png", lang.tag()));
    let oembed: String = data
        .story
        .languages
        .iter()
        .map(|&l| {
            format!(
                r#"<link rel="alternate" type="application/json+oembed" href="{}" hreflang="{}" title="{}" />"#,
                escape(&format!("{site}{}", super::oembed::file(name, l))),
                l.tag(),
                escape(&unbind(data.story.title.get(l)))
            )
        })
        .collect();
    format!(
        concat!(
            r#"<title>{title}</title><meta name="description" content="{description}" />"#,
            r#"<meta property="og:type" content="article" /><meta property="og:title" content="{title}" />"#,
            r#"<meta property="og:url" content="{page}" />"#,
            r#"<meta property="og:description" content="{standfirst}" /><meta property="og:image" content="{card}" />"#,
            r#"<meta property="og:image:width" content="1200" /><meta property="og:image:height" content="630" />"#,
            r#"<meta name="twitter:card" content="summary_large_image" /><meta name="twitter:title" content="{title}" />"#,
            r#"<meta name="twitter:description" content="{standfirst}" /><meta name="twitter:image" content="{card}" />"#,
            r#"{oembed}<style>{colours}</style>"#
        ),
        title = title,
        description = description,
        standfirst = standfirst,
        page = escape(page),
        card = card,
        oembed = oembed,
        // Colour rules from checked colour codes: no `<` can end the element early.
        colours = colours,
    )
}

/// `template` with this story's head, `<html>` attributes and first screen.
pub fn fill(template: &str, data: &Dataset, name: &str, head: &str, shell: &str) -> Result<String, String> {
    let page = between(template, HEAD, head)?;
    let page = between(&page, FIRST_SCREEN, shell)?;
    let tags: Vec<&str> = data.story.languages.iter().map(|l| l.tag()).collect();
    let html = format!(
        r#"<html lang="{}" data-story="{}" data-languages="{}" data-basemap="{}">"#,
        tags.first().copied().unwrap_or("en"),
        escape(name),
        tags.join(" "),
        escape(&crate::load::basemap_url(data.story.basemap.as_deref()))
    );
    let start = page.find("<html").ok_or("the page has no <html> tag")?;
    let end = start + page[start..].find('>').ok_or("the page's <html> tag is not closed")? + 1;
    Ok(format!("{}{html}{}", &page[..start], &page[end..]))
}

/// `page` with its Content-Security-Policy `meta` element, which must come before the inline
/// elements it allows (the template has its marker at the top of the head).
pub fn with_policy(page: &str, meta: &str) -> Result<String, String> {
    between(page, POLICY, meta)
}

/// Replaces what is between the two markers (kept) with `content`.
fn between(page: &str, (open, close): (&str, &str), content: &str) -> Result<String, String> {
    let start = page.find(open).ok_or_else(|| format!("the page has no {open} marker"))? + open.len();
    let end = start + page[start..].find(close).ok_or_else(|| format!("the page has no {close} marker"))?;
    Ok(format!("{}{content}{}", &page[..start], &page[end..]))
}

/// The story's corridor colours, the rules the app adds too.
pub fn colour_rules(data: &Dataset) -> String {
    data.corridors.iter().map(|c| crate::render::marks::colour_rule(c) + "\n").collect()
}

/// The page's stylesheet as Trunk built it (`style-<hash>.css`).
pub fn stylesheet(site: &Path) -> Result<String, PublishError> {
    let entries = std::fs::read_dir(site).map_err(|e| file_error(site, e))?;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        if name.starts_with("style-") && name.ends_with(".css") {
            return std::fs::read_to_string(entry.path()).map_err(|e| file_error(&entry.path(), e));
        }
    }
    Err(PublishError::Page {
        path: site.to_path_buf(),
        message: "no style-*.css: build the site first".into(),
    })
}

/// Removes the files an earlier publish wrote for this story (`prefix…suffix`).
pub fn remove_old(site: &Path, prefix: &str, suffix: &str) -> Result<(), PublishError> {
    let entries = std::fs::read_dir(site).map_err(|e| file_error(site, e))?;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        if name.starts_with(prefix) && name.ends_with(suffix) {
            std::fs::remove_file(entry.path()).map_err(|e| file_error(&entry.path(), e))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_story::synthetic;

    const TEMPLATE: &str = "<!doctype html><html lang=\"de\"><head><!-- story-head --><title>old</title><!-- /story-head --></head>\
        <body><!-- first-screen --><div id=\"shell\">old</div><!-- /first-screen --></body></html>";

    #[test]
    fn fills_each_marked_part_and_can_fill_again() {
        let (data, _) = synthetic();
        let once =
            fill(TEMPLATE, &data, "synthetic", "<title>new</title>", "<div id=\"shell\">new</div>").unwrap(); // ok: test code
        let twice =
            fill(&once, &data, "synthetic", "<title>new</title>", "<div id=\"shell\">new</div>").unwrap(); // ok: test code
        assert_eq!(once, twice);
        assert!(once.contains("<!-- story-head --><title>new</title><!-- /story-head -->"));
        assert!(!once.contains("old"));
        let tags: Vec<&str> = data.story.languages.iter().map(|l| l.tag()).collect();
        assert!(once.contains(&format!(
            r#"data-story="synthetic" data-languages="{}" data-basemap="data/"#,
            tags.join(" ")
        )));
    }

    #[test]
    fn a_page_without_markers_is_refused_by_name() {
        let (data, _) = synthetic();
        let error = fill("<html><body></body></html>", &data, "s", "", "").unwrap_err();
        assert!(error.contains("<!-- story-head -->"), "{error}");
    }

    #[test]
    fn the_head_names_the_card_and_escapes_texts() {
        let (mut data, _) = synthetic();
        let lang = data.story.languages[0];
        data.story.title = crate::model::Text::from_pairs([(lang, "A & \"B\"".to_string())]);
        let site = "https://x.org/g/";
        let head =
            head(&data, "synthetic", ".corridor-a { --c: red; }", site, "https://x.org/g/synthetic.html");
        assert!(head.contains("<title>A &amp; &quot;B&quot; – corridor-explorer</title>"), "{head}");
        assert!(
            head.contains(&format!(r#"content="https://x.org/g/images/synthetic-{}-card.png""#, lang.tag()))
        );
        assert!(head.contains(r#"<meta property="og:url" content="https://x.org/g/synthetic.html" />"#));
        let first = head.find("application/json+oembed").unwrap_or(usize::MAX); // ok: test code
        assert!(head[first..].starts_with(&format!(
            r#"application/json+oembed" href="https://x.org/g/oembed-synthetic-{}.json""#,
            lang.tag()
        )));
        assert_eq!(head.matches("json+oembed").count(), data.story.languages.len());
        assert!(head.ends_with("<style>.corridor-a { --c: red; }</style>"), "{head}");
    }

    #[test]
    fn the_policy_goes_between_its_markers_and_a_page_without_them_is_refused() {
        let page = "<head><meta charset=\"utf-8\" /><!-- csp --><!-- /csp --><style>a{}</style></head>";
        let meta = crate::publish::csp::meta("style-src 'self'");
        let once = with_policy(page, &meta).unwrap(); // ok: test code
        assert_eq!(with_policy(&once, &meta).unwrap(), once); // ok: test code
        assert!(once.find(&meta).unwrap_or(usize::MAX) < once.find("<style>").unwrap_or(0)); // ok: test code
        assert!(with_policy("<head></head>", &meta).unwrap_err().contains("<!-- csp -->")); // ok: test code
    }
}
