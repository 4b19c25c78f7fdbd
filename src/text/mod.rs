//! Text preparation: normalization (with an offset map), sentences and tokens.
//!
//! Every later stage reads a [`Doc`]: the normalized text, its sentences and tokens, all in
//! normalized byte offsets. Spans go back to the input through [`Doc::map`] once, at the end.

pub mod case;
pub mod fold;
pub mod hash;
pub mod index;
pub mod normalize;
pub mod sentences;
pub mod swar;
pub mod tokens;

pub use sentences::Sentence;
pub use tokens::{Token, TokenKind};

use crate::span::{OffsetMap, Span};

/// The normalized text and its structure.
#[derive(Debug, Clone)]
pub struct Doc {
    /// The normalized text (web-copy line breaks joined, quotes and spaces unified).
    pub text: String,
    /// Normalized byte offsets → input byte offsets.
    pub map: OffsetMap,
    /// Sentences in text order.
    pub sentences: Vec<Sentence>,
    /// Tokens in text order; each sentence owns a contiguous range.
    pub tokens: Vec<Token>,
    /// Byte offsets of every `\n` in [`Doc::text`], for [`Doc::line_of`].
    pub newlines: Vec<usize>,
}

impl Doc {
    /// Normalizes `input` and splits it into sentences and tokens.
    pub fn new(input: &str) -> Doc {
        let (text, map) = normalize::normalize(input);
        Doc::split(text, map)
    }

    /// [`Doc::new`] for an input handed over, with the input's buffer emptied: spare room at least
    /// as large as the normalized text (normalization never lengthens it), which the temporal
    /// stage fills with its lower-cased copy ([`crate::temporal::find_with`]). WebAssembly memory
    /// never shrinks: freed, the input's megabyte became a hole that small blocks split, and the
    /// copy grew the memory by another megabyte.
    pub fn from_owned(input: String) -> (Doc, String) {
        let (text, map) = normalize::normalize(&input);
        let mut spare = input;
        spare.clear();
        (Doc::split(text, map), spare)
    }

    /// Splits normalized text into tokens and sentences.
    fn split(text: String, map: OffsetMap) -> Doc {
        let tokens = tokens::tokenize(&text);
        let sentences = sentences::split(&text, &tokens);
        let newlines = text
            .bytes()
            .enumerate()
            .filter(|&(_, b)| b == b'\n')
            .map(|(i, _)| i)
            .collect();
        Doc {
            text,
            map,
            sentences,
            tokens,
            newlines,
        }
    }

    /// The normalized text a span covers.
    pub fn slice(&self, span: Span) -> &str {
        span.slice(&self.text)
    }

    /// The span from the start of token `first` to the end of token `last` (both included).
    pub fn tokens_span(&self, first: usize, last: usize) -> Span {
        Span::new(self.tokens[first].start(), self.tokens[last].end())
    }

    /// Index of the sentence containing normalized byte `pos` (the last one if past the end).
    pub fn sentence_at(&self, pos: usize) -> usize {
        let i = self.sentences.partition_point(|s| s.span.end <= pos);
        i.min(self.sentences.len().saturating_sub(1))
    }

    /// Line number (count of `\n` before `pos`) of normalized byte `pos`, in O(log n).
    pub fn line_of(&self, pos: usize) -> usize {
        self.newlines.partition_point(|&n| n < pos)
    }

    /// Index of the first token starting at or after `pos`.
    pub fn token_at_or_after(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| t.start() < pos)
    }

    /// Index of the sentence holding token `k` (the last sentence if `k` is past the end), in
    /// O(log n): tokens do not store it, which keeps them at 4 bytes.
    pub fn sentence_of(&self, k: usize) -> usize {
        let i = self.sentences.partition_point(|s| s.tokens.end <= k);
        i.min(self.sentences.len().saturating_sub(1))
    }

    /// True when tokens `a` and `b` are in the same sentence.
    pub fn same_sentence(&self, a: usize, b: usize) -> bool {
        let (lo, hi) = (a.min(b), a.max(b));
        let s = self.sentence_of(lo);
        self.sentences
            .get(s)
            .is_some_and(|s| s.tokens.contains(&lo) && hi < s.tokens.end)
    }

    /// Tokens of sentence `i`.
    pub fn sentence_tokens(&self, i: usize) -> &[Token] {
        self.sentences
            .get(i)
            .map(|s| &self.tokens[s.tokens.clone()])
            .unwrap_or(&[])
    }
}

/// True when a sentence's tokens read as a headline in title case: no final stop, and of its
/// words of four letters or more, at least four and four in five capitalized ("Storm Batters
/// Coast as Thousands Flee"). The entity finder then reads capitals as saying little, and the
/// tense finder takes a capitalized verb as a verb, not part of a name.
pub fn is_headline(text: &str, toks: &[Token]) -> bool {
    let (mut long, mut caps) = (0usize, 0usize);
    for t in toks {
        let w = t.text(text);
        if t.kind(text) == TokenKind::Word && w.chars().nth(3).is_some() {
            long += 1;
            caps += usize::from(w.chars().next().is_some_and(char::is_uppercase));
        }
    }
    let ends_with_stop = toks
        .last()
        .is_some_and(|t| matches!(t.text(text), "." | "!" | "?"));
    !ends_with_stop && long >= 4 && caps * 10 >= long * 8
}

/// The text before byte `pos`, at most `n` bytes of it (from the first character boundary): a
/// bounded look back from a match, whatever the length of the text before it.
pub fn tail(text: &str, pos: usize, n: usize) -> &str {
    let start = pos.saturating_sub(n);
    let start = (start..=pos)
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(pos);
    &text[start..pos]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Sentences tile the tokens, so `sentence_of` and `same_sentence` agree with the ranges.
    #[test]
    fn sentence_of_every_token() {
        let doc =
            Doc::new("Mr. Smith went to Washington. He met the U.S. envoy.\n\nThen he left! Why?");
        assert_eq!(doc.sentences.len(), 4);
        let mut k = 0;
        for (si, s) in doc.sentences.iter().enumerate() {
            assert_eq!(s.tokens.start, k, "sentences tile the tokens");
            for t in s.tokens.clone() {
                assert_eq!(doc.sentence_of(t), si, "token {t}");
                assert!(
                    doc.same_sentence(s.tokens.start, t) && doc.same_sentence(t, s.tokens.start)
                );
            }
            k = s.tokens.end;
        }
        assert_eq!(k, doc.tokens.len());
        let second = doc.sentences[1].tokens.start;
        assert!(!doc.same_sentence(second - 1, second));
        assert!(!doc.same_sentence(0, doc.tokens.len()), "past the end");
        assert_eq!(doc.sentence_of(doc.tokens.len() + 5), 3);
        assert!(Doc::new("").sentences.is_empty() && !Doc::new("").same_sentence(0, 0));
    }

    /// One notion of a headline for both finders: title case, no final stop, enough long words.
    #[test]
    fn headlines() {
        let first = |t: &str| {
            let doc = Doc::new(t);
            is_headline(&doc.text, doc.sentence_tokens(0))
        };
        assert!(first("Storm Batters Coast as Thousands Flee"));
        assert!(first(
            "Storm Batters Coast as Thousands Flee\nThe storm hit on Friday."
        ));
        assert!(
            !first("Storm Batters Coast as Thousands Flee."),
            "a final stop"
        );
        assert!(
            !first("The storm battered the coast as thousands fled"),
            "lower case"
        );
        assert!(
            !first("Storm Hits Coast"),
            "three long words say too little"
        );
        assert!(first("Storm Batters Coast, Thousands flee"), "four in five");
    }
}
