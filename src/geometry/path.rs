//! Screen points → SVG path data, rounded to a tenth of a pixel (finer is invisible and costs
//! bytes in the DOM): each subpath's first point absolute, the others as steps from the one
//! before (`M108.8,321.8l-2.5,0.7-1.3,0.6`), about half the bytes of absolute points for the
//! basemap's short steps — the page carries this data in its static first screen. The steps
//! are differences of the rounded points, so no rounding error adds up along a line.

use super::Point;

// Path data is written as ASCII bytes and turned into a `String` once per path: paths are most
// of the scene's work for a big dataset, and a `push` per character, or `format!` per number
// (an allocation and the formatting machinery), made writing them slower than projecting them.

/// An open line: `M x,y L x,y …`.
pub fn line(points: &[Point]) -> String {
    let mut d = Vec::with_capacity(capacity([points]));
    append(&mut d, points);
    text(d)
}

/// Closed rings, one subpath each: `M … Z M … Z`.
pub fn rings<'a>(rings: impl IntoIterator<Item = &'a [Point]> + Clone) -> String {
    let mut d = Vec::with_capacity(capacity(rings.clone()));
    for ring in rings {
        if append(&mut d, ring) > 2 {
            d.push(b'Z');
        }
    }
    text(d)
}

/// Several open lines in one path.
pub fn lines<'a>(lines: impl IntoIterator<Item = &'a [Point]> + Clone) -> String {
    let mut d = Vec::with_capacity(capacity(lines.clone()));
    for line in lines {
        append(&mut d, line);
    }
    text(d)
}

/// Room for the path data of `lines` at about 12 bytes a point ("L123.4,56.7"), so that the
/// buffer is not copied as it grows.
fn capacity<'a>(lines: impl IntoIterator<Item = &'a [Point]>) -> usize {
    lines.into_iter().map(|l| l.len() * 12 + 1).sum()
}

/// The bytes as text: only ASCII digits, letters and punctuation were written, so the check
/// never fails.
fn text(d: Vec<u8>) -> String {
    String::from_utf8(d).unwrap_or_default()
}

/// Appends one subpath, skipping points that round onto the previous one; returns how many
/// points were written. Nothing coarser: the map zooms to 8×, where a tenth of a pixel here is
/// almost a pixel on screen.
fn append(d: &mut Vec<u8>, points: &[Point]) -> usize {
    let mut last: Option<(i64, i64)> = None;
    let mut written = 0;
    for p in points {
        // Ties to even: one wasm instruction (`f64.nearest`); `round` is a library call.
        let q = ((p.x * 10.0).round_ties_even() as i64, (p.y * 10.0).round_ties_even() as i64);
        match last {
            Some(prev) if prev == q => continue,
            Some(prev) => {
                push_pair(d, if written == 1 { Some(b'l') } else { None }, (q.0 - prev.0, q.1 - prev.1))
            }
            None => push_pair(d, Some(b'M'), q),
        }
        last = Some(q);
        written += 1;
    }
    written
}

/// `M123.4,56` for the command `M` and (1234, 560) in tenths; without a command, the pair
/// continues the one before (a comma before it unless it starts with a minus sign). Written
/// right to left into a small buffer and appended at once.
fn push_pair(d: &mut Vec<u8>, command: Option<u8>, (x, y): (i64, i64)) {
    let mut buf = [0u8; 48];
    let mut at = tenths_into(&mut buf, 48, y);
    if y >= 0 {
        at -= 1;
        buf[at] = b',';
    }
    at = tenths_into(&mut buf, at, x);
    match command {
        Some(c) => {
            at -= 1;
            buf[at] = c;
        }
        None if x >= 0 => {
            at -= 1;
            buf[at] = b',';
        }
        None => {}
    }
    d.extend_from_slice(&buf[at..]);
}

/// Writes `v` tenths ending just before `end`, right to left, and returns where it begins:
/// 123 → "12.3", 120 → "12", -5 → "-0.5". At most 23 bytes (`i64::MIN`).
fn tenths_into(buf: &mut [u8], end: usize, v: i64) -> usize {
    let mut at = end;
    let mut put = |byte: u8| {
        at -= 1;
        buf[at] = byte;
    };
    let mut rest = v.unsigned_abs();
    if !rest.is_multiple_of(10) {
        put(b'0' + (rest % 10) as u8);
        put(b'.');
    }
    rest /= 10;
    loop {
        put(b'0' + (rest % 10) as u8);
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    if v < 0 {
        put(b'-');
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(x: f64, y: f64) -> Point {
        Point::new(x, y)
    }

    #[test]
    fn a_line_is_a_moveto_then_relative_steps_in_tenths() {
        assert_eq!(line(&[p(0.0, 0.0), p(10.04, 5.55), p(-0.46, 20.0)]), "M0,0l10,5.6-10.5,14.4");
    }

    #[test]
    fn numbers_are_written_in_tenths_without_trailing_zeros() {
        let written: Vec<String> = [0, 5, -5, 10, 123, -120, 1_234_567, i64::MIN]
            .into_iter()
            .map(|v| {
                let mut buf = [0u8; 24];
                let at = tenths_into(&mut buf, 24, v);
                String::from_utf8_lossy(&buf[at..]).into_owned()
            })
            .collect();
        assert_eq!(written, ["0", "0.5", "-0.5", "1", "12.3", "-12", "123456.7", "-922337203685477580.8"]);
    }

    #[test]
    fn points_that_round_together_are_written_once() {
        assert_eq!(line(&[p(1.0, 1.0), p(1.02, 0.98), p(2.0, 1.0)]), "M1,1l1,0");
    }

    #[test]
    fn rings_are_closed_and_degenerate_ones_are_left_open() {
        let square = [p(0.0, 0.0), p(4.0, 0.0), p(4.0, 4.0)];
        let dot = [p(9.0, 9.0), p(9.0, 9.0)];
        assert_eq!(rings([&square[..], &dot[..]]), "M0,0l4,0,0,4ZM9,9");
    }

    #[test]
    fn several_lines_share_one_path() {
        assert_eq!(
            lines([&[p(0.0, 0.0), p(1.0, 1.0)][..], &[p(5.0, 5.0), p(6.0, 5.0)][..]]),
            "M0,0l1,1M5,5l1,0"
        );
    }

    /// Reads back `M x,y l dx,dy dx,dy …` (the one form written here) as absolute points.
    fn decode(d: &str) -> Vec<(f64, f64)> {
        let numbers: Vec<f64> = d[1..]
            .replace('l', ",")
            .replace('-', ",-")
            .split(',')
            .filter(|n| !n.is_empty())
            .map(|n| n.parse().unwrap()) // ok: test code, only numbers were written
            .collect();
        let mut at = (numbers[0], numbers[1]);
        let mut points = vec![at];
        for step in numbers[2..].chunks(2) {
            at = (at.0 + step[0], at.1 + step[1]);
            points.push(at);
        }
        points
    }

    #[test]
    fn steps_add_up_to_the_rounded_points_without_drift() {
        let points: Vec<Point> =
            (0..2000).map(|i| p(i as f64 * 0.37 + 0.049, (i as f64 * 0.1).sin() * 50.0 - 7.0)).collect();
        let decoded = decode(&line(&points));
        let expected: Vec<(f64, f64)> = points
            .iter()
            .map(|q| ((q.x * 10.0).round_ties_even() / 10.0, (q.y * 10.0).round_ties_even() / 10.0))
            .fold(Vec::new(), |mut kept, q| {
                if kept.last() != Some(&q) {
                    kept.push(q);
                }
                kept
            });
        assert_eq!(decoded.len(), expected.len());
        for (a, b) in decoded.iter().zip(&expected) {
            assert!((a.0 - b.0).abs() < 1e-6 && (a.1 - b.1).abs() < 1e-6, "{a:?} {b:?}");
        }
    }
}
