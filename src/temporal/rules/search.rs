//! The search engines and caches of the rule patterns, and where they live between texts.
//!
//! A regex search needs a mutable cache (the lazy DFAs' states, the capture engines' scratch
//! space). The regex crate would keep one per pattern for the life of the process, ~37 KB each on
//! average, ~2.2 MB for the ~60 patterns a 1 MB text reaches. Here each pattern's full build and
//! its cache are kept between texts (per-article calls reuse the states its lazy DFAs built) but,
//! on a long text, the cache is freed as soon as that pattern's search is done: a 1 MB text then
//! peaks with one cache at a time instead of all of them. In WebAssembly, whose memory never
//! shrinks (its peak is what it keeps), a very long text ([`DROP_BUILDS_OVER`]) also drops each
//! build it made after its search: a 1 MB text made ~64 (~13 KB each, 0.8 MB in all), which
//! stayed in the middle of the memory every later stage used. The next text builds them again
//! (~10% of a 1 MB analysis), which the page pays anyway: it replaces its worker after such a
//! text (`www/storyline.js`). Natively, and for shorter texts, which may come one after another,
//! the builds are kept: rebuilding them for every 150 KB text took 46% more instructions.
//!
//! A pattern's first texts search it with a *quick* build: its tree compiled into the small
//! program of [`super::quick`] and searched by a backtracker, without the regex crate's automata
//! (building those, and V8 optimizing their compiler, was most of what a first analysis cost); but
//! once built, the regex crate's lazy DFAs search several times faster. So a pattern searches
//! with its quick build until it has served [`QUICK_UP_TO`] bytes of text, then with its full
//! build (and the quick one is dropped). Long texts, searches over a whole text rather than
//! windows, and what the quick engine refuses use the full build.
//! Both builds give the same matches (the tests compare them).

use super::engine::{Cache, Regex};
use super::quick::{Prog, Scratch};
use super::Pattern;
use regex_automata::util::captures::Captures;
use regex_automata::{Anchored, Input};
#[cfg(test)]
use std::cell::Cell;
use std::cell::RefCell;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Texts up to this many bytes keep the caches of the patterns they searched for the next text;
/// longer ones free each after use (rebuilding the states costs little against such a text).
/// Longer texts also never use the quick builds: their searches are worth the lazy DFAs.
pub const KEEP_CACHES_UP_TO: usize = 128 * 1024;

/// A pattern searches with its quick build until it has served this many bytes of text (see the
/// module's doc).
pub const QUICK_UP_TO: usize = 32 * 1024;

/// In WebAssembly, texts over this many bytes keep no full build they made (see the module's
/// doc): the page's worker is replaced after a text of 256 Ki UTF-16 units (`RECYCLE_CHARS` in
/// `www/storyline.js`), at least as many bytes.
pub const DROP_BUILDS_OVER: usize = 256 * 1024;

/// Whether a text of `len` bytes drops the full builds it made (see [`DROP_BUILDS_OVER`]).
fn drops_builds(len: usize) -> bool {
    #[cfg(test)]
    if let Some(drop) = DROP.with(Cell::get) {
        return drop && len > DROP_BUILDS_OVER;
    }
    cfg!(target_arch = "wasm32") && len > DROP_BUILDS_OVER
}

/// A kept full build, with its cache when kept.
type Kept = (Regex, Option<Box<Cache>>);

thread_local! {
    /// The kept full builds by [`Pattern`] slot (see [`slot`]); `None` where none is kept.
    static CACHES: RefCell<Vec<Option<Kept>>> = const { RefCell::new(Vec::new()) };
    /// The quick builds and their scratch space, by [`Pattern`] slot.
    static QUICK: RefCell<Vec<Option<(Prog, Scratch)>>> = const { RefCell::new(Vec::new()) };
}

#[cfg(test)]
thread_local! {
    /// Tests: every search on this thread uses the quick (`Some(true)`) or the full builds.
    static FORCE: Cell<Option<bool>> = const { Cell::new(None) };
    /// Tests: texts drop their builds as in WebAssembly (`Some(true)`) or as natively.
    static DROP: Cell<Option<bool>> = const { Cell::new(None) };
    /// Tests: how many quick builds this thread made.
    static QUICK_BUILT: Cell<usize> = const { Cell::new(0) };
}

/// A number for each pattern created, to index [`CACHES`] (two slots each: ASCII and exotic).
pub fn next_slot() -> usize {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// One pattern's searches over one text: the build and the cache are taken (or made) on the
/// first search (nothing when no search runs), and put back when this is dropped, unless the text
/// is long (see [`KEEP_CACHES_UP_TO`]): then the cache goes, and in WebAssembly, for a very long
/// text, the build too if it was made for this text ([`DROP_BUILDS_OVER`]).
pub struct Searching<'p> {
    pattern: &'p Pattern,
    exotic: bool,
    len: usize,
    /// Searches in windows (not over the whole text), where a quick build may serve.
    windows: bool,
    /// The engine once made.
    engine: Option<Engine>,
}

/// A search engine: a quick build (it goes back to [`QUICK`] after the text, with a captures
/// value its searches fill), or the pattern's full build with its cache (they go back to
/// [`CACHES`]; the build is moved, not cloned: cloning a `Regex` makes a new cache pool, ~1,400
/// instructions for each pattern on each text), and whether it was made for this text. The cache
/// (~1.4 KB) is boxed: it moves out of [`CACHES`] and back for every pattern a text searches, and
/// copying it inline each time was 1.1% of the instructions of per-article calls.
enum Engine {
    Quick(Prog, Scratch, Captures),
    Full(Regex, Box<Cache>, bool),
}

impl<'p> Searching<'p> {
    /// Searches of `pattern` in its `exotic` or ASCII variant over a text of `len` bytes.
    pub fn new(pattern: &'p Pattern, exotic: bool, len: usize) -> Self {
        Searching {
            pattern,
            exotic,
            len,
            windows: true,
            engine: None,
        }
    }

    /// The searches run over the whole text, not in windows: the full build serves.
    pub fn whole_text(&mut self) {
        self.windows = false;
    }

    /// The full build and its cache (for searches over the whole text: see [`Searching::whole_text`]).
    pub fn full(&mut self) -> (&Regex, &mut Cache) {
        if matches!(self.engine(), Engine::Quick(..)) {
            self.engine = Some(self.full_engine());
        }
        match self.engine() {
            Engine::Full(re, cache, _) => (re, cache),
            Engine::Quick(..) => unreachable!("the full build was just made"),
        }
    }

    /// The leftmost-first match starting at or after `at` in `hay` (assertions see all of `hay`),
    /// with its groups.
    pub fn captures_at(&mut self, hay: &str, at: usize) -> Option<Captures> {
        if let Engine::Quick(prog, scratch, caps) = self.engine() {
            // The kept captures value serves the search; a copy is made only of a match.
            if prog.search(scratch, hay, at, caps).is_ok() {
                return caps.is_match().then(|| caps.clone());
            }
        }
        let (re, cache) = self.full();
        // Most windows hold no match: look for one first (no capture slots allocated), then
        // read its groups with an anchored search over just that match (the same match: a
        // higher priority one starting there would have been found first).
        let found = re.search_with(cache, &Input::new(hay).span(at..hay.len()))?;
        let input = Input::new(hay).span(found.range()).anchored(Anchored::Yes);
        let mut caps = re.create_captures();
        re.search_captures_with(cache, &input, &mut caps);
        caps.is_match().then_some(caps)
    }

    /// The span of the leftmost-first match starting at or after `at` in `hay` (see
    /// [`Searching::captures_at`]).
    pub fn find_at(&mut self, hay: &str, at: usize) -> Option<(usize, usize)> {
        if let Engine::Quick(prog, scratch, caps) = self.engine() {
            if prog.search(scratch, hay, at, caps).is_ok() {
                return caps.get_match().map(|m| (m.start(), m.end()));
            }
        }
        let (re, cache) = self.full();
        re.search_with(cache, &Input::new(hay).span(at..hay.len()))
            .map(|m| (m.start(), m.end()))
    }

    /// Whether the searches use the quick build (for the tests).
    #[cfg(test)]
    fn is_quick(&mut self) -> bool {
        matches!(self.engine(), Engine::Quick(..))
    }

    /// The engine, made on first use: the quick build or the full one (see the module's doc).
    #[inline]
    fn engine(&mut self) -> &mut Engine {
        if self.engine.is_none() {
            self.engine = Some(self.first_engine());
        }
        match self.engine.as_mut() {
            Some(e) => e,
            None => unreachable!("made above"),
        }
    }

    /// Out of line, as [`Searching::full_engine`]: run once per pattern and text, they would
    /// otherwise make every search's code larger (V8 recompiles large functions called often).
    #[inline(never)]
    fn first_engine(&self) -> Engine {
        let (pattern, exotic, len, windows) = (self.pattern, self.exotic, self.len, self.windows);
        let at = pattern.slot;
        let kept = QUICK.with(|c| c.try_borrow_mut().ok()?.get_mut(at)?.take());
        if windows && quick(pattern, exotic, len) {
            let made = kept.or_else(|| {
                #[cfg(test)]
                QUICK_BUILT.with(|n| n.set(n.get() + 1));
                Some((super::quick_build(&pattern.marked())?, Scratch::default()))
            });
            if let Some((prog, scratch)) = made {
                pattern.quick_bytes.fetch_add(len, Ordering::Relaxed);
                let caps = prog.create_captures();
                return Engine::Quick(prog, scratch, caps);
            }
        }
        // `kept`, a quick build no longer used, goes.
        self.full_engine()
    }

    /// The full build with its kept cache, or new ones.
    #[inline(never)]
    fn full_engine(&self) -> Engine {
        let kept = CACHES.with(|c| {
            c.try_borrow_mut()
                .ok()?
                .get_mut(slot(self.pattern, self.exotic))?
                .take()
        });
        let (re, cache, made) = match kept {
            Some((re, cache)) => (re, cache, false),
            None => (self.pattern.regex(self.exotic), None, true),
        };
        let cache = cache.unwrap_or_else(|| Box::new(re.create_cache()));
        Engine::Full(re, cache, made)
    }
}

/// Whether a windowed search of `pattern` over a text of `len` bytes uses its quick build: an
/// ASCII search of a short text, the pattern's full build not made yet and its quick one having
/// served less than [`QUICK_UP_TO`] bytes.
fn quick(pattern: &Pattern, exotic: bool, len: usize) -> bool {
    #[cfg(test)]
    if let Some(quick) = FORCE.with(Cell::get) {
        return quick && !exotic;
    }
    !exotic
        && len <= KEEP_CACHES_UP_TO
        && !pattern.has_full()
        && pattern.quick_bytes.load(Ordering::Relaxed) < QUICK_UP_TO
}

impl Drop for Searching<'_> {
    fn drop(&mut self) {
        let (re, cache, made) = match self.engine.take() {
            None => return,
            Some(Engine::Quick(prog, scratch, _)) => {
                QUICK.with(|c| {
                    if let Ok(mut c) = c.try_borrow_mut() {
                        let at = self.pattern.slot;
                        if c.len() <= at {
                            c.resize_with(at + 1, || None);
                        }
                        c[at] = Some((prog, scratch));
                    }
                });
                return;
            }
            Some(Engine::Full(re, cache, made)) => (re, cache, made),
        };
        // A long text keeps no cache; a very long one in WebAssembly, no build it made either:
        // they would sit amid the memory the later stages use (see the module's doc).
        let long = self.len > KEEP_CACHES_UP_TO;
        if made && drops_builds(self.len) {
            return;
        }
        let kept = (re, (!long).then_some(cache));
        let at = slot(self.pattern, self.exotic);
        CACHES.with(|c| {
            if let Ok(mut c) = c.try_borrow_mut() {
                if c.len() <= at {
                    c.resize_with(at + 1, || None);
                }
                c[at] = Some(kept);
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
    CACHES.with(|c| {
        c.borrow()
            .iter()
            .flatten()
            .filter(|x| x.1.is_some())
            .count()
    })
}

/// What `pattern`'s slot keeps now (for the tests): `None` no build, `Some(false)` the build
/// without a cache, `Some(true)` both.
#[cfg(test)]
fn kept_of(pattern: &Pattern) -> Option<bool> {
    CACHES.with(|c| {
        c.borrow()
            .get(slot(pattern, false))
            .and_then(|k| k.as_ref().map(|(_, cache)| cache.is_some()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every rule over the written test texts and the founding article finds the same with the
    /// quick builds as with the full ones.
    #[test]
    fn quick_builds_find_what_the_full_builds_find() {
        let texts = super::super::tests::windowed_texts();
        let run = |quick: bool| {
            FORCE.with(|f| f.set(Some(quick)));
            let found: Vec<_> = texts.iter().map(|t| super::super::find_all(t)).collect();
            FORCE.with(|f| f.set(None));
            found
        };
        let before = QUICK_BUILT.with(Cell::get);
        let quick = run(true);
        let built = QUICK_BUILT.with(Cell::get) - before;
        assert!(built >= 20, "the quick builds ran ({built})");
        assert!(quick.iter().all(|f| f.len() >= 10));
        assert_eq!(quick, run(false));
    }

    /// A pattern uses its quick build until it has served enough text, then its full build;
    /// never for long texts, whole-text searches or once its full build is made.
    #[test]
    fn quick_builds_serve_first_texts_only() {
        let pattern = || Pattern::new("absolute:month", r"\b(?P<m>{MONTH})\s+(?P<d>{DAY})");
        let quick_in = |p: &Pattern, len: usize, whole: bool| {
            let mut s = Searching::new(p, false, len);
            if whole {
                s.whole_text();
            }
            s.is_quick()
        };
        let kept = || QUICK.with(|q| q.borrow().iter().flatten().count());
        let p = pattern();
        let mut served = 0;
        while served < QUICK_UP_TO {
            assert!(quick_in(&p, 5000, false), "quick after {served} bytes");
            served += 5000;
        }
        assert!(kept() >= 1);
        assert!(!quick_in(&p, 5000, false), "full after {served} bytes");
        assert!(!quick_in(&p, 100, false), "and from then on");
        let p = pattern();
        assert!(
            !quick_in(&p, KEEP_CACHES_UP_TO + 1, false),
            "a long text: full"
        );
        assert!(
            !quick_in(&p, 100, false),
            "full once the full build is made"
        );
        assert!(
            !quick_in(&pattern(), 100, true),
            "a whole-text search: full"
        );
    }

    /// As in WebAssembly: a very long text keeps no full build it made; a short one keeps its
    /// build and cache; a long text using a kept build keeps the build but not the cache. As
    /// natively: a very long text keeps the build it made, without its cache.
    #[test]
    fn very_long_texts_keep_no_build_they_made() {
        DROP.with(|d| d.set(Some(true)));
        let p = Pattern::new("absolute:month", r"\b(?P<m>{MONTH})\s+(?P<d>{DAY})");
        let search = |len: usize| {
            let mut s = Searching::new(&p, false, len);
            s.whole_text();
            s.find_at("on march 3 they met", 0)
        };
        let long = DROP_BUILDS_OVER + 1;
        assert_eq!(search(long), Some((3, 10)));
        assert_eq!(kept_of(&p), None, "a very long text keeps no build it made");
        assert_eq!(search(100), Some((3, 10)));
        assert_eq!(
            kept_of(&p),
            Some(true),
            "a short text keeps its build and cache"
        );
        assert_eq!(search(long), Some((3, 10)));
        assert_eq!(
            kept_of(&p),
            Some(false),
            "a long text keeps a kept build, not its cache"
        );
        // A text long enough to free its caches but not its builds.
        let q = Pattern::new("absolute:month", r"\b(?P<m>{MONTH})\s+(?P<d>{DAY})\b");
        let mut s = Searching::new(&q, false, KEEP_CACHES_UP_TO + 1);
        s.whole_text();
        assert_eq!(s.find_at("on march 3 they met", 0), Some((3, 10)));
        drop(s);
        assert_eq!(kept_of(&q), Some(false), "a long text keeps its build");
        // Natively even a very long text keeps the build it made.
        DROP.with(|d| d.set(None));
        let r = Pattern::new("absolute:month", r"\b(?P<m>{MONTH})\s+(?P<d>{DAY})\s");
        let mut s = Searching::new(&r, false, DROP_BUILDS_OVER + 1);
        s.whole_text();
        assert_eq!(s.find_at("on march 3 they met", 0), Some((3, 11)));
        drop(s);
        assert_eq!(
            kept_of(&r).is_some(),
            !cfg!(target_arch = "wasm32"),
            "natively a very long text keeps its build"
        );
    }

    #[test]
    fn long_texts_free_the_caches_they_used() {
        FORCE.with(|f| f.set(Some(false)));
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
        FORCE.with(|f| f.set(None));
    }
}
