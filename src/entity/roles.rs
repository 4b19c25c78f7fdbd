//! Roles and titles attached to people ("Kremlin spokesman Dmitry Peskov" → "Kremlin spokesman").
//!
//! A role is the chunk of modifiers and title words stated next to a person's name. Four forms:
//!
//! | rule | form | example → role |
//! |---|---|---|
//! | `role:title-before` | chunk immediately before the name | "US National Security Advisor Mike Waltz" → "US National Security Advisor" |
//! | `role:possessive-title` | the same after a possessor ("Z's Y X") | "Russia's foreign minister Sergei Lavrov" → "foreign minister" |
//! | `role:apposition-before` | "the/Z's Y, X," | "Donald Trump's envoy, Steve Witkoff," → "envoy" |
//! | `role:apposition-after` | "X, the Y of Z," | "Sergei Lavrov, the foreign minister of Russia," → "foreign minister of Russia" |
//!
//! A chunk is made of title words (the head: "spokesman", "President", "aide"), lower-case
//! modifiers and title words from the shared lexicon ([`super::lexicon`]: "former",
//! "presidential", "foreign"),
//! capitalized words inside the sentence ("Kremlin", "National Security") and the words of other
//! mentions ("US", "Russian"). It must end in a title word (or contain one, after the name).
//! Nothing here lists a particular role string. A title a finder left inside a person's span
//! ("President Donald Trump") is cut off by resolution ([`leading_title`]) and then found here.

use super::lexicon;
use crate::model::{Kind, Mention, Role};
use crate::span::Span;
use crate::text::{Doc, Token, TokenKind};
use std::collections::HashSet;
use std::sync::LazyLock;

/// Last words of the shared lexicon's titles: the heads a role chunk ends in ("president",
/// "spokesman", "advisor", "staff" of "chief of staff").
static HEADS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    lexicon::titles()
        .iter()
        .filter(|t| t.class != "honorific")
        .filter_map(|t| t.words.rsplit(' ').next())
        .map(str::to_string)
        .collect()
});

/// Lower-cases a word and drops an abbreviation's final dot ("Gen." → "gen").
fn fold(word: &str) -> String {
    word.trim_end_matches('.').to_lowercase()
}

/// True when `word` (any case) is a title word that can head a role ("President", "spokesman").
pub fn is_title(word: &str) -> bool {
    HEADS.contains(&fold(word))
}

/// True when `word` (any case) is an honorific ("Mr", "Mrs.", "Dr", "Sir").
pub fn is_honorific(word: &str) -> bool {
    lexicon::is_title(&fold(word)).is_some_and(|t| t.class == "honorific")
}

/// True when `word` may stand inside a role before its head: a title modifier ("former",
/// "presidential") or a word of a title ("foreign" of "foreign minister").
pub fn is_modifier(word: &str) -> bool {
    const FUNCTION: &[&str] = &["the", "of", "and", "a", "an", "in", "for", "to", "at", "on"];
    if FUNCTION.contains(&word.to_lowercase().as_str()) {
        return false;
    }
    lexicon::is_title_modifier(word) || lexicon::is_title_word(word) && !is_honorific(word)
}

/// Title words that are also common adjectives: alone and in lower case they are no role.
const ADJECTIVE_TITLES: &[&str] = &[
    "major",
    "general",
    "chief",
    "head",
    "principal",
    "senior",
    "deputy",
    "official",
    "executive",
    "top",
    "lead",
    "private",
    "father",
    "brother",
    "sister",
    "player",
    "officials",
    "executive",
];

/// Capitalized words that never belong to a role chunk (sentence adverbs, months, weekdays).
const NOT_IN_CHUNK: &[&str] = &[
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "but",
    "and",
    "or",
    "meanwhile",
    "however",
    "when",
    "after",
    "before",
    "then",
    "now",
    "also",
    "yesterday",
    "today",
    "tomorrow",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "as",
    "while",
    "if",
    "so",
    "this",
    "that",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "his",
    "her",
    "its",
    "their",
    "our",
    "said",
    "says",
];

/// The token-level view the role rules work on.
struct View<'d> {
    doc: &'d Doc,
    /// For each token: the index of the mention covering it, if any.
    covered: Vec<Option<usize>>,
}

impl<'d> View<'d> {
    fn new(doc: &'d Doc, mentions: &[Mention]) -> Self {
        let mut covered = vec![None; doc.tokens.len()];
        for (mi, m) in mentions.iter().enumerate() {
            let a = doc.token_at_or_after(m.start);
            for (k, t) in doc.tokens.iter().enumerate().skip(a) {
                if t.span.start >= m.end {
                    break;
                }
                covered[k] = Some(mi);
            }
        }
        View { doc, covered }
    }
    fn tok(&self, i: usize) -> &'d Token {
        &self.doc.tokens[i]
    }
    fn text(&self, i: usize) -> &'d str {
        self.doc.tokens[i].text(&self.doc.text)
    }
    fn same_sentence(&self, a: usize, b: usize) -> bool {
        self.tok(a).sentence == self.tok(b).sentence
    }
    fn sentence_initial(&self, i: usize) -> bool {
        if i == 0 || !self.same_sentence(i - 1, i) {
            return true;
        }
        // Right after an opening quote or bracket (glued to it).
        matches!(self.text(i - 1), "\"" | "(" | "'" | "`" | "``")
            && self.tok(i - 1).span.end == self.tok(i).span.start
    }
    /// True when token `i` may stand inside a role chunk (not counting the name itself).
    fn chunk_word(&self, i: usize, mentions: &[Mention]) -> bool {
        let t = self.tok(i);
        let w = self.text(i);
        if let Some(mi) = self.covered[i] {
            // Words of another name: "US", "Kremlin", "Russian", "Trump" (in "Trump aide").
            return mentions[mi].kind != Kind::Quantity;
        }
        if t.kind != TokenKind::Word {
            return false;
        }
        if is_title(w) || is_modifier(w) {
            return true;
        }
        let cap = t.is_capitalized(&self.doc.text);
        cap && !NOT_IN_CHUNK.contains(&w.to_lowercase().as_str()) && !self.sentence_initial(i)
    }
    /// True when token `i` is a hyphen or an abbreviation's period glued inside a chunk
    /// ("then-President", "Gen. Smith").
    fn glue(&self, i: usize) -> bool {
        let w = self.text(i);
        if !matches!(w, "-" | ".") || i == 0 {
            return false;
        }
        let prev = self.tok(i - 1);
        let glued_left = prev.span.end == self.tok(i).span.start && prev.kind == TokenKind::Word;
        if w == "." {
            return glued_left && (is_title(self.text(i - 1)) || is_honorific(self.text(i - 1)));
        }
        let next_glued = self
            .doc
            .tokens
            .get(i + 1)
            .is_some_and(|n| n.span.start == self.tok(i).span.end);
        glued_left && next_glued
    }
    fn span(&self, a: usize, b: usize) -> Span {
        Span::new(self.tok(a).span.start, self.tok(b).span.end)
    }
    /// Index of the first token of a mention.
    fn first_token(&self, m: &Mention) -> Option<usize> {
        let i = self.doc.token_at_or_after(m.start);
        (i < self.doc.tokens.len() && self.tok(i).span.start < m.end).then_some(i)
    }
    /// Index of the last token of a mention.
    fn last_token(&self, m: &Mention) -> Option<usize> {
        let j = self.doc.tokens.partition_point(|t| t.span.start < m.end);
        (j > 0 && self.tok(j - 1).span.end > m.start).then(|| j - 1)
    }
}

fn role(doc: &Doc, span: Span, rule: &str) -> Role {
    Role {
        role: doc
            .slice(span)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
        start: span.start,
        end: span.end,
        rule: rule.to_string(),
    }
}

/// Walks left from token `end` (inclusive) over chunk words; returns the chunk's first token.
/// The chunk must end in a title word and stay in `end`'s sentence.
fn chunk_left(v: &View, mentions: &[Mention], end: usize) -> Option<usize> {
    let head_ok = is_title(v.text(end))
        || (v.text(end) == "." && end > 0 && is_title(v.text(end - 1)) && v.glue(end));
    // A head inside another person's name is not a title ("Martin Luther King Yuri …").
    if !head_ok || v.covered[end].is_some_and(|mi| mentions[mi].kind == Kind::Person) {
        return None;
    }
    // A title of several words ending here, with "of"/"the" inside ("chief of staff",
    // "Secretary of State"): the longest one the lexicon lists.
    let mut a = end;
    for n in 2..=6 {
        let Some(s) = (end + 1).checked_sub(n) else {
            break;
        };
        if !v.same_sentence(s, end) {
            break;
        }
        let phrase: Vec<&str> = (s..=end).map(|k| v.text(k)).collect();
        if lexicon::is_title(&phrase.join(" ")).is_some() {
            a = s;
        }
    }
    while a > 0 && v.same_sentence(a - 1, end) {
        let p = a - 1;
        if v.chunk_word(p, mentions) {
            a = p;
        } else if v.glue(p) {
            // A hyphenated prefix belongs to the word after it: "co-founder", "ex-president".
            a = p;
            if p > 0 && v.text(p) == "-" && v.tok(p - 1).kind == TokenKind::Word {
                a = p - 1;
            }
        } else {
            break;
        }
    }
    // A chunk cannot start with glue; honorifics alone are not roles.
    while a < end && matches!(v.text(a), "-" | ".") {
        a += 1;
    }
    let words: Vec<&str> = (a..=end)
        .map(|k| v.text(k))
        .filter(|w| !matches!(*w, "-" | "."))
        .collect();
    if words.iter().all(|w| is_honorific(w)) {
        return None;
    }
    // A lone lower-case word that is also an adjective is not a title: "a major Andy Warhol
    // exhibit", "the chief Kremlin concern".
    if let [w] = words[..] {
        if w.starts_with(char::is_lowercase) && ADJECTIVE_TITLES.contains(&w) {
            return None;
        }
        // A capitalized given name before a lone name that is no given name itself is the
        // person's first name, not a title: "Dean Kamen" (but "King Charles").
        let name_len = v.covered[end + 1..]
            .iter()
            .take_while(|c| c.is_some() && **c == v.covered[end + 1])
            .count();
        let next = v
            .doc
            .tokens
            .get(end + 1)
            .map(|t| t.text(&v.doc.text))
            .unwrap_or("");
        if w.starts_with(char::is_uppercase)
            && lexicon::is_given_name(w)
            && name_len == 1
            && !lexicon::is_given_name(next)
        {
            return None;
        }
    }
    Some(a)
}

/// Finds the roles stated for each person mention. Returns `(mention index, role)` pairs in text
/// order. `mentions` must be in text order, with normalized spans.
pub fn find(doc: &Doc, mentions: &[Mention]) -> Vec<(usize, Role)> {
    let v = View::new(doc, mentions);
    let mut out = Vec::new();
    for (mi, m) in mentions.iter().enumerate() {
        if m.kind != Kind::Person {
            continue;
        }
        let (Some(first), Some(last)) = (v.first_token(m), v.last_token(m)) else {
            continue;
        };
        // Title chunk right before the name: "Kremlin spokesman Dmitry Peskov".
        if first > 0 && v.same_sentence(first - 1, first) {
            if let Some(a) = chunk_left(&v, mentions, first - 1) {
                let rule = if a > 0 && v.text(a - 1).eq_ignore_ascii_case("'s") {
                    "role:possessive-title"
                } else {
                    "role:title-before"
                };
                out.push((mi, role(doc, v.span(a, first - 1), rule)));
            }
        }
        // Apposition before: "Donald Trump's envoy, Steve Witkoff," / "the Kremlin spokesman, X,".
        if first >= 2 && v.text(first - 1) == "," && v.same_sentence(first - 2, first) {
            if let Some(a) = chunk_left(&v, mentions, first - 2) {
                let opener = (a > 0 && v.same_sentence(a - 1, first)).then(|| v.text(a - 1));
                let bounded = matches!(
                    opener.map(str::to_lowercase).as_deref(),
                    Some("'s" | "'" | "the" | "a" | "an" | "his" | "her" | "its" | "their") | None
                );
                let closes = match doc.tokens.get(last + 1) {
                    None => true,
                    Some(n) => {
                        !v.same_sentence(last, last + 1)
                            || matches!(n.text(&doc.text), "," | "." | ")" | ";" | "-" | "!" | "?")
                    }
                };
                if bounded && closes {
                    out.push((
                        mi,
                        role(doc, v.span(a, first - 2), "role:apposition-before"),
                    ));
                }
            }
        }
        // Apposition after: "Sergei Lavrov, the foreign minister of Russia,".
        if let Some(r) = apposition_after(&v, mentions, last) {
            out.push((mi, role(doc, r, "role:apposition-after")));
        }
    }
    crate::sort::sort_by_key(&mut out, |(mi, r)| (r.start, *mi));
    out
}

/// "X, the Y of Z," after the name's last token: returns the role span ("Y of Z").
fn apposition_after(v: &View, mentions: &[Mention], last: usize) -> Option<Span> {
    let n = v.doc.tokens.len();
    let comma = last + 1;
    if comma >= n || v.text(comma) != "," || !v.same_sentence(last, comma) {
        return None;
    }
    let mut i = comma + 1;
    // Optional determiner or possessor ("the", "Russia's").
    if i < n
        && matches!(
            v.text(i).to_lowercase().as_str(),
            "the" | "a" | "an" | "its"
        )
    {
        i += 1;
    } else {
        // A possessor: up to four name words then 's.
        let mut k = i;
        while k < n && k < i + 4 && v.covered[k].is_some() {
            k += 1;
        }
        if k > i && k < n && v.text(k).eq_ignore_ascii_case("'s") {
            i = k + 1;
        }
    }
    let start = i;
    let mut end = None;
    let mut has_title = false;
    let mut k = i;
    while k < n && v.same_sentence(k, comma) && k < start + 10 {
        let w = v.text(k);
        let lw = w.to_lowercase();
        match v.covered[k] {
            Some(mi) if mentions[mi].kind == Kind::Person => break,
            Some(_) => end = Some(k),
            None if is_title(w) => {
                has_title = true;
                end = Some(k);
            }
            None if v.tok(k).is_capitalized(&v.doc.text)
                && !NOT_IN_CHUNK.contains(&lw.as_str()) =>
            {
                end = Some(k)
            }
            None if is_modifier(w) || v.glue(k) => {}
            // "of Russia", "for the ministry": kept only if a name or title follows.
            None if has_title && matches!(lw.as_str(), "of" | "for" | "at" | "to" | "the") => {}
            None => break,
        }
        k += 1;
    }
    let end = end?;
    if !has_title || end < start {
        return None;
    }
    // The chunk must close: a comma, a period, a bracket or the sentence end right after it.
    let after = end + 1;
    let closes = after >= n
        || !v.same_sentence(end, after)
        || matches!(v.text(after), "," | "." | ")" | ";" | "!" | "?");
    // The last word must be a title or a name ("minister", "of Russia").
    let last_ok =
        is_title(v.text(end)) || v.covered[end].is_some() || v.tok(end).is_capitalized(&v.doc.text);
    (closes && last_ok).then(|| v.span(start, end))
}

/// For a person mention whose span starts with honorifics or titles ("President Donald Trump",
/// "Mr. Smith"): how many bytes to drop from the front so that the span holds the name only.
/// `None` when the span starts with the name itself. The dropped title is then found as a role by
/// [`find`] like any title before a name.
pub fn leading_title(doc: &Doc, span: Span) -> Option<usize> {
    let a = doc.token_at_or_after(span.start);
    let toks: Vec<&Token> = doc.tokens[a..]
        .iter()
        .take_while(|t| t.span.start < span.end)
        .collect();
    let w = |k: usize| toks[k].text(&doc.text);
    // The last title or honorific after which only name words remain: "Kremlin spokesman | Dmitry
    // Peskov", "Mr. | Smith"; never the last word ("Martin Luther King").
    for k in (0..toks.len()).rev() {
        if !(is_title(w(k)) || is_honorific(w(k))) {
            continue;
        }
        let mut cut = k + 1;
        if cut < toks.len() && w(cut) == "." {
            cut += 1;
        }
        let rest = &toks[cut.min(toks.len())..];
        let name_like = rest.first().is_some_and(|t| t.is_capitalized(&doc.text))
            && rest.iter().all(|t| {
                t.kind == TokenKind::Word && t.is_capitalized(&doc.text)
                    || matches!(t.text(&doc.text), "." | "-" | "'")
            });
        if name_like {
            return Some(rest[0].span.start - span.start);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_parse() {
        assert!(is_modifier("presidential"));
        assert!(is_honorific("Mr."));
        assert!(is_title("Spokesman"));
        assert!(!is_title("said"));
    }
}
