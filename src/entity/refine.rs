//! Refinement (stage 5): times win over names they overlap; overlapping candidates settled (longer
//! and surer first); one sense per document:
//!
//! - a surface tagged with a sure kind somewhere keeps that kind everywhere (unsure candidates of
//!   the same text take it);
//! - a surname or given name seen in a full person name ("Vladimir Putin") makes later lone uses
//!   ("Putin", "Putin's") persons, even where a list proposed another sense ("Jordan").

use super::Candidate;
use crate::model::Kind;
use crate::span::Span;
use crate::temporal::Found;
use crate::text::{Doc, TokenKind};
use std::collections::HashMap;

/// Confidence at or above which a candidate's kind is trusted for the whole document.
const SURE: f32 = 0.75;

fn score(doc: &Doc, c: &Candidate) -> f32 {
    let words = doc.slice(c.span).split_whitespace().count().max(1);
    c.confidence + 0.1 * (words.min(4) - 1) as f32
}

/// Settles overlapping candidates.
pub fn refine(doc: &Doc, candidates: Vec<Candidate>, times: &[Found]) -> Vec<Candidate> {
    // 1. Times win over names they cover ("May" the month); a name reaching beyond the time
    //    stays ("LA Weekly").
    //    Times sorted by start with the running maximum of their ends: a name is covered when some
    //    time starting at or before it reaches its end.
    let mut tspans: Vec<Span> = times.iter().map(|t| t.span).collect();
    crate::sort::sort_by_key(&mut tspans, |s| s.start);
    let mut reach = Vec::with_capacity(tspans.len());
    let mut max_end = 0;
    for s in &tspans {
        max_end = max_end.max(s.end);
        reach.push(max_end);
    }
    let covered = |c: &Candidate| {
        let i = tspans.partition_point(|s| s.start <= c.span.start);
        i > 0 && reach[i - 1] >= c.span.end
    };
    let mut cands: Vec<Candidate> = candidates.into_iter().filter(|c| !covered(c)).collect();
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
        // A lone given name tagged mid-sentence ("… their child, Gloria.") also names the person
        // at a sentence start later.
        if c.kind == Kind::Person && c.rule == "given-name" {
            let w = doc.slice(c.span);
            parts.entry(w).or_insert(c.span.end);
        }
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
    // A guessed name that starts with a known person's name part is that person followed by
    // something else ("Warhol Polaroids" after "Andy Warhol").
    let mut chosen = chosen;
    for c in &mut chosen {
        if c.kind == Kind::Person && c.confidence < 0.6 {
            let text = doc.slice(c.span);
            if let Some((first, _)) = text.split_once(' ') {
                if parts.contains_key(first) {
                    c.span = Span::new(c.span.start, c.span.start + first.len());
                    c.rule = "one-sense:name-part";
                }
            }
        }
    }
    let mut extra = Vec::new();
    let mut replaced = vec![false; chosen.len()];
    let toks = &doc.tokens;
    let is_part = |i: usize| {
        toks.get(i)
            .is_some_and(|t| t.kind == TokenKind::Word && parts.contains_key(t.text(&doc.text)))
    };
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
        // `chosen` is in text order and non-overlapping: binary search for the neighbours.
        let at = chosen.partition_point(|c| c.span.end <= span.start);
        let hits: Vec<usize> = (at..chosen.len())
            .take_while(|&k| chosen[k].span.start < span.end)
            .collect();
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
    crate::sort::sort_by_key(&mut out, |c| (c.span.start, c.span.end));
    out
}

/// Keeps a non-overlapping subset, best score first; returns it in text order.
fn select(doc: &Doc, mut cands: Vec<Candidate>) -> Vec<Candidate> {
    let mut scored: Vec<(f32, Candidate)> = cands.drain(..).map(|c| (score(doc, &c), c)).collect();
    crate::sort::sort_by(&mut scored, |(sa, a), (sb, b)| {
        sb.total_cmp(sa).then(a.span.start.cmp(&b.span.start))
    });
    let cands = scored.into_iter().map(|(_, c)| c);
    let mut taken: Vec<Candidate> = Vec::with_capacity(cands.len());
    // Taken spans by start (non-overlapping, so the previous and next ones are the only possible clashes).
    let mut spans: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
    for c in cands {
        let before = spans
            .range(..=c.span.start)
            .next_back()
            .is_some_and(|(_, &end)| end > c.span.start);
        let after = spans
            .range(c.span.start..)
            .next()
            .is_some_and(|(&start, _)| start < c.span.end);
        if before || after {
            continue;
        }
        spans.insert(c.span.start, c.span.end);
        taken.push(c);
    }
    crate::sort::sort_by_key(&mut taken, |c| (c.span.start, c.span.end));
    taken
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cand(doc: &Doc, text: &str, nth: usize, kind: Kind, confidence: f32) -> Candidate {
        let start = doc
            .text
            .match_indices(text)
            .nth(nth)
            .map(|(i, _)| i)
            .unwrap_or(0);
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
        let times = crate::temporal::find(&doc);
        let may = doc.text.rfind("May").unwrap_or(0);
        assert!(
            times
                .iter()
                .any(|t| t.span.start <= may && t.span.end >= may + 3),
            "the month is a time"
        );
        let out = refine(&doc, c, &times);
        let got: Vec<(&str, Kind)> = out.iter().map(|c| (doc.slice(c.span), c.kind)).collect();
        assert_eq!(
            got,
            [
                ("Michael Jordan", Kind::Person),
                ("Jordan", Kind::Person),
                ("Jordan", Kind::Person)
            ]
        );
    }
}
