//! The tense of the clause a time expression sits in, from cue words near it (`tense.tsv`):
//! the nearest cue wins ("said on Wednesday that … is" → past), with verbs in -ed as past.
//! News reports default to the past.

use super::lexicon::LEX;
use crate::span::Span;
use crate::text::{Doc, TokenKind};

/// A clause's tense, as far as weekday and month resolution needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    /// Reported past (the news default).
    Past,
    /// Present ("is", "says").
    Present,
    /// Future or scheduled ("will", "would", "is scheduled to").
    Future,
}

/// Words that end a clause for the purpose of finding its verb.
fn is_boundary(t: &str) -> bool {
    matches!(t, ";" | "\"" | "(" | ")" | ":")
}

/// The tense governing the expression at `span`: the nearest cue word within its clause, looking
/// up to 10 tokens left and 8 right; left cues win ties. No cue: the past.
pub fn tense_at(doc: &Doc, span: Span) -> Tense {
    let text = &doc.text;
    let si = doc.sentence_at(span.start);
    let Some(s) = doc.sentences.get(si) else { return Tense::Past };
    let toks = &doc.tokens[s.tokens.clone()];
    let first = toks.partition_point(|t| t.span.start < span.start);
    let last = toks.partition_point(|t| t.span.start < span.end);
    let cue = |i: usize| -> Option<Tense> {
        let t = toks.get(i)?;
        if t.kind != TokenKind::Word {
            return None;
        }
        let w = t.text(text).to_lowercase();
        if let Some(x) = LEX.tense.get(&w) {
            // "to" + verb after "going"/"plans" etc. is in the table; "has"/"have" + been/-ed past.
            return Some(match x.as_str() {
                "future" => Tense::Future,
                "present" => Tense::Present,
                _ => Tense::Past,
            });
        }
        if w.len() > 4 && w.ends_with("ed") && !matches!(w.as_str(), "need" | "speed" | "seed" | "feed" | "breed" | "indeed" | "red" | "bed") {
            return Some(Tense::Past);
        }
        None
    };
    let mut best: Option<(usize, Tense)> = None;
    // Left.
    let mut d = 0;
    let mut i = first;
    while i > 0 && d < 10 {
        i -= 1;
        d += 1;
        if is_boundary(toks[i].text(text)) {
            break;
        }
        if let Some(t) = cue(i) {
            best = Some((d, t));
            break;
        }
    }
    // Right.
    let mut d = 0;
    let mut i = last;
    while i < toks.len() && d < 8 {
        d += 1;
        if is_boundary(toks[i].text(text)) {
            break;
        }
        if let Some(t) = cue(i) {
            if best.is_none_or_worse(d) {
                best = Some((d, t));
            }
            break;
        }
        i += 1;
    }
    best.map(|(_, t)| t).unwrap_or(Tense::Past)
}

trait Worse {
    fn is_none_or_worse(&self, d: usize) -> bool;
}
impl Worse for Option<(usize, Tense)> {
    fn is_none_or_worse(&self, d: usize) -> bool {
        match self {
            None => true,
            Some((bd, _)) => d < *bd,
        }
    }
}

/// True when the clause around `span` states something planned or expected (for timeline status).
pub fn is_future(doc: &Doc, span: Span) -> bool {
    tense_at(doc, span) == Tense::Future
}
