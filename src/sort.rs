//! Stable sorting with one compiled copy of the sort algorithm.
//!
//! `slice::sort_by` is generic: every element type and comparator gets its own copy of the
//! standard library's driftsort (about 3 KB of WebAssembly each; the crate had 16 of them). These
//! functions sort a vector of indices with a type-erased comparator instead, so the sort itself is
//! compiled once, then move the elements into place. The result is exactly that of
//! `slice::sort_by` / `sort_by_key`: stable, equal elements keep their order.

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp` (same result as `v.sort_by(cmp)`).
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let order = {
        let items: &[T] = v;
        order_by(items.len(), |a, b| cmp(&items[a], &items[b]))
    };
    permute(v, order);
}

/// The positions `0..n` in the stable order `cmp` gives them: sorting by positions lets the
/// comparison read other vectors beside the one sorted. [`permute`] then moves the elements.
pub fn order_by(n: usize, mut cmp: impl FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    if n > 1 {
        sort_indices(&mut order, &mut cmp);
    }
    order
}

/// Sorts `v` stably by the key `f` gives (same result as `v.sort_by_key(f)`).
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut f: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| f(a).cmp(&f(b)));
}

/// The one copy of the stable sort: indices compared through `cmp`.
#[inline(never)]
fn sort_indices(order: &mut [usize], cmp: &mut dyn FnMut(usize, usize) -> Ordering) {
    order.sort_by(|&a, &b| cmp(a, b));
}

/// Moves `v[order[i]]` to position `i` for every `i` (`order` is a permutation of `0..v.len()`),
/// in place.
pub fn permute<T>(v: &mut [T], order: Vec<usize>) {
    // dest[j] = where the element now at j must go; swap each element straight to its place.
    let mut dest = vec![0usize; order.len()];
    for (i, &j) in order.iter().enumerate() {
        dest[j] = i;
    }
    for i in 0..v.len() {
        while dest[i] != i {
            let t = dest[i];
            v.swap(i, t);
            dest.swap(i, t);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_as_std_stable_sort() {
        // Pairs with many equal keys: stability shows in the second field.
        let mut seed = 12345u64;
        for len in [0usize, 1, 2, 3, 7, 20, 100, 1000] {
            let v: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    ((seed >> 59) as u8, i)
                })
                .collect();
            let mut ours = v.clone();
            let mut std = v.clone();
            sort_by_key(&mut ours, |p| p.0);
            std.sort_by_key(|p| p.0);
            assert_eq!(ours, std, "len {len}");
            let mut ours = v.clone();
            let mut std = v;
            sort_by(&mut ours, |a, b| b.0.cmp(&a.0));
            // The same comparator as ours, on purpose (not `sort_by_key` with `Reverse`).
            #[allow(clippy::unnecessary_sort_by)]
            std.sort_by(|a, b| b.0.cmp(&a.0));
            assert_eq!(ours, std, "reversed, len {len}");
        }
    }

    #[test]
    fn sorts_owned_strings() {
        let mut v: Vec<String> = ["pear", "apple", "fig", "apple", "kiwi"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        sort_by(&mut v, |a, b| a.len().cmp(&b.len()));
        assert_eq!(v, ["fig", "pear", "kiwi", "apple", "apple"]);
    }
}
