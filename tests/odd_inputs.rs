//! Odd inputs natively (issue 7): the corpus in tests/odd, the founding article with CRLF, and
//! generated pathological megabytes all analyze without error and every span passes the checker.
//! The same corpus runs under WASM (tests/wasm_api) and against the CLI (tests/node/equal.mjs).
//! No timing assertions: speed is the bench's job (benches/).

#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{check_document, native_json, ODD, SEED};
use serde_json::json;

fn analyze_and_check(name: &str, text: &str) {
    for reference in [None, Some("2025-03-13")] {
        let doc = native_json(text, reference).unwrap_or_else(|e| panic!("{name}: {e}"));
        if let Err(p) = check_document(text, &doc) {
            panic!("{name} (reference {reference:?}):\n{p}");
        }
    }
}

#[test]
fn every_corpus_file_is_listed() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/odd");
    for entry in std::fs::read_dir(dir).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if let Some(stem) = name.strip_suffix(".txt") {
            assert!(ODD.iter().any(|(n, _)| *n == stem), "tests/odd/{name} is not in tests/common ODD");
        }
    }
}

#[test]
fn odd_corpus() {
    for (name, text) in ODD {
        analyze_and_check(name, text);
        analyze_and_check(&format!("{name} (CRLF)"), &text.replace('\n', "\r\n"));
    }
}

#[test]
fn founding_article_with_every_line_ending() {
    analyze_and_check("seed", SEED);
    analyze_and_check("seed CRLF", &SEED.replace('\n', "\r\n"));
    analyze_and_check("seed CR", &SEED.replace('\n', "\r"));
    analyze_and_check("seed with emoji", &SEED.replace(' ', " 😀 "));
    analyze_and_check("seed with BOM and NBSP", &format!("\u{feff}{}", SEED.replace(' ', "\u{a0}")));
}

#[test]
fn ten_thousand_character_sentences() {
    for (name, text) in common::generated(10_000) {
        analyze_and_check(name, &text);
    }
}

/// 1 MB of one capitalized word, of digits, of quotes, …: each must finish (linear cost is
/// measured by `make bench`, not asserted here). Ignored in the debug `cargo test` (unoptimized,
/// megabytes take minutes); `make test` runs it in release:
/// `cargo test --release --test odd_inputs -- --ignored`.
#[test]
#[ignore = "1 MB inputs: run in release (make test does)"]
fn pathological_megabytes_complete() {
    for (name, text) in common::generated(1 << 20) {
        let doc = native_json(&text, Some("2025-03-13")).unwrap_or_else(|e| panic!("{name}: {e}"));
        if let Err(p) = check_document(&text, &doc) {
            panic!("{name} (1 MB):\n{p}");
        }
    }
}

#[test]
fn size_limit_is_a_clear_error() {
    let over = "a".repeat(storyline::MAX_INPUT_BYTES + 1);
    let e = storyline::analyze(&over, &storyline::Options::new()).unwrap_err();
    let msg = e.to_string();
    assert!(msg.contains("too large") && msg.contains(&storyline::MAX_INPUT_BYTES.to_string()), "{msg}");
    assert_eq!(storyline::MAX_INPUT_BYTES, 16 * 1024 * 1024, "the README documents 16 MiB");
}

/// The checker itself must catch each kind of broken span, or the tests above prove nothing.
#[test]
fn the_checker_catches_broken_spans() {
    let text = "a😀b\r\nParis";
    let doc = |mentions: serde_json::Value| {
        json!({"offsets": "utf16", "mentions": mentions, "entities": [{"id": 0, "mentions": [0]}],
               "times": [], "timeline": [], "quotes": [], "sentences": []})
    };
    let ok = doc(json!([{"start": 6, "end": 11, "text": "Paris", "entity": 0}]));
    assert!(check_document(text, &ok).is_ok(), "{:?}", check_document(text, &ok));
    let rows = [
        ("splits a surrogate pair", json!([{"start": 2, "end": 3, "text": "\u{fffd}", "entity": 0}]), "surrogate"),
        ("splits a CRLF", json!([{"start": 5, "end": 11, "text": "\nParis", "entity": 0}]), "CRLF"),
        ("out of bounds", json!([{"start": 6, "end": 12, "text": "Paris", "entity": 0}]), "out of bounds"),
        ("reversed", json!([{"start": 7, "end": 6, "text": "", "entity": 0}]), "out of bounds"),
        ("wrong text", json!([{"start": 6, "end": 11, "text": "Pari", "entity": 0}]), "covers"),
        ("byte offsets", json!([{"start": 8, "end": 13, "text": "Paris", "entity": 0}]), "out of bounds"),
        ("empty", json!([{"start": 6, "end": 6, "text": "", "entity": 0}]), "empty"),
        ("bad entity", json!([{"start": 6, "end": 11, "text": "Paris", "entity": 3}]), "entity index"),
    ];
    for (name, mentions, want) in rows {
        let e = check_document(text, &doc(mentions)).expect_err(name);
        assert!(e.contains(want), "{name}: {e}");
    }
    let mut bad_offsets = ok.clone();
    bad_offsets["offsets"] = json!("utf8");
    assert!(check_document(text, &bad_offsets).is_err());
}
