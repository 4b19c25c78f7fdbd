//! Typed, underspecified time values as the rules find them.
//!
//! A rule says what the text states — "Thursday" is weekday 4 with a direction left to the tense,
//! "August 6" is month 8 day 6 of an implied year, "the day before" is one day before some anchor —
//! and [`super::resolve`](mod@super::resolve) turns that into a TIMEX3 string once the reference date and the
//! narrative are known. The string is produced only when printing.

use super::lexicon::{Amount, HolidayRule, Unit};

/// How a year is given.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Year {
    /// Written in the text ("2024").
    Known(i32),
    /// Not written: to be implied from the reference date and the tense ("August 6").
    Implied,
    /// Relative to the anchor year ("last year" = −1, "this year" = 0).
    Rel(i64),
    /// The next (1), previous (−1) or same (0) one after the narrative's last dated expression
    /// ("the following spring", "the previous winter").
    Narrative(i64),
}

/// Which occurrence of a recurring name (weekday, month, season, holiday) is meant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    /// Decided by the tense of the governing verb (news default: the past).
    Tense,
    /// "last Friday": the previous one.
    Last,
    /// "next Friday", "this coming Friday": the next one.
    Next,
    /// "this Friday", "this summer": the one in the current week / year.
    This,
}

/// What an expression relative to an anchor is anchored to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// The reference (speech) time: deictic ("yesterday", "last week", "two weeks ago").
    Speech,
    /// The most recent time of the narrative: anaphoric ("the day before", "a year later").
    Narrative,
}

/// A time of day: a part of the day (`MO`, `AF`, `EV`, `NI`) or a clock time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeOfDay {
    /// A part of the day.
    Part(&'static str),
    /// Hour and minute.
    Clock(u32, u32),
}

/// A typed, underspecified value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A calendar date with known and implied parts: "2024", "August 2024", "August 6", "6 August 2024".
    Date {
        /// The year.
        year: Year,
        /// The month, if stated.
        month: Option<u32>,
        /// The day of month, if stated.
        day: Option<u32>,
        /// Which occurrence, when the year is implied.
        dir: Dir,
    },
    /// A period `n` units from an anchor, printed at `gran`: "yesterday" (day −1), "last week"
    /// (week −1), "two years ago" (year −2), "the day before" (day −1, narrative).
    Shift {
        /// The unit shifted by.
        unit: Unit,
        /// How many units (negative: earlier). `None` for a vague amount ("a few days ago").
        n: Option<i64>,
        /// The granularity of the result.
        gran: Unit,
        /// What it shifts from.
        anchor: Anchor,
    },
    /// A weekday: "Thursday", "last Friday".
    Weekday {
        /// ISO weekday 1..=7.
        wd: u32,
        /// Which one.
        dir: Dir,
    },
    /// A quarter: "the third quarter" (`q` = 3), "the quarter" (`q` = None: the quarter being
    /// reported, i.e. the last one completed before the reference date).
    Quarter {
        /// The year.
        year: Year,
        /// 1..=4, or the reporting quarter.
        q: Option<u32>,
    },
    /// A half-year: "the first half" (H1).
    Half {
        /// The year.
        year: Year,
        /// 1 or 2.
        h: u32,
    },
    /// A season ("last summer" → year −1, SU).
    Season {
        /// The year.
        year: Year,
        /// `SP`, `SU`, `FA`, `WI`.
        code: &'static str,
        /// Which one, when the year is implied.
        dir: Dir,
    },
    /// A decade: "the 1990s" (199), "the nineties" (century implied).
    Decade {
        /// The century digits, if written (19 for "1990s").
        century: Option<i32>,
        /// The decade digit (9 for the nineties).
        d: i32,
    },
    /// A century: "the 20th century" → 19.
    Century(i32),
    /// A holiday in a given or implied year.
    Holiday {
        /// The year.
        year: Year,
        /// How to compute its date.
        rule: HolidayRule,
        /// Which one, when the year is implied.
        dir: Dir,
    },
    /// A date value with a time of day: "Tuesday morning", "3 p.m. Friday", "tonight".
    WithTime {
        /// The day (a date-valued expression; `None` = the anchor's day).
        day: Option<Box<Value>>,
        /// Part of the day or clock time.
        tod: TimeOfDay,
    },
    /// The ISO week holding a named day: "the week of March 24", "Easter week".
    WeekOf(Box<Value>),
    /// `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`.
    Ref(&'static str),
    /// A length of time: "30-day" (30 D), "months" (X M), "2 1/2 years" (2.5 Y).
    Duration {
        /// The amount.
        n: Amount,
        /// The unit.
        unit: Unit,
    },
    /// A recurring time, already in TIMEX3 form ("P1W", "XXXX-WXX-1").
    Set(String),
    /// A length of several units, already in TIMEX3 form ("PT3H20M": "3 hours and 20 minutes").
    Compound(String),
    /// A year or century before the common era, already in TIMEX3 form ("BC1500", "BC04").
    Era(String),
}

/// Formats a number of units as a TIMEX3 duration ("P30D", "PT4H", "P2Y6M", "PXM").
pub fn duration_string(n: Amount, unit: Unit) -> String {
    let (code, time, sub) = match unit {
        Unit::Second => ("S", true, None),
        Unit::Minute => ("M", true, Some((60.0, "S", true))),
        Unit::Hour => ("H", true, Some((60.0, "M", true))),
        Unit::Day => ("D", false, Some((24.0, "H", true))),
        Unit::Weekend => ("WE", false, None),
        Unit::Week => ("W", false, Some((7.0, "D", false))),
        Unit::Fortnight => ("W", false, None),
        Unit::Month => ("M", false, None),
        Unit::Quarter => ("Q", false, None),
        Unit::Half => ("M", false, None),
        Unit::Year => ("Y", false, Some((12.0, "M", false))),
        Unit::Decade => ("DE", false, None),
        Unit::Century => ("CE", false, None),
        Unit::Millennium => ("L", false, None),
    };
    let t = if time { "T" } else { "" };
    let n = match n {
        Amount::X => return format!("P{t}X{code}"),
        Amount::N(n) => n,
    };
    // Units TimeBank writes in other units.
    let (n, code) = match unit {
        Unit::Fortnight => (n * 2.0, code),
        Unit::Quarter => (n * 3.0, "M"),
        Unit::Half => (n * 6.0, "M"),
        Unit::Decade => (n * 10.0, "Y"),
        Unit::Century => (n * 100.0, "Y"),
        _ => (n, code),
    };
    let whole = n.trunc();
    let frac = n - whole;
    if frac.abs() < 1e-9 {
        return format!("P{t}{}{code}", whole as i64);
    }
    if let Some((per, sub_code, sub_time)) = sub {
        let rest = (frac * per).round() as i64;
        if whole == 0.0 {
            let t2 = if sub_time { "T" } else { "" };
            return format!("P{t2}{rest}{sub_code}");
        }
        let t2 = if sub_time && !time { "T" } else { "" };
        return format!("P{t}{}{code}{t2}{rest}{sub_code}", whole as i64);
    }
    format!("P{t}{}{code}", decimal_text(n))
}

/// `n` in decimal with at most 6 decimals, trailing zeros dropped ("2.5", "0.333333"), written
/// with integer formatting only: the .wasm carries no float formatter (core's is ~15 KB).
fn decimal_text(n: f64) -> String {
    let scaled = (n.abs() * 1e6).round().min(9e18) as u64;
    let (whole, frac) = (scaled / 1_000_000, scaled % 1_000_000);
    let sign = if n < 0.0 && scaled > 0 { "-" } else { "" };
    if frac == 0 {
        return format!("{sign}{whole}");
    }
    let digits = format!("{frac:06}");
    format!("{sign}{whole}.{}", digits.trim_end_matches('0'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_print_as_timex3() {
        assert_eq!(duration_string(Amount::N(30.0), Unit::Day), "P30D");
        assert_eq!(duration_string(Amount::X, Unit::Month), "PXM");
        assert_eq!(duration_string(Amount::N(4.0), Unit::Hour), "PT4H");
        assert_eq!(duration_string(Amount::N(2.5), Unit::Year), "P2Y6M");
        assert_eq!(duration_string(Amount::N(1.5), Unit::Month), "P1.5M");
        assert_eq!(duration_string(Amount::N(0.1), Unit::Quarter), "P0.3M");
        assert_eq!(
            duration_string(Amount::N(2.0 / 3.0), Unit::Month),
            "P0.666667M"
        );
        assert_eq!(duration_string(Amount::N(0.25), Unit::Decade), "P2.5Y");
        assert_eq!(duration_string(Amount::N(1.5), Unit::Minute), "PT1M30S");
        assert_eq!(duration_string(Amount::N(0.5), Unit::Hour), "PT30M");
        assert_eq!(duration_string(Amount::N(3.0), Unit::Quarter), "P9M");
        assert_eq!(duration_string(Amount::N(2.0), Unit::Decade), "P20Y");
    }
}
