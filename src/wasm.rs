//! The WebAssembly shell: converts options in, the result out (UTF-16 offsets) and errors to JS
//! `Error`s. Nothing else lives here; all logic is in the native core.

use crate::json::Document;
use crate::options::{Options, RawOptions};
use wasm_bindgen::prelude::*;

/// Installs the panic hook so a bug shows a Rust message in the console, not "unreachable".
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

/// Analyzes `text`. `options` is `undefined`, `null` or `{ referenceDate?: "YYYY-MM-DD" | null }`.
/// Returns the schema document (UTF-16 offsets). Throws an `Error` naming the field for bad options,
/// and for text over the size limit.
#[wasm_bindgen]
pub fn analyze(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    let raw: RawOptions = if options.is_undefined() || options.is_null() {
        RawOptions::default()
    } else {
        serde_wasm_bindgen::from_value(options)
            .map_err(|e| JsError::new(&format!("invalid options: {e}")))?
    };
    let opts = Options::try_from(raw).map_err(|e| JsError::new(&e.to_string()))?;
    let analysis = crate::analyze(text, &opts).map_err(|e| JsError::new(&e.to_string()))?;
    let doc: Document<'_, ()> = Document::new(analysis, text, None);
    doc.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("could not convert the result: {e}")))
}

/// Storyline's version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

use serde::Serialize;
