//! The search caches of the rule patterns, and where they live between texts.
//!
//! A regex search needs a mutable cache (the lazy DFAs' states, the capture engines' scratch
//! space). The regex crate would keep one per pattern for the life of the process, ~37 KB each on
//! average, ~2.2 MB for the ~60 patterns a long text reaches. Here each pattern's cache is kept
//! between texts (per-article calls reuse the states its lazy DFAs built) but, on a long text,
//! freed as soon as that pattern's search is done: a 1 MB text then peaks with one cache at a
//! time instead of all of them (WebAssembly memory never shrinks, so its peak is what it keeps).

use super::Pattern;
use regex_automata::meta::{Cache, Regex};
use std::cell::RefCell;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Texts up to this many bytes keep the caches of the patterns they searched for the next text;
/// longer ones free each after use (rebuilding the states costs little against such a text).
pub const KEEP_CACHES_UP_TO: usize = 128 * 1024;

thread_local! {
    /// The kept caches, by [`Pattern`] slot (see [`slot`]); `None` where none is kept.
    static CACHES: RefCell<Vec<Option<Cache>>> = const { RefCell::new(Vec::new()) };
}

/// A number for each pattern created, to index [`CACHES`] (two slots each: ASCII and exotic).
pub fn next_slot() -> usize {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// One pattern's searches over one text: the regex is compiled and the cache taken on the first
/// search (nothing when no search runs), and the cache is put back when this is dropped, unless
/// the text is long (see [`KEEP_CACHES_UP_TO`]).
pub struct Searching<'p> {
    pattern: &'p Pattern,
    exotic: bool,
    keep: bool,
    engine: Option<(&'p Regex, Cache)>,
}

impl<'p> Searching<'p> {
    /// Searches of `pattern` in its `exotic` or ASCII variant over a text of `len` bytes.
    pub fn new(pattern: &'p Pattern, exotic: bool, len: usize) -> Self {
        Searching {
            pattern,
            exotic,
            keep: len <= KEEP_CACHES_UP_TO,
            engine: None,
        }
    }

    /// The regex and its cache, compiled and taken (or made) on first use.
    pub fn engine(&mut self) -> (&'p Regex, &mut Cache) {
        let (pattern, exotic) = (self.pattern, self.exotic);
        let (re, cache) = self.engine.get_or_insert_with(|| {
            let re = pattern.regex(exotic);
            let kept = CACHES.with(|c| {
                c.try_borrow_mut()
                    .ok()?
                    .get_mut(slot(pattern, exotic))?
                    .take()
            });
            (re, kept.unwrap_or_else(|| re.create_cache()))
        });
        (re, cache)
    }
}

impl Drop for Searching<'_> {
    fn drop(&mut self) {
        let Some((_, cache)) = self.engine.take() else {
            return;
        };
        if !self.keep {
            return;
        }
        let at = slot(self.pattern, self.exotic);
        CACHES.with(|c| {
            if let Ok(mut c) = c.try_borrow_mut() {
                if c.len() <= at {
                    c.resize_with(at + 1, || None);
                }
                c[at] = Some(cache);
            }
        });
    }
}

fn slot(pattern: &Pattern, exotic: bool) -> usize {
    pattern.slot * 2 + usize::from(exotic)
}

/// How many caches are kept now (for the tests).
#[cfg(test)]
fn kept() -> usize {
    CACHES.with(|c| c.borrow().iter().filter(|x| x.is_some()).count())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_texts_free_the_caches_they_used() {
        let short = "On March 3, 2024, three days later, the talks resumed. They end next week.";
        let found = super::super::find_all(short);
        assert!(!found.is_empty());
        let kept_after_short = kept();
        assert!(kept_after_short > 0, "a short text keeps its caches");
        let long = vec![short; KEEP_CACHES_UP_TO / short.len() + 1].join("\n\n");
        let found_long = super::super::find_all(&long);
        assert!(found_long.len() >= found.len() * (KEEP_CACHES_UP_TO / short.len()));
        assert_eq!(kept(), 0, "a long text frees each cache it used");
        assert_eq!(
            super::super::find_all(short),
            found,
            "same result with fresh caches"
        );
        assert_eq!(kept(), kept_after_short);
    }
}
