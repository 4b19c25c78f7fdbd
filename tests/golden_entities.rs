//! Golden test on the founding article (tests/fixtures/seed-article.txt): canonical names, roles,
//! aliases and quotes as annotated in its gold file (gold_entities, gold_roles, gold_aliases,
//! gold_quotes). On failure it prints every mention with its rule, every entity with its roles
//! (and their rules) and every quote with its rule.
//!
//! Two runs:
//! - `seed_resolution_on_hand_candidates`: the finders' part replaced by hand-marked names, so
//!   this checks resolution, roles and quotes alone;
//! - `seed_end_to_end`: the whole pipeline (`storyline::analyze`).

#[path = "support/hand.rs"]
mod hand;

use hand::*;
use storyline::model::{Entity, Kind, Mention, Quote};

const SEED: &str = include_str!("fixtures/seed-article.txt");

/// gold_roles: person → role.
const ROLES: &[(&str, &str)] = &[
    ("Vladimir Putin", "Russian President"),
    ("Donald Trump", "US President"),
    ("Dmitry Peskov", "Kremlin spokesman"),
    ("Yuri Ushakov", "Russian presidential aide"),
    ("Mike Waltz", "US National Security Advisor"),
    ("Steve Witkoff", "envoy"),
];

/// gold_aliases: surface → canonical name.
const ALIASES: &[(&str, &str)] = &[
    ("Putin", "Vladimir Putin"),
    ("Trump", "Donald Trump"),
    ("Kursk", "Kursk region"),
    ("US", "United States"),
];

/// gold_quotes: speaker, how the quote starts (curly apostrophes as normalized: straight).
const QUOTES: &[(&str, &str)] = &[
    ("Vladimir Putin", "I am counting on"),
    ("Donald Trump", "We're going to have to see"),
    ("Dmitry Peskov", "Negotiators are flying in"),
];

/// gold_entities: kind → canonical names.
const ENTITIES: &[(Kind, &[&str])] = &[
    (
        Kind::Person,
        &[
            "Vladimir Putin",
            "Donald Trump",
            "Dmitry Peskov",
            "Yuri Ushakov",
            "Mike Waltz",
            "Steve Witkoff",
        ],
    ),
    (
        Kind::Organization,
        &[
            "NYT News Service",
            "Russian ministry of defence",
            "Kremlin",
            "White House",
        ],
    ),
    (
        Kind::Place,
        &[
            "Kursk region",
            "Sudzha",
            "Russia",
            "Ukraine",
            "Kyiv",
            "Moscow",
            "Gaza",
            "United States",
        ],
    ),
    (Kind::Group, &["Russian", "Ukrainian"]),
    (Kind::Event, &["World War II"]),
];

/// Checks the gold annotations against a result whose spans are in `text` (byte offsets).
fn check(text: &str, m: &[Mention], e: &[Entity], q: &[Quote]) -> Vec<String> {
    let mut errs = Vec::new();
    let named = |n: &str| e.iter().find(|x| x.name == n);
    for (kind, names) in ENTITIES {
        for n in *names {
            match named(n) {
                None => errs.push(format!("no entity named {n:?}")),
                Some(x) if x.kind != *kind => {
                    errs.push(format!("{n:?} is {:?}, gold {kind:?}", x.kind))
                }
                _ => {}
            }
        }
    }
    let people = e.iter().filter(|x| x.kind == Kind::Person).count();
    if people != 6 {
        errs.push(format!("{people} person entities, gold 6"));
    }
    for (p, r) in ROLES {
        let got: Vec<&str> = named(p)
            .map(|x| x.roles.iter().map(|r| r.role.as_str()).collect())
            .unwrap_or_default();
        if got != [*r] {
            errs.push(format!("roles of {p:?}: {got:?}, gold [{r:?}]"));
        }
    }
    for (alias, canon) in ALIASES {
        let uses: Vec<&Mention> = m
            .iter()
            .filter(|x| text.get(x.start..x.end) == Some(*alias))
            .collect();
        if uses.is_empty() {
            errs.push(format!("no mention {alias:?}"));
        }
        for u in uses {
            if e[u.entity].name != *canon {
                errs.push(format!(
                    "{alias:?} at {} resolved to {:?}, gold {canon:?}",
                    u.start, e[u.entity].name
                ));
            }
        }
    }
    for (speaker, starts) in QUOTES {
        match q.iter().find(|x| {
            text.get(x.start..x.end)
                .is_some_and(|s| s.replace('\u{2019}', "'").starts_with(starts))
        }) {
            None => errs.push(format!("no quote starting {starts:?}")),
            Some(x) => {
                let got = x.speaker.map(|i| e[i].name.as_str());
                if got != Some(*speaker) {
                    errs.push(format!(
                        "quote {starts:?} attributed to {got:?}, gold {speaker:?}"
                    ));
                }
            }
        }
    }
    if q.len() != QUOTES.len() {
        errs.push(format!("{} quotes, gold {}", q.len(), QUOTES.len()));
    }
    errs
}

#[test]
fn seed_resolution_on_hand_candidates() {
    let specs = [
        group("Russian", "Russia"),
        group("Ukrainian", "Ukraine"),
        place("Kursk region"),
        place("Kursk"),
        place("Russia"),
        place("Ukraine"),
        place("Kyiv"),
        place("Moscow"),
        place("Gaza"),
        place("Sudzha"),
        canon("US", Kind::Place, "United States"),
        org("NYT News Service"),
        org("Russian ministry of defence"),
        org("Kremlin"),
        org("White House"),
        spec("World War II", Kind::Event),
        person("Vladimir Putin"),
        person("Putin"),
        person("Donald Trump"),
        person("Trump"),
        person("Dmitry Peskov"),
        person("Yuri Ushakov"),
        person("Mike Waltz"),
        person("Steve Witkoff"),
    ];
    let (doc, m, e, q) = quotes(SEED, &specs);
    let errs = check(&doc.text, &m, &e, &q);
    assert!(
        errs.is_empty(),
        "{}\n{}",
        errs.join("\n"),
        trace(&doc, &m, &e, &q)
    );
}

#[test]
fn seed_end_to_end() {
    let opts = storyline::Options::new()
        .with_reference_date("2025-03-13")
        .expect("valid date");
    let a = storyline::analyze(SEED, &opts).expect("analysis");
    let errs = check(SEED, &a.mentions, &a.entities, &a.quotes);
    if !errs.is_empty() {
        // The trace, in input offsets (what the pipeline returns).
        let mut t = String::from("mentions:\n");
        for (i, x) in a.mentions.iter().enumerate() {
            t += &format!(
                "  #{i} {:?} {:?} -> entity {} [{}]\n",
                x.text, x.kind, x.entity, x.rule
            );
        }
        t += "entities:\n";
        for x in &a.entities {
            t += &format!(
                "  {} {:?} {:?} aliases={:?}\n",
                x.id, x.kind, x.name, x.aliases
            );
            for r in &x.roles {
                t += &format!("      role {:?} [{}]\n", r.role, r.rule);
            }
        }
        t += "quotes:\n";
        for x in &a.quotes {
            let sp = x.speaker.map(|i| a.entities[i].name.as_str());
            let cue = x.cue.as_ref().map(|c| c.text.as_str());
            t += &format!("  {:?} speaker={sp:?} cue={cue:?} [{}]\n", x.text, x.rule);
        }
        panic!("{}\n{}", errs.join("\n"), t);
    }
}
