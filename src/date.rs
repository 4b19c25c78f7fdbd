//! A small proleptic-Gregorian calendar date: parsing, arithmetic, weekdays and ISO weeks.
//!
//! Written here rather than pulled from a crate: the core needs a dozen operations on whole days,
//! and a date crate would add to the .wasm for nothing else.

use std::fmt;

/// A calendar day, years 1..=9999.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year, 1..=9999.
    pub year: i32,
    /// Month, 1..=12.
    pub month: u32,
    /// Day of month, 1..=31 (valid for the month).
    pub day: u32,
}

/// True for Gregorian leap years.
pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in `month` of `year` (0 for an invalid month).
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// A date if `year`, `month` and `day` name a real day in years 1..=9999.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=9999).contains(&year)
            || !(1..=12).contains(&month)
            || day == 0
            || day > days_in_month(year, month)
        {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Parses exactly `YYYY-MM-DD`; the error says what is wrong.
    pub fn parse_iso(s: &str) -> Result<Date, String> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(format!(
                "expected a date as YYYY-MM-DD, got {}",
                crate::error::quoted(s)
            ));
        }
        let num = |r: std::ops::Range<usize>| -> Result<u32, String> {
            let part = &s[r];
            if part.bytes().all(|c| c.is_ascii_digit()) {
                part.parse::<u32>()
                    .map_err(|_| format!("expected a date as YYYY-MM-DD, got {s:?}"))
            } else {
                Err(format!("expected a date as YYYY-MM-DD, got {s:?}"))
            }
        };
        let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
        if y == 0 {
            return Err(format!("year 0000 is out of range (1..=9999) in {s:?}"));
        }
        if !(1..=12).contains(&m) {
            return Err(format!("month {m:02} does not exist in {s:?}"));
        }
        Date::new(y as i32, m, d)
            .ok_or_else(|| format!("day {d:02} does not exist in {y:04}-{m:02} ({s:?})"))
    }

    /// Days since 1970-01-01 (negative before).
    pub fn to_days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = self.year as i64 - if self.month <= 2 { 1 } else { 0 };
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = self.month as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }

    /// The date `days` after 1970-01-01, if it lies in years 1..=9999.
    pub fn from_days(days: i64) -> Option<Date> {
        let z = days + 719468;
        let era = if z >= 0 { z } else { z - 146096 } / 146097;
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
        if !(1..=9999).contains(&y) {
            return None;
        }
        Date::new(y as i32, m, d)
    }

    /// The date `n` days later (earlier if negative); `None` outside years 1..=9999.
    pub fn add_days(self, n: i64) -> Option<Date> {
        Date::from_days(self.to_days() + n)
    }

    /// The date `n` months later, with the day clamped to the month's length.
    pub fn add_months(self, n: i64) -> Option<Date> {
        let total = self.year as i64 * 12 + (self.month as i64 - 1) + n;
        let y = total.div_euclid(12);
        let m = (total.rem_euclid(12) + 1) as u32;
        if !(1..=9999).contains(&y) {
            return None;
        }
        let d = self.day.min(days_in_month(y as i32, m));
        Date::new(y as i32, m, d)
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    pub fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday (4).
        ((self.to_days().rem_euclid(7) + 3) % 7 + 1) as u32
    }

    /// ISO 8601 week-numbering year and week (1..=53).
    pub fn iso_week(self) -> (i32, u32) {
        let wd = self.weekday() as i64;
        // The Thursday of this week decides the year.
        let thursday = self.to_days() - wd + 4;
        let th = Date::from_days(thursday).unwrap_or(self);
        let jan1 = Date {
            year: th.year,
            month: 1,
            day: 1,
        }
        .to_days();
        let week = ((thursday - jan1) / 7 + 1) as u32;
        (th.year, week)
    }

    /// Day of the year, 1..=366.
    pub fn ordinal(self) -> u32 {
        (self.to_days()
            - Date {
                year: self.year,
                month: 1,
                day: 1,
            }
            .to_days()) as u32
            + 1
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_weekdays() {
        let d = Date::new(2025, 3, 13).unwrap();
        assert_eq!(d.weekday(), 4); // Thursday
        assert_eq!(Date::from_days(d.to_days()), Some(d));
        assert_eq!(d.iso_week(), (2025, 11));
        assert_eq!(Date::new(2021, 1, 3).unwrap().iso_week(), (2020, 53));
        assert_eq!(Date::new(2024, 12, 30).unwrap().iso_week(), (2025, 1));
        assert_eq!(d.add_days(-1).unwrap().to_string(), "2025-03-12");
        assert_eq!(
            Date::new(2024, 1, 31)
                .unwrap()
                .add_months(1)
                .unwrap()
                .to_string(),
            "2024-02-29"
        );
    }

    #[test]
    fn parse_iso_rejects_bad_dates_with_reasons() {
        assert!(Date::parse_iso("2025-03-13").is_ok());
        for bad in [
            "2025-02-30",
            "tomorrow",
            "",
            "10000-01-01",
            "2025-13-01",
            "0000-01-01",
            "2025-3-13",
        ] {
            assert!(Date::parse_iso(bad).is_err(), "{bad} should be rejected");
        }
        // A pasted article in the date field: the message shows its start, not all of it.
        let e = Date::parse_iso(&"Kremlin spokesman said ".repeat(10_000)).unwrap_err();
        assert!(
            e.starts_with("expected a date as YYYY-MM-DD, got \"Kremlin spokesman"),
            "{e}"
        );
        assert!(e.len() < 120 && e.ends_with("(230000 characters)"), "{e}");
        assert!(Date::parse_iso("2025-02-30")
            .unwrap_err()
            .contains("day 30"));
    }
}
