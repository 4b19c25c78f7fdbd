//! The temporal word tables (`src/tables/temporal/`), parsed once.
//!
//! Each table is a TSV file with `#` header lines saying its format. The parsed forms here are
//! what the rules use: lookups from a lower-case word to its meaning, and regex alternations
//! (longest first) for building the few combined patterns of [`super::rules`].

use crate::tables::{columns, data_lines, Words};
use crate::text::hash::Lower;
use std::sync::LazyLock;

/// Raw tables, compiled in.
pub mod raw {
    /// Month names.
    pub const MONTHS: &str = crate::table!(include_str!("../tables/temporal/months.tsv"));
    /// Weekday names.
    pub const WEEKDAYS: &str = crate::table!(include_str!("../tables/temporal/weekdays.tsv"));
    /// Time units.
    pub const UNITS: &str = crate::table!(include_str!("../tables/temporal/units.tsv"));
    /// Number words.
    pub const NUMBERS: &str = crate::table!(include_str!("../tables/temporal/numbers.tsv"));
    /// Ordinal words.
    pub const ORDINALS: &str = crate::table!(include_str!("../tables/temporal/ordinals.tsv"));
    /// Holidays and their date rules.
    pub const HOLIDAYS: &str = crate::table!(include_str!("../tables/temporal/holidays.tsv"));
    /// Parts of day and named clock times.
    pub const PARTS: &str = crate::table!(include_str!("../tables/temporal/parts_of_day.tsv"));
    /// Seasons.
    pub const SEASONS: &str = crate::table!(include_str!("../tables/temporal/seasons.tsv"));
    /// Modifiers ("early", "more than").
    pub const MODIFIERS: &str = crate::table!(include_str!("../tables/temporal/modifiers.tsv"));
    /// Count nouns and number labels that rule out a bare year.
    pub const COUNT_NOUNS: &str = crate::table!(include_str!("../tables/temporal/count_nouns.tsv"));
    /// Tense cue words.
    pub const TENSE: &str = crate::table!(include_str!("../tables/temporal/tense.tsv"));
    /// Nouns after "today's" that make it the day itself.
    pub const TODAY_NOUNS: &str = crate::table!(include_str!("../tables/temporal/today_nouns.tsv"));
    /// Words that make a bare half a game's.
    pub const GAME_WORDS: &str = crate::table!(include_str!("../tables/temporal/game_words.tsv"));
    /// Trigger words of the rule patterns.
    pub const TRIGGERS: &str = crate::table!(include_str!("../tables/temporal/triggers.tsv"));
    /// Every table with its name, for the parse test.
    pub const ALL: &[(&str, &str)] = &[
        ("months", MONTHS),
        ("weekdays", WEEKDAYS),
        ("units", UNITS),
        ("numbers", NUMBERS),
        ("ordinals", ORDINALS),
        ("holidays", HOLIDAYS),
        ("parts_of_day", PARTS),
        ("seasons", SEASONS),
        ("modifiers", MODIFIERS),
        ("tense", TENSE),
        ("count_nouns", COUNT_NOUNS),
        ("today_nouns", TODAY_NOUNS),
        ("game_words", GAME_WORDS),
        ("triggers", TRIGGERS),
    ];
}

/// A time unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Unit {
    /// Second.
    Second,
    /// Minute.
    Minute,
    /// Hour.
    Hour,
    /// Day (also "night" as a length).
    Day,
    /// Weekend.
    Weekend,
    /// Week.
    Week,
    /// Fortnight (two weeks).
    Fortnight,
    /// Month.
    Month,
    /// Quarter (three months).
    Quarter,
    /// Half-year.
    Half,
    /// Year.
    Year,
    /// Decade.
    Decade,
    /// Century.
    Century,
    /// Millennium.
    Millennium,
}

impl Unit {
    /// Parses a unit code of `units.tsv`.
    pub fn from_code(c: &str) -> Option<Unit> {
        Some(match c {
            "S" => Unit::Second,
            "MIN" => Unit::Minute,
            "H" => Unit::Hour,
            "D" => Unit::Day,
            "W" => Unit::Week,
            "WE" => Unit::Weekend,
            "FN" => Unit::Fortnight,
            "M" => Unit::Month,
            "Q" => Unit::Quarter,
            "HY" => Unit::Half,
            "Y" => Unit::Year,
            "DE" => Unit::Decade,
            "C" => Unit::Century,
            "L" => Unit::Millennium,
            _ => return None,
        })
    }
}

/// A number word's value: a number or a vague amount.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Amount {
    /// A known amount.
    N(f64),
    /// A vague amount ("several", "a few").
    X,
}

/// How a holiday's date is computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HolidayRule {
    /// Same month and day every year.
    Fixed(u32, u32),
    /// N-th (−1 = last) ISO weekday of a month: (n, weekday, month).
    Nth(i32, u32, u32),
    /// Days after Western Easter Sunday.
    Easter(i64),
    /// The first ISO weekday after a day: (month, day, weekday) ("the Tuesday after the first
    /// Monday of November" is the first Tuesday after November 1).
    After(u32, u32, u32),
}

/// All parsed tables.
#[derive(Default)]
pub struct Lexicon {
    /// Month word → (number, flag).
    pub months: Words<(u32, &'static str)>,
    /// Weekday word → (number, flag).
    pub weekdays: Words<(u32, &'static str)>,
    /// Unit word → unit.
    pub units: Words<Unit>,
    /// Number word → amount.
    pub numbers: Words<Amount>,
    /// Ordinal word → number.
    pub ordinals: Words<u32>,
    /// Holiday name → rule.
    pub holidays: Words<HolidayRule>,
    /// Part-of-day word → code (`MO`) or clock time (`12:00`).
    pub parts: Words<&'static str>,
    /// Season word → code.
    pub seasons: Words<&'static str>,
    /// Modifier phrase → (mod, applies-to).
    pub modifiers: Vec<(String, String, String)>,
    /// Tense cue word → tense.
    pub tense: Words<&'static str>,
    /// Words of plan or expectation after which a present "is"/"are" is a future (`after-be`).
    pub future_after_be: Words<()>,
    /// Words after a four-digit number that make it a count.
    pub count_after: Words<()>,
    /// Words before a four-digit number that make it a label.
    pub count_before: Words<()>,
    /// Nouns after "today's" that make it the day itself ("today's meeting").
    pub today_nouns: Words<()>,
    /// Words that make a bare "the second half" in their sentence a game's ("his 14th goal").
    pub game_words: Words<()>,
}

fn parse_holiday(rule: &str) -> Option<HolidayRule> {
    let p: Vec<&str> = rule.split_whitespace().collect();
    match p.as_slice() {
        ["fixed", md] => {
            let (m, d) = md.split_once('-')?;
            Some(HolidayRule::Fixed(m.parse().ok()?, d.parse().ok()?))
        }
        ["nth", n, wd, m] => Some(HolidayRule::Nth(
            n.parse().ok()?,
            wd.parse().ok()?,
            m.parse().ok()?,
        )),
        ["easter", d] => Some(HolidayRule::Easter(d.parse().ok()?)),
        ["after", md, wd] => {
            let (m, d) = md.split_once('-')?;
            Some(HolidayRule::After(
                m.parse().ok()?,
                d.parse().ok()?,
                wd.parse().ok()?,
            ))
        }
        _ => None,
    }
}

/// Parses every table; `Err` names the table and the bad line.
pub fn parse_all() -> Result<Lexicon, String> {
    fn two(
        table: &str,
        l: &'static str,
    ) -> Result<(&'static str, &'static str, Option<&'static str>), String> {
        let c = columns(l);
        if c.len() < 2 || c[0].is_empty() {
            return Err(format!("{table}: bad line {l:?}"));
        }
        Ok((c[0], c[1], c.get(2).copied()))
    }
    let mut lx = Lexicon::default();
    for l in data_lines(raw::MONTHS) {
        let (w, n, f) = two("months", l)?;
        let n: u32 = n
            .parse()
            .map_err(|_| format!("months: bad number in {l:?}"))?;
        if !(1..=12).contains(&n) {
            return Err(format!("months: month out of range in {l:?}"));
        }
        lx.months.insert(w, (n, f.unwrap_or("full")));
    }
    for l in data_lines(raw::WEEKDAYS) {
        let (w, n, f) = two("weekdays", l)?;
        let n: u32 = n
            .parse()
            .map_err(|_| format!("weekdays: bad number in {l:?}"))?;
        lx.weekdays.insert(w, (n, f.unwrap_or("full")));
    }
    for l in data_lines(raw::UNITS) {
        let (w, c, _) = two("units", l)?;
        let u = Unit::from_code(c).ok_or_else(|| format!("units: bad code in {l:?}"))?;
        lx.units.insert(w, u);
    }
    for l in data_lines(raw::NUMBERS) {
        let (w, v, _) = two("numbers", l)?;
        let a = if v == "X" {
            Amount::X
        } else {
            Amount::N(decimal(v).ok_or_else(|| format!("numbers: bad value in {l:?}"))?)
        };
        lx.numbers.insert(w, a);
    }
    for l in data_lines(raw::ORDINALS) {
        let (w, v, _) = two("ordinals", l)?;
        lx.ordinals.insert(
            w,
            v.parse()
                .map_err(|_| format!("ordinals: bad value in {l:?}"))?,
        );
    }
    for l in data_lines(raw::HOLIDAYS) {
        let (w, r, _) = two("holidays", l)?;
        let rule = parse_holiday(r).ok_or_else(|| format!("holidays: bad rule in {l:?}"))?;
        lx.holidays.insert(w, rule);
    }
    for l in data_lines(raw::PARTS) {
        let (w, v, _) = two("parts_of_day", l)?;
        lx.parts.insert(w, v);
    }
    for l in data_lines(raw::SEASONS) {
        let (w, v, _) = two("seasons", l)?;
        lx.seasons.insert(w, v);
    }
    for l in data_lines(raw::MODIFIERS) {
        let (w, m, a) = two("modifiers", l)?;
        let a = a.unwrap_or("any");
        if !matches!(a, "point" | "length" | "any" | "ago") {
            return Err(format!("modifiers: bad applies-to in {l:?}"));
        }
        lx.modifiers
            .push((w.to_string(), m.to_string(), a.to_string()));
    }
    for l in data_lines(raw::TENSE) {
        let (w, t, flag) = two("tense", l)?;
        if !matches!(t, "past" | "present" | "future" | "none" | "modal") {
            return Err(format!("tense: bad tense in {l:?}"));
        }
        match flag {
            None => {}
            Some("after-be") => {
                lx.future_after_be.insert(w, ());
            }
            Some(_) => return Err(format!("tense: bad third column in {l:?}")),
        }
        lx.tense.insert(w, t);
    }
    for l in data_lines(raw::COUNT_NOUNS) {
        let (w, pos, _) = two("count_nouns", l)?;
        match pos {
            "after" => lx.count_after.insert(w, ()),
            "before" => lx.count_before.insert(w, ()),
            _ => return Err(format!("count_nouns: bad position in {l:?}")),
        };
    }
    for (name, raw, set) in [
        ("today_nouns", raw::TODAY_NOUNS, &mut lx.today_nouns),
        ("game_words", raw::GAME_WORDS, &mut lx.game_words),
    ] {
        for l in data_lines(raw) {
            let w = l.trim();
            if w.is_empty() || w.contains(char::is_whitespace) || w != w.lower() {
                return Err(format!("{name}: not one lower-case word: {l:?}"));
            }
            set.insert(w, ());
        }
    }
    Ok(lx)
}

/// The tables, parsed on first use. A table that fails to parse is a build defect caught by the
/// table test; at run time the bad table is treated as empty rather than panicking.
pub static LEX: LazyLock<Lexicon> = LazyLock::new(|| parse_all().unwrap_or_default());

/// A regex alternation of `words` (escaped, longest first; spaces match any run of spaces).
pub fn alternation(words: impl Iterator<Item = &'static str>) -> String {
    let mut w: Vec<&str> = words.collect();
    crate::sort::sort_by(&mut w, |a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    w.iter()
        .map(|s| regex::escape(s).replace(' ', r"\s+"))
        .collect::<Vec<_>>()
        .join("|")
}

/// Reads digits with an optional decimal part ("30", "2.5"); nothing else (no sign, exponent,
/// "inf"). Exact for up to 15 significant digits; done by hand so the .wasm carries no float
/// parser (core's is ~10 KB with its tables).
pub fn decimal(s: &str) -> Option<f64> {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    if int.is_empty() || (s.contains('.') && frac.is_empty()) {
        return None;
    }
    let mut m = 0f64;
    for b in int.bytes().chain(frac.bytes()) {
        if !b.is_ascii_digit() {
            return None;
        }
        m = m * 10.0 + f64::from(b - b'0');
    }
    Some(m / 10f64.powi(frac.len().min(300) as i32))
}

/// Parses a number as written: digits ("30", "2.5"), or number words ("twenty-four", "a couple
/// of", "several", "one hundred").
pub fn amount(s: &str) -> Option<Amount> {
    let t = s.trim().lower();
    if let Some(n) = decimal(&t.replace(',', "")) {
        return Some(Amount::N(n));
    }
    let mut t = t.split_whitespace().collect::<Vec<_>>().join(" ");
    // "a two-year": the article before a number is not a number.
    for art in ["a ", "an "] {
        if let Some(rest) = t.strip_prefix(art) {
            if !LEX.numbers.contains(&t)
                && amount(rest).is_some_and(|a| a != Amount::X || rest == "few")
            {
                t = rest.to_string();
                if let Some(n) = decimal(&t) {
                    return Some(Amount::N(n));
                }
                break;
            }
        }
    }
    if let Some(a) = LEX.numbers.get(&t) {
        return Some(*a);
    }
    // Compound number words: "twenty-four", "twenty four", "two hundred", "a hundred and ten".
    // "and" joins only after "hundred" or "thousand": "between four and six years" names two
    // amounts, a vague one (as "four to six years").
    let mut total = 0f64;
    let mut cur = 0f64;
    let mut any = false;
    let mut prev = "";
    for w in t.split([' ', '-']).filter(|w| !w.is_empty()) {
        if w == "and" {
            if !matches!(prev, "hundred" | "thousand") {
                return Some(Amount::X);
            }
            continue;
        }
        prev = w;
        match LEX.numbers.get(w) {
            Some(Amount::N(n)) if *n == 100.0 => {
                cur = if cur == 0.0 { 100.0 } else { cur * 100.0 };
            }
            Some(Amount::N(n)) if *n == 1000.0 => {
                total += if cur == 0.0 { 1000.0 } else { cur * 1000.0 };
                cur = 0.0;
            }
            Some(Amount::N(n)) => cur += n,
            Some(Amount::X) => return Some(Amount::X),
            None => return None,
        }
        any = true;
    }
    any.then_some(Amount::N(total + cur))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_temporal_table_parses_and_is_not_empty() {
        let lx = parse_all().unwrap();
        for (name, t) in raw::ALL {
            // The headers are checked on disk (`tables::strip` drops them from the build).
            assert!(data_lines(t).count() > 0, "{name} is empty");
        }
        assert_eq!(lx.months["sept"].0, 9);
        assert_eq!(lx.weekdays["thursday"].0, 4);
        assert_eq!(lx.units["decades"], Unit::Decade);
        assert_eq!(lx.holidays["good friday"], HolidayRule::Easter(-2));
    }

    #[test]
    fn amounts_from_digits_and_words() {
        assert_eq!(amount("30"), Some(Amount::N(30.0)));
        for (text, n) in [
            ("2.5", Some(2.5)),
            ("0.1", Some(0.1)),
            ("007", Some(7.0)),
            ("1,000", Some(1000.0)),
        ] {
            assert_eq!(amount(text), n.map(Amount::N), "{text}");
        }
        for bad in ["inf", "nan", "1e5", "+3", ".5", "5.", "1.2.3", "", "-"] {
            assert_eq!(decimal(bad), None, "{bad}");
        }
        for ok in ["0", "12", "3.75", "0.001", "123456.789"] {
            assert_eq!(decimal(ok), ok.parse::<f64>().ok(), "{ok}");
        }
        assert_eq!(amount("twenty-four"), Some(Amount::N(24.0)));
        assert_eq!(amount("twenty four"), Some(Amount::N(24.0)));
        assert_eq!(amount("a couple of"), Some(Amount::N(2.0)));
        assert_eq!(amount("several"), Some(Amount::X));
        assert_eq!(amount("two hundred"), Some(Amount::N(200.0)));
        assert_eq!(amount("two thousand"), Some(Amount::N(2000.0)));
        assert_eq!(amount("one hundred and fifty"), Some(Amount::N(150.0)));
        assert_eq!(amount("four and six"), Some(Amount::X));
        assert_eq!(amount("blue"), None);
        assert_eq!(amount("a two"), Some(Amount::N(2.0)));
        assert_eq!(amount("a 30"), Some(Amount::N(30.0)));
        assert_eq!(amount("a hundred"), Some(Amount::N(100.0)));
    }
}
