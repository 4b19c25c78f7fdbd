//! The WebAssembly shell: converts options in, the result out (UTF-16 offsets) and errors to JS
//! `Error`s. Nothing else lives here; all logic is in the native core.
//!
//! The result is serialized by the same `serde_json` code as the CLI's and handed to `JSON.parse`,
//! so the two are equal by construction (serde-wasm-bindgen's object builder widens `f32` fields
//! such as `confidence` to a different `f64` — 0.9 became 0.8999999761581421 — and is slower on
//! large results than one `JSON.parse`).

use crate::json::Document;
use crate::options::{Options, RawOptions};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    fn json_parse(text: &str) -> Result<JsValue, JsValue>;
}

/// Installs the panic hook so a bug shows a Rust message in the console, not "unreachable".
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

/// Analyzes `text`. `options` is `undefined`, `null` or `{ referenceDate?: "YYYY-MM-DD" | null }`.
/// Returns the schema document (UTF-16 offsets). Throws an `Error` naming the field for bad options
/// (invalid date, unknown key, wrong type), and for text over the size limit.
#[wasm_bindgen]
pub fn analyze(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    let raw: RawOptions = if options.is_undefined() || options.is_null() {
        RawOptions::default()
    } else {
        serde_wasm_bindgen::from_value(options).map_err(|e| JsError::new(&e.to_string()))?
    };
    let opts = Options::try_from(raw).map_err(|e| JsError::new(&e.to_string()))?;
    let analysis = crate::analyze(text, &opts).map_err(|e| JsError::new(&e.to_string()))?;
    let doc: Document<'_, ()> = Document::new(analysis, text, None);
    let json = serde_json::to_string(&doc)
        .map_err(|e| JsError::new(&format!("could not convert the result: {e}")))?;
    json_parse(&json).map_err(|_| JsError::new("could not convert the result: JSON.parse failed"))
}

/// Storyline's version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
