//! The JSON document, shared by the CLI and the WASM API: UTF-16 offsets, `id` echoed in JSONL.

use crate::model::Analysis;
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

/// The schema document of `text` as a JSON string (no `id`).
pub fn to_json(analysis: Analysis, text: &str) -> String {
    let doc: Document<'_, ()> = Document::new(analysis, text, None);
    serde_json::to_string(&doc)
        .unwrap_or_else(|e| format!("{{\"error\":\"serialization failed: {e}\"}}"))
}
