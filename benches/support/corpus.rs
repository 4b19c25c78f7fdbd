//! The benches' news corpus: the texts of ../shared/eval/dev/*.jsonl when present (read at run
//! time, never copied into the project), else the founding article, repeated to `bytes`.

/// About `bytes` of news text: whole texts joined by blank lines, at least `bytes` long.
pub fn news(bytes: usize) -> String {
    let root = env!("CARGO_MANIFEST_DIR");
    let shared = std::env::var("STORYLINE_SHARED").unwrap_or_else(|_| format!("{root}/../shared"));
    let mut texts = Vec::new();
    if let Ok(rd) = std::fs::read_dir(format!("{shared}/eval/dev")) {
        let mut files: Vec<_> = rd
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
            .collect();
        files.sort();
        for f in files {
            for line in std::fs::read_to_string(f).unwrap_or_default().lines() {
                if let Ok(v) = serde_json::from_str::<serde_json::Value>(line) {
                    if let Some(t) = v["text"].as_str() {
                        texts.push(t.to_string());
                    }
                }
            }
        }
    }
    if texts.is_empty() {
        texts.push(include_str!("../../tests/fixtures/seed-article.txt").to_string());
    }
    let mut out = String::new();
    for t in texts.iter().cycle() {
        if out.len() >= bytes {
            break;
        }
        out.push_str(t);
        out.push_str("\n\n");
    }
    out
}
