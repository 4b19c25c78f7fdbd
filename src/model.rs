//! The result of an analysis: mentions, entities, times, timeline, quotes.
//!
//! These types serialize to the document defined in `SCHEMA.md` (and typed in the README).
//! Inside the core, offsets are byte offsets into the original text ([`Offsets::Utf8`]);
//! [`Analysis::into_utf16`] converts every span to UTF-16 code units, which is what both the CLI
//! and the WASM API emit.

use crate::span::{Span, Utf16Index};
use serde::Serialize;

/// Serializes a score as an `f64` rounded to 3 decimals, so every serializer prints the same
/// number: an `f32` widened by JavaScript would print as 0.800000011920929 where JSON says 0.8.
fn round3<S: serde::Serializer>(x: &f32, s: S) -> Result<S::Ok, S::Error> {
    let v = (f64::from(*x) * 1000.0).round() / 1000.0;
    s.serialize_f64(if v.is_finite() { v } else { 0.0 })
}

/// What a mention or entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A named person.
    Person,
    /// A company, agency, ministry, party, team, news service…
    Organization,
    /// A country, region, city, geographic feature or named facility.
    Place,
    /// Nationalities, religious or political groups (NORP).
    Group,
    /// A named event (wars, summits, games).
    Event,
    /// A work of art, book, programme.
    Work,
    /// A product.
    Product,
    /// A named law or treaty.
    Law,
    /// Money, percentages, counts with their unit.
    Quantity,
    /// Anything else worth naming.
    Other,
}

impl Kind {
    /// The lower-case name used in JSON and in the data tables.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Person => "person",
            Kind::Organization => "organization",
            Kind::Place => "place",
            Kind::Group => "group",
            Kind::Event => "event",
            Kind::Work => "work",
            Kind::Product => "product",
            Kind::Law => "law",
            Kind::Quantity => "quantity",
            Kind::Other => "other",
        }
    }
    /// Every kind, in declaration order.
    pub const ALL: [Kind; 10] = [
        Kind::Person,
        Kind::Organization,
        Kind::Place,
        Kind::Group,
        Kind::Event,
        Kind::Work,
        Kind::Product,
        Kind::Law,
        Kind::Quantity,
        Kind::Other,
    ];

    /// Parses a table or JSON kind name (the inverse of [`Kind::as_str`]).
    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// Which unit `start`/`end` offsets are counted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Offsets {
    /// Bytes of the UTF-8 text (inside the Rust core).
    #[default]
    Utf8,
    /// UTF-16 code units (JavaScript string indices): what the CLI and WASM emit.
    Utf16,
}

/// One occurrence of a name in the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mention {
    /// Start offset (see [`Analysis::offsets`]).
    pub start: usize,
    /// End offset, exclusive.
    pub end: usize,
    /// The text covered, exactly as in the input.
    pub text: String,
    /// What it names.
    pub kind: Kind,
    /// Index into [`Analysis::entities`].
    pub entity: usize,
    /// The rule that produced the mention (e.g. `gazetteer:place`, `title+name`): a name from
    /// the rule tables, shared by every mention it produced (no copy per mention).
    pub rule: &'static str,
    /// How sure the rule is, 0..=1 (serialized rounded to 3 decimals).
    #[serde(serialize_with = "round3")]
    pub confidence: f32,
}

/// A role stated for a person ("Kremlin spokesman Dmitry Peskov").
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Role {
    /// The role as written ("Kremlin spokesman", "US President").
    pub role: String,
    /// Where it was stated: start offset.
    pub start: usize,
    /// Where it was stated: end offset, exclusive.
    pub end: usize,
    /// The rule that attached it.
    pub rule: String,
}

/// Something the text names one or more times, with one canonical name.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entity {
    /// Its index in [`Analysis::entities`].
    pub id: usize,
    /// What it is.
    pub kind: Kind,
    /// Canonical name ("Vladimir Putin" for "Putin", "United States" for "US").
    pub name: String,
    /// Indices into [`Analysis::mentions`], in text order.
    pub mentions: Vec<usize>,
    /// Other surface forms used for it, distinct from `name`.
    pub aliases: Vec<String>,
    /// Roles stated for it, in text order.
    pub roles: Vec<Role>,
    /// How central it is to the article, 0..=1 (mentions, first position, headline).
    #[serde(serialize_with = "round3")]
    pub salience: f32,
    /// For a group (nationality), the place it belongs to ("Ukrainian" → "Ukraine").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}

/// TIMEX3 type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TimexType {
    /// A calendar date or period (day, week, month, year, PRESENT_REF…).
    Date,
    /// A time of day.
    Time,
    /// A length of time ("30-day", "months").
    Duration,
    /// A recurring time ("every Monday").
    Set,
}

/// How a time value was resolved, so the page can explain it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Resolution {
    /// The resolution rule, e.g. `absolute`, `weekday:past`, `anaphoric:day-before`, `unresolved`.
    pub method: String,
    /// What the value is relative to: `none` (absolute), `reference` (the reference date) or `time`.
    pub anchor: AnchorKind,
    /// With `anchor: time`, the index in [`Analysis::times`] of the anchoring expression.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub anchor_time: Option<usize>,
}

/// What a resolved time value depends on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum AnchorKind {
    /// Fully specified in the text.
    None,
    /// Resolved against the reference (document) date.
    Reference,
    /// Resolved against another time expression in the narrative.
    Time,
}

/// A temporal expression with its TIMEX3 normalization.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Timex {
    /// Start offset.
    pub start: usize,
    /// End offset, exclusive.
    pub end: usize,
    /// The text covered.
    pub text: String,
    /// TIMEX3 type.
    #[serde(rename = "type")]
    pub ty: TimexType,
    /// TIMEX3 value ("2025-03-13", "P30D", "PRESENT_REF", "XXXX-WXX-4"), `None` if none could be given.
    pub value: Option<String>,
    /// TIMEX3 `mod` ("START", "MID", "END", "APPROX", "BEFORE", "AFTER"…).
    #[serde(rename = "mod", skip_serializing_if = "Option::is_none")]
    pub modifier: Option<String>,
    /// The rule that found it (a name from the rule tables, not copied per expression).
    pub rule: &'static str,
    /// How its value was resolved.
    pub resolution: Resolution,
}

/// A direct quotation and who said it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quote {
    /// Start offset of the quoted text (inside the quotation marks).
    pub start: usize,
    /// End offset, exclusive.
    pub end: usize,
    /// The quoted text.
    pub text: String,
    /// Index into [`Analysis::entities`] of the speaker, if attributed.
    pub speaker: Option<usize>,
    /// The attribution cue ("Putin said", "he added"), if any.
    pub cue: Option<Cue>,
    /// The rule that attributed it.
    pub rule: String,
}

/// A piece of text with its offsets.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cue {
    /// Start offset.
    pub start: usize,
    /// End offset, exclusive.
    pub end: usize,
    /// The text covered.
    pub text: String,
}

/// Reported, scheduled or background: how a timeline entry relates to the reporting time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EventStatus {
    /// Something reported as having happened.
    Reported,
    /// Something planned or expected (future tense, "will", "is scheduled").
    Scheduled,
    /// Context: a state or period ("since 2022", "for months").
    Background,
}

/// One dated event of the timeline.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimelineEntry {
    /// The TIMEX3 value that dates the event.
    pub value: String,
    /// Start offset of the event's clause or sentence.
    pub start: usize,
    /// End offset, exclusive.
    pub end: usize,
    /// The clause or sentence.
    pub text: String,
    /// Entities taking part (indices into [`Analysis::entities`]).
    pub entities: Vec<usize>,
    /// The time expressions that date it (indices into [`Analysis::times`]); the first is the dating one.
    pub times: Vec<usize>,
    /// `day`, `week`, `month`, `quarter`, `season`, `year`, `decade`, `century`, `time`, `present`.
    pub granularity: String,
    /// First day of the period the value names (`YYYY-MM-DD`), for sorting and drawing.
    pub from: Option<String>,
    /// Last day of that period.
    pub to: Option<String>,
    /// Reported, scheduled or background.
    pub status: EventStatus,
    /// True for "since …" (the date starts an open range) or vague values.
    pub open_ended: bool,
    /// Durations stated for the event ("30-day"): indices into [`Analysis::times`].
    pub durations: Vec<usize>,
}

/// Where the reference date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ReferenceSource {
    /// Given in [`crate::Options`].
    Option,
    /// Found in a dateline, byline or date line of the text.
    Dateline,
    /// None given or found: relative dates stay unresolved.
    None,
}

/// The reference (document) date used to resolve relative expressions.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reference {
    /// `YYYY-MM-DD`, or `None` when there was none.
    pub date: Option<String>,
    /// Where it came from.
    pub source: ReferenceSource,
    /// For a dateline: the text that gave it (also for a dateline without a year: see `partial`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Cue>,
    /// With no date: a dateline's month and day when neither it nor the article writes a year
    /// (`--02-27`, ISO 8601's form without a year), so a caller may supply the year.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub partial: Option<String>,
    /// For a dateline without a year: the expression whose year the date took (the latest year
    /// the article writes, "in January 2018"), so a reader can check the guess.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub year_evidence: Option<Cue>,
}

/// Everything Storyline found in one text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Analysis {
    /// The reference date used, `YYYY-MM-DD` (same as `reference.date`; kept for the schema).
    pub reference_date: Option<String>,
    /// The reference date and where it came from.
    pub reference: Reference,
    /// Unit of every `start`/`end` in this document.
    pub offsets: Offsets,
    /// Names found, in text order.
    pub mentions: Vec<Mention>,
    /// What the mentions refer to.
    pub entities: Vec<Entity>,
    /// Temporal expressions, in text order.
    pub times: Vec<Timex>,
    /// Dated events, chronologically.
    pub timeline: Vec<TimelineEntry>,
    /// Direct quotations.
    pub quotes: Vec<Quote>,
    /// Sentence spans of the (normalized) reading, mapped to the input.
    pub sentences: Vec<Span>,
    /// Anything the caller should know (e.g. "no reference date: relative dates are unresolved").
    pub warnings: Vec<String>,
}

impl Analysis {
    /// Calls `f` with every span of the document: its start, its end and, for the items that
    /// carry one, the text it covers. One walk shared by the offset conversions (the pipeline's
    /// map back to the input and [`Analysis::into_utf16`]).
    pub(crate) fn each_span(
        &mut self,
        f: &mut dyn FnMut(&mut usize, &mut usize, Option<&mut String>),
    ) {
        for m in &mut self.mentions {
            f(&mut m.start, &mut m.end, Some(&mut m.text));
        }
        for e in &mut self.entities {
            for r in &mut e.roles {
                f(&mut r.start, &mut r.end, None);
            }
        }
        for t in &mut self.times {
            f(&mut t.start, &mut t.end, Some(&mut t.text));
        }
        for t in &mut self.timeline {
            f(&mut t.start, &mut t.end, Some(&mut t.text));
        }
        for q in &mut self.quotes {
            f(&mut q.start, &mut q.end, Some(&mut q.text));
            if let Some(c) = &mut q.cue {
                f(&mut c.start, &mut c.end, Some(&mut c.text));
            }
        }
        for s in &mut self.sentences {
            f(&mut s.start, &mut s.end, None);
        }
        for c in [
            &mut self.reference.evidence,
            &mut self.reference.year_evidence,
        ]
        .into_iter()
        .flatten()
        {
            f(&mut c.start, &mut c.end, Some(&mut c.text));
        }
    }

    /// Converts every offset from UTF-8 bytes to UTF-16 code units of `text` (the analyzed input).
    /// Does nothing if the offsets are already UTF-16.
    pub fn into_utf16(mut self, text: &str) -> Analysis {
        if self.offsets == Offsets::Utf16 {
            return self;
        }
        let ix = Utf16Index::new(text);
        if !ix.is_identity() {
            self.each_span(&mut |s, e, _| {
                *s = ix.utf16(*s);
                *e = ix.utf16(*e);
            });
        }
        self.offsets = Offsets::Utf16;
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kind_names_parse_back() {
        // Each variant once (as_str's match lists every variant, so a missing one would show as
        // a name that does not parse back or as fewer distinct names).
        let names: std::collections::BTreeSet<&str> =
            Kind::ALL.iter().map(|k| k.as_str()).collect();
        assert_eq!(names.len(), Kind::ALL.len());
        for k in Kind::ALL {
            assert_eq!(Kind::parse(k.as_str()), Some(k), "{k:?}");
        }
        for bad in ["", "Person", "people", "org"] {
            assert_eq!(Kind::parse(bad), None, "{bad:?}");
        }
    }
}
