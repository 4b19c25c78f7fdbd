//! # Storyline
//!
//! Paste a news article, get back who and what it names (people, organizations, places,
//! nationalities, events, quantities), every date normalized to TIMEX3 against the article's date,
//! direct quotes with their speakers, and a timeline of what happened when.
//!
//! The same core runs natively (this crate, and the `storyline` CLI) and in the browser as
//! WebAssembly (see `wasm.rs`); both emit the same JSON document.
//!
//! ```
//! use storyline::{analyze, Options};
//!
//! let text = "MOSCOW, March 13 (Reuters) - Kremlin spokesman Dmitry Peskov said on Thursday \
//!             that talks would go on.";
//! let opts = Options::new().with_reference_date("2025-03-13").unwrap();
//! let result = analyze(text, &opts).unwrap();
//! assert_eq!(result.reference_date.as_deref(), Some("2025-03-13"));
//! # let _ = result;
//! ```
//!
//! The stages, in order, are listed (with the reason for each place) in [`pipeline`].

pub mod date;
pub mod entity;
pub mod error;
pub mod json;
pub mod model;
pub mod options;
pub mod pipeline;
pub mod sort;
pub mod span;
pub mod tables;
pub mod temporal;
pub mod text;
pub mod timeline;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use date::Date;
pub use error::Error;
pub use model::*;
pub use options::{Options, RawOptions, MAX_INPUT_BYTES};

/// Analyzes `text`: mentions, entities, times, quotes and timeline.
///
/// Offsets in the result are UTF-8 byte offsets into `text`; call
/// [`Analysis::into_utf16`] for JavaScript-style offsets (what the CLI and WASM emit).
///
/// # Errors
/// Fails only for input larger than [`MAX_INPUT_BYTES`]. Any text of allowed size, however odd,
/// gives a result.
pub fn analyze(text: &str, options: &Options) -> Result<Analysis, Error> {
    pipeline::run(text, options)
}
