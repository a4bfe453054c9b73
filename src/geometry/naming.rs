//! Which names the map shows, and where, at a given zoom: place names first (by rank), then sea
//! and country names where they are free. Recomputed on zoom (a few dozen boxes: microseconds),
//! so zooming in names more places and zooming out never piles names on each other.

use super::callouts::{self, Callout, CalloutRequest};
use super::inset::Inset;
use super::labels::{self, Obstacle, Placed, Request, Style};
use super::scene::{SYMBOL_RADIUS, Scene, symbol_box};
use super::zoom::Zoom;
use super::{Point, Rect};
use crate::basemap::{AreaKind, AreaLabel, Basemap};
use crate::i18n::Lang;
use crate::model::Dataset;

#[derive(Clone, Debug, PartialEq)]
/// A country's or sea's name where it is drawn.
pub struct AreaName {
    pub kind: AreaKind,
    pub rank: u8,
    pub text: String,
    pub at: Point,
    /// Drawn whatever else is near (a desktop's main seas), so place names go around it.
    pub fixed: bool,
}

/// Everything written on the map at one zoom in one language, in screen coordinates.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Lettering {
    pub places: Vec<Placed>,
    pub areas: Vec<AreaName>,
    pub callouts: Vec<Callout>,
    /// The names in the detail inset, while it is shown (`Scene::inset`, the map as it opens).
    pub inset: Vec<Placed>,
}

/// The names that could be shown, in scene coordinates, and how to draw them.
#[derive(Clone, Debug, PartialEq)]
pub struct Names {
    width: f64,
    height: f64,
    phone: bool,
    places: Vec<Request>,
    /// Symbols that names keep clear of (on a phone only the main places').
    symbols: Vec<Obstacle>,
    areas: Vec<AreaName>,
    /// The least important rank of area names shown at the scale the map opens with.
    area_rank: u8,
    style: Style,
    area_font: f64,
    /// The story's annotations, in this language, on the unzoomed scene.
    callouts: Vec<CalloutRequest>,
    /// The locator inset's corner, if the map has one.
    globe: Option<Rect>,
    /// The detail inset, if the map has one, and the names in it (anchored where it shows them).
    inset: Option<Inset>,
    inset_requests: Vec<Request>,
}

impl Names {
    pub fn new(data: &Dataset, basemap: &Basemap, scene: &Scene, lang: Lang) -> Self {
        let (projection, nodes, width, height) = (&scene.projection, &scene.nodes, scene.width, scene.height);
        let phone = width < 500.0;
        // The routes' ends are named as main places (with a leader line where there is no room
        // beside them); on a phone only these and the main places are named.
        let ends = data.route_end_ids();
        let rank = |node: &crate::model::Node| {
            if ends.contains(&node.id.as_str()) { node.rank.min(1) } else { node.rank }
        };
        let requests: Vec<Request> = data
            .nodes
            .iter()
            .zip(nodes.iter())
            .filter(|(node, _)| !phone || rank(node) <= 1)
            .map(|(node, shape)| Request {
                id: node.id.clone(),
                text: node.name.get(lang).to_string(),
                anchor: shape.at,
                rank: rank(node),
            })
            .collect();
        // A place named like a more important one (Shymkent the city beside its airport) is not
        // named twice.
        let places = requests
            .iter()
            .filter(|r| !requests.iter().any(|o| o.text == r.text && (o.rank, &o.id) < (r.rank, &r.id)))
            .cloned()
            .collect();
        let symbols = data
            .nodes
            .iter()
            .zip(nodes)
            .filter(|(node, _)| !phone || node.rank <= 2)
            .map(|(node, shape)| Obstacle { rect: symbol_box(shape.at), rank: node.rank })
            .collect();
        let named = |l: &AreaLabel| AreaName {
            kind: l.kind,
            rank: l.rank,
            text: l.name.get(lang).to_string(),
            at: projection.project(l.at),
            fixed: !phone && l.kind == AreaKind::Sea && l.rank <= 1,
        };
        // A phone names only the largest countries and the main seas, a desktop the larger ones
        // too; zoomed in, one rank more (`place`). The largest first.
        let area_rank = if phone { 1 } else { 2 };
        let mut areas: Vec<&AreaLabel> = basemap.labels.iter().filter(|l| l.rank <= area_rank + 1).collect();
        crate::stable_sort::sort_by_key(&mut areas, |l| l.rank);
        // The stylesheet's sizes (`.place-label`): smaller on the narrowest phones' maps.
        let font_px = if width < NARROW {
            10.0
        } else if phone {
            11.0
        } else {
            12.0
        };
        let style = Style { font_px, offset: SYMBOL_RADIUS + 3.0 };
        let area_font = if phone { 9.5 } else { 11.0 };
        // A callout's text ends with its source's number, as the panels' figures do.
        let widths: &[f64] = if phone { &[150.0, 120.0, 180.0] } else { &[210.0, 170.0, 250.0] };
        let callouts = data
            .story
            .annotations
            .iter()
            .map(|a| {
                let number = a.source.as_deref().and_then(|s| data.sources.iter().position(|x| x.id == s));
                let marker = number.map(|n| format!(" [{}]", n + 1)).unwrap_or_default();
                let text = format!("{}{marker}", a.text.get(lang));
                CalloutRequest {
                    id: a.id.clone(),
                    wrapped: widths.iter().map(|&w| labels::wrap(&text, callouts::FONT, w, 4)).collect(),
                    anchors: callouts::anchors(data, scene, &a.at),
                    rank: a.rank,
                }
            })
            .collect();
        let inset_requests = scene
            .inset
            .iter()
            .flat_map(|inset| inset.nodes.iter())
            .filter_map(|&(i, at)| {
                let node = &data.nodes[i];
                (rank(node) <= 2).then(|| Request {
                    id: node.id.clone(),
                    text: node.name.get(lang).to_string(),
                    anchor: at,
                    rank: rank(node),
                })
            })
            .collect();
        Self {
            callouts,
            globe: scene.globe.as_ref().map(|g| g.corner()),
            inset: scene.inset.clone(),
            inset_requests,
            width,
            height,
            phone,
            places,
            symbols,
            areas: areas.into_iter().map(named).collect(),
            area_rank,
            style,
            area_font,
        }
    }

    /// The names to draw at `zoom`, in screen coordinates (`letter` without the callouts and
    /// the inset).
    pub fn place(&self, zoom: Zoom) -> (Vec<Placed>, Vec<AreaName>) {
        let lettering = self.letter(zoom);
        (lettering.places, lettering.areas)
    }

    /// The names and the story's callouts at `zoom`, in screen coordinates. On a desktop the
    /// main seas' names are fixed and place names go around them; on a phone, with room for few
    /// names, places come first and a sea is named only where that is free. The callouts come
    /// next — clear of the names, the symbols and the map's controls; rank 1 on a phone, 2 on a
    /// desktop, one more zoomed in — then other seas and countries fill what is left. The
    /// detail inset's names are placed in the inset alone.
    pub fn letter(&self, zoom: Zoom) -> Lettering {
        let symbols = self.symbols_at(zoom);
        let (seas, countries): (Vec<_>, Vec<_>) =
            self.areas_at(zoom).into_iter().partition(|(a, _)| a.kind == AreaKind::Sea);
        let places = self.places_at(zoom, &symbols, &seas);
        let callouts = self.callouts_for(zoom, &places, &symbols, &seas);
        let mut kept: Vec<(AreaName, Rect)> = Vec::new();
        let inset = self.inset_box(zoom);
        for (area, rect) in seas.into_iter().chain(countries) {
            let free = !places.iter().any(|p| p.rect.intersects(&rect))
                && !symbols.iter().any(|s| s.rect.intersects(&rect))
                && !callouts.iter().any(|c| c.rect.intersects(&rect))
                && !inset.is_some_and(|i| i.intersects(&rect))
                && !kept.iter().any(|(_, k)| k.intersects(&rect));
            if free || area.fixed {
                kept.push((area, rect));
            }
        }
        let areas = kept.into_iter().map(|(a, _)| a).collect();
        let inset = if inset.is_some() { self.inset_names() } else { Vec::new() };
        Lettering { places, areas, callouts, inset }
    }

    /// The detail inset's box while it is shown: only on the map as it opens.
    fn inset_box(&self, zoom: Zoom) -> Option<Rect> {
        self.inset.as_ref().filter(|_| zoom == Zoom::IDENTITY).map(|i| i.at)
    }

    /// The names in the detail inset: its places of rank 1 and 2 and the routes' ends, placed
    /// inside it around its symbols.
    fn inset_names(&self) -> Vec<Placed> {
        let Some(inset) = &self.inset else { return Vec::new() };
        let local = |p: Point| Point::new(p.x - inset.at.x, p.y - inset.at.y);
        let requests: Vec<Request> =
            self.inset_requests.iter().map(|r| Request { anchor: local(r.anchor), ..r.clone() }).collect();
        let obstacles: Vec<Obstacle> =
            requests.iter().map(|r| Obstacle { rect: symbol_box(r.anchor), rank: r.rank }).collect();
        let style = Style { font_px: super::inset::FONT, ..self.style };
        let placed = labels::place(&requests, &obstacles, inset.at.width, inset.at.height, style);
        let shift = |p: Point| Point::new(p.x + inset.at.x, p.y + inset.at.y);
        placed
            .into_iter()
            .map(|p| Placed {
                at: shift(p.at),
                rect: Rect { x: p.rect.x + inset.at.x, y: p.rect.y + inset.at.y, ..p.rect },
                leader: p.leader.map(|(a, b)| (shift(a), shift(b))),
                ..p
            })
            .collect()
    }

    fn symbols_at(&self, zoom: Zoom) -> Vec<Obstacle> {
        self.symbols.iter().map(|o| Obstacle { rect: move_rect(zoom, &o.rect), ..*o }).collect()
    }

    /// The area names that could be shown at `zoom`, with their boxes, largest first.
    fn areas_at(&self, zoom: Zoom) -> Vec<(AreaName, Rect)> {
        let rank = self.area_rank + u8::from(zoom.scale >= 2.0);
        self.areas
            .iter()
            .filter(|a| a.rank <= rank)
            .map(|a| self.area_box(AreaName { at: zoom.apply(a.at), ..a.clone() }))
            .filter(|(_, r)| r.inside(self.width, self.height))
            .collect()
    }

    /// What no name or callout may cover: the scale bar's corner (`scale_bar::corner`), the zoom
    /// buttons', the locator's and the fixed seas' names, in screen space like the names.
    fn reserved(&self, zoom: Zoom, seas: &[(AreaName, Rect)]) -> Vec<Obstacle> {
        let mut reserved = vec![
            Obstacle { rect: super::scale_bar::corner(self.width, self.height), rank: 0 },
            Obstacle { rect: controls(self.width), rank: 0 },
        ];
        reserved.extend(
            self.globe.into_iter().chain(self.inset_box(zoom)).map(|rect| Obstacle { rect, rank: 0 }),
        );
        reserved.extend(seas.iter().filter(|(a, _)| a.fixed).map(|(_, r)| Obstacle { rect: *r, rank: 0 }));
        reserved
    }

    fn places_at(&self, zoom: Zoom, symbols: &[Obstacle], seas: &[(AreaName, Rect)]) -> Vec<Placed> {
        let mut obstacles = symbols.to_vec();
        obstacles.extend(self.reserved(zoom, seas));
        // What the detail inset names, while it is shown, the map leaves to it.
        let in_inset =
            |id: &str| self.inset_box(zoom).is_some() && self.inset_requests.iter().any(|r| r.id == id);
        let requests: Vec<Request> = self
            .places
            .iter()
            .filter(|r| !in_inset(&r.id))
            .map(|r| Request { anchor: zoom.apply(r.anchor), ..r.clone() })
            .collect();
        labels::place(&requests, &obstacles, self.width, self.height, self.style)
    }

    fn callouts_for(
        &self,
        zoom: Zoom,
        places: &[Placed],
        symbols: &[Obstacle],
        seas: &[(AreaName, Rect)],
    ) -> Vec<Callout> {
        let rank = u8::from(!self.phone) + 1 + u8::from(zoom.scale >= 2.0);
        let requests: Vec<CalloutRequest> = self
            .callouts
            .iter()
            .filter(|c| c.rank <= rank)
            .map(|c| CalloutRequest {
                anchors: c.anchors.iter().map(|&p| zoom.apply(p)).collect(),
                ..c.clone()
            })
            .collect();
        // Rank 1: neither box nor leader line may cross it (names); rank 0: only the box may not
        // (symbols, the reserved corners).
        let mut taken: Vec<Obstacle> = symbols.iter().map(|o| Obstacle { rank: 0, ..*o }).collect();
        taken.extend(places.iter().map(|p| Obstacle { rect: p.rect, rank: 1 }));
        taken.extend(self.reserved(zoom, seas));
        callouts::place(&requests, &taken, self.width, self.height)
    }

    /// The box an area's name covers: country names are upper-case and letter-spaced, wider
    /// than a place name as long.
    fn area_box(&self, area: AreaName) -> (AreaName, Rect) {
        let per_char = if area.kind == AreaKind::Sea { 0.6 } else { 0.8 };
        let w = area.text.chars().count() as f64 * self.area_font * per_char;
        let rect = Rect {
            x: area.at.x - w / 2.0,
            y: area.at.y - self.area_font * 0.9,
            width: w,
            height: self.area_font * 1.2,
        };
        (area, rect)
    }
}

/// Below this map width (a 320 px phone's 288) names are a size smaller.
pub const NARROW: f64 = 330.0;

/// A symbol's box where `zoom` puts its centre (symbols keep their size when zoomed).
fn move_rect(zoom: Zoom, r: &Rect) -> Rect {
    let p = zoom.apply(Point::new(r.x + r.width / 2.0, r.y + r.height / 2.0));
    Rect { x: p.x - r.width / 2.0, y: p.y - r.height / 2.0, ..*r }
}

/// The zoom buttons' corner: three 40 px buttons 4 px apart, 8 px from the top and right edges
/// (`.zoom-buttons` in public/style.css), with 4 px to spare. The first screen leaves it free
/// too, so that its names are the app's.
pub(super) fn controls(width: f64) -> Rect {
    Rect { x: width - 52.0, y: 0.0, width: 52.0, height: 140.0 }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_story::synthetic;

    #[test]
    fn names_never_overlap_each_other_or_the_symbols_they_must_keep_clear_of() {
        let (data, basemap) = synthetic();
        for (w, h, lang) in [(320.0, 288.0, Lang::De), (390.0, 351.0, Lang::En), (1280.0, 716.8, Lang::Ru)] {
            let scene = Scene::build(&data, &basemap, w, h);
            let (labels, areas) = Names::new(&data, &basemap, &scene, lang).place(Zoom::IDENTITY);
            let rank = |id: &str| data.node(id).map_or(3, |n| n.rank);
            for (i, a) in labels.iter().enumerate() {
                assert!(labels[i + 1..].iter().all(|b| !a.rect.intersects(&b.rect)), "{} at {w}", a.id);
                let covered = scene
                    .nodes
                    .iter()
                    .filter(|n| (w >= 500.0 || rank(&n.id) <= 2) && rank(&n.id) < rank(&a.id) + 2);
                for n in covered {
                    assert!(!symbol_box(n.at).intersects(&a.rect), "{} covers {} at {w}", a.id, n.id);
                }
            }
            // Every rank-1 place is named (they are spread out in this story), rank 3 only on desktops.
            let named: Vec<&str> = labels.iter().map(|l| l.id.as_str()).collect();
            for node in data.nodes.iter().filter(|n| n.rank == 1) {
                assert!(named.contains(&node.id.as_str()), "{} is not named at {w}: {named:?}", node.id);
            }
            assert_eq!(named.contains(&"lake"), w >= 500.0, "{named:?}");
            // On a desktop the rank-1 sea is named whatever is near.
            assert_eq!(areas.iter().any(|a| a.kind == AreaKind::Sea && a.fixed), w >= 500.0, "{areas:?}");
        }
    }

    #[test]
    fn zooming_out_never_piles_names_up() {
        let (data, basemap) = synthetic();
        let scene = Scene::build(&data, &basemap, 390.0, 351.0);
        let names = Names::new(&data, &basemap, &scene, Lang::De);
        let out = Zoom::IDENTITY.zoom_at(0.3, Point::new(195.0, 175.0), 390.0, 351.0);
        let (far, areas) = names.place(out);
        for (i, a) in far.iter().enumerate() {
            assert!(far[i + 1..].iter().all(|b| !a.rect.intersects(&b.rect)));
        }
        assert!(areas.len() <= basemap.labels.len());
    }
}
