//! The full build of a rule pattern: the regex crate's own engines (`regex-automata`), put
//! together as its `meta::Regex` puts them for these patterns, without the rest of `meta`.
//!
//! A search runs the lazy DFAs (forward for the end, reverse for the start); the groups of a
//! match are read by the bounded backtracker over just that match, or the PikeVM when the span is
//! too long for the backtracker. When a lazy DFA gives up (it clears its cache too often), the
//! search falls back to those. `meta::Regex` does the same for a pattern without literal
//! prefilters (the .wasm has none) and adds strategies this crate does not need (prefilters,
//! reverse-suffix and reverse-inner searches, a one-pass DFA): 26 KB of the gzipped .wasm.
//! The matches are the same (the tests compare them with `meta::Regex`'s).

use regex_automata::hybrid;
use regex_automata::nfa::thompson::{self, backtrack, pikevm, WhichCaptures};
use regex_automata::util::captures::Captures;
use regex_automata::{Input, Match, MatchKind};
use regex_syntax::hir::Hir;

/// A pattern's full build (see the module's doc), boxed: the `search` module moves it in and out
/// of its kept builds for every pattern a text searches.
#[derive(Debug)]
pub struct Regex(Box<Engines>);

/// The engines of a [`Regex`].
#[derive(Debug)]
pub struct Engines {
    dfa: hybrid::regex::Regex,
    backtrack: backtrack::BoundedBacktracker,
    pikevm: pikevm::PikeVM,
    /// The shortest match, in bytes (from the pattern): a shorter span holds none.
    min_len: usize,
}

/// The mutable state of a [`Regex`]'s searches: the lazy DFAs' states and the capture engines'
/// scratch space.
#[derive(Clone, Debug)]
pub struct Cache {
    dfa: hybrid::regex::Cache,
    backtrack: backtrack::Cache,
    pikevm: pikevm::Cache,
}

impl Regex {
    /// Builds `hir` as `regex::Regex::new` builds a pattern (leftmost-first, an empty match never
    /// splits a UTF-8 character, the same size limits); `None` if it does not build.
    pub fn new(hir: &Hir) -> Option<Regex> {
        let nfa_config = thompson::Config::new()
            .utf8(true)
            .nfa_size_limit(Some(10 * (1 << 20)))
            .shrink(false);
        let nfa = thompson::Compiler::new()
            .configure(nfa_config.clone())
            .build_from_hir(hir)
            .ok()?;
        let reverse = thompson::Compiler::new()
            .configure(nfa_config.which_captures(WhichCaptures::None).reverse(true))
            .build_from_hir(hir)
            .ok()?;
        let dfa_config = hybrid::dfa::Config::new()
            .match_kind(MatchKind::LeftmostFirst)
            .starts_for_each_pattern(true)
            .unicode_word_boundary(true)
            .cache_capacity(2 * (1 << 20))
            .skip_cache_capacity_check(false)
            .minimum_cache_clear_count(Some(3))
            .minimum_bytes_per_state(Some(10));
        let forward = hybrid::dfa::Builder::new()
            .configure(dfa_config.clone())
            .build_from_nfa(nfa.clone())
            .ok()?;
        let reverse = hybrid::dfa::Builder::new()
            .configure(dfa_config.match_kind(MatchKind::All))
            .build_from_nfa(reverse)
            .ok()?;
        Some(Regex(Box::new(Engines {
            dfa: hybrid::regex::Builder::new().build_from_dfas(forward, reverse),
            backtrack: backtrack::Builder::new().build_from_nfa(nfa.clone()).ok()?,
            pikevm: pikevm::Builder::new().build_from_nfa(nfa).ok()?,
            min_len: hir.properties().minimum_len().unwrap_or(usize::MAX),
        })))
    }
}

impl std::ops::Deref for Regex {
    type Target = Engines;
    fn deref(&self) -> &Engines {
        &self.0
    }
}

impl Engines {
    /// A new cache for this regex's searches.
    pub fn create_cache(&self) -> Cache {
        Cache {
            dfa: self.dfa.create_cache(),
            backtrack: self.backtrack.create_cache(),
            pikevm: self.pikevm.create_cache(),
        }
    }

    /// A captures value for this regex's groups.
    pub fn create_captures(&self) -> Captures {
        self.pikevm.create_captures()
    }

    /// The leftmost-first match in `input`'s span.
    pub fn search_with(&self, cache: &mut Cache, input: &Input<'_>) -> Option<Match> {
        if input.get_span().len() < self.min_len {
            return None;
        }
        match self.dfa.try_search(&mut cache.dfa, input) {
            Ok(m) => m,
            Err(_) => {
                let mut caps = self.create_captures();
                self.groups(cache, input, &mut caps);
                caps.get_match()
            }
        }
    }

    /// The leftmost-first match in `input`'s span with its groups, into `caps` (no match: `caps`
    /// says so).
    pub fn search_captures_with(&self, cache: &mut Cache, input: &Input<'_>, caps: &mut Captures) {
        caps.set_pattern(None);
        // The match first (the lazy DFAs are the fast engines), then its groups over just it.
        if let Some(m) = self.search_with(cache, input) {
            let within = input
                .clone()
                .span(m.range())
                .anchored(regex_automata::Anchored::Yes);
            self.groups(cache, &within, caps);
        }
    }

    /// Whether `hay` holds a match (for the tests).
    #[cfg(test)]
    pub fn is_match(&self, hay: &str) -> bool {
        self.search_with(&mut self.create_cache(), &Input::new(hay))
            .is_some()
    }

    /// The groups of the leftmost-first match in `input` by the capture engines: the backtracker
    /// when the span is short enough for it, else the PikeVM.
    fn groups(&self, cache: &mut Cache, input: &Input<'_>, caps: &mut Captures) {
        if input.get_span().len() < self.backtrack.max_haystack_len()
            && self
                .backtrack
                .try_search(&mut cache.backtrack, input, caps)
                .is_ok()
        {
            return;
        }
        self.pikevm.search(&mut cache.pikevm, input, caps);
    }
}

#[cfg(test)]
mod tests {
    use super::super::regexes::{compile, mark, parse, unmark};
    use super::super::tests::{every_pattern, windowed_texts};
    use regex_automata::util::captures::Captures;
    use regex_automata::{meta, Anchored, Input};

    /// Every rule pattern, in both variants, finds with these engines the matches and groups
    /// `meta::Regex` finds: from every position of the test texts (lower-cased as the rules search them,
    /// non-ASCII letters among them), unanchored over the rest of the text and anchored
    /// over a window; and so do a few patterns over made-up strings with a lazy DFA cache small
    /// enough to make it give up (the fallback engines then serve).
    #[test]
    fn engines_find_what_meta_finds() {
        let mut texts = windowed_texts();
        texts
            .push("Ça a duré 3 ſemaines, till Ⅻ March 5 — K 10:30 am, the 1990s; «May» 5th".into());
        let mut compared = 0;
        for pat in every_pattern() {
            let marked = mark(&pat);
            for exotic in [false, true] {
                let ours = compile(&marked, exotic);
                let hir = parse(&unmark(&marked), exotic).expect("parses");
                let meta = meta::Regex::builder().build_from_hir(&hir).expect("builds");
                let (mut oc, mut mc) = (ours.create_cache(), meta.create_cache());
                let (mut og, mut mg) = (ours.create_captures(), meta.create_captures());
                for t in &texts {
                    let hay = t.to_ascii_lowercase();
                    for at in (0..=hay.len()).filter(|&i| hay.is_char_boundary(i)) {
                        let mut end = (at + 60).min(hay.len());
                        while !hay.is_char_boundary(end) {
                            end += 1;
                        }
                        for input in [
                            Input::new(&hay).span(at..hay.len()),
                            Input::new(&hay).span(at..end).anchored(Anchored::Yes),
                        ] {
                            let found = ours.search_with(&mut oc, &input);
                            assert_eq!(found, meta.search_with(&mut mc, &input), "{pat} at {at}");
                            ours.search_captures_with(&mut oc, &input, &mut og);
                            meta.search_captures_with(&mut mc, &input, &mut mg);
                            // Without a match, the slots say nothing (meta leaves some set).
                            let read = |c: &Captures| c.is_match().then(|| c.slots().to_vec());
                            assert_eq!(read(&og), read(&mg), "{pat} at {at} in {hay:?}");
                            compared += 1;
                        }
                    }
                }
            }
        }
        assert!(compared > 100_000, "{compared}");
    }

    /// When the lazy DFA gives up (its cache cleared too often for too little text), the
    /// fallback engines give `meta::Regex`'s answer.
    #[test]
    fn a_lazy_dfa_that_gives_up_falls_back() {
        use regex_syntax::hir::Hir;
        let pattern = r"(?:[a-z]{1,6}\s){3}(\d+)\s(x|y)";
        let hir = regex_syntax::parse(pattern).expect("parses");
        let small = |h: &Hir| {
            let mut r = super::Regex::new(h).expect("builds");
            let config = regex_automata::hybrid::dfa::Config::new()
                .match_kind(regex_automata::MatchKind::LeftmostFirst)
                .cache_capacity(0)
                .skip_cache_capacity_check(true)
                .minimum_cache_clear_count(Some(0));
            let nfa = regex_automata::nfa::thompson::Compiler::new()
                .build_from_hir(h)
                .unwrap();
            let rev = regex_automata::nfa::thompson::Compiler::new()
                .configure(
                    regex_automata::nfa::thompson::Config::new()
                        .which_captures(regex_automata::nfa::thompson::WhichCaptures::None)
                        .reverse(true),
                )
                .build_from_hir(h)
                .unwrap();
            let fwd = regex_automata::hybrid::dfa::Builder::new()
                .configure(config.clone())
                .build_from_nfa(nfa)
                .unwrap();
            let rev = regex_automata::hybrid::dfa::Builder::new()
                .configure(config.match_kind(regex_automata::MatchKind::All))
                .build_from_nfa(rev)
                .unwrap();
            r.0.dfa = regex_automata::hybrid::regex::Builder::new().build_from_dfas(fwd, rev);
            r
        };
        let ours = small(&hir);
        let meta = meta::Regex::new(pattern).expect("builds");
        let hay = "one two three four five 12 x and six seven eight 345 y ".repeat(40);
        let input = Input::new(&hay).span(7..hay.len());
        let mut oc = ours.create_cache();
        assert!(
            ours.dfa.try_search(&mut oc.dfa, &input).is_err(),
            "the DFA gives up"
        );
        let (mut og, mut mg) = (ours.create_captures(), meta.create_captures());
        ours.search_captures_with(&mut oc, &input, &mut og);
        meta.captures(input.clone(), &mut mg);
        assert!(og.is_match());
        assert_eq!(og.slots(), mg.slots());
        assert_eq!(ours.search_with(&mut oc, &input), meta.find(input));
    }
}
