//! Golden test: the founding article's mentions against its gold annotation.
//!
//! The fixture and its expected mentions are embedded with `include_str!`, so this file runs natively
//! (`cargo test`) and under WebAssembly (`wasm-pack test`). On failure it prints every missed and
//! spurious mention with the rule that produced (or would have had to produce) it.

use storyline::{analyze, Options};

const ARTICLE: &str = include_str!("fixtures/seed-article.txt");
const EXPECTED: &str = include_str!("fixtures/seed-article.mentions.tsv");

/// Expected (start, end, kind, text) rows.
fn expected() -> Vec<(usize, usize, String, String)> {
    storyline::tables::data_lines(EXPECTED)
        .map(|l| {
            let c: Vec<&str> = l.split('\t').collect();
            assert_eq!(c.len(), 4, "bad expected row {l:?}");
            (
                c[0].parse().unwrap(),
                c[1].parse().unwrap(),
                c[2].to_string(),
                c[3].to_string(),
            )
        })
        .collect()
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn founding_article_mentions_reach_f1_095() {
    let opts = Options::new().with_reference_date("2025-03-13").unwrap();
    let a = analyze(ARTICLE, &opts).unwrap();
    let exp = expected();
    for (s, e, _, text) in &exp {
        assert_eq!(&ARTICLE[*s..*e], text, "fixture and expectation disagree");
    }
    let got: Vec<(usize, usize, &str, &str, &str)> = a
        .mentions
        .iter()
        .map(|m| (m.start, m.end, m.kind.as_str(), m.text.as_str(), m.rule))
        .collect();
    let hit = |s: usize, e: usize, k: &str| got.iter().any(|g| g.0 == s && g.1 == e && g.2 == k);
    let tp = exp.iter().filter(|(s, e, k, _)| hit(*s, *e, k)).count();
    let p = tp as f64 / got.len().max(1) as f64;
    let r = tp as f64 / exp.len() as f64;
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    let mut report = format!(
        "mentions: P {p:.3} R {r:.3} F1 {f1:.3} ({tp} of {} expected, {} found)\n",
        exp.len(),
        got.len()
    );
    for (s, e, k, text) in &exp {
        if !hit(*s, *e, k) {
            let near: Vec<String> = got
                .iter()
                .filter(|g| g.0 < *e && *s < g.1)
                .map(|g| format!("{:?} {} by {}", g.3, g.2, g.4))
                .collect();
            report += &format!("  MISSED {text:?} {k} at {s}..{e}; overlapping: {near:?}\n");
        }
    }
    for g in &got {
        if !exp
            .iter()
            .any(|(s, e, k, _)| g.0 == *s && g.1 == *e && g.2 == k)
        {
            report += &format!(
                "  SPURIOUS {:?} {} at {}..{} (rule {})\n",
                g.3, g.2, g.0, g.1, g.4
            );
        }
    }
    assert!(f1 >= 0.95, "{report}");
}
