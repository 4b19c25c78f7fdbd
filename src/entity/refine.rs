//! Refinement (stage 5): times win over names they overlap; overlapping candidates settled (longer
//! and surer first); one sense per document:
//!
//! - a surface tagged with a sure kind somewhere keeps that kind everywhere (unsure candidates of
//!   the same text take it);
//! - a surname or given name seen in a full person name ("Vladimir Putin") makes later lone uses
//!   ("Putin", "Putin's") persons, even where a list proposed another sense ("Jordan").

use super::Candidate;
use crate::model::Kind;
use crate::span::{OverlapIndex, Span};
use crate::temporal::Found;
use crate::text::{Doc, TokenKind};
use std::collections::{BTreeSet, HashMap};

/// Confidence at or above which a candidate's kind is trusted for the whole document.
const SURE: f32 = 0.75;

fn score(doc: &Doc, c: &Candidate) -> f32 {
    let words = doc.slice(c.span).split_whitespace().count().max(1);
    c.confidence + 0.1 * (words.min(4) - 1) as f32
}

/// Settles overlapping candidates.
pub fn refine(doc: &Doc, candidates: Vec<Candidate>, times: &[Found]) -> Vec<Candidate> {
    // 1. Times win over names they overlap ("May" the month).
    let times = OverlapIndex::new(times.iter().map(|t| t.span));
    let mut cands: Vec<Candidate> = candidates
        .into_iter()
        .filter(|c| !times.any(c.span))
        .collect();
    // 2. One sense per document for exact surfaces: the surest kind of each text.
    let mut best: HashMap<&str, (f32, Kind)> = HashMap::new();
    for c in &cands {
        let t = doc.slice(c.span);
        let e = best.entry(t).or_insert((c.confidence, c.kind));
        if c.confidence > e.0 {
            *e = (c.confidence, c.kind);
        }
    }
    for c in &mut cands {
        if let Some(&(conf, kind)) = best.get(doc.slice(c.span)) {
            if conf >= SURE && c.confidence < SURE && kind != c.kind {
                c.kind = kind;
                c.rule = "one-sense";
                c.confidence = conf - 0.1;
            }
        }
    }
    // 3. Overlaps: greedy by score (longer, surer first).
    let chosen = select(doc, cands);
    // 4. Names of people: later lone uses of their parts are persons.
    let mut parts: HashMap<&str, usize> = HashMap::new();
    for c in &chosen {
        if c.kind == Kind::Person && c.confidence >= 0.6 {
            let words: Vec<&str> = doc.slice(c.span).split_whitespace().collect();
            if words.len() >= 2 {
                for w in [words[0], words[words.len() - 1]] {
                    if w.chars().count() > 1 && w.chars().next().is_some_and(char::is_uppercase) {
                        parts.entry(w).or_insert(c.span.end);
                    }
                }
            }
        }
    }
    if parts.is_empty() {
        return chosen;
    }
    let mut extra = Vec::new();
    let mut replaced = vec![false; chosen.len()];
    let toks = &doc.tokens;
    let is_part = |i: usize| {
        toks.get(i).is_some_and(|t| t.kind == TokenKind::Word && parts.contains_key(t.text(&doc.text)))
    };
    // `chosen` is in text order, so index positions are `chosen` indices.
    let taken = OverlapIndex::new(chosen.iter().map(|c| c.span));
    let mut i = 0;
    while i < toks.len() {
        if !is_part(i) || toks[i].span.start < parts[toks[i].text(&doc.text)] {
            i += 1;
            continue;
        }
        // Consecutive parts make one name ("Nick Moreau" again).
        let mut j = i + 1;
        while is_part(j) {
            j += 1;
        }
        let span = Span::new(toks[i].span.start, toks[j - 1].span.end);
        i = j;
        let hits: Vec<usize> = taken.overlapping(span).collect();
        let free = hits.is_empty();
        let weak = hits.len() == 1
            && chosen[hits[0]].span == span
            && chosen[hits[0]].kind != Kind::Person
            && chosen[hits[0]].confidence < 0.95;
        if !(free || weak) {
            continue;
        }
        if weak {
            replaced[hits[0]] = true;
        }
        extra.push(Candidate {
            span,
            kind: Kind::Person,
            rule: "one-sense:name-part",
            confidence: 0.75,
            canonical: None,
            link: None,
        });
    }
    let mut out: Vec<Candidate> = chosen
        .into_iter()
        .zip(replaced)
        .filter(|(_, r)| !r)
        .map(|(c, _)| c)
        .collect();
    out.extend(extra);
    out.sort_by_key(|c| (c.span.start, c.span.end));
    out
}

/// Keeps a non-overlapping subset, best score first; returns it in text order.
fn select(doc: &Doc, mut cands: Vec<Candidate>) -> Vec<Candidate> {
    cands.sort_by(|a, b| {
        score(doc, b)
            .total_cmp(&score(doc, a))
            .then(a.span.start.cmp(&b.span.start))
    });
    let mut taken: Vec<Candidate> = Vec::with_capacity(cands.len());
    // Interval check against the taken spans, ordered by start (an ordered set: O(log n) inserts).
    let mut spans: BTreeSet<(usize, usize)> = BTreeSet::new();
    for c in cands {
        let before = spans.range(..(c.span.start, 0)).next_back();
        let after = spans.range((c.span.start, 0)..).next();
        let clash = before.is_some_and(|s| s.1 > c.span.start) || after.is_some_and(|s| s.0 < c.span.end);
        if clash {
            continue;
        }
        spans.insert((c.span.start, c.span.end));
        taken.push(c);
    }
    taken.sort_by_key(|c| (c.span.start, c.span.end));
    taken
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::TimexType;

    fn cand(doc: &Doc, text: &str, nth: usize, kind: Kind, confidence: f32) -> Candidate {
        let start = doc.text.match_indices(text).nth(nth).map(|(i, _)| i).unwrap_or(0);
        Candidate {
            span: Span::new(start, start + text.len()),
            kind,
            rule: "test",
            confidence,
            canonical: None,
            link: None,
        }
    }

    #[test]
    fn longer_wins_times_win_and_name_parts_follow() {
        let doc = Doc::new("Michael Jordan met May in Jordan. Jordan said no in May.");
        let c = vec![
            cand(&doc, "Michael Jordan", 0, Kind::Person, 0.8),
            cand(&doc, "Jordan", 0, Kind::Place, 0.6),
            cand(&doc, "Jordan", 1, Kind::Place, 0.6),
            cand(&doc, "Jordan", 2, Kind::Place, 0.6),
            cand(&doc, "May", 1, Kind::Person, 0.5),
        ];
        let may = doc.text.rfind("May").unwrap_or(0);
        let times: Vec<Found> = crate::temporal::find(&doc).into_iter().filter(|f| f.span.start == may).collect();
        assert_eq!(times.len(), 1, "the temporal rules should find the month in \"in May\"");
        let out = refine(&doc, c, &times);
        let got: Vec<(&str, Kind)> = out.iter().map(|c| (doc.slice(c.span), c.kind)).collect();
        assert_eq!(
            got,
            [("Michael Jordan", Kind::Person), ("Jordan", Kind::Person), ("Jordan", Kind::Person)]
        );
    }
}
