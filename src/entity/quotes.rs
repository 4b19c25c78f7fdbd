//! Direct quotations and their speakers.
//!
//! **Finding.** Quotation marks are paired left to right in the normalized text (curly quotes are
//! already straight there), using which side of a word each mark is glued to; TBAQ-style
//! ``` ``…'' ``` pairs too. A quote may run over line breaks; one still open when a new paragraph
//! opens with a mark ended at that paragraph break (the press convention for quotes running over
//! several paragraphs). The quote's span is what lies inside the marks, without the comma that
//! hands over to the attribution ("…enemy," Putin said).
//!
//! **Attribution** (the rule names):
//! - `quote:cue-after` — `"…," Putin said` / `"…," Kremlin spokesman Dmitry Peskov said`;
//! - `quote:cue-after-inverted` — `"…," said Putin`;
//! - `quote:cue-before` — `Putin said: "…"` / `Putin told reporters, "…"`;
//! - `quote:according-to` — `According to Putin, "…"`;
//! - `quote:called` — `Paul called the measure "another kick of the can"`, `what he called "a
//!   disgrace"`: a verb that characterizes in the speaker's words (not `a panel called "…"`,
//!   which names);
//! - any of these with `+pronoun` when the speaker is "he"/"she" (for "she", a listed woman's
//!   name of the last few sentences; else, when no person precedes the pronoun in its sentence,
//!   the person who speaks in the sentence before ("…, Moskal said."); else the nearest person
//!   before the cue who is a sentence subject, else the nearest person — skipping persons whose
//!   first name is of the other gender, the gender column of
//!   `src/tables/lexicon/given_names.tsv`) or "it" (the nearest organization);
//! - `quote:continuation` — no cue, clause-length, right after an attributed quote of the same
//!   paragraph: same speaker;
//! - `quote:unattributed` — no cue, but clause-length (≥ 6 words, or a full sentence of ≥ 3).
//!
//! A short quoted word with no speech cue — a scare quote like urged troops to "liberate" it — is
//! not a quotation.

use super::resolve::FastMap;
use crate::model::{Cue, Entity, Kind, Mention, Quote};
use crate::span::Span;
use crate::text::hash::{any_of, Lower};
use crate::text::{Doc, TokenKind};
use std::sync::LazyLock;

/// A set with the Fx hasher: the tables are ours, SipHash's guard against chosen keys buys nothing.
type FastSet<T> = crate::text::hash::FxHashSet<T>;

static SPEECH_VERBS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| crate::entity::lexicon::speech_verbs(&["quote", "both"]).collect());

/// `'f'` or `'m'` when the person's first name is (almost) only female or male; `None` if unknown.
pub fn gender_of(name: &str) -> Option<char> {
    crate::entity::lexicon::given_name_gender(name.split_whitespace().next()?)
}

/// True when `word` (lower case) is a listed speech verb form ("said", "added", "told").
pub fn is_speech_verb(word: &str) -> bool {
    SPEECH_VERBS.contains(word)
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

/// How many sentences back a pronoun may find its person.
const PRONOUN_SENTENCES: usize = 8;

/// How many tokens an attribution may lie from its quotation mark.
const WINDOW: usize = 10;

/// A pair of quotation marks: the inside span and the marks' outer span.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Marks {
    inner: Span,
    outer: Span,
}

/// How a straight quotation mark sits: glued to the word after it (opening), to the word before
/// it (closing), or either.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Side {
    Open,
    Close,
    Either,
}

fn side(text: &str, i: usize) -> Side {
    let prev = text[..i].chars().next_back();
    let next = text[i + 1..].chars().next();
    let space = |c: Option<char>| c.map_or(true, char::is_whitespace);
    let opens =
        (space(prev) || prev.is_some_and(|c| "([{-\u{2014}\u{2013}/".contains(c))) && !space(next);
    let closes =
        !space(prev) && (space(next) || next.is_some_and(|c| c.is_ascii_punctuation() && c != '"'));
    match (opens, closes) {
        (true, false) => Side::Open,
        (false, true) => Side::Close,
        _ => Side::Either,
    }
}

/// Pairs quotation marks in `text`.
///
/// A mark glued to the word after it opens, one glued to the word before it closes; others
/// alternate. A quote may run over line breaks. When a new opening mark starts a line while a
/// one-paragraph quote is open, the open one ended at that line break (a quote running over
/// paragraphs, each opening with a mark); otherwise an open mark followed by a new opening mark
/// was a stray mark and is dropped. A mark left open at the end is dropped.
#[inline(never)] // one call site: kept out of line (see absolute::find)
fn pair_marks(text: &str) -> Vec<Marks> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut open: Option<(usize, usize)> = None; // (mark start, inner start)
    let mut tbaq_open: Option<(usize, usize)> = None;
    let mut i = 0;
    loop {
        // Only marks matter: skip to the next one.
        i = next_mark(b, i);
        if i >= b.len() {
            break;
        }
        match b[i] {
            b'"' => match (open, side(text, i)) {
                (None, Side::Close) => {}
                (None, _) => open = Some((i, i + 1)),
                (Some((s, inner)), Side::Open) => {
                    // Only when the new mark opens the very next line.
                    let nl = text[inner..i].find('\n').map(|n| inner + n);
                    if let Some(end) = nl.filter(|&e| text[e..i].trim().is_empty()) {
                        out.push(Marks {
                            inner: Span::new(inner, end),
                            outer: Span::new(s, end),
                        });
                    }
                    open = Some((i, i + 1));
                }
                (Some((s, inner)), _) => {
                    out.push(Marks {
                        inner: Span::new(inner, i),
                        outer: Span::new(s, i + 1),
                    });
                    open = None;
                }
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
    crate::sort::sort_by_key(&mut out, |m| m.outer.start);
    out
}

/// The first position at or after `i` holding a `"`, a backtick or an apostrophe (`b.len()` if
/// none): eight bytes at a time, with the classic test for a zero byte in a word.
fn next_mark(b: &[u8], mut i: usize) -> usize {
    let has = |x: u64, c: u8| crate::text::swar::bytes_equal(x, c) != 0;
    while i + 8 <= b.len() {
        let mut w = [0u8; 8];
        w.copy_from_slice(&b[i..i + 8]);
        let x = u64::from_le_bytes(w);
        if has(x, b'"') || has(x, b'`') || has(x, b'\'') {
            break;
        }
        i += 8;
    }
    while i < b.len() && !matches!(b[i], b'"' | b'`' | b'\'') {
        i += 1;
    }
    i
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
    /// Quote interiors: mentions inside them are not speakers.
    inside: Vec<Span>,
    /// Last word of each person's full name → the person (`None` when two share it).
    surnames: FastMap<&'a str, Option<usize>>,
}

/// A found attribution: the speaker entity (if resolved), the cue span, the rule.
struct Attribution {
    speaker: Option<usize>,
    cue: Span,
    rule: String,
}

impl<'a> Ctx<'a> {
    fn word(&self, k: usize) -> &'a str {
        self.doc.tokens[k].text(&self.doc.text)
    }
    fn in_quote(&self, s: Span) -> bool {
        // `inside` is sorted and without overlaps: only the last quote starting before `s` can
        // hold it.
        let k = self.inside.partition_point(|q| q.start <= s.start);
        k > 0 && self.inside[k - 1].contains(&s)
    }
    /// Index of the mention covering token `k`, if any.
    fn mention_at(&self, k: usize) -> Option<usize> {
        let t = self.doc.tokens[k].span();
        let i = self.mentions.partition_point(|m| m.end <= t.start);
        self.mentions
            .get(i)
            .filter(|m| m.start <= t.start && t.end <= m.end)
            .map(|_| i)
    }
    fn is_pronoun(&self, k: usize) -> bool {
        // (ASCII without a 'k': compared case-insensitively, the same as lower-casing.)
        let w = self.word(k);
        any_of(w, &["he", "she", "it", "they"])
    }
    /// Resolves a pronoun at token `k` to a mention index before it.
    fn pronoun(&self, k: usize) -> Option<usize> {
        let pos = self.doc.tokens[k].start();
        let w = self.word(k).lower();
        let sent = self.doc.sentence_at(pos);
        let back = |i: usize| sent - self.doc.sentence_at(self.mentions[i].start).min(sent);
        // Mentions before the pronoun, outside quotes, in the last few sentences, nearest first.
        let end = self.mentions.partition_point(|m| m.end <= pos);
        let recent = (0..end)
            .rev()
            .take_while(|&i| back(i) <= PRONOUN_SENTENCES)
            .filter(|&i| {
                let m = &self.mentions[i];
                !self.in_quote(Span::new(m.start, m.end))
            });
        match w.as_str() {
            "he" | "she" => {
                // Persons whose first name does not contradict the pronoun, nearest first.
                let want = if w == "she" { 'f' } else { 'm' };
                let gender = |i: usize| {
                    self.entities
                        .get(self.mentions[i].entity)
                        .and_then(|e| gender_of(&e.name))
                };
                let persons: Vec<usize> = recent
                    .filter(|&i| {
                        self.mentions[i].kind == Kind::Person
                            && gender(i).map_or(true, |g| g == want)
                    })
                    .collect();
                let sent_of = |i: usize| self.doc.sentence_at(self.mentions[i].start);
                // For "she", a woman's name of the last few sentences beats a nearer name of
                // unknown gender ("she" → "Madeleine Albright", not "Slobodan …"). Not for "he":
                // the names the lists do not know are mostly men's in the news, so a known man's
                // name further back would beat the nearer subject ("Chancellor Olaf Scholz …
                // urged …" then "he said" is Scholz, not an "Oliver" two sentences before).
                let known = persons
                    .iter()
                    .copied()
                    .find(|&i| want == 'f' && back(i) <= 3 && gender(i) == Some(want));
                if known.is_some() {
                    return known;
                }
                // "…, Moskal said. '…,' he said": with no person before the pronoun in its own
                // sentence, the speaker of the sentence before goes on speaking.
                if persons.first().map_or(true, |&i| back(i) > 0) {
                    let speaker = persons
                        .iter()
                        .copied()
                        .take_while(|&i| back(i) <= 1)
                        .find(|&i| back(i) == 1 && self.speaks(i));
                    if speaker.is_some() {
                        return speaker;
                    }
                }
                // Prefer a sentence subject (first person named in its sentence) in the last few
                // sentences; else the nearest person.
                let subject = persons.iter().enumerate().find_map(|(x, &i)| {
                    let first_in_sentence = persons
                        .get(x + 1)
                        .map_or(true, |&j| sent_of(j) != sent_of(i));
                    (back(i) <= 3 && first_in_sentence).then_some(i)
                });
                subject.or(persons.first().copied())
            }
            "it" => recent
                .into_iter()
                .find(|&i| self.mentions[i].kind == Kind::Organization),
            _ => None,
        }
    }
    /// True when mention `m` is followed, within a few words of its clause, by a verb of saying
    /// ("Moskal said", "Martin Fabi, the company's president, said").
    fn speaks(&self, m: usize) -> bool {
        let toks = &self.doc.tokens;
        let k = self.doc.token_at_or_after(self.mentions[m].end);
        (k..toks.len().min(k + 8))
            .take_while(|&j| !self.is_stop(j))
            .any(|j| is_speech_verb(&self.word(j).lower()))
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
        self.doc.tokens_span(a, b)
    }
    fn is_stop(&self, k: usize) -> bool {
        matches!(self.word(k), "\"" | "." | "!" | "?" | ";" | "`" | "''")
    }

    /// `"…," Putin said` or `"…," said Putin` after the closing mark.
    #[inline(never)] // one call site: kept out of line (see absolute::find)
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
                let cue = Span::new(toks[k].start(), ms.end);
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
            if let Some((j, e)) = self.surname_in(k + 1, e) {
                let cue = self.tok_span(k, j);
                return Some(self.attr_surname(e, cue, "quote:cue-after-inverted"));
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
                    let cue = Span::new(self.mentions[m].start, toks[v].end());
                    return Some(self.attr(Some(m), cue, "quote:cue-after"));
                }
                if let Some(p) = (start..subj_end).rev().find(|&p| self.is_pronoun(p)) {
                    let cue = self.tok_span(p, v);
                    return Some(self.attr(self.pronoun(p), cue, "quote:cue-after+pronoun"));
                }
                if let Some((j, e)) = self.surname_in(start, subj_end) {
                    let cue = self.tok_span(j, v);
                    return Some(self.attr_surname(e, cue, "quote:cue-after"));
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
        // The clause words are ASCII without a 'k', and only 'e'/'E' and 'd'/'D' lower-case to
        // "ed": case-insensitive comparisons are the lower-cased ones.
        let ends_ed = w.len() >= 2 && w.as_bytes()[w.len() - 2..].eq_ignore_ascii_case(b"ed");
        t.kind(&self.doc.text) == TokenKind::Word
            && !any_of(w, CLAUSE_WORDS)
            && (t.is_capitalized(&self.doc.text) || !ends_ed)
    }

    /// True when token `j` is a verb that characterizes in someone's words ("called the
    /// measure", "described it as", "dubbed") and the quote at token `k` gives those words: a word
    /// lies between them ("called the measure "a kick…""), or the verb follows its speaker
    /// ("what he called "a kick…""). Right after a noun it names instead: "a panel called
    /// "the Freedom Commission""; before "for" or "on" it demands ("called for "urgent
    /// action"").
    fn characterizes(&self, j: usize, k: usize) -> bool {
        const VERBS: [&str; 14] = [
            "call",
            "calls",
            "called",
            "calling",
            "dubbed",
            "termed",
            "labeled",
            "labelled",
            "branded",
            "describe",
            "describes",
            "described",
            "describing",
            "deemed",
        ];
        // "called for", "calls on": a demand, not words given.
        const PARTICLES: [&str; 8] = ["for", "on", "upon", "off", "in", "up", "out", "back"];
        let w = self.word(j);
        any_of(w, &VERBS)
            && !(j + 1 < k
                && PARTICLES
                    .iter()
                    .any(|p| self.word(j + 1).eq_ignore_ascii_case(p)))
            && (j + 1 < k
                || j > 0
                    && (self.is_pronoun(j - 1)
                        || self
                            .mention_at(j - 1)
                            .is_some_and(|m| self.mentions[m].kind == Kind::Person)))
    }

    /// `Putin said: "…"`, `Putin told reporters, "…"`, `According to Putin, "…"` before the
    /// opening mark.
    #[inline(never)] // one call site: kept out of line (see absolute::find)
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
        let (mut v, mut cue_rule) = (None, "quote:cue-before");
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
            if self.characterizes(j, k) {
                (v, cue_rule) = (Some(j), "quote:called");
                break;
            }
            if self.word(j).eq_ignore_ascii_case("according")
                && toks
                    .get(j + 1)
                    .is_some_and(|t| t.text(&self.doc.text) == "to")
            {
                let m = self.first_subject_in(j + 2, k)?;
                let cue = Span::new(toks[j].start(), self.mentions[m].end);
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
            let cue = Span::new(self.mentions[m].start, toks[v].end());
            return Some(self.attr(Some(m), cue, cue_rule));
        }
        if let Some(p) = (a..v).rev().find(|&p| self.is_pronoun(p)) {
            let cue = self.tok_span(p, v);
            let rule = format!("{cue_rule}+pronoun");
            return Some(self.attr(self.pronoun(p), cue, &rule));
        }
        if let Some((j, e)) = self.surname_in(a, v) {
            let cue = self.tok_span(j, v);
            return Some(self.attr_surname(e, cue, cue_rule));
        }
        // "said Putin: …"
        if let Some(m) = self.first_subject_in(v + 1, k) {
            let cue = Span::new(toks[v].start(), self.mentions[m].end);
            return Some(self.attr(Some(m), cue, cue_rule));
        }
        // "Putin, speaking in Moscow, said: …": the first person of the sentence.
        let sent = self.doc.sentence_of(v);
        let s0 = self
            .doc
            .sentences
            .get(sent)
            .map(|s| s.tokens.start.max(v.saturating_sub(4 * WINDOW)))
            .unwrap_or(v);
        let m = (s0..v)
            .filter_map(|j| self.mention_at(j))
            .find(|&m| self.mentions[m].kind == Kind::Person && !self.in_quote(self.span_of(m)))?;
        // The cue is subject-to-verb when short, else the verb alone.
        let near = toks[v].start() - self.mentions[m].end < 60;
        let from = if near {
            self.mentions[m].start
        } else {
            toks[v].start()
        };
        let cue = Span::new(from, toks[v].end());
        Some(self.attr(Some(m), cue, cue_rule))
    }

    /// An attribution to the entity of mention `m`.
    fn attr(&self, m: Option<usize>, cue: Span, rule: &str) -> Attribution {
        let e = m.and_then(|mi| self.mentions.get(mi)).map(|x| x.entity);
        Attribution {
            speaker: e.filter(|&e| e < self.entities.len()),
            cue,
            rule: rule.to_string(),
        }
    }

    /// A capitalized word in tokens `a..b` that is the last word of a person's full name, where
    /// no mention was found ("Geremek said" after "Bronislaw Geremek"): `(token, entity)`.
    fn surname_in(&self, a: usize, b: usize) -> Option<(usize, usize)> {
        (a..b).find_map(|k| {
            let t = &self.doc.tokens[k];
            if t.kind(&self.doc.text) != TokenKind::Word || !t.is_capitalized(&self.doc.text) {
                return None;
            }
            self.surnames
                .get(self.word(k))
                .and_then(|e| e.map(|e| (k, e)))
        })
    }

    /// An attribution to the entity named by a lone surname (see [`Ctx::surname_in`]).
    fn attr_surname(&self, e: usize, cue: Span, rule: &str) -> Attribution {
        Attribution {
            speaker: Some(e),
            cue,
            rule: format!("{rule}+surname"),
        }
    }
}

/// Word tokens in a span.
fn words_in(doc: &Doc, s: Span) -> usize {
    let a = doc.token_at_or_after(s.start);
    doc.tokens[a..]
        .iter()
        .take_while(|t| t.end() <= s.end)
        .filter(|t| t.kind(&doc.text) != TokenKind::Punct)
        .count()
}

/// Stage 7: finds direct quotations and attributes each to a speaker entity.
pub fn find(doc: &Doc, mentions: &[Mention], entities: &[Entity]) -> Vec<Quote> {
    let marks = pair_marks(&doc.text);
    let mut surnames: FastMap<&str, Option<usize>> = FastMap::default();
    for e in entities.iter().filter(|e| e.kind == Kind::Person) {
        if let Some((_, last)) = e.name.rsplit_once(' ') {
            surnames
                .entry(last)
                .and_modify(|x| {
                    if *x != Some(e.id) {
                        *x = None
                    }
                })
                .or_insert(Some(e.id));
        }
    }
    let ctx = Ctx {
        doc,
        mentions,
        entities,
        inside: marks.iter().map(|m| m.inner).collect(),
        surnames,
    };
    let paragraphs = paragraphs(doc);
    let mut out: Vec<Quote> = Vec::new();
    let mut last_para_speaker: Option<(usize, Option<usize>, usize)> = None; // (paragraph, speaker, end)
    for m in &marks {
        let inner = content(&doc.text, m.inner);
        // A work's title in quotation marks ("Letters to Nobody.") is no quotation.
        let at = mentions.partition_point(|x| x.start < inner.start);
        if inner.is_empty()
            || mentions[at..]
                .iter()
                .take_while(|x| x.start == inner.start)
                .any(|x| x.kind == Kind::Work)
        {
            continue;
        }
        let words = words_in(doc, inner);
        let body = inner.slice(&doc.text);
        let full_sentence = body.ends_with(['.', '!', '?']);
        let clause = words >= 6 || (full_sentence && words >= 3);
        let attribution = ctx.after(m.outer.end).or_else(|| ctx.before(m.outer.start));
        let para = paragraphs
            .get(doc.sentence_at(m.outer.start))
            .copied()
            .unwrap_or(0);
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
        let speaker_entity = speaker;
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

/// For each sentence, the index of its paragraph (a paragraph starts where a line does).
#[inline(never)] // one call site: kept out of line (see absolute::find)
fn paragraphs(doc: &Doc) -> Vec<usize> {
    let mut n = 0;
    let mut out = Vec::with_capacity(doc.sentences.len());
    for (i, x) in doc.sentences.iter().enumerate() {
        let gap_start = if i == 0 {
            0
        } else {
            doc.sentences[i - 1].span.end
        };
        if i > 0
            && doc
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_straight_and_tbaq_marks() {
        let t = "He said \"a b\" and ``c d'' then \"open\nnext";
        let m = pair_marks(t);
        let inner: Vec<&str> = m.iter().map(|x| x.inner.slice(t)).collect();
        assert_eq!(inner, ["a b", "c d"]);
        // Over a line break; then a stray closing mark is skipped.
        let t = "He said, \"one.\nTwo.\" Then\" she said \"three.\"";
        let inner: Vec<&str> = pair_marks(t).iter().map(|x| x.inner.slice(t)).collect();
        assert_eq!(inner, ["one.\nTwo.", "three."]);
        // Paragraph convention: a new opening mark ends the open quote at the line break.
        let t = "\"First part.\n\"Second part,\" she said.";
        let inner: Vec<&str> = pair_marks(t).iter().map(|x| x.inner.slice(t)).collect();
        assert_eq!(inner, ["First part.", "Second part,"]);
    }

    #[test]
    fn next_mark_finds_every_mark() {
        let t = "He said \"ok\" and it's ``fine'' — a long tail without any mark at all here.\"";
        let b = t.as_bytes();
        for i in 0..=b.len() {
            let naive = (i..b.len())
                .find(|&k| matches!(b[k], b'"' | b'`' | b'\''))
                .unwrap_or(b.len());
            assert_eq!(next_mark(b, i), naive, "from {i}");
        }
    }

    #[test]
    fn gender_table_parses() {
        assert_eq!(gender_of("Mary Smith"), Some('f'));
        assert_eq!(gender_of("John"), Some('m'));
        assert_eq!(gender_of("Xyzzy Smith"), None);
    }

    #[test]
    fn speech_verbs_table_parses() {
        assert!(is_speech_verb("said"));
        assert!(!is_speech_verb("State"));
        assert!(is_speech_verb("added"));
        assert!(!is_speech_verb("visited"));
        // A name before "thinks" is a speaker, but "thinks" attributes no quotation.
        assert!(!is_speech_verb("thinks") && is_speech_verb("add"));
    }
}
