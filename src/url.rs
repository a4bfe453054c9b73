//! The reader's state as the page's address holds it, so that a shared link shows the same
//! thing: `?story=instc&lang=en&panel=transit&year=2024&route=aktau-alat&view=2,0.41,0.55&theme=dark`,
//! plus `embed=1`, the embed `id` for the height messages and the `part` an embed shows.
//!
//! Unknown or malformed parameters are kept in `ignored` (the page says so in a small note),
//! never fatal: a link with a typo still shows the map.

use crate::geometry::zoom::{MAX_SCALE, MIN_SCALE, MapView};
use crate::i18n::Lang;
use crate::model::TIMELINE;
use crate::panel::Panel;
use crate::part::Part;

/// A colour scheme forced by the address (else the reader's system setting applies).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
}

impl Theme {
    pub fn code(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct UrlState {
    /// Which story: `data/<story>.geojson`; none, the default story.
    pub story: Option<String>,
    pub lang: Option<Lang>,
    /// Inside a newsroom article: compact, and the map must not trap page scrolling.
    pub embed: bool,
    /// The name the embed reports its height under (`datawrapper-height`).
    pub id: Option<String>,
    pub theme: Option<Theme>,
    /// What an embed shows; none, everything.
    pub part: Option<Part>,
    pub panel: Option<Panel>,
    pub year: Option<u16>,
    /// A selected leg's id (checked against the dataset once it is loaded).
    pub route: Option<String>,
    /// A selected place's id.
    pub place: Option<String>,
    pub view: Option<MapView>,
    /// The story step shown (an id of the story's `steps`, checked once it is loaded).
    pub step: Option<String>,
    /// Pym.js's `childId`, when a Pym parent made the iframe: heights are then reported to it
    /// in its protocol. Read, never written back, like Pym's other parameters.
    pub pym_child: Option<String>,
    /// Parameters that were not understood, as written.
    pub ignored: Vec<String>,
}

impl UrlState {
    /// Reads a query string such as `?embed=1&lang=en`.
    pub fn parse(query: &str) -> Self {
        let mut state = UrlState::default();
        for pair in query.trim_start_matches('?').split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            if !state.read(key, value) {
                state.ignored.push(pair.to_string());
            }
        }
        state
    }

    /// Takes one parameter; false if it is not understood.
    fn read(&mut self, key: &str, value: &str) -> bool {
        match key {
            "story" => set(&mut self.story, crate::dataset::is_name(value).then(|| value.to_string())),
            "lang" => set(&mut self.lang, Lang::from_tag(value)),
            "embed" => {
                let embed = match value {
                    "1" | "true" | "" => Some(true),
                    "0" | "false" => Some(false),
                    _ => None,
                };
                embed.map(|e| self.embed = e).is_some()
            }
            "id" => set(&mut self.id, is_id(value).then(|| value.to_string())),
            "theme" => {
                set(&mut self.theme, [Theme::Light, Theme::Dark].into_iter().find(|t| t.code() == value))
            }
            "part" => set(&mut self.part, Part::from_code(value)),
            "panel" => set(&mut self.panel, Panel::from_code(value)),
            "year" => set(&mut self.year, value.parse().ok().filter(|y| TIMELINE.contains(y))),
            "route" => set(&mut self.route, is_id(value).then(|| value.to_string())),
            "place" => set(&mut self.place, is_id(value).then(|| value.to_string())),
            "view" => set(&mut self.view, parse_view(value)),
            "step" => set(&mut self.step, is_id(value).then(|| value.to_string())),
            "childId" => set(&mut self.pym_child, is_id(value).then(|| value.to_string())),
            // What else Pym.js adds to the iframe's address: understood, and of no use here.
            "initialWidth" | "parentTitle" | "parentUrl" => true,
            _ => false,
        }
    }

    /// The query string for this state (without `ignored`), shortest first: defaults are left
    /// out. Starts with `?`, or is empty.
    pub fn to_query(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        let mut push = |key: &str, value: Option<String>| {
            if let Some(v) = value {
                parts.push(format!("{key}={v}"));
            }
        };
        push("story", self.story.clone());
        push("lang", self.lang.map(|l| l.tag().to_string()));
        push("embed", self.embed.then(|| "1".to_string()));
        push("id", self.id.clone());
        push("theme", self.theme.map(|t| t.code().to_string()));
        push("part", self.part.filter(|p| *p != Part::All).map(|p| p.code().to_string()));
        push("panel", self.panel.map(|p| p.code().to_string()));
        push("year", self.year.map(|y| y.to_string()));
        push("route", self.route.clone());
        push("place", self.place.clone());
        push("view", self.view.map(|v| format!("{},{:.3},{:.3}", trim(v.scale), v.cx, v.cy)));
        push("step", self.step.clone());
        if parts.is_empty() { String::new() } else { format!("?{}", parts.join("&")) }
    }
}

/// Stores `value` if there is one; tells whether there was.
fn set<T>(slot: &mut Option<T>, value: Option<T>) -> bool {
    let understood = value.is_some();
    if understood {
        *slot = value;
    }
    understood
}

/// Ids in the dataset are short codes; anything else (markup, spaces) is not an id.
fn is_id(value: &str) -> bool {
    (1..=64).contains(&value.len())
        && value.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// `scale,cx,cy` with a scale the map allows and a centre within reach.
fn parse_view(value: &str) -> Option<MapView> {
    let numbers: Vec<f64> = value.split(',').map(|n| n.parse::<f64>().ok()).collect::<Option<_>>()?;
    let [scale, cx, cy] = numbers[..] else { return None };
    let ok =
        (MIN_SCALE..=MAX_SCALE).contains(&scale) && (-1.0..=2.0).contains(&cx) && (-1.0..=2.0).contains(&cy);
    ok.then_some(MapView { scale, cx, cy })
}

/// "2" rather than "2.000" for a whole scale.
fn trim(value: f64) -> String {
    let text = format!("{value:.3}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_language_and_embed() {
        let s = UrlState::parse("?embed=1&lang=en");
        assert_eq!((s.lang, s.embed, s.ignored.len()), (Some(Lang::En), true, 0));
        assert_eq!(UrlState::parse("").lang, None);
        assert!(UrlState::parse("?embed").embed);
    }

    #[test]
    fn reads_the_whole_state_and_writes_it_back() {
        let query = "?lang=de&embed=1&id=corridors&theme=dark&part=map&panel=transit&year=2017&route=aktau-alat&view=2,0.41,0.55&step=middle";
        let s = UrlState::parse(query);
        assert_eq!(s.theme, Some(Theme::Dark));
        assert_eq!(s.panel, Some(Panel::Transit));
        assert_eq!(s.part, Some(Part::Map));
        assert_eq!(s.year, Some(2017));
        assert_eq!(s.route.as_deref(), Some("aktau-alat"));
        assert_eq!(s.view, Some(MapView { scale: 2.0, cx: 0.41, cy: 0.55 }));
        assert_eq!(s.step.as_deref(), Some("middle"));
        assert!(s.ignored.is_empty(), "{:?}", s.ignored);
        assert_eq!(s.to_query(), query.replace("view=2,0.41,0.55", "view=2,0.410,0.550"));
        assert_eq!(UrlState::parse(&s.to_query()), s);
        assert_eq!(UrlState::default().to_query(), "");
    }

    #[test]
    fn odd_parameters_are_ignored_and_listed() {
        let s = UrlState::parse(
            "?lang=fr&embed=maybe&&x=%3Cscript%3E&lang&year=1999&year=20x6&panel=charts&part=volumes&route=<b>&view=99,0,0&view=1,2&theme=sepia",
        );
        assert_eq!(
            (s.lang, s.embed, s.year, s.panel, s.route, s.view, s.theme),
            (None, false, None, None, None, None, None)
        );
        assert_eq!(
            s.ignored,
            [
                "lang=fr",
                "embed=maybe",
                "x=%3Cscript%3E",
                "lang",
                "year=1999",
                "year=20x6",
                "panel=charts",
                "part=volumes",
                "route=<b>",
                "view=99,0,0",
                "view=1,2",
                "theme=sepia"
            ]
        );
    }

    #[test]
    fn pyms_parameters_are_read_without_a_notice_and_never_written_back() {
        let s = UrlState::parse(
            "?embed=1&lang=en&initialWidth=320&childId=map-1&parentTitle=An%20article&parentUrl=https%3A%2F%2Fx.org%2Fa",
        );
        assert_eq!((s.pym_child.as_deref(), s.ignored.len()), (Some("map-1"), 0));
        assert_eq!(s.to_query(), "?lang=en&embed=1");
        assert_eq!(UrlState::parse("?childId=%3Cb%3E").ignored, ["childId=%3Cb%3E"]);
    }

    #[test]
    fn a_story_is_a_plain_file_name_or_ignored() {
        let s = UrlState::parse("?story=instc&lang=ru");
        assert_eq!((s.story.as_deref(), s.lang), (Some("instc"), Some(Lang::Ru)));
        assert_eq!(s.to_query(), "?story=instc&lang=ru");
        for bad in ["../x", "INSTC", "a.b", "", "x%2F", &"a".repeat(41), "data/instc"] {
            let s = UrlState::parse(&format!("?story={bad}"));
            assert_eq!((s.story, s.ignored), (None, vec![format!("story={bad}")]), "{bad}");
        }
    }
}
