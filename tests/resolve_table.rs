//! Entity resolution and roles, table-driven, on hand-built candidates (text written for these
//! tests). Each row names a behaviour; a failing row prints the full mention/entity/role trace.

#[path = "support/hand.rs"]
mod hand;

use hand::*;
use storyline::model::Kind;

/// What a row expects of the resolved entities.
enum Expect {
    /// An entity with this canonical name, kind and number of mentions.
    Entity(&'static str, Kind, usize),
    /// `alias` is an alias of the entity named `of`.
    Alias(&'static str, &'static str),
    /// The entity named `of` has exactly these roles, in text order.
    Roles(&'static str, &'static [&'static str]),
    /// Exactly this many entities.
    Count(usize),
    /// The entity named `of` is linked to `country`.
    Country(&'static str, &'static str),
    /// The mention texts, in text order.
    MentionTexts(&'static [&'static str]),
}
use Expect::*;

struct Row {
    name: &'static str,
    text: &'static str,
    specs: Vec<Spec>,
    expect: Vec<Expect>,
}

fn rows() -> Vec<Row> {
    vec![
        Row {
            name: "a company named with its holding's word and legal form is the company named without them (\"Morgan Stanley Group Inc.\" and \"Morgan Stanley\" were two)",
            text: "Morgan Stanley Group Inc. reported a loss. Morgan Stanley shares fell, and Giant Group Ltd. said Giant Group would hold.",
            specs: vec![org("Morgan Stanley Group Inc"), org("Morgan Stanley"), org("Giant Group Ltd"), org("Giant Group")],
            expect: vec![Entity("Morgan Stanley Group Inc", Kind::Organization, 2), Alias("Morgan Stanley", "Morgan Stanley Group Inc"), Entity("Giant Group Ltd", Kind::Organization, 2), Count(2)],
        },
        Row {
            name: "a name \"known as\" another right after it is one entity (\"Mohamed Hamdan Dagalo, widely known as Hemedti\" gave two)",
            text: "Mohamed Hamdan Dagalo, widely known as Hemedti, said the army had lost. Hemedti later fled.",
            specs: vec![person("Mohamed Hamdan Dagalo"), person("Hemedti")],
            expect: vec![Entity("Mohamed Hamdan Dagalo", Kind::Person, 3), Alias("Hemedti", "Mohamed Hamdan Dagalo"), Count(1)],
        },
        Row {
            name: "a bracketed acronym after a body's name is its own though its letters follow another language (\"the Democratic Alliance (AD)\" gave no alias)",
            text: "The Democratic Alliance (AD) came first, and the AD coalition grew.",
            specs: vec![org("Democratic Alliance"), org("AD")],
            expect: vec![Entity("Democratic Alliance", Kind::Organization, 3), Alias("AD", "Democratic Alliance"), Count(1)],
        },
        Row {
            name: "an acronym the text defines is not what a table says it stands for (\"the Unitary Democratic Coalition (CDU)\" was named Christian Democratic Union)",
            text: "The Unitary Democratic Coalition (CDU) lost seats. The CDU said it would stay.",
            specs: vec![org("Unitary Democratic Coalition"), canon("CDU", Kind::Organization, "Christian Democratic Union")],
            expect: vec![Entity("Unitary Democratic Coalition", Kind::Organization, 3), Alias("CDU", "Unitary Democratic Coalition"), Count(1)],
        },
        Row {
            name: "a place's initials join no body whose words they spell (\"U.S.\" became an alias of the United Steelworkers)",
            text: "The United Steelworkers union opposed the deal. The U.S. government approved it.",
            specs: vec![org("United Steelworkers"), place("U.S.")],
            expect: vec![Entity("United Steelworkers", Kind::Organization, 1), Count(2)],
        },
        Row {
            name: "surname and possessive merge with the full name",
            text: "Russian President Vladimir Putin visited the front. Putin's visit lasted a day. Putin left.",
            specs: vec![person("Vladimir Putin"), person("Putin"), group("Russian", "Russia")],
            expect: vec![
                Entity("Vladimir Putin", Kind::Person, 3),
                Alias("Putin", "Vladimir Putin"),
                Roles("Vladimir Putin", &["Russian President"]),
                MentionTexts(&["Russian", "Vladimir Putin", "Putin", "Putin"]),
            ],
        },
        Row {
            name: "the abbreviated title \"Gov.\" after a state is a role (it gave none)",
            text: "Florida Gov. Ron DeSantis declared an emergency. Texas Lt. Gov. Dan Patrick agreed.",
            specs: vec![place("Florida"), person("Ron DeSantis"), place("Texas"), person("Dan Patrick")],
            expect: vec![
                Roles("Ron DeSantis", &["Florida Gov."]),
                Roles("Dan Patrick", &["Texas Lt. Gov."]),
            ],
        },
        Row {
            name: "possessive inside a finder's span is cut off",
            text: "Helena Varga spoke first. Varga's plan won.",
            specs: vec![person("Helena Varga"), person("Varga's")],
            expect: vec![
                Entity("Helena Varga", Kind::Person, 2),
                MentionTexts(&["Helena Varga", "Varga"]),
            ],
        },
        Row {
            name: "first name before the full name",
            text: "Donald arrived late. Later Donald Trump said he was tired.",
            specs: vec![person("Donald Trump"), person("Donald")],
            expect: vec![Entity("Donald Trump", Kind::Person, 2), Count(1)],
        },
        Row {
            name: "a lone word from the middle of one full name joins it",
            text: "President Luiz Inacio Lula da Silva spoke. Lula left. Gabriel Garcia Marquez wrote. Garcia smiled.",
            specs: vec![
                person("Luiz Inacio Lula da Silva"),
                person("Lula"),
                person("Gabriel Garcia Marquez"),
                person("Garcia"),
            ],
            expect: vec![
                Entity("Luiz Inacio Lula da Silva", Kind::Person, 2),
                Alias("Lula", "Luiz Inacio Lula da Silva"),
                Alias("Garcia", "Gabriel Garcia Marquez"),
                Count(2),
            ],
        },
        Row {
            name: "a middle word goes nowhere when it ends another name or sits in two",
            text: "John Paul Jones spoke. Rand Paul listened. Paul left. Mary Ann Smith and Lisa Ann Lee met. Ann smiled.",
            specs: vec![
                person("John Paul Jones"),
                person("Rand Paul"),
                person("Paul"),
                person("Mary Ann Smith"),
                person("Lisa Ann Lee"),
                person("Ann"),
            ],
            expect: vec![
                Entity("John Paul Jones", Kind::Person, 1),
                Alias("Paul", "Rand Paul"),
                Entity("Ann", Kind::Person, 1),
                Count(5),
            ],
        },
        Row {
            name: "a title with its phrase before a comma is the role of the name after it",
            text: "The Minister for Transport, Darragh Byrne, told reporters. Meta's president of global affairs, Nick Clegg, disagreed. The case was heard by the court, Ann Lee said.",
            specs: vec![person("Darragh Byrne"), org("Meta"), person("Nick Clegg"), person("Ann Lee")],
            expect: vec![
                Roles("Darragh Byrne", &["Minister for Transport"]),
                Roles("Nick Clegg", &["president of global affairs"]),
                Roles("Ann Lee", &[]),
            ],
        },
        Row {
            name: "nouns before the title of an apposition after the name belong to the role",
            text: "Helen Dixon, Ireland's data protection commissioner, said so. Anna Jones, the company said, was fired.",
            specs: vec![person("Helen Dixon"), place("Ireland"), person("Anna Jones")],
            expect: vec![
                Roles("Helen Dixon", &["data protection commissioner"]),
                Roles("Anna Jones", &[]),
            ],
        },
        Row {
            name: "\"head of\" after a name is a role; a head that is a body part is none",
            text: "Jean Kaseya, head of the agency, spoke. Tom Reilly, head of research at the bank, left. He was hit on the head, Ann Lee said.",
            specs: vec![person("Jean Kaseya"), person("Tom Reilly"), person("Ann Lee")],
            expect: vec![
                Roles("Jean Kaseya", &["head of the agency"]),
                Roles("Tom Reilly", &["head of research at the bank"]),
                Roles("Ann Lee", &[]),
            ],
        },
        Row {
            name: "longest full form is the canonical name",
            text: "Donald J. Trump spoke. Donald Trump left. Trump returned.",
            specs: vec![person("Donald J. Trump"), person("Donald Trump"), person("Trump")],
            expect: vec![
                Entity("Donald J. Trump", Kind::Person, 3),
                Alias("Donald Trump", "Donald J. Trump"),
                Alias("Trump", "Donald J. Trump"),
            ],
        },
        Row {
            name: "shared surname goes to the nearest full name before it",
            text: "Melania Trump spoke first. Trump smiled. Then Donald Trump spoke. Trump left.",
            specs: vec![person("Melania Trump"), person("Donald Trump"), person("Trump")],
            expect: vec![
                Entity("Melania Trump", Kind::Person, 2),
                Entity("Donald Trump", Kind::Person, 2),
                Count(2),
            ],
        },
        Row {
            name: "US, U.S., United States and America are one place",
            text: "The US sent aid. U.S. officials agreed. The United States said so. America waited.",
            specs: vec![
                canon("US", Kind::Place, "United States"),
                canon("U.S.", Kind::Place, "United States"),
                place("United States"),
                canon("America", Kind::Place, "United States"),
            ],
            expect: vec![
                Entity("United States", Kind::Place, 4),
                Alias("US", "United States"),
                Alias("U.S.", "United States"),
                Alias("America", "United States"),
                Count(1),
            ],
        },
        Row {
            name: "dotted and plain initialism merge without a gazetteer name",
            text: "The U.K. voted. Later the UK changed course.",
            specs: vec![place("U.K."), place("UK")],
            expect: vec![Count(1), Entity("U.K.", Kind::Place, 2)],
        },
        Row {
            name: "bare place joins its region form",
            text: "Troops held the Kursk region for months. The advance in Kursk slowed.",
            specs: vec![place("Kursk region"), place("Kursk")],
            expect: vec![Entity("Kursk region", Kind::Place, 2), Alias("Kursk", "Kursk region")],
        },
        Row {
            name: "city is not its country",
            text: "Mexico City flooded. Mexico sent help.",
            specs: vec![place("Mexico City"), place("Mexico")],
            expect: vec![Count(2)],
        },
        Row {
            name: "bracketed acronym becomes a mention, with its later uses",
            text: "The National Security Council (NSC) met on Monday. The NSC later issued a statement.",
            specs: vec![org("National Security Council")],
            expect: vec![
                Entity("National Security Council", Kind::Organization, 3),
                Alias("NSC", "National Security Council"),
                MentionTexts(&["National Security Council", "NSC", "NSC"]),
            ],
        },
        Row {
            name: "acronym before its bracketed expansion",
            text: "Officials from OPEC (Organization of the Petroleum Exporting Countries) met.",
            specs: vec![org("OPEC"), org("Organization of the Petroleum Exporting Countries")],
            expect: vec![Count(1), Alias("OPEC", "Organization of the Petroleum Exporting Countries")],
        },
        Row {
            name: "a name holding the acronym is not what it stands for",
            text: "The U.S. Senate passed the bill. The U.S. economy grew.",
            specs: vec![org("U.S. Senate"), canon("U.S.", Kind::Place, "United States")],
            expect: vec![
                Count(2),
                Entity("U.S. Senate", Kind::Organization, 1),
                Entity("United States", Kind::Place, 1),
            ],
        },
        Row {
            name: "acronym spelled by a name elsewhere",
            text: "The North Atlantic Treaty Organization grew. NATO members met in Brussels.",
            specs: vec![org("North Atlantic Treaty Organization"), org("NATO"), place("Brussels")],
            expect: vec![Entity("North Atlantic Treaty Organization", Kind::Organization, 2), Count(2)],
        },
        Row {
            name: "acronym that does not spell the name stays apart",
            text: "The Central Intelligence Agency and the FBI disagreed.",
            specs: vec![org("Central Intelligence Agency"), org("FBI")],
            expect: vec![Count(2)],
        },
        Row {
            name: "company with and without its legal form",
            text: "Harbor Dynamics Corp. reported a loss. Harbor Dynamics said sales fell.",
            specs: vec![org("Harbor Dynamics Corp."), org("Harbor Dynamics")],
            expect: vec![Count(1), Entity("Harbor Dynamics Corp.", Kind::Organization, 2)],
        },
        Row {
            name: "nationality keeps its country; plural joins",
            text: "Russian troops advanced. Russians celebrated. Russian tanks moved. Russia said nothing.",
            specs: vec![group("Russian", "Russia"), group("Russians", "Russia"), place("Russia")],
            expect: vec![
                Entity("Russian", Kind::Group, 3),
                Country("Russian", "Russia"),
                Entity("Russia", Kind::Place, 1),
            ],
        },
        Row {
            name: "nationality without a finder link takes the lexicon's country",
            text: "Ukrainian forces advanced.",
            specs: vec![spec("Ukrainian", Kind::Group)],
            expect: vec![Country("Ukrainian", "Ukraine")],
        },
        Row {
            name: "different people stay apart",
            text: "John Harlow met Jane Okafor. Harlow spoke, then Okafor.",
            specs: vec![person("John Harlow"), person("Jane Okafor"), person("Harlow"), person("Okafor")],
            expect: vec![Entity("John Harlow", Kind::Person, 2), Entity("Jane Okafor", Kind::Person, 2), Count(2)],
        },
        Row {
            name: "lone surname no finder proposed is added",
            text: "Presidential aide Yuri Marchenko arrived. Reporters asked Marchenko about it.",
            specs: vec![person("Yuri Marchenko")],
            expect: vec![Entity("Yuri Marchenko", Kind::Person, 2)],
        },
        Row {
            name: "surname glued to another capitalized word is not added",
            text: "Anna Fisk visited. The Fisk Tower opened.",
            specs: vec![person("Anna Fisk")],
            expect: vec![Entity("Anna Fisk", Kind::Person, 1)],
        },
        Row {
            name: "title inside a person span becomes a role",
            text: "President Maria Olsen spoke. Mr. Tom Reyes listened.",
            specs: vec![person("President Maria Olsen"), person("Mr. Tom Reyes")],
            expect: vec![
                Entity("Maria Olsen", Kind::Person, 1),
                Roles("Maria Olsen", &["President"]),
                Roles("Tom Reyes", &[]),
                MentionTexts(&["Maria Olsen", "Tom Reyes"]),
            ],
        },
        Row {
            name: "whole title chunk inside a person span is cut off",
            text: "Said Kremlin spokesman Dmitry Peskov: no. King Charles agreed. Martin Luther King spoke.",
            specs: vec![person("Kremlin spokesman Dmitry Peskov"), person("King Charles"), person("Martin Luther King")],
            expect: vec![
                Roles("Dmitry Peskov", &["Kremlin spokesman"]),
                Roles("Charles", &["King"]),
                Roles("Martin Luther King", &[]),
            ],
        },
        Row {
            name: "a gazetteer name equal to the surface does not beat the region form",
            text: "Fighting in the Kursk region went on. Kursk was shelled.",
            specs: vec![place("Kursk region"), canon("Kursk", Kind::Place, "Kursk")],
            expect: vec![Entity("Kursk region", Kind::Place, 2), Count(1)],
        },
        Row {
            name: "a dateline's capitals are named by the listed place",
            text: "MILAN — Rain fell.",
            specs: vec![canon("MILAN", Kind::Place, "Milan")],
            expect: vec![Entity("Milan", Kind::Place, 1)],
        },
        // Roles.
        Row {
            name: "org name + title",
            text: "Kremlin spokesman Dmitry Peskov declined to comment.",
            specs: vec![org("Kremlin"), person("Dmitry Peskov")],
            expect: vec![Roles("Dmitry Peskov", &["Kremlin spokesman"])],
        },
        Row {
            name: "country + multi-word capitalized title",
            text: "He spoke to US National Security Advisor Mike Waltz by phone.",
            specs: vec![canon("US", Kind::Place, "United States"), person("Mike Waltz")],
            expect: vec![Roles("Mike Waltz", &["US National Security Advisor"])],
        },
        Row {
            name: "nationality + adjective + title",
            text: "Russian presidential aide Yuri Ushakov spoke.",
            specs: vec![group("Russian", "Russia"), person("Yuri Ushakov")],
            expect: vec![Roles("Yuri Ushakov", &["Russian presidential aide"])],
        },
        Row {
            name: "former + capitalized title",
            text: "The talks were led by former Prime Minister Ellen Strand and others.",
            specs: vec![person("Ellen Strand")],
            expect: vec![Roles("Ellen Strand", &["former Prime Minister"])],
        },
        Row {
            name: "apposition after a possessive",
            text: "The White House said that Donald Trump's envoy, Steve Witkoff, would travel.",
            specs: vec![org("White House"), person("Donald Trump"), person("Steve Witkoff")],
            expect: vec![Roles("Steve Witkoff", &["envoy"]), Roles("Donald Trump", &[])],
        },
        Row {
            name: "apposition with article before the name",
            text: "Later the Kremlin spokesman, Dmitry Peskov, repeated it.",
            specs: vec![org("Kremlin"), person("Dmitry Peskov")],
            expect: vec![Roles("Dmitry Peskov", &["Kremlin spokesman"])],
        },
        Row {
            name: "X, the Y of Z,",
            text: "Sergei Lavrov, the foreign minister of Russia, said talks would continue.",
            specs: vec![person("Sergei Lavrov"), place("Russia")],
            expect: vec![Roles("Sergei Lavrov", &["foreign minister of Russia"])],
        },
        Row {
            name: "Z's Y X",
            text: "Talks began after Norway's foreign minister Kari Lund arrived.",
            specs: vec![place("Norway"), person("Kari Lund")],
            expect: vec![Roles("Kari Lund", &["foreign minister"])],
        },
        Row {
            name: "every role stated is kept, in text order",
            text: "US President Donald Trump spoke. Trump, the leader of the Republican Party, left. Later President Trump returned.",
            specs: vec![canon("US", Kind::Place, "United States"), person("Donald Trump"), person("Trump"), org("Republican Party")],
            expect: vec![Roles("Donald Trump", &["US President", "leader of the Republican Party", "President"])],
        },
        Row {
            name: "nouns modifying the head, after the sentence start or an article",
            text: "Union leader Ana Costa called off the strike. The port authority president Lena Park agreed.",
            specs: vec![person("Ana Costa"), person("Lena Park")],
            expect: vec![Roles("Ana Costa", &["Union leader"]), Roles("Lena Park", &["port authority president"])],
        },
        Row {
            name: "no noun modifiers after a verb, and no describing adjective",
            text: "Officials told union leader Ana Costa to wait. Later a defiant President Maria Olsen spoke. The news anchor Tom Reyes, who worries campaign manager Lena Park, left.",
            specs: vec![person("Ana Costa"), person("Maria Olsen"), person("Tom Reyes"), person("Lena Park")],
            expect: vec![
                Roles("Ana Costa", &["leader"]),
                Roles("Maria Olsen", &["President"]),
                Roles("Tom Reyes", &["news anchor"]),
                Roles("Lena Park", &["manager"]),
            ],
        },
        Row {
            name: "apposition after a party and state, and after 'the <noun>'s'",
            text: "Sen. Tom Reyes, R-Ohio, the committee's chairman, spoke. Lena Park, the city's mayor, agreed.",
            specs: vec![person("Tom Reyes"), person("Lena Park")],
            expect: vec![Roles("Tom Reyes", &["Sen.", "chairman"]), Roles("Lena Park", &["mayor"])],
        },
        Row {
            name: "apposition after: the title's phrase of plain words runs to the comma",
            text: "Mari Tano, a spokeswoman for the trade ministry, declined to comment. Tom Reyes, an analyst with Harbor Securities, agreed.",
            specs: vec![person("Mari Tano"), person("Tom Reyes")],
            expect: vec![
                Roles("Mari Tano", &["spokeswoman for the trade ministry"]),
                Roles("Tom Reyes", &["analyst with Harbor Securities"]),
            ],
        },
        Row {
            name: "apposition after: a clause after the title's phrase is no role",
            text: "Mari Tano, a spokeswoman for the team that won the cup, declined to comment.",
            specs: vec![person("Mari Tano")],
            expect: vec![Roles("Mari Tano", &[])],
        },
        // Negatives: text that must yield no role.
        Row {
            name: "no role: object of a clause before a comma",
            text: "After meeting the president, Putin left the hall.",
            specs: vec![person("Putin")],
            expect: vec![Roles("Putin", &[])],
        },
        Row {
            name: "no role: sentence adverb and weekday",
            text: "Yesterday Anna Berg spoke. On Monday Anna Berg left. Meanwhile, Anna Berg waited.",
            specs: vec![person("Anna Berg")],
            expect: vec![Roles("Anna Berg", &[])],
        },
        Row {
            name: "no role: honorific only",
            text: "Mr. Tom Reyes and Dr. Ann Cole arrived.",
            specs: vec![person("Tom Reyes"), person("Ann Cole")],
            expect: vec![Roles("Tom Reyes", &[]), Roles("Ann Cole", &[])],
        },
        Row {
            name: "no role: adjective that is also a title",
            text: "The museum opened a major Ellen Strand retrospective.",
            specs: vec![person("Ellen Strand")],
            expect: vec![Roles("Ellen Strand", &[])],
        },
        Row {
            name: "district is not merged with its city",
            text: "A Beijing district council met. Beijing said nothing.",
            specs: vec![place("Beijing district"), place("Beijing")],
            expect: vec![Count(2)],
        },
        Row {
            name: "title with of inside, in apposition",
            text: "Meanwhile Zelensky's chief of staff, Andriy Yermak, flew in. Secretary of State Lena Park stayed.",
            specs: vec![person("Zelensky"), person("Andriy Yermak"), person("Lena Park")],
            expect: vec![Roles("Andriy Yermak", &["chief of staff"]), Roles("Lena Park", &["Secretary of State"])],
        },
        Row {
            name: "no role: plain verb before the name",
            text: "Officials met Lena Park on Friday.",
            specs: vec![person("Lena Park")],
            expect: vec![Roles("Lena Park", &[])],
        },
    ]
}

#[test]
fn resolution_table() {
    let mut failures = Vec::new();
    for row in rows() {
        let (doc, m, e) = resolve(row.text, &row.specs);
        let mut errs = Vec::new();
        for x in &row.expect {
            match x {
                Entity(name, kind, n) => match entity(&e, name) {
                    None => errs.push(format!("no entity named {name:?}")),
                    Some(en) => {
                        if en.kind != *kind {
                            errs.push(format!("{name:?} is {:?}, expected {kind:?}", en.kind));
                        }
                        if en.mentions.len() != *n {
                            errs.push(format!(
                                "{name:?} has {} mentions, expected {n}",
                                en.mentions.len()
                            ));
                        }
                    }
                },
                Alias(a, of) => {
                    if !entity(&e, of).is_some_and(|en| en.aliases.iter().any(|x| x == a)) {
                        errs.push(format!("{a:?} is not an alias of {of:?}"));
                    }
                }
                Roles(of, want) => match entity(&e, of) {
                    None => errs.push(format!("no entity named {of:?}")),
                    Some(en) => {
                        let got: Vec<&str> = en.roles.iter().map(|r| r.role.as_str()).collect();
                        if got != *want {
                            errs.push(format!("roles of {of:?}: {got:?}, expected {want:?}"));
                        }
                        for r in &en.roles {
                            if doc
                                .text
                                .get(r.start..r.end)
                                .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
                                != Some(r.role.clone())
                            {
                                errs.push(format!(
                                    "role {:?} offsets {}..{} do not cover it",
                                    r.role, r.start, r.end
                                ));
                            }
                        }
                    }
                },
                Count(n) => {
                    if e.len() != *n {
                        errs.push(format!("{} entities, expected {n}", e.len()));
                    }
                }
                Country(of, c) => {
                    if entity(&e, of).and_then(|en| en.country.as_deref()) != Some(*c) {
                        errs.push(format!("{of:?} not linked to {c:?}"));
                    }
                }
                MentionTexts(want) => {
                    let got: Vec<&str> = m.iter().map(|x| &doc.text[x.start..x.end]).collect();
                    if got != *want {
                        errs.push(format!("mentions {got:?}, expected {want:?}"));
                    }
                }
            }
        }
        // Invariants of every output.
        for w in m.windows(2) {
            if w[0].start > w[1].start {
                errs.push("mentions not in text order".into());
            }
        }
        for (i, en) in e.iter().enumerate() {
            if en.id != i {
                errs.push(format!("entity {i} has id {}", en.id));
            }
            if !en.mentions.windows(2).all(|w| w[0] < w[1]) {
                errs.push(format!("entity {i} mentions not sorted"));
            }
            if !(0.0..=1.0).contains(&en.salience) {
                errs.push(format!("entity {i} salience {}", en.salience));
            }
            if en.mentions.iter().any(|&mi| m[mi].entity != i) {
                errs.push(format!("entity {i} lists a mention that points elsewhere"));
            }
        }
        if !errs.is_empty() {
            failures.push(format!(
                "row {:?}:\n  {}\n{}",
                row.name,
                errs.join("\n  "),
                trace(&doc, &m, &e, &[])
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn salience_ranks_the_most_mentioned_first_named_highest() {
    let (_, _, e) = resolve(
        "Anna Berg won. Berg thanked Tom Ruiz. Berg left. Later, Lisa Moe arrived.",
        &[
            person("Anna Berg"),
            person("Berg"),
            person("Tom Ruiz"),
            person("Lisa Moe"),
        ],
    );
    let s = |n: &str| entity(&e, n).map(|x| x.salience).unwrap_or(-1.0);
    assert!(s("Anna Berg") > s("Tom Ruiz"), "{e:#?}");
    assert!(s("Tom Ruiz") > s("Lisa Moe"), "{e:#?}");
    assert!(
        (s("Anna Berg") - 1.0).abs() < 1e-6,
        "headline, first, most mentioned: {e:#?}"
    );
}

#[test]
fn empty_and_odd_input_never_panics() {
    for t in ["", "'s", "\"", "( )", "Putin's", "ÉÉ (É) ''"] {
        let (_, m, e) = resolve(t, &[person("Putin's"), person("É"), org("ÉÉ")]);
        assert_eq!(
            m.len(),
            e.iter().map(|x| x.mentions.len()).sum::<usize>(),
            "{t:?}"
        );
    }
}
