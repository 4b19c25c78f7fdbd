//! Calendar expressions: full and partial dates in words and digits, years, decades, centuries,
//! quarters, halves, seasons and holidays. Years may be left implied ("August 6"); the resolver
//! fills them in.

use super::{
    capitalized, day_of, group, month_of, ordinal_of, unit_of, word_after, word_before, year_of,
    Cand, Caps, Hay, Pattern, M,
};
use crate::model::TimexType;
use crate::span::Span;
use crate::temporal::lexicon::LEX;
use crate::temporal::value::{Dir, Value, Year};
use crate::text::hash::Lower;
use std::sync::LazyLock;

/// Words every match of a windowed pattern contains (see [`super::Pattern::captures_near`]),
/// and the most gaps (runs of white space and `-`) a match of each spans.
pub(super) static MONTH_WORD: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new("absolute:month", r"\b{MONTH}"));
/// A month word holds a [`DMY`] match only after a day (`{DAY}(?:\s+of)?\s+{MONTH}`): the word
/// before it (or before "of") ends with a digit or an ordinal ending.
pub(super) fn dmy_at(low: &str, at: usize) -> bool {
    let day = |w: &str| {
        w.ends_with(|c: char| c.is_ascii_digit())
            || ["st", "nd", "rd", "th"].iter().any(|e| w.ends_with(e))
    };
    match super::token_before(low, at) {
        Some((s, "of")) => super::token_before(low, s).is_some_and(|(_, w)| day(w)),
        Some((_, w)) => day(w),
        None => false,
    }
}
/// Weekday 1, "the" 1, day 1 ("twenty-first"), "of" 1, before the month 1, before the year 1,
/// year 3 ("two thousand and twelve").
pub(super) const DMY_GAPS: usize = 9;
/// Weekday 1, after the month 1, "the" 1, day 1, before the year 1, year 3.
pub(super) const MDY_GAPS: usize = 8;
pub(super) static YEAR_WORD: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new("absolute:year", r"[0-9]{4}|nineteen|twenty|thousand"));
/// "fiscal year" 1, after it 1, "the year" 2, year 3.
pub(super) const YEAR_GAPS: usize = 7;
pub(super) static DECADE_WORD: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new("absolute:decade", r"0'?s|ties"));
/// "the" 1.
pub(super) const DECADE_GAPS: usize = 1;
pub(super) static QUARTER_WORD: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new("absolute:quarter", r"quarter"));
/// "the" 1, "comparable year-earlier" 3, "fiscal" 1, before "quarter" 1, "fiscal" 1, "of" 2,
/// "the fiscal year" 2.
pub(super) const QUARTER_GAPS: usize = 11;
pub(super) static QGEN_WORD: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        "absolute:quarter-generic",
        r"quarter|period|year-ago|year-earlier",
    )
});
/// "the" 1, "most recent" / "year-ago" 2, after it 1, "fiscal" 1; "the same fiscal quarter of
/// last year" 7.
pub(super) const QGEN_GAPS: usize = 7;
pub(super) static HALF_WORD: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new("absolute:half", r"half"));
/// "the" 1, before "half" 1, "of" 2, "fiscal" 1, "next year" 1.
pub(super) const HALF_GAPS: usize = 6;
pub(super) static SEASON_WORD: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new("absolute:season", r"{SEASON}"));
/// "this past" 2, "of" 2, year 3.
pub(super) const SEASON_GAPS: usize = 7;
pub(super) static DMY: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        "absolute:day-month-year",
        r"\b(?:(?P<wd>{WDANY}),?\s+)?(?:the\s+)?(?P<d>{DAY})(?:\s+of)?\s+(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR})|\s+(?P<rel>this|last|next)\s+year\b)?",
    )
});
pub(super) static MDY: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        "absolute:month-day-year",
        r"\b(?:(?P<wd>{WDANY}),?\s+)?(?P<m>{MONTH})\s+(?:the\s+)?(?P<d>{DAY})(?:,?\s+(?P<y>{YEAR})|\s+(?P<rel>this|last|next)\s+year\b)?",
    )
});
static MY: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        "absolute:month-year",
        r"\b(?P<m>{MONTH}),?\s+(?:of\s+)?(?P<y>{YEAR})",
    )
});
static M_REL_YEAR: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        "absolute:month-relative-year",
        r"\b(?P<m>{MONTH}),?\s+(?:of\s+)?(?P<rel>this|last|next)\s+year\b",
    )
});
static M: LazyLock<Pattern> = LazyLock::new(|| Pattern::new("absolute:month", r"\b(?P<m>{MONTH})"));
static ISO: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        "absolute:iso",
        r"\b(?P<y>[0-9]{4})-(?P<m>[0-9]{2})-(?P<d>[0-9]{2})(?:T(?P<h>[0-9]{2}):(?P<mi>[0-9]{2}))?\b",
    )
});
static NUMERIC: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        "absolute:numeric",
        r"\b(?P<a>[0-9]{1,2})(?P<s>[/.])(?P<b>[0-9]{1,2})[/.](?P<y>[0-9]{4}|[0-9]{2})\b",
    )
});
pub(super) static YEAR: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        "absolute:year",
        r"\b(?:(?P<fy>fiscal(?:\s+year)?|FY)\s*)?(?P<the>the\s+year\s+)?(?P<y>{YEAR})",
    )
});
pub(super) static DECADE: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        "absolute:decade",
        r"\b(?P<the>the\s+)?(?:(?P<c>1[0-9]|20)(?P<d>[0-9])0'?s|'(?P<d2>[0-9])0'?s|(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b",
    )
});
/// The word every match of the patterns searched with it ends with (see
/// [`super::Pattern::captures_before`]).
pub(super) static CENTURY_SUFFIX: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new("absolute:century", r"\bcentury\b"));
pub(super) static CENTURY: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        "absolute:century",
        r"\b(?:the\s+)?(?P<o>{ORD}|[0-9]{1,2}(?:st|nd|rd|th))[\s-]+century\b",
    )
});
pub(super) static QUARTER: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        "absolute:quarter",
        r"\b(?:the\s+)?(?:(?P<y>(?:1[0-9]|20)[0-9]{2})\s+|(?P<rel>this|last|next)\s+year's\s+|(?:comparable\s+)?(?P<ago>year-earlier|year-ago|prior-year)\s+)?(?:fiscal\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal\s+)?quarter\b(?:\s+of\s+(?:(?:fiscal\s+)?(?P<y2>(?:1[0-9]|20)[0-9]{2})|(?P<rel2>this|last|next)\s+year|the\s+(?:fiscal\s+)?year))?",
    )
});
/// A fiscal year with two digits: "FY25", "FY '99" (a four-digit one is [`YEAR`]'s).
static FY_SHORT: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new("absolute:fiscal-year-short", r"\bFY\s?'?(?P<yy>[0-9]{2})\b"));
static QN: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        "absolute:quarter-q",
        r"\bQ(?P<q>[1-4])(?:\s+(?P<y>(?:1[0-9]|20)[0-9]{2}))?\b",
    )
});
pub(super) static QGEN: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        "absolute:quarter-generic",
        r"\b(?P<ya>the\s+(?:(?:same|comparable|corresponding)\s+)?(?:fiscal\s+)?(?:quarter|period)\s+(?:a\s+year\s+(?:ago|earlier)|(?:of\s+)?last\s+year)|last\s+year's\s+(?:fiscal\s+)?(?:quarter|period))\b|\bthe\s+(?P<yq>(?:1[0-9]|20)[0-9]{2})\s+(?:fiscal\s+)?(?:quarter|period)\b|\bthe\s+(?:(?P<k>latest|current|most\s+recent|recent|same|year-ago|year-earlier|previous|prior|comparable|prior-year|year-before|just-ended|just\s+ended)\s+)?(?:fiscal\s+)?(?P<w>quarter|period)\b|\b(?P<k2>year-ago|year-earlier)\b",
    )
});
pub(super) static HALF: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        "absolute:half",
        r"\b(?:the\s+)?(?P<h>first|second|last)[\s-]half\b(?:\s+of\s+(?:(?:fiscal\s+)?(?P<y>(?:1[0-9]|20)[0-9]{2})|(?P<rel>this|last|next)\s+(?:fiscal\s+)?year|the\s+(?:fiscal\s+)?year))?",
    )
});
pub(super) static SEASON: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        "absolute:season",
        r"\b(?:(?P<dir>this\s+past|this\s+coming|the\s+(?:following|subsequent|previous|preceding|same)|this|last|next|the|past|coming)\s+)?(?P<s>{SEASON})(?:\s+(?:of\s+)?(?P<y>{YEAR}))?",
    )
});
static HOLIDAY: LazyLock<Pattern> = LazyLock::new(|| {
    let names = crate::temporal::lexicon::alternation(LEX.holidays.keys());
    Pattern::new(
        "absolute:holiday",
        &format!(r"\b(?:(?P<y0>{{YEAR}})\s+)?(?P<h>{names})\b(?:,?\s+(?P<y>{{YEAR}}))?"),
    )
});
/// The word every match of the patterns searched with it ends with (see
/// [`super::Pattern::captures_before`]).
pub(super) static DAY_ONLY_SUFFIX: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new("absolute:day-of-month", r"\b[0-9]{1,2}(?:st|nd|rd|th)\b"));
pub(super) static DAY_ONLY: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        "absolute:day-of-month",
        r"\b(?:on|by|until|till|since|from|before|after)\s+(?P<x>the\s+(?P<d>(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)))\b",
    )
});

/// True when `day` exists in `month` (of the year, when known; February 29 needs a leap year).
fn valid_day(year: Year, month: u32, day: u32) -> bool {
    match year {
        Year::Known(y) => crate::date::Date::new(y, month, day).is_some(),
        _ => day <= crate::date::days_in_month(2024, month),
    }
}

fn year_spec(c: &Caps, name: &str) -> Year {
    match c.name(name).and_then(|m| year_of(m.as_str())) {
        Some(y) => Year::Known(y),
        None => Year::Implied,
    }
}

/// The year of a day's date: written ("3 March 2024") or relative ("14 November last year").
fn day_year(c: &Caps) -> Year {
    match year_spec(c, "y") {
        Year::Implied => rel_year(group(c, "rel")).unwrap_or(Year::Implied),
        y => y,
    }
}

fn rel_year(s: Option<String>) -> Option<Year> {
    Some(match s?.as_str() {
        "this" => Year::Rel(0),
        "last" => Year::Rel(-1),
        "next" => Year::Rel(1),
        _ => return None,
    })
}

/// True when the month word at `m` reads as a month: capitalized, and for words that are also
/// common words ("May", "March") or abbreviations, with date context.
fn month_ok(text: &str, m: M, has_day_or_year: bool) -> bool {
    let w = m.as_str();
    if !capitalized(w) {
        return false;
    }
    let key = w.trim_end_matches('.').lower();
    let flag = LEX.months.get(&key).map(|(_, f)| *f).unwrap_or("");
    if has_day_or_year {
        // "May 5" could still be "May 5 of them"; rare enough.
        return true;
    }
    match flag {
        "full" => true,
        "abbr" => false,
        _ => {
            // May / March alone: a preposition or time modifier before it, and no verb-like use.
            let prev = word_before(text, m.start());
            let next = word_after(text, m.end()).lower();
            let preps = [
                "in",
                "of",
                "since",
                "until",
                "till",
                "by",
                "during",
                "early",
                "late",
                "mid",
                "last",
                "next",
                "this",
                "from",
                "through",
                "before",
                "after",
                "end",
                "beginning",
                "middle",
                "and",
                "or",
                "to",
                "between",
                "each",
                "every",
                "that",
            ];
            preps.contains(&prev.as_str())
                && !matches!(next.as_str(), "be" | "have" | "not" | "also" | "well")
        }
    }
}

/// True when a bare four-digit number at `span` reads as a year.
fn bare_year_ok(text: &str, span: Span) -> bool {
    let b = text.as_bytes();
    let prev = span.start.checked_sub(1).map(|i| b[i]);
    let prev2 = span.start.checked_sub(2).map(|i| b[i]);
    let next = b.get(span.end).copied();
    let next2 = b.get(span.end + 1).copied();
    if matches!(prev, Some(b'$' | b'#' | b'/' | b'@' | b'+' | b'='))
        || text[..span.start].ends_with('€')
        || text[..span.start].ends_with('£')
    {
        return false;
    }
    if matches!(prev, Some(b'.' | b',' | b':')) && prev2.is_some_and(|c| c.is_ascii_digit()) {
        return false;
    }
    if prev == Some(b'-') && prev2.is_some_and(|c| c.is_ascii_digit()) {
        // "1990-1991" is a range of years; "555-1990" a phone number.
        let s = span.start - 1;
        let run = text[..s]
            .bytes()
            .rev()
            .take_while(u8::is_ascii_digit)
            .count();
        if run != 4 {
            return false;
        }
    }
    if next == Some(b'%')
        || (matches!(next, Some(b'.' | b',' | b':' | b'/'))
            && next2.is_some_and(|c| c.is_ascii_digit()))
    {
        return false;
    }
    if next == Some(b'-') && next2.is_some_and(|c| c.is_ascii_digit()) {
        let run = text[span.end + 1..]
            .bytes()
            .take_while(u8::is_ascii_digit)
            .count();
        if run != 2 && run != 4 {
            return false;
        }
    }
    let after = word_after(text, span.end).lower();
    let before = word_before(text, span.start);
    if LEX.count_after.contains(&after) || LEX.count_before.contains(&before) {
        return false;
    }
    // After a capitalized word that is not a month or a sentence start, it is part of a name
    // ("Orion 1980", "Windows 2000").
    let before_text = text[..span.start].trim_end_matches(' ');
    if !before.is_empty()
        && before_text.ends_with(|c: char| c.is_alphabetic())
        && before_text.len() < span.start
    {
        let ws = super::word_before_span(text, span.start);
        let w = ws.slice(text);
        let sentence_start = text[..ws.start].trim_end().is_empty()
            || text[..ws.start]
                .trim_end()
                .ends_with(['.', '!', '?', '\n', '"']);
        if capitalized(w)
            && month_of(w).is_none()
            && !sentence_start
            && !w.ends_with("'s")
            && !matches!(
                before.as_str(),
                "in" | "since"
                    | "until"
                    | "by"
                    | "of"
                    | "from"
                    | "through"
                    | "during"
                    | "before"
                    | "after"
            )
        {
            return false;
        }
    }
    // Next to another number ("2024 2025", "1,500 2000") it is a list of numbers.
    !text[span.end..]
        .trim_start_matches(' ')
        .starts_with(|c: char| c.is_ascii_digit())
}

/// Finds calendar expressions.
///
/// One function per rule, each kept out of line (`inline(never)`): the browser's optimizing
/// compiler then compiles only the rules a text makes hot, each in a fraction of the memory one
/// ~20 KB function of all of them took (V8 held ~4 MB for it while a 1 MB text ran).
pub fn find(h: &Hay, out: &mut Vec<Cand>) {
    day_month_year(h, out);
    month_day_year(h, out);
    month_year(h, out);
    month_relative_year(h, out);
    month_alone(h, out);
    iso(h, out);
    numeric(h, out);
    year(h, out);
    fiscal_year_short(h, out);
    decade(h, out);
    century(h, out);
    quarter(h, out);
    quarter_numbered(h, out);
    quarter_generic(h, out);
    half(h, out);
    season(h, out);
    holiday(h, out);
    day_of_month(h, out);
    before_era(h.text, out);
}

/// Years and centuries before the common era ("1500 BC", "300 BCE", "44 B.C.", "the fifth
/// century BC"): TIMEX3 `BC1500`, `BC0300`, `BC0044`, `BC04` (the TIDES form HeidelTime writes). A
/// year or century found by the rules above takes the marker into its extent and the value; a
/// shorter number gets a candidate of its own. One scan for the marker, no pattern.
fn before_era(text: &str, out: &mut Vec<Cand>) {
    let b = text.as_bytes();
    for i in 0..b.len() {
        if b[i] != b'B' {
            continue;
        }
        let len = [&b"B.C.E."[..], b"B.C.", b"BCE", b"BC"]
            .iter()
            .find(|m| b[i..].starts_with(m))
            .map_or(0, |m| m.len());
        let at = |k: usize| b.get(i + len + k).copied().unwrap_or(b' ');
        // Not "BCG", "BC.com", nor "in 2019 BC Hydro" (British Columbia opening a name).
        if len == 0
            || at(0).is_ascii_alphanumeric()
            || (b[i + len - 1] != b'.'
                && (at(0) == b'.' && at(1).is_ascii_alphabetic()
                    || at(0) == b' ' && at(1).is_ascii_uppercase()))
        {
            continue;
        }
        let before = text[..i].strip_suffix(' ').unwrap_or(&text[..i]);
        let digits = before.bytes().rev().take_while(u8::is_ascii_digit).count();
        let start = before.len() - digits;
        let mut value = String::from("BC");
        if let Some(c) = out.iter_mut().find(|c| c.span.end == before.len()) {
            // A year or century the rules above found.
            let n = match c.value {
                Value::Date {
                    month: None,
                    day: None,
                    ..
                } if digits == 4 => {
                    value.push_str(&before[start..]);
                    c.rule = "absolute:year-bc";
                    None
                }
                Value::Century(n) => Some(n),
                _ => continue,
            };
            if let Some(n) = n {
                value.push_str(&format!("{n:02}"));
                c.rule = "absolute:century-bc";
            }
            c.value = Value::Era(value);
            c.span.end = i + len;
        } else if (1..=4).contains(&digits)
            && b[start] != b'0'
            && !(start > 0
                && (b[start - 1].is_ascii_alphanumeric() || b",.$".contains(&b[start - 1])))
        {
            value.push_str(&"000"[digits - 1..]);
            value.push_str(&before[start..]);
            out.push(Cand {
                span: Span::new(start, i + len),
                ty: TimexType::Date,
                value: Value::Era(value),
                rule: "absolute:year-bc",
                modifier: None,
            });
        }
    }
}

#[inline(never)]
fn day_month_year(h: &Hay, out: &mut Vec<Cand>) {
    let text = h.text;
    for c in DMY.captures_near_if(h, &MONTH_WORD, DMY_GAPS, dmy_at) {
        let (Some(all), Some(m), Some(d)) = (c.get(0), c.name("m"), c.name("d")) else {
            continue;
        };
        let (Some(mo), Some(da)) = (month_of(m.as_str()), day_of(d.as_str())) else {
            continue;
        };
        // A spelled ordinal day needs "the" or "of" ("the sixth of August"), not "first March".
        if !d.as_str().starts_with(|ch: char| ch.is_ascii_digit())
            && !all.as_str().lower().contains(" of ")
        {
            continue;
        }
        if !month_ok(text, m, true) {
            continue;
        }
        let year = day_year(&c);
        if !valid_day(year, mo, da) {
            continue;
        }
        out.push(Cand::new(
            all,
            TimexType::Date,
            Value::Date {
                year,
                month: Some(mo),
                day: Some(da),
                dir: Dir::Tense,
            },
            "absolute:day-month-year",
        ));
    }
}

/// The last day of a range of days starting at byte `at` (after the dash of "March 5-7"): its
/// span (with a year after it: "7, 2024"), the day, and the year. Only a day after `first`,
/// not followed by more digits or a `%` (not a score "3-2", nor "5-7-2024", nor "5-7%").
fn day_range_end(text: &str, at: usize, first: u32) -> Option<(Span, u32, Option<i32>)> {
    let rest = text.get(at..)?;
    let n = rest.bytes().take_while(u8::is_ascii_digit).count();
    let after = &rest[n..];
    let more_digits = after.starts_with(['-', '/', '.', ':'])
        && after[1..].starts_with(|c: char| c.is_ascii_digit());
    if !(1..=2).contains(&n)
        || more_digits
        || after.starts_with(|c: char| c.is_alphanumeric() || c == '%')
    {
        return None;
    }
    let last: u32 = rest[..n].parse().ok()?;
    if last <= first || last > 31 {
        return None;
    }
    // ", 2024" or " 2024" after it.
    let tail = &rest[n..];
    let t = tail.strip_prefix(',').unwrap_or(tail);
    let t2 = t.trim_start_matches(' ');
    let y4 = t2.get(..4).filter(|y| {
        y.bytes().all(|b| b.is_ascii_digit())
            && (y.starts_with('1') || y.starts_with("20"))
            && !t2[4..].starts_with(|c: char| c.is_alphanumeric())
    });
    let (end, year) = match (y4, t2.len() < t.len() || t.len() < tail.len()) {
        (Some(y), true) => (at + n + (tail.len() - t2.len()) + 4, y.parse().ok()),
        _ => (at + n, None),
    };
    Some((Span::new(at, end), last, year))
}

/// The length of the words joining a day to the last day of its range when the date follows
/// "from" or "between" at `start` ("from June 23 to 26", "between May 3 and 5"), 0 otherwise.
/// The day after them must end the phrase: not "from June 3 to 5 p.m.".
fn range_words(text: &str, start: usize, rest: &str) -> usize {
    let before = word_before(text, start);
    let joint = match before.as_str() {
        "from" => [" to ", " through ", " until "]
            .into_iter()
            .find(|j| rest.starts_with(j)),
        "between" => rest.starts_with(" and ").then_some(" and "),
        _ => None,
    };
    let Some(j) = joint else { return 0 };
    let after = &rest[j.len()..];
    let n = after.bytes().take_while(u8::is_ascii_digit).count();
    let next = word_after(after, n).to_ascii_lowercase();
    if matches!(next.as_str(), "a" | "p" | "am" | "pm" | "percent") || unit_of(&next).is_some() {
        return 0;
    }
    j.len()
}

#[inline(never)]
fn month_day_year(h: &Hay, out: &mut Vec<Cand>) {
    let text = h.text;
    for c in MDY.captures_near(h, &MONTH_WORD, MDY_GAPS) {
        let (Some(all), Some(m), Some(d)) = (c.get(0), c.name("m"), c.name("d")) else {
            continue;
        };
        let (Some(mo), Some(da)) = (month_of(m.as_str()), day_of(d.as_str())) else {
            continue;
        };
        if !month_ok(text, m, true) {
            continue;
        }
        // "May 5%" or "March 3-2" are not dates; "March 5-7" is a range of days.
        let next = text.as_bytes().get(d.end()).copied();
        // A hyphen or an en dash ("March 5–7").
        let dash = match &text[d.end()..] {
            t if t.starts_with('-') => 1,
            t if t.starts_with('\u{2013}') => 3,
            t => range_words(text, all.start(), t),
        };
        let range = (c.name("y").is_none() && dash > 0)
            .then(|| day_range_end(text, d.end() + dash, da))
            .flatten();
        if range.is_none()
            && c.name("y").is_none()
            && matches!(next, Some(b'%' | b'-' | b'.' | b',' | b':'))
        {
            let n2 = text.as_bytes().get(d.end() + 1).copied();
            if n2.is_some_and(|x| x.is_ascii_digit()) || next == Some(b'%') {
                continue;
            }
        }
        let year = match range {
            Some((_, _, Some(y))) => Year::Known(y),
            _ => day_year(&c),
        };
        if !valid_day(year, mo, da) {
            continue;
        }
        // The last day of a range is a date of its own ("March 5-7": "7" is March 7).
        if let Some((span, last, _)) = range.filter(|&(_, last, _)| valid_day(year, mo, last)) {
            out.push(Cand {
                span,
                ty: TimexType::Date,
                value: Value::Date {
                    year,
                    month: Some(mo),
                    day: Some(last),
                    dir: Dir::Tense,
                },
                rule: "absolute:day-range-end",
                modifier: None,
            });
        }
        out.push(Cand::new(
            all,
            TimexType::Date,
            Value::Date {
                year,
                month: Some(mo),
                day: Some(da),
                dir: Dir::Tense,
            },
            "absolute:month-day-year",
        ));
    }
}

#[inline(never)]
fn month_year(h: &Hay, out: &mut Vec<Cand>) {
    let text = h.text;
    for c in MY.captures_iter(h) {
        let (Some(all), Some(m)) = (c.get(0), c.name("m")) else {
            continue;
        };
        let Some(mo) = month_of(m.as_str()) else {
            continue;
        };
        if !month_ok(text, m, true) {
            continue;
        }
        let y = year_spec(&c, "y");
        if let Year::Known(_) = y {
            if let Some(ym) = c.name("y") {
                if ym.as_str().bytes().all(|b| b.is_ascii_digit())
                    && !bare_year_ok(text, Span::new(ym.start(), ym.end()))
                {
                    continue;
                }
            }
        }
        out.push(Cand::new(
            all,
            TimexType::Date,
            Value::Date {
                year: y,
                month: Some(mo),
                day: None,
                dir: Dir::Tense,
            },
            "absolute:month-year",
        ));
    }
}

#[inline(never)]
fn month_relative_year(h: &Hay, out: &mut Vec<Cand>) {
    let text = h.text;
    for c in M_REL_YEAR.captures_iter(h) {
        let (Some(all), Some(m)) = (c.get(0), c.name("m")) else {
            continue;
        };
        let (Some(mo), Some(year)) = (month_of(m.as_str()), rel_year(group(&c, "rel"))) else {
            continue;
        };
        if !month_ok(text, m, true) {
            continue;
        }
        out.push(Cand::new(
            all,
            TimexType::Date,
            Value::Date {
                year,
                month: Some(mo),
                day: None,
                dir: Dir::Tense,
            },
            "absolute:month-relative-year",
        ));
    }
}

/// The year of a month joined to the month written at `at` ("March and April 2026", "June or
/// July last year", "March-April 2026"): the second month's year, written after it; in a list,
/// the last month's ("July, September and November 2023").
fn shared_year(text: &str, mut at: usize) -> Option<Year> {
    let joiners = [
        "-",
        "\u{2013}",
        " and ",
        " or ",
        ", and ",
        ", or ",
        " to ",
        " through ",
    ];
    let mut listed = 0;
    let after = loop {
        if let Some((_, after)) = month_after(text, at, &joiners) {
            break after;
        }
        // The next month of a list, up to five on.
        let (_, after) = month_after(text, at, &[", "]).filter(|_| listed < 5)?;
        at = text.len() - after.len();
        listed += 1;
    };
    let tail = after.trim_start_matches([',', ' ']);
    let next = word_after(tail, 0);
    match next.parse::<i32>() {
        Ok(y) if next.len() == 4 && (1000..2100).contains(&y) => Some(Year::Known(y)),
        _ if word_after(tail, next.len()).eq_ignore_ascii_case("year") => {
            rel_year(Some(next.lower()))
        }
        _ => None,
    }
}

#[inline(never)]
fn month_alone(h: &Hay, out: &mut Vec<Cand>) {
    let text = h.text;
    for c in M.captures_iter(h) {
        let Some(m) = c.name("m") else { continue };
        let Some(mo) = month_of(m.as_str()) else {
            continue;
        };
        if !month_ok(text, m, false) {
            continue;
        }
        let prev = word_before(text, m.start());
        let dir = match prev.as_str() {
            "last" => Dir::Last,
            "next" => Dir::Next,
            "this" => Dir::This,
            _ => Dir::Tense,
        };
        // "in March and April 2026": the year written after the second month is the first's too.
        let year = match dir {
            Dir::Tense => shared_year(text, m.end()).unwrap_or(Year::Implied),
            _ => Year::Implied,
        };
        let mut cand = Cand::new(
            m,
            TimexType::Date,
            Value::Date {
                year,
                month: Some(mo),
                day: None,
                dir,
            },
            "absolute:month",
        );
        if dir != Dir::Tense {
            // "last April" is one expression.
            cand.span = Span::new(super::word_before_span(text, m.start()).start, m.end());
        }
        out.push(cand);
        if let (Dir::Tense, Some((end, q))) = (dir, quarter_span(text, m.end(), mo)) {
            let start = match prev.as_str() {
                "the" => super::word_before_span(text, m.start()).start,
                _ => m.start(),
            };
            let mut cand = Cand::new(
                m,
                TimexType::Date,
                Value::Quarter {
                    year: Year::Implied,
                    q: Some(q),
                },
                "absolute:quarter-months",
            );
            cand.span = Span::new(start, end);
            out.push(cand);
        }
    }
}

/// The end of a calendar quarter written as its months, after the first month (number `mo`)
/// ending at byte `at`: "the July-to-September period", "the April-June quarter", "the
/// January through March period". Returns the end of the noun and the quarter's number.
fn quarter_span(text: &str, at: usize, mo: u32) -> Option<(usize, u32)> {
    if mo % 3 != 1 {
        return None;
    }
    let joiners = ["-to-", "-", "\u{2013}", " to ", " through "];
    let (last, after) = month_after(text, at, &joiners)?;
    let noun = word_after(after, 0);
    if last != mo + 2 || !(noun == "period" || noun == "quarter") || !after.starts_with(' ') {
        return None;
    }
    let gap = after.len() - after.trim_start().len();
    let end = text.len() - after.len() + gap + noun.len();
    Some((end, mo / 3 + 1))
}

/// A second month joined to the text before `at` by one of `joiners` ("-", " and "…): its
/// number and the text after its name. The month is capitalized ("March and may" is no pair).
fn month_after<'t>(text: &'t str, at: usize, joiners: &[&str]) -> Option<(u32, &'t str)> {
    let rest = text.get(at..)?;
    let joined = joiners.iter().find_map(|j| rest.strip_prefix(j))?;
    let second = word_after(joined, 0);
    if !capitalized(second) {
        return None;
    }
    Some((month_of(second)?, joined.trim_start().get(second.len()..)?))
}

#[inline(never)]
fn iso(h: &Hay, out: &mut Vec<Cand>) {
    for c in ISO.captures_iter(h) {
        let Some(all) = c.get(0) else { continue };
        let num = |n: &str| c.name(n).and_then(|x| x.as_str().parse::<u32>().ok());
        let (Some(y), Some(mo), Some(d)) = (num("y"), num("m"), num("d")) else {
            continue;
        };
        if crate::date::Date::new(y as i32, mo, d).is_none() {
            continue;
        }
        let date = Value::Date {
            year: Year::Known(y as i32),
            month: Some(mo),
            day: Some(d),
            dir: Dir::Tense,
        };
        match (num("h"), num("mi")) {
            (Some(h), Some(mi)) if h < 24 && mi < 60 => out.push(Cand::new(
                all,
                TimexType::Time,
                Value::WithTime {
                    day: Some(Box::new(date)),
                    tod: crate::temporal::value::TimeOfDay::Clock(h, mi),
                },
                "absolute:iso-datetime",
            )),
            _ => out.push(Cand::new(all, TimexType::Date, date, "absolute:iso")),
        }
    }
}

#[inline(never)]
fn numeric(h: &Hay, out: &mut Vec<Cand>) {
    let text = h.text;
    for c in NUMERIC.captures_iter(h) {
        let Some(all) = c.get(0) else { continue };
        let num = |n: &str| c.name(n).and_then(|x| x.as_str().parse::<u32>().ok());
        let (Some(a), Some(b), Some(y)) = (num("a"), num("b"), num("y")) else {
            continue;
        };
        let ytxt = c.name("y").map(|x| x.as_str()).unwrap_or("");
        let sep = c.name("s").map(|x| x.as_str()).unwrap_or("/");
        if sep == "." && ytxt.len() != 4 {
            continue; // "1.2.3" is a version
        }
        // A trailing ".5" or "/7" means a longer number.
        let next = text.as_bytes().get(all.end()).copied();
        if matches!(next, Some(b'.' | b'/' | b'-'))
            && text
                .as_bytes()
                .get(all.end() + 1)
                .is_some_and(|x| x.is_ascii_digit())
        {
            continue;
        }
        let y = if ytxt.len() == 2 {
            if y < 50 {
                2000 + y
            } else {
                1900 + y
            }
        } else {
            y
        } as i32;
        // US order (month/day) unless the first part cannot be a month; dotted dates are day.month.
        let (mo, d) = if sep == "." || a > 12 { (b, a) } else { (a, b) };
        if crate::date::Date::new(y, mo, d).is_none() {
            continue;
        }
        out.push(Cand::new(
            all,
            TimexType::Date,
            Value::Date {
                year: Year::Known(y),
                month: Some(mo),
                day: Some(d),
                dir: Dir::Tense,
            },
            "absolute:numeric",
        ));
    }
}

#[inline(never)]
fn year(h: &Hay, out: &mut Vec<Cand>) {
    let text = h.text;
    for c in YEAR.captures_near(h, &YEAR_WORD, YEAR_GAPS) {
        let (Some(all), Some(ym)) = (c.get(0), c.name("y")) else {
            continue;
        };
        let Some(y) = year_of(ym.as_str()) else {
            continue;
        };
        let digits = ym.as_str().bytes().all(|b| b.is_ascii_digit());
        if digits && !bare_year_ok(text, Span::new(ym.start(), ym.end())) {
            continue;
        }
        if !digits && c.name("the").is_none() && ym.as_str().lower().starts_with("two") {
            continue; // "two thousand people"
        }
        if !digits
            && LEX
                .count_after
                .contains(&word_after(text, ym.end()).lower())
        {
            continue;
        }
        let rule = if c.name("fy").is_some() {
            "absolute:fiscal-year"
        } else {
            "absolute:year"
        };
        out.push(year_cand(all, y, rule));
    }
}

/// A year found by `rule` over `all` (a calendar or fiscal year: "2024", "FY25").
fn year_cand(all: M, y: i32, rule: &'static str) -> Cand {
    Cand::new(
        all,
        TimexType::Date,
        Value::Date {
            year: Year::Known(y),
            month: None,
            day: None,
            dir: Dir::Tense,
        },
        rule,
    )
}

#[inline(never)]
fn fiscal_year_short(h: &Hay, out: &mut Vec<Cand>) {
    for c in FY_SHORT.captures_iter(h) {
        let (Some(all), Some(yy)) = (c.get(0), c.name("yy")) else {
            continue;
        };
        // Written in capitals ("fy" is no abbreviation of anything else).
        if !all.as_str().starts_with("FY") {
            continue;
        }
        let yy: i32 = yy.as_str().parse().unwrap_or(0);
        // "FY99" is 1999, "FY25" 2025.
        let y = if yy >= 70 { 1900 + yy } else { 2000 + yy };
        out.push(year_cand(all, y, "absolute:fiscal-year"));
    }
}

#[inline(never)]
fn decade(h: &Hay, out: &mut Vec<Cand>) {
    for c in DECADE.captures_near(h, &DECADE_WORD, DECADE_GAPS) {
        let Some(all) = c.get(0) else { continue };
        let (century, d) = if let Some(w) = group(&c, "w") {
            if c.name("the").is_none() {
                continue; // "in her nineties" is an age
            }
            let d = match w.as_str() {
                "twenties" => 2,
                "thirties" => 3,
                "forties" => 4,
                "fifties" => 5,
                "sixties" => 6,
                "seventies" => 7,
                "eighties" => 8,
                _ => 9,
            };
            (None, d)
        } else if let Some(d2) = c.name("d2") {
            (None, d2.as_str().parse().unwrap_or(0))
        } else {
            let cc = c.name("c").and_then(|x| x.as_str().parse().ok());
            let d = c
                .name("d")
                .and_then(|x| x.as_str().parse().ok())
                .unwrap_or(0);
            (cc, d)
        };
        out.push(Cand::new(
            all,
            TimexType::Date,
            Value::Decade { century, d },
            "absolute:decade",
        ));
    }
}

#[inline(never)]
fn century(h: &Hay, out: &mut Vec<Cand>) {
    for c in CENTURY.captures_before(h, &CENTURY_SUFFIX) {
        let (Some(all), Some(o)) = (c.get(0), c.name("o")) else {
            continue;
        };
        let Some(n) = ordinal_of(o.as_str()) else {
            continue;
        };
        out.push(Cand::new(
            all,
            TimexType::Date,
            Value::Century(n as i32 - 1),
            "absolute:century",
        ));
    }
}

#[inline(never)]
fn quarter(h: &Hay, out: &mut Vec<Cand>) {
    for c in QUARTER.captures_near(h, &QUARTER_WORD, QUARTER_GAPS) {
        let (Some(all), Some(q)) = (c.get(0), c.name("q")) else {
            continue;
        };
        let q_at = q.start() - all.start();
        let Some(q) = ordinal_of(q.as_str()) else {
            continue;
        };
        let year = if c.name("y").is_some() {
            year_spec(&c, "y")
        } else if c.name("y2").is_some() {
            year_spec(&c, "y2")
        } else if c.name("ago").is_some() {
            Year::Rel(-1)
        } else {
            rel_year(group(&c, "rel"))
                .or(rel_year(group(&c, "rel2")))
                .unwrap_or(Year::Implied)
        };
        let mut cand = Cand::new(
            all,
            TimexType::Date,
            Value::Quarter { year, q: Some(q) },
            "absolute:quarter",
        );
        // "the third-quarter loss": a hyphenated quarter is an adjective, and "the" belongs to
        // the noun after it.
        let m = all.as_str();
        if m.get(..4).is_some_and(|t| t.eq_ignore_ascii_case("the "))
            && m.get(q_at..).is_some_and(|t| t.contains("-quarter"))
        {
            let skip = m.len() - m[3..].trim_start().len();
            cand.span = Span::new(all.start() + skip, all.end());
        }
        out.push(cand);
    }
}

#[inline(never)]
fn quarter_numbered(h: &Hay, out: &mut Vec<Cand>) {
    for c in QN.captures_iter(h) {
        let (Some(all), Some(q)) = (c.get(0), c.name("q")) else {
            continue;
        };
        if !all.as_str().starts_with('Q') {
            continue;
        }
        let q = q.as_str().parse().unwrap_or(1);
        out.push(Cand::new(
            all,
            TimexType::Date,
            Value::Quarter {
                year: year_spec(&c, "y"),
                q: Some(q),
            },
            "absolute:quarter-q",
        ));
    }
}

#[inline(never)]
fn quarter_generic(h: &Hay, out: &mut Vec<Cand>) {
    for c in QGEN.captures_near(h, &QGEN_WORD, QGEN_GAPS) {
        let Some(all) = c.get(0) else { continue };
        if let Some(y) = c.name("yq").and_then(|y| year_of(y.as_str())) {
            out.push(Cand::new(
                all,
                TimexType::Date,
                Value::Quarter {
                    year: Year::Known(y),
                    q: None,
                },
                "absolute:quarter-of-year",
            ));
            continue;
        }
        // "the same period last year", "the quarter a year ago", "last year's quarter": the
        // reported quarter, a year back.
        if c.name("ya").is_some() {
            out.push(Cand::new(
                all,
                TimexType::Date,
                Value::Quarter {
                    year: Year::Rel(-1),
                    q: None,
                },
                "absolute:quarter-year-ago",
            ));
            continue;
        }
        let k = group(&c, "k").or(group(&c, "k2")).unwrap_or_default();
        let word = group(&c, "w").unwrap_or_default();
        let (value, rule) = match k.as_str() {
            "year-ago" | "year-earlier" | "prior-year" | "year-before" => (
                Value::Quarter {
                    year: Year::Rel(-1),
                    q: None,
                },
                "absolute:quarter-year-ago",
            ),
            "current" => (
                Value::Shift {
                    unit: crate::temporal::lexicon::Unit::Quarter,
                    n: Some(0),
                    gran: crate::temporal::lexicon::Unit::Quarter,
                    anchor: crate::temporal::value::Anchor::Speech,
                },
                "absolute:quarter-current",
            ),
            "" if word == "period" => continue,
            "same" | "comparable" if word == "period" => continue,
            _ => (
                Value::Quarter {
                    year: Year::Implied,
                    q: None,
                },
                "absolute:quarter-reported",
            ),
        };
        out.push(Cand::new(all, TimexType::Date, value, rule));
    }
}

#[inline(never)]
fn half(h: &Hay, out: &mut Vec<Cand>) {
    let (text, low) = (h.text, h.low);
    // Whether the text is a match report, read once (it scans the whole text).
    let mut report = None;
    for c in HALF.captures_near(h, &HALF_WORD, HALF_GAPS) {
        let (Some(all), Some(h)) = (c.get(0), c.name("h")) else {
            continue;
        };
        let h = if h.as_str().eq_ignore_ascii_case("first") {
            1
        } else {
            2
        };
        let year = if c.name("y").is_some() {
            year_spec(&c, "y")
        } else {
            rel_year(group(&c, "rel")).unwrap_or(Year::Implied)
        };
        // "the first half" needs a time context: "of <year>" or "first-half" (results).
        let has_of = c.name("y").is_some()
            || c.name("rel").is_some()
            || all.as_str().lower().ends_with("year");
        let adj = all.as_str().contains('-');
        if !has_of && !adj {
            let next = word_after(text, all.end()).lower();
            if next == "of" {
                continue; // "the first half of March": the month wins, with a modifier
            }
            if about_game(low, all.start(), all.end())
                || *report.get_or_insert_with(|| match_report(low))
            {
                continue; // "equalised early in the second half": the game's half
            }
        }
        out.push(Cand::new(
            all,
            TimexType::Date,
            Value::Half { year, h },
            "absolute:half",
        ));
    }
}

/// True when the sentence around `start..end` of the lowered text holds a word of
/// `game_words.tsv` ("scored", "goal", "penalty"): a bare half there is a game's.
fn about_game(low: &str, start: usize, end: usize) -> bool {
    let b = low.as_bytes();
    let stop = |c: &u8| matches!(c, b'.' | b'!' | b'?' | b'\n');
    let from = b[..start].iter().rposition(stop).map_or(0, |i| i + 1);
    let to = b[end..].iter().position(stop).map_or(b.len(), |i| end + i);
    holds_game_word(&b[from..to])
}

/// True when the lowered bytes hold a word of `game_words.tsv` (words of ASCII letters, digits
/// and hyphens: the listed words are ASCII).
fn holds_game_word(b: &[u8]) -> bool {
    b.split(|c| !(c.is_ascii_alphanumeric() || *c == b'-'))
        .any(|w| std::str::from_utf8(w).is_ok_and(|w| LEX.game_words.contains(w)))
}

/// True when the lowered text holds a score ("2-0", "4-1") and a word of `game_words.tsv`
/// ("minute", "scored"), not necessarily in one sentence: a match report, where a bare half is
/// the game's in every sentence ("Arsenal won 2-0 … The FA fined both clubs after a brawl in the
/// second half"). Asked once per text, at its first bare half.
fn match_report(low: &str) -> bool {
    let b = low.as_bytes();
    // A score where a number starts ("2024-25", "1-800", "5-7%" are none).
    let score = (0..b.len()).any(|i| {
        b[i].is_ascii_digit()
            && (i == 0 || !b[i - 1].is_ascii_digit())
            && crate::entity::gazetteer::score_at(low, i)
    });
    score && holds_game_word(b)
}

#[inline(never)]
fn season(h: &Hay, out: &mut Vec<Cand>) {
    let text = h.text;
    for c in SEASON.captures_near(h, &SEASON_WORD, SEASON_GAPS) {
        let (Some(all), Some(s)) = (c.get(0), c.name("s")) else {
            continue;
        };
        let Some(code) = LEX.seasons.get(&s.as_str().lower()) else {
            continue;
        };
        let code: &'static str = match *code {
            "SP" => "SP",
            "SU" => "SU",
            "FA" => "FA",
            _ => "WI",
        };
        let mut dirw = group(&c, "dir");
        let has_y = c.name("y").is_some();
        // "the following spring", "the previous winter": from the narrative's last date.
        let narrative = dirw.as_deref().and_then(|d| {
            let d = d.split_whitespace().last().unwrap_or("");
            match d {
                "following" | "subsequent" => Some(1),
                "previous" | "preceding" => Some(-1),
                "same" => Some(0),
                _ => None,
            }
        });
        if let (Some(k), false) = (narrative, has_y) {
            // "the following fall in prices" is no season.
            let next = word_after(text, all.end());
            if s.as_str().eq_ignore_ascii_case("fall") && matches!(next, "in" | "of") {
                continue;
            }
            out.push(Cand::new(
                all,
                TimexType::Date,
                Value::Season {
                    year: Year::Narrative(k),
                    code,
                    dir: Dir::Tense,
                },
                "anaphoric:the-next-season",
            ));
            continue;
        }
        // "the summer" needs a preposition before it ("in the summer"); "The Fall of Rome" is a name.
        if dirw.as_deref() == Some("the") && !has_y {
            let prev = word_before(text, all.start());
            if ![
                "in",
                "into",
                "during",
                "by",
                "until",
                "since",
                "through",
                "over",
                "throughout",
                "before",
                "after",
                "for",
            ]
            .contains(&prev.as_str())
                || capitalized(s.as_str())
            {
                continue;
            }
            // "since the fall of communism", "after the fall in prices": a fall of something.
            if s.as_str().eq_ignore_ascii_case("fall") {
                let next = word_after(text, all.end());
                let rest = text[all.end()..].trim_start();
                let then = word_after(rest, next.len());
                // Not "the fall of that year", "the fall of last year".
                let of_time = matches!(then, "that" | "this" | "last" | "next");
                if next == "in" || (next == "of" && !of_time) {
                    continue;
                }
            }
            dirw = None;
        }
        if dirw.is_none() && !has_y && !all.as_str().lower().starts_with("the ") {
            let prev = word_before(text, s.start());
            if ![
                "in", "during", "by", "until", "since", "through", "over", "early", "late", "mid",
                "this", "last", "next",
            ]
            .contains(&prev.as_str())
            {
                continue;
            }
            if s.as_str().eq_ignore_ascii_case("fall") || s.as_str().eq_ignore_ascii_case("spring")
            {
                // "in fall" is rare in news; "a fall in prices" common.
                if !["during", "until", "since", "early", "late", "mid"].contains(&prev.as_str()) {
                    continue;
                }
            }
        }
        let (year, dir) = if has_y {
            (year_spec(&c, "y"), Dir::Tense)
        } else {
            match dirw.as_deref() {
                Some("last") | Some("this past") | Some("past") => (Year::Implied, Dir::Last),
                Some("next") | Some("this coming") | Some("coming") => (Year::Implied, Dir::Next),
                Some("this") => (Year::Implied, Dir::This),
                Some("the") if !has_y => {
                    // "the summer" — still a season, year from context.
                    (Year::Implied, Dir::Tense)
                }
                _ => (Year::Implied, Dir::Tense),
            }
        };
        out.push(Cand::new(
            all,
            TimexType::Date,
            Value::Season { year, code, dir },
            "absolute:season",
        ));
    }
}

#[inline(never)]
fn holiday(h: &Hay, out: &mut Vec<Cand>) {
    for c in HOLIDAY.captures_iter(h) {
        let (Some(all), Some(name)) = (c.get(0), c.name("h")) else {
            continue;
        };
        if !capitalized(name.as_str()) {
            continue;
        }
        let key = name
            .as_str()
            .lower()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let Some(rule) = LEX.holidays.get(&key) else {
            continue;
        };
        // A year before the name is its year ("the 2020 Labor Day fires"), but not a year of its
        // own after a preposition ("In 1999 Christmas fell on a Saturday").
        let year_before = c.name("y0").is_some_and(|y| {
            !matches!(
                word_before(h.text, y.start()).as_str(),
                "in" | "since" | "by" | "until" | "from" | "before" | "after" | "of" | "to"
            )
        });
        let mut cand = Cand::new(
            all,
            TimexType::Date,
            Value::Holiday {
                // A year after the name first ("Christmas 2019").
                year: match year_spec(&c, "y") {
                    Year::Implied if year_before => year_spec(&c, "y0"),
                    y => y,
                },
                rule: *rule,
                dir: Dir::Tense,
            },
            "absolute:holiday",
        );
        if !year_before {
            cand.span = Span::new(name.start(), all.end());
        }
        out.push(cand);
    }
}

#[inline(never)]
fn day_of_month(h: &Hay, out: &mut Vec<Cand>) {
    let text = h.text;
    for c in DAY_ONLY.captures_before(h, &DAY_ONLY_SUFFIX) {
        let (Some(x), Some(d)) = (c.name("x"), c.name("d")) else {
            continue;
        };
        let next = word_after(text, x.end());
        if !next.is_empty() && !matches!(next.lower().as_str(), "and" | "or" | "to") {
            continue; // "the 6th floor", "the 20th century"
        }
        let Some(da) = day_of(d.as_str()) else {
            continue;
        };
        out.push(Cand::new(
            x,
            TimexType::Date,
            Value::Date {
                year: Year::Implied,
                month: None,
                day: Some(da),
                dir: Dir::Tense,
            },
            "absolute:day-of-month",
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::range_words;

    /// The words after a day that join it to its range's last day, given the date's start.
    #[test]
    fn range_words_join_only_a_last_day() {
        for (name, text, want) in [
            ("from .. to", "from June 23 to 26 in Brussels", " to ".len()),
            (
                "from .. through",
                "from June 23 through 26.",
                " through ".len(),
            ),
            ("between .. and", "between May 3 and 5, 2024", " and ".len()),
            ("no from", "on June 23 to 26 people", 0),
            ("and needs between", "from May 3 and 5", 0),
            ("a clock time", "from June 3 to 5 p.m.", 0),
            ("a clock time without dots", "from June 3 to 5 pm", 0),
            ("a unit", "from June 3 to 5 days", 0),
            ("a percentage", "from June 3 to 5 percent", 0),
        ] {
            let start = text.find(char::is_uppercase).unwrap_or(0);
            let rest = &text[text[start..].find(char::is_numeric).unwrap() + start..];
            let rest = rest.trim_start_matches(char::is_numeric);
            assert_eq!(range_words(text, start, rest), want, "{name}");
        }
    }
}
