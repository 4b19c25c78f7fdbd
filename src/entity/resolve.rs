//! Entity resolution: mentions merged into entities, aliases, acronyms, salience. (To be written.)

use super::Candidate;
use crate::model::{Entity, Mention};
use crate::text::Doc;

/// Merges candidates into entities (for now: one entity per mention).
pub fn resolve(doc: &Doc, candidates: Vec<Candidate>) -> (Vec<Mention>, Vec<Entity>) {
    let mut mentions = Vec::new();
    let mut entities = Vec::new();
    for c in candidates {
        let id = entities.len();
        entities.push(Entity {
            id,
            kind: c.kind,
            name: c
                .canonical
                .map(str::to_string)
                .unwrap_or_else(|| doc.slice(c.span).to_string()),
            mentions: vec![mentions.len()],
            aliases: Vec::new(),
            roles: Vec::new(),
            salience: 0.0,
            country: c.link.map(str::to_string),
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
