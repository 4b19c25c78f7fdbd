//! Refinement: overlaps, times over names, one sense per document. (To be written.)

use super::Candidate;
use crate::temporal::Found;
use crate::text::Doc;

/// Settles overlapping candidates.
pub fn refine(_doc: &Doc, candidates: Vec<Candidate>, _times: &[Found]) -> Vec<Candidate> {
    candidates
}
