//! Stable sorting through one copy of the standard library's sort.
//!
//! `slice::sort_by` is generic over the element and the comparison, so every call site compiles
//! its own copy of the stable sort into the wasm (3–4 KB each). Here each call sorts a list of
//! positions with one comparison type, then moves the elements into that order: one copy of the
//! sort for the whole program. It is for short lists (places, figures, a race's entrants: tens
//! of items), where the extra pass and the calls through `dyn` cost nothing measurable; the
//! frame's sort of every vertex of a story stays on the standard library's (`geometry/frame.rs`).

use std::cmp::Ordering;

/// Sorts `items` by `cmp`, keeping equal items in their order.
pub fn sort_by<T>(items: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    let order = positions(items.len(), &|a, b| cmp(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// Sorts `items` by `key`, keeping items with equal keys in their order.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// The positions `0..len` in the order `cmp` gives them (not generic, so compiled once).
#[inline(never)]
fn positions(len: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_by_key_and_keeps_equal_keys_in_order() {
        let mut items = vec![(2, 'a'), (1, 'b'), (2, 'c'), (0, 'd'), (1, 'e')];
        sort_by_key(&mut items, |i| i.0);
        assert_eq!(items, [(0, 'd'), (1, 'b'), (1, 'e'), (2, 'a'), (2, 'c')]);
    }

    #[test]
    fn sorts_by_a_comparison() {
        let mut items = vec![3.5, -1.0, f64::INFINITY, 0.0];
        sort_by(&mut items, f64::total_cmp);
        assert_eq!(items, [-1.0, 0.0, 3.5, f64::INFINITY]);
    }

    #[test]
    fn empty_and_single_lists_stay_as_they_are() {
        let mut empty: Vec<u8> = Vec::new();
        sort_by_key(&mut empty, |&i| i);
        assert!(empty.is_empty());
        let mut one = vec!["x".to_string()];
        sort_by_key(&mut one, |s| s.len());
        assert_eq!(one, ["x"]);
    }
}
