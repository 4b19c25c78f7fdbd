//! Gazetteer matching: one Aho-Corasick pass over the text for every name list. (To be written.)

use super::Candidate;
use crate::text::Doc;

/// Finds names listed in the gazetteers.
pub fn find(_doc: &Doc) -> Vec<Candidate> {
    Vec::new()
}
