//! The story's annotations as callouts: a short text of a few lines, off the thing it is about,
//! joined to it by a leader line, placed after the names so that it covers no name, no main
//! place's symbol, no control and no other callout. One that finds no room is left out, as a
//! name would be; zooming in gives it room.

use super::labels::Obstacle;
use super::{Point, Rect, Scene};
use crate::model::{AnnotationAt, Dataset};

/// A callout that wants a place: its text wrapped for each width it may take (the first
/// preferred; a narrower or wider one where that does not fit), the point it is about, its rank.
#[derive(Clone, Debug, PartialEq)]
pub struct CalloutRequest {
    pub id: String,
    pub wrapped: Vec<Vec<String>>,
    /// Where the leader may start, preferred first (along a leg: its middle, then further out).
    pub anchors: Vec<Point>,
    pub rank: u8,
}

/// A callout where it is drawn: `rect` holds its lines (the first line's baseline at
/// `rect.y + FONT`), the leader runs from the thing to the box.
#[derive(Clone, Debug, PartialEq)]
pub struct Callout {
    pub id: String,
    pub lines: Vec<String>,
    pub rect: Rect,
    pub leader: (Point, Point),
}

/// The callouts' text size and line height, in pixels.
pub const FONT: f64 = 11.0;
const LINE: f64 = 13.5;
/// How far off the thing a callout may stand, nearest first.
const LENGTHS: [f64; 6] = [24.0, 38.0, 54.0, 72.0, 94.0, 120.0];

/// The points an annotation is about, on the unzoomed scene, preferred first: a place's symbol;
/// along a leg's line its middle, then a third and a sixth of the way from either end; or a
/// position.
pub fn anchors(data: &Dataset, scene: &Scene, at: &AnnotationAt) -> Vec<Point> {
    match at {
        AnnotationAt::Position(p) => vec![scene.projection.project(*p)],
        AnnotationAt::Item(id) => {
            if let Some(node) = scene.nodes.iter().find(|n| &n.id == id) {
                return vec![node.at];
            }
            let Some(leg) = data.legs.iter().find(|l| &l.id == id) else { return Vec::new() };
            let line: Vec<Point> = leg.path.iter().map(|&p| scene.projection.project(p)).collect();
            [0.5, 0.33, 0.67, 0.17, 0.83].into_iter().filter_map(|t| along(&line, t)).collect()
        }
    }
}

/// Whether the annotation `id` is about something the map does not show: a leg of a hidden
/// corridor, or a place all of whose legs are hidden. An annotation at a position always shows.
pub fn about_hidden(data: &Dataset, id: &str, hidden: &[crate::model::CorridorId]) -> bool {
    let Some(AnnotationAt::Item(item)) = data.story.annotations.iter().find(|a| a.id == id).map(|a| &a.at)
    else {
        return false;
    };
    let mut legs = data.legs.iter().filter(|l| &l.id == item || &l.from == item || &l.to == item).peekable();
    legs.peek().is_some() && legs.all(|l| hidden.contains(&l.corridor))
}

/// The point `t` of the way along a polyline, by length.
fn along(line: &[Point], t: f64) -> Option<Point> {
    let total: f64 = line.windows(2).map(|w| w[0].distance(w[1])).sum();
    let mut left = total * t;
    for w in line.windows(2) {
        let step = w[0].distance(w[1]);
        if left <= step && step > 0.0 {
            return Some(w[0].lerp(w[1], left / step));
        }
        left -= step;
    }
    line.last().copied()
}

/// Places `requests` (already in screen space) inside `width` × `height`, clear of `taken`
/// and of each other; the most important first.
pub fn place(requests: &[CalloutRequest], taken: &[Obstacle], width: f64, height: f64) -> Vec<Callout> {
    let mut order: Vec<&CalloutRequest> = requests.iter().collect();
    crate::stable_sort::sort_by_key(&mut order, |r| r.rank);
    let mut placed: Vec<Callout> = Vec::new();
    for request in order {
        let free = |c: &Callout| {
            let (from, to) = c.leader;
            let crosses = |r: &Rect| (1..8).any(|i| r.contains(from.lerp(to, f64::from(i) / 8.0)));
            c.rect.inside(width, height)
                && !taken.iter().any(|o| o.rect.intersects(&c.rect) || (o.rank > 0 && crosses(&o.rect)))
                && !placed.iter().any(|p| p.rect.intersects(&c.rect) || crosses(&p.rect))
        };
        let spot = request.anchors.iter().find_map(|&anchor| {
            request.wrapped.iter().find_map(|lines| candidates(&request.id, anchor, lines).find(free))
        });
        placed.extend(spot);
    }
    placed
}

/// Boxes around the point `a`, nearest first, in 24 directions from the upper left round.
fn candidates<'a>(id: &'a str, a: Point, lines: &'a [String]) -> impl Iterator<Item = Callout> + 'a {
    let chars = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0) as f64;
    let (w, h) = (chars * FONT * 0.6 + 4.0, lines.len() as f64 * LINE + 2.0);
    LENGTHS.into_iter().flat_map(move |length| {
        (0..24).map(move |k| {
            let angle = std::f64::consts::PI * (1.25 + f64::from(k) / 12.0);
            let (dx, dy) = (angle.cos(), angle.sin());
            let end = Point::new(a.x + dx * length, a.y + dy * length);
            // The box on the far side of the line's end from the anchor.
            let x = if dx > 0.38 {
                end.x
            } else if dx < -0.38 {
                end.x - w
            } else {
                end.x - w / 2.0
            };
            let y = if dy > 0.38 {
                end.y
            } else if dy < -0.38 {
                end.y - h
            } else {
                end.y - h / 2.0
            };
            let start = Point::new(a.x + dx * 3.0, a.y + dy * 3.0);
            Callout {
                id: id.to_string(),
                lines: lines.to_vec(),
                rect: Rect { x, y, width: w, height: h },
                leader: (start, end),
            }
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(id: &str, x: f64, y: f64, rank: u8) -> CalloutRequest {
        let lines = vec!["Caspian ferries:".to_string(), "4.5 Mt a year [3]".to_string()];
        CalloutRequest { id: id.into(), wrapped: vec![lines], anchors: vec![Point::new(x, y)], rank }
    }

    #[test]
    fn a_callout_stands_off_its_point_clear_of_names_and_symbols() {
        let name = Obstacle { rect: Rect { x: 80.0, y: 40.0, width: 80.0, height: 14.0 }, rank: 1 };
        let symbol = Obstacle { rect: Rect { x: 95.0, y: 95.0, width: 10.0, height: 10.0 }, rank: 1 };
        let placed = place(&[request("ferry", 100.0, 100.0, 1)], &[name, symbol], 400.0, 300.0);
        assert_eq!(placed.len(), 1);
        let c = &placed[0];
        assert!(!c.rect.intersects(&name.rect) && !c.rect.intersects(&symbol.rect));
        assert!(c.rect.inside(400.0, 300.0));
        assert!(c.leader.0.distance(Point::new(100.0, 100.0)) < 4.0, "the line starts at the point");
        let (x, y) = (c.leader.1.x, c.leader.1.y);
        let near = |r: &Rect| {
            r.x - 1.0 <= x && x <= r.x + r.width + 1.0 && r.y - 1.0 <= y && y <= r.y + r.height + 1.0
        };
        assert!(near(&c.rect), "the line ends at the box");
    }

    #[test]
    fn along_a_line_by_length() {
        let line = [Point::new(0.0, 0.0), Point::new(10.0, 0.0), Point::new(10.0, 30.0)];
        assert_eq!(along(&line, 0.5), Some(Point::new(10.0, 10.0)));
        assert_eq!(along(&line, 0.0), Some(Point::new(0.0, 0.0)));
        assert_eq!(along(&line, 1.0), Some(Point::new(10.0, 30.0)));
        assert_eq!(along(&[], 0.5), None);
    }

    #[test]
    fn callouts_never_overlap_and_one_without_room_is_left_out() {
        let requests: Vec<CalloutRequest> = (0..12)
            .map(|i| request(&format!("c{i}"), 60.0 + 10.0 * f64::from(i), 60.0, 1 + (i % 2) as u8))
            .collect();
        let placed = place(&requests, &[], 240.0, 160.0);
        assert!(!placed.is_empty() && placed.len() < requests.len(), "{} placed", placed.len());
        for (i, a) in placed.iter().enumerate() {
            assert!(placed[i + 1..].iter().all(|b| !a.rect.intersects(&b.rect)), "{} overlaps", a.id);
        }
        // Rank 1 first: every rank-1 callout that fits comes before any rank 2.
        assert!(placed.iter().any(|c| c.id == "c0"));
    }

    #[test]
    fn an_annotation_about_a_hidden_corridor_is_hidden_with_it() {
        let (mut data, _) = crate::test_story::synthetic();
        let at = |item: &str| AnnotationAt::Item(item.into());
        for (id, item) in [
            ("on-leg", at("hill-ford")),
            ("at-place", at("west-port")),
            ("here", AnnotationAt::Position(crate::model::LonLat::new(20.0, 45.0))),
        ] {
            data.story.annotations.push(crate::model::Annotation {
                id: id.into(),
                at: item,
                text: Default::default(),
                source: None,
                rank: 1,
            });
        }
        let corridor = |code: &str| data.corridor_by_code(code).unwrap(); // ok: test code
        let (east, west, ocean) = (corridor("east"), corridor("west"), corridor("ocean"));
        assert!(!about_hidden(&data, "on-leg", &[]));
        assert!(about_hidden(&data, "on-leg", &[east]));
        // The western port is on three corridors: hidden only with all of them.
        assert!(!about_hidden(&data, "at-place", &[east, west]));
        assert!(about_hidden(&data, "at-place", &[east, west, ocean]));
        assert!(!about_hidden(&data, "here", &[east, west, ocean]));
    }
}
