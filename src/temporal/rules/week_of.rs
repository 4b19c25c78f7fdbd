//! "the week of March 24", "Easter week": the ISO week holding a named day. A day with a month
//! ("March 24", "Dec. 2, 2024") after "the week of", or a holiday before "week", is widened over
//! those words and valued as its week. Runs over the settled candidates: no pattern of its own.

use super::Cand;
use crate::span::Span;
use crate::temporal::value::Value;

/// The byte length of "week of " (or "the week of ") ending `before`, with a word boundary
/// before it.
fn week_of_before(before: &str) -> Option<usize> {
    let t = before.trim_end_matches(' ');
    if t.len() == before.len() {
        return None;
    }
    let head = t.strip_suffix(" of").or_else(|| t.strip_suffix(" Of"))?;
    let head = head.trim_end_matches(' ');
    let w = head.len().checked_sub(4)?;
    if !head.get(w..)?.eq_ignore_ascii_case("week") {
        return None;
    }
    let mut start = w;
    let pre = &head[..w];
    if pre.ends_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    let p = pre.trim_end_matches(' ');
    if p.len() < pre.len() && p.len() >= 3 {
        let a = p.len() - 3;
        if p.get(a..).is_some_and(|x| x.eq_ignore_ascii_case("the"))
            && !p[..a].ends_with(|c: char| c.is_alphanumeric())
        {
            start = a;
        }
    }
    Some(before.len() - start)
}

/// The byte length of " week" right after a holiday (not "weeks", "weekend").
fn week_after(after: &str) -> Option<usize> {
    let rest = after.strip_prefix(' ')?;
    let w = rest.get(..4).filter(|w| w.eq_ignore_ascii_case("week"))?;
    (!rest[w.len()..].starts_with(|c: char| c.is_alphanumeric())).then_some(5)
}

/// Widens the days and holidays that name a week; drops the candidates the widened ones cover
/// ("the week" of "the week of March 24").
pub fn widen(text: &str, kept: Vec<Cand>) -> Vec<Cand> {
    let mut out: Vec<Cand> = Vec::with_capacity(kept.len());
    for mut c in kept {
        let day = matches!(
            c.value,
            Value::Date {
                month: Some(_),
                day: Some(_),
                ..
            }
        );
        let holiday = matches!(c.value, Value::Holiday { .. });
        if c.modifier.is_none() && (day || holiday) {
            let before = week_of_before(&text[..c.span.start]);
            let after = if holiday && before.is_none() {
                week_after(&text[c.span.end..])
            } else {
                None
            };
            if before.is_some() || after.is_some() {
                c.span = Span::new(
                    c.span.start - before.unwrap_or(0),
                    c.span.end + after.unwrap_or(0),
                );
                c.value = Value::WeekOf(Box::new(c.value));
                c.rule = "absolute:week-of";
                while out.last().is_some_and(|p| p.span.overlaps(&c.span)) {
                    out.pop();
                }
            }
        }
        // A candidate a widened one now covers ("week" of "Easter week").
        if out.last().is_some_and(|p| p.span.overlaps(&c.span)) {
            continue;
        }
        out.push(c);
    }
    out
}
