//! Ranges of dates written without a year: "from June 1 through Nov. 30", "between Nov. 28 and
//! Dec. 2", "from October to March".
//!
//! [`resolve`](mod@super::resolve) gives each end its year on its own, by the tense of the clause.
//! Where the range straddles the reference date or a new year the two ends can come out
//! inverted ("the season runs from June 1 through Nov. 30", said in September: June 1 of this
//! year, Nov. 30 of last year) or more than a year apart. [`settle`] then moves one end by a year
//! so that the range reads forward, choosing between the two ways of doing so by the clause's
//! tense: a past clause takes the range that has ended, a future one the range still to end, a
//! present one the range holding the reference date (else the nearer).

use super::rules::word_before;
use crate::date::Date;
use crate::span::Span;
use crate::text::hash::any_of;

/// Which way the clause of a range leans.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lean {
    /// A past-tense verb governs it: the range has taken place.
    Past,
    /// A present, or no verb: the range nearest the reference date.
    Present,
    /// A future or a plan: the range is still to end.
    Future,
}

/// Whether the expressions at `start` and `end` (in this order, in `text`) are a range's two
/// ends: "from A to/through/until B", "between A and B", or "A–B" joined by a dash.
pub fn joins(text: &str, start: Span, end: Span) -> bool {
    let Some(gap) = text.get(start.end..end.start).map(str::trim) else {
        return false;
    };
    if matches!(gap, "-" | "–" | "—") {
        return true;
    }
    let before = word_before(text, start.start);
    if any_of(gap, &["to", "through", "thru", "until", "till"]) {
        any_of(&before, &["from", "between"])
    } else {
        gap.eq_ignore_ascii_case("and") && before == "between"
    }
}

/// The same day (or month: `day` 1) in year `y`, if it exists (not Feb. 29 of a common year).
fn in_year(d: Date, y: i32) -> Option<Date> {
    Date::new(y, d.month, d.day)
}

/// Whether a range of days `s..=e` (as day numbers) reads forward and spans less than a year.
fn forward(s: i64, e: i64) -> bool {
    e >= s && e - s < 365
}

/// The two ends of a range, each resolved on its own, made to read forward when they do not:
/// `None` when they already do (or no year fits). `start` and `end` are first days of their
/// periods (days, or months with day 1), `r` the reference date.
pub fn settle(start: Date, end: Date, r: Date, lean: Lean) -> Option<(Date, Date)> {
    if forward(start.to_days(), end.to_days()) {
        return None;
    }
    let r = r.to_days();
    // Keep the start and move the end, or keep the end and move the start; the best option
    // fits the lean (ends before the reference date, or after it) and is the nearest.
    let mut best: Option<((Date, Date), (bool, i64))> = None;
    for (s, e) in [
        (Some(start), in_year(end, start.year)),
        (Some(start), in_year(end, start.year + 1)),
        (in_year(start, end.year), Some(end)),
        (in_year(start, end.year - 1), Some(end)),
    ] {
        let (Some(s), Some(e)) = (s, e) else { continue };
        let (sd, ed) = (s.to_days(), e.to_days());
        if !forward(sd, ed) {
            continue;
        }
        let away = if r < sd { sd - r } else { (r - ed).max(0) };
        let rank = match lean {
            Lean::Past if ed <= r => (false, r - ed),
            Lean::Future if ed >= r => (false, ed - r),
            Lean::Present => (false, away),
            _ => (true, away),
        };
        if best.map_or(true, |(_, b)| rank < b) {
            best = Some(((s, e), rank));
        }
    }
    best.map(|(x, _)| x)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse_iso(s).unwrap()
    }

    #[test]
    fn settles_ranges_by_lean() {
        // (name, start, end, reference, lean, expected start..end or "" for unchanged)
        let rows = [
            (
                "season said in September, present",
                "2025-06-01",
                "2024-11-30",
                "2025-09-10",
                Lean::Present,
                "2025-06-01..2025-11-30",
            ),
            (
                "season said in September, future",
                "2026-06-01",
                "2025-11-30",
                "2025-09-10",
                Lean::Future,
                "2025-06-01..2025-11-30",
            ),
            (
                "season said in September, past",
                "2025-06-01",
                "2024-11-30",
                "2025-09-10",
                Lean::Past,
                "2024-06-01..2024-11-30",
            ),
            (
                "festival that ran, said in mid-March",
                "2024-03-30",
                "2025-04-02",
                "2025-03-15",
                Lean::Past,
                "2024-03-30..2024-04-02",
            ),
            (
                "festival to come, said in mid-March",
                "2024-03-30",
                "2025-04-02",
                "2025-03-15",
                Lean::Future,
                "2025-03-30..2025-04-02",
            ),
            (
                "exhibition under way, future",
                "2026-11-01",
                "2025-12-15",
                "2025-11-20",
                Lean::Future,
                "2025-11-01..2025-12-15",
            ),
            (
                "months across the new year",
                "2025-10-01",
                "2025-03-01",
                "2025-11-20",
                Lean::Present,
                "2025-10-01..2026-03-01",
            ),
            (
                "already forward",
                "2025-11-28",
                "2025-12-02",
                "2025-11-20",
                Lean::Future,
                "",
            ),
            (
                "one day",
                "2025-05-01",
                "2025-05-01",
                "2025-11-20",
                Lean::Past,
                "",
            ),
            (
                "across the new year, forward",
                "2024-12-20",
                "2025-01-05",
                "2025-01-10",
                Lean::Past,
                "",
            ),
        ];
        for (name, s, e, r, lean, want) in rows {
            let got = settle(d(s), d(e), d(r), lean)
                .map(|(s, e)| format!("{s}..{e}"))
                .unwrap_or_default();
            assert_eq!(got, want, "{name}");
        }
    }

    #[test]
    fn leap_days_without_a_year_do_not_panic() {
        // Feb. 29 exists only in leap years: the option that needs it in a common year is dropped.
        let got = settle(
            d("2024-02-29"),
            d("2023-03-01"),
            d("2024-06-01"),
            Lean::Present,
        );
        assert_eq!(got, Some((d("2024-02-29"), d("2024-03-01"))));
    }

    #[test]
    fn joins_range_connectors() {
        // (name, text, joined): the two dates are the first and last "X1"/"X2" placeholders.
        let rows = [
            ("from to", "from X1 to X2", true),
            ("from through", "runs from X1 through X2", true),
            ("between and", "between X1 and X2", true),
            ("dash", "X1 - X2", true),
            ("en dash", "X1 – X2", true),
            ("and without between", "on X1 and X2", false),
            ("to without from", "moved X1 to X2", false),
            ("words between", "from X1, then to X2", false),
        ];
        for (name, text, want) in rows {
            let a = text.find("X1").unwrap();
            let b = text.find("X2").unwrap();
            let got = joins(text, Span::new(a, a + 2), Span::new(b, b + 2));
            assert_eq!(got, want, "{name}");
        }
    }
}
