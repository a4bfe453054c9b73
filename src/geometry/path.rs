//! Screen points → SVG path data, rounded to a tenth of a pixel (finer is invisible and costs
//! bytes in the DOM).

use super::Point;

/// An open line: `M x,y L x,y …`.
pub fn line(points: &[Point]) -> String {
    let mut d = String::with_capacity(points.len() * 12);
    append(&mut d, points);
    d
}

/// Closed rings, one subpath each: `M … Z M … Z`.
pub fn rings<'a>(rings: impl IntoIterator<Item = &'a [Point]>) -> String {
    let mut d = String::new();
    for ring in rings {
        if append(&mut d, ring) > 2 {
            d.push('Z');
        }
    }
    d
}

/// Several open lines in one path.
pub fn lines<'a>(lines: impl IntoIterator<Item = &'a [Point]>) -> String {
    let mut d = String::new();
    for line in lines {
        append(&mut d, line);
    }
    d
}

/// Points closer than this to the last one written are left out (tenths of a pixel): half a
/// pixel is below what a screen shows, and a dense line (a long great circle, an editor's
/// detailed GeoJSON) then costs what its drawn length costs, not what its vertex count does.
const MIN_STEP: i64 = 5;

/// Appends one subpath, leaving out points within `MIN_STEP` of the last one written (but always
/// the line's end); returns how many points were written.
fn append(d: &mut String, points: &[Point]) -> usize {
    let mut last: Option<(i64, i64)> = None;
    let mut written = 0;
    for (i, p) in points.iter().enumerate() {
        let q = ((p.x * 10.0).round() as i64, (p.y * 10.0).round() as i64);
        let is_end = i + 1 == points.len();
        if let Some(l) = last
            && (l == q || (!is_end && (l.0 - q.0).abs() < MIN_STEP && (l.1 - q.1).abs() < MIN_STEP))
        {
            continue;
        }
        d.push(if written == 0 { 'M' } else { 'L' });
        push_tenths(d, q.0);
        d.push(',');
        push_tenths(d, q.1);
        last = Some(q);
        written += 1;
    }
    written
}

/// 123 → "12.3", 120 → "12", -5 → "-0.5". Digits are pushed one by one: paths are most of
/// the scene's work, and `format!` per number (an allocation and the formatting machinery) made
/// writing them slower than projecting them.
fn push_tenths(d: &mut String, v: i64) {
    if v < 0 {
        d.push('-');
    }
    let v = v.unsigned_abs();
    push_digits(d, v / 10);
    if !v.is_multiple_of(10) {
        d.push('.');
        d.push(char::from(b'0' + (v % 10) as u8));
    }
}

fn push_digits(d: &mut String, v: u64) {
    if v >= 10 {
        push_digits(d, v / 10);
    }
    d.push(char::from(b'0' + (v % 10) as u8));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(x: f64, y: f64) -> Point {
        Point::new(x, y)
    }

    #[test]
    fn a_line_is_moveto_then_linetos_in_tenths() {
        assert_eq!(line(&[p(0.0, 0.0), p(10.04, 5.55), p(-0.46, 20.0)]), "M0,0L10,5.6L-0.5,20");
    }

    #[test]
    fn numbers_are_written_in_tenths_without_trailing_zeros() {
        let mut d = String::new();
        for v in [0, 5, -5, 10, 123, -120, 1_234_567] {
            push_tenths(&mut d, v);
            d.push(' ');
        }
        assert_eq!(d, "0 0.5 -0.5 1 12.3 -12 123456.7 ");
    }

    #[test]
    fn points_that_round_together_are_written_once() {
        assert_eq!(line(&[p(1.0, 1.0), p(1.02, 0.98), p(2.0, 1.0)]), "M1,1L2,1");
    }

    #[test]
    fn points_within_half_a_pixel_are_left_out_but_the_end_is_kept() {
        let dense: Vec<Point> = (0..=20).map(|i| p(f64::from(i) * 0.1, 0.0)).collect();
        assert_eq!(line(&dense), "M0,0L0.5,0L1,0L1.5,0L2,0");
        assert_eq!(line(&[p(0.0, 0.0), p(0.2, 0.0), p(0.3, 0.1)]), "M0,0L0.3,0.1");
    }

    #[test]
    fn rings_are_closed_and_degenerate_ones_are_left_open() {
        let square = [p(0.0, 0.0), p(4.0, 0.0), p(4.0, 4.0)];
        let dot = [p(9.0, 9.0), p(9.0, 9.0)];
        assert_eq!(rings([&square[..], &dot[..]]), "M0,0L4,0L4,4ZM9,9");
    }

    #[test]
    fn several_lines_share_one_path() {
        assert_eq!(
            lines([&[p(0.0, 0.0), p(1.0, 1.0)][..], &[p(5.0, 5.0), p(6.0, 5.0)][..]]),
            "M0,0L1,1M5,5L6,5"
        );
    }
}
