//! Rule patterns into regexes: the building blocks made from the tables, the `{name}`
//! placeholders, the lower-cased and Unicode variants, and the quick and full builds (see the
//! module docs of [`super`]).

use super::engine::Regex;
use super::*;
use crate::temporal::lexicon::{alternation, LEX};
use regex_syntax::hir::Hir;
use std::sync::{LazyLock, OnceLock};

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
    let full: Vec<&str> = lx
        .months
        .iter()
        .filter(|(_, (_, f))| *f != "abbr")
        .map(|(w, _)| w)
        .collect();
    let abbr: Vec<&str> = lx
        .months
        .iter()
        .filter(|(_, (_, f))| *f == "abbr")
        .map(|(w, _)| w)
        .collect();
    let month = format!(
        r"(?:(?:{})\b|(?:{})(?:\.|\b))",
        alternation(full.into_iter()),
        alternation(abbr.into_iter())
    );
    let wfull: Vec<&str> = lx
        .weekdays
        .iter()
        .filter(|(_, (_, f))| *f == "full")
        .map(|(w, _)| w)
        .collect();
    let wabbr: Vec<&str> = lx
        .weekdays
        .iter()
        .filter(|(_, (_, f))| *f != "full")
        .map(|(w, _)| w)
        .collect();
    let weekday = format!(r"(?:(?:{})\b)", alternation(wfull.into_iter()));
    // An abbreviation without its period too ("Mon January 12, 2026"): the block only ever
    // stands before a day or a month. Not "Sun" (the Toronto Sun, August 16) nor "Wed" (the
    // couple wed June 5).
    let plain = alternation(
        wabbr
            .iter()
            .copied()
            .filter(|w| !matches!(*w, "sun" | "wed")),
    );
    let weekday_any = format!(
        r"(?:{weekday}|(?:{})\.|(?:{plain})\b)",
        alternation(wabbr.into_iter())
    );
    let ordinal = format!(r"(?:(?:{})\b)", alternation(lx.ordinals.keys()));
    let day = format!(r"(?:(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?\b|{ordinal})");
    let ones = "one|two|three|four|five|six|seven|eight|nine";
    let teens = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    let tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    let year = format!(
        r"(?:(?:1[0-9]|20)[0-9]{{2}}\b|(?:nineteen|twenty)[\s-]+(?:(?:{tens})(?:[\s-]+(?:{ones}))?|{teens}|oh[\s-]+(?:{ones}))\b|two\s+thousand(?:\s+and\s+(?:{ones}|{teens}))?\b)"
    );
    let words: Vec<&str> = lx.numbers.keys().collect();
    let w = alternation(words.into_iter());
    // After the first word, no article ("seven a year ago" is "seven" then "a year ago").
    let cont: Vec<&str> = lx
        .numbers
        .keys()
        .filter(|k| !k.starts_with("a ") && !matches!(*k, "a" | "an"))
        .collect();
    let wc = alternation(cont.into_iter());
    let num = format!(
        r"(?:[0-9]{{1,3}}(?:,[0-9]{{3}})+|[0-9]+(?:\.[0-9]+)?(?:\s+1/2)?|(?:{w})(?:(?:\s+|-)(?:and\s+)?(?:{wc}))*)"
    );
    let unit = format!(r"(?:(?:{})\b)", alternation(lx.units.keys()));
    let season = format!(r"(?:(?:{})\b)", alternation(lx.seasons.keys()));
    let parts: Vec<&str> = lx
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

/// The placeholders of rule patterns, in the order [`expand`] fills them (`{WDANY}` before
/// `{WD}`), with their blocks.
pub(super) fn placeholders() -> [(&'static str, &'static str); 10] {
    let b = &*B;
    let blocks = [
        &b.month,
        &b.weekday_any,
        &b.weekday,
        &b.day,
        &b.year,
        &b.num,
        &b.unit,
        &b.ordinal,
        &b.season,
        &b.part,
    ];
    std::array::from_fn(|i| (PLACEHOLDERS[i], blocks[i].as_str()))
}

/// The names of the placeholders, in [`placeholders`] order.
pub(super) const PLACEHOLDERS: [&str; 10] = [
    "{MONTH}", "{WDANY}", "{WD}", "{DAY}", "{YEAR}", "{NUM}", "{UNIT}", "{ORD}", "{SEASON}",
    "{PART}",
];

/// The first of the two private-use characters that stand for placeholder `i` in a marked
/// pattern (see [`mark`]); the second is `MARK + 1 + i`.
pub(super) const MARK: char = '\u{E000}';

/// ASCII word boundaries: a Unicode `\b` makes the regex engine give up its fast DFA on any
/// non-ASCII text (curly quotes, accents), which costs an order of magnitude in speed.
pub(super) fn ascii_boundaries(p: &str) -> String {
    p.replace(r"\b", r"(?-u:\b)")
}

/// A rule pattern with each placeholder replaced by a group of two private-use characters
/// (never in a pattern), so that its blocks are parsed once and not again in every pattern that
/// holds them (see [`compile`]).
///
/// One pass over the pattern: each placeholder name becomes its marker, each `\b` its ASCII form
/// (what replacing the names one after another, then [`ascii_boundaries`], gives: a test checks).
pub(super) fn mark(pat: &str) -> String {
    let mut p = String::with_capacity(pat.len() + 16);
    let mut rest = pat;
    while let Some(at) = rest.find(['{', '\\']) {
        p.push_str(&rest[..at]);
        rest = &rest[at..];
        if let Some(b) = rest.strip_prefix(r"\b") {
            p.push_str(r"(?-u:\b)");
            rest = b;
        } else if let Some(i) = PLACEHOLDERS.iter().position(|n| rest.starts_with(n)) {
            p.push_str(&marker(i));
            rest = &rest[PLACEHOLDERS[i].len()..];
        } else {
            // Another escape (its character is copied with it) or a count `{n}`.
            let n = rest.chars().take(2).map(char::len_utf8).sum::<usize>();
            let n = if rest.starts_with('{') { 1 } else { n };
            p.push_str(&rest[..n]);
            rest = &rest[n..];
        }
    }
    p.push_str(rest);
    p
}

/// The group that stands for placeholder `i` in a marked pattern (see [`mark`]).
pub(super) fn marker(i: usize) -> String {
    let m = char::from_u32(MARK as u32 + 1 + i as u32).unwrap_or(MARK);
    format!("(?:{MARK}{m})")
}

/// Fills the `{name}` placeholders of a rule pattern from [`B`].
pub fn expand(pat: &str) -> String {
    unmark(&mark(pat))
}

/// A marked pattern (see [`mark`]) with its blocks written out: the pattern [`expand`] gives.
pub(super) fn unmark(marked: &str) -> String {
    let mut p = marked.to_string();
    for (i, (_, block)) in placeholders().iter().enumerate() {
        let mark = marker(i);
        if p.contains(&mark) {
            p = p.replace(&mark, &format!("(?:{})", ascii_boundaries(block)));
        }
    }
    p
}

/// Compiles a marked pattern (see `mark`) for case-insensitive matching by running it
/// case-sensitively over the ASCII-lowercased text ([`Hay::low`]): upper-case pattern letters are
/// lowered. `exotic` keeps the two non-ASCII letters that `(?i)` folds onto ASCII ones ("ſ" = s,
/// Kelvin "K" = k) and Unicode white space; otherwise `\s` is ASCII and the whole regex works on
/// bytes, which is what makes it cheap to build (no case-folding tables, no UTF-8 automata for
/// classes). The pattern is read by `hir::read` (debug builds check the tree against
/// `regex_syntax`'s parse of the written-out pattern), and built by `build` (a pattern's first texts are
/// searched by a quick build instead: see `search`).
/// The patterns are constants of this crate, so a failure is a defect caught by the tests; at run
/// time it yields a regex that never matches rather than a panic.
pub fn compile(pattern: &str, exotic: bool) -> Regex {
    let hir = read(pattern, exotic);
    #[cfg(debug_assertions)]
    {
        // Read directly, with the blocks put in: the tree regex_syntax parses from the whole.
        let parsed = parse(&unmark(pattern), exotic);
        debug_assert!(
            hir.is_some() && hir == parsed,
            "{pattern} reads as {hir:?}, parses as {parsed:?}"
        );
    }
    hir.and_then(|h| build(&h)).unwrap_or_else(|| {
        debug_assert!(false, "bad temporal pattern {pattern}");
        build(&Hir::fail()).expect("the never-matching regex builds")
    })
}

/// The quick build of a marked pattern's ASCII variant (see [`search`]); `None` when the quick
/// engine does not cover it. Its tree is the quick engine's own ([`quick::Node`]), with
/// references to the blocks' trees, each read once ([`quick_block`]).
pub(super) fn quick_build(pattern: &str) -> Option<quick::Prog> {
    let node = hir::read(pattern, false, &|i| Some(quick::Node::Block(i)))?;
    quick::Prog::new(&node, &quick_block)
}

/// The quick engine's tree of the block of placeholder `i` (ASCII variant), read once; `None` as
/// for [`block`].
pub(super) fn quick_block(i: usize) -> Option<&'static quick::Node> {
    static BLOCKS: [OnceLock<Option<quick::Node>>; 10] = [const { OnceLock::new() }; 10];
    BLOCKS
        .get(i)?
        .get_or_init(|| {
            let n = hir::read(&ascii_boundaries(placeholders().get(i)?.1), false, &|i| {
                Some(quick::Node::Block(i))
            })?;
            (!n.has_capture()).then_some(n)
        })
        .as_ref()
}

/// Folds and parses a pattern with `regex_syntax` (see [`compile`]): byte mode for the ASCII
/// variant, the same matches on valid UTF-8 (every construct left is ASCII), and no UTF-8
/// automata built for the classes. Parsed as `regex::Regex::new` parses. What [`read`] is
/// checked against; the .wasm has no such parser.
#[cfg(any(test, debug_assertions))]
pub(super) fn parse(pattern: &str, exotic: bool) -> Option<Hir> {
    let folded = fold_pattern(pattern, exotic);
    let p = if exotic {
        folded
    } else {
        format!("(?-u){folded}")
    };
    let config = regex_automata::util::syntax::Config::new().utf8(true);
    regex_automata::util::syntax::parse_with(&p, &config).ok()
}

/// A marked pattern (see [`mark`]) read into its tree ([`hir::read`]), with its blocks put in.
pub(super) fn read(pattern: &str, exotic: bool) -> Option<Hir> {
    hir::read(pattern, exotic, &|i| block(i, exotic).cloned())
}

/// The tree of the block of placeholder `i` in a variant, read once; `None` if it does not read
/// or has a capture group (which would shift the pattern's group numbers).
pub(super) fn block(i: usize, exotic: bool) -> Option<&'static Hir> {
    static BLOCKS: [[OnceLock<Option<Hir>>; 10]; 2] =
        [const { [const { OnceLock::new() }; 10] }; 2];
    let cell = BLOCKS.get(usize::from(exotic))?.get(i)?;
    cell.get_or_init(|| {
        let h = read(&ascii_boundaries(placeholders().get(i)?.1), exotic)?;
        (h.properties().explicit_captures_len() == 0).then_some(h)
    })
    .as_ref()
}

/// Builds a regex as `regex::Regex::new` does (leftmost-first, UTF-8 haystacks, same size
/// limits), with the engines of [`super::engine`].
pub(super) fn build(hir: &Hir) -> Option<Regex> {
    Regex::new(hir)
}

/// The characters of Unicode's White_Space property (what `char::is_whitespace` and a Unicode
/// `\s` match), as the inside of a regex class.
#[cfg(any(test, debug_assertions))]
pub(super) const UNICODE_SPACE: &str =
    r"\t\n\x0B\x0C\r \x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}";

/// Rewrites a pattern for the lower-cased haystack (see [`compile`]). Letters in escapes (`\s`,
/// `\b`), group names and flags (`(?P<name>`, `(?-u:`) and repetitions (`{2}`) are kept; letters
/// inside classes are not expected (the test checks).
#[cfg(any(test, debug_assertions))]
pub(super) fn fold_pattern(p: &str, exotic: bool) -> String {
    let mut o = String::with_capacity(p.len() + p.len() / 4);
    let mut chars = p.chars().peekable();
    let mut in_class = false;
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                // ASCII `\s` in the byte-mode variant (`(?-u)`: no Unicode tables needed).
                Some('s') if !exotic => o.push_str(r"\s"),
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
