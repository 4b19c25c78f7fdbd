//! Negatives: texts that must yield no time expression at all. Each row is named for what it
//! guards against ("May" the modal or name, "March" the verb, "Sun" the newspaper, percentages,
//! measures, phone numbers, scores, version numbers, counts, ages…). Texts written for this test.

use storyline::{analyze, Options};

#[rustfmt::skip]
const ROWS: &[(&str, &str)] = &[
    ("may_modal", "She may be late for the vote."),
    ("a_speed_is_no_time", "Winds gusted above 60 miles per hour, and the jet flew at 900 kilometres an hour."),
    ("a_rate_is_no_time", "The plant burns 40 tonnes an hour, and the pumps move 500 litres a minute."),
    ("after_hours_adjective", "The stock rose in after-hours trading, and off-hours staff were called in."),
    ("following_fall_in_prices", "Analysts expect the following fall in prices to be small."),
    ("the_fall_of_a_regime", "Turnout was the highest since the fall of communism, and rose after the fall in prices."),
    ("may_modal_capital", "May I ask a question?"),
    ("may_name", "Theresa May said the vote would pass."),
    ("march_verb", "Protesters will march on the capital."),
    ("march_capital_verb", "March for Our Lives drew large crowds."),
    ("sun_newspaper", "The Sun reported the story first."),
    ("sunday_newspaper", "The Sunday Times reported the story first."),
    ("percent", "Rates rose to 12.53% from 11.2%."),
    ("percent_word", "Support stood at 2024 percent of the target."),
    ("weight", "The parcel weighed 6.5 kg."),
    ("phone_dash", "Call 555-2024 for details."),
    ("phone_area_code", "Call (202) 555-1990 for details."),
    ("score", "The final score was 3-2."),
    ("score_words", "They won 2-1 against the champions."),
    ("half_of_a_game", "The striker equalised early in the second half with a header, and the keeper saved a penalty in the first half."),
    ("half_of_a_game_in_a_match_report", "Arsenal won 2-0 with a header in the 23rd minute. The league fined both clubs after a brawl in the second half."),
    ("version", "Install version 2.0.1 of the tool."),
    ("version_dotted_date_like", "Firmware 1.5.2 fixes the bug."),
    ("count_points", "He scored 2000 points in his career."),
    ("count_people", "The company employs 1,500 people."),
    ("count_troops", "About 2000 troops were deployed."),
    ("money", "They paid $1999 for it."),
    ("dose_in_the_morning", "Patients take two in the morning and one with dinner."),
    ("count_in_the_morning", "Only 3 in the morning group finished the course."),
    ("today_possessive_generic", "In today's world, few people read newspapers."),
    ("today_possessive_generation", "Today's youth want stable jobs and cheap housing."),
    ("unit_pair_comparison", "The quarter-to-quarter comparison was flattered by one-off charges."),
    ("unit_pair_growth", "Sales rose 4% year-over-year and 1% month-on-month."),
    ("unit_pair_routine", "She runs the day-to-day operations of the firm."),
    ("of_tomorrow_generic", "The engineers of tomorrow are still in school."),
    ("every_fall_noun", "Every fall in prices hurts savers, and every fall of the index costs jobs."),
    ("four_digits_not_before_a_zone", "The 2350 workers at the plant voted on the GMT contract."),
    ("four_digits_bad_minutes_gmt", "The part number 0975 GMT is printed on the box."),
    ("as_many_units", "It was the third attack in as many weeks."),
    ("the_year_end_adjective", "The year-end bonus was cut for every manager."),
    ("the_month_old_adjective", "The month-old truce held along the river."),
    ("the_past_counted_seasons", "Riots have broken out for the past three summers."),
    ("the_past_few_elections", "The past few elections were close."),
    ("month_score_not_a_range", "They won March 3-2 in the final."),
    ("month_day_range_percent", "Support stood at March 5-9% in the poll."),
    ("the_last_week_of_a_non_time", "He spent the last week of the campaign in Ohio."),
    ("room_number", "Room 1204 is on the second floor."),
    ("flight_number", "Flight 2024 landed safely."),
    ("ordinal_second", "A second round of talks was held in Geneva."),
    ("quarter_fraction", "A quarter of the votes were spoiled."),
    ("three_quarters", "About three-quarters of voters agreed."),
    ("fraction", "Only 3/4 of the seats were filled."),
    ("age", "He was 52 years old."),
    ("age_hyphen", "A 6-year-old boy was rescued."),
    ("fall_noun", "The Fall of Rome is a popular topic."),
    ("fall_verb", "Prices could fall further."),
    ("spring_noun", "The hot spring attracts tourists."),
    ("magnitude", "A magnitude 6.5 quake shook the coast."),
    ("plane_model", "The 747 jet was grounded."),
    ("decimal", "The index closed at 1987.25 points."),
    ("ratio", "The ratio was 7/10 in the sample."),
    ("day_word_in_compound", "The daylight was fading over the hills."),
    ("month_abbr_alone", "The Jan Smith family moved away."),
    ("weekday_lower", "The word friday is not capitalized here."),
    ("weekday_in_club_name", "Sheffield Wednesday drew with Stoke."),
];

#[test]
fn negatives_yield_no_time() {
    let opts = Options::new().with_reference_date("2025-03-13").unwrap();
    let mut failures = Vec::new();
    let mut names = std::collections::HashSet::new();
    for &(name, text) in ROWS {
        assert!(names.insert(name), "duplicate row {name}");
        let a = analyze(text, &opts).unwrap();
        if !a.times.is_empty() {
            let found: Vec<String> = a
                .times
                .iter()
                .map(|t| format!("{:?}={:?} [{}]", t.text, t.value, t.rule))
                .collect();
            failures.push(format!("{name}: {text:?} gave {found:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} negatives yield times:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn a_megabyte_of_digits_is_handled() {
    // Linear-time rules: a long run of digits and separators must neither blow up nor panic.
    let digits = "1234567890".repeat(100_000);
    let a = analyze(&digits, &Options::new()).unwrap();
    assert!(a.times.is_empty());
    let mixed = "12/12/2012 3-2 5.5 kg 1990 ".repeat(5_000);
    let a = analyze(&mixed, &Options::new()).unwrap();
    assert!(!a.times.is_empty());
}
