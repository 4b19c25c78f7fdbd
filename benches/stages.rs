//! Native per-stage benchmark of the core, so a regression points at its stage (issue 6).
//!   cargo bench --bench stages                 (make bench runs it)
//!   cargo bench --bench stages -- entity       (only stages whose name matches)
//! Inputs: the founding article; ~100 KB of news (the texts of ../shared/eval/dev/*.jsonl when
//! present, read at run time and never copied; else the fixtures repeated); and 1 MB of the same, to
//! show each stage's cost growing linearly (or not). Each stage gets the earlier stages' output as
//! computed once outside the timed region; the pipeline order is src/pipeline.rs's.
use divan::counter::BytesCount;
use divan::Bencher;
use std::sync::LazyLock;
use storyline::text::Doc;
use storyline::{entity, temporal, timeline, Date, Options};

#[path = "support/corpus.rs"]
mod corpus;
use corpus::news;

fn main() {
    divan::main();
}

static SEED: &str = include_str!("../tests/fixtures/seed-article.txt");
static NEWS_100K: LazyLock<String> = LazyLock::new(|| news(100 * 1024));
static NEWS_1M: LazyLock<String> = LazyLock::new(|| news(1 << 20));
const INPUTS: &[&str] = &["seed", "news_100k", "news_1m"];

fn input(name: &str) -> &'static str {
    match name {
        "seed" => SEED,
        "news_100k" => &NEWS_100K,
        _ => &NEWS_1M,
    }
}

fn reference() -> Option<Date> {
    Date::parse_iso("2025-03-13").ok()
}

/// Stages 1–2: normalization with the offset map, sentences, tokens.
#[divan::bench(args = INPUTS, sample_count = 5, sample_size = 1)]
fn s1_normalize_tokenize(b: Bencher, name: &str) {
    let text = input(name);
    b.counter(BytesCount::of_str(text))
        .bench(|| Doc::new(divan::black_box(text)));
}

/// Stage 3: entity finders (gazetteers, patterns, quantities).
#[divan::bench(args = INPUTS, sample_count = 5, sample_size = 1)]
fn s3_entity_find(b: Bencher, name: &str) {
    let text = input(name);
    let doc = Doc::new(text);
    b.counter(BytesCount::of_str(text))
        .bench(|| entity::find(divan::black_box(&doc)));
}

/// Stage 4: temporal rules (find only, no reference date).
#[divan::bench(args = INPUTS, sample_count = 5, sample_size = 1)]
fn s4_temporal_find(b: Bencher, name: &str) {
    let text = input(name);
    let doc = Doc::new(text);
    b.counter(BytesCount::of_str(text))
        .bench(|| temporal::find(divan::black_box(&doc)));
}

/// Stages 5–6: refine names against times, then resolve entities (aliases, roles, salience).
#[divan::bench(args = INPUTS, sample_count = 5, sample_size = 1)]
fn s5_s6_entity_refine_resolve(b: Bencher, name: &str) {
    let text = input(name);
    let doc = Doc::new(text);
    let names = entity::find(&doc);
    let times = temporal::find(&doc);
    b.counter(BytesCount::of_str(text))
        .with_inputs(|| names.clone())
        .bench_values(|names| {
            let refined = entity::refine(&doc, names, &times);
            entity::resolve(&doc, refined)
        });
}

/// Stage 7: quotes and their speakers.
#[divan::bench(args = INPUTS, sample_count = 5, sample_size = 1)]
fn s7_quotes(b: Bencher, name: &str) {
    let text = input(name);
    let doc = Doc::new(text);
    let times = temporal::find(&doc);
    let (mentions, entities) =
        entity::resolve(&doc, entity::refine(&doc, entity::find(&doc), &times));
    b.counter(BytesCount::of_str(text))
        .bench(|| entity::quotes::find(&doc, &mentions, &entities));
}

/// Stage 9: resolve times against the reference date and each other.
#[divan::bench(args = INPUTS, sample_count = 5, sample_size = 1)]
fn s9_temporal_resolve(b: Bencher, name: &str) {
    let text = input(name);
    let doc = Doc::new(text);
    let found = temporal::find(&doc);
    b.counter(BytesCount::of_str(text))
        .bench(|| temporal::resolve(&doc, &found, reference()));
}

/// Stage 10: the timeline.
#[divan::bench(args = INPUTS, sample_count = 5, sample_size = 1)]
fn s10_timeline(b: Bencher, name: &str) {
    let text = input(name);
    let doc = Doc::new(text);
    let found = temporal::find(&doc);
    let (mentions, entities) =
        entity::resolve(&doc, entity::refine(&doc, entity::find(&doc), &found));
    let times = temporal::resolve(&doc, &found, reference());
    let dateline = temporal::dateline::detect(&doc, &found).map(|(_, span)| span);
    b.counter(BytesCount::of_str(text)).bench(|| {
        timeline::build(
            &doc,
            &mentions,
            &entities,
            &found,
            &times,
            reference(),
            dateline,
        )
    });
}

/// The whole pipeline, and the JSON edge (UTF-16 offsets + serialization) the CLI and WASM add.
#[divan::bench(args = INPUTS, sample_count = 5, sample_size = 1)]
fn whole_analyze(b: Bencher, name: &str) {
    let text = input(name);
    let opts = Options::new().with_reference_date("2025-03-13").unwrap();
    b.counter(BytesCount::of_str(text))
        .bench(|| storyline::analyze(divan::black_box(text), &opts));
}

#[divan::bench(args = INPUTS, sample_count = 5, sample_size = 1)]
fn json_edge(b: Bencher, name: &str) {
    let text = input(name);
    let opts = Options::new().with_reference_date("2025-03-13").unwrap();
    let a = storyline::analyze(text, &opts).unwrap();
    b.counter(BytesCount::of_str(text))
        .with_inputs(|| a.clone())
        .bench_values(|a| storyline::json::to_json(a, text));
}
