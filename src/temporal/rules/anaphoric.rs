//! Anaphoric expressions, relative to an earlier time of the narrative: "the day before",
//! "the following week", "a month later", "that day", "the same day".

use super::{amount_of, gran_for, group, unit_of, word_after, Cand, Hay, Pattern};
use crate::model::TimexType;
use crate::temporal::lexicon::{Amount, Unit, LEX};
use crate::temporal::value::{Anchor, TimeOfDay, Value};
use std::sync::LazyLock;

pub(super) static THE_U_BEFORE: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        "anaphoric:the-unit-before",
        r"\bthe\s+(?P<u>day|week|month|year|night|morning|evening|afternoon|weekend)\s+(?P<d>before|after|earlier|later|prior)\b",
    )
});
/// The word every match of the patterns searched with it ends with (see
/// [`super::Pattern::captures_before`]).
pub(super) static UNIT_WORD_SUFFIX: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        "anaphoric:unit-word",
        r"\b(?:day|week|weekend|month|year|quarter|decade|century|morning|afternoon|evening|night)\b",
    )
});
pub(super) static THE_NEXT_U: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        "anaphoric:the-next-unit",
        r"\b(?:the\s+(?P<d>next|following|previous|preceding|prior|same|subsequent)|(?P<d2>following|preceding))\s+(?P<u>day|week|month|year|morning|afternoon|evening|night|weekend|quarter|decade)\b",
    )
});
/// A unit word ends a [`THE_NEXT_U`] match only right after one of its direction words (after
/// "the", or after punctuation in "following day").
pub(super) fn the_next_at(low: &str, at: usize) -> bool {
    super::token_before(low, at).is_some_and(|(_, w)| {
        [
            "next",
            "following",
            "previous",
            "preceding",
            "prior",
            "same",
            "subsequent",
        ]
        .iter()
        .any(|d| w.ends_with(d))
    })
}
/// A unit word ends a [`THAT_U`] match only right after "that" or "same".
pub(super) fn that_at(low: &str, at: usize) -> bool {
    super::token_before(low, at).is_some_and(|(_, w)| w.ends_with("that") || w.ends_with("same"))
}
pub(super) static THAT_U: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        "anaphoric:that-unit",
        r"\b(?:that|the\s+same)\s+(?P<u>day|week|month|year|quarter|morning|afternoon|evening|night|weekend)\b",
    )
});
/// The word every [`N_LATER`] match ends with (see [`Pattern::captures_before`]).
pub(super) static N_LATER_SUFFIX: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        "anaphoric:n-units-later",
        r"\b(?:later|earlier|before|after|afterwards|afterward|previously|prior)\b",
    )
});
/// "later" ends an [`N_LATER`] match only right after a unit word (`{UNIT}\s+later`).
pub(super) fn n_later_at(low: &str, at: usize) -> bool {
    super::unit_before(low, at, false)
}
/// "before" ends a [`THE_U_BEFORE`] match only right after one of its unit words.
pub(super) fn the_u_before_at(low: &str, at: usize) -> bool {
    super::token_before(low, at).is_some_and(|(_, w)| {
        matches!(
            w,
            "day"
                | "week"
                | "month"
                | "year"
                | "night"
                | "morning"
                | "evening"
                | "afternoon"
                | "weekend"
        )
    })
}
pub(super) static N_LATER: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        "anaphoric:n-units-later",
        r"\b(?P<n>{NUM})\s+(?P<u>{UNIT})\s+(?P<d>later|earlier|before|after|afterwards|afterward|previously|prior)\b",
    )
});

fn unit_part(u: &str) -> (Unit, Option<&'static str>) {
    match u {
        "morning" => (Unit::Day, Some("MO")),
        "afternoon" => (Unit::Day, Some("AF")),
        "evening" => (Unit::Day, Some("EV")),
        "night" => (Unit::Day, Some("NI")),
        _ => (LEX.units.get(u).copied().unwrap_or(Unit::Day), None),
    }
}

fn value(unit: Unit, n: i64, part: Option<&'static str>) -> (Value, TimexType) {
    let gran = if unit == Unit::Weekend {
        Unit::Weekend
    } else {
        unit
    };
    let v = Value::Shift {
        unit,
        n: Some(n),
        gran,
        anchor: Anchor::Narrative,
    };
    match part {
        Some(p) => (
            Value::WithTime {
                day: Some(Box::new(v)),
                tod: TimeOfDay::Part(p),
            },
            TimexType::Time,
        ),
        None => (v, TimexType::Date),
    }
}

/// Finds anaphoric expressions.
pub fn find(h: &Hay, out: &mut Vec<Cand>) {
    let text = h.text;
    for c in THE_U_BEFORE.captures_before_if(h, &N_LATER_SUFFIX, the_u_before_at) {
        let (Some(all), Some(u), Some(d)) = (c.get(0), group(&c, "u"), group(&c, "d")) else {
            continue;
        };
        let (unit, part) = unit_part(&u);
        let n = if matches!(d.as_str(), "before" | "earlier" | "prior") {
            -1
        } else {
            1
        };
        // "the day before authorities issued a warrant": "before" heads a clause; TimeML tags the
        // expression only when it stands alone ("spoke the day before, he added").
        if matches!(d.as_str(), "before" | "after" | "prior") {
            let next = word_after(text, all.end());
            if !next.is_empty()
                && !text[all.end()..]
                    .trim_start()
                    .starts_with([',', '.', ';', ':', ')', '"', '\'', '!', '?'])
            {
                continue;
            }
        }
        let (v, ty) = value(unit, n, part);
        out.push(Cand::new(all, ty, v, "anaphoric:the-unit-before"));
    }
    for c in THE_NEXT_U.captures_before_if(h, &UNIT_WORD_SUFFIX, the_next_at) {
        let (Some(all), Some(u)) = (c.get(0), group(&c, "u")) else {
            continue;
        };
        let d = group(&c, "d").or(group(&c, "d2")).unwrap_or_default();
        let (unit, part) = unit_part(&u);
        let n = match d.as_str() {
            "next" | "following" | "subsequent" => 1,
            "same" => 0,
            _ => -1,
        };
        let (v, ty) = value(unit, n, part);
        out.push(Cand::new(all, ty, v, "anaphoric:the-next-unit"));
    }
    for c in THAT_U.captures_before_if(h, &UNIT_WORD_SUFFIX, that_at) {
        let (Some(all), Some(u)) = (c.get(0), group(&c, "u")) else {
            continue;
        };
        let (unit, part) = unit_part(&u);
        let (v, ty) = value(unit, 0, part);
        out.push(Cand::new(all, ty, v, "anaphoric:that-unit"));
    }
    for c in N_LATER.captures_before_if(h, &N_LATER_SUFFIX, n_later_at) {
        let (Some(all), Some(u), Some(d)) = (c.get(0), c.name("u"), group(&c, "d")) else {
            continue;
        };
        let Some(unit) = unit_of(u.as_str()) else {
            continue;
        };
        if matches!(d.as_str(), "before" | "after") {
            // "one day after Putin visited": a length before a clause (TimeML: the duration alone).
            let next = word_after(text, all.end());
            if !next.is_empty() {
                continue;
            }
        }
        // "two years earlier than planned": a comparison of lengths, not a date (the duration alone).
        if matches!(d.as_str(), "earlier" | "later")
            && word_after(text, all.end()).eq_ignore_ascii_case("than")
        {
            continue;
        }
        let sign = if matches!(d.as_str(), "later" | "after" | "afterwards" | "afterward") {
            1
        } else {
            -1
        };
        let v = match amount_of(&c) {
            Some(Amount::N(n)) if n.fract() == 0.0 => Value::Shift {
                unit,
                n: Some(sign * n as i64),
                gran: gran_for(unit),
                anchor: Anchor::Narrative,
            },
            Some(_) => Value::Shift {
                unit,
                n: None,
                gran: gran_for(unit),
                anchor: Anchor::Narrative,
            },
            None => continue,
        };
        out.push(Cand::new(
            all,
            TimexType::Date,
            v,
            "anaphoric:n-units-later",
        ));
    }
}
