//! Titles of works (rule `work:quoted-title`): a quoted phrase in title case that the sentence
//! names as a film, book, song… (`src/tables/lexicon/work_cues.txt`):
//!
//! - after a cue: `the film "The Long Winter"`, `his latest novel "Salt Roads"`, `her role in
//!   "The Quiet Ones"`;
//! - before one: `"The Long Winter", a drama about…`.
//!
//! In a text where one quoted title has a cue, a quoted title right after a name's possessive
//! (`Coppola's "Megalopolis"`) and the same title quoted again are works too (rule
//! `work:quoted-title:in-context`). Otherwise a quoted title-case phrase without a cue stays what
//! the other finders make of it: a nickname, a slogan, a scare quote ("the so-called "Iron
//! Dome"").

use super::lexicon;
use super::Candidate;
use crate::model::Kind;
use crate::span::Span;
use crate::text::hash::FxHashSet;
use crate::text::{Doc, Token, TokenKind};

/// The most tokens between the quotation marks.
const MAX_TOKENS: usize = 14;

/// Lower-case words a title may hold besides capitalized ones ("Gone with the Wind").
const SMALL: &[&str] = &[
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "is", "nor", "of",
    "on", "or", "the", "to", "vs", "with",
];

/// Words that may stand between a title's closing mark and a cue after it (`", a drama"`).
const BEFORE_CUE_AFTER: &[&str] = &["a", "an", "the", "his", "her", "their", "its", "A", "The"];

/// Stage 3 finder: see the module docs.
pub fn find(doc: &Doc) -> Vec<Candidate> {
    let text = doc.text.as_str();
    let toks = &doc.tokens;
    let mut out = Vec::new();
    // Quoted titles without a cue: kept for a second look once the text is known to name works.
    let mut uncued = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let Some((first, last, close)) = quoted_title(text, toks, i) else {
            i += 1;
            continue;
        };
        let span = Span::new(toks[first].start(), toks[last].end());
        if cue_before(text, toks, i) || cue_after(text, toks, close) {
            out.push(work(span, "work:quoted-title"));
        } else {
            uncued.push((i, span));
        }
        i = close + 1;
    }
    // In a text that names works by their cues (a festival's films, an author's books), a quoted
    // title after a name's possessive is one too (`Jacques Audiard's "Emilia Pérez"`), and so is
    // a title found with a cue elsewhere, quoted again.
    if !out.is_empty() && !uncued.is_empty() {
        let named: FxHashSet<&str> = out.iter().map(|c| doc.slice(c.span)).collect();
        for (open, span) in uncued {
            if named.contains(doc.slice(span)) || after_possessive_name(text, toks, open) {
                out.push(work(span, "work:quoted-title:in-context"));
            }
        }
        crate::sort::sort_by_key(&mut out, |c| c.span.start);
    }
    out
}

/// A work's candidate at `span`, found by `rule`.
fn work(span: Span, rule: &'static str) -> Candidate {
    Candidate {
        span,
        kind: Kind::Work,
        rule,
        confidence: 0.97,
        canonical: None,
        link: None,
    }
}

/// Whether the opening mark at `open` follows a capitalized word's possessive glued to it
/// (`Coppola's "Megalopolis"`).
fn after_possessive_name(text: &str, toks: &[Token], open: usize) -> bool {
    open >= 2
        && toks[open - 1].text(text) == "'s"
        && toks[open - 2].end() == toks[open - 1].start()
        && toks[open - 2]
            .text(text)
            .starts_with(|c: char| c.is_uppercase())
}

/// When token `i` opens a quotation whose words are a title: the title's first and last tokens
/// and the closing mark's. The marks are glued to the title, no line break lies inside, and a
/// comma or full stop before the closing mark (`"The Long Winter,"`) is not the title's.
fn quoted_title(text: &str, toks: &[Token], i: usize) -> Option<(usize, usize, usize)> {
    let open = toks[i];
    if open.text(text) != "\"" || toks.get(i + 1)?.start() != open.end() {
        return None;
    }
    let close =
        (i + 1..toks.len().min(i + 2 + MAX_TOKENS)).find(|&j| toks[j].text(text) == "\"")?;
    let mut last = close.checked_sub(1)?;
    if last <= i || toks[last].end() != toks[close].start() {
        return None;
    }
    while last > i && matches!(toks[last].text(text), "," | ".") {
        last -= 1;
    }
    let first = i + 1;
    if last < first || text[toks[first].start()..toks[last].end()].contains('\n') {
        return None;
    }
    let capital = |t: &str| t.chars().next().is_some_and(|c| c.is_uppercase());
    if !capital(toks[first].text(text)) && toks[first].kind(text) != TokenKind::Number {
        return None;
    }
    let title_case = toks[first..=last].iter().all(|t| {
        let w = t.text(text);
        match t.kind(text) {
            TokenKind::Word => capital(w) || SMALL.contains(&w),
            TokenKind::Number => true,
            TokenKind::Punct => matches!(w, ":" | "," | "-" | "–" | "&" | "'" | "!" | "?" | "."),
        }
    });
    title_case.then_some((first, last, close))
}

/// A cue before the opening mark at `open`: a two-word phrase right before it ("role in"), or a
/// cue word with at most three words between it and the mark ("his latest novel"). Cues are
/// matched as written (lower case).
fn cue_before(text: &str, toks: &[Token], open: usize) -> bool {
    // A comma may stand before the mark ("her first novel, "The Glass Courtyard,"").
    let open = if open > 0 && toks[open - 1].text(text) == "," {
        open - 1
    } else {
        open
    };
    // The two words with the one space between them, as the normalized text has it.
    if open >= 2 && lexicon::is_work_cue(&text[toks[open - 2].start()..toks[open - 1].end()]) {
        return true;
    }
    let mut k = open;
    while k > 0 && k + 4 > open {
        k -= 1;
        if toks[k].kind(text) == TokenKind::Punct {
            return false;
        }
        if lexicon::is_work_cue(toks[k].text(text)) {
            return true;
        }
    }
    false
}

/// A cue after the closing mark at `close`: an optional comma, an article or possessive, up to two
/// words, then a cue word (`", a drama"`, `" the 2019 film"`).
fn cue_after(text: &str, toks: &[Token], close: usize) -> bool {
    let mut k = close + 1;
    if toks.get(k).is_some_and(|t| t.text(text) == ",") {
        k += 1;
    }
    // Or a name's possessive: `"Anora," Sean Baker's comedy-drama`.
    let name_end = (k..toks.len().min(k + 3))
        .take_while(|&j| toks[j].text(text).starts_with(|c: char| c.is_uppercase()))
        .last()
        .filter(|&j| toks.get(j + 1).is_some_and(|t| t.text(text) == "'s"));
    if let Some(j) = name_end {
        k = j + 1;
    } else if !toks
        .get(k)
        .is_some_and(|t| BEFORE_CUE_AFTER.contains(&t.text(text)))
    {
        return false;
    }
    for t in toks.iter().skip(k + 1).take(3) {
        let w = t.text(text);
        if t.kind(text) == TokenKind::Punct && w != "-" {
            return false;
        }
        if lexicon::is_work_cue(w) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn titles(text: &str) -> Vec<String> {
        crate::entity::found_surfaces(find, text)
    }

    #[test]
    fn quoted_titles_with_a_cue_are_works() {
        let rows: &[(&str, &str, &[&str])] = &[
            (
                "cue after, with a comma inside the marks",
                "She won for \"The Long Winter,\" a drama about refugees.",
                &["The Long Winter"],
            ),
            (
                "cue after a comma",
                "It went to \"Salt Roads\", the second film by Tiago Mendes.",
                &["Salt Roads"],
            ),
            (
                "cue before, words between",
                "Her latest novel \"The Salt Path\" sold a million copies.",
                &["The Salt Path"],
            ),
            (
                "a phrase before",
                "He was praised for his role in \"Gone with the Wind\" last year.",
                &["Gone with the Wind"],
            ),
            (
                "one word, a number, a colon",
                "The band played the song \"Imagine\" and the film \"2001: A Space Odyssey\" ran.",
                &["Imagine", "2001: A Space Odyssey"],
            ),
            (
                "a comma between the cue and the mark",
                "She published her first novel, \"The Glass Courtyard,\" in 1961.",
                &["The Glass Courtyard"],
            ),
            (
                "curly marks",
                "The documentary “Navalny” won an Oscar.",
                &["Navalny"],
            ),
            (
                "a name's possessive before the cue after",
                "\"Nightfall,\" Ana Reyes's comedy-drama, won on Saturday.",
                &["Nightfall"],
            ),
            (
                "a recording",
                "Her 1968 recording of \"Black Boat\" sold two million copies.",
                &["Black Boat"],
            ),
            (
                "in a text that names works: a title after a name's possessive, and a title again",
                "The jury gave its prize to the film \"Salt Roads.\" Tiago Mendes's \"Iron Tide\" \
                 won nothing, and a studio will release \"Salt Roads\" in May.",
                &["Salt Roads", "Iron Tide", "Salt Roads"],
            ),
        ];
        for (name, text, want) in rows {
            assert_eq!(titles(text), *want, "{name}");
        }
    }

    /// Text that must yield no work.
    #[test]
    fn negatives() {
        let rows: &[(&str, &str)] = &[
            ("no cue", "The group \"Just Stop Oil\" blocked the road."),
            (
                "a name's possessive in a text that names no work",
                "Senator Ames's \"Clean Streets\" plan stalled.",
            ),
            (
                "a quotation, not a title",
                "\"We will win,\" the film director said.",
            ),
            (
                "lower-case words",
                "The film was \"a triumph of the will\", a critic wrote.",
            ),
            (
                "cue too far",
                "The film that everyone in the city saw, \"Heat\" returned.",
            ),
            (
                "no article before the cue after",
                "He shouted \"Stop Now\" and film crews ran.",
            ),
            ("unclosed mark", "The film \"The Long Winter opened."),
            (
                "a line break inside",
                "The film \"The Long\nWinter\" opened.",
            ),
        ];
        for (name, text) in rows {
            assert!(titles(text).is_empty(), "{name}: {:?}", titles(text));
        }
    }
}
