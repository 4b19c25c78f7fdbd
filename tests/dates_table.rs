//! Table-driven test of temporal expressions: each named row gives a text, a reference date
//! ("" = none), the extent that must be found, its type, its TIMEX3 value and its mod ("" =
//! none). Every family of issue 4 has rows: absolute dates, years, decades, centuries, quarters,
//! halves, fiscal years, seasons, holidays, parts of day, clock times, modifiers, deictics,
//! anaphorics, durations, sets, vague references, and unresolved values without a reference date.
//! All texts are written for this test.

use storyline::{analyze, Options};

/// The default reference date: Thursday 13 March 2025 (ISO week 11).
const R: &str = "2025-03-13";

#[rustfmt::skip]
const ROWS: &[(&str, &str, &str, &str, &str, &str, &str)] = &[
    // name, text, reference, extent, type, value, mod
    // --- absolute dates
    ("month_day_year", "The attack began on August 6, 2024, officials said.", R, "August 6, 2024", "date", "2024-08-06", ""),
    ("day_month_year", "It began on 6 August 2024 near the border.", R, "6 August 2024", "date", "2024-08-06", ""),
    ("weekday_month_day_year", "Friday, July 21, 2017", "", "Friday, July 21, 2017", "date", "2017-07-21", ""),
    ("abbr_month_day_year", "The wall fell on Nov. 9, 1989, in Berlin.", R, "Nov. 9, 1989", "date", "1989-11-09", ""),
    ("abbr_sept", "The quarter ended Sept. 30, 2024.", R, "Sept. 30, 2024", "date", "2024-09-30", ""),
    ("ordinal_suffix", "The treaty was signed on March 3rd, 2021.", R, "March 3rd, 2021", "date", "2021-03-03", ""),
    ("the_nth_of_month", "It happened on the sixth of August 2024.", R, "the sixth of August 2024", "date", "2024-08-06", ""),
    ("numeric_us", "The complaint was filed on 8/6/2024 in court.", R, "8/6/2024", "date", "2024-08-06", ""),
    ("numeric_day_first", "The complaint was filed on 25/12/2024.", R, "25/12/2024", "date", "2024-12-25", ""),
    ("numeric_two_digit_year", "The order is dated 3/15/99.", R, "3/15/99", "date", "1999-03-15", ""),
    ("iso_date", "Published 2024-08-06 by the agency.", R, "2024-08-06", "date", "2024-08-06", ""),
    ("iso_datetime", "Logged at 2024-08-06T14:30 by the system.", R, "2024-08-06T14:30", "time", "2024-08-06T14:30", ""),
    ("dotted_day_month", "The contract was signed 06.08.2024 in Berlin.", R, "06.08.2024", "date", "2024-08-06", ""),
    ("leap_day", "The rule took effect on February 29, 2024.", R, "February 29, 2024", "date", "2024-02-29", ""),
    ("month_year", "Their offensive began in August 2024.", R, "August 2024", "date", "2024-08", ""),
    ("month_of_year", "The plant opened in December of 1990.", R, "December of 1990", "date", "1990-12", ""),
    ("month_comma_year", "Sales fell in March, 2023.", R, "March, 2023", "date", "2023-03", ""),
    ("month_last_year", "The talks began in June last year.", R, "June last year", "date", "2024-06", ""),
    ("month_this_year", "Prices rose in January this year.", R, "January this year", "date", "2025-01", ""),
    ("abbr_month_day_past", "Shares rose on Aug. 6 after the report.", R, "Aug. 6", "date", "2024-08-06", ""),
    ("abbr_month_day_future", "The vote will take place on Aug. 6.", R, "Aug. 6", "date", "2025-08-06", ""),
    ("month_day_recent", "The talks collapsed on March 3.", R, "March 3", "date", "2025-03-03", ""),
    ("month_day_soon_deadline", "The dividend is payable April 15 to holders.", R, "April 15", "date", "2025-04-15", ""),
    ("month_day_across_new_year", "The shooting happened on Dec. 28.", "2025-01-05", "Dec. 28", "date", "2024-12-28", ""),
    ("month_day_deadline_by", "He must leave the country by Jan. 14.", "2024-12-20", "Jan. 14", "date", "2025-01-14", ""),
    ("month_day_ordinal_word", "The ceasefire began on March eighth.", R, "March eighth", "date", "2025-03-08", ""),
    ("day_of_month_only", "The deal was signed on the 6th.", R, "the 6th", "date", "2025-03-06", ""),
    ("month_alone_past", "Exports slowed in February.", R, "February", "date", "2025-02", ""),
    ("month_alone_near_future", "The merger should close in April.", R, "April", "date", "2025-04", ""),
    ("month_alone_next_year", "Talks are planned for January.", "2025-11-02", "January", "date", "2026-01", ""),
    ("month_alone_deadline", "The loan must be repaid by February.", "2025-10-30", "February", "date", "2026-02", ""),
    ("month_last", "The reactor shut down last April.", R, "last April", "date", "2024-04", ""),
    ("month_last_just_before", "Two helicopters crashed last February.", R, "last February", "date", "2024-02", ""),
    ("month_next", "Elections are due next April.", R, "next April", "date", "2025-04", ""),
    ("month_may_with_day", "The vote is set for May 5.", R, "May 5", "date", "2025-05-05", ""),
    ("month_may_after_in", "The law passed in May.", R, "May", "date", "2024-05", ""),
    ("month_march_after_since", "Prices have risen since March.", "2025-06-20", "March", "date", "2025-03", ""),
    ("month_after_year_named", "The festival drew record crowds last year, first in May and again in September.", R, "May", "date", "2024-05", ""),
    ("month_after_year_named_chained", "The festival drew record crowds last year, first in May and again in September.", R, "September", "date", "2024-09", ""),
    ("month_after_fronted_year", "In 2019, the band toured from March to June.", R, "June", "date", "2019-06", ""),
    ("month_day_year_in_other_clause", "Under a plan approved in 2023 that set no cap, the firm had bought shares through Sept. 29.", "2025-10-13", "Sept. 29", "date", "2025-09-29", ""),
    ("month_day_relative_clause_verb", "She would bring aid to Kenya, where the Aug. 7 blasts killed 257 people.", "1998-08-18", "Aug. 7", "date", "1998-08-07", ""),
    ("month_day_will_succeed", "Ms. Lee, 52, will succeed the chairman on Feb. 1.", "2024-10-26", "Feb. 1", "date", "2025-02-01", ""),
    ("month_day_effective", "An office of the chairman was created, effective Feb. 1.", "2024-10-26", "Feb. 1", "date", "2025-02-01", ""),
    ("month_day_after_plan_noun", "The bank announced the plan Aug. 21 and sold shares.", "2025-10-27", "Aug. 21", "date", "2025-08-21", ""),
    ("month_day_after_plans_noun", "The union unveiled its plans on March 3.", R, "March 3", "date", "2025-03-03", ""),
    ("month_adjective_in_ed", "The split would be paid on a still unspecified date in January.", "2024-10-26", "January", "date", "2025-01", ""),
    ("year", "Ukraine's biggest gains since 2022 came last year.", R, "2022", "date", "2022", ""),
    ("year_in", "The company was founded in 1998 in Ohio.", R, "1998", "date", "1998", ""),
    ("year_range_first", "From 1990 to 1995 the plant was closed.", R, "1990", "date", "1990", ""),
    ("year_range_second", "From 1990 to 1995 the plant was closed.", R, "1995", "date", "1995", ""),
    ("year_spoken", "She was born in nineteen ninety-six.", R, "nineteen ninety-six", "date", "1996", ""),
    ("year_two_thousand", "Computers were fixed before the year two thousand.", R, "the year two thousand", "date", "2000", ""),
    ("fiscal_year", "Revenue grew in fiscal 2024.", R, "fiscal 2024", "date", "2024", ""),
    ("fiscal_year_fy", "Guidance for FY2026 was raised.", R, "FY2026", "date", "2026", ""),
    // --- decades and centuries
    ("decade_digits", "The company grew in the 1990s.", R, "the 1990s", "date", "199", ""),
    ("decade_words", "Prices have not been this high since the nineties.", R, "the nineties", "date", "199", ""),
    ("decade_apostrophe", "It was a hit in the '80s.", R, "the '80s", "date", "198", ""),
    ("decade_2000s", "Growth was fast in the 2010s.", R, "the 2010s", "date", "201", ""),
    ("century_ordinal", "It was the bloodiest war of the 20th century.", R, "the 20th century", "date", "19", ""),
    ("century_word", "The church was built in the nineteenth century.", R, "the nineteenth century", "date", "18", ""),
    ("this_century", "It is the worst flood this century.", R, "this century", "date", "20", ""),
    // --- quarters, halves
    ("quarter_ordinal", "Profit rose in the third quarter.", R, "the third quarter", "date", "2024-Q3", ""),
    ("quarter_begun_this_year", "Profit rose in the first quarter.", R, "the first quarter", "date", "2025-Q1", ""),
    ("quarter_last_in_january", "Profit fell in the fourth quarter.", "2025-01-20", "the fourth quarter", "date", "2024-Q4", ""),
    ("quarter_not_begun_future", "The firm expects a third-quarter profit.", R, "third-quarter", "date", "2025-Q3", ""),
    ("quarter_of_year", "Profit rose in the third quarter of 2024.", R, "the third quarter of 2024", "date", "2024-Q3", ""),
    ("quarter_year_first", "The 2023 fourth quarter was weak.", R, "The 2023 fourth quarter", "date", "2023-Q4", ""),
    ("quarter_q_notation", "The Q3 2024 results beat forecasts.", R, "Q3 2024", "date", "2024-Q3", ""),
    ("quarter_adjective", "The firm posted a third-quarter loss.", R, "third-quarter", "date", "2024-Q3", ""),
    ("quarter_reported", "Revenue in the quarter fell 3%.", R, "the quarter", "date", "2024-Q4", ""),
    ("quarter_latest", "Revenue in the latest quarter fell 3%.", R, "the latest quarter", "date", "2024-Q4", ""),
    ("quarter_year_ago", "Revenue fell from the year-ago quarter.", R, "the year-ago quarter", "date", "2023-Q4", ""),
    ("quarter_this_years", "This year's second quarter was strong.", R, "This year's second quarter", "date", "2025-Q2", ""),
    ("quarter_this", "Results are due this quarter.", R, "this quarter", "date", "2025-Q1", ""),
    ("quarter_compared_year_earlier", "Third-quarter profit rose to $5 million from $4 million a year earlier.", R, "a year earlier", "date", "2023-Q3", ""),
    ("quarter_compared_twice", "Third-quarter profit rose to $5 million from $4 million a year earlier. Sales rose to $90 million from $80 million a year ago.", R, "a year ago", "date", "2023-Q3", ""),
    ("quarter_compared_twice_earlier", "Third-quarter profit fell to $5 million from $6 million a year ago; sales were $70 million against $75 million a year earlier.", R, "a year earlier", "date", "2023-Q3", ""),
    ("half_of_year", "Sales grew in the first half of 2024.", R, "the first half of 2024", "date", "2024-H1", ""),
    ("half_adjective", "The firm expects a stronger second-half performance.", R, "second-half", "date", "2025-H2", ""),
    // --- seasons
    ("season_last", "The dam broke last summer.", R, "last summer", "date", "2024-SU", ""),
    ("season_this", "The festival returns this summer.", R, "this summer", "date", "2025-SU", ""),
    ("season_next", "The line opens next spring.", R, "next spring", "date", "2026-SP", ""),
    ("season_of_year", "The drought of the summer of 2023 was severe.", R, "the summer of 2023", "date", "2023-SU", ""),
    ("season_with_year", "It happened in autumn 2022.", R, "autumn 2022", "date", "2022-FA", ""),
    ("season_spoken_year", "In the winter of nineteen ninety-four it snowed.", R, "the winter of nineteen ninety-four", "date", "1994-WI", ""),
    ("season_during", "The bridge was repaired during winter.", "2025-08-01", "winter", "date", "2024-WI", ""),
    // --- holidays
    ("holiday_christmas_day", "The shops closed on Christmas Day.", R, "Christmas Day", "date", "2024-12-25", ""),
    ("holiday_christmas_year", "They met at Christmas 2019.", R, "Christmas 2019", "date", "2019-12-25", ""),
    ("holiday_thanksgiving_year", "Flights were full at Thanksgiving 2024.", R, "Thanksgiving 2024", "date", "2024-11-28", ""),
    ("holiday_easter_year", "The pope spoke at Easter 2025.", R, "Easter 2025", "date", "2025-04-20", ""),
    ("holiday_good_friday", "Good Friday 2024 fell in March.", R, "Good Friday 2024", "date", "2024-03-29", ""),
    ("holiday_new_years_day", "The law took effect on New Year's Day 2025.", R, "New Year's Day 2025", "date", "2025-01-01", ""),
    ("holiday_new_years_eve", "Fireworks lit the sky on New Year's Eve.", "2025-01-02", "New Year's Eve", "date", "2024-12-31", ""),
    ("holiday_easter_future", "The church will reopen at Easter.", R, "Easter", "date", "2025-04-20", ""),
    ("holiday_memorial_day", "The parade is held on Memorial Day 2025.", R, "Memorial Day 2025", "date", "2025-05-26", ""),
    ("holiday_labor_day", "The strike ended on Labor Day 2024.", R, "Labor Day 2024", "date", "2024-09-02", ""),
    ("holiday_independence_day", "Crowds gathered on Independence Day 2024.", R, "Independence Day 2024", "date", "2024-07-04", ""),
    // --- deictic days, weeks, months, years
    ("today", "The minister resigned today.", R, "today", "date", "2025-03-13", ""),
    ("yesterday", "The minister resigned yesterday.", R, "yesterday", "date", "2025-03-12", ""),
    ("tomorrow", "The minister will resign tomorrow.", R, "tomorrow", "date", "2025-03-14", ""),
    ("day_before_yesterday", "He arrived the day before yesterday.", R, "the day before yesterday", "date", "2025-03-11", ""),
    ("day_after_tomorrow", "He leaves the day after tomorrow.", R, "the day after tomorrow", "date", "2025-03-15", ""),
    ("this_week", "Witkoff would be in Moscow this week.", R, "this week", "date", "2025-W11", ""),
    ("last_week", "The talks collapsed last week.", R, "last week", "date", "2025-W10", ""),
    ("next_week", "The talks resume next week.", R, "next week", "date", "2025-W12", ""),
    ("this_month", "Prices rose this month.", R, "this month", "date", "2025-03", ""),
    ("last_month", "Prices rose last month.", R, "last month", "date", "2025-02", ""),
    ("next_month", "Prices will rise next month.", R, "next month", "date", "2025-04", ""),
    ("this_year", "Growth will slow this year.", R, "this year", "date", "2025", ""),
    ("last_year", "Growth slowed last year.", R, "last year", "date", "2024", ""),
    ("next_year", "Growth will slow next year.", R, "next year", "date", "2026", ""),
    ("past_year", "Prices rose 5% over the past year.", R, "the past year", "date", "2024", ""),
    ("coming_year", "Prices will rise in the coming year.", R, "the coming year", "date", "2026", ""),
    ("last_decade", "Emissions fell in the last decade.", R, "the last decade", "date", "201", ""),
    ("full_year", "The firm expects a loss for the full year.", R, "the full year", "date", "2025", ""),
    ("week_boundary_53", "Shares fell this week.", "2021-01-03", "this week", "date", "2020-W53", ""),
    ("week_boundary_new_year", "Shares fell this week.", "2024-12-30", "this week", "date", "2025-W01", ""),
    ("last_year_in_january", "Sales rose last year.", "2024-01-01", "last year", "date", "2023", ""),
    // --- ago / from now / in
    ("days_ago", "The ship sank three days ago.", R, "three days ago", "date", "2025-03-10", ""),
    ("weeks_ago", "The ship sank two weeks ago.", R, "two weeks ago", "date", "2025-W09", ""),
    ("months_ago", "The ship sank six months ago.", R, "six months ago", "date", "2024-09", ""),
    ("year_ago", "The ship sank a year ago.", R, "a year ago", "date", "2024", ""),
    ("years_ago_digits", "The ship sank 10 years ago.", R, "10 years ago", "date", "2015", ""),
    ("decade_ago", "The ship sank a decade ago.", R, "a decade ago", "date", "2015", ""),
    ("vague_ago", "The ship sank a few years ago.", R, "a few years ago", "date", "PAST_REF", ""),
    ("from_now", "The bridge opens two weeks from now.", R, "two weeks from now", "date", "2025-W13", ""),
    ("in_three_days", "The envoy will return in three days.", R, "three days", "date", "2025-03-16", ""),
    ("in_two_years_future", "The plant will close in two years.", R, "two years", "date", "2027", ""),
    ("in_years_past_is_length", "It was the first rise in two years.", R, "two years", "duration", "P2Y", ""),
    // --- weekdays by tense
    ("weekday_past_same_day", "The ministry announced on Thursday that it had won.", R, "Thursday", "date", "2025-03-13", ""),
    ("weekday_past", "Trump said on Wednesday that talks would go on.", R, "Wednesday", "date", "2025-03-12", ""),
    ("weekday_past_no_on", "The court ruled Monday that the law stands.", R, "Monday", "date", "2025-03-10", ""),
    ("weekday_past_saturday", "Protesters gathered on Saturday in the square.", R, "Saturday", "date", "2025-03-08", ""),
    ("weekday_past_friday", "Police said Friday that two men were held.", R, "Friday", "date", "2025-03-07", ""),
    ("weekday_future", "The leaders will meet on Friday.", R, "Friday", "date", "2025-03-14", ""),
    ("weekday_future_monday", "He will travel to Kyiv on Monday.", R, "Monday", "date", "2025-03-17", ""),
    ("weekday_future_planned", "Protesters plan a march on Saturday.", R, "Saturday", "date", "2025-03-15", ""),
    ("weekday_future_were_planning", "Protesters were planning to march on Monday.", R, "Monday", "date", "2025-03-17", ""),
    ("weekday_future_planned_past_form", "Exiles planned a large rally on Saturday.", R, "Saturday", "date", "2025-03-15", ""),
    ("weekday_deadline_until", "Officials postponed until Tuesday any action on the case.", R, "Tuesday", "date", "2025-03-18", ""),
    ("weekday_deadline_pluperfect", "Thirty members had filed reports by Wednesday.", R, "Wednesday", "date", "2025-03-12", ""),
    ("month_day_is_to_run_from", "The exhibit is to run from January 23 through March 9.", "2014-01-28", "January 23", "date", "2014-01-23", ""),
    ("weekday_plan_overtaken", "The offer had been due to expire Friday evening.", "2025-03-17", "Friday evening", "time", "2025-03-14TEV", ""),
    ("weekday_previously_scheduled", "The vote, previously scheduled for Monday, was delayed.", R, "Monday", "date", "2025-03-10", ""),
    ("weekday_had_planned", "Police said the suspect had planned the attack on Friday.", R, "Friday", "date", "2025-03-07", ""),
    ("weekday_future_passive", "A new commander will be named Tuesday.", R, "Tuesday", "date", "2025-03-18", ""),
    ("weekday_last", "The vote took place last Friday.", R, "last Friday", "date", "2025-03-07", ""),
    ("weekday_next", "The vote takes place next Tuesday.", R, "next Tuesday", "date", "2025-03-18", ""),
    ("weekday_this_coming", "The vote is this coming Saturday.", R, "this coming Saturday", "date", "2025-03-15", ""),
    ("weekday_other_ref", "The convention voted Friday to make Australia a republic.", "1998-02-13", "Friday", "date", "1998-02-13", ""),
    ("weekday_sunday_ref", "Police seized a car bomb Sunday.", "1998-03-22", "Sunday", "date", "1998-03-22", ""),
    ("weekday_coordinated_future_clause", "The storm hit on Thursday night and will leave by Sunday.", "2017-07-21", "Thursday night", "time", "2017-07-20TNI", ""),
    ("weekday_range_end_past", "Shares were bought from Sept. 14 to Thursday.", "1989-10-30", "Thursday", "date", "1989-10-26", ""),
    ("month_day_passive_future", "The dividend will be paid Dec. 14 to holders.", "1989-10-26", "Dec. 14", "date", "1989-12-14", ""),
    ("month_day_extended_to", "The offer was extended to Nov. 20.", "1989-11-02", "Nov. 20", "date", "1989-11-20", ""),
    ("weekday_possessive_past", "Lawyers would look for ways around Wednesday's ruling.", "2000-01-07", "Wednesday", "date", "2000-01-05", ""),
    ("weekday_possessive_coming", "Markets were calm ahead of Friday's vote.", R, "Friday", "date", "2025-03-14", ""),
    // --- weekends
    ("weekend_past", "Officials met over the weekend.", R, "the weekend", "date", "2025-W10-WE", ""),
    ("weekend_future", "They will rest this weekend.", R, "this weekend", "date", "2025-W11-WE", ""),
    ("weekend_last", "Fans rioted last weekend.", R, "last weekend", "date", "2025-W10-WE", ""),
    ("weekend_next", "The race is next weekend.", R, "next weekend", "date", "2025-W12-WE", ""),
    // --- parts of day
    ("last_night", "Rockets hit the city last night.", R, "last night", "time", "2025-03-12TNI", ""),
    ("tonight", "The president speaks tonight.", R, "tonight", "time", "2025-03-13TNI", ""),
    ("this_morning", "The market opened higher this morning.", R, "this morning", "time", "2025-03-13TMO", ""),
    ("this_afternoon", "The verdict came this afternoon.", R, "this afternoon", "time", "2025-03-13TAF", ""),
    ("this_evening", "The talks end this evening.", R, "this evening", "time", "2025-03-13TEV", ""),
    ("yesterday_afternoon", "The verdict came yesterday afternoon.", R, "yesterday afternoon", "time", "2025-03-12TAF", ""),
    ("tomorrow_morning", "Polls open tomorrow morning.", R, "tomorrow morning", "time", "2025-03-14TMO", ""),
    ("weekday_morning", "The blast was heard Tuesday morning.", R, "Tuesday morning", "time", "2025-03-11TMO", ""),
    ("weekday_night", "Fighting resumed Wednesday night.", R, "Wednesday night", "time", "2025-03-12TNI", ""),
    ("weekday_evening_future", "The final will be played Saturday evening.", R, "Saturday evening", "time", "2025-03-15TEV", ""),
    // --- clock times
    ("clock_pm", "The meeting started at 3 p.m. in Brussels.", R, "3 p.m.", "time", "2025-03-13T15:00", ""),
    ("clock_am_minutes", "The first train left at 6:45 a.m.", R, "6:45 a.m.", "time", "2025-03-13T06:45", ""),
    ("clock_pm_minutes", "Shots were fired at 7:15 p.m.", R, "7:15 p.m.", "time", "2025-03-13T19:15", ""),
    ("clock_12_am", "The blast came at 12 a.m.", R, "12 a.m.", "time", "2025-03-13T00:00", ""),
    ("clock_timezone", "Trading halted at 5 p.m. EST on the exchange.", R, "5 p.m. EST", "time", "2025-03-13T17:00", ""),
    ("clock_24h_gmt", "The launch took place at 10:30 GMT.", R, "10:30 GMT", "time", "2025-03-13T10:30", ""),
    ("clock_with_weekday", "Voting will resume at 9 a.m. Friday.", R, "9 a.m. Friday", "time", "2025-03-14T09:00", ""),
    ("clock_noon_weekday", "The deadline passed at noon Thursday.", R, "noon Thursday", "time", "2025-03-13T12:00", ""),
    ("clock_midnight", "The curfew starts at midnight.", R, "midnight", "time", "2025-03-13T24:00", ""),
    ("clock_with_month_day", "Bids close at 5 p.m. Nov. 9.", "2024-11-01", "5 p.m. Nov. 9", "time", "2024-11-09T17:00", ""),
    // --- modifiers
    ("early_year", "The project started in early 2023.", R, "early 2023", "date", "2023", "START"),
    ("late_year", "The project ended in late 2023.", R, "late 2023", "date", "2023", "END"),
    ("mid_month", "The rains came in mid-March.", R, "mid-March", "date", "2025-03", "MID"),
    ("mid_year", "The plant closed in mid-1996.", R, "mid-1996", "date", "1996", "MID"),
    ("late_last_year", "Talks stalled late last year.", R, "late last year", "date", "2024", "END"),
    ("earlier_this_year", "Talks stalled earlier this year.", R, "earlier this year", "date", "2025", "START"),
    ("later_this_month", "A ruling is expected later this month.", R, "later this month", "date", "2025-03", "END"),
    ("end_of_month", "The deal closes at the end of the month.", R, "the end of the month", "date", "2025-03", "END"),
    ("end_of_year", "The troops leave by the end of 2026.", R, "the end of 2026", "date", "2026", "END"),
    ("beginning_of_year", "The rule applied from the beginning of 2024.", R, "the beginning of 2024", "date", "2024", "START"),
    ("middle_of_month", "Rain is expected in the middle of April.", R, "the middle of April", "date", "2025-04", "MID"),
    ("the_late_decade", "The band formed in the late 1970s.", R, "the late 1970s", "date", "197", "END"),
    ("the_early_decade", "The firm was founded in the early 1980s.", R, "the early 1980s", "date", "198", "START"),
    ("year_end_by", "The deal should close by year-end.", R, "year-end", "date", "2025", "END"),
    ("year_end_since", "The index has gained 8% since year end.", R, "year end", "date", "2024", "END"),
    ("year_end_possessive", "New rules should be in force by year's end.", R, "year's end", "date", "2025", "END"),
    ("year_end_around", "The sale is expected to close around year end.", R, "around year end", "date", "2025", "APPROX"),
    ("early_next_week", "A decision is due early next week.", R, "early next week", "date", "2025-W12", "START"),
    ("late_yesterday", "The bill passed late yesterday.", R, "late yesterday", "date", "2025-03-12", "END"),
    ("early_weekday", "The quake struck early Tuesday.", R, "early Tuesday", "date", "2025-03-11", "START"),
    ("about_years_ago", "The mine closed about two years ago.", R, "about two years ago", "date", "2023", "APPROX"),
    ("first_half_of_month", "Sales fell in the first half of March.", R, "the first half of March", "date", "2025-03", "START"),
    // --- anaphoric
    ("day_before_speech_time", "Ushakov spoke to Waltz by phone the day before, he added.", R, "the day before", "date", "2025-03-12", ""),
    ("day_before_anchor", "The summit opened on March 3, 2025. Leaders had arrived the day before.", R, "the day before", "date", "2025-03-02", ""),
    ("day_after_anchor", "The vote was held on May 3, 2021. Results came the day after.", R, "the day after", "date", "2021-05-04", ""),
    ("following_week", "Talks began on January 6, 2025. The following week, they collapsed.", R, "The following week", "date", "2025-W03", ""),
    ("a_month_later", "The plant closed in June 2024. A month later, it reopened.", R, "A month later", "date", "2024-07", ""),
    ("that_day", "Troops crossed the border on August 6, 2024. That day, schools closed.", R, "That day", "date", "2024-08-06", ""),
    ("two_days_later", "The storm hit on May 3, 2021. Two days later, power returned.", R, "Two days later", "date", "2021-05-05", ""),
    ("the_next_day", "He was arrested on May 3, 2021, and freed the next day.", R, "the next day", "date", "2021-05-04", ""),
    ("the_previous_year", "Sales rose in 2019 after a slump the previous year.", R, "the previous year", "date", "2018", ""),
    ("the_same_day", "He was arrested on May 3, 2021, and charged the same day.", R, "the same day", "date", "2021-05-03", ""),
    ("a_year_earlier_after_year", "Profit rose in 2023 from a year earlier.", R, "a year earlier", "date", "2022", ""),
    ("that_year", "The war ended in 1945. That year, rationing began.", R, "That year", "date", "1945", ""),
    ("the_night_before", "The attack came on May 3, 2021. Warnings were issued the night before.", R, "the night before", "time", "2021-05-02TNI", ""),
    ("anaphor_no_anchor_uses_speech", "Officials met the following day.", R, "the following day", "date", "2025-03-14", ""),
    // --- durations
    ("dur_hyphen_day", "Kyiv agreed to a 30-day ceasefire.", R, "30-day", "duration", "P30D", ""),
    ("dur_months_number", "The siege lasted six months.", R, "six months", "duration", "P6M", ""),
    ("dur_a_decade", "The war lasted a decade.", R, "a decade", "duration", "P10Y", ""),
    ("dur_bare_months", "The gains came after months of setbacks.", R, "months", "duration", "PXM", ""),
    ("dur_bare_years", "The case dragged on for years.", R, "years", "duration", "PXY", ""),
    ("dur_two_years", "He served for two years.", R, "two years", "duration", "P2Y", ""),
    ("dur_past_three_months", "Prices fell over the past three months.", R, "the past three months", "duration", "P3M", ""),
    ("dur_couple_of_years", "It will take a couple of years.", R, "a couple of years", "duration", "P2Y", ""),
    ("dur_several_weeks", "The strike lasted several weeks.", R, "several weeks", "duration", "PXW", ""),
    ("dur_a_few_days", "The talks took a few days.", R, "a few days", "duration", "PXD", ""),
    ("dur_half_an_hour", "The speech lasted half an hour.", R, "half an hour", "duration", "PT30M", ""),
    ("dur_24_hour", "Unions called a 24-hour strike.", R, "24-hour", "duration", "PT24H", ""),
    ("dur_fraction_years", "The project took 2 1/2 years.", R, "2 1/2 years", "duration", "P2Y6M", ""),
    ("dur_and_a_half", "The film runs an hour and a half.", R, "an hour and a half", "duration", "PT1H30M", ""),
    ("dur_minutes", "The flight was delayed 90 minutes.", R, "90 minutes", "duration", "PT90M", ""),
    ("dur_seconds", "The quake lasted 40 seconds.", R, "40 seconds", "duration", "PT40S", ""),
    ("dur_three_weeks", "The trial lasted three weeks.", R, "three weeks", "duration", "P3W", ""),
    ("dur_one_day_after", "The announcement comes one day after the visit.", R, "one day", "duration", "P1D", ""),
    ("dur_first_nine_months", "Sales rose in the first nine months.", R, "the first nine months", "duration", "P9M", ""),
    ("dur_twenty_four_hours", "In the last twenty-four hours the river rose.", R, "the last twenty-four hours", "duration", "PT24H", ""),
    ("dur_a_week", "The strike lasted a week.", R, "a week", "duration", "P1W", ""),
    ("dur_one_year_adjective", "She won a one-year contract.", R, "one-year", "duration", "P1Y", ""),
    ("dur_two_year_after_article", "He signed a two-year deal.", R, "two-year", "duration", "P2Y", ""),
    ("dur_decades_word", "The feud lasted for decades.", R, "decades", "duration", "PXDE", ""),
    ("dur_quarters", "Profit fell for two quarters.", R, "two quarters", "duration", "P6M", ""),
    ("dur_fortnight", "The fair lasts a fortnight.", R, "a fortnight", "duration", "P2W", ""),
    ("dur_range_to", "Shipments will resume within two to three weeks.", R, "two to three weeks", "duration", "PXW", ""),
    ("dur_range_next", "The bank plans purchases over the next 12 to 18 months.", R, "the next 12 to 18 months", "duration", "PXM", ""),
    ("dur_range_or", "The repairs took two or three days.", R, "two or three days", "duration", "PXD", ""),
    ("dur_more_than", "The meeting lasted more than four hours.", R, "more than four hours", "duration", "PT4H", "MORE_THAN"),
    ("dur_nearly", "They were married nearly forty years.", R, "nearly forty years", "duration", "P40Y", "APPROX"),
    ("dur_at_least", "The ban will last at least 20 years.", R, "at least 20 years", "duration", "P20Y", "EQUAL_OR_MORE"),
    ("dur_up_to", "Offenders face up to 180 days in jail.", R, "up to 180 days", "duration", "P180D", "EQUAL_OR_LESS"),
    ("dur_less_than", "It took less than an hour.", R, "less than an hour", "duration", "PT1H", "LESS_THAN"),
    ("dur_year_ended", "Profit for the year ended March 31 rose.", R, "the year", "duration", "P1Y", ""),
    // --- sets
    ("set_every_weekday", "The council meets every Monday.", R, "every Monday", "set", "XXXX-WXX-1", ""),
    ("set_every_day", "Trains run every day.", R, "every day", "set", "P1D", ""),
    ("set_each_year", "The fair is held each year.", R, "each year", "set", "P1Y", ""),
    ("set_every_two_weeks", "Rent is paid every two weeks.", R, "every two weeks", "set", "P2W", ""),
    ("set_every_other_week", "The magazine appears every other week.", R, "every other week", "set", "P2W", ""),
    ("set_each_month_name", "The festival takes place each July.", R, "each July", "set", "XXXX-07", ""),
    ("set_every_morning", "She runs every morning.", R, "every morning", "set", "XXXX-XX-XXTMO", ""),
    ("set_weekly", "The board meets weekly.", R, "weekly", "set", "P1W", ""),
    ("set_annually", "The prize is awarded annually.", R, "annually", "set", "P1Y", ""),
    ("set_daily", "Flights leave daily.", R, "daily", "set", "P1D", ""),
    ("set_monthly", "Figures are published monthly.", R, "monthly", "set", "P1M", ""),
    ("set_hourly", "Bulletins are broadcast hourly.", R, "hourly", "set", "PT1H", ""),
    ("set_twice_a_week", "The ferry sails twice a week.", R, "twice a week", "set", "P1W", ""),
    ("set_money_a_year", "The deal is worth $5 million a year.", R, "a year", "set", "P1Y", ""),
    ("set_percent_a_year", "The economy grew 3% a year.", R, "a year", "set", "P1Y", ""),
    ("set_plural_weekday", "The shop is closed on Mondays.", R, "Mondays", "set", "XXXX-WXX-1", ""),
    ("set_weekday_nights", "Flights leave on Tuesday nights.", R, "Tuesday nights", "set", "XXXX-WXX-2TNI", ""),
    // --- vague references
    ("now", "It's up to Russia now, Trump said.", R, "now", "date", "PRESENT_REF", ""),
    ("currently", "The firm currently employs 300 people.", R, "currently", "date", "PRESENT_REF", ""),
    ("recently", "The rules were recently changed.", R, "recently", "date", "PAST_REF", ""),
    ("the_past", "In the past, such deals were rare.", R, "the past", "date", "PAST_REF", ""),
    ("the_future", "In the future, prices will rise.", R, "the future", "date", "FUTURE_REF", ""),
    ("the_near_future", "A deal is possible in the near future.", R, "the near future", "date", "FUTURE_REF", ""),
    ("nowadays", "Nowadays few people write letters.", R, "Nowadays", "date", "PRESENT_REF", ""),
    ("at_present", "At present there is no plan.", R, "At present", "date", "PRESENT_REF", ""),
    ("past_years", "Prices rose in past years.", R, "past years", "date", "PAST_REF", ""),
    ("the_near_term", "Margins will stay thin in the near term, the bank said.", R, "the near term", "date", "FUTURE_REF", ""),
    ("the_short_term", "The cuts may cost jobs in the short term.", R, "the short term", "date", "FUTURE_REF", ""),
    // --- without a reference date: relative values stay underspecified
    ("noref_weekday", "The ministry announced on Thursday that it had won.", "", "Thursday", "date", "XXXX-WXX-4", ""),
    ("noref_month_day", "The attack began on August 6.", "", "August 6", "date", "XXXX-08-06", ""),
    ("noref_month", "The attack began in August.", "", "August", "date", "XXXX-08", ""),
    ("noref_yesterday", "The attack began yesterday.", "", "yesterday", "date", "XXXX-XX-XX", ""),
    ("noref_last_week", "The attack began last week.", "", "last week", "date", "XXXX-WXX", ""),
    ("noref_this_year", "The attack began this year.", "", "this year", "date", "XXXX", ""),
    ("noref_tuesday_morning", "The blast was heard Tuesday morning.", "", "Tuesday morning", "time", "XXXX-WXX-2TMO", ""),
    ("noref_absolute_stays", "The attack began on August 6, 2024.", "", "August 6, 2024", "date", "2024-08-06", ""),
    ("noref_duration_stays", "Kyiv agreed to a 30-day ceasefire.", "", "30-day", "duration", "P30D", ""),
    ("noref_quarter", "Profit rose in the third quarter.", "", "the third quarter", "date", "XXXX-Q3", ""),
];

#[test]
fn dates_table() {
    assert!(
        ROWS.len() >= 200,
        "the table needs at least 200 rows, has {}",
        ROWS.len()
    );
    let mut names = std::collections::HashSet::new();
    let mut failures = Vec::new();
    for &(name, text, reference, extent, ty, value, modifier) in ROWS {
        assert!(names.insert(name), "duplicate row name {name}");
        let opts = if reference.is_empty() {
            Options::new()
        } else {
            Options::new().with_reference_date(reference).unwrap()
        };
        let a = analyze(text, &opts).unwrap();
        let found: Vec<String> = a
            .times
            .iter()
            .map(|t| {
                format!(
                    "{:?} {:?}={:?} mod={:?} [{} | {}]",
                    t.text, t.ty, t.value, t.modifier, t.rule, t.resolution.method
                )
            })
            .collect();
        let Some(t) = a.times.iter().find(|t| t.text == extent) else {
            failures.push(format!(
                "{name}: no time {extent:?} in {text:?}; found {found:?}"
            ));
            continue;
        };
        let got_ty = serde_json::to_value(t.ty).unwrap();
        let got_mod = t.modifier.clone().unwrap_or_default();
        if got_ty.as_str() != Some(ty) || t.value.as_deref() != Some(value) || got_mod != modifier {
            failures.push(format!(
                "{name}: {extent:?} expected {ty} {value} mod={modifier:?}; found {found:?}"
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
