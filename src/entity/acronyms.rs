//! Acronyms and their expansions, for entity resolution.
//!
//! - **Definition** (`acronym:definition`): "the National Security Council (NSC)" or "NSC
//!   (National Security Council)": the bracketed form is the same entity; if no finder proposed
//!   the acronym, it becomes a mention of the expansion's kind.
//! - **Later uses** (`acronym:repeat`): after a definition, the acronym's other uses are mentions
//!   of that entity too.
//! - **Initials** (no definition): a lone acronym mention ("NATO") joins the one multi-word name
//!   whose capitalized words' initials spell it ("North Atlantic Treaty Organization"), never a
//!   name that holds an acronym itself ("U.S. Senate" is not what "U.S." stands for).

use super::resolve::{Covered, Cursor, FastMap, FirstBytes, Item, Sets};
use crate::model::Kind;
use crate::span::Span;
use crate::text::hash::any_of;
use crate::text::{Doc, Token, TokenKind};

/// True when `s` looks like an acronym or initialism: one word, 2–10 letters (dots allowed),
/// starting upper case, mostly upper case ("NSC", "U.S.", "DoD").
pub fn is_acronym(s: &str) -> bool {
    if !s.starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    // Letters (dots and ampersands aside): 2–10, all alphanumeric (so no white space), at least
    // half of them and two or more upper case. More than five others can never pass.
    let (mut n, mut upper) = (0usize, 0usize);
    for c in s.chars().filter(|c| *c != '.' && *c != '&') {
        if !c.is_alphanumeric() {
            return false;
        }
        n += 1;
        if c.is_uppercase() {
            upper += 1;
        }
        if n > 10 || n - upper > 5 {
            return false;
        }
    }
    n >= 2 && upper >= 2 && upper * 2 >= n
}

/// The upper-case letters of an acronym ("U.S." → "US", "DoD" → "DD").
fn letters(acr: &str) -> Vec<char> {
    acr.chars().filter(|c| c.is_uppercase()).collect()
}

const MINOR: &[&str] = &[
    "of", "the", "and", "for", "in", "on", "at", "to", "a", "an", "&", "de",
];

/// Initials of the words of `name` (split at spaces and hyphens): `(letter, major word)`.
fn initials(name: &str) -> impl Iterator<Item = (char, bool)> + '_ {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .filter_map(|w| {
            let c = w.chars().next()?;
            // Case-insensitive: the minor words are ASCII without a 'k' (the Kelvin sign is the
            // only other character lower-casing to an ASCII letter).
            let major = !any_of(w, MINOR);
            Some((crate::text::case::upper_char(c), major))
        })
}
/// Strict: the acronym's capitals are exactly the initials of the name's major words.
pub fn spells(acr: &str, name: &str) -> bool {
    let l = letters(acr);
    let major: Vec<char> = initials(name).filter(|x| x.1).map(|x| x.0).collect();
    l.len() >= 2 && l == major
}

/// Loose (for a bracketed definition): the acronym's capitals appear in order among the initials
/// of all the name's words, starting with the first word's.
fn abbreviates(acr: &str, name: &str) -> bool {
    let l = letters(acr);
    let ini: Vec<(char, bool)> = initials(name).collect();
    if l.len() < 2 || ini.is_empty() || ini[0].0 != l[0] {
        return spells(acr, name);
    }
    let mut it = ini.iter();
    l.iter().all(|c| it.any(|x| x.0 == *c))
}

/// What a lone acronym spells: its capitals and the digits of a version ("IE6" → "IE6", the
/// initials of "Internet Explorer 6", not of "Internet Explorer 9").
fn spelled(acr: &str) -> String {
    acr.chars()
        .filter(|c| c.is_uppercase() || c.is_ascii_digit())
        .collect()
}

/// A definition found in the text: expansion item index and the acronym's span.
pub(crate) struct Definition {
    item: usize,
    acronym: Span,
}

/// The bracketed definitions among the items ("Expansion (ACR)", "ACR (Expansion)"), for
/// [`redefine`] and [`merge`], which change no item's kind, span or surface between them.
pub(crate) fn definitions(doc: &Doc, items: &[Item]) -> Vec<Definition> {
    let toks = &doc.tokens;
    let tx = |k: usize| toks[k].text(&doc.text);
    let mut out = Vec::new();
    let mut cursor = Cursor::new(doc);
    for (i, it) in items.iter().enumerate() {
        // Both forms need an expansion of several words.
        if matches!(it.kind, Kind::Person | Kind::Quantity) || !it.surface.contains(' ') {
            continue;
        }
        let end_tok = cursor.at_or_after(it.span.end);
        // "Expansion (ACR)"
        if end_tok + 2 < toks.len() && tx(end_tok) == "(" && tx(end_tok + 2) == ")" {
            let a = &toks[end_tok + 1];
            let w = a.text(&doc.text);
            // A body's name is often translated or its words reordered from the language its
            // acronym comes from ("the Democratic Alliance (AD)", "the Federal Police Agency
            // (BKA)"): right after it, any acronym is its own.
            let own = it.kind == Kind::Organization || abbreviates(w, &it.surface);
            if a.kind(&doc.text) == TokenKind::Word && is_acronym(w) && own {
                out.push(Definition {
                    item: i,
                    acronym: a.span(),
                });
            }
        }
        // "ACR (Expansion)"
        let start_tok = cursor.at_or_after(it.span.start);
        if start_tok >= 3 && tx(start_tok - 1) == "(" {
            let close = end_tok;
            let a = &toks[start_tok - 2];
            let w = a.text(&doc.text);
            if close < toks.len()
                && tx(close) == ")"
                && a.kind(&doc.text) == TokenKind::Word
                && is_acronym(w)
                && abbreviates(w, &it.surface)
            {
                out.push(Definition {
                    item: i,
                    acronym: a.span(),
                });
            }
        }
    }
    out
}

/// Acronyms defined in the text: the mentions resolution adds are their uses no finder proposed
/// (see [`Defined::at`]).
pub(crate) struct Defined<'d> {
    /// Acronym text → (expansion item, where it was defined); the first definition wins.
    map: FastMap<&'d str, (usize, Span)>,
    initials: FirstBytes,
}

impl<'d> Defined<'d> {
    #[inline(never)]
    pub(crate) fn new(doc: &'d Doc, items: &[Item]) -> Self {
        let mut map: FastMap<&str, (usize, Span)> = FastMap::default();
        let mut initials = FirstBytes::default();
        for d in definitions(doc, items) {
            let w = doc.slice(d.acronym);
            map.entry(w).or_insert((d.item, d.acronym));
            initials.insert(w);
        }
        Defined { map, initials }
    }
    pub(crate) fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
    /// False when the token at `span` is certainly no defined acronym.
    #[inline]
    pub(crate) fn may_hold_at(&self, text: &str, span: Span) -> bool {
        self.initials.may_hold_at(text, span)
    }
    /// The mention token `t` (text `w`) adds: the bracketed acronym of a definition no finder
    /// proposed, or a later use of it, where no mention is.
    pub(crate) fn at(
        &self,
        items: &[Item],
        t: &Token,
        w: &'d str,
        covered: &Covered,
    ) -> Option<Item<'d>> {
        let &(item, at) = self.map.get(w)?;
        if t.start() < at.start || covered.overlaps(t.span()) {
            return None;
        }
        let exp = &items[item];
        let rule = if t.span() == at {
            "acronym:definition"
        } else {
            "acronym:repeat"
        };
        Some(Item {
            span: t.span(),
            kind: exp.kind,
            rule,
            confidence: exp.confidence.min(0.9),
            canonical: None,
            link: None,
            surface: w.into(),
            key: super::resolve::key_of(w).into(),
        })
    }
}

/// Drops what a table says an acronym stands for where the text defines it otherwise ("the
/// Unitary Democratic Coalition (CDU)": no Christian Democratic Union), so that it takes its
/// expansion's name; keyed by its letters, its other uses join the definition in [`merge`].
#[inline(never)]
pub(crate) fn redefine(doc: &Doc, defs: &[Definition], items: &mut [Item]) {
    if defs.is_empty()
        || !items
            .iter()
            .any(|it| it.canonical.is_some() && is_acronym(&it.surface))
    {
        return;
    }
    let defined: Vec<&str> = defs
        .iter()
        .filter(|d| items[d.item].canonical.is_none())
        .map(|d| doc.slice(d.acronym))
        .collect();
    for it in items.iter_mut() {
        if it.canonical.is_some() && defined.contains(&&*it.surface) {
            it.canonical = None;
            it.key = super::resolve::key_of(&it.surface).into();
        }
    }
}

/// Merges acronyms with their expansions: bracketed definitions first, then strict initials.
#[inline(never)]
pub(crate) fn merge(doc: &Doc, defs: &[Definition], items: &[Item], sets: &mut Sets) {
    // A definition joins its expansion with every non-person item keyed like its acronym.
    if !defs.is_empty() {
        let mut by_key: FastMap<String, Vec<usize>> = FastMap::default();
        for d in defs {
            let key = super::resolve::key_of(doc.slice(d.acronym));
            by_key.entry(key).or_default().push(d.item);
        }
        for (j, it) in items.iter().enumerate() {
            if it.kind == Kind::Person {
                continue;
            }
            for &d in by_key.get(&*it.key).into_iter().flatten() {
                sets.union(d, j);
            }
        }
    }
    // Initials: a lone acronym with exactly one entity among the multi-word names spelling it.
    let lone: Vec<bool> = items
        .iter()
        .map(|it| {
            !matches!(it.kind, Kind::Person | Kind::Group | Kind::Quantity)
                && is_acronym(&it.surface)
        })
        .collect();
    // The multi-word names spelling each acronym used (none other is ever looked up).
    let mut by_initials: FastMap<String, Vec<usize>> = FastMap::default();
    for (it, _) in items.iter().zip(&lone).filter(|(_, &l)| l) {
        by_initials.entry(spelled(&it.surface)).or_default();
        by_initials
            .entry(letters(&it.surface).into_iter().collect())
            .or_default();
    }
    if by_initials.is_empty() {
        return;
    }
    let mut ini = String::new();
    for (j, it) in items.iter().enumerate() {
        // A name holding an acronym spells nothing by its initials: "U.S. Senate" gives "US"
        // but is not what "U.S." stands for.
        if it.kind == Kind::Person
            || !it.surface.contains(' ')
            || matches!(it.kind, Kind::Group | Kind::Quantity)
            || it.surface.split(' ').any(is_acronym)
        {
            continue;
        }
        ini.clear();
        ini.extend(initials(&it.surface).filter(|x| x.1).map(|x| x.0));
        if ini.chars().count() >= 2 {
            if let Some(targets) = by_initials.get_mut(ini.as_str()) {
                targets.push(j);
            }
        }
    }
    for (i, it) in items.iter().enumerate() {
        if !lone[i] {
            continue;
        }
        // With its version if a name has it ("IE6": "Internet Explorer 6"), else the letters
        // alone ("Internet Explorer").
        let caps: String = letters(&it.surface).into_iter().collect();
        let targets = [spelled(&it.surface), caps]
            .iter()
            .filter_map(|k| by_initials.get(k).filter(|t| !t.is_empty()))
            .next();
        let Some(targets) = targets else {
            continue;
        };
        // A place's initials name a place only ("U.S." is not the United Steelworkers).
        let mut targets = targets
            .iter()
            .copied()
            .filter(|&t| it.kind != Kind::Place || items[t].kind == Kind::Place);
        let Some(target) = targets.next() else {
            continue;
        };
        let first = sets.find(target);
        if targets.all(|t| sets.find(t) == first) {
            sets.union(target, i);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronym_shapes() {
        assert!(is_acronym("NSC"));
        assert!(is_acronym("U.S."));
        assert!(is_acronym("DoD"));
        assert!(!is_acronym("Putin"));
        assert!(!is_acronym("A"));
        assert!(!is_acronym("New York"));
    }

    #[test]
    fn spelling_and_abbreviation() {
        assert!(spells("NSC", "National Security Council"));
        assert!(spells("NATO", "North Atlantic Treaty Organization"));
        assert!(spells("U.S.", "United States"));
        assert!(!spells("NSC", "National Council"));
        assert!(abbreviates(
            "OPEC",
            "Organization of the Petroleum Exporting Countries"
        ));
        assert!(!abbreviates("FBI", "Central Intelligence Agency"));
    }
}
