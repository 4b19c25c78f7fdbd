//! The stage order, in one place. Each stage is a function from the earlier stages' output to its
//! own; nothing downstream re-reads raw text by hand-computed offsets.
//!
//! | # | stage | module | why here |
//! |---|-------|--------|----------|
//! | 1 | normalize, with an offset map | [`crate::text::normalize`] | every rule should see one clean reading (web-copy line breaks joined, quotes unified); the map keeps highlights on the original characters |
//! | 2 | sentences and tokens | [`crate::text`] | rules work on tokens within sentences |
//! | 3 | find names: gazetteers, patterns, quantities | [`crate::entity::find`] | finders only propose candidates; they see the text, never each other |
//! | 4 | find times: temporal rules | [`crate::temporal::find`] | rules find and type expressions but never look at the reference date ("find first, resolve later") |
//! | 5 | refine names | [`crate::entity::refine`](mod@crate::entity::refine) | overlaps settled (times win over names they cover: "May" the month; a listed organization keeps the times inside it: "Sheffield Wednesday"), one sense per document |
//! | 6 | resolve entities | [`crate::entity::resolve`](mod@crate::entity::resolve) | needs the final mention set: aliases, acronyms, roles, salience |
//! | 7 | quotes | [`crate::entity::quotes`] | needs entities to attribute speakers |
//! | 8 | reference date | [`crate::temporal::dateline`] | the option, else a dateline found in the text, else none |
//! | 9 | resolve times | [`crate::temporal::resolve`](mod@crate::temporal::resolve) | needs the reference date and the earlier expressions (anaphora) |
//! | 10 | timeline | [`crate::timeline`] | needs resolved times, sentences and entities |
//! | 11 | map spans back | [`crate::span::OffsetMap`] | once, at the end: the result points into the input |
//!
//! # Small hot loops (the first call in a browser)
//!
//! In WebAssembly, V8 first runs every function as compiled by its baseline compiler, counts the
//! code each function runs (the size of a loop's body on each turn, the function's size on each
//! call), and recompiles a function with its optimizing compiler, on background threads, once
//! that count passes a threshold. On a machine with few cores those threads compete with the
//! analysis itself, and a first analysis that made many large functions hot waited for them (the
//! founding article: ~20 ms of ~60). So the stages keep per-item work that most items skip
//! (tokens that start no name, surface hits off token boundaries, table lines) in small
//! out-of-line functions, and keep the loops that walk every token or line small: one article no
//! longer makes them hot, and later calls still get them optimized. The places that do this say
//! so with "(small hot loops: see `pipeline`)".

use crate::error::Error;
use crate::model::*;
use crate::options::{Options, MAX_INPUT_BYTES};
use crate::span::{OffsetMap, Span};
use crate::text::Doc;
use crate::{entity, temporal, timeline};

/// Runs every stage over `input`. See the module docs for the order.
pub fn run(input: &str, options: &Options) -> Result<Analysis, Error> {
    if input.len() > MAX_INPUT_BYTES {
        return Err(Error::too_large(input.len(), MAX_INPUT_BYTES));
    }
    // 1–2
    let doc = Doc::new(input);
    debug_assert_eq!(
        doc.map.original(&doc.text),
        input,
        "the map gives back the input"
    );
    let analysis = stages(&doc, String::new(), options, &mut |_| {});
    // 11
    Ok(map_back(&doc.map, input, analysis))
}

/// [`run`] for a caller that hands over the input: once normalized, its buffer is emptied and
/// holds the temporal stage's lower-cased copy of the text, then is freed, so the stages run
/// without another copy of the text (WebAssembly memory never shrinks); the input is rebuilt from
/// the normalized text and the offset map at the end, once the tokens are gone. Returns the
/// analysis and the input (for [`Analysis::into_utf16`]).
pub fn run_owned(input: String, options: &Options) -> Result<(Analysis, String), Error> {
    run_owned_observed(input, options, &mut |_| {})
}

/// [`run_owned`], calling `after` with each stage's name once it is done ("normalize+tokens",
/// "entity find", … "map back"): `cargo bench --bench memory` reads the live heap there.
pub fn run_owned_observed(
    input: String,
    options: &Options,
    after: &mut dyn FnMut(&'static str),
) -> Result<(Analysis, String), Error> {
    if input.len() > MAX_INPUT_BYTES {
        return Err(Error::too_large(input.len(), MAX_INPUT_BYTES));
    }
    // 1–2
    let (doc, spare) = Doc::from_owned(input);
    after("normalize+tokens");
    let analysis = stages(&doc, spare, options, after);
    // 11
    // Drop the tokens and sentences now (a partial move would keep them to the end of the
    // function): the input is rebuilt in the normalized text's buffer, which then grows in place
    // into the tokens' room instead of growing the memory.
    let Doc {
        text,
        map,
        sentences,
        tokens,
        newlines,
    } = doc;
    drop((sentences, tokens, newlines));
    let input = map.into_original(text);
    let analysis = map_back(&map, &input, analysis);
    after("map back");
    Ok((analysis, input))
}

/// Stages 3–10 over the normalized document; spans stay in normalized offsets. `spare` is room
/// for the temporal stage's lower-cased copy (see [`Doc::from_owned`]).
fn stages(
    doc: &Doc,
    spare: String,
    options: &Options,
    after: &mut dyn FnMut(&'static str),
) -> Analysis {
    // 3
    let names = entity::find(doc);
    after("entity find");
    // 4
    let mut found_times = temporal::find_with(doc, spare);
    after("temporal find");
    // 5
    let names = entity::refine(doc, names, &found_times);
    entity::refine::drop_times_in_listed_names(&names, &mut found_times);
    after("refine");
    // 6
    let (mentions, entities) = entity::resolve(doc, names);
    after("resolve entities");
    // 7
    let quotes = entity::quotes::find(doc, &mentions, &entities);
    after("quotes");
    // 8
    let read = temporal::dateline::read(doc, &found_times);
    let cue = |span: Span| Cue {
        start: span.start,
        end: span.end,
        text: String::new(),
    };
    let (dateline, yearless) = match read {
        Some((Ok((d, from)), span)) => (Some((d, span, from)), None),
        Some((Err(md), span)) => (None, Some((md, span))),
        None => (None, None),
    };
    let reference = match options.reference_date {
        Some(d) => Reference {
            date: Some(d.to_string()),
            source: ReferenceSource::Option,
            evidence: None,
            partial: None,
            year_evidence: None,
        },
        None => match dateline {
            Some((d, span, from)) => Reference {
                date: Some(d.to_string()),
                source: ReferenceSource::Dateline,
                evidence: Some(cue(span)),
                partial: None,
                year_evidence: from.map(cue),
            },
            None => Reference {
                date: None,
                source: ReferenceSource::None,
                evidence: yearless.map(|(_, span)| cue(span)),
                partial: yearless.map(|((m, d), _)| format!("--{m:02}-{d:02}")),
                year_evidence: None,
            },
        },
    };
    let ref_date = reference
        .date
        .as_deref()
        .and_then(|d| crate::Date::parse_iso(d).ok());
    // 9
    let times = temporal::resolve(doc, &found_times, ref_date);
    after("resolve times");
    // 10
    let timeline = timeline::build(
        doc,
        &mentions,
        &entities,
        &found_times,
        &times,
        ref_date,
        dateline.map(|(_, span, _)| span),
    );
    after("timeline");
    let mut warnings = Vec::new();
    if ref_date.is_none() && times.iter().any(|t| t.resolution.method == "unresolved") {
        warnings.push(
            "no reference date given or found in the text: relative dates are left unresolved (e.g. XXXX-WXX-4)"
                .to_string(),
        );
    }
    let sentences = doc.sentences.iter().map(|s| s.span).collect();
    Analysis {
        reference_date: reference.date.clone(),
        reference,
        offsets: Offsets::Utf8,
        mentions,
        entities,
        times,
        timeline,
        quotes,
        sentences,
        warnings,
    }
}

/// Maps every span of `a` from normalized to input offsets and fills in the covered texts.
fn map_back(map: &OffsetMap, input: &str, mut a: Analysis) -> Analysis {
    a.each_span(&mut |s, e, text| {
        let sp = map.span(Span::new(*s, *e));
        (*s, *e) = (sp.start, sp.end);
        if let Some(t) = text {
            // Mostly the same text (normalization changed nothing there); else its allocation
            // is reused.
            let original = sp.slice(input);
            if t != original {
                t.clear();
                t.push_str(original);
            }
        }
    });
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The owned run (input freed while the stages run, rebuilt at the end) gives the same
    /// analysis and hands back the same input.
    #[test]
    fn owned_run_equals_borrowed_run() {
        let seed = include_str!("../tests/fixtures/seed-article.txt");
        let dated = Options::new()
            .with_reference_date("2025-03-13")
            .expect("date");
        let table: &[(&str, &str, &Options)] = &[
            ("founding article", seed, &dated),
            (
                "crlf and curly quotes",
                "“Yes,” said Anna Müller in Zürich on Monday.\r\nThe\nRussian ministry met.",
                &Options::new(),
            ),
            (
                "controls",
                "\u{feff}Paris, March 13 - \u{0}It rained\u{ad} on\u{a0}Thursday.",
                &Options::new(),
            ),
            ("empty", "", &Options::new()),
        ];
        for (name, text, opts) in table {
            let borrowed = run(text, opts).expect("analyzes");
            let (owned, input) = run_owned(text.to_string(), opts).expect("analyzes");
            assert_eq!(owned, borrowed, "{name}");
            assert_eq!(input, *text, "{name}");
        }
        let big = "x".repeat(MAX_INPUT_BYTES + 1);
        assert!(run_owned(big, &Options::new()).is_err());
    }
}
