//! Entity resolution: mentions merged into entities with one canonical name, aliases, roles and
//! salience.
//!
//! Steps, in order:
//! 1. **Clean spans**: a possessive stays outside the mention ("Putin's" → "Putin"); an honorific
//!    or title a finder left at the front of a person's span is cut off ("President Donald
//!    Trump" → "Donald Trump"; the title is then found as a role).
//! 2. **Add mentions** resolution can prove: an acronym defined in brackets ("the National
//!    Security Council (NSC)") and its later uses ([`super::acronyms`]); a lone surname of a person
//!    named in full elsewhere (`alias:surname`, [`super::people`]).
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
use crate::text::Doc;
use std::collections::HashMap;

/// A mention while it is being resolved.
#[derive(Debug, Clone)]
pub(crate) struct Item {
    pub span: Span,
    pub kind: Kind,
    pub rule: String,
    pub confidence: f32,
    pub canonical: Option<&'static str>,
    pub link: Option<&'static str>,
    /// The surface as a name: whitespace collapsed, a leading "the" dropped.
    pub surface: String,
    /// What same-name merging compares.
    pub key: String,
}

impl Item {
    pub(crate) fn new(doc: &Doc, c: &Candidate) -> Option<Item> {
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
            if let Some(drop) = roles::leading_title(doc, span) {
                span.start += drop;
            }
        }
        let text = doc.slice(span).trim();
        if text.is_empty() {
            return None;
        }
        let surface = name_form(text);
        let key = match c.canonical {
            Some(k) => key_of(k),
            None if c.kind == Kind::Organization => key_of(without_legal_suffix(&surface)),
            None => key_of(&surface),
        };
        Some(Item {
            span,
            kind: c.kind,
            rule: c.rule.to_string(),
            confidence: c.confidence,
            canonical: c.canonical,
            link: c.link,
            surface,
            key,
        })
    }
}

/// A surface as a name: whitespace collapsed, a leading "the" dropped.
pub(crate) fn name_form(s: &str) -> String {
    let words: Vec<&str> = s.split_whitespace().collect();
    let words = match words.split_first() {
        Some((f, rest)) if !rest.is_empty() && f.eq_ignore_ascii_case("the") => rest,
        _ => &words[..],
    };
    words.join(" ")
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
        let l = last.replace('.', "").to_lowercase();
        if LEGAL_SUFFIXES.contains(&l.as_str()) {
            return head.trim_end_matches([',', ' ']);
        }
    }
    s
}

/// The comparison key of a name: lower case; an initialism without its dots ("U.S." → "us").
pub(crate) fn key_of(s: &str) -> String {
    let s = name_form(s);
    let s = if acronyms::is_acronym(&s) {
        s.replace('.', "")
    } else {
        s
    };
    s.to_lowercase()
}

/// Minimal union-find over item indices.
pub(crate) struct Sets(Vec<usize>);

impl Sets {
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
    let mut items: Vec<Item> = candidates
        .iter()
        .filter_map(|c| Item::new(doc, c))
        .collect();
    crate::sort::sort_by_key(&mut items, |it| {
        (it.span.start, std::cmp::Reverse(it.span.end))
    });
    // Added mentions: acronyms and surnames resolution can prove.
    let mut covered = Covered::new(items.iter().map(|it| it.span));
    let mut added = acronyms::added_mentions(doc, &items, &covered);
    covered.extend(added.iter().map(|it| it.span));
    added.extend(people::surname_mentions(doc, &items, &covered));
    items.extend(added);
    crate::sort::sort_by_key(&mut items, |it| {
        (it.span.start, std::cmp::Reverse(it.span.end))
    });

    let people = people::Index::new(&items);
    let mut sets = Sets::new(items.len());
    merge_same_name(&items, &people, &mut sets);
    merge_groups(&items, &mut sets);
    people::merge_parts(&items, &people, &mut sets);
    merge_place_suffix(&items, &mut sets);
    acronyms::merge(doc, &items, &mut sets);

    build(doc, items, &mut sets)
}

/// Spans already taken by mentions, for quick overlap tests.
pub(crate) struct Covered {
    /// Sorted by start.
    spans: Vec<Span>,
    /// `max_end[i]` = the largest end among `spans[..=i]`.
    max_end: Vec<usize>,
}

impl Covered {
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
    /// Adds spans.
    pub(crate) fn extend(&mut self, spans: impl Iterator<Item = Span>) {
        self.spans.extend(spans);
        self.index();
    }
    /// True when `s` shares a byte with a covered span.
    pub(crate) fn overlaps(&self, s: Span) -> bool {
        let k = self.spans.partition_point(|x| x.start < s.end);
        k > 0 && self.max_end[k - 1] > s.start
    }
}

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
fn merge_same_name(items: &[Item], people: &people::Index, sets: &mut Sets) {
    let mut first: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, it) in items.iter().enumerate() {
        if people.is_part(items, i) {
            continue;
        }
        let seen = first.entry(it.key.as_str()).or_default();
        if let Some(&j) = seen.iter().find(|&&j| compatible(items[j].kind, it.kind)) {
            sets.union(j, i);
        } else {
            seen.push(i);
        }
    }
}

/// Nationalities linked to the same country, or a plural of another ("Russians"), → one entity.
fn merge_groups(items: &[Item], sets: &mut Sets) {
    let mut by_link: HashMap<&str, usize> = HashMap::new();
    let mut by_key: HashMap<&str, usize> = HashMap::new();
    for (i, it) in items.iter().enumerate() {
        if it.kind != Kind::Group {
            continue;
        }
        if let Some(l) = it.link {
            let j = *by_link.entry(l).or_insert(i);
            sets.union(j, i);
        }
        let j = *by_key.entry(it.key.as_str()).or_insert(i);
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

/// A bare place name and its "X region" form → one entity.
fn merge_place_suffix(items: &[Item], sets: &mut Sets) {
    let mut long: HashMap<String, usize> = HashMap::new();
    for (i, it) in items.iter().enumerate() {
        if it.kind != Kind::Place {
            continue;
        }
        if let Some((base, last)) = it.key.rsplit_once(' ') {
            if PLACE_SUFFIXES.contains(&last) {
                long.entry(base.to_string()).or_insert(i);
            }
        }
    }
    for (i, it) in items.iter().enumerate() {
        if matches!(it.kind, Kind::Place | Kind::Other) {
            if let Some(&j) = long.get(&it.key) {
                sets.union(j, i);
            }
        }
    }
}

/// Turns clusters into mentions and entities; attaches roles; scores salience.
fn build(doc: &Doc, items: Vec<Item>, sets: &mut Sets) -> (Vec<Mention>, Vec<Entity>) {
    // Clusters in order of first mention (items are in text order).
    let mut cluster_of: HashMap<usize, usize> = HashMap::new();
    let mut clusters: Vec<Vec<usize>> = Vec::new();
    for i in 0..items.len() {
        let r = sets.find(i);
        let c = *cluster_of.entry(r).or_insert_with(|| {
            clusters.push(Vec::new());
            clusters.len() - 1
        });
        clusters[c].push(i);
    }
    let mut entities = Vec::with_capacity(clusters.len());
    let mut mention_entity = vec![0usize; items.len()];
    for (id, members) in clusters.iter().enumerate() {
        let kind = entity_kind(&items, members);
        let name = canonical_name(&items, members, kind);
        let mut aliases: Vec<String> = Vec::new();
        for &m in members {
            let s = &items[m].surface;
            if *s != name && !aliases.contains(s) {
                aliases.push(s.clone());
            }
            mention_entity[m] = id;
        }
        entities.push(Entity {
            id,
            kind,
            name,
            mentions: members.clone(),
            aliases,
            roles: Vec::new(),
            salience: 0.0,
            // The finder's link, else the shared lexicon's country for a nationality word.
            country: members
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
                .map(str::to_string),
        });
    }
    let mentions: Vec<Mention> = items
        .iter()
        .enumerate()
        .map(|(i, it)| {
            let e = &entities[mention_entity[i]];
            Mention {
                start: it.span.start,
                end: it.span.end,
                text: String::new(),
                // A word no finder could type takes its entity's kind ("Trump" beside "Donald Trump").
                kind: if it.kind == Kind::Other {
                    e.kind
                } else {
                    it.kind
                },
                entity: e.id,
                rule: it.rule.clone(),
                confidence: it.confidence,
            }
        })
        .collect();
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

/// Person if any member is a person; else the kind most mentions have (ties: the first).
fn entity_kind(items: &[Item], members: &[usize]) -> Kind {
    if members.iter().any(|&m| items[m].kind == Kind::Person) {
        return Kind::Person;
    }
    let mut counts: Vec<(Kind, usize)> = Vec::new();
    for &m in members {
        let k = items[m].kind;
        if k == Kind::Other {
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
    // A gazetteer name counts when it renames ("US" → "United States"), not when it only repeats
    // the surface ("Kursk" → "Kursk", which must not beat "Kursk region").
    let mut canon: Vec<(&str, usize)> = Vec::new();
    for &m in members {
        if let Some(c) = items[m].canonical {
            if key_of(c) == key_of(&items[m].surface) {
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
            let s = items[m].surface.as_str();
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
            people::person_words(s).len()
        } else {
            s.split_whitespace().count()
        };
        (!acronyms::is_acronym(s), words, s.len())
    };
    let mut best = members[0];
    for &m in &members[1..] {
        if score(m) > score(best) {
            best = m;
        }
    }
    items[best].surface.clone()
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
