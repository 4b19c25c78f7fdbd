//! Tokens: words, numbers and punctuation with their byte spans in the normalized text.
//!
//! - Letters, digits and marks make words; a hyphen splits ("US-backed" → `US` `-` `backed`) so
//!   names inside compounds are found.
//! - An apostrophe inside a word stays ("O'Brien", "We're") except the possessive: "Putin's" →
//!   `Putin` `'s`, "Courtaulds'" → `Courtaulds` `'`.
//! - Dotted initialisms are one token: "U.S.", "U.K.", "D.C.".
//! - Digits with inner `,` `.` `:` are one number token: "200,000", "3.5", "10:30".

use crate::span::Span;

// Every input the pipeline takes fits in 24-bit token offsets.
const _: () = assert!(crate::options::MAX_INPUT_BYTES <= Token::START_LIMIT);

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (possibly with digits, apostrophes, dots of an initialism).
    Word,
    /// Digits (possibly with inner separators), or a word starting with a digit ("1990s", "3rd").
    Number,
    /// Anything else, one character each.
    Punct,
}

/// One token of the normalized text: its span only, packed into 4 bytes, a 24-bit start and an
/// 8-bit length (a 1 MB article has ~200,000 tokens, alive through every stage: 0.8 MB, where a
/// [`Span`] would take 1.6 MB in WebAssembly); what it is made of is read from its first
/// character ([`Token::kind`]). Its sentence is [`crate::text::Doc::sentence_of`]. A token starts
/// below [`Token::START_LIMIT`] (16 MiB, the largest input the pipeline takes) and is at most
/// [`Token::MAX_LEN`] bytes long ([`tokenize`] splits a longer run of letters).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token(u32);

impl Token {
    /// The longest token, in bytes.
    pub const MAX_LEN: usize = u8::MAX as usize;

    /// Tokens start below this byte offset (2^24).
    pub const START_LIMIT: usize = 1 << 24;

    /// The token over `span`, which must start below [`Token::START_LIMIT`] and be at most
    /// [`Token::MAX_LEN`] bytes long.
    pub(crate) fn new(span: Span) -> Token {
        debug_assert!(span.start < Token::START_LIMIT && span.len() <= Token::MAX_LEN);
        Token((span.start as u32) << 8 | span.len() as u32)
    }

    /// Byte span in the normalized text.
    #[inline(always)]
    pub fn span(&self) -> Span {
        Span::new(self.start(), self.end())
    }

    /// The token's first byte in the normalized text.
    #[inline(always)]
    pub fn start(&self) -> usize {
        (self.0 >> 8) as usize
    }

    /// One past the token's last byte in the normalized text.
    #[inline(always)]
    pub fn end(&self) -> usize {
        self.start() + (self.0 & 0xff) as usize
    }

    /// Word, number or punctuation, as [`tokenize`] made it: a number starts with an ASCII
    /// digit, a word with another letter, digit or mark, anything else is punctuation.
    ///
    /// Inlined with an ASCII fast path: rules ask it ~2 million times per MB of text.
    #[inline(always)]
    pub fn kind(&self, text: &str) -> TokenKind {
        match text.as_bytes().get(self.start()) {
            Some(b) if b.is_ascii_digit() => TokenKind::Number,
            Some(b) if b.is_ascii_alphabetic() => TokenKind::Word,
            Some(b) if b.is_ascii() => TokenKind::Punct,
            _ => self.kind_of_char(text),
        }
    }

    /// [`Token::kind`] for a token starting with a non-ASCII character.
    #[inline(never)]
    fn kind_of_char(&self, text: &str) -> TokenKind {
        let (c, _) = char_at(text, self.start());
        if c.is_ascii_digit() {
            TokenKind::Number
        } else if is_word_char(c) {
            TokenKind::Word
        } else {
            TokenKind::Punct
        }
    }

    /// The token's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span().slice(text)
    }
    /// True when the token starts with an upper-case letter.
    pub fn is_capitalized(&self, text: &str) -> bool {
        self.text(text)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    }
}

#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric() || matches!(c, '\u{300}'..='\u{36f}')
    }
}

/// The char starting at byte `i` (a char boundary below `text.len()`) and its length; ASCII
/// without decoding.
#[inline]
fn char_at(text: &str, i: usize) -> (char, usize) {
    match text.as_bytes().get(i) {
        Some(&b) if b < 0x80 => (char::from(b), 1),
        _ => text
            .get(i..)
            .and_then(|s| s.chars().next())
            .map_or((' ', 1), |c| (c, c.len_utf8())),
    }
}

/// Splits normalized text into tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    let b = text.as_bytes();
    let mut i = 0;
    // Token offsets are 24-bit: a text over 16 MiB (the pipeline refuses more:
    // `MAX_INPUT_BYTES`) is tokenized up to there.
    let last = b.len().min(Token::START_LIMIT);
    while i < last {
        let (c, cl) = char_at(text, i);
        if c.is_whitespace() {
            i += cl;
            continue;
        }
        // One token from `i`: a word or number, or a mark (what `Token::kind` reads back from
        // its first character). Out of line (small hot loops: see `pipeline`).
        let mut end = if is_word_char(c) {
            word_end(text, i, c, cl)
        } else {
            mark_end(text, i, c, cl)
        };
        if end - i > Token::MAX_LEN {
            end = too_long(text, i);
        }
        out.push(Token::new(Span::new(i, end)));
        i = end;
    }
    // The estimate fits ordinary prose; when token-dense text made the vector grow (up to twice
    // what it holds), give the rest back. (Not always: a shrinking realloc costs a copy.)
    if out.capacity() > out.len() + out.len() / 4 {
        out.shrink_to_fit();
    }
    out
}

/// Where a run of letters too long for one token, starting at `i`, is cut: the last char
/// boundary that keeps the token within [`Token::MAX_LEN`] bytes.
#[cold]
#[inline(never)]
fn too_long(text: &str, i: usize) -> usize {
    let mut end = i + Token::MAX_LEN;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    end
}

/// The end of the word or number token that starts at `i` with char `c` (`cl` bytes long).
/// Asked for every word: the common case (ASCII letters and digits up to a space) stays in this
/// small function, the rest in out-of-line ones (V8 recompiles a large function asked that often
/// on a first analysis; small hot loops: see `pipeline`).
#[inline(never)]
fn word_end(text: &str, i: usize, c: char, cl: usize) -> usize {
    let b = text.as_bytes();
    let mut end = i + cl;
    // Dotted initialism: X.Y. (single letters each followed by a dot).
    if b.get(end) == Some(&b'.') && c.is_alphabetic() {
        if let Some(j) = initialism_end(text, end) {
            return j;
        }
    }
    let starts_digit = c.is_ascii_digit();
    // `end` is always the start of the next unread char. ASCII letters and digits first, in a
    // loop of their own: most of a word, read without decoding characters.
    loop {
        while end < b.len() && b[end].is_ascii_alphanumeric() {
            end += 1;
        }
        if end >= b.len() || b[end] == b' ' {
            break;
        }
        match word_goes_on(text, i, end, starts_digit) {
            Some(next) => end = next,
            None => break,
        }
    }
    end
}

/// The end of a dotted initialism ("U.S.") whose first letter ends at `end` (before its dot), if
/// it is one: two letters or more, each followed by a dot, and no word character after.
#[inline(never)]
fn initialism_end(text: &str, end: usize) -> Option<usize> {
    let mut j = end + 1;
    let mut n = 1;
    loop {
        let mut cs = text[j..].chars();
        match (cs.next(), cs.next()) {
            (Some(l), Some('.')) if l.is_alphabetic() => {
                j += l.len_utf8() + 1;
                n += 1;
            }
            _ => break,
        }
    }
    let next_is_word = text[j..].chars().next().is_some_and(is_word_char);
    (n >= 2 && !next_is_word).then_some(j)
}

/// Where the word token started at `i` goes on past the character at `k` (which is not an ASCII
/// letter or digit), or `None` when it ends there.
#[inline(never)]
fn word_goes_on(text: &str, i: usize, k: usize, starts_digit: bool) -> Option<usize> {
    let (d, dl) = char_at(text, k);
    if is_word_char(d) {
        return Some(k + dl);
    }
    if d.is_whitespace() {
        return None;
    }
    let after = text[k + dl..].chars().next();
    // Inner separators of numbers: 200,000  3.5  10:30
    if starts_digit
        && matches!(d, ',' | '.' | ':')
        && after.is_some_and(|a| a.is_ascii_digit())
        && text[i..k]
            .bytes()
            .all(|x| x.is_ascii_digit() || matches!(x, b',' | b'.' | b':'))
    {
        return Some(k + 1);
    }
    // Apostrophes inside words, except the possessive 's.
    if d == '\'' && after.is_some_and(char::is_alphabetic) && !starts_digit {
        let rest = &text[k + 1..];
        let poss = (rest.starts_with('s') || rest.starts_with('S'))
            && !rest[1..].chars().next().is_some_and(is_word_char);
        if !poss {
            return Some(k + 1);
        }
    }
    None
}

/// The end of the mark token that starts at `i` with char `c` (`cl` bytes long): one character,
/// or the possessive 's.
#[inline(never)]
fn mark_end(text: &str, i: usize, c: char, cl: usize) -> usize {
    // Possessive 's as one token.
    let mut end = i + cl;
    if c == '\'' {
        let rest = &text[end..];
        if (rest.starts_with('s') || rest.starts_with('S'))
            && !rest[1..].chars().next().is_some_and(is_word_char)
        {
            end += 1;
        }
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<&str> {
        tokenize(s).iter().map(|t| t.text(s)).collect()
    }

    #[test]
    fn offsets_up_to_the_largest_input_round_trip() {
        // A word ending exactly at the largest input the pipeline takes: its 24-bit start and
        // 8-bit length read back as written. Past that limit (only a direct caller can pass
        // such a text) tokens stop, as documented.
        let word = "z".repeat(Token::MAX_LEN);
        let last_start = Token::START_LIMIT - word.len();
        let mut text = " ".repeat(last_start);
        text.push_str(&word);
        assert_eq!(text.len(), crate::options::MAX_INPUT_BYTES);
        let t = tokenize(&text);
        assert_eq!(t.len(), 1);
        assert_eq!((t[0].start(), t[0].end()), (last_start, Token::START_LIMIT));
        assert_eq!(t[0].text(&text), word);
        text.push_str(" after");
        assert_eq!(tokenize(&text).len(), 1, "a token starting past the limit");
    }

    #[test]
    fn a_run_longer_than_a_token_is_cut_at_a_char_boundary() {
        // (name, text, expected token lengths in bytes)
        let long_ascii = "a".repeat(Token::MAX_LEN + 10);
        let long_two_byte = "é".repeat(Token::MAX_LEN / 2 + 10);
        let rows: [(&str, String, Vec<usize>); 3] = [
            (
                "ascii",
                format!("x {long_ascii} y"),
                vec![1, Token::MAX_LEN, 10, 1],
            ),
            // 255 is odd: the cut falls inside a two-byte character and moves back one byte.
            (
                "two-byte",
                long_two_byte.clone(),
                vec![
                    Token::MAX_LEN - 1,
                    long_two_byte.len() - (Token::MAX_LEN - 1),
                ],
            ),
            (
                "exactly the longest",
                "b".repeat(Token::MAX_LEN),
                vec![Token::MAX_LEN],
            ),
        ];
        for (name, text, lens) in rows {
            let t = tokenize(&text);
            let got: Vec<usize> = t.iter().map(|t| t.span().len()).collect();
            assert_eq!(got, lens, "{name}");
            for t in &t {
                assert!(
                    text.is_char_boundary(t.start()) && text.is_char_boundary(t.end()),
                    "{name}"
                );
            }
            // In text order, without overlap (the lengths above show nothing is lost).
            assert!(t.windows(2).all(|w| w[0].end() <= w[1].start()), "{name}");
        }
    }

    #[test]
    fn kinds_are_read_from_the_first_character() {
        use TokenKind::*;
        let s = "U.S.-backed 1990s ceasefire, 3.5% é ١٢ O'Brien's \u{301}x \"no\"";
        let kinds: Vec<(&str, TokenKind)> =
            tokenize(s).iter().map(|t| (t.text(s), t.kind(s))).collect();
        assert_eq!(
            kinds,
            [
                ("U.S.", Word),
                ("-", Punct),
                ("backed", Word),
                ("1990s", Number),
                ("ceasefire", Word),
                (",", Punct),
                ("3.5", Number),
                ("%", Punct),
                ("é", Word),
                ("١٢", Word),
                ("O'Brien", Word),
                ("'s", Punct),
                ("\u{301}x", Word),
                ("\"", Punct),
                ("no", Word),
                ("\"", Punct),
            ]
        );
        // A 24-bit start and an 8-bit length: 0.8 MB of tokens per MB of text.
        assert_eq!(std::mem::size_of::<Token>(), 4);
    }

    #[test]
    fn splits_words_numbers_possessives_initialisms() {
        assert_eq!(
            toks("Putin's US-backed plan"),
            ["Putin", "'s", "US", "-", "backed", "plan"]
        );
        assert_eq!(
            toks("nearly 200,000 at 10:30."),
            ["nearly", "200,000", "at", "10:30", "."]
        );
        assert_eq!(toks("the U.S. and D.C."), ["the", "U.S.", "and", "D.C."]);
        assert_eq!(toks("We're O'Brien's"), ["We're", "O'Brien", "'s"]);
        assert_eq!(toks("Courtaulds' shares"), ["Courtaulds", "'", "shares"]);
        assert_eq!(toks("the 1990s, 3.5%"), ["the", "1990s", ",", "3.5", "%"]);
        assert_eq!(toks("Mr. Smith"), ["Mr", ".", "Smith"]);
    }
}
