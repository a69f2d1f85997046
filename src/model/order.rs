//! Sorting the short lists of the app: findings, dimensions, the assessments in one
//! browser.
//!
//! The standard library's stable sort is fast on long slices but adds about 4 KB of
//! WebAssembly for every element type it is used with; the lists here hold tens of
//! items (a few hundred at the very most), where a stable insertion sort is both small
//! and quick enough.

use std::cmp::Ordering;

/// Sorts `items` in place by `cmp`, keeping equal items in their original order.
/// Quadratic in the worst case: meant for short lists only.
pub fn sort_small_by<T>(items: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && cmp(&items[j - 1], &items[j]) == Ordering::Greater {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}
