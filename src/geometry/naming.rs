//! Which names the map shows, and where, at a given zoom: place names first (by rank), then sea
//! and country names where they are free. Recomputed on zoom (a few dozen boxes: microseconds),
//! so zooming in names more places and zooming out never piles names on each other.

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
    pub text: String,
    pub at: Point,
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
    style: Style,
    area_font: f64,
}

impl Names {
    pub fn new(data: &Dataset, basemap: &Basemap, scene: &Scene, lang: Lang) -> Self {
        let (projection, nodes, width, height) = (&scene.projection, &scene.nodes, scene.width, scene.height);
        let phone = width < 500.0;
        let requests: Vec<Request> = data
            .nodes
            .iter()
            .zip(nodes.iter())
            // On a phone only the main places are named.
            .filter(|(node, _)| !phone || node.rank <= 1)
            .map(|(node, shape)| Request {
                id: node.id.clone(),
                text: node.name.get(lang).to_string(),
                anchor: shape.at,
                rank: node.rank,
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
            text: l.name.get(lang).to_string(),
            at: projection.project(l.at),
        };
        let style = Style { font_px: if phone { 11.0 } else { 12.0 }, offset: SYMBOL_RADIUS + 3.0 };
        let area_font = if phone { 9.5 } else { 11.0 };
        Self {
            width,
            height,
            phone,
            places,
            symbols,
            areas: basemap.labels.iter().map(named).collect(),
            style,
            area_font,
        }
    }

    /// The names to draw at `zoom`, in screen coordinates. On a desktop sea names are fixed and
    /// place names go around them; on a phone, with room for few names, places come first and a
    /// sea is named only where that is free. Country names fill what is left.
    pub fn place(&self, zoom: Zoom) -> (Vec<Placed>, Vec<AreaName>) {
        let move_rect = |r: &Rect| {
            let p = zoom.apply(Point::new(r.x + r.width / 2.0, r.y + r.height / 2.0));
            Rect { x: p.x - r.width / 2.0, y: p.y - r.height / 2.0, ..*r }
        };
        let symbols: Vec<Obstacle> =
            self.symbols.iter().map(|o| Obstacle { rect: move_rect(&o.rect), ..*o }).collect();
        let (seas, countries): (Vec<_>, Vec<_>) = self
            .areas
            .iter()
            .map(|a| self.area_box(AreaName { at: zoom.apply(a.at), ..a.clone() }))
            .filter(|(_, r)| r.inside(self.width, self.height))
            .partition(|(a, _)| a.kind == AreaKind::Sea);
        let mut obstacles = symbols.clone();
        if !self.phone {
            obstacles.extend(seas.iter().map(|(_, r)| Obstacle { rect: *r, rank: 0 }));
        }
        let requests: Vec<Request> =
            self.places.iter().map(|r| Request { anchor: zoom.apply(r.anchor), ..r.clone() }).collect();
        let places = labels::place(&requests, &obstacles, self.width, self.height, self.style);
        let mut kept: Vec<(AreaName, Rect)> = Vec::new();
        for (area, rect) in seas.into_iter().chain(countries) {
            let free = !places.iter().any(|p| p.rect.intersects(&rect))
                && !symbols.iter().any(|s| s.rect.intersects(&rect))
                && !kept.iter().any(|(_, k)| k.intersects(&rect));
            if free || (area.kind == AreaKind::Sea && !self.phone) {
                kept.push((area, rect));
            }
        }
        (places, kept.into_iter().map(|(a, _)| a).collect())
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geometry::test_data::shipped;

    #[test]
    fn labels_never_overlap_each_other_or_symbols_at_phone_and_desktop_sizes() {
        let (data, basemap) = shipped();
        for (w, h, lang) in [
            (320.0, 288.0, Lang::De),
            (390.0, 351.0, Lang::En),
            (1120.0, 627.2, Lang::En),
            (1280.0, 716.8, Lang::De),
            (1600.0, 896.0, Lang::En),
        ] {
            let scene = Scene::build(&data, &basemap, w, h);
            let (labels, _) = Names::new(&data, &basemap, &scene, lang).place(Zoom::IDENTITY);
            let rank = |id: &str| data.node(id).map_or(3, |n| n.rank);
            for (i, a) in labels.iter().enumerate() {
                assert!(labels[i + 1..].iter().all(|b| !a.rect.intersects(&b.rect)));
                // A name never covers the symbol of a place less than two ranks below its own
                // (on a phone, where minor places are not named, only the main places' symbols).
                let covered = scene
                    .nodes
                    .iter()
                    .filter(|n| (w >= 500.0 || rank(&n.id) <= 2) && rank(&n.id) < rank(&a.id) + 2);
                for n in covered {
                    assert!(!symbol_box(n.at).intersects(&a.rect), "{} covers {} at {w}", a.id, n.id);
                }
            }
            let named: Vec<&str> = labels.iter().map(|l| l.id.as_str()).collect();
            // On a phone Western Europe's places sit within a few pixels: zooming in names them.
            let must: &[&str] = if w < 500.0 {
                &["aktau", "cit", "moscow", "istanbul"]
            } else {
                &["aktau", "alat", "tbilisi", "duisburg", "fra", "cit", "almaty", "xian"]
            };
            for &must in must {
                assert!(named.contains(&must), "{must} is not labelled at {w}×{h}: {named:?}");
            }
        }
    }

    #[test]
    fn zooming_in_names_more_places_and_zooming_out_never_overlaps() {
        let (data, basemap) = shipped();
        let scene = Scene::build(&data, &basemap, 390.0, 351.0);
        let names = Names::new(&data, &basemap, &scene, Lang::De);
        let (base, _) = names.place(Zoom::IDENTITY);
        let europe = scene.projection.project(crate::model::LonLat::new(10.0, 50.0));
        let zoomed = Zoom::IDENTITY.zoom_at(4.0, europe, 390.0, 351.0).pan(150.0, 0.0, 390.0, 351.0);
        let (near, _) = names.place(zoomed);
        assert!(near.iter().any(|l| l.id == "duisburg"), "zoomed in on Germany, Duisburg is named");
        assert!(base.iter().all(|l| l.id != "duisburg"));
        let out = Zoom::IDENTITY.zoom_at(0.3, Point::new(195.0, 175.0), 390.0, 351.0);
        let (far, areas) = names.place(out);
        for (i, a) in far.iter().enumerate() {
            assert!(far[i + 1..].iter().all(|b| !a.rect.intersects(&b.rect)));
        }
        assert!(areas.len() <= basemap.labels.len());
    }
}
