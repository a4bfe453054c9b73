//! The code a newsroom pastes into its article: the iframe for the reader's current state, and
//! the tiny parent script that sizes it from the page's `datawrapper-height` messages (the
//! format Datawrapper's embeds use, so newsrooms' existing listeners work as well).

use crate::url::UrlState;

/// The parent page's listener: finds the iframe that sent the message (`event.source`), and
/// sets its height; to each iframe that has reported one it then posts, as the page scrolls (once
/// a frame), its place in the viewport (`VIEWPORT_MESSAGE`), which a `part=steps` embed steps
/// by. Plain ES5, no library, under 1.5 KB.
pub const SNIPPET: &str = concat!(
    "<script>(function(){var s=[],q=0;function p(){q=0;for(var i=0;i<s.length;i++){",
    "var r=s[i].getBoundingClientRect();s[i].contentWindow.postMessage(",
    "{\"corridor-explorer-viewport\":{top:r.top,height:r.height,viewport:innerHeight}},\"*\")}}",
    "function t(){if(!q)q=requestAnimationFrame(p)}",
    "addEventListener(\"scroll\",t,{passive:true});addEventListener(\"resize\",t);",
    "addEventListener(\"message\",function(e){",
    "var h=e.data&&e.data[\"datawrapper-height\"];if(!h||typeof h!==\"object\")return;",
    "var f=document.getElementsByTagName(\"iframe\");",
    "for(var i=0;i<f.length;i++){if(f[i].contentWindow!==e.source)continue;",
    "if(s.indexOf(f[i])<0){s.push(f[i]);t()}",
    "for(var k in h){var px=+h[k];if(px>0&&px<100000)f[i].style.height=px+\"px\"}}})})();</script>"
);

/// The message the snippet posts to each embed as the page scrolls: the iframe's place in the
/// viewport, which a `part=steps` embed steps by.
pub const VIEWPORT_MESSAGE: &str = "corridor-explorer-viewport";

/// Where the iframe is in the host page's viewport, in CSS pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct HostViewport {
    /// The iframe's top, from the viewport's top (negative once scrolled past).
    pub top: f64,
    pub height: f64,
    /// The viewport's height.
    pub viewport: f64,
}

impl HostViewport {
    /// The step of `count` for this scroll: the way the iframe has travelled through the viewport
    /// (from its top at the viewport's bottom to its bottom at the viewport's top), in equal
    /// shares. None for no steps or a position that is not one.
    pub fn step(self, count: usize) -> Option<usize> {
        let travel = self.viewport + self.height;
        if count == 0 || !(travel > 0.0 && self.top.is_finite()) {
            return None;
        }
        let progress = ((self.viewport - self.top) / travel).clamp(0.0, 1.0);
        Some(((progress * count as f64) as usize).min(count - 1))
    }
}

/// Pym.js's `viewport-iframe-position` message (`pymxPYMx<id>xPYMxviewport-iframe-positionxPYMx`
/// then `width height top left bottom right`), as its parent sends it with `trackscroll`.
pub fn pym_viewport(text: &str) -> Option<HostViewport> {
    let mut parts = text.split("xPYMx");
    if parts.next()? != "pym" {
        return None;
    }
    let (_, kind, payload) = (parts.next()?, parts.next()?, parts.next()?);
    if kind != "viewport-iframe-position" {
        return None;
    }
    let n: Vec<f64> = payload.split(' ').map(str::parse).collect::<Result<_, _>>().ok()?;
    match n[..] {
        [_, viewport, top, _, bottom, _] => Some(HostViewport { top, height: bottom - top, viewport }),
        _ => None,
    }
}

/// The name the embed's height is reported under when the address gives none.
pub const DEFAULT_ID: &str = "corridor-explorer";

/// The embed's address for `state`: the page address with `embed=1` and an id.
pub fn embed_url(page: &str, state: &UrlState) -> String {
    let mut state = state.clone();
    state.embed = true;
    state.id.get_or_insert_with(|| DEFAULT_ID.to_string());
    format!("{page}{}", state.to_query())
}

/// The full view's address for `state`: no embed, no id, every part.
pub fn full_view_url(page: &str, state: &UrlState) -> String {
    let mut state = state.clone();
    state.embed = false;
    state.id = None;
    state.part = None;
    format!("{page}{}", state.to_query())
}

/// The iframe for `state`, lazy, titled, starting at `height` px until the first message.
pub fn iframe(page: &str, state: &UrlState, title: &str, height: u32) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" loading=\"lazy\" width=\"100%\" height=\"{height}\" style=\"border:0;width:100%;height:{height}px\"></iframe>",
        attribute(&embed_url(page, state)),
        attribute(title)
    )
}

/// What a page without scripts (a newsletter, Apple News, RSS) shows instead of the iframe:
/// the part's still picture (`./run publish` draws it), linked to the full view.
#[derive(Clone, Debug, PartialEq)]
pub struct Fallback {
    /// The picture's address, absolute.
    pub image: String,
    /// Its width in pixels, and its height where it is known (a panel's depends on its text).
    pub size: (u32, Option<u32>),
    pub alt: String,
    /// The link's text under the picture.
    pub link: String,
}

impl Fallback {
    /// `image` is the site's path of the picture (`images/…png`), resolved against the folder
    /// of `page`.
    pub fn new(page: &str, image: &str, size: (u32, Option<u32>), alt: &str, link: &str) -> Self {
        let folder = &page[..page.rfind('/').map_or(0, |i| i + 1)];
        Self { image: format!("{folder}{image}"), size, alt: alt.to_string(), link: link.to_string() }
    }

    /// The `<noscript>` element for the full view of `state`.
    pub fn noscript(&self, page: &str, state: &UrlState) -> String {
        let href = attribute(&full_view_url(page, state));
        let height = self.size.1.map(|h| format!(" height=\"{h}\"")).unwrap_or_default();
        format!(
            "<noscript><a href=\"{href}\"><img src=\"{}\" alt=\"{}\" width=\"{}\"{height} style=\"width:100%;height:auto\"></a><br><a href=\"{href}\">{}</a></noscript>",
            attribute(&self.image),
            attribute(&self.alt),
            self.size.0,
            attribute(&self.link)
        )
    }
}

/// Iframe, no-script picture and listener, as the embed dialog offers them.
pub fn code(page: &str, state: &UrlState, title: &str, fallback: &Fallback) -> String {
    let height = state.part.unwrap_or_default().initial_height();
    format!("{}\n{}\n{SNIPPET}", iframe(page, state, title, height), fallback.noscript(page, state))
}

/// A height report in one host's protocol. Datawrapper's and AMP's are always sent (an
/// `amp-iframe` cannot ask for one); WordPress's only when its embed script asked for it by
/// adding `#?secret=…` to the iframe's address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HeightReport {
    /// `{"datawrapper-height": {id: px}}`: Datawrapper's listeners, and our snippet.
    Datawrapper { id: String },
    /// `{"sentinel": "amp", "type": "embed-size", "height": px}`: AMP's `amp-iframe resizable`.
    Amp,
    /// `{"secret": …, "message": "height", "value": px}`: WordPress's `wp-embed` script, which
    /// clamps the height to 200–1000 px.
    WordPress { secret: String },
    /// `"pymxPYMx<childId>xPYMxheightxPYMx<px>"`, as Pym.js's child sends it, only when a Pym
    /// parent made the iframe (its address carries `childId`).
    Pym { child_id: String },
}

impl HeightReport {
    /// Pym's message is a string; the others are objects (built by the view).
    pub fn pym_message(child_id: &str, px: f64) -> String {
        format!("pymxPYMx{child_id}xPYMxheightxPYMx{}", px.ceil())
    }
}

/// The reports to post for an embed named `id`, given the page's address fragment and Pym's
/// `childId` if the address carried one.
pub fn height_reports(id: &str, hash: &str, pym_child: Option<&str>) -> Vec<HeightReport> {
    let mut reports = vec![HeightReport::Datawrapper { id: id.to_string() }, HeightReport::Amp];
    reports.extend(wordpress_secret(hash).map(|secret| HeightReport::WordPress { secret }));
    reports.extend(pym_child.map(|c| HeightReport::Pym { child_id: c.to_string() }));
    reports
}

/// WordPress's secret from `#?secret=abc123` (letters and digits only, as `wp-embed` checks).
fn wordpress_secret(hash: &str) -> Option<String> {
    let query = hash.trim_start_matches('#').trim_start_matches('?');
    let secret = query.split('&').find_map(|pair| pair.strip_prefix("secret="))?;
    let ok = (1..=64).contains(&secret.len()) && secret.bytes().all(|b| b.is_ascii_alphanumeric());
    ok.then(|| secret.to_string())
}

/// Escapes text for a double-quoted HTML attribute.
fn attribute(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn the_snippet_stays_under_one_and_a_half_kilobytes_and_checks_the_sender() {
        assert!(SNIPPET.len() <= 1536, "{} bytes", SNIPPET.len());
        assert!(SNIPPET.contains(VIEWPORT_MESSAGE));
        assert!(SNIPPET.contains("contentWindow!==e.source"));
        assert!(SNIPPET.contains("datawrapper-height"));
        let readme = include_str!("../README.md");
        assert!(readme.contains(SNIPPET), "README shows the snippet as the dialog hands it out");
        assert!(readme.contains(&format!("a listener script of {} bytes", SNIPPET.len())));
    }

    #[test]
    fn the_iframe_carries_the_state_a_title_and_lazy_loading() {
        let state = UrlState { lang: Some(Lang::En), year: Some(2017), ..UrlState::default() };
        let code = iframe("https://example.org/corridors/", &state, "Freight \"corridors\" <map>", 900);
        assert_eq!(
            code,
            "<iframe src=\"https://example.org/corridors/?lang=en&amp;embed=1&amp;id=corridor-explorer&amp;year=2017\" \
             title=\"Freight &quot;corridors&quot; &lt;map&gt;\" loading=\"lazy\" width=\"100%\" height=\"900\" \
             style=\"border:0;width:100%;height:900px\"></iframe>"
        );
    }

    fn height_reports_plain(id: &str, hash: &str) -> Vec<HeightReport> {
        height_reports(id, hash, None)
    }

    #[test]
    fn pym_only_when_asked_in_its_own_words() {
        let reports = height_reports("m", "", Some("map-1"));
        assert_eq!(reports.last(), Some(&HeightReport::Pym { child_id: "map-1".into() }));
        assert_eq!(HeightReport::pym_message("map-1", 812.4), "pymxPYMxmap-1xPYMxheightxPYMx813");
    }

    #[test]
    fn datawrapper_and_amp_always_wordpress_only_when_asked() {
        let always = [HeightReport::Datawrapper { id: "m".into() }, HeightReport::Amp];
        assert_eq!(height_reports_plain("m", ""), always);
        assert_eq!(height_reports_plain("m", "#map"), always);
        let wp = height_reports_plain("m", "#?secret=Ab12cd34EF");
        assert_eq!(wp[2], HeightReport::WordPress { secret: "Ab12cd34EF".into() });
        for odd in ["#?secret=", "#?secret=a%22b", "#?secret=<x>", &format!("#?secret={}", "a".repeat(65))] {
            assert_eq!(height_reports_plain("m", odd).len(), 2, "{odd}");
        }
        assert_eq!(height_reports_plain("m", "#?x=1&secret=z9").len(), 3);
    }

    #[test]
    fn the_code_has_a_picture_for_pages_without_scripts_linked_to_the_full_view() {
        let page = "https://example.org/graphics/instc.html";
        let state =
            UrlState { lang: Some(Lang::En), part: Some(crate::part::Part::Map), ..UrlState::default() };
        let fallback =
            Fallback::new(page, "images/instc-en.png", (1502, Some(842)), "The \"map\"", "Open it");
        assert_eq!(fallback.image, "https://example.org/graphics/images/instc-en.png");
        let code = code(page, &state, "INSTC", &fallback);
        assert!(code.contains("height=\"640\""), "the map part starts at its own height: {code}");
        assert!(code.contains(
            "<noscript><a href=\"https://example.org/graphics/instc.html?lang=en\"><img src=\"https://example.org/graphics/images/instc-en.png\" \
             alt=\"The &quot;map&quot;\" width=\"1502\" height=\"842\" style=\"width:100%;height:auto\"></a>"
        ), "{code}");
        assert!(code.ends_with(SNIPPET));
        let panel = Fallback::new("https://example.org/", "images/x-en-transit.png", (1200, None), "", "");
        assert!(!panel.noscript("https://example.org/", &state).contains("height="));
    }

    #[test]
    fn the_full_view_drops_embed_and_id() {
        let state = UrlState { embed: true, id: Some("x".into()), year: Some(2020), ..UrlState::default() };
        assert_eq!(full_view_url("/p/", &state), "/p/?year=2020");
    }

    #[test]
    fn the_host_pages_scroll_picks_the_step_in_equal_shares() {
        let at = |top: f64| HostViewport { top, height: 900.0, viewport: 800.0 }.step(6);
        // Top at the viewport's bottom: the first step; bottom at its top: the last.
        assert_eq!(at(800.0), Some(0));
        assert_eq!(at(-900.0), Some(5));
        assert_eq!(at(2000.0), Some(0));
        // Halfway through its travel of 1,700 px: the fourth of six.
        assert_eq!(at(800.0 - 850.0), Some(3));
        assert_eq!(HostViewport { top: 0.0, height: 0.0, viewport: 0.0 }.step(6), None);
        assert_eq!(HostViewport { top: 10.0, height: 900.0, viewport: 800.0 }.step(0), None);
    }

    #[test]
    fn reads_pyms_viewport_message_and_nothing_else() {
        let m = "pymxPYMxexplorerxPYMxviewport-iframe-positionxPYMx1280 800 -120 8 780 1272";
        assert_eq!(pym_viewport(m), Some(HostViewport { top: -120.0, height: 900.0, viewport: 800.0 }));
        assert_eq!(pym_viewport("pymxPYMxexplorerxPYMxheightxPYMx900"), None);
        assert_eq!(pym_viewport("pymxPYMxexplorerxPYMxviewport-iframe-positionxPYMx1 2 x"), None);
        assert_eq!(pym_viewport("hello"), None);
    }
}
