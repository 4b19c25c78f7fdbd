//! Modifiers written before an expression widen it and give it a TIMEX3 `mod`: "early 2023"
//! (START), "mid-March" (MID), "the end of the month" (END), "more than four hours" (MORE_THAN),
//! "about two years ago" (APPROX). The phrases and their mods are in `modifiers.tsv`. An "or so"
//! after a date or a length widens it too ("the next year or so": APPROX).

use super::Cand;
use crate::model::TimexType;
use crate::span::Span;
use crate::temporal::lexicon::LEX;
use crate::temporal::value::Value;

fn intern(m: &str) -> &'static str {
    match m {
        "START" => "START",
        "END" => "END",
        "MID" => "MID",
        "APPROX" => "APPROX",
        "MORE_THAN" => "MORE_THAN",
        "LESS_THAN" => "LESS_THAN",
        "EQUAL_OR_MORE" => "EQUAL_OR_MORE",
        "EQUAL_OR_LESS" => "EQUAL_OR_LESS",
        "BEFORE" => "BEFORE",
        "AFTER" => "AFTER",
        "ON_OR_BEFORE" => "ON_OR_BEFORE",
        "ON_OR_AFTER" => "ON_OR_AFTER",
        _ => "APPROX",
    }
}

/// If `before` (the text before an expression) ends with modifier `phrase` followed by spaces
/// (or "mid-"), the byte length of phrase + separator.
#[inline(never)]
fn ends_with_phrase(before: &str, phrase: &str) -> Option<usize> {
    let trimmed = before.trim_end_matches(' ');
    let sep = before.len() - trimmed.len();
    let (trimmed, sep) = if phrase == "mid" && sep == 0 && trimmed.ends_with('-') {
        (&trimmed[..trimmed.len() - 1], 1)
    } else {
        (trimmed, sep)
    };
    if sep == 0 {
        return None;
    }
    // Compare word by word, case-insensitively, with single spaces.
    let n = phrase.len();
    if trimmed.len() < n || !trimmed.is_char_boundary(trimmed.len() - n) {
        return None;
    }
    let tail = &trimmed[trimmed.len() - n..];
    if !tail.eq_ignore_ascii_case(phrase) {
        return None;
    }
    // A word boundary before the phrase.
    let pre = &trimmed[..trimmed.len() - n];
    if pre.chars().next_back().is_some_and(|c| c.is_alphanumeric()) {
        return None;
    }
    Some(n + sep + (before.len() - trimmed.len() - sep))
}

/// Whether modifier `phrase` (`m`, for the kinds of times `applies` names) may widen candidate `c`.
#[inline(never)]
fn allowed(text: &str, c: &Cand, phrase: &str, m: &str, applies: &str) -> bool {
    let is_len = c.ty == TimexType::Duration;
    let ok = match applies {
        "point" => !is_len,
        "length" => is_len,
        "ago" => !is_len && c.rule == "deictic:ago",
        _ => true,
    };
    if !ok {
        return false;
    }
    // "earlier"/"later" only before deictic words ("earlier this year", "late Friday").
    if matches!(phrase, "earlier" | "later")
        && !matches!(
            c.value,
            Value::Shift { .. } | Value::Weekday { .. } | Value::WithTime { .. }
        )
    {
        return false;
    }
    // "get around Wednesday's ruling": approximation words go with numbers, not names.
    if m == "APPROX"
        && !is_len
        && matches!(
            c.value,
            Value::Weekday { .. } | Value::Date { day: Some(_), .. } | Value::Holiday { .. }
        )
    {
        return false;
    }
    // "over the past three months": a preposition before a definite period, not "more than".
    !(is_len
        && matches!(phrase, "over" | "under" | "about" | "around" | "some")
        && c.span
            .slice(text)
            .get(..4)
            .is_some_and(|p| p.eq_ignore_ascii_case("the ")))
}

/// Where a modifier `phrase` starting at `start` widens a time to: before an article too, for a
/// one-word modifier ("the late 1970s").
#[inline(never)]
fn with_article(text: &str, start: usize, phrase: &str) -> usize {
    if !phrase.contains(' ') {
        let b2 = text[..start].trim_end_matches(' ');
        if b2.len() >= 3
            && b2
                .get(b2.len() - 3..)
                .is_some_and(|t| t.eq_ignore_ascii_case("the"))
            && !b2[..b2.len() - 3].ends_with(|ch: char| ch.is_alphanumeric())
            && b2.len() < start
        {
            return b2.len() - 3;
        }
    }
    start
}

/// "the next year or so", "two years or so": the byte length of an " or so" right after a
/// date or a length (not a set, nor a vague word), which widens it as an approximation.
#[inline(never)]
fn or_so_after(text: &str, c: &Cand) -> Option<usize> {
    if matches!(c.ty, TimexType::Set) || matches!(c.value, Value::Ref(_)) {
        return None;
    }
    let after = &text[c.span.end..];
    let rest = after.trim_start_matches(' ');
    let gap = after.len() - rest.len();
    let or = rest.get(..2).filter(|w| w.eq_ignore_ascii_case("or"))?;
    let rest2 = rest[or.len()..].trim_start_matches(' ');
    let gap2 = rest.len() - or.len() - rest2.len();
    let so = rest2.get(..2).filter(|w| w.eq_ignore_ascii_case("so"))?;
    let end_ok = !rest2[so.len()..].starts_with(|ch: char| ch.is_alphanumeric());
    (gap > 0 && gap2 > 0 && end_ok).then_some(gap + or.len() + gap2 + so.len())
}

/// Widens candidates over modifiers before them, and over an "or so" after them; drops a candidate the widened one now covers.
pub fn extend(text: &str, mut kept: Vec<Cand>) -> Vec<Cand> {
    let mut mods: Vec<&(String, String, String)> = LEX.modifiers.iter().collect();
    crate::sort::sort_by(&mut mods, |a, b| b.0.len().cmp(&a.0.len()));
    for c in kept.iter_mut() {
        if c.modifier.is_some()
            || matches!(c.ty, TimexType::Set)
            || matches!(c.value, Value::Ref(_))
        {
            continue;
        }
        let before = &text[..c.span.start];
        // The phrase test first: few phrases end where a time starts (small hot loops: see
        // `pipeline`).
        let found = mods.iter().find_map(|(phrase, m, applies)| {
            let len = ends_with_phrase(before, phrase)?;
            allowed(text, c, phrase, m, applies).then_some((len, phrase, m))
        });
        if let Some((len, phrase, m)) = found {
            let start = with_article(text, c.span.start - len, phrase);
            // An expression "the …" after "the end of" keeps its own article.
            c.span = Span::new(start, c.span.end);
            c.modifier = Some(intern(m));
        }
    }
    for c in kept.iter_mut() {
        if let Some(len) = or_so_after(text, c) {
            c.span = Span::new(c.span.start, c.span.end + len);
            c.modifier = c.modifier.or(Some("APPROX"));
        }
    }
    // A widened candidate may now cover the previous one ("the first half" of "the first half of March").
    let mut out: Vec<Cand> = Vec::with_capacity(kept.len());
    for c in kept {
        while out.last().is_some_and(|p| p.span.overlaps(&c.span)) {
            if out.last().is_some_and(|p| p.span.len() >= c.span.len()) {
                break;
            }
            out.pop();
        }
        if out.last().is_some_and(|p| p.span.overlaps(&c.span)) {
            continue;
        }
        out.push(c);
    }
    out
}
