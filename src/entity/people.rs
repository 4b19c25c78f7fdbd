//! People's names in entity resolution: shorter forms joined to full names, and lone surnames.
//!
//! - `person-part`: "Putin" (surname), "Donald" (first name), "Donald Trump" (a shorter form of
//!   "Donald J. Trump") → the full name nearest before it, else the first after it. Two people
//!   may share a surname ("Melania Trump", "Donald Trump"): the nearest full name wins.
//! - `alias:surname`: a use of a full-named person's surname that no finder proposed, standing
//!   alone, becomes a mention (only for names with a known given name or surname).
//! - `alias:first-word`: the same for a full name's first word before a verb of saying or an
//!   age ("Gukesh said" after "Gukesh Dommaraju", "Ding, 33," after "Ding Liren"), for any
//!   full name, when the word is no surname, listed name or ordinary word.
//! - `alias:short-name`: the same for an organization's short name ("Nordwind" after "Nordwind
//!   Energy") and a storm's ("Ilsa" after "Hurricane Ilsa"); a place or guess proposed on that
//!   word joins the organization too, and a person proposed on a storm's name joins the storm.
//! - `alias:listed-short-name`: a nationality or listed place that opens an organization's name,
//!   used alone after it with a possessive or a word of trade ("Hawaiian's debt", "Alaska CEO"
//!   after "Hawaiian Holdings", "Alaska Air Group"): the organization.
//!
//! Everything is indexed by first and last word, so the cost stays linear in the mentions.

use super::resolve::{Covered, FastMap, FirstBytes, Item, Sets};
use super::roles;
use crate::model::Kind;
use crate::span::Span;
use crate::text::hash::{any_of, Lower};
use crate::text::{Doc, TokenKind};

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
        .map(|x| x.trim_end_matches(',').lower())
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

/// `person_words(surface).len()`, without building the words.
pub(crate) fn person_word_count(surface: &str) -> usize {
    let mut words = surface
        .split_whitespace()
        .map(|x| x.trim_end_matches(','))
        .filter(|x| !x.is_empty());
    let mut n: usize = 0;
    // Trailing suffixes (matched case-insensitively: they are ASCII, and no other character
    // lower-cases to their letters) since the last other word.
    let mut suffixes = 0;
    for w in words.by_ref() {
        n += 1;
        if any_of(w, NAME_SUFFIXES) {
            suffixes += 1;
        } else {
            suffixes = 0;
        }
    }
    // `person_words` pops suffixes while more than one word remains.
    n - suffixes.min(n.saturating_sub(1))
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
    /// Distinct word lists ([`person_words`] of each distinct surface); list 0 is empty.
    lists: Vec<Vec<String>>,
    /// The word list of every item (0 for non-persons).
    list_of: Vec<usize>,
    /// Distinct person forms: words (a list) and the items using them, in text order.
    forms: Vec<(usize, Vec<usize>)>,
    /// [`Index::fuller`] of each word list: items repeating a name share the answer instead of
    /// rescanning its surname's forms.
    fullers: Vec<Vec<usize>>,
}

impl Index {
    #[inline(never)]
    pub(crate) fn new(items: &[Item]) -> Index {
        // Word lists by distinct surface: a name repeated a hundred times is split once.
        let mut lists: Vec<Vec<String>> = vec![Vec::new()];
        let mut by_surface: FastMap<&str, usize> = FastMap::default();
        let list_of: Vec<usize> = items
            .iter()
            .map(|it| {
                if !matches!(it.kind, Kind::Person | Kind::Other) {
                    return 0;
                }
                *by_surface.entry(&it.surface).or_insert_with(|| {
                    lists.push(person_words(&it.surface));
                    lists.len() - 1
                })
            })
            .collect();
        let mut form_of: FastMap<&[String], usize> = FastMap::default();
        let mut forms: Vec<(usize, Vec<usize>)> = Vec::new();
        for (i, it) in items.iter().enumerate() {
            let l = list_of[i];
            if it.kind != Kind::Person || lists[l].is_empty() {
                continue;
            }
            let f = *form_of.entry(&lists[l]).or_insert_with(|| {
                forms.push((l, Vec::new()));
                forms.len() - 1
            });
            forms[f].1.push(i);
        }
        let mut by_last: FastMap<&str, Vec<usize>> = FastMap::default();
        let mut by_first: FastMap<&str, Vec<usize>> = FastMap::default();
        let mut by_middle: FastMap<&str, Vec<usize>> = FastMap::default();
        for (f, &(l, _)) in forms.iter().enumerate() {
            let w = &lists[l];
            if w.len() >= 2 {
                by_last.entry(&w[w.len() - 1]).or_default().push(f);
                by_first.entry(&w[0]).or_default().push(f);
            }
            for m in w.iter().take(w.len().saturating_sub(1)).skip(1) {
                if m.len() > 2 && !m.ends_with('.') && !super::patterns::is_connector(m) {
                    by_middle.entry(m).or_default().push(f);
                }
            }
        }
        let fullers = lists
            .iter()
            .map(|w| {
                let mut out = fuller(w, &lists, &forms, &by_last, &by_first);
                // A lone word from the middle of one full name, when no name begins or ends
                // with it: "Lula" of "Luiz Inacio Lula da Silva", "Garcia" of "Gabriel Garcia
                // Marquez".
                if let ([only], true) = (w.as_slice(), out.is_empty()) {
                    if let Some([f]) = by_middle.get(only.as_str()).map(Vec::as_slice) {
                        out.push(*f);
                    }
                }
                out
            })
            .collect();
        Index {
            lists,
            list_of,
            forms,
            fullers,
        }
    }

    /// The words of item `i`'s name (empty for non-persons).
    fn words(&self, i: usize) -> &[String] {
        &self.lists[self.list_of[i]]
    }

    /// Distinct longer person forms that item `i`'s name is a part of.
    fn fuller(&self, i: usize) -> &[usize] {
        &self.fullers[self.list_of[i]]
    }

    /// True when item `i` is a person whose name is part of a longer person name.
    pub(crate) fn is_part(&self, items: &[Item], i: usize) -> bool {
        items[i].kind == Kind::Person && !self.fuller(i).is_empty()
    }
}

/// Distinct longer person forms that a name with words `w` is a part of.
fn fuller(
    w: &[String],
    lists: &[Vec<String>],
    forms: &[(usize, Vec<usize>)],
    by_last: &FastMap<&str, Vec<usize>>,
    by_first: &FastMap<&str, Vec<usize>>,
) -> Vec<usize> {
    let (Some(first), Some(last)) = (w.first(), w.last()) else {
        return Vec::new();
    };
    let mut out: Vec<usize> = Vec::new();
    let by_first = if w.len() == 1 {
        by_first.get(first.as_str())
    } else {
        None
    };
    for &f in by_last
        .get(last.as_str())
        .into_iter()
        .chain(by_first)
        .flatten()
    {
        if !out.contains(&f) && part_of(w, &lists[forms[f].0]) {
            out.push(f);
        }
    }
    out
}

/// A person's shorter form → the full name nearest before it, else the first after it. A lone
/// word a finder typed `other` is taken too (and becomes a person).
#[inline(never)]
pub(crate) fn merge_parts(items: &[Item], index: &Index, sets: &mut Sets) {
    // Longer forms first so "Donald Trump" joins "Donald J. Trump" before "Trump" joins either.
    let mut order: Vec<usize> = (0..items.len())
        .filter(|&i| {
            items[i].kind == Kind::Person
                || (items[i].kind == Kind::Other && index.words(i).len() == 1)
        })
        .collect();
    crate::sort::sort_by_key(&mut order, |&i| std::cmp::Reverse(index.words(i).len()));
    for &i in &order {
        let start = items[i].span.start;
        let mut before: Option<usize> = None; // nearest item before
        let mut after: Option<usize> = None; // first item after
        for &f in index.fuller(i) {
            let uses = &index.forms[f].1;
            let k = uses.partition_point(|&j| items[j].span.start < start);
            if k > 0
                && before.map_or(true, |b| {
                    items[uses[k - 1]].span.start > items[b].span.start
                })
            {
                before = Some(uses[k - 1]);
            }
            if let Some(&j) = uses.get(k) {
                if after.map_or(true, |a| items[j].span.start < items[a].span.start) {
                    after = Some(j);
                }
            }
        }
        if let Some(j) = before.or(after) {
            sets.union(j, i);
        }
    }
}

/// The surnames of full-named persons, for finding their uses that no finder proposed ("Ushakov" after "Yuri
/// Ushakov"), standing alone (no capitalized word glued on either side). Only for full names
/// with a known given name or surname (not "Space Shuttle Discovery"). Organizations' short
/// names ([`short_name`]) are found the same way.
pub(crate) struct Surnames<'i> {
    /// Surname → the first item naming the person in full; short name → the first item naming
    /// the organization in full; also a full name's first word (see [`Surnames::new`]), marked
    /// `true`.
    map: FastMap<&'i str, (usize, bool)>,
    initials: FirstBytes,
}

impl<'i> Surnames<'i> {
    #[inline(never)]
    pub(crate) fn new(items: &'i [Item]) -> Self {
        let mut map: FastMap<&str, (usize, bool)> = FastMap::default();
        let mut initials = FirstBytes::default();
        for (i, it) in items.iter().enumerate() {
            if let Some(short) = short_name(it) {
                map.entry(short).or_insert((i, false));
                initials.insert(short);
                continue;
            }
            if it.kind != Kind::Person {
                continue;
            }
            let mut ws = it.surface.split_whitespace();
            let (Some(first), Some(last)) = (ws.next(), ws.next_back()) else {
                continue;
            };
            // Only the first full name of a surname counts.
            if !map.contains_key(last)
                && last.chars().count() >= 3
                && last.starts_with(char::is_uppercase)
                && !NOT_SURNAMES.contains(&last)
                && !roles::is_title(last)
                && looks_like_person(first, last)
            {
                map.entry(last).or_insert((i, false));
                initials.insert(last);
            }
        }
        // A full name's first word alone ("Gukesh" after "Gukesh Dommaraju", "Ding" after "Ding
        // Liren": a name said in its own order, or a name the person goes by), when no
        // surname is that word and it is no listed name, ordinary word or title; found only
        // before a verb of saying or an age (see `at`).
        for (i, it) in items.iter().enumerate() {
            if it.kind != Kind::Person {
                continue;
            }
            let Some((first, rest)) = it.surface.split_once(' ') else {
                continue;
            };
            if !map.contains_key(first)
                && !rest.is_empty()
                && first.len() >= 3
                && first.starts_with(char::is_uppercase)
                && first.chars().all(char::is_alphabetic)
                && !NOT_SURNAMES.contains(&first)
                && !roles::is_title(first)
                && super::gazetteer::lookup(first).is_none()
                && !super::lexicon::is_vocabulary(first)
            {
                map.insert(first, (i, true));
                initials.insert(first);
            }
        }
        Surnames { map, initials }
    }
    pub(crate) fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
    /// False when the token at `span` is certainly no surname here.
    #[inline]
    pub(crate) fn may_hold_at(&self, text: &str, span: Span) -> bool {
        self.initials.may_hold_at(text, span)
    }
    /// The mention token `k` (text `w`) adds, if it is such a surname where no mention is.
    pub(crate) fn at<'d>(
        &self,
        doc: &'d Doc,
        items: &[Item],
        k: usize,
        w: &'d str,
        covered: &Covered,
    ) -> Option<Item<'d>> {
        let &(src, first_word) = self.map.get(w)?;
        let toks = &doc.tokens;
        let t = &toks[k];
        if covered.overlaps(t.span()) {
            return None;
        }
        // A first word alone: "Gukesh said", "Ding, 33, had".
        let word = |j: usize| toks.get(j).map_or("", |n| n.text(&doc.text));
        if first_word
            && !super::lexicon::is_speech_verb(word(k + 1))
            && !(word(k + 1) == ","
                && word(k + 2).bytes().all(|b| b.is_ascii_digit())
                && word(k + 3) == ",")
        {
            return None;
        }
        let cap = |j: usize| {
            toks.get(j).is_some_and(|n| {
                doc.same_sentence(j, k)
                    && n.kind(&doc.text) == TokenKind::Word
                    && n.is_capitalized(&doc.text)
            })
        };
        // "Melania Trump" (another person) or "Trump Tower" (another name): not this one. A
        // capitalized word before at the sentence start ("The") does not count.
        let sentence_start = doc
            .sentences
            .get(doc.sentence_of(k))
            .map(|s| s.tokens.start);
        let prev_is_name = k > 0 && cap(k - 1) && sentence_start != Some(k - 1);
        if cap(k + 1) || prev_is_name {
            return None;
        }
        let src = &items[src];
        let person = src.kind == Kind::Person;
        Some(Item {
            span: t.span(),
            kind: src.kind,
            rule: if first_word {
                "alias:first-word"
            } else if person {
                "alias:surname"
            } else {
                "alias:short-name"
            },
            confidence: (src.confidence * 0.9).min(0.9),
            canonical: None,
            link: None,
            surface: w.into(),
            // An organization's short name merges by its full name's key.
            key: if person {
                w.lower().into()
            } else {
                src.key.clone()
            },
        })
    }

    /// The single-word items that name an organization or a storm by its short name (see
    /// [`short_name`]), each with the full name's item: those a finder proposed as a place or
    /// guessed ("Shares in Nordwind"), or, for a storm, as a person ("Milton killed 24 people").
    /// They take its key and kind.
    #[inline(never)]
    pub(crate) fn short_names(&self, items: &[Item]) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        for (i, it) in items.iter().enumerate() {
            if let Some(&(src, false)) = self.map.get(&*it.surface) {
                let storm = items[src].kind == Kind::Event && it.kind == Kind::Person;
                if matches!(items[src].kind, Kind::Organization | Kind::Event)
                    && (storm || matches!(it.kind, Kind::Place | Kind::Organization | Kind::Other))
                    && it.canonical.is_none()
                {
                    out.push((i, src));
                }
            }
        }
        out
    }
}

/// Words after a company's short name that say the company, not the nationality, is meant
/// ("Hawaiian shareholders", "Hawaiian CEO Peter Ingram" after "Hawaiian Holdings").
pub(crate) const COMPANY_NOUNS: &[&str] = &[
    "shares",
    "shareholders",
    "stockholders",
    "stock",
    "ceo",
    "cfo",
    "executives",
    "management",
];

/// The nationality and place items that name an organization whose full name opens with that
/// word ("Hawaiian" after "Hawaiian Holdings", "Alaska" after "Alaska Air Group"), each with the
/// full name's item: after the full name, with a word of [`COMPANY_NOUNS`] after it ("Hawaiian
/// shareholders", "Alaska CEO Ben Minicucci"; not "Hawaiian voters") or, for a nationality, a
/// possessive ("Hawaiian's debt"). [`short_name`] leaves listed words out; these cues let them
/// in. They take the full name's key and kind.
#[inline(never)]
pub(crate) fn listed_short_names(doc: &Doc, items: &[Item]) -> Vec<(usize, usize)> {
    let mut firsts: FastMap<&str, usize> = FastMap::default();
    for (i, it) in items.iter().enumerate() {
        if it.kind != Kind::Organization {
            continue;
        }
        if let Some((first, _)) = it.surface.split_once(' ') {
            let place = || super::gazetteer::lookup(first).is_some_and(|g| g.kind == Kind::Place);
            if super::lexicon::demonym(first).is_some() || place() {
                firsts.entry(first).or_insert(i);
            }
        }
    }
    if firsts.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if !matches!(it.kind, Kind::Group | Kind::Place) {
            continue;
        }
        let Some(&org) = firsts.get(&*it.surface) else {
            continue;
        };
        if it.span.start < items[org].span.end {
            continue;
        }
        let after = &doc.text[it.span.end..];
        let possessive = after.starts_with("'s") || after.starts_with("\u{2019}s");
        let next = after
            .trim_start_matches([' ', '\t'])
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        // A place's possessive is its own ("Texas's governor").
        if (possessive && it.kind == Kind::Group) || any_of(next, COMPANY_NOUNS) {
            out.push((i, org));
        }
    }
    out
}

/// The short name of a storm ("Ilsa" of "Hurricane Ilsa"), or of an organization (see
/// [`company_short_name`]): news writes it alone after the full name.
#[inline(never)]
fn short_name<'i>(it: &'i Item) -> Option<&'i str> {
    // A storm by its name alone ("Ilsa" after "Hurricane Ilsa").
    if it.kind == Kind::Event && it.rule == "head:event" {
        let (kind, name) = it.surface.split_once(' ')?;
        return (any_of(kind, &["hurricane", "typhoon", "cyclone"])
            && name.len() >= 3
            && name.chars().all(char::is_alphabetic)
            && name.starts_with(char::is_uppercase))
        .then_some(name);
    }
    if it.kind != Kind::Organization {
        return None;
    }
    company_short_name(&it.surface, it.rule)
}

/// The short name of an organization found by rule `rule`: its first word, when that is an
/// unlisted word and the name is it and one more word: a head ("Nordwind" of "Nordwind Energy",
/// "Unisys" of "Unisys Corp"), any word before a legal form ("Kestrel" of "Kestrel Photonics
/// Inc", "Arvane" of "Arvane Technologies Inc"), any word after a body noun ("Daesan" of "the
/// firm Daesan Semitech"), or the second word of a listed company of two, whose first may be a
/// surname ("Lehman" of "Lehman Brothers"). Not a listed name or nationality, a given name, a
/// participle or an ordinary word, nor a surname but before a legal form ("Manchester United",
/// "British Airways", "Ford Motor", "Royal Society"; "Irving Police Department" has three
/// words; "Harbison" of "Harbison Chemical Corp.").
pub(crate) fn company_short_name<'s>(surface: &'s str, rule: &str) -> Option<&'s str> {
    if !matches!(rule, "head:org" | "gazetteer:org" | "body-cue") {
        return None;
    }
    let (first, head) = surface.split_once(' ')?;
    // A listed company of two words needs no head word ("Lehman" after "Lehman Brothers").
    let listed_pair = rule == "gazetteer:org" && !head.contains(' ');
    // "Arvane Technologies Inc": a legal form may follow the head word, or any word.
    let (head, legal) = match head.split_once(' ') {
        Some((h, form)) if super::lexicon::is_legal_form(form) => (h, true),
        _ => (head, false),
    };
    // The word the refine stage lets stand alone for a name it was part of (not a participle:
    // "Consolidated", "Allied"); a surname only for a listed pair, which that stage has made the
    // company alone already ("Lehman Brothers", "Goldman Sachs"), or before a legal form.
    (!head.contains(' ')
        && super::refine::unlisted_name_word(first)
        && !first.ends_with("ed")
        && !super::lexicon::is_given_name(first)
        && (listed_pair
            || legal
            || ((rule == "body-cue" || super::lexicon::name_head(head).is_some_and(|h| h.last))
                && !super::lexicon::is_surname(first))))
    .then_some(first)
}

/// True when a full name looks like a person's: the shared lexicon knows its first word as a
/// given name or its last word as a surname.
fn looks_like_person(first: &str, last: &str) -> bool {
    super::lexicon::is_given_name(first) || super::lexicon::is_surname(last)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_count_matches_words() {
        for s in [
            "Martin Luther King Jr.",
            "Jr.",
            "Sr Jr",
            "Henry VIII",
            "John Smith III, Jr",
            "Smith ,",
            "",
            "Pope John Paul II",
            "Donald J. Trump",
        ] {
            assert_eq!(person_word_count(s), person_words(s).len(), "{s:?}");
        }
    }
}
