//! The timeline: one entry per dated event, chronologically. (Skeleton; see issues 2 and 4.)

use crate::model::{Entity, Mention, TimelineEntry, Timex};
use crate::temporal::Found;
use crate::text::Doc;

/// Stage 10: builds timeline entries from resolved times, sentences and mentions.
pub fn build(
    _doc: &Doc,
    _mentions: &[Mention],
    _entities: &[Entity],
    _found: &[Found],
    _times: &[Timex],
) -> Vec<TimelineEntry> {
    Vec::new()
}
