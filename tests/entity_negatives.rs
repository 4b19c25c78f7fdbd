//! Texts that must yield no mention at all: sentence-initial function words, headline case,
//! ordinary capitalized words, dates and small numbers. Written for these tests.

use storyline::{analyze, Options};

const NEGATIVES: &[&str] = &[
    "Meanwhile, talks went on.",
    "The budget for the coming FY was cut, and the board approved it.",
    "The walls were built in 300 BCE and rebuilt in the second century B.C.",
    "Although the names were not revealed, talks went on.",
    "The talks went on.",
    "However, nothing happened.",
    "He said it was over. She agreed.",
    "In the end they left.",
    "In Brief: prices rose. In Practice, it held.",
    "The plan, in Smith's view, had failed.",
    "Negotiators are flying in and contacts are scheduled.",
    "On Thursday the meeting ended early.",
    "This Is Why The Meeting Ended Early Again Today",
    "We Are Going To Have To See What Happens Next",
    "It rose by two points in 2022 and fell on December 2, 2024.",
    "Updated 9:41 AM EST, Mon January 12, 2026",
    "A 30-day ceasefire covering the entire frontline was agreed.",
    "Reading is fun.",
    "Section 230 shields them, and a second request went to Room 101.",
    "Breaking: more updates soon.",
    "WARNING: the contents are hot.",
    "TALKS — nothing new.",
    "JORDAN: Thank you for having me.\nGEORGIA: Glad to be here.",
    "The winner was a Booker Prize-winner of old.",
    "Files stamped Restricted C were kept apart from the Plan B papers.",
    "Fans of Morning Rider met after the show.",
    "The GDP figures and his IQ scores were on a USB stick in the SUV.",
    "Crew members left the vessel. Discovery of the leak came later.",
    "She walked past the church and the court on her way home.",
    "The rifle was an AK-47 and the mission was STS-135.",
    "Approval from the Commission des Operations was needed.",
    "The ship sailed at dawn. Enterprise zones were set up on the coast.",
    "Store hours changed. Bay windows were fitted. Springs broke.",
    "Chrome bumpers shone. Safari tours were sold out.",
    "The Budweiser Man of the Match award went to the striker.",
    "The F16 flew over the stadium while the PS5 sold out.",
    "The vaccine, known as R21/Matrix-M, was approved for children.",
    "He crashed in Turn 1 and lost in Game 7.",
];

#[test]
fn negatives_yield_nothing() {
    let opts = Options::new();
    let mut failures = Vec::new();
    for text in NEGATIVES {
        match analyze(text, &opts) {
            Ok(a) if a.mentions.is_empty() => {}
            Ok(a) => failures.push(format!(
                "{text:?} → {:?}",
                a.mentions
                    .iter()
                    .map(|m| (m.text.as_str(), m.kind, m.rule))
                    .collect::<Vec<_>>()
            )),
            Err(e) => failures.push(format!("{text:?} → error {e}")),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
