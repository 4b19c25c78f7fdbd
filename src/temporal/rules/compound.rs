//! Lengths of several units: "3 hours and 20 minutes", "2 hours, 9 minutes and 41 seconds", "two
//! years and six months" are one duration (PT3H20M, PT2H9M41S, P2Y6M), as the TIMEX3 guidelines
//! mark them, not two or three. Runs over the settled candidates: no pattern of its own.

use super::Cand;
use crate::span::Span;
use crate::temporal::lexicon::{Amount, Unit};
use crate::temporal::value::Value;

/// A unit's place in a compound (larger first), its TIMEX3 letter, whether it is a time unit
/// (after `T`) and how many of it make the next larger unit.
type Place = (u8, char, bool, u32);

/// The [`Place`] of a unit that may be part of a compound. Weeks, quarters and longer units do
/// not join: ISO writes weeks alone.
fn place(unit: Unit) -> Option<Place> {
    Some(match unit {
        Unit::Year => (6, 'Y', false, u32::MAX),
        Unit::Month => (5, 'M', false, 12),
        Unit::Day => (4, 'D', false, 31),
        Unit::Hour => (3, 'H', true, 24),
        Unit::Minute => (2, 'M', true, 60),
        Unit::Second => (1, 'S', true, 60),
        _ => return None,
    })
}

/// A whole number of a unit that may join a compound: "20 minutes", "an hour" (not "several
/// days", "2.5 hours" or another rule's length). Only a `first` part may have a modifier ("about
/// 3 hours and 20 minutes").
fn part(c: &Cand, first: bool) -> Option<(u32, Place)> {
    match c.value {
        Value::Duration {
            n: Amount::N(n),
            unit,
        } if c.rule == "duration:number-unit"
            && (first || c.modifier.is_none())
            && n >= 1.0
            && n.fract() == 0.0
            && n < 1e6 =>
        {
            Some((n as u32, place(unit)?))
        }
        _ => None,
    }
}

/// Whether the text `between` two parts joins them: a space, "and" or ", and", or a comma
/// unless the second part counts something ("within 48 hours, 20 minutes of footage leaked").
fn joins(between: &str, after: &str) -> bool {
    let t = between.trim_start_matches(' ').trim_end_matches(' ');
    let (comma, t) = match t.strip_prefix(',') {
        Some(rest) => (true, rest.trim_start_matches(' ')),
        None => (false, t),
    };
    let counts = after.trim_start_matches(' ').starts_with("of ");
    between.len() <= 7
        && match t {
            "" => !(between.is_empty() || comma && counts),
            _ => t.eq_ignore_ascii_case("and"),
        }
}

/// Joins each run of lengths in strictly falling units ("3 hours" "and" "20 minutes") into one
/// candidate spanning them, with the first one's modifier ("about 3 hours and 20 minutes"), valued
/// "PT3H20M", "PT2H9M41S", "P1DT12H".
pub fn join(text: &str, kept: Vec<Cand>) -> Vec<Cand> {
    let mut out: Vec<Cand> = Vec::with_capacity(kept.len());
    // The place of the last part of `out`'s last candidate while it may take another, and the
    // value so far.
    let mut last: Option<Place> = None;
    let mut value = String::new();
    for c in kept {
        let after = text.get(c.span.end..).unwrap_or("");
        if let (Some(p), Some(k), Some((n, u))) = (last, out.last_mut(), part(&c, false)) {
            // Units falling, each fewer than make the unit before ("3 hours and 20 minutes",
            // not "2 days and 36 hours").
            if u.0 < p.0
                && n < u.3
                && text
                    .get(k.span.end..c.span.start)
                    .is_some_and(|b| joins(b, after))
            {
                if u.2 && !p.2 {
                    value.push('T');
                }
                value.push_str(&format!("{n}{}", u.1));
                k.span = Span::new(k.span.start, c.span.end);
                k.value = Value::Compound(value.clone());
                k.rule = "duration:compound";
                last = Some(u);
                continue;
            }
        }
        last = None;
        if let Some((n, u)) = part(&c, true) {
            value = format!("P{}{n}{}", if u.2 { "T" } else { "" }, u.1);
            last = Some(u);
        }
        out.push(c);
    }
    out
}
