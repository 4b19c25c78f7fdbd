//! Roles and titles attached to people ("Kremlin spokesman Dmitry Peskov" → "Kremlin spokesman").
//!
//! A role is the chunk of modifiers and title words stated next to a person's name. Four forms:
//!
//! | rule | form | example → role |
//! |---|---|---|
//! | `role:title-before` | chunk immediately before the name | "US National Security Advisor Mike Waltz" → "US National Security Advisor" |
//! | `role:possessive-title` | the same after a possessor ("Z's Y X") | "Russia's foreign minister Sergei Lavrov" → "foreign minister" |
//! | `role:apposition-before` | "the/Z's Y, X," | "Donald Trump's envoy, Steve Witkoff," → "envoy" |
//! | `role:apposition-after` | "X, the Y of Z," | "Sergei Lavrov, the foreign minister of Russia," → "foreign minister of Russia"; "X, a spokeswoman for the trade ministry," → "spokeswoman for the trade ministry" |
//!
//! A chunk is made of title words (the head: "spokesman", "President", "aide"), lower-case
//! modifiers and title words from the shared lexicon ([`super::lexicon`]: "former",
//! "presidential", "foreign"),
//! capitalized words inside the sentence ("Kremlin", "National Security") and the words of other
//! mentions ("US", "Russian"). It must end in a title word (or contain one, after the name).
//! Nothing here lists a particular role string. A title a finder left inside a person's span
//! ("President Donald Trump") is cut off by resolution (`leading_title`) and then found here.

use super::lexicon;
use super::resolve::Cursor;
use crate::model::{Kind, Mention, Role};
use crate::span::Span;
use crate::text::hash::{any_of, FxHashSet, Lower};
use crate::text::{Doc, Token, TokenKind};
use std::sync::LazyLock;

/// Last words of the shared lexicon's titles: the heads a role chunk ends in ("president",
/// "spokesman", "advisor", "staff" of "chief of staff").
static HEADS: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    lexicon::titles()
        .filter(|t| t.class != "honorific")
        .filter_map(|t| t.words.rsplit(' ').next())
        .collect()
});

/// Lower-cases a word and drops an abbreviation's final dot ("Gen." → "gen").
fn fold(word: &str) -> String {
    word.trim_end_matches('.').lower()
}

/// Calls `f` with [`fold`]`(word)`, folded on the stack for a short ASCII word (most are).
fn with_fold<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let w = word.trim_end_matches('.');
    let mut buf = [0u8; 32];
    if w.is_ascii() && w.len() <= buf.len() {
        let b = &mut buf[..w.len()];
        b.copy_from_slice(w.as_bytes());
        b.make_ascii_lowercase();
        // ASCII stays UTF-8; the fallback is never taken.
        if let Ok(s) = std::str::from_utf8(b) {
            return f(s);
        }
    }
    f(&fold(word))
}

/// The honorifics of the shared lexicon ("mr", "mrs", "dr", "sir"), as its titles list them.
static HONORIFICS: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    lexicon::titles()
        .filter(|t| t.class == "honorific")
        .map(|t| t.words)
        .collect()
});

/// True when `word` (any case) is a title word that can head a role ("President", "spokesman").
pub fn is_title(word: &str) -> bool {
    with_fold(word, |k| HEADS.contains(k))
}

/// True when `word` (any case) is an honorific ("Mr", "Mrs.", "Dr", "Sir").
pub fn is_honorific(word: &str) -> bool {
    // The lexicon's title look-up of the folded word (lower case, no final dot) finds a title
    // of that class exactly when the word is one of these.
    with_fold(word, |k| HONORIFICS.contains(k))
}

/// True when `word` may stand inside a role before its head: a title modifier ("former",
/// "presidential") or a word of a title ("foreign" of "foreign minister").
pub fn is_modifier(word: &str) -> bool {
    const FUNCTION: &[&str] = &["the", "of", "and", "a", "an", "in", "for", "to", "at", "on"];
    // (ASCII words without a 'k': only ASCII matches them case-insensitively.)
    if any_of(word, FUNCTION) {
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
/// ASCII, lower case, without a 'k' (compared case-insensitively).
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
    /// For each mention: the first token starting at or after its start, and the first token
    /// starting at or after its end (the tokens it covers are the range between).
    bounds: Vec<(usize, usize)>,
    /// For each mention: the furthest end of `bounds` among it and the mentions before it, so
    /// [`View::covered`] knows how far back a mention may still cover a token. (A table of the
    /// covering mention of every token took 4 bytes per token: 0.8 MB for a 1 MB text.)
    reach: Vec<usize>,
}

impl<'d> View<'d> {
    fn new(doc: &'d Doc, mentions: &[Mention]) -> Self {
        let mut bounds = Vec::with_capacity(mentions.len());
        let mut reach = Vec::with_capacity(mentions.len());
        let mut cursor = Cursor::new(doc);
        let mut furthest = 0;
        for m in mentions {
            let a = cursor.at_or_after(m.start);
            let mut k = a;
            while k < doc.tokens.len() && doc.tokens[k].start() < m.end {
                k += 1;
            }
            bounds.push((a, k));
            furthest = furthest.max(k);
            reach.push(furthest);
        }
        debug_assert!(
            bounds.windows(2).all(|w| w[0].0 <= w[1].0),
            "mentions in text order"
        );
        View { doc, bounds, reach }
    }
    /// The index of the mention covering token `k`, if any (the last one, in text order, if
    /// several did). The mentions are in text order, so their first tokens are sorted.
    fn covered(&self, k: usize) -> Option<usize> {
        let p = self.bounds.partition_point(|b| b.0 <= k);
        (0..p)
            .rev()
            .take_while(|&j| self.reach[j] > k)
            .find(|&j| self.bounds[j].1 > k)
    }
    fn tok(&self, i: usize) -> &'d Token {
        &self.doc.tokens[i]
    }
    fn text(&self, i: usize) -> &'d str {
        self.doc.tokens[i].text(&self.doc.text)
    }
    fn same_sentence(&self, a: usize, b: usize) -> bool {
        self.doc.same_sentence(a, b)
    }
    fn sentence_initial(&self, i: usize) -> bool {
        if i == 0 || !self.same_sentence(i - 1, i) {
            return true;
        }
        // Right after an opening quote or bracket (glued to it).
        matches!(self.text(i - 1), "\"" | "(" | "'" | "`" | "``")
            && self.tok(i - 1).end() == self.tok(i).start()
    }
    /// True when token `i` may stand inside a role chunk (not counting the name itself).
    fn chunk_word(&self, i: usize, mentions: &[Mention]) -> bool {
        let t = self.tok(i);
        let w = self.text(i);
        if let Some(mi) = self.covered(i) {
            // Words of another name: "US", "Kremlin", "Russian", "Trump" (in "Trump aide").
            return mentions[mi].kind != Kind::Quantity;
        }
        if t.kind(&self.doc.text) != TokenKind::Word {
            return false;
        }
        if is_title(w) || is_modifier(w) {
            return true;
        }
        let cap = t.is_capitalized(&self.doc.text);
        cap && !any_of(w, NOT_IN_CHUNK) && !self.sentence_initial(i)
    }
    /// True when token `i` is a hyphen or an abbreviation's period glued inside a chunk
    /// ("then-President", "Gen. Smith").
    fn glue(&self, i: usize) -> bool {
        let w = self.text(i);
        if !matches!(w, "-" | ".") || i == 0 {
            return false;
        }
        let prev = self.tok(i - 1);
        let glued_left =
            prev.end() == self.tok(i).start() && prev.kind(&self.doc.text) == TokenKind::Word;
        if w == "." {
            return glued_left && (is_title(self.text(i - 1)) || is_honorific(self.text(i - 1)));
        }
        let next_glued = self
            .doc
            .tokens
            .get(i + 1)
            .is_some_and(|n| n.start() == self.tok(i).end());
        glued_left && next_glued
    }
    fn span(&self, a: usize, b: usize) -> Span {
        self.doc.tokens_span(a, b)
    }
    /// Index of the first token of mention `mi`.
    fn first_token(&self, mi: usize) -> Option<usize> {
        let (a, j) = self.bounds[mi];
        (a < j).then_some(a)
    }
    /// Index of the last token of mention `mi` (`m`).
    fn last_token(&self, mi: usize, m: &Mention) -> Option<usize> {
        let (_, j) = self.bounds[mi];
        (j > 0 && self.tok(j - 1).end() > m.start).then(|| j - 1)
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
    if !head_ok
        || v.covered(end)
            .is_some_and(|mi| mentions[mi].kind == Kind::Person)
    {
        return None;
    }
    // A title of several words ending here, with "of"/"the" inside ("chief of staff",
    // "Secretary of State"): the longest one the lexicon lists.
    let mut a = end;
    for n in 2..=6 {
        let Some(s) = (end + 1).checked_sub(n) else {
            break;
        };
        // Every word before the head must be a word of some title (no title holds a dot).
        if !v.same_sentence(s, end) || !lexicon::is_title_word(v.text(s)) {
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
            if p > 0 && v.text(p) == "-" && v.tok(p - 1).kind(&v.doc.text) == TokenKind::Word {
                a = p - 1;
            }
        } else {
            break;
        }
    }
    a = noun_modifiers(v, a, end);
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
        let name_len = v.covered(end + 1).map_or(0, |mi| {
            (end + 1..)
                .take_while(|&k| v.covered(k) == Some(mi))
                .count()
        });
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

/// Common verbs with no regular ending, which may stand right before a role ("told union leader
/// X", "met party leader X"). ASCII, lower case, without a 'k' (compared case-insensitively).
const PLAIN_VERBS: &[&str] = &[
    "told", "met", "became", "become", "won", "beat", "led", "sent", "saw", "gave", "took", "made",
    "left", "heard", "chose", "hit", "let", "put", "set", "sued", "named", "meet", "meets",
    "thank", "ask", "tell", "tells", "says", "said", "sees", "see", "hires", "fired", "fires",
    "quit", "quits", "replace", "replaces", "joined", "join", "joins", "defeat", "defeats",
    "urged", "urge", "urges",
];

/// Plurals that modify a role's head ("news anchor", "sports editor", "arms dealer").
const PLURAL_MODIFIERS: &[&str] = &[
    "news",
    "sports",
    "sales",
    "arms",
    "affairs",
    "communications",
    "operations",
    "services",
    "relations",
    "human",
    "resources",
    "rights",
    "parks",
    "works",
    "customs",
    "finances",
    "games",
    "elections",
    "drugs",
    "veterans",
    "womens",
    "mens",
    "childrens",
];

/// Adjectives met before a title in news that no ending gives away ("a buoyant Gen. X", "the
/// defiant President X"): describing words, not part of the role.
const ADJECTIVES: &[&str] = &[
    "young",
    "old",
    "new",
    "angry",
    "defiant",
    "buoyant",
    "popular",
    "powerful",
    "influential",
    "controversial",
    "outspoken",
    "charismatic",
    "tough",
    "happy",
    "proud",
    "frail",
    "elderly",
    "sick",
    "wealthy",
    "rich",
    "poor",
    "mercurial",
    "hardline",
    "jovial",
    "confident",
    "tired",
    "fellow",
    "same",
    "real",
    "true",
    "good",
    "great",
    "big",
    "little",
    "legendary",
    "iconic",
    "prominent",
    "key",
];

/// True when `w`, a word before a role's head, reads as a noun used as a modifier ("union",
/// "port", "authority", "opposition"): no function word, adverb, verb of saying, regular verb or
/// participle ending, number or name word.
fn noun_like(w: &str) -> bool {
    if w.len() < 3 || !w.bytes().all(|b| b.is_ascii_alphabetic()) {
        return false;
    }
    let l = w.to_ascii_lowercase();
    // A plural or a verb's "-s" ("worries", "boosts"), except plurals that modify ("news
    // anchor", "sports editor").
    let s_form = l.ends_with('s')
        && !["ss", "us", "is"].iter().any(|e| l.ends_with(e))
        && !PLURAL_MODIFIERS.contains(&l.as_str());
    let adjective = ["ous", "ful", "less", "able", "ible", "ish", "est"]
        .iter()
        .any(|e| l.ends_with(e))
        || ADJECTIVES.contains(&l.as_str());
    !(s_form
        || adjective
        || l.ends_with("ed")
        || l.ends_with("ly")
        || l.ends_with("ing")
        || lexicon::is_non_name_word(&l)
        || lexicon::is_speech_verb(&l)
        || lexicon::is_calendar_word(w)
        || PLAIN_VERBS.contains(&l.as_str())
        || NOT_IN_CHUNK.contains(&l.as_str()))
}

/// Up to two nouns used as modifiers before the chunk starting at token `a` (which ends at `end`):
/// "port authority president", "union leader" (capitalized at the sentence start). They are taken
/// only after what bounds a noun phrase on its left: the sentence start, an article, a possessive or
/// punctuation; "told union leader X" keeps the role "leader". Returns the new first token.
fn noun_modifiers(v: &View, a: usize, end: usize) -> usize {
    let mut b = a;
    while b > 0 && a - b < 2 && v.same_sentence(b - 1, end) {
        let p = b - 1;
        let t = v.tok(p);
        let w = v.text(p);
        let lower = w.starts_with(|c: char| c.is_ascii_lowercase());
        // A capital is the sentence's, not a name's, only on its first word.
        let initial_cap = !lower && v.sentence_initial(p) && t.is_capitalized(&v.doc.text);
        if v.covered(p).is_some()
            || t.kind(&v.doc.text) != TokenKind::Word
            || !(lower || initial_cap)
            || !noun_like(w)
            || initial_cap && lexicon::is_given_name(w)
        {
            break;
        }
        b = p;
        if initial_cap {
            break;
        }
    }
    if b == a {
        return a;
    }
    let bounded = b == 0 || !v.same_sentence(b - 1, end) || v.sentence_initial(b) || {
        let before = v.text(b - 1);
        matches!(
            before.to_ascii_lowercase().as_str(),
            "the"
                | "a"
                | "an"
                | "his"
                | "her"
                | "its"
                | "their"
                | "our"
                | "'s"
                | "'"
                | ","
                | "("
                | ";"
                | ":"
                | "\""
                | "—"
                | "–"
        )
    };
    if bounded {
        b
    } else {
        a
    }
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
        let (Some(first), Some(last)) = (v.first_token(mi), v.last_token(mi, m)) else {
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
        // Apposition before: "Donald Trump's envoy, Steve Witkoff," / "the Kremlin spokesman, X,"
        // / "the Minister for Transport, X," (a title's phrase ends the chunk).
        if first >= 2 && v.text(first - 1) == "," && v.same_sentence(first - 2, first) {
            let chunk = chunk_left(&v, mentions, first - 2).or_else(|| {
                let head = (first.saturating_sub(8)..first - 2)
                    .rev()
                    .find(|&t| is_title(v.text(t)) && title_phrase(&v, t) == Some(first - 2))?;
                chunk_left(&v, mentions, head)
            });
            if let Some(a) = chunk {
                let opener = (a > 0 && v.same_sentence(a - 1, first)).then(|| v.text(a - 1));
                let bounded = matches!(
                    opener.map(Lower::lower).as_deref(),
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
#[inline(never)] // one call site: kept out of line (see absolute::find)
fn apposition_after(v: &View, mentions: &[Mention], last: usize) -> Option<Span> {
    let n = v.doc.tokens.len();
    let mut comma = last + 1;
    if comma >= n || v.text(comma) != "," || !v.same_sentence(last, comma) {
        return None;
    }
    // A party and state between commas ("Sen. Tom Carver, R-Ohio, the chairman,").
    if let Some(next) = party_state(v, comma + 1) {
        comma = next;
    }
    let mut i = comma + 1;
    // Optional determiner or possessor ("the", "Russia's").
    if i < n && any_of(v.text(i), &["the", "a", "an", "its"]) {
        i += 1;
        // A possessor after the article: "the committee's chairman", "the city's mayor".
        let mut k = i;
        while k < n && k < i + 2 && v.tok(k).kind(&v.doc.text) == TokenKind::Word {
            k += 1;
        }
        let noun = (i..k).all(|j| v.text(j).starts_with(|c: char| c.is_lowercase()));
        if k > i && noun && k < n && v.text(k).eq_ignore_ascii_case("'s") {
            i = k + 1;
        }
    } else {
        // A possessor: up to four name words then 's.
        let mut k = i;
        while k < n && k < i + 4 && v.covered(k).is_some() {
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
        match v.covered(k) {
            Some(mi) if mentions[mi].kind == Kind::Person => break,
            Some(_) => end = Some(k),
            None if is_title(w) => {
                has_title = true;
                end = Some(k);
            }
            None if v.tok(k).is_capitalized(&v.doc.text) && !any_of(w, NOT_IN_CHUNK) => {
                end = Some(k)
            }
            None if is_modifier(w) || v.glue(k) => {}
            // Nouns used as modifiers before the title: "Ireland's data protection commissioner".
            None if !has_title && k < start + 2 && noun_like(w) => {}
            // "of Russia", "for the ministry": kept only if a name or title follows.
            None if has_title && any_of(w, &["of", "for", "at", "to", "the"]) => {}
            None => break,
        }
        k += 1;
    }
    let mut end = end?;
    if !has_title || end < start {
        return None;
    }
    // "a spokeswoman for the trade ministry,": a title's phrase of lower-case words running to
    // the closing comma belongs to the role.
    let mut phrase = false;
    if is_title(v.text(end)) {
        if let Some(e) = title_phrase(v, end) {
            (end, phrase) = (e, true);
        }
    }
    // The chunk must close: a comma, a period, a bracket or the sentence end right after it.
    let after = end + 1;
    let closes = after >= n
        || !v.same_sentence(end, after)
        || matches!(v.text(after), "," | "." | ")" | ";" | "!" | "?");
    // The last word must be a title or a name ("minister", "of Russia").
    let last_ok = phrase
        || is_title(v.text(end))
        || v.covered(end).is_some()
        || v.tok(end).is_capitalized(&v.doc.text);
    (closes && last_ok).then(|| v.span(start, end))
}

/// After the title at token `t`: a preposition ("of", "for", "at", "with") and one to five
/// plain words ("the trade ministry", "the local council") up to a comma or the sentence's end.
/// Returns the last word's index. Words that open a clause ("that", "who") or say something
/// ("said") end no such phrase.
fn title_phrase(v: &View, t: usize) -> Option<usize> {
    const STOP: [&str; 12] = [
        "that", "which", "who", "whom", "whose", "when", "where", "said", "says", "told", "and",
        "but",
    ];
    let n = v.doc.tokens.len();
    let p = t + 1;
    if p >= n || !v.same_sentence(t, p) || !any_of(v.text(p), &["of", "for", "at", "with"]) {
        return None;
    }
    let mut k = p + 1;
    while k < n && k <= p + 5 && v.same_sentence(p, k) {
        let w = v.text(k);
        if v.tok(k).kind(&v.doc.text) != TokenKind::Word || any_of(w, &STOP) {
            break;
        }
        k += 1;
    }
    let closes = k >= n || !v.same_sentence(p, k) || matches!(v.text(k), "," | "." | ";" | ")");
    (k > p + 1 && closes).then_some(k - 1)
}

/// "R-Ohio," / "D-N.Y.," at token `i` (a party letter, a hyphen, a state's name or abbreviation,
/// a comma): the index of that comma.
fn party_state(v: &View, i: usize) -> Option<usize> {
    let n = v.doc.tokens.len();
    if i + 3 >= n || !matches!(v.text(i), "R" | "D" | "I") || v.text(i + 1) != "-" {
        return None;
    }
    let state = v.tok(i + 2);
    if !state.is_capitalized(&v.doc.text) || state.start() != v.tok(i + 1).end() {
        return None;
    }
    // "N.M." is one token; "Ohio" one word; a period may stand apart ("Calif" ".").
    let mut k = i + 3;
    if v.text(k) == "." {
        k += 1;
    }
    (k < n && v.text(k) == ",").then_some(k)
}

/// For a person mention whose span starts with honorifics or titles ("President Donald Trump",
/// "Mr. Smith"): how many bytes to drop from the front so that the span holds the name only.
/// `None` when the span starts with the name itself. The dropped title is then found as a role by
/// [`find`] like any title before a name.
#[inline(never)] // one call site: kept out of line (see absolute::find)
pub(crate) fn leading_title(doc: &Doc, span: Span, cursor: &mut Cursor) -> Option<usize> {
    let a = cursor.at_or_after(span.start);
    let n = doc.tokens[a..]
        .iter()
        .take_while(|t| t.start() < span.end)
        .count();
    let toks = &doc.tokens[a..a + n];
    let w = |k: usize| toks[k].text(&doc.text);
    let name_word = |t: &Token| {
        t.kind(&doc.text) == TokenKind::Word && t.is_capitalized(&doc.text)
            || matches!(t.text(&doc.text), "." | "-" | "'")
    };
    // Every token from `ok_from` on may stand in a name.
    let mut ok_from = toks.len();
    while ok_from > 0 && name_word(&toks[ok_from - 1]) {
        ok_from -= 1;
    }
    // The last title or honorific after which only name words remain: "Kremlin spokesman | Dmitry
    // Peskov", "Mr. | Smith"; never the last word ("Martin Luther King").
    for k in (0..toks.len()).rev() {
        if k + 2 < ok_from {
            // What follows any earlier word holds a word that is no name word.
            break;
        }
        let mut cut = k + 1;
        if cut < toks.len() && w(cut) == "." {
            cut += 1;
        }
        let name_like =
            cut >= ok_from && toks.get(cut).is_some_and(|t| t.is_capitalized(&doc.text));
        // Not a title that is also a given name, before a lone surname ("Dean Kamen").
        let given = k == 0 && crate::entity::lexicon::given_name_title(w(0), toks.len());
        // Nor one that is also a surname after a given name ("Shaheen Shah Afridi").
        let surname = k > 0 && crate::entity::lexicon::surname_title(w(k - 1), w(k));
        if name_like && (is_title(w(k)) || is_honorific(w(k))) && !given && !surname {
            return Some(toks[cut].start() - span.start);
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
