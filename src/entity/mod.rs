//! Names: finding candidates, refining them, resolving them into entities, and quotes.
//!
//! Finding (stage 3): [`gazetteer`], [`patterns`], [`quantities`], [`datelines`], [`works`], [`cases`], with word lists from [`lexicon`].
//! Refining (stage 5): [`refine`](mod@refine). Resolving (stage 6): [`resolve`](mod@resolve), [`roles`]. Quotes (stage 7): [`quotes`].

pub mod gazetteer;
pub mod lexicon;
pub mod patterns;
pub mod quantities;
pub mod quotes;
pub mod refine;
pub mod resolve;
pub mod roles;
// Resolution rule families (ent-resolve).
pub mod acronyms;
pub mod people;
// Finders beside the gazetteer and the patterns.
pub mod cases;
pub mod datelines;
pub mod works;

use crate::model::{Entity, Kind, Mention};
use crate::span::Span;
use crate::temporal::Found;
use crate::text::Doc;

/// A proposed name: what a finder saw, before refinement and resolution.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// Normalized byte span.
    pub span: Span,
    /// Proposed kind.
    pub kind: Kind,
    /// The rule that proposed it.
    pub rule: &'static str,
    /// How sure the rule is, 0..=1.
    pub confidence: f32,
    /// Canonical name a table gives for this surface ("US" → "United States"), if any.
    pub canonical: Option<&'static str>,
    /// For a group (demonym), the place it belongs to ("Ukrainian" → "Ukraine").
    pub link: Option<&'static str>,
}

/// Stage 3: proposes name candidates from gazetteers, patterns and quantities.
pub fn find(doc: &Doc) -> Vec<Candidate> {
    let mut out = gazetteer::find(doc);
    out.extend(patterns::find(doc));
    out.extend(quantities::find(doc));
    out.extend(datelines::find(doc));
    out.extend(works::find(doc));
    out.extend(cases::find(doc));
    crate::sort::sort_by_key(&mut out, |c| (c.span.start, std::cmp::Reverse(c.span.end)));
    out.shrink_to_fit();
    out
}

/// The surfaces a stage-3 finder proposes in `text`, in its order (the finders' unit tests).
#[cfg(test)]
pub(crate) fn found_surfaces(find: fn(&Doc) -> Vec<Candidate>, text: &str) -> Vec<String> {
    let doc = Doc::new(text);
    find(&doc)
        .iter()
        .map(|c| doc.slice(c.span).to_string())
        .collect()
}

/// Stage 5: settles overlaps (with each other and with times) and applies one sense per document.
pub fn refine(doc: &Doc, candidates: Vec<Candidate>, times: &[Found]) -> Vec<Candidate> {
    refine::refine(doc, candidates, times)
}

/// Stage 6: merges mentions into entities (aliases, acronyms), attaches roles, scores salience.
/// Returns mentions (normalized spans, text order) and entities.
pub fn resolve(doc: &Doc, candidates: Vec<Candidate>) -> (Vec<Mention>, Vec<Entity>) {
    resolve::resolve(doc, candidates)
}
