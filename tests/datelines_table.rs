//! The reference date read from a dateline, byline or date line (no date given in the options),
//! table-driven. Each named row gives a text written for this test, the date that must be found
//! ("" = none) and the text of the evidence that must be reported for it (a dateline without a
//! year reports its evidence with no date). A failing row prints what was found and every time
//! expression of the text.

use storyline::{analyze, Options};

/// After the opening line: a story whose relative dates need the reference date.
const STORY: &str = "\n\nThe company said on Tuesday that sales rose in May.";

#[rustfmt::skip]
const ROWS: &[(&str, &str, &str, &str)] = &[
    // name, opening line, date ("" = none), evidence
    // --- wire datelines, the place in capitals
    ("wire, agency after a yearless date (year from the text)", "LONDON, June 3 (Reuters) - Britain's economy grew in 2026, data showed.", "2026-06-03", "LONDON, June 3 (Reuters)"),
    ("wire, yearless date, the year from a season", "GENEVA, Sept 5 (AP) — Cases have fallen since their peak in the spring of 2025.", "2025-09-05", "GENEVA, Sept 5 (AP)"),
    ("wire, yearless date, the year from a quarter", "TOKYO, Nov 4 (Reuters) - Profit rose in the third quarter of 2024, the firm said.", "2024-11-04", "TOKYO, Nov 4 (Reuters)"),
    ("wire, agency and dash before the date", "WASHINGTON (AP) — June 3, 2026 — Officials said the talks would go on.", "2026-06-03", "WASHINGTON (AP) — June 3, 2026"),
    ("wire, place and country, weekday", "NAIROBI, Kenya — Wednesday, June 3, 2026 — The central bank cut its rate.", "2026-06-03", "NAIROBI, Kenya — Wednesday, June 3, 2026"),
    ("press release, newswire tag", "SAN FRANCISCO, June 3, 2026 /PRNewswire/ -- Acme Corp. today announced a new product.", "2026-06-03", "SAN FRANCISCO, June 3, 2026 /PRNewswire/"),
    ("press release, short newswire tag and single dash", "TORONTO, June 3, 2026 /CNW/ - Acme Corp. today announced a new product.", "2026-06-03", "TORONTO, June 3, 2026 /CNW/"),
    ("press release, wire in brackets between double dashes", "NEW YORK--(BUSINESS WIRE)--June 3, 2026--Acme Corp. today announced a new product.", "2026-06-03", "NEW YORK--(BUSINESS WIRE)--June 3, 2026"),
    ("press release, wire in brackets after the date", "BOSTON, June 03, 2026 (GLOBE NEWSWIRE) -- Acme Corp. today announced a new product.", "2026-06-03", "BOSTON, June 03, 2026 (GLOBE NEWSWIRE)"),
    // --- datelines with the place in title case
    ("title-case place and country, the date in brackets", "Nairobi, Kenya (June 3, 2026) — The central bank cut its rate.", "2026-06-03", "Nairobi, Kenya (June 3, 2026)"),
    ("title-case place, then the date and a dash", "Nairobi, June 3, 2026 — The central bank cut its rate.", "2026-06-03", "Nairobi, June 3, 2026"),
    ("title-case place, day-first date and an agency", "Lisbon, 3 June 2026 (Lusa) – Portugal's government said it would act.", "2026-06-03", "Lisbon, 3 June 2026 (Lusa)"),
    ("title-case place of several words with a small word inside", "Rio de Janeiro, June 3, 2026 — The mayor said the works would end soon.", "2026-06-03", "Rio de Janeiro, June 3, 2026"),
    // --- the date first
    ("the date, then an agency", "June 3, 2026 (Reuters) - Britain's economy grew, data showed.", "2026-06-03", "June 3, 2026 (Reuters)"),
    ("the date, then the place", "3 June 2026, Nairobi – The central bank cut its rate.", "2026-06-03", "3 June 2026, Nairobi"),
    ("the date opening the story", "June 3, 2026 — The central bank cut its rate.", "2026-06-03", "June 3, 2026"),
    // --- date lines and bylines
    ("date line with a clock time and zone", "Wednesday 3 June 2026 12.30 BST", "2026-06-03", "Wednesday 3 June 2026"),
    ("cue word and 'on' opening the line", "Posted on 3 June 2026 by Jane Doe", "2026-06-03", "Posted on 3 June 2026"),
    ("cue word and colon, ISO date", "Last updated: 2026-06-03 10:42", "2026-06-03", "Last updated: 2026-06-03"),
    ("cue word and a weekday before the date, a clock after", "Last modified on Wed 3 Jun 2026 18.40 BST", "2026-06-03", "Last modified on Wed 3 Jun 2026"),
    ("cue word and a clock time on the date", "Updated: 6:05 PM EST Monday, June 1, 2026", "2026-06-01", "Updated: 6:05 PM EST Monday, June 1, 2026"),
    ("place and date split by a bar", "Nairobi, Kenya | June 3, 2026", "2026-06-03", "June 3, 2026"),
    ("abbreviated month, clock time", "Jun 3, 2026, 10:42 AM ET", "2026-06-03", "Jun 3, 2026"),
    // --- no dateline
    ("no: a function word opens what precedes the date", "In Paris, June 3, 2026 — the day the talks began — ministers met.", "", ""),
    ("no: 'on' after a cue word that does not open the line", "The company posted on June 3, 2026 its first loss in a decade, the report said.", "", ""),
    ("no: a date inside a sentence between dashes", "Analysts said the deal, signed June 3, 2026 — a Wednesday — would close soon.", "", ""),
    ("no: lower-case words before the date", "Sales rose 4 percent, June 3, 2026 — a record day for the chain, the company said.", "", ""),
    ("no: a photo caption's date", "Soldiers at an artillery position near the border, in Russia, December 2, 2024. (Photo/News Service)", "", ""),
    ("no: an agency's bracket earlier on the line says nothing of a later date", "BAGHDAD, Iraq (AP)_ Inspectors resumed work on Friday, two months after they were blocked on Jan. 13, 1998.", "", ""),
    // --- a dateline without a year in a text that writes none: no date, but its evidence (and
    // `partial`, checked below)
    ("no date: a yearless wire dateline in a text that writes no year", "MOSCOW, June 3 (Reuters) - The Kremlin said talks would go on.", "", "MOSCOW, June 3 (Reuters)"),
    ("no date: a yearless dateline whose text writes a year only after \"since\" (it took 1988)", "DHAKA, Aug 25 — The floods are the worst in the region since 1988, officials said.", "", "DHAKA, Aug 25"),
    ("no date: a yearless dateline whose text writes a year only in a clause \"since\" opens (it took 1941, the year after 1940 in which July 15 is a Tuesday)", "ROME, July 15 — Temperatures topped 44C on Tuesday, the hottest since records began in 1940.", "", "ROME, July 15"),
    ("no date: a yearless dateline whose text writes a year only in a comparison (it took 2019)", "NEW DELHI, June 4 (Reuters) - The party won 240 seats, down from 303 in 2019, results showed.", "", "NEW DELHI, June 4 (Reuters)"),
    ("a yearless dateline takes its year from the lead's weekday when the latest year written puts the date neither on it nor on the day after (it took 2022)", "BRASILIA, Sept 11 (Storyline) - The court on Thursday convicted the founder of a bank set up in 2022.", "2025-09-11", "BRASILIA, Sept 11 (Storyline)"),
    ("no date: a yearless dateline whose lead's weekday fits neither the only year written nor the three after it (it took 2008)", "THE HAGUE, Feb 18 (Storyline) - A court on Tuesday ordered an oil firm to pay four farmers, ending a fight that began in 2008.", "", "THE HAGUE, Feb 18 (Storyline)"),
    ("no date: a full date after \"since\" that the lead's weekday rules out (it took 2022)", "KYIV, Feb 20 (Storyline) — The air force said on Friday it had downed 40 drones. Since the war began on Feb. 24, 2022, thousands have died.", "", "KYIV, Feb 20 (Storyline)"),
    ("no date: the year a yearless dateline would take comes before a year the story looks back to with \"since\" (it took 1996: 1993, moved to its lead's weekday)", "SAN JOSE, June 18 (Storyline) - Veltrix overtook its rivals on Tuesday. The chipmaker, founded in 1993, has tripled in value since the end of 2023.", "", "SAN JOSE, June 18 (Storyline)"),
    ("no date: a yearless dateline whose text writes a year only in a clause \"since\" opens, past a decimal point (it took 2002: 1999 moved to its lead's weekday)", "TAIPEI, April 3 (Storyline) - A powerful earthquake struck on Wednesday. It was the strongest since a 7.6 quake in September 1999 killed about 2,400 people.", "", "TAIPEI, April 3 (Storyline)"),
    ("a yearless dateline whose story only writes a target year gets no year (a target may lie years ahead)", "NEW DELHI, Sept 9 (Storyline) - Leaders agreed on Saturday to triple renewable capacity by 2030.", "", "NEW DELHI, Sept 9 (Storyline)"),
    ("a yearless dateline whose story looks ahead to a year and names no weekday stays without a year", "ZURICH, March 19 (Storyline) - The bank agreed to a takeover that is expected to close by the end of 2023.", "", "ZURICH, March 19 (Storyline)"),
    ("a yearless dateline the day after its lead's weekday keeps its year from the text", "CAIRO, Nov 8 (Storyline) - Mediators said on Friday that the truce agreed in 2025 would hold.", "2025-11-08", "CAIRO, Nov 8 (Storyline)"),
    ("no date: a comparison 40 bytes back behind a dash, the cut inside the dash (it took 2019)", "NEW DELHI, June 4 (Reuters) - The party won 240 seats — down from 303 seats won in a vote in 2019, results showed.", "", "NEW DELHI, June 4 (Reuters)"),
    ("a yearless dateline takes its year from the weekday written with a yearless date (\"Friday, Oct. 3\" is in 2025; it took 2024, the latest year written)", "NEW YORK, Oct 6 (Storyline) - The album, released on Friday, Oct. 3, beat a record set in 2024.", "2025-10-06", "NEW YORK, Oct 6 (Storyline)"),
    ("no date: a yearless date's weekday fits neither the latest year written nor the three after it (it took 2024)", "LIMA, Oct 6 (Storyline) - The law, signed on Monday, Oct. 3, replaced one passed in 2024.", "", "LIMA, Oct 6 (Storyline)"),
    ("a yearless dateline takes its year from the text outside a comparison", "NEW DELHI, June 4 (Reuters) - Voting began in April 2024, and the party won 240 seats, down from 303 in 2019.", "2024-06-04", "NEW DELHI, June 4 (Reuters)"),
];

#[test]
fn datelines_table() {
    let mut failures = Vec::new();
    let mut names = std::collections::HashSet::new();
    for &(name, line, date, evidence) in ROWS {
        assert!(names.insert(name), "duplicate row name {name}");
        let text = format!("{line}{STORY}");
        let a = analyze(&text, &Options::new()).unwrap();
        let got_date = a.reference.date.clone().unwrap_or_default();
        let got_evidence = a
            .reference
            .evidence
            .as_ref()
            .map(|c| c.text.clone())
            .unwrap_or_default();
        if got_date != date || got_evidence != evidence {
            let times: Vec<String> = a
                .times
                .iter()
                .map(|t| format!("{:?} {:?} [{}]", t.text, t.value, t.rule))
                .collect();
            failures.push(format!(
                "{name}: want {date:?} from {evidence:?}, found {got_date:?} from {got_evidence:?}; times {times:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} rows fail:\n{}",
        failures.len(),
        ROWS.len(),
        failures.join("\n")
    );
}

/// A dateline without a year, in a text that writes none, gives no date but its month and day
/// (`partial`, `--MM-DD`) with its evidence; every other row gives no `partial`.
#[test]
fn a_yearless_dateline_gives_its_month_and_day() {
    let text = format!("MOSCOW, June 3 (Reuters) - The Kremlin said talks would go on.{STORY}");
    let r = analyze(&text, &Options::new()).unwrap().reference;
    assert_eq!(
        (r.date.as_deref(), r.partial.as_deref()),
        (None, Some("--06-03"))
    );
    let with_option = analyze(
        &text,
        &Options::new().with_reference_date("2026-06-03").unwrap(),
    );
    assert_eq!(with_option.unwrap().reference.partial, None);
    for &(name, line, date, evidence) in ROWS {
        let a = analyze(&format!("{line}{STORY}"), &Options::new()).unwrap();
        let yearless = date.is_empty() && !evidence.is_empty();
        assert_eq!(a.reference.partial.is_some(), yearless, "{name}");
    }
}

/// A dateline without a year that takes its year from the text names the expression it took
/// (the latest year; of its mentions, the first); a dateline that writes its year names none.
#[test]
fn a_year_taken_from_the_text_names_its_expression() {
    let year_evidence = |t: &str| {
        let r = analyze(t, &Options::new()).unwrap().reference;
        (r.date, r.year_evidence.map(|c| c.text))
    };
    assert_eq!(
        year_evidence("MILAN, Feb. 3 (Reuters) - Shares crashed in January 2018 and in 2016. In 2018 it was worse."),
        (Some("2018-02-03".into()), Some("January 2018".into()))
    );
    assert_eq!(
        year_evidence("MILAN, Feb. 3, 2026 (Reuters) - The worst crash since January 2018."),
        (Some("2026-02-03".into()), None)
    );
    for &(name, line, date, _) in ROWS {
        let (got, evidence) = year_evidence(&format!("{line}{STORY}"));
        assert_eq!(got.as_deref().unwrap_or(""), date, "{name}");
        // Only the rows whose yearless datelines take the year from the text name an expression.
        assert_eq!(
            evidence.is_some(),
            name.contains("year from"),
            "{name}: {evidence:?}"
        );
    }
}

/// With a dateline found, "on Tuesday" resolves against it (2026-06-03 is a Wednesday).
#[test]
fn a_found_dateline_resolves_the_story() {
    let text = format!("Nairobi, Kenya (June 3, 2026) — The central bank cut its rate.{STORY}");
    let a = analyze(&text, &Options::new()).unwrap();
    let tuesday = a.times.iter().find(|t| t.text == "Tuesday").unwrap();
    assert_eq!(tuesday.value.as_deref(), Some("2026-06-02"));
}
