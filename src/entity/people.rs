//! People's names in entity resolution: shorter forms joined to full names, and lone surnames.
//!
//! - `person-part`: "Putin" (surname), "Donald" (first name), "Donald Trump" (a shorter form of
//!   "Donald J. Trump") → the full name nearest before it, else the first after it. Two people
//!   may share a surname ("Melania Trump", "Donald Trump"): the nearest full name wins.
//! - `alias:surname`: a use of a full-named person's surname that no finder proposed, standing
//!   alone, becomes a mention (only for names with a known given name or surname).
//!
//! Everything is indexed by first and last word, so the cost stays linear in the mentions.

use super::resolve::{Covered, Item, Sets};
use super::roles;
use crate::model::Kind;
use crate::text::{Doc, TokenKind};
use std::collections::HashMap;

/// Name suffixes dropped from person names when comparing ("Jr.", "III").
const NAME_SUFFIXES: &[&str] = &["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"];

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

/// The words of a person name used for matching, lower case, without suffixes.
pub(crate) fn person_words(surface: &str) -> Vec<String> {
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
pub(crate) fn part_of(short: &[String], full: &[String]) -> bool {
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

/// The person names of a document, by distinct form, indexed by first and last word.
pub(crate) struct Index {
    /// Words of every item (empty for non-persons).
    words: Vec<Vec<String>>,
    /// Distinct person forms: words and the items using them, in text order.
    forms: Vec<(Vec<String>, Vec<usize>)>,
    /// [`Index::fuller`] of each item, computed once per distinct word list (`fullers[fuller_of[i]]`):
    /// items repeating a name share the answer instead of rescanning its surname's forms.
    fuller_of: Vec<usize>,
    fullers: Vec<Vec<usize>>,
}

impl Index {
    pub(crate) fn new(items: &[Item]) -> Index {
        let words: Vec<Vec<String>> = items
            .iter()
            .map(|it| {
                if matches!(it.kind, Kind::Person | Kind::Other) {
                    person_words(&it.surface)
                } else {
                    Vec::new()
                }
            })
            .collect();
        let mut form_of: HashMap<&[String], usize> = HashMap::new();
        let mut forms: Vec<(Vec<String>, Vec<usize>)> = Vec::new();
        for (i, it) in items.iter().enumerate() {
            if it.kind != Kind::Person || words[i].is_empty() {
                continue;
            }
            let f = *form_of.entry(&words[i]).or_insert_with(|| {
                forms.push((words[i].clone(), Vec::new()));
                forms.len() - 1
            });
            forms[f].1.push(i);
        }
        let mut by_last: HashMap<String, Vec<usize>> = HashMap::new();
        let mut by_first: HashMap<String, Vec<usize>> = HashMap::new();
        for (f, (w, _)) in forms.iter().enumerate() {
            if w.len() >= 2 {
                by_last.entry(w[w.len() - 1].clone()).or_default().push(f);
                by_first.entry(w[0].clone()).or_default().push(f);
            }
        }
        let mut fuller_of = Vec::with_capacity(words.len());
        let mut fullers: Vec<Vec<usize>> = Vec::new();
        {
            let mut seen: HashMap<&[String], usize> = HashMap::new();
            for w in &words {
                let k = *seen.entry(w.as_slice()).or_insert_with(|| {
                    fullers.push(fuller(w, &forms, &by_last, &by_first));
                    fullers.len() - 1
                });
                fuller_of.push(k);
            }
        }
        Index {
            words,
            forms,
            fuller_of,
            fullers,
        }
    }

    /// Distinct longer person forms that item `i`'s name is a part of.
    fn fuller(&self, i: usize) -> &[usize] {
        &self.fullers[self.fuller_of[i]]
    }

    /// True when item `i` is a person whose name is part of a longer person name.
    pub(crate) fn is_part(&self, items: &[Item], i: usize) -> bool {
        items[i].kind == Kind::Person && !self.fuller(i).is_empty()
    }
}

/// Distinct longer person forms that a name with words `w` is a part of.
fn fuller(
    w: &[String],
    forms: &[(Vec<String>, Vec<usize>)],
    by_last: &HashMap<String, Vec<usize>>,
    by_first: &HashMap<String, Vec<usize>>,
) -> Vec<usize> {
    let (Some(first), Some(last)) = (w.first(), w.last()) else {
        return Vec::new();
    };
    let mut out: Vec<usize> = Vec::new();
    let by_first = if w.len() == 1 {
        by_first.get(first)
    } else {
        None
    };
    for &f in by_last.get(last).into_iter().chain(by_first).flatten() {
        if !out.contains(&f) && part_of(w, &forms[f].0) {
            out.push(f);
        }
    }
    out
}

/// A person's shorter form → the full name nearest before it, else the first after it. A lone
/// word a finder typed `other` is taken too (and becomes a person).
pub(crate) fn merge_parts(items: &[Item], index: &Index, sets: &mut Sets) {
    // Longer forms first so "Donald Trump" joins "Donald J. Trump" before "Trump" joins either.
    let mut order: Vec<usize> = (0..items.len())
        .filter(|&i| {
            items[i].kind == Kind::Person
                || (items[i].kind == Kind::Other && index.words[i].len() == 1)
        })
        .collect();
    crate::sort::sort_by_key(&mut order, |&i| std::cmp::Reverse(index.words[i].len()));
    for &i in &order {
        let start = items[i].span.start;
        let mut before: Option<usize> = None; // nearest item before
        let mut after: Option<usize> = None; // first item after
        for &f in index.fuller(i) {
            let uses = &index.forms[f].1;
            let k = uses.partition_point(|&j| items[j].span.start < start);
            if k > 0 && before.is_none_or(|b| items[uses[k - 1]].span.start > items[b].span.start) {
                before = Some(uses[k - 1]);
            }
            if let Some(&j) = uses.get(k) {
                if after.is_none_or(|a| items[j].span.start < items[a].span.start) {
                    after = Some(j);
                }
            }
        }
        if let Some(j) = before.or(after) {
            sets.union(j, i);
        }
    }
}

/// Uses of a full-named person's surname that no finder proposed ("Ushakov" after "Yuri
/// Ushakov"), standing alone (no capitalized word glued on either side). Only for full names
/// with a known given name or surname (not "Space Shuttle Discovery").
pub(crate) fn surname_mentions(doc: &Doc, items: &[Item], covered: &Covered) -> Vec<Item> {
    let mut surnames: HashMap<&str, usize> = HashMap::new();
    for (i, it) in items.iter().enumerate() {
        let ws: Vec<&str> = it.surface.split_whitespace().collect();
        if it.kind != Kind::Person || ws.len() < 2 {
            continue;
        }
        let (Some(first), Some(last)) = (ws.first(), ws.last()) else {
            continue;
        };
        if last.chars().count() >= 3
            && last.starts_with(char::is_uppercase)
            && !NOT_SURNAMES.contains(last)
            && !roles::is_title(last)
            && looks_like_person(first, last)
        {
            surnames.entry(last).or_insert(i);
        }
    }
    let mut out = Vec::new();
    if surnames.is_empty() {
        return out;
    }
    let toks = &doc.tokens;
    for (k, t) in toks.iter().enumerate() {
        let w = t.text(&doc.text);
        let Some(&src) = surnames.get(w) else {
            continue;
        };
        if covered.overlaps(t.span) {
            continue;
        }
        let cap = |j: usize| {
            toks.get(j).is_some_and(|n| {
                n.sentence == t.sentence && n.kind == TokenKind::Word && n.is_capitalized(&doc.text)
            })
        };
        // "Melania Trump" (another person) or "Trump Tower" (another name): not this one. A
        // capitalized word before at the sentence start ("The") does not count.
        let sentence_start = doc.sentences.get(t.sentence).map(|s| s.tokens.start);
        let prev_is_name = k > 0 && cap(k - 1) && sentence_start != Some(k - 1);
        if cap(k + 1) || prev_is_name {
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

/// True when a full name looks like a person's: the shared lexicon knows its first word as a
/// given name or its last word as a surname.
fn looks_like_person(first: &str, last: &str) -> bool {
    super::lexicon::is_given_name(first) || super::lexicon::is_surname(last)
}
