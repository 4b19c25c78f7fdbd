//! Durations: "30-day", "six months", "the past three months", "a couple of years", "2 1/2
//! years", "half an hour", and bare plural units after a preposition ("after months of") → PXM.

use super::{amount_of, compile, unit_of, word_after, word_before, Cand};
use crate::model::TimexType;
use crate::temporal::lexicon::{Amount, Unit};
use crate::temporal::value::Value;
use regex::Regex;
use std::sync::LazyLock;

static NUM_UNIT: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"\b(?:(?P<the>the\s+)?(?P<q>past|last|next|first|previous|coming|final|following|latest|initial|remaining|preceding|recent|full|entire|whole)\s+|(?P<the2>the\s+))?(?P<n>{NUM})(?P<half>\s+and\s+a\s+half)?(?:\s+|-)(?:(?:more|additional|full|straight|consecutive|long)\s+)?(?P<u>{UNIT})(?P<ah>\s+and\s+a\s+half)?(?P<old>-old|-long)?")
});
static BARE: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"\b(?:(?P<the>the|recent|coming|past)\s+)?(?P<u>seconds|minutes|hours|days|weeks|months|years|decades|centuries)\b")
});
static HALF: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"\b(?:half\s+an?\s+|an?\s+half[\s-])(?P<u>{UNIT})")
});

const BARE_BEFORE: &[&str] = &[
    "for", "after", "over", "within", "in", "took", "take", "takes", "taking", "lasted", "last",
    "lasting", "spent", "spend", "spending", "than", "about", "nearly", "almost", "during",
    "throughout", "of",
];

/// Finds durations.
pub fn find(text: &str, out: &mut Vec<Cand>) {
    for c in NUM_UNIT.captures_iter(text) {
        let (Some(all), Some(u), Some(nm)) = (c.get(0), c.name("u"), c.name("n")) else { continue };
        let Some(unit) = unit_of(u.as_str()) else { continue };
        let nw = nm.as_str().to_lowercase();
        let ul = u.as_str().to_lowercase();
        // "a second round", "a quarter of the votes", "the second": ordinals and fractions.
        if (ul == "second" || ul == "quarter") && !nw.starts_with(|ch: char| ch.is_ascii_digit()) && matches!(nw.as_str(), "a" | "an" | "one") {
            continue;
        }
        // A bare "a"/"an" needs no "the" before ("the a" never happens) — fine. Weekends are dates.
        if unit == Unit::Weekend {
            continue;
        }
        let Some(n) = amount_of(&c) else { continue };
        // "1990 days" style accidents: four-digit numbers are years, not amounts.
        if nw.len() == 4 && nw.bytes().all(|b| b.is_ascii_digit()) && c.name("old").is_none() {
            continue;
        }
        // A numeric amount glued to a previous number ("3.5 2 days") or a range ("two to three years") is skipped by the regex shape.
        let mut cand = Cand::new(all, TimexType::Duration, Value::Duration { n, unit }, "duration:number-unit");
        // "the past three months": "the" and the adjective are part of the extent (TimeML); but in
        // "the 30-day ceasefire" the length is an adjective and "the" belongs to the noun.
        let hyphenated = text[nm.end()..u.start()].contains('-');
        if hyphenated {
            cand.span = crate::span::Span::new(nm.start(), all.end());
        }
        if matches!(n, Amount::X) && word_after(text, all.end()).eq_ignore_ascii_case("ago") {
            continue;
        }
        cand.rule = if matches!(n, Amount::X) { "duration:vague" } else { "duration:number-unit" };
        out.push(cand);
    }
    for c in BARE.captures_iter(text) {
        let (Some(all), Some(u)) = (c.get(0), c.name("u")) else { continue };
        let Some(unit) = unit_of(u.as_str()) else { continue };
        let prev = word_before(text, all.start());
        let has_q = c.name("the").is_some();
        if !has_q && !BARE_BEFORE.contains(&prev.as_str()) {
            continue;
        }
        let next = word_after(text, all.end()).to_lowercase();
        if matches!(next.as_str(), "old" | "ago" | "later" | "earlier") {
            continue;
        }
        out.push(Cand::new(all, TimexType::Duration, Value::Duration { n: Amount::X, unit }, "duration:bare-plural"));
    }
    for c in HALF.captures_iter(text) {
        let (Some(all), Some(u)) = (c.get(0), c.name("u")) else { continue };
        let Some(unit) = unit_of(u.as_str()) else { continue };
        out.push(Cand::new(all, TimexType::Duration, Value::Duration { n: Amount::N(0.5), unit }, "duration:half"));
    }
}
