//! Golden test: the founding article's times (extent, type, value) and its timeline (order,
//! dates, status). On failure, prints every time with its rule and resolution trace.

use storyline::{analyze, Analysis, Options};

const ARTICLE: &str = include_str!("fixtures/seed-article.txt");

fn run() -> Analysis {
    let opts = Options::new().with_reference_date("2025-03-13").unwrap();
    analyze(ARTICLE, &opts).unwrap()
}

fn trace(a: &Analysis) -> String {
    let mut s = String::from("times found (text | type | value | rule | resolution):\n");
    for (i, t) in a.times.iter().enumerate() {
        s += &format!(
            "  #{i} {:?} | {:?} | {:?} | {} | {} anchor={:?} anchor_time={:?}\n",
            t.text, t.ty, t.value, t.rule, t.resolution.method, t.resolution.anchor, t.resolution.anchor_time
        );
    }
    s += "timeline:\n";
    for e in &a.timeline {
        s += &format!("  {} {:?} times={:?} {:?}\n", e.value, e.status, e.times, e.text.chars().take(70).collect::<String>());
    }
    s
}

#[test]
fn founding_article_times() {
    let a = run();
    // (text, type, value) for each gold time, in text order.
    let gold: &[(&str, &str, &str)] = &[
        ("December 2, 2024", "date", "2024-12-02"),
        ("Thursday", "date", "2025-03-13"),
        ("August 2024", "date", "2024-08"),
        ("one day", "duration", "P1D"),
        ("30-day", "duration", "P30D"),
        ("August 6, 2024", "date", "2024-08-06"),
        ("2022", "date", "2022"),
        ("months", "duration", "PXM"),
        ("Wednesday", "date", "2025-03-12"),
        ("now", "date", "PRESENT_REF"),
        ("30-day", "duration", "P30D"),
        ("the day before", "date", "2025-03-12"),
        ("this week", "date", "2025-W11"),
    ];
    let mut from = 0;
    for (text, ty, value) in gold {
        let pos = ARTICLE[from..].find(text).map(|p| p + from).expect("gold text in the article");
        from = pos + text.len();
        let t = a.times.iter().find(|t| t.start == pos && t.end == pos + text.len());
        let Some(t) = t else {
            panic!("missing time {text:?} at {pos}\n{}", trace(&a));
        };
        let got_ty = serde_json::to_value(t.ty).unwrap();
        assert_eq!(got_ty.as_str(), Some(*ty), "type of {text:?}\n{}", trace(&a));
        assert_eq!(t.value.as_deref(), Some(*value), "value of {text:?}\n{}", trace(&a));
    }
    // Anything else found must be a vague reference, not a wrong date.
    let extra: Vec<_> = a
        .times
        .iter()
        .filter(|t| !gold.iter().any(|g| g.0 == t.text))
        .filter(|t| !t.value.as_deref().is_some_and(|v| v.ends_with("_REF")))
        .collect();
    assert!(extra.is_empty(), "unexpected times {extra:?}\n{}", trace(&a));
}

#[test]
fn founding_article_timeline() {
    let a = run();
    let values: Vec<&str> = a.timeline.iter().map(|e| e.value.as_str()).collect();
    assert_eq!(
        values,
        ["2022", "2024-08", "2024-08-06", "2024-12-02", "2025-03-12", "2025-03-12", "2025-03-12", "2025-03-13", "2025-W11"],
        "\n{}",
        trace(&a)
    );
    let find = |needle: &str| a.timeline.iter().find(|e| e.text.contains(needle)).unwrap_or_else(|| panic!("no entry with {needle:?}\n{}", trace(&a)));
    // Putin's visit is placed one day before the announcement of Thursday.
    let visit = find("Putin visited the region");
    assert_eq!(visit.value, "2025-03-12");
    assert_eq!(visit.durations.len(), 1);
    assert_eq!(find("Trump said on Wednesday").value, "2025-03-12");
    assert_eq!(find("by phone the day before").value, "2025-03-12");
    let week = find("would be in Moscow this week");
    assert_eq!(format!("{:?}", week.status), "Scheduled");
    assert_eq!((week.from.as_deref(), week.to.as_deref()), (Some("2025-03-10"), Some("2025-03-16")));
    let since = find("since 2022");
    assert!(since.open_ended, "{}", trace(&a));
    assert_eq!(format!("{:?}", since.status), "Background");
    assert!(
        !a.timeline.iter().any(|e| e.text.contains("agreeing to a 30-day")),
        "a duration alone dates nothing\n{}",
        trace(&a)
    );
}

#[test]
fn without_a_reference_date_relative_values_stay_underspecified() {
    let a = analyze(ARTICLE, &Options::new()).unwrap();
    let thursday = a.times.iter().find(|t| t.text == "Thursday").unwrap();
    assert_eq!(thursday.value.as_deref(), Some("XXXX-WXX-4"));
    assert_eq!(thursday.resolution.method, "unresolved");
    assert_eq!(a.reference_date, None, "the caption date is not a dateline");
    let abs = a.times.iter().find(|t| t.text == "August 6, 2024").unwrap();
    assert_eq!(abs.value.as_deref(), Some("2024-08-06"));
}
