//! Timeline entries, table-driven (text written for these tests; reference date Thursday
//! 2025-03-13). Each row names a behaviour; a failing row prints every time expression with its
//! rule and resolution, and every timeline entry.

use storyline::model::EventStatus;
use storyline::{analyze, Analysis, Options};

struct Row {
    name: &'static str,
    text: &'static str,
    /// Timeline entries that must be there: (value, entry text).
    want: &'static [(&'static str, &'static str)],
    /// Entry texts that must not be there (an entry whose text contains one of these fails; one
    /// starting with `=` fails an entry whose text is exactly the rest).
    not: &'static [&'static str],
    /// Entry texts (of `want`) whose status must be "scheduled"; the other wanted entries must not be.
    scheduled: &'static [&'static str],
}

const ROWS: &[Row] = &[
    Row {
        name: "length + before a clause that names its own day: the clause is dated by that day",
        text: "A judge on Tuesday blocked the law, six days before it was due to take effect on March 20.",
        want: &[
            ("2025-03-11", "A judge on Tuesday blocked the law, six days before it was due to take effect on March 20."),
            ("2025-03-20", "it was due to take effect on March 20."),
        ],
        not: &[],
        scheduled: &["it was due to take effect on March 20."],
    },
    Row {
        name: "a date line with its clock time is no event",
        text: "Updated 9:41 AM EST, Mon March 10, 2025\n\nThe talks began on Sunday.",
        want: &[("2025-03-09", "The talks began on Sunday.")],
        not: &["Updated"],
        scheduled: &[],
    },
    Row {
        name: "a base form after a modal and an adverb is no present: the plan stays scheduled",
        text: "The group will formally take control of the port later this month, a spokesman said.",
        want: &[("2025-03", "The group will formally take control of the port later this month, a spokesman said.")],
        not: &[],
        scheduled: &["The group will formally take control of the port later this month, a spokesman said."],
    },
    Row {
        name: "length + after, opening the sentence: the clause after the comma comes later",
        text: "The ministers met in Brussels on Monday. Two days after the ministers' meeting, the unions called a strike.",
        want: &[
            ("2025-03-10", "The ministers met in Brussels on Monday."),
            ("2025-03-12", "the unions called a strike."),
        ],
        not: &["meeting, the unions"],
        scheduled: &[],
    },
    Row {
        name: "length + before, opening the sentence: the clause after the comma comes earlier",
        text: "The court ruled on Friday. Just three days before the court's ruling, the minister resigned.",
        want: &[("2025-03-07", "The court ruled on Friday."), ("2025-03-04", "the minister resigned.")],
        not: &[],
        scheduled: &[],
    },
    Row {
        name: "length + after, after a subject: the clause after 'after' comes earlier",
        text: "The ministers announced a deal on Monday. The announcement came one day after the talks ended.",
        want: &[("2025-03-10", "The ministers announced a deal on Monday."), ("2025-03-09", "the talks ended.")],
        not: &[],
        scheduled: &[],
    },
    Row {
        name: "no entry: an opening length without a comma names no second event",
        text: "The ministers met in Brussels on Monday. Two days after the meeting the unions struck.",
        want: &[("2025-03-10", "The ministers met in Brussels on Monday.")],
        not: &["unions"],
        scheduled: &[],
    },
    Row {
        name: "length + after following the sentence's own day: the clause is placed from that day",
        text: "The parliament approved the budget on Tuesday, a week after thousands of protesters marched through the capital.",
        want: &[
            (
                "2025-03-11",
                "The parliament approved the budget on Tuesday, a week after thousands of protesters marched through the capital.",
            ),
            ("2025-03-04", "thousands of protesters marched through the capital."),
        ],
        not: &[],
        scheduled: &[],
    },
    Row {
        name: "length + after + a date, opening the sentence: the date is the anchor",
        text: "The ministers met on Monday. Two days after March 3, the unions struck.",
        want: &[("2025-03-05", "the unions struck.")],
        not: &[],
        scheduled: &[],
    },
    Row {
        name: "a date after length + after is no event of its own",
        text: "The ministers met on Monday. The unions struck two days after March 3.",
        want: &[],
        not: &["=March 3."],
        scheduled: &[],
    },
    Row {
        name: "trading days are no calendar days to place a clause with",
        text: "The ministers met on Monday. Eight trading days after the meeting, the index fell.",
        want: &[],
        not: &["=the index fell."],
        scheduled: &[],
    },
    Row {
        name: "a plan set after an event named earlier is placed from that event, scheduled",
        text: "The transport ministers will meet in Luxembourg on Monday, March 17. The union said it would hold an assembly two days after the ministers' meeting.",
        want: &[("2025-03-19", "The union said it would hold an assembly")],
        not: &["=the ministers' meeting."],
        scheduled: &["The union said it would hold an assembly"],
    },
    Row {
        name: "a clock time alone names no day to place a length + before from",
        text: "A jogger saw the car at 6 a.m., ten days before the murder.",
        want: &[],
        not: &["=the murder."],
        scheduled: &[],
    },
    Row {
        name: "an approximate length ('at least 30 days') places no clause on one day",
        text: "The regulator cleared the deal on Monday, and the banks must wait at least 30 days before closing the purchase.",
        want: &[],
        not: &["=closing the purchase."],
        scheduled: &[],
    },
    Row {
        name: "a past clause and a future clause joined by 'and': two events, reported and scheduled",
        text: "The central bank last cut rates on February 6 and will meet again on March 20.",
        want: &[
            ("2025-02-06", "The central bank last cut rates on February 6"),
            ("2025-03-20", "will meet again on March 20."),
        ],
        not: &["February 6 and will"],
        scheduled: &["will meet again on March 20."],
    },
    Row {
        name: "a future clause then a past one joined by ', but': two events",
        text: "The union will strike on Tuesday, but its leaders met the owners on March 3.",
        want: &[
            ("2025-03-18", "The union will strike on Tuesday"),
            ("2025-03-03", "its leaders met the owners on March 3."),
        ],
        not: &[],
        scheduled: &["The union will strike on Tuesday"],
    },
    Row {
        name: "one clause, two tenses, no joining word: one event",
        text: "The minister said on Monday that the talks will resume on Friday.",
        want: &[("2025-03-10", "The minister said on Monday that the talks will resume on Friday.")],
        not: &[],
        scheduled: &[],
    },
    Row {
        name: "'and' inside a name is no clause boundary",
        text: "The lawyers met on Monday with Immigration and Naturalization Service officials, who will decide on March 20.",
        want: &[(
            "2025-03-10",
            "The lawyers met on Monday with Immigration and Naturalization Service officials, who will decide on March 20.",
        )],
        not: &[],
        scheduled: &[],
    },
    Row {
        name: "two dates of the same tense joined by 'and': one event",
        text: "Prices rose in January and fell in February.",
        want: &[("2025-01", "Prices rose in January and fell in February.")],
        not: &[],
        scheduled: &[],
    },
    Row {
        name: "a dateline's date is when the story was filed: the sentence's own day dates the event",
        text: "LISBON, March 13, 2025 (Lusa) - The port reopened on Tuesday, officials said.",
        want: &[(
            "2025-03-11",
            "LISBON, March 13, 2025 (Lusa) - The port reopened on Tuesday, officials said.",
        )],
        not: &[],
        scheduled: &[],
    },
    Row {
        name: "a date line or byline is when the story was written, no event",
        text: "Ministers meet in Lisbon\nMarch 13, 2025\n\nThe ministers met on Tuesday.\n",
        want: &[("2025-03-11", "The ministers met on Tuesday.")],
        not: &["=March 13, 2025"],
        scheduled: &[],
    },
    Row {
        name: "an event dated after the reference date, in the present, is scheduled",
        text: "The summit is on March 20 in Geneva.",
        want: &[("2025-03-20", "The summit is on March 20 in Geneva.")],
        not: &[],
        scheduled: &["The summit is on March 20 in Geneva."],
    },
    Row {
        name: "a clause placed after the reference date is scheduled",
        text: "The ministry plans to publish its budget on March 17, two days before parliament breaks for a recess.",
        want: &[
            (
                "2025-03-17",
                "The ministry plans to publish its budget on March 17, two days before parliament breaks for a recess.",
            ),
            ("2025-03-19", "parliament breaks for a recess."),
        ],
        not: &[],
        scheduled: &[
            "The ministry plans to publish its budget on March 17, two days before parliament breaks for a recess.",
            "parliament breaks for a recess.",
        ],
    },
    Row {
        name: "a verb of schedule after 'will' is an infinitive: the future stays",
        text: "The company will begin mailing the forms at the end of this week.",
        want: &[(
            "2025-W11",
            "The company will begin mailing the forms at the end of this week.",
        )],
        not: &[],
        scheduled: &["The company will begin mailing the forms at the end of this week."],
    },
];

fn trace(a: &Analysis) -> String {
    let mut s = String::from("times (text | value | rule | resolution):\n");
    for t in &a.times {
        s += &format!(
            "  {:?} | {:?} | {} | {}\n",
            t.text, t.value, t.rule, t.resolution.method
        );
    }
    s += "timeline:\n";
    for e in &a.timeline {
        s += &format!(
            "  {} {:?} times={:?} {:?}\n",
            e.value, e.status, e.times, e.text
        );
    }
    s
}

#[test]
fn timeline_table() {
    let opts = Options::new().with_reference_date("2025-03-13").unwrap();
    let mut failures = Vec::new();
    for row in ROWS {
        let a = analyze(row.text, &opts).unwrap();
        let mut errs = Vec::new();
        for (value, text) in row.want {
            if !a
                .timeline
                .iter()
                .any(|e| e.value == *value && e.text == *text)
            {
                errs.push(format!("missing entry {value} {text:?}"));
            }
        }
        for (value, text) in row.want {
            let want = row.scheduled.contains(text);
            if let Some(e) = a
                .timeline
                .iter()
                .find(|e| e.value == *value && e.text == *text)
            {
                if (e.status == EventStatus::Scheduled) != want {
                    errs.push(format!("entry {value} {text:?} has status {:?}", e.status));
                }
            }
        }
        for bad in row.not {
            let hit = |t: &str| match bad.strip_prefix('=') {
                Some(exact) => t == exact,
                None => t.contains(bad),
            };
            if let Some(e) = a.timeline.iter().find(|e| hit(&e.text)) {
                errs.push(format!("unwanted entry {} {:?}", e.value, e.text));
            }
        }
        if !errs.is_empty() {
            failures.push(format!(
                "row {:?}:\n  {}\n{}",
                row.name,
                errs.join("\n  "),
                trace(&a)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A range of days ("March 5-7") dates one entry that runs from its first day to its last.
#[test]
fn day_range_runs_to_its_last_day() {
    let opts = Options::new().with_reference_date("2025-03-13").unwrap();
    for (text, from, to) in [
        (
            "The fair ran March 5-7 in the capital.",
            "2025-03-05",
            "2025-03-07",
        ),
        (
            "The summit was held Nov. 12-14, 2024, in Lima.",
            "2024-11-12",
            "2024-11-14",
        ),
    ] {
        let a = analyze(text, &opts).unwrap();
        let ok = a.timeline.len() == 1
            && a.timeline[0].from.as_deref() == Some(from)
            && a.timeline[0].to.as_deref() == Some(to);
        assert!(ok, "{text:?}: want {from}..{to}\n{}", trace(&a));
    }
}
