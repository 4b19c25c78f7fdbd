//! Entity resolution: mentions merged into entities with one canonical name, aliases, roles and
//! salience.
//!
//! Steps, in order:
//! 1. **Clean spans**: a possessive stays outside the mention ("Putin's" → "Putin"); an honorific
//!    or title a finder left at the front of a person's span is cut off ("President Donald
//!    Trump" → "Donald Trump"; the title is then found as a role).
//! 2. **Add mentions** resolution can prove: an acronym defined in brackets ("the National
//!    Security Council (NSC)") and its later uses ([`super::acronyms`]); a lone surname of a person
//!    named in full elsewhere (`alias:surname`, [`super::people`]), and an organization's or a
//!    storm's short name ("Nordwind" after "Nordwind Energy", "Ilsa" after "Hurricane Ilsa",
//!    `alias:short-name`), which takes the full name's key and kind where a finder already
//!    proposed that word.
//! 3. **Merge** (union-find), each rule in its own function below:
//!    same key (the gazetteer's canonical name, else the surface without "the", case and
//!    initialism dots) → `same-name`; a person's surname, first name or shorter form → the full
//!    name nearest before it, else after it (`person-part`, [`super::people`]); a bare place and its
//!    "X region/province/oblast" form (`place-suffix`); acronyms and their expansions
//!    (`acronym`); a nationality and its plural or the other forms linked to the same country
//!    (`group-link`).
//! 4. **Name** each entity: the gazetteer's canonical name if one was given, else the longest full
//!    form seen (not an acronym); the other forms become aliases.
//! 5. **Roles** from [`super::roles`], **salience** from mention count, first position and the
//!    headline.
//!
//! Every step is indexed (hash maps, sorted spans): the cost grows with the number of mentions,
//! not its square, so a 16 MB input stays workable.
//!
//! Spans stay normalized byte offsets (the pipeline maps them back); `Mention::text` is left
//! empty for the pipeline to fill.

use super::acronyms;
use super::lexicon;
use super::people;
use super::roles;
use super::Candidate;
use crate::model::{Entity, Kind, Mention, Role};
use crate::span::Span;
use crate::text::hash::Lower;
use crate::text::{Doc, Token};
use std::borrow::Cow;
use std::rc::Rc;

/// A mention while it is being resolved.
#[derive(Debug, Clone)]
pub(crate) struct Item<'d> {
    pub span: Span,
    pub kind: Kind,
    pub rule: &'static str,
    pub confidence: f32,
    pub canonical: Option<&'static str>,
    pub link: Option<&'static str>,
    /// The surface as a name: whitespace collapsed, a leading "the" dropped (borrowed from the
    /// text when that changes nothing, the usual case).
    pub surface: Cow<'d, str>,
    /// What same-name merging compares ([`key_of`]), shared by the items with the same name.
    pub key: Rc<str>,
}

/// A hash map with the Fx hasher ([`crate::text::hash`]) for the per-document maps of
/// resolution: keys are words and names of the document, looked up once per token by some rules,
/// where SipHash's cost showed in profiles.
pub(crate) type FastMap<K, V> = crate::text::hash::FxHashMap<K, V>;

/// The first bytes of a set of words: a token whose first byte is not among them cannot be one of
/// the words, so a scan over every token skips the hash look-up for almost all of them.
#[derive(Default)]
pub(crate) struct FirstBytes {
    bits: [u64; 4],
    empty: bool,
}

impl FirstBytes {
    pub(crate) fn insert(&mut self, w: &str) {
        match w.as_bytes().first() {
            Some(&b) => self.bits[usize::from(b >> 6)] |= 1 << (b & 63),
            None => self.empty = true,
        }
    }
    /// False when the text of `span` (a token's) is certainly none of the inserted words (its
    /// first byte starts none of them).
    #[inline]
    pub(crate) fn may_hold_at(&self, text: &str, span: Span) -> bool {
        self.empty
            || (span.start < span.end
                && text
                    .as_bytes()
                    .get(span.start)
                    .is_some_and(|&b| self.bits[usize::from(b >> 6)] & (1 << (b & 63)) != 0))
    }
}

/// Token indices for positions that mostly move forward through the text: the same answers as
/// [`Doc::token_at_or_after`], found by galloping from the previous answer rather than by a
/// binary search over all tokens (which misses the cache at every step on a long text).
pub(crate) struct Cursor<'d> {
    tokens: &'d [Token],
    at: usize,
}

impl<'d> Cursor<'d> {
    #[inline(never)]
    pub(crate) fn new(doc: &'d Doc) -> Self {
        Cursor {
            tokens: &doc.tokens,
            at: 0,
        }
    }
    /// Index of the first token starting at or after `pos`.
    pub(crate) fn at_or_after(&mut self, pos: usize) -> usize {
        let t = self.tokens;
        let before = |i: usize| t[i].start() < pos;
        let at = self.at.min(t.len());
        // Invariant: every token before `lo` starts before `pos`, none from `hi` on does.
        let (lo, hi) = if at < t.len() && before(at) {
            let (mut lo, mut step) = (at + 1, 1);
            loop {
                let probe = at + step;
                if probe >= t.len() {
                    break (lo, t.len());
                }
                if !before(probe) {
                    break (lo, probe);
                }
                lo = probe + 1;
                step *= 2;
            }
        } else if at > 0 && !before(at - 1) {
            let (mut hi, mut step) = (at - 1, 1);
            loop {
                let Some(probe) = (at - 1).checked_sub(step) else {
                    break (0, hi);
                };
                if before(probe) {
                    break (probe + 1, hi);
                }
                hi = probe;
                step *= 2;
            }
        } else {
            (at, at)
        };
        let i = lo + t[lo..hi].partition_point(|x| x.start() < pos);
        self.at = i;
        i
    }
}

impl<'d> Item<'d> {
    #[inline(never)]
    pub(crate) fn new(
        doc: &'d Doc,
        c: &Candidate,
        cursor: &mut Cursor,
        keys: &mut Keys<'d>,
    ) -> Option<Item<'d>> {
        let mut span = c.span;
        let raw = doc.slice(span);
        if raw.is_empty() {
            return None;
        }
        // Possessive outside the mention.
        if raw.ends_with("'s") || raw.ends_with("'S") {
            span.end -= 2;
        } else if raw.len() > 2 && raw.ends_with("s'") {
            span.end -= 1;
        }
        if c.kind == Kind::Person {
            if let Some(drop) = roles::leading_title(doc, span, cursor) {
                span.start += drop;
            }
        }
        let text = doc.slice(span).trim();
        if text.is_empty() {
            return None;
        }
        // A work's title keeps its article ("The Long Winter").
        let surface = if c.kind == Kind::Work {
            Cow::Borrowed(text)
        } else {
            name_form(text)
        };
        let key = match (c.canonical, &surface) {
            (Some(k), _) => keys.get(k),
            (None, Cow::Borrowed(s)) if c.kind == Kind::Organization => {
                keys.get(without_legal_suffix(s))
            }
            (None, Cow::Borrowed(s)) => keys.get(s),
            (None, Cow::Owned(s)) if c.kind == Kind::Organization => {
                key_of(without_legal_suffix(s)).into()
            }
            (None, Cow::Owned(s)) => key_of(s).into(),
        };
        Some(Item {
            span,
            kind: c.kind,
            rule: c.rule,
            confidence: c.confidence,
            canonical: c.canonical,
            link: c.link,
            surface,
            key,
        })
    }
}

/// A surface as a name: whitespace collapsed, a leading "the" dropped. Borrowed from `s` when
/// that is all it takes (words already one space apart).
pub(crate) fn name_form(s: &str) -> Cow<'_, str> {
    if s.is_ascii() {
        return name_form_ascii(s);
    }
    let t = s.trim();
    // A leading "the" goes when another word follows.
    let t = match t.split_once(char::is_whitespace) {
        Some((f, rest)) if f.eq_ignore_ascii_case("the") && !rest.trim_start().is_empty() => {
            rest.trim_start()
        }
        _ => t,
    };
    let mut prev_space = false;
    let single_spaced = t.chars().all(|c| {
        let ok = if c.is_whitespace() {
            c == ' ' && !prev_space
        } else {
            true
        };
        prev_space = c.is_whitespace();
        ok
    });
    if single_spaced {
        Cow::Borrowed(t)
    } else {
        Cow::Owned(t.split_whitespace().collect::<Vec<_>>().join(" "))
    }
}

/// [`name_form`] of an ASCII string, byte by byte (the ASCII white space of `char::is_whitespace`:
/// space, tab, line feed, vertical tab, form feed, carriage return).
fn name_form_ascii(s: &str) -> Cow<'_, str> {
    let ws = |b: &u8| matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r');
    let b = s.as_bytes();
    let (Some(a), Some(z)) = (
        b.iter().position(|x| !ws(x)),
        b.iter().rposition(|x| !ws(x)),
    ) else {
        return Cow::Borrowed("");
    };
    let mut t = &s[a..=z];
    if let Some(sp) = t.bytes().position(|x| ws(&x)) {
        if t[..sp].eq_ignore_ascii_case("the") {
            // Another word follows (`t` ends in one).
            let rest = &t[sp..];
            let skip = rest.bytes().position(|x| !ws(&x)).unwrap_or(rest.len());
            t = &rest[skip..];
        }
    }
    let mut prev_space = false;
    let single_spaced = t.bytes().all(|x| {
        let space = ws(&x);
        let ok = !space || (x == b' ' && !prev_space);
        prev_space = space;
        ok
    });
    if single_spaced {
        Cow::Borrowed(t)
    } else {
        let words = t
            .split(|c: char| c.is_ascii() && ws(&(c as u8)))
            .filter(|w| !w.is_empty());
        Cow::Owned(words.collect::<Vec<_>>().join(" "))
    }
}

/// True when `key == key_of(name)`, mostly without building the key.
fn is_key_of(key: &str, name: &str) -> bool {
    let s = name_form(name);
    if s.is_ascii() && !acronyms::is_acronym(&s) {
        key.len() == s.len()
            && key
                .bytes()
                .zip(s.bytes())
                .all(|(k, c)| k == c.to_ascii_lowercase())
    } else {
        key == key_of(name)
    }
}

/// Company-form words at the end of an organization's name ("Microsoft Corp." ~ "Microsoft").
const LEGAL_SUFFIXES: &[&str] = &[
    "inc",
    "corp",
    "corporation",
    "co",
    "ltd",
    "limited",
    "plc",
    "llc",
    "ag",
    "sa",
    "nv",
    "gmbh",
    "lp",
    "llp",
    "bv",
    "spa",
];

/// An organization's name without a trailing company form, if something remains.
fn without_legal_suffix(s: &str) -> &str {
    let t = s.trim_end_matches(['.', ',', ' ']);
    if let Some((head, last)) = t.rsplit_once(' ') {
        // `last` without its dots, lower case, is a listed form. The forms are ASCII without a
        // 'k' (the Kelvin sign is the only other character lower-casing to an ASCII letter), so
        // only an ASCII word can match.
        let is_form = |f: &str| {
            last.is_ascii() && {
                let mut l = last.bytes().filter(|&b| b != b'.');
                f.bytes()
                    .all(|b| l.next().is_some_and(|x| x.eq_ignore_ascii_case(&b)))
                    && l.next().is_none()
            }
        };
        if LEGAL_SUFFIXES.iter().any(|f| is_form(f)) {
            return without_holding(head.trim_end_matches([',', ' ']));
        }
    }
    without_holding(s)
}

/// A company's name without a holding's last word ("Morgan Stanley Group" is Morgan Stanley,
/// "Reuters Holdings" Reuters).
fn without_holding(s: &str) -> &str {
    match s.rsplit_once(' ') {
        Some((name, "Group" | "Holdings" | "Holding")) if !name.ends_with(" of") => name,
        _ => s,
    }
}

/// The comparison key of a name: lower case; an initialism without its dots ("U.S." → "us").
pub(crate) fn key_of(s: &str) -> String {
    let s = name_form(s);
    if acronyms::is_acronym(&s) {
        s.replace('.', "").lower()
    } else {
        s.lower()
    }
}

/// [`key_of`] each distinct name once per document: a name repeated a hundred times shares one
/// key.
#[derive(Default)]
pub(crate) struct Keys<'d> {
    memo: FastMap<&'d str, Rc<str>>,
}

impl<'d> Keys<'d> {
    pub(crate) fn get(&mut self, name: &'d str) -> Rc<str> {
        self.memo
            .entry(name)
            .or_insert_with(|| key_of(name).into())
            .clone()
    }
}

/// Minimal union-find over item indices.
pub(crate) struct Sets(Vec<usize>);

impl Sets {
    #[inline(never)]
    fn new(n: usize) -> Self {
        Sets((0..n).collect())
    }
    pub(crate) fn find(&mut self, mut i: usize) -> usize {
        while self.0[i] != i {
            self.0[i] = self.0[self.0[i]];
            i = self.0[i];
        }
        i
    }
    pub(crate) fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            // Keep the earlier item as root: stable, text-ordered clusters.
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.0[hi] = lo;
        }
    }
}

/// Stage 6: merges candidates into entities; returns mentions (text order) and entities.
pub fn resolve(doc: &Doc, candidates: Vec<Candidate>) -> (Vec<Mention>, Vec<Entity>) {
    let mut cursor = Cursor::new(doc);
    let mut keys = Keys::default();
    let mut items: Vec<Item> = Vec::with_capacity(candidates.len() + candidates.len() / 8);
    items.extend(
        candidates
            .iter()
            .filter_map(|c| Item::new(doc, c, &mut cursor, &mut keys)),
    );
    // The items hold all the later steps need: free the candidates now, not at the end (on a
    // 1 MB text they are ~1 MB of WebAssembly memory, which never shrinks).
    drop(candidates);
    sort_items(&mut items);
    // Added mentions: acronyms and surnames resolution can prove.
    // One pass over the tokens for both rules. A token taken as an acronym is not also a surname
    // (the surname rule skips covered tokens, and the acronym's token is its only span).
    let covered = Covered::new(items.iter().map(|it| it.span));
    let defined = acronyms::Defined::new(doc, &items);
    let surnames = people::Surnames::new(&items);
    let added = if !defined.is_empty() || !surnames.is_empty() {
        added_mentions(doc, &items, &defined, &surnames, &covered)
    } else {
        Vec::new()
    };
    for (i, org) in surnames.short_names(&items) {
        items[i].key = items[org].key.clone();
        items[i].kind = items[org].kind;
    }
    for (i, org) in people::listed_short_names(doc, &items) {
        items[i].key = items[org].key.clone();
        items[i].kind = items[org].kind;
        items[i].rule = "alias:listed-short-name";
    }
    items.extend(added);
    sort_items(&mut items);

    let definitions = acronyms::definitions(doc, &items);
    acronyms::redefine(doc, &definitions, &mut items);
    let people = people::Index::new(&items);
    let mut sets = Sets::new(items.len());
    merge_same_name(&items, &people, &mut sets);
    merge_groups(&items, &mut sets);
    people::merge_parts(&items, &people, &mut sets);
    merge_place_suffix(&items, &mut sets);
    merge_known_as(doc, &items, &mut sets);
    acronyms::merge(doc, &definitions, &items, &mut sets);
    if items.iter().any(|it| it.rule == "acronym+version") {
        drop_unspelled_versions(&mut items, &mut sets);
    }

    build(doc, items, &mut sets)
}

/// Drops the capitals glued to a version ("IE6", rule `acronym+version`) whose entity holds no
/// other name: only the name their letters spell ("Internet Explorer") says what they are.
#[inline(never)]
fn drop_unspelled_versions(items: &mut Vec<Item>, sets: &mut Sets) {
    let roots: Vec<usize> = (0..items.len()).map(|i| sets.find(i)).collect();
    let mut named = vec![false; items.len()];
    for (it, &r) in items.iter().zip(&roots) {
        named[r] |= it.rule != "acronym+version";
    }
    let keep: Vec<bool> = roots.iter().map(|&r| named[r]).collect();
    // Renumber the kept items; each joins the first kept item of its old set.
    let mut first_of_root = vec![usize::MAX; items.len()];
    let mut kept = Sets::new(keep.iter().filter(|&&k| k).count());
    let mut n = 0;
    for (i, &r) in roots.iter().enumerate() {
        if keep[i] {
            if first_of_root[r] == usize::MAX {
                first_of_root[r] = n;
            }
            kept.union(first_of_root[r], n);
            n += 1;
        }
    }
    let mut k = keep.iter();
    items.retain(|_| *k.next().unwrap_or(&true));
    *sets = kept;
}

/// The mentions acronyms and surnames add (see [`resolve`]): one pass over the tokens, out of
/// line (small hot loops: see `pipeline`).
#[inline(never)]
fn added_mentions<'d>(
    doc: &'d Doc,
    items: &[Item<'d>],
    defined: &acronyms::Defined<'d>,
    surnames: &people::Surnames,
    covered: &Covered,
) -> Vec<Item<'d>> {
    let mut added = Vec::new();
    for (k, t) in doc.tokens.iter().enumerate() {
        let (acr, sur) = (
            defined.may_hold_at(&doc.text, t.span()),
            surnames.may_hold_at(&doc.text, t.span()),
        );
        if !(acr || sur) {
            continue;
        }
        let w = t.text(&doc.text);
        if acr {
            if let Some(it) = defined.at(items, t, w, covered) {
                added.push(it);
                continue;
            }
        }
        if sur {
            added.extend(surnames.at(doc, items, k, w, covered));
        }
    }
    added
}

/// Sorts items by start, longer first (stable), unless they already are (refine's output is).
fn sort_items(items: &mut [Item]) {
    let key = |it: &Item| (it.span.start, std::cmp::Reverse(it.span.end));
    if !items.windows(2).all(|w| key(&w[0]) <= key(&w[1])) {
        crate::sort::sort_by_key(items, key);
    }
}

/// Spans already taken by mentions, for quick overlap tests.
pub(crate) struct Covered {
    /// Sorted by start.
    spans: Vec<Span>,
    /// `max_end[i]` = the largest end among `spans[..=i]`.
    max_end: Vec<usize>,
}

impl Covered {
    #[inline(never)]
    pub(crate) fn new(spans: impl Iterator<Item = Span>) -> Covered {
        let mut c = Covered {
            spans: spans.collect(),
            max_end: Vec::new(),
        };
        c.index();
        c
    }
    fn index(&mut self) {
        crate::sort::sort_by(&mut self.spans, |a, b| a.cmp(b));
        let mut m = 0;
        self.max_end = self
            .spans
            .iter()
            .map(|s| {
                m = m.max(s.end);
                m
            })
            .collect();
    }
    /// True when `s` shares a byte with a covered span.
    pub(crate) fn overlaps(&self, s: Span) -> bool {
        let k = self.spans.partition_point(|x| x.start < s.end);
        k > 0 && self.max_end[k - 1] > s.start
    }
}

/// The rule of a nationality word used as a language's name ([`super::gazetteer`]).
const LANGUAGE_RULE: &str = "gazetteer:language";

/// Kinds that may share one entity when their names match.
fn compatible(a: Kind, b: Kind) -> bool {
    use Kind::*;
    a == b
        || a == Other
        || b == Other
        || matches!((a, b), (Place, Organization) | (Organization, Place))
}

/// Same key (canonical name or surface) and compatible kinds → one entity. A person's shorter
/// form ("Trump") is left to [`people::merge_parts`] when some longer name contains it: two
/// people may share a surname.
#[inline(never)] // one call site: kept out of line (see absolute::find)
fn merge_same_name(items: &[Item], people: &people::Index, sets: &mut Sets) {
    // Key → the first item of each incompatible kind group, in order (the first inline: most
    // keys have one).
    let mut first: FastMap<&str, (usize, Vec<usize>)> = FastMap::default();
    for (i, it) in items.iter().enumerate() {
        if people.is_part(items, i) {
            continue;
        }
        let (head, rest) = first.entry(&*it.key).or_insert((i, Vec::new()));
        if *head == i {
            continue;
        }
        let seen = std::iter::once(&*head).chain(rest.iter());
        // A language ("in English") is no group of people ("English fans"): the two never merge.
        let language = it.rule == LANGUAGE_RULE;
        if let Some(&j) = seen.into_iter().find(|&&j| {
            compatible(items[j].kind, it.kind) && (items[j].rule == LANGUAGE_RULE) == language
        }) {
            sets.union(j, i);
        } else {
            rest.push(i);
        }
    }
}

/// Nationalities linked to the same country, or a plural of another ("Russians"), → one entity.
#[inline(never)] // one call site: kept out of line (see absolute::find)
fn merge_groups(items: &[Item], sets: &mut Sets) {
    let mut by_link: FastMap<&str, usize> = FastMap::default();
    let mut by_key: FastMap<&str, usize> = FastMap::default();
    for (i, it) in items.iter().enumerate() {
        if it.kind != Kind::Group {
            continue;
        }
        if let Some(l) = it.link {
            let j = *by_link.entry(l).or_insert(i);
            sets.union(j, i);
        }
        let j = *by_key.entry(&*it.key).or_insert(i);
        sets.union(j, i);
    }
    // Plurals: "russians" joins "russian".
    for (key, &i) in &by_key {
        if let Some(&j) = key.strip_suffix('s').and_then(|k| by_key.get(k)) {
            sets.union(j, i);
        }
    }
}

/// Words that turn a place name into the name of its region: "Kursk" ~ "Kursk region".
/// ("city", "state", "district", "county" are left out: "Mexico City" is not Mexico, "Washington
/// state" not Washington, D.C., a "Beijing district" not Beijing.)
const PLACE_SUFFIXES: &[&str] = &[
    "region",
    "province",
    "oblast",
    "governorate",
    "prefecture",
    "krai",
    "raion",
    "canton",
];

/// A name and the name it is "known as" right after it → one entity ("Mohamed Hamdan Dagalo,
/// widely known as Hemedti", "Edson Arantes do Nascimento, better known as Pele").
#[inline(never)]
fn merge_known_as(doc: &Doc, items: &[Item], sets: &mut Sets) {
    for (i, w) in items.windows(2).enumerate() {
        let (a, b) = (&w[0], &w[1]);
        if !matches!(a.kind, Kind::Person | Kind::Organization) || a.kind != b.kind {
            continue;
        }
        let Some(between) = doc.text.get(a.span.end..b.span.start) else {
            continue;
        };
        if between.len() > 40 {
            continue;
        }
        let between = between.trim_matches(|c: char| c == ',' || c == '"' || c.is_whitespace());
        let words: Vec<&str> = between.split_whitespace().collect();
        let known = match words.as_slice() {
            ["known", "as"] | ["nicknamed"] => true,
            [adverb, "known", "as"] => crate::text::hash::any_of(
                adverb,
                &[
                    "also",
                    "better",
                    "widely",
                    "commonly",
                    "popularly",
                    "locally",
                ],
            ),
            _ => false,
        };
        if known {
            sets.union(i, i + 1);
        }
    }
}

/// A bare place name and its "X region" form → one entity.
#[inline(never)]
fn merge_place_suffix(items: &[Item], sets: &mut Sets) {
    let mut long: FastMap<&str, usize> = FastMap::default();
    for (i, it) in items.iter().enumerate() {
        if it.kind != Kind::Place {
            continue;
        }
        if let Some((base, last)) = it.key.rsplit_once(' ') {
            if PLACE_SUFFIXES.contains(&last) {
                long.entry(base).or_insert(i);
            }
        }
    }
    for (i, it) in items.iter().enumerate() {
        if matches!(it.kind, Kind::Place | Kind::Other) {
            if let Some(&j) = long.get(&*it.key) {
                sets.union(j, i);
            }
        }
    }
}

// `build` turns the items into the mentions in place: that needs a mention no larger than an item
// and aligned the same (else `collect` would allocate anew, correct but no memory saved).
const _: () = assert!(
    std::mem::size_of::<Mention>() <= std::mem::size_of::<Item>()
        && std::mem::align_of::<Mention>() == std::mem::align_of::<Item>()
);

/// Turns clusters into mentions and entities; attaches roles; scores salience.
#[inline(never)] // one call site: kept out of line (see absolute::find)
fn build(doc: &Doc, items: Vec<Item>, sets: &mut Sets) -> (Vec<Mention>, Vec<Entity>) {
    // Clusters in order of first mention (items are in text order).
    // Roots are the earliest items of their sets: a cluster is opened at its root.
    let mut cluster_of = vec![usize::MAX; items.len()];
    let mut mention_entity = vec![0usize; items.len()];
    let mut sizes: Vec<usize> = Vec::new();
    for (i, entity) in mention_entity.iter_mut().enumerate() {
        let r = sets.find(i);
        if cluster_of[r] == usize::MAX {
            cluster_of[r] = sizes.len();
            sizes.push(0);
        }
        *entity = cluster_of[r];
        sizes[cluster_of[r]] += 1;
    }
    let mut clusters: Vec<Vec<usize>> = sizes.iter().map(|&n| Vec::with_capacity(n)).collect();
    for (i, &c) in mention_entity.iter().enumerate() {
        clusters[c].push(i);
    }
    let mut entities = Vec::with_capacity(clusters.len());
    // (`mention_entity` holds each item's cluster: clusters are numbered like the entities.)
    for (id, list) in clusters.into_iter().enumerate() {
        let members = &list[..];
        let kind = entity_kind(&items, members);
        let name = canonical_name(&items, members, kind);
        let mut aliases: Vec<String> = Vec::new();
        for &m in members {
            let s: &str = &items[m].surface;
            if s != name && !aliases.iter().any(|a| a == s) {
                aliases.push(s.to_string());
            }
        }
        // The finder's link, else the shared lexicon's country for a nationality word.
        let country = members
            .iter()
            .find_map(|&m| items[m].link)
            .or_else(|| {
                (kind == Kind::Group)
                    .then(|| {
                        members
                            .iter()
                            .find_map(|&m| lexicon::demonym_country(&items[m].surface))
                    })
                    .flatten()
            })
            .map(str::to_string);
        entities.push(Entity {
            id,
            kind,
            name,
            mentions: list,
            aliases,
            roles: Vec::new(),
            salience: 0.0,
            country,
        });
    }
    // The items become the mentions in their own allocation (`into_iter().map().collect()`
    // reuses it: a mention is smaller than an item), so both never take memory at once.
    let mut mentions: Vec<Mention> = items
        .into_iter()
        .enumerate()
        .map(|(i, it)| {
            let e = &entities[mention_entity[i]];
            Mention {
                start: it.span.start,
                end: it.span.end,
                text: String::new(),
                // A word no finder could type takes its entity's kind ("Trump" beside "Donald Trump"),
                // and so does an acronym whose kind was a guess ("IE" beside "Internet Explorer").
                kind: if it.kind == Kind::Other || (guessed(it.rule) && e.kind != Kind::Person) {
                    e.kind
                } else {
                    it.kind
                },
                entity: e.id,
                rule: it.rule,
                confidence: it.confidence,
            }
        })
        .collect();
    // The items' allocation had room for more (the added mentions, the items' larger size).
    mentions.shrink_to_fit();
    // Roles and salience read the mentions and entities only.
    drop((cluster_of, mention_entity));
    for (mi, r) in roles::find(doc, &mentions) {
        let e = &mut entities[mentions[mi].entity];
        if e.kind == Kind::Person && !has_role(&e.roles, &r) {
            e.roles.push(r);
        }
    }
    salience(doc, &mentions, &mut entities);
    (mentions, entities)
}

fn has_role(roles: &[Role], r: &Role) -> bool {
    roles.iter().any(|x| x.role.eq_ignore_ascii_case(&r.role))
}

/// True for a rule whose kind is a guess from the shape of the word alone (a lone acronym is
/// guessed to be an organization): the name it joins decides.
fn guessed(rule: &str) -> bool {
    matches!(rule, "acronym" | "acronym+version")
}

/// Person if any member is a person; else the kind most mentions have, not counting kinds that
/// were guessed (ties: the first).
fn entity_kind(items: &[Item], members: &[usize]) -> Kind {
    if members.iter().any(|&m| items[m].kind == Kind::Person) {
        return Kind::Person;
    }
    let mut counts: Vec<(Kind, usize)> = Vec::new();
    for &m in members {
        let k = items[m].kind;
        if k == Kind::Other || guessed(items[m].rule) {
            continue;
        }
        match counts.iter_mut().find(|(x, _)| *x == k) {
            Some((_, n)) => *n += 1,
            None => counts.push((k, 1)),
        }
    }
    let best = counts.iter().map(|c| c.1).max().unwrap_or(0);
    counts
        .iter()
        .find(|c| c.1 == best)
        .map(|c| c.0)
        .unwrap_or(items[members[0]].kind)
}

/// The gazetteer's canonical name if any member has one (the most frequent); else the longest
/// full form: not an acronym, most words, most bytes, earliest.
fn canonical_name(items: &[Item], members: &[usize], kind: Kind) -> String {
    // A gazetteer name counts when it renames ("US" → "United States", a dateline's "MILAN" →
    // "Milan"), not when it only repeats the surface ("Kursk" → "Kursk", which must not beat
    // "Kursk region").
    let mut canon: Vec<(&str, usize)> = Vec::new();
    for &m in members {
        if let Some(c) = items[m].canonical {
            // (`key` is the canonical name's key here.)
            if is_key_of(&items[m].key, &items[m].surface) && *items[m].surface == *c {
                continue;
            }
            match canon.iter_mut().find(|(x, _)| *x == c) {
                Some((_, n)) => *n += 1,
                None => canon.push((c, 1)),
            }
        }
    }
    if let Some(best) = canon.iter().map(|c| c.1).max() {
        if let Some((c, _)) = canon.iter().find(|c| c.1 == best) {
            return c.to_string();
        }
    }
    // A nationality is named by its most used form ("Russian" rather than "Russians").
    if kind == Kind::Group {
        let mut forms: Vec<(&str, usize)> = Vec::new();
        for &m in members {
            let s: &str = &items[m].surface;
            match forms.iter_mut().find(|(x, _)| *x == s) {
                Some((_, n)) => *n += 1,
                None => forms.push((s, 1)),
            }
        }
        let best = forms.iter().map(|f| f.1).max().unwrap_or(0);
        if let Some((f, _)) = forms.iter().find(|f| f.1 == best) {
            return f.to_string();
        }
    }
    let score = |m: usize| {
        let s = &items[m].surface;
        let words = if kind == Kind::Person {
            people::person_word_count(s)
        } else {
            s.split_whitespace().count()
        };
        (!acronyms::is_acronym(s), words, s.len())
    };
    let mut best = members[0];
    let mut best_score = score(best);
    for &m in &members[1..] {
        // The score is the surface's: a repeated surface cannot beat it.
        if items[m].surface == items[best].surface {
            continue;
        }
        let sc = score(m);
        if sc > best_score {
            (best, best_score) = (m, sc);
        }
    }
    items[best].surface.to_string()
}

/// Salience, 0..=1: 0.6 × mentions relative to the most-mentioned entity, 0.25 × how early the
/// first mention comes, 0.15 if it is named in the headline (first sentence).
fn salience(doc: &Doc, mentions: &[Mention], entities: &mut [Entity]) {
    let max = entities
        .iter()
        .map(|e| e.mentions.len())
        .max()
        .unwrap_or(1)
        .max(1) as f32;
    let len = doc.text.len().max(1) as f32;
    let headline_end = doc.sentences.first().map(|s| s.span.end).unwrap_or(0);
    for e in entities.iter_mut() {
        let first = e.mentions.first().map(|&m| mentions[m].start).unwrap_or(0);
        let count = e.mentions.len() as f32 / max;
        let early = 1.0 - (first as f32 / len).min(1.0);
        let head = if first < headline_end { 1.0 } else { 0.0 };
        let s = 0.6 * count + 0.25 * early + 0.15 * head;
        e.salience = (s.clamp(0.0, 1.0) * 1000.0).round() / 1000.0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plain definition `name_form` must agree with.
    fn name_form_slow(s: &str) -> String {
        let words: Vec<&str> = s.split_whitespace().collect();
        let words = match words.split_first() {
            Some((f, rest)) if !rest.is_empty() && f.eq_ignore_ascii_case("the") => rest,
            _ => &words[..],
        };
        words.join(" ")
    }

    #[test]
    fn name_form_collapses_spaces_and_drops_the() {
        for (name, s) in [
            ("plain", "Kursk region"),
            ("the", "the Kremlin"),
            ("The alone", "The"),
            ("the twice", "The the Who"),
            ("spaces", "  New\u{a0}York \n City  "),
            ("the and newline", "THE\nUnited  Nations"),
            ("empty", ""),
            ("blank", " \t "),
            ("theatre", "Theatre Royal"),
            ("vertical tab", "The\x0bRed\x0b\x0bCross "),
            ("form feed", "\x0c the \r\n Hague"),
            ("ascii tabs", "New\tYork  City"),
            ("the only", " the  "),
            ("the the", "the The"),
        ] {
            assert_eq!(name_form(s), name_form_slow(s), "{name}");
        }
        assert!(matches!(name_form("the Kremlin"), Cow::Borrowed("Kremlin")));
        for (key, name, same) in [
            ("kremlin", "the Kremlin", true),
            ("us", "U.S.", true),
            ("kremlin", "Kremlin region", false),
            ("münchen", "München", true),
            ("kremli", "Kremlin", false),
        ] {
            assert_eq!(is_key_of(key, name), same, "{name}");
            assert_eq!(is_key_of(key, name), key == key_of(name), "{name}");
        }
    }

    #[test]
    fn cursor_agrees_with_binary_search() {
        let doc =
            Doc::new("Kremlin spokesman Dmitry Peskov said on Thursday: \"No.\" Then (NSC) met.");
        let n = doc.text.len();
        let mut cursor = Cursor::new(&doc);
        // Forward, backward, far jumps and repeats.
        let positions =
            (0..=n + 2)
                .chain((0..=n).rev())
                .chain([0, n, 3, n / 2, n / 2, 1, n + 5, 0]);
        for pos in positions {
            assert_eq!(
                cursor.at_or_after(pos),
                doc.token_at_or_after(pos),
                "at {pos}"
            );
        }
    }

    #[test]
    fn fast_maps_hash_like_maps() {
        let mut m: FastMap<&str, usize> = FastMap::default();
        for (i, w) in [
            "a",
            "bb",
            "Putin",
            "Putin's",
            "United States of America",
            "",
        ]
        .iter()
        .enumerate()
        {
            m.insert(w, i);
        }
        assert_eq!(m.get("Putin"), Some(&2));
        assert_eq!(m.get("United States of America"), Some(&4));
        assert_eq!(m.get(""), Some(&5));
        assert_eq!(m.get("Putin "), None);
        let mut f = FirstBytes::default();
        f.insert("Putin");
        let t = "Peskov said";
        let (peskov, said, none) = (Span::new(0, 6), Span::new(7, 11), Span::new(7, 7));
        assert!(f.may_hold_at(t, peskov) && !f.may_hold_at(t, said) && !f.may_hold_at(t, none));
        f.insert("");
        assert!(f.may_hold_at(t, none));
    }
}
