//! One panel as a still picture (`images/<story>-<lang>-<panel>.svg/.png`): what an embed of that
//! panel (`?part=volume` …) shows where no script runs — a newsletter, Apple News, RSS. The same
//! charts and figures as the app's panel, from the same layouts (`figures`), in reading order:
//! heading, charts, each figure with its source number, the sources cited, the updated line.

use super::{escape, wrap};
use crate::figures::{TimeChart, TimeSeries, time_series};
use crate::format;
use crate::i18n::{Key, Lang, Msg, message, tr};
use crate::labels;
use crate::model::{Claim, CorridorId, Dataset, Figure};
use crate::panel::Panel;

/// The picture's width in CSS pixels (the PNG is drawn at twice this).
pub const WIDTH: f64 = 600.0;
const MARGIN: f64 = 24.0;
const TEXT: &str = "#1a1a1a";
const MUTED: &str = "#555555";

/// The panel as a standalone SVG document; its height follows its content.
pub fn panel_svg(data: &Dataset, panel: Panel, lang: Lang) -> String {
    let mut page = Column::new();
    page.line(data.story.title.get(lang), 13.0, MUTED, false);
    page.line(labels::panel(lang, panel), 22.0, TEXT, true);
    if panel == Panel::Volume {
        for chart in time_series(data) {
            page.gap(10.0);
            page.line(labels::chart_title(lang, chart.unit), 15.0, TEXT, true);
            page.chart(data, &chart, &TimeChart::layout(&chart, WIDTH - 2.0 * MARGIN), lang);
        }
    }
    page.gap(8.0);
    match panel {
        Panel::FactCheck => data.claims.iter().for_each(|c| page.claim(data, c, lang)),
        _ => figures(data, panel).for_each(|f| page.figure(data, f, lang)),
    }
    page.gap(10.0);
    page.line(tr(lang, Key::SourcesHeading), 15.0, TEXT, true);
    for (number, source) in panel.cited_sources(data) {
        let date =
            source.date.as_deref().map(|d| format!(" ({})", format::date(lang, d))).unwrap_or_default();
        page.wrapped(&format!("[{number}] {}: {}{date}", source.publisher, source.title), 12.0, MUTED);
    }
    page.gap(8.0);
    if let Some(day) = &data.story.updated {
        page.line(&message(lang, Msg::Updated, &[("date", &format::date(lang, day))]), 12.0, MUTED, false);
    }
    page.line(tr(lang, Key::Attribution), 11.0, MUTED, false);
    page.finish()
}

/// The figures the panel lists: volumes on no chart (the charts show the rest), or every figure
/// of its topics.
fn figures(data: &Dataset, panel: Panel) -> impl Iterator<Item = &Figure> {
    data.figures.iter().filter(move |f| {
        Panel::of_topic(f.topic) == Some(panel) && (panel != Panel::Volume || f.series.is_none())
    })
}

/// Lines of text and charts stacked from the top, as SVG elements.
struct Column {
    y: f64,
    body: String,
}

impl Column {
    fn new() -> Self {
        Self { y: MARGIN, body: String::new() }
    }

    fn gap(&mut self, px: f64) {
        self.y += px;
    }

    fn line(&mut self, text: &str, size: f64, fill: &str, bold: bool) {
        self.text_at(MARGIN, text, size, fill, bold);
    }

    fn text_at(&mut self, x: f64, text: &str, size: f64, fill: &str, bold: bool) {
        self.y += size * 1.35;
        let weight = if bold { r#" font-weight="bold""# } else { "" };
        self.body.push_str(&format!(
            r#"<text x="{x}" y="{:.1}" font-size="{size}" fill="{fill}"{weight}>{}</text>"#,
            self.y - size * 0.3,
            escape(text)
        ));
    }

    fn wrapped(&mut self, text: &str, size: f64, fill: &str) {
        self.wrapped_at(MARGIN, text, size, fill, false);
    }

    fn wrapped_at(&mut self, x: f64, text: &str, size: f64, fill: &str, bold: bool) {
        for line in wrap(text, size, WIDTH - x - MARGIN, 12) {
            self.text_at(x, &line, size, fill, bold);
        }
    }

    /// A figure as the app's list shows it: a bar in its route's colour, the label, then value,
    /// year, confidence and source number.
    fn figure(&mut self, data: &Dataset, figure: &Figure, lang: Lang) {
        let top = self.y + 4.0;
        let x = MARGIN + 10.0;
        self.wrapped_at(x, figure.label.get(lang), 14.0, TEXT, true);
        let mut facts: Vec<String> = figure.quantity.map(|q| format::quantity(lang, q)).into_iter().collect();
        facts.extend(figure.stage.map(|s| labels::stage(lang, s).to_string()));
        facts.extend(figure.year.map(|y| y.to_string()));
        facts.push(labels::confidence(lang, figure.confidence).to_string());
        let number = source_number(data, &figure.source);
        self.wrapped_at(x, &format!("{} [{number}]", facts.join(labels::FACT_SEPARATOR)), 13.0, MUTED, false);
        if let Some(note) = &figure.note {
            self.wrapped_at(x, note.get(lang), 12.0, MUTED, false);
        }
        self.bar(top, colour(data, figure.corridor));
        self.gap(6.0);
    }

    fn claim(&mut self, data: &Dataset, claim: &Claim, lang: Lang) {
        let top = self.y + 4.0;
        let x = MARGIN + 10.0;
        self.wrapped_at(
            x,
            &format!("{} {}", tr(lang, Key::ArticleSaid), claim.said.get(lang)),
            14.0,
            TEXT,
            false,
        );
        self.text_at(x, labels::verdict(lang, claim.verdict), 13.0, TEXT, true);
        let numbers: Vec<String> =
            claim.sources.iter().map(|s| format!("[{}]", source_number(data, s))).collect();
        let finding =
            format!("{} {} {}", tr(lang, Key::SourcesSay), claim.finding.get(lang), numbers.join(""));
        self.wrapped_at(x, &finding, 13.0, MUTED, false);
        self.bar(top, "#888888".into());
        self.gap(8.0);
    }

    fn bar(&mut self, top: f64, fill: String) {
        self.body.push_str(&format!(
            r#"<rect x="{MARGIN}" y="{top:.1}" width="4" height="{:.1}" fill="{fill}"/>"#,
            (self.y - top).max(4.0)
        ));
    }

    /// A chart from the app's layout: axes, the measured line and dots, targets as open
    /// diamonds, the capacity as a dashed line, and the key of its series.
    fn chart(&mut self, data: &Dataset, series: &TimeSeries, chart: &TimeChart, lang: Lang) {
        let (left, _, right, bottom) = chart.plot;
        let mut g =
            format!(r#"<g transform="translate({MARGIN} {:.1})" font-size="11" fill="{MUTED}">"#, self.y);
        for (y, value) in &chart.y_ticks {
            g.push_str(&format!(
                r##"<line x1="{left}" x2="{right}" y1="{y:.1}" y2="{y:.1}" stroke="#dddddd"/><text x="{:.1}" y="{:.1}" text-anchor="end">{}</text>"##,
                left - 6.0,
                y + 4.0,
                format::number(lang, *value, 2)
            ));
        }
        for (x, year) in &chart.x_ticks {
            g.push_str(&format!(
                r#"<text x="{x:.1}" y="{:.1}" text-anchor="middle">{year}</text>"#,
                bottom + 16.0
            ));
        }
        for shape in &chart.series {
            let c = colour(data, shape.corridor);
            if let Some(cap) = &shape.capacity {
                g.push_str(&format!(
                    r#"<line x1="{left}" x2="{right}" y1="{:.1}" y2="{:.1}" stroke="{c}" stroke-dasharray="6 4"/>"#,
                    cap.y, cap.y
                ));
            }
            if !shape.line.is_empty() {
                g.push_str(&format!(
                    r#"<path d="{}" fill="none" stroke="{c}" stroke-width="2.5"/>"#,
                    shape.line
                ));
            }
            for d in &shape.dots {
                g.push_str(&format!(r#"<circle cx="{:.1}" cy="{:.1}" r="3.5" fill="{c}"/>"#, d.x, d.y));
            }
            for t in &shape.targets {
                g.push_str(&format!(
                    r##"<path d="M{:.1},{:.1}l6,6l-6,6l-6,-6z" fill="#ffffff" stroke="{c}" stroke-width="2"/>"##,
                    t.x,
                    t.y - 6.0
                ));
            }
        }
        g.push_str("</g>");
        self.body.push_str(&g);
        self.y += chart.height;
        for s in &series.series {
            let key_top = self.y + 4.0;
            self.wrapped_at(MARGIN + 10.0, s.label.get(lang), 12.0, MUTED, false);
            self.bar(key_top, colour(data, s.corridor));
        }
    }

    fn finish(self) -> String {
        let height = (self.y + MARGIN).ceil();
        format!(
            concat!(
                r##"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" "##,
                r##"font-family="DejaVu Sans, sans-serif"><rect width="{w}" height="{h}" fill="#ffffff"/>{body}</svg>"##
            ),
            w = WIDTH,
            h = height,
            body = self.body
        )
    }
}

/// The source's number in the story's list, as the app's markers show it.
fn source_number(data: &Dataset, id: &str) -> usize {
    data.sources.iter().position(|s| s.id == id).map_or(0, |i| i + 1)
}

fn colour(data: &Dataset, corridor: Option<CorridorId>) -> String {
    corridor.map_or_else(|| "#888888".to_string(), |c| data.corridors[c.index()].colour.hex())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_story::synthetic;

    #[test]
    fn each_panel_shows_its_figures_and_the_sources_it_cites() {
        let (data, _) = synthetic();
        let lang = Lang::En;
        for panel in Panel::ALL {
            let svg = panel_svg(&data, panel, lang);
            assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"), "{panel:?}");
            assert!(svg.contains(&escape(labels::panel(lang, panel))), "{panel:?}: heading");
            assert!(svg.contains("Updated 30\u{a0}November 2026"), "{panel:?}: the updated line");
            for (number, source) in panel.cited_sources(&data) {
                assert!(svg.contains(&format!("[{number}] {}", escape(&source.publisher))), "{panel:?}");
            }
        }
        let transit = panel_svg(&data, Panel::Transit, lang);
        for figure in data.figures.iter().filter(|f| Panel::of_topic(f.topic) == Some(Panel::Transit)) {
            let label = escape(figure.label.get(lang));
            let first_words: String = label.split_whitespace().take(2).collect::<Vec<_>>().join(" ");
            assert!(transit.contains(&first_words), "{} is listed", figure.id);
        }
        let claims = panel_svg(&data, Panel::FactCheck, lang);
        assert!(claims.contains(&escape(labels::verdict(lang, data.claims[0].verdict))));
    }

    #[test]
    fn the_volume_picture_draws_each_chart_and_grows_with_its_content() {
        let (data, _) = synthetic();
        let volume = panel_svg(&data, Panel::Volume, Lang::En);
        assert_eq!(
            volume.matches("<circle").count(),
            7 + 4 + 3,
            "every measured point of the synthetic story"
        );
        let height = |svg: &str| -> f64 {
            let at = svg.find("height=\"").map(|i| i + 8).unwrap_or(0);
            svg[at..].split('"').next().and_then(|h| h.parse().ok()).unwrap_or(0.0)
        };
        let (mut fewer, _) = synthetic();
        fewer.claims.truncate(0);
        assert!(
            height(&panel_svg(&fewer, Panel::FactCheck, Lang::En))
                < height(&panel_svg(&data, Panel::FactCheck, Lang::En))
        );
    }
}
