//! Direct quotations and their speakers. (Skeleton; see issue 3.)

use crate::model::{Entity, Mention, Quote};
use crate::text::Doc;

/// Stage 7: finds direct quotations and attributes each to a speaker entity.
pub fn find(_doc: &Doc, _mentions: &[Mention], _entities: &[Entity]) -> Vec<Quote> {
    Vec::new()
}
