//! Direct quotations and their speakers.
//!
//! **Finding.** Quotation marks are paired left to right in the normalized text (curly quotes are
//! already straight there); TBAQ-style ``` ``…'' ``` pairs too. A quote left open at a line break
//! is closed there when the next paragraph opens with a quotation mark (the press convention for
//! quotes running over several paragraphs), else dropped. The quote's span is what lies inside the
//! marks, without the comma that hands over to the attribution ("…enemy," Putin said).
//!
//! **Attribution** (the rule names):
//! - `quote:cue-after` — `"…," Putin said` / `"…," Kremlin spokesman Dmitry Peskov said`;
//! - `quote:cue-after-inverted` — `"…," said Putin`;
//! - `quote:cue-before` — `Putin said: "…"` / `Putin told reporters, "…"`;
//! - `quote:according-to` — `According to Putin, "…"`;
//! - any of these with `+pronoun` when the speaker is "he"/"she" (the nearest person before the
//!   cue who is a sentence subject or an earlier speaker, else the nearest person) or "it" (the
//!   nearest organization);
//! - `quote:continuation` — no cue, clause-length, right after an attributed quote of the same
//!   paragraph: same speaker;
//! - `quote:unattributed` — no cue, but clause-length (≥ 6 words, or a full sentence of ≥ 3).
//!
//! A short quoted word with no speech cue — a scare quote like urged troops to "liberate" it — is
//! not a quotation.

use crate::model::{Cue, Entity, Kind, Mention, Quote};
use crate::span::Span;
use crate::tables::data_lines;
use crate::text::{Doc, TokenKind};
use std::collections::HashSet;
use std::sync::LazyLock;

static SPEECH_VERBS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    data_lines(include_str!("../tables/quotes/speech_verbs.txt"))
        .map(str::trim)
        .collect()
});

/// True when `word` (any case) is a listed speech verb form ("said", "added", "told").
pub fn is_speech_verb(word: &str) -> bool {
    SPEECH_VERBS.contains(word.to_lowercase().as_str())
}

/// Words that open another clause: a speech verb after them is not this quote's cue.
const CLAUSE_WORDS: &[&str] = &[
    "that",
    "which",
    "whom",
    "whose",
    "before",
    "after",
    "when",
    "while",
    "because",
    "if",
    "and",
    "but",
    "or",
    "to",
    "for",
    "with",
    "by",
    "on",
    "from",
    "would",
    "could",
    "should",
    "might",
    "must",
    "can",
    "not",
    "did",
    "do",
    "does",
    "be",
    "been",
    "are",
    "were",
    "is",
    "was",
    "what",
    "how",
    "why",
    "where",
    "anything",
    "nothing",
    "something",
];

/// How many tokens an attribution may lie from its quotation mark.
const WINDOW: usize = 10;

/// A pair of quotation marks: the inside span and the marks' outer span.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Marks {
    inner: Span,
    outer: Span,
}

/// Pairs quotation marks in `text`.
fn pair_marks(text: &str) -> Vec<Marks> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut open: Option<(usize, usize)> = None; // (mark start, inner start)
    let mut tbaq_open: Option<(usize, usize)> = None;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\n' => {
                if let Some((s, inner)) = open {
                    // Continued on the next paragraph only if that opens with a quotation mark.
                    let rest = text[i..].trim_start();
                    if rest.starts_with('"') {
                        out.push(Marks {
                            inner: Span::new(inner, i),
                            outer: Span::new(s, i),
                        });
                    }
                    open = None;
                }
                tbaq_open = None;
            }
            b'"' => match open.take() {
                None => open = Some((i, i + 1)),
                Some((s, inner)) => out.push(Marks {
                    inner: Span::new(inner, i),
                    outer: Span::new(s, i + 1),
                }),
            },
            b'`' if b.get(i + 1) == Some(&b'`') => {
                tbaq_open = Some((i, i + 2));
                i += 1;
            }
            b'\'' if b.get(i + 1) == Some(&b'\'') => {
                if let Some((s, inner)) = tbaq_open.take() {
                    out.push(Marks {
                        inner: Span::new(inner, i),
                        outer: Span::new(s, i + 2),
                    });
                }
                i += 1;
            }
            _ => {}
        }
        i += 1;
    }
    out.sort_by_key(|m| m.outer.start);
    out
}

/// The inside of a quote as reported: trimmed, without a trailing hand-over comma.
fn content(text: &str, inner: Span) -> Span {
    let s = inner.slice(text);
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    let t = t.strip_suffix(',').map(str::trim_end).unwrap_or(t);
    Span::new(inner.start + lead, inner.start + lead + t.len())
}

/// Shared look-ups for attribution.
struct Ctx<'a> {
    doc: &'a Doc,
    mentions: &'a [Mention],
    entities: &'a [Entity],
    /// Quote interiors (mentions inside them are not speakers) as (start, running maximum of
    /// ends), sorted by start: a span lies in some interior iff the interiors starting at or
    /// before it reach its end (O(log n)).
    inside_reach: Vec<(usize, usize)>,
    /// Pronoun look-ups in O(log n), when the mentions are in text order without overlaps (what
    /// stage 6 produces); `None` falls back to scanning every mention.
    fast: Option<PronounIndex>,
}

/// Candidate antecedents for pronouns, precomputed once per document.
struct PronounIndex {
    /// Person mentions outside quotes, in text order: (mention index, end, sentence, index of the
    /// last entry at or before this one that is the first of its sentence).
    persons: Vec<(usize, usize, usize, usize)>,
    /// Organization mentions outside quotes, in text order: (mention index, end).
    orgs: Vec<(usize, usize)>,
}

/// A found attribution: the speaker's mention (if resolved), the cue span, the rule.
struct Attribution {
    speaker: Option<usize>,
    cue: Span,
    rule: String,
}

impl<'a> Ctx<'a> {
    fn word(&self, k: usize) -> &'a str {
        self.doc.tokens[k].text(&self.doc.text)
    }
    fn new(doc: &'a Doc, mentions: &'a [Mention], entities: &'a [Entity], inside: Vec<Span>) -> Self {
        let mut order: Vec<usize> = (0..inside.len()).collect();
        order.sort_by_key(|&i| inside[i].start);
        let mut far = 0;
        let inside_reach = order
            .iter()
            .map(|&i| {
                far = far.max(inside[i].end);
                (inside[i].start, far)
            })
            .collect();
        let mut ctx = Ctx { doc, mentions, entities, inside_reach, fast: None };
        let ordered = mentions.windows(2).all(|w| w[0].end <= w[1].start && w[0].start <= w[0].end);
        if ordered {
            let mut persons: Vec<(usize, usize, usize, usize)> = Vec::new();
            let mut orgs = Vec::new();
            for (i, m) in mentions.iter().enumerate() {
                if !matches!(m.kind, Kind::Person | Kind::Organization)
                    || ctx.in_quote(Span::new(m.start, m.end))
                {
                    continue;
                }
                if m.kind == Kind::Organization {
                    orgs.push((i, m.end));
                    continue;
                }
                let s = doc.sentence_at(m.start);
                let first = match persons.last() {
                    Some(&(_, _, ps, pf)) if ps == s => pf,
                    _ => persons.len(),
                };
                persons.push((i, m.end, s, first));
            }
            ctx.fast = Some(PronounIndex { persons, orgs });
        }
        ctx
    }
    fn in_quote(&self, s: Span) -> bool {
        let k = self.inside_reach.partition_point(|&(start, _)| start <= s.start);
        k > 0 && self.inside_reach[k - 1].1 >= s.end
    }
    /// [`Ctx::pronoun`] over the precomputed index: the same answer in O(log n).
    fn pronoun_fast(&self, ix: &PronounIndex, pos: usize, w: &str) -> Option<usize> {
        match w {
            "he" | "she" => {
                // Persons ending at or before `pos`: a prefix, since ends grow with starts.
                let h = ix.persons.partition_point(|p| p.1 <= pos);
                let &(last, _, _, first) = ix.persons.get(h.checked_sub(1)?)?;
                // The last sentence subject; earlier ones lie in earlier sentences, so if it is
                // too far back, so are they.
                let sent = self.doc.sentence_at(pos);
                let (subject, _, s, _) = ix.persons[first];
                Some(if sent.saturating_sub(s) <= 3 { subject } else { last })
            }
            "it" => {
                let h = ix.orgs.partition_point(|o| o.1 <= pos);
                Some(ix.orgs.get(h.checked_sub(1)?)?.0)
            }
            _ => None,
        }
    }
    /// Index of the mention covering token `k`, if any.
    fn mention_at(&self, k: usize) -> Option<usize> {
        let t = self.doc.tokens[k].span;
        let i = self.mentions.partition_point(|m| m.end <= t.start);
        self.mentions
            .get(i)
            .filter(|m| m.start <= t.start && t.end <= m.end)
            .map(|_| i)
    }
    fn is_pronoun(&self, k: usize) -> bool {
        matches!(
            self.word(k).to_lowercase().as_str(),
            "he" | "she" | "it" | "they"
        )
    }
    /// Resolves a pronoun at token `k` to a mention index before it.
    fn pronoun(&self, k: usize) -> Option<usize> {
        let pos = self.doc.tokens[k].span.start;
        let w = self.word(k).to_lowercase();
        if let Some(ix) = &self.fast {
            return self.pronoun_fast(ix, pos, &w);
        }
        let before = |m: &Mention| m.end <= pos && !self.in_quote(Span::new(m.start, m.end));
        match w.as_str() {
            "he" | "she" => {
                let persons: Vec<usize> = (0..self.mentions.len())
                    .filter(|&i| self.mentions[i].kind == Kind::Person && before(&self.mentions[i]))
                    .collect();
                // Prefer a sentence subject (first person named in its sentence) in the last few
                // sentences; else the nearest person.
                let sent = self.doc.sentence_at(pos);
                let subject = persons.iter().rev().copied().find(|&i| {
                    let m = &self.mentions[i];
                    let s = self.doc.sentence_at(m.start);
                    sent.saturating_sub(s) <= 3
                        && !persons
                            .iter()
                            .any(|&j| j < i && self.doc.sentence_at(self.mentions[j].start) == s)
                });
                subject.or(persons.last().copied())
            }
            "it" => (0..self.mentions.len()).rev().find(|&i| {
                self.mentions[i].kind == Kind::Organization && before(&self.mentions[i])
            }),
            _ => None,
        }
    }
    /// The speaker mention for a subject found around a verb: the last person mention, else the
    /// last organization/place mention, in tokens `a..b`.
    fn subject_in(&self, a: usize, b: usize) -> Option<usize> {
        let ms: Vec<usize> = (a..b).filter_map(|k| self.mention_at(k)).collect();
        ms.iter()
            .rev()
            .copied()
            .find(|&m| self.mentions[m].kind == Kind::Person)
            .or_else(|| {
                ms.iter()
                    .rev()
                    .copied()
                    .find(|&m| matches!(self.mentions[m].kind, Kind::Organization | Kind::Place))
            })
    }
    fn first_subject_in(&self, a: usize, b: usize) -> Option<usize> {
        let ms: Vec<usize> = (a..b).filter_map(|k| self.mention_at(k)).collect();
        ms.iter()
            .copied()
            .find(|&m| self.mentions[m].kind == Kind::Person)
            .or_else(|| {
                ms.iter()
                    .copied()
                    .find(|&m| matches!(self.mentions[m].kind, Kind::Organization | Kind::Place))
            })
    }
    fn span_of(&self, m: usize) -> Span {
        Span::new(self.mentions[m].start, self.mentions[m].end)
    }
    fn tok_span(&self, a: usize, b: usize) -> Span {
        Span::new(self.doc.tokens[a].span.start, self.doc.tokens[b].span.end)
    }
    fn is_stop(&self, k: usize) -> bool {
        matches!(self.word(k), "\"" | "." | "!" | "?" | ";" | "`" | "''")
    }

    /// `"…," Putin said` or `"…," said Putin` after the closing mark.
    fn after(&self, close_end: usize) -> Option<Attribution> {
        let toks = &self.doc.tokens;
        let mut k = self.doc.token_at_or_after(close_end);
        if toks.get(k).is_some_and(|t| t.text(&self.doc.text) == ",") {
            k += 1;
        }
        let start = k;
        let n = toks.len();
        // Inverted: said Putin / said Kremlin spokesman Dmitry Peskov.
        if k < n && is_speech_verb(self.word(k)) {
            let mut e = k + 1;
            while e < n && e < k + 1 + 6 && !self.is_stop(e) && self.word(e) != "," {
                e += 1;
            }
            if let Some(m) = self.first_subject_in(k + 1, e) {
                let ms = &self.mentions[m];
                let cue = Span::new(toks[k].span.start, ms.end);
                return Some(self.attr(Some(m), cue, "quote:cue-after-inverted"));
            }
            if k + 1 < n && self.is_pronoun(k + 1) {
                let cue = self.tok_span(k, k + 1);
                return Some(self.attr(
                    self.pronoun(k + 1),
                    cue,
                    "quote:cue-after-inverted+pronoun",
                ));
            }
            // "said the official": a cue without a named speaker.
            return Some(self.attr(None, self.tok_span(k, k), "quote:cue-after-inverted"));
        }
        // Subject then verb: Putin said / Kremlin spokesman Dmitry Peskov said / he added /
        // the minister, Anna Berg, said. Only words that can make up a subject may come between.
        let mut v = k;
        while v < n && v < start + WINDOW && !self.is_stop(v) {
            if is_speech_verb(self.word(v)) && v > start {
                // Optional auxiliary: "he has said", "she would later add".
                let subj_end = v;
                if let Some(m) = self.subject_in(start, subj_end) {
                    let cue = Span::new(self.mentions[m].start, toks[v].span.end);
                    return Some(self.attr(Some(m), cue, "quote:cue-after"));
                }
                if let Some(p) = (start..subj_end).find(|&p| self.is_pronoun(p)) {
                    let cue = self.tok_span(p, v);
                    return Some(self.attr(self.pronoun(p), cue, "quote:cue-after+pronoun"));
                }
                // "the ministry said": a cue without a named speaker.
                return Some(self.attr(None, self.tok_span(start, v), "quote:cue-after"));
            }
            if !self.subject_word(v) {
                break;
            }
            v += 1;
        }
        None
    }

    /// True when token `k` can be part of a speaker phrase between a quote and its verb ("the
    /// town engineer, Anna Berg, later"): names, pronouns, nouns, commas; not a word that opens
    /// another clause ("that", "before", "would") nor another verb ("drafted").
    fn subject_word(&self, k: usize) -> bool {
        let t = &self.doc.tokens[k];
        let w = self.word(k);
        if self.mention_at(k).is_some() || self.is_pronoun(k) || matches!(w, "," | "'s") {
            return true;
        }
        let lw = w.to_lowercase();
        t.kind == TokenKind::Word
            && !CLAUSE_WORDS.contains(&lw.as_str())
            && (t.is_capitalized(&self.doc.text) || !lw.ends_with("ed"))
    }

    /// `Putin said: "…"`, `Putin told reporters, "…"`, `According to Putin, "…"` before the
    /// opening mark.
    fn before(&self, open_start: usize) -> Option<Attribution> {
        let toks = &self.doc.tokens;
        let q = self.doc.token_at_or_after(open_start);
        if q == 0 {
            return None;
        }
        let mut k = q; // exclusive end of the attribution clause
        if matches!(self.word(k - 1), ":" | ",") {
            k -= 1;
        }
        let lo = k.saturating_sub(WINDOW);
        // The speech verb: the last one in the clause before the quote.
        let mut v = None;
        let mut j = k;
        while j > lo {
            j -= 1;
            if self.is_stop(j) {
                break;
            }
            if is_speech_verb(self.word(j)) {
                v = Some(j);
                break;
            }
            if self.word(j).eq_ignore_ascii_case("according")
                && toks
                    .get(j + 1)
                    .is_some_and(|t| t.text(&self.doc.text) == "to")
            {
                let m = self.first_subject_in(j + 2, k)?;
                let cue = Span::new(toks[j].span.start, self.mentions[m].end);
                return Some(self.attr(Some(m), cue, "quote:according-to"));
            }
        }
        let v = v?;
        // The subject: before the verb, in the same clause.
        let mut a = v;
        while a > 0 && v - a < WINDOW && !self.is_stop(a - 1) && self.word(a - 1) != "," {
            a -= 1;
        }
        if let Some(m) = self.subject_in(a, v) {
            let cue = Span::new(self.mentions[m].start, toks[v].span.end);
            return Some(self.attr(Some(m), cue, "quote:cue-before"));
        }
        if let Some(p) = (a..v).rev().find(|&p| self.is_pronoun(p)) {
            let cue = self.tok_span(p, v);
            return Some(self.attr(self.pronoun(p), cue, "quote:cue-before+pronoun"));
        }
        // "said Putin: …"
        if let Some(m) = self.first_subject_in(v + 1, k) {
            let cue = Span::new(toks[v].span.start, self.mentions[m].end);
            return Some(self.attr(Some(m), cue, "quote:cue-before"));
        }
        // "Putin, speaking in Moscow, said: …": the first person of the sentence.
        let sent = toks[v].sentence;
        let s0 = self
            .doc
            .sentences
            .get(sent)
            .map(|s| s.tokens.start)
            .unwrap_or(v);
        let m = (s0..v)
            .filter_map(|j| self.mention_at(j))
            .find(|&m| self.mentions[m].kind == Kind::Person && !self.in_quote(self.span_of(m)))?;
        let cue = Span::new(self.mentions[m].start, toks[v].span.end);
        Some(self.attr(Some(m), cue, "quote:cue-before"))
    }

    fn attr(&self, m: Option<usize>, cue: Span, rule: &str) -> Attribution {
        Attribution {
            speaker: m,
            cue,
            rule: rule.to_string(),
        }
    }
}

/// Word tokens in a span.
fn words_in(doc: &Doc, s: Span) -> usize {
    let a = doc.token_at_or_after(s.start);
    doc.tokens[a..]
        .iter()
        .take_while(|t| t.span.end <= s.end)
        .filter(|t| t.kind != TokenKind::Punct)
        .count()
}

/// Stage 7: finds direct quotations and attributes each to a speaker entity.
pub fn find(doc: &Doc, mentions: &[Mention], entities: &[Entity]) -> Vec<Quote> {
    let marks = pair_marks(&doc.text);
    let ctx = Ctx::new(doc, mentions, entities, marks.iter().map(|m| m.inner).collect());
    let paragraphs = paragraph_starts(doc);
    let mut out: Vec<Quote> = Vec::new();
    let mut last_para_speaker: Option<(usize, Option<usize>, usize)> = None; // (paragraph, speaker, end)
    for m in &marks {
        let inner = content(&doc.text, m.inner);
        if inner.is_empty() {
            continue;
        }
        let words = words_in(doc, inner);
        let body = inner.slice(&doc.text);
        let full_sentence = body.ends_with(['.', '!', '?']);
        let clause = words >= 6 || (full_sentence && words >= 3);
        let attribution = ctx.after(m.outer.end).or_else(|| ctx.before(m.outer.start));
        let para = paragraph_of(doc, &paragraphs, m.outer.start);
        let (speaker, cue, rule) = match attribution {
            Some(a) if words >= 2 || full_sentence => (a.speaker, Some(a.cue), a.rule),
            Some(_) => continue,
            None if !clause => continue,
            None => match last_para_speaker {
                Some((p, Some(s), _)) if p == para => {
                    (Some(s), None, "quote:continuation".to_string())
                }
                _ => (None, None, "quote:unattributed".to_string()),
            },
        };
        let speaker_entity = speaker
            .and_then(|mi| ctx.mentions.get(mi))
            .map(|x| x.entity);
        let speaker_entity = speaker_entity.filter(|&e| e < ctx.entities.len());
        last_para_speaker = Some((para, speaker, m.outer.end));
        out.push(Quote {
            start: inner.start,
            end: inner.end,
            text: String::new(),
            speaker: speaker_entity,
            cue: cue.map(|c| Cue {
                start: c.start,
                end: c.end,
                text: String::new(),
            }),
            rule,
        });
    }
    out
}

/// For each sentence, how many sentences up to and including it open a line (paragraphs).
fn paragraph_starts(doc: &Doc) -> Vec<usize> {
    let mut n = 0;
    let mut out = Vec::with_capacity(doc.sentences.len());
    for (i, x) in doc.sentences.iter().enumerate() {
        let gap_start = if i == 0 {
            0
        } else {
            doc.sentences[i - 1].span.end
        };
        if i == 0
            || doc
                .text
                .get(gap_start..x.span.start)
                .is_some_and(|g| g.contains('\n'))
        {
            n += 1;
        }
        out.push(n);
    }
    out
}

/// Index of the paragraph holding byte `pos`: how many sentences up to it open a line
/// (`starts` from [`paragraph_starts`]).
fn paragraph_of(doc: &Doc, starts: &[usize], pos: usize) -> usize {
    starts.get(doc.sentence_at(pos)).copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_straight_and_tbaq_marks() {
        let t = "He said \"a b\" and ``c d'' then \"open\nnext";
        let m = pair_marks(t);
        let inner: Vec<&str> = m.iter().map(|x| x.inner.slice(t)).collect();
        assert_eq!(inner, ["a b", "c d"]);
    }

    #[test]
    fn speech_verbs_table_parses() {
        assert!(is_speech_verb("Said"));
        assert!(is_speech_verb("added"));
        assert!(!is_speech_verb("visited"));
    }
}
