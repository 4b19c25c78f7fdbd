//! Names: finding candidates, refining them, resolving them into entities, and quotes.
//!
//! (Skeleton: the finders are filled in by the entity work; see issue 3.)

pub mod quotes;

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
}

/// Stage 3: proposes name candidates from gazetteers, patterns and quantities.
pub fn find(_doc: &Doc) -> Vec<Candidate> {
    Vec::new()
}

/// Stage 5: settles overlaps (with each other and with times) and applies one sense per document.
pub fn refine(_doc: &Doc, candidates: Vec<Candidate>, _times: &[Found]) -> Vec<Candidate> {
    candidates
}

/// Stage 6: merges mentions into entities (aliases, acronyms), attaches roles, scores salience.
/// Returns mentions (normalized spans, text order) and entities.
pub fn resolve(doc: &Doc, candidates: Vec<Candidate>) -> (Vec<Mention>, Vec<Entity>) {
    let mut mentions = Vec::new();
    let mut entities = Vec::new();
    for c in candidates {
        let id = entities.len();
        entities.push(Entity {
            id,
            kind: c.kind,
            name: doc.slice(c.span).to_string(),
            mentions: vec![mentions.len()],
            aliases: Vec::new(),
            roles: Vec::new(),
            salience: 0.0,
            country: None,
        });
        mentions.push(Mention {
            start: c.span.start,
            end: c.span.end,
            text: String::new(),
            kind: c.kind,
            entity: id,
            rule: c.rule.to_string(),
            confidence: c.confidence,
        });
    }
    (mentions, entities)
}
