//! Time: finding temporal expressions (rules), detecting the reference date, resolving values.
//!
//! Find first, resolve later: [`find`] never sees the reference date; [`resolve`] is a separate
//! pure function of what was found, the reference date and the narrative.
//! (Skeleton: filled in by the time work; see issue 4.)

pub mod dateline;

use crate::date::Date;
use crate::model::{AnchorKind, Resolution, Timex, TimexType};
use crate::span::Span;
use crate::text::Doc;

/// A temporal expression as a rule found it: extent, type and an underspecified value.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// Normalized byte span.
    pub span: Span,
    /// TIMEX3 type.
    pub ty: TimexType,
    /// The rule that found it.
    pub rule: &'static str,
}

/// Stage 4: finds temporal expressions. Never looks at the reference date.
pub fn find(_doc: &Doc) -> Vec<Found> {
    Vec::new()
}

/// Stage 9: gives each found expression its TIMEX3 value against `reference` and the narrative.
pub fn resolve(doc: &Doc, found: &[Found], _reference: Option<Date>) -> Vec<Timex> {
    found
        .iter()
        .map(|f| Timex {
            start: f.span.start,
            end: f.span.end,
            text: doc.slice(f.span).to_string(),
            ty: f.ty,
            value: None,
            modifier: None,
            rule: f.rule.to_string(),
            resolution: Resolution {
                method: "unresolved".into(),
                anchor: AnchorKind::None,
                anchor_time: None,
            },
        })
        .collect()
}
