//! Clock times ("3 p.m.", "10:30 GMT", "noon Thursday"), optionally with their day.

use super::{day_of, group, month_of, weekday_of, Cand, Caps, Hay, Pattern, M};
use crate::model::TimexType;
use crate::temporal::lexicon::Unit;
use crate::temporal::value::{Anchor, Dir, TimeOfDay, Value, Year};
use std::sync::LazyLock;

/// The day after a clock time: a weekday, perhaps with its date ("7 a.m. on Friday, July 25"), a
/// deictic day, or a date.
/// A date may have its year in digits or relative, and its day first ("at 11:40 p.m. on Dec. 3,
/// 2019", "shortly after 3am on 14 November last year").
const DAY_AFTER: &str = r"(?:,?\s+(?:on\s+)?(?:(?P<wd>{WD})(?:,?\s+(?P<wm>{MONTH})\s+(?P<wdd>{DAY})(?:,?\s+(?P<wy>(?:1[89]|20)[0-9]{2})\b)?)?|(?P<dw>today|yesterday|tomorrow|tonight)|(?P<m>{MONTH})\s+(?P<d>{DAY})(?:,?\s+(?P<y>(?:1[89]|20)[0-9]{2})\b|\s+(?P<rel>this|last|next)\s+year\b)?|(?P<d2>{DAY})\s+(?P<m2>{MONTH})(?:,?\s+(?P<y2>(?:1[89]|20)[0-9]{2})\b|\s+(?P<rel2>this|last|next)\s+year\b)?))?";

/// What every [`AMPM`] match contains, and the most gaps one spans (see
/// [`super::Pattern::captures_near`]): before "pm" 1, time zone 2 ("local time"), day 6 (", on
/// Friday, July 25, 2025").
pub(super) static AMPM_WORD: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new("clock:am-pm", r"[0-9]\s*(?:a|p)\.?m"));
pub(super) const AMPM_GAPS: usize = 9;
pub(super) static AMPM: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        "clock:am-pm",
        &format!(
            r"\b(?P<h>[01]?[0-9]|2[0-3])(?:[:.](?P<mi>[0-5][0-9]))?\s*(?P<ap>a\.m\.|p\.m\.|a\.m\b|p\.m\b|am\b|pm\b)(?:\s+(?P<tz>EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|CEST|local\s+time)\b)?{DAY_AFTER}"
        ),
    )
});
static H24: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        "clock:24h",
        &format!(
            r"\b(?P<h>[01]?[0-9]|2[0-3]):(?P<mi>[0-5][0-9])\s*(?P<tz>EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|CEST|local\s+time|hours|hrs)\b{DAY_AFTER}"
        ),
    )
});
/// A four-digit clock time before a time zone, as wire copy writes world time ("0735 GMT",
/// "1400 local time"): hours 00–23 with a leading zero, minutes 00–59.
static H24_ZONE: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        "clock:24h-zone",
        &format!(
            r"\b(?P<h>[01][0-9]|2[0-3])(?P<mi>[0-5][0-9])\s*(?:GMT|UTC|local\s+time)\b{DAY_AFTER}"
        ),
    )
});
static NAMED: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        "clock:named",
        &format!(r"\b(?P<n>noon|midnight|midday){DAY_AFTER}"),
    )
});

/// An hour said with its part of the day or "o'clock" ("at 4 in the morning", "around ten
/// o'clock", "at 8 in the evening on Friday").
static PART: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        "clock:part-of-day",
        &format!(
            r"\b(?:(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5][0-9]))?|(?P<hw>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))(?:\s+o'clock(?:\s+in\s+the\s+(?P<p1>morning|afternoon|evening))?|\s+in\s+the\s+(?P<p2>morning|afternoon|evening)){DAY_AFTER}"
        ),
    )
});

/// Words before an hour of [`PART`] that make it a time of day ("at four in the morning"; not
/// "take two in the morning", a dose).
const PART_LEAD: &[&str] = &[
    "at",
    "around",
    "about",
    "until",
    "till",
    "by",
    "before",
    "after",
    "since",
    "from",
    "to",
    "past",
    "approximately",
    "roughly",
    "nearly",
    "almost",
];

/// The hour of [`PART`]'s number word.
fn hour_word(w: &str) -> Option<u32> {
    let words = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve",
    ];
    words.iter().position(|x| *x == w).map(|i| i as u32 + 1)
}

fn day_value(c: &Caps) -> Option<Box<Value>> {
    // A weekday with its date: the date says the day.
    let month = c
        .name("m")
        .or_else(|| c.name("wm"))
        .or_else(|| c.name("m2"));
    let day = c
        .name("d")
        .or_else(|| c.name("wdd"))
        .or_else(|| c.name("d2"));
    if let (Some(m), Some(d)) = (
        month.and_then(|m| month_of(m.as_str())),
        day.and_then(|d| day_of(d.as_str())),
    ) {
        let year = c
            .name("y")
            .or_else(|| c.name("wy"))
            .or_else(|| c.name("y2"))
            .and_then(|y| super::year_of(y.as_str()));
        let rel = || match group(c, "rel").or_else(|| group(c, "rel2")).as_deref() {
            Some("last") => Year::Rel(-1),
            Some("next") => Year::Rel(1),
            Some(_) => Year::Rel(0),
            None => Year::Implied,
        };
        return Some(Box::new(Value::Date {
            year: year.map_or_else(rel, Year::Known),
            month: Some(m),
            day: Some(d),
            dir: Dir::Tense,
        }));
    }
    if let Some(wd) = c.name("wd").and_then(|m| weekday_of(m.as_str())) {
        return Some(Box::new(Value::Weekday {
            wd,
            dir: Dir::Tense,
        }));
    }
    let n = match group(c, "dw").as_deref() {
        Some("yesterday") => -1,
        Some("tomorrow") => 1,
        Some(_) => 0,
        None => return None,
    };
    Some(Box::new(Value::Shift {
        unit: Unit::Day,
        n: Some(n),
        gran: Unit::Day,
        anchor: Anchor::Speech,
    }))
}

fn weekday_capitalized(c: &Caps) -> bool {
    c.name("wd")
        .map_or(true, |m| super::capitalized(m.as_str()))
        && c.name("m").map_or(true, |m| super::capitalized(m.as_str()))
        && c.name("m2")
            .map_or(true, |m| super::capitalized(m.as_str()))
        && c.name("wm")
            .map_or(true, |m| super::capitalized(m.as_str()))
}

/// A time-of-day candidate at `h:mi`, on the day the match names (if any).
fn clock(all: M, c: &Caps, h: u32, mi: u32, rule: &'static str) -> Cand {
    Cand::new(
        all,
        TimexType::Time,
        Value::WithTime {
            day: day_value(c),
            tod: TimeOfDay::Clock(h, mi),
        },
        rule,
    )
}

/// Finds clock times.
pub fn find(h: &Hay, out: &mut Vec<Cand>) {
    let text = h.text;
    for c in AMPM.captures_near(h, &AMPM_WORD, AMPM_GAPS) {
        let (Some(all), Some(h)) = (c.get(0), c.name("h")) else {
            continue;
        };
        if !weekday_capitalized(&c) {
            continue;
        }
        let mut h: u32 = h.as_str().parse().unwrap_or(0);
        let mi: u32 = c
            .name("mi")
            .and_then(|m| m.as_str().parse().ok())
            .unwrap_or(0);
        let pm = group(&c, "ap").is_some_and(|a| a.starts_with('p'));
        if h == 0 || h > 12 {
            continue;
        }
        if pm && h < 12 {
            h += 12;
        } else if !pm && h == 12 {
            h = 0;
        }
        out.push(clock(all, &c, h, mi, "clock:am-pm"));
    }
    for c in H24.captures_iter(h) {
        let (Some(all), Some(h)) = (c.get(0), c.name("h")) else {
            continue;
        };
        if !weekday_capitalized(&c) {
            continue;
        }
        let h: u32 = h.as_str().parse().unwrap_or(0);
        let mi: u32 = c
            .name("mi")
            .and_then(|m| m.as_str().parse().ok())
            .unwrap_or(0);
        out.push(clock(all, &c, h, mi, "clock:24h"));
    }
    for c in H24_ZONE.captures_iter(h) {
        let (Some(all), Some(h), Some(mi)) = (c.get(0), c.name("h"), c.name("mi")) else {
            continue;
        };
        if !weekday_capitalized(&c) {
            continue;
        }
        let (Ok(h), Ok(mi)) = (h.as_str().parse(), mi.as_str().parse()) else {
            continue;
        };
        out.push(clock(all, &c, h, mi, "clock:24h-zone"));
    }
    for c in PART.captures_iter(h) {
        let Some(all) = c.get(0) else {
            continue;
        };
        if !weekday_capitalized(&c)
            || !PART_LEAD.contains(&super::word_before(text, all.start()).as_str())
        {
            continue;
        }
        let hour = match (c.name("h"), group(&c, "hw")) {
            (Some(d), _) => d.as_str().parse().ok(),
            (None, Some(w)) => hour_word(&w),
            (None, None) => None,
        };
        let Some(mut hour) = hour else {
            continue;
        };
        let mi: u32 = c
            .name("mi")
            .and_then(|m| m.as_str().parse().ok())
            .unwrap_or(0);
        let part = group(&c, "p1").or_else(|| group(&c, "p2"));
        match part.as_deref() {
            // "12 in the morning": midnight.
            Some("morning") if hour == 12 => hour = 0,
            Some("morning") => {}
            // "12 in the afternoon": noon; "8 in the evening": 20:00.
            Some(_) if hour < 12 => hour += 12,
            _ => {}
        }
        out.push(clock(all, &c, hour, mi, "clock:part-of-day"));
    }
    for c in NAMED.captures_iter(h) {
        let (Some(all), Some(n)) = (c.get(0), c.name("n")) else {
            continue;
        };
        if !weekday_capitalized(&c) {
            continue;
        }
        // "High Noon", "high noon": an idiom or a title.
        if super::word_before(text, all.start()) == "high" {
            continue;
        }
        let h = if n.as_str().eq_ignore_ascii_case("midnight") {
            24
        } else {
            12
        };
        out.push(clock(all, &c, h, 0, "clock:named"));
    }
}
