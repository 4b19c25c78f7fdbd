//! Time: finding temporal expressions (rules), detecting the reference date, resolving values.
//!
//! Find first, resolve later: [`find`] never sees the reference date — rules give each
//! expression an extent, a type and an underspecified [`value::Value`]; [`resolve`](mod@resolve) is a
//! separate pure function of what was found, the reference date, the tense of the governing verb
//! and the narrative (anaphora), and records how it resolved each value.

pub mod dateline;
pub mod lexicon;
pub mod ranges;
pub mod resolve;
pub mod rules;
pub mod tense;
pub mod value;

use crate::date::Date;
use crate::model::{Timex, TimexType};
use crate::span::Span;
use crate::text::Doc;
pub use value::Value;

/// A temporal expression as a rule found it: extent, type and an underspecified value.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// Normalized byte span.
    pub span: Span,
    /// TIMEX3 type.
    pub ty: TimexType,
    /// The rule that found it.
    pub rule: &'static str,
    /// The typed, underspecified value (printed as TIMEX3 only by [`resolve`](mod@resolve)).
    pub value: Value,
    /// TIMEX3 `mod` ("START", "APPROX"…).
    pub modifier: Option<&'static str>,
}

/// Stage 4: finds temporal expressions. Never looks at the reference date.
pub fn find(doc: &Doc) -> Vec<Found> {
    find_with(doc, String::new())
}

/// [`find`], writing the lower-cased copy of the text the rules read into `spare` (emptied first;
/// freed when done): see [`Doc::from_owned`].
pub fn find_with(doc: &Doc, spare: String) -> Vec<Found> {
    rules::find_all_with(&doc.text, spare)
        .into_iter()
        .map(|c| Found {
            span: c.span,
            ty: c.ty,
            rule: c.rule,
            value: c.value,
            modifier: c.modifier,
        })
        .collect()
}

/// Stage 9: gives each found expression its TIMEX3 value against `reference` and the narrative.
pub fn resolve(doc: &Doc, found: &[Found], reference: Option<Date>) -> Vec<Timex> {
    resolve::resolve(doc, found, reference)
}
