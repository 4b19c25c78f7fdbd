//! A compact hash index of positions, for the word tables' lookups after their first thousand.
//!
//! The word tables ([`crate::tables::SortedTable`]: given names, surnames, vocabulary) and the
//! gazetteer's surfaces are answered by binary search until a text has asked them ~1,000 times,
//! then through a hash index built once. A `HashMap<&str, &str>` spends 33 bytes per bucket (two
//! string references and a control byte) and was built in the middle of a long text's analysis,
//! where it stayed for good: 135 KB for the given names, 205 KB for the gazetteer. WebAssembly
//! memory never shrinks, and a block that lives on in the middle of a call's working set also
//! splits the room around it (without those maps, 1 MB of news as one string grew the memory by
//! 0.5–1.25 MB less). This index keeps 4 bytes per slot: a position the caller can read its key
//! back from (a line offset in a table, an index into sorted surfaces), at most half full.

use super::hash::FxBuild;
use std::hash::BuildHasher;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

/// Positions (any `u32` but `u32::MAX`) hashed by the key each stands for, with linear probing.
/// The keys are not stored: lookups ask the caller whether the key at a position is the one
/// sought.
#[derive(Debug)]
pub struct PosIndex {
    slots: Box<[u32]>,
    /// log2 of the number of slots.
    bits: u32,
}

/// An empty slot.
const EMPTY: u32 = u32::MAX;

impl PosIndex {
    /// Indexes `positions` (at most `max` of them: more are left out); `is_key(p, k)` says
    /// whether the key at position `p` is `k`, and `key_at(p)` gives it. A key met again keeps its
    /// first position (tables listed in parts read a key from the first part that has it).
    pub fn build<'k>(
        max: usize,
        positions: impl Iterator<Item = u32>,
        key_at: impl Fn(u32) -> &'k str,
        is_key: impl Fn(u32, &str) -> bool,
    ) -> PosIndex {
        // At most half full: a miss (most lookups) probes ~2.5 slots on average.
        let n = (max * 2).next_power_of_two().max(16);
        let mut index = PosIndex {
            slots: vec![EMPTY; n].into_boxed_slice(),
            bits: n.trailing_zeros(),
        };
        for p in positions.take(max) {
            if p == EMPTY {
                continue;
            }
            let key = key_at(p);
            let mask = index.slots.len() - 1;
            let mut i = index.home(key);
            loop {
                match index.slots[i] {
                    EMPTY => {
                        index.slots[i] = p;
                        break;
                    }
                    q if is_key(q, key) => break,
                    _ => i = (i + 1) & mask,
                }
            }
        }
        index
    }

    /// The position of `key`, if indexed (`is_key` as for [`PosIndex::build`]).
    #[inline]
    pub fn get(&self, key: &str, is_key: impl Fn(u32, &str) -> bool) -> Option<u32> {
        let mask = self.slots.len() - 1;
        let mut i = self.home(key);
        loop {
            match self.slots[i] {
                EMPTY => return None,
                q if is_key(q, key) => return Some(q),
                _ => i = (i + 1) & mask,
            }
        }
    }

    /// The slot a key's probe starts from: the top bits of its mixed hash (the same on 32-bit
    /// WebAssembly and natively).
    #[inline]
    fn home(&self, key: &str) -> usize {
        let h = FxBuild.hash_one(key);
        let h = (h as u32 ^ (h >> 32) as u32).wrapping_mul(0x9E37_79B9);
        (h >> (32 - self.bits)) as usize
    }

    /// Bytes the index holds.
    pub fn bytes(&self) -> usize {
        self.slots.len() * std::mem::size_of::<u32>()
    }
}

/// A [`PosIndex`] made only once a table has been asked enough times: the first lookups are
/// answered in place (by binary search), which costs a first analysis less than building the
/// index would.
#[derive(Debug)]
pub struct LateIndex {
    lookups: AtomicUsize,
    index: OnceLock<PosIndex>,
}

impl LateIndex {
    /// No lookups counted, no index.
    pub const fn new() -> LateIndex {
        LateIndex {
            lookups: AtomicUsize::new(0),
            index: OnceLock::new(),
        }
    }

    /// Counts a lookup: the index (made by `build` the first time) once `after` lookups were
    /// counted before this one, else `None` (answer in place).
    #[inline]
    pub fn get(&self, after: usize, build: impl FnOnce() -> PosIndex) -> Option<&PosIndex> {
        match self.index.get() {
            Some(index) => Some(index),
            None if self.lookups.fetch_add(1, Ordering::Relaxed) >= after => {
                Some(self.index.get_or_init(build))
            }
            None => None,
        }
    }

    /// Whether the index is made.
    pub fn is_built(&self) -> bool {
        self.index.get().is_some()
    }
}

impl Default for LateIndex {
    fn default() -> Self {
        LateIndex::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every key finds its first position; keys not indexed, prefixes and extensions find none;
    /// the index stays at most half full.
    #[test]
    fn finds_each_first_position_and_nothing_else() {
        let cases: &[(&str, &[&str])] = &[
            ("empty", &[]),
            ("one", &["Kyiv"]),
            (
                "repeated keys",
                &["Adams", "Baker", "Adams", "Zhou", "Baker"],
            ),
            (
                "many",
                &[
                    "a",
                    "an",
                    "and",
                    "Kyiv",
                    "Kursk",
                    "Kursk region",
                    "Sudzha",
                    "Moscow",
                    "Washington",
                    "Washington D.C.",
                    "12345678",
                    "123456789",
                    "É",
                    "",
                    "x",
                    "xx",
                    "xxx",
                    "xxxx",
                    "y",
                    "z",
                ],
            ),
        ];
        for &(name, keys) in cases {
            let key_at = |p: u32| keys[p as usize];
            let is_key = |p: u32, k: &str| keys[p as usize] == k;
            let index = PosIndex::build(keys.len(), 0..keys.len() as u32, key_at, is_key);
            assert!(
                index.bytes() >= 2 * keys.len() * 4,
                "{name}: over half full"
            );
            for (i, k) in keys.iter().enumerate() {
                let first = keys.iter().position(|x| x == k).map(|p| p as u32);
                assert_eq!(index.get(k, is_key), first, "{name}: {k:?}");
                assert!(first <= Some(i as u32));
            }
            for miss in [
                "Kyi",
                "Kyivs",
                "kyiv",
                "Washington DC",
                "1234567",
                "xxxxx",
                " ",
            ] {
                if !keys.contains(&miss) {
                    assert_eq!(index.get(miss, is_key), None, "{name}: {miss:?}");
                }
            }
        }
    }

    /// Thousands of keys (as many as the largest table) all come back; positions equal to the
    /// empty marker, or beyond the announced count, are left out rather than corrupting the index.
    #[test]
    fn large_tables_and_the_empty_marker() {
        let keys: Vec<String> = (0..20_000).map(|i| format!("w{i}")).collect();
        let key_at = |p: u32| keys[p as usize].as_str();
        let is_key = |p: u32, k: &str| keys.get(p as usize).is_some_and(|x| x == k);
        let index = PosIndex::build(keys.len(), 0..keys.len() as u32, key_at, is_key);
        for (i, k) in keys.iter().enumerate() {
            assert_eq!(index.get(k, is_key), Some(i as u32));
        }
        assert_eq!(index.get("w20000", is_key), None);
        let odd = PosIndex::build(1, [EMPTY].into_iter(), |_| "never read", |_, _| true);
        assert_eq!(odd.get("anything", |_, _| true), None);
        // More positions than announced: the extra ones are left out, the index stays sound.
        let few = PosIndex::build(2, 0..keys.len() as u32, key_at, is_key);
        assert_eq!(few.get("w1", is_key), Some(1));
        assert_eq!(few.get("w2", is_key), None);
    }

    /// A late index is made at the lookup after the `after`-th, once.
    #[test]
    fn late_index_comes_after_the_counted_lookups() {
        let late = LateIndex::new();
        let builds = std::cell::Cell::new(0);
        let build = || {
            builds.set(builds.get() + 1);
            PosIndex::build(1, 0..1, |_| "a", |_, k| k == "a")
        };
        for _ in 0..3 {
            assert!(late.get(3, build).is_none());
        }
        assert!(!late.is_built());
        for _ in 0..3 {
            assert_eq!(
                late.get(3, build).and_then(|i| i.get("a", |_, k| k == "a")),
                Some(0)
            );
        }
        assert!(late.is_built());
        assert_eq!(builds.get(), 1);
    }
}
