//! Gazetteer matching: one leftmost-longest pass over the normalized text for every listed name —
//! places, organizations, events, demonyms — with word-boundary checks on tokens.
//!
//! The pass walks a sorted surface list (`Surfaces`) instead of an Aho-Corasick automaton: it
//! reports exactly the matches a leftmost-longest automaton would (the longest listed name at the
//! leftmost position, then on after it), costs a sort at start-up instead of an automaton build
//! (~99 M instructions → a few M), and is faster per byte since most bytes cannot start a name.
//!
//! Tables (`src/tables/gazetteer/`): `places.tsv` (generated), `places_extra.tsv`,
//! `organizations.tsv`, `events.tsv`, `products.tsv`, `demonyms.tsv`; switches (`src/tables/switches/`):
//! `ambiguous.tsv` (names with several senses get a lower confidence) and `common_words.txt`
//! (names that are also ordinary words are skipped at a sentence start).

use super::lexicon::{self, cue};
use super::Candidate;
use crate::model::Kind;
use crate::span::Span;
use crate::tables::{columns, data_lines};
use crate::text::fold::fold_into;
use crate::text::hash::{any_of, with_lowercase, FxHashSet};
use crate::text::index::{LateIndex, PosIndex};
use crate::text::{Doc, TokenKind};
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::LazyLock;

/// Front-coded (`tables::coded`): the largest table, sorted within its sections, so its lines
/// share long prefixes ("San Antonio", "San Diego"); decoded on the gazetteer's first load.
static PLACES: crate::tables::coded::Coded = crate::coded_table!(crate::table!(include_str!(
    "../tables/gazetteer/places.tsv"
)));
static PLACES_EXTRA: &str = crate::table!(include_str!("../tables/gazetteer/places_extra.tsv"));
static ORGS: &str = crate::table!(include_str!("../tables/gazetteer/organizations.tsv"));
static EVENTS: &str = crate::table!(include_str!("../tables/gazetteer/events.tsv"));
static PRODUCTS: &str = crate::table!(include_str!("../tables/gazetteer/products.tsv"));
static DEMONYMS: &str = crate::table!(include_str!("../tables/gazetteer/demonyms.tsv"));
static AMBIGUOUS: &str = crate::table!(include_str!("../tables/switches/ambiguous.tsv"));
static COMMON: &str = crate::table!(include_str!("../tables/switches/common_words.txt"));

/// One listed name.
#[derive(Debug)]
pub struct Entry {
    /// The name as listed.
    pub surface: &'static str,
    /// Its kind.
    pub kind: Kind,
    /// The rule name reported on mentions it produces (`gazetteer:place`, `gazetteer:org`…).
    pub rule: &'static str,
    /// Canonical name, when the table gives one.
    pub canonical: Option<&'static str>,
    /// For a demonym, the place it belongs to.
    pub link: Option<&'static str>,
    /// True for a listed adjective-form demonym ("Russian"), false for plural/person nouns.
    pub adjective: bool,
    /// Other senses from `switches/ambiguous.tsv` (empty when unambiguous).
    pub alternatives: Vec<Kind>,
    /// For places, the table's class (`country`, `capital`, `city`, `state`, `region`, `area`…);
    /// empty for other kinds.
    pub class: &'static str,
    /// [`Entry::common`], once asked (0: not yet, 1: no, 2: yes).
    common: AtomicU8,
}

impl Entry {
    /// True for a name that is also an ordinary word: listed in `switches/common_words.txt`, or a
    /// one-word place below country and capital rank that is a frequent English word ("Pacific"),
    /// for a generated region or city only when it is a person's name too ("Charlotte",
    /// "Jackson": a given name or a listed person sense), for a state only when a person sense is
    /// listed ("Georgia"; "Florida" and "Virginia" are given names, but in news the states far
    /// more often, and "Florida officials said" gave nothing). A frequent word naming a state or city
    /// and no person is most often frequent as the place itself ("Texas", "Chicago"); the
    /// ordinary words among those are listed ("Bay", "Store").
    /// Asked of the few entries a text matches, not worked out for every entry when the tables
    /// load.
    pub fn common(&self) -> bool {
        match self.common.load(Ordering::Relaxed) {
            0 => {
                let common = GAZ.common.contains(self.surface)
                    || (self.kind == Kind::Place
                        && !matches!(self.class, "country" | "capital" | "continent")
                        && !self.surface.contains(' ')
                        && lexicon::is_vocabulary(self.surface)
                        && (!matches!(self.class, "state" | "region" | "city")
                            || (self.class != "state" && lexicon::is_given_name(self.surface))
                            || self.alternatives.contains(&Kind::Person)));
                self.common.store(1 + u8::from(common), Ordering::Relaxed);
                common
            }
            known => known == 2,
        }
    }
}

struct Gazetteer {
    surfaces: Surfaces,
    entries: Vec<Entry>,
    common: FxHashSet<&'static str>,
}

/// Every listed surface in byte order, with the entry it belongs to, and where each first byte's
/// range starts: a trie laid flat. All surfaces sharing a prefix are one contiguous range, and a
/// surface equal to the prefix itself comes first in it.
struct Surfaces {
    sorted: Vec<(&'static str, u32)>,
    /// `first[b]..first[b + 1]`: the range of surfaces starting with byte `b`.
    first: Vec<u32>,
    /// `starts[b]`: some surface starts with byte `b`.
    starts: [bool; 256],
    /// The first [`PREFIX`] bytes of each sorted surface (zero-padded), for the narrowing steps.
    prefix: Vec<[u8; PREFIX]>,
    /// The first narrowing step looked up: `second[slot * 257 + b]..second[slot * 257 + b + 1]`
    /// is the range of the surfaces of two bytes or more that start with the byte of `slot`
    /// (see `slot_of`) then `b`. The largest ranges (all the names in "S") need no search.
    second: Vec<u32>,
    /// The slot in `second` of each byte that starts a surface.
    slot_of: [u16; 256],
}

const PREFIX: usize = 8;

/// The first [`PREFIX`] bytes of `s`, zero-padded.
fn prefix_of(s: &str) -> [u8; PREFIX] {
    let mut p = [0u8; PREFIX];
    let n = s.len().min(PREFIX);
    p[..n].copy_from_slice(&s.as_bytes()[..n]);
    p
}

/// Within `range` (sorted by the byte `key` reads, all sharing the bytes before it), the
/// sub-range whose byte is `c`.
#[inline]
fn narrow<T>(range: &[T], key: impl Fn(&T) -> u8, c: u8) -> (usize, usize) {
    if range.len() <= 8 {
        // Few left: a linear pass is cheaper than two binary searches.
        let a = range.iter().take_while(|e| key(e) < c).count();
        (a, a + range[a..].iter().take_while(|e| key(e) == c).count())
    } else {
        let a = range.partition_point(|e| key(e) < c);
        (a, a + range[a..].partition_point(|e| key(e) == c))
    }
}

impl Surfaces {
    /// Out of line: see [`load`].
    #[inline(never)]
    fn new(entries: &[Entry]) -> Surfaces {
        // Sorted by the zero-padded first bytes read as one number (they sort as the surfaces
        // do: no surface holds a zero byte), whole surfaces compared only on a tie: most of the
        // first analysis's comparisons are then one instruction, not a `memcmp`. The generated
        // tables are sorted runs one after another, which the stable sort merges; the curated
        // ones are grouped by topic. `crate::sort` keeps the standard sort to one compiled copy.
        // The kept vectors first, the sort's scratch after them: freed, the scratch leaves no
        // hole below what stays (the first analysis allocates its document around this).
        let mut sorted: Vec<(&'static str, u32)> = Vec::with_capacity(entries.len());
        let mut prefix: Vec<[u8; PREFIX]> = Vec::with_capacity(entries.len());
        {
            let keys: Vec<u64> = entries
                .iter()
                .map(|e| u64::from_be_bytes(prefix_of(e.surface)))
                .collect();
            let order = crate::sort::order_by(entries.len(), |a, b| {
                let (x, y) = (entries[a].surface, entries[b].surface);
                keys[a].cmp(&keys[b]).then_with(|| x.cmp(y))
            });
            // A surface listed twice keeps its first entry (the entries come in priority order,
            // and the sort is stable).
            for i in order {
                let s = entries[i].surface;
                if sorted.last().is_some_and(|(kept, _)| *kept == s) {
                    continue;
                }
                sorted.push((s, i as u32));
                prefix.push(keys[i].to_be_bytes());
            }
        }
        let mut first = vec![0u32; 257];
        for b in 0..256usize {
            first[b + 1] = prefix.partition_point(|p| usize::from(p[0]) <= b) as u32;
        }
        let starts = std::array::from_fn(|b| first[b] != first[b + 1]);
        // One linear pass per starting byte: where each second byte's run begins.
        let mut slot_of = [u16::MAX; 256];
        let mut second = Vec::new();
        for b0 in (0..256).filter(|&b| starts[b]) {
            slot_of[b0] = (second.len() / 257) as u16;
            let (mut j, hi) = (first[b0] as usize, first[b0 + 1] as usize);
            // A one-byte surface sorts first; the lookup serves the longer ones.
            if sorted.get(j).is_some_and(|(s, _)| s.len() == 1) {
                j += 1;
            }
            for c in 0..=256usize {
                while j < hi && usize::from(prefix[j][1]) < c {
                    j += 1;
                }
                second.push(j as u32);
            }
        }
        Surfaces {
            sorted,
            prefix,
            first,
            starts,
            second,
            slot_of,
        }
    }

    /// The entry of the surface equal to `name`.
    /// A binary search over the inline first bytes (no pointer to follow), then over the few
    /// surfaces that share them.
    fn exact(&self, name: &str) -> Option<usize> {
        let nb = name.as_bytes();
        let b0 = usize::from(*nb.first()?);
        let (lo, hi) = (self.first[b0] as usize, self.first[b0 + 1] as usize);
        // Zero-padded first bytes sort as the surfaces do (no surface holds a zero byte).
        let key = prefix_of(name);
        let pre = self.prefix.get(lo..hi)?;
        let a = pre.partition_point(|p| *p < key);
        let b = a + pre[a..].partition_point(|p| *p == key);
        let range = self.sorted.get(lo + a..lo + b)?;
        let i = range.binary_search_by(|(s, _)| s.as_bytes().cmp(nb)).ok()?;
        Some(range[i].1 as usize)
    }

    /// The longest surface that `hay[at..]` starts with: its length and entry.
    #[inline]
    fn longest_at(&self, hay: &[u8], at: usize) -> Option<(usize, usize)> {
        let b0 = usize::from(hay[at]);
        let (mut lo, mut hi) = (self.first[b0] as usize, self.first[b0 + 1] as usize);
        let mut best = None;
        let mut k = 1;
        while lo < hi {
            // Every surface in lo..hi starts with hay[at..at + k]; one equal to it sorts first.
            let (s, id) = self.sorted[lo];
            if s.len() == k {
                best = Some((k, id as usize));
                lo += 1;
                if lo == hi {
                    break;
                }
            }
            let Some(&c) = hay.get(at + k) else { break };
            if k == 1 {
                // `lo` is past the one-byte surface if any: the range `second` holds.
                let base = usize::from(self.slot_of[b0]) * 257 + usize::from(c);
                (lo, hi) = (self.second[base] as usize, self.second[base + 1] as usize);
                k += 1;
                continue;
            }
            let (a, b) = if k < PREFIX {
                // The first bytes sit inline: no pointer to follow.
                narrow(&self.prefix[lo..hi], |p| p[k], c)
            } else {
                narrow(&self.sorted[lo..hi], |e| e.0.as_bytes()[k], c)
            };
            (lo, hi) = (lo + a, lo + b);
            k += 1;
        }
        best
    }

    /// Leftmost-longest, non-overlapping matches in `hay`: (start, end, entry).
    fn find_iter<'h>(&'h self, hay: &'h [u8]) -> impl Iterator<Item = (usize, usize, usize)> + 'h {
        let mut at = 0;
        std::iter::from_fn(move || {
            while at < hay.len() {
                // Skip bytes no surface starts with.
                let skip = hay[at..]
                    .iter()
                    .position(|&b| self.starts[usize::from(b)])?;
                at += skip;
                if let Some((len, id)) = self.longest_at(hay, at) {
                    let s = at;
                    at += len;
                    return Some((s, at, id));
                }
                at += 1;
            }
            None
        })
    }
}

fn opt(c: &[&'static str], i: usize) -> Option<&'static str> {
    c.get(i).copied().filter(|s| !s.is_empty())
}

/// A place entry.
fn place(surface: &'static str, class: &'static str, canonical: Option<&'static str>) -> Entry {
    Entry {
        surface,
        kind: Kind::Place,
        rule: "gazetteer:place",
        canonical,
        link: None,
        adjective: false,
        alternatives: Vec::new(),
        class,
        common: AtomicU8::new(0),
    }
}

/// The entry of a `places.tsv` line (surface [TAB canonical]) in section `class`.
#[inline(never)]
fn place_line(line: &'static str, class: &'static str) -> Entry {
    // As `columns` reads it (first column, the second if not empty), without building the
    // columns: 8,500 lines on the first analysis.
    let tab = |s: &str| s.as_bytes().iter().position(|&b| b == b'\t');
    let (surface, canonical) = match tab(line) {
        Some(i) => {
            let rest = &line[i + 1..];
            (&line[..i], &rest[..tab(rest).unwrap_or(rest.len())])
        }
        None => (line, ""),
    };
    place(surface, class, Some(canonical).filter(|c| !c.is_empty()))
}

static GAZ: LazyLock<Gazetteer> = LazyLock::new(load);

/// Reads the gazetteer tables. Each table's loop sits in a function of its own, out of line: V8
/// counts the size of a function's loops towards recompiling it with its optimizing compiler,
/// which a loader run once on the first analysis would only pay for (see `pipeline`).
#[inline(never)]
fn load() -> Gazetteer {
    // Sized once for every table's lines.
    let lines = crate::tables::line_bound(&[
        ORGS,
        EVENTS,
        PRODUCTS,
        DEMONYMS,
        PLACES_EXTRA,
        PLACES.plain(),
    ]);
    let mut entries: Vec<Entry> = Vec::with_capacity(lines);
    // Order = priority when a surface is listed twice (the first entry is kept: see
    // `Surfaces::new`): curated organizations and events first.
    for (table, kind, rule) in [
        (ORGS, Kind::Organization, "gazetteer:org"),
        (EVENTS, Kind::Event, "gazetteer:event"),
        (PRODUCTS, Kind::Product, "gazetteer:product"),
    ] {
        load_named(table, kind, rule, &mut entries);
    }
    load_demonyms(&mut entries);
    load_places_extra(&mut entries);
    load_places(&mut entries);
    let surfaces = Surfaces::new(&entries);
    load_ambiguous(&surfaces, &mut entries);
    Gazetteer {
        surfaces,
        entries,
        common: data_lines(COMMON).map(str::trim).collect(),
    }
}

/// Adds `e` unless its surface is empty.
fn push(e: Entry, entries: &mut Vec<Entry>) {
    if !e.surface.is_empty() {
        entries.push(e);
    }
}

/// The lines (surface [TAB canonical]) of an organizations, events or products table.
#[inline(never)]
fn load_named(table: &'static str, kind: Kind, rule: &'static str, entries: &mut Vec<Entry>) {
    for line in data_lines(table) {
        let c = columns(line);
        let e = Entry {
            surface: c[0],
            kind,
            rule,
            canonical: opt(&c, 1),
            link: None,
            adjective: false,
            alternatives: Vec::new(),
            class: "",
            common: AtomicU8::new(0),
        };
        push(e, entries);
    }
}

/// demonyms.tsv: surface, the place it belongs to (or `-`), `adj` for adjectives.
#[inline(never)]
fn load_demonyms(entries: &mut Vec<Entry>) {
    for line in data_lines(DEMONYMS) {
        let c = columns(line);
        let link = opt(&c, 1).filter(|l| *l != "-");
        let e = Entry {
            surface: c[0],
            kind: Kind::Group,
            rule: "gazetteer:demonym",
            canonical: None,
            link,
            adjective: c.get(2) == Some(&"adj"),
            alternatives: Vec::new(),
            class: "",
            common: AtomicU8::new(0),
        };
        push(e, entries);
    }
}

/// places_extra.tsv: surface, class, canonical per line.
#[inline(never)]
fn load_places_extra(entries: &mut Vec<Entry>) {
    for line in data_lines(PLACES_EXTRA) {
        let c = columns(line);
        let class = c.get(1).copied().unwrap_or("");
        push(place(c[0], class, opt(&c, 2)), entries);
    }
}

/// places.tsv: `@class` sections of surface [TAB canonical] lines. A surface with accents is also
/// found written without them ("Sostanj" for "Šoštanj"; the table does not list the folded
/// forms): its folded form gets an entry of its own, in the same class, naming the accented
/// surface (or its canonical name), after every listed surface, so that a surface listed as it
/// is keeps its own entry.
#[inline(never)]
fn load_places(entries: &mut Vec<Entry>) {
    let mut class = "";
    // All folded forms in one buffer, kept for the program's life like the tables themselves,
    // and the entry each belongs to.
    let mut folded = String::new();
    let mut ends = Vec::new();
    for line in data_lines(PLACES.plain()) {
        if let Some(section) = line.strip_prefix('@') {
            class = section;
            continue;
        }
        let e = place_line(line, class);
        let start = folded.len();
        if !e.surface.is_ascii() && fold_into(e.surface, &mut folded) {
            ends.push((entries.len(), folded.len()));
        } else {
            folded.truncate(start);
        }
        push(e, entries);
    }
    let folded: &'static str = Box::leak(folded.into_boxed_str());
    entries.reserve(ends.len());
    let mut start = 0;
    for (i, end) in ends {
        let e = &entries[i];
        let canonical = e.canonical.unwrap_or(e.surface);
        entries.push(place(&folded[start..end], e.class, Some(canonical)));
        start = end;
    }
}

/// switches/ambiguous.tsv: the other senses of listed surfaces.
#[inline(never)]
fn load_ambiguous(surfaces: &Surfaces, entries: &mut [Entry]) {
    for line in data_lines(AMBIGUOUS) {
        let c = columns(line);
        let kinds: Vec<Kind> = c
            .get(1)
            .map(|k| k.split(',').filter_map(Kind::parse).collect())
            .unwrap_or_default();
        if let Some(i) = surfaces.exact(c[0]) {
            let e = &mut entries[i];
            e.alternatives = kinds.into_iter().filter(|k| *k != e.kind).collect();
        }
    }
}

/// Lookups answered by binary search before a hash index of the surfaces is built (see [`lookup`]).
const MAP_AFTER: usize = 1024;

/// The listed entry whose surface is exactly `name` ("Kremlin", "Ukrainian", "Kyiv").
///
/// The first `MAP_AFTER` lookups (a few articles: the founding article makes ~150) search the
/// sorted surfaces; then a hash index of the ~8,000 surfaces ([`PosIndex`]: positions in the
/// sorted surfaces, 4 bytes per slot) is built once and answers the rest, several times faster.
/// Building it on the first call would cost that call more than its lookups do. Both give the
/// same entry (a test compares them for every surface).
pub fn lookup(name: &str) -> Option<&'static Entry> {
    static INDEX: LateIndex = LateIndex::new();
    let g = &*GAZ;
    let sorted = &g.surfaces.sorted;
    let i = match INDEX.get(MAP_AFTER, || surface_index(sorted)) {
        Some(index) => index
            .get(name, |p, k| is_surface(sorted, p, k))
            .map(|p| sorted[p as usize].1 as usize),
        None => g.surfaces.exact(name),
    };
    i.map(|i| &g.entries[i])
}

/// True when `name` is a listed country ("Canada", "New Zealand").
pub fn is_country(name: &str) -> bool {
    lookup(name).is_some_and(|g| g.kind == Kind::Place && g.class == "country")
}

/// The hash index of the sorted surfaces (out of line: built once).
#[inline(never)]
fn surface_index(sorted: &[(&'static str, u32)]) -> PosIndex {
    PosIndex::build(
        sorted.len(),
        0..sorted.len() as u32,
        |p| sorted[p as usize].0,
        |p, k| is_surface(sorted, p, k),
    )
}

/// Whether the sorted surface at position `p` is `key`.
fn is_surface(sorted: &[(&'static str, u32)], p: u32, key: &str) -> bool {
    sorted.get(p as usize).is_some_and(|s| s.0 == key)
}

/// True when `name` is listed but is also an ordinary English word ("Reading", "Nice", "Shell").
pub fn is_common_word(name: &str) -> bool {
    GAZ.common.contains(name) || lookup(name).is_some_and(Entry::common)
}

/// Finds names listed in the gazetteers: matches must start and end on token boundaries and a name
/// that is also an ordinary word is skipped at the start of a sentence.
pub fn find(doc: &Doc) -> Vec<Candidate> {
    let g = &*GAZ;
    let text = doc.text.as_str();
    // The first word token of each sentence (after quotes and brackets), in text order.
    let first_of_sentence: Vec<usize> = doc
        .sentences
        .iter()
        .filter_map(|s| {
            doc.tokens[s.tokens.clone()]
                .iter()
                .find(|t| t.kind(&doc.text) != TokenKind::Punct)
                .map(|t| t.start())
        })
        .collect();
    // Matches come in text order: two cursors over the tokens check the boundaries.
    let toks = &doc.tokens;
    let (mut ts, mut te) = (0usize, 0usize);
    let mut out = Vec::new();
    for (s, e, id) in g.surfaces.find_iter(text.as_bytes()) {
        while ts < toks.len() && toks[ts].start() < s {
            ts += 1;
        }
        while te < toks.len() && toks[te].end() < e {
            te += 1;
        }
        let starts = toks.get(ts).is_some_and(|t| t.start() == s);
        let ends = toks.get(te).is_some_and(|t| t.end() == e);
        if !starts || !ends {
            continue;
        }
        out.extend(candidate(doc, &g.entries[id], s, e, &first_of_sentence));
    }
    national_sections(text, &mut out);
    maker_models(doc, &mut out);
    lower_case_products(doc, &mut out);
    out
}

/// A listed organization right before a listed country names its branch there, one body:
/// "Greenpeace UK", "Amnesty International Canada", "Friends of the Earth Netherlands". Not
/// before a possessive ("told the BBC Ukraine's army had…"). `out` is in text order.
#[inline(never)]
fn national_sections(text: &str, out: &mut Vec<Candidate>) {
    let country =
        |c: &Candidate| c.kind == Kind::Place && is_country(&text[c.span.start..c.span.end]);
    let mut found = Vec::new();
    for w in out.windows(2) {
        let (a, b) = (&w[0], &w[1]);
        if a.kind == Kind::Organization
            && a.rule == "gazetteer:org"
            && a.confidence >= 0.9
            && b.span.start == a.span.end + 1
            && text.as_bytes()[a.span.end] == b' '
            && country(b)
            && !text[b.span.end..].starts_with(['\'', '’'])
        {
            found.push(Candidate {
                span: Span::new(a.span.start, b.span.end),
                kind: Kind::Organization,
                rule: "gazetteer:org+country",
                confidence: 0.9,
                canonical: None,
                link: None,
            });
        }
    }
    insert_in_order(out, found);
}

/// Puts `found` (in text order) into `out` (in text order), each after the candidates starting
/// at or before it: one pass, however many a long text holds.
fn insert_in_order(out: &mut Vec<Candidate>, found: Vec<Candidate>) {
    if found.is_empty() {
        return;
    }
    let old = std::mem::take(out);
    let mut merged = Vec::with_capacity(old.len() + found.len());
    let mut rest = old.into_iter().peekable();
    for c in found {
        while let Some(o) = rest.next_if(|o| o.span.start <= c.span.start) {
            merged.push(o);
        }
        merged.push(c);
    }
    merged.extend(rest);
    *out = merged;
}

/// A listed company right before a model's designation names the model, a product: "Boeing
/// 767", "Airbus A320neo", "Lockheed Martin F-35", "BMW X5". A designation is three or four
/// digits (no year: "Apple 2024"), or capitals then digits, glued or hyphened, and lower-case
/// letters after them. `out` is in text order.
#[inline(never)]
fn maker_models(doc: &Doc, out: &mut Vec<Candidate>) {
    let mut found = Vec::new();
    for a in out.iter() {
        if a.kind != Kind::Organization || a.rule != "gazetteer:org" || a.confidence < 0.9 {
            continue;
        }
        if let Some(end) = model_end(doc, a.span.end) {
            found.push(Candidate {
                span: Span::new(a.span.start, end),
                kind: Kind::Product,
                rule: "gazetteer:org+model",
                confidence: 0.9,
                canonical: None,
                link: None,
            });
        }
    }
    insert_in_order(out, found);
}

/// The end of a model's designation one space after `e` (see [`maker_models`]).
fn model_end(doc: &Doc, e: usize) -> Option<usize> {
    let text = doc.text.as_str();
    if text.as_bytes().get(e) != Some(&b' ') {
        return None;
    }
    let b = &text.as_bytes()[e + 1..];
    // Up to three capitals ("A", "F-", "XC"), then digits.
    let letters = b.iter().take_while(|c| c.is_ascii_uppercase()).count();
    if letters > 3 {
        return None;
    }
    let mut i = letters;
    if letters > 0 && b.get(i) == Some(&b'-') {
        i += 1;
    }
    let digits = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    let year = digits == 4 && (b[i..].starts_with(b"19") || b[i..].starts_with(b"20"));
    // A round number after a publisher names its index ("Nasdaq 100", "Nikkei 225").
    let round = std::str::from_utf8(&b[i..i + digits])
        .ok()
        .and_then(|d| d.parse::<u32>().ok())
        .is_some_and(|n| n % 25 == 0);
    let ok = if letters == 0 {
        (3..=4).contains(&digits) && !year && !round
    } else {
        (1..=4).contains(&digits)
    };
    if !ok {
        return None;
    }
    i += digits;
    // A variant after a hyphen: "737-800".
    let variant = b[i..]
        .iter()
        .skip(1)
        .take_while(|c| c.is_ascii_digit())
        .count();
    if b.get(i) == Some(&b'-') && (1..=4).contains(&variant) {
        i += 1 + variant;
    }
    i += b[i..].iter().take_while(|c| c.is_ascii_lowercase()).count();
    // The designation ends there: no letter, digit, "%" or decimal glued after it; nor is it a
    // count of things ("Airbus 300 jobs", "Toyota 100 years").
    let number_goes_on =
        matches!(b.get(i), Some(b'.' | b',')) && b.get(i + 1).is_some_and(u8::is_ascii_digit);
    let count = letters == 0
        && letters_after_space(text, e + 1 + i).is_some_and(|w| {
            any_of(
                w,
                &[
                    "million",
                    "billion",
                    "trillion",
                    "percent",
                    "per",
                    "years",
                    "months",
                    "days",
                    "hours",
                    "people",
                    "jobs",
                    "workers",
                    "employees",
                    "staff",
                    "shares",
                    "points",
                    "index",
                    "stocks",
                    "companies",
                ],
            )
        });
    if b.get(i)
        .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'%')
        || number_goes_on
        || count
    {
        return None;
    }
    Some(e + 1 + i)
}

/// Products whose name starts with a lower-case "i" ("iPhone", "iOS"), which the surface pass
/// leaves out (it would stop at every "i" of a text), with a version after them ("iPhone 16").
#[inline(never)]
fn lower_case_products(doc: &Doc, out: &mut Vec<Candidate>) {
    const NAMES: &[&str] = &[
        "iPhone", "iPad", "iPod", "iMac", "iOS", "iPadOS", "iCloud", "iTunes", "iPlayer",
    ];
    for t in &doc.tokens {
        let w = t.text(&doc.text);
        let b = w.as_bytes();
        if b.len() > 2 && b[0] == b'i' && b[1].is_ascii_uppercase() && NAMES.contains(&w) {
            out.push(Candidate {
                span: Span::new(t.start(), version_end(doc, t.end()).unwrap_or(t.end())),
                kind: Kind::Product,
                rule: "gazetteer:product",
                confidence: 0.9,
                canonical: None,
                link: None,
            });
        }
    }
}

/// Whether `w` is a gerund: lower case, ending in "ing", not a noun such as "morning" or
/// "something" ("breaking", "lying"; "accused Labour of lying").
fn gerund(w: &str) -> bool {
    w.len() >= 5
        && w.ends_with("ing")
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && !w.ends_with("thing")
        && !matches!(w, "during" | "morning" | "evening" | "spring" | "string")
}

/// Whether a web domain follows `e` directly: a dot, then a lower-case letter ("CBC|.ca").
fn glued_to_domain(text: &str, e: usize) -> bool {
    let b = text.as_bytes();
    b.get(e) == Some(&b'.') && b.get(e + 1).is_some_and(u8::is_ascii_lowercase)
}

/// The candidate a listed surface on token boundaries at `s..e` makes, if any. Out of line: most
/// surface hits are not on token boundaries (small hot loops: see `pipeline`).
#[inline(never)]
fn candidate(
    doc: &Doc,
    entry: &Entry,
    s: usize,
    e: usize,
    first_of_sentence: &[usize],
) -> Option<Candidate> {
    let text = doc.text.as_str();
    // "pro-Beijing", "anti-American": an attitude, not a mention of the place or group.
    if attitude_prefix(text, s) {
        return None;
    }
    // The tail of a hyphened name whose head is no listed name: "Radio-Canada" (a broadcaster),
    // not the place Canada ("US-Mexico" keeps both).
    if entry.kind != Kind::Group && glued_to_name(text, s) {
        return None;
    }
    // A name glued to a web domain: the site is the mention ("CBC.ca", "Amazon.com"; the
    // patterns' `website` rule finds it).
    if glued_to_domain(text, e) {
        return None;
    }
    // A language, not a group: "in English.", "speaks Russian and", "the French-language".
    let language = entry.kind == Kind::Group && entry.adjective && is_language_use(doc, s, e);
    let at_start = first_of_sentence.binary_search(&s).is_ok();
    // A town at a sentence start before a plural verb is its team: "Lyon have sacked their
    // coach", "Leeds host Chelsea on Sunday" (a town takes a singular verb).
    // So is a town before a player's or manager's role ("Barcelona defender Ronald Araujo"),
    // before a score ("beat Barcelona 3-0"), or opening a sentence before a verb of a result
    // with a score after it ("Lyon beat Nantes 2-1").
    let team = entry.kind == Kind::Place
        && matches!(entry.class, "city" | "capital")
        && match letters_after_space(text, e) {
            Some(w) if lexicon::cue_word(w, cue::SQUAD) => true,
            Some(w) if at_start && lexicon::cue_word(w, cue::TEAM) => true,
            Some(w) if at_start && lexicon::cue_word(w, cue::RESULT) => score_ahead(text, e),
            _ => score_at(text, e + 1) || score_before(text, s),
        };
    if at_start && entry.common() && !(entry.kind == Kind::Organization && verb_after(text, e)) {
        return None;
    }
    // An ordinary word before "of" heads a phrase of its own: "Man of the Match", "Union of
    // Students" (a listed longer name, "Bay of Bengal", is matched as a whole).
    // Not before a gerund, which no name takes: "accused Labour of breaking its promises".
    if entry.common()
        && !entry.surface.contains(' ')
        && text[e..].starts_with(" of ")
        && !letters_after_space(text, e + 3).is_some_and(gerund)
    {
        return None;
    }
    // A time zone after a clock time: "9 a.m. Pacific time", "noon Moscow time".
    if entry.kind == Kind::Place && zone_after_clock(text, s, e) {
        return None;
    }
    // A capitalized function word that happens to be listed ("The") is never a name.
    if !entry.surface.contains(' ') && lexicon::is_non_name_word(entry.surface) {
        return None;
    }
    let mut confidence: f32 = if entry.alternatives.is_empty() {
        0.9
    } else {
        0.6
    };
    if entry.common() {
        confidence = confidence.min(0.6);
    }
    // A product with its version: "Internet Explorer 8", "PlayStation 5", "Android TV".
    let e = if entry.kind == Kind::Product {
        version_end(doc, e).unwrap_or(e)
    } else {
        e
    };
    Some(Candidate {
        span: Span::new(s, e),
        kind: if language {
            Kind::Other
        } else if team {
            Kind::Organization
        } else {
            entry.kind
        },
        rule: if language {
            "gazetteer:language"
        } else if team {
            "gazetteer:town+team-cue"
        } else {
            entry.rule
        },
        confidence,
        canonical: entry.canonical,
        link: entry.link,
    })
}

/// Whether a match's score starts at byte `at`: one or two digits, a hyphen or en dash, one or
/// two digits, then no digit, letter, `%` or further dash ("3-0", "5–2"; not "5-7%", "1-800-").
pub(crate) fn score_at(text: &str, at: usize) -> bool {
    let b = text.as_bytes();
    let digits = |i: usize| {
        b[i.min(b.len())..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let n = digits(at);
    if !(1..=2).contains(&n) {
        return false;
    }
    let dash = match &text.get(at + n..).unwrap_or("") {
        t if t.starts_with('-') => 1,
        t if t.starts_with('\u{2013}') => 3,
        _ => return false,
    };
    let m = digits(at + n + dash);
    let end = at + n + dash + m;
    (1..=2).contains(&m)
        && !text[end..]
            .starts_with(|c: char| c.is_alphanumeric() || matches!(c, '%' | '-' | '\u{2013}'))
}

/// Whether a score and a preposition of a match stand right before byte `s` ("lost 4-0 to
/// Liverpool", "a 2-1 win over Leeds", "drew 1-1 with Everton", "won 3-0 against Lyon").
fn score_before(text: &str, s: usize) -> bool {
    // The word ending one space before byte `end`, with its start.
    let word_before = |end: usize| -> Option<(usize, &str)> {
        let t = text[..end].strip_suffix(' ')?;
        let start = t.rfind(' ').map_or(0, |i| i + 1);
        Some((start, &t[start..]))
    };
    let Some((p, prep)) = word_before(s) else {
        return false;
    };
    if !matches!(prep, "to" | "over" | "with" | "against") {
        return false;
    }
    let Some((q, w)) = word_before(p) else {
        return false;
    };
    if score_at(text, q) {
        return true;
    }
    matches!(w, "win" | "victory" | "defeat" | "loss" | "draw")
        && word_before(q).is_some_and(|(r, _)| score_at(text, r))
}

/// Whether a score stands after byte `e` in the rest of its sentence (up to 200 bytes).
pub(crate) fn score_ahead(text: &str, e: usize) -> bool {
    let rest = &text[e..];
    let stop = rest.find(['.', '\n', ';']).unwrap_or(rest.len()).min(200);
    rest.as_bytes()[..stop]
        .iter()
        .enumerate()
        .any(|(i, &c)| c == b' ' && score_at(text, e + i + 1))
}

/// Whether a verb, or its shares or staff, or an owner's 's follows byte `e` ("Apple said", "Shell
/// agreed", "Congress has", "Apple shares", "Apple chief executive", "Apple's Cupertino
/// headquarters"): then a listed body that is also an ordinary word names the body at a sentence
/// start too.
fn verb_after(text: &str, e: usize) -> bool {
    if text[e..].starts_with("'s ") {
        return true;
    }
    let Some(mut w) = letters_after_space(text, e) else {
        return false;
    };
    // Past a weekday: "Target on Wednesday cut its forecast".
    if w == "on" {
        let at = e + 1 + w.len();
        let day = letters_after_space(text, at).unwrap_or("");
        if crate::temporal::rules::weekday_of(day).is_none() {
            return false;
        }
        w = letters_after_space(text, at + 1 + day.len()).unwrap_or("");
    }
    w.starts_with(|c: char| c.is_ascii_lowercase())
        && (lexicon::is_speech_verb(w)
            || (w.len() > 4 && w.ends_with("ed"))
            || matches!(w, "has" | "had" | "will" | "would")
            // Its shares or staff: "Apple shares fell", "Apple chief executive Tim Cook".
            || any_of(w, super::people::COMPANY_NOUNS)
            || lexicon::is_title_word(w))
}

/// The ASCII letters right after byte `e` past one space ("said" of "Apple said,", "Pro" of
/// "16 Pro Max"), or `None` without the space.
fn letters_after_space(text: &str, e: usize) -> Option<&str> {
    let rest = text[e..].strip_prefix(' ')?;
    Some(
        &rest[..rest
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(rest.len())],
    )
}

/// True when the place at `s..e` names a time zone: a clock time before it ("9 a.m.", "14:00",
/// "noon") and "time" after it ("Standard Time", "Daylight Time").
fn zone_after_clock(text: &str, s: usize, e: usize) -> bool {
    let after = text[e..].strip_prefix(' ').unwrap_or("");
    let after = ["Standard ", "Daylight "]
        .iter()
        .find_map(|p| after.strip_prefix(p))
        .unwrap_or(after);
    let time = ["time", "Time"].iter().any(|t| {
        after
            .strip_prefix(t)
            .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric()))
    });
    let before = text[..s].trim_end_matches(' ');
    time && (before.ends_with(|c: char| c.is_ascii_digit())
        || ["a.m.", "p.m.", "am", "pm", "AM", "PM", "noon", "midnight"]
            .iter()
            .any(|c| before.ends_with(c)))
}

/// The end of a version right after a product's name ending at `e`, one space apart: a number
/// of up to five digits and dots ("8", "360", "3.5"), a Roman numeral ("II") or two or three capitals that are
/// no listed name ("XP", "VR", "TV").
fn version_end(doc: &Doc, e: usize) -> Option<usize> {
    if doc.text.as_bytes().get(e) != Some(&b' ') {
        return None;
    }
    let t = doc.tokens.get(doc.token_at_or_after(e))?;
    if t.start() != e + 1 {
        return None;
    }
    let w = t.text(&doc.text);
    let b = w.as_bytes();
    let n = w.len();
    let number = (1..=5).contains(&n)
        && w.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && !w.ends_with('.');
    let roman = (2..=4).contains(&n) && w.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'));
    let caps =
        (2..=3).contains(&n) && w.bytes().all(|b| b.is_ascii_uppercase()) && lookup(w).is_none();
    // "iPhone 16e", "Galaxy S24": a model number with a letter after or before it.
    let digits = |d: &[u8]| (1..=3).contains(&d.len()) && d.iter().all(u8::is_ascii_digit);
    let lettered = n >= 2
        && ((b[n - 1].is_ascii_lowercase() && digits(&b[..n - 1]))
            || (b[0].is_ascii_uppercase() && digits(&b[1..])));
    // A model's line after it, or after the name itself: "iPhone 16 Pro Max", "PlayStation 5
    // Slim", "iPhone Air", "iPad mini".
    let mut end = if number || roman || caps || lettered {
        t.end()
    } else {
        e
    };
    for _ in 0..2 {
        let Some(word) = letters_after_space(&doc.text, end) else {
            break;
        };
        if !matches!(
            word,
            "Pro" | "Plus" | "Max" | "Ultra" | "Mini" | "mini" | "Air" | "Slim"
        ) {
            break;
        }
        end += 1 + word.len();
    }
    (end > e).then_some(end)
}

/// True when the adjective demonym at `s..e` names a language: followed by "language" or
/// "-speaking", or after "in", "into" or a verb of speaking and not before a noun.
fn is_language_use(doc: &Doc, s: usize, e: usize) -> bool {
    let i = doc.token_at_or_after(s);
    let j = doc.token_at_or_after(e);
    let w = |k: usize| doc.tokens.get(k).map(|t| t.text(&doc.text)).unwrap_or("");
    let next = w(j);
    let after_hyphen = if next == "-" { w(j + 1) } else { "" };
    if matches!(next, "language" | "languages" | "speaking" | "speakers")
        || matches!(after_hyphen, "language" | "speaking")
    {
        return true;
    }
    let prev = if i > 0 { w(i - 1) } else { "" };
    let cue = with_lowercase(prev, |prev| {
        matches!(
            prev,
            "in" | "into"
                | "speak"
                | "speaks"
                | "spoke"
                | "speaking"
                | "fluent"
                | "learn"
                | "learning"
                | "taught"
        )
    });
    let ends = j >= doc.tokens.len()
        || doc.tokens[j].kind(&doc.text) == TokenKind::Punct
        || matches!(
            next,
            "and" | "or" | "but" | "as" | "to" | "with" | "by" | "on" | "at" | "for" | "in"
        );
    cue && ends
}

/// True when the name at `s` is glued by a hyphen to "pro", "anti", "non" or "ex".
fn attitude_prefix(text: &str, s: usize) -> bool {
    word_before_hyphen(text, s)
        .is_some_and(|w| with_lowercase(w, |w| matches!(w, "pro" | "anti" | "non" | "ex")))
}

/// The letters glued by a hyphen before byte `s` ("pro" of "pro-Beijing"), if a hyphen is there.
fn word_before_hyphen(text: &str, s: usize) -> Option<&str> {
    let before = text.get(..s)?.strip_suffix('-')?;
    let from = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map_or(before.len(), |(i, _)| i);
    Some(&before[from..])
}

/// Whether a capitalized word that is no listed name (nor an acronym, nor a combining form:
/// "Indo-", "Euro-") is glued by a hyphen before byte `s` ("Radio-" of "Radio-Canada").
fn glued_to_name(text: &str, s: usize) -> bool {
    let Some(w) = word_before_hyphen(text, s) else {
        return false;
    };
    w.chars().count() > 1
        && w.starts_with(char::is_uppercase)
        && !w.chars().all(char::is_uppercase)
        && !with_lowercase(w, |l| {
            matches!(
                l,
                "indo" | "euro" | "afro" | "anglo" | "sino" | "franco" | "trans"
            )
        })
        && lookup(w).is_none()
        && lexicon::demonym(w).is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<(String, Kind)> {
        let doc = Doc::new(text);
        find(&doc)
            .into_iter()
            .map(|c| (doc.slice(c.span).to_string(), c.kind))
            .collect()
    }

    #[test]
    fn scores() {
        // (name, text, score at byte 0)
        let rows = [
            ("a score", "3-0 win", true),
            ("two-digit goals and an en dash", "10\u{2013}2.", true),
            ("a range of percentages", "5-7% of it", false),
            ("a phone number", "1-800-555", false),
            ("a year range", "2024-25 season", false),
            ("no second number", "3- nil", false),
        ];
        for (name, text, want) in rows {
            assert_eq!(score_at(text, 0), want, "{name}");
        }
        assert!(score_ahead("Lyon beat Nantes 2-1 at home.", 4));
        assert!(!score_ahead("Lyon beat Nantes. It was 2-1.", 4));
    }

    #[test]
    fn tables_parse() {
        for line in data_lines(PLACES.plain()).chain(["a\tb\tc", "a\t\tc", "a\t", "\tb", "x"]) {
            let (e, c) = (place_line(line, "city"), columns(line));
            assert_eq!((e.surface, e.canonical), (c[0], opt(&c, 1)), "{line:?}");
        }
        assert!(lookup("Kyiv").is_some_and(|e| e.kind == Kind::Place));
        assert!(lookup("Kremlin").is_some_and(|e| e.kind == Kind::Organization));
        assert!(lookup("Ukrainian").is_some_and(|e| e.link == Some("Ukraine") && e.adjective));
        assert_eq!(
            lookup("U.S.").and_then(|e| e.canonical),
            Some("United States")
        );
        assert!(lookup("Jordan").is_some_and(|e| e.alternatives.contains(&Kind::Person)));
        for l in data_lines(PLACES_EXTRA) {
            let c = columns(l);
            assert!((2..=3).contains(&c.len()), "{l:?}");
        }
        let mut sections = Vec::new();
        for l in data_lines(PLACES.plain()) {
            match l.strip_prefix('@') {
                Some(class) => sections.push(class),
                None => assert!(
                    !sections.is_empty() && (1..=2).contains(&columns(l).len()),
                    "{l:?}"
                ),
            }
        }
        assert_eq!(
            sections,
            ["country", "capital", "continent", "state", "region", "city"]
        );
        let class_of = |s: &str| lookup(s).map(|e| e.class);
        assert_eq!(class_of("Kyiv"), Some("capital"));
        assert_eq!(class_of("Ukraine"), Some("country"));
    }

    /// An accented place written without its accents is that place, in its class; a folded form
    /// that is also listed as it is keeps its own entry.
    #[test]
    fn places_without_accents() {
        let found = |s: &str| lookup(s).map(|e| (e.canonical.unwrap_or(e.surface), e.class));
        for (name, written, want) in [
            ("region, Extended-A", "Sostanj", ("Šoštanj", "region")),
            (
                "region, dotted capital I",
                "Istanbul",
                ("İstanbul", "region"),
            ),
            ("city, Latin-1", "Dusseldorf", ("Düsseldorf", "city")),
            ("listed region, Vietnamese", "Ha Noi", ("Hà Nội", "region")),
            (
                "country, canonical name",
                "Cote d'Ivoire",
                ("Ivory Coast", "country"),
            ),
            ("listed as it is: a city", "Kashan", ("Kashan", "city")),
            ("listed as it is: a region", "Mexico", ("Mexico", "country")),
        ] {
            assert_eq!(found(written), Some(want), "{name}");
        }
        // Folding never makes a name from a name without accents.
        assert!(lookup("Sostanj ").is_none() && lookup("Sao").is_none());
    }

    /// A surface looks up its first listed entry (the tables' priority order), for every
    /// surface; unlisted names and prefixes of names look up nothing.
    #[test]
    fn lookup_finds_the_first_entry_of_each_surface() {
        let g = &*GAZ;
        let mut first: std::collections::HashMap<&str, usize> = Default::default();
        for (i, e) in g.entries.iter().enumerate() {
            first.entry(e.surface).or_insert(i);
        }
        assert!(first.len() > 5000);
        assert!(
            g.entries.len() > first.len(),
            "some surfaces are listed twice"
        );
        let sorted = &g.surfaces.sorted;
        // In byte order, each surface once, its inline first bytes beside it.
        assert_eq!(sorted.len(), first.len());
        assert!(sorted
            .windows(2)
            .all(|w| w[0].0.as_bytes() < w[1].0.as_bytes()));
        assert!(sorted
            .iter()
            .zip(&g.surfaces.prefix)
            .all(|((s, _), p)| *p == prefix_of(s)));
        let index = surface_index(sorted);
        let in_index = |s: &str| {
            index
                .get(s, |p, k| is_surface(sorted, p, k))
                .map(|p| sorted[p as usize].1)
        };
        for (s, &i) in &first {
            assert!(
                lookup(s).is_some_and(|e| std::ptr::eq(e, &g.entries[i])),
                "{s}"
            );
            assert_eq!(g.surfaces.exact(s), Some(i), "{s}");
            assert_eq!(in_index(s), Some(i as u32), "{s}");
            let shorter = s.char_indices().last().map_or("", |(i, _)| &s[..i]);
            for miss in [format!("{s}x"), format!("x{s}"), shorter.to_string()] {
                if !first.contains_key(miss.as_str()) {
                    assert_eq!(in_index(&miss), None, "{miss}");
                }
            }
        }
        // More lookups than MAP_AFTER: the index answers them, the same.
        for _ in 0..MAP_AFTER / first.len() + 1 {
            for (s, &i) in &first {
                assert!(lookup(s).is_some_and(|e| std::ptr::eq(e, &g.entries[i])));
            }
        }
        for s in ["", "Kyi", "Kyivv", "kyiv", "Nowhereland", "\u{0}"] {
            assert!(lookup(s).is_none(), "{s}");
        }
    }

    /// The sorted-surface pass reports exactly what a leftmost-longest Aho-Corasick automaton
    /// over the same surfaces reports, overlaps and mid-word hits included.
    #[test]
    fn surface_pass_equals_leftmost_longest_automaton() {
        use aho_corasick::{AhoCorasick, MatchKind};
        let g = &*GAZ;
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(g.entries.iter().map(|e| e.surface))
            .unwrap();
        let mut texts = vec![
            include_str!("../../tests/fixtures/seed-article.txt").to_string(),
            "New York CityNew Yorkshire, San Francisco Bay Area, Gaza StripGaza".to_string(),
            "SaintSaint-Petersburg St. Petersburg São Paulo Zürich Kyiv".to_string(),
        ];
        // Every surface glued to its neighbours, cut short and doubled.
        let mut glued = String::new();
        for (i, e) in g.entries.iter().enumerate().step_by(7) {
            glued.push_str(e.surface);
            match i % 4 {
                0 => glued.push(' '),
                1 => {}
                2 => glued.extend(e.surface.chars().take(e.surface.chars().count() / 2)),
                _ => glued.push('-'),
            }
        }
        texts.push(glued);
        for t in &texts {
            let want: Vec<(usize, usize, usize)> = ac
                .find_iter(t.as_str())
                .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
                .collect();
            let got: Vec<_> = g.surfaces.find_iter(t.as_bytes()).collect();
            assert_eq!(got, want);
        }
    }

    #[test]
    fn whole_words_longest_first() {
        assert_eq!(
            names("Talks in New York and Kyiv, not Yorkies and Kyivskyi cake."),
            [
                ("New York".into(), Kind::Place),
                ("Kyiv".into(), Kind::Place)
            ]
        );
        assert_eq!(
            names("Reading is fun; we went to Reading."),
            [("Reading".into(), Kind::Place)]
        );
        assert_eq!(names("Ukrainians"), [("Ukrainians".into(), Kind::Group)]);
        assert_eq!(
            names("the pro-Beijing camp in Beijing"),
            [("Beijing".into(), Kind::Place)]
        );
        assert_eq!(
            names("He spoke in English, not in Russian forces."),
            [
                ("English".into(), Kind::Other),
                ("Russian".into(), Kind::Group)
            ]
        );
    }
}
