//! The stage order, in one place. Each stage is a function from the earlier stages' output to its
//! own; nothing downstream re-reads raw text by hand-computed offsets.
//!
//! | # | stage | module | why here |
//! |---|-------|--------|----------|
//! | 1 | normalize, with an offset map | [`crate::text::normalize`] | every rule should see one clean reading (web-copy line breaks joined, quotes unified); the map keeps highlights on the original characters |
//! | 2 | sentences and tokens | [`crate::text`] | rules work on tokens within sentences |
//! | 3 | find names: gazetteers, patterns, quantities | [`crate::entity::find`] | finders only propose candidates; they see the text, never each other |
//! | 4 | find times: temporal rules | [`crate::temporal::find`] | rules find and type expressions but never look at the reference date ("find first, resolve later") |
//! | 5 | refine names | [`crate::entity::refine`] | overlaps settled (times win over names they cover: "May" the month), one sense per document |
//! | 6 | resolve entities | [`crate::entity::resolve`] | needs the final mention set: aliases, acronyms, roles, salience |
//! | 7 | quotes | [`crate::entity::quotes`] | needs entities to attribute speakers |
//! | 8 | reference date | [`crate::temporal::dateline`] | the option, else a dateline found in the text, else none |
//! | 9 | resolve times | [`crate::temporal::resolve`] | needs the reference date and the earlier expressions (anaphora) |
//! | 10 | timeline | [`crate::timeline`] | needs resolved times, sentences and entities |
//! | 11 | map spans back | [`crate::span::OffsetMap`] | once, at the end: the result points into the input |

use crate::error::Error;
use crate::model::*;
use crate::options::{Options, MAX_INPUT_BYTES};
use crate::span::Span;
use crate::text::Doc;
use crate::{entity, temporal, timeline};

/// Runs every stage over `input`. See the module docs for the order.
pub fn run(input: &str, options: &Options) -> Result<Analysis, Error> {
    if input.len() > MAX_INPUT_BYTES {
        return Err(Error::too_large(input.len(), MAX_INPUT_BYTES));
    }
    // 1–2
    let doc = Doc::new(input);
    // 3
    let names = entity::find(&doc);
    // 4
    let found_times = temporal::find(&doc);
    // 5
    let names = entity::refine(&doc, names, &found_times);
    // 6
    let (mentions, entities) = entity::resolve(&doc, names);
    // 7
    let quotes = entity::quotes::find(&doc, &mentions, &entities);
    // 8
    let reference = match options.reference_date {
        Some(d) => Reference {
            date: Some(d.to_string()),
            source: ReferenceSource::Option,
            evidence: None,
        },
        None => match temporal::dateline::detect(&doc, &found_times) {
            Some((d, span)) => Reference {
                date: Some(d.to_string()),
                source: ReferenceSource::Dateline,
                evidence: Some(Cue {
                    start: span.start,
                    end: span.end,
                    text: String::new(),
                }),
            },
            None => Reference {
                date: None,
                source: ReferenceSource::None,
                evidence: None,
            },
        },
    };
    let ref_date = reference
        .date
        .as_deref()
        .and_then(|d| crate::Date::parse_iso(d).ok());
    // 9
    let times = temporal::resolve(&doc, &found_times, ref_date);
    // 10
    let timeline = timeline::build(&doc, &mentions, &entities, &found_times, &times, ref_date);
    let mut warnings = Vec::new();
    if ref_date.is_none() && times.iter().any(|t| t.resolution.method == "unresolved") {
        warnings.push(
            "no reference date given or found in the text: relative dates are left unresolved (e.g. XXXX-WXX-4)"
                .to_string(),
        );
    }
    let sentences = doc.sentences.iter().map(|s| s.span).collect();
    let analysis = Analysis {
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
    };
    // 11
    Ok(map_back(&doc, input, analysis))
}

/// Maps every span of `a` from normalized to input offsets and fills in the covered texts.
fn map_back(doc: &Doc, input: &str, mut a: Analysis) -> Analysis {
    let m = |s: usize, e: usize| -> (usize, usize, String) {
        let sp = doc.map.span(Span::new(s, e));
        (sp.start, sp.end, sp.slice(input).to_string())
    };
    for x in &mut a.mentions {
        (x.start, x.end, x.text) = m(x.start, x.end);
    }
    for e in &mut a.entities {
        for r in &mut e.roles {
            let (s, en, _) = m(r.start, r.end);
            (r.start, r.end) = (s, en);
        }
    }
    for x in &mut a.times {
        (x.start, x.end, x.text) = m(x.start, x.end);
    }
    for x in &mut a.timeline {
        (x.start, x.end, x.text) = m(x.start, x.end);
    }
    for q in &mut a.quotes {
        (q.start, q.end, q.text) = m(q.start, q.end);
        if let Some(c) = &mut q.cue {
            (c.start, c.end, c.text) = m(c.start, c.end);
        }
    }
    if let Some(c) = &mut a.reference.evidence {
        (c.start, c.end, c.text) = m(c.start, c.end);
    }
    for s in &mut a.sentences {
        *s = doc.map.span(*s);
    }
    a
}
