//! Context patterns: title + Name, Name + organization suffix, place cues. (To be written.)

use super::Candidate;
use crate::text::Doc;

/// Finds names from context patterns.
pub fn find(_doc: &Doc) -> Vec<Candidate> {
    Vec::new()
}
