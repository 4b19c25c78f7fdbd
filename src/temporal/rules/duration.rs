//! Durations: "30-day", "six months", "the past three months", "a couple of years", "2 1/2
//! years", "half an hour", and bare plural units after a preposition ("after months of") → PXM.

use super::{amount_of, unit_of, word_after, word_before, Cand, Hay, Pattern};
use crate::model::TimexType;
use crate::temporal::lexicon::{Amount, Unit};
use crate::temporal::value::Value;
use crate::text::hash::{any_of, Lower};
use std::sync::LazyLock;

/// What every [`NUM_UNIT`] match ends with: its one unit word and the optional tails after it
/// (see [`super::Pattern::captures_before`]; the number before it is no unit word).
pub(super) static NUM_UNIT_SUFFIX: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        "duration:number-unit",
        r"\b{UNIT}(?:\s+and\s+a\s+half)?(?:-old|-long)?",
    )
});
pub(super) static NUM_UNIT: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        "duration:number-unit",
        r"\b(?:(?P<the>the\s+)?(?P<q>past|last|next|first|previous|coming|final|following|latest|initial|remaining|preceding|recent|full|entire|whole)\s+|(?P<the2>the\s+))?(?P<n>{NUM})(?:\s+(?:to|or)\s+(?P<n2>{NUM}))?(?P<half>\s+and\s+a\s+half)?(?:\s+|-)(?:(?:more|additional|full|straight|consecutive|long|trading|business|working)\s+)?(?P<u>{UNIT})(?P<ah>\s+and\s+a\s+half)?(?P<old>-old|-long)?",
    )
});
/// The word every match of the patterns searched with it ends with (see
/// [`super::Pattern::captures_before`]).
pub(super) static BARE_SUFFIX: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        "duration:bare-plural",
        r"\b(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries)\b",
    )
});
pub(super) static BARE: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        "duration:bare-plural",
        r"\b(?:(?P<the>the|recent|coming|past)\s+)?(?P<u>seconds|minutes|hours|days|weeks|months|years|decades|centuries)\b",
    )
});
/// The word every match of the patterns searched with it ends with (see
/// [`super::Pattern::captures_before`]).
pub(super) static YEAR_ENDED_SUFFIX: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new("duration:period-ended", r"\b(?:ended|ending|through)\b"));
pub(super) static YEAR_ENDED: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        "duration:period-ended",
        r"\bthe\s+(?:fiscal\s+)?(?P<u>year|quarter|period|six\s+months|nine\s+months)\s+(?:ended|ending|that\s+ended|which\s+ended|through)\b",
    )
});
/// The word every match of the patterns searched with it ends with (see
/// [`super::Pattern::captures_before`]).
pub(super) static UNIT_SUFFIX: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new("duration:unit-word", r"\b{UNIT}"));
pub(super) static HALF: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        "duration:half",
        r"\b(?:half\s+an?\s+|an?\s+half[\s-])(?P<u>{UNIT})",
    )
});

/// "day-long", "decades-long": a unit word made an adjective of length, without a number.
static UNIT_LONG: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new("duration:unit-long", r"\b(?P<u>{UNIT})-long\b"));

const BARE_BEFORE: &[&str] = &[
    "for",
    "after",
    "over",
    "within",
    "in",
    "took",
    "take",
    "takes",
    "taking",
    "lasted",
    "last",
    "lasting",
    "spent",
    "spend",
    "spending",
    "than",
    "about",
    "nearly",
    "almost",
    "during",
    "throughout",
    "of",
];

/// Finds durations.
///
/// One function per rule, kept out of line: see [`super::absolute::find`].
pub fn find(h: &Hay, out: &mut Vec<Cand>) {
    number_unit(h, out);
    bare(h, out);
    year_ended(h, out);
    half(h, out);
    unit_long(h, out);
}

#[inline(never)]
fn number_unit(h: &Hay, out: &mut Vec<Cand>) {
    let text = h.text;
    // Searched back from each unit word: the number's words repeat without bound, so the
    // pattern has no window of a fixed number of words around them.
    for c in NUM_UNIT.captures_before(h, &NUM_UNIT_SUFFIX) {
        let (Some(all), Some(u), Some(nm)) = (c.get(0), c.name("u"), c.name("n")) else {
            continue;
        };
        let Some(unit) = unit_of(u.as_str()) else {
            continue;
        };
        let nw = nm.as_str().lower();
        let ul = u.as_str().lower();
        // "a second round", "a quarter of the votes", "the second": ordinals and fractions.
        if (ul == "second" || ul == "quarter")
            && !nw.starts_with(|ch: char| ch.is_ascii_digit())
            && matches!(nw.as_str(), "a" | "an" | "one")
        {
            continue;
        }
        // A bare "a"/"an" needs no "the" before ("the a" never happens) — fine. Weekends are dates.
        if unit == Unit::Weekend {
            continue;
        }
        // Ages ("a 6-year-old boy") are not durations of an event.
        if c.name("old")
            .is_some_and(|o| o.as_str().eq_ignore_ascii_case("-old"))
        {
            continue;
        }
        // "52 years old": an age.
        if word_after(text, all.end()).eq_ignore_ascii_case("old") {
            continue;
        }
        // "60 Minutes" (a programme), "This Week": a capitalized unit mid-sentence is a title.
        if u.as_str().starts_with(|ch: char| ch.is_uppercase())
            && !nw.starts_with(|ch: char| ch.is_uppercase())
        {
            continue;
        }
        // "three-quarters of the vote" is a fraction.
        if ul == "quarters"
            && text[nm.end()..u.start()].contains('-')
            && !nw.starts_with(|ch: char| ch.is_ascii_digit())
        {
            continue;
        }
        // "900 kilometres an hour": a speed.
        if matches!(nw.as_str(), "a" | "an") && super::set::speed(text, nm.start(), unit) {
            continue;
        }
        // "the third attack in as many weeks": the count of the things named, not a length.
        if nw == "many" && word_before(text, nm.start()) == "as" {
            continue;
        }
        let Some(n) = amount_of(&c) else { continue };
        // "two to three weeks", "12 or 18 months": a range is a vague amount.
        // "an hours-long standoff", "a days-long siege": the article goes with the noun after,
        // and the length is vague.
        let article = matches!(nw.as_str(), "a" | "an") && ul.ends_with('s');
        let n = if c.name("n2").is_some() || article {
            Amount::X
        } else {
            n
        };
        // "1990 days" style accidents: four-digit numbers are years, not amounts.
        if nw.len() == 4 && nw.bytes().all(|b| b.is_ascii_digit()) && c.name("old").is_none() {
            continue;
        }
        // A numeric amount glued to a previous number ("3.5 2 days") is skipped by the regex shape.
        let mut cand = Cand::new(
            all,
            TimexType::Duration,
            Value::Duration { n, unit },
            "duration:number-unit",
        );
        // "the past three months": "the" and the adjective are part of the extent (TimeML); but in
        // "the 30-day ceasefire" the length is an adjective and "the" belongs to the noun.
        let hyphenated = text[nm.end()..u.start()].contains('-');
        if hyphenated {
            cand.span = crate::span::Span::new(nm.start(), all.end());
        }
        // "Symptoms usually last two to four weeks", "talks could last three days": "last" is the
        // verb, not the adjective of "the last two weeks" / "over last three years".
        if c.name("the").is_none()
            && c.name("q")
                .is_some_and(|q| q.as_str().eq_ignore_ascii_case("last"))
            && !any_of(
                &word_before(text, all.start()),
                &[
                    "in",
                    "over",
                    "for",
                    "during",
                    "within",
                    "of",
                    "since",
                    "throughout",
                    "than",
                    "at",
                    "these",
                    "those",
                    "its",
                    "his",
                    "her",
                    "their",
                    "our",
                    "my",
                    "your",
                    "this",
                    "",
                ],
            )
        {
            cand.span = crate::span::Span::new(nm.start(), cand.span.end);
        }
        // "a two-year" / "an 18-month": the article is not part of the number.
        for art in ["a ", "an "] {
            if nw.starts_with(art)
                && !crate::temporal::lexicon::LEX.numbers.contains(&nw)
                && cand.span.start == nm.start()
            {
                cand.span = crate::span::Span::new(nm.start() + art.len(), cand.span.end);
            }
        }
        if article {
            cand.span = crate::span::Span::new(u.start(), cand.span.end);
        }
        if matches!(n, Amount::X) && word_after(text, all.end()).eq_ignore_ascii_case("ago") {
            continue;
        }
        // "Islam will one day be …", "they could one day return": after a modal, "one day" is
        // some time to come, not a length.
        if nw == "one"
            && ul == "day"
            && c.name("the").is_none()
            && c.name("the2").is_none()
            && c.name("q").is_none()
            && matches!(
                word_before(text, all.start()).as_str(),
                "will" | "would" | "could" | "might" | "may" | "shall" | "should" | "can" | "must"
            )
        {
            out.push(Cand::new(
                all,
                TimexType::Date,
                Value::Ref("FUTURE_REF"),
                "deictic:one-day",
            ));
            continue;
        }
        // "the two day rally": a singular unit after a number above one is an adjective, and
        // "the" belongs to the noun after it (as in "the 30-day ceasefire").
        if c.name("the2").is_some()
            && !hyphenated
            && !ul.ends_with('s')
            && matches!(n, Amount::N(x) if x > 1.0)
        {
            cand.span = crate::span::Span::new(nm.start(), cand.span.end);
        }
        cand.rule = if c.name("n2").is_some() {
            "duration:range"
        } else if matches!(n, Amount::X) {
            "duration:vague"
        } else {
            "duration:number-unit"
        };
        out.push(cand);
    }
}

#[inline(never)]
fn bare(h: &Hay, out: &mut Vec<Cand>) {
    let text = h.text;
    for c in BARE.captures_before(h, &BARE_SUFFIX) {
        let (Some(all), Some(u)) = (c.get(0), c.name("u")) else {
            continue;
        };
        let Some(unit) = unit_of(u.as_str()) else {
            continue;
        };
        // "the decades-long feud": the adjective is `unit_long`'s.
        // "after-hours trading", "off-hours": a compound adjective, no length.
        if text[all.end()..].starts_with("-long") || text[..all.start()].ends_with('-') {
            continue;
        }
        let prev = word_before(text, all.start());
        let has_q = c.name("the").is_some();
        if !has_q && !BARE_BEFORE.contains(&prev.as_str()) {
            continue;
        }
        let next = word_after(text, all.end()).lower();
        if matches!(next.as_str(), "old" | "ago" | "later" | "earlier") {
            continue;
        }
        // "past years": a vague past reference ("recent years" stays a vague length, TimeBank-style).
        if let Some("past") = c.name("the").map(|t| t.as_str().lower()).as_deref() {
            out.push(Cand::new(
                all,
                TimexType::Date,
                Value::Ref("PAST_REF"),
                "duration:recent-units",
            ));
            continue;
        }
        let mut cand = Cand::new(
            all,
            TimexType::Duration,
            Value::Duration { n: Amount::X, unit },
            "duration:bare-plural",
        );
        if c.name("the")
            .is_some_and(|t| t.as_str().eq_ignore_ascii_case("the"))
        {
            if next == "ahead" {
                // "the weeks ahead": the adverb is part of the expression.
                let rest = &text[all.end()..];
                let gap = rest.len() - rest.trim_start().len();
                cand.span = crate::span::Span::new(all.start(), all.end() + gap + "ahead".len());
            } else if matches!(
                next.as_str(),
                "before" | "after" | "that" | "which" | "following" | "preceding" | "leading"
            ) {
                // "in the weeks before the shooting", "the years that followed": "the" comes
                // with the event that bounds them; the time is the units alone.
                cand.span = crate::span::Span::new(u.start(), all.end());
            }
        }
        out.push(cand);
    }
}

// "the year ended March 31": a twelve-month period named by its end (TimeBank: P1Y).
#[inline(never)]
fn year_ended(h: &Hay, out: &mut Vec<Cand>) {
    for c in YEAR_ENDED.captures_before(h, &YEAR_ENDED_SUFFIX) {
        let (Some(all), Some(u)) = (c.get(0), c.name("u")) else {
            continue;
        };
        let ul = u.as_str().lower();
        let (n, unit) = match ul.split_whitespace().next().unwrap_or("") {
            "year" => (1.0, Unit::Year),
            "six" => (6.0, Unit::Month),
            "nine" => (9.0, Unit::Month),
            _ => continue, // "the quarter ended Sept. 30" is the quarter itself (a date)
        };
        let span = crate::span::Span::new(all.start(), u.end());
        let mut cand = Cand::new(
            all,
            TimexType::Duration,
            Value::Duration {
                n: Amount::N(n),
                unit,
            },
            "duration:period-ended",
        );
        cand.span = span;
        out.push(cand);
    }
}

#[inline(never)]
fn half(h: &Hay, out: &mut Vec<Cand>) {
    for c in HALF.captures_before(h, &UNIT_SUFFIX) {
        let (Some(all), Some(u)) = (c.get(0), c.name("u")) else {
            continue;
        };
        let Some(unit) = unit_of(u.as_str()) else {
            continue;
        };
        out.push(Cand::new(
            all,
            TimexType::Duration,
            Value::Duration {
                n: Amount::N(0.5),
                unit,
            },
            "duration:half",
        ));
    }
}

// "their third day-long meeting" (P1D), "a decades-long feud" (PXDE): one unit when singular,
// a vague number of them when plural.
#[inline(never)]
fn unit_long(h: &Hay, out: &mut Vec<Cand>) {
    for c in UNIT_LONG.captures_iter(h) {
        let (Some(all), Some(u)) = (c.get(0), c.name("u")) else {
            continue;
        };
        let Some(unit) = unit_of(u.as_str()) else {
            continue;
        };
        if unit == Unit::Weekend {
            continue;
        }
        let n = if u.as_str().ends_with(['s', 'S']) || u.as_str().eq_ignore_ascii_case("millennia")
        {
            Amount::X
        } else {
            Amount::N(1.0)
        };
        out.push(Cand::new(
            all,
            TimexType::Duration,
            Value::Duration { n, unit },
            "duration:unit-long",
        ));
    }
}
