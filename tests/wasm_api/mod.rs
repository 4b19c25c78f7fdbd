//! The WASM API test cases, shared by tests/web.rs (Node) and tests/web_browser.rs (headless
//! Chrome): the schema document with UTF-16 offsets, errors for bad options naming the field, the
//! size limit, and the odd-input corpus analyzed through the JS boundary with every span checked
//! and the result equal to the core's own serialization in the same module. (The native CLI
//! against the release WASM, byte for byte, is tests/node/equal.mjs.)

use serde_json::Value;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

/// Calls the exported `analyze` with options given as JSON (`None` = `undefined`); returns the
/// document as JSON, or the thrown `Error`'s message.
fn js_analyze_with(text: &str, options: JsValue) -> Result<Value, String> {
    js_analyze_value(JsValue::from_str(text), options)
}

/// [`js_analyze_with`] for any JS value as the text.
fn js_analyze_value(text: JsValue, options: JsValue) -> Result<Value, String> {
    match storyline::wasm::analyze(text, options) {
        Ok(v) => {
            let s: String = js_sys::JSON::stringify(&v)
                .map_err(|_| "JSON.stringify failed".to_string())?
                .into();
            serde_json::from_str(&s).map_err(|e| e.to_string())
        }
        Err(e) => {
            let v: JsValue = e.into();
            let err = v
                .dyn_into::<js_sys::Error>()
                .map_err(|v| format!("threw a non-Error: {v:?}"))?;
            Err(String::from(err.message()))
        }
    }
}

fn js_analyze(text: &str, options_json: Option<&str>) -> Result<Value, String> {
    let opts = match options_json {
        None => JsValue::UNDEFINED,
        Some(j) => js_sys::JSON::parse(j).expect("test options are valid JSON"),
    };
    js_analyze_with(text, opts)
}

#[wasm_bindgen_test]
fn returns_the_schema_document() {
    let doc = js_analyze(
        "It rained in Paris.",
        Some(r#"{"referenceDate":"2025-03-13"}"#),
    )
    .unwrap();
    assert_eq!(doc["reference_date"], "2025-03-13");
    assert_eq!(doc["reference"]["source"], "option");
    assert_eq!(doc["offsets"], "utf16");
    for key in [
        "mentions",
        "entities",
        "times",
        "timeline",
        "sentences",
        "warnings",
    ] {
        assert!(doc[key].is_array(), "{key} missing: {doc}");
    }
    assert_eq!(doc["version"], storyline::wasm::version());
}

#[wasm_bindgen_test]
fn offsets_are_utf16_after_emoji() {
    // Each emoji is 4 UTF-8 bytes but 2 UTF-16 units: byte offsets would land past the words.
    let text = "😀😀 Vladimir Putin met Donald Trump in Moscow on Thursday.\n🇺🇦 Kyiv agreed on March 12, 2025.";
    let doc = js_analyze(text, Some(r#"{"referenceDate":"2025-03-13"}"#)).unwrap();
    crate::common::check_document(text, &doc).unwrap();
    let units: Vec<u16> = text.encode_utf16().collect();
    let second =
        text.encode_utf16().count() - "🇺🇦 Kyiv agreed on March 12, 2025.".encode_utf16().count();
    let starts: Vec<u64> = doc["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["start"].as_u64().unwrap())
        .collect();
    assert!(
        starts.contains(&(second as u64)),
        "second sentence should start at UTF-16 {second}: {starts:?}"
    );
    assert!(doc["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .all(|s| s["end"].as_u64().unwrap() as usize <= units.len()));
    // Whatever was found after the emoji slices back exactly in UTF-16 (checked above) and lies
    // where JavaScript would find it.
    for m in doc["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .chain(doc["times"].as_array().unwrap())
    {
        let (s, t) = (
            m["start"].as_u64().unwrap() as usize,
            m["text"].as_str().unwrap(),
        );
        let want: Vec<u16> = t.encode_utf16().collect();
        assert_eq!(&units[s..s + want.len()], &want[..], "{m}");
    }
}

#[wasm_bindgen_test]
fn bad_reference_dates_throw_naming_the_field() {
    for bad in [
        "2025-02-30",
        "tomorrow",
        "",
        "10000-01-01",
        "2025-13-01",
        "0000-01-01",
        "13/03/2025",
        "2025-03-13T00:00",
    ] {
        let opts = format!(
            r#"{{"referenceDate":{}}}"#,
            serde_json::to_string(bad).unwrap()
        );
        let e = js_analyze("Paris.", Some(&opts)).unwrap_err();
        assert!(e.contains("referenceDate"), "{bad:?}: {e}");
    }
}

#[wasm_bindgen_test]
fn wrong_option_types_and_keys_throw_naming_the_field() {
    let rows: &[(&str, &str, &str)] = &[
        (
            "number date",
            r#"{"referenceDate":20250313}"#,
            "referenceDate",
        ),
        ("boolean date", r#"{"referenceDate":true}"#, "referenceDate"),
        (
            "array date",
            r#"{"referenceDate":["2025-03-13"]}"#,
            "referenceDate",
        ),
        (
            "object date",
            r#"{"referenceDate":{"year":2025}}"#,
            "referenceDate",
        ),
        ("unknown key", r#"{"refDate":"2025-03-13"}"#, "refDate"),
        (
            "typo in case",
            r#"{"referencedate":"2025-03-13"}"#,
            "referencedate",
        ),
        ("string options", r#""2025-03-13""#, "referenceDate"),
        ("number options", "42", "referenceDate"),
    ];
    for (name, opts, field) in rows {
        let e = js_analyze("Paris.", Some(opts)).unwrap_err();
        assert!(e.contains(field), "{name}: {e}");
        // The message itself, not a JS Error's "Error: <message>" printed into it.
        assert!(!e.starts_with("Error"), "{name}: {e}");
    }
    // A long value is not echoed whole.
    let opts = format!(r#"{{"referenceDate":"{}"}}"#, "x".repeat(1_000_000));
    let e = js_analyze("Paris.", Some(&opts)).unwrap_err();
    assert!(
        e.contains("referenceDate") && e.len() < 200,
        "{}",
        &e[..e.len().min(300)]
    );
    // A JS Date object is not a "YYYY-MM-DD" string either.
    let o = js_sys::Object::new();
    js_sys::Reflect::set(&o, &"referenceDate".into(), &js_sys::Date::new_0()).unwrap();
    let e = js_analyze_with("Paris.", o.into()).unwrap_err();
    assert!(e.contains("referenceDate"), "Date object: {e}");
}

#[wasm_bindgen_test]
fn absent_options_are_fine() {
    for opts in [
        None,
        Some("null"),
        Some("{}"),
        Some(r#"{"referenceDate":null}"#),
    ] {
        let doc = js_analyze("It rained in Paris.", opts).unwrap();
        assert!(doc["reference_date"].is_null(), "{opts:?}: {doc}");
        assert_eq!(doc["reference"]["source"], "none", "{opts:?}");
    }
    let o = js_sys::Object::new();
    js_sys::Reflect::set(&o, &"referenceDate".into(), &JsValue::UNDEFINED).unwrap();
    assert!(js_analyze_with("Paris.", o.into()).is_ok());
}

#[wasm_bindgen_test]
fn oversize_input_throws() {
    let big = "a".repeat(storyline::MAX_INPUT_BYTES + 1);
    let e = js_analyze(&big, None).unwrap_err();
    assert!(
        e.contains("too large") && e.contains(&storyline::MAX_INPUT_BYTES.to_string()),
        "{e}"
    );
    // Refused by its length in UTF-16 units, before it is copied into WASM memory.
    assert!(
        e.contains(&format!(
            "at least {} bytes",
            storyline::MAX_INPUT_BYTES + 1
        )),
        "{e}"
    );
    // The limit itself is allowed.
    let at = " ".repeat(storyline::MAX_INPUT_BYTES);
    assert!(js_analyze(&at, None).is_ok());
    // Few enough UTF-16 units to be copied in, but over the limit in UTF-8 bytes.
    let wide = "é".repeat(storyline::MAX_INPUT_BYTES / 2 + 1);
    let e = js_analyze(&wide, None).unwrap_err();
    assert!(
        e.contains("too large")
            && e.contains(&format!(": {} bytes", storyline::MAX_INPUT_BYTES + 2)),
        "{e}"
    );
    // Found too large after the first pass: its bytes so far and the units left are over the limit.
    let wider = "é".repeat(storyline::MAX_INPUT_BYTES * 3 / 4);
    let e = js_analyze(&wider, None).unwrap_err();
    assert!(e.contains("too large: at least"), "{e}");
}

/// Every character arrives, whatever the mix of UTF-8 lengths and wherever the first long one
/// falls (the text is copied in passes of one byte per UTF-16 unit, then three per unit left).
#[wasm_bindgen_test]
fn every_character_arrives() {
    let table: &[(&str, &str)] = &[
        ("ascii", "abc"),
        ("two-byte first", "é"),
        ("three-byte first", "€"),
        ("four-byte first", "😀"),
        ("three-byte runs", "€€€€€€€€"),
        ("mixed", "a€b😀cé"),
        ("long tail", &"€😀é".repeat(1000)),
        ("cjk", "東京都"),
    ];
    for (name, x) in table {
        let text = format!("{x} It rained in Paris. {x} Berlin {x}");
        let doc = js_analyze(&text, None).expect(name);
        let units = |s: &str| s.encode_utf16().count();
        let paris = doc["mentions"]
            .as_array()
            .and_then(|ms| ms.iter().find(|m| m["text"] == "Paris"))
            .unwrap_or_else(|| panic!("{name}: no Paris in {doc}"));
        assert_eq!(
            paris["start"],
            units(&format!("{x} It rained in ")),
            "{name}"
        );
        let last = doc["sentences"]
            .as_array()
            .and_then(|s| s.last())
            .expect(name);
        assert_eq!(last["end"], units(&text), "{name}: {doc}");
    }
}

/// `analyzePieces` reassembles (parse the first piece, append each batch to its list) to exactly
/// `analyze`'s document, for a short article (one piece) and a long one (many batches).
#[wasm_bindgen_test]
fn pieces_reassemble_to_the_document() {
    let seed = include_str!("../fixtures/seed-article.txt");
    let long = seed.repeat(40);
    for (name, text, want_pieces) in [
        ("founding article", seed, 1..2),
        ("40 copies", &long, 10..1000),
    ] {
        let opts = || js_sys::JSON::parse(r#"{"referenceDate":"2025-03-13"}"#).expect("options");
        let pieces = storyline::wasm::analyze_pieces(JsValue::from_str(text), opts())
            .map_err(|e| format!("{:?}", JsValue::from(e)))
            .expect(name);
        let pieces: js_sys::Array = pieces.dyn_into().expect("an array");
        assert!(
            want_pieces.contains(&pieces.length()),
            "{name}: {} pieces",
            pieces.length()
        );
        // Assembled in JS, as a page does, then read back like `js_analyze`'s result.
        let mut doc: Option<JsValue> = None;
        for piece in pieces.iter() {
            let piece: js_sys::Array = piece.dyn_into().expect("a pair");
            let json = piece.get(1).as_string().expect("json text");
            let v = js_sys::JSON::parse(&json).expect("a piece is JSON");
            match piece.get(0).as_string() {
                None => doc = Some(v),
                Some(key) => {
                    let list = js_sys::Reflect::get(
                        doc.as_ref().expect("the document first"),
                        &key.into(),
                    )
                    .expect("a list");
                    let list: js_sys::Array = list.dyn_into().expect("an array");
                    for item in js_sys::Array::from(&v).iter() {
                        list.push(&item);
                    }
                }
            }
        }
        let json: String = js_sys::JSON::stringify(&doc.expect("a document"))
            .expect("stringify")
            .into();
        let doc: Value = serde_json::from_str(&json).expect("json");
        let direct = js_analyze(text, Some(r#"{"referenceDate":"2025-03-13"}"#)).expect(name);
        assert_eq!(doc, direct, "{name}");
    }
}

/// A text that is not a string throws an `Error` naming `text` and its type (the generated glue
/// used to trap inside the allocator: "memory access out of bounds"), and the module goes on working.
#[wasm_bindgen_test]
fn non_string_texts_throw_naming_the_field() {
    let table: &[(&str, JsValue, &str)] = &[
        ("number", JsValue::from_f64(42.0), "got number"),
        ("undefined", JsValue::UNDEFINED, "got undefined"),
        ("null", JsValue::NULL, "got null"),
        ("boolean", JsValue::TRUE, "got boolean"),
        ("object", js_sys::Object::new().into(), "got object"),
        (
            "array",
            js_sys::Array::of1(&JsValue::from_str("a")).into(),
            "got object",
        ),
    ];
    for (name, value, want) in table {
        let e = js_analyze_value(value.clone(), JsValue::UNDEFINED).expect_err(name);
        assert!(
            e.starts_with("text: expected a string") && e.ends_with(want),
            "{name}: {e}"
        );
    }
    let doc = js_analyze("It rained in Paris on Thursday.", None).expect("still works");
    assert_eq!(doc["mentions"][0]["text"], "Paris", "{doc}");
    assert_eq!(doc["times"][0]["text"], "Thursday", "{doc}");
}

/// Runs one input through the JS boundary, checks its spans, and compares with the core's
/// serialization in this same module.
fn odd(name: &str, text: &str) {
    for opts in [None, Some("2025-03-13")] {
        let js = js_analyze(
            text,
            opts.map(|d| format!(r#"{{"referenceDate":"{d}"}}"#))
                .as_deref(),
        )
        .unwrap_or_else(|e| panic!("{name}: {e}"));
        if let Err(p) = crate::common::check_document(text, &js) {
            panic!("{name} ({opts:?}):\n{p}");
        }
        let native = crate::common::native_json(text, opts).unwrap();
        if let Some(d) = crate::common::first_difference(&js, &native) {
            panic!("{name}: the JS document differs from the core's JSON at {d}");
        }
    }
}

#[wasm_bindgen_test]
fn odd_input_corpus() {
    for (name, text) in crate::common::ODD {
        odd(name, text);
    }
    odd("seed article", crate::common::SEED);
    odd(
        "seed article with CRLF",
        &crate::common::SEED.replace('\n', "\r\n"),
    );
}

#[wasm_bindgen_test]
fn generated_inputs() {
    for (name, text) in crate::common::generated(10_000) {
        odd(name, &text);
    }
}

#[wasm_bindgen_test]
fn random_texts_keep_span_invariants() {
    // The same seeds as tests/props.rs's deterministic half, so a failure reproduces natively.
    for seed in 0..150u64 {
        let text = crate::common::random_text(&mut crate::common::Rng::new(seed), 60);
        odd(&format!("random seed {seed}"), &text);
    }
}
