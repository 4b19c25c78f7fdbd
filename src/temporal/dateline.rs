//! Reference-date detection from datelines, bylines and date lines. (Skeleton; see issue 4.)

use super::Found;
use crate::date::Date;
use crate::span::Span;
use crate::text::Doc;

/// Stage 8: the article's date if a dateline, byline or date line states it, with the span that did.
pub fn detect(_doc: &Doc, _found: &[Found]) -> Option<(Date, Span)> {
    None
}
