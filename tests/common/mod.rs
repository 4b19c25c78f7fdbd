//! Helpers shared by the robustness tests, natively (tests/props.rs, tests/odd_inputs.rs) and under
//! WebAssembly (tests/web.rs): the odd-input corpus, generated pathological inputs, a deterministic
//! random-text generator, and the span checker that every document must pass.
#![allow(dead_code)]

use serde_json::Value;

/// The odd-input corpus (tests/odd/*.txt), compiled in so the WASM tests see the same bytes.
pub const ODD: &[(&str, &str)] = &[
    ("emoji", include_str!("../odd/emoji.txt")),
    ("combining", include_str!("../odd/combining.txt")),
    ("rtl", include_str!("../odd/rtl.txt")),
    ("cjk", include_str!("../odd/cjk.txt")),
    ("control", include_str!("../odd/control.txt")),
    ("lone_cr", include_str!("../odd/lone_cr.txt")),
    ("crlf", include_str!("../odd/crlf.txt")),
    ("tabs", include_str!("../odd/tabs.txt")),
    ("zero_width", include_str!("../odd/zero_width.txt")),
    ("all_caps", include_str!("../odd/all_caps.txt")),
    ("no_spaces", include_str!("../odd/no_spaces.txt")),
    ("html", include_str!("../odd/html.txt")),
    ("code", include_str!("../odd/code.txt")),
    ("quotes", include_str!("../odd/quotes.txt")),
    ("numbers", include_str!("../odd/numbers.txt")),
    ("whitespace", include_str!("../odd/whitespace.txt")),
    ("empty", include_str!("../odd/empty.txt")),
];

/// The founding article (a fixture).
pub const SEED: &str = include_str!("../fixtures/seed-article.txt");

/// Generated inputs of about `size` bytes each: long sentences, repeats, no spaces.
/// Named rows; the same list is built by tests/node/equal.mjs (keep them in step).
pub fn generated(size: usize) -> Vec<(&'static str, String)> {
    let fill = |unit: &str| unit.repeat(size / unit.len().max(1) + 1);
    vec![
        // A 10,000-character (or `size`) "sentence": many clauses, no full stop.
        (
            "long_sentence",
            fill("Vladimir Putin said on Thursday that talks with Donald Trump in Moscow would go on, and "),
        ),
        ("one_capitalized_word", fill("Washington ")),
        ("capitalized_no_space", fill("Washington")),
        ("digits", fill("0123456789")),
        ("digits_spaced", fill("2025 13 03 ")),
        ("quotes", fill("\"")),
        ("curly_quotes", fill("“”")),
        ("dates", fill("March 13, 2025, ")),
        ("weekdays", fill("on Thursday ")),
        ("all_caps_words", fill("THE KREMLIN SAID ")),
        ("emoji", fill("😀")),
        ("crlf", fill("\r\n")),
        ("periods", fill(". ")),
        ("hyphens", fill("-")),
    ]
}

/// A tiny deterministic generator (xorshift64*) so WASM and native runs draw the same texts.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Pieces that random texts are made of: words rules look for, and characters that break naive code.
pub const PIECES: &[&str] = &[
    " ",
    " ",
    " ",
    "\n",
    "\r\n",
    "\r",
    "\t",
    ".",
    ",",
    "\"",
    "“",
    "”",
    "'",
    "’",
    "(",
    ")",
    "-",
    "—",
    "Putin",
    "Vladimir",
    "Donald Trump",
    "President",
    "Kremlin spokesman",
    "Moscow",
    "US",
    "U.S.",
    "United States",
    "Ukraine",
    "Ukrainian",
    "NATO",
    "said",
    "on",
    "Thursday",
    "March",
    "13",
    "2025",
    "12",
    "last",
    "week",
    "month",
    "the day before",
    "one day after",
    "30-day",
    "months",
    "now",
    "ago",
    "MOSCOW, March 13 (Reuters) -",
    "2025-03-13",
    "$5 million",
    "40%",
    "of",
    "the",
    "in",
    "town",
    "😀",
    "🇺🇦",
    "👩‍👩‍👧",
    "e\u{301}",
    "\u{200d}",
    "\u{200b}",
    "\u{feff}",
    "\u{00ad}",
    "\u{0}",
    "\u{1b}",
    "\u{85}",
    "\u{2028}",
    "中文",
    "ｆｕｌｌ",
    "שלום",
    "مرحبا",
    "\u{202e}",
    "İ",
    "ß",
    "ﬁ",
    "Ⅻ",
    "٣",
    "<script>",
    "&amp;",
    "\u{10FFFF}",
    "\u{FFFD}",
    "a",
    "Z",
    "0",
    "9",
];

/// A random text of up to `max_pieces` pieces.
pub fn random_text(rng: &mut Rng, max_pieces: usize) -> String {
    let n = rng.below(max_pieces + 1);
    let mut s = String::new();
    for _ in 0..n {
        s.push_str(PIECES[rng.below(PIECES.len())]);
    }
    s
}

/// The native document for `text` (what the CLI prints), as parsed JSON.
pub fn native_json(text: &str, reference_date: Option<&str>) -> Result<Value, String> {
    let mut opts = storyline::Options::new();
    if let Some(d) = reference_date {
        opts = opts.with_reference_date(d).map_err(|e| e.to_string())?;
    }
    let analysis = storyline::analyze(text, &opts).map_err(|e| e.to_string())?;
    let doc: storyline::json::Document<'_, ()> =
        storyline::json::Document::new(analysis, text, None);
    let s = serde_json::to_string(&doc).map_err(|e| e.to_string())?;
    serde_json::from_str(&s).map_err(|e| e.to_string())
}

/// Checks every span of a schema document (UTF-16 offsets) against `text`: in bounds, `start <=
/// end`, never inside a surrogate pair or between CR and LF, and slicing back to the item's `text`.
/// Mentions and times must not be empty. Returns every problem found.
pub fn check_document(text: &str, doc: &Value) -> Result<(), String> {
    let units: Vec<u16> = text.encode_utf16().collect();
    let mut problems = Vec::new();
    if doc.get("offsets").and_then(Value::as_str) != Some("utf16") {
        problems.push(format!(
            "offsets is {:?}, not \"utf16\"",
            doc.get("offsets")
        ));
    }
    let mut check = |what: String, item: &Value, must_have_text: bool, non_empty: bool| {
        let (Some(s), Some(e)) = (
            item.get("start").and_then(Value::as_u64),
            item.get("end").and_then(Value::as_u64),
        ) else {
            problems.push(format!("{what}: no integer start/end in {item}"));
            return;
        };
        let (s, e) = (s as usize, e as usize);
        if s > e || e > units.len() {
            problems.push(format!(
                "{what}: span {s}..{e} out of bounds (text has {} UTF-16 units)",
                units.len()
            ));
            return;
        }
        if non_empty && s == e {
            problems.push(format!("{what}: empty span at {s}"));
        }
        for p in [s, e] {
            if p > 0 && p < units.len() {
                let (a, b) = (units[p - 1], units[p]);
                if (0xD800..0xDC00).contains(&a) && (0xDC00..0xE000).contains(&b) {
                    problems.push(format!("{what}: offset {p} splits a surrogate pair"));
                }
                if a == u16::from(b'\r') && b == u16::from(b'\n') {
                    problems.push(format!("{what}: offset {p} splits a CRLF"));
                }
            }
        }
        if let Some(t) = item.get("text") {
            match String::from_utf16(&units[s..e]) {
                Ok(slice) if t.as_str() == Some(slice.as_str()) => {}
                Ok(slice) => problems.push(format!(
                    "{what}: text {t} but the span {s}..{e} covers {slice:?}"
                )),
                Err(_) => problems.push(format!("{what}: span {s}..{e} is not valid UTF-16")),
            }
        } else if must_have_text {
            problems.push(format!("{what}: no text"));
        }
    };
    let list = |k: &str| {
        doc.get(k)
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
    };
    for (i, m) in list("mentions").iter().enumerate() {
        check(format!("mentions[{i}]"), m, true, true);
    }
    for (i, t) in list("times").iter().enumerate() {
        check(format!("times[{i}]"), t, true, true);
    }
    for (i, t) in list("timeline").iter().enumerate() {
        check(format!("timeline[{i}]"), t, true, false);
    }
    for (i, q) in list("quotes").iter().enumerate() {
        check(format!("quotes[{i}]"), q, true, false);
        if let Some(c) = q.get("cue").filter(|c| !c.is_null()) {
            check(format!("quotes[{i}].cue"), c, true, false);
        }
    }
    for (i, s) in list("sentences").iter().enumerate() {
        check(format!("sentences[{i}]"), s, false, false);
    }
    for (i, e) in list("entities").iter().enumerate() {
        for (j, r) in e
            .get("roles")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
            .iter()
            .enumerate()
        {
            check(format!("entities[{i}].roles[{j}]"), r, false, false);
        }
    }
    if let Some(c) = doc
        .get("reference")
        .and_then(|r| r.get("evidence"))
        .filter(|c| !c.is_null())
    {
        check("reference.evidence".into(), c, true, false);
    }
    // Cross references point at existing items.
    let (nm, ne, nt) = (
        list("mentions").len(),
        list("entities").len(),
        list("times").len(),
    );
    for (i, m) in list("mentions").iter().enumerate() {
        if m.get("entity")
            .and_then(Value::as_u64)
            .map_or(true, |x| x as usize >= ne)
        {
            problems.push(format!("mentions[{i}]: entity index out of range"));
        }
    }
    for (i, e) in list("entities").iter().enumerate() {
        for x in e
            .get("mentions")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
        {
            if x.as_u64().map_or(true, |x| x as usize >= nm) {
                problems.push(format!("entities[{i}]: mention index {x} out of range"));
            }
        }
    }
    for (i, t) in list("timeline").iter().enumerate() {
        for x in t
            .get("times")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
        {
            if x.as_u64().map_or(true, |x| x as usize >= nt) {
                problems.push(format!("timeline[{i}]: time index {x} out of range"));
            }
        }
        for x in t
            .get("entities")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
        {
            if x.as_u64().map_or(true, |x| x as usize >= ne) {
                problems.push(format!("timeline[{i}]: entity index {x} out of range"));
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        problems.truncate(20);
        Err(problems.join("\n"))
    }
}

/// The first place two JSON values differ, as a path with both values; numbers compare by value
/// (`1` equals `1.0`, as in JavaScript). `None` when they are equal.
pub fn first_difference(a: &Value, b: &Value) -> Option<String> {
    fn go(a: &Value, b: &Value, path: &mut String) -> Option<String> {
        match (a, b) {
            (Value::Object(x), Value::Object(y)) => {
                for (k, v) in x {
                    let n = path.len();
                    path.push_str(&format!(".{k}"));
                    let d = match y.get(k) {
                        Some(w) => go(v, w, path),
                        None => Some(format!("{path}: missing on the right")),
                    };
                    path.truncate(n);
                    if d.is_some() {
                        return d;
                    }
                }
                y.keys()
                    .find(|k| !x.contains_key(*k))
                    .map(|k| format!("{path}.{k}: missing on the left"))
            }
            (Value::Array(x), Value::Array(y)) => {
                for (i, (v, w)) in x.iter().zip(y).enumerate() {
                    let n = path.len();
                    path.push_str(&format!("[{i}]"));
                    let d = go(v, w, path);
                    path.truncate(n);
                    if d.is_some() {
                        return d;
                    }
                }
                (x.len() != y.len()).then(|| format!("{path}: {} vs {} items", x.len(), y.len()))
            }
            // JavaScript has one number type: JSON.stringify writes 1.0 as 1.
            (Value::Number(x), Value::Number(y)) if x.as_f64() == y.as_f64() => None,
            _ if a == b => None,
            _ => Some(format!("{path}: {a} vs {b}")),
        }
    }
    go(a, b, &mut String::new())
}
