//! Datelines: the place in capitals that opens a wire story or one of its paragraphs
//! ("MOSCOW, March 13 (Reuters) -", "MILAN —", "NEW YORK (AP) —", "RIO DE JANEIRO, Brazil —",
//! "JERUSALEM/CAIRO, Jan 15 (Reuters) -").
//!
//! The gazetteer matches names as they are listed, so capitals are no name to it, and the acronym
//! rule would read "MILAN" as an organization. Here a run of one to four words in capitals at the
//! start of a line, followed by a comma, a dash or a bracket, is the listed place it spells once
//! written in title case (small words such as "de" and "of" in lower case), if there is one. A
//! colon counts only at the end of its line ("KENYA:" heading a list): "JORDAN: Thank you." is a
//! speaker in a transcript.
//! The mention keeps the text's capitals; the place's listed name is its canonical name.

use super::gazetteer;
use super::Candidate;
use crate::model::Kind;
use crate::span::Span;
use crate::text::hash::Lower;
use crate::text::{Doc, TokenKind};

/// Words a place name keeps in lower case inside it ("Rio de Janeiro", "Stratford-upon-Avon"),
/// here and in the temporal stage's datelines in title case.
pub(crate) const SMALL: &[&str] = &[
    "de", "del", "della", "da", "do", "dos", "das", "des", "la", "le", "les", "el", "al", "of",
    "on", "upon", "am", "an", "der", "den", "di", "du", "y", "sur", "en",
];

/// Finds the places of datelines (see the module's doc).
pub fn find(doc: &Doc) -> Vec<Candidate> {
    let text = doc.text.as_str();
    let toks = &doc.tokens;
    let mut out = Vec::new();
    let b = text.as_bytes();
    for (i, t) in toks.iter().enumerate() {
        // At the start of a line: only spaces between the line break (or the text's start) and it.
        let mut k = t.start();
        while k > 0 && matches!(b[k - 1], b' ' | b'\t' | b'\r') {
            k -= 1;
        }
        if k > 0 && b[k - 1] != b'\n' || !capitals(t.text(text)) {
            continue;
        }
        // The run of words in capitals, then the punctuation that closes a dateline's place.
        let run_end = |from: usize| {
            let mut j = from;
            while j < toks.len() && j < from + 4 && capitals(toks[j].text(text)) {
                if toks[j].kind(text) != TokenKind::Word {
                    break;
                }
                j += 1;
            }
            j
        };
        let mut j = run_end(i);
        // "JERUSALEM/CAIRO, Jan 15 (Reuters) -": two places joined by a slash.
        let mut seg = i;
        let mut first = None;
        if j > i
            && j + 1 < toks.len()
            && toks[j].text(text) == "/"
            && toks[j + 1].start() == toks[j].end()
            && capitals(toks[j + 1].text(text))
        {
            first = Some(Span::new(t.start(), toks[j - 1].end()));
            seg = j + 1;
            j = run_end(seg);
        }
        // A colon only ends a heading ("KENYA:" alone on its line), not a speaker's label.
        let closes = toks.get(j).is_some_and(|n| match n.text(text) {
            "," | "—" | "–" | "-" | "(" => true,
            ":" => text[n.end()..]
                .split('\n')
                .next()
                .is_some_and(|rest| rest.trim().is_empty()),
            _ => false,
        });
        if !closes {
            continue;
        }
        if let Some(c) = first.and_then(|f| place(doc.slice(f), f)) {
            out.push(c);
        }
        let span = Span::new(toks[seg].start(), toks[j - 1].end());
        if let Some(c) = place(doc.slice(span), span) {
            out.push(c);
        } else if toks[j].text(text) == "," && region_after(text, toks[j].end()) {
            // "CAPE CANAVERAL, Fla. (Reuters) -": an unlisted place the region after it vouches
            // for (a listed country, state or region up to the dateline's next mark).
            out.push(Candidate {
                span,
                kind: Kind::Place,
                rule: "dateline:place+region",
                confidence: 0.85,
                canonical: None,
                link: None,
            });
        }
    }
    out
}

/// True when a listed country, state or region fills the text from `at` (just after a dateline's
/// comma) to the dateline's next mark ("(", a dash, a comma or the line's end).
fn region_after(text: &str, at: usize) -> bool {
    let rest = &text[at..];
    let end = rest
        .find(['(', '—', '–', ',', '\n'])
        .unwrap_or(rest.len())
        .min(rest.find(" - ").unwrap_or(rest.len()));
    let name = rest[..end].trim();
    name.len() <= 40
        && gazetteer::lookup(name).is_some_and(|e| {
            e.kind == Kind::Place && matches!(e.class, "country" | "state" | "region")
        })
}

/// True for a word of two or more letters, all of them capitals ("MILAN", "NEW").
fn capitals(w: &str) -> bool {
    w.chars().count() >= 2 && w.chars().all(|c| c.is_alphabetic() && c.is_uppercase())
}

/// The place candidate the capitals `caps` at `span` spell, if a listed place does.
fn place(caps: &str, span: Span) -> Option<Candidate> {
    let title = |small: bool| -> String {
        let words: Vec<String> = caps
            .split_whitespace()
            .enumerate()
            .map(|(k, w)| {
                let lower = w.lower();
                if small && k > 0 && SMALL.contains(&lower.as_str()) {
                    return lower;
                }
                let mut cs = lower.chars();
                cs.next()
                    .map(|c| {
                        std::iter::once(crate::text::case::upper_char(c))
                            .chain(cs)
                            .collect()
                    })
                    .unwrap_or_default()
            })
            .collect();
        words.join(" ")
    };
    let entry = [title(false), title(true)]
        .iter()
        .find_map(|name| gazetteer::lookup(name).filter(|e| e.kind == Kind::Place))?;
    Some(Candidate {
        span,
        kind: Kind::Place,
        rule: "dateline:place",
        confidence: 0.9,
        canonical: Some(entry.canonical.unwrap_or(entry.surface)),
        link: None,
    })
}
