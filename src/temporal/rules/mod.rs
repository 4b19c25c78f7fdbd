//! Temporal rules: each family proposes candidates (extent, type, underspecified value, rule name);
//! [`find_all`] keeps the longest non-overlapping ones, widens them over modifiers ("early",
//! "more than") and drops what the negative filters reject.
//!
//! Performance: no pattern uses `(?i)`. Each runs case-sensitively over the ASCII-lowercased text
//! ([`Hay`]), compiled on first use in byte mode ([`compile`]; a second, Unicode variant only for
//! texts with "ſ", the Kelvin sign or non-ASCII spaces). A pattern runs only on texts holding one of
//! its trigger words (`triggers.tsv`, one Aho-Corasick pass), and most run only near their key
//! words ([`Pattern::captures_before`], [`Pattern::captures_near`]); each search is linear in the
//! text, and every shortcut finds exactly what the plain search finds (the tests compare them).

pub mod absolute;
pub mod anaphoric;
pub mod clock;
pub mod duration;
pub mod modifiers;
pub mod relative;
pub mod set;

use super::lexicon::{alternation, Amount, Unit, LEX};
use super::value::Value;
use crate::model::TimexType;
use crate::span::Span;
use regex::{Captures, Regex};
use std::sync::{LazyLock, OnceLock};

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

/// Regex building blocks made from the tables (non-capturing groups, lower case; [`compile`]
/// matches them against the lower-cased text).
pub struct Blocks {
    /// A month name or abbreviation (with its period).
    pub month: String,
    /// A full weekday name.
    pub weekday: String,
    /// A weekday name or abbreviation with a period.
    pub weekday_any: String,
    /// A day of month as digits, with an optional ordinal suffix, or an ordinal word.
    pub day: String,
    /// A year as four digits (1000–2099) or spoken ("nineteen ninety-six").
    pub year: String,
    /// A number: digits, or number words.
    pub num: String,
    /// A time unit word.
    pub unit: String,
    /// An ordinal word ("third").
    pub ordinal: String,
    /// A season word.
    pub season: String,
    /// A part of the day word ("morning").
    pub part: String,
}

/// The building blocks, built once.
pub static B: LazyLock<Blocks> = LazyLock::new(|| {
    let lx = &*LEX;
    let full: Vec<&String> = lx
        .months
        .iter()
        .filter(|(_, (_, f))| f != "abbr")
        .map(|(w, _)| w)
        .collect();
    let abbr: Vec<&String> = lx
        .months
        .iter()
        .filter(|(_, (_, f))| f == "abbr")
        .map(|(w, _)| w)
        .collect();
    let month = format!(
        r"(?:(?:{})\b|(?:{})(?:\.|\b))",
        alternation(full.into_iter()),
        alternation(abbr.into_iter())
    );
    let wfull: Vec<&String> = lx
        .weekdays
        .iter()
        .filter(|(_, (_, f))| f == "full")
        .map(|(w, _)| w)
        .collect();
    let wabbr: Vec<&String> = lx
        .weekdays
        .iter()
        .filter(|(_, (_, f))| f != "full")
        .map(|(w, _)| w)
        .collect();
    let weekday = format!(r"(?:(?:{})\b)", alternation(wfull.into_iter()));
    let weekday_any = format!(r"(?:{weekday}|(?:{})\.)", alternation(wabbr.into_iter()));
    let ordinal = format!(r"(?:(?:{})\b)", alternation(lx.ordinals.keys()));
    let day = format!(r"(?:(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?\b|{ordinal})");
    let ones = "one|two|three|four|five|six|seven|eight|nine";
    let teens = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    let tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    let year = format!(
        r"(?:(?:1[0-9]|20)[0-9]{{2}}\b|(?:nineteen|twenty)[\s-]+(?:(?:{tens})(?:[\s-]+(?:{ones}))?|{teens}|oh[\s-]+(?:{ones}))\b|two\s+thousand(?:\s+and\s+(?:{ones}|{teens}))?\b)"
    );
    let words: Vec<&String> = lx.numbers.keys().collect();
    let w = alternation(words.into_iter());
    // After the first word, no article ("seven a year ago" is "seven" then "a year ago").
    let cont: Vec<&String> = lx
        .numbers
        .keys()
        .filter(|k| !k.starts_with("a ") && !matches!(k.as_str(), "a" | "an"))
        .collect();
    let wc = alternation(cont.into_iter());
    let num =
        format!(r"(?:[0-9]+(?:\.[0-9]+)?(?:\s+1/2)?|(?:{w})(?:(?:\s+|-)(?:and\s+)?(?:{wc}))*)");
    let unit = format!(r"(?:(?:{})\b)", alternation(lx.units.keys()));
    let season = format!(r"(?:(?:{})\b)", alternation(lx.seasons.keys()));
    let parts: Vec<&String> = lx
        .parts
        .iter()
        .filter(|(_, v)| !v.contains(':'))
        .map(|(k, _)| k)
        .collect();
    let part = format!(r"(?:(?:{})\b)", alternation(parts.into_iter()));
    Blocks {
        month,
        weekday,
        weekday_any,
        day,
        year,
        num,
        unit,
        ordinal,
        season,
        part,
    }
});

/// Fills the `{name}` placeholders of a rule pattern from [`B`].
pub fn expand(pat: &str) -> String {
    let b = &*B;
    let p = pat
        .replace("{MONTH}", &b.month)
        .replace("{WDANY}", &b.weekday_any)
        .replace("{WD}", &b.weekday)
        .replace("{DAY}", &b.day)
        .replace("{YEAR}", &b.year)
        .replace("{NUM}", &b.num)
        .replace("{UNIT}", &b.unit)
        .replace("{ORD}", &b.ordinal)
        .replace("{SEASON}", &b.season)
        .replace("{PART}", &b.part);
    // ASCII word boundaries: a Unicode \b makes the regex engine give up its fast DFA on any
    // non-ASCII text (curly quotes, accents), which costs an order of magnitude in speed.
    p.replace(r"\b", r"(?-u:\b)")
}

/// Compiles an expanded pattern (see [`expand`]) for case-insensitive matching by running it
/// case-sensitively over the ASCII-lowercased text ([`Hay::low`]): upper-case pattern letters are
/// lowered. `exotic` keeps the two non-ASCII letters that `(?i)` folds onto ASCII ones ("ſ" = s,
/// Kelvin "K" = k) and Unicode white space (spelled out: see [`UNICODE_SPACE`]); otherwise `\s`
/// is ASCII and the whole regex works on bytes, which is what makes it cheap to build (no case-folding tables, no UTF-8 automata for classes).
/// The patterns are constants of this crate, so a failure is a defect caught by the tests; at run
/// time it yields a regex that never matches rather than a panic.
pub fn compile(expanded: &str, exotic: bool) -> Regex {
    let folded = fold_pattern(expanded, exotic);
    // Byte mode for the ASCII variant: the same matches on valid UTF-8 (every construct left is
    // ASCII), and no UTF-8 automata built for the classes.
    let p = if exotic {
        folded
    } else {
        format!("(?-u){folded}")
    };
    Regex::new(&p).unwrap_or_else(|e| {
        debug_assert!(false, "bad temporal pattern {expanded}: {e}");
        Regex::new(r"(?-u:[^\s\S])").expect("the never-matching regex compiles")
    })
}

/// The characters of Unicode's White_Space property (what `char::is_whitespace` and a Unicode
/// `\s` match), as the inside of a regex class.
const UNICODE_SPACE: &str =
    r"\t\n\x0B\x0C\r \x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}";

/// Rewrites a pattern for the lower-cased haystack (see [`compile`]). Letters in escapes (`\s`,
/// `\b`), group names and flags (`(?P<name>`, `(?-u:`) and repetitions (`{2}`) are kept; letters
/// inside classes are not expected (the test checks).
fn fold_pattern(p: &str, exotic: bool) -> String {
    let mut o = String::with_capacity(p.len() + p.len() / 4);
    let mut chars = p.chars().peekable();
    let mut in_class = false;
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('s') if !exotic && in_class => o.push_str(r"\t\n\x0B\x0C\r "),
                Some('s') if !exotic => o.push_str(r"[\t\n\x0B\x0C\r ]"),
                // Unicode White_Space, spelled out: the regex crate is built without its Unicode
                // class tables (`unicode-perl`: -13.8 KB gzip of .wasm).
                Some('s') if in_class => o.push_str(UNICODE_SPACE),
                Some('s') => {
                    o.push('[');
                    o.push_str(UNICODE_SPACE);
                    o.push(']');
                }
                Some(n) => {
                    o.push(c);
                    o.push(n);
                }
                None => o.push(c),
            },
            '[' if !in_class => {
                in_class = true;
                o.push(c);
            }
            ']' if in_class => {
                in_class = false;
                o.push(c);
            }
            '(' if !in_class && chars.peek() == Some(&'?') => {
                o.push(c);
                for n in chars.by_ref() {
                    o.push(n);
                    if n == ':' || n == '>' || n == ')' {
                        break;
                    }
                }
            }
            '{' if !in_class => {
                o.push(c);
                for n in chars.by_ref() {
                    o.push(n);
                    if n == '}' {
                        break;
                    }
                }
            }
            c if in_class && c.is_ascii_alphabetic() => {
                debug_assert!(false, "a letter in a class would not be case-folded: {p}");
                o.push(c);
            }
            c if c.is_ascii_alphabetic() => match c.to_ascii_lowercase() {
                's' if exotic => o.push_str("[s\u{17F}]"),
                'k' if exotic => o.push_str("[k\u{212A}]"),
                l => o.push(l),
            },
            _ => o.push(c),
        }
    }
    o
}

/// True when `text` has a character on which the ASCII patterns of [`compile`] would read
/// differently from `(?i)` Unicode ones: "ſ", the Kelvin sign, or non-ASCII white space.
pub fn is_exotic(text: &str) -> bool {
    let b = text.as_bytes();
    let mut i = 0;
    while let Some(p) = b[i..]
        .iter()
        .position(|&x| matches!(x, 0xC2 | 0xC5 | 0xE1 | 0xE2 | 0xE3))
    {
        i += p;
        if let Some(c) = text.get(i..).and_then(|t| t.chars().next()) {
            if c == '\u{17F}' || c == '\u{212A}' || (!c.is_ascii() && c.is_whitespace()) {
                return true;
            }
        }
        i += 1;
    }
    false
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
}

/// A rule pattern, compiled on first use in the variant the text needs (see [`compile`]), and
/// run only on texts holding one of its trigger words (`src/tables/temporal/triggers.tsv`).
pub struct Pattern {
    src: String,
    bit: u64,
    ascii: OnceLock<Regex>,
    exotic: OnceLock<Regex>,
}

impl Pattern {
    /// A pattern with `{name}` placeholders (see [`expand`]), written for case-insensitive
    /// matching; `key` names its row of trigger words.
    pub fn new(key: &str, pat: &str) -> Pattern {
        let bit = GATE.bits.get(key).copied();
        debug_assert!(bit.is_some(), "no trigger row for {key}");
        Pattern {
            src: expand(pat),
            bit: bit.unwrap_or(ALWAYS),
            ascii: OnceLock::new(),
            exotic: OnceLock::new(),
        }
    }

    /// The compiled regex for a text (over its lower-cased form).
    pub fn regex(&self, exotic: bool) -> &Regex {
        let cell = if exotic { &self.exotic } else { &self.ascii };
        cell.get_or_init(|| compile(&self.src, exotic))
    }

    /// Every match in `h`, leftmost first, as [`regex::Regex::captures_iter`] over the text.
    /// Nothing (and nothing compiled) when the text lacks the pattern's trigger words.
    pub fn captures_iter<'r, 't: 'r>(&'r self, h: &Hay<'t>) -> impl Iterator<Item = Caps<'t>> + 'r {
        let text = h.text;
        let on = h.exotic || h.present & self.bit != 0;
        on.then(|| self.regex(h.exotic).captures_iter(h.low))
            .into_iter()
            .flatten()
            .map(move |caps| Caps { caps, text })
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
    pub fn captures_before_if<'t>(
        &self,
        h: &Hay<'t>,
        suffix: &Pattern,
        keep: impl Fn(&str, usize) -> bool,
    ) -> Vec<Caps<'t>> {
        if h.exotic {
            return self.captures_iter(h).collect();
        }
        let mut out = Vec::new();
        if h.present & self.bit == 0 {
            return out;
        }
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
        for s in suffix.regex(false).find_iter(h.low) {
            let floor = pos.max(prev_end);
            prev_end = s.end();
            if s.start() < floor || !keep(h.low, s.start()) {
                continue;
            }
            let mut w = s.start();
            while w > floor && inside(b[w - 1]) {
                w -= 1;
            }
            pos = pos.max(self.captures_within(h, (w, s.end()), &mut out));
        }
        out
    }

    /// Pushes the matches that start at or after `start` in the lowered text cut at `end`, one
    /// after another as [`Pattern::captures_iter`] finds them; returns where the last one ends
    /// (`start` if none).
    fn captures_within<'t>(
        &self,
        h: &Hay<'t>,
        (start, end): (usize, usize),
        out: &mut Vec<Caps<'t>>,
    ) -> usize {
        let Some(hay) = h.low.get(..end) else {
            return start;
        };
        let mut at = start;
        let re = self.regex(false);
        while let Some(caps) = re.captures_at(hay, at) {
            let end = caps.get(0).map_or(at, |m| m.end());
            out.push(Caps { caps, text: h.text });
            if end <= at {
                break;
            }
            at = end;
        }
        at
    }
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
        keep: impl Fn(&str, usize) -> bool,
    ) -> Vec<Caps<'t>> {
        if h.exotic {
            return self.captures_iter(h).collect();
        }
        let mut out = Vec::new();
        if h.present & self.bit == 0 {
            return out;
        }
        let b = h.low.as_bytes();
        let sep = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b'-');
        let search = |window: (usize, usize), out: &mut Vec<Caps<'t>>| {
            self.captures_within(h, window, out);
        };
        // Walks stop where the pending window already reaches, and a key word in the same word
        // as the previous one shares its window end: each byte is walked over a bounded number
        // of times (a megabyte without a space stays linear).
        let mut win: Option<(usize, usize)> = None;
        let mut last: Option<(usize, usize)> = None; // (end of the key word's word, window end)
        for o in occ.regex(false).find_iter(h.low) {
            if !keep(h.low, o.start()) {
                continue;
            }
            let stop = win.map_or(0, |(_, we)| we);
            let mut s = o.start();
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
                Some((word_end, e)) if o.end() <= word_end => e,
                _ => {
                    let mut e = o.end();
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
                    search(w, &mut out);
                    Some((s, e))
                }
                None => Some((s, e)),
            };
        }
        if let Some(w) = win {
            search(w, &mut out);
        }
        out
    }
}

/// The word (run of non-space bytes) that ends right before the spaces before byte `pos` of a
/// lower-cased text, and where it starts; `None` when no space precedes `pos`.
pub fn token_before(low: &str, pos: usize) -> Option<(usize, &str)> {
    let b = low.as_bytes();
    let ws = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r');
    let mut e = pos;
    while e > 0 && ws(b[e - 1]) {
        e -= 1;
    }
    if e == pos {
        return None;
    }
    let mut s = e;
    while s > 0 && !ws(b[s - 1]) {
        s -= 1;
    }
    Some((s, low.get(s..e)?))
}

/// True when the word before the spaces before `pos` is a unit word ("days" in "three days
/// later"), also across "or so" ("a year or so ago").
pub fn unit_before(low: &str, pos: usize, or_so: bool) -> bool {
    let Some((s, w)) = token_before(low, pos) else {
        return false;
    };
    if LEX.units.contains_key(w) {
        return true;
    }
    or_so
        && w == "so"
        && token_before(low, s).is_some_and(|(s2, w2)| w2 == "or" && unit_before(low, s2, false))
}

/// The gate bit of patterns without a trigger row: always present.
const ALWAYS: u64 = 1 << 63;

/// Trigger words of every pattern (`triggers.tsv`): one pass over a text tells which patterns
/// can match in it at all.
struct Gate {
    /// Pattern key → its bit.
    bits: std::collections::HashMap<String, u64>,
    /// Trigger words, and for each the bits of the patterns it triggers.
    words: Option<aho_corasick::AhoCorasick>,
    masks: Vec<u64>,
    /// Bits of the patterns triggered by any ASCII digit.
    digit: u64,
    /// Every bit in use.
    all: u64,
}

static GATE: LazyLock<Gate> = LazyLock::new(|| {
    let lx = &*LEX;
    let mut bits = std::collections::HashMap::new();
    let mut words: Vec<String> = Vec::new();
    let mut masks: Vec<u64> = Vec::new();
    let mut digit = 0u64;
    let mut all = ALWAYS;
    let mut add = |w: &str, bit: u64| {
        let w = w.split(' ').next().unwrap_or(w);
        match words.iter().position(|x| x == w) {
            Some(i) => masks[i] |= bit,
            None => {
                words.push(w.to_string());
                masks.push(bit);
            }
        }
    };
    for (i, l) in crate::tables::data_lines(super::lexicon::raw::TRIGGERS)
        .take(63)
        .enumerate()
    {
        let c = crate::tables::columns(l);
        let bit = 1u64 << i;
        all |= bit;
        bits.insert(c[0].to_string(), bit);
        for t in c.get(1).copied().unwrap_or("").split_whitespace() {
            match t {
                "#" => digit |= bit,
                "{MONTH}" => lx.months.keys().for_each(|w| add(w, bit)),
                "{WD}" => lx.weekdays.keys().for_each(|w| add(w, bit)),
                "{UNIT}" => lx.units.keys().for_each(|w| add(w, bit)),
                "{SEASON}" => lx.seasons.keys().for_each(|w| add(w, bit)),
                "{PART}" => lx.parts.keys().for_each(|w| add(w, bit)),
                "{HOLIDAY}" => lx.holidays.keys().for_each(|h| {
                    let longest = h
                        .split(' ')
                        .fold("", |a, w| if w.len() > a.len() { w } else { a });
                    add(longest, bit)
                }),
                w => add(w, bit),
            }
        }
    }
    Gate {
        bits,
        words: aho_corasick::AhoCorasick::new(&words).ok(),
        masks,
        digit,
        all,
    }
});

/// The gate bits of the patterns that can match in `low` (a lower-cased text).
pub fn triggered(low: &str) -> u64 {
    let g = &*GATE;
    let Some(ac) = &g.words else { return u64::MAX };
    let mut p = ALWAYS;
    if low.bytes().any(|b| b.is_ascii_digit()) {
        p |= g.digit;
    }
    for m in ac.find_overlapping_iter(low) {
        p |= g
            .masks
            .get(m.pattern().as_usize())
            .copied()
            .unwrap_or(u64::MAX);
        if p == g.all {
            break;
        }
    }
    p
}

/// One match of a [`Pattern`]: groups read from the text as written.
pub struct Caps<'t> {
    caps: Captures<'t>,
    text: &'t str,
}

impl<'t> Caps<'t> {
    /// Group `i` (0 = the whole match).
    pub fn get(&self, i: usize) -> Option<M<'t>> {
        self.caps
            .get(i)
            .map(|m| M::new(self.text, m.start(), m.end()))
    }

    /// A named group.
    pub fn name(&self, name: &str) -> Option<M<'t>> {
        self.caps
            .name(name)
            .map(|m| M::new(self.text, m.start(), m.end()))
    }
}

/// A matched extent in the text as written.
#[derive(Debug, Clone, Copy)]
pub struct M<'t> {
    text: &'t str,
    start: usize,
    end: usize,
}

impl<'t> M<'t> {
    fn new(text: &'t str, start: usize, end: usize) -> M<'t> {
        M { text, start, end }
    }

    /// Start byte.
    pub fn start(&self) -> usize {
        self.start
    }

    /// End byte.
    pub fn end(&self) -> usize {
        self.end
    }

    /// The matched text as written.
    pub fn as_str(&self) -> &'t str {
        self.text.get(self.start..self.end).unwrap_or("")
    }
}

/// The text of a named group, lower-cased, if it matched.
pub fn group(c: &Caps, name: &str) -> Option<String> {
    c.name(name).map(|m| m.as_str().to_lowercase())
}

/// Month number of a month word ("Sept." → 9).
pub fn month_of(s: &str) -> Option<u32> {
    let k = s.trim_end_matches('.').to_lowercase();
    LEX.months.get(&k).map(|(n, _)| *n)
}

/// ISO weekday of a weekday word ("Thurs." → 4).
pub fn weekday_of(s: &str) -> Option<u32> {
    let k = s.trim_end_matches('.').to_lowercase();
    LEX.weekdays.get(&k).map(|(n, _)| *n)
}

/// Day of month from "6", "6th", "06", "sixth".
pub fn day_of(s: &str) -> Option<u32> {
    let t = s.to_lowercase();
    let digits: String = t.chars().take_while(|c| c.is_ascii_digit()).collect();
    let n = if digits.is_empty() {
        *LEX.ordinals.get(t.trim())?
    } else {
        digits.parse().ok()?
    };
    (1..=31).contains(&n).then_some(n)
}

/// Ordinal number from "third" or "3rd".
pub fn ordinal_of(s: &str) -> Option<u32> {
    day_of(s)
}

/// Year from "2024" or spoken "nineteen ninety-six", "two thousand".
pub fn year_of(s: &str) -> Option<i32> {
    let t = s.to_lowercase();
    if t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()) {
        return t.parse().ok();
    }
    let t = t.replace('-', " ");
    let w: Vec<&str> = t.split_whitespace().collect();
    if w.len() >= 2 && w[0] == "two" && w[1] == "thousand" {
        let rest = w[2..]
            .iter()
            .filter(|x| **x != "and")
            .copied()
            .collect::<Vec<_>>();
        let add = if rest.is_empty() {
            0
        } else {
            match super::lexicon::amount(&rest.join(" "))? {
                Amount::N(n) => n as i32,
                Amount::X => return None,
            }
        };
        return Some(2000 + add);
    }
    let (first, rest) = w.split_first()?;
    let cent = match *first {
        "nineteen" => 19,
        "twenty" => 20,
        _ => return None,
    };
    let rest: Vec<&str> = rest.iter().filter(|x| **x != "oh").copied().collect();
    let yy = match super::lexicon::amount(&rest.join(" "))? {
        Amount::N(n) if (0.0..100.0).contains(&n) => n as i32,
        _ => return None,
    };
    Some(cent * 100 + yy)
}

/// Unit of a unit word.
pub fn unit_of(s: &str) -> Option<Unit> {
    LEX.units.get(&s.to_lowercase()).copied()
}

/// True when the first letter of `s` is upper case.
pub fn capitalized(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// The word before byte `pos` in `text` (lower-cased), skipping spaces.
pub fn word_before(text: &str, pos: usize) -> String {
    let before = text.get(..pos).unwrap_or("").trim_end();
    before
        .rsplit(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-'))
        .next()
        .unwrap_or("")
        .trim_end_matches('-')
        .to_lowercase()
}

/// Byte span of the word before byte `pos` (as [`word_before`] reads it, before lower-casing).
pub fn word_before_span(text: &str, pos: usize) -> Span {
    let before = text.get(..pos).unwrap_or("").trim_end();
    let end = before.len();
    let start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '\'' || c == '-'))
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    Span::new(start, end)
}

/// The word after byte `pos` in `text` (as written), skipping spaces.
pub fn word_after(text: &str, pos: usize) -> &str {
    let after = text.get(pos..).unwrap_or("").trim_start();
    after
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-'))
        .next()
        .unwrap_or("")
}

/// Runs every family over `text` and settles overlaps: longer candidates win, then earlier
/// families (absolute before relative before durations). Returns candidates in text order.
pub fn find_all(text: &str) -> Vec<Cand> {
    let low = text.to_ascii_lowercase();
    find_in(&Hay {
        text,
        low: &low,
        exotic: is_exotic(text),
        present: triggered(&low),
    })
}

fn find_in(h: &Hay) -> Vec<Cand> {
    let text = h.text;
    let mut c = Vec::new();
    absolute::find(&h, &mut c);
    clock::find(&h, &mut c);
    relative::find(&h, &mut c);
    anaphoric::find(&h, &mut c);
    set::find(&h, &mut c);
    duration::find(&h, &mut c);
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
    modifiers::extend(text, kept)
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn all_blocks_compile() {
        for p in [
            "{MONTH}", "{WDANY}", "{WD}", "{DAY}", "{YEAR}", "{NUM}", "{UNIT}", "{ORD}",
            "{SEASON}", "{PART}",
        ] {
            for exotic in [false, true] {
                let r = Pattern::new("absolute:month", p);
                assert!(!r.regex(exotic).is_match(""), "{p}");
                let folded = fold_pattern(&r.src, exotic).replace(r"\x0B\x0C", "");
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
        let re = Regex::new(&format!("^[{UNICODE_SPACE}]$")).unwrap();
        let mut buf = [0u8; 4];
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            assert_eq!(
                re.is_match(c.encode_utf8(&mut buf)),
                c.is_whitespace(),
                "U+{:04X}",
                c as u32
            );
        }
    }

    #[test]
    fn folded_patterns_keep_escapes_groups_and_counts() {
        assert_eq!(
            fold_pattern(r"Q(?P<qs>[1-4])\s+[\s-]{2}FY", false),
            r"q(?P<qs>[1-4])[\t\n\x0B\x0C\r ]+[\t\n\x0B\x0C\r -]{2}fy"
        );
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
            })
        };
        let plain = run(false, u64::MAX);
        assert!(plain.len() > 10);
        assert_eq!(plain, run(true, u64::MAX));
        assert_eq!(plain, run(false, triggered(&low)));
    }

    /// Every pattern searched with [`Pattern::captures_before`], with its suffix pattern.
    fn suffixed() -> Vec<(&'static Pattern, &'static Pattern, fn(&str, usize) -> bool)> {
        let any: fn(&str, usize) -> bool = |_, _| true;
        vec![
            (&*relative::AGO, &*relative::AGO_SUFFIX, relative::ago_at),
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
            (&*anaphoric::THE_NEXT_U, &*anaphoric::UNIT_WORD_SUFFIX, any),
            (&*anaphoric::THAT_U, &*anaphoric::UNIT_WORD_SUFFIX, any),
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
    fn windowed() -> Vec<(
        &'static Pattern,
        &'static Pattern,
        usize,
        fn(&str, usize) -> bool,
    )> {
        let any: fn(&str, usize) -> bool = |_, _| true;
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

    fn windowed_texts() -> Vec<String> {
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
        }
    }

    /// The whole-match spans of a list of captures.
    fn spans(v: Vec<Caps>) -> Vec<Option<(usize, usize)>> {
        v.iter()
            .map(|c| c.get(0).map(|m| (m.start(), m.end())))
            .collect()
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
                    p.src
                );
            }
            assert!(n > 3, "{n}");
        }
    }

    #[test]
    fn suffix_driven_search_finds_what_the_plain_search_finds_in_the_founding_article() {
        let text =
            crate::text::Doc::new(include_str!("../../../tests/fixtures/seed-article.txt")).text;
        let low = text.to_ascii_lowercase();
        let h = plain_hay(&text, &low);
        let mut n = 0;
        for (p, suffix, keep) in suffixed() {
            let plain = spans(p.captures_iter(&h).collect());
            n += plain.len();
            assert_eq!(
                spans(p.captures_before_if(&h, suffix, keep)),
                plain,
                "{}",
                p.src
            );
        }
        assert!(n > 5);
    }

    #[test]
    fn trigger_words_gate_only_what_cannot_match() {
        assert_eq!(triggered("hello."), ALWAYS);
        let lines = crate::tables::data_lines(crate::temporal::lexicon::raw::TRIGGERS).count();
        assert!(lines < 63, "one bit per pattern: at most 63 rows");
        assert_eq!(GATE.bits.len(), lines);
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
        ] {
            let low = t.to_ascii_lowercase();
            let run = |present| {
                find_in(&Hay {
                    text: t,
                    low: &low,
                    exotic: false,
                    present,
                })
            };
            let all = run(u64::MAX);
            assert!(all.len() > 3, "{t}");
            assert_eq!(run(triggered(&low)), all, "{t}");
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
}

/// The amount of a match with a `n` group (and optional `half`/`ah` groups for "and a half").
pub fn amount_of(c: &Caps) -> Option<Amount> {
    let raw = c.name("n")?.as_str();
    let (raw, frac) = match raw.strip_suffix("1/2") {
        Some(r) => (r.trim(), 0.5),
        None => (raw, 0.0),
    };
    let half = if c.name("half").is_some() || c.name("ah").is_some() {
        0.5
    } else {
        0.0
    };
    match super::lexicon::amount(raw)? {
        Amount::N(n) => Some(Amount::N(n + frac + half)),
        Amount::X => Some(Amount::X),
    }
}

/// The granularity a shift by `unit` is printed at ("two weeks ago" → a day, "a year ago" → a year).
pub fn gran_for(unit: Unit) -> Unit {
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => Unit::Day,
        Unit::Week | Unit::Fortnight => Unit::Week,
        Unit::Weekend => Unit::Weekend,
        Unit::Month => Unit::Month,
        Unit::Quarter => Unit::Quarter,
        Unit::Half => Unit::Month,
        Unit::Year | Unit::Decade | Unit::Century | Unit::Millennium => Unit::Year,
    }
}
