//! Placing place names so that none overlaps another name or a place's symbol.
//!
//! Greedy, by priority: the most important names (rank 1) are placed first, each at the first of
//! eight spots around its symbol that is free; a name with no free spot is left out — except a
//! rank-1 name, which then stands further off with a leader line to its symbol (the crowded
//! western end of a route on a phone: Duisburg, Frankfurt). Text widths are estimated from the
//! character count (no DOM here), generously, so the real box is smaller.

use super::{Point, Rect};

/// A name that would like to stand next to a symbol.
#[derive(Clone, Debug, PartialEq)]
pub struct Request {
    pub id: String,
    pub text: String,
    pub anchor: Point,
    /// 1 = most important.
    pub rank: u8,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Right,
    Left,
    Above,
    Below,
    UpperRight,
    LowerRight,
    UpperLeft,
    LowerLeft,
}

impl Side {
    /// Tried in this order: beside the symbol reads best, diagonals before nothing.
    const ALL: [Side; 8] = [
        Side::Right,
        Side::Left,
        Side::Above,
        Side::Below,
        Side::UpperRight,
        Side::LowerRight,
        Side::UpperLeft,
        Side::LowerLeft,
    ];

    /// SVG `text-anchor` for a name on this side.
    pub fn text_anchor(self) -> &'static str {
        match self {
            Side::Right | Side::UpperRight | Side::LowerRight => "start",
            Side::Left | Side::UpperLeft | Side::LowerLeft => "end",
            Side::Above | Side::Below => "middle",
        }
    }
}

/// A name where it will be drawn: `at` is the text's anchor point for SVG (`text-anchor` from
/// `side`, baseline at the middle of `rect`'s height).
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    pub id: String,
    pub text: String,
    pub side: Side,
    pub at: Point,
    pub rect: Rect,
    /// From the symbol's edge to the name, for a name that stands off its symbol.
    pub leader: Option<(Point, Point)>,
}

/// Text metrics, in pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Style {
    pub font_px: f64,
    /// Gap between the symbol's centre and the text.
    pub offset: f64,
}

/// A name's width at `font_px`: the UI font's average advance, generously estimated.
pub fn estimated_width(text: &str, font_px: f64) -> f64 {
    text.chars().count() as f64 * font_px * 0.62 + 2.0
}

impl Style {
    fn width(&self, text: &str) -> f64 {
        estimated_width(text, self.font_px)
    }

    fn height(&self) -> f64 {
        self.font_px * 1.25
    }
}

/// Something names keep clear of: a place's symbol (with that place's rank) or a sea's name
/// (rank 0, never covered).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Obstacle {
    pub rect: Rect,
    pub rank: u8,
}

impl Obstacle {
    /// A name may cover a much less important place's symbol (rank 1 over rank 3): in a crowded
    /// spot such as the Caucasus, Tbilisi's name matters more than Akhalkalaki's dot.
    fn blocks(&self, request: &Request) -> bool {
        self.rank < request.rank + 2
    }
}

/// Places `requests` inside `width` × `height`, avoiding `obstacles` and each other.
pub fn place(
    requests: &[Request],
    obstacles: &[Obstacle],
    width: f64,
    height: f64,
    style: Style,
) -> Vec<Placed> {
    let mut order: Vec<&Request> = requests.iter().collect();
    crate::stable_sort::sort_by_key(&mut order, |r| r.rank); // equal ranks keep the data's order
    let mut placed: Vec<Placed> = Vec::new();
    for request in order {
        let free = |rect: &Rect| {
            rect.inside(width, height)
                && !obstacles.iter().any(|o| o.blocks(request) && o.rect.intersects(rect))
                && !placed.iter().any(|p| p.rect.intersects(rect))
        };
        let beside =
            Side::ALL.into_iter().map(|side| candidate(request, side, style)).find(|c| free(&c.rect));
        let spot = beside.or_else(|| {
            // Off its symbol, a name and its line keep away from every other symbol, which they
            // would otherwise seem to name (Frankfurt's name beside Hamburg's square).
            let others = || obstacles.iter().filter(|o| o.rank > 0 && !o.rect.contains(request.anchor));
            let clear = |(from, to): (Point, Point)| {
                let crosses = |r: &Rect| (1..8).any(|i| r.contains(from.lerp(to, f64::from(i) / 8.0)));
                !placed.iter().any(|p| crosses(&p.rect))
                    // Symbols; a line may pass under a sea's name or a corner kept for controls
                    // (where a symbol under the zoom buttons starts).
                    && !others().any(|o| crosses(&o.rect.grown(LINE_APART)))
            };
            let apart = |rect: &Rect| !others().any(|o| o.rect.intersects(&rect.grown(APART)));
            (request.rank <= LEADER_RANK)
                .then(|| {
                    off_symbol(request, style)
                        .find(|c| free(&c.rect) && apart(&c.rect) && c.leader.is_some_and(clear))
                })
                .flatten()
        });
        placed.extend(spot);
    }
    placed
}

/// The ranks whose names are never left out for want of room beside the symbol.
const LEADER_RANK: u8 = 1;
/// The least distance, in pixels, between a name standing off its symbol and any other symbol,
/// and between its leader line and one.
const APART: f64 = 5.0;
const LINE_APART: f64 = 3.0;
/// How far off its symbol a name may stand, nearest first, in pixels.
const LEADER_LENGTHS: [f64; 4] = [20.0, 32.0, 46.0, 62.0];

/// Spots for a name away from its symbol, nearest first, in 24 directions from the left round
/// through up, each with the leader line from the symbol's edge to the name.
fn off_symbol(request: &Request, style: Style) -> impl Iterator<Item = Placed> + '_ {
    LEADER_LENGTHS.into_iter().flat_map(move |length| {
        (0..24).map(move |k| {
            let angle = std::f64::consts::PI * (1.0 + f64::from(k) / 12.0);
            let (dx, dy) = (angle.cos(), angle.sin());
            let a = request.anchor;
            let end = Point::new(a.x + dx * length, a.y + dy * length);
            let side = if dx > 0.38 {
                Side::Right
            } else if dx < -0.38 {
                Side::Left
            } else if dy < 0.0 {
                Side::Above
            } else {
                Side::Below
            };
            let at_end = Request { anchor: end, ..request.clone() };
            let start = Point::new(a.x + dx * (style.offset - 1.0), a.y + dy * (style.offset - 1.0));
            Placed { leader: Some((start, end)), ..candidate(&at_end, side, Style { offset: 1.0, ..style }) }
        })
    })
}

fn candidate(request: &Request, side: Side, style: Style) -> Placed {
    let (w, h, o) = (style.width(&request.text), style.height(), style.offset);
    let Point { x, y } = request.anchor;
    let d = o * 0.7; // diagonal offset
    let (left, top) = match side {
        Side::Right => (x + o, y - h / 2.0),
        Side::Left => (x - o - w, y - h / 2.0),
        Side::Above => (x - w / 2.0, y - o - h),
        Side::Below => (x - w / 2.0, y + o),
        Side::UpperRight => (x + d, y - d - h),
        Side::LowerRight => (x + d, y + d),
        Side::UpperLeft => (x - d - w, y - d - h),
        Side::LowerLeft => (x - d - w, y + d),
    };
    let at = match side.text_anchor() {
        "start" => Point::new(left, top + h / 2.0),
        "end" => Point::new(left + w, top + h / 2.0),
        _ => Point::new(x, top + h / 2.0),
    };
    let rect = Rect { x: left, y: top, width: w, height: h };
    Placed { id: request.id.clone(), text: request.text.clone(), side, at, rect, leader: None }
}

/// `text` in lines of at most `width` pixels at `font` px (DejaVu Sans averages about 0.6 em a glyph), at most
/// `max` lines, the last ending in "…" if the text is longer. Never at a no-break space, which
/// binds a number to its unit (`typeset`).
pub fn wrap(text: &str, font: f64, width: f64, max: usize) -> Vec<String> {
    let per_line = (width / (font * 0.6)) as usize;
    let mut lines: Vec<String> = Vec::new();
    let breaks = |c: char| c.is_whitespace() && c != '\u{a0}';
    for word in text.split(breaks).filter(|w| !w.is_empty()) {
        match lines.last_mut() {
            Some(last) if last.chars().count() + 1 + word.chars().count() <= per_line => {
                last.push(' ');
                last.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    if lines.len() > max {
        lines.truncate(max);
        if let Some(last) = lines.last_mut() {
            last.push_str(" …");
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    const STYLE: Style = Style { font_px: 12.0, offset: 6.0 };

    fn request(id: &str, x: f64, y: f64, rank: u8) -> Request {
        Request { id: id.into(), text: id.into(), anchor: Point::new(x, y), rank }
    }

    #[test]
    fn a_lone_name_goes_to_the_right_of_its_symbol() {
        let placed = place(&[request("Aktau", 100.0, 100.0, 1)], &[], 400.0, 300.0, STYLE);
        assert_eq!(placed.len(), 1);
        assert_eq!((placed[0].side, placed[0].at), (Side::Right, Point::new(106.0, 100.0)));
    }

    #[test]
    fn a_name_against_the_right_edge_moves_left() {
        let placed = place(&[request("Shanghai", 390.0, 100.0, 1)], &[], 400.0, 300.0, STYLE);
        assert_eq!(placed[0].side, Side::Left);
    }

    #[test]
    fn when_two_names_collide_the_more_important_one_stays() {
        // Both share a spot; the left half is blocked, so only the right-hand spot is free.
        let requests = [request("Kuryk", 100.0, 100.0, 3), request("Aktau", 100.0, 100.0, 1)];
        let obstacles = [Obstacle { rect: Rect { x: 0.0, y: 0.0, width: 99.0, height: 300.0 }, rank: 0 }];
        let placed = place(&requests, &obstacles, 400.0, 300.0, STYLE);
        assert_eq!(placed.iter().map(|p| p.id.as_str()).collect::<Vec<_>>(), ["Aktau"]);
    }

    #[test]
    fn no_two_placed_boxes_intersect_in_a_crowd() {
        let requests: Vec<Request> = (0..60)
            .map(|i| {
                request(
                    &format!("Place {i}"),
                    (i * 37 % 300) as f64,
                    (i * 53 % 200) as f64,
                    (i % 3 + 1) as u8,
                )
            })
            .collect();
        let placed = place(&requests, &[], 320.0, 220.0, STYLE);
        assert!(placed.len() > 5);
        for (i, a) in placed.iter().enumerate() {
            assert!(a.rect.inside(320.0, 220.0));
            for b in &placed[i + 1..] {
                assert!(!a.rect.intersects(&b.rect), "{} and {} overlap", a.id, b.id);
            }
        }
    }

    #[test]
    fn a_main_name_with_no_room_beside_its_symbol_stands_off_with_a_leader_line() {
        // Three main places a few pixels apart at the map's left edge, as a route's western end
        // on a phone: each would need the others' spots.
        let requests = [
            request("Duisburg", 6.0, 60.0, 1),
            request("Frankfurt", 9.0, 70.0, 1),
            request("Munich", 13.0, 80.0, 1),
        ];
        let symbols: Vec<Obstacle> = requests
            .iter()
            .map(|r| Obstacle {
                rect: Rect { x: r.anchor.x - 5.0, y: r.anchor.y - 5.0, width: 10.0, height: 10.0 },
                rank: 1,
            })
            .collect();
        let placed = place(&requests, &symbols, 320.0, 200.0, STYLE);
        assert_eq!(placed.len(), 3, "{placed:?}");
        let leadered: Vec<&Placed> = placed.iter().filter(|p| p.leader.is_some()).collect();
        assert!(!leadered.is_empty());
        for (i, a) in placed.iter().enumerate() {
            assert!(a.rect.inside(320.0, 200.0), "{}", a.id);
            assert!(symbols.iter().all(|s| !s.rect.intersects(&a.rect)), "{} covers a symbol", a.id);
            assert!(placed[i + 1..].iter().all(|b| !a.rect.intersects(&b.rect)), "{} overlaps", a.id);
        }
        for p in leadered {
            let (from, to) = p.leader.unwrap_or((Point::new(0.0, 0.0), Point::new(0.0, 0.0)));
            let anchor = requests.iter().find(|r| r.id == p.id).map(|r| r.anchor).unwrap_or(from);
            assert!(from.distance(anchor) < STYLE.offset, "{}: the line starts at the symbol", p.id);
            let edge = |r: &Rect| {
                r.x - 1.5 <= to.x
                    && to.x <= r.x + r.width + 1.5
                    && r.y - 1.5 <= to.y
                    && to.y <= r.y + r.height + 1.5
            };
            assert!(edge(&p.rect), "{}: the line ends at the name", p.id);
        }
        // A minor place with no room is still left out.
        let crowded = [request("Kuryk", 6.0, 60.0, 2), request("Aktau", 6.0, 60.0, 1)];
        assert!(
            place(&crowded, &symbols, 320.0, 200.0, STYLE)
                .iter()
                .all(|p| p.id != "Kuryk" || p.leader.is_none())
        );
    }

    #[test]
    fn names_avoid_symbols() {
        let symbol = Rect { x: 104.0, y: 94.0, width: 12.0, height: 12.0 };
        let placed = place(
            &[request("Alat", 100.0, 100.0, 1)],
            &[Obstacle { rect: symbol, rank: 2 }],
            400.0,
            300.0,
            STYLE,
        );
        assert_ne!(placed[0].side, Side::Right);
        assert!(!placed[0].rect.intersects(&symbol));
        // A minor place's symbol does not stand in a main place's way.
        let placed = place(
            &[request("Alat", 100.0, 100.0, 1)],
            &[Obstacle { rect: symbol, rank: 3 }],
            400.0,
            300.0,
            STYLE,
        );
        assert_eq!(placed[0].side, Side::Right);
    }
}
