//! The JSON document, shared by the CLI and the WASM API: UTF-16 offsets, `id` echoed in JSONL.
//!
//! Two writers produce the same bytes: [`Document`] through serde (the CLI, pretty or compact, and
//! any serde serializer), and [`to_json`], a small hand-written writer that the WASM build uses, so
//! the .wasm carries neither `serde_json` nor the serde monomorphizations of the model (tens of KB).
//! A test compares the two byte for byte over the fixture articles and generated texts.

use crate::model::{
    Analysis, AnchorKind, Cue, Entity, EventStatus, Mention, Offsets, Quote, Reference,
    ReferenceSource, Resolution, Role, TimelineEntry, Timex,
};
use crate::span::Span;
use serde::Serialize;

/// The schema document for one input: the analysis with UTF-16 offsets, plus the echoed `id`.
#[derive(Debug, Serialize)]
pub struct Document<'a, Id: Serialize> {
    /// Echoed from the JSONL input line; omitted when absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<&'a Id>,
    /// Storyline's version.
    pub version: &'static str,
    /// The analysis (flattened into the document).
    #[serde(flatten)]
    pub analysis: Analysis,
}

impl<'a, Id: Serialize> Document<'a, Id> {
    /// Wraps an analysis of `text` as the schema document (offsets converted to UTF-16).
    pub fn new(analysis: Analysis, text: &str, id: Option<&'a Id>) -> Self {
        Document {
            id,
            version: env!("CARGO_PKG_VERSION"),
            analysis: analysis.into_utf16(text),
        }
    }
}

/// The schema document of `text` as compact JSON (no `id`), byte for byte what
/// `serde_json::to_string(&Document::new(analysis, text, None))` gives.
pub fn to_json(analysis: Analysis, text: &str) -> String {
    let a = analysis.into_utf16(text);
    let mut w = Writer {
        out: String::with_capacity(estimate(&a)),
    };
    w.document::<false>(&a);
    w.out
}

/// The lists of the document, in document order, that [`to_json_pieces`] sends in batches.
pub const LISTS: [&str; 6] = [
    "mentions",
    "entities",
    "times",
    "timeline",
    "quotes",
    "sentences",
];

/// Length of list `k` of [`LISTS`] (by index: no string comparison per item).
fn list_len(a: &Analysis, k: usize) -> usize {
    match k {
        0 => a.mentions.len(),
        1 => a.entities.len(),
        2 => a.times.len(),
        3 => a.timeline.len(),
        4 => a.quotes.len(),
        _ => a.sentences.len(),
    }
}

/// The schema document of `text` in pieces, for a consumer that assembles it without ever holding
/// the whole JSON text (the WASM edge: a 1 MB article gives ~4 MB of JSON, which would otherwise
/// be one more 4 MB block of WebAssembly memory — never returned — and one more 4 MB JS string).
///
/// `sink(None, json)` receives the document with the lists of [`LISTS`] empty; then
/// `sink(Some(key), json)` receives, in order, JSON arrays of about `batch` bytes holding the
/// items of list `key`. Appending each batch's items to its list gives exactly [`to_json`]'s
/// document. A document that surely fits in one batch (most articles) comes whole in `sink(None)`,
/// with no batches after it: each batch costs the WASM edge four calls into JS.
pub fn to_json_pieces(
    analysis: Analysis,
    text: &str,
    batch: usize,
    sink: &mut dyn FnMut(Option<&str>, &str),
) {
    let a = analysis.into_utf16(text);
    let mut w = Writer {
        out: String::with_capacity(batch.max(256) + 1024),
    };
    if estimate(&a) <= batch {
        w.document::<false>(&a);
        sink(None, &w.out);
        return;
    }
    w.document::<true>(&a);
    sink(None, &w.out);
    for (k, key) in LISTS.into_iter().enumerate() {
        w.out.clear();
        for i in 0..list_len(&a, k) {
            w.out.push(if w.out.is_empty() { '[' } else { ',' });
            w.item(&a, k, i);
            if w.out.len() >= batch {
                w.out.push(']');
                sink(Some(key), &w.out);
                w.out.clear();
            }
        }
        if !w.out.is_empty() {
            w.out.push(']');
            sink(Some(key), &w.out);
        }
    }
}

/// A generous guess of the document's length, so the output is allocated once.
fn estimate(a: &Analysis) -> usize {
    let texts = |it: &mut dyn Iterator<Item = usize>| it.sum::<usize>();
    256 + a.mentions.len() * 120
        + texts(&mut a.mentions.iter().map(|m| m.text.len() + m.rule.len()))
        + a.entities.len() * 140
        + texts(&mut a.entities.iter().map(|e| {
            e.name.len()
                + e.mentions.len() * 6
                + e.aliases.iter().map(|s| s.len() + 3).sum::<usize>()
                + e.roles
                    .iter()
                    .map(|r| r.role.len() + r.rule.len() + 50)
                    .sum::<usize>()
        }))
        + a.times.len() * 200
        + texts(&mut a.times.iter().map(|t| t.text.len() + t.rule.len()))
        + a.timeline.len() * 230
        + texts(
            &mut a
                .timeline
                .iter()
                .map(|t| t.text.len() + (t.entities.len() + t.times.len() + t.durations.len()) * 6),
        )
        + a.quotes.len() * 120
        + texts(&mut a.quotes.iter().map(|q| q.text.len() + q.rule.len()))
        + a.sentences.len() * 28
        + texts(&mut a.warnings.iter().map(|w| w.len() + 3))
}

struct Writer {
    out: String,
}

impl Writer {
    fn raw(&mut self, s: &str) {
        self.out.push_str(s);
    }

    /// `"key":` (keys are plain ASCII constants: no escaping needed).
    fn key(&mut self, k: &str) {
        self.out.push('"');
        self.out.push_str(k);
        self.out.push_str("\":");
    }

    /// A JSON string, escaped exactly as serde_json does (short escapes for `\b \t \n \f \r`,
    /// `\u00xx` in lower-case hex for other control characters, everything else verbatim).
    fn string(&mut self, s: &str) {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        self.out.push('"');
        let bytes = s.as_bytes();
        let mut start = 0;
        let mut i = 0;
        while i < bytes.len() {
            // Eight bytes at a time while none needs escaping (most strings need none).
            if let Some(chunk) = bytes.get(i..i + 8) {
                let word = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
                if !needs_escape(word) {
                    i += 8;
                    continue;
                }
            }
            let b = bytes[i];
            i += 1;
            let esc: &str = match b {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                0x08 => "\\b",
                0x09 => "\\t",
                0x0A => "\\n",
                0x0C => "\\f",
                0x0D => "\\r",
                0..=0x1F => "",
                _ => continue,
            };
            let i = i - 1;
            // `i` is an ASCII byte, so both slices end on char boundaries.
            self.out.push_str(s.get(start..i).unwrap_or(""));
            if esc.is_empty() {
                self.out.push_str("\\u00");
                self.out.push(char::from(HEX[usize::from(b >> 4)]));
                self.out.push(char::from(HEX[usize::from(b & 0xF)]));
            } else {
                self.out.push_str(esc);
            }
            start = i + 1;
        }
        self.out.push_str(s.get(start..).unwrap_or(""));
        self.out.push('"');
    }

    fn opt_string(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.string(s),
            None => self.raw("null"),
        }
    }

    /// An unsigned integer without `core::fmt`.
    fn uint(&mut self, mut n: usize) {
        let mut buf = [0u8; 20];
        let mut i = buf.len();
        loop {
            i -= 1;
            buf[i] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        for &d in &buf[i..] {
            self.out.push(char::from(d));
        }
    }

    fn opt_uint(&mut self, n: Option<usize>) {
        match n {
            Some(n) => self.uint(n),
            None => self.raw("null"),
        }
    }

    fn bool(&mut self, b: bool) {
        self.raw(if b { "true" } else { "false" });
    }

    /// A score as the model serializes it: rounded to 3 decimals, printed as the shortest
    /// decimal that reads back as that `f64` (what serde_json's `ryu` prints: `0.8`, `1.0`, `0.0`).
    fn score(&mut self, x: f32) {
        let k = (f64::from(x) * 1000.0).round();
        // The decimal k/1000 is the shortest form of the f64 nearest to it while k has at most
        // 15 digits. Scores are 0..=1; one of 10^13 or more would print in plain decimal where
        // ryu switches to exponent form, which is not worth a float formatter in the .wasm.
        if !(k / 1000.0).is_finite() || k == 0.0 {
            self.raw(
                if k.is_sign_negative() && k == 0.0 && (k / 1000.0).is_finite() {
                    "-0.0"
                } else {
                    "0.0"
                },
            );
            return;
        }
        if k < 0.0 {
            self.out.push('-');
        }
        let k = k.abs() as u64;
        self.uint((k / 1000) as usize);
        self.out.push('.');
        let frac = k % 1000;
        if frac == 0 {
            self.out.push('0');
        } else {
            let digits = [frac / 100, frac / 10 % 10, frac % 10];
            let len = if frac % 100 == 0 {
                1
            } else if frac % 10 == 0 {
                2
            } else {
                3
            };
            for &d in &digits[..len] {
                self.out.push(char::from(b'0' + d as u8));
            }
        }
    }

    /// `[a,b,…]` of items written by `f`.
    fn list<T>(&mut self, items: &[T], mut f: impl FnMut(&mut Self, &T)) {
        self.out.push('[');
        for (i, it) in items.iter().enumerate() {
            if i > 0 {
                self.out.push(',');
            }
            f(self, it);
        }
        self.out.push(']');
    }

    fn uints(&mut self, items: &[usize]) {
        self.list(items, |w, &n| w.uint(n));
    }

    fn strings(&mut self, items: &[String]) {
        self.list(items, |w, s| w.string(s));
    }

    /// `"start":…,"end":…,` — the two offsets every span-like object starts with (or has).
    fn start_end(&mut self, start: usize, end: usize) {
        self.key("start");
        self.uint(start);
        self.raw(",\"end\":");
        self.uint(end);
    }

    /// The whole document; with `SKELETON`, the six lists of [`LISTS`] are written empty (a
    /// constant, so the WASM build, which only writes skeletons, carries no list loop here).
    fn document<const SKELETON: bool>(&mut self, a: &Analysis) {
        self.raw("{\"version\":");
        self.string(env!("CARGO_PKG_VERSION"));
        self.raw(",\"reference_date\":");
        self.opt_string(a.reference_date.as_deref());
        self.raw(",\"reference\":");
        self.reference(&a.reference);
        self.raw(",\"offsets\":");
        self.raw(match a.offsets {
            Offsets::Utf8 => "\"utf8\"",
            Offsets::Utf16 => "\"utf16\"",
        });
        for (k, key) in LISTS.into_iter().enumerate() {
            self.out.push_str(",\"");
            self.out.push_str(key);
            self.out.push_str("\":");
            if SKELETON {
                self.raw("[]");
            } else {
                self.out.push('[');
                for i in 0..list_len(a, k) {
                    if i > 0 {
                        self.out.push(',');
                    }
                    self.item(a, k, i);
                }
                self.out.push(']');
            }
        }
        self.raw(",\"warnings\":");
        self.strings(&a.warnings);
        self.out.push('}');
    }

    /// Item `i` of list `k` of [`LISTS`].
    fn item(&mut self, a: &Analysis, k: usize, i: usize) {
        match k {
            0 => self.mention(&a.mentions[i]),
            1 => self.entity(&a.entities[i]),
            2 => self.timex(&a.times[i]),
            3 => self.timeline_entry(&a.timeline[i]),
            4 => self.quote(&a.quotes[i]),
            _ => self.span(&a.sentences[i]),
        }
    }

    fn reference(&mut self, r: &Reference) {
        self.raw("{\"date\":");
        self.opt_string(r.date.as_deref());
        self.raw(",\"source\":");
        self.raw(match r.source {
            ReferenceSource::Option => "\"option\"",
            ReferenceSource::Dateline => "\"dateline\"",
            ReferenceSource::None => "\"none\"",
        });
        if let Some(c) = &r.evidence {
            self.raw(",\"evidence\":");
            self.cue(c);
        }
        if let Some(p) = &r.partial {
            self.raw(",\"partial\":");
            self.opt_string(Some(p));
        }
        if let Some(c) = &r.year_evidence {
            self.raw(",\"year_evidence\":");
            self.cue(c);
        }
        self.out.push('}');
    }

    fn span(&mut self, s: &Span) {
        self.out.push('{');
        self.start_end(s.start, s.end);
        self.out.push('}');
    }

    fn cue(&mut self, c: &Cue) {
        self.out.push('{');
        self.start_end(c.start, c.end);
        self.raw(",\"text\":");
        self.string(&c.text);
        self.out.push('}');
    }

    fn mention(&mut self, m: &Mention) {
        self.out.push('{');
        self.start_end(m.start, m.end);
        self.raw(",\"text\":");
        self.string(&m.text);
        self.raw(",\"kind\":");
        self.string(m.kind.as_str());
        self.raw(",\"entity\":");
        self.uint(m.entity);
        self.raw(",\"rule\":");
        self.string(m.rule);
        self.raw(",\"confidence\":");
        self.score(m.confidence);
        self.out.push('}');
    }

    fn role(&mut self, r: &Role) {
        self.raw("{\"role\":");
        self.string(&r.role);
        self.out.push(',');
        self.start_end(r.start, r.end);
        self.raw(",\"rule\":");
        self.string(&r.rule);
        self.out.push('}');
    }

    fn entity(&mut self, e: &Entity) {
        self.raw("{\"id\":");
        self.uint(e.id);
        self.raw(",\"kind\":");
        self.string(e.kind.as_str());
        self.raw(",\"name\":");
        self.string(&e.name);
        self.raw(",\"mentions\":");
        self.uints(&e.mentions);
        self.raw(",\"aliases\":");
        self.strings(&e.aliases);
        self.raw(",\"roles\":");
        self.list(&e.roles, Self::role);
        self.raw(",\"salience\":");
        self.score(e.salience);
        if let Some(c) = &e.country {
            self.raw(",\"country\":");
            self.string(c);
        }
        self.out.push('}');
    }

    fn resolution(&mut self, r: &Resolution) {
        self.raw("{\"method\":");
        self.string(&r.method);
        self.raw(",\"anchor\":");
        self.raw(match r.anchor {
            AnchorKind::None => "\"none\"",
            AnchorKind::Reference => "\"reference\"",
            AnchorKind::Time => "\"time\"",
        });
        if let Some(t) = r.anchor_time {
            self.raw(",\"anchor_time\":");
            self.uint(t);
        }
        self.out.push('}');
    }

    fn timex(&mut self, t: &Timex) {
        use crate::model::TimexType;
        self.out.push('{');
        self.start_end(t.start, t.end);
        self.raw(",\"text\":");
        self.string(&t.text);
        self.raw(",\"type\":");
        self.raw(match t.ty {
            TimexType::Date => "\"date\"",
            TimexType::Time => "\"time\"",
            TimexType::Duration => "\"duration\"",
            TimexType::Set => "\"set\"",
        });
        self.raw(",\"value\":");
        self.opt_string(t.value.as_deref());
        if let Some(m) = &t.modifier {
            self.raw(",\"mod\":");
            self.string(m);
        }
        self.raw(",\"rule\":");
        self.string(t.rule);
        self.raw(",\"resolution\":");
        self.resolution(&t.resolution);
        self.out.push('}');
    }

    fn quote(&mut self, q: &Quote) {
        self.out.push('{');
        self.start_end(q.start, q.end);
        self.raw(",\"text\":");
        self.string(&q.text);
        self.raw(",\"speaker\":");
        self.opt_uint(q.speaker);
        self.raw(",\"cue\":");
        match &q.cue {
            Some(c) => self.cue(c),
            None => self.raw("null"),
        }
        self.raw(",\"rule\":");
        self.string(&q.rule);
        self.out.push('}');
    }

    fn timeline_entry(&mut self, t: &TimelineEntry) {
        self.raw("{\"value\":");
        self.string(&t.value);
        self.out.push(',');
        self.start_end(t.start, t.end);
        self.raw(",\"text\":");
        self.string(&t.text);
        self.raw(",\"entities\":");
        self.uints(&t.entities);
        self.raw(",\"times\":");
        self.uints(&t.times);
        self.raw(",\"granularity\":");
        self.string(&t.granularity);
        self.raw(",\"from\":");
        self.opt_string(t.from.as_deref());
        self.raw(",\"to\":");
        self.opt_string(t.to.as_deref());
        self.raw(",\"status\":");
        self.raw(match t.status {
            EventStatus::Reported => "\"reported\"",
            EventStatus::Scheduled => "\"scheduled\"",
            EventStatus::Background => "\"background\"",
        });
        self.raw(",\"open_ended\":");
        self.bool(t.open_ended);
        self.raw(",\"durations\":");
        self.uints(&t.durations);
        self.out.push('}');
    }
}

/// Whether any of the eight bytes of `word` needs escaping in a JSON string: a control
/// character (below 0x20), `"` or `\\`. Exact (the usual zero-byte tests on 64-bit words; the
/// test checks every byte value in every position).
#[inline]
fn needs_escape(word: u64) -> bool {
    use crate::text::swar::{any_below, bytes_equal};
    any_below(word, 0x20) || bytes_equal(word, b'"') != 0 || bytes_equal(word, b'\\') != 0
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::{analyze, Options};

    fn serde(analysis: Analysis, text: &str) -> String {
        let doc: Document<'_, ()> = Document::new(analysis, text, None);
        serde_json::to_string(&doc).expect("serializes")
    }

    fn check(name: &str, text: &str, opts: &Options) {
        let a = analyze(text, opts).expect("analyzes");
        let ours = to_json(a.clone(), text);
        let theirs = serde(a, text);
        if ours != theirs {
            let at = ours
                .bytes()
                .zip(theirs.bytes())
                .position(|(x, y)| x != y)
                .unwrap_or(ours.len().min(theirs.len()));
            let from = at.saturating_sub(80);
            panic!(
                "{name}: to_json differs from serde_json at byte {at}:\n ours:   {}\n serde:  {}",
                String::from_utf8_lossy(&ours.as_bytes()[from..(at + 80).min(ours.len())]),
                String::from_utf8_lossy(&theirs.as_bytes()[from..(at + 80).min(theirs.len())])
            );
        }
    }

    #[test]
    fn needs_escape_finds_exactly_the_bytes_to_escape() {
        let escaped = |b: u8| b < 0x20 || b == b'"' || b == b'\\';
        // Every byte value in every position, among plain and high bytes.
        for fill in [b'a', 0x7F, 0x80, 0xFF, 0x20, b'!', b'#', b'[', b']'] {
            for at in 0..8 {
                for b in 0..=255u8 {
                    let mut w = [fill; 8];
                    w[at] = b;
                    let want = w.iter().any(|&x| escaped(x));
                    assert_eq!(needs_escape(u64::from_le_bytes(w)), want, "{w:?}");
                }
            }
        }
    }

    #[test]
    fn hand_writer_equals_serde_json_on_the_fixtures() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        let mut n = 0;
        for e in std::fs::read_dir(dir).expect("fixtures") {
            let p = e.expect("entry").path();
            if p.extension().and_then(|x| x.to_str()) != Some("txt") {
                continue;
            }
            let text = std::fs::read_to_string(&p).expect("utf-8 fixture");
            let name = p.display().to_string();
            check(&name, &text, &Options::new());
            let dated = Options::new()
                .with_reference_date("2025-03-13")
                .expect("date");
            check(&name, &text, &dated);
            n += 1;
        }
        assert!(n > 0, "no fixtures in {dir}");
    }

    #[test]
    fn hand_writer_equals_serde_json_on_odd_text() {
        let table: &[(&str, &str)] = &[
            ("empty", ""),
            ("control characters", "A\u{1}B\u{8}\t\n\u{c}\r\u{1f}\u{7f} \"q\" \\ said Putin."),
            (
                "quotes and dateline",
                "MOSCOW, March 13 (Reuters) - \"We will see,\" Kremlin spokesman Dmitry Peskov said on Thursday.",
            ),
            ("astral", "😀 Zürich, 12 March 2024 — “Hi,” said Anna Müller 😀."),
            ("crlf", "Washington\r\nOn Monday, NATO met.\r\n"),
        ];
        for (name, text) in table {
            check(name, text, &Options::new());
        }
    }

    #[test]
    fn pieces_reassemble_to_the_document() {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/seed-article.txt"
        ))
        .expect("founding article");
        let opts = Options::new()
            .with_reference_date("2025-03-13")
            .expect("date");
        let a = analyze(&text, &opts).expect("analyzes");
        let whole: serde_json::Value =
            serde_json::from_str(&to_json(a.clone(), &text)).expect("json");
        for batch in [1, 100, 1 << 16] {
            let mut doc: Option<serde_json::Value> = None;
            let mut batches = 0usize;
            to_json_pieces(a.clone(), &text, batch, &mut |key, json| {
                let v: serde_json::Value = serde_json::from_str(json).expect("piece is JSON");
                match key {
                    None => doc = Some(v),
                    Some(k) => {
                        batches += 1;
                        let list = doc.as_mut().expect("skeleton first")[k]
                            .as_array_mut()
                            .expect("list");
                        list.extend(v.as_array().expect("batch is an array").iter().cloned());
                    }
                }
            });
            assert_eq!(doc.as_ref(), Some(&whole), "batch {batch}");
            if batch == 1 {
                // One item per batch: every list item came as its own piece.
                let n: usize = LISTS
                    .iter()
                    .map(|k| whole[k].as_array().map_or(0, Vec::len))
                    .sum();
                assert_eq!(batches, n);
            } else if batch == 1 << 16 {
                // The founding article's ~15 KB document fits in one batch: it comes whole.
                assert_eq!(batches, 0);
            } else {
                assert!(batches > 0);
            }
        }
    }

    #[test]
    fn scores_print_like_ryu() {
        // serde_json prints f64 with ryu; the writer must give the same text for every
        // 3-decimal score, including the ends and negative values.
        for k in -1200i32..=1200 {
            let x = k as f32 / 1000.0;
            let v = (f64::from(x) * 1000.0).round() / 1000.0;
            let mut w = Writer { out: String::new() };
            w.score(x);
            assert_eq!(w.out, serde_json::to_string(&v).expect("f64"), "score {x}");
        }
        for x in [
            f32::NAN,
            f32::INFINITY,
            -0.0,
            0.0004,
            -0.0004,
            7.25,
            123.4567,
        ] {
            let v = (f64::from(x) * 1000.0).round() / 1000.0;
            let v = if v.is_finite() { v } else { 0.0 };
            let mut w = Writer { out: String::new() };
            w.score(x);
            assert_eq!(w.out, serde_json::to_string(&v).expect("f64"), "score {x}");
        }
    }
}
