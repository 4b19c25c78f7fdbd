//! Front-coded word lists: the long sorted lists (given names, surnames, frequent words, and the
//! places of `gazetteer/places.tsv`, sorted within its sections) are compiled in with each line
//! sharing its first bytes with the line before, and decoded once, on first use, into the plain
//! text [`SortedTable`](crate::tables::SortedTable) searches or the gazetteer's loader reads.
//!
//! Sorted lists share long prefixes ("Abbott", "Abbotts", "Abby"), which gzip alone only partly
//! catches: coding them saves about 10 KB of the gzipped .wasm, and the places 5.06 KB more. The
//! files on disk stay plain (one entry per line, readable and diffable);
//! [`coded_table!`](crate::coded_table) codes a table at compile time, after
//! [`table!`](crate::table) has dropped its comment lines.
//!
//! The coding: every line starts with one ASCII digit `n` (0–9) and stands for the first `n` bytes
//! of the line before it, followed by the rest of the line. `Abbott`, `Abbotts`, `Abby` are coded
//! `0Abbott`, `6s`, `3y`. A shared prefix never ends inside a UTF-8 character.

use super::strip::line_end;
use std::sync::OnceLock;

/// The most bytes a line takes from the line before it (one digit says how many).
const MAX_SHARED: usize = 9;

/// A front-coded table, as [`coded_table!`](crate::coded_table) makes it, with its plain text
/// decoded on first request.
pub struct Coded {
    coded: &'static [u8],
    plain_len: usize,
    plain: OnceLock<&'static str>,
}

impl Coded {
    /// A table coded at compile time (see [`coded_table!`](crate::coded_table)); `plain_len` is the
    /// length of its plain text.
    pub const fn new(coded: &'static [u8], plain_len: usize) -> Coded {
        Coded {
            coded,
            plain_len,
            plain: OnceLock::new(),
        }
    }

    /// The plain text (what [`table!`](crate::table) gives for the same file), decoded on the
    /// first request and kept for the life of the process (a compiled-in table is decoded at most
    /// once).
    pub fn plain(&self) -> &'static str {
        self.plain
            .get_or_init(|| Box::leak(decode(self.coded, self.plain_len).into_boxed_str()))
    }
}

/// Codes a table's text at compile time: the argument is a `table!(include_str!(…))`, the result a
/// [`Coded`] to keep in a `static`.
#[macro_export]
macro_rules! coded_table {
    ($plain:expr) => {{
        const PLAIN: &[u8] = $plain.as_bytes();
        const LEN: usize = $crate::tables::coded::coded_len(PLAIN);
        const BYTES: [u8; LEN] = $crate::tables::coded::code::<LEN>(PLAIN);
        $crate::tables::coded::Coded::new(&BYTES, PLAIN.len())
    }};
}

/// How many first bytes the line `b[start..end]` takes from the line `b[prev..prev_end]`: at most
/// [`MAX_SHARED`], never ending inside a character of the line.
const fn shared(b: &[u8], prev: usize, prev_end: usize, start: usize, end: usize) -> usize {
    let mut n = 0;
    while n < MAX_SHARED && prev + n < prev_end && start + n < end && b[prev + n] == b[start + n] {
        n += 1;
    }
    while n > 0 && start + n < end && b[start + n] & 0xC0 == 0x80 {
        n -= 1;
    }
    n
}

/// The length of `plain` once coded (see [`code`]).
pub const fn coded_len(plain: &[u8]) -> usize {
    let (mut i, mut n, mut prev, mut prev_end) = (0, 0, 0, 0);
    while i < plain.len() {
        let e = line_end(plain, i);
        let s = shared(plain, prev, prev_end, i, e);
        n += 1 + (e - i - s) + if e < plain.len() { 1 } else { 0 };
        (prev, prev_end, i) = (i, e, e + 1);
    }
    n
}

/// `plain` front-coded (see the module docs); `N` is [`coded_len`]`(plain)`.
pub const fn code<const N: usize>(plain: &[u8]) -> [u8; N] {
    let mut out = [0u8; N];
    let (mut i, mut n, mut prev, mut prev_end) = (0, 0, 0, 0);
    while i < plain.len() {
        let e = line_end(plain, i);
        let s = shared(plain, prev, prev_end, i, e);
        out[n] = b'0' + s as u8;
        n += 1;
        let mut k = i + s;
        while k < e {
            out[n] = plain[k];
            n += 1;
            k += 1;
        }
        if e < plain.len() {
            out[n] = b'\n';
            n += 1;
        }
        (prev, prev_end, i) = (i, e, e + 1);
    }
    out
}

/// The plain text of a coded table (`plain_len` sizes it). It runs on the first analysis (~15,000
/// lines of a few bytes each), so it moves eight bytes at a time: a prefix (at most 9 bytes) as
/// one or two words, a line's rest word by word until the word holding its `\n`. Words are
/// written past a line's end into room the next line overwrites or the end cuts off.
pub fn decode(coded: &[u8], plain_len: usize) -> String {
    const SLACK: usize = 24;
    let mut out = vec![0u8; plain_len + SLACK];
    let (mut i, mut o, mut prev) = (0, 0, 0);
    while let Some(&digit) = coded.get(i) {
        // Only a malformed table outgrows its length: room for this line's first words.
        if out.len() < o + SLACK {
            out.resize(o + SLACK, 0);
        }
        let start = o;
        // The previous line with its `\n` is `out[prev..start]`; a prefix stays inside it.
        let n = usize::from(digit.wrapping_sub(b'0')).min(start.saturating_sub(prev + 1));
        let w = word(&out, prev);
        out[o..o + 8].copy_from_slice(&w);
        if n > 8 {
            let w = word(&out, prev + 8);
            out[o + 8..o + 16].copy_from_slice(&w);
        }
        o += n;
        i += 1;
        loop {
            let Some(chunk) = coded.get(i..i + 8) else {
                // The last few bytes, one by one.
                while let Some(&b) = coded.get(i) {
                    if out.len() <= o {
                        out.push(0);
                    }
                    out[o] = b;
                    (i, o) = (i + 1, o + 1);
                    if b == b'\n' {
                        break;
                    }
                }
                break;
            };
            if out.len() < o + 8 {
                out.resize(o + SLACK, 0);
            }
            out[o..o + 8].copy_from_slice(chunk);
            // The first `\n` of the eight bytes, if any.
            let z = crate::text::swar::bytes_equal(u64::from_le_bytes(word(chunk, 0)), b'\n');
            if z != 0 {
                let k = z.trailing_zeros() as usize / 8 + 1;
                (i, o) = (i + k, o + k);
                break;
            }
            (i, o) = (i + 8, o + 8);
        }
        prev = start;
    }
    out.truncate(o);
    // Valid by construction (prefixes end on character boundaries); a bad table reads as empty.
    String::from_utf8(out).unwrap_or_default()
}

/// The eight bytes of `b` from `at` (zeros past its end).
#[inline]
fn word(b: &[u8], at: usize) -> [u8; 8] {
    b.get(at..at + 8)
        .and_then(|w| w.try_into().ok())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Coding then decoding gives the text back, and the coded text is what the docs say.
    #[test]
    fn coding_round_trips() {
        static CODED: Coded = crate::coded_table!("Abbott\nAbbotts\nAbby\n");
        assert_eq!(CODED.coded, b"0Abbott\n6s\n3y\n");
        assert_eq!(CODED.plain(), "Abbott\nAbbotts\nAbby\n");
        let rows: &[(&str, &str)] = &[
            ("empty", ""),
            ("one line, no final break", "Kyiv"),
            ("columns", "Adams\tm\nAdamson\tf\nBaker\t-\n"),
            (
                "long shared prefix",
                "Internationalization\nInternationalized\n",
            ),
            (
                "multi-byte characters",
                "Zürich\nZüge\nZug\nÉcole\nÉcoles\n",
            ),
            ("a line inside the one before", "Abbotts\nAbbott\nA\n\nB\n"),
            ("unsorted", "b\na\nab\nabc\nb\n"),
        ];
        for (name, plain) in rows {
            let coded = code_at_run_time(plain.as_bytes());
            assert_eq!(decode(&coded, plain.len()), *plain, "{name}: {coded:?}");
        }
    }

    /// The const functions, called at run time for rows a test makes up.
    fn code_at_run_time(plain: &[u8]) -> Vec<u8> {
        let n = coded_len(plain);
        // `code` needs its length as a constant: code into a large buffer, then cut.
        let full = code::<16384>(plain);
        full[..n].to_vec()
    }

    /// Made-up sorted lists (short and long lines, shared prefixes of every length, multi-byte
    /// characters, columns) round-trip, whatever falls at the eight-byte boundaries.
    #[test]
    fn made_up_lists_round_trip() {
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        let mut next = |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n
        };
        let pieces = ["a", "b", "é", "ab", "Ab", "bb", "ü", "\t", "x", "yz"];
        for round in 0..200 {
            let mut lines: Vec<String> = (0..next(60))
                .map(|_| {
                    let len = next(25);
                    let mut l: String = (0..len).map(|_| pieces[next(10) as usize]).collect();
                    l.insert(0, 'W');
                    l
                })
                .collect();
            lines.sort();
            lines.dedup();
            let mut plain = lines.join("\n");
            if round % 2 == 0 {
                plain.push('\n');
            }
            let coded = code_at_run_time(plain.as_bytes());
            assert_eq!(decode(&coded, plain.len()), plain, "{plain:?}");
        }
    }

    /// The word lists compiled in decode to their files' data lines.
    #[test]
    fn the_word_lists_decode_to_their_files() {
        static GIVEN: Coded =
            crate::coded_table!(crate::table!(include_str!("lexicon/given_names.tsv")));
        static VOCAB: Coded =
            crate::coded_table!(crate::table!(include_str!("lexicon/common_words.txt")));
        static PLACES: Coded =
            crate::coded_table!(crate::table!(include_str!("gazetteer/places.tsv")));
        assert_eq!(
            PLACES.plain(),
            crate::table!(include_str!("gazetteer/places.tsv"))
        );
        assert_eq!(
            GIVEN.plain(),
            crate::table!(include_str!("lexicon/given_names.tsv"))
        );
        assert_eq!(
            VOCAB.plain(),
            crate::table!(include_str!("lexicon/common_words.txt"))
        );
        assert!(GIVEN.coded.len() * 4 < GIVEN.plain().len() * 3);
    }

    /// Bytes out of the coding's range decode without a panic (tables are coded at compile time,
    /// so this only guards the decoder).
    #[test]
    fn malformed_coding_decodes_without_panic() {
        for bad in [
            &b"9abc\n"[..],
            b"0ab\n9c\n",
            b"x\n",
            b"0\xC3\n1\xA9\n",
            b"\n\n",
        ] {
            let _ = decode(bad, 4);
        }
    }
}
