//! Normalization: one clean reading of pasted text, with a map back to every original character.
//!
//! What it does, in order of a single left-to-right pass:
//! - `\r\n` and lone `\r` become `\n`; tabs, no-break and other Unicode spaces become a space;
//!   control characters become a space; soft hyphens, zero-width spaces and BOMs are dropped.
//! - Curly quotes become straight ones (`‘’‚‛` → `'`, `“”„‟` → `"`), so rules see one quote style.
//! - **Web-copy line breaks are joined.** Copying a web page puts each link on its own line:
//!   `"control of\nSudzha\n, the largest town"`. A single line break is read as a space (or
//!   dropped before closing punctuation) when the text around it shows a sentence running on;
//!   see [`joins`]. Blank lines and breaks after finished sentences stay.
//!
//! The result's [`OffsetMap`] takes any normalized span back to the exact original characters.

use crate::span::{OffsetMap, OffsetMapBuilder};
use crate::text::hash::Lower;

/// Words after which a line cannot end a sentence or a headline: a break after them runs on.
const RUN_ON_WORDS: &[&str] = &[
    "a",
    "an",
    "the",
    "of",
    "in",
    "on",
    "at",
    "to",
    "from",
    "by",
    "with",
    "for",
    "and",
    "or",
    "but",
    "nor",
    "as",
    "than",
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "his",
    "her",
    "their",
    "its",
    "our",
    "your",
    "my",
    "into",
    "onto",
    "over",
    "under",
    "between",
    "about",
    "after",
    "before",
    "since",
    "during",
    "against",
    "toward",
    "towards",
    "via",
    "per",
    "said",
    "says",
    "told",
    "including",
    "like",
    "near",
    "across",
    "through",
    "among",
    "amid",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "should",
    "may",
    "might",
    "must",
    "can",
    "not",
    "this",
    "these",
    "those",
    "such",
    "if",
    "when",
    "while",
    "where",
    "whether",
    "because",
    "both",
    "either",
    "neither",
    "some",
    "any",
    "all",
    "every",
    "each",
    "no",
    "also",
    "until",
    "within",
    "without",
    "upon",
    "around",
    "behind",
    "beyond",
    "inside",
    "outside",
    "off",
    "up",
    "down",
];

/// Decides whether the line break between `prev` (the line before, trimmed) and `next` (the line
/// after, trimmed) is a web-copy artifact inside one sentence. `in_chain` says whether the break
/// before `prev` was joined too (so `prev` is a link fragment).
pub fn joins(prev: &str, next: &str, in_chain: bool) -> bool {
    let (Some(first), Some(last)) = (next.chars().next(), prev.chars().next_back()) else {
        return false;
    };
    // The next line continues: a lower-case word or closing punctuation.
    if first.is_lowercase()
        || matches!(
            first,
            ',' | '.' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '%' | '’' | '”'
        )
    {
        // Except a lower-case line after a finished sentence: that is a new block (a list item).
        return !matches!(last, '.' | '!' | '?') || !first.is_lowercase();
    }
    // The previous line cannot end there.
    if matches!(last, ',' | '(' | '[' | '-' | '–' | '—' | '/' | '&') {
        return true;
    }
    let last_word = prev
        .rsplit(|c: char| !c.is_alphanumeric() && c != '\'')
        .next()
        .unwrap_or("");
    // A run-on word ends the line; capitalized only when it is the whole line ("The\nRussian …").
    let lower = last_word.lower();
    if prev.ends_with(|c: char| c.is_alphabetic())
        && RUN_ON_WORDS.contains(&lower.as_str())
        && (lower == last_word || prev == last_word)
    {
        return true;
    }
    // Inside a chain of fragments: a fragment without end punctuation runs on into the next line.
    if in_chain && !matches!(last, '.' | '!' | '?' | ':' | '"' | '\'' | ')' | '”' | '’') {
        return true;
    }
    false
}

/// True when `line` looks like a link's text cut out of a running sentence: short, without end
/// punctuation, and followed by a line that continues the sentence ("a 30-day\nUS-backed
/// ceasefire\ncovering the entire frontline").
fn is_link_fragment(line: &str, after: &str) -> bool {
    let continues = after.chars().next().is_some_and(|c| {
        c.is_lowercase() || matches!(c, ',' | '.' | ';' | ':' | ')' | '%' | '’' | '”')
    });
    // Cheap tests first; count words only up to one past the limit.
    continues
        && !line.ends_with(['.', '!', '?', ':', '"', '”'])
        && (1..=6).contains(&line.split_whitespace().take(7).count())
}

/// Normalizes `input`; returns the normalized text and the map back to `input`.
pub fn normalize(input: &str) -> (String, OffsetMap) {
    let mut out = String::with_capacity(input.len());
    let mut map = OffsetMapBuilder::new(input);
    // Line structure first: which single line breaks join. Lines are cut at \n, \r\n and \r.
    let lines = line_spans(input);
    let mut join_after = vec![false; lines.len()];
    let mut in_chain = false;
    let line = |i: usize| input[lines[i].0..lines[i].1].trim();
    let pairs = lines.len().saturating_sub(1);
    for (i, join) in join_after.iter_mut().enumerate().take(pairs) {
        let (pa, pb) = (line(i), line(i + 1));
        let fragment_next = lines
            .get(i + 2)
            .is_some_and(|_| is_link_fragment(pb, line(i + 2)));
        let j = !pa.is_empty()
            && !pb.is_empty()
            && (joins(pa, pb, in_chain) || (fragment_next && !pa.ends_with(['.', '!', '?', ':'])));
        *join = j;
        in_chain = j;
    }
    let mut copy_from = 0usize; // start of the pending verbatim run in `input`
    let flush = |out: &mut String, map: &mut OffsetMapBuilder, from: usize, to: usize| {
        if to > from {
            map.copy(out.len(), from, to - from);
            out.push_str(&input[from..to]);
        }
    };
    for (li, &(ls, le, brk_end)) in lines.iter().enumerate() {
        let line = &input[ls..le];
        let lb = line.as_bytes();
        let mut ci = 0;
        while ci < lb.len() {
            // Printable ASCII stays as it is: skip it without decoding.
            if (0x20..0x7f).contains(&lb[ci]) {
                ci += 1;
                continue;
            }
            let Some(c) = line[ci..].chars().next() else {
                break;
            };
            let at = ls + ci;
            ci += c.len_utf8();
            let rep: Option<&str> = match c {
                '\t'
                | '\u{a0}'
                | '\u{2000}'..='\u{200a}'
                | '\u{202f}'
                | '\u{205f}'
                | '\u{3000}'
                | '\u{0b}'
                | '\u{0c}' => Some(" "),
                '\u{ad}' | '\u{200b}' | '\u{2060}' | '\u{feff}' => Some(""),
                '‘' | '’' | '‚' | '‛' | '′' => Some("'"),
                '“' | '”' | '„' | '‟' | '″' => Some("\""),
                c if c.is_control() => Some(" "),
                _ => None,
            };
            if let Some(r) = rep {
                flush(&mut out, &mut map, copy_from, at);
                map.replace(out.len(), r.len(), at, c.len_utf8());
                out.push_str(r);
                copy_from = at + c.len_utf8();
            }
        }
        // The line break itself.
        if brk_end > le {
            flush(&mut out, &mut map, copy_from, le);
            let is_crlf_or_cr = &input[le..brk_end] != "\n";
            if join_after[li] {
                // Trailing spaces of this line and leading spaces of the next stay as they are;
                // the break becomes one space, or nothing before closing punctuation.
                let next_first = input[brk_end..]
                    .trim_start_matches([' ', '\t'])
                    .chars()
                    .next();
                let before_punct = matches!(
                    next_first,
                    Some(',' | '.' | ';' | ':' | '!' | '?' | ')' | ']' | '%' | '’' | '”')
                );
                let ends_space = out.ends_with(' ');
                let r = if before_punct || ends_space { "" } else { " " };
                map.replace(out.len(), r.len(), le, brk_end - le);
                out.push_str(r);
            } else if is_crlf_or_cr {
                map.replace(out.len(), 1, le, brk_end - le);
                out.push('\n');
            } else {
                map.copy(out.len(), le, 1);
                out.push('\n');
            }
            copy_from = brk_end;
        }
    }
    flush(&mut out, &mut map, copy_from, input.len());
    (out, map.finish())
}

/// Lines of `input` as (start, end of content, end including the break).
#[inline(never)] // one call site: kept out of line (see absolute::find)
fn line_spans(input: &str) -> Vec<(usize, usize, usize)> {
    let b = input.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\n' => {
                out.push((start, i, i + 1));
                i += 1;
                start = i;
            }
            b'\r' => {
                let end = if b.get(i + 1) == Some(&b'\n') {
                    i + 2
                } else {
                    i + 1
                };
                out.push((start, i, end));
                i = end;
                start = i;
            }
            _ => i += 1,
        }
    }
    out.push((start, b.len(), b.len()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;

    fn norm(s: &str) -> String {
        normalize(s).0
    }

    #[test]
    fn web_copy_breaks_read_as_one_sentence() {
        let t = "The\nRussian ministry of defence\nannounced on Thursday that it has regained control of\nSudzha\n, the largest town in the Kursk region, from\nUkrainian forces\n. Ukrainian troops had held the\nKursk region\nsince August.";
        assert_eq!(
            norm(t),
            "The Russian ministry of defence announced on Thursday that it has regained control of Sudzha, the largest town in the Kursk region, from Ukrainian forces. Ukrainian troops had held the Kursk region since August."
        );
        assert_eq!(
            norm("Kyiv agreeing to a 30-day\nUS-backed ceasefire\ncovering the entire frontline."),
            "Kyiv agreeing to a 30-day US-backed ceasefire covering the entire frontline."
        );
    }

    #[test]
    fn headlines_datelines_and_paragraphs_stay_apart() {
        let t = "Afghan team honored at robotics competition\nFriday, July 21, 2017\nA group of teenagers won.\nThe next paragraph.\n\nAnother.";
        assert_eq!(norm(t), t);
    }

    #[test]
    fn quotes_spaces_and_crlf_are_unified_and_map_back() {
        let t = "“We’re here,”\r\nhe said.\u{a0}Ok\u{ad}ay";
        let (n, map) = normalize(t);
        assert_eq!(n, "\"We're here,\" he said. Okay");
        let we = n.find("We're").unwrap();
        let sp = map.span(Span::new(we, we + 5));
        assert_eq!(&t[sp.start..sp.end], "We’re");
        let ok = n.find("Okay").unwrap();
        let sp = map.span(Span::new(ok, ok + 4));
        assert_eq!(&t[sp.start..sp.end], "Ok\u{ad}ay");
    }

    #[test]
    fn every_normalized_char_maps_inside_the_input() {
        let t = "a\r\nb\rc\t“d”\n\n\u{0}e\u{feff}";
        let (n, map) = normalize(t);
        for (i, c) in n.char_indices() {
            let sp = map.span(Span::new(i, i + c.len_utf8()));
            assert!(
                sp.end <= t.len() && t.is_char_boundary(sp.start) && t.is_char_boundary(sp.end)
            );
        }
    }

    /// The normalized text and the map give back the input, byte for byte (what
    /// `pipeline::run_owned` relies on once it has freed the input).
    #[test]
    fn the_map_gives_back_the_input() {
        let table: &[(&str, &str)] = &[
            ("empty", ""),
            ("plain", "Nothing to change here.\n\nA second paragraph."),
            (
                "quotes, spaces, crlf",
                "“We’re here,”\r\nhe said.\u{a0}Ok\u{ad}ay",
            ),
            (
                "controls and bom",
                "\u{feff}a\r\nb\rc\t“d”\n\n\u{0}e\u{feff}",
            ),
            (
                "web-copy breaks",
                "control of\nSudzha\n, the largest town in the\nKursk region\nsince August.\r\n",
            ),
            ("edits at both ends", "\u{200b}x\u{2009}y\u{ad}"),
            ("astral and cr", "😀\r\r\n😀\u{3000}é"),
        ];
        for (name, t) in table {
            let (n, map) = normalize(t);
            assert_eq!(map.original(&n), *t, "{name}");
            assert_eq!(map.into_original(n), *t, "{name}: rebuilt in place");
        }
    }
}
