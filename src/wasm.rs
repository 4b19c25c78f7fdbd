//! The WebAssembly shell: converts the text and options in, the result out (UTF-16 offsets) and
//! errors to JS `Error`s. Nothing else lives here; all logic is in the native core.
//!
//! The result is written as JSON by [`crate::json::to_json_pieces`] (byte for byte what the CLI's
//! `serde_json` gives; tests compare them) and handed to `JSON.parse` piece by piece (serde-wasm-bindgen's
//! object builder widens `f32` fields such as `confidence` to a different `f64` — 0.9 became
//! 0.8999999761581421 — and is slower on large results than one `JSON.parse`). The hand-written
//! writer keeps `serde_json` and the model's serde code out of the .wasm.

use crate::error::Error;
use crate::options::{Options, RawOptions, MAX_INPUT_BYTES};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    fn json_parse(text: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_namespace = Reflect, js_name = get, catch)]
    fn reflect_get(o: &JsValue, key: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_namespace = Reflect, js_name = apply, catch)]
    fn reflect_apply(f: &JsValue, this: &JsValue, args: &JsValue) -> Result<JsValue, JsValue>;
    /// A JS string.
    type JsText;
    /// Its length in UTF-16 units.
    #[wasm_bindgen(method, getter)]
    fn length(this: &JsText) -> f64;
    /// The rest of it from UTF-16 unit `start` on.
    #[wasm_bindgen(method)]
    fn slice(this: &JsText, start: f64) -> JsText;
    type TextEncoder;
    #[wasm_bindgen(constructor)]
    fn new() -> TextEncoder;
    /// Writes as much of `text` as fits into `into` as UTF-8 (whole characters; lone surrogates
    /// become U+FFFD, as with any JS string passed to WebAssembly).
    #[wasm_bindgen(method, js_name = encodeInto)]
    fn encode_into(this: &TextEncoder, text: &JsText, into: &Bytes) -> Progress;
    /// What `encodeInto` did.
    type Progress;
    /// UTF-16 units read.
    #[wasm_bindgen(method, getter)]
    fn read(this: &Progress) -> f64;
    /// Bytes written.
    #[wasm_bindgen(method, getter)]
    fn written(this: &Progress) -> f64;
    /// The WebAssembly memory object.
    type Memory;
    #[wasm_bindgen(method, getter)]
    fn buffer(this: &Memory) -> JsValue;
    /// A JS array.
    #[wasm_bindgen(js_name = Array)]
    type JsArray;
    #[wasm_bindgen(constructor, js_class = "Array")]
    fn new() -> JsArray;
    #[wasm_bindgen(method, js_class = "Array")]
    fn push(this: &JsArray, value: &JsValue) -> u32;
    /// A `Uint8Array` view of part of the memory.
    #[wasm_bindgen(js_name = Uint8Array)]
    type Bytes;
    #[wasm_bindgen(constructor, js_class = "Uint8Array")]
    fn new(buffer: &JsValue, offset: u32, len: u32) -> Bytes;
}

thread_local! {
    static ENCODER: TextEncoder = TextEncoder::new();
}

/// The pasted text as a `String`, or an error naming `text` when it is not a string.
///
/// wasm-bindgen's own `String` parameter reserves one byte per UTF-16 unit, then, at the first
/// non-ASCII character, three per remaining unit, and shrinks back: a 1 MB article took 3 MB of
/// WASM memory for a moment, and that memory never shrinks. And a number or an object trapped
/// inside the allocator ("memory access out of bounds"). Here the text is encoded straight into
/// WASM memory: first into one byte per UTF-16 unit (UTF-8 never takes fewer), then whatever did
/// not fit into three bytes per unit left, which for news text is a few bytes per non-ASCII
/// character. A text known to be over the size limit (each unit not yet copied is at least one
/// byte) is refused before the rest of it is copied.
fn text_of(text: &JsValue) -> Result<String, JsError> {
    if !text.is_string() {
        let ty = match text.js_typeof().as_string() {
            _ if text.is_null() => "null".to_string(),
            Some(ty) => ty,
            None => "something else".to_string(),
        };
        return Err(JsError::new(&format!("text: expected a string, got {ty}")));
    }
    let mut rest = text.clone().unchecked_into::<JsText>();
    let mut units = rest.length();
    // Every UTF-16 unit left takes at least one byte.
    let too_large = |len: usize, units: f64| {
        let least = len as f64 + units;
        (least > MAX_INPUT_BYTES as f64).then(|| {
            JsError::new(&Error::too_large_at_least(least as usize, MAX_INPUT_BYTES).to_string())
        })
    };
    if let Some(e) = too_large(0, units) {
        return Err(e);
    }
    let memory = wasm_bindgen::memory().unchecked_into::<Memory>();
    let mut bytes = vec![0u8; units as usize];
    let mut len = 0;
    // Two passes at most: the second has room for three bytes per unit left.
    for _ in 0..2 {
        if units <= 0.0 {
            break;
        }
        // A fresh view each pass: growing the memory detaches the old buffer.
        let at = bytes.as_ptr() as u32 + len as u32;
        let into = Bytes::new(&memory.buffer(), at, (bytes.len() - len) as u32);
        let done = ENCODER.with(|encoder| encoder.encode_into(&rest, &into));
        len += done.written() as usize;
        let read = done.read();
        units -= read;
        if units > 0.0 {
            if let Some(e) = too_large(len, units) {
                return Err(e);
            }
            if read > 0.0 {
                rest = rest.slice(read);
            }
            // Exactly the room needed: `resize` alone grows a vector to at least twice its
            // capacity, and a 1 MB text with one long character near its end took 2 MB (3 MB
            // while being copied).
            bytes.truncate(len);
            bytes.reserve_exact(3 * units as usize);
            bytes.resize(len + 3 * units as usize, 0);
        }
    }
    if units > 0.0 {
        return Err(JsError::new(
            "text: could not copy it into WebAssembly memory",
        ));
    }
    bytes.truncate(len);
    String::from_utf8(bytes)
        .map_err(|e| JsError::new(&format!("text: not UTF-8 after encoding: {e}")))
}

/// Bytes of JSON per piece handed to `JSON.parse` (see [`crate::json::to_json_pieces`]): small
/// enough to fit in memory the analysis has just freed, large enough that the calls cost nothing.
/// Smaller pieces also let V8 keep a smaller young generation while the result builds up: peak RSS
/// growth for 1 MB as one string (one compiler thread, 4 runs) was ~19.0x input with 64 KB pieces,
/// ~17.9x with 32 KB, no lower with 16 or 8 KB; 256 KB made it worse.
const BATCH: usize = 32 * 1024;

/// TypeScript declarations of the result document (mirrors `src/model.rs` and `src/json.rs`;
/// `tests/e2e/types.test.mjs` checks them against real results, key by key).
#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = r#"
/** What a mention or entity is. */
export type Kind = "person" | "organization" | "place" | "group" | "event" | "work" | "product" | "law" | "quantity" | "other";

/** Options of `analyze`. */
export interface AnalyzeOptions {
  /** The article's date, `YYYY-MM-DD`; relative dates resolve against it. Omit or null to use a dateline. */
  referenceDate?: string | null;
}

/** A start/end pair of UTF-16 offsets (JavaScript string indices), end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** A piece of the text with its offsets. */
export interface Cue {
  start: number;
  end: number;
  text: string;
}

/** One occurrence of a name in the text. */
export interface Mention {
  start: number;
  end: number;
  /** Exactly `text.slice(start, end)`. */
  text: string;
  kind: Kind;
  /** Index into `Analysis.entities`. */
  entity: number;
  /** The rule that produced it. */
  rule: string;
  /** 0..1 */
  confidence: number;
}

/** A role stated for a person ("Kremlin spokesman"). */
export interface Role {
  role: string;
  start: number;
  end: number;
  rule: string;
}

/** Something named one or more times, with one canonical name. */
export interface Entity {
  id: number;
  kind: Kind;
  name: string;
  /** Indices into `Analysis.mentions`, in text order. */
  mentions: number[];
  aliases: string[];
  roles: Role[];
  /** 0..1 */
  salience: number;
  /** For a nationality: the place it belongs to. */
  country?: string;
}

/** TIMEX3 type. */
export type TimexType = "date" | "time" | "duration" | "set";

/** How a time value was resolved. */
export interface Resolution {
  /** e.g. "absolute", "weekday:past", "anaphoric:narrative", "unresolved". */
  method: string;
  anchor: "none" | "reference" | "time";
  /** With anchor "time": index into `Analysis.times` of the anchoring expression. */
  anchor_time?: number;
}

/** A temporal expression with its TIMEX3 normalization. */
export interface Timex {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  /** TIMEX3 value ("2025-03-13", "P30D", "PRESENT_REF", "XXXX-WXX-4", "BC1500" before the era), null if none. */
  value: string | null;
  /** TIMEX3 mod ("START", "APPROX", …). */
  mod?: string;
  rule: string;
  resolution: Resolution;
}

/** A direct quotation and who said it. */
export interface Quote {
  start: number;
  end: number;
  text: string;
  /** Index into `Analysis.entities`, or null when unattributed. */
  speaker: number | null;
  cue: Cue | null;
  rule: string;
}

/** How a timeline entry relates to the time of writing. */
export type EventStatus = "reported" | "scheduled" | "background";

/** The size of the period a timeline value names. */
export type Granularity = "day" | "week" | "month" | "quarter" | "season" | "year" | "decade" | "century" | "time" | "present";

/** One dated event. */
export interface TimelineEntry {
  /** The TIMEX3 value that dates it. */
  value: string;
  start: number;
  end: number;
  /** The clause or sentence. */
  text: string;
  /** Indices into `Analysis.entities`. */
  entities: number[];
  /** Indices into `Analysis.times`; the first dates the event. */
  times: number[];
  granularity: Granularity;
  /** First day of the period, `YYYY-MM-DD`, or null if it cannot be placed. */
  from: string | null;
  /** Last day of the period. */
  to: string | null;
  status: EventStatus;
  /** "since …" or vague. */
  open_ended: boolean;
  /** Durations stated for it: indices into `Analysis.times`. */
  durations: number[];
}

/** The reference date and where it came from. */
export interface Reference {
  date: string | null;
  source: "option" | "dateline" | "none";
  /** For a dateline: the text that gave it (also for a dateline without a year: see `partial`). */
  evidence?: Cue;
  /** With no date: a dateline's month and day when neither it nor the article writes a year ("--02-27"). */
  partial?: string;
  /** For a dateline without a year: the expression whose year the date took (the latest year the article writes). */
  year_evidence?: Cue;
}

/** Everything Storyline found in one text (the schema document). */
export interface Analysis {
  version: string;
  reference_date: string | null;
  reference: Reference;
  offsets: "utf16";
  mentions: Mention[];
  entities: Entity[];
  times: Timex[];
  timeline: TimelineEntry[];
  quotes: Quote[];
  sentences: Span[];
  warnings: string[];
}
"#;

/// Installs the panic hook so a bug shows a Rust message in the console, not "unreachable".
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

/// The analysis of `text` (checked and copied in) with `options`, and the text handed back.
fn run(text: &JsValue, options: JsValue) -> Result<(crate::model::Analysis, String), JsError> {
    let text = text_of(text)?;
    let raw: RawOptions = if options.is_undefined() || options.is_null() {
        RawOptions::default()
    } else {
        serde_wasm_bindgen::from_value(options).map_err(|e| {
            // Its errors are JS `Error`s, which print as "Error: <message>".
            let m = e.to_string();
            JsError::new(m.strip_prefix("Error: ").map_or(m.as_str(), |rest| rest))
        })?
    };
    let opts = Options::try_from(raw).map_err(|e| JsError::new(&e.to_string()))?;
    // The text is handed over: the pipeline frees it while the stages run (see `run_owned`).
    crate::pipeline::run_owned(text, &opts).map_err(|e| JsError::new(&e.to_string()))
}

/// Analyzes `text`. `options` is `undefined`, `null` or `{ referenceDate?: "YYYY-MM-DD" | null }`.
/// Returns the schema document (UTF-16 offsets). Throws an `Error` naming the field for bad options
/// (invalid date, unknown key, wrong type), for a text that is not a string, and for text over the
/// size limit.
#[wasm_bindgen(unchecked_return_type = "Analysis")]
pub fn analyze(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_param_type = "AnalyzeOptions | null | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    let (analysis, text) = run(&text, options)?;
    // The document is built from pieces (the skeleton, then batches of each list appended with
    // `list.push(...batch)`), so neither WASM memory nor the JS heap ever holds its whole JSON text.
    let mut doc: Result<JsValue, ()> = Err(());
    crate::json::to_json_pieces(analysis, &text, BATCH, &mut |key, json| {
        let Ok(d) = &doc else {
            if key.is_none() {
                doc = json_parse(json).map_err(|_| ());
            }
            return;
        };
        let appended = key.ok_or(()).and_then(|key| {
            let list = reflect_get(d, key).map_err(|_| ())?;
            let push = reflect_get(&list, "push").map_err(|_| ())?;
            let items = json_parse(json).map_err(|_| ())?;
            reflect_apply(&push, &list, &items).map_err(|_| ())
        });
        if appended.is_err() {
            doc = Err(());
        }
    });
    doc.map_err(|_| JsError::new("could not convert the result: JSON.parse failed"))
}

/// [`analyze`], with the document as JSON text in pieces, for a worker to post to the page
/// without parsing and re-serializing it: `[[null, skeleton], [key, batch], ...]` as
/// [`crate::json::to_json_pieces`] writes them. Parse the first piece, then append each batch's
/// items to list `key`; a document that fits in one batch comes whole in the first piece.
#[wasm_bindgen(js_name = analyzePieces, unchecked_return_type = "Array<[string | null, string]>")]
pub fn analyze_pieces(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_param_type = "AnalyzeOptions | null | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    let (analysis, text) = run(&text, options)?;
    let pieces = JsArray::new();
    crate::json::to_json_pieces(analysis, &text, BATCH, &mut |key, json| {
        let piece = JsArray::new();
        piece.push(&key.map_or(JsValue::NULL, JsValue::from_str));
        piece.push(&JsValue::from_str(json));
        pieces.push(&piece);
    });
    Ok(pieces.into())
}

/// Storyline's version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    /// The copied text takes its own size in WebAssembly memory, plus at most three bytes per
    /// UTF-16 unit left after the first pass (one byte per unit): fewer than three per character
    /// that is not ASCII.
    #[wasm_bindgen_test]
    fn copied_text_takes_its_size() {
        let a = "a".repeat(100_000);
        let table: &[(&str, String)] = &[
            ("ascii", a.clone()),
            ("two-byte at the end", format!("{a}é")),
            ("three-byte at the end", format!("{a}€")),
            ("four-byte at the end", format!("{a}😀")),
            ("two-byte in the middle", format!("{a}é{a}")),
            ("three-byte tail", format!("{a}{}", "€".repeat(1000))),
        ];
        for (name, text) in table {
            let s = text_of(&JsValue::from_str(text)).expect("copies");
            assert_eq!(&s, text, "{name}");
            let wide = text.chars().filter(|c| !c.is_ascii()).count();
            assert!(
                s.capacity() <= text.len() + 3 * wide,
                "{name}: {} bytes of capacity for {} bytes",
                s.capacity(),
                text.len()
            );
        }
    }
}
