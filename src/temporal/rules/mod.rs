//! Temporal rules: each family proposes candidates (extent, type, underspecified value, rule name);
//! [`find_all`] keeps the longest non-overlapping ones, widens them over modifiers ("early",
//! "more than") and drops what the negative filters reject.
//!
//! Performance: no pattern uses `(?i)`. Each runs case-sensitively over the ASCII-lowercased text
//! ([`Hay`]), compiled on first use in byte mode ([`compile`]; a second, Unicode variant only for
//! texts with "ſ", the Kelvin sign or non-ASCII spaces). A pattern runs only on texts holding one of
//! its trigger words (`triggers.tsv`, one pass, [`triggered`]), and most run only near their key
//! words ([`Pattern::captures_before`], [`Pattern::captures_near`]); each search is linear in the
//! text, and every shortcut finds exactly what the plain search finds (the tests compare them).
//!
//! Files: one per rule family (`absolute`, `clock`, `relative`, `anaphoric`, `set`, `duration`,
//! then `modifiers` and `week_of` widening what was kept); `regexes` turns patterns into regexes,
//! `gate` finds which patterns a text can match and where, `search` (with `quick` and `hir`) runs
//! them, `reading` reads their matches; this file holds [`Pattern`], [`Hay`] and [`find_all`].

pub mod absolute;
pub mod anaphoric;
pub mod clock;
pub mod compound;
pub mod duration;
mod engine;
mod hir;
pub mod modifiers;
mod quick;
pub mod relative;
mod search;
pub mod set;
pub mod week_of;

mod gate;
mod reading;
mod regexes;
pub use gate::*;
pub use reading::*;
pub use regexes::*;

use super::value::Value;
use crate::model::TimexType;
use crate::span::Span;
use engine::Regex;
use regex_automata::util::iter::Searcher;
use regex_automata::Input;
use search::Searching;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::OnceLock;

/// A necessary condition for a match at a key word, read from the pattern: whether one can hold
/// (or end at) the word starting at byte `start` of the lowered text (the `keep` of
/// [`Pattern::captures_before_if`] and [`Pattern::captures_near_if`]).
pub type At = fn(&str, usize) -> bool;

/// A candidate expression from one rule.
#[derive(Debug, Clone, PartialEq)]
pub struct Cand {
    /// Normalized byte span.
    pub span: Span,
    /// TIMEX3 type.
    pub ty: TimexType,
    /// The underspecified value.
    pub value: Value,
    /// Rule name (family:rule).
    pub rule: &'static str,
    /// TIMEX3 mod.
    pub modifier: Option<&'static str>,
}

impl Cand {
    /// A candidate covering the whole match `m`.
    pub fn new(m: M, ty: TimexType, value: Value, rule: &'static str) -> Cand {
        Cand {
            span: Span::new(m.start(), m.end()),
            ty,
            value,
            rule,
            modifier: None,
        }
    }
}

/// The text the rules run over: as written (for capitals and context) and ASCII-lowercased (for
/// matching; same byte offsets).
#[derive(Clone, Copy)]
pub struct Hay<'t> {
    /// The normalized text.
    pub text: &'t str,
    /// `text` with ASCII letters lowered.
    pub low: &'t str,
    /// See [`is_exotic`].
    pub exotic: bool,
    /// The gate bits of the patterns that can match (see [`triggered`]).
    pub present: u64,
    /// Where the trigger words occur ([`scan`]), when known: patterns then run only in windows
    /// around their own trigger words ([`Pattern::captures_iter`]). `None` runs every pattern over
    /// the whole text (what the tests compare the windows with).
    pub hits: Option<&'t [Hit]>,
}

/// One occurrence of trigger words in the lower-cased text: a trigger word (also inside a longer
/// word; a word of a conjunction carries the conjunction's bit), a byte that is a trigger, or a run
/// of ASCII digits (for the `#` trigger), with the gate bits it stands for (their place in
/// `Gate::masks`): 8 bytes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    start: u32,
    len: u16,
    mask: u16,
}

/// A rule pattern, compiled on first use in the variant the text needs (see [`compile`]), and
/// run only on texts holding one of its trigger words (`src/tables/temporal/triggers.tsv`).
pub struct Pattern {
    /// The pattern as written, with its `{name}` placeholders (marked only when compiled: most
    /// patterns never are for a given text).
    pat: String,
    bit: u64,
    /// The most gaps a match spans ([`max_gaps`]; `None` when unbounded), read on first use.
    gaps: OnceLock<Option<usize>>,
    /// Whether a full build of the ASCII variant was ever made (see [`search`]).
    full_made: AtomicBool,
    /// Where its full builds and search caches are kept between texts (see [`search`]).
    slot: usize,
    /// How many bytes of text its quick build has served (see [`search`]).
    quick_bytes: AtomicUsize,
}

impl Pattern {
    /// A pattern with `{name}` placeholders (see [`expand`]), written for case-insensitive
    /// matching; `key` names its row of trigger words.
    pub fn new(key: &str, pat: &str) -> Pattern {
        #[cfg(test)]
        if let Ok(mut all) = tests::CREATED.lock() {
            all.push(pat.to_string());
        }
        let bit = GATE.bits.get(key).copied();
        debug_assert!(bit.is_some(), "no trigger row for {key}");
        Pattern {
            pat: pat.to_string(),
            bit: bit.unwrap_or(ALWAYS),
            gaps: OnceLock::new(),
            full_made: AtomicBool::new(false),
            slot: search::next_slot(),
            quick_bytes: AtomicUsize::new(0),
        }
    }

    /// The pattern written out (see [`expand`]).
    pub fn src(&self) -> String {
        expand(&self.pat)
    }

    /// The pattern compiled for a text (over its lower-cased form): its full build, which
    /// the `search` module keeps between texts.
    pub fn regex(&self, exotic: bool) -> Regex {
        if !exotic {
            self.full_made.store(true, Ordering::Relaxed);
        }
        compile(&self.marked(), exotic)
    }

    /// The pattern with its placeholders marked (see [`mark`]): what [`compile`] takes.
    fn marked(&self) -> String {
        mark(&self.pat)
    }

    /// Whether a full build of the ASCII variant was ever made.
    fn has_full(&self) -> bool {
        self.full_made.load(Ordering::Relaxed)
    }

    /// Every match in `h`, leftmost first, as `Regex::captures_iter` over the lowered text.
    /// Nothing (and nothing compiled) when the text lacks the pattern's trigger words. With the
    /// trigger words located ([`Hay::hits`]) and a bounded number of gaps per match, the regex
    /// runs only in the windows of that many words around each of the pattern's trigger words
    /// (`windows`): every match holds one of them, so every match lies in such a window.
    pub fn captures_iter<'t>(&self, h: &Hay<'t>) -> std::vec::IntoIter<Caps<'t>> {
        let mut out = Vec::new();
        if h.exotic || h.present & self.bit != 0 {
            let mut s = Searching::new(self, h.exotic, h.low.len());
            match self.windowed(h) {
                Some((hits, gaps)) => windows(h.low, &mut self.occurrences(hits), gaps, &mut |w| {
                    captures_within(&mut s, h, w, &mut out);
                }),
                None => {
                    // `Regex::captures_iter` with our cache.
                    s.whole_text();
                    let (re, cache) = s.full();
                    let mut it = Searcher::new(Input::new(h.low));
                    loop {
                        let mut caps = re.create_captures();
                        it.advance(|input| {
                            re.search_captures_with(cache, input, &mut caps);
                            Ok(caps.get_match())
                        });
                        if !caps.is_match() {
                            break;
                        }
                        out.push(Caps { caps, text: h.text });
                    }
                }
            }
        }
        out.into_iter()
    }

    /// The spans of every match in `h` (a key word pattern of [`Pattern::captures_near`] and
    /// [`Pattern::captures_before`]), searched like [`Pattern::captures_iter`] (the caller has
    /// checked the gate bit of the pattern it serves).
    fn spans(&self, h: &Hay) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut s = Searching::new(self, false, h.low.len());
        match self.windowed(h) {
            Some((hits, gaps)) => windows(
                h.low,
                &mut self.occurrences(hits),
                gaps,
                &mut |(start, end)| {
                    let Some(hay) = h.low.get(..end) else { return };
                    let mut at = start;
                    while let Some((m_start, m_end)) = s.find_at(hay, at) {
                        out.push((m_start, m_end));
                        if m_end <= at {
                            break;
                        }
                        at = m_end;
                    }
                },
            ),
            None => {
                // `Regex::find_iter` with our cache.
                s.whole_text();
                let (re, cache) = s.full();
                let mut it = Searcher::new(Input::new(h.low));
                while let Some(m) = it.advance(|input| Ok(re.search_with(cache, input))) {
                    out.push((m.start(), m.end()));
                }
            }
        }
        out
    }

    /// The located trigger words and the gap bound, when this pattern can run in windows.
    fn windowed<'h>(&self, h: &Hay<'h>) -> Option<(&'h [Hit], usize)> {
        if h.exotic || self.bit == ALWAYS || GATE.always & self.bit != 0 {
            return None;
        }
        let gaps = *self.gaps.get_or_init(|| max_gaps(&self.marked()));
        Some((h.hits?, gaps?))
    }

    /// The spans of the hits carrying this pattern's gate bit, in text order.
    fn occurrences<'h>(&self, hits: &'h [Hit]) -> impl Iterator<Item = (usize, usize)> + 'h {
        let (bit, masks) = (self.bit, &GATE.masks);
        hits.iter()
            .filter(move |x| masks[usize::from(x.mask)] & bit != 0)
            .map(Hit::span)
    }
}

/// The most gaps (runs of white space and `-`, what [`windows`] counts) a match of the pattern
/// `src` can span: each element that can match a gap byte counts once (`\s` with its repetition,
/// a space, a `-`, a class holding one of them), the largest of alternatives. `None` when that is
/// unbounded or unclear: any character (`.`), a negated class, other escapes that may match
/// white space, or a repeated group holding a gap element.
///
/// `src` may be a marked pattern ([`mark`]): a placeholder counts as its block's gaps (the blocks
/// are counted once), as in the written-out pattern.
fn max_gaps(src: &str) -> Option<usize> {
    let b = src.as_bytes();
    let mut m = [0u8; 4];
    let mark: &[u8] = MARK.encode_utf8(&mut m).as_bytes();
    // Per open group: the most gap elements of its finished alternatives, and of the current one.
    let mut open: Vec<(usize, usize)> = vec![(0, 0)];
    let mut i = 0;
    while i < b.len() {
        // Letters and digits are no elements: skipped in a loop of their own (small hot loops:
        // see `pipeline`).
        if b[i].is_ascii_alphanumeric() {
            i += 1;
            while i < b.len() && b[i].is_ascii_alphanumeric() {
                i += 1;
            }
            continue;
        }
        let mut gap = false;
        if b[i..].starts_with(mark) {
            let c = src.get(i + mark.len()..)?.chars().next()?;
            let block = (c as u32).checked_sub(MARK as u32 + 1)? as usize;
            open.last_mut()?.1 += block_gaps(block)?;
            i += mark.len() + c.len_utf8();
            continue;
        }
        match b[i] {
            b'\\' => {
                gap = escape_gap(*b.get(i + 1)?)?;
                i += 1;
            }
            b'[' => {
                if b.get(i + 1) == Some(&b'^') {
                    return None;
                }
                let first = i + 1;
                let mut j = first;
                loop {
                    match *b.get(j)? {
                        b']' if j > first => break,
                        b'\\' => {
                            gap |= escape_gap(*b.get(j + 1)?)?;
                            j += 1;
                        }
                        b'[' => return None,
                        b' ' => gap = true,
                        b'-' if j == first || b.get(j + 1) == Some(&b']') => gap = true,
                        _ => {}
                    }
                    j += 1;
                }
                i = j;
            }
            b'(' => {
                // Flags and names ("(?-u:", "(?P<d>") are not elements; "(?-u)" opens nothing.
                if b.get(i + 1) == Some(&b'?') {
                    let mut j = i + 2;
                    while !matches!(*b.get(j)?, b':' | b'>' | b')') {
                        j += 1;
                    }
                    if b[j] == b')' {
                        i = j + 1;
                        continue;
                    }
                    i = j;
                }
                open.push((0, 0));
            }
            b'|' => {
                let g = open.last_mut()?;
                *g = (g.0.max(g.1), 0);
            }
            b')' => {
                let (best, cur) = open.pop()?;
                let inner = best.max(cur);
                if inner > 0 && matches!(b.get(i + 1), Some(b'*' | b'+' | b'{')) {
                    return None;
                }
                open.last_mut()?.1 += inner;
            }
            b'.' => return None,
            b' ' | b'-' => gap = true,
            _ => {}
        }
        if gap {
            open.last_mut()?.1 += 1;
        }
        i += 1;
    }
    match open[..] {
        [(best, cur)] => Some(best.max(cur)),
        _ => None,
    }
}

/// [`max_gaps`] of the block of placeholder `i`, counted once.
fn block_gaps(i: usize) -> Option<usize> {
    static GAPS: [OnceLock<Option<usize>>; 10] = [const { OnceLock::new() }; 10];
    *GAPS
        .get(i)?
        .get_or_init(|| max_gaps(&ascii_boundaries(placeholders().get(i)?.1)))
}

/// Whether the escape `\e` of a pattern matches a gap byte (white space or `-`); `None` when it
/// may match white space among other things (`\S`, `\W`, `\D`, a property, a code point) or is a
/// backreference-like digit: [`max_gaps`] then gives up.
fn escape_gap(e: u8) -> Option<bool> {
    match e {
        b's' | b'-' | b'n' | b't' | b'r' | b'f' | b'v' | b' ' => Some(true),
        b'S' | b'W' | b'D' | b'p' | b'P' | b'x' | b'u' | b'U' | b'0'..=b'9' => None,
        _ => Some(false),
    }
}

/// Calls `search` with the windows of `gaps` words (words cut at white space and `-`) on each side
/// of each occurrence in `occ` (spans in the lower-cased text `low`, in text order), overlapping
/// windows merged, in text order. A match that holds an occurrence and spans at most `gaps` gaps
/// lies in its window; a window ends before white space or `-` (or at the end), where `\b` reads as
/// at the end. Each byte is walked over a bounded number of times. (Not generic: one compiled
/// copy for its callers, whose calls through `dyn` are per occurrence and per window.)
fn windows(
    low: &str,
    occ: &mut dyn Iterator<Item = (usize, usize)>,
    gaps: usize,
    search: &mut dyn FnMut((usize, usize)),
) {
    let b = low.as_bytes();
    let sep = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b'-');
    // Walks stop where the pending window already reaches, and an occurrence in the same word
    // as the previous one shares its window end: each byte is walked over a bounded number of
    // times (a megabyte without a space stays linear).
    let mut win: Option<(usize, usize)> = None;
    let mut last: Option<(usize, usize)> = None; // (end of the occurrence's word, window end)
    for (os, oe) in occ {
        let stop = win.map_or(0, |(_, we)| we);
        let mut s = os.min(b.len());
        while s > stop && !sep(b[s - 1]) {
            s -= 1;
        }
        for _ in 0..gaps {
            while s > stop && sep(b[s - 1]) {
                s -= 1;
            }
            while s > stop && !sep(b[s - 1]) {
                s -= 1;
            }
        }
        let e = match last {
            Some((word_end, e)) if oe <= word_end => e,
            _ => {
                let mut e = oe.min(b.len());
                while e < b.len() && !sep(b[e]) {
                    e += 1;
                }
                let word_end = e;
                for _ in 0..gaps {
                    while e < b.len() && sep(b[e]) {
                        e += 1;
                    }
                    while e < b.len() && !sep(b[e]) {
                        e += 1;
                    }
                }
                last = Some((word_end, e));
                e
            }
        };
        win = match win {
            Some((ws, we)) if s <= we => Some((ws, we.max(e))),
            Some(w) => {
                search(w);
                Some((s, e))
            }
            None => Some((s, e)),
        };
    }
    if let Some(w) = win {
        search(w);
    }
}

impl Pattern {
    /// The matches of a pattern whose every match ends with a match of `suffix` (a whole-word
    /// pattern, `\b…\b`), holds no other suffix match, and consists only of ASCII letters,
    /// digits, white space, `-`, `.` and `/` ("three days ago": NUM UNIT ago). Same result as
    /// [`Pattern::captures_iter`], but the regex runs only over the stretch before each suffix
    /// word, back to the previous suffix word or the nearest other character (each byte once).
    /// Why that is the same: the leftmost match ends at the first suffix word after its start,
    /// cannot start before such a character, and a match in the text cut after that suffix word
    /// is one in the whole text (the `\b` after the suffix holds in both).
    pub fn captures_before<'t>(&self, h: &Hay<'t>, suffix: &Pattern) -> Vec<Caps<'t>> {
        self.captures_before_if(h, suffix, |_, _| true)
    }

    /// [`Pattern::captures_before`], skipping the suffix words at which `keep(low, start)` says
    /// no match can end (a necessary condition read from the pattern, e.g. "a unit word before
    /// it"). The regex is compiled only when some suffix word is kept.
    pub fn captures_before_if<'t>(&self, h: &Hay<'t>, suffix: &Pattern, keep: At) -> Vec<Caps<'t>> {
        if let Some(all) = self.without_shortcut(h) {
            return all;
        }
        let mut out = Vec::new();
        let b = h.low.as_bytes();
        let inside = |c: u8| {
            c.is_ascii_alphanumeric()
                || matches!(
                    c,
                    b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b'-' | b'.' | b'/'
                )
        };
        // Matches end at or before `pos`; the previous suffix word ends at `prev_end`.
        let (mut pos, mut prev_end) = (0usize, 0usize);
        let mut s = Searching::new(self, false, h.low.len());
        for (s_start, s_end) in suffix.spans(h) {
            let floor = pos.max(prev_end);
            prev_end = s_end;
            if s_start < floor || !keep(h.low, s_start) {
                continue;
            }
            let mut w = s_start;
            // Also over a comma between digits ("120,000 years").
            while w > floor
                && (inside(b[w - 1])
                    || (b[w - 1] == b','
                        && w >= 2
                        && b[w - 2].is_ascii_digit()
                        && b.get(w).is_some_and(u8::is_ascii_digit)))
            {
                w -= 1;
            }
            pos = pos.max(captures_within(&mut s, h, (w, s_end), &mut out));
        }
        out
    }

    /// What a shortcut search ([`Pattern::captures_before_if`], [`Pattern::captures_near_if`])
    /// gives without running: the plain search for an exotic text (the shortcuts read ASCII), no
    /// match when the gate is off; `None` when the shortcut has to run.
    fn without_shortcut<'t>(&self, h: &Hay<'t>) -> Option<Vec<Caps<'t>>> {
        if h.exotic {
            return Some(self.captures_iter(h).collect());
        }
        (h.present & self.bit == 0).then(Vec::new)
    }
}

/// Pushes the matches of the pattern searched by `s` that start at or after `start` in the
/// lowered text cut at `end`, one after another as [`Pattern::captures_iter`] finds them; returns
/// where the last one ends (`start` if none). Nothing is compiled for an empty window.
fn captures_within<'t>(
    s: &mut Searching,
    h: &Hay<'t>,
    (start, end): (usize, usize),
    out: &mut Vec<Caps<'t>>,
) -> usize {
    let Some(hay) = h.low.get(..end) else {
        return start;
    };
    let mut at = start;
    while let Some(caps) = s.captures_at(hay, at) {
        let Some(m) = caps.get_match() else { break };
        let end = m.end();
        out.push(Caps { caps, text: h.text });
        if end <= at {
            break;
        }
        at = end;
    }
    at
}

impl Pattern {
    /// The matches of a pattern whose every match contains a match of `occ` and spans at most
    /// `gaps` gaps (runs of white space and `-`): same result as [`Pattern::captures_iter`], but
    /// the regex runs only over windows of `gaps` words (words cut at `-` too) on each side of
    /// each `occ` match, overlapping windows merged. Why that is the same: every match lies in the
    /// window of an occurrence it contains, so all matches starting in a window end in it; a
    /// window ends before white space or `-` (or at the end), where `\b` reads as at the end.
    /// `gaps` is counted from the pattern (each `\s`, `[\s-]`, `-` or `\s+` element adds at most
    /// one gap); a test compares with the plain search.
    pub fn captures_near<'t>(&self, h: &Hay<'t>, occ: &Pattern, gaps: usize) -> Vec<Caps<'t>> {
        self.captures_near_if(h, occ, gaps, |_, _| true)
    }

    /// [`Pattern::captures_near`], skipping the key words for which `keep(low, start)` says no
    /// match can hold them (a necessary condition read from the pattern). The regex is compiled
    /// only when some key word is kept.
    pub fn captures_near_if<'t>(
        &self,
        h: &Hay<'t>,
        occ: &Pattern,
        gaps: usize,
        keep: At,
    ) -> Vec<Caps<'t>> {
        if let Some(all) = self.without_shortcut(h) {
            return all;
        }
        let mut out = Vec::new();
        let occ = occ.spans(h);
        let mut kept = occ.into_iter().filter(|&(start, _)| keep(h.low, start));
        let mut s = Searching::new(self, false, h.low.len());
        windows(h.low, &mut kept, gaps, &mut |w| {
            captures_within(&mut s, h, w, &mut out);
        });
        out
    }
}

/// Runs every family over `text` and settles overlaps: longer candidates win, then earlier
/// families (absolute before relative before durations). Returns candidates in text order.
pub fn find_all(text: &str) -> Vec<Cand> {
    find_all_with(text, String::new())
}

/// [`find_all`], with the lower-cased copy written into `spare` (emptied first).
pub fn find_all_with(text: &str, spare: String) -> Vec<Cand> {
    // The lowered copy and the trigger hits are freed before the overlaps are settled.
    let found = {
        let mut low = spare;
        low.clear();
        low.push_str(text);
        low.make_ascii_lowercase();
        let (present, hits) = scan(&low);
        candidates(&Hay {
            text,
            low: &low,
            exotic: is_exotic(text),
            present,
            hits: hits.as_deref(),
        })
    };
    settle(text, found)
}

/// [`find_all`] over a prepared haystack (the tests run it without trigger hits).
#[cfg(test)]
fn find_in(h: &Hay) -> Vec<Cand> {
    settle(h.text, candidates(h))
}

/// Every family's candidates, in family order.
fn candidates(h: &Hay) -> Vec<Cand> {
    let mut c = Vec::new();
    absolute::find(h, &mut c);
    clock::find(h, &mut c);
    relative::find(h, &mut c);
    anaphoric::find(h, &mut c);
    set::find(h, &mut c);
    duration::find(h, &mut c);
    c
}

/// Settles the overlaps among the candidates `c` (in family order) and widens the kept ones over
/// their modifiers.
fn settle(text: &str, c: Vec<Cand>) -> Vec<Cand> {
    // Longest wins among overlapping candidates; at equal length the earlier one, then the
    // earlier family (the order above). One sweep in text order: a candidate overlapping the
    // last kept one either replaces it (strictly longer) or is dropped. Linear after the sort.
    let mut order: Vec<usize> = (0..c.len()).collect();
    crate::sort::sort_by(&mut order, |&a, &b| {
        c[a].span
            .start
            .cmp(&c[b].span.start)
            .then(c[b].span.len().cmp(&c[a].span.len()))
            .then(a.cmp(&b))
    });
    let mut kept: Vec<Cand> = Vec::new();
    for i in order {
        match kept.last() {
            Some(k) if k.span.overlaps(&c[i].span) => {
                if c[i].span.len() > k.span.len() {
                    kept.pop();
                    kept.push(c[i].clone());
                }
            }
            _ => kept.push(c[i].clone()),
        }
    }
    let mut kept = compound::join(text, week_of::widen(text, modifiers::extend(text, kept)));
    kept.retain(|c| !in_unit_pair(text, c.span));
    kept
}

/// Whether the expression at `span` is half of a unit pair ("quarter-to-quarter", "year-over-year",
/// "day-to-day", "month-on-month"): a way of comparing, not a time ("year-to-date" is one).
fn in_unit_pair(text: &str, span: Span) -> bool {
    const SEPS: [&str; 4] = ["-to-", "-over-", "-on-", "-by-"];
    const UNITS: [&str; 5] = ["day", "week", "month", "quarter", "year"];
    let unit_start = |s: &str| {
        UNITS.iter().any(|u| {
            s.get(..u.len()).is_some_and(|w| w.eq_ignore_ascii_case(u))
                && !s[u.len()..].starts_with(|c: char| c.is_alphanumeric())
        })
    };
    let unit_end = |s: &str| {
        UNITS.iter().any(|u| {
            s.len() >= u.len()
                && s.get(s.len() - u.len()..)
                    .is_some_and(|w| w.eq_ignore_ascii_case(u))
                && !s[..s.len() - u.len()].ends_with(|c: char| c.is_alphanumeric())
        })
    };
    let after = text.get(span.end..).unwrap_or("");
    let before = text.get(..span.start).unwrap_or("");
    SEPS.iter().any(|sep| {
        after
            .get(..sep.len())
            .is_some_and(|a| a.eq_ignore_ascii_case(sep))
            && unit_start(&after[sep.len()..])
    }) || SEPS.iter().any(|sep| {
        before.len() >= sep.len()
            && before
                .get(before.len() - sep.len()..)
                .is_some_and(|b| b.eq_ignore_ascii_case(sep))
            && unit_end(&before[..before.len() - sep.len()])
    })
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::temporal::lexicon::LEX;
    use regex_automata::util::captures::Captures;

    #[test]
    fn spoken_years_and_days() {
        assert_eq!(year_of("nineteen ninety-six"), Some(1996));
        assert_eq!(year_of("two thousand"), Some(2000));
        assert_eq!(year_of("nineteen oh five"), Some(1905));
        assert_eq!(year_of("1990"), Some(1990));
        assert_eq!(day_of("6th"), Some(6));
        assert_eq!(day_of("eighth"), Some(8));
        assert_eq!(day_of("32"), None);
    }

    /// Every pattern created (the patterns are lazy statics: a test that needs them all runs
    /// every rule first).
    pub(super) static CREATED: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

    /// Every rule pattern, as written (each once): every rule is run over the written texts first.
    pub(super) fn every_pattern() -> Vec<String> {
        for t in windowed_texts() {
            let low = t.to_ascii_lowercase();
            find_in(&plain_hay(&t, &low));
        }
        let mut pats = CREATED.lock().map(|v| v.clone()).unwrap_or_default();
        pats.sort();
        pats.dedup();
        assert!(pats.len() >= 60, "every rule ran: {}", pats.len());
        pats
    }

    /// Every rule pattern and block, in both variants, reads ([`read`]) to the tree
    /// `regex_syntax` parses from its written-out form.
    #[test]
    fn patterns_read_directly_as_regex_syntax_parses_them() {
        let mut pats = every_pattern();
        pats.extend(placeholders().iter().map(|(name, _)| name.to_string()));
        for exotic in [false, true] {
            for p in &pats {
                let marked = mark(p);
                let direct = read(&marked, exotic);
                assert!(direct.is_some(), "reads ({exotic}): {p}");
                assert_eq!(direct, parse(&unmark(&marked), exotic), "{exotic}: {p}");
            }
        }
        // Outside the dialect.
        for p in [
            r"a.b", r"[^0]", r"(?i)a", r"\x41", r"a{2,1}", r"(a", r"a)", r"[0-\s]",
        ] {
            assert_eq!(read(p, false), None, "{p}");
        }
        // Inside it, forms the rules do not all use.
        for p in [
            r"^a{2,}?$",
            r"[]0]",
            r"[0-]",
            r"(a)(?:b|)",
            r"[\.-/]x??",
            r"a|b|c",
            r"Ask\s[\s-]",
            r"(?-u:\b)K?(?:s|t)",
        ] {
            for exotic in [false, true] {
                assert_eq!(read(p, exotic), parse(p, exotic), "{exotic}: {p}");
            }
        }
        // ASCII classes in the ASCII variant only (no Unicode tables in the .wasm).
        assert_eq!(read(r"\d+\w*\B", false), parse(r"\d+\w*\B", false));
        assert_eq!(read(r"\d", true), None);
    }

    /// [`mark`] in one pass gives what replacing each name, then the boundaries, gives.
    #[test]
    fn marking_in_one_pass_is_replacing_names_then_boundaries() {
        let by_replacing = |pat: &str| {
            let mut p = pat.to_string();
            for (i, name) in PLACEHOLDERS.iter().enumerate() {
                p = p.replace(name, &marker(i));
            }
            ascii_boundaries(&p)
        };
        let mut pats = every_pattern();
        pats.extend(
            [
                r"\b{MONTH}\b",
                r"a{2}{WD}{WDANY}\s{PART",
                r"{NUM}\.{NUM}[\s-]{2,3}{NUM}",
                "é{ORD}\\b",
            ]
            .map(String::from),
        );
        for p in &pats {
            assert_eq!(mark(p), by_replacing(p), "{p}");
        }
    }

    #[test]
    fn all_blocks_compile() {
        for p in [
            "{MONTH}", "{WDANY}", "{WD}", "{DAY}", "{YEAR}", "{NUM}", "{UNIT}", "{ORD}",
            "{SEASON}", "{PART}",
        ] {
            for exotic in [false, true] {
                let r = Pattern::new("absolute:month", p);
                assert!(!r.regex(exotic).is_match(""), "{p}");
                let folded = fold_pattern(&r.src(), exotic).replace(r"\x0B\x0C", "");
                assert!(
                    !folded.contains(|c: char| c.is_ascii_uppercase()),
                    "{folded}"
                );
            }
        }
    }

    /// The spelled-out class is exactly Unicode's White_Space (what `(?u)\s` matched).
    #[test]
    fn unicode_space_is_white_space() {
        let re = regex_automata::meta::Regex::new(&format!("^[{UNICODE_SPACE}]$")).unwrap();
        let mut buf = [0u8; 4];
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            assert_eq!(
                re.is_match(&*c.encode_utf8(&mut buf)),
                c.is_whitespace(),
                "U+{:04X}",
                c as u32
            );
        }
    }

    #[test]
    fn folded_patterns_keep_escapes_groups_and_counts() {
        assert_eq!(
            fold_pattern(r"Q(?P<qs>[1-4])\s+[\s-]{2}FY", false),
            r"q(?P<qs>[1-4])\s+[\s-]{2}fy"
        );
        // In the byte-mode (ASCII) variant `\s` is ASCII white space, as `is_exotic` assumes.
        let (ascii, unicode) = (compile(r"^\s$", false), compile(r"^\s$", true));
        let odd = ['\u{85}', '\u{A0}', '\u{2028}', '\u{3000}'];
        for c in (0u8..128).map(char::from).chain(odd) {
            let s = c.to_string();
            let want = matches!(c, ' ' | '\t' | '\n' | '\x0B' | '\x0C' | '\r');
            assert_eq!(ascii.is_match(&s), want, "{c:?}");
            assert_eq!(unicode.is_match(&s), c.is_whitespace(), "{c:?}");
        }
        assert_eq!(
            fold_pattern(r"(?-u:\b)Week\s", true),
            format!("(?-u:\\b)wee[k\u{212A}][{UNICODE_SPACE}]")
        );
    }

    #[test]
    fn exotic_letters_and_spaces_read_as_under_case_insensitive_unicode_matching() {
        assert!(!is_exotic(
            "Plain text, with “quotes” and accents: café — 5 °C."
        ));
        assert!(is_exotic("paid wee\u{212A}ly"));
        assert!(is_exotic("\u{17F}ix"));
        assert!(is_exotic("Thursday\u{2028}morning"));
        // The Kelvin sign lowers to "k": "weekly" as `(?i)` reads it.
        let c = find_all("They are paid wee\u{212A}ly.");
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].rule, "set:adverb");
        // A line separator is white space to `\s`.
        let c = find_all("It opens on Thursday\u{2028}morning.");
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].rule, "deictic:part-of-day");
        assert_eq!(c[0].span, Span::new(12, 30));
    }

    /// The spare room handed to [`find_all_with`] is emptied first, whatever it holds and
    /// whatever its size: the same candidates as [`find_all`].
    #[test]
    fn spare_room_changes_nothing() {
        let seed = include_str!("../../../tests/fixtures/seed-article.txt");
        let want = find_all(seed);
        assert!(want.len() > 10);
        for (name, spare) in [
            ("empty", String::new()),
            ("junk, larger", "MARCH 13 2025 ".repeat(seed.len())),
            ("junk, smaller", "Thursday".to_string()),
            ("the text itself", seed.to_string()),
        ] {
            assert_eq!(find_all_with(seed, spare), want, "{name}");
        }
    }

    #[test]
    fn both_pattern_variants_find_the_same_in_plain_text() {
        let text =
            crate::text::Doc::new(include_str!("../../../tests/fixtures/seed-article.txt")).text;
        let low = text.to_ascii_lowercase();
        let run = |exotic, present| {
            find_in(&Hay {
                text: &text,
                low: &low,
                exotic,
                present,
                hits: None,
            })
        };
        let plain = run(false, u64::MAX);
        assert!(plain.len() > 10);
        assert_eq!(plain, run(true, u64::MAX));
        assert_eq!(plain, run(false, triggered(&low)));
    }

    /// Every pattern searched with [`Pattern::captures_before`], with its suffix pattern.
    fn suffixed() -> Vec<(&'static Pattern, &'static Pattern, At)> {
        let any: At = |_, _| true;
        vec![
            (&*relative::AGO, &*relative::AGO_SUFFIX, relative::ago_at),
            (&*duration::NUM_UNIT, &*duration::NUM_UNIT_SUFFIX, any),
            (
                &*anaphoric::N_LATER,
                &*anaphoric::N_LATER_SUFFIX,
                anaphoric::n_later_at,
            ),
            (&*absolute::CENTURY, &*absolute::CENTURY_SUFFIX, any),
            (&*absolute::DAY_ONLY, &*absolute::DAY_ONLY_SUFFIX, any),
            (
                &*anaphoric::THE_U_BEFORE,
                &*anaphoric::N_LATER_SUFFIX,
                anaphoric::the_u_before_at,
            ),
            (
                &*anaphoric::THE_NEXT_U,
                &*anaphoric::UNIT_WORD_SUFFIX,
                anaphoric::the_next_at,
            ),
            (
                &*anaphoric::THAT_U,
                &*anaphoric::UNIT_WORD_SUFFIX,
                anaphoric::that_at,
            ),
            (&*relative::IN_N, &*duration::UNIT_SUFFIX, relative::in_n_at),
            (&*duration::BARE, &*duration::BARE_SUFFIX, any),
            (&*duration::YEAR_ENDED, &*duration::YEAR_ENDED_SUFFIX, any),
            (&*duration::HALF, &*duration::UNIT_SUFFIX, any),
            (&*relative::DAYWORD, &*relative::DAYWORD_SUFFIX, any),
            (&*relative::REL_UNIT, &*relative::REL_UNIT_SUFFIX, any),
            (&*relative::WEEKDAY, &*relative::WEEKDAY_SUFFIX, any),
            (&*relative::REFS, &*relative::REFS_SUFFIX, any),
            (&*set::PER, &*set::PER_SUFFIX, set::per_at),
        ]
    }

    /// Every pattern searched with [`Pattern::captures_near`], with its occurrence pattern and gaps.
    fn windowed() -> Vec<(&'static Pattern, &'static Pattern, usize, At)> {
        let any: At = |_, _| true;
        vec![
            (
                &*absolute::DMY,
                &*absolute::MONTH_WORD,
                absolute::DMY_GAPS,
                absolute::dmy_at,
            ),
            (
                &*absolute::MDY,
                &*absolute::MONTH_WORD,
                absolute::MDY_GAPS,
                any,
            ),
            (
                &*absolute::YEAR,
                &*absolute::YEAR_WORD,
                absolute::YEAR_GAPS,
                any,
            ),
            (
                &*absolute::DECADE,
                &*absolute::DECADE_WORD,
                absolute::DECADE_GAPS,
                any,
            ),
            (
                &*absolute::QUARTER,
                &*absolute::QUARTER_WORD,
                absolute::QUARTER_GAPS,
                any,
            ),
            (
                &*absolute::QGEN,
                &*absolute::QGEN_WORD,
                absolute::QGEN_GAPS,
                any,
            ),
            (
                &*absolute::HALF,
                &*absolute::HALF_WORD,
                absolute::HALF_GAPS,
                any,
            ),
            (
                &*absolute::SEASON,
                &*absolute::SEASON_WORD,
                absolute::SEASON_GAPS,
                any,
            ),
            (&*clock::AMPM, &*clock::AMPM_WORD, clock::AMPM_GAPS, any),
        ]
    }

    pub(super) fn windowed_texts() -> Vec<String> {
        let mut v = vec![
            crate::text::Doc::new(include_str!("../../../tests/fixtures/seed-article.txt")).text,
        ];
        v.push(
            "Thursday, the twenty-first of March, 2024; Thurs. March 5, two thousand and twelve. \
             On 5 May 2020, the 3rd of June, 21st  July, first March, May 5th of May, 12 Sept. \
             FY2024, the year 1999, fiscal year 2003, the 1990s, '80s, the sixties; the third \
             quarter of fiscal 2024, last year's fourth-quarter, the year-ago period, the latest \
             quarter; the first half of 2023, the second-half of this year; this past summer of \
             nineteen ninety-six, 3 p.m. EST Friday, 10:30am on March 5, 12 pm tonight - - 7 am"
                .to_string(),
        );
        v
    }

    /// Every pattern allowed to run, no exotic letters: what the shortcuts are compared against.
    fn plain_hay<'a>(text: &'a str, low: &'a str) -> Hay<'a> {
        Hay {
            text,
            low,
            exotic: false,
            present: u64::MAX,
            hits: None,
        }
    }

    /// The whole-match spans of a list of captures.
    fn spans(v: Vec<Caps>) -> Vec<Option<(usize, usize)>> {
        v.iter()
            .map(|c| c.get(0).map(|m| (m.start(), m.end())))
            .collect()
    }

    /// The quick engine ([`quick`]) covers every rule pattern, and from every position of the
    /// test texts (in windows, as the rules search) finds the match and groups the regex crate
    /// finds; so do a few patterns written to exercise its repetition shapes, over made-up strings.
    #[test]
    fn quick_engine_finds_what_the_regex_crate_finds() {
        fn compare(marked: &str, texts: &[String], step: usize) -> usize {
            let prog = quick_build(marked).unwrap_or_else(|| panic!("not covered: {marked}"));
            let re = compile(marked, false);
            let (mut cache, mut scratch) = (re.create_cache(), quick::Scratch::default());
            let (mut want, mut got) = (re.create_captures(), prog.create_captures());
            let mut compared = 0;
            for t in texts {
                let low = t.to_ascii_lowercase();
                for at in (0..=low.len())
                    .step_by(step)
                    .filter(|&i| low.is_char_boundary(i))
                {
                    let mut end = (at + 160).min(low.len());
                    while !low.is_char_boundary(end) {
                        end += 1;
                    }
                    let hay = &low[..end];
                    re.search_captures_with(&mut cache, &Input::new(hay).span(at..end), &mut want);
                    if prog.search(&mut scratch, hay, at, &mut got).is_ok() {
                        let read = |c: &Captures| c.is_match().then(|| c.slots().to_vec());
                        assert_eq!(
                            read(&got),
                            read(&want),
                            "{marked} at {at} in {:?}",
                            &hay[at..]
                        );
                        compared += 1;
                    }
                }
            }
            compared
        }
        let texts = windowed_texts();
        let mut compared = 0;
        for pat in every_pattern() {
            compared += compare(&mark(&pat), &texts, 1);
        }
        assert!(compared > 100_000, "{compared}");
        // Shapes: nested and possibly empty loops, lazy and bounded repetitions, alternatives
        // sharing prefixes, groups inside repetitions, word boundaries, non-ASCII bytes.
        let mut seed = 0x2545_f491_u32;
        let mut made = Vec::new();
        for _ in 0..300 {
            let len = (seed % 24) as usize;
            let mut s = String::new();
            for _ in 0..len {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                let pick = (seed >> 16) as usize % 12;
                s.push(['a', 'b', 'c', 'a', 'x', 'y', '1', '2', ' ', '_', 'é', '-'][pick]);
            }
            made.push(s);
        }
        for p in [
            r"(?:a|ab)(?:c|bcd)(d*)",
            r"(a*)*b?",
            r"(?:x?)*y",
            r"(a|)+?b",
            r"(a|b)*?c",
            r"\b(\d{1,2})(?:x|xy)?\b",
            r"(?:ab){2,4}?c?",
            r"(a?){0,3}(b+)?",
            r"(?:a|b|ab|ba)+",
            r"\Bx|y\b",
            r"(?P<n>[0-9]+)[\s-]*(?:a|éa)",
            r"c*",
            r"(?:)",
            r"a+?",
            r"(a*?)(a*)b?",
            r"x{1,3}?y?",
            r"(?:a|b)??a",
            r"(?:{NUM}\s?)*y",
            r"({DAY})?(?:{NUM}|x)+?",
        ] {
            compared += compare(&mark(p), &made, 1);
        }
        assert!(compared > 103_000, "{compared}");
    }

    #[test]
    fn windowed_search_finds_what_the_plain_search_finds() {
        for text in windowed_texts() {
            let low = text.to_ascii_lowercase();
            let h = plain_hay(&text, &low);
            let mut n = 0;
            for (p, occ, gaps, keep) in windowed() {
                let plain = spans(p.captures_iter(&h).collect());
                n += plain.len();
                assert_eq!(
                    spans(p.captures_near_if(&h, occ, gaps, keep)),
                    plain,
                    "{}",
                    p.src()
                );
            }
            assert!(n > 3, "{n}");
        }
    }

    #[test]
    fn suffix_driven_search_finds_what_the_plain_search_finds() {
        let written = "He will return in three days, within two-and-a-half weeks or (in 10 days); \
            in twenty-five years, in a few months, in one hundred and twenty days, within 2.5 \
            years, in 3 1/2 hours, in ten minutes. The following day, the next week, the same \
            morning, that evening (following year), that same night; the prior month and the \
            subsequent decade. Three days later, two weeks earlier, a year or so ago, five years \
            ago, the day before, twice a week, once per month, the 21st century, on the 5th. \
            For the past 24 hours, the last three and a half years, a 6-year-old, two-week-long \
            talks, five more days, 3.5 hours, 100 consecutive days; one hundred and twenty-three \
            thousand years, the first two months and a half, some 40 minutes, 12 years-old.";
        let texts = [
            crate::text::Doc::new(include_str!("../../../tests/fixtures/seed-article.txt")).text,
            written.to_string(),
        ];
        for (t, text) in texts.iter().enumerate() {
            let low = text.to_ascii_lowercase();
            let h = plain_hay(text, &low);
            let mut n = 0;
            for (p, suffix, keep) in suffixed() {
                let plain = spans(p.captures_iter(&h).collect());
                n += plain.len();
                assert_eq!(
                    spans(p.captures_before_if(&h, suffix, keep)),
                    plain,
                    "{}",
                    p.src()
                );
                if t == 1 && std::ptr::eq(p, &*relative::IN_N) {
                    let found: Vec<&str> =
                        plain.iter().flatten().map(|&(s, e)| &text[s..e]).collect();
                    assert_eq!(
                        found,
                        [
                            "in three days",
                            "in 10 days",
                            "in twenty-five years",
                            "in a few months",
                            "in one hundred and twenty days",
                            "within 2.5 years",
                            "in 3 1/2 hours",
                            "in ten minutes"
                        ]
                    );
                }
            }
            assert!(n > 5, "{n}");
        }
    }

    #[test]
    fn number_words_are_no_unit_words() {
        // `IN_N` runs before its unit words: no number may hold one (see `captures_before`).
        for k in LEX.numbers.keys() {
            for w in k.split([' ', '-']) {
                assert!(!LEX.units.contains(w), "{w}");
                assert!(is_number_token(w), "{w}");
            }
        }
        for w in ["3", "2.5", "1/2", "twenty-five", "and", "a"] {
            assert!(is_number_token(w), "{w}");
        }
        for w in ["in", "within", "3.", ".5", "days", "x3"] {
            assert!(!is_number_token(w), "{w}");
        }
    }

    /// The gate bits as the trigger table defines them, with a plain substring search per word.
    fn triggered_by_definition(low: &str) -> u64 {
        let found = |w: &str| -> bool {
            if w == "#" {
                return low.bytes().any(|c| c.is_ascii_digit());
            }
            low.contains(w)
        };
        let mut p = ALWAYS;
        for (i, (_, alts)) in trigger_rows().iter().enumerate() {
            let on = alts.iter().any(|alt| {
                alt.iter().all(|part| {
                    // In a conjunction, a digit or one-byte part counts as present.
                    let untracked = alt.len() > 1 && part.iter().any(|w| w == "#" || w.len() < 3);
                    untracked || part.iter().any(|w| found(w))
                })
            });
            if on {
                p |= 1 << i;
            }
        }
        p
    }

    #[test]
    fn trigger_scan_finds_what_the_trigger_table_defines() {
        let g = &*GATE;
        assert!(g.words.len() > 100 && g.words.windows(2).all(|w| w[0].bytes < w[1].bytes));
        assert!(g.two.len() > 10 && g.slots.len() >= 2 * g.words.len());
        assert!(g.conjs.len() > 10);
        // Hits keep their masks' places as u16, and the places are found by a linear search.
        assert!(g.masks.len() < 1024, "{} masks", g.masks.len());
        let seed = include_str!("../../../tests/fixtures/seed-article.txt").to_ascii_lowercase();
        let mut texts: Vec<String> = vec![
            seed.clone(),
            seed[..seed.len() / 3].to_string(),
            String::new(),
            "a".into(),
            "ago".into(),
            "it was years ago".into(),
            "thursdays, q4 and the 1990s".into(),
            "nowadays—café à midnight; semi-weekly".into(),
            "in the '80s, 9:30, 4/5, 3.5, 2024-03".into(),
            "march of last year; marchyear; ash and then wednesday; good friday".into(),
            "new year's day, st. patrick's day; monday nights".into(),
            "xyz".repeat(50),
        ];
        // Every word alone, at the end of a text, cut short, and all of them glued together.
        let words: Vec<String> = g
            .words
            .iter()
            .map(|t| {
                String::from_utf8_lossy(&t.bytes)
                    .replace('_', " ")
                    .replace('#', "7")
            })
            .collect();
        texts.push(words.concat());
        let twos: Vec<String> = g
            .two
            .iter()
            .map(|(p, _)| String::from_utf8_lossy(&p.to_be_bytes()).into_owned())
            .collect();
        texts.push(twos.join(" "));
        texts.extend(twos);
        for w in words.iter().step_by(3) {
            texts.push(w.clone());
            texts.push(format!("no trigger here but {w}"));
            texts.push(w[..w.len() - 1].to_string());
        }
        for t in &texts {
            assert_eq!(triggered(t), triggered_by_definition(t), "{t:?}");
        }
        let seed_bits = triggered(&seed);
        assert!(
            seed_bits.count_ones() > 20
                && seed_bits != g.bits.iter().fold(ALWAYS, |all, (_, b)| all | b),
            "{seed_bits:b}"
        );
    }

    #[test]
    fn trigger_words_gate_only_what_cannot_match() {
        assert_eq!(triggered("hello."), ALWAYS);
        let lines = crate::tables::data_lines(crate::temporal::lexicon::raw::TRIGGERS).count();
        assert!(lines < 63, "one bit per pattern: at most 63 rows");
        assert_eq!(GATE.bits.keys().count(), lines);
        // Short texts with expressions of most rules: gated and ungated runs agree.
        for t in [
            "On Thursday morning, 3 p.m. EST, two weeks ago, the 1990s, in the third quarter of 2024.",
            "It lasted six months and a half; every Monday, twice a week, Q3 2023, the year ended March 31.",
            "Christmas Eve 2019, the summer of 2020, tonight at midnight, the day before, that week.",
            "The 21st century, the first half of the year, 12/25/2024, 2024-03-13T10:30, on the 6th.",
            "Three days later, within 10 years, nowadays, in the near future, Sept. 5, 1999, weekly.",
            "two days before after 3 weeks after, a year or so ago ago, ten years from  now; 5 days hence",
            "six days later before 2 years earlier later, a couple of weeks afterwards and 1.5 hours prior",
            "The day before yesterday, this past weekend, last Monday, these days, the 21st century.",
            "On the 3rd, half an hour, in recent years, the following week, that same day, the year ended.",
            "Paid oncea year, twice a  week, thricean hour, 3 times per day, a year or so ago, one day or so ago.",
            "They will return in three days, will arrive in  two weeks, and will finish in\n5 years or in a couple of months.",
            "Easter Monday, Good Friday, Ash Wednesday, New Year's Day 2020 and St. Patrick's Day.",
            "In March of last year, December this year, on Monday nights, on Tuesdays, Friday mornings.",
        ] {
            let low = t.to_ascii_lowercase();
            let all = gated_run(t, u64::MAX);
            assert!(all.len() > 3, "{t}");
            assert_eq!(gated_run(t, triggered(&low)), all, "{t}");
            assert_eq!(windowed_run(t), all, "{t}");
            // Each clause alone too: a trigger elsewhere in the text must not hide a missing one.
            for piece in t.split([',', ';']) {
                let low = piece.to_ascii_lowercase();
                let all = gated_run(piece, u64::MAX);
                assert_eq!(gated_run(piece, triggered(&low)), all, "{piece}");
                assert_eq!(windowed_run(piece), all, "{piece}");
            }
            // The suffix-driven search of "ago"/"later" finds what the plain search finds.
            for (p, suffix, keep) in suffixed() {
                let h = plain_hay(t, &low);
                assert_eq!(
                    spans(p.captures_before_if(&h, suffix, keep)),
                    spans(p.captures_iter(&h).collect()),
                    "{t}"
                );
            }
        }
    }

    /// `find_in` over the whole text, with the gate bits `present`.
    fn gated_run(t: &str, present: u64) -> Vec<Cand> {
        let low = t.to_ascii_lowercase();
        find_in(&Hay {
            text: t,
            low: &low,
            exotic: false,
            present,
            hits: None,
        })
    }

    /// `find_in` with the trigger words located (every pattern in windows around its own
    /// trigger words) — what `find_all` does.
    fn windowed_run(t: &str) -> Vec<Cand> {
        let low = t.to_ascii_lowercase();
        let (present, hits) = scan(&low);
        assert!(hits.is_some());
        find_in(&Hay {
            text: t,
            low: &low,
            exotic: false,
            present,
            hits: hits.as_deref(),
        })
    }

    /// Texts made of every word of the temporal tables: alone, glued to the next, and in
    /// phrases with numbers, so that each pattern meets its trigger words in many places.
    fn table_word_texts() -> Vec<String> {
        let lx = &*LEX;
        let mut words: Vec<String> = Vec::new();
        words.extend(lx.months.keys().map(String::from));
        words.extend(lx.weekdays.keys().map(String::from));
        words.extend(lx.units.keys().map(String::from));
        words.extend(lx.seasons.keys().map(String::from));
        words.extend(lx.parts.keys().map(String::from));
        words.extend(lx.holidays.keys().map(String::from));
        words.extend(lx.ordinals.keys().map(String::from));
        crate::sort::sort_by(&mut words, |a, b| a.cmp(b));
        let mut v = Vec::new();
        for (i, w) in words.iter().enumerate() {
            let n = i % 31 + 1;
            v.push(format!(
                "On {w} {n}, 20{:02} and the {w} of 19{n}5, {n} {w}s ago, last {w}, {w}-{w}, \
                 {n}-{w} later; the {w} before, every {w}, twice a {w}, Q{} {w} {n}:3{} pm.",
                n % 30,
                n % 4 + 1,
                n % 10
            ));
        }
        let glued: String = words.iter().map(|w| format!("{w} ")).collect();
        v.push(glued.clone());
        v.push(glued.replace(' ', "-"));
        v.push(glued.replace(' ', ""));
        v
    }

    /// Every pattern in windows around its trigger words finds what it finds in the whole
    /// text: over the founding article, the windowed-search texts and texts of all table words.
    #[test]
    fn windows_around_trigger_words_find_what_the_plain_search_finds() {
        let mut texts = windowed_texts();
        texts.extend(table_word_texts());
        // A run of digits longer than one hit holds: several hits side by side, same windows.
        let digits = "7".repeat(Hit::MAX_LEN + 100);
        let long = format!("On March 5, 2020, {digits} 5 years ago; in 1999{digits}-03-05 2024");
        let (_, hits) = scan(&long);
        let hits = hits.unwrap_or_default();
        let covering = hits
            .iter()
            .filter(|x| x.span().0 >= 18 && x.span().1 <= 18 + digits.len())
            .count();
        assert!(covering >= 2, "{covering} hits over the long run");
        assert_eq!(std::mem::size_of::<Hit>(), 8);
        texts.push(long);
        let mut n = 0;
        for t in &texts {
            let plain = find_in(&plain_hay(t, &t.to_ascii_lowercase()));
            n += plain.len();
            assert_eq!(windowed_run(t), plain, "{t}");
        }
        assert!(n > 500, "{n}");
        // And the key words each shortcut starts from, one pattern at a time.
        for t in &texts {
            let low = t.to_ascii_lowercase();
            let (present, hits) = scan(&low);
            let h = Hay {
                text: t,
                low: &low,
                exotic: false,
                present,
                hits: hits.as_deref(),
            };
            let plain = plain_hay(t, &low);
            for (_, key, _, _) in windowed() {
                assert_eq!(key.spans(&h), key.spans(&plain), "{}", key.src());
            }
            for (_, key, _) in suffixed() {
                assert_eq!(key.spans(&h), key.spans(&plain), "{}", key.src());
            }
        }
    }

    #[test]
    fn gap_bounds_read_from_patterns() {
        for (name, src, want) in [
            ("a word", r"(?-u:\b)century(?-u:\b)", Some(0)),
            ("flags are not elements", r"(?-u)(?i:x)y", Some(0)),
            ("white space", r"the\s+year", Some(1)),
            ("a hyphen", r"year-ago", Some(1)),
            ("an escaped hyphen", r"year\-ago", Some(1)),
            ("a space", r"from now", Some(1)),
            ("a class with white space", r"first[\s-]half", Some(1)),
            ("a range is no hyphen", r"[0-9]{4}", Some(0)),
            ("a class ending in a hyphen", r"a[/-]b", Some(1)),
            (
                "optional parts add up",
                r"(?:the\s+)?(?P<d>[0-9]+)\s+of\s+x",
                Some(3),
            ),
            (
                "the largest alternative",
                r"(?:a\s+b\s+c|d\s+e)\s+f",
                Some(3),
            ),
            ("nested alternatives", r"x(?:a|(?:b\s+c|d))\s*", Some(2)),
            ("a repeated gap group", r"(?:\s+[a-z]+)*", None),
            ("a repeated group without gaps", r"(?:ab)+c", Some(0)),
            ("any character", r"a.b", None),
            ("a negated class", r"a[^x]b", None),
            ("not white space", r"\S+", None),
            ("unbalanced", r"(a", None),
        ] {
            assert_eq!(max_gaps(src), want, "{name}: {src}");
        }
        // A marked pattern counts as its written-out form, for every rule pattern.
        let pats = every_pattern();
        let mut bounded = 0;
        for p in &pats {
            let g = max_gaps(&mark(p));
            assert_eq!(g, max_gaps(&expand(p)), "{p}");
            bounded += usize::from(g.is_some());
        }
        assert!(bounded >= 30, "{bounded}");
        // The hand-counted bounds of the windowed searches hold for their patterns.
        for (p, _, gaps, _) in windowed() {
            let g = max_gaps(&p.src());
            assert!(g.is_some_and(|g| g <= gaps), "{}", p.src());
        }
    }
}
