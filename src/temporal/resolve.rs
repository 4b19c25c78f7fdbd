//! Resolution: typed values + reference date + tense + narrative → TIMEX3 strings.
//!
//! - Deictic values ("yesterday", "last week", "two weeks ago") shift the reference date.
//! - Weekdays, months and month-days without a year take the occurrence the tense of the
//!   governing verb points to: past (the news default) → the latest on or before the reference
//!   date; future → the next on or after it; present → the nearest.
//! - Anaphoric values ("the day before", "a year later") shift the most recent dated expression
//!   of the same paragraph (at most three sentences back); with none, the speech time — the
//!   reference date ("…spoke by phone the day before, he added" is relative to when he said it).
//! - Without a reference date, relative values stay underspecified ("XXXX-WXX-4",
//!   "XXXX-08-06") with method `unresolved`.

use super::lexicon::{HolidayRule, Unit};
use super::ranges;
use super::tense::{after_deadline, tense_at, verb_between, PastLeft, Tense};
use super::value::{duration_string, Anchor, Dir, TimeOfDay, Value, Year};
use super::Found;
use crate::date::{days_in_month, Date};
use crate::model::{AnchorKind, Resolution, Timex, TimexType};
use crate::span::Span;
use crate::text::hash::any_of;
use crate::text::Doc;

/// A resolved point: the first day of the period and its granularity.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    /// First day of the period.
    pub date: Date,
    /// Its granularity.
    pub gran: Unit,
}

/// Formats a point at its granularity as TIMEX3.
pub fn format_point(p: Point) -> String {
    let d = p.date;
    match p.gran {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => d.to_string(),
        Unit::Week | Unit::Fortnight => {
            let (y, w) = d.iso_week();
            format!("{y:04}-W{w:02}")
        }
        Unit::Weekend => {
            let (y, w) = d.iso_week();
            format!("{y:04}-W{w:02}-WE")
        }
        Unit::Month => format!("{:04}-{:02}", d.year, d.month),
        Unit::Quarter => format!("{:04}-Q{}", d.year, (d.month - 1) / 3 + 1),
        Unit::Half => format!("{:04}-H{}", d.year, (d.month - 1) / 6 + 1),
        Unit::Year => format!("{:04}", d.year),
        Unit::Decade => format!("{:03}", d.year / 10),
        Unit::Century | Unit::Millennium => format!("{:02}", d.year / 100),
    }
}

/// Shifts `d` by `n` units.
fn shift(d: Date, unit: Unit, n: i64) -> Option<Date> {
    match unit {
        Unit::Second | Unit::Minute => Some(d),
        Unit::Hour => d.add_days(if n.abs() >= 24 { n / 24 } else { 0 }),
        Unit::Day => d.add_days(n),
        Unit::Week | Unit::Weekend => d.add_days(7 * n),
        Unit::Fortnight => d.add_days(14 * n),
        Unit::Month => d.add_months(n),
        Unit::Quarter => d.add_months(3 * n),
        Unit::Half => d.add_months(6 * n),
        Unit::Year => d.add_months(12 * n),
        Unit::Decade => d.add_months(120 * n),
        Unit::Century => d.add_months(1200 * n),
        Unit::Millennium => d.add_months(12000 * n),
    }
}

/// The first day of the period of `gran` containing `d`.
fn period_start(d: Date, gran: Unit) -> Date {
    let ymd = |y: i32, m: u32| Date::new(y, m, 1).unwrap_or(d);
    match gran {
        Unit::Week | Unit::Fortnight | Unit::Weekend => {
            d.add_days(1 - d.weekday() as i64).unwrap_or(d)
        }
        Unit::Month => ymd(d.year, d.month),
        Unit::Quarter => ymd(d.year, (d.month - 1) / 3 * 3 + 1),
        Unit::Half => ymd(d.year, (d.month - 1) / 6 * 6 + 1),
        Unit::Year => ymd(d.year, 1),
        Unit::Decade => ymd(d.year / 10 * 10, 1),
        Unit::Century | Unit::Millennium => ymd((d.year / 100 * 100).max(1), 1),
        _ => d,
    }
}

fn rank(u: Unit) -> u8 {
    match u {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => 0,
        Unit::Weekend | Unit::Week | Unit::Fortnight => 1,
        Unit::Month => 2,
        Unit::Quarter => 3,
        Unit::Half => 4,
        Unit::Year => 5,
        Unit::Decade => 6,
        Unit::Century | Unit::Millennium => 7,
    }
}

/// Easter Sunday (Gregorian, anonymous algorithm).
pub fn easter(y: i32) -> Option<Date> {
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(y, month as u32, day as u32)
}

/// The date of a holiday in year `y`.
pub fn holiday(rule: HolidayRule, y: i32) -> Option<Date> {
    match rule {
        HolidayRule::Fixed(m, d) => Date::new(y, m, d),
        HolidayRule::Easter(n) => easter(y)?.add_days(n),
        HolidayRule::After(m, d, wd) => {
            let day = Date::new(y, m, d)?;
            let off = (wd as i64 - day.weekday() as i64 - 1).rem_euclid(7) + 1;
            day.add_days(off)
        }
        HolidayRule::Nth(n, wd, m) => {
            if n > 0 {
                let first = Date::new(y, m, 1)?;
                let off = (wd as i64 - first.weekday() as i64).rem_euclid(7);
                first.add_days(off + 7 * (n as i64 - 1))
            } else {
                let last = Date::new(y, m, days_in_month(y, m))?;
                let off = (last.weekday() as i64 - wd as i64).rem_euclid(7);
                last.add_days(-off)
            }
        }
    }
}

/// Picks among yearly candidates (`make(year)` gives the date in that year) the one `dir`/`tense`
/// points to from `r`. Without an explicit "last"/"next": future tense → the next on or after
/// `r`; otherwise the nearest occurrence (news name dates of the coming weeks as often as of the
/// past ones: "payable Dec. 15", "by Jan. 14"), except that a past-tense clause does not reach
/// more than `max_ahead_days` into the future.
fn pick_yearly(
    r: Date,
    dir: Dir,
    tense: Tense,
    max_ahead_days: i64,
    make: &dyn Fn(i32) -> Option<Date>,
) -> Option<Date> {
    let cands: Vec<Date> = [r.year - 1, r.year, r.year + 1]
        .iter()
        .filter_map(|&y| make(y))
        .collect();
    let before_eq = cands.iter().rev().find(|d| **d <= r).copied();
    let before = cands.iter().rev().find(|d| **d < r).copied();
    let after_eq = cands.iter().find(|d| **d >= r).copied();
    let after = cands.iter().find(|d| **d > r).copied();
    match dir {
        Dir::Last => before,
        Dir::Next => after,
        Dir::This => make(r.year),
        Dir::Tense => match tense {
            Tense::Future => after_eq,
            _ => {
                let dist = |d: Date| (d.to_days() - r.to_days()).abs();
                let nearest = match (before_eq, after_eq) {
                    (Some(b), Some(a)) => Some(if dist(a) < dist(b) { a } else { b }),
                    (b, a) => b.or(a),
                };
                match nearest {
                    Some(n) if tense == Tense::Past && n > r && dist(n) > max_ahead_days => {
                        before_eq
                    }
                    n => n,
                }
            }
        },
    }
}

/// Like [`pick_yearly`] for months: compares whole months.
fn pick_month(r: Date, m: u32, dir: Dir, tense: Tense, near_past: bool) -> Option<Date> {
    let rm = Date::new(r.year, r.month, 1)?;
    if dir == Dir::Last {
        // "last February" said in March means February a year before ("last month" would do otherwise).
        let prev = pick_yearly(rm, dir, tense, 0, &|y| Date::new(y, m, 1))?;
        return if rm.add_months(-1)? <= prev {
            prev.add_months(-12)
        } else {
            Some(prev)
        };
    }
    pick_yearly(rm, dir, tense, if near_past { 0 } else { 62 }, &|y| {
        Date::new(y, m, 1)
    })
}

/// Whether the expression at `span` follows words that look ahead to it ("ahead of", "before",
/// "until", "for", "toward").
fn looks_ahead(doc: &Doc, span: Span) -> bool {
    let text = &doc.text;
    let w = crate::temporal::rules::word_before(text, span.start);
    match w.as_str() {
        "before" | "until" | "till" | "for" | "toward" | "towards" | "awaiting" => true,
        "of" => {
            let p = crate::temporal::rules::word_before_span(text, span.start);
            let w2 = crate::temporal::rules::word_before(text, p.start);
            matches!(w2.as_str(), "ahead" | "eve")
        }
        _ => false,
    }
}

fn pick_weekday(r: Date, wd: u32, dir: Dir, tense: Tense) -> Option<Date> {
    let diff = wd as i64 - r.weekday() as i64; // −6..6
    let back = diff.rem_euclid(7); // days forward to the next (0 = today)
    let prev = if back == 0 { 0 } else { back - 7 }; // days to the latest on/before
    match dir {
        Dir::Last => r.add_days(if prev == 0 { -7 } else { prev }),
        Dir::Next => r.add_days(if back == 0 { 7 } else { back }),
        Dir::This => r.add_days(diff),
        Dir::Tense => match tense {
            Tense::Past => r.add_days(prev),
            Tense::Future => r.add_days(back),
            Tense::Present => r.add_days(if back <= 3 { back } else { prev }),
        },
    }
}

/// Season: (code, first month).
fn season_start(code: &str) -> u32 {
    match code {
        "SP" => 3,
        "SU" => 6,
        "FA" => 9,
        _ => 12,
    }
}

/// The year of season `code` meant at date `r` (the reference date, or a narrative anchor) by
/// `dir`: the last one ended, the next one to start, this one, or by tense.
fn season_year(code: &str, r: Date, dir: Dir, tense: Tense) -> i32 {
    let sm = season_start(code);
    // Winter (Dec–Feb) is ongoing in January and February.
    let started = r.month >= sm || (sm == 12 && r.month <= 2);
    let ended = if sm == 12 {
        r.month >= 3 && r.month < 12
    } else {
        r.month > sm + 2
    };
    let base = if sm == 12 && r.month <= 2 {
        r.year - 1
    } else {
        r.year
    };
    match dir {
        Dir::Last => {
            if ended {
                base
            } else {
                base - 1
            }
        }
        Dir::Next => {
            if started {
                base + 1
            } else {
                base
            }
        }
        Dir::This => base,
        Dir::Tense => match tense {
            Tense::Past => {
                if started {
                    base
                } else {
                    base - 1
                }
            }
            _ => base,
        },
    }
}

struct Out {
    value: Option<String>,
    method: String,
    anchor: AnchorKind,
    anchor_time: Option<usize>,
    point: Option<Point>,
}

impl Out {
    fn new(value: impl Into<String>, method: &str, anchor: AnchorKind) -> Out {
        Out {
            value: Some(value.into()),
            method: method.into(),
            anchor,
            anchor_time: None,
            point: None,
        }
    }
    fn at(mut self, p: Point) -> Out {
        self.point = Some(p);
        self
    }
    /// Point `p` (its value written from it) found by `method` from expression `i` of the found
    /// list.
    fn anchored(p: Point, method: &str, i: usize) -> Out {
        Out::new(format_point(p), method, AnchorKind::Time)
            .at(p)
            .anchored_to(i)
    }
    /// This output, anchored to expression `i` of the found list.
    fn anchored_to(mut self, i: usize) -> Out {
        self.anchor_time = Some(i);
        self
    }
}

struct Ctx<'a> {
    doc: &'a Doc,
    /// Byte offsets of the line breaks.
    breaks: Vec<usize>,
    r: Option<Date>,
    /// Resolved points so far, in text order.
    anchors: Vec<Dated>,
}

/// A resolved date or time, as later expressions may refer to it.
#[derive(Debug, Clone, Copy)]
struct Dated {
    /// Index of the expression in the found list.
    index: usize,
    /// Where it is in the normalized text.
    span: Span,
    point: Point,
    paragraph: usize,
    sentence: usize,
    /// The text names the year ("in 2019", "May 2019", "last year", "a year ago"): a month
    /// named later in the sentence belongs to it.
    names_year: bool,
    /// The rule that found it.
    rule: &'static str,
    /// A period compared with, a year back ("the year-ago quarter", "from $4 million a year
    /// earlier"): a later comparison is to the same period, not a year before it.
    compared: bool,
    /// It follows "since" ("had thinned since the 1950s"): the start of a span that runs on, no
    /// time the story moves to; an anchor only when nothing else is near.
    since: bool,
}

/// The time of day `tod` on `date`, found by `method` from the expression at index `j`.
fn time_on(date: Date, tod: TimeOfDay, method: &'static str, j: usize) -> Out {
    Out::new(
        format!("{date}{}", tod_suffix(tod)),
        method,
        AnchorKind::Time,
    )
    .at(Point {
        date,
        gran: Unit::Day,
    })
    .anchored_to(j)
}

/// The TIMEX3 time suffix of a time of day ("T14:30", "TMO").
fn tod_suffix(tod: TimeOfDay) -> String {
    match tod {
        TimeOfDay::Part(p) => format!("T{p}"),
        TimeOfDay::Clock(h, m) => format!("T{h:02}:{m:02}"),
    }
}

/// Whether the expression at byte `start` follows a verb of saying ("said on Sunday", "told
/// reporters Monday" is not caught): the day of the report, not of the event.
fn attribution_day(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end();
    let before = before.strip_suffix(" on").unwrap_or(before);
    let last = before.rsplit(' ').next().unwrap_or("");
    any_of(
        last,
        &[
            "said",
            "says",
            "announced",
            "reported",
            "confirmed",
            "added",
        ],
    )
}

/// The weekday (1 = Monday … 7) a capitalized weekday word in `span` names ("Thursday, Jan. 8",
/// "7 a.m. on Friday, July 25").
fn weekday_in(span: &str) -> Option<u32> {
    span.split(|c: char| !c.is_ascii_alphabetic() && c != '.')
        .filter(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
        .find_map(crate::temporal::rules::weekday_of)
}

/// Index of the line (paragraph) holding `pos`, from the sorted line-break offsets.
fn paragraph_of(breaks: &[usize], pos: usize) -> usize {
    breaks.partition_point(|&b| b < pos)
}

impl Ctx<'_> {
    /// The word before byte `at`, as written ([`crate::temporal::rules::word_before_span`]).
    fn word_before(&self, at: usize) -> &str {
        self.doc
            .slice(crate::temporal::rules::word_before_span(&self.doc.text, at))
    }

    fn year(&self, y: Year) -> Option<i32> {
        match y {
            Year::Known(y) => Some(y),
            Year::Rel(k) => self.r.map(|r| r.year + k as i32),
            Year::Implied | Year::Narrative(_) => self.r.map(|r| r.year),
        }
    }

    /// The last dated expression at most three sentences back from byte `at`: its index and
    /// point. One in an earlier paragraph counts only when it is no coarser than `gran` ("In
    /// March, the firm got an offer. ¶ The following month, it put itself up for sale": April;
    /// but "that day" does not take a month named in the paragraph before). A start "since" opens
    /// ("had thinned since the 1950s") serves only when nothing else is near, and only when
    /// `since_ok`.
    fn narrative_anchor(&self, at: usize, gran: Unit, since_ok: bool) -> Option<(usize, Point)> {
        let para = paragraph_of(&self.breaks, at);
        let sent = self.doc.sentence_at(at);
        let near = |a: &&Dated| {
            sent.saturating_sub(a.sentence) <= 3
                && (a.paragraph == para || rank(a.point.gran) <= rank(gran))
        };
        let mut near = self.anchors.iter().rev().filter(near);
        let first = near.next()?;
        let a = if first.since {
            match near.find(|a| !a.since) {
                Some(a) => a,
                None if since_ok => first,
                None => return None,
            }
        } else {
            first
        };
        Some((a.index, a.point))
    }

    /// The expression that named a year earlier in `f`'s sentence ("last year, first in May and
    /// again in September"; "in 2019, from March to June"), when it is the sentence's latest dated
    /// expression before `f`: a month or month-day without a year then belongs to that year.
    /// Not for "last May"/"next May" (`dir`), nor for a future clause about a past year.
    fn year_named_before(&self, f: &Found, dir: Dir, tense: Tense, r: Date) -> Option<Dated> {
        if dir != Dir::Tense {
            return None;
        }
        let sent = self.doc.sentence_at(f.span.start);
        // Not a year "since" opens ("all purchases since April 2019 … by March 6"): a stretch
        // that runs on to the story's time.
        let a = *self
            .anchors
            .last()
            .filter(|a| a.sentence == sent && a.names_year && !a.since)?;
        // The same clause: no verb between them ("last year, first in May"), or the year opens
        // the sentence, before any verb ("In 2019, the band toured from March to June"); not
        // "approved in 1987 …, had bought shares through Sept. 29".
        let start = self.doc.sentences.get(sent).map_or(0, |s| s.span.start);
        let same_clause = !verb_between(self.doc, a.span.end, f.span.start)
            || !verb_between(self.doc, start, a.span.start);
        // A figure compared with one of another time ("1.7% this year, down from 2.1% projected
        // in December"): the month is not of the year named.
        let compared = compares_figure(&self.doc.text, a.span.end, f.span.start);
        // A year a forecast or budget is for ("a first forecast for 2028, at its meeting on
        // Dec. 18"): what the figures cover, not when the clause happens.
        let target = self.word_before(a.span.start).eq_ignore_ascii_case("for");
        (same_clause
            && !compared
            && !target
            && (tense != Tense::Future || a.point.date.year >= r.year))
            .then_some(a)
    }

    /// "from June 1 through Nov. 30", "between Nov. 28 and Dec. 2": when expression `i` ends a
    /// range whose start is the expression before it, both dates without a year (`o` is `i`'s
    /// resolution, `out` holds the start's), the two ends are made to read forward
    /// ([`ranges::settle`]); a verbless clause leans to the present.
    #[inline(never)]
    fn settle_range(&mut self, found: &[Found], i: usize, out: &mut [Timex], o: &mut Out) {
        let implied = |v: &Value| match v {
            Value::Date {
                year: Year::Implied,
                month: Some(_),
                day,
                dir: Dir::Tense,
            } => Some(day.is_some()),
            _ => None,
        };
        let (Some(r), Some(prev), Some(end)) = (self.r, i.checked_sub(1), o.point) else {
            return;
        };
        let (a, b) = (&found[prev], &found[i]);
        let Some(start) = self.anchors.last_mut().filter(|s| s.index == prev) else {
            return;
        };
        // Both ends take their year from the tense (method "implied-year:<tense>").
        let m = &out[prev].resolution.method;
        let start_day = implied(&a.value);
        if !m.starts_with("implied-year:")
            || !o.method.starts_with("implied-year:")
            || start_day.is_none()
            || start_day != implied(&b.value)
            || !ranges::joins(&self.doc.text, a.span, b.span)
        {
            return;
        }
        let lean = if m.ends_with("future") {
            ranges::Lean::Future
        } else if m.ends_with("present") || super::tense::tense_cue(self.doc, a.span).is_none() {
            ranges::Lean::Present
        } else {
            ranges::Lean::Past
        };
        if let Some((s, e)) = ranges::settle(start.point.date, end.date, r, lean) {
            if s != start.point.date {
                start.point.date = s;
                out[prev].value = Some(format_point(start.point));
                out[prev].resolution.method.push_str("+range");
            }
            if e != end.date {
                let e = Point { date: e, ..end };
                o.value = Some(format_point(e));
                o.point = Some(e);
                o.method.push_str("+range");
            }
        }
    }

    /// The narrative time that `f`, a bare "the year" / "the month" / "the week" in a past clause,
    /// belongs to rather than the speech time: the narrative's latest time (see
    /// [`Ctx::narrative_anchor`]) when it lies in another such period than the reference date
    /// ("The war began in March 2003. By the end of the year, the regime had fallen": 2003).
    fn story_anchor(
        &self,
        f: &Found,
        unit: Unit,
        n: i64,
        r: Option<Date>,
    ) -> Option<(usize, Point)> {
        let (Some(r), 0, Unit::Year | Unit::Month | Unit::Week) = (r, n, unit) else {
            return None;
        };
        // "the year", maybe widened by a modifier ("the end of the year").
        let mut words = self.doc.slice(f.span).split_whitespace().rev().skip(1);
        let bare = words.next().is_some_and(|w| w.eq_ignore_ascii_case("the"))
            && (words.next().is_none() || f.modifier.is_some());
        if !bare || tense_at(self.doc, f.span) != Tense::Past {
            return None;
        }
        // Only after a year the text writes ("in March 2003", "in 1998"): after a comparison
        // ("a year earlier", "up 11% from Q3 2024") the story is still the current one.
        let written = |i: usize| {
            self.anchors
                .iter()
                .rev()
                .find(|a| a.index == i)
                .is_some_and(|a| {
                    a.names_year
                        && a.rule.starts_with("absolute:")
                        && !super::dateline::compared(&self.doc.text, a.span.start)
                })
        };
        self.narrative_anchor(f.span.start, unit, true)
            .filter(|&(i, p)| written(i) && period_start(p.date, unit) != period_start(r, unit))
    }

    /// The quarter `f` that ends on the day `end` (index `j`) names: a numbered quarter keeps its
    /// number, in the year of that day ("its fiscal third quarter ended March 31"); an unnumbered
    /// one is the calendar quarter holding most of the three months before it ("ended Sept. 30"
    /// → Q3, "ended July 31" → Q2).
    fn quarter_ending(&self, f: &Found, end: &Found, j: usize) -> Option<Out> {
        let p = self.value(&end.value, end).point?;
        if p.gran != Unit::Day {
            return None;
        }
        let (date, method) = match f.value {
            Value::Quarter { q: Some(n), .. } => (
                Date::new(p.date.year, (n - 1) * 3 + 1, 1)?,
                "quarter:numbered-ended",
            ),
            _ => (
                period_start(p.date.add_days(-45)?, Unit::Quarter),
                "quarter:ended",
            ),
        };
        let q = Point {
            date,
            gran: Unit::Quarter,
        };
        Some(Out::anchored(q, method, j))
    }

    /// A time of day on the day that the expression `next` (index `j`) names, when it names a
    /// day (see [`day_named_after`]).
    fn on_day_of(&self, tod: TimeOfDay, next: &Found, j: usize) -> Option<Out> {
        let p = self.value(&next.value, next).point?;
        if rank(p.gran) != 0 {
            return None;
        }
        // The day of a clock time in another zone: more than twelve hours apart, the two lie on
        // either side of midnight ("at 7:58 a.m. (2358 GMT Tuesday)" is Wednesday morning).
        let date = match (tod, &next.value) {
            (
                TimeOfDay::Clock(h, m),
                Value::WithTime {
                    tod: TimeOfDay::Clock(h2, m2),
                    ..
                },
            ) => {
                let diff = i64::from(h * 60 + m) - i64::from(h2 * 60 + m2);
                let shift = match diff {
                    d if d < -12 * 60 => 1,
                    d if d > 12 * 60 => -1,
                    _ => 0,
                };
                p.date.add_days(shift)?
            }
            _ => p.date,
        };
        Some(time_on(date, tod, "time:day-named-after", j))
    }

    /// A clock time or part of day without a day of its own, in one of the two sentences after a
    /// day or in the same sentence after it: the story's day ("killed early Saturday … was
    /// pronounced dead shortly after 2 a.m.", "slammed into the coast early Tuesday … made
    /// landfall at about 5 a.m."). Not a day before the reference date for a time in a present
    /// or future clause ("was arrested on Monday. The hearing is at 2 p.m." keeps the reference
    /// day).
    fn on_day_before(&self, f: &Found) -> Option<Out> {
        let Value::WithTime { day: None, tod } = f.value else {
            return None;
        };
        // The story's day is a weekday or a deictic day ("early Saturday", "Tuesday
        // afternoon"), not a date of the background ("entered orbit on Christmas Day") nor the
        // day of an attribution ("struck late on Friday …, the ministry said on Sunday").
        let sent = self.doc.sentence_at(f.span.start);
        let a = self
            .anchors
            .iter()
            .rev()
            .take_while(|a| a.sentence + 2 >= sent)
            .find(|a| {
                (a.rule.starts_with("deictic:") || a.rule.starts_with("clock:"))
                    && !attribution_day(&self.doc.text, a.span.start)
            })?;
        if rank(a.point.gran) != 0 {
            return None;
        }
        if self.r.is_some_and(|r| a.point.date < r) && tense_at(self.doc, f.span) != Tense::Past {
            return None;
        }
        Some(time_on(a.point.date, tod, "time:day-before", a.index))
    }

    /// Whether a period of year `y` (its year implied) starting in `month` has not begun by the
    /// reference date and `f` is not in a future clause: then the last such period is meant, a
    /// year back ("the fourth quarter" said in January, "in the second half, growth slowed" said
    /// in March).
    fn not_begun(&self, f: &Found, year: Year, y: i32, month: u32) -> bool {
        let (Year::Implied, Some(r)) = (year, self.r) else {
            return false;
        };
        let begun = Date::new(y, month, 1).is_some_and(|d| d <= r);
        // Nor after the sentence names this year or a later one ("by the end of 2026 and open a
        // site in Mexico in the third quarter").
        let sent = self.doc.sentence_at(f.span.start);
        let named = self
            .anchors
            .iter()
            .rev()
            .take_while(|a| a.sentence == sent)
            .any(|a| a.names_year && !a.since && a.point.date.year >= y);
        !begun && !named && tense_at(self.doc, f.span) != Tense::Future
    }

    /// Quarter or half `n` (`part`: [`Unit::Quarter`] or [`Unit::Half`]) of `year`: of the
    /// reference year when the year is implied, or of the year before when that part has not
    /// begun yet outside a future clause ([`Ctx::not_begun`]).
    fn year_part(&self, f: &Found, year: Year, part: Unit, n: u32) -> Out {
        let (letter, name, months) = match part {
            Unit::Half => ("H", "half", 6),
            _ => ("Q", "quarter", 3),
        };
        let Some(mut y) = self.year(year) else {
            return Out::new(format!("XXXX-{letter}{n}"), "unresolved", AnchorKind::None);
        };
        let first_month = (n - 1) * months + 1;
        let back = self.not_begun(f, year, y, first_month);
        if back {
            y -= 1;
        }
        let (method, anchor) = match (year, back) {
            (Year::Known(_), _) => ("absolute".to_string(), AnchorKind::None),
            (_, true) => (format!("{name}:year-before"), AnchorKind::Reference),
            (_, false) => (format!("{name}:reference-year"), AnchorKind::Reference),
        };
        let mut o = Out::new(format!("{y:04}-{letter}{n}"), &method, anchor);
        o.point = Date::new(y, first_month, 1).map(|d| Point {
            date: d,
            gran: part,
        });
        o
    }

    fn value(&self, v: &Value, f: &Found) -> Out {
        let r = self.r;
        let unresolved = |s: String| Out::new(s, "unresolved", AnchorKind::None);
        match v {
            Value::Date {
                year,
                month,
                day,
                dir,
            } => {
                if let Year::Known(y) = year {
                    let s = match (month, day) {
                        (Some(m), Some(d)) => format!("{y:04}-{m:02}-{d:02}"),
                        (Some(m), None) => format!("{y:04}-{m:02}"),
                        _ => format!("{y:04}"),
                    };
                    let gran = match (month, day) {
                        (Some(_), Some(_)) => Unit::Day,
                        (Some(_), None) => Unit::Month,
                        _ => Unit::Year,
                    };
                    let p = Date::new(*y, month.unwrap_or(1), day.unwrap_or(1))
                        .map(|d| Point { date: d, gran });
                    let mut o = Out::new(s, "absolute", AnchorKind::None);
                    o.point = p;
                    return o;
                }
                let Some(r) = r else {
                    return unresolved(match (month, day) {
                        (Some(m), Some(d)) => format!("XXXX-{m:02}-{d:02}"),
                        (Some(m), None) => format!("XXXX-{m:02}"),
                        (None, Some(d)) => format!("XXXX-XX-{d:02}"),
                        _ => "XXXX".into(),
                    });
                };
                if let Year::Rel(k) = year {
                    let y = r.year + *k as i32;
                    let d = Date::new(y, month.unwrap_or(1), day.unwrap_or(1));
                    return match (month, d) {
                        (Some(m), Some(d)) => Out::new(
                            if day.is_some() {
                                d.to_string()
                            } else {
                                format!("{y:04}-{m:02}")
                            },
                            "relative-year",
                            AnchorKind::Reference,
                        )
                        .at(Point {
                            date: d,
                            gran: if day.is_some() {
                                Unit::Day
                            } else {
                                Unit::Month
                            },
                        }),
                        _ => Out::new(format!("{y:04}"), "relative-year", AnchorKind::Reference),
                    };
                }
                // "The rainy season normally ends in April": April of every year.
                if let (Some(m), None) = (month, day) {
                    if super::tense::habitual_left(self.doc, f.span) {
                        return Out::new(format!("XXXX-{m:02}"), "habitual", AnchorKind::None);
                    }
                }
                let cue = super::tense::cue(self.doc, f.span);
                let text = &self.doc.text;
                // "has been unchanged since December": the start of what holds now is past (the
                // test the anchors' `since` uses).
                let since = crate::temporal::rules::word_before(text, f.span.start) == "since";
                // "October's jobs report", "March's vote": the month nearest the reference,
                // whatever the clause's tense (the normalized text has straight quotes only).
                let owner = text[f.span.end..].starts_with("'s");
                // "The trial begins in March", "the offer expires on Jan. 31": a verb of schedule
                // in the present plans the coming one.
                let tense = cue.as_ref().map_or(Tense::Past, |c| {
                    if since {
                        Tense::Past
                    } else if owner {
                        Tense::Present
                    } else {
                        c.date_tense()
                    }
                });
                // A past-tense verb right before the date governs it ("passed in May"): no future
                // reading. Not the present perfect, which tells of a state that holds now ("has
                // set Nov. 10 as the deadline").
                // Nor a clause in the past perfect ("had reached the river by March 20").
                let near_past = since
                    || cue.as_ref().is_some_and(|c| {
                        c.tense == Tense::Past && super::tense::in_pluperfect(self.doc, f.span)
                    })
                    || cue.as_ref().is_some_and(|c| {
                        c.distance <= 2 && c.tense == Tense::Past && !c.is(&["has", "have"])
                    });
                // A deadline preposition ("by", "until", "effective") with no past perfect.
                let deadline = cue
                    .as_ref()
                    .is_some_and(|c| c.word.is_empty() && c.tense == Tense::Present);
                let method = format!("implied-year:{}", tense_name(*dir, tense));
                if let (Some(m), Some(a)) = (month, self.year_named_before(f, *dir, tense, r)) {
                    let y = a.point.date.year;
                    let d = Date::new(y, *m, day.unwrap_or(1));
                    if let Some(d) = d {
                        let gran = if day.is_some() {
                            Unit::Day
                        } else {
                            Unit::Month
                        };
                        let p = Point { date: d, gran };
                        return Out::anchored(p, "anaphoric:year-named", a.index);
                    }
                }
                match (month, day) {
                    (Some(m), Some(d)) => {
                        let (m, d) = (*m, *d);
                        let make = |y| Date::new(y, m, d);
                        let mut x =
                            pick_yearly(r, *dir, tense, if near_past { 0 } else { 60 }, &make);
                        // A deadline ("has until Oct. 12", "a pact effective June 1") looks
                        // ahead: the coming date, unless the past one is far nearer (one just
                        // gone by: "by Jan. 14" said on Jan. 15).
                        if deadline && matches!(dir, Dir::Tense) {
                            let ahead = pick_yearly(r, *dir, Tense::Future, 0, &make);
                            if let (Some(b), Some(a)) = (x.filter(|x| *x < r), ahead) {
                                if a.to_days() - r.to_days() < r.to_days() - b.to_days() + 200 {
                                    x = Some(a);
                                }
                            }
                        }
                        // "Thursday, Jan. 8" said in November: the weekday named with the date
                        // tells its year, when the chosen year's does not match and a
                        // neighbouring year's, nearer the reference date, does (a date's weekday
                        // moves one or two days a year; a far one is more likely a slip).
                        let mut method = method;
                        if let (Some(c), Some(wd)) = (x, weekday_in(self.doc.slice(f.span))) {
                            let far = |d: Date| (d.to_days() - r.to_days()).abs();
                            let other = [c.year - 1, c.year + 1]
                                .into_iter()
                                .filter_map(make)
                                .find(|o| o.weekday() == wd && far(*o) < far(c));
                            if c.weekday() != wd && *dir == Dir::Tense && other.is_some() {
                                x = other;
                                method = "implied-year:weekday".into();
                            }
                        }
                        match x {
                            Some(x) => {
                                Out::new(x.to_string(), &method, AnchorKind::Reference).at(Point {
                                    date: x,
                                    gran: Unit::Day,
                                })
                            }
                            None => unresolved(format!("XXXX-{m:02}-{d:02}")),
                        }
                    }
                    // A month after a past verb, with nothing between that looks ahead ("The
                    // department began testing the milk supply in December"), is not one still
                    // to come, however far the verb stands: a past event's month has begun.
                    (Some(m), None) => {
                        // What stands between the month and its past verb, read once (not needed
                        // after a near past verb).
                        let left = if near_past {
                            PastLeft::Other
                        } else {
                            super::tense::past_left(self.doc, f.span)
                        };
                        let past_verb = left == PastLeft::Plain
                            && cue.as_ref().is_some_and(|c| !c.overtaken_plan());
                        // After a past verb's infinitive, the nearer of the month gone and the
                        // month to come.
                        let nearest = *dir == Dir::Tense
                            && tense == Tense::Past
                            && left == PastLeft::Infinitive;
                        let method = if nearest {
                            "implied-year:infinitive".to_string()
                        } else {
                            method
                        };
                        let x = if nearest {
                            let gone = pick_month(r, *m, *dir, Tense::Past, true);
                            let coming = pick_month(r, *m, *dir, Tense::Future, true);
                            let far = |d: Date| (d.to_days() - r.to_days()).abs();
                            match (gone, coming) {
                                (Some(g), Some(c)) => Some(if far(c) < far(g) { c } else { g }),
                                (g, c) => g.or(c),
                            }
                        } else {
                            pick_month(r, *m, *dir, tense, near_past || past_verb)
                        };
                        match x {
                            Some(x) => Out::new(
                                format!("{:04}-{:02}", x.year, x.month),
                                &method,
                                AnchorKind::Reference,
                            )
                            .at(Point {
                                date: x,
                                gran: Unit::Month,
                            }),
                            None => unresolved(format!("XXXX-{m:02}")),
                        }
                    }
                    (None, Some(d)) => {
                        let d = *d;
                        let this = Date::new(r.year, r.month, d);
                        let prev = r.add_months(-1).and_then(|p| Date::new(p.year, p.month, d));
                        let next = r.add_months(1).and_then(|p| Date::new(p.year, p.month, d));
                        let x = match tense {
                            Tense::Future => this.filter(|x| *x >= r).or(next),
                            _ => this.filter(|x| *x <= r).or(prev),
                        };
                        match x {
                            Some(x) => {
                                Out::new(x.to_string(), &method, AnchorKind::Reference).at(Point {
                                    date: x,
                                    gran: Unit::Day,
                                })
                            }
                            None => unresolved(format!("XXXX-XX-{d:02}")),
                        }
                    }
                    _ => unresolved("XXXX".into()),
                }
            }
            Value::Weekday { wd, dir } => {
                // "the previous Friday", "the following Monday": the one before or after the
                // narrative's last day, or the last day named further back ("previous" says it
                // is not the speech time's), else the reference date's.
                if f.rule == "anaphoric:weekday" {
                    let near = self
                        .narrative_anchor(f.span.start, Unit::Day, true)
                        .filter(|(_, p)| rank(p.gran) == 0);
                    let far = || {
                        self.anchors
                            .iter()
                            .rev()
                            .find(|a| rank(a.point.gran) == 0)
                            .map(|a| (a.index, a.point))
                    };
                    if let Some((i, p)) = near.or_else(far) {
                        if let Some(x) = pick_weekday(p.date, *wd, *dir, Tense::Past) {
                            let day = Point {
                                date: x,
                                gran: Unit::Day,
                            };
                            return Out::new(
                                x.to_string(),
                                "anaphoric:narrative-weekday",
                                AnchorKind::Time,
                            )
                            .at(day)
                            .anchored_to(i);
                        }
                    }
                }
                let Some(r) = r else {
                    return unresolved(format!("XXXX-WXX-{wd}"));
                };
                // "late Tuesday night or early Wednesday", "statements made Friday and Thursday":
                // a weekday joined to a day before it takes its tense from where that day's is
                // read (the clause's verb may stand too far back to be read for this one).
                let span = self
                    .anchors
                    .last()
                    .filter(|a| {
                        rank(a.point.gran) == 0
                            && a.span.end <= f.span.start
                            && matches!(
                                self.doc.text[a.span.end..f.span.start].trim(),
                                "or" | "and" | "," | "or on" | "and on"
                            )
                    })
                    .map_or(f.span, |a| a.span);
                // "Wednesday's ruling", "ahead of Friday's vote": a possessive names an event of
                // the current news cycle, past or coming: the nearest such day; in a past clause
                // ("a premium over Thursday's closing price") the past one, unless the event is
                // looked ahead to ("were calm ahead of Friday's vote").
                let possessive = self.doc.text[f.span.end..].starts_with("'s");
                let tense = if possessive {
                    if tense_at(self.doc, span) == Tense::Past && !looks_ahead(self.doc, span) {
                        Tense::Past
                    } else {
                        Tense::Present
                    }
                } else if after_deadline(self.doc, span) {
                    Tense::Future
                } else {
                    // "issued red alerts for Thursday and Friday": the day a warning or plan is
                    // for (not one overtaken: "previously scheduled for Monday").
                    let for_day = self.word_before(span.start).eq_ignore_ascii_case("for");
                    match super::tense::cue(self.doc, span) {
                        Some(c) if for_day && !c.overtaken_plan() => Tense::Future,
                        None if for_day => Tense::Future,
                        // "Trading is to resume Tuesday": a plan, the coming day (for a month-day
                        // "is to" stays a present: "the show is to run from January 23", said on
                        // January 28, has begun).
                        Some(c) if c.is(&["is", "are"]) && c.next.eq_ignore_ascii_case("to") => {
                            Tense::Future
                        }
                        // "The offer expires Friday", "the minister arrives on Monday": a verb
                        // of schedule in the present (tense.tsv) plans the coming day.
                        c => c.map_or(Tense::Past, |c| c.date_tense()),
                    }
                };
                match pick_weekday(r, *wd, *dir, tense) {
                    Some(x) => Out::new(
                        x.to_string(),
                        &format!("weekday:{}", tense_name(*dir, tense)),
                        AnchorKind::Reference,
                    )
                    .at(Point {
                        date: x,
                        gran: Unit::Day,
                    }),
                    None => unresolved(format!("XXXX-WXX-{wd}")),
                }
            }
            Value::Quarter { year, q } => {
                match q {
                    // "the fourth quarter" said in January, of results: the last one, a year back.
                    Some(q) => self.year_part(f, *year, Unit::Quarter, *q),
                    None => {
                        let Some(r) = r else {
                            return unresolved(match year {
                                Year::Known(y) => format!("{y:04}-QX"),
                                _ => "XXXX-QX".into(),
                            });
                        };
                        // "grew 5.0% in the second quarter, up from 4.6% in the same period last
                        // year": the period its sentence named before it, a year back.
                        if let (Year::Rel(k @ ..=-1), "absolute:quarter-year-ago") = (year, f.rule)
                        {
                            let sent = self.doc.sentence_at(f.span.start);
                            let named = self
                                .anchors
                                .iter()
                                .rev()
                                .take_while(|a| a.sentence == sent)
                                .find(|a| {
                                    matches!(a.point.gran, Unit::Quarter | Unit::Half | Unit::Month)
                                });
                            if let Some(a) = named {
                                if let Some(d) = a.point.date.add_months(12 * k) {
                                    let p = Point {
                                        date: d,
                                        gran: a.point.gran,
                                    };
                                    return Out::anchored(p, "anaphoric:period-year-ago", a.index);
                                }
                            }
                        }
                        // The quarter being reported: the last one completed before the reference date.
                        let Some(last) = r.add_months(-3).map(|d| period_start(d, Unit::Quarter))
                        else {
                            return unresolved("XXXX-QX".into());
                        };
                        let k = match year {
                            Year::Rel(k) => *k,
                            Year::Known(y) => (*y - last.year) as i64,
                            Year::Implied | Year::Narrative(_) => 0,
                        };
                        let Some(d) = last.add_months(12 * k) else {
                            return unresolved("XXXX-QX".into());
                        };
                        let p = Point {
                            date: d,
                            gran: Unit::Quarter,
                        };
                        Out::new(format_point(p), "quarter:reported", AnchorKind::Reference).at(p)
                    }
                }
            }
            // "In the second half, growth slowed" said in March: as for a quarter.
            Value::Half { year, h } => self.year_part(f, *year, Unit::Half, *h),
            Value::Season { year, code, dir } => {
                let tense = tense_at(self.doc, f.span);
                // The narrative's anchor, for "the following spring".
                let mut narrative = None;
                let y = match year {
                    Year::Known(y) => Some(*y),
                    Year::Rel(k) => r.map(|r| r.year + *k as i32),
                    Year::Implied => r.map(|r| season_year(code, r, *dir, tense)),
                    Year::Narrative(k) => {
                        let dir = match k {
                            1.. => Dir::Next,
                            0 => Dir::This,
                            _ => Dir::Last,
                        };
                        match self.narrative_anchor(f.span.start, Unit::Year, true) {
                            Some((i, p)) => {
                                narrative = Some(i);
                                // A year says no month: the season of the next or previous year.
                                Some(if rank(p.gran) >= rank(Unit::Year) {
                                    p.date.year + *k as i32
                                } else {
                                    season_year(code, p.date, dir, Tense::Past)
                                })
                            }
                            None => r.map(|r| season_year(code, r, dir, tense)),
                        }
                    }
                };
                let Some(y) = y else {
                    return unresolved(format!("XXXX-{code}"));
                };
                let (method, anchor) = match (narrative, year) {
                    (Some(_), _) => ("anaphoric:narrative", AnchorKind::Time),
                    (None, Year::Known(_)) => ("absolute", AnchorKind::None),
                    (None, _) => ("season:tense", AnchorKind::Reference),
                };
                let mut o = Out::new(format!("{y:04}-{code}"), method, anchor);
                o.point = Date::new(y, season_start(code), 1).map(|date| Point {
                    date,
                    gran: Unit::Quarter,
                });
                o.anchor_time = narrative;
                o
            }
            Value::Decade { century, d } => {
                let c = match century {
                    Some(c) => *c,
                    None => match r {
                        Some(r) => {
                            let c = r.year / 100;
                            if c * 100 + d * 10 > r.year {
                                c - 1
                            } else {
                                c
                            }
                        }
                        None => {
                            if *d >= 3 {
                                19
                            } else {
                                20
                            }
                        }
                    },
                };
                let p = Date::new(c * 100 + d * 10, 1, 1).map(|x| Point {
                    date: x,
                    gran: Unit::Decade,
                });
                let mut o = Out::new(
                    format!("{c:02}{d}"),
                    if century.is_some() {
                        "absolute"
                    } else {
                        "decade:century-implied"
                    },
                    AnchorKind::None,
                );
                o.point = p;
                o
            }
            Value::Century(c) => {
                let p = Date::new((c * 100).max(1), 1, 1).map(|x| Point {
                    date: x,
                    gran: Unit::Century,
                });
                let mut o = Out::new(format!("{c:02}"), "absolute", AnchorKind::None);
                o.point = p;
                o
            }
            Value::Holiday { year, rule, dir } => {
                if let Year::Known(y) = year {
                    return match holiday(*rule, *y) {
                        Some(x) => Out::new(x.to_string(), "holiday", AnchorKind::None).at(Point {
                            date: x,
                            gran: Unit::Day,
                        }),
                        None => unresolved(format!("{y:04}")),
                    };
                }
                let Some(r) = r else {
                    return unresolved(match rule {
                        HolidayRule::Fixed(m, d) => format!("XXXX-{m:02}-{d:02}"),
                        _ => "XXXX-XX-XX".into(),
                    });
                };
                // "The festival opens on Christmas Eve": a verb of schedule in the present plans
                // the coming one, as for a month-day.
                let tense =
                    super::tense::cue(self.doc, f.span).map_or(Tense::Past, |c| c.date_tense());
                match pick_yearly(r, *dir, tense, 100, &|y| holiday(*rule, y)) {
                    Some(x) => Out::new(
                        x.to_string(),
                        &format!("holiday:{}", tense_name(*dir, tense)),
                        AnchorKind::Reference,
                    )
                    .at(Point {
                        date: x,
                        gran: Unit::Day,
                    }),
                    None => unresolved("XXXX-XX-XX".into()),
                }
            }
            Value::WithTime { day, tod } => {
                let suffix = tod_suffix(*tod);
                let base = match day {
                    Some(b) => self.value(b, f),
                    None => match r {
                        Some(r) => {
                            Out::new(r.to_string(), "time:reference-day", AnchorKind::Reference).at(
                                Point {
                                    date: r,
                                    gran: Unit::Day,
                                },
                            )
                        }
                        None => unresolved("XXXX-XX-XX".into()),
                    },
                };
                let mut o = base;
                o.value = o.value.map(|v| {
                    if v.len() == 10 || v.starts_with("XXXX") {
                        format!("{v}{suffix}")
                    } else {
                        v
                    }
                });
                o
            }
            Value::WeekOf(day) => {
                let o = self.value(day, f);
                match o.point.filter(|p| rank(p.gran) == 0) {
                    Some(p) => {
                        let w = Point {
                            date: period_start(p.date, Unit::Week),
                            gran: Unit::Week,
                        };
                        let mut out =
                            Out::new(format_point(w), &format!("week-of:{}", o.method), o.anchor)
                                .at(w);
                        out.anchor_time = o.anchor_time;
                        out
                    }
                    None => unresolved("XXXX-WXX".into()),
                }
            }
            Value::Ref(s) => Out::new(*s, "vague", AnchorKind::None),
            Value::Duration { n, unit } => {
                Out::new(duration_string(*n, *unit), "duration", AnchorKind::None)
            }
            Value::Set(s) => Out::new(s.clone(), "set", AnchorKind::None),
            Value::Compound(s) => Out::new(s.clone(), "duration", AnchorKind::None),
            Value::Era(s) => Out::new(s.clone(), "absolute", AnchorKind::None),
            Value::Shift {
                unit,
                n,
                gran,
                anchor,
            } => {
                let Some(n) = n else {
                    // No count, so no direction to read: "years ago" and "years later" alike.
                    return Out::new("PAST_REF", "vague", AnchorKind::None);
                };
                // "from $5 million a year earlier / a year ago" in a report on a quarter: the same
                // quarter a year before (the period being compared is the one just named); after
                // a comparison, the quarter compared with again ("… a year ago. Sales were $3
                // million against $2 million a year earlier": not two years back).
                if *unit == Unit::Year
                    && matches!(f.rule, "deictic:ago" | "anaphoric:n-units-later")
                {
                    if let Some(&Dated {
                        index: i,
                        point: p,
                        compared,
                        ..
                    }) = self.anchors.last().filter(|a| {
                        // A quarter, not a season ("in spring 2023 … Five years ago"); a year
                        // back, not five.
                        a.point.gran == Unit::Quarter && a.rule != "absolute:season" && n.abs() == 1
                    }) {
                        let back = if compared { 0 } else { *n };
                        if let Some(d) = shift(p.date, Unit::Year, back) {
                            let q = Point {
                                date: d,
                                gran: Unit::Quarter,
                            };
                            let method = if compared {
                                "anaphoric:compared-quarter-again"
                            } else {
                                "anaphoric:compared-quarter"
                            };
                            return Out::anchored(q, method, i);
                        }
                    }
                }
                // "for the six months ended Aug. 12, net was $6 million, compared with $18 million
                // a year earlier": a comparison with the date just named is to that day a year
                // back (not with a weekday, which tells when it was said: "said Friday that it
                // lost $5 million, compared with earnings a year earlier").
                if *unit == Unit::Year
                    && n.abs() == 1
                    && matches!(f.rule, "deictic:ago" | "anaphoric:n-units-later")
                {
                    let sent = self.doc.sentence_at(f.span.start);
                    if let Some(a) = self.anchors.last().filter(|a| {
                        a.point.gran == Unit::Day
                            && matches!(
                                a.rule,
                                "absolute:month-day-year"
                                    | "absolute:day-month-year"
                                    | "absolute:numeric"
                                    | "absolute:iso"
                            )
                            && a.sentence == sent
                            && compares(&self.doc.text, a.span.end, f.span.start)
                    }) {
                        if let Some(d) = shift(a.point.date, Unit::Year, *n) {
                            let p = Point {
                                date: d,
                                gran: Unit::Day,
                            };
                            return Out::anchored(p, "anaphoric:compared-day", a.index);
                        }
                    }
                }
                // The reference date as the anchor, with the method that fell back to it.
                let reference = |method| {
                    r.map(|date| {
                        let day = Point {
                            date,
                            gran: Unit::Day,
                        };
                        (day, AnchorKind::Reference, None, method)
                    })
                };
                let found = match anchor {
                    Anchor::Speech => match self.story_anchor(f, *unit, *n, r) {
                        Some((i, p)) => Some((p, AnchorKind::Time, Some(i), "anaphoric:the-unit")),
                        None => reference("deictic"),
                    },
                    Anchor::Narrative => self
                        // A figure compared with a year before ("sales to rise 4% from a year
                        // earlier") counts from the story's time, not from a "since" start
                        // ("the fewest since 2019").
                        .narrative_anchor(
                            f.span.start,
                            *gran,
                            !any_of(
                                self.word_before(f.span.start),
                                &["from", "with", "against", "versus", "over"],
                            ),
                        )
                        .map(|(i, p)| (p, AnchorKind::Time, Some(i), "anaphoric:narrative"))
                        .or_else(|| reference("anaphoric:speech-time")),
                };
                let Some((base, kind, at, method)) = found else {
                    return unresolved(unresolved_shape(*gran));
                };
                let date = if *unit == Unit::Weekend {
                    // The weekend: by tense, the last one (or the current one on a weekend) or the coming one.
                    let tense = tense_at(self.doc, f.span);
                    let wd = base.date.weekday() as i64;
                    let this_sat = base.date.add_days(6 - wd);
                    let k = *n
                        + match (n, tense) {
                            (0, Tense::Past) if wd < 6 => -1,
                            _ => 0,
                        };
                    this_sat.and_then(|d| d.add_days(7 * k))
                } else {
                    shift(base.date, *unit, *n)
                };
                let Some(date) = date else {
                    return unresolved(unresolved_shape(*gran));
                };
                let g = if rank(base.gran) > rank(*gran) {
                    base.gran
                } else {
                    *gran
                };
                let p = Point {
                    date: period_start(date, g),
                    gran: g,
                };
                let mut o = Out::new(format_point(p), method, kind).at(p);
                o.anchor_time = at;
                o
            }
        }
    }
}

/// "the quarter ended Sept. 30", "the latest quarter ending July 31", "its fourth quarter ended
/// Sept. 30": a quarter without a year followed by the day it ended; the index of that day's
/// expression.
fn quarter_ended(doc: &Doc, found: &[Found], i: usize) -> Option<usize> {
    let Value::Quarter {
        year: Year::Implied,
        ..
    } = found[i].value
    else {
        return None;
    };
    let next = found.get(i + 1)?;
    let gap = doc.text.get(found[i].span.end..next.span.start)?;
    let ended = matches!(
        gap.trim(),
        "ended" | "ending" | "that ended" | "which ended" | "through" | "to"
    );
    let day = matches!(next.value, Value::Date { day: Some(_), .. });
    (ended && day).then_some(i + 1)
}

/// Whether the text between byte offsets `from` and `to` (one sentence) holds a word of
/// comparison: "from", "compared", "against", "versus" ("up from $8 …", "compared with …").
pub(super) fn compares(text: &str, from: usize, to: usize) -> bool {
    text.get(from..to).is_some_and(|gap| {
        gap.split(|c: char| !c.is_ascii_alphabetic())
            .any(|w| any_of(w, &["from", "compared", "against", "versus"]))
    })
}

/// [`compares`] without a bare "from" or "against", which also open spans ("sales rose from
/// March to June"): only "down from", "up from", "compared" and "versus" count.
fn compares_figure(text: &str, from: usize, to: usize) -> bool {
    text.get(from..to).is_some_and(|gap| {
        let mut before = "";
        gap.split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| !w.is_empty())
            .any(|w| {
                let hit = any_of(w, &["compared", "versus"])
                    || (w == "from" && matches!(before, "down" | "up"));
                before = w;
                hit
            })
    })
}

/// A clock time or part of day without a day of its own, whose day follows it past a
/// parenthesis or a time zone ("at 10:35 a.m. (0735 GMT) Friday", "at 4 in the morning (4 a.m.
/// EDT Thursday)", "at 9 p.m. local time on Sunday") or comes just before it ("tomorrow at 8:30
/// a.m."): the index of the expression naming that day, and the time of day.
fn day_named_after(doc: &Doc, found: &[Found], i: usize) -> Option<(usize, TimeOfDay)> {
    let Value::WithTime { day: None, tod } = found[i].value else {
        return None;
    };
    // The day written just before it: "tomorrow at 8:30 a.m.", "on Friday at noon".
    if let Some(prev) = i.checked_sub(1).map(|j| &found[j]) {
        let gap = doc.text.get(prev.span.end..found[i].span.start)?;
        if matches!(gap.trim_start_matches(','), " at " | " by " | " around ")
            && !matches!(prev.value, Value::WithTime { .. })
        {
            return Some((i - 1, tod));
        }
    }
    // A clock time restating it in another zone may stand between ("at 10:35 a.m. (0735 GMT)
    // Friday"): the day named after both is the day of each.
    let mut j = i + 1;
    loop {
        let next = found.get(j)?;
        let gap = doc.text.get(found[j - 1].span.end..next.span.start)?;
        if !clock_gap(gap) {
            return None;
        }
        if j == i + 1 && matches!(next.value, Value::WithTime { day: None, .. }) {
            j += 1;
            continue;
        }
        return Some((j, tod));
    }
}

/// Whether the text `gap` between a clock time and the next expression joins them into one
/// time: only brackets, commas, "local time", "on", time zones ("GMT", "EDT", "Pacific time",
/// "Eastern Standard Time") and clock digits ("0735"), with a bracket, a zone or "local time"
/// among them.
fn clock_gap(gap: &str) -> bool {
    let zone_time = gap.ends_with(" time ") || gap.contains(" Time ");
    if gap.len() > 32 || !gap.contains(['(', ')', ',']) && !gap.contains("local time") && !zone_time
    {
        return false;
    }
    let plain = gap
        .split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | ','))
        .all(|w| {
            w.is_empty()
                || matches!(w, "local" | "time" | "on")
                || (zone_time
                    && w.starts_with(|c: char| c.is_ascii_uppercase())
                    && w.bytes().all(|b| b.is_ascii_alphabetic()))
                || (2..=4).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase())
                || (3..=4).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())
        });
    // A comma alone is a list ("at 9 a.m., Tuesday and Friday"), unless a zone or bracket
    // says the two are one time.
    let joined = gap.contains(['(', ')'])
        || gap.bytes().any(|b| b.is_ascii_uppercase())
        || gap.contains("local time");
    plain && joined
}

fn unresolved_shape(gran: Unit) -> String {
    match gran {
        Unit::Week | Unit::Fortnight => "XXXX-WXX".into(),
        Unit::Weekend => "XXXX-WXX-WE".into(),
        Unit::Month => "XXXX-XX".into(),
        Unit::Quarter => "XXXX-QX".into(),
        Unit::Half => "XXXX-HX".into(),
        Unit::Year => "XXXX".into(),
        Unit::Decade => "XXX".into(),
        Unit::Century | Unit::Millennium => "XX".into(),
        _ => "XXXX-XX-XX".into(),
    }
}

fn tense_name(dir: Dir, tense: Tense) -> &'static str {
    match dir {
        Dir::Last => "last",
        Dir::Next => "next",
        Dir::This => "this",
        Dir::Tense => match tense {
            Tense::Past => "past",
            Tense::Present => "present",
            Tense::Future => "future",
        },
    }
}

/// Resolves every found expression in text order.
pub fn resolve(doc: &Doc, found: &[Found], reference: Option<Date>) -> Vec<Timex> {
    let breaks = doc
        .text
        .bytes()
        .enumerate()
        .filter(|(_, b)| *b == b'\n')
        .map(|(i, _)| i)
        .collect();
    let mut ctx = Ctx {
        doc,
        breaks,
        r: reference,
        anchors: Vec::new(),
    };
    let mut out = Vec::with_capacity(found.len());
    for (i, f) in found.iter().enumerate() {
        let mut o = match (day_named_after(doc, found, i), quarter_ended(doc, found, i)) {
            (Some((j, tod)), _) => ctx.on_day_of(tod, &found[j], j),
            (_, Some(j)) => ctx.quarter_ending(f, &found[j], j),
            _ => ctx.on_day_before(f),
        }
        .unwrap_or_else(|| ctx.value(&f.value, f));
        ctx.settle_range(found, i, &mut out, &mut o);
        if let (Some(p), TimexType::Date | TimexType::Time) = (o.point, f.ty) {
            let para = paragraph_of(&ctx.breaks, f.span.start);
            let sent = doc.sentence_at(f.span.start);
            let names_year = o.method == "absolute"
                || o.method == "relative-year"
                || o.method == "anaphoric:year-named"
                || (p.gran == Unit::Year && o.method.starts_with("deictic"));
            ctx.anchors.push(Dated {
                index: i,
                span: f.span,
                point: p,
                paragraph: para,
                sentence: sent,
                names_year,
                rule: f.rule,
                compared: o.method.starts_with("anaphoric:compared-quarter")
                    || f.rule == "absolute:quarter-year-ago",
                since: crate::temporal::rules::word_before(&doc.text, f.span.start) == "since",
            });
        }
        out.push(Timex {
            start: f.span.start,
            end: f.span.end,
            text: doc.slice(f.span).to_string(),
            ty: f.ty,
            value: o.value,
            modifier: f.modifier.map(str::to_string),
            rule: f.rule,
            resolution: Resolution {
                method: o.method,
                anchor: o.anchor,
                anchor_time: o.anchor_time,
            },
        });
    }
    out
}

/// First and last day of the period a TIMEX3 date value names, when it names one
/// ("2024-08" → 2024-08-01..2024-08-31; "2025-W11" → Monday..Sunday; "PXM" → none).
pub fn period(value: &str) -> Option<(Date, Date, &'static str)> {
    let v = value.split('T').next()?;
    let b = v.as_bytes();
    let num = |s: &str| s.parse::<i32>().ok();
    if b.len() >= 4 && b[..4].iter().all(u8::is_ascii_digit) {
        let y = num(&v[..4])?;
        let rest = &v[4..];
        let gran_time = value.contains('T');
        if rest.is_empty() {
            return Some((Date::new(y, 1, 1)?, Date::new(y, 12, 31)?, "year"));
        }
        if let Some(r) = rest.strip_prefix("-W") {
            let (w, we) = match r.split_once('-') {
                Some((w, _)) => (w, true),
                None => (r, false),
            };
            let w: i64 = w.parse().ok()?;
            let jan4 = Date::new(y, 1, 4)?;
            let mon = jan4.add_days(1 - jan4.weekday() as i64 + 7 * (w - 1))?;
            return if we {
                Some((mon.add_days(5)?, mon.add_days(6)?, "weekend"))
            } else {
                Some((mon, mon.add_days(6)?, "week"))
            };
        }
        if let Some(q) = rest.strip_prefix("-Q") {
            let q: u32 = q.parse().ok()?;
            let m = (q.checked_sub(1)?) * 3 + 1;
            let e = Date::new(y, m + 2, days_in_month(y, m + 2))?;
            return Some((Date::new(y, m, 1)?, e, "quarter"));
        }
        if let Some(h) = rest.strip_prefix("-H") {
            let h: u32 = h.parse().ok()?;
            let m = (h.checked_sub(1)?) * 6 + 1;
            return Some((
                Date::new(y, m, 1)?,
                Date::new(y, m + 5, days_in_month(y, m + 5))?,
                "half",
            ));
        }
        if let Some(s) = rest
            .strip_prefix('-')
            .filter(|s| matches!(*s, "SP" | "SU" | "FA" | "WI"))
        {
            let m = season_start(s);
            let start = Date::new(y, m, 1)?;
            let end = start.add_months(3)?.add_days(-1)?;
            return Some((start, end, "season"));
        }
        let parts: Vec<&str> = rest.trim_start_matches('-').split('-').collect();
        let m: u32 = parts.first()?.parse().ok()?;
        if parts.len() == 1 {
            return Some((
                Date::new(y, m, 1)?,
                Date::new(y, m, days_in_month(y, m))?,
                "month",
            ));
        }
        let d: u32 = parts.get(1)?.parse().ok()?;
        let day = Date::new(y, m, d)?;
        return Some((day, day, if gran_time { "time" } else { "day" }));
    }
    if b.len() == 3 && b.iter().all(u8::is_ascii_digit) {
        let y = num(v)? * 10;
        return Some((
            Date::new(y.max(1), 1, 1)?,
            Date::new(y + 9, 12, 31)?,
            "decade",
        ));
    }
    if b.len() == 2 && b.iter().all(u8::is_ascii_digit) {
        let y = num(v)? * 100;
        return Some((
            Date::new(y.max(1), 1, 1)?,
            Date::new(y + 99, 12, 31)?,
            "century",
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holidays_and_easter() {
        assert_eq!(easter(2025).unwrap().to_string(), "2025-04-20");
        assert_eq!(
            holiday(HolidayRule::Nth(4, 4, 11), 2024)
                .unwrap()
                .to_string(),
            "2024-11-28"
        );
        assert_eq!(
            holiday(HolidayRule::Nth(-1, 1, 5), 2025)
                .unwrap()
                .to_string(),
            "2025-05-26"
        );
    }

    #[test]
    fn periods_of_values() {
        let p = period("2025-W11").unwrap();
        assert_eq!(
            (p.0.to_string(), p.1.to_string()),
            ("2025-03-10".into(), "2025-03-16".into())
        );
        assert_eq!(period("2024-08").unwrap().1.to_string(), "2024-08-31");
        assert_eq!(period("2024-Q3").unwrap().0.to_string(), "2024-07-01");
        assert_eq!(period("199").unwrap().2, "decade");
        assert!(period("PXM").is_none());
    }

    #[test]
    fn weekdays_by_tense() {
        let r = Date::new(2025, 3, 13).unwrap(); // Thursday
        assert_eq!(
            pick_weekday(r, 3, Dir::Tense, Tense::Past)
                .unwrap()
                .to_string(),
            "2025-03-12"
        );
        assert_eq!(
            pick_weekday(r, 4, Dir::Tense, Tense::Past)
                .unwrap()
                .to_string(),
            "2025-03-13"
        );
        assert_eq!(
            pick_weekday(r, 5, Dir::Tense, Tense::Future)
                .unwrap()
                .to_string(),
            "2025-03-14"
        );
        assert_eq!(
            pick_weekday(r, 4, Dir::Last, Tense::Past)
                .unwrap()
                .to_string(),
            "2025-03-06"
        );
        assert_eq!(
            pick_weekday(r, 1, Dir::Next, Tense::Past)
                .unwrap()
                .to_string(),
            "2025-03-17"
        );
    }
}
