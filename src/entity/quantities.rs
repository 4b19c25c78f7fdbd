//! Quantities: money, percentages, counts. (To be written.)

use super::Candidate;
use crate::text::Doc;

/// Finds quantities.
pub fn find(_doc: &Doc) -> Vec<Candidate> {
    Vec::new()
}
