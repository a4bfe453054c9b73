//! What the page's address asks for: `?lang=de|en` and `?embed=1`. Unknown or malformed values
//! are ignored (and reported), never fatal: a shared link with a typo still shows the map.

use crate::i18n::Lang;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct UrlOptions {
    pub lang: Option<Lang>,
    /// Inside a newsroom article: compact, and the map must not trap page scrolling.
    pub embed: bool,
    /// Parameters that were not understood, as written.
    pub ignored: Vec<String>,
}

impl UrlOptions {
    /// Reads a query string such as `?embed=1&lang=en`.
    pub fn parse(query: &str) -> Self {
        let mut options = UrlOptions::default();
        for pair in query.trim_start_matches('?').split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            match (key, value) {
                ("lang", v) if Lang::from_tag(v).is_some() => options.lang = Lang::from_tag(v),
                ("embed", "1" | "true" | "") => options.embed = true,
                ("embed", "0" | "false") => options.embed = false,
                _ => options.ignored.push(pair.to_string()),
            }
        }
        options
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_language_and_embed() {
        let o = UrlOptions::parse("?embed=1&lang=en");
        assert_eq!((o.lang, o.embed, o.ignored.len()), (Some(Lang::En), true, 0));
        assert_eq!(UrlOptions::parse("").lang, None);
        assert!(UrlOptions::parse("?embed").embed);
    }

    #[test]
    fn odd_parameters_are_ignored_and_listed() {
        let o = UrlOptions::parse("?lang=fr&embed=maybe&&x=%3Cscript%3E&lang");
        assert_eq!(o.lang, None);
        assert!(!o.embed);
        assert_eq!(o.ignored, ["lang=fr", "embed=maybe", "x=%3Cscript%3E", "lang"]);
    }
}
