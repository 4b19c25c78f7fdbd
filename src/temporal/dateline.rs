//! Reference-date detection from datelines, bylines and date lines near the top of the text.
//!
//! Accepted, within the first six non-empty lines:
//! - a line that is a date and little else: "Friday, July 21, 2017", "13 March 2025",
//!   "2025-03-13", "Published: 13 March 2025", "Updated March 13, 2025 at 5:02 p.m. EDT",
//!   "By Jane Doe | March 13, 2025";
//! - a date after a cue word anywhere on a line: "Published", "Updated", "Posted", "Filed",
//!   "Dateline", "Date:";
//! - a date followed by a dash that opens the story: "March 13, 2025 — The ministry said…",
//!   also with an agency or a place before the dash: "March 13, 2025 (Reuters) -",
//!   "13 March 2025, Lisbon –";
//! - a wire dateline "MOSCOW, March 13 (Reuters) -" / "WASHINGTON (AP) — March 13, 2025", with
//!   the place in capitals or in title case ("Lisbon, 13 March 2025 (Lusa) –", "Nairobi, Kenya
//!   (June 3, 2026) —"), and a press-release dateline "SAN FRANCISCO, June 3, 2026 /PRNewswire/ --".
//!
//! **Datelines without a year** ("MOSCOW, March 13 (Reuters) -"): the year is taken from the
//! latest full year the article itself mentions, leaving out years it looks ahead to (in a
//! future clause or after "by", "until": "aims to double trade by 2030") and a date in a
//! clause "since" opens ("the worst floods since 1988", "since records began in 1940", most often
//! years before the story): a wire story
//! names the current or an earlier year far more often than a later one. The lead's weekday
//! ("MARSEILLE, July 8 - … on Tuesday") is the dateline's day or the day before: when that year
//! puts the date on neither, the year is one the story looks back to ("founded in 2022"), and the
//! next year (up to three on) that puts the date on the weekday is taken; when none does, the
//! dateline stays without a year. With no year written
//! anywhere, no reference date is detected (relative dates stay unresolved) — guessing the
//! reader's clock would make the same text analyze differently on different days.
//!
//! A date inside a long sentence (a photo caption "…, in Russia, December 2, 2024.") is not a
//! date line.

use super::tense::Tense;
use super::value::{Dir, Value, Year};
use super::Found;
use crate::date::Date;
use crate::span::Span;
use crate::text::hash::Lower;
use crate::text::Doc;

const CUES: &[&str] = &[
    "published",
    "updated",
    "posted",
    "filed",
    "dateline",
    "date",
    "last updated",
    "last modified",
    "first published",
    "released",
    "issued",
];

fn is_dash(s: &str) -> bool {
    let t = s.trim_start();
    t.starts_with('—')
        || t.starts_with('–')
        || t.starts_with("- ")
        || t.starts_with("--")
        || t == "-"
}

/// Words left on a line once the date, weekday names, cue words, bylines and punctuation are gone.
fn leftover_words(line: &str) -> usize {
    let byline = line.split('|').count() > 1 || line.trim_start().lower().starts_with("by ");
    line.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .filter(|w| {
            let l = w.lower();
            !CUES.contains(&l.as_str())
                && !matches!(
                    l.as_str(),
                    "on" | "at"
                        | "am"
                        | "pm"
                        | "a"
                        | "m"
                        | "p"
                        | "utc"
                        | "gmt"
                        | "est"
                        | "edt"
                        | "pst"
                        | "pdt"
                        | "bst"
                        | "cet"
                )
                && !w.chars().all(|c| c.is_ascii_digit())
        })
        .count()
        .saturating_sub(if byline { 3 } else { 0 })
}

/// A wire dateline opening: upper-case place ("MOSCOW", "NEW YORK", "KYIV, Ukraine") then a comma
/// or an agency in brackets.
fn is_wire_place(prefix: &str) -> bool {
    let p = prefix.trim().trim_end_matches(',').trim();
    let first = p.split(',').next().unwrap_or("");
    let letters: Vec<char> = first.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()) && p.len() <= 40
}

/// A dateline's place in title case, before its date: "Nairobi, Kenya,", "Lisbon,", "St. Louis,
/// Mo.,", "Rio de Janeiro,". One to three comma-separated parts of one to four words, each word
/// capitalized save small words inside a part ("de", "of"), ending in a comma — or, when the date
/// follows in brackets (`bracketed`), in the place itself. A part may not open with a function
/// word or sentence opener ("In Paris, June 3, 2026 — …" is no dateline).
fn is_titled_place(prefix: &str, bracketed: bool) -> bool {
    let p = prefix.trim();
    let p = match (p.strip_suffix(','), bracketed) {
        (Some(p), false) => p.trim_end(),
        (_, true) => p,
        (None, false) => return false,
    };
    if p.is_empty() || p.len() > 40 || p.split(',').count() > 3 {
        return false;
    }
    p.split(',').all(|part| {
        let (mut n, mut last_cap) = (0, false);
        for w in part.split_whitespace() {
            let cap = w.starts_with(char::is_uppercase);
            let first_ok = n > 0 || (cap && !crate::entity::lexicon::is_non_name_word(w));
            if !first_ok || !(cap || crate::entity::datelines::SMALL.contains(&w)) {
                return false;
            }
            (n, last_cap) = (n + 1, cap);
        }
        (1..=4).contains(&n) && last_cap
    })
}

/// A dateline's place, in capitals or in title case (see [`is_wire_place`], [`is_titled_place`]).
fn is_place(prefix: &str, bracketed: bool) -> bool {
    is_wire_place(prefix) || is_titled_place(prefix, bracketed)
}

/// "WASHINGTON (AP) — ": a place and its agency in brackets, then a dash, right before the date.
/// (Only there: an agency's bracket earlier on the line says nothing of a date further on.)
fn after_agency(before: &str) -> bool {
    let b = before.trim_end();
    let Some(b) = ["—", "–", "--", "-"]
        .iter()
        .find_map(|d| b.strip_suffix(*d))
    else {
        return false;
    };
    b.trim_end()
        .strip_suffix(')')
        .and_then(|b| b.rfind('(').map(|i| &b[..i]))
        .is_some_and(|place| is_place(place, true))
}

/// What closes a dateline after its date: a dash, or an agency or newswire tag (up to 40 bytes in
/// brackets or slashes) and then a dash ("(Reuters) -", "/PRNewswire/ --", "(GLOBE NEWSWIRE) --").
/// The length of `after` up to the end of the tag (0 when the dash comes first).
fn closing(after: &str) -> Option<usize> {
    let t = after.trim_start();
    if is_dash(t) {
        return Some(0);
    }
    let close = match t.as_bytes().first()? {
        b'(' => b')',
        b'/' => b'/',
        _ => return None,
    };
    let end = t.bytes().skip(1).position(|c| c == close)? + 1;
    (end <= 40 && is_dash(&t[end + 1..])).then_some(after.len() - t.len() + end + 1)
}

/// "13 March 2025, Lisbon –" / "…, Lisbon (Lusa) –": a place after the date's comma, then what
/// closes a dateline. The length of `after` up to the end of the place or its tag.
fn place_then_closing(after: &str) -> Option<usize> {
    let rest = after.strip_prefix(',')?;
    let stop = ["—", "–", " - ", "--", "(", "/"]
        .iter()
        .filter_map(|d| rest.find(*d))
        .min()?;
    let place = &rest[..stop];
    if !is_place(place, true) {
        return None;
    }
    match closing(&rest[stop..])? {
        0 => Some(1 + place.trim_end().len()),
        k => Some(1 + stop + k),
    }
}

/// Stage 8: the article's date if a dateline, byline or date line states it, with the span that did.
pub fn detect(doc: &Doc, found: &[Found]) -> Option<(Date, Span)> {
    match read(doc, found)? {
        (Ok((date, _)), span) => Some((date, span)),
        (Err(_), _) => None,
    }
}

/// What [`read`] found: the dateline's date, with the span of the expression whose year it took
/// when the dateline writes none ("MOSCOW, June 3 (Reuters)" … "in 2026"); or its month and day
/// when neither the dateline nor the article writes a year.
pub type Read = Result<(Date, Option<Span>), (u32, u32)>;

/// [`detect`], or else a dateline that gives only a month and day in a text that writes no year
/// ("LONDON, Feb 27 (Reuters) -"): `Err((month, day))` with its span. The core never guesses the
/// year from the clock; a caller that knows when the text was pasted may (the page offers it).
pub fn read(doc: &Doc, found: &[Found]) -> Option<(Read, Span)> {
    let text = &doc.text;
    // The first six non-empty lines.
    let mut limit = 0;
    let mut n = 0;
    for (i, l) in text.split_inclusive('\n').scan(0usize, |pos, l| {
        let s = *pos;
        *pos += l.len();
        Some((s, l))
    }) {
        limit = i + l.len();
        if !l.trim().is_empty() {
            n += 1;
        }
        if n >= 6 || limit >= 1500 {
            break;
        }
    }
    let limit = limit.min(1500);
    // Every full year the article writes, with its span, but years it looks ahead to ("aims to
    // double trade by 2030", "will host the games in 2032"): a target says nothing of when the
    // story was written.
    let written_years = || {
        found
            .iter()
            .filter_map(|f| match f.value {
                // "in 2024", "the spring of 2025", "the third quarter of 2024", "Easter 2025".
                Value::Date { year, .. }
                | Value::Season { year, .. }
                | Value::Quarter { year, .. }
                | Value::Half { year, .. }
                | Value::Holiday { year, .. } => match year {
                    Year::Known(y) => Some((y, f)),
                    _ => None,
                },
                _ => None,
            })
            .filter(|&(_, f)| {
                !matches!(
                    super::tense::tense_cue(doc, f.span),
                    Some((_, Tense::Future)) | Some((1, Tense::Present))
                )
            })
    };
    let latest_year = || {
        written_years()
            // Nor a date in a clause "since" opens ("the worst floods since 1988", "the warmest
            // since records began in 1940", "the strongest since a quake in September 1999"):
            // the start of a stretch of time that reaches the story, most often years before it.
            .filter(|(_, f)| {
                !(matches!(f.value, Value::Date { .. }) && in_since_clause(text, f.span.start))
            })
            // Nor a year compared with ("240 seats, down from 303 in 2019", "compared with 49.8%
            // in the same period of 2024"): a past the story measures itself against.
            .filter(|(_, f)| {
                !(matches!(f.value, Value::Date { .. }) && compared(text, f.span.start))
            })
            .map(|(y, f)| (y, f.span))
            // The latest year; of its mentions, the first.
            .max_by_key(|&(y, span)| (y, std::cmp::Reverse(span.start)))
    };
    // No year the story is written in comes before a year it looks back to, "since" and
    // comparisons included ("has more than tripled since the end of 2023").
    let floor = || written_years().map(|(y, _)| y).max();
    let mut yearless = None;
    for f in found.iter().filter(|f| f.span.end <= limit) {
        // A date, or a clock time on one ("Updated: 6:05 PM EST Monday, January 12, 2026").
        let date = match &f.value {
            Value::WithTime { day: Some(v), .. } => v,
            v => v,
        };
        let Value::Date {
            year,
            month: Some(m),
            day: Some(d),
            ..
        } = *date
        else {
            continue;
        };
        let ls = text[..f.span.start].rfind('\n').map(|i| i + 1).unwrap_or(0);
        let le = text[f.span.end..]
            .find('\n')
            .map(|i| f.span.end + i)
            .unwrap_or(text.len());
        let before = &text[ls..f.span.start];
        let after = &text[f.span.end..le];
        let line = &text[ls..le];
        let lower_before = before.lower();
        let cue_before = lower_before.trim_end().trim_end_matches(':').trim_end();
        // "Last modified on Sun 6 Apr 2025": the weekday before the date.
        let cue_before = match cue_before.rsplit_once(' ') {
            Some((b, w))
                if crate::temporal::rules::weekday_of(w.trim_end_matches(',')).is_some() =>
            {
                b.trim_end()
            }
            _ => cue_before,
        };
        // "Posted on 3 June 2026": "on" after a cue that opens the line.
        let cue_before = match cue_before.strip_suffix(" on") {
            Some(b) if CUES.contains(&b.trim_start()) => b,
            _ => cue_before,
        };
        let cue = CUES.iter().any(|c| cue_before.ends_with(c));
        // "Nairobi, Kenya (June 3, 2026) —": the date in brackets after the place.
        let (place, rest, bracketed) =
            match (before.trim_end().strip_suffix('('), after.strip_prefix(')')) {
                (Some(p), Some(r)) => (p, r, true),
                _ => (before, after, false),
            };
        // "MOSCOW, March 13 (Reuters) -": what closes the dateline after the date.
        let closed = closing(rest).map(|k| k + usize::from(bracketed));
        let wire = (is_place(place, bracketed) || after_agency(before)) && closed.is_some();
        // The length first: a paragraph is not copied and its words are not lower-cased.
        let own_line =
            line.len() <= 100 && leftover_words(line.replace(doc.slice(f.span), " ").as_str()) <= 1;
        // "March 13, 2025 — The ministry said", "March 13, 2025 (Reuters) -", "13 March 2025,
        // Lisbon –": the date opens the line.
        let opens_at = if before.trim().is_empty() {
            closing(after).or_else(|| place_then_closing(after))
        } else {
            None
        };
        let opens = opens_at.is_some();
        if !(cue || wire || own_line || opens) {
            continue;
        }
        let (y, from) = match year {
            Year::Known(y) => (Some(y), None),
            // A dateline without a year: the latest year the article writes (see module docs).
            _ if wire || opens_at.is_some_and(|k| k > 0) => match latest_year() {
                Some((y, span)) => (Some(y), Some(span)),
                None => (None, None),
            },
            _ => continue,
        };
        let end = match (closed, opens_at) {
            (Some(k), _) if wire => f.span.end + k,
            (_, Some(k)) => f.span.end + k,
            _ => f.span.end,
        };
        let start = if wire || cue {
            ls + (before.len() - before.trim_start().len())
        } else {
            f.span.start
        };
        let span = Span::new(start, end);
        // A yearless date written with its weekday ("released on Friday, Oct. 3") names the
        // year outright: the latest year written is kept only if it puts that date on that
        // weekday, else the next (up to three on) that does; with none, no year.
        // Else the lead's weekday ("MARSEILLE, July 8 - … on Tuesday afternoon") is the
        // dateline's day or the day before: a latest year in which the date falls on neither is
        // one the story looks back to ("founded in 2022"), and the next year (up to three on) in
        // which it falls on that weekday is taken; with none, the year stays unknown ("a legal
        // fight that began in 2008", a dateline of 2025).
        let (y, from) = match (y, from) {
            (Some(y0), Some(_)) => match dated_weekday(doc, found) {
                Some((wd, dm, dd, at)) => {
                    let fits = |y: i32| {
                        Date::new(y, m, d)
                            .and_then(|date| nearest(date, dm, dd))
                            .is_some_and(|x| x.weekday() == wd)
                    };
                    match (y0..=y0 + 3).find(|&y| fits(y)) {
                        Some(y) if y == y0 => (Some(y), from),
                        Some(y) => (Some(y), Some(at)),
                        None => (None, None),
                    }
                }
                None => match lead_weekday(doc, found, end)
                    .map(|(wd, at)| (later_year(y0, m, d, wd), at))
                {
                    Some((Ok(None), _)) | None => (y, from),
                    Some((Ok(Some(y)), at)) => (Some(y), Some(at)),
                    Some((Err(()), _)) => (None, None),
                },
            },
            _ => (y, from),
        };
        // A year taken from the text (not the dateline's own) below a year the story looks
        // back to is none ("co-founded in 1993" and "since the end of 2023", the weekday moving
        // 1993 to 1996).
        let (y, from) = match (y, from) {
            (Some(y), Some(_)) if floor().is_some_and(|f| f > y) => (None, None),
            other => other,
        };
        match y.and_then(|y| Date::new(y, m, d)) {
            Some(date) => return Some((Ok((date, from)), span)),
            None if y.is_none() => {
                yearless.get_or_insert((Err((m, d)), span));
            }
            None => {}
        }
    }
    yearless
}

/// Whether byte `at` stands in a clause that "since" opens at most six words before it ("since
/// 1988", "since records began in 1940"; not past a comma or a full stop).
fn in_since_clause(text: &str, at: usize) -> bool {
    clause_before(text, at, 80, &['.', ',', ';', ':', '\n'])
        .split_whitespace()
        .rev()
        .take(6)
        .any(|w| w.eq_ignore_ascii_case("since"))
}

/// The text of the clause that ends at byte `at`: from the last of `stops` before it, at most
/// `reach` bytes back (the cut moved forward to a character boundary). A stop inside a number
/// is none ("since a 7.6 quake in September 1999", "2,400").
fn clause_before<'t>(text: &'t str, at: usize, reach: usize, stops: &[char]) -> &'t str {
    let mut from = at.saturating_sub(reach);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let clause = &text[from..at];
    let b = clause.as_bytes();
    let start = clause
        .rmatch_indices(stops)
        .find(|&(i, _)| {
            let digit = |k: Option<usize>| k.and_then(|k| b.get(k)).is_some_and(u8::is_ascii_digit);
            !(digit(i.checked_sub(1)) && digit(Some(i + 1)))
        })
        .map_or(0, |(i, m)| i + m.len());
    &clause[start..]
}

/// The first weekday said without "last" or "next" in the sentence that holds byte `at` (the
/// dateline's end), after it: its ISO number and span.
fn lead_weekday(doc: &Doc, found: &[Found], at: usize) -> Option<(u32, Span)> {
    let sentence = doc.sentence_at(at);
    found
        .iter()
        .filter(|f| f.span.start >= at)
        .take_while(|f| doc.sentence_at(f.span.start) == sentence)
        .find_map(|f| {
            let v = match &f.value {
                Value::WithTime { day: Some(v), .. } => v,
                v => v,
            };
            match v {
                Value::Weekday {
                    wd,
                    dir: Dir::Tense,
                } => Some((*wd, f.span)),
                _ => None,
            }
        })
}

/// The first yearless date the text writes with its weekday ("Friday, Oct. 3"; in the dateline
/// too, "NAIROBI — Wednesday, June 3 —") in its first 3,000 bytes: the weekday's ISO number,
/// the month, the day and the span.
fn dated_weekday(doc: &Doc, found: &[Found]) -> Option<(u32, u32, u32, Span)> {
    found
        .iter()
        .take_while(|f| f.span.end <= 3000)
        .find_map(|f| match f.value {
            Value::Date {
                year: Year::Implied,
                month: Some(m),
                day: Some(d),
                ..
            } => {
                let first = doc.slice(f.span).split([' ', ',']).next()?;
                let wd = crate::temporal::rules::weekday_of(first)?;
                Some((wd, m, d, f.span))
            }
            _ => None,
        })
}

/// The date on month `m`, day `d` nearest to `date` (in its year, the year before or after).
fn nearest(date: Date, m: u32, d: u32) -> Option<Date> {
    (date.year - 1..=date.year + 1)
        .filter_map(|y| Date::new(y, m, d))
        .min_by_key(|x| (x.to_days() - date.to_days()).abs())
}

/// When month `m`, day `d` of year `y0` falls neither on weekday `wd` nor on the day after:
/// `Ok(Some(year))`, the next year (up to three on) that puts it on `wd`, or `Err(())` if none
/// does. `Ok(None)` when `y0` agrees with the weekday.
fn later_year(y0: i32, m: u32, d: u32, wd: u32) -> Result<Option<i32>, ()> {
    let on = |y: i32| Date::new(y, m, d).map(Date::weekday);
    if on(y0).is_some_and(|x| x == wd || x == wd % 7 + 1) {
        return Ok(None);
    }
    (y0 + 1..=y0 + 3)
        .find(|&y| on(y) == Some(wd))
        .map(Some)
        .ok_or(())
}

/// Whether a word of comparison (the resolver's: "from", "compared", "against", "versus") stands
/// before byte `at` in its clause, at most 40 bytes back: "down from 303 in 2019".
pub(super) fn compared(text: &str, at: usize) -> bool {
    let clause = clause_before(text, at, 40, &['.', ',', ';', '\n']);
    super::resolve::compares(text, at - clause.len(), at)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn det(t: &str) -> Option<(String, String)> {
        let doc = Doc::new(t);
        let found = super::super::find(&doc);
        detect(&doc, &found).map(|(d, s)| (d.to_string(), doc.slice(s).to_string()))
    }

    #[test]
    fn date_lines_bylines_and_datelines() {
        assert_eq!(
            det("Afghan team honored at robotics competition\nFriday, July 21, 2017\nA group of teenagers won on Tuesday."),
            Some(("2017-07-21".into(), "Friday, July 21, 2017".into()))
        );
        assert_eq!(
            det("Published: 13 March 2025\nThe ministry said.").map(|x| x.0),
            Some("2025-03-13".into())
        );
        assert_eq!(
            det("Headline here\nPublished March 13, 2025 at 5:02 p.m.\nText.").map(|x| x.0),
            Some("2025-03-13".into())
        );
        assert_eq!(
            det("March 13, 2025 — The ministry said on Thursday.").map(|x| x.0),
            Some("2025-03-13".into())
        );
        assert_eq!(
            det("MOSCOW, March 13 (Reuters) - The Kremlin said talks that began in 2025 would go on."),
            Some(("2025-03-13".into(), "MOSCOW, March 13 (Reuters)".into()))
        );
        assert_eq!(
            det("WASHINGTON (AP) — March 13, 2025 — Officials said.").map(|x| x.0),
            Some("2025-03-13".into())
        );
        assert_eq!(
            det("By Jane Doe | March 12, 2025\nText of the story.").map(|x| x.0),
            Some("2025-03-12".into())
        );
    }

    #[test]
    fn no_dateline_no_date() {
        // A caption date inside a sentence is not the article's date.
        assert_eq!(det("Russian soldiers at an artillery position in the Kursk region, in Russia, December 2, 2024. (Photo/NYT News Service)\nThe ministry announced on Thursday."), None);
        // A yearless dateline takes the latest year written, not a target year.
        assert_eq!(
            det("MOSCOW, March 13 (Reuters) - The Kremlin, which signed the deal in 2024, said it would double trade by 2030 and host the forum in 2031.").map(|x| x.0),
            Some("2024-03-13".into())
        );
        // A yearless dateline in a text that writes no year: no guess.
        assert_eq!(
            det("MOSCOW, March 13 (Reuters) - The Kremlin said talks would go on."),
            None
        );
        assert_eq!(
            det("The ministry announced on Thursday that it had won."),
            None
        );
    }
}
