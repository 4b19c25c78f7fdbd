//! A fast hasher for the word tables, and ASCII lower-casing without allocation.
//!
//! The word lists (given names, surnames, vocabulary, gazetteer surfaces…) are looked up several
//! times per token. std's default SipHash is built to resist collision attacks on tables filled
//! from untrusted input; these tables are filled from our own compiled-in lists, so a lookup of any
//! word costs one probe of a fixed chain and no input can degrade them. A multiply-rotate hash (the
//! FxHash family rustc uses) is several times cheaper on short words. Tables filled from the input
//! text keep std's `RandomState`.
//!
//! Written by hand (a dozen lines) rather than pulled in as a crate: it keeps the dependency tree
//! and the .wasm as they are.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

const K: u64 = 0xf135_7aea_2e62_a9c5;

/// FxHash-style hasher: `h = (h ^ chunk) * K` over 8-byte chunks, rotated at the end so the bits
/// hashbrown uses for bucket index and tag both depend on every input byte.
#[derive(Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

impl FxHasher {
    #[inline]
    fn add(&mut self, x: u64) {
        self.hash = (self.hash ^ x).wrapping_mul(K);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut b = bytes;
        while let Some((c, rest)) = b.split_first_chunk::<8>() {
            self.add(u64::from_le_bytes(*c));
            b = rest;
        }
        // The last 0–7 bytes, read as two overlapping halves (no copy), with their count.
        let n = b.len() as u64;
        let v = if let (Some(lo), Some(hi)) = (b.first_chunk::<4>(), b.last_chunk::<4>()) {
            u64::from(u32::from_le_bytes(*lo)) | u64::from(u32::from_le_bytes(*hi)) << 32
        } else if let (Some(&x), Some(&y), Some(&z)) = (b.first(), b.get(b.len() / 2), b.last()) {
            u64::from(x) | u64::from(y) << 8 | u64::from(z) << 16
        } else {
            0
        };
        self.add(v ^ (n << 59));
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.hash.rotate_left(26)
    }
}

/// Builds [`FxHasher`]s.
pub type FxBuild = BuildHasherDefault<FxHasher>;
/// A `HashMap` over [`FxHasher`], for compiled-in tables.
pub type FxHashMap<K, V> = HashMap<K, V, FxBuild>;
/// A `HashSet` over [`FxHasher`], for compiled-in tables.
pub type FxHashSet<K> = HashSet<K, FxBuild>;

/// Calls `f` with `w` lower-cased (exactly as `str::to_lowercase` would), without allocating when
/// `w` is short ASCII.
#[inline]
pub fn with_lowercase<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    let b = w.as_bytes();
    if !b.iter().any(|&c| c.is_ascii_uppercase() || c >= 0x80) {
        // Already lower-case ASCII.
        return f(w);
    }
    if b.len() <= 32 && b.is_ascii() {
        let mut buf = [0u8; 32];
        for (o, c) in buf.iter_mut().zip(b) {
            *o = c.to_ascii_lowercase();
        }
        let out = &buf[..b.len()];
        // SAFETY: `out` holds ASCII bytes only (copies of the ASCII `b`, lower-cased as ASCII),
        // and ASCII is valid UTF-8.
        f(unsafe { std::str::from_utf8_unchecked(out) })
    } else {
        f(&w.to_lowercase())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::BuildHasher;

    #[test]
    fn lowercase_matches_std() {
        for w in [
            "Kyiv",
            "MEANWHILE",
            "the",
            "Ünïcode",
            "ΣΊΣΥΦΟΣ",
            "",
            "x".repeat(60).as_str(),
        ] {
            assert_eq!(with_lowercase(w, str::to_string), w.to_lowercase());
        }
    }

    #[test]
    fn tables_find_what_they_hold_and_words_hash_apart() {
        let words = [
            "a",
            "an",
            "and",
            "Kyiv",
            "Kyiv ",
            "Kursk region",
            "12345678",
            "123456789",
        ];
        let set: FxHashSet<&str> = words.iter().copied().collect();
        assert!(words.iter().all(|w| set.contains(w)));
        assert!(!set.contains("Kursk") && !set.contains("A"));
        let b = FxBuild::default();
        let hashes: FxHashSet<u64> = words.iter().map(|w| b.hash_one(w)).collect();
        assert_eq!(hashes.len(), words.len());
    }
}
