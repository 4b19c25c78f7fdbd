//! Hand-built candidates for testing resolution and quotes without the finders.
//!
//! A [`Spec`] names a surface and the kind a finder would give it; [`candidates`] marks every
//! whole-word occurrence of each surface in the normalized text (longer surfaces first, no
//! overlaps), as a finder would.
#![allow(dead_code)]

use storyline::entity::Candidate;
use storyline::model::{Entity, Kind, Mention, Quote};
use storyline::span::Span;
use storyline::text::Doc;

/// A surface to mark, with its kind and the gazetteer's canonical name / country link.
#[derive(Clone, Copy)]
pub struct Spec {
    pub surface: &'static str,
    pub kind: Kind,
    pub canonical: Option<&'static str>,
    pub link: Option<&'static str>,
}

pub fn person(s: &'static str) -> Spec {
    spec(s, Kind::Person)
}
pub fn place(s: &'static str) -> Spec {
    spec(s, Kind::Place)
}
pub fn org(s: &'static str) -> Spec {
    spec(s, Kind::Organization)
}
pub fn spec(s: &'static str, kind: Kind) -> Spec {
    Spec {
        surface: s,
        kind,
        canonical: None,
        link: None,
    }
}
pub fn canon(s: &'static str, kind: Kind, c: &'static str) -> Spec {
    Spec {
        canonical: Some(c),
        ..spec(s, kind)
    }
}
pub fn group(s: &'static str, country: &'static str) -> Spec {
    Spec {
        link: Some(country),
        ..spec(s, Kind::Group)
    }
}

fn word_char(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric())
}

/// Marks every whole-word occurrence of each spec's surface in `doc`.
pub fn candidates(doc: &Doc, specs: &[Spec]) -> Vec<Candidate> {
    let mut order: Vec<&Spec> = specs.iter().collect();
    order.sort_by_key(|s| std::cmp::Reverse(s.surface.len()));
    let mut out: Vec<Candidate> = Vec::new();
    for s in order {
        let t = &doc.text;
        let mut from = 0;
        while let Some(i) = t[from..].find(s.surface) {
            let a = from + i;
            let b = a + s.surface.len();
            from = a + 1;
            while !t.is_char_boundary(from) {
                from += 1;
            }
            let before = t[..a].chars().next_back();
            let after = t[b..].chars().next();
            // A trailing "'s" is allowed as part of the surface only when the spec says so.
            if word_char(before) || word_char(after) {
                continue;
            }
            let span = Span::new(a, b);
            if out.iter().any(|c| c.span.overlaps(&span)) {
                continue;
            }
            out.push(Candidate {
                span,
                kind: s.kind,
                rule: "test:hand",
                confidence: 0.9,
                canonical: s.canonical,
                link: s.link,
            });
        }
    }
    out.sort_by_key(|c| (c.span.start, std::cmp::Reverse(c.span.end)));
    out
}

/// Resolves `text` with hand-built candidates.
pub fn resolve(text: &str, specs: &[Spec]) -> (Doc, Vec<Mention>, Vec<Entity>) {
    let doc = Doc::new(text);
    let c = candidates(&doc, specs);
    let (m, e) = storyline::entity::resolve(&doc, c);
    (doc, m, e)
}

/// Resolves, then finds quotes.
pub fn quotes(text: &str, specs: &[Spec]) -> (Doc, Vec<Mention>, Vec<Entity>, Vec<Quote>) {
    let (doc, m, e) = resolve(text, specs);
    let q = storyline::entity::quotes::find(&doc, &m, &e);
    (doc, m, e, q)
}

/// The entity named `name`, if any.
pub fn entity<'a>(es: &'a [Entity], name: &str) -> Option<&'a Entity> {
    es.iter().find(|e| e.name == name)
}

/// A readable dump of mentions (with rules), entities (with aliases and roles) and quotes.
pub fn trace(doc: &Doc, m: &[Mention], e: &[Entity], q: &[Quote]) -> String {
    let mut s = String::from("mentions:\n");
    for (i, x) in m.iter().enumerate() {
        s += &format!(
            "  #{i} {:?} {:?} -> entity {} [{}]\n",
            &doc.text[x.start..x.end],
            x.kind,
            x.entity,
            x.rule
        );
    }
    s += "entities:\n";
    for x in e {
        s += &format!(
            "  {} {:?} {:?} aliases={:?} mentions={:?} salience={}\n",
            x.id, x.kind, x.name, x.aliases, x.mentions, x.salience
        );
        for r in &x.roles {
            s += &format!(
                "      role {:?} @{}..{} [{}]\n",
                r.role, r.start, r.end, r.rule
            );
        }
    }
    s += "quotes:\n";
    for x in q {
        let cue = x.cue.as_ref().map(|c| &doc.text[c.start..c.end]);
        s += &format!(
            "  {:?} speaker={:?} cue={:?} [{}]\n",
            &doc.text[x.start..x.end],
            x.speaker.map(|i| e[i].name.as_str()),
            cue,
            x.rule
        );
    }
    s
}
