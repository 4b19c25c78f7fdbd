//! Direct quotations and their speakers, table-driven, on hand-built candidates (text written for
//! these tests). A failing row prints the mention/entity/quote trace.

#[path = "support/hand.rs"]
mod hand;

use hand::*;

struct Row {
    name: &'static str,
    text: &'static str,
    specs: Vec<Spec>,
    /// Expected quotes in text order: (how the quote starts, speaker's canonical name or None,
    /// rule prefix).
    quotes: Vec<(&'static str, Option<&'static str>, &'static str)>,
}

fn rows() -> Vec<Row> {
    vec![
        Row {
            name: "a work's title in quotation marks is no quotation, even as a full sentence",
            text: "Ilse Marten won a prize for her memoir \"Letters to Nobody.\" \"It took ten years to write,\" Marten said.",
            specs: vec![person("Ilse Marten"), person("Marten"), spec("Letters to Nobody", storyline::model::Kind::Work)],
            quotes: vec![("It took ten years to write", Some("Ilse Marten"), "quote:cue-after")],
        },
        Row {
            name: "quote then Name said",
            text: "\"We will finish the bridge by spring,\" Ilse Marten said on Tuesday.",
            specs: vec![person("Ilse Marten")],
            quotes: vec![("We will finish the bridge by spring", Some("Ilse Marten"), "quote:cue-after")],
        },
        Row {
            name: "curly quotes and a surname cue",
            text: "Mayor Ilse Marten opened the road. \u{201c}It\u{2019}s a good day. We waited long,\u{201d} Marten said.",
            specs: vec![person("Ilse Marten"), person("Marten")],
            quotes: vec![("It's a good day. We waited long", Some("Ilse Marten"), "quote:cue-after")],
        },
        Row {
            name: "title chunk between quote and name",
            text: "\"Contacts are planned,\" city council spokesman Omar Haddad said.",
            specs: vec![person("Omar Haddad")],
            quotes: vec![("Contacts are planned", Some("Omar Haddad"), "quote:cue-after")],
        },
        Row {
            name: "said Name (inverted)",
            text: "\"The vote was fair,\" said Omar Haddad, the council spokesman.",
            specs: vec![person("Omar Haddad")],
            quotes: vec![("The vote was fair", Some("Omar Haddad"), "quote:cue-after-inverted")],
        },
        Row {
            name: "Name said: multi-sentence quote",
            text: "Ilse Marten said: \"The bridge is open. Traffic will flow again. We thank everyone.\"",
            specs: vec![person("Ilse Marten")],
            quotes: vec![("The bridge is open.", Some("Ilse Marten"), "quote:cue-before")],
        },
        Row {
            name: "Name told reporters, quote",
            text: "Omar Haddad told reporters, \"Nobody expected this outcome.\"",
            specs: vec![person("Omar Haddad")],
            quotes: vec![("Nobody expected this outcome.", Some("Omar Haddad"), "quote:cue-before")],
        },
        Row {
            name: "he added resolves to the subject before",
            text: "Omar Haddad thanked Ilse Marten for her work. \"We owe her a great deal,\" he added.",
            specs: vec![person("Omar Haddad"), person("Ilse Marten")],
            quotes: vec![("We owe her a great deal", Some("Omar Haddad"), "quote:cue-after+pronoun")],
        },
        Row {
            name: "she said resolves to the nearest person when no subject is closer",
            text: "The prize went to Ilse Marten. \"I did not expect it,\" she said.",
            specs: vec![person("Ilse Marten")],
            quotes: vec![("I did not expect it", Some("Ilse Marten"), "quote:cue-after+pronoun")],
        },
        Row {
            name: "she skips a nearer man",
            text: "Mary Olsen criticized John Barker. Barker refused. \"He should resign today,\" she said.",
            specs: vec![person("Mary Olsen"), person("John Barker"), person("Barker")],
            quotes: vec![("He should resign today", Some("Mary Olsen"), "quote:cue-after+pronoun")],
        },
        Row {
            name: "she prefers a known woman to a name of unknown gender",
            text: "Ingrid Solberg met Tariq Olumide in Oslo. Olumide spoke first. \"We disagree on almost everything,\" she said.",
            specs: vec![person("Ingrid Solberg"), person("Tariq Olumide"), person("Olumide")],
            quotes: vec![("We disagree on almost everything", Some("Ingrid Solberg"), "quote:cue-after+pronoun")],
        },
        Row {
            name: "the pronoun next to the verb is the speaker",
            text: "Omar Haddad spoke. \"They understand the risk,\" he said.",
            specs: vec![person("Omar Haddad")],
            quotes: vec![("They understand the risk", Some("Omar Haddad"), "quote:cue-after+pronoun")],
        },
        Row {
            name: "a capitalized noun is no speech verb",
            text: "\"The talks are over for now,\" Secretary of State Lena Park told reporters.",
            specs: vec![person("Lena Park")],
            quotes: vec![("The talks are over for now", Some("Lena Park"), "quote:cue-after")],
        },
        Row {
            name: "TBAQ-style marks",
            text: "``The deal is done and signed,'' Omar Haddad said.",
            specs: vec![person("Omar Haddad")],
            quotes: vec![("The deal is done and signed", Some("Omar Haddad"), "quote:cue-after")],
        },
        Row {
            name: "according to Name",
            text: "According to Ilse Marten, \"the river has never been this low.\"",
            specs: vec![person("Ilse Marten")],
            quotes: vec![("the river has never been this low.", Some("Ilse Marten"), "quote:according-to")],
        },
        Row {
            name: "organization as speaker",
            text: "\"The ceasefire holds along the line,\" the Harbor Authority said.",
            specs: vec![org("Harbor Authority")],
            quotes: vec![("The ceasefire holds along the line", Some("Harbor Authority"), "quote:cue-after")],
        },
        Row {
            name: "second quote of the paragraph continues the speaker",
            text: "\"We are ready,\" Ilse Marten said. \"The crews know their task and will start at dawn.\"",
            specs: vec![person("Ilse Marten")],
            quotes: vec![
                ("We are ready", Some("Ilse Marten"), "quote:cue-after"),
                ("The crews know their task", Some("Ilse Marten"), "quote:continuation"),
            ],
        },
        Row {
            name: "quote split by its cue",
            text: "\"We will stay,\" Omar Haddad said, \"until the work is done.\"",
            specs: vec![person("Omar Haddad")],
            quotes: vec![
                ("We will stay", Some("Omar Haddad"), "quote:cue-after"),
                ("until the work is done.", Some("Omar Haddad"), "quote:cue-before"),
            ],
        },
        Row {
            name: "speaker with an apposition between quote and verb",
            text: "\"The road stays closed,\" the town engineer, Ilse Marten, said.",
            specs: vec![person("Ilse Marten")],
            quotes: vec![("The road stays closed", Some("Ilse Marten"), "quote:cue-after")],
        },
        Row {
            name: "speaker separated from the verb by a participle clause",
            text: "Omar Haddad, speaking in the harbor, said: \"We will rebuild the pier.\"",
            specs: vec![person("Omar Haddad")],
            quotes: vec![("We will rebuild the pier.", Some("Omar Haddad"), "quote:cue-before")],
        },
        Row {
            name: "said the official: cue without a named speaker",
            text: "\"Nothing has been decided yet,\" said one official.",
            specs: vec![],
            quotes: vec![("Nothing has been decided yet", None, "quote:cue-after-inverted")],
        },
        Row {
            name: "a quoted phrase inside a clause is not attributed to a later name",
            text: "The plan, a \"fresh start for the whole harbor,\" was drafted before Omar Haddad said anything.",
            specs: vec![person("Omar Haddad")],
            quotes: vec![("fresh start for the whole harbor", None, "quote:unattributed")],
        },
        Row {
            name: "a surname no finder marked still names the speaker",
            text: "Bronwen Adeyemi opened the session. \"We start today,\" Adeyemi said.",
            specs: vec![spec("Bronwen Adeyemi", storyline::model::Kind::Person)],
            quotes: vec![("We start today", Some("Bronwen Adeyemi"), "quote:cue-after")],
        },
        Row {
            name: "long quote without a cue is unattributed",
            text: "The sign read \"no entry for trucks after dark on weekdays\" in red letters.",
            specs: vec![],
            quotes: vec![("no entry for trucks after dark", None, "quote:unattributed")],
        },
        Row {
            name: "Name called the measure \"…\": the words are the speaker's",
            text: "Omar Haddad, who voted against it, called the measure \"another kick of the can down the road.\"",
            specs: vec![person("Omar Haddad")],
            quotes: vec![("another kick of the can", Some("Omar Haddad"), "quote:called")],
        },
        Row {
            name: "what he described as \"…\": the words are the pronoun's person's",
            text: "Omar Haddad spoke in the harbor. He described the plan as \"a fresh start\" for the town.",
            specs: vec![person("Omar Haddad")],
            quotes: vec![("a fresh start", Some("Omar Haddad"), "quote:called+pronoun")],
        },
        Row {
            name: "he: the nearer subject of unlisted gender beats a listed man's name further back",
            text: "Oliver Brandt opened the plant. Workers left early. Chancellor Olaf Sund urged both sides to talk. \"Nobody wins a long strike,\" he said.",
            specs: vec![person("Oliver Brandt"), person("Olaf Sund")],
            quotes: vec![("Nobody wins a long strike", Some("Olaf Sund"), "quote:cue-after+pronoun")],
        },
        Row {
            name: "she: a listed woman's name beats a nearer name of unlisted gender",
            text: "Ilse Marten opened the plant. Chancellor Olaf Sund urged both sides to talk. \"Nobody wins a long strike,\" she said.",
            specs: vec![person("Ilse Marten"), person("Olaf Sund")],
            quotes: vec![("Nobody wins a long strike", Some("Ilse Marten"), "quote:cue-after+pronoun")],
        },
        Row {
            name: "he after a sentence ending 'Name said': that speaker goes on",
            text: "Two men visited the site of Tom Berg, Omar Haddad said. \"They were only looking,\" he said.",
            specs: vec![person("Tom Berg"), person("Omar Haddad")],
            quotes: vec![("They were only looking", Some("Omar Haddad"), "quote:cue-after+pronoun")],
        },
        // Negatives: no quotation.
        Row {
            name: "a noun called \"…\" names, it quotes nobody",
            text: "Ilse Marten joined a panel called \"the Harbor Renewal Board\" in May.",
            specs: vec![person("Ilse Marten")],
            quotes: vec![],
        },
        Row {
            name: "called for \"…\" demands: a short phrase is no quotation",
            text: "Ilse Marten called for \"urgent repairs\" on the road.",
            specs: vec![person("Ilse Marten")],
            quotes: vec![],
        },
        Row {
            name: "scare quote is not a quotation",
            text: "Ilse Marten urged the crews to \"liberate\" the road quickly.",
            specs: vec![person("Ilse Marten")],
            quotes: vec![],
        },
        Row {
            name: "short title in quotes is not a quotation",
            text: "The film \"Red Harbor\" opened in March, Omar Haddad noted.",
            specs: vec![person("Omar Haddad")],
            quotes: vec![],
        },
        Row {
            name: "an unclosed mark yields nothing",
            text: "He wrote \"the start of something\nand then stopped.",
            specs: vec![],
            quotes: vec![],
        },
    ]
}

#[test]
fn quotes_table() {
    let mut failures = Vec::new();
    for row in rows() {
        let (doc, m, e, q) = quotes(row.text, &row.specs);
        let got: Vec<(&str, Option<&str>, &str)> = q
            .iter()
            .map(|x| {
                (
                    &doc.text[x.start..x.end],
                    x.speaker.map(|i| e[i].name.as_str()),
                    x.rule.as_str(),
                )
            })
            .collect();
        let ok = got.len() == row.quotes.len()
            && got
                .iter()
                .zip(&row.quotes)
                .all(|(g, w)| g.0.starts_with(w.0) && g.1 == w.1 && g.2.starts_with(w.2));
        let cues_ok = q.iter().all(|x| {
            x.cue
                .as_ref()
                .is_none_or(|c| c.start < c.end && doc.text.get(c.start..c.end).is_some())
        });
        if !ok || !cues_ok {
            failures.push(format!(
                "row {:?}: expected {:?}\n{}",
                row.name,
                row.quotes,
                trace(&doc, &m, &e, &q)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn quote_span_excludes_marks_and_handover_comma() {
    let (doc, _, _, q) = quotes(
        "\"Enough for today,\" Omar Haddad said.",
        &[person("Omar Haddad")],
    );
    assert_eq!(q.len(), 1);
    assert_eq!(&doc.text[q[0].start..q[0].end], "Enough for today");
    let cue = q[0].cue.as_ref().map(|c| &doc.text[c.start..c.end]);
    assert_eq!(cue, Some("Omar Haddad said"));
}
