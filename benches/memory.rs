//! Live heap memory per pipeline stage for a long text, natively (issue 6): which stage sets the
//! peak, so a change in the WebAssembly memory a long text takes points at its stage.
//!   cargo bench --bench memory                 (make bench runs it)
//! Input: ~1 MB of news as one string (the corpus of the `stages` bench), analyzed by
//! `pipeline::run_owned` (the WebAssembly shell's path) after one warm-up analysis of the founding
//! article, as the JS bench's one-string memory measure does; then once more, when what a first
//! long text builds once (hash maps of the long tables, full regex builds) is already there.
//! It counts the bytes asked of the allocator, natively: pointers and `usize` take 8 bytes here and
//! 4 in WebAssembly, where the same structures take ~0.55–0.6× these. Allocator overhead and
//! fragmentation are not counted (`benches/HISTORY.md`, 2026-11-27: in WebAssembly they added ~2 MB
//! to a 1 MB text's peak). Under `cargo test --benches` it runs once over ~100 KB.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use storyline::Options;

#[path = "support/corpus.rs"]
mod corpus;

/// The system allocator, counting the bytes live and their peak since the last reset.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grown(n: usize) {
    let live = LIVE.fetch_add(n, Relaxed) + n;
    PEAK.fetch_max(live, Relaxed);
}

// SAFETY: every call is passed on to `System` unchanged; only counters are updated.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(l) };
        if !p.is_null() {
            grown(l.size());
        }
        p
    }
    unsafe fn alloc_zeroed(&self, l: Layout) -> *mut u8 {
        let p = unsafe { System.alloc_zeroed(l) };
        if !p.is_null() {
            grown(l.size());
        }
        p
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        unsafe { System.dealloc(p, l) };
        LIVE.fetch_sub(l.size(), Relaxed);
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, n: usize) -> *mut u8 {
        let q = unsafe { System.realloc(p, l, n) };
        if !q.is_null() {
            if n > l.size() {
                // A block that moves exists twice for a moment.
                PEAK.fetch_max(LIVE.load(Relaxed) + n, Relaxed);
                grown(n - l.size());
            } else {
                LIVE.fetch_sub(l.size() - n, Relaxed);
            }
        }
        q
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const KB: f64 = 1024.0;

/// Analyzes `text` and prints the live heap after each stage and its peak during it, relative to
/// the live heap before the call (the text's copy included).
fn measure(text: &str, title: &str) {
    let input = text.to_string();
    let base = LIVE.load(Relaxed);
    PEAK.store(base, Relaxed);
    let mut rows: Vec<(&'static str, usize, usize)> = Vec::new();
    let mut top = base;
    let (analysis, _input) =
        storyline::pipeline::run_owned_observed(input, &Options::new(), &mut |stage| {
            let (live, peak) = (LIVE.load(Relaxed), PEAK.swap(LIVE.load(Relaxed), Relaxed));
            top = top.max(peak);
            rows.push((stage, live, peak));
        })
        .expect("analyzes");
    let stages: Vec<&str> = rows.iter().map(|r| r.0).collect();
    assert_eq!(
        stages,
        [
            "normalize+tokens",
            "entity find",
            "temporal find",
            "refine",
            "resolve entities",
            "quotes",
            "resolve times",
            "timeline",
            "map back"
        ],
        "every stage reports, in the pipeline's order"
    );
    println!(
        "\n{title}: {:.0} KB of text; base line {:.0} KB live, the text's copy included",
        text.len() as f64 / KB,
        base as f64 / KB
    );
    println!(
        "  {:<18} {:>14} {:>18}",
        "stage", "live after, KB", "peak during, KB"
    );
    for (stage, live, peak) in &rows {
        let mark = if *peak == top { "  <- peak" } else { "" };
        println!(
            "  {:<18} {:>14.0} {:>18.0}{mark}",
            stage,
            live.saturating_sub(base) as f64 / KB,
            peak.saturating_sub(base) as f64 / KB
        );
    }
    let peak = top - base;
    println!(
        "  whole call: peak {:.0} KB over the base line, {:.1}x the text ({} mentions, {} times)",
        peak as f64 / KB,
        peak as f64 / text.len() as f64,
        analysis.mentions.len(),
        analysis.times.len()
    );
}

fn main() {
    // `cargo bench` passes --bench; `cargo test --benches` runs this once, small.
    let full = std::env::args().any(|a| a == "--bench");
    let text = corpus::news(if full { 1 << 20 } else { 100 * 1024 });
    let seed = include_str!("../tests/fixtures/seed-article.txt");
    drop(storyline::analyze(seed, &Options::new()).expect("warm-up"));
    println!("Live heap per stage, native (WebAssembly sizes are ~0.55-0.6x), one string through run_owned");
    measure(
        &text,
        "first long text (after one warm-up, as the JS bench)",
    );
    // (Texts under 128 KB keep the regex caches for the next text: a second 100 KB call can build
    // more than the first.)
    measure(&text, "the same text again");
}
