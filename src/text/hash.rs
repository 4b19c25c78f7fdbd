//! A fast hasher for the word tables, and ASCII lower-casing without allocation.
//!
//! The word lists (given names, surnames, vocabulary, gazetteer surfaces…) are looked up several
//! times per token. std's default SipHash is built to resist collision attacks on tables filled
//! from untrusted input; these tables are filled from our own compiled-in lists, so a lookup of any
//! word costs one probe of a fixed chain and no input can degrade them. A multiply-rotate hash (the
//! FxHash family rustc uses) is several times cheaper on short words. Tables filled from the input
//! text keep std's `RandomState`.
//!
//! The hasher is the `rustc-hash` crate's (rust-lang's own, no dependencies), shared by every
//! module that needs one rather than written by hand in each.

pub use rustc_hash::{FxBuildHasher as FxBuild, FxHashMap, FxHashSet, FxHasher};

/// Lower-casing with a small fast path for ASCII text (most words): the full conversion
/// ([`super::case::lower_str`], std's `str::to_lowercase` save for the final sigma) is a larger
/// function, which V8 would recompile during a first analysis only because many short words pass
/// through it.
pub trait Lower {
    /// The lower-cased copy (see [`super::case`]).
    fn lower(&self) -> String;
}

impl Lower for str {
    #[inline]
    fn lower(&self) -> String {
        if self.is_ascii() {
            self.to_ascii_lowercase()
        } else {
            super::case::lower_str(self)
        }
    }
}

/// Whether `w` is one of `list`, ignoring ASCII case. For lists of lower-case ASCII words this
/// is what comparing the lower-cased word would say, save for the two non-ASCII letters that
/// lower-case to ASCII ones (the Kelvin sign, and "İ" which lower-cases to two characters), which
/// it does not count as a match.
pub fn any_of(w: &str, list: &[&str]) -> bool {
    list.iter().any(|x| w.eq_ignore_ascii_case(x))
}

/// Calls `f` with `w` lower-cased (as [`Lower::lower`] does), without allocating when `w` is
/// short ASCII.
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
        f(&w.lower())
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
            "ΣΊΣΥΦΟ",
            "",
            "x".repeat(60).as_str(),
        ] {
            assert_eq!(with_lowercase(w, str::to_string), w.to_lowercase());
            assert_eq!(w.lower(), w.to_lowercase());
            assert_eq!(w.to_uppercase().lower(), w.to_uppercase().to_lowercase());
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
        let b = FxBuild;
        let hashes: FxHashSet<u64> = words.iter().map(|w| b.hash_one(w)).collect();
        assert_eq!(hashes.len(), words.len());
    }
}
