//! Reading a match: its groups as numbers, months, weekdays, years, units and amounts, and the
//! words around it.

use crate::span::Span;
use crate::temporal::lexicon::{Amount, Unit, LEX};
use crate::text::hash::Lower;
use regex_automata::util::captures::Captures;
use std::sync::LazyLock;

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
    if LEX.units.contains(w) {
        return true;
    }
    or_so
        && w == "so"
        && token_before(low, s).is_some_and(|(s2, w2)| w2 == "or" && unit_before(low, s2, false))
}

/// True when the white-space-delimited token `w` (lower-cased) may be part of a `{NUM}` match:
/// digits with a decimal part, "1/2", "and", or number words joined by `-` (every word of the
/// number table's entries counts, "a" of "a few" too). Over-inclusive is safe: it only serves
/// necessary conditions (`super::relative::in_n_at`).
pub fn is_number_token(w: &str) -> bool {
    static PARTS: LazyLock<crate::text::hash::FxHashSet<&'static str>> = LazyLock::new(|| {
        LEX.numbers
            .keys()
            .flat_map(|k| k.split([' ', '-']))
            .collect()
    });
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    w == "and"
        || w == "1/2"
        || w.split_once('.')
            .map_or(digits(w), |(a, b)| digits(a) && digits(b))
        || w.split('-').all(|p| PARTS.contains(p))
}

/// One match of a [`super::Pattern`]: groups read from the text as written.
pub struct Caps<'t> {
    pub(super) caps: Captures,
    pub(super) text: &'t str,
}

impl<'t> Caps<'t> {
    /// Group `i` (0 = the whole match).
    pub fn get(&self, i: usize) -> Option<M<'t>> {
        self.caps
            .get_group(i)
            .map(|m| M::new(self.text, m.start, m.end))
    }

    /// A named group.
    pub fn name(&self, name: &str) -> Option<M<'t>> {
        self.caps
            .get_group_by_name(name)
            .map(|m| M::new(self.text, m.start, m.end))
    }
}

/// A matched extent in the text as written.
#[derive(Debug, Clone, Copy)]
pub struct M<'t> {
    pub(super) text: &'t str,
    pub(super) start: usize,
    pub(super) end: usize,
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
    c.name(name).map(|m| m.as_str().lower())
}

/// Month number of a month word ("Sept." → 9).
pub fn month_of(s: &str) -> Option<u32> {
    let k = s.trim_end_matches('.').lower();
    LEX.months.get(&k).map(|(n, _)| *n)
}

/// ISO weekday of a weekday word ("Thurs." → 4).
pub fn weekday_of(s: &str) -> Option<u32> {
    let k = s.trim_end_matches('.').lower();
    LEX.weekdays.get(&k).map(|(n, _)| *n)
}

/// Day of month from "6", "6th", "06", "sixth".
pub fn day_of(s: &str) -> Option<u32> {
    let t = s.lower();
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
    let t = s.lower();
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
            match crate::temporal::lexicon::amount(&rest.join(" "))? {
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
    let yy = match crate::temporal::lexicon::amount(&rest.join(" "))? {
        Amount::N(n) if (0.0..100.0).contains(&n) => n as i32,
        _ => return None,
    };
    Some(cent * 100 + yy)
}

/// Unit of a unit word.
pub fn unit_of(s: &str) -> Option<Unit> {
    LEX.units.get(&s.lower()).copied()
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
        .lower()
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
    match crate::temporal::lexicon::amount(raw)? {
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
