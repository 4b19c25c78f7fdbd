//! Entity resolution: mentions merged into entities with one canonical name, aliases, roles and
//! salience.
//!
//! Steps, in order:
//! 1. **Clean spans**: a possessive stays outside the mention ("Putin's" → "Putin"); an honorific
//!    or title a finder left at the front of a person's span is cut off ("President Donald
//!    Trump" → "Donald Trump"; the title is then found as a role).
//! 2. **Add mentions** resolution can prove: an acronym defined in brackets ("the National
//!    Security Council (NSC)") and its later uses ([`super::acronyms`]); a lone surname of a person
//!    named in full elsewhere (`alias:surname`).
//! 3. **Merge** (union-find), each rule in its own function below:
//!    same key (the gazetteer's canonical name, else the surface without "the", case and
//!    initialism dots) → `same-name`; a person's surname, first name or shorter form → the full
//!    name nearest before it, else after it (`person-part`); a bare place and its
//!    "X region/province/oblast" form (`place-suffix`); acronyms and their expansions
//!    (`acronym`); a nationality and its plural or the other forms linked to the same country
//!    (`group-link`).
//! 4. **Name** each entity: the gazetteer's canonical name if one was given, else the longest full
//!    form seen (not an acronym); the other forms become aliases.
//! 5. **Roles** from [`super::roles`], **salience** from mention count, first position and the
//!    headline.
//!
//! Spans stay normalized byte offsets (the pipeline maps them back); `Mention::text` is left
//! empty for the pipeline to fill.

use super::acronyms;
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
    items.sort_by_key(|it| (it.span.start, std::cmp::Reverse(it.span.end)));
    // Added mentions: acronyms and surnames resolution can prove.
    let added = acronyms::added_mentions(doc, &items)
        .into_iter()
        .chain(surname_mentions(doc, &items))
        .collect::<Vec<_>>();
    // `items` is sorted by start: only the items starting before an added span's end can overlap
    // it, and among them the one reaching furthest decides (prefix maxima of ends).
    let mut reach = Vec::with_capacity(items.len());
    let mut far = 0usize;
    for it in &items {
        far = far.max(it.span.end);
        reach.push(far);
    }
    let clear = |sp: &crate::span::Span| {
        let k = items.partition_point(|o| o.span.start < sp.end);
        k == 0 || reach[k - 1] <= sp.start
    };
    let added: Vec<Item> = added.into_iter().filter(|it| clear(&it.span)).collect();
    let mut placed = crate::span::DisjointSpans::default();
    for it in added {
        if placed.insert(it.span) {
            items.push(it);
        }
    }
    items.sort_by_key(|it| (it.span.start, std::cmp::Reverse(it.span.end)));

    let mut sets = Sets::new(items.len());
    merge_same_name(&items, &mut sets);
    merge_groups(&items, &mut sets);
    merge_person_parts(&items, &mut sets);
    merge_place_suffix(&items, &mut sets);
    acronyms::merge(doc, &items, &mut sets);

    build(doc, items, &mut sets)
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
/// form ("Trump") is left to [`merge_person_parts`] when some longer name contains it: two
/// people may share a surname.
fn merge_same_name(items: &[Item], sets: &mut Sets) {
    let persons = PersonForms::new(items);
    let partial = |i: usize| items[i].kind == Kind::Person && !persons.fuller(i).is_empty();
    let mut first: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, it) in items.iter().enumerate() {
        if partial(i) {
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
    // First group seen per country link and per singular key; later ones join it.
    let mut by_link: HashMap<&str, usize> = HashMap::new();
    let mut by_key: HashMap<&str, usize> = HashMap::new();
    for (i, a) in items.iter().enumerate() {
        if a.kind != Kind::Group {
            continue;
        }
        if let Some(link) = a.link {
            match by_link.get(link) {
                Some(&j) => sets.union(j, i),
                None => {
                    by_link.insert(link, i);
                }
            }
        }
        // "Russians" ~ "Russian": both file under the key without a final "s".
        let stem = a.key.strip_suffix('s').unwrap_or(&a.key);
        match by_key.get(stem) {
            Some(&j) => sets.union(j, i),
            None => {
                by_key.insert(stem, i);
            }
        }
    }
}

/// Name suffixes dropped from person names when comparing ("Jr.", "III").
const NAME_SUFFIXES: &[&str] = &["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"];

/// The words of a person name used for matching, lower case, without suffixes.
fn person_words(surface: &str) -> Vec<String> {
    let mut w: Vec<String> = surface
        .split_whitespace()
        .map(|x| x.trim_end_matches(',').to_lowercase())
        .filter(|x| !x.is_empty())
        .collect();
    while w.len() > 1
        && w.last()
            .is_some_and(|x| NAME_SUFFIXES.contains(&x.as_str()))
    {
        w.pop();
    }
    w
}

/// True when the words of `short` name the same person as `full`: `short` is an ordered
/// subsequence of `full` ending in its surname, or `short` is `full`'s first name alone.
fn part_of(short: &[String], full: &[String]) -> bool {
    if short.is_empty() || short.len() >= full.len() {
        return false;
    }
    if short.len() == 1 && short[0] == full[0] {
        return true;
    }
    if short.last() != full.last() {
        return false;
    }
    let mut it = full.iter();
    short.iter().all(|s| it.any(|f| f == s))
}

/// A person's shorter form ("Putin", "Donald Trump") → the full name nearest before it, else the
/// first after it. A lone word a finder typed `other` is taken too (and becomes a person).
fn merge_person_parts(items: &[Item], sets: &mut Sets) {
    let persons = PersonForms::new(items);
    // Longer forms first so "Donald Trump" joins "Donald J. Trump" before "Trump" joins either.
    let mut order: Vec<usize> = (0..items.len())
        .filter(|&i| {
            items[i].kind == Kind::Person
                || (items[i].kind == Kind::Other && persons.words[i].len() == 1)
        })
        .collect();
    order.sort_by_key(|&i| std::cmp::Reverse(persons.words[i].len()));
    for &i in &order {
        // Each fuller form's person items are in text order: the last one starting before `i`
        // is that form's nearest; the nearest over all forms wins, else the first after.
        let start = items[i].span.start;
        let mut before: Option<usize> = None;
        let mut first: Option<usize> = None;
        for list in persons.fuller(i) {
            let k = list.partition_point(|&j| items[j].span.start < start);
            if k > 0 {
                before = before.max(Some(list[k - 1]));
            }
            first = Some(first.map_or(list[0], |f: usize| f.min(list[0])));
        }
        if let Some(j) = before.or(first) {
            sets.union(j, i);
        }
    }
}

/// The person-name word forms of a document, each distinct form once, so comparing every
/// mention with every fuller name costs (distinct forms)², not (mentions)².
struct PersonForms {
    /// Words of each item's surface ([`person_words`]).
    words: Vec<Vec<String>>,
    /// Distinct form of each item.
    form_of: Vec<usize>,
    /// For each distinct form: the person items bearing it, in text order.
    persons: Vec<Vec<usize>>,
    /// For each distinct form: the distinct forms it is a part of ([`part_of`]) that persons bear.
    fuller: Vec<Vec<usize>>,
}

impl PersonForms {
    fn new(items: &[Item]) -> Self {
        let words: Vec<Vec<String>> = items.iter().map(|it| person_words(&it.surface)).collect();
        let mut index: HashMap<&[String], usize> = HashMap::new();
        let mut forms: Vec<&[String]> = Vec::new();
        let mut form_of = Vec::with_capacity(items.len());
        for w in &words {
            let n = forms.len();
            let f = *index.entry(w.as_slice()).or_insert(n);
            if f == n {
                forms.push(w.as_slice());
            }
            form_of.push(f);
        }
        let mut persons = vec![Vec::new(); forms.len()];
        for (i, it) in items.iter().enumerate() {
            if it.kind == Kind::Person {
                persons[form_of[i]].push(i);
            }
        }
        let fuller = (0..forms.len())
            .map(|a| {
                (0..forms.len())
                    .filter(|&b| !persons[b].is_empty() && part_of(forms[a], forms[b]))
                    .collect()
            })
            .collect();
        PersonForms { words, form_of, persons, fuller }
    }

    /// The person items of every fuller form of item `i`'s name, one text-ordered list per form.
    fn fuller(&self, i: usize) -> Vec<&[usize]> {
        self.fuller[self.form_of[i]].iter().map(|&b| self.persons[b].as_slice()).collect()
    }
}

/// Words that turn a place name into the name of its region: "Kursk" ~ "Kursk region".
/// ("city" and "state" are left out: "Mexico City" is not Mexico, "Washington state" not
/// Washington, D.C.)
const PLACE_SUFFIXES: &[&str] = &[
    "region",
    "province",
    "oblast",
    "county",
    "district",
    "territory",
    "governorate",
    "prefecture",
    "krai",
    "municipality",
    "department",
    "canton",
    "area",
    "raion",
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

/// Months and weekdays: never taken as a lone surname.
const NOT_SURNAMES: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Uses of a full-named person's surname that no finder proposed ("Ushakov" after "Yuri
/// Ushakov"), standing alone (no capitalized word glued on either side).
fn surname_mentions(doc: &Doc, items: &[Item]) -> Vec<Item> {
    let mut surnames: HashMap<&str, usize> = HashMap::new();
    for (i, it) in items.iter().enumerate() {
        let ws: Vec<&str> = it.surface.split_whitespace().collect();
        if it.kind != Kind::Person || ws.len() < 2 {
            continue;
        }
        let Some(last) = ws.last() else { continue };
        if last.chars().count() >= 3
            && last.starts_with(char::is_uppercase)
            && !NOT_SURNAMES.contains(last)
            && !roles::is_title(last)
            && !surnames.contains_key(last)
        {
            surnames.insert(last, i);
        }
    }
    let mut out = Vec::new();
    if surnames.is_empty() {
        return out;
    }
    let toks = &doc.tokens;
    let taken = crate::span::OverlapIndex::new(items.iter().map(|it| it.span));
    for (k, t) in toks.iter().enumerate() {
        let w = t.text(&doc.text);
        let Some(&src) = surnames.get(w) else {
            continue;
        };
        if taken.any(t.span) {
            continue;
        }
        let glued_cap = |j: Option<usize>| {
            j.and_then(|j| toks.get(j)).is_some_and(|n| {
                n.sentence == t.sentence
                    && n.kind == crate::text::TokenKind::Word
                    && n.is_capitalized(&doc.text)
            })
        };
        // "Melania Trump" (another person) or "Trump Tower" (another name): not this one. A
        // capitalized word before at the sentence start ("The") does not count.
        let prev_is_name = k > 0
            && glued_cap(Some(k - 1))
            && toks[k - 1].sentence == t.sentence
            && doc
                .sentences
                .get(t.sentence)
                .is_some_and(|s| s.tokens.start != k - 1);
        if glued_cap(Some(k + 1)) || prev_is_name {
            continue;
        }
        let src = &items[src];
        out.push(Item {
            span: t.span,
            kind: Kind::Person,
            rule: "alias:surname".to_string(),
            confidence: (src.confidence * 0.9).min(0.9),
            canonical: None,
            link: None,
            surface: w.to_string(),
            key: w.to_lowercase(),
        });
    }
    out
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
            country: members
                .iter()
                .find_map(|&m| items[m].link)
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
            person_words(s).len()
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
