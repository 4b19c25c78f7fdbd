//! Quantities: money ("$5 million", "€3bn", "200 dollars"), percentages ("58%", "30 percent"),
//! measures with a unit ("200 km"), and large counts ("nearly 200,000", "2 million"), with an
//! approximator before them ("nearly", "more than", "about").
//!
//! Not quantities: years ("2024"), day numbers of dates ("December 2"), numbers glued to a time unit
//! ("30-day", a duration), small bare counts ("two", "12").

use super::lexicon;
use super::Candidate;
use crate::model::Kind;
use crate::span::Span;
use crate::text::hash::Lower;
use crate::text::{Doc, TokenKind};

const CURRENCY_SIGNS: &[&str] = &["$", "€", "£", "¥", "₽", "₴", "₹"];
/// Scale words, capitalized as in headlines too ("Raises $45 Million").
const SCALES: &[&str] = &[
    "thousand", "million", "billion", "trillion", "bn", "m", "k", "mn", "tn", "Thousand",
    "Million", "Billion", "Trillion",
];
const CURRENCY_WORDS: &[&str] = &[
    "dollars",
    "dollar",
    "euros",
    "euro",
    "pounds",
    "pound",
    "yen",
    "yuan",
    "roubles",
    "rubles",
    "rouble",
    "ruble",
    "hryvnias",
    "rupees",
    "francs",
    "pesos",
    "sterling",
    "cents",
    "USD",
    "EUR",
    "GBP",
    "franc",
    "kronor",
    "krona",
    "kroner",
    "kronur",
    "crowns",
    "rand",
    "lira",
    "reais",
    "rupiah",
    "baht",
    "shekels",
    "zlotys",
    "forints",
    "dinars",
    "dirhams",
    "riyals",
    "naira",
    "shillings",
    "soles",
    "ringgit",
    "won",
    "dong",
    "cedis",
    "taka",
    "birr",
    "kwacha",
];
const UNITS: &[&str] = &[
    "km",
    "kilometres",
    "kilometers",
    "kilometre",
    "kilometer",
    "metre",
    "meter",
    "foot",
    "miles",
    "mile",
    "metres",
    "meters",
    "m",
    "kg",
    "kilograms",
    "kilogram",
    "tonnes",
    "tons",
    "tonne",
    "ton",
    "barrels",
    "litres",
    "liters",
    "gallons",
    "gallon",
    "hectares",
    "hectare",
    "acres",
    "acre",
    "square",
    "megawatts",
    "MW",
    "GW",
    "degrees",
    "Celsius",
    "Fahrenheit",
    "mph",
    "km/h",
    "kph",
    "feet",
    "inches",
    "centimetres",
    "centimeters",
    "cm",
    "mm",
    "millimetres",
    "millimeters",
];
const APPROX: &[&str] = &[
    "nearly",
    "almost",
    "about",
    "around",
    "roughly",
    "approximately",
    "some",
    "over",
    "under",
    "up to",
    "at least",
    "at most",
    "more than",
    "less than",
    "fewer than",
    "as many as",
    "as much as",
    "an estimated",
    "just over",
    "just under",
    "well over",
];
/// Whether `w`, as written, is a unit of measure after a number ("km", "tonnes", "degrees",
/// "MW"); the temporal finder asks it too, so that "60 miles an hour" is a rate, not a set.
pub(crate) fn is_unit(w: &str) -> bool {
    UNITS.contains(&w)
}

/// Units of time: a number glued to them is a duration, left to the temporal finder.
const TIME_UNITS: &[&str] = &[
    "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "minute",
    "minutes", "second", "seconds", "decade", "decades",
];

/// Finds quantities.
pub fn find(doc: &Doc) -> Vec<Candidate> {
    let toks = &doc.tokens;
    let w = |i: usize| toks.get(i).map(|t| t.text(&doc.text)).unwrap_or("");
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        if t.kind(&doc.text) != TokenKind::Number {
            i += 1;
            continue;
        }
        let num = w(i);
        if !num
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
            && !glued_scale(doc, i, num)
        {
            i += 1;
            continue;
        }
        // The rest out of line: most tokens are no number (small hot loops: see `pipeline`).
        i = quantity_at(doc, i, num, &mut out);
    }
    out
}

/// Whether the number token `i` (its text `num`) is an amount with its scale glued on, after a
/// currency sign: "£2bn", "$450m", "€1.2tn" ("5m" alone may be metres).
#[inline(never)]
fn glued_scale(doc: &Doc, i: usize, num: &str) -> bool {
    let Some(k) = num.find(|c: char| c.is_ascii_alphabetic()) else {
        return false;
    };
    let toks = &doc.tokens;
    k > 0
        && SCALES.contains(&&num[k..])
        && num[..k]
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
        && i > 0
        && CURRENCY_SIGNS.contains(&toks[i - 1].text(&doc.text))
        && toks[i].start() - toks[i - 1].end() <= 1
}

/// The quantity around the number token `i` (its text `num`), pushed to `out`; returns the token
/// after it (or after what was read).
#[inline(never)]
fn quantity_at(doc: &Doc, i: usize, num: &str, out: &mut Vec<Candidate>) -> usize {
    let toks = &doc.tokens;
    let t = &toks[i];
    let w = |i: usize| toks.get(i).map(|t| t.text(&doc.text)).unwrap_or("");
    let mut s = i;
    let mut e = i + 1;
    let mut money = false;
    // At most a space between a sign and what it is written beside ("$5", "$ 5", "US$", "NZ $").
    let near = |a: usize, b: usize| toks[b].start() - toks[a].end() <= 1;
    if i > 0 && CURRENCY_SIGNS.contains(&w(i - 1)) && near(i - 1, i) {
        s = i - 1;
        money = true;
        // A country's letters before the sign name the currency ("US$ 20,000", "NZ $26
        // million", "A$5"): part of the amount, no mention of the place. One letter only glued
        // to the sign: "A $2 billion bond" is the article.
        if s > 0 && near(s - 1, s) {
            let code = w(s - 1);
            let glued = toks[s].start() == toks[s - 1].end();
            if (glued || code.len() > 1)
                && (1..=3).contains(&code.len())
                && code.bytes().all(|b| b.is_ascii_uppercase())
            {
                s -= 1;
            }
        }
    }
    // Scale words: "2 million", "$3bn" (glued: the tokenizer keeps "3bn" as one number token).
    if SCALES.contains(&w(e)) {
        e += 1;
    }
    let mut percent = false;
    let mut unit = false;
    let mut country = false;
    if w(e) == "%" || w(e) == "percent" {
        e += 1;
        percent = true;
    } else if w(e) == "per" && w(e + 1) == "cent" {
        e += 2;
        percent = true;
    } else if CURRENCY_WORDS.contains(&w(e)) {
        e += 1;
        money = true;
    } else if let Some(k) = (1..=2).find(|&k| {
        // "3 billion Swiss francs", "500 Hong Kong dollars": the currency's country is part of
        // the amount (and no mention of its own, as in "US$").
        (e..e + k).all(|j| w(j).starts_with(|c: char| c.is_ascii_uppercase()))
            && CURRENCY_WORDS.contains(&w(e + k))
            && w(e + k).starts_with(|c: char| c.is_ascii_lowercase())
    }) {
        e += k + 1;
        money = true;
        country = true;
    } else if is_unit(w(e)) && !(w(e) == "m" && SCALES.contains(&w(e - 1))) {
        e += 1;
        unit = true;
        // "46.1 degrees Celsius".
        if w(e - 1) == "degrees" && matches!(w(e), "Celsius" | "Fahrenheit" | "centigrade") {
            e += 1;
        }
        // "60 miles per hour", "300 metres a second", "500 litres a minute": a rate.
        if matches!(w(e), "per" | "an" | "a") && matches!(w(e + 1), "hour" | "minute" | "second") {
            e += 2;
        }
    } else if w(e) == "-" && is_unit(w(e + 1)) && near(e - 1, e + 1) {
        // "a 380-metre bridge", "a 12-mile walk".
        e += 2;
        unit = true;
    }
    // "1-800-555-0142": a phone number or a code, three or more numbers glued by hyphens (or
    // two with a leading zero: "555-0142"); not a range ("10-20 percent", "24-7").
    let bytes = doc.text.as_bytes();
    let code = |c: &u8| c.is_ascii_digit() || *c == b'-';
    let from = t.start()
        - bytes[..t.start()]
            .iter()
            .rev()
            .take_while(|c| code(c))
            .count();
    let to = t.end() + bytes[t.end()..].iter().take_while(|c| code(c)).count();
    let run = &doc.text[from..to];
    let zero_group = run
        .as_bytes()
        .windows(3)
        .any(|w| w[0].is_ascii_digit() && w[1] == b'-' && w[2] == b'0');
    if run.matches('-').count() >= 2 || zero_group {
        return doc.token_at_or_after(to);
    }
    // "30-day": a duration.
    if w(i + 1) == "-" && TIME_UNITS.contains(&w(i + 2)) {
        return i + 3;
    }
    // "STS-135", "F-16": a number glued by a hyphen to a word is part of a designation.
    if i >= 2
        && w(i - 1) == "-"
        && toks[i - 1].end() == t.start()
        && toks[i - 2].end() == toks[i - 1].start()
        && toks[i - 2].kind(&doc.text) == TokenKind::Word
    {
        return e;
    }
    let digits: String = num.chars().filter(char::is_ascii_digit).collect();
    let scaled = e > i + 1 && SCALES.contains(&w(i + 1));
    let year_like = digits.len() == 4
        && !num.contains(',')
        && (1000..2200).contains(&digits.parse::<u32>().unwrap_or(0));
    let after_month = i > 0 && lexicon::is_calendar_word(w(i - 1));
    let big = num.contains(',') || digits.len() >= 3;
    // "Flight 587", "Section 230", "Room 101": a number after a capitalized noun names a thing.
    let designation = i > 0
        && !num.contains(',')
        && toks[i - 1].kind(&doc.text) == TokenKind::Word
        && w(i - 1).starts_with(|c: char| c.is_ascii_uppercase())
        && !lexicon::is_non_name_word(w(i - 1))
        && !APPROX.contains(&w(i - 1).lower().as_str());
    let keep =
        money || percent || unit || scaled || (big && !year_like && !after_month && !designation);
    if !keep || (year_like && !money && !percent && !unit) {
        return e;
    }
    // Approximators before: one or two words.
    if s == i {
        let two = if i >= 2 {
            format!("{} {}", w(i - 2), w(i - 1))
        } else {
            String::new()
        };
        if i >= 2 && APPROX.contains(&two.lower().as_str()) {
            s = i - 2;
        } else if i >= 1 && APPROX.contains(&w(i - 1).lower().as_str()) {
            s = i - 1;
        }
    }
    out.push(Candidate {
        span: Span::new(toks[s].start(), toks[e - 1].end()),
        kind: Kind::Quantity,
        rule: if money {
            "quantity:money"
        } else if percent {
            "quantity:percent"
        } else if unit {
            "quantity:measure"
        } else {
            "quantity:count"
        },
        // Above a listed place's 0.9: "US$" is money, not the United States ("Swiss francs":
        // not the Swiss).
        confidence: if (s + 2 == i && money) || country {
            0.95
        } else {
            0.85
        },
        canonical: None,
        link: None,
    });
    e
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(text: &str) -> Vec<String> {
        crate::entity::found_surfaces(find, text)
    }

    #[test]
    fn money_percent_counts_not_dates() {
        assert_eq!(q("nearly 200,000 Russian civilians"), ["nearly 200,000"]);
        assert_eq!(
            q("a $5 million deal and 30 percent of 58%"),
            ["$5 million", "30 percent", "58%"]
        );
        assert_eq!(
            q("On December 2, 2024, a 30-day truce; in 2022 two men"),
            Vec::<String>::new()
        );
        assert_eq!(
            q("bail of US$ 20,000, NZ $26 million and A$5"),
            ["US$ 20,000", "NZ $26 million", "A$5"]
        );
        assert_eq!(
            q("more than 700 asylum seekers walked 12 km"),
            ["more than 700", "12 km"]
        );
        assert_eq!(
            q("call 1-800-555-0142 or 555-0142, up 10-20 percent, 24-7, 2,000-3,000 people"),
            ["20 percent", "2,000", "3,000"]
        );
        assert_eq!(q("it fell to -0.5 degrees"), ["0.5 degrees"]);
        // A scale glued to an amount after a currency sign; not a bare "5m".
        assert_eq!(
            q("cuts of £2bn, €450m and US$1.2tn on a 5m wall"),
            ["£2bn", "€450m", "US$1.2tn"]
        );
        // A measure written as an adjective; not a duration.
        assert_eq!(
            q("a 380-metre bridge, a 12-mile walk, a 30-day truce"),
            ["380-metre", "12-mile"]
        );
        assert_eq!(q("a wall of 12-"), Vec::<String>::new());
        assert_eq!(
            q("46.1 degrees Celsius (115 Fahrenheit)"),
            ["46.1 degrees Celsius", "115 Fahrenheit"]
        );
        assert_eq!(
            q("winds of 130 mph (215 kph) and waves of 20 feet"),
            ["130 mph", "215 kph", "20 feet"]
        );
        // The currency's country is part of the amount; a speed ends with its time unit.
        assert_eq!(
            q("3 billion Swiss francs, 500 Hong Kong dollars, 40 billion Swedish crowns, 9 Swiss"),
            [
                "3 billion Swiss francs",
                "500 Hong Kong dollars",
                "40 billion Swedish crowns"
            ]
        );
        assert_eq!(
            q("gusts of 60 miles per hour, 900 kilometres an hour, 120,000 barrels a day"),
            [
                "60 miles per hour",
                "900 kilometres an hour",
                "120,000 barrels"
            ]
        );
        assert_eq!(
            q("a 100-kilogram coin on a 10-acre site"),
            ["100-kilogram", "10-acre"]
        );
    }
}
