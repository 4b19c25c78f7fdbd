//! Refinement (stage 5): times win over names they overlap; overlapping candidates settled (longer
//! and surer first); one sense per document:
//!
//! - a surface tagged with a sure kind somewhere keeps that kind everywhere (unsure candidates of
//!   the same text take it);
//! - a surname or given name seen in a full person name ("Vladimir Putin") makes later lone uses
//!   ("Putin", "Putin's") persons, even where a list proposed another sense ("Jordan"); likewise a
//!   one-word body, craft or town named with a cue ("the firm X", "X, Ohio") names it again alone.

use super::resolve::{FastMap, FirstBytes};
use super::Candidate;
use super::{gazetteer, lexicon};
use crate::model::Kind;
use crate::span::Span;
use crate::temporal::Found;
use crate::text::{Doc, TokenKind};

/// Confidence at or above which a candidate's kind is trusted for the whole document.
const SURE: f32 = 0.75;

fn score(doc: &Doc, c: &Candidate) -> f32 {
    let words = words_upto_4(doc.slice(c.span)).max(1);
    c.confidence + 0.1 * (words.min(4) - 1) as f32
}

/// `s.split_whitespace().count().min(4)`, stopping at the fourth word (byte by byte for ASCII).
fn words_upto_4(s: &str) -> usize {
    if !s.is_ascii() {
        return s.split_whitespace().take(4).count();
    }
    let (mut n, mut in_word) = (0, false);
    for b in s.bytes() {
        // The ASCII white space of `char::is_whitespace`.
        let space = matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r');
        if !space && !in_word {
            n += 1;
            if n == 4 {
                return 4;
            }
        }
        in_word = !space;
    }
    n
}

/// Maps `f32::total_cmp` order onto `u32` order.
fn total_order_key(x: f32) -> u32 {
    let b = x.to_bits();
    if b & 0x8000_0000 != 0 {
        !b
    } else {
        b | 0x8000_0000
    }
}

/// Sorts spans by their start (one instance of the sort for both callers).
fn sort_by_start(spans: &mut [Span]) {
    crate::sort::sort_by_key(spans, |s| s.start);
}

/// Drops the times inside a listed organization's name, which are part of it ("Wednesday" of
/// "Sheffield Wednesday", the football club). Called after [`refine`], whose chosen names do not
/// overlap; a listed name reaching beyond a time has survived its step 1.
pub fn drop_times_in_listed_names(names: &[Candidate], times: &mut Vec<Found>) {
    let mut listed: Vec<Span> = names
        .iter()
        .filter(|c| c.rule == "gazetteer:org")
        .map(|c| c.span)
        .collect();
    if listed.is_empty() || times.is_empty() {
        return;
    }
    sort_by_start(&mut listed);
    times.retain(|t| {
        let i = listed.partition_point(|s| s.start <= t.span.start);
        !(i > 0 && listed[i - 1].end >= t.span.end && listed[i - 1] != t.span)
    });
}

/// Settles overlapping candidates.
pub fn refine(doc: &Doc, candidates: Vec<Candidate>, times: &[Found]) -> Vec<Candidate> {
    // 1. Times win over names they cover ("May" the month); a name reaching beyond the time
    //    stays ("LA Weekly").
    //    Times sorted by start with the running maximum of their ends: a name is covered when some
    //    time starting at or before it reaches its end.
    let mut tspans: Vec<Span> = times.iter().map(|t| t.span).collect();
    sort_by_start(&mut tspans);
    let mut reach = Vec::with_capacity(tspans.len());
    let mut max_end = 0;
    for s in &tspans {
        max_end = max_end.max(s.end);
        reach.push(max_end);
    }
    let covered = |c: &Candidate| {
        let i = tspans.partition_point(|s| s.start <= c.span.start);
        i > 0 && reach[i - 1] >= c.span.end
    };
    let mut cands = candidates;
    cands.retain(|c| !covered(c));
    // A name whose last words open a time that goes on after it ends before them: "the Jeddah
    // Declaration of May 2023" is the declaration and the month.
    if !tspans.is_empty() {
        for c in &mut cands {
            let i = tspans.partition_point(|s| s.start < c.span.end);
            let Some(t) = i.checked_sub(1).map(|k| tspans[k]) else {
                continue;
            };
            if t.start > c.span.start && t.end > c.span.end {
                let head = doc.text[c.span.start..t.start].trim_end();
                let head = ["of", "in", "on", "for"]
                    .iter()
                    .find_map(|w| head.strip_suffix(w).filter(|h| h.ends_with(' ')))
                    .map_or(head, str::trim_end);
                if head.contains(' ') {
                    c.span = Span::new(c.span.start, c.span.start + head.len());
                }
            }
        }
    }
    // 2. One sense per document for exact surfaces: the surest kind of each text.
    let mut best: FastMap<&str, (f32, Kind)> = FastMap::default();
    for c in &cands {
        let t = doc.slice(c.span);
        let e = best.entry(t).or_insert((c.confidence, c.kind));
        if c.confidence > e.0 {
            *e = (c.confidence, c.kind);
        }
    }
    for c in &mut cands {
        if let Some(&(conf, kind)) = best.get(doc.slice(c.span)) {
            if conf >= SURE && c.confidence < SURE && kind != c.kind {
                c.kind = kind;
                c.rule = "one-sense";
                c.confidence = conf - 0.1;
            }
        }
    }
    // 3. Overlaps: greedy by score (longer, surer first).
    let mut chosen = acronym_lists(doc, repeat_bodies(doc, select(doc, cands)));
    complement_lists(doc, &mut chosen);
    // 4. Names of people: later lone uses of their parts are persons. A craft's one-word name
    //    ("Atlantis" of "Space Shuttle Atlantis", "the ship Freewinds") names the craft again, and
    //    a one-word body named after a cue ("the firm Velotrex") the body.
    let mut parts: FastMap<&str, (usize, Kind)> = FastMap::default();
    let mut guessed: Vec<(usize, &str)> = Vec::new();
    let mut teams: Vec<&str> = Vec::new();
    // A dateline's one-word town as a name would write it ("Cannes" of "CANNES"), and where the
    // first such dateline ends.
    let mut datelines: FastMap<String, usize> = FastMap::default();
    for c in &chosen {
        if c.kind == Kind::Product && c.rule == "craft" {
            let text = doc.slice(c.span);
            let name = text.strip_prefix("Space Shuttle ").unwrap_or(text);
            if !name.contains(char::is_whitespace) && name.chars().count() > 2 {
                parts.entry(name).or_insert((c.span.end, Kind::Product));
            }
        }
        // A one-word body named after a cue ("the firm Velotrex", "Velmora's Nathan Law") is
        // that body again where the word comes back alone.
        // A town named as its team ("Barcelona defender …", "Chelsea thrashed … 3-0") is the
        // team again where it comes back alone (not after "in", "at", "near", nor before a
        // singular "is" or "was": the town).
        let team = matches!(c.rule, "gazetteer:town+team-cue" | "name+team-cue");
        if team {
            teams.push(doc.slice(c.span));
        }
        if c.kind == Kind::Organization
            && (team || matches!(c.rule, "body-cue" | "possessive+person"))
        {
            let w = doc.slice(c.span);
            if !w.contains(char::is_whitespace) && w.chars().count() > 2 {
                parts.entry(w).or_insert((c.span.end, Kind::Organization));
            }
        }
        // An unlisted company's short name, after its full name with a legal form or a body
        // noun ("Kestrel Photonics Inc. … Kestrel was overpaying", "the firm Daesan Semitech …
        // Daesan shares"); resolution joins it to the company.
        if c.kind == Kind::Organization && matches!(c.rule, "head:org" | "body-cue") {
            if let Some(short) = super::people::company_short_name(doc.slice(c.span), c.rule) {
                parts
                    .entry(short)
                    .or_insert((c.span.end, Kind::Organization));
            }
        }
        // A listed company of two words whose first is no listed name nor ordinary word is
        // that company where the first word comes back alone ("Lehman Brothers … Lehman's
        // collapse", "Goldman Sachs … Goldman traders").
        if c.kind == Kind::Organization && c.rule == "gazetteer:org" {
            if let Some((first, rest)) = doc.slice(c.span).split_once(' ') {
                if !rest.contains(' ')
                    && unlisted_name_word(first)
                    && !first.chars().all(char::is_uppercase)
                    && lexicon::demonym(first).is_none()
                {
                    parts
                        .entry(first)
                        .or_insert((c.span.end, Kind::Organization));
                }
            }
        }
        // An unlisted one-word town named with its area ("Evansburg, Indiana") is that town
        // where the word comes back alone ("a former resident of Evansburg"), when that is where
        // the word first appears (not "Jayco Corp. … Jayco, Ohio, makes …": a company's seat).
        if c.kind == Kind::Place && c.rule == "place+area" {
            let w = doc.slice(c.span);
            if !w.contains(char::is_whitespace)
                && w.chars().count() > 2
                && !doc.text[..c.span.start].contains(w)
            {
                parts.entry(w).or_insert((c.span.end, Kind::Place));
            }
        }
        // An unlisted one-word town of the dateline ("CANNES, France —") is that town where the
        // word comes back written as a name ("the Grand Prix at Cannes in 2004"): below.
        if c.kind == Kind::Place && c.rule.starts_with("dateline:place") {
            let w = doc.slice(c.span);
            if !w.contains(char::is_whitespace) {
                let mut chars = w.chars();
                let title: String = chars
                    .next()
                    .into_iter()
                    .chain(chars.map(crate::text::case::lower_char))
                    .collect();
                datelines.entry(title).or_insert(c.span.end);
            }
        }
        // A lone given name tagged mid-sentence ("… their child, Gloria.") also names the person
        // at a sentence start later.
        if c.kind == Kind::Person && c.rule == "given-name" {
            let w = doc.slice(c.span);
            parts.entry(w).or_insert((c.span.end, Kind::Person));
        }
        if c.kind == Kind::Person && c.confidence >= 0.6 {
            let words: Vec<&str> = doc.slice(c.span).split_whitespace().collect();
            if words.len() >= 2 {
                // Not the place after "of" ("Louis of Monaco", "Catherine of Aragon").
                let n = words.len() - usize::from(words[words.len() - 2] == "of");
                for w in [words[0], words[n - 1]] {
                    // A given name that is also a nationality ("Christian Lindner") stays the
                    // nationality alone ("Christian voters").
                    if w == words[0] && lexicon::demonym(w).is_some() {
                        continue;
                    }
                    if w.chars().count() > 1 && w.chars().next().is_some_and(char::is_uppercase) {
                        parts.entry(w).or_insert((c.span.end, Kind::Person));
                    }
                }
            }
        } else if c.kind == Kind::Person && c.confidence >= 0.4 {
            guessed.push((c.span.end, doc.slice(c.span)));
        }
    }
    // The towns of datelines, written as names after them (one pass over the tokens, however many
    // datelines a long text holds).
    if !datelines.is_empty() {
        let mut initials = FirstBytes::default();
        for w in datelines.keys() {
            initials.insert(w);
        }
        for t in &doc.tokens {
            if !initials.may_hold_at(&doc.text, t.span()) {
                continue;
            }
            let x = t.text(&doc.text);
            if let Some(&end) = datelines.get(x) {
                if t.start() >= end && unlisted_name_word(x) {
                    parts.entry(x).or_insert((end, Kind::Place));
                }
            }
        }
    }
    // A guessed full name of unlisted words ("Romelu Lukaku"): its last word alone later names
    // the person too, unless it is an ordinary word or a listed name. Not a sure name part then
    // a word ("Warhol Polaroids"), nor a particle then a word ("Du Pont").
    for (end, text) in guessed {
        let Some((head, w)) = text.rsplit_once(' ') else {
            continue;
        };
        let first = head.split_whitespace().next().unwrap_or(head);
        let fresh = !parts.contains_key(first)
            && first.chars().next().is_some_and(char::is_uppercase)
            && first.chars().count() > 2;
        if fresh && head.split_whitespace().count() <= 2 && unlisted_name_word(w) {
            parts.entry(w).or_insert((end, Kind::Person));
        }
    }
    if parts.is_empty() {
        return chosen;
    }
    // A guessed name that starts with a known person's name part is that person followed by
    // something else ("Warhol Polaroids" after "Andy Warhol").
    for c in &mut chosen {
        if c.kind == Kind::Person && c.confidence < 0.6 {
            let text = doc.slice(c.span);
            if let Some((first, rest)) = text.split_once(' ') {
                let person_part = parts.get(first).is_some_and(|p| p.1 == Kind::Person);
                if person_part && !hyphenated_given_name(rest) {
                    c.span = Span::new(c.span.start, c.span.start + first.len());
                    c.rule = "one-sense:name-part";
                }
            }
        }
    }
    // In a match report (a town already named as its team), a listed town right after a verb of
    // a fixture or a result, or "against", is a team too ("travelling to Anfield to face
    // Liverpool", "a win against Leeds").
    if !teams.is_empty() {
        for c in &mut chosen {
            if c.kind != Kind::Place || c.rule != "gazetteer:place" {
                continue;
            }
            let town = gazetteer::lookup(doc.slice(c.span))
                .is_some_and(|g| matches!(g.class, "city" | "capital"));
            let before = doc.text[..c.span.start].trim_end();
            let verb = before.rsplit(' ').next().unwrap_or("");
            let cued = verb == "against"
                || lexicon::cue_word(verb, lexicon::cue::TEAM | lexicon::cue::RESULT);
            if town && cued && before.len() + 1 == c.span.start {
                c.kind = Kind::Organization;
                c.rule = "gazetteer:town+team-context";
            }
        }
    }
    let mut extra = Vec::new();
    let mut replaced = vec![false; chosen.len()];
    let toks = &doc.tokens;
    let mut initials = FirstBytes::default();
    for w in parts.keys() {
        initials.insert(w);
    }
    // Where a name part's person was first named in full, if token `i` is such a part.
    let part_from = |i: usize| {
        let t = toks.get(i)?;
        if t.kind(&doc.text) != TokenKind::Word || !initials.may_hold_at(&doc.text, t.span()) {
            return None;
        }
        parts.get(t.text(&doc.text)).copied()
    };
    let is_part = |i: usize, kind: Kind| part_from(i).is_some_and(|p| p.1 == kind);
    let mut i = 0;
    while i < toks.len() {
        // Most tokens fail on kind or first byte: test those in the loop itself.
        let t = &toks[i];
        if t.kind(&doc.text) != TokenKind::Word || !initials.may_hold_at(&doc.text, t.span()) {
            i += 1;
            continue;
        }
        let Some((_, kind)) = part_from(i).filter(|p| t.start() >= p.0) else {
            i += 1;
            continue;
        };
        // A company's short name before another capitalized word opens some other name ("of
        // Civic Party" after "the Civic Party's leader").
        if kind == Kind::Organization
            && toks.get(i + 1).is_some_and(|n| {
                n.start() == t.end() + 1
                    && doc.text.as_bytes()[t.end()] == b' '
                    && n.kind(&doc.text) == TokenKind::Word
                    && n.text(&doc.text).starts_with(char::is_uppercase)
            })
        {
            i += 1;
            continue;
        }
        // "in Leeds", "Lyon is a city": the town.
        let town_word = (i > 0
            && matches!(
                toks[i - 1].text(&doc.text),
                "in" | "at" | "near" | "outside" | "across" | "around"
            ))
            || toks
                .get(i + 1)
                .is_some_and(|n| matches!(n.text(&doc.text), "is" | "was"));
        if kind == Kind::Organization && town_word && teams.contains(&t.text(&doc.text)) {
            i += 1;
            continue;
        }
        // A name part that is a title's abbreviation, before its dot, is the title ("Sen.
        // Warren" after "Amartya Sen").
        if toks.get(i + 1).is_some_and(|n| n.text(&doc.text) == ".")
            && lexicon::is_title(t.text(&doc.text)).is_some()
        {
            i += 1;
            continue;
        }
        // Consecutive parts make one name ("Nick Moreau" again).
        let mut j = i + 1;
        while is_part(j, kind) {
            j += 1;
        }
        let span = Span::new(toks[i].start(), toks[j - 1].end());
        i = j;
        // `chosen` is in text order and non-overlapping: binary search for the neighbours.
        let at = chosen.partition_point(|c| c.span.end <= span.start);
        let hits: Vec<usize> = (at..chosen.len())
            .take_while(|&k| chosen[k].span.start < span.end)
            .collect();
        let free = hits.is_empty();
        // A person is kept, but for a lone word a body's name began with: a guess from the
        // words around it ("The owner of Lehman said" after "Lehman Brothers").
        let weak = hits.len() == 1
            && chosen[hits[0]].span == span
            && (chosen[hits[0]].kind != Kind::Person || kind == Kind::Organization)
            && chosen[hits[0]].confidence < 0.95;
        if !(free || weak) {
            continue;
        }
        if weak {
            replaced[hits[0]] = true;
        }
        extra.push(Candidate {
            span,
            kind,
            rule: match kind {
                Kind::Person => "one-sense:name-part",
                Kind::Product => "one-sense:craft",
                Kind::Place => "one-sense:place",
                _ => "one-sense:body",
            },
            confidence: 0.75,
            canonical: None,
            link: None,
        });
    }
    let mut out: Vec<Candidate> = Vec::with_capacity(chosen.len() + extra.len());
    out.extend(
        chosen
            .into_iter()
            .zip(replaced)
            .filter(|(_, r)| !r)
            .map(|(c, _)| c),
    );
    out.extend(extra);
    if !out
        .windows(2)
        .all(|w| (w[0].span.start, w[0].span.end) <= (w[1].span.start, w[1].span.end))
    {
        crate::sort::sort_by_key(&mut out, |c| (c.span.start, c.span.end));
    }
    out
}

/// A body's name whose bracketed acronym spells it only with a list of words joined by commas or
/// "and" ("Philippine Atmospheric, Geophysical and Astronomical Services Administration
/// (PAGASA)", "the Department of Agriculture, Fisheries and Forestry (DAFF)": the finder split the
/// name at its comma and "and") is one name; the names inside it give way.
#[inline(never)]
fn acronym_lists(doc: &Doc, chosen: Vec<Candidate>) -> Vec<Candidate> {
    let text = doc.text.as_str();
    let toks = &doc.tokens;
    // The indices of `chosen` each name replaces, and its span.
    let mut names: Vec<(std::ops::Range<usize>, Span)> = Vec::new();
    for p in 1..toks.len().saturating_sub(2) {
        if toks[p].text(text) != "(" || toks[p + 2].text(text) != ")" {
            continue;
        }
        let acr = toks[p + 1].text(text);
        let end = toks[p - 1].end();
        if !super::acronyms::is_acronym(acr) || end == toks[p].start() {
            continue;
        }
        // Back over capitalized words, a few minor ones, commas and "and", up to 16 tokens: the
        // nearest start whose words the acronym spells, with a comma or "and" inside.
        let mut joined = false;
        let mut start = None;
        for k in (p.saturating_sub(16)..p).rev() {
            let w = toks[k].text(text);
            if matches!(w, "," | "and" | "&") {
                joined = true;
                continue;
            }
            if matches!(w, "of" | "the" | "for") {
                continue;
            }
            if !w.starts_with(char::is_uppercase) || toks[k].kind(text) != TokenKind::Word {
                break;
            }
            if joined && super::acronyms::spells(acr, &text[toks[k].start()..end]) {
                start = Some(toks[k].start());
                break;
            }
        }
        let Some(start) = start else {
            continue;
        };
        // The names inside give way; one reaching out of the name, or the name found already,
        // keeps things as they were.
        let from = chosen.partition_point(|x| x.span.end <= start);
        let to = chosen.partition_point(|x| x.span.start < end);
        if !chosen[from..to]
            .iter()
            .any(|x| x.span.start < start || x.span.end > end || x.span == Span::new(start, end))
        {
            names.push((from..to, Span::new(start, end)));
        }
    }
    if names.is_empty() {
        return chosen;
    }
    // One pass puts them in (each name lies after the last one's bracket: the ranges ascend and
    // never overlap), so a long text with many acronyms costs no more than a short one.
    let mut out = Vec::with_capacity(chosen.len());
    let mut rest = chosen.into_iter().enumerate().peekable();
    for (range, span) in names {
        while let Some((_, c)) = rest.next_if(|(i, _)| *i < range.start) {
            out.push(c);
        }
        while rest.next_if(|(i, _)| *i < range.end).is_some() {}
        out.push(Candidate {
            span,
            kind: Kind::Organization,
            rule: "acronym-list",
            confidence: 0.8,
            canonical: None,
            link: None,
        });
    }
    out.extend(rest.map(|(_, c)| c));
    out
}

/// A body's name whose "of" or "for" complement is a list of ordinary words joined by commas
/// and "and" ("the Ministry of Agriculture, Livestock and Fisheries", "the Agency for
/// Meteorology, Climatology and Geophysics": the finder stopped at the first comma) reaches to
/// the list's last item. Items are one or two capitalized ordinary words, no listed name ("the
/// Ministry of Health, Kenya Power and Safaricom" stays apart).
#[inline(never)]
fn complement_lists(doc: &Doc, chosen: &mut [Candidate]) {
    let text = doc.text.as_str();
    let toks = &doc.tokens;
    let item_word = |k: usize| {
        toks.get(k).is_some_and(|t| {
            let w = t.text(text);
            // An ordinary word, or one with the ending of a field's or trade's name
            // ("Climatology", "Geophysics", "Fisheries", "Livestock").
            let field = [
                "ology", "ics", "ies", "ture", "ment", "tion", "stock", "ism",
            ]
            .iter()
            .any(|e| w.ends_with(e));
            t.kind(text) == TokenKind::Word
                && w.starts_with(char::is_uppercase)
                && (lexicon::is_vocabulary(w) || field)
                && !lexicon::is_given_name(w)
                && !lexicon::is_surname(w)
                && super::gazetteer::lookup(w).is_none()
        })
    };
    // The end (token index, exclusive) of an item of one or two words at `k`.
    let item = |k: usize| item_word(k).then(|| if item_word(k + 1) { k + 2 } else { k + 1 });
    for i in 0..chosen.len() {
        let c = &chosen[i];
        if c.kind != Kind::Organization {
            continue;
        }
        let name = doc.slice(c.span);
        let mut words = name.rsplit(' ');
        let (Some(_), Some(of)) = (words.next(), words.next()) else {
            continue;
        };
        if !matches!(of, "of" | "for") {
            continue;
        }
        let mut k = doc.token_at_or_after(c.span.end);
        if !toks
            .get(k)
            .is_some_and(|t| t.text(text) == "," && t.start() == c.span.end)
        {
            continue;
        }
        let mut end = None;
        for _ in 0..6 {
            let sep = toks.get(k).map(|t| t.text(text));
            let Some(next) = item(k + 1) else {
                break;
            };
            match sep {
                Some(",") => k = next,
                Some("and") => {
                    end = Some(next);
                    break;
                }
                _ => break,
            }
        }
        // Not where a name goes on after the list, nor over a name found inside it.
        let capitalized = |e: usize| {
            toks.get(e).is_some_and(|t| {
                t.kind(text) == TokenKind::Word && t.text(text).starts_with(char::is_uppercase)
            })
        };
        let Some(e) = end.filter(|&e| !capitalized(e)) else {
            continue;
        };
        let new_end = toks[e - 1].end();
        if chosen.get(i + 1).is_some_and(|n| n.span.start < new_end) {
            continue;
        }
        let c = &mut chosen[i];
        c.span = Span::new(c.span.start, new_end);
        c.rule = "complement-list";
    }
}

/// A body of several words named once with a cue ("the Law and Justice party", "the band Sea
/// Power", "Faber & Faber") is that body again wherever the same words come back uncovered
/// ("Law and Justice leader Jaroslaw Kaczynski").
#[inline(never)]
fn repeat_bodies(doc: &Doc, mut chosen: Vec<Candidate>) -> Vec<Candidate> {
    let text = doc.text.as_str();
    // The names by their first word, each once: one pass over the tokens then finds every use
    // (a search of the whole text per name would grow with the square of a long text).
    let mut names: FastMap<&str, Vec<&str>> = FastMap::default();
    let mut initials = FirstBytes::default();
    for c in &chosen {
        let cued = matches!(
            c.rule,
            "name+body"
                | "body-cue"
                | "outlet-cue"
                | "name+appositive"
                | "name&name"
                | "name+country"
        );
        if c.kind != Kind::Organization || !cued {
            continue;
        }
        let name = doc.slice(c.span);
        if let Some((first, _)) = name.split_once(' ') {
            let list = names.entry(first).or_default();
            if !list.contains(&name) {
                list.push(name);
                initials.insert(first);
            }
        }
    }
    if names.is_empty() {
        return chosen;
    }
    let before = chosen.len();
    let mut dropped = Vec::new();
    let mut free_from = 0;
    for t in &doc.tokens {
        if t.start() < free_from
            || t.kind(text) != TokenKind::Word
            || !initials.may_hold_at(text, t.span())
        {
            continue;
        }
        let Some(list) = names.get(t.text(text)) else {
            continue;
        };
        let s = t.start();
        let glued = |e: usize| {
            text.as_bytes()
                .get(e)
                .is_some_and(u8::is_ascii_alphanumeric)
        };
        let Some(e) = list
            .iter()
            .find(|n| text[s..].starts_with(**n) && !glued(s + n.len()))
            .map(|n| s + n.len())
        else {
            continue;
        };
        // Names inside the body's words give way to it ("Canada" of "Environment Canada" at a
        // sentence start, where the cue that found it first does not fire); one reaching out of
        // it, or the body itself, keeps its place.
        let at = chosen[..before].partition_point(|c| c.span.end <= s);
        let inside = chosen[at..before]
            .iter()
            .take_while(|c| c.span.start < e)
            .count();
        if chosen[at..at + inside]
            .iter()
            .any(|c| c.span.start < s || c.span.end > e || (c.span.start, c.span.end) == (s, e))
        {
            continue;
        }
        dropped.extend(at..at + inside);
        free_from = e;
        chosen.push(Candidate {
            span: Span::new(s, e),
            kind: Kind::Organization,
            rule: "one-sense:body",
            confidence: 0.75,
            canonical: None,
            link: None,
        });
    }
    if chosen.len() > before {
        // `dropped` is ascending: the tokens are walked in order and each body starts after the
        // last one's end.
        let mut next = dropped.iter().peekable();
        let mut i = 0;
        chosen.retain(|_| {
            let keep = next.next_if_eq(&&i).is_none();
            i += 1;
            keep
        });
        crate::sort::sort_by_key(&mut chosen, |c| (c.span.start, c.span.end));
    }
    chosen
}

/// A capitalized word of more than two letters that is no ordinary word nor a listed name: one
/// that can stand alone for a name it was part of ("Lukaku", "Lehman").
pub(crate) fn unlisted_name_word(w: &str) -> bool {
    w.chars().count() > 2
        && w.chars().next().is_some_and(char::is_uppercase)
        && w.chars().all(char::is_alphabetic)
        && !lexicon::is_vocabulary(w)
        && gazetteer::lookup(w).is_none()
}

/// True for a romanized given name of hyphen-joined syllables after a family name ("Ka-ming" in
/// "Leung Ka-ming", "Shin-Wook"): the guess is one person, not a known name part and a stray word.
fn hyphenated_given_name(rest: &str) -> bool {
    let mut parts = rest.split('-');
    let first = parts.next().unwrap_or("");
    let syllable = |p: &str| {
        let n = p.chars().count();
        (1..=6).contains(&n) && p.chars().all(char::is_alphabetic)
    };
    syllable(first)
        && first.starts_with(char::is_uppercase)
        && rest.contains('-')
        && parts.all(syllable)
}

/// Keeps a non-overlapping subset, best score first (ties: earlier start, then input order);
/// returns it in text order.
///
/// A candidate clashes with a taken span that holds its first byte, or that starts inside it (an
/// empty taken span included). Taken spans never overlap, so two bit sets over the text's bytes
/// answer both: bytes inside taken spans, and bytes where a taken span starts.
#[inline(never)] // one call site: kept out of line (see absolute::find)
fn select(doc: &Doc, cands: Vec<Candidate>) -> Vec<Candidate> {
    // Descending score as integers.
    let keys: Vec<u32> = cands
        .iter()
        .map(|c| !total_order_key(score(doc, c)))
        .collect();
    // Candidates come in start order (the finders sort them): then ordering by score alone, keeping
    // the input order within a score, is the (score, start, index) order, and scores take few
    // values (a counting sort). Otherwise sort by all three.
    let by_start = cands.windows(2).all(|w| w[0].span.start <= w[1].span.start);
    let order: Vec<usize> = if by_start {
        by_key_stable(&keys)
    } else {
        let mut o: Vec<(u32, usize, usize)> = cands
            .iter()
            .enumerate()
            .map(|(i, c)| (keys[i], c.span.start, i))
            .collect();
        // (Keys are distinct: a stable sort is as good as any.)
        crate::sort::sort_by(&mut o, |a, b| a.cmp(b));
        o.into_iter().map(|x| x.2).collect()
    };
    let end = cands.iter().map(|c| c.span.end.max(c.span.start + 1)).max();
    let mut inside = Bits::new(end.unwrap_or(0));
    let mut starts = Bits::new(end.unwrap_or(0));
    let mut taken: Vec<usize> = Vec::with_capacity(cands.len());
    let mut chosen = vec![false; cands.len()];
    let mut shared_start = false;
    for &i in &order {
        let s = cands[i].span;
        if inside.get(s.start) || starts.any(s.start, s.end) {
            continue;
        }
        inside.set_range(s.start, s.end);
        // (Only equal empty spans can share a start.)
        shared_start |= starts.get(s.start);
        starts.set(s.start);
        taken.push(i);
        chosen[i] = true;
    }
    if by_start && !shared_start {
        // Distinct starts, input in start order: the input order is the text order.
        return cands
            .into_iter()
            .zip(chosen)
            .filter(|(_, t)| *t)
            .map(|(c, _)| c)
            .collect();
    }
    // Equal (empty) spans keep score order (their rank in `taken`).
    let mut ranked: Vec<(usize, usize, usize)> = taken
        .iter()
        .enumerate()
        .map(|(r, &i)| (cands[i].span.start, cands[i].span.end, r))
        .collect();
    crate::sort::sort_by(&mut ranked, |a, b| a.cmp(b));
    ranked
        .into_iter()
        .map(|(_, _, r)| cands[taken[r]].clone())
        .collect()
}

/// Indices of `keys` in ascending key order, equal keys in index order (a counting sort over the
/// distinct keys).
fn by_key_stable(keys: &[u32]) -> Vec<usize> {
    // Few distinct scores: collect them, then sort that short list.
    let mut seen: FastMap<u32, ()> = FastMap::default();
    let mut distinct: Vec<u32> = keys
        .iter()
        .filter(|&&k| seen.insert(k, ()).is_none())
        .copied()
        .collect();
    crate::sort::sort_by(&mut distinct, |a, b| a.cmp(b));
    let buckets: Vec<usize> = keys
        .iter()
        .map(|&k| distinct.partition_point(|&d| d < k))
        .collect();
    let mut next = vec![0usize; distinct.len() + 1];
    for &b in &buckets {
        next[b + 1] += 1;
    }
    for b in 1..next.len() {
        next[b] += next[b - 1];
    }
    let mut out = vec![0; keys.len()];
    for (i, &b) in buckets.iter().enumerate() {
        out[next[b]] = i;
        next[b] += 1;
    }
    out
}

/// A fixed-size set of byte positions.
struct Bits(Vec<u64>);

impl Bits {
    fn new(n: usize) -> Bits {
        Bits(vec![0; n.div_ceil(64)])
    }
    fn get(&self, i: usize) -> bool {
        self.0.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
    }
    fn set(&mut self, i: usize) {
        if let Some(w) = self.0.get_mut(i / 64) {
            *w |= 1 << (i % 64);
        }
    }
    /// The bits of word `w` that lie in `a..b`.
    fn mask(w: usize, a: usize, b: usize) -> u64 {
        let lo = a.max(w * 64) - w * 64;
        let hi = b.min(w * 64 + 64) - w * 64;
        if hi <= lo {
            return 0;
        }
        (u64::MAX >> (64 - (hi - lo))) << lo
    }
    fn set_range(&mut self, a: usize, b: usize) {
        if a >= b {
            return;
        }
        for w in a / 64..=(b - 1) / 64 {
            if let Some(x) = self.0.get_mut(w) {
                *x |= Bits::mask(w, a, b);
            }
        }
    }
    /// True when a position in `a..b` is set.
    fn any(&self, a: usize, b: usize) -> bool {
        a < b
            && (a / 64..=(b - 1) / 64)
                .any(|w| self.0.get(w).is_some_and(|x| x & Bits::mask(w, a, b) != 0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cand(doc: &Doc, text: &str, nth: usize, kind: Kind, confidence: f32) -> Candidate {
        let start = doc
            .text
            .match_indices(text)
            .nth(nth)
            .map(|(i, _)| i)
            .unwrap_or(0);
        Candidate {
            span: Span::new(start, start + text.len()),
            kind,
            rule: "test",
            confidence,
            canonical: None,
            link: None,
        }
    }

    #[test]
    fn bit_ranges() {
        let mut b = Bits::new(300);
        b.set_range(60, 130);
        b.set_range(200, 200);
        for (a, z, want) in [
            (0, 60, false),
            (0, 61, true),
            (129, 140, true),
            (130, 300, false),
            (64, 65, true),
            (100, 100, false),
            (299, 300, false),
        ] {
            assert_eq!(b.any(a, z), want, "{a}..{z}");
            assert_eq!((a..z).any(|i| b.get(i)), want, "{a}..{z} bit by bit");
        }
        b.set_range(0, 300);
        assert!(b.get(0) && b.get(63) && b.get(64) && b.get(299));
        assert!(!b.any(300, 400));
    }

    #[test]
    fn counting_sort_is_stable() {
        let keys = [5u32, 1, 5, 0, 1, 9, 5];
        let mut want: Vec<usize> = (0..keys.len()).collect();
        want.sort_by_key(|&i| keys[i]);
        assert_eq!(by_key_stable(&keys), want);
        assert!(by_key_stable(&[]).is_empty());
    }

    #[test]
    fn word_counts_and_score_order() {
        for t in [
            "",
            " ",
            "Putin",
            "Vladimir  Putin",
            "a\x0bb\tc\nd e",
            " Kursk region ",
            "Ålesund\u{a0}town",
        ] {
            assert_eq!(
                words_upto_4(t),
                t.split_whitespace().count().min(4),
                "{t:?}"
            );
        }
        let xs = [-1.5f32, -0.0, 0.0, 0.5, 0.75, 1.2, f32::NAN, -f32::NAN];
        for a in xs {
            for b in xs {
                assert_eq!(
                    total_order_key(a).cmp(&total_order_key(b)),
                    a.total_cmp(&b),
                    "{a} {b}"
                );
            }
        }
    }

    #[test]
    fn longer_wins_times_win_and_name_parts_follow() {
        let doc = Doc::new("Michael Jordan met May in Jordan. Jordan said no in May.");
        let c = vec![
            cand(&doc, "Michael Jordan", 0, Kind::Person, 0.8),
            cand(&doc, "Jordan", 0, Kind::Place, 0.6),
            cand(&doc, "Jordan", 1, Kind::Place, 0.6),
            cand(&doc, "Jordan", 2, Kind::Place, 0.6),
            cand(&doc, "May", 1, Kind::Person, 0.5),
        ];
        let times = crate::temporal::find(&doc);
        let may = doc.text.rfind("May").unwrap_or(0);
        assert!(
            times
                .iter()
                .any(|t| t.span.start <= may && t.span.end >= may + 3),
            "the month is a time"
        );
        let out = refine(&doc, c, &times);
        let got: Vec<(&str, Kind)> = out.iter().map(|c| (doc.slice(c.span), c.kind)).collect();
        assert_eq!(
            got,
            [
                ("Michael Jordan", Kind::Person),
                ("Jordan", Kind::Person),
                ("Jordan", Kind::Person)
            ]
        );
    }
}
