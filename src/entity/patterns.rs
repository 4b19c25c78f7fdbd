//! Context patterns over runs of capitalized words, one pass per sentence:
//!
//! - title + name → person ("President Vladimir Putin", "spokesman Dmitry Peskov");
//! - head words → kind ("Irving Police Department", "University of Texas", "Mount Everest",
//!   "Google Science Fair", "NYT News Service");
//! - given name / surname lists → person; a speech verb after a name ("X said"), "according to X";
//! - place cues ("in/near/across X", "X region/oblast/province", "the town of X",
//!   "X, the largest town in Y");
//! - a demonym or place with a lower-case ministry ("Russian ministry of defence") → organization;
//! - sentence-initial capitals and headline case: function words ("The", "Meanwhile") never start a
//!   name, an unknown capitalized first word is not a name unless a list or cue says so.
//!
//! Names the gazetteer lists exactly are left to it.

use super::gazetteer;
use super::lexicon::{self, cue, DemonymForm};
use super::Candidate;
use crate::model::Kind;
use crate::text::hash::{any_of, with_lowercase, FxBuild, Lower};
use crate::text::{Doc, Token, TokenKind};
use std::collections::HashSet;
use std::hash::BuildHasher;

/// Lower-case words that may join capitalized words inside a name ("University of Texas",
/// "Ludwig van Beethoven", "Council on American-Islamic Relations").
pub(crate) fn is_connector(w: &str) -> bool {
    matches!(
        w,
        "of" | "the"
            | "de"
            | "du"
            | "da"
            | "das"
            | "dos"
            | "del"
            | "della"
            | "der"
            | "den"
            | "van"
            | "von"
            | "al"
            | "el"
            | "bin"
            | "ibn"
            | "bint"
            | "la"
            | "le"
            | "di"
            | "y"
            | "for"
            | "on"
            | "and"
            | "upon"
            | "zu"
    )
}
/// Lower-case nouns that introduce a news outlet's name ("the newspaper X", "broadcaster X").
fn is_outlet_word(w: &str) -> bool {
    lexicon::cue_word(w, cue::OUTLET)
}
/// Lower-case nouns that introduce the name of a company, party, band or other body ("the
/// security firm X", "localist group X", "the band X", "US team X"). No noun that also names a
/// person's job ("developer", "publisher"): "the developer Jane Roe" is a person; nor "carrier"
/// (an aircraft carrier is a ship).
fn is_body_word(w: &str) -> bool {
    // Written in lower case (the table's trades in lower case are body nouns too).
    lexicon::cue_word(w, cue::BODY | cue::INDUSTRY)
}
/// The nouns of [`is_body_word`] that name a company by its trade ("chipmaker", "retailer"):
/// capitalized before the name at a sentence or headline start ("Chipmaker Arvane agrees…"),
/// still no part of it.
/// Any case ("Chipmaker"), without allocating: asked at every sentence start.
fn is_industry_word(w: &str) -> bool {
    with_lowercase(w, |l| lexicon::cue_word(l, cue::INDUSTRY))
}
/// Lower-case nouns of buildings, sites and waters that follow their name ("the Green Vault
/// museum", "the Guaiba river"; "the Zaporizhzhia plant" is not one: a plant may be a
/// factory's owner).
fn is_facility_word(w: &str) -> bool {
    lexicon::cue_word(w, cue::FACILITY | cue::FACILITY_ORG)
}
/// Whether a word of the name `words` is a head word where it may stand: at the end ("Johnson
/// Space Center") or before a connector ("Ohio State University of the US"), or at the start
/// ("University of Texas"); not "Capital" opening "Capital Economics".
fn has_placed_head(words: &[&str]) -> bool {
    let n = words.len();
    words.iter().enumerate().any(|(k, w)| {
        lexicon::name_head(w).is_some_and(|h| {
            (h.last && (k + 1 == n || is_head_connector(words[k + 1]))) || (h.first && k == 0)
        })
    })
}

/// Plural nouns of staff whose employer follows "at" ("analysts at Berenberg"), in any case.
fn is_staff_word(w: &str) -> bool {
    with_lowercase(w, |l| lexicon::cue_word(l, cue::STAFF))
}
/// Connectors that only join when the name before them has a head word ("Bank of", "Council for").
fn is_head_connector(w: &str) -> bool {
    matches!(w, "of" | "the" | "for" | "on" | "and" | "upon")
}
/// Plural nouns of people, and royal titles, whose possessive goes inside a name ("the People's
/// Party", "the Workers' Union", "Women's Hospital", "King's College London").
fn is_possessive_noun(w: &str) -> bool {
    lexicon::cue_word(w, cue::POSSESSIVE)
}
/// True when the run of name words `i..=last` is a saint's name ("St Mary", "St. John", "Saint
/// Patrick"), whose possessive goes inside a name ("St Mary's Hospital", "St Paul's Cathedral").
fn is_saint_run(cx: &Ctx, i: usize, last: usize) -> bool {
    matches!(cx.w(i), "St" | "Saint" | "Ste")
        && (last == i + 1 || (last == i + 2 && cx.w(i + 1) == "."))
}
/// Compass and part words that make a part of a place a place of its own ("South London",
/// "Greater Manchester", "Lower Manhattan").
fn is_compass(w: &str) -> bool {
    lexicon::cue_word(w, cue::COMPASS)
}
/// Lower-case words after a place name that make it a region ("the Kursk region").
fn is_region_word(w: &str) -> bool {
    lexicon::cue_word(w, cue::REGION)
}
/// Lower-case settlement words for "the town of X" and "X, the largest town in Y".
fn is_settlement_word(w: &str) -> bool {
    lexicon::cue_word(w, cue::SETTLEMENT)
}
/// True when the name ending before token `e` is followed by an appositive naming a body (see
/// [`is_body_word`]): "NetChoice, a trade group", "Chega, the far-right party". The words before
/// the noun are lower case (no "of": "X, a member of the group" is a person).
fn body_appositive(cx: &Ctx, e: usize, hi: usize) -> bool {
    if e + 2 >= hi || cx.w(e) != "," || !matches!(cx.w(e + 1), "a" | "an" | "the") {
        return false;
    }
    for k in e + 2..hi.min(e + 7) {
        let w = cx.w(k);
        if is_body_word(w) {
            return true;
        }
        // Only lower-case words (and hyphens) before the noun, or an owner's "'s" after one
        // ("Unitas, the country's largest union,").
        let lower = w == "-"
            || (w == "'s" && k > e + 2)
            || (cx.is_word(k) && !w.starts_with(char::is_uppercase));
        if !lower || is_connector(w) {
            return false;
        }
    }
    false
}

/// A plural of followers, which ends no person's name ("Socialists", "Democrats").
fn followers(w: &str) -> bool {
    w.ends_with("ists") || w.ends_with("crats")
}

/// Whether `words[i]` is a short title's abbreviation closing the name, after a word of it: a
/// name word ("Hun Sen", "Amartya Sen"), as a title stands before a name; not "CEO".
fn closing_abbreviation(words: &[&str], i: usize) -> bool {
    i > 0 && i + 1 == words.len() && words[i].len() <= 3 && !all_caps(words[i])
}

/// A place preposition opening the sentence ("In", "Near").
fn opening_prep(prev: Option<&str>) -> bool {
    prev.is_some_and(|p| p.starts_with(|c: char| c.is_ascii_uppercase()) && is_place_prep(p))
}

/// Prepositions that put a following name in a place; capitalized too, where one opens a sentence
/// ("In Reykjavík, police said"; a headline's runs are read apart).
fn is_place_prep(w: &str) -> bool {
    with_lowercase(w, |w| {
        matches!(
            w,
            "in" | "near"
                | "across"
                | "outside"
                | "inside"
                | "around"
                | "towards"
                | "toward"
                | "throughout"
        )
    })
}
/// Lower-case ministries and offices after a demonym or place ("the Russian defence ministry").
fn is_ministry_word(w: &str) -> bool {
    lexicon::cue_word(w, cue::MINISTRY)
}

fn is_word(t: &Token, text: &str) -> bool {
    t.kind(text) == TokenKind::Word
}

fn is_roman(w: &str) -> bool {
    !w.is_empty() && w.len() <= 4 && w.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

/// Initials written as one word, each letter followed by a dot: "J.D." (Vance), "B.R." (Gavai),
/// "J.R.R." (Tolkien): two or three capital letters.
fn dotted_initials(w: &str) -> bool {
    let b = w.as_bytes();
    (4..=6).contains(&b.len())
        && b.len() % 2 == 0
        && b.chunks(2)
            .all(|p| p[0].is_ascii_uppercase() && p[1] == b'.')
}

fn all_caps(w: &str) -> bool {
    w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase)
}

/// A coined company name in camel case: ASCII letters, a capital first, and a capital after a
/// lower-case letter with at least three letters before it ("JetBlue", "PayPal", "OpenAI"). Not
/// a surname's prefix: "McDonald", "DeSantis", "LeBron" (fewer than three), "MacArthur",
/// "FitzGerald", "VanDyke".
fn camel_case(w: &str) -> bool {
    let b = w.as_bytes();
    if b.len() < 5 || !b[0].is_ascii_uppercase() || !b.iter().all(u8::is_ascii_alphabetic) {
        return false;
    }
    let Some(k) = (1..b.len()).find(|&k| b[k].is_ascii_uppercase()) else {
        return false;
    };
    k >= 3
        && b[k - 1].is_ascii_lowercase()
        && !any_of(
            &w[..k],
            &[
                "mac", "van", "von", "del", "des", "dos", "das", "fitz", "della",
            ],
        )
}

/// A word that can be part of a name: capitalized (or an acronym), not a calendar word.
fn name_word(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase) && !lexicon::is_calendar_word(w)
}

/// Largest size of the filter in front of the lower-case word set (it is sized to the document:
/// clearing 64 Kbit and 4,096 slots for every short article was ~2% of its analysis in WASM).
const FILTER_BITS: usize = 1 << 16;

/// Per-document facts the rules consult.
struct Ctx<'d> {
    doc: &'d Doc,
    /// Words written in lower case somewhere in the document (std's hasher: filled from input),
    /// those that [`Ctx::common`] may ask for.
    lower: HashSet<&'d str>,
    out: Vec<Candidate>,
    /// Per token of the current sentence: a word that can be part of a name.
    caps: Vec<bool>,
    /// Per token of the current sentence (from token `lo` on): its text.
    texts: Vec<&'d str>,
    lo: usize,
}

impl<'d> Ctx<'d> {
    /// Whether token `i` is a word.
    fn is_word(&self, i: usize) -> bool {
        is_word(&self.doc.tokens[i], &self.doc.text)
    }

    fn w(&self, i: usize) -> &'d str {
        match i.checked_sub(self.lo).and_then(|k| self.texts.get(k)) {
            Some(w) => w,
            None => self.doc.tokens[i].text(&self.doc.text),
        }
    }
    /// True when token `i` of the current sentence is capitalized and not a function word ("The",
    /// "Meanwhile"): a word that can be part of a name.
    fn name_word_at(&self, i: usize) -> bool {
        self.caps[i - self.lo] && !lexicon::is_non_name_word(self.w(i))
    }
    /// Whether token `k` (below `hi`) is glued to the token before it, with no space between.
    fn glued(&self, k: usize, hi: usize) -> bool {
        let toks = &self.doc.tokens;
        k < hi && toks[k].start() == toks[k - 1].end()
    }
    /// [`Ctx::name_word_at`] for a token `i` that may lie at or past `hi` (then false).
    fn name_word_below(&self, i: usize, hi: usize) -> bool {
        i < hi && self.name_word_at(i)
    }
    fn push(&mut self, s: usize, e: usize, kind: Kind, rule: &'static str, confidence: f32) {
        let span = self.doc.tokens_span(s, e - 1);
        let (kind, rule) = if kind == Kind::Event && treaty(self.doc.slice(span)) {
            (Kind::Law, "head:treaty")
        } else {
            (kind, rule)
        };
        self.out.push(Candidate {
            span,
            kind,
            rule,
            confidence,
            canonical: None,
            link: None,
        });
    }
    /// True when the capitalized `w` is an ordinary word (seen in lower case in this document).
    /// `w` must be the text of a word token of the document.
    fn common(&self, w: &str) -> bool {
        if w.chars().all(char::is_lowercase) {
            // Its own token put it in the set (the filter only holds back words without capitals).
            return w.chars().next().is_some();
        }
        with_lowercase(w, |l| self.lower.contains(l))
    }
}

/// Finds names from context patterns.
pub fn find(doc: &Doc) -> Vec<Candidate> {
    // `common(w)` asks for the lower-case form of a word with capitals: only lower-case words whose
    // hash matches such a form go into the set (a 64 Kbit filter in front of std's hasher).
    // 16 bits per token (a power of two, at most FILTER_BITS); only its false positives depend on
    // the size, and they only add words to the set.
    let bits = (doc.tokens.len() * 16)
        .next_power_of_two()
        .clamp(1024, FILTER_BITS);
    let hasher = FxBuild;
    let mut wanted = vec![0u64; bits / 64];
    for t in &doc.tokens {
        let w = t.text(&doc.text);
        if is_word(t, &doc.text) && w.chars().any(|c| !c.is_lowercase()) {
            let h = with_lowercase(w, |l| hasher.hash_one(l)) as usize & (bits - 1);
            wanted[h / 64] |= 1 << (h % 64);
        }
    }
    let mut lower = HashSet::new();
    // The most recent word inserted per filter slot: frequent words ("the", "in") skip the set.
    let slots = (bits / 16).min(4096);
    let mut recent: Vec<&str> = vec![""; slots];
    for t in &doc.tokens {
        let w = t.text(&doc.text);
        if is_word(t, &doc.text) && w.chars().next().is_some_and(char::is_lowercase) {
            let h = hasher.hash_one(w) as usize & (bits - 1);
            if wanted[h / 64] & (1 << (h % 64)) != 0 && recent[h & (slots - 1)] != w {
                recent[h & (slots - 1)] = w;
                lower.insert(w);
            }
        }
    }
    let mut cx = Ctx {
        doc,
        lower,
        out: Vec::new(),
        caps: Vec::new(),
        texts: Vec::new(),
        lo: 0,
    };
    for s in &doc.sentences {
        sentence(&mut cx, s.tokens.clone());
    }
    cx.out
}

/// Letters written after a person's name (honours, silk, degrees): they end a name's run.
const POSTNOMINALS: &[&str] = &["KC", "QC", "OBE", "MBE", "CBE", "KBE", "DBE", "PhD"];

#[inline(never)] // one call site: kept out of line (see absolute::find)
fn sentence(cx: &mut Ctx, range: std::ops::Range<usize>) {
    let doc = cx.doc;
    let (lo, hi) = (range.start, range.end);
    let mut name_words = std::mem::take(&mut cx.caps);
    name_words.clear();
    let mut texts = std::mem::take(&mut cx.texts);
    texts.clear();
    cx.lo = lo;
    for t in &doc.tokens[lo..hi] {
        texts.push(t.text(&doc.text));
    }
    for (i, &w) in (lo..hi).zip(texts.iter()) {
        let word = cx.is_word(i);
        // Letters after a name ("Hannah Ostrowski KC", "Mo Farah CBE") are no part of it.
        let postnominal = name_words.last() == Some(&true) && POSTNOMINALS.contains(&w);
        name_words.push(word && name_word(w) && !postnominal);
    }
    cx.caps = name_words;
    cx.texts = texts;
    let headline = crate::text::is_headline(&doc.text, &doc.tokens[lo..hi]);
    // Index of the first word token of the sentence.
    let first_word = (lo..hi).find(|&i| cx.is_word(i));
    let found_before = cx.out.len();
    let mut i = lo;
    while i < hi {
        if !cx.caps[i - lo] {
            i += 1;
            continue;
        }
        let last_word = run_last_word(cx, i, lo, hi);
        let end = last_word + 1;
        // A word glued to a web domain names the site's owner: "Gawker.com", "CBC.ca"; the words
        // before it in the run are a run of their own ("Readers of | Tavlen.com").
        if let Some(d) = domain_end(cx, end, hi) {
            let mut m = last_word;
            while m > i && !cx.caps[m - 1 - lo] {
                m -= 1;
            }
            if m > i {
                run(cx, i, m, first_word == Some(i), headline, lo, hi);
            }
            cx.push(last_word, d, Kind::Organization, "website", 0.8);
            i = d;
            continue;
        }
        run(cx, i, end, first_word == Some(i), headline, lo, hi);
        i = end.max(i + 1);
    }
    lowercase_rules(cx, lo, hi);
    if !headline {
        list_kinds(cx, lo, hi, found_before, first_word);
    }
}

/// The end of the name-like item of a list that starts at the name word `s`: name words, and
/// "of", "the", "-", "&", "." or "'s" between two of them ("Bank of England", "L. Ron Hubbard").
fn list_item_end(cx: &Ctx, s: usize, hi: usize) -> usize {
    let cap = |k: usize| cx.name_word_below(k, hi);
    let mut e = s + 1;
    loop {
        if cap(e) {
            e += 1;
        } else if e + 1 < hi
            && matches!(cx.w(e), "of" | "the" | "-" | "&" | "." | "'s")
            && cap(e + 1)
        {
            e += 2;
        } else {
            return e;
        }
    }
}

/// Coordinated lists of three or more names ("A, B, C and D", "A, B, or C"): the items no rule
/// classified take the kind that all the classified ones share, when that is person, or
/// organization or place classified in at least half the items ("gods such as Zeus, Hera and
/// Athena", "Velotrex, Microsoft and Sony").
/// No list is read when an item is only partly a name, is an ordinary word of the document, or
/// lists no name at all (a title, a demonym, a listed place inside).
#[inline(never)]
fn list_kinds(cx: &mut Ctx, lo: usize, hi: usize, found_before: usize, first_word: Option<usize>) {
    let mut i = lo;
    while i < hi {
        // A list starts at a name word that continues no name before it.
        let glued_before = i > lo
            && (cx.caps[i - 1 - lo]
                || (i > lo + 1
                    && matches!(cx.w(i - 1), "of" | "the" | "-" | "&" | "'s")
                    && cx.caps[i - 2 - lo]));
        if !cx.name_word_below(i, hi) || glued_before {
            i += 1;
            continue;
        }
        let mut items: Vec<(usize, usize)> = Vec::new();
        let mut k = i;
        let mut closed = false;
        loop {
            let e = list_item_end(cx, k, hi);
            items.push((k, e));
            if closed {
                break;
            }
            let mut n = e;
            if n < hi && cx.w(n) == "," {
                n += 1;
            }
            let conj = n < hi && matches!(cx.w(n), "and" | "or");
            if conj {
                n += 1;
            }
            if n == e || !cx.name_word_below(n, hi) {
                break;
            }
            closed = conj;
            k = n;
        }
        let end = items.last().map_or(i + 1, |it| it.1);
        if closed && items.len() >= 3 {
            list_items(cx, &items, found_before, first_word);
        }
        i = end;
    }
}

/// Classifies the items of one list for [`list_kinds`].
#[inline(never)]
fn list_items(
    cx: &mut Ctx,
    items: &[(usize, usize)],
    found_before: usize,
    first_word: Option<usize>,
) {
    let toks = &cx.doc.tokens;
    let mut kind = None;
    let mut known = 0;
    let mut unknown = Vec::new();
    for &(s, e) in items {
        // Part of a hyphenated compound ("Dar-es-Salaam", "Kremlin-backed"): no name of its own.
        if e < toks.len() && toks[e].start() == toks[e - 1].end() && cx.w(e) == "-" {
            return;
        }
        let span = cx.doc.tokens_span(s, e - 1);
        let mut hits = cx.out[found_before..]
            .iter()
            .filter(|c| c.span.start < span.end && span.start < c.span.end);
        let item_kind = match (hits.next(), hits.next()) {
            (Some(c), None) if c.span == span => c.kind,
            (Some(_), _) => return,
            (None, _) => match gazetteer::lookup(cx.doc.slice(span)) {
                Some(g) => g.kind,
                None => {
                    let words = (s..e).filter(|&k| cx.is_word(k)).map(|k| cx.w(k));
                    let mut plain = true;
                    let mut vocabulary = true;
                    for w in words {
                        plain &= !cx.common(w)
                            && lexicon::is_title(w).is_none()
                            && lexicon::demonym(w).is_none()
                            && gazetteer::lookup(w).is_none();
                        vocabulary &= lexicon::is_vocabulary(w);
                    }
                    if !plain || (vocabulary && first_word == Some(s)) {
                        return;
                    }
                    unknown.push((s, e));
                    continue;
                }
            },
        };
        if !matches!(item_kind, Kind::Person | Kind::Organization | Kind::Place)
            || kind.is_some_and(|k| k != item_kind)
        {
            return;
        }
        kind = Some(item_kind);
        known += 1;
    }
    // One classified organization or place says little about the others ("Obama, Congress and
    // X"); a person does (the unclassified words are most often foreign names), and so does a
    // place after a place preposition ("in Armley, Horsforth and Rothwell").
    let in_places = items[0].0 > 0 && is_place_prep(cx.w(items[0].0 - 1));
    if let Some(kind) = kind
        .filter(|&k| k == Kind::Person || known >= unknown.len() || (k == Kind::Place && in_places))
    {
        for (s, e) in unknown {
            cx.push(s, e, kind, "list", 0.5);
        }
    }
}

/// The last name word of the run of capitalized words that starts at token `i` of the sentence
/// `lo..hi` (with its connectors, possessives and hyphenated parts: see [`sentence`]). Out of
/// line: the loop runs for every capitalized word, and V8 recompiles a large function whose
/// loops run often (small hot loops: see `pipeline`).
#[inline(never)]
fn run_last_word(cx: &Ctx, i: usize, lo: usize, hi: usize) -> usize {
    let doc = cx.doc;
    let mut j = i + 1;
    let mut last_word = i;
    while j < hi {
        let w = cx.w(j);
        let tk = &doc.tokens[j];
        // "I" and the initial "A." ("Leonard A. Lauder") are letters, not function words.
        let letter = w == "I"
            || (w == "A"
                && j + 2 < hi
                && cx.w(j + 1) == "."
                && lexicon::is_given_name(cx.w(last_word)));
        if cx.caps[j - lo] && (letter || !lexicon::is_non_name_word(w)) {
            last_word = j;
            j += 1;
            continue;
        }
        // A possessive plural noun or a saint's name inside a name ("People's Party", "Workers'
        // Union", "King's College", "St Mary's Hospital").
        if matches!(w, "'s" | "'")
            && j == last_word + 1
            && tk.start() == doc.tokens[j - 1].end()
            && j + 1 < hi
            && (is_possessive_noun(cx.w(last_word))
                || is_saint_run(cx, i, last_word)
                // "the Sheriff's Office", "Information Commissioner's Office".
                || (cx.w(j + 1) == "Office" && lexicon::is_title_word(cx.w(last_word))))
            && cx.caps[j + 1 - lo]
            && !lexicon::is_non_name_word(cx.w(j + 1))
        {
            j += 1;
            continue;
        }
        // Connector or joiner followed by a capitalized word (possibly after "the").
        let joiner = (is_word(tk, &doc.text) && is_connector(w))
            || (tk.kind(&doc.text) == TokenKind::Punct && matches!(w, "-" | "&"))
            || (w == "."
                && j == last_word + 1
                && (cx.w(last_word).chars().count() == 1
                    || (last_word == i && matches!(cx.w(i), "St" | "Ste"))));
        if !joiner {
            break;
        }
        let mut k = j + 1;
        // "al-Assad", "el-Sissi": the article glued by a hyphen to the name word after it.
        if matches!(w, "al" | "el")
            && k + 1 < hi
            && cx.w(k) == "-"
            && doc.tokens[k].start() == tk.end()
            && doc.tokens[k + 1].start() == doc.tokens[k].end()
        {
            k += 1;
        }
        // "the" after a connector ("Bank of the West"), or a second particle ("Ursula von der
        // Leyen", "Joop van den Ende", "Sor Juana Ines de la Cruz").
        if k < hi
            && cx.is_word(k)
            && (cx.w(k) == "the"
                || (matches!(w, "von" | "van" | "de")
                    && matches!(cx.w(k), "der" | "den" | "de" | "la" | "los" | "las")))
        {
            k += 1;
        }
        let adjacent = tk.kind(&doc.text) != TokenKind::Punct
            || w == "."
            || (tk.start() == doc.tokens[j - 1].end()
                && k < hi
                && doc.tokens[k].start() == tk.end())
            || w == "&";
        if k < hi
            && adjacent
            && cx.caps[k - lo]
            && !lexicon::is_non_name_word(cx.w(k))
            && !(is_word(tk, &doc.text) && designation_at(cx, k, hi))
            // "Wembley Stadium on May 25": a date after "on" ends the name.
            && !(w == "on" && (lexicon::is_calendar_word(cx.w(k)) || cx.w(k) == "May"))
        {
            j = k;
            continue;
        }
        // Short function words glued by hyphens inside a compound ("Make-A-Wish").
        if w == "-" && adjacent {
            if let Some(end) = hyphen_compound(cx, j, hi) {
                last_word = end;
                j = end + 1;
                continue;
            }
        }
        // A lower-case syllable glued by a hyphen to the last of two or more name words
        // ("Yau Wai-ching"), not a compound adjective ("Kremlin-backed").
        if w == "-" && adjacent && k == j + 1 && k < hi && last_word > i && cx.is_word(k) {
            let syl = cx.w(k);
            const COMPOUND: &[&str] = &[
                "led", "based", "born", "owned", "run", "like", "made", "held", "era", "style",
                "wide", "free", "type", "level", "scale", "old", "year", "day", "week", "made",
                "area", "zone",
            ];
            if syl.chars().all(char::is_lowercase) && is_syllable(syl) && !COMPOUND.contains(&syl) {
                last_word = k;
                j = k + 1;
                continue;
            }
        }
        break;
    }
    last_word
}

/// The end of a web domain glued to the word before token `e` (".com", ".org", ".co.uk"), if any.
#[inline(never)]
fn domain_end(cx: &Ctx, e: usize, hi: usize) -> Option<usize> {
    let glued = |k: usize| cx.glued(k, hi);
    let tld = |k: usize| {
        glued(k)
            && glued(k + 1)
            && cx.w(k) == "."
            && matches!(
                cx.w(k + 1),
                "com"
                    | "org"
                    | "net"
                    | "gov"
                    | "edu"
                    | "info"
                    | "ca"
                    | "uk"
                    | "au"
                    | "de"
                    | "fr"
                    | "co"
                    | "in"
                    | "ie"
                    | "nz"
                    | "io"
                    | "tv"
            )
    };
    if !tld(e) {
        return None;
    }
    // "co.uk", "com.au": a second level before the country.
    Some(if tld(e + 2) { e + 4 } else { e + 2 })
}

/// True when word `k` is a designation glued by a hyphen to a number ("STS-1", "F-16"): after a
/// connector it names a mission or a model, no part of the name before ("Kennedy Space Center on
/// STS-1").
fn designation_at(cx: &Ctx, k: usize, hi: usize) -> bool {
    let toks = &cx.doc.tokens;
    let glued = |i: usize| cx.glued(i, hi);
    glued(k + 1)
        && cx.w(k + 1) == "-"
        && glued(k + 2)
        && toks[k + 2].kind(&cx.doc.text) == TokenKind::Number
}

/// True when word `s` is glued by a hyphen to "pro", "anti", "non" or "ex" ("pro-Beijing").
fn after_attitude_prefix(cx: &Ctx, s: usize, lo: usize) -> bool {
    if s < lo + 2 || cx.w(s - 1) != "-" {
        return false;
    }
    let toks = &cx.doc.tokens;
    toks[s - 1].start() == toks[s - 2].end()
        && toks[s].start() == toks[s - 1].end()
        && with_lowercase(cx.w(s - 2), |p| matches!(p, "pro" | "anti" | "non" | "ex"))
}

/// The capitalized word that closes a compound of short function words glued by hyphens, from
/// the hyphen at `h` on: "-A-Wish" in "Make-A-Wish", "-In-Time" in "Just-In-Time".
fn hyphen_compound(cx: &Ctx, mut h: usize, hi: usize) -> Option<usize> {
    let glued = |i: usize| cx.glued(i, hi);
    for _ in 0..3 {
        let f = h + 1;
        let fw = cx.w(f);
        // (Not a connector: "of", "and" inside a run split it in `run`.)
        let function_word = glued(f)
            && cx.is_word(f)
            && fw.chars().count() <= 3
            && lexicon::is_non_name_word(fw)
            && !is_connector(&fw.lower());
        if !function_word {
            return None;
        }
        if !(glued(f + 1) && cx.w(f + 1) == "-" && glued(f + 2)) {
            return None;
        }
        let next = f + 2;
        if cx.name_word_at(next) {
            return Some(next);
        }
        h = f + 1;
    }
    None
}

/// Classifies the words after the connector at `c` ("of", "for", … skipped too) up to `e` as a
/// run of their own: the second name of "X of Y" split in two.
fn run_after_connectors(cx: &mut Ctx, c: usize, e: usize, headline: bool, lo: usize, hi: usize) {
    let mut r = c + 1;
    while r < e && is_head_connector(cx.w(r)) {
        r += 1;
    }
    if r < e {
        run(cx, r, e, false, headline, lo, hi);
    }
}

/// Classifies the run of tokens `s..e` (capitalized words and joiners), splitting off titles,
/// leading function words and sentence-initial ordinary words.
#[allow(clippy::too_many_arguments)]
fn run(
    cx: &mut Ctx,
    mut s: usize,
    e: usize,
    sentence_start: bool,
    headline: bool,
    lo: usize,
    hi: usize,
) {
    // Leading function words ("The", "Meanwhile", "In") and title modifiers ("Former").
    let mut at_start = sentence_start;
    while s < e && cx.is_word(s) && lexicon::is_non_name_word(cx.w(s)) && !all_caps(cx.w(s)) {
        s += 1;
        at_start = false;
        while s < e && !cx.is_word(s) {
            s += 1;
        }
    }
    // "pro-Beijing New People Party", "anti-Kremlin": the word glued to the prefix is an
    // attitude, no part of the name after it.
    if s < e && after_attitude_prefix(cx, s, lo) {
        s += 1;
        while s < e && !cx.is_word(s) {
            s += 1;
        }
    }
    if s >= e {
        return;
    }
    // "Chipmaker Arvane agrees…": the company's trade, capitalized by its place, then its name
    // (a short one: not a title-case headline's whole run).
    if (at_start || headline) && is_industry_word(cx.w(s)) {
        let name = (s + 1..e).find(|&i| cx.is_word(i));
        let words = (s + 1..e).filter(|&i| cx.is_word(i)).count();
        if let Some(r) = name.filter(|_| words <= 3) {
            cx.push(r, e, Kind::Organization, "body-cue", 0.8);
            return;
        }
    }
    // Word tokens of the run.
    let wt: Vec<usize> = (s..e).filter(|&i| cx.is_word(i)).collect();
    let words: Vec<&str> = wt.iter().map(|&i| cx.w(i)).collect();
    // A named craft, before titles ("Space Shuttle Challenger"): "HMS Victory", "the cruise ship
    // Freewinds".
    if !headline && vehicle(cx, s, &wt, &words, (lo, hi)) {
        return;
    }
    // A title inside the run, or a head then a given name: out of line (small hot loops: see
    // `pipeline`).
    if split_run(cx, (s, e), &wt, &words, at_start, headline, (lo, hi)) {
        return;
    }
    // A country's athlete or official by name, over a listed town as the surname ("Japan's Akane
    // Yamaguchi", "China's Chen Yufei"): two or three name words after a country's possessive.
    if !headline && (2..=3).contains(&words.len()) && country_possessive_before(cx, s, lo) {
        let unlisted = |w: &str| {
            w.chars().count() > 1
                && !lexicon::is_vocabulary(w)
                && lexicon::name_head(w).is_none()
                && lexicon::is_title(w).is_none()
                && !all_caps(w)
        };
        if words.iter().all(|w| unlisted(w)) && gazetteer::lookup(words[0]).is_none() {
            cx.push(s, e, Kind::Person, "country's+name", 0.85);
            return;
        }
    }
    // A given name after a kin noun: "his wife, Helen,", "a son, John", "sons Thomas and Paul"
    // (the second after "and" too); over a listed place ("a daughter, Mary").
    if !headline && words.len() == 1 && lexicon::is_given_name(words[0]) && kin_before(cx, s, lo) {
        cx.push(s, e, Kind::Person, "kin+name", 0.95);
        return;
    }
    let text_span = cx.doc.tokens_span(s, e - 1);
    let whole = cx.doc.slice(text_span);
    if gazetteer::lookup(whole).is_some() {
        return;
    }
    // Names joined by "&" are a firm, a publisher or a band, never one person ("Faber &
    // Faber", "Procter & Gamble", "Simon & Garfunkel"); two places stay the gazetteer's.
    if !headline
        && wt.len() >= 2
        && (s..e).any(|i| cx.w(i) == "&")
        && !words.contains(&"and")
        && lexicon::is_title(words[0]).is_none()
        && !words.iter().any(|w| lexicon::name_head(w).is_some())
        && !words
            .iter()
            .all(|w| gazetteer::lookup(w).is_some_and(|g| g.kind == Kind::Place))
    {
        cx.push(s, e, Kind::Organization, "name&name", 0.7);
        return;
    }
    // A title's "to"/"for" complement, then the holder: "Ambassador to the United States Jane
    // Roe", "Envoy for Syria Tom Brown". The place is the gazetteer's; the rest is the person.
    if !headline && words.len() >= 3 && title_complement_before(cx, s, lo) {
        if let Some(k) = holder_after_place(cx, &wt, &words) {
            cx.push(wt[k], e, Kind::Person, "title-to-place+name", 0.85);
            return;
        }
    }
    // A listed country before a name of its own that names the nation already ("US National
    // Science Foundation", "United Kingdom Home Office"): the country is a place of its own (the
    // gazetteer proposes it), the rest a name. Official names that start with the country keep
    // it ("U.S. Geological Survey", "US Army").
    if !headline {
        if let Some(k) = country_then_name(cx, &wt, &words) {
            run(cx, wt[k], e, false, headline, lo, hi);
            return;
        }
        // A nationality or party before a person's name: "Belgian Wout van Aert", "Republican
        // Curtis Sliwa" (the demonym is the gazetteer's mention); the name is classified alone.
        if words.len() >= 3
            && lexicon::demonym(words[0]).is_some()
            && !lexicon::is_vocabulary(words[1])
            && !words.iter().any(|w| lexicon::name_head(w).is_some())
            && person_like(&words[1..])
        {
            run(cx, wt[1], e, false, headline, lo, hi);
            return;
        }
        // A listed body before a person's name with no title between: a photo credit or a
        // caption ("Image: NASA Bill Ingalls", "Microsoft Steve Ballmer"); the body is the
        // gazetteer's mention, the name is classified alone.
        if let Some(k) = body_then_person(cx, &wt, &words) {
            run(cx, wt[k], e, false, headline, lo, hi);
            return;
        }
    }
    let n = words.len();
    let first = words[0];
    let last = words[n - 1];
    let prev = prev_word(cx, s, lo);
    let next = if e < hi { Some(cx.w(e)) } else { None };
    let speech_after = next.is_some_and(lexicon::is_speech_verb)
        || (next == Some(",") && e + 1 < hi && lexicon::is_speech_verb(cx.w(e + 1)));
    // A name before a lower-case title and another name qualifies that title ("leader, Nobel
    // laureate Muhammad Yunus"): the title before it is not its own.
    let qualifies_title = next
        .is_some_and(|w| w.starts_with(char::is_lowercase) && lexicon::is_title(w).is_some())
        && e + 1 < hi
        && cx.w(e + 1).starts_with(char::is_uppercase);
    // An abbreviated title with its dot ("Mr. Trump", "Sen. Warren"): the dot is a token of its own.
    let abbreviated = s >= lo + 2
        && cx.w(s - 1) == "."
        && cx.glued(s - 1, hi)
        && cx.w(s - 2).len() <= 4
        && lexicon::is_title(cx.w(s - 2)).is_some();
    let title_before = !qualifies_title
        && (prev.is_some_and(|p| lexicon::is_title(p).is_some())
            || abbreviated
            || (s >= 2 && cx.w(s - 1) == "," && lexicon::is_title(cx.w(s - 2)).is_some()));
    let according = s >= 2 && cx.w(s - 1) == "to" && cx.w(s - 2).eq_ignore_ascii_case("according");
    // A byline: "By Amara Okafor" alone on its line or before the agency ("By Jane Roe,
    // Reuters"), over a listed place as the given name.
    if s == lo + 1
        && cx.w(lo) == "By"
        && hi - lo <= 12
        && (2..=3).contains(&words.len())
        && (e == hi || matches!(cx.w(e), "," | "and" | "|" | "-" | "—"))
        && person_like(&words)
    {
        cx.push(s, e, Kind::Person, "byline+name", 0.85);
        return;
    }
    // A news outlet introduced by its kind: "the newspaper Le Progrès", "broadcaster RTL", "the
    // French daily La Stampa", "the local radio station Rádio Xingu".
    let station = prev == Some("station")
        && s >= lo + 2
        && matches!(cx.w(s - 2), "radio" | "television" | "TV");
    if !headline && (station || prev.is_some_and(is_outlet_word)) {
        cx.push(s, e, Kind::Organization, "outlet-cue", 0.8);
        return;
    }
    // A body named in apposition after its kind: "an independent monitoring group, the Public
    // Assembly Archive," (the other way round from `body_appositive`).
    if !headline
        && s >= lo + 3
        && cx.w(s - 1) == "the"
        && cx.w(s - 2) == ","
        && is_body_word(cx.w(s - 3))
        && !words
            .iter()
            .any(|w| gazetteer::lookup(w).is_some_and(|g| g.kind == Kind::Place))
    {
        cx.push(s, e, Kind::Organization, "body+appositive-name", 0.6);
        return;
    }
    // A journal whose name opens with an ordinary word, after what is published in it ("a
    // paper in Science", "published in Nature Geoscience"); not a listed place ("a study in
    // Reading").
    if !headline
        && s >= lo + 2
        && cx.w(s - 1) == "in"
        && any_of(
            cx.w(s - 2),
            &[
                "paper",
                "papers",
                "study",
                "studies",
                "article",
                "articles",
                "published",
                "publishes",
            ],
        )
        && lexicon::is_vocabulary(first)
        && !words.iter().any(|w| gazetteer::lookup(w).is_some())
    {
        cx.push(s, e, Kind::Organization, "published-in+name", 0.7);
        return;
    }
    // A company named after "rival" ("rival Anthropic released", "its rival Airbus"): not a
    // person's name ("her rival Harris"), a place or a nationality.
    if !headline
        && matches!(prev, Some("rival" | "rivals"))
        && words.len() <= 3
        && words.iter().all(|w| {
            !lexicon::is_given_name(w)
                && !lexicon::is_surname(w)
                && lexicon::demonym(w).is_none()
                && gazetteer::lookup(w).is_none()
                && !ordinary(w)
        })
    {
        // "rivals Mazda and Nissan": two.
        push_bodies(cx, s, e, "rival+name", 0.6);
        return;
    }
    // A company whose shares are traded or that a plural body noun introduces: "shares of
    // Adidas and Puma rose", "a stake in Arvane", "retailers such as Foot Locker"; not a
    // listed place ("shares in London").
    if !headline
        && after_company_cue(cx, s, lo)
        && words.len() <= 5
        && !words
            .iter()
            .any(|w| gazetteer::lookup(w).is_some_and(|g| g.kind == Kind::Place))
        && !has_placed_head(&words)
    {
        // A possessive and capitalized words go on with the name ("Dick's Sporting Goods").
        let mut e = e;
        if e + 1 < hi && cx.w(e) == "'s" && cx.glued(e, hi) {
            let more = (e + 1..hi.min(e + 4))
                .take_while(|&i| cx.w(i).starts_with(char::is_uppercase))
                .count();
            if more > 0 {
                e += 1 + more;
            }
        }
        // A letter joined by "and" spells one name out ("shares of AT and T").
        if words.iter().any(|w| w.len() == 1) {
            cx.push(s, e, Kind::Organization, "company-cue+name", 0.75);
        } else {
            push_bodies(cx, s, e, "company-cue+name", 0.75);
        }
        return;
    }
    // A body introduced by its kind: "the security firm X", "localist group X", "the band X";
    // "team X and Y" names two.
    if !headline && prev.is_some_and(is_body_word) {
        push_bodies(cx, s, e, "body-cue", 0.85);
        return;
    }
    // A work named after its kind without quotation marks, the kind after a determiner, an owner
    // or a year: "her novel The Salt Orchard" (its "The" part of the title), "the 1969 film Easy
    // Rider". Not "the bomb-hit U.S. Embassy", "hit Slepian in the back", nor a person's full
    // name ("the album Taylor Swift released").
    let title_start = if prev == Some("The") { s - 1 } else { s };
    let owned_cue = title_start >= lo + 2
        && lexicon::is_work_cue(cx.w(title_start - 1))
        && (any_of(
            cx.w(title_start - 2),
            &[
                "the", "his", "her", "their", "its", "a", "an", "new", "latest", "debut",
            ],
        ) || is_year(cx.w(title_start - 2)));
    if !headline && owned_cue && !(n >= 2 && lexicon::is_given_name(first)) {
        cx.push(title_start, e, Kind::Work, "work-cue+name", 0.7);
        return;
    }
    // An employer after its staff: "analysts at Berenberg", "economists at Nomura" (not a
    // name with a head word: "scientists at Johnson Space Center" keep its kind).
    if !headline
        && prev == Some("at")
        && s >= lo + 2
        && is_staff_word(cx.w(s - 2))
        && !has_placed_head(&words)
    {
        cx.push(s, e, Kind::Organization, "staff-at+name", 0.8);
        return;
    }
    // A body named before its kind, after "the": "the FNV Havens union said", "the Wagner
    // group". Not when a word is listed (a place, a nationality, a given name: "the Chelsea
    // club", "the Republican party"), nor before "team" ("the Trump team" is his team).
    // A party word may stand between ("the ruling Georgian Dream party", "the nationalist Law and
    // Justice party", "the rival Wagner group"), and a nationality
    // may open a longer name ("Georgian Dream"; not "the Russian party").
    let party_word = prev.is_some_and(|p| {
        any_of(
            p,
            &[
                "ruling",
                "governing",
                "opposition",
                "nationalist",
                "conservative",
                "liberal",
                "centrist",
                "populist",
                "socialist",
                "communist",
                "separatist",
                "rival",
                "junior",
            ],
        )
    });
    let the = if party_word {
        s.checked_sub(2)
    } else {
        s.checked_sub(1)
    };
    let opens_with_nationality = n >= 2 && lexicon::demonym(first).is_some();
    // Or a building named before its kind: "the Green Vault museum" (of the kind its capitalized
    // head word gives: "Museum" a place, "Hospital" an organization). Not a surname alone: "the
    // Trump hotel" is his.
    // A kind of plant may stand between ("the Onagawa nuclear plant", "its Drax power station").
    let kind_word = next.is_some_and(|w| lexicon::cue_word(w, cue::FACILITY_KIND));
    let noun = if kind_word {
        (e + 1 < hi).then(|| cx.w(e + 1))
    } else {
        next
    };
    let facility = noun
        .filter(|w| is_facility_word(w) && !(n == 1 && lexicon::is_surname(first)))
        .map(|w| match lexicon::cue_word(w, cue::FACILITY_ORG) {
            true => Kind::Organization,
            false => Kind::Place,
        });
    // Or an event named before its kind, the noun in the name: "the Runcorn and Helsby
    // by-election", "the Eaton fire" (a surname alone too).
    if let Some(end) = event_noun_end(cx, e, hi).filter(|_| {
        !headline
            && the.is_some_and(|t| t >= lo && cx.w(t).eq_ignore_ascii_case("the"))
            && words
                .iter()
                .all(|w| gazetteer::lookup(w).is_none() && lexicon::demonym(w).is_none())
    }) {
        cx.push(s, end, Kind::Event, "name+event-noun", 0.6);
        return;
    }
    // The body's acronym in brackets may stand before its kind ("the Chama Cha Mapinduzi (CCM)
    // party").
    let body_noun = match next {
        Some("(") if e + 3 < hi && cx.w(e + 2) == ")" && all_caps(cx.w(e + 1)) => Some(cx.w(e + 3)),
        n => n,
    }
    .filter(|w| !kind_word && is_body_word(w) && *w != "team");
    // "the", or an owner's "its"/"their"/"'s" before a facility ("its Onagawa plant", "the
    // carmaker's Wolfsburg headquarters") or "its"/"their"/"his"/"her" before a body ("her
    // Sunrise party", "his Wagner group").
    let determiner = |w: &str| {
        w.eq_ignore_ascii_case("the")
            || (facility.is_some() && (any_of(w, &["its", "their"]) || w == "'s"))
            || (body_noun.is_some() && any_of(w, &["its", "their", "his", "her"]))
    };
    if !headline
        && the.is_some_and(|t| t >= lo && determiner(cx.w(t)))
        && (facility.is_some() || body_noun.is_some())
        && words.iter().enumerate().all(|(i, w)| {
            (i == 0 && opens_with_nationality)
                || (gazetteer::lookup(w).is_none()
                    // A person's whole name may name a building: "the Jomo Kenyatta airport".
                    && (!lexicon::is_given_name(w) || (facility.is_some() && n >= 2))
                    && lexicon::demonym(w).is_none())
        })
    {
        // Over the nationality's own mention when it opens the name.
        let sure = if opens_with_nationality { 0.85 } else { 0.6 };
        match facility {
            Some(kind) => cx.push(s, e, kind, "name+facility", sure),
            None => cx.push(s, e, Kind::Organization, "name+body", sure),
        }
        return;
    }
    // A compass word before a listed place: one place ("South London", "East Los Angeles").
    if n >= 2 && is_compass(first) {
        let rest = cx.doc.slice(cx.doc.tokens_span(wt[1], e - 1));
        if gazetteer::lookup(rest).is_some_and(|g| g.kind == Kind::Place) {
            cx.push(s, e, Kind::Place, "compass+place", 0.85);
            return;
        }
    }
    let has_of = words.iter().any(|w| is_head_connector(w));
    // With connectors, the run is one name only when its first segment carries the head
    // ("University of Texas", "Council on American-Islamic Relations", "Bank of England") and no
    // "and" joins two names; otherwise each segment is classified on its own
    // ("Raymond Wong of the Proletariat Political Institute").
    if has_of {
        let cut = words.iter().position(|w| is_head_connector(w)).unwrap_or(n);
        // A person "of" an organization whose surname is a head word: "Nathan Law of Demosisto",
        // "Jane Bank of the Refugee Council" (each side is a name of its own).
        if (2..=3).contains(&cut)
            && !headline
            && lexicon::is_given_name(first)
            && !ordinary(first)
            && lexicon::is_surname(words[cut - 1])
            && gazetteer::lookup(first).is_none()
            && lexicon::name_head(first).is_none()
            && person_like(&words[..cut - 1])
            && matches!(words[cut], "of" | "for")
        {
            cx.push(s, wt[cut - 1] + 1, Kind::Person, "given-name+name", 0.8);
            run_after_connectors(cx, wt[cut], e, headline, lo, hi);
            return;
        }
        // The segment's last word, when it is an organization's head, outranks a place head
        // that opens it ("Port Authority of New York").
        let seg_last = cut
            .checked_sub(1)
            .and_then(|k| lexicon::name_head(words[k]));
        let seg_head = seg_last
            .filter(|h| h.kind == Kind::Organization)
            .or_else(|| lexicon::name_head(words[0]).filter(|h| h.first))
            .or(seg_last);
        // An "and" inside the "of"-complement of a head keeps the name whole ("Department of
        // Health and Human Services").
        let of_and = words
            .iter()
            .take_while(|w| **w != "and")
            .any(|w| is_head_connector(w));
        let joined_by_and = words.contains(&"and") && !(of_and && and_inside_name(&words));
        if let (Some(h), false, false) = (seg_head, joined_by_and, headline) {
            // One "of"-complement: a second connector starts another name
            // ("University of Sheffield of the UK").
            let second = (s..e)
                .filter(|&i| is_head_connector(cx.w(i)) && cx.is_word(i))
                .find(|&i| {
                    i > s
                        && cx.is_word(i - 1)
                        && !is_head_connector(cx.w(i - 1))
                        && (s..i).any(|j| is_head_connector(cx.w(j)))
                });
            // A name whole before its "of" that holds a listed place and ends with an
            // organization's head is cut there too ("Colorado State University of the US"; not
            // "Communist Party of the Soviet Union", whose first part names no place).
            let placed = cut >= 2
                && seg_last.is_some_and(|h| h.kind == Kind::Organization && h.last)
                && words[..cut - 1]
                    .iter()
                    .any(|w| gazetteer::lookup(w).is_some_and(|g| g.kind == Kind::Place));
            let second = second.or_else(|| placed.then(|| wt[cut]));
            // Cut only before "of the <listed name>" ("... of the UK"), never before "at" (campuses).
            let second = second.filter(|&c| {
                matches!(cx.w(c), "of" | "for")
                    && c + 2 < e
                    && cx.w(c + 1) == "the"
                    && gazetteer::lookup(cx.doc.slice(cx.doc.tokens_span(c + 2, e - 1))).is_some()
            });
            let mut end = second.unwrap_or(e);
            // A campus: "University of X at <place>".
            if h.kind == Kind::Organization && second.is_none() && end < hi && cx.w(end) == "at" {
                let mut k = end + 1;
                while k < hi && k < end + 3 && cx.is_word(k) && name_word(cx.w(k)) {
                    k += 1;
                }
                if k > end + 1 {
                    let place = cx.doc.slice(cx.doc.tokens_span(end + 1, k - 1));
                    let listed = gazetteer::lookup(place).is_some_and(|g| g.kind == Kind::Place);
                    let placeish =
                        lexicon::name_head(cx.w(k - 1)).is_some_and(|h| h.kind == Kind::Place);
                    if listed || placeish {
                        end = k;
                    }
                }
            }
            // A place head with a "for" complement names the body that works for it ("Centre
            // for Policy Studies", "Center for Disease Control"), not the building; so does one
            // whose name ends with an organization's head ("Port of Rotterdam Authority"; not
            // one whose complement is a name with its article: "Museum of the U.S. Air Force").
            let body_last = second.is_none()
                && n > cut + 2
                && words[cut + 1] != "the"
                && lexicon::name_head(last).is_some_and(|l| l.kind == Kind::Organization && l.last);
            let kind = if h.kind == Kind::Place && (words.get(cut) == Some(&"for") || body_last) {
                Kind::Organization
            } else {
                h.kind
            };
            cx.push(s, end, kind, head_rule(kind), 0.8);
            if let Some(c) = second {
                run_after_connectors(cx, c, e, headline, lo, hi);
            }
            return;
        }
        // "X and Y <Head>", neither side a name alone: one name ("Health and Safety Executive").
        // An "of"-complement after the head may follow ("National Health and Medical Research
        // Council of Australia").
        let cut = words
            .iter()
            .rposition(|w| *w == "of")
            .filter(|&k| k > 0 && !words[k + 1..].iter().any(|w| is_head_connector(w)))
            .unwrap_or(words.len());
        let words = &words[..cut];
        if let Some(h) = lexicon::name_head(words[words.len() - 1]).filter(|h| h.last) {
            let and = words.iter().position(|w| *w == "and").unwrap_or(0);
            let connectors = words.iter().filter(|w| is_head_connector(w)).count();
            // Not the end of a list ("Army, Navy and Air Force").
            let listing = prev == Some(",");
            if !headline && !listing && connectors == 1 && and > 0 && and_inside_name(words) {
                cx.push(s, e, h.kind, head_rule(h.kind), 0.75);
                return;
            }
        }
        // Split at the first "and" if any, else at the first connector; each side is a run of
        // its own (so "Dr Jane Roe of the University of Sheffield" keeps the university whole).
        let and_at = (s..e).find(|&i| cx.w(i) == "and" && cx.is_word(i));
        // At the second "and" when a head word ends the name before it: "Food and Drug
        // Administration and the Pentagon" (that name is then read on its own).
        let and_at = and_at.map(|a| {
            (a + 1..e)
                .find(|&i| cx.w(i) == "and" && cx.is_word(i))
                .filter(|&b| lexicon::name_head(cx.w(b - 1)).is_some_and(|h| h.last))
                .unwrap_or(a)
        });
        let at = and_at.or_else(|| (s..e).find(|&i| is_head_connector(cx.w(i)) && cx.is_word(i)));
        if let Some(c) = at {
            if c > s {
                run(cx, s, c, at_start, headline, lo, hi);
            }
            run_after_connectors(cx, c, e, headline, lo, hi);
        }
        return;
    }
    // An unlisted word before a country names an agency, team or event of it
    // ("Environment Canada", "Team Estonia"), unless it is a direction ("Northern Canada").
    // A country of several words counts ("Health New Zealand").
    if (2..=4).contains(&n) && !headline {
        let rest = cx.doc.slice(cx.doc.tokens_span(wt[1], e - 1));
        let country = gazetteer::is_country(rest);
        const DIRECTIONS: &[&str] = &[
            "North",
            "South",
            "East",
            "West",
            "Northern",
            "Southern",
            "Eastern",
            "Western",
            "Central",
            "Upper",
            "Lower",
            "Greater",
            "Mainland",
            "Rural",
            "Coastal",
            "Outer",
            "Inner",
            "Old",
            "New",
            "Northeast",
            "Northwest",
            "Southeast",
            "Southwest",
            "Northeastern",
            "Northwestern",
            "Southeastern",
            "Southwestern",
            "Modern",
            "Ancient",
            "Imperial",
            "Communist",
            "Free",
        ];
        let plain = !DIRECTIONS.contains(&first)
            && gazetteer::lookup(first).is_none()
            && lexicon::demonym(first).is_none()
            && !lexicon::is_given_name(first)
            && !all_caps(first);
        // At a sentence start only before a role ("Environment Canada spokeswoman Jane Roe"):
        // otherwise the first word may be any capitalized word.
        let role_after = next.is_some_and(|w| {
            w.chars().next().is_some_and(char::is_lowercase) && lexicon::is_title(w).is_some()
        });
        // "Team Estonia", "Tennis Australia", "Statistics Canada" name the body at a sentence
        // start too.
        let national = first == "Team" || lexicon::cue_word(first, cue::NATIONAL);
        if country && plain && (!at_start || role_after || national || body_appositive(cx, e, hi)) {
            cx.push(s, e, Kind::Organization, "name+country", 0.85);
            return;
        }
    }
    // Head words: event, law, organization, place.
    let last_head = if is_roman(last) && n >= 2 {
        lexicon::name_head(words[n - 2])
    } else {
        lexicon::name_head(last)
    };
    let first_head = lexicon::name_head(first);
    // A given name and a surname that happens to be a head word: "Marc Hill", "Nathan Law".
    let named = n >= 2
        && lexicon::is_given_name(first)
        && !ordinary(first)
        && lexicon::is_surname(last)
        && gazetteer::lookup(first).is_none()
        && person_like(&words[..n - 1]);
    // A name glued by a hyphen to a lower-case word is part of a compound ("a Booker
    // Prize-winner", "Nobel Prize-winning"): no name of its own.
    let compound = e + 1 < hi
        && cx.w(e) == "-"
        && cx.doc.tokens[e].start() == cx.doc.tokens[e - 1].end()
        && cx.w(e + 1).starts_with(char::is_lowercase);
    if n >= 2 && !headline && !named && !compound {
        if let Some(h) = last_head.filter(|h| h.last) {
            // "Russian Navy", "Irving Police Department", "World War II", "NYT News Service".
            // A school district is the body that runs the schools ("Irving Independent School
            // District"); a listed town and "City" is a club ("Leicester City"), where another
            // name, a state or a country and "City" is a town ("Calumet City", "Iowa City",
            // "Belize City").
            let club = n == 2
                && last == "City"
                && gazetteer::lookup(first).is_some_and(|g| {
                    g.kind == Kind::Place && !matches!(g.class, "country" | "state" | "area")
                });
            let h = if club || n >= 2 && last == "District" && words[n - 2] == "School" {
                lexicon::Head {
                    kind: Kind::Organization,
                    ..h
                }
            } else {
                h
            };
            let conf = if h.kind == Kind::Place || h.kind == Kind::Event {
                0.8
            } else {
                0.85
            };
            cx.push(s, e, h.kind, head_rule(h.kind), conf);
            return;
        }
        // A head that only starts names: "Mount X", "Tropical Storm X", and organizations named
        // in other languages ("Instituto X", "Banca X").
        if let Some(h) = first_head.filter(|h| {
            h.first
                && !h.of_only
                && (matches!(h.kind, Kind::Place | Kind::Event)
                    || (h.kind == Kind::Organization && !h.last))
        }) {
            cx.push(s, e, h.kind, head_rule(h.kind), 0.8);
            return;
        }
    }
    // A listed place and a capitalized plural: a team, club or company named after its home
    // ("Toronto Raptors", "Dallas Cowboys", "Kenya Airways").
    if n >= 2 && !headline && team_after_home(cx, &wt, &words) {
        cx.push(s, e, Kind::Organization, "place+plural", 0.8);
        return;
    }
    // "X, <state or country>": a town named with the area it lies in ("Greenbrook, Ohio,"). Not a
    // person's name before a country ("Jane Roe, Australia" in a list of results). A given name
    // opens a town's name only before a state and without a surname ("Eden Prairie, Minn.").
    // A single given name before an area is a person's ("Jane, Australia" in a list of results),
    // but a town's after "in" ("plants in Sherman, Texas").
    let given = lexicon::is_given_name(first);
    let in_town = n == 1 && prev.is_some_and(is_place_prep);
    if n <= 3 && !headline && !(given && n == 1 && !in_town) {
        if let Some(class) = area_after(cx, e, hi) {
            // Mid-sentence, an ordinary first word may open a town's name ("in Bad Homburg,
            // Germany", "Big Rapids, Michigan") when the words after it are names.
            let opener = usize::from(n >= 2 && !at_start);
            let plain = words[opener..]
                .iter()
                .all(|w| !ordinary(w) && !cx.common(w));
            let surname = words.iter().any(|w| lexicon::is_surname(w));
            let named = if in_town {
                false
            } else if given {
                class != "state" || surname
            } else {
                surname && class != "state"
            };
            if plain && !named {
                cx.push(s, e, Kind::Place, "place+area", 0.7);
                return;
            }
        }
    }
    // "the 18-year-old Endrick", "Kovacs, a 29-year-old engineer": a name with an age.
    let age_at = |k: usize| {
        k + 4 < hi
            && !cx.w(k).is_empty()
            && cx.w(k).bytes().all(|b| b.is_ascii_digit())
            && cx.w(k + 1) == "-"
            && cx.w(k + 2) == "year"
            && cx.w(k + 3) == "-"
            && cx.w(k + 4) == "old"
    };
    if !headline
        && ((s >= lo + 5 && age_at(s - 5))
            || (e + 1 < hi && cx.w(e) == "," && matches!(cx.w(e + 1), "a" | "an") && age_at(e + 2)))
        && person_like(&words)
        // "the 50-year-old Western alliance".
        && !words.iter().any(|w| ordinary(w))
    {
        cx.push(s, e, Kind::Person, "age+name", 0.75);
        return;
    }
    // "Jane Roe, 58, of Eden Prairie": where a person named with an age lives.
    if !headline
        && s >= lo + 4
        && cx.w(s - 1) == "of"
        && cx.w(s - 2) == ","
        && cx.w(s - 4) == ","
        && cx.w(s - 3).len() <= 3
        && cx.w(s - 3).bytes().all(|b| b.is_ascii_digit())
        && !words
            .iter()
            .any(|w| ordinary(w) || lexicon::name_head(w).is_some())
    {
        cx.push(s, e, Kind::Place, "age+of+name", 0.6);
        return;
    }
    // Single words: lists and cues only.
    let person = person_like(&words);
    // The addressee of "told" that is no person (or ends with an ordinary word): an outlet or a
    // body ("told Sky Sports", "told Parliament on Monday").
    if !headline
        && (!person || ordinary(last))
        && prev == Some("told")
        && n <= 4
        && told_ends(next)
        && lexicon::is_title(first).is_none()
        && lexicon::demonym(first).is_none()
    {
        cx.push(s, e, Kind::Organization, "told+name", 0.5);
        return;
    }
    // A town before its mayor, governor or police chief and a name ("former Paterson mayor
    // Raymond Okafor", "Uvalde police chief Pete Arredondo"): no person stands there.
    if !headline && n <= 2 && e + 2 < hi && lexicon::demonym(first).is_none() {
        let local = match cx.w(e) {
            "mayor" | "governor" | "premier" | "sheriff" => 1,
            "police" if matches!(cx.w(e + 1), "chief" | "commissioner") => 2,
            _ => 0,
        };
        if local > 0
            && e + local < hi
            && cx.w(e + local).starts_with(char::is_uppercase)
            && words
                .iter()
                .all(|w| !ordinary(w) && lexicon::is_title(w).is_none())
        {
            cx.push(s, e, Kind::Place, "name+local-title", 0.7);
            return;
        }
    }
    if n == 1 {
        let w = first;
        if lexicon::is_title(w).is_some() || lexicon::demonym(w).is_some() {
            return;
        }
        // A team: before a player's or manager's role and a name ("Chelsea manager Enzo
        // Maresca"), or opening a sentence before a verb of a result with a score after it
        // ("Chelsea thrashed Barcelona 3-0").
        if !headline && e + 1 < hi && !all_caps(w) {
            let role = lexicon::cue_word(cx.w(e), cue::SQUAD)
                && cx.w(e + 1).starts_with(char::is_uppercase);
            let result = at_start
                && lexicon::cue_word(cx.w(e), cue::RESULT)
                && gazetteer::score_ahead(&cx.doc.text, cx.doc.tokens[e].end());
            if role || result {
                cx.push(s, e, Kind::Organization, "name+team-cue", 0.6);
                return;
            }
        }
        let acronym = all_caps(w)
            && w.chars().count() <= 6
            && !is_roman(w)
            && w.chars().all(|c| c.is_alphabetic() || c == '.' || c == '&')
            && !lexicon::is_vocabulary(w)
            && !lexicon::is_common_acronym(w);
        // "X's Nathan Law", "X's Shadow Home Secretary": an unlisted word whose possessive
        // introduces a person names the party or company the person belongs to.
        if !headline
            && !all_caps(w)
            && !lexicon::is_given_name(w)
            && !lexicon::is_surname(w)
            && !ordinary(w)
            && !cx.common(w)
            && possessive_before_person(cx, e, hi)
        {
            cx.push(s, e, Kind::Organization, "possessive+person", 0.6);
            return;
        }
        // Capitals glued to a version number ("IE6", "XP2"): a candidate that resolution keeps
        // only where its letters spell a name of the document ("Internet Explorer").
        let letters = w.trim_end_matches(|c: char| c.is_ascii_digit());
        if !headline
            && (2..=4).contains(&letters.len())
            && (1..=2).contains(&(w.len() - letters.len()))
            && letters.bytes().all(|b| b.is_ascii_uppercase())
        {
            cx.push(s, e, Kind::Organization, "acronym+version", 0.5);
            return;
        }
        // A word with a capital inside, after a syllable of its own ("JetBlue", "PayPal",
        // "SoftBank"): a company's coined name, at a sentence's start too.
        // (After "in", "at", "from": a place's spelling, "TriBeCa"; the rules below read it.)
        if !headline
            && camel_case(w)
            && !prev.is_some_and(is_place_prep)
            && !lexicon::is_surname(w)
            && !lexicon::is_given_name(w)
        {
            cx.push(s, e, Kind::Organization, "name-shape:camel-case", 0.55);
            return;
        }
        // "A Parramatta man", "a Blacktown woman": the town a person is from.
        if !headline
            && prev.is_some_and(|p| matches!(p, "a" | "an" | "A" | "An"))
            && next.is_some_and(|n| {
                matches!(
                    n,
                    "man"
                        | "woman"
                        | "boy"
                        | "girl"
                        | "teenager"
                        | "teen"
                        | "resident"
                        | "couple"
                        | "family"
                        | "pensioner"
                        | "grandmother"
                        | "grandfather"
                )
            })
            && !lexicon::is_given_name(w)
            && !ordinary(w)
            && !cx.common(w)
            && !all_caps(w)
        {
            cx.push(s, e, Kind::Place, "a+name+person-noun", 0.6);
            return;
        }
        // At a sentence's start only with a cue after it ("Gavi, the vaccine alliance, said").
        if at_start
            && !(speech_after || lexicon::is_given_name(w) || acronym || body_appositive(cx, e, hi))
        {
            return;
        }
        // A designation glued to a number ("STS-135", "F-16", "MH-17") names a mission, a model or
        // a flight, not the organization its letters may spell.
        let toks = &cx.doc.tokens;
        let glued = |k: usize| cx.glued(k, hi);
        if acronym
            && glued(e)
            && cx.w(e) == "-"
            && glued(e + 1)
            && toks[e + 1].kind(&cx.doc.text) == TokenKind::Number
        {
            return;
        }
        if acronym {
            // "(KSC)" right after its expansion takes the expansion's kind.
            let expansion = (s >= 2 && cx.w(s - 1) == "(")
                .then(|| {
                    let before = cx.doc.tokens[s - 2].end();
                    cx.out.iter().rposition(|c| c.span.end == before)
                })
                .flatten()
                .filter(|&k| initials(cx.doc.slice(cx.out[k].span)) == w.replace('.', ""));
            // A name guessed a person's from its shape alone is a body's when its initials are
            // bracketed after it ("Coordination Rurale (CR)"): people go by no acronym.
            if let Some(k) = expansion {
                let c = &mut cx.out[k];
                if c.kind == Kind::Person && c.rule.starts_with("name-shape") {
                    c.kind = Kind::Organization;
                    c.rule = "name+(acronym)";
                }
            }
            let expansion = expansion.map(|k| (cx.out[k].span, cx.out[k].kind));
            // A stock symbol after its exchange ("(NYSE: HVF)") names no organization.
            let ticker = s >= 2
                && cx.w(s - 1) == ":"
                && any_of(
                    cx.w(s - 2),
                    &["nyse", "nasdaq", "lse", "tsx", "asx", "amex", "otc"],
                );
            if let Some((_, kind)) = expansion {
                cx.push(s, e, kind, "acronym(expansion)", 0.8);
            } else if !headline && !ticker {
                cx.push(s, e, Kind::Organization, "acronym", 0.55);
            }
            return;
        }
        // "the Church", "the Administration", "the Crown": an institution named by its capitalized
        // head word alone (checked before `common`: "church" in lower case elsewhere says nothing).
        if !headline
            && prev.is_some_and(|p| p.eq_ignore_ascii_case("the"))
            && is_institution_word(w)
            && !next
                .is_some_and(|n| (is_connector(n) && n != "and") || matches!(n, "des" | "-" | "&"))
        {
            cx.push(s, e, Kind::Organization, "the+institution", 0.7);
            return;
        }
        if headline || cx.common(w) {
            return;
        }
        if title_before && person {
            cx.push(s, e, Kind::Person, "role+name", 0.8);
        } else if prev.is_some_and(|p| p.eq_ignore_ascii_case("the"))
            && next.is_some_and(|n| matches!(n, "administration" | "government" | "cabinet"))
            && lexicon::is_surname(w)
        {
            // "the Biden administration", "the Sunak government": its leader.
            cx.push(s, e, Kind::Person, "name+administration", 0.7);
        } else if body_appositive(cx, e, hi) && !lexicon::is_vocabulary(w) {
            // Not an ordinary word: "The Internet, the global network of computers".
            cx.push(s, e, Kind::Organization, "name+appositive", 0.6);
        } else if (speech_after || according)
            && (lexicon::is_given_name(w) || lexicon::is_surname(w))
        {
            cx.push(s, e, Kind::Person, "name+said", 0.6);
        } else if leader_of_before(cx, s, lo)
            && !lexicon::is_given_name(w)
            && !lexicon::is_vocabulary(w)
        {
            // "the founder of Quorvex", "the $2.3 billion purchase of Infinera".
            cx.push(s, e, Kind::Organization, "leader-of+name", 0.6);
        } else if prev.is_some_and(is_place_prep)
            && !lexicon::is_given_name(w)
            // A surname's possessive is a person's view or case ("in Smith's view"); after a
            // sentence's "In", any possessive, and an ordinary word is a phrase ("In Brief").
            && !(next == Some("'s") && (lexicon::is_surname(w) || opening_prep(prev)))
            && !(opening_prep(prev) && lexicon::is_vocabulary(w))
            // An ordinary word before a number is a numbered part of something, not a place
            // ("crashed in Turn 1", "in Game 7", "in Round 3").
            && !(lexicon::is_vocabulary(w)
                && e < hi
                && cx.doc.tokens[e].kind(&cx.doc.text) == TokenKind::Number)
        {
            cx.push(s, e, Kind::Place, "in+name", 0.5);
        } else if prev.is_some_and(|p| p == "and" || p == "or")
            && !speech_after
            && place_before_and(cx, s, lo)
            && !lexicon::is_given_name(w)
            && !lexicon::is_surname(w)
            && !lexicon::is_vocabulary(w)
        {
            // "in Cebu and Leyte": the second of two places after one preposition.
            cx.push(s, e, Kind::Place, "in+name:and", 0.45);
        } else if lexicon::is_given_name(w) && !at_start && !lexicon::is_vocabulary(w) {
            cx.push(s, e, Kind::Person, "given-name", 0.45);
        }
        return;
    }
    if headline && !title_before && !(lexicon::is_given_name(first) && person_like(&words)) {
        return;
    }
    if person {
        // A trailing ordinary word is no part of a person's name ("Ahmed Mohamed Image").
        let mut e = e;
        let mut n = n;
        while n > 2 && ordinary(words[n - 1]) && !is_roman(words[n - 1]) {
            n -= 1;
            e = wt[n - 1] + 1;
        }
        let words = &words[..n];
        let last = words[n - 1];
        let given = lexicon::is_given_name(first);
        // An initial inside the name ("John F. Kennedy"); a closing letter names a grade or
        // a variant, not a person ("Protected B", "Plan B").
        let initial = words[..n - 1]
            .iter()
            .any(|w| w.chars().count() == 1 || dotted_initials(w));
        let surname = lexicon::is_surname(last);
        // An ordinary word before a listed name is a phrase or title, not a person ("Easy
        // Rider", "People Power").
        // A capitalized particle is no ordinary word here ("Bin Laden", "Van Morrison").
        let ordinary_then_name = n == 2 && ordinary(first) && !is_connector(&first.lower());
        if title_before {
            cx.push(s, e, Kind::Person, "role+name", 0.85);
        } else if matches!(prev, Some("near" | "outside")) && !given && !initial && n <= 3 {
            // "a blaze near Castro Verde": what is near is a place, not a person.
            cx.push(s, e, Kind::Place, "near+name", 0.5);
        } else if prev.is_some_and(|p| any_of(p, &["said", "says", "added"]))
            && s > lo + 1
            && !ordinary(first)
            && next != Some("'s")
        {
            // An inverted attribution: "…," said Benedikt Ofeigsson (over a listed place; not
            // an owner: "said Florida International's Fernandez").
            cx.push(s, e, Kind::Person, "said+name", 0.85);
        } else if n == 2
            && prev.is_some_and(|p| is_place_prep(p) || p == "at")
            && lexicon::name_head(last).is_some_and(|h| h.kind == Kind::Place && h.last)
        {
            // A place's head after a preposition of place, over a given name before it ("a
            // unit in Harris Park", "the race at Albert Park").
            cx.push(s, e, Kind::Place, "in+name:head", 0.8);
        } else if (given || initial) && !(n == 2 && ordinary(last)) {
            cx.push(s, e, Kind::Person, "given-name+name", 0.8);
        } else if leader_of_before(cx, s, lo) {
            cx.push(s, e, Kind::Organization, "leader-of+name", 0.7);
        } else if surname && !ordinary_then_name {
            cx.push(s, e, Kind::Person, "name+surname", 0.7);
        } else if speech_after || according {
            cx.push(s, e, Kind::Person, "name+said", 0.65);
        } else if body_appositive(cx, e, hi) {
            cx.push(s, e, Kind::Organization, "name+appositive", 0.6);
        } else if n <= 3
            && !ordinary(last)
            && !ordinary_then_name
            // A given name that is also an ordinary word says nothing at the end of the name
            // ("Budweiser Man", "Iron Man"; not "Farouk Ben Mustapha").
            && words.iter().enumerate().any(|(i, w)| {
                lexicon::is_surname(w)
                    || (lexicon::is_given_name(w) && (i + 1 < n || !lexicon::is_vocabulary(w)))
            })
        {
            cx.push(s, e, Kind::Person, "name-shape", 0.45);
        } else if n <= 3
            // A closing letter names a model or variant ("Matrix-M"), never a person.
            && last.chars().count() > 1
            && words.iter().all(|w| {
                w.chars().count() == 1
                    || *w == "van"
                    || !(lexicon::is_vocabulary(w) || cx.common(w))
            })
        {
            // Unlisted words that are no ordinary English words: most often a foreign name,
            // but a town's after "in" ("a news conference in Puerto Varas"; not an owner's:
            // "in Nguyen Van Linh's speech").
            if prev.is_some_and(is_place_prep) && next != Some("'s") {
                cx.push(s, e, Kind::Place, "in+name:unlisted", 0.4);
            } else {
                cx.push(s, e, Kind::Person, "name-shape:unlisted", 0.4);
            }
        }
        return;
    }
    if body_appositive(cx, e, hi) {
        cx.push(s, e, Kind::Organization, "name+appositive", 0.6);
    } else if prev.is_some_and(|p| p.eq_ignore_ascii_case("the")) && followers(last) {
        // "the Young Socialists", "the Sweden Democrats": a party or movement.
        cx.push(s, e, Kind::Organization, "the+followers", 0.55);
    } else if prev.is_some_and(is_place_prep) {
        cx.push(s, e, Kind::Place, "in+name", 0.45);
    } else if speech_after || according {
        cx.push(s, e, Kind::Organization, "name+said", 0.5);
    }
}

/// Pushes the run `s..e` as one organization, or as two when "and" joins them ("team X and Y",
/// "rivals X and Y").
fn push_bodies(cx: &mut Ctx, s: usize, e: usize, rule: &'static str, confidence: f32) {
    let and = (s + 1..e).find(|&i| cx.w(i) == "and" && cx.is_word(i));
    let (a, b) = and.map_or((e, e), |i| (i, i + 1));
    cx.push(s, a, Kind::Organization, rule, confidence);
    if b < e {
        cx.push(b, e, Kind::Organization, rule, confidence);
    }
}

/// True when the run at `s` follows what says companies come next: "shares of", "shares in",
/// "a stake in", or a plural body noun and "such as" ("retailers such as Foot Locker",
/// "groups such as Hamas"); also as the second of two names after it ("shares of Adidas and
/// Puma": the first has up to three words).
fn after_company_cue(cx: &Ctx, s: usize, lo: usize) -> bool {
    let mut i = s;
    if i > lo && matches!(cx.w(i - 1), "and" | ",") {
        i -= 1;
        let first = i;
        while i > lo && first - i < 3 && cx.w(i - 1).starts_with(char::is_uppercase) {
            i -= 1;
        }
        if i == first {
            return false;
        }
    }
    if i < lo + 2 {
        return false;
    }
    let (a, b) = (cx.w(i - 2), cx.w(i - 1));
    // A plural body noun: "retailers", "companies".
    let bodies = |noun: &str| {
        noun.strip_suffix("ies").map_or_else(
            || noun.strip_suffix('s').is_some_and(is_body_word),
            |stem| with_lowercase(&format!("{stem}y"), |w| lexicon::cue_word(w, cue::BODY)),
        )
    };
    (matches!(b, "of" | "in") && matches!(a, "shares" | "Shares" | "stake"))
        || (b == "as" && a == "such" && i >= lo + 3 && bodies(cx.w(i - 3)))
        // "shipping companies including Maersk", "carriers, including Hapag-Lloyd".
        || (b == "including"
            && (bodies(a) || (a == "," && i >= lo + 3 && bodies(cx.w(i - 3)))))
}

/// Whether the word after a name ends what "told" governs: the sentence, a clause or a time
/// ("told Sky Sports.", "told Parliament on Monday", "told Congress that …").
fn told_ends(next: Option<&str>) -> bool {
    next.map_or(true, |w| {
        matches!(
            w,
            "." | "," | ";" | ":" | "that" | "on" | "in" | "last" | "this" | "\"" | "'"
        )
    })
}

/// The index of the first word of a person-like name after a listed place of one to three words
/// that starts `words` (the word tokens `wt` of a run): "United States | Jane Roe".
#[inline(never)]
fn holder_after_place(cx: &Ctx, wt: &[usize], words: &[&str]) -> Option<usize> {
    (1..=3.min(words.len() - 2)).rev().find(|&k| {
        let place = cx.doc.slice(cx.doc.tokens_span(wt[0], wt[k - 1]));
        gazetteer::lookup(place).is_some_and(|g| g.kind == Kind::Place)
            && person_like(&words[k..])
            && words[k..].iter().any(|w| {
                lexicon::is_given_name(w)
                    || lexicon::is_surname(w)
                    || !(lexicon::is_vocabulary(w) || cx.common(w))
            })
    })
}

/// True when the run's words are a listed place and a capitalized plural that is no head word
/// (nor the plural of one: "Embassies"), group ("Texas Democrats") or person's name ("Sydney
/// Adams"). A city that is also a given name counts ("Dallas"), a listed ordinary word or a
/// particle ("Van") does not.
#[inline(never)]
fn team_after_home(cx: &Ctx, wt: &[usize], words: &[&str]) -> bool {
    let n = words.len();
    let (first, last) = (words[0], words[n - 1]);
    let plural = last.len() > 3
        && last.ends_with('s')
        && !last.ends_with("ss")
        && !last.ends_with("ies")
        && last.bytes().all(|b| b.is_ascii_alphabetic())
        && lexicon::name_head(last).is_none()
        && lexicon::demonym(last).is_none()
        && !lexicon::is_surname(last)
        && !lexicon::is_given_name(last)
        && !is_connector(&first.lower());
    plural
        && gazetteer::lookup(cx.doc.slice(cx.doc.tokens_span(wt[0], wt[n - 2]))).is_some_and(|g| {
            g.kind == Kind::Place && (!g.common() || lexicon::is_given_name(g.surface))
        })
}

/// True when the run at token `s` follows a title and "to" or "for" ("Ambassador to (the)",
/// "Envoy for").
fn title_complement_before(cx: &Ctx, s: usize, lo: usize) -> bool {
    let mut k = s;
    if k > lo && cx.w(k - 1) == "the" {
        k -= 1;
    }
    k >= lo + 2 && matches!(cx.w(k - 1), "to" | "for") && lexicon::is_title(cx.w(k - 2)).is_some()
}

/// True when token `e` is a possessive "'s" glued to the word before it and followed by a
/// person's name: a listed given name and another name word ("X's Nathan Law"), or a capitalized
/// title within the next three words ("X's Shadow Home Secretary").
#[inline(never)]
fn possessive_before_person(cx: &Ctx, e: usize, hi: usize) -> bool {
    let toks = &cx.doc.tokens;
    let cap = |k: usize| k < hi && cx.caps[k - cx.lo];
    if e + 1 >= hi || cx.w(e) != "'s" || toks[e].start() != toks[e - 1].end() {
        return false;
    }
    let p = e + 1;
    let first = cx.w(p);
    if !cap(p) {
        return false;
    }
    if lexicon::is_given_name(first) && !ordinary(first) {
        return cap(p + 1) && !ordinary(cx.w(p + 1));
    }
    let mut words = [""; 4];
    let mut n = 0;
    while n < 4 && cap(p + n) {
        words[n] = cx.w(p + n);
        n += 1;
    }
    (0..n.min(3)).any(|k| {
        words[k].chars().next().is_some_and(char::is_uppercase)
            && lexicon::title_at(&words[k..n]).is_some()
    })
}

/// The class of the listed state, country or region (not an ordinary word) named after a comma at
/// token `e` and closed by punctuation or the sentence end: ", Ohio,", ", New Zealand."
#[inline(never)]
fn area_after(cx: &Ctx, e: usize, hi: usize) -> Option<&'static str> {
    if e + 1 >= hi || cx.w(e) != "," {
        return None;
    }
    let a = e + 1;
    let mut best = None;
    let mut k = a;
    while k < hi && k < a + 3 && cx.caps[k - cx.lo] {
        // The name, and with the full stop glued to it ("Minn.", "Fla.").
        let stop = usize::from(
            k + 1 < hi
                && cx.w(k + 1) == "."
                && cx.doc.tokens[k + 1].start() == cx.doc.tokens[k].end(),
        );
        for last in k..=k + stop {
            let name = cx.doc.slice(cx.doc.tokens_span(a, last));
            if let Some(g) = gazetteer::lookup(name).filter(|g| {
                g.kind == Kind::Place
                    && matches!(g.class, "state" | "country" | "region")
                    && !g.common()
            }) {
                best = Some((last + 1, g.class));
            }
        }
        k += 1;
    }
    let (end, class) = best?;
    let closed = end >= hi
        || matches!(
            cx.w(end),
            "," | "." | ";" | "(" | ")" | ":" | "-" | "–" | "—"
        );
    closed.then_some(class)
}

/// The number of words of a listed country that starts a run, when the rest is a name of its own
/// that names the nation already: at least two words, the first "National", "Federal", "Home" or
/// "Royal", one an organization head word ("National Park Service", "Home Office").
#[inline(never)]
fn country_then_name(cx: &Ctx, wt: &[usize], words: &[&str]) -> Option<usize> {
    let n = words.len();
    for k in 1..=n.saturating_sub(2).min(2) {
        let rest = &words[k..];
        let national = matches!(rest[0], "National" | "Federal" | "Home" | "Royal");
        if !national {
            continue;
        }
        let headed = rest
            .iter()
            .any(|w| lexicon::name_head(w).is_some_and(|h| h.kind == Kind::Organization));
        let prefix = cx.doc.slice(cx.doc.tokens_span(wt[0], wt[k - 1]));
        let country = gazetteer::is_country(prefix);
        if headed && country {
            return Some(k);
        }
    }
    None
}

/// Where a person's name starts after a listed organization's name that opens the run `words`
/// ("NASA Bill Ingalls"): two or three words, the first a given name that is no ordinary word.
#[inline(never)]
fn body_then_person(cx: &Ctx, wt: &[usize], words: &[&str]) -> Option<usize> {
    let n = words.len();
    (1..=n.saturating_sub(2).min(3)).find(|&k| {
        let rest = &words[k..];
        rest.len() <= 3
            && lexicon::is_given_name(rest[0])
            && !ordinary(rest[0])
            && person_like(rest)
            && gazetteer::lookup(cx.doc.slice(cx.doc.tokens_span(wt[0], wt[k - 1])))
                .is_some_and(|g| g.kind == Kind::Organization)
    })
}

/// Head words that, capitalized after "the" and alone, name one institution: "the Church", "the
/// Administration", "the Crown", "the Senate" (a writer capitalizes them for that reason).
fn is_institution_word(w: &str) -> bool {
    matches!(
        w,
        "Administration"
            | "Church"
            | "Court"
            | "Council"
            | "Commission"
            | "Committee"
            | "Senate"
            | "Congress"
            | "Parliament"
            | "Assembly"
            | "Cabinet"
            | "Government"
            | "Ministry"
            | "Department"
            | "Agency"
            | "Bureau"
            | "Board"
            | "Authority"
            | "Party"
            | "Army"
            | "Navy"
            | "Police"
            | "Crown"
            | "Tribunal"
            | "Secretariat"
            | "Junta"
            | "Federation"
            | "Foundation"
            | "Institute"
            | "University"
            | "Academy"
            | "League"
            | "Alliance"
            | "Coalition"
    )
}

/// Lower-case nouns of craft that introduce a ship's or spacecraft's name ("the cruise ship
/// Freewinds", "the space shuttle Atlantis").
fn is_craft_word(w: &str) -> bool {
    lexicon::cue_word(w, cue::CRAFT)
}

/// Lower-case kinds of spacecraft that follow a craft's name ("the Perseverance rover").
fn is_spacecraft_word(w: &str) -> bool {
    lexicon::cue_word(w, cue::SPACECRAFT)
}

/// Number of words of a ship's or spacecraft's prefix at the start of `words` ("Space Shuttle",
/// "HMS", "USS"), 0 when there is none.
fn craft_prefix(words: &[&str]) -> usize {
    match words {
        ["Space", "Shuttle", ..] => 2,
        ["HMS" | "USS" | "HMC" | "HMCS" | "HMAS" | "HMNZS" | "RMS" | "USNS" | "MV", ..] => 1,
        _ => 0,
    }
}

/// A named craft, a product: a prefix then its name ("Space Shuttle Atlantis", "HMS Victory"), a
/// name right after a lower-case craft noun ("the cruise ship Freewinds", "the space shuttle
/// Atlantis", "a cruise ship, Freewinds."), or a spacecraft's name right before its kind ("NASA's
/// Europa Clipper spacecraft", "the Perseverance rover"; not a person's name: "the Webb
/// telescope"). The name has no head word ("Space Shuttle Program" is none) and is not a listed
/// place or person. True when it was pushed.
fn vehicle(cx: &mut Ctx, s: usize, wt: &[usize], words: &[&str], (lo, hi): (usize, usize)) -> bool {
    let p = craft_prefix(words);
    let cue = p == 0
        && s > lo
        && (is_craft_word(cx.w(s - 1))
            || (s > lo + 1 && cx.w(s - 1) == "," && is_craft_word(cx.w(s - 2))));
    let end = wt[wt.len() - 1] + 1;
    let kind_after = p == 0
        && !cue
        && end < hi
        && is_spacecraft_word(cx.w(end))
        && !words
            .iter()
            .any(|w| lexicon::is_given_name(w) || lexicon::is_surname(w));
    if p == 0 && !cue && !kind_after {
        return false;
    }
    let name = &words[p..];
    let plain = !name.is_empty()
        && name.len() <= 3
        && name.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && lexicon::name_head(w).is_none()
                && !lexicon::is_non_name_word(w)
        })
        && (p > 0 || gazetteer::lookup(name[0]).map_or(true, |g| g.kind == Kind::Product));
    if !plain {
        return false;
    }
    cx.push(s, end, Kind::Product, "craft", 0.8);
    true
}

/// The rules of [`run`] that split a run in two: a title inside it ("Russian President Vladimir
/// Putin": left part | title | person), or an organization or place head then a given name.
/// True when one applied (the parts were pushed).
#[inline(never)]
fn split_run(
    cx: &mut Ctx,
    (s, e): (usize, usize),
    wt: &[usize],
    words: &[&str],
    at_start: bool,
    headline: bool,
    (lo, hi): (usize, usize),
) -> bool {
    // Title inside the run: left part | title | person.
    let mut seen_title = false;
    for k in 0..words.len() {
        // A plural title opening the run titles the first of the names after it ("as did
        // Justices Melissa Hart and William Hood").
        let plural = || {
            (k == 0 && words.len() > 1).then(|| lexicon::plural_title(words[0]).map(|t| (1, t)))?
        };
        if let Some((m, _t)) = lexicon::title_at(&words[k..]).or_else(plural) {
            // A title that is also a given name, before a lone surname: the person's whole name
            // ("founded by Dean Kamen"), left to the rules after this one.
            if k == 0 && m == 1 && lexicon::given_name_title(words[0], words.len()) {
                continue;
            }
            // Not where no name follows its dot ("Hun Sen"; "Sen. Warren" is a title).
            if m == 1 && closing_abbreviation(words, k) && (e + 1 >= hi || cx.w(e) != ".") {
                continue;
            }
            if m == 1 && k > 0 && lexicon::surname_title(words[k - 1], words[k]) {
                continue;
            }
            let first_title = !seen_title;
            seen_title = true;
            // The name starts after the title, or after its "of X" complement ("Minister of
            // Education Jane Roe", "Governor of Washington Chris Gregoire").
            let mut p = k + m;
            // A title's possessive names no one ("the King's Speech", "Queen's University").
            if p < words.len() && matches!(cx.w(wt[p - 1] + 1), "'s" | "'") {
                continue;
            }
            if p < words.len() && matches!(words[p], "of" | "for") {
                let Some(q) = name_after_complement(words, p) else {
                    continue;
                };
                // A complement with a head word is a name of its own ("the Refugee Council").
                if q > p + 1
                    && words[p + 1..q]
                        .iter()
                        .any(|w| lexicon::name_head(w).is_some())
                {
                    run(cx, wt[p + 1], wt[q - 1] + 1, false, headline, lo, hi);
                }
                p = q;
            }
            let rest = &words[p..];
            // The run's only title, closing it, names no one: the name before it stands alone
            // ("the Los Angeles Sheriff's office", "the New York Attorney General"); not after
            // another title ("Prince Bandar bin Sultan"), nor with an "and" in or just before the
            // name ("Health and Human Services Secretary"), nor "Justice" closing an "of" or
            // "for" complement, where it is the field ("Court of Criminal Justice", "Center for
            // Social Justice").
            let field =
                words[k] == "Justice" && words[..k].iter().any(|w| matches!(*w, "of" | "for"));
            if rest.is_empty()
                && k > 0
                && p == words.len()
                && first_title
                && !field
                && !words[..k].iter().any(|w| matches!(*w, "and" | "&"))
                && !(s > lo && matches!(cx.w(s - 1), "and" | "&"))
            {
                run(cx, s, wt[k - 1] + 1, at_start, headline, lo, hi);
                return true;
            }
            if !rest.is_empty() && person_like(rest) {
                let ps = wt[p];
                if k > 0 {
                    // Left part: strip title modifiers from its end ("Russian presidential").
                    let mut le = k;
                    while le > 0
                        && lexicon::is_title_modifier(words[le - 1])
                        && gazetteer::lookup(words[le - 1]).is_none()
                    {
                        le -= 1;
                    }
                    if le > 0 {
                        run(cx, s, wt[le - 1] + 1, at_start, headline, lo, hi);
                    }
                }
                cx.push(ps, e, Kind::Person, "title+name", 0.9);
                return true;
            }
        }
    }
    // An organization or place head, then a given name: two names ("Refugee Council Jane Roe").
    // A leading unlisted word before a given name ("Nonpartisan Paul Tse"): the person only.
    for h in 0..words.len().saturating_sub(1) {
        let next = words[h + 1];
        // A given name and an ordinary plural are a phrase ("State Art Collections").
        let phrase = words.len() - h == 3
            && ordinary(words[h + 2])
            && words[h + 2]
                .strip_suffix('s')
                .is_some_and(|one| lexicon::is_vocabulary(&one.lower()));
        // "St" opening the run is a saint's, not a street's ("St James' Park").
        let saint = h == 0 && matches!(words[0], "St" | "Ste" | "Saint");
        if !(lexicon::is_given_name(next) && !ordinary(next) && person_like(&words[h + 1..]))
            || phrase
            || saint
        {
            continue;
        }
        // A head that only opens names takes the person it is named after ("Estadio Santiago
        // Bernabéu", "Académie Charles Cros").
        let opener = h == 0 && lexicon::name_head(words[0]).is_some_and(|d| d.first && !d.last);
        let head = words[..=h].iter().any(|w| lexicon::name_head(w).is_some())
            && !opener
            && !is_connector(words[h])
            && words.len() - h > 2
            && gazetteer::lookup(&format!("{} {}", words[h], next)).is_none();
        // A name before an age is a person's whole name ("Kieran Matthew Doyle, 34,").
        let aged = e + 1 < hi
            && cx.w(e) == ","
            && cx.doc.tokens[e + 1].kind(&cx.doc.text) == TokenKind::Number;
        // Only where capitals say little (a sentence start, but before an age) or the word is
        // ordinary: mid-sentence, an unlisted capitalized word before a given name is most often
        // a first name too ("Farouk Ben Mustapha").
        let stray = h == 0
            && words.len() >= 3
            && ((at_start && !aged)
                || ordinary(words[0])
                || cx.common(words[0])
                || word_suffix(words[0]))
            && !lexicon::is_given_name(words[0])
            && !lexicon::is_surname(words[0])
            && gazetteer::lookup(words[0]).is_none()
            && !all_caps(words[0]);
        if head || stray {
            if head {
                run(cx, s, wt[h] + 1, at_start, headline, lo, hi);
            }
            cx.push(wt[h + 1], e, Kind::Person, "given-name+name", 0.75);
            return true;
        }
    }
    false
}

/// Where the name starts after a title's "of"/"for" complement at `p` ("Minister of Education
/// Jane Roe", "head of the Refugee Council Jane Roe"): after the complement's last head word, else
/// at the first given name, else after a one-word complement before two name words. The name
/// must look like a person's.
fn name_after_complement(words: &[&str], p: usize) -> Option<usize> {
    let n = words.len();
    let plain_name = |q: usize| {
        n - q >= 2
            && person_like(&words[q..])
            && !words[q..].iter().any(|w| ordinary(w) || is_connector(w))
    };
    let head = (p + 1..n)
        .rev()
        .find(|&i| lexicon::name_head(words[i]).is_some());
    if let Some(h) = head.filter(|&h| h + 1 < n && plain_name(h + 1)) {
        return Some(h + 1);
    }
    let given = (p + 1..n).find(|&q| {
        lexicon::is_given_name(words[q]) && !ordinary(words[q]) && person_like(&words[q..])
    });
    if given.is_some() {
        return given;
    }
    let q = p + 2;
    (n == q + 2 && words[p + 1] != "the" && plain_name(q)).then_some(q)
}

/// True when the one "and" of a run joins two parts of a single name ("Department of Health and
/// Human Services", "Health and Safety Executive"): the words just before it and those after it
/// are no listed name, no person and no name of their own ("the X", "University of Y").
fn and_inside_name(words: &[&str]) -> bool {
    let Some(a) = words.iter().position(|w| *w == "and") else {
        return false;
    };
    if a == 0 || words[a + 1..].contains(&"and") {
        return false;
    }
    let mut start = words[..a]
        .iter()
        .rposition(|w| is_head_connector(w))
        .map_or(0, |c| c + 1);
    // A listed country or state before the name is no part of the pair ("U.S. Fish and
    // Wildlife Service", "United States Space and Rocket Center").
    if let Some(k) = (1..=2).rev().find(|&k| {
        a > start + k
            && gazetteer::lookup(&words[start..start + k].join(" "))
                .is_some_and(|g| g.kind == Kind::Place)
    }) {
        start += k;
    }
    // Nor a nationality ("Scottish Fire and Rescue Service", "Irish Food and Drink Federation").
    if a > start + 1 && lexicon::demonym(words[start]).is_some() {
        start += 1;
    }
    let (left, right) = (&words[start..a], &words[a + 1..]);
    let listed = |part: &[&str]| gazetteer::lookup(&part.join(" ")).is_some();
    // Ordinary English words on both sides ("Securities and Exchange Commission").
    // A rarer field's name counts too ("Forestry", "Aeronautics", "Reclamation", "Geology").
    let field = |w: &str| {
        w.len() > 6
            && [
                "try", "ion", "ment", "ics", "ture", "ness", "ity", "ance", "ence", "ogy",
            ]
            .iter()
            .any(|x| w.ends_with(x))
    };
    // A plural of an ordinary word counts too ("Road Transport and Highways").
    let vocabulary = |w: &str| {
        lexicon::is_vocabulary(w)
            || w.strip_suffix('s')
                .is_some_and(|s| s.len() > 3 && lexicon::is_vocabulary(s))
    };
    let plain = |w: &&str| {
        (vocabulary(w) || field(w))
            && !lexicon::is_given_name(w)
            && !all_caps(w)
            && gazetteer::lookup(w).is_none()
    };
    let right_plain = match right.split_last() {
        Some((last, rest)) if rest.is_empty() && plain(last) => true,
        // "Forestry and Fire Protection": ordinary words, or ending with a head word.
        Some((last, rest)) => {
            right.len() <= 3
                && rest.iter().all(plain)
                && (plain(last) || lexicon::name_head(last).is_some_and(|h| h.last))
        }
        None => false,
    };
    !left.is_empty() && left.iter().all(plain) && right_plain && !listed(left) && !listed(right)
}

/// Initials of the capitalized words of a name ("Kennedy Space Center" → "KSC").
fn initials(name: &str) -> String {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

/// A romanized syllable of a hyphenated given name ("Wai-ching", "Che-cheung"): up to five
/// letters, or six ending in "ng" (not "Prize-winner", "Kremlin-backed").
fn is_syllable(w: &str) -> bool {
    let n = w.chars().count();
    n <= 5 || (n == 6 && w.ends_with("ng"))
}

/// A capitalized word with an English adjective or agent-noun ending ("Scientologist",
/// "Libertarian", "Acclaimed"): not a first name.
fn word_suffix(w: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ist", "ists", "ian", "ic", "ive", "ous", "ed", "ing", "ary", "ism", "ite",
    ];
    w.chars().count() > 5 && ENDINGS.iter().any(|e| w.ends_with(e))
}

/// Whether a listed country and its possessive stand right before token `s` ("Japan's").
fn country_possessive_before(cx: &Ctx, s: usize, lo: usize) -> bool {
    s >= lo + 2
        && matches!(cx.w(s - 1), "'s" | "’s")
        && gazetteer::lookup(cx.w(s - 2)).is_some_and(|g| g.class == "country")
}

/// Whether a kin noun stands before token `s`, with a comma between or not ("his wife, Helen",
/// "daughter Mary"), or before a name and "and" ("sons Thomas and Paul").
fn kin_before(cx: &Ctx, s: usize, lo: usize) -> bool {
    let kin = |k: usize| {
        any_of(
            cx.w(k),
            &[
                "wife",
                "husband",
                "son",
                "sons",
                "daughter",
                "daughters",
                "brother",
                "brothers",
                "sister",
                "sisters",
                "mother",
                "father",
                "widow",
                "widower",
                "partner",
                "children",
                "grandson",
                "granddaughter",
                "fiancée",
                "fiancee",
                "fiancé",
            ],
        )
    };
    let at = |k: usize| k >= lo && (kin(k) || (cx.w(k) == "," && k > lo && kin(k - 1)));
    s > lo
        && (at(s - 1)
            || (s >= lo + 3
                && cx.w(s - 1) == "and"
                && lexicon::is_given_name(cx.w(s - 2))
                && at(s - 3)))
}

/// Whether an event's name is a treaty's: a convention "on" or "against" something ("the
/// Convention on the Law of the Sea", "the Convention against Torture"), or named after a listed
/// place or what it bans or protects ("the Geneva Convention", "the Chemical Weapons
/// Convention"); not a party's gathering ("the Democratic National Convention").
fn treaty(name: &str) -> bool {
    let words: Vec<&str> = name.split(' ').collect();
    let Some(k) = words.iter().position(|w| *w == "Convention") else {
        return false;
    };
    let after = words.get(k + 1).copied();
    let before = k.checked_sub(1).map(|j| words[j]);
    matches!(after, Some("on" | "against" | "relating"))
        || before.is_some_and(|b| {
            matches!(
                b,
                "Weapons" | "Rights" | "Refugee" | "Framework" | "Heritage"
            ) || gazetteer::lookup(b).is_some_and(|g| g.kind == Kind::Place)
        })
}

/// An ordinary English word that is not also a listed name ("Image", "Passion").
fn ordinary(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
        && lexicon::is_vocabulary(w)
        && !lexicon::is_surname(w)
        && !lexicon::is_given_name(w)
}

fn head_rule(k: Kind) -> &'static str {
    match k {
        Kind::Organization => "head:org",
        Kind::Place => "head:place",
        Kind::Event => "head:event",
        Kind::Law => "head:law",
        Kind::Other => "head:other",
        _ => "head",
    }
}

/// The word before token `s` in the sentence (skipping nothing), lower-cased comparisons are up
/// to the caller.
/// True when the word two tokens before `s` (before "and") ends a place: the last candidate
/// found ("in Cebu and …", rule `in+name`) or a listed place after a preposition of place ("in
/// Paris and …").
fn place_before_and(cx: &Ctx, s: usize, lo: usize) -> bool {
    if s < lo + 2 {
        return false;
    }
    let end = cx.doc.tokens[s - 2].end();
    cx.out
        .last()
        .is_some_and(|c| c.span.end == end && c.kind == Kind::Place)
        || (s >= lo + 3
            && is_place_prep(cx.w(s - 3))
            && gazetteer::lookup(cx.w(s - 2)).is_some_and(|g| g.kind == Kind::Place))
}

/// Whether "<head, owner, unit…> of" stands before token `s` ("a former head of Rockwell
/// Collins"): what follows names a body, not a person (left to the rules after the person ones).
/// The end (token index, exclusive) of an event noun right after a name ending at token `e`:
/// "fire", or a hyphened one as "by-election" (`cue_words.tsv`, class `event`).
fn event_noun_end(cx: &Ctx, e: usize, hi: usize) -> Option<usize> {
    if e >= hi || !cx.w(e).starts_with(|c: char| c.is_ascii_lowercase()) {
        return None;
    }
    if e + 2 < hi && cx.w(e + 1) == "-" && cx.glued(e + 1, hi) && cx.glued(e + 2, hi) {
        let end = cx.doc.tokens[e + 2].end();
        let compound = &cx.doc.text[cx.doc.tokens[e].start()..end];
        return lexicon::cue_word(compound, cue::EVENT).then_some(e + 3);
    }
    lexicon::cue_word(cx.w(e), cue::EVENT).then_some(e + 1)
}

/// Four digits: a year ("the 1969 film Easy Rider").
fn is_year(w: &str) -> bool {
    w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())
}

fn leader_of_before(cx: &Ctx, s: usize, lo: usize) -> bool {
    s >= lo + 2 && cx.w(s - 1) == "of" && lexicon::cue_word(cx.w(s - 2), cue::LEADER)
}

fn prev_word<'d>(cx: &Ctx<'d>, s: usize, lo: usize) -> Option<&'d str> {
    (s > lo).then(|| cx.w(s - 1))
}

/// True when `words` look like a person's name: 1–4 capitalized words (and up to two particles
/// between them: "Luiz Inacio Lula da Silva"; "of" and "the" are none), none a head word, a
/// listed place or organization, a demonym, a title or a function word.
pub fn person_like(words: &[&str]) -> bool {
    let connectors = words
        .iter()
        .filter(|w| is_connector(w) && !matches!(**w, "of" | "the"))
        .count()
        .min(2);
    if words.is_empty() || words.len() > 4 + connectors {
        return false;
    }
    // No person's name starts with a connector, nor joins two names with "and"; nor with "New"
    // (a town's: "near New Hope", "New Ulm").
    if is_connector(words[0]) || words.contains(&"and") || (words[0] == "New" && words.len() > 1) {
        return false;
    }
    // Nor ends with a plural of followers ("the Young Socialists", "Free Democrats").
    if followers(words[words.len() - 1]) {
        return false;
    }
    let mut name_words = 0;
    for (i, w) in words.iter().enumerate() {
        // A regnal number closes a name ("Charles III", "Abdullah II").
        if is_connector(w)
            || *w == "-"
            || *w == "."
            || (i > 0 && i + 1 == words.len() && is_roman(w))
        {
            continue;
        }
        let alpha = w
            .chars()
            .all(|c| c.is_alphabetic() || c == '\'' || c == '’' || c == '-' || c == '.');
        // A lower-case syllable inside a run comes after a hyphen ("Kwai-fun").
        let syllable = i > 0 && is_syllable(w) && w.chars().all(char::is_lowercase);
        if syllable {
            continue;
        }
        if !alpha || !w.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
        // The initial "A" inside a name is a letter ("Leonard A. Lauder").
        let initial = *w == "A" && i > 0 && i + 1 < words.len();
        // A title that is also a given name opens a two-word name ("Dean Kamen").
        let given_title = i == 0 && lexicon::given_name_title(w, words.len());
        // Initials open a name ("J.D. Vance"), never close one.
        let initials = dotted_initials(w) && i + 1 < words.len();
        if (all_caps(w) && !initials)
            || (lexicon::is_non_name_word(w) && !initial)
            || (lexicon::is_title(w).is_some()
                && !given_title
                && !closing_abbreviation(words, i)
                && (i == 0 || !lexicon::surname_title(words[i - 1], w)))
        {
            return false;
        }
        if lexicon::name_head(w).is_some() && !(lexicon::is_surname(w) || lexicon::is_given_name(w))
        {
            return false;
        }
        if let Some(d) = lexicon::demonym(w) {
            // A nationality that is also a given name, before an unlisted name: "Christian
            // Lindner", "Dane Whitman" (not "Christian Democrats", "German Shepherd").
            let given = i == 0
                && words.len() == 2
                && lexicon::is_given_name(w)
                && !lexicon::is_vocabulary(words[1])
                && lexicon::demonym(words[1]).is_none()
                && gazetteer::lookup(words[1]).is_none();
            if (d.form != DemonymForm::Person || i == 0) && !given {
                return false;
            }
        }
        if let Some(g) = gazetteer::lookup(w) {
            // A city's name as a surname after a listed given name ("Maria Salem").
            let city_surname = i > 0
                && i + 1 == words.len()
                && g.class == "city"
                && lexicon::is_given_name(words[0])
                && !ordinary(words[0])
                && gazetteer::lookup(words[0]).is_none();
            // A minor place's name as a given name before an unlisted, unknown word ("Amara
            // Chisale").
            let place_given = i == 0
                && words.len() == 2
                && matches!(g.class, "region" | "city")
                && !lexicon::is_vocabulary(words[1])
                && gazetteer::lookup(words[1]).is_none()
                && !lexicon::is_given_name(words[1]);
            if g.kind != Kind::Person
                && g.alternatives.is_empty()
                && !lexicon::is_given_name(w)
                && !lexicon::is_surname(w)
                && !city_surname
                && !place_given
            {
                return false;
            }
        }
        name_words += 1;
    }
    name_words >= 1
}

/// Rules whose cue is a lower-case word: "the Kursk region", "Russian ministry of defence",
/// "the town of X", "X, the largest town in Y".
#[inline(never)] // one call site: kept out of line (see absolute::find)
fn lowercase_rules(cx: &mut Ctx, lo: usize, hi: usize) {
    // Name words of the sentence, as `sentence` found them.
    let caps = std::mem::take(&mut cx.caps);
    let cap = |i: usize| i >= lo && i < hi && caps[i - lo];
    let mut i = lo;
    while i < hi {
        let w = cx.w(i);
        // "the town of X", "the seaside town of X": X is a place; after a plural ("the suburbs
        // of X and Y") so are the names joined to it.
        let plural = w
            .strip_suffix("ies")
            .is_some_and(|stem| matches!(stem, "cit" | "count"))
            || w.strip_suffix('s').is_some_and(is_settlement_word);
        if (plural || is_settlement_word(w))
            && i + 2 < hi
            && i > lo
            && cx.w(i + 1) == "of"
            && (cx.w(i - 1).eq_ignore_ascii_case("the")
                || i > lo + 1
                    && cx.w(i - 2).eq_ignore_ascii_case("the")
                    && cx
                        .w(i - 1)
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b == b'-'))
            && cap(i + 2)
        {
            let mut s = i + 2;
            loop {
                let mut e = s + 1;
                while cap(e) {
                    e += 1;
                }
                // Glued by hyphens, with lower-case particles: "Mazar-i-Sharif",
                // "Pennes-Mirabeau".
                let glued = |k: usize| cx.glued(k, hi);
                let mut k = e;
                while glued(k) && cx.w(k) == "-" && glued(k + 1) && cx.is_word(k + 1) {
                    if cap(k + 1) {
                        e = k + 2;
                    } else if cx.w(k + 1).len() > 4 {
                        break;
                    }
                    k += 2;
                }
                if !lexicon::is_non_name_word(cx.w(s)) {
                    cx.push(s, e, Kind::Place, "the-town-of+name", 0.85);
                }
                if !(plural && e + 1 < hi && matches!(cx.w(e), "and" | ",") && cap(e + 1)) {
                    break;
                }
                s = e + 1;
            }
        }
        if cap(i) && !(i > lo && cap(i - 1)) {
            // Start of a capitalized run: out of line, most words start none (small hot loops:
            // see `pipeline`).
            i = capitalized_run(cx, &caps, lo, hi, i);
            continue;
        }
        i += 1;
    }
    cx.caps = caps;
}

/// The rules of [`lowercase_rules`] for the capitalized run that starts at word `i` (after any
/// function words); returns where the run ends.
#[inline(never)]
fn capitalized_run(cx: &mut Ctx, caps: &[bool], lo: usize, hi: usize, mut i: usize) -> usize {
    let doc = cx.doc;
    let cap = |i: usize| i >= lo && i < hi && caps[i - lo];
    // Start of a capitalized run (after any function words): find its end.
    while cap(i + 1) && lexicon::is_non_name_word(cx.w(i)) {
        i += 1;
    }
    let mut e = i + 1;
    while cap(e) {
        e += 1;
    }
    let run_text = doc.tokens_span(i, e - 1);
    let name = doc.slice(run_text);
    let first_is_function = lexicon::is_non_name_word(cx.w(i));
    let demonym = lexicon::demonym(name).filter(|d| d.form == DemonymForm::Adj);
    let place = gazetteer::lookup(name).filter(|g| g.kind == Kind::Place);
    // "the Kursk region" (not "a pro-Beijing district councillor")
    if e < hi
        && is_region_word(cx.w(e))
        && demonym.is_none()
        && !first_is_function
        && !after_attitude_prefix(cx, i, lo)
        // Not a job's qualifier: "a Minnesota state senator", "the Manhattan district attorney"
        // (but "Loudon county officials" are the county's).
        && !(e + 1 < hi
            && matches!(cx.w(e), "state" | "district" | "county")
            && lexicon::is_title(cx.w(e + 1)).is_some()
            && !cx.w(e + 1).ends_with('s'))
    {
        cx.push(i, e + 1, Kind::Place, "name+region", 0.9);
    }
    // "Russian ministry of defence", "the Russian defence ministry"
    if demonym.is_some() || place.is_some() {
        let mut k = e;
        if k + 1 < hi
            && !is_ministry_word(cx.w(k))
            && cx.w(k + 1) == "ministry"
            && cx.w(k).chars().all(char::is_lowercase)
            && cx.w(k).len() > 3
        {
            cx.push(i, k + 2, Kind::Organization, "demonym+ministry", 0.8);
            k = hi;
        }
        if k < hi && is_ministry_word(cx.w(k)) && k + 2 < hi && cx.w(k + 1) == "of" {
            let mut m = k + 3;
            if m + 1 < hi && cx.w(m) == "and" && cx.is_word(m + 1) {
                m += 2;
            } else if m < hi && cx.w(m) == "affairs" {
                m += 1;
            }
            if cx.is_word(k + 2) {
                cx.push(i, m, Kind::Organization, "demonym+ministry", 0.85);
            }
        }
    }
    // "X, the largest town in Y"
    if e + 3 < hi && cx.w(e) == "," && cx.w(e + 1) == "the" && !first_is_function {
        let mut k = e + 2;
        let mut adjs = 0;
        while k < hi
            && adjs < 3
            && !is_settlement_word(cx.w(k))
            && cx.w(k).chars().all(|c| c.is_lowercase() || c == '-')
        {
            k += 1;
            adjs += 1;
        }
        if k + 1 < hi && is_settlement_word(cx.w(k)) && matches!(cx.w(k + 1), "in" | "of") {
            cx.push(i, e, Kind::Place, "name+the-largest-town", 0.85);
        }
    }
    e
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, Kind, &'static str)> {
        let doc = Doc::new(text);
        find(&doc)
            .into_iter()
            .map(|c| (doc.slice(c.span).to_string(), c.kind, c.rule))
            .collect()
    }

    fn has(text: &str, name: &str, kind: Kind) -> bool {
        found(text).iter().any(|(n, k, _)| n == name && *k == kind)
    }

    #[test]
    fn titles_and_names() {
        assert!(has(
            "Russian President Vladimir Putin visited.",
            "Vladimir Putin",
            Kind::Person
        ));
        assert!(has(
            "Kremlin spokesman Dmitry Peskov said so.",
            "Dmitry Peskov",
            Kind::Person
        ));
        assert!(has(
            "He spoke to US National Security Advisor Mike Waltz by phone.",
            "Mike Waltz",
            Kind::Person
        ));
        assert!(has(
            "Donald Trump's envoy, Steve Witkoff, would come.",
            "Steve Witkoff",
            Kind::Person
        ));
        assert!(!found("Meanwhile, talks went on.")
            .iter()
            .any(|(n, _, _)| n == "Meanwhile"));
    }

    #[test]
    fn heads_and_cues() {
        assert!(has(
            "a photo (Photo/NYT News Service)",
            "NYT News Service",
            Kind::Organization
        ));
        assert!(has(
            "the largest attack since the Great Zorvian War II.",
            "Great Zorvian War II",
            Kind::Event
        ));
        assert!(has(
            "The Russian ministry of defence announced it.",
            "Russian ministry of defence",
            Kind::Organization
        ));
        assert!(has(
            "troops in the Kursk region, in Russia",
            "Kursk region",
            Kind::Place
        ));
        assert!(has(
            "control of Zorvia, the largest town in the area",
            "Zorvia",
            Kind::Place
        ));
        assert!(has(
            "they reached the town of Zorvia on foot",
            "Zorvia",
            Kind::Place
        ));
        assert!(has(
            "She studied at the University of Texas at Arlington.",
            "University of Texas at Arlington",
            Kind::Organization
        ));
    }
}
