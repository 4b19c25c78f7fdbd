//! Sentence splitting over the token stream of the normalized text.
//!
//! A sentence ends at a line break, or at `.`/`!`/`?` (with any closing quotes or brackets after
//! it) followed by a word that can start a sentence. A period after a known abbreviation ("Mr.",
//! "Jan.", "Gen.") or a single initial ("James C. Kopp") does not end one; after a dotted
//! initialism ("U.S.") only a typical sentence opener ("The", "He") does.

use super::tokens::{Token, TokenKind};
use crate::span::Span;
use crate::text::hash::with_lowercase;
use std::ops::Range;

/// One sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Byte span in the normalized text (first token start to last token end).
    pub span: Span,
    /// Its tokens: a range into [`crate::text::Doc::tokens`].
    pub tokens: Range<usize>,
    /// True when a blank line (or the text start) precedes it.
    pub paragraph_start: bool,
}

/// Abbreviations whose period does not end a sentence before a capitalized word.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "gen", "lt", "col", "capt",
    "cmdr", "adm", "sgt", "maj", "cpl", "pvt", "gov", "sen", "rep", "rev", "hon", "pres", "supt",
    "insp", "det", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "no", "nos",
    "vs", "v", "etc", "approx", "est", "dept", "univ", "assn", "bros", "calif", "conn", "fla",
    "ga", "ill", "ind", "kan", "ky", "la", "mass", "md", "mich", "minn", "miss", "mo", "mont",
    "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "ariz",
    "colo", "del", "ala", "ark", "e.g", "i.e", "a.m", "p.m", "op", "fig", "vol", "pp", "ed",
];

/// Words that typically open a sentence (used after an initialism like "U.S.").
const OPENERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "But",
    "And",
    "In",
    "On",
    "At",
    "As",
    "If",
    "When",
    "While",
    "After",
    "Before",
    "Since",
    "His",
    "Her",
    "Its",
    "Their",
    "Our",
    "Meanwhile",
    "However",
    "Although",
    "Still",
    "Yet",
    "So",
    "Now",
    "Then",
    "Earlier",
    "Later",
];

/// Splits `text` (already tokenized as `tokens`) into sentences.
pub fn split(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start_tok = 0usize;
    let mut para = true;
    let bytes = text.as_bytes();
    // Gaps between tokens are short: a plain byte scan beats a memchr call.
    let newline_between = |a: usize, b: usize| bytes[a..b].contains(&b'\n');
    let blank_between = |a: usize, b: usize| {
        let gap = &text[a..b];
        gap.matches('\n').count() >= 2
    };
    let mut i = 0usize;
    while i < tokens.len() {
        let t = &tokens[i];
        let end_here = match tokens.get(i + 1) {
            None => true,
            Some(next) if newline_between(t.end(), next.start()) => true,
            // Only a token ending in `.`, `!` or `?` can end a sentence (see `ends_after`):
            // checked here, the call is saved for nine tokens in ten.
            Some(_)
                if !matches!(
                    t.end().checked_sub(1).and_then(|e| bytes.get(e)),
                    Some(b'.' | b'!' | b'?')
                ) =>
            {
                false
            }
            Some(next) => match ends_after(text, tokens, i, next) {
                Some(j) => {
                    i = j;
                    true
                }
                None => false,
            },
        };
        if end_here {
            let toks = start_tok..i + 1;
            out.push(Sentence {
                span: Span::new(tokens[start_tok].start(), tokens[i].end()),
                tokens: toks,
                paragraph_start: para,
            });
            para = tokens
                .get(i + 1)
                .is_some_and(|n| blank_between(tokens[i].end(), n.start()));
            start_tok = i + 1;
        }
        i += 1;
    }
    out
}

/// Where the sentence ends when it ends at token `i` (punctuation, with the closing quotes and
/// brackets after it: the last of them) or right after it, `next` being on the same line. Out of
/// line (small hot loops: see `pipeline`).
#[inline(never)]
fn ends_after(text: &str, tokens: &[Token], i: usize, next: &Token) -> Option<usize> {
    let t = &tokens[i];
    if t.kind(text) == TokenKind::Punct && matches!(t.text(text), "." | "!" | "?") {
        // Swallow closing quotes / brackets.
        let mut j = i;
        while let Some(n) = tokens.get(j + 1) {
            if n.kind(text) == TokenKind::Punct
                && matches!(n.text(text), "\"" | "'" | ")" | "]")
                && n.start() == tokens[j].end()
            {
                j += 1;
            } else {
                break;
            }
        }
        let n = tokens.get(j + 1)?;
        let spaced = n.start() > tokens[j].end();
        (spaced && can_start(text, n) && !abbreviation_before(text, tokens, i, n)).then_some(j)
    } else if t.kind(text) == TokenKind::Word && text.as_bytes()[t.end() - 1] == b'.' {
        // "… to the U.S. The President …"
        OPENERS.contains(&next.text(text)).then_some(i)
    } else {
        None
    }
}

fn can_start(text: &str, t: &Token) -> bool {
    let s = t.text(text);
    let c = s.chars().next().unwrap_or(' ');
    c.is_uppercase() || c.is_ascii_digit() || matches!(s, "\"" | "'" | "(" | "[" | "-" | "`")
}

/// True when the period at token `i` belongs to an abbreviation or initial.
fn abbreviation_before(text: &str, tokens: &[Token], i: usize, next: &Token) -> bool {
    if i == 0 || tokens[i - 1].end() != tokens[i].start() {
        return false;
    }
    let w = tokens[i - 1].text(text);
    if tokens[i - 1].kind(text) != TokenKind::Word {
        return false;
    }
    // Single capital initial: "James C. Kopp".
    let mut cs = w.chars();
    if let (Some(c), None) = (cs.next(), cs.next()) {
        if c.is_uppercase() {
            return true;
        }
    }
    with_lowercase(w, |lw| {
        // Month and state abbreviations end sentences before typical openers.
        ABBREVIATIONS.contains(&lw)
            && (!OPENERS.contains(&next.text(text))
                || matches!(lw, "mr" | "mrs" | "ms" | "dr" | "st"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens::tokenize;

    fn sents(s: &str) -> Vec<&str> {
        let t = tokenize(s);
        split(s, &t).iter().map(|x| x.span.slice(s)).collect()
    }

    #[test]
    fn splits_on_terminal_punctuation_and_lines() {
        assert_eq!(
            sents("Putin said \"liberate\" it quickly. \"I am counting,\" Putin said.\nNext line"),
            [
                "Putin said \"liberate\" it quickly.",
                "\"I am counting,\" Putin said.",
                "Next line"
            ]
        );
    }

    #[test]
    fn keeps_abbreviations_and_initials() {
        assert_eq!(
            sents("Mr. Smith met James C. Kopp on Jan. 5 in the U.S. capital."),
            ["Mr. Smith met James C. Kopp on Jan. 5 in the U.S. capital."]
        );
        assert_eq!(
            sents("They flew to the U.S. The President waited."),
            ["They flew to the U.S.", "The President waited."]
        );
    }
}
