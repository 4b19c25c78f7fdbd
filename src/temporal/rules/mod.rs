//! Temporal rules: each family proposes candidates (extent, type, underspecified value, rule name);
//! [`find_all`] keeps the longest non-overlapping ones, widens them over modifiers ("early",
//! "more than") and drops what the negative filters reject.
//!
//! Performance: each family runs a handful of regexes, compiled once ([`LazyLock`]) from the word
//! tables; the regex crate guarantees time linear in the text for each of them.

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
use std::sync::LazyLock;

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
    pub fn new(m: regex::Match, ty: TimexType, value: Value, rule: &'static str) -> Cand {
        Cand {
            span: Span::new(m.start(), m.end()),
            ty,
            value,
            rule,
            modifier: None,
        }
    }
}

/// Regex building blocks made from the tables (non-capturing groups, to be used under `(?i)`).
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

/// Compiles a case-insensitive pattern with `{name}` placeholders filled from [`B`].
/// The patterns are constants of this crate, so a failure is a defect caught by the tests; at run
/// time it yields a regex that never matches rather than a panic.
pub fn compile(pat: &str) -> Regex {
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
    let p = p.replace(r"\b", r"(?-u:\b)");
    Regex::new(&format!("(?i){p}")).unwrap_or_else(|e| {
        debug_assert!(false, "bad temporal pattern {pat}: {e}");
        Regex::new(r"[^\s\S]").expect("the never-matching regex compiles")
    })
}

/// The text of a named group, lower-cased, if it matched.
pub fn group(c: &Captures, name: &str) -> Option<String> {
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
    let mut c = Vec::new();
    absolute::find(text, &mut c);
    clock::find(text, &mut c);
    relative::find(text, &mut c);
    anaphoric::find(text, &mut c);
    set::find(text, &mut c);
    duration::find(text, &mut c);
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
            let r = compile(p);
            assert!(!r.is_match(""), "{p}");
        }
    }
}

/// The amount of a match with a `n` group (and optional `half`/`ah` groups for "and a half").
pub fn amount_of(c: &Captures) -> Option<Amount> {
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
