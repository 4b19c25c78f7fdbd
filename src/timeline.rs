//! The timeline: one entry per dated event, chronologically.
//!
//! - An event is a sentence with a date-valued time expression (vague values such as
//!   PRESENT_REF, durations and sets alone do not date anything). With several expressions in a
//!   sentence, the most specific one dates the event; the others are listed after it.
//! - A sentence joining a clause about the past to one about the future ("The bank cut rates on
//!   May 8 and will meet again on June 19") holds two events, each dated by its own clause.
//! - "X comes one day after Y happened": the clause after a length + "after"/"before" is an
//!   event of its own, placed relative to the event the subject refers to ("This announcement" →
//!   the earlier sentence that announced something), else to the last dated event; a day named
//!   earlier in the same sentence comes first ("approved the bill on Tuesday, a week after
//!   protesters marched"). When the length opens the sentence ("Two days after the meeting, the
//!   unions struck"), the phrase after "after"/"before" names the earlier event and the clause
//!   after the comma is placed. A plan ("would hold an assembly two days after the ministers'
//!   meeting") is placed from the event the words after "after" name, and scheduled.
//! - Status: scheduled (future tense: "would be in Moscow this week"), background ("since 2022",
//!   open-ended) or reported.
//! - Order: by first day (a scheduled event in a period containing the reference date is placed
//!   at the reference date), then value (same dates grouped), then text order.

use crate::date::Date;
use crate::model::{Entity, EventStatus, Mention, TimelineEntry, Timex, TimexType};
use crate::span::Span;
use crate::temporal::resolve::period;
use crate::temporal::{tense, Found};
use crate::text::hash::Lower;
use crate::text::Doc;

fn specificity(g: &str) -> u8 {
    match g {
        "time" => 0,
        "day" => 1,
        "weekend" => 2,
        "week" => 3,
        "month" => 4,
        "season" => 5,
        "quarter" => 6,
        "half" => 7,
        "year" => 8,
        "decade" => 9,
        _ => 10,
    }
}

/// Entities with a mention inside `span`, in order of first mention, without repeats.
fn entities_in(mentions: &[Mention], ordered: bool, span: Span) -> Vec<usize> {
    let mut out = Vec::new();
    // Mentions come in text order (stage 6): only those starting inside `span` can lie in it, so
    // a binary search finds the first and the walk stops past the end (not a scan of all mentions
    // per entry, which was quadratic in the text). `ordered`: whether they are (else a full scan).
    let (lo, hi) = if ordered {
        let lo = mentions.partition_point(|m| m.start < span.start);
        (
            lo,
            lo + mentions[lo..].partition_point(|m| m.start <= span.end),
        )
    } else {
        (0, mentions.len())
    };
    for m in &mentions[lo..hi] {
        if m.start >= span.start && m.end <= span.end && !out.contains(&m.entity) {
            out.push(m.entity);
        }
    }
    out
}

/// True when the words before a length are nothing, or one word that only qualifies it ("Just",
/// "Only", "About"): the length opens its sentence.
fn opens_sentence(lead: &str) -> bool {
    let lead = lead.trim();
    lead.is_empty()
        || matches!(
            lead.lower().as_str(),
            "just"
                | "only"
                | "about"
                | "some"
                | "barely"
                | "exactly"
                | "nearly"
                | "almost"
                | "around"
                | "roughly"
                | "less than"
                | "more than"
                | "over"
        )
}

/// A word's stem for matching an event noun to an earlier verb ("announcement" ~ "announced").
fn stem(w: &str) -> String {
    w.lower().chars().take(6).collect()
}

/// The stems of the words of six letters or more in `text` (the words that can name an event).
fn stems(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| w.len() >= 6)
        .map(stem)
        .collect()
}

/// The latest of the last 20 dated events whose sentence shares a stem with `words`
/// ("announcement" and "announced" share "announ").
fn naming<'a>(doc: &Doc, dated: &'a [Dated], words: &[String]) -> Option<&'a Dated> {
    dated.iter().rev().take(20).find(|d| {
        let st = doc.sentences[d.sentence].span;
        stems(&doc.text[st.start..st.end])
            .iter()
            .any(|w| words.contains(w))
    })
}

/// `d.to_string()` ("2025-03-13") without the formatting machinery.
fn iso(d: Date) -> String {
    if !(0..=9999).contains(&d.year) || d.month > 99 || d.day > 99 {
        return d.to_string();
    }
    let y = d.year as u32;
    // Digits, and 10 where a dash goes (no digit: `from_digit` gives none).
    let digits = [
        y / 1000,
        y / 100 % 10,
        y / 10 % 10,
        y % 10,
        10,
        d.month / 10,
        d.month % 10,
        10,
        d.day / 10,
        d.day % 10,
    ];
    digits
        .iter()
        .map(|&x| char::from_digit(x, 10).unwrap_or('-'))
        .collect()
}

/// Words that join two clauses of a sentence (with the spaces around them).
const COORDINATORS: [&str; 7] = [
    ", and ",
    " and ",
    ", but ",
    " but ",
    "; ",
    ", while ",
    ", whereas ",
];

/// A dating expression: its index in the times, the first and last day of the period it names, and
/// the period's granularity.
type Dating = (usize, Date, Date, &'static str);

/// The events of a sentence: the sentence with all its dating expressions, or, where a clause
/// about the past is joined to one about the future ("The bank cut rates on May 8 and will meet
/// again on June 19"), each clause with its own: they are two events, one reported and one
/// scheduled. A split falls at the last joining word between two datings of different tense
/// that is followed by a word in lower case; the first part ends before it, the second starts
/// after it.
fn clauses(
    doc: &Doc,
    sentence: Span,
    found: &[Found],
    mut datings: Vec<Dating>,
) -> Vec<(Span, Vec<Dating>)> {
    if datings.len() < 2 {
        return vec![(sentence, datings)];
    }
    crate::sort::sort_by_key(&mut datings, |d| found[d.0].span.start);
    let text = &doc.text;
    let future: Vec<bool> = datings
        .iter()
        .map(|d| tense::is_future(doc, found[d.0].span))
        .collect();
    let mut out = Vec::new();
    let (mut start, mut first) = (sentence.start, 0);
    for k in 1..datings.len() {
        if future[k] == future[k - 1] {
            continue;
        }
        let (a, b) = (
            found[datings[k - 1].0].span.end,
            found[datings[k].0].span.start,
        );
        let Some(between) = text.get(a..b) else {
            continue;
        };
        // A clause starts after the joining word: in lower case ("and will meet", "but its
        // leaders"), not a name going on ("Immigration and Naturalization Service").
        let starts_clause = |i: usize| {
            text[a + i..]
                .chars()
                .next()
                .is_some_and(|c| c.is_lowercase())
        };
        let Some((at, len)) = COORDINATORS
            .iter()
            .filter_map(|c| {
                between
                    .match_indices(c)
                    .map(|(i, _)| (i, c.len()))
                    .filter(|&(i, n)| starts_clause(i + n))
                    .last()
            })
            .max()
        else {
            continue;
        };
        let end = a + between[..at]
            .trim_end_matches(|c: char| {
                c == ',' || c == ';' || c == '—' || c == '–' || c.is_whitespace()
            })
            .len();
        out.push((Span::new(start, end), datings[first..k].to_vec()));
        (start, first) = (a + at + len, k);
    }
    out.push((Span::new(start, sentence.end), datings[first..].to_vec()));
    out
}

struct Dated {
    sentence: usize,
    time: usize,
    from: Date,
    gran: &'static str,
}

/// An event first dated after the reference date has not happened when the story was written: a
/// reported one is scheduled ("The summit is on June 20", "parliament breaks two days later").
fn not_yet(status: EventStatus, from: Date, reference: Option<Date>) -> EventStatus {
    match reference {
        Some(r) if status == EventStatus::Reported && from > r => EventStatus::Scheduled,
        _ => status,
    }
}

/// Stage 10: builds timeline entries from resolved times, sentences and mentions. `dateline`: the
/// span of the text's dateline, if it has one ([`crate::temporal::dateline::detect`]): its date
/// says when the story was filed, so in its sentence another date, if any, dates the event
/// ("LONDON, June 3, 2026 (Reuters) - The bank cut rates on Tuesday" → Tuesday).
pub fn build(
    doc: &Doc,
    mentions: &[Mention],
    _entities: &[Entity],
    found: &[Found],
    times: &[Timex],
    reference: Option<Date>,
    dateline: Option<Span>,
) -> Vec<TimelineEntry> {
    let text = &doc.text;
    let ordered = mentions.windows(2).all(|w| w[0].start <= w[1].start);
    // The entries, and beside each the day it is ordered by.
    let mut entries: Vec<TimelineEntry> = Vec::new();
    let mut keys: Vec<Date> = Vec::new();
    let mut dated: Vec<Dated> = Vec::new();
    // Times are in text order: walk them alongside the sentences.
    let mut next_time = 0;
    for (si, s) in doc.sentences.iter().enumerate() {
        while next_time < found.len() && found[next_time].span.start < s.span.start {
            next_time += 1;
        }
        let mut in_s: Vec<usize> = Vec::new();
        let mut k = next_time;
        while k < found.len().min(times.len()) && found[k].span.start < s.span.end {
            if found[k].span.end <= s.span.end {
                in_s.push(k);
            }
            k += 1;
        }
        if in_s.is_empty() {
            continue;
        }
        let durations: Vec<usize> = in_s
            .iter()
            .copied()
            .filter(|&i| times[i].ty == TimexType::Duration)
            .collect();
        // Dating expressions: date or time values naming a period. A dateline's date is when
        // the story was filed: another date in its sentence, if any, dates the event.
        let dates = |i: &usize| matches!(times[*i].ty, TimexType::Date | TimexType::Time);
        let filed = |i: &usize| dateline.is_some_and(|dl| dl.contains(&found[*i].span));
        let own_date = in_s.iter().any(|i| dates(i) && !filed(i));
        // A date line or byline ("October 22, 2026", "By Jane Doe | March 12, 2025", "Updated
        // 9:41 AM EST, Mon January 12, 2026"): nothing follows the dateline in its sentence, and
        // nothing but a clock time comes before it, so no event.
        let clock_before = |i: &usize| {
            times[*i].ty == TimexType::Time
                && dateline.is_some_and(|dl| found[*i].span.end <= dl.start)
        };
        if !in_s
            .iter()
            .any(|i| dates(i) && !filed(i) && !clock_before(i))
            && in_s.iter().any(filed)
            && dateline.is_some_and(|dl| {
                !text[dl.end.clamp(s.span.start, s.span.end)..s.span.end]
                    .contains(char::is_alphanumeric)
            })
        {
            continue;
        }
        let datings: Vec<Dating> = in_s
            .iter()
            .copied()
            .filter(|i| dates(i) && !(own_date && filed(i)))
            .filter_map(|i| {
                let v = times[i].value.as_deref()?;
                let (f, t, g) = period(v)?;
                Some((i, f, t, g))
            })
            .collect();
        // A length + after/before + clause: an event placed relative to another one.
        for &di in &durations {
            let f = &found[di];
            // "at least 30 days before": no one day to place the clause on; "eight trading days
            // after": no count of calendar days.
            if f.modifier.is_some()
                || ["trading", "business", "working", "school"]
                    .iter()
                    .any(|w| text[f.span.start..f.span.end].contains(w))
            {
                continue;
            }
            let after = text[f.span.end..s.span.end].trim_start();
            let dir = if after.starts_with("after ") {
                -1
            } else if after.starts_with("before ") {
                1
            } else {
                continue;
            };
            let clause_start = s.span.end - after.len() + if dir < 0 { 6 } else { 7 };
            let mut clause = Span::new(clause_start, s.span.end);
            // The words that name the earlier event: by default the subject before the length (a
            // noun before it matching an earlier verb: "This announcement comes one day after…").
            let mut refers = Span::new(s.span.start, f.span.start);
            let mut dir = dir;
            let opening = opens_sentence(&text[s.span.start..f.span.start]);
            if opening {
                // "Two days after the ministers' meeting, the unions struck": the length opens the
                // sentence, so the phrase after "after" names the earlier event and the clause
                // after the comma is the new one, placed the other way.
                let Some(comma) = text[clause.start..clause.end].find(',') else {
                    continue;
                };
                refers = Span::new(clause.start, clause.start + comma);
                let rest = &text[clause.start + comma + 1..clause.end];
                clause = Span::new(clause.end - rest.trim_start().len(), clause.end);
                if clause.start >= clause.end {
                    continue;
                }
                dir = -dir;
            } else if datings
                .iter()
                .any(|d| found[d.0].span.start == clause.start)
            {
                // "struck two days after March 3": a date, not an event, follows the length.
                continue;
            }
            // "Two days after March 3, the unions struck": the date named is the anchor.
            let named = datings
                .iter()
                .filter(|d| opening && d.3 == "day")
                .find(|d| {
                    refers.start <= found[d.0].span.start && found[d.0].span.end <= refers.end
                })
                .map(|&(time, from, _, gran)| (time, from, gran));
            let subject = stems(&text[refers.start..refers.end]);
            // "Parliament approved the bill on Tuesday, a week after protesters marched": the
            // sentence's own day, before the length, is the event the clause is placed from (a
            // day: a clock time alone, "at 6 a.m.", names none).
            let own = datings
                .iter()
                .rfind(|d| found[d.0].span.end <= f.span.start && d.3 == "day")
                .filter(|_| !opening)
                .map(|&(time, from, _, gran)| (time, from, gran));
            let anchor = named.or(own).or_else(|| {
                naming(doc, &dated, &subject)
                    .or(dated.last())
                    .map(|d| (d.time, d.from, d.gran))
            });
            // "The union would hold an assembly two days after the ministers' meeting": a plan set
            // after an event named earlier ("Transport ministers will meet on Monday, March 17").
            // The words after "after" name the anchor, and the plan before the length is the
            // event placed, scheduled. A plan whose anchor is not found is placed nowhere: its
            // own subject names no dated event.
            let mut status = EventStatus::Reported;
            let mut anchor = anchor;
            if !opening && named.is_none() && own.is_none() && tense::is_future(doc, f.span) {
                let Some(d) = naming(doc, &dated, &stems(&text[clause.start..clause.end])) else {
                    continue;
                };
                anchor = Some((d.time, d.from, d.gran));
                let plan = text[s.span.start..f.span.start].trim_end().len();
                clause = Span::new(s.span.start, s.span.start + plan);
                (dir, status) = (-dir, EventStatus::Scheduled);
            }
            let Some((a_time, a_from, a_gran)) = anchor else {
                continue;
            };
            let Some(crate::temporal::Value::Duration {
                n: crate::temporal::lexicon::Amount::N(n),
                unit,
            }) = Some(&f.value).cloned()
            else {
                continue;
            };
            let days = match unit {
                crate::temporal::lexicon::Unit::Day => n,
                crate::temporal::lexicon::Unit::Week => 7.0 * n,
                _ => continue,
            } as i64;
            if a_gran != "day" && a_gran != "time" {
                continue;
            }
            // "blocked the law on Friday, four days before it was to take effect on July 1": a
            // clause that names its own day is dated by it.
            let own_day = datings.iter().find(|d| {
                d.3 == "day"
                    && clause.start <= found[d.0].span.start
                    && found[d.0].span.end <= clause.end
            });
            let (a_time, day) = match own_day {
                Some(&(t, from, _, _)) => (t, from),
                None => match a_from.add_days(dir * days) {
                    Some(day) => (a_time, day),
                    None => continue,
                },
            };
            let status = not_yet(status, day, reference);
            let e = TimelineEntry {
                value: iso(day),
                start: clause.start,
                end: clause.end,
                // Filled in from the input at the end, with every covered text (pipeline, stage 11).
                text: String::new(),
                entities: entities_in(mentions, ordered, clause),
                times: vec![a_time, di],
                granularity: "day".into(),
                from: Some(iso(day)),
                to: Some(iso(day)),
                status,
                open_ended: false,
                durations: vec![di],
            };
            entries.push(e);
            keys.push(day);
        }
        if datings.is_empty() {
            continue;
        }
        for (span, mut datings) in clauses(doc, s.span, found, datings) {
            // The most specific dates the event; ties keep text order.
            crate::sort::sort_by_key(&mut datings, |(i, _, _, g)| (specificity(g), *i));
            let (ti, from, mut to, gran) = datings[0];
            let f = &found[ti];
            // "March 5-7": the event runs to the range's last day.
            if let Some(&(_, _, end, _)) = datings
                .iter()
                .find(|d| d.0 == ti + 1 && found[d.0].rule == "absolute:day-range-end")
            {
                to = to.max(end);
            }
            // At most 80 bytes back, within the clause.
            let back = f.span.start.saturating_sub(span.start).min(80);
            let before = crate::text::tail(text, f.span.start, back)
                .trim_end()
                .lower();
            let since = before.ends_with("since") || before.ends_with("since their") || {
                // "since their surprise offensive in August 2024": "since" governs the phrase.
                let words: Vec<&str> = before.rsplit(' ').take(6).collect();
                words.contains(&"since") && !words.iter().any(|w| w.ends_with(','))
            };
            let status = if tense::is_future(doc, f.span) {
                EventStatus::Scheduled
            } else if since {
                EventStatus::Background
            } else {
                not_yet(EventStatus::Reported, from, reference)
            };
            let value = times[ti].value.clone().unwrap_or_default();
            let mut ids: Vec<usize> = vec![ti];
            ids.extend(datings.iter().skip(1).map(|d| d.0));
            let e = TimelineEntry {
                value,
                start: span.start,
                end: span.end,
                text: String::new(),
                entities: entities_in(mentions, ordered, span),
                times: ids,
                granularity: gran.to_string(),
                from: Some(iso(from)),
                to: Some(iso(to)),
                status,
                open_ended: since,
                durations: durations.clone(),
            };
            dated.push(Dated {
                sentence: si,
                time: ti,
                from,
                gran,
            });
            // A scheduled event in a period that contains the reference date is placed, for
            // ordering, at the reference date: it has not happened yet.
            let key = match reference {
                Some(r) if status == EventStatus::Scheduled && from < r && r <= to => r,
                _ => from,
            };
            entries.push(e);
            keys.push(key);
        }
    }
    // By day, then value, then position in the text; stable. The entries are moved in place: a
    // second vector of them would stand beside the first at the stage's peak (a long text's
    // timeline is its last large allocation).
    let order = crate::sort::order_by(entries.len(), |a, b| {
        let (x, y) = (&entries[a], &entries[b]);
        (keys[a], &x.value, x.start).cmp(&(keys[b], &y.value, y.start))
    });
    crate::sort::permute(&mut entries, order);
    entries
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_match_display() {
        for (y, m, d) in [
            (2025, 3, 13),
            (1, 1, 1),
            (999, 12, 31),
            (9999, 2, 28),
            (2024, 2, 29),
        ] {
            if let Some(x) = Date::new(y, m, d) {
                assert_eq!(iso(x), x.to_string());
            }
        }
        let odd = Date {
            year: -44,
            month: 3,
            day: 15,
        };
        assert_eq!(iso(odd), odd.to_string());
    }
}
