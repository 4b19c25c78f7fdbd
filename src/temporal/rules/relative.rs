//! Deictic expressions, relative to the reference (speech) time: "today", "yesterday",
//! "tonight", "Tuesday morning", "this week", "last month", "two weeks ago", weekdays, and the
//! vague PRESENT_REF / PAST_REF / FUTURE_REF words ("now", "recently", "soon").

use super::{amount_of, capitalized, gran_for, group, unit_of, weekday_of, Cand, Hay, Pattern};
use crate::model::TimexType;
use crate::temporal::lexicon::{Amount, Unit, LEX};
use crate::temporal::value::{Anchor, Dir, TimeOfDay, Value};
use crate::text::hash::{any_of, Lower};
use std::sync::LazyLock;

/// The word every match of the patterns searched with it ends with (see
/// [`super::Pattern::captures_before`]).
pub(super) static DAYWORD_SUFFIX: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        "relative:day",
        r"\b(?:today|tonight|tonite|yesterday|tomorrow)\b",
    )
});
pub(super) static DAYWORD: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        "relative:day",
        r"\b(?:the\s+day\s+(?P<ba>before\s+yesterday|after\s+tomorrow)|(?P<w>today|tonight|tonite|yesterday|tomorrow))\b",
    )
});
static DAYPART: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        "relative:part-of-day",
        r"\b(?:(?:(?P<dir>last|next|this)\s+)?(?P<day>{WD}|yesterday|tomorrow|today|this|last)\s+(?P<p>{PART})|(?P<p2>{PART})\s+(?P<day2>yesterday|today|tomorrow)\b|(?P<mid>mid(?:-|\s+)?(?:morning|afternoon|evening)))",
    )
});
/// The word every match of the patterns searched with it ends with (see
/// [`super::Pattern::captures_before`]).
pub(super) static REL_UNIT_SUFFIX: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        "relative:this-last-next",
        r"\b(?:week|weekend|month|year|quarter|decade|century)\b",
    )
});
pub(super) static REL_UNIT: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        "relative:this-last-next",
        r"\b(?P<r>this\s+past|this\s+coming|the\s+past|the\s+coming|the\s+current|the\s+last|the\s+full|the\s+entire|the\s+whole|this|last|next|past|coming|current|the)\s+(?:fiscal\s+)?(?P<u>week|weekend|month|year|quarter|decade|century)\b",
    )
});
/// The word every match of the patterns searched with it ends with (see
/// [`super::Pattern::captures_before`]).
pub(super) static WEEKDAY_SUFFIX: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new("relative:weekday", r"\b{WD}"));
pub(super) static WEEKDAY: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        "relative:weekday",
        r"\b(?:(?P<r>last|next|this\s+past|this\s+coming|this|coming|past|the\s+(?:previous|preceding|following|next))\s+)?(?P<wd>{WD})",
    )
});
/// The word every [`AGO`] match ends with (see [`Pattern::captures_before`]).
pub(super) static AGO_SUFFIX: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new("relative:ago", r"\b(?:ago|from\s+now|hence)\b"));
/// "ago" ends an [`AGO`] match only after a unit word (`{UNIT}\s+(?:or\s+so\s+)?ago`).
pub(super) fn ago_at(low: &str, at: usize) -> bool {
    super::unit_before(low, at, true)
}
pub(super) static AGO: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        "relative:ago",
        r"\b(?P<n>{NUM})\s+(?P<u>{UNIT})\s+(?:or\s+so\s+)?(?P<d>ago|from\s+now|hence)\b",
    )
});
/// A unit word ends an [`IN_N`] match only after a number (digits, "1/2", number words, joined by
/// white space, `-` and "and") that follows "in" or "within".
pub(super) fn in_n_at(low: &str, at: usize) -> bool {
    let mut pos = at;
    let mut numbers = 0;
    while let Some((s, w)) = super::token_before(low, pos) {
        if !super::is_number_token(w) {
            return numbers > 0 && (w.ends_with("in") || w.ends_with("within"));
        }
        numbers += 1;
        pos = s;
    }
    false
}
pub(super) static IN_N: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        "relative:in-n-units",
        r"\b(?:in|within)\s+(?P<x>(?P<n>{NUM})\s+(?P<u>{UNIT}))",
    )
});
/// The word every match of the patterns searched with it ends with (see
/// [`super::Pattern::captures_before`]).
pub(super) static REFS_SUFFIX: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        "relative:ref",
        r"\b(?:now|nowadays|currently|current|present|moment|days|recently|lately|past|future|term)\b",
    )
});
pub(super) static REFS: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        "relative:ref",
        r"\b(?:(?P<now>now|nowadays|currently|current|at\s+present|at\s+the\s+moment|these\s+days|the\s+present)|(?P<past>recently|lately|the\s+past)|(?P<fut>the\s+near\s+future|the\s+future|the\s+(?:near|short)\s+term))\b",
    )
});

/// "by year-end", "since year end", "at year's end": the end of a year, after a preposition (the
/// adjective of "year-end results" is no time).
static YEAR_END: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        "relative:year-end",
        r"\b(?P<p>by|at|since|until|till|before|after|around|near|through|toward|towards|from|into|past)\s+(?P<x>year(?:-|\s+|'s\s+)end)\b",
    )
});

/// True when a future auxiliary ("will", "'ll", "shall", "going to") comes shortly before `pos`
/// in the same sentence (rules see only text: this is a lexical check, not the resolver's tense).
fn future_clause(text: &str, pos: usize) -> bool {
    let clause = crate::text::tail(text, pos, 80)
        .rsplit(['.', '!', '?', '\n', ';'])
        .next()
        .unwrap_or("")
        .lower();
    clause
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .any(|w| {
            matches!(
                w,
                "will" | "shall" | "'ll" | "going" | "expects" | "expected" | "plans" | "due"
            )
        })
        || clause.contains("'ll ")
}

/// Whether a first or a superlative stands within the five words before byte `pos` (the "in" of
/// "in three years"), in its clause: "its first budget deficit in three years", "the highest level
/// in a decade" count the span since, not a date ahead.
fn after_superlative(text: &str, pos: usize) -> bool {
    let clause = crate::text::tail(text, pos, 60)
        .rsplit(['.', ',', ';', '!', '?', '\n'])
        .next()
        .unwrap_or("");
    clause.split_whitespace().rev().take(6).any(|w| {
        any_of(
            w,
            &[
                "first",
                "highest",
                "lowest",
                "biggest",
                "largest",
                "smallest",
                "worst",
                "best",
                "strongest",
                "weakest",
                "fastest",
                "slowest",
                "deadliest",
                "longest",
                "only",
            ],
        )
    })
}

/// `n` days from the time of speech (0 today, -1 yesterday).
fn day(n: i64) -> Value {
    Value::Shift {
        unit: Unit::Day,
        n: Some(n),
        gran: Unit::Day,
        anchor: Anchor::Speech,
    }
}

/// Finds deictic expressions.
///
/// One function per rule, kept out of line: see [`super::absolute::find`].
pub fn find(h: &Hay, out: &mut Vec<Cand>) {
    day_word(h, out);
    day_part(h, out);
    relative_unit(h, out);
    weekday(h, out);
    ago(h, out);
    in_n_units(h, out);
    references(h, out);
    year_end(h, out);
}

#[inline(never)]
fn day_word(h: &Hay, out: &mut Vec<Cand>) {
    let text = h.text;
    for c in DAYWORD.captures_before(h, &DAYWORD_SUFFIX) {
        let Some(all) = c.get(0) else { continue };
        let (v, ty) = match group(&c, "ba")
            .or(group(&c, "w"))
            .as_deref()
            .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
        {
            Some(s) if s == "before yesterday" => (day(-2), TimexType::Date),
            Some(s) if s == "after tomorrow" => (day(2), TimexType::Date),
            Some(s) if s == "yesterday" => (day(-1), TimexType::Date),
            Some(s) if s == "tomorrow" => (day(1), TimexType::Date),
            Some(s) if s == "today" => (day(0), TimexType::Date),
            Some(_) => (
                Value::WithTime {
                    day: Some(Box::new(day(0))),
                    tod: TimeOfDay::Part("NI"),
                },
                TimexType::Time,
            ),
            None => continue,
        };
        // "today's world" is generic, "today's meeting" the day itself (`today_nouns.tsv`, the
        // noun right after or after one adjective: "today's special session"); "VOA Today" /
        // "USA Today" are names.
        if all.as_str().eq_ignore_ascii_case("today") {
            if let Some(rest) = text[all.end()..].strip_prefix("'s") {
                let phrase = rest
                    .find(|c: char| !(c.is_ascii_alphabetic() || c == ' ' || c == '-'))
                    .map_or(rest, |e| &rest[..e]);
                let mut words = phrase
                    .split(|c: char| !c.is_ascii_alphabetic())
                    .filter(|w| !w.is_empty())
                    .take(2)
                    .map(|w| w.to_ascii_lowercase());
                let day = words.any(|w| LEX.today_nouns.contains(&w));
                if !day {
                    continue;
                }
            }
        }
        // "the people of tomorrow", "the youth of today": an age, not a day ("as of today" is one).
        if group(&c, "ba").as_deref().is_none()
            && super::word_before(text, all.start()) == "of"
            && !text[all.end()..].starts_with("'s")
            && super::word_before(text, super::word_before_span(text, all.start()).start) != "as"
        {
            continue;
        }
        if all.as_str() == "Today"
            && !text[..all.start()]
                .trim_end()
                .ends_with(['.', '!', '?', '"', '\n', ':', '`', '\'', '(', '-'])
            && all.start() > 0
        {
            continue;
        }
        out.push(Cand::new(all, ty, v, "deictic:day"));
    }
}

#[inline(never)]
fn day_part(h: &Hay, out: &mut Vec<Cand>) {
    for c in DAYPART.captures_iter(h) {
        let Some(all) = c.get(0) else {
            continue;
        };
        // "Tuesday morning", "afternoon yesterday" (the day after), "mid-afternoon" (alone: the
        // reference day, as "midday" is).
        let (d, p) = match (c.name("day"), c.name("p"), c.name("day2"), c.name("p2")) {
            (Some(d), Some(p), _, _) | (_, _, Some(d), Some(p)) => (d.as_str(), p.as_str()),
            _ if c.name("mid").is_some() => {
                let rest = all.as_str().get(3..).unwrap_or("");
                (
                    "today",
                    rest.trim_start_matches(|c: char| c == '-' || c.is_whitespace()),
                )
            }
            _ => continue,
        };
        let Some(code) = LEX.parts.get(&p.lower()) else {
            continue;
        };
        let code: &'static str = match *code {
            "MO" => "MO",
            "AF" => "AF",
            "EV" => "EV",
            _ => "NI",
        };
        let dl = d.lower();
        let base = match dl.as_str() {
            "yesterday" => day(-1),
            "tomorrow" => day(1),
            "today" | "this" => day(0),
            "last" => {
                if code == "NI" || code == "EV" {
                    day(-1)
                } else {
                    continue; // "last morning" is not an expression
                }
            }
            _ => {
                if !capitalized(d) {
                    continue;
                }
                // "last Tuesday night", "next Friday morning"; "the next Tuesday" is the
                // narrative's (an anaphoric rule's).
                if c.name("dir").is_some() && super::word_before(h.text, all.start()) == "the" {
                    continue;
                }
                let dir = match c.name("dir").map(|m| m.as_str().to_ascii_lowercase()) {
                    Some(d) if d == "last" => Dir::Last,
                    Some(d) if d == "next" => Dir::Next,
                    Some(_) => Dir::This,
                    None => Dir::Tense,
                };
                match weekday_of(d) {
                    Some(wd) => Value::Weekday { wd, dir },
                    None => continue,
                }
            }
        };
        out.push(Cand::new(
            all,
            TimexType::Time,
            Value::WithTime {
                day: Some(Box::new(base)),
                tod: TimeOfDay::Part(code),
            },
            "deictic:part-of-day",
        ));
    }
}

#[inline(never)]
fn relative_unit(h: &Hay, out: &mut Vec<Cand>) {
    let text = h.text;
    for c in REL_UNIT.captures_before(h, &REL_UNIT_SUFFIX) {
        let (Some(all), Some(u)) = (c.get(0), c.name("u")) else {
            continue;
        };
        let Some(unit) = unit_of(u.as_str()) else {
            continue;
        };
        // "ABC's \"This Week\"": a capitalized unit mid-sentence is a title.
        if capitalized(u.as_str())
            && !text[..all.start()].trim_end().is_empty()
            && !text[..all.start()]
                .trim_end()
                .ends_with(['.', '!', '?', '\n'])
        {
            continue;
        }
        let r = group(&c, "r").unwrap_or_default();
        let r = r.split_whitespace().collect::<Vec<_>>().join(" ");
        let n = match r.as_str() {
            "this" | "current" | "the current" | "the" | "the full" | "the entire"
            | "the whole" => 0,
            "last" | "past" | "the past" | "the last" | "this past" => -1,
            _ => 1,
        };
        if r == "the" {
            // "the week" / "the year" alone: only as a time ("during the week"), not "the year's
            // best" nor a compound ("the year-ago results", "the week-long strike").
            let next = super::word_after(text, all.end()).lower();
            // "by the end of the decade", "for the rest of the decade": the current one (alone,
            // "the decade" is most often one named before: "the 1990s … the decade").
            let rest_of = unit == Unit::Decade && {
                let b = text[..all.start()].trim_end().as_bytes();
                let ends =
                    |w: &[u8]| b.len() >= w.len() && b[b.len() - w.len()..].eq_ignore_ascii_case(w);
                ends(b"end of") || ends(b"rest of")
            };
            if (matches!(unit, Unit::Decade | Unit::Century | Unit::Quarter) && !rest_of)
                || matches!(
                    next.as_str(),
                    "before"
                        | "after"
                        | "earlier"
                        | "later"
                        | "of"
                        | "ago"
                        | "s"
                        | "ended"
                        | "ending"
                        | "to"
                        | "that"
                        | "when"
                        | "in"
                )
                || text[all.end()..].starts_with(['\'', '-'])
            {
                continue;
            }
        }
        // "the last week of the campaign": the end of some other period, not last week ("the
        // past week of protests" stays the week just past).
        if r == "the last" && super::word_after(text, all.end()).eq_ignore_ascii_case("of") {
            continue;
        }
        let v = if unit == Unit::Weekend {
            Value::Shift {
                unit: Unit::Weekend,
                n: Some(n),
                gran: Unit::Weekend,
                anchor: Anchor::Speech,
            }
        } else {
            Value::Shift {
                unit,
                n: Some(n),
                gran: unit,
                anchor: Anchor::Speech,
            }
        };
        out.push(Cand::new(all, TimexType::Date, v, "deictic:this-last-next"));
    }
}

#[inline(never)]
fn weekday(h: &Hay, out: &mut Vec<Cand>) {
    let text = h.text;
    for c in WEEKDAY.captures_before(h, &WEEKDAY_SUFFIX) {
        let (Some(all), Some(w)) = (c.get(0), c.name("wd")) else {
            continue;
        };
        if !capitalized(w.as_str()) {
            continue;
        }
        let Some(wd) = weekday_of(w.as_str()) else {
            continue;
        };
        // "The Sunday Times", "the Monday Club": a weekday inside a capitalized name.
        let next = super::word_after(text, all.end());
        if c.name("r").is_none()
            && super::word_before(text, all.start()) == "the"
            && capitalized(next)
            && super::month_of(next).is_none()
        {
            continue;
        }
        let dir = match group(&c, "r")
            .as_deref()
            .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
            .as_deref()
        {
            Some("last") | Some("this past") | Some("past") => Dir::Last,
            Some("next") | Some("this coming") | Some("coming") => Dir::Next,
            Some("this") => Dir::This,
            // "the previous Friday", "the following Monday": before or after the narrative's day.
            Some(r) if r.starts_with("the ") => {
                let dir = if matches!(r, "the previous" | "the preceding") {
                    Dir::Last
                } else {
                    Dir::Next
                };
                out.push(Cand::new(
                    all,
                    TimexType::Date,
                    Value::Weekday { wd, dir },
                    "anaphoric:weekday",
                ));
                continue;
            }
            _ => Dir::Tense,
        };
        out.push(Cand::new(
            all,
            TimexType::Date,
            Value::Weekday { wd, dir },
            "deictic:weekday",
        ));
    }
}

#[inline(never)]
fn ago(h: &Hay, out: &mut Vec<Cand>) {
    for c in AGO.captures_before_if(h, &AGO_SUFFIX, ago_at) {
        let (Some(all), Some(u)) = (c.get(0), c.name("u")) else {
            continue;
        };
        let Some(unit) = unit_of(u.as_str()) else {
            continue;
        };
        let sign = if group(&c, "d").is_some_and(|d| d == "ago") {
            -1
        } else {
            1
        };
        let v = match amount_of(&c) {
            Some(Amount::N(n)) if n.fract() == 0.0 => Value::Shift {
                unit,
                n: Some(sign * n as i64),
                gran: gran_for(unit),
                anchor: Anchor::Speech,
            },
            Some(_) => Value::Ref(if sign < 0 { "PAST_REF" } else { "FUTURE_REF" }),
            None => continue,
        };
        out.push(Cand::new(all, TimexType::Date, v, "deictic:ago"));
    }
}

// "will return in three days": a future date (the extent is the length; TimeML leaves "in" out).
#[inline(never)]
fn in_n_units(h: &Hay, out: &mut Vec<Cand>) {
    let text = h.text;
    for c in IN_N.captures_before_if(h, &super::duration::UNIT_SUFFIX, in_n_at) {
        let (Some(x), Some(u)) = (c.name("x"), c.name("u")) else {
            continue;
        };
        let Some(unit) = unit_of(u.as_str()) else {
            continue;
        };
        if !c
            .get(0)
            .is_some_and(|m| m.as_str().lower().starts_with("in"))
        {
            continue;
        }
        let next = super::word_after(text, x.end()).lower();
        if matches!(
            next.as_str(),
            "of" | "ago" | "time" | "later" | "earlier" | "before" | "after"
        ) {
            continue;
        }
        let Some(Amount::N(n)) = amount_of(&c) else {
            continue;
        };
        if n.fract() != 0.0 || !future_clause(text, x.start()) || after_superlative(text, x.start())
        {
            continue;
        }
        out.push(Cand::new(
            x,
            TimexType::Date,
            Value::Shift {
                unit,
                n: Some(n as i64),
                gran: gran_for(unit),
                anchor: Anchor::Speech,
            },
            "deictic:in-n-units",
        ));
    }
}

#[inline(never)]
fn references(h: &Hay, out: &mut Vec<Cand>) {
    for c in REFS.captures_before(h, &REFS_SUFFIX) {
        let Some(all) = c.get(0) else { continue };
        // "the past three summers", "the past few elections": a counted span of things that
        // are not time units (those are found whole), not "the past".
        if c.name("past").is_some() && all.as_str().ends_with("past") {
            let next = super::word_after(h.text, all.end()).lower();
            if next.starts_with(|ch: char| ch.is_ascii_digit())
                || LEX.numbers.contains(&next)
                || matches!(next.as_str(), "few" | "several" | "many" | "couple")
            {
                continue;
            }
        }
        let v = if c.name("now").is_some() {
            "PRESENT_REF"
        } else if c.name("past").is_some() {
            "PAST_REF"
        } else {
            "FUTURE_REF"
        };
        out.push(Cand::new(
            all,
            TimexType::Date,
            Value::Ref(v),
            "deictic:ref",
        ));
    }
}

/// Whether `next`, the word after a noun phrase, can follow it (punctuation, a function word),
/// rather than being the noun that an adjective before it qualifies.
fn ends_phrase(next: &str) -> bool {
    next.is_empty()
        || any_of(
            next,
            &[
                "and", "or", "but", "to", "at", "in", "of", "on", "for", "from", "with", "as",
                "when", "if", "the", "a", "an", "it", "its", "he", "she", "they", "we", "is",
                "was", "will", "would", "could", "should", "may", "might", "than",
            ],
        )
}

// "by year-end": this year, at its end; "since year-end": the last year's end (the preposition
// alone says so, whatever the reference date).
#[inline(never)]
fn year_end(h: &Hay, out: &mut Vec<Cand>) {
    for c in YEAR_END.captures_iter(h) {
        let (Some(x), Some(p)) = (c.name("x"), c.name("p")) else {
            continue;
        };
        // "before year-end bonuses": an adjective before its noun.
        if !ends_phrase(super::word_after(h.text, x.end())) {
            continue;
        }
        let p_low = p.as_str().lower();
        let n = if p_low == "since" { -1 } else { 0 };
        // "around year end" is approximate, like "around" before any time (`modifiers.tsv`).
        let (all, modifier) = match (c.get(0), p_low.as_str()) {
            (Some(all), "around") => (all, "APPROX"),
            _ => (x, "END"),
        };
        let mut cand = Cand::new(
            all,
            TimexType::Date,
            Value::Shift {
                unit: Unit::Year,
                n: Some(n),
                gran: Unit::Year,
                anchor: Anchor::Speech,
            },
            "deictic:year-end",
        );
        cand.modifier = Some(modifier);
        out.push(cand);
    }
}
