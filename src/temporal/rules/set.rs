//! Sets (recurring times): "every Monday", "each year", "weekly", "annually", "twice a week",
//! "$5 million a year", "Tuesday nights".

use super::{
    capitalized, group, month_of, unit_of, weekday_of, word_after, word_before, Cand, Hay, Pattern,
};
use crate::model::TimexType;
use crate::temporal::lexicon::{Amount, Unit, LEX};
use crate::temporal::value::{duration_string, Value};
use crate::text::hash::Lower;
use std::sync::LazyLock;

static EVERY: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        "set:every",
        r"\b(?:every|each)\s+(?P<o>other\s+)?(?:(?P<n>[0-9]+|two|three|four|five|six|ten|twelve)\s+)?(?P<x>{WD}|{MONTH}|{UNIT}|{SEASON}|morning|afternoon|evening|night)",
    )
});
static ADVERB: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        "set:adverb",
        r"\b(?P<w>daily|weekly|monthly|quarterly|annually|yearly|hourly|nightly|biweekly|bimonthly|semiannually|semi-annually|biannually)\b",
    )
});
/// The word every [`PER`] match ends with (see [`super::Pattern::captures_before`]).
pub(super) static PER_SUFFIX: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        "set:per-unit",
        r"\b(?:year|month|week|day|hour|minute|quarter)\b",
    )
});
/// The unit ends a [`PER`] match only right after "a", "an" or "per", maybe glued to "once",
/// "twice" or "thrice" (`(?:once|…)?\s*(?:a|an|per)\s+unit`).
pub(super) fn per_at(low: &str, at: usize) -> bool {
    super::token_before(low, at).is_some_and(|(_, w)| {
        let w = ["once", "twice", "thrice"]
            .iter()
            .find_map(|f| w.strip_prefix(f))
            .unwrap_or(w);
        matches!(w, "a" | "an" | "per")
    })
}
/// A scale word of a number ("10 billion", "a few thousand"), lower-case.
fn scale(w: &str) -> bool {
    matches!(w, "thousand" | "million" | "billion" | "trillion")
}

/// Whether the unit `unit`, after "a", "an" or "per" at `at`, makes a rate with the unit of
/// measure before ("60 miles per hour", "900 kilometres an hour", "40 tonnes an hour"): no
/// recurring time, no length. The units are the quantity finder's, which takes the same words
/// as one quantity ([`crate::entity::quantities::is_unit`]).
pub(super) fn speed(text: &str, at: usize, unit: Unit) -> bool {
    matches!(unit, Unit::Hour | Unit::Minute | Unit::Second)
        && crate::entity::quantities::is_unit(&word_before(text, at))
}
pub(super) static PER: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        "set:per-unit",
        r"\b(?P<f>once|twice|thrice|(?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten)\s+times\s+)?\s*(?P<a>a|an|per)\s+(?P<u>year|month|week|day|hour|minute|quarter)\b",
    )
});
static PLURAL_WD: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        "set:plural-weekday",
        r"\b(?:(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)s\b(?:\s+(?P<p>mornings|afternoons|evenings|nights))?|(?P<wd2>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?P<p2>mornings|afternoons|evenings|nights)\b)",
    )
});

fn unit_set(unit: Unit, n: f64) -> String {
    duration_string(Amount::N(n), unit)
}

fn part_code(p: &str) -> &'static str {
    match p.trim_end_matches('s') {
        "morning" => "TMO",
        "afternoon" => "TAF",
        "evening" => "TEV",
        _ => "TNI",
    }
}

/// Finds sets.
pub fn find(h: &Hay, out: &mut Vec<Cand>) {
    let text = h.text;
    for c in EVERY.captures_iter(h) {
        let (Some(all), Some(x)) = (c.get(0), c.name("x")) else {
            continue;
        };
        let n: f64 = match group(&c, "n") {
            Some(s) => match crate::temporal::lexicon::amount(&s) {
                Some(Amount::N(n)) => n,
                _ => 1.0,
            },
            None => 1.0,
        } * if c.name("o").is_some() { 2.0 } else { 1.0 };
        let xs = x.as_str();
        let v = if let Some(wd) = weekday_of(xs).filter(|_| capitalized(xs) && !xs.ends_with('.')) {
            format!("XXXX-WXX-{wd}")
        } else if let Some(m) = month_of(xs).filter(|_| capitalized(xs)) {
            format!("XXXX-{m:02}")
        } else if let Some(u) = unit_of(xs) {
            unit_set(u, n)
        } else if let Some(code) = LEX.seasons.get(&xs.lower()) {
            // "every summer": the season of every year; not "every fall in prices" (a noun).
            if xs.eq_ignore_ascii_case("fall") {
                let next = word_after(text, all.end());
                let rest = text.get(all.end()..).unwrap_or("").trim_start();
                let after_next = word_after(
                    text,
                    all.end() + (text.len() - all.end() - rest.len()) + next.len(),
                );
                if next == "of"
                    || (next == "in" && after_next.chars().next().is_some_and(char::is_lowercase))
                {
                    continue;
                }
            }
            format!("XXXX-{code}")
        } else {
            format!("XXXX-XX-XX{}", part_code(&xs.lower()))
        };
        out.push(Cand::new(all, TimexType::Set, Value::Set(v), "set:every"));
    }
    for c in ADVERB.captures_iter(h) {
        let (Some(all), Some(w)) = (c.get(0), group(&c, "w")) else {
            continue;
        };
        // "a quarterly dividend", "daily newspaper": an adjective before a noun is not a time.
        let next = word_after(text, all.end());
        if w != "daily"
            && next.chars().next().is_some_and(char::is_lowercase)
            && !matches!(
                next,
                "and"
                    | "or"
                    | "in"
                    | "on"
                    | "at"
                    | "by"
                    | "for"
                    | "to"
                    | "from"
                    | "since"
                    | "until"
                    | "through"
                    | "during"
                    | "over"
                    | "after"
                    | "before"
                    | "with"
                    | "as"
                    | "than"
                    | "basis"
            )
        {
            continue;
        }
        let v = match w.as_str() {
            "daily" => "P1D",
            "weekly" => "P1W",
            "monthly" => "P1M",
            "quarterly" => "P3M",
            "annually" | "yearly" => "P1Y",
            "hourly" => "PT1H",
            "nightly" => "XXXX-XX-XXTNI",
            "biweekly" => "P2W",
            "bimonthly" => "P2M",
            _ => "P6M",
        };
        out.push(Cand::new(
            all,
            TimexType::Set,
            Value::Set(v.into()),
            "set:adverb",
        ));
    }
    for c in PER.captures_before_if(h, &PER_SUFFIX, per_at) {
        let (Some(all), Some(a), Some(u)) = (c.get(0), c.name("a"), c.name("u")) else {
            continue;
        };
        let Some(unit) = unit_of(u.as_str()) else {
            continue;
        };
        let next = word_after(text, all.end()).lower();
        if matches!(
            next.as_str(),
            "ago" | "earlier" | "later" | "before" | "after" | "or" | "and" | "of"
        ) {
            continue;
        }
        let span_start = if c.name("f").is_some() {
            all.start()
        } else {
            // "$5 million a year", "3% a year": the amount before makes it a rate.
            let prev = word_before(text, a.start());
            let before = text[..a.start()].trim_end();
            let digit_end = |t: &str| t.ends_with(|ch: char| ch.is_ascii_digit() || ch == '%');
            let numeric = digit_end(before);
            // "7,000 steps a day", "20 cigarettes a day", "two cups a day", "100 million doses
            // a year", "10 billion francs a day": a counted plural noun between.
            // (Or a singular after "one": "one pill a day".)
            let counted = prev.len() > 2 && before.ends_with(prev.as_str()) && {
                // The word before the noun: its last characters only (never the whole text
                // before: this runs for every rate in a long text).
                let head = before[..before.len() - prev.len()].trim_end();
                let last = head
                    .rsplit(char::is_whitespace)
                    .next()
                    .unwrap_or("")
                    .lower();
                if prev.len() > 3 && prev.ends_with('s') {
                    digit_end(&last) || scale(&last) || LEX.numbers.contains(&last)
                } else {
                    matches!(last.as_str(), "one" | "1")
                }
            };
            if speed(text, a.start(), unit) {
                continue;
            }
            if !(numeric
                || counted
                || scale(&prev)
                || matches!(
                    prev.as_str(),
                    "percent" | "dollars" | "cents" | "times" | "hundred"
                ))
            {
                continue;
            }
            a.start()
        };
        let span = crate::span::Span::new(span_start, all.end());
        let mut cand = Cand::new(
            all,
            TimexType::Set,
            Value::Set(unit_set(unit, 1.0)),
            "set:per-unit",
        );
        cand.span = span;
        out.push(cand);
    }
    for c in PLURAL_WD.captures_iter(h) {
        let Some(all) = c.get(0) else { continue };
        let Some(w) = c.name("wd").or(c.name("wd2")) else {
            continue;
        };
        if !capitalized(w.as_str()) {
            continue;
        }
        let Some(wd) = weekday_of(w.as_str()) else {
            continue;
        };
        let part = group(&c, "p")
            .or(group(&c, "p2"))
            .map(|p| part_code(&p))
            .unwrap_or("");
        out.push(Cand::new(
            all,
            TimexType::Set,
            Value::Set(format!("XXXX-WXX-{wd}{part}")),
            "set:plural-weekday",
        ));
    }
    let _ = &LEX;
}
