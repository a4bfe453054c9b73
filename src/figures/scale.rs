//! Linear scales and "nice" ticks (1, 2 or 5 times a power of ten), as readers expect on an
//! axis: 0, 2, 4, 6 rather than 0, 1.83, 3.67.

/// Maps a domain linearly onto a range of pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Linear {
    pub domain: (f64, f64),
    pub range: (f64, f64),
}

impl Linear {
    pub fn new(domain: (f64, f64), range: (f64, f64)) -> Self {
        Self { domain, range }
    }

    pub fn at(&self, value: f64) -> f64 {
        let (d0, d1) = self.domain;
        let (r0, r1) = self.range;
        if d1 == d0 { (r0 + r1) / 2.0 } else { r0 + (value - d0) / (d1 - d0) * (r1 - r0) }
    }
}

/// The step between about `count` ticks over `span`: 1, 2 or 5 times a power of ten.
pub fn step(span: f64, count: usize) -> f64 {
    if span.is_nan() || span <= 0.0 || count == 0 {
        return 1.0;
    }
    let raw = span / count as f64;
    let power = 10f64.powf(raw.log10().floor());
    let ratio = raw / power;
    let nice = if ratio >= 7.5 {
        10.0
    } else if ratio >= 3.5 {
        5.0
    } else if ratio >= 1.5 {
        2.0
    } else {
        1.0
    };
    nice * power
}

/// Ticks from 0 to at least `max`: the axis ends on a tick, so the top bar never touches the
/// frame and the reader sees what the top line means.
pub fn ticks(max: f64, count: usize) -> Vec<f64> {
    let step = step(max, count);
    let n = (max / step - 1e-9).ceil().max(1.0) as usize;
    // Multiplying (not adding) keeps 0.1 + 0.2 errors out of the labels.
    (0..=n).map(|i| round(i as f64 * step, step)).collect()
}

/// Rounds away floating-point noise at the precision of `step`.
fn round(value: f64, step: f64) -> f64 {
    let decimals = (-step.log10().floor()).max(0.0) as i32;
    let factor = 10f64.powi(decimals);
    (value * factor).round() / factor
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_one_two_or_five() {
        assert_eq!(step(11.0, 5), 2.0);
        assert_eq!(step(35.0, 4), 10.0);
        assert_eq!(step(300_000.0, 4), 100_000.0);
        assert_eq!(step(0.9, 4), 0.2);
        assert_eq!(step(60.0, 6), 10.0);
        assert_eq!(step(0.0, 4), 1.0);
    }

    #[test]
    fn ticks_start_at_zero_and_end_at_or_above_the_maximum() {
        assert_eq!(ticks(11.0, 5), [0.0, 2.0, 4.0, 6.0, 8.0, 10.0, 12.0]);
        assert_eq!(ticks(10.0, 5), [0.0, 2.0, 4.0, 6.0, 8.0, 10.0]);
        assert_eq!(ticks(380_000.0, 4), [0.0, 100_000.0, 200_000.0, 300_000.0, 400_000.0]);
        assert_eq!(ticks(0.7, 4), [0.0, 0.2, 0.4, 0.6, 0.8]);
        assert_eq!(ticks(0.0, 4), [0.0, 1.0]);
    }

    #[test]
    fn ticks_have_no_floating_point_noise() {
        for tick in ticks(0.7, 7) {
            assert!(format!("{tick}").len() <= 3, "{tick}");
        }
    }

    #[test]
    fn linear_maps_ends_and_middle() {
        let y = Linear::new((0.0, 12.0), (200.0, 10.0));
        assert_eq!(y.at(0.0), 200.0);
        assert_eq!(y.at(12.0), 10.0);
        assert_eq!(y.at(6.0), 105.0);
        assert_eq!(Linear::new((5.0, 5.0), (0.0, 10.0)).at(5.0), 5.0);
    }
}
