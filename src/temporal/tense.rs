//! The tense of the clause a time expression sits in, from cue words near it (`tense.tsv`):
//! the nearest cue wins ("said on Wednesday that … is" → past), with verbs in -ed as past.
//! News reports default to the past.

use super::lexicon::LEX;
use crate::span::Span;
use crate::text::hash::{any_of, with_lowercase, Lower};
use crate::text::{Doc, Token, TokenKind};

/// A clause's tense, as far as weekday and month resolution needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    /// Reported past (the news default).
    Past,
    /// Present ("is", "says").
    Present,
    /// Future or scheduled ("will", "would", "is scheduled to").
    Future,
}

/// Words that end a clause for the purpose of finding its verb.
fn is_boundary(t: &str) -> bool {
    matches!(t, ";" | "\"" | "(" | ")" | ":")
}

/// How far the verb of an expression's clause is looked for: tokens to its left, then to its right.
const LEFT: usize = 14;
const RIGHT: usize = 8;

/// The tokens of the sentence holding byte offset `pos` (none if no sentence does).
fn sentence_tokens(doc: &Doc, pos: usize) -> &[Token] {
    doc.sentences
        .get(doc.sentence_at(pos))
        .map_or(&[], |s| &doc.tokens[s.tokens.clone()])
}

/// A word that opens a relative clause: looking left from an expression for its verb stops
/// there ("hoped she would bring aid to Kenya, where the Aug. 7 blasts killed 257": the verb
/// is "killed", to the right, not "would").
fn opens_relative_clause(t: &str) -> bool {
    any_of(t, &["where", "which", "who", "whom", "whose"])
}

/// A word that opens a subordinate or relative clause, which after a fronted expression comes
/// before the main clause's verb.
fn opens_subordinate_clause(t: &str) -> bool {
    any_of(
        t,
        &[
            "when", "while", "if", "because", "although", "though", "as", "after", "before",
            "since", "once", "where", "which", "who", "whom", "whose", "until",
        ],
    )
}

/// Whether an adverb of habit stands before the expression at `span` in its clause ("the rainy
/// season normally ends in April", "usually begins in October"): a month of every year.
pub fn habitual_left(doc: &Doc, span: Span) -> bool {
    let text = &doc.text;
    let toks = sentence_tokens(doc, span.start);
    let first = toks.partition_point(|t| t.start() < span.start);
    toks[first.saturating_sub(LEFT)..first]
        .iter()
        .rev()
        .map(|t| t.text(text))
        .take_while(|w| !is_boundary(w) && !any_of(w, &["but", "while", "although", "though"]))
        .any(|w| {
            any_of(
                w,
                &[
                    "usually",
                    "normally",
                    "typically",
                    "generally",
                    "traditionally",
                    "customarily",
                    "routinely",
                ],
            )
        })
}

/// The tense governing the expression at `span`: the nearest cue word before it within its clause
/// (up to `LEFT` tokens; a participle after "be" does not count), else the nearest after it (up
/// to `RIGHT`). No cue: the past.
pub fn tense_at(doc: &Doc, span: Span) -> Tense {
    tense_cue(doc, span).map(|(_, t)| t).unwrap_or(Tense::Past)
}

/// Like [`tense_at`], with how many tokens away the deciding cue is (`None`: no cue, the default
/// past). A deadline preposition ("by", "until", "extended to", "effective") counts as a present cue at
/// distance 1: the nearest occurrence.
pub fn tense_cue(doc: &Doc, span: Span) -> Option<(usize, Tense)> {
    cue_index(doc, span).map(|(d, t, _)| (d, t))
}

/// The cue word that decides an expression's tense (see [`tense_cue`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue<'a> {
    /// How many tokens away it is.
    pub distance: usize,
    /// The tense it cues.
    pub tense: Tense,
    /// The cue word as written ("" for a deadline preposition or "as soon as").
    pub word: &'a str,
    /// The word after it ("to" in "is to resume").
    pub next: &'a str,
}

impl Cue<'_> {
    /// Whether the cue word is one of `words` (lower case), in any case.
    pub fn is(&self, words: &[&str]) -> bool {
        any_of(self.word, words)
    }

    /// Whether the cue is a present of a verb of schedule (`tense.tsv`: "the offer expires
    /// Friday", "the trial begins in March", "the talks resume on Monday"): a plan, so the coming
    /// occurrence. (The table's other present words are "is", "are" and "says".)
    pub fn schedules(&self) -> bool {
        self.tense == Tense::Present && self.word.len() > 3 && !self.is(&["says"])
    }

    /// Whether the cue is a word of plan in the past: a plan overtaken ("previously scheduled
    /// for Monday", "had planned the attack on Friday").
    pub fn overtaken_plan(&self) -> bool {
        self.tense == Tense::Past
            && with_lowercase(self.word, |w| {
                LEX.tense.get(w).is_some_and(|x| *x == "future")
            })
    }

    /// The tense this cue gives a date it governs: its own, but the future for a present of
    /// schedule ("the offer expires Friday", "the trial begins in March", "the festival opens on
    /// Christmas Eve": the coming one).
    pub fn date_tense(&self) -> Tense {
        if self.schedules() {
            Tense::Future
        } else {
            self.tense
        }
    }
}

/// Like [`tense_cue`], with the cue word and the word after it.
pub fn cue(doc: &Doc, span: Span) -> Option<Cue<'_>> {
    let toks = sentence_tokens(doc, span.start);
    let (distance, tense, at) = cue_index(doc, span)?;
    let word = |j: Option<usize>| {
        j.and_then(|j| toks.get(j))
            .map_or("", |t| t.text(&doc.text))
    };
    Some(Cue {
        distance,
        tense,
        word: word(at),
        next: word(at.map(|i| i + 1)),
    })
}

/// The tense cue of the expression at `span`: distance, tense and the cue's token index in its
/// sentence (`None` for a deadline preposition or "as soon as").
fn cue_index(doc: &Doc, span: Span) -> Option<(usize, Tense, Option<usize>)> {
    let text = &doc.text;
    let toks = sentence_tokens(doc, span.start);
    let first = toks.partition_point(|t| t.start() < span.start);
    // "by Feb. 1", "until January", "through Nov. 17", "effective Feb. 1": a deadline or a start
    // date looks ahead whatever the verb.
    // "until at least Thursday": the preposition before the hedge.
    let hedge = first >= 3
        && toks[first - 1].text(text).eq_ignore_ascii_case("least")
        && toks[first - 2].text(text).eq_ignore_ascii_case("at");
    let mut before = if hedge { first - 2 } else { first };
    // "a curfew starting on Wednesday", "flights suspended beginning Friday", "effective from
    // Monday": the day a measure starts, a start date too.
    let starts = |w: &str| any_of(w, &["starting", "beginning", "effective"]);
    if before >= 2
        && any_of(toks[before - 1].text(text), &["on", "from"])
        && starts(toks[before - 2].text(text))
    {
        before -= 1;
    }
    if before > 0 && starts(toks[before - 1].text(text)) && !pluperfect_clause(text, toks, first) {
        return Some((1, Tense::Present, None));
    }
    if before > 0 {
        let p = toks[before - 1].text(text).lower();
        // "to" as a deadline ("extended to Nov. 20"), not as the end of a range ("from Sept. 14 to
        // Thursday", "from Friday through Sunday"), which the clause's verb places.
        let range = matches!(p.as_str(), "to" | "through" | "until" | "till")
            && toks[before.saturating_sub(8)..before]
                .iter()
                .any(|t| t.text(text).eq_ignore_ascii_case("from"));
        if matches!(
            p.as_str(),
            "by" | "until" | "till" | "through" | "before" | "to"
        ) && !range
            && !pluperfect_clause(text, toks, first)
        {
            // "the attack happened shortly before midnight on Saturday": "before" in a past
            // clause is no deadline (unlike "was postponed until Friday").
            // Nor "until" after a negated past ("the fighting did not end until Saturday",
            // "was not found until Monday"): the day it finally happened.
            if p == "before" || until_after_negation(text, toks, before - 1) {
                if let Some(c @ (_, Tense::Past, _)) = verb_cue_index(text, toks, span, first) {
                    return Some(c);
                }
            }
            return Some((1, Tense::Present, None));
        }
        // "as soon as Tuesday", "as early as next week": the earliest of things to come.
        if p == "as" && before >= 3 {
            let q = toks[before - 2].text(text).lower();
            let a = toks[before - 3].text(text).lower();
            if a == "as" && matches!(q.as_str(), "soon" | "early") {
                return Some((1, Tense::Future, None));
            }
        }
    }
    verb_cue_index(text, toks, span, first)
}

/// Whether token `at` is "until" or "till" after a negation in its clause ("did not end until
/// Saturday", "wasn't found until Monday"): with a past verb, the day it finally happened.
fn until_after_negation(text: &str, toks: &[Token], at: usize) -> bool {
    any_of(toks[at].text(text), &["until", "till"]) && negated(text, toks, at)
}

/// Whether the clause before token `at` (up to [`LEFT`] tokens, back to a boundary) holds a
/// negation ("not", "never", a word in "n't").
fn negated(text: &str, toks: &[Token], at: usize) -> bool {
    toks[at.saturating_sub(LEFT)..at]
        .iter()
        .rev()
        .map(|t| t.text(text))
        .take_while(|w| !is_boundary(w))
        .any(|w| any_of(w, &["not", "never"]) || w.ends_with("n't"))
}

/// [`cue_index`] from the verbs of the clause alone (no deadline preposition): `toks` are the
/// sentence's tokens, `first` the expression's first among them.
fn verb_cue_index(
    text: &str,
    toks: &[Token],
    span: Span,
    first: usize,
) -> Option<(usize, Tense, Option<usize>)> {
    let last = toks.partition_point(|t| t.start() < span.end);
    let cue = |i: usize| cue_at(text, toks, i);
    let mut best: Option<(usize, Tense, Option<usize>)> = None;
    // Left.
    let (mut crossed, mut other) = (false, None);
    let mut d = 0;
    let mut i = first;
    while i > 0 && d < LEFT {
        i -= 1;
        d += 1;
        // An expression opening a parenthesis restates a time of the clause before it ("will
        // leave at 4 in the morning (4 a.m. EDT Thursday)"): that clause's verb governs it.
        if i + 1 == first && toks[i].text(text) == "(" {
            d -= 1;
            continue;
        }
        if is_boundary(toks[i].text(text)) || opens_relative_clause(toks[i].text(text)) {
            // A quotation opened right after a verb of expectation is its object ("expected
            // "a gradual recovery in the second half""): the verb looks ahead for it.
            if toks[i].text(text) == "\"" && i > 0 && cue(i - 1) == Some(Tense::Future) {
                best = Some((d + 1, Tense::Future, Some(i - 1)));
            }
            break;
        }
        // ", but the last walkout on March 3 ended": past a comma and a conjunction, the cue
        // found belongs to another clause; it decides only when this clause shows no verb
        // after the expression ("will strike on Monday, and again on Friday").
        if !crossed
            && i > 0
            && toks[i - 1].text(text) == ","
            && ["but", "and", "while", "whereas"]
                .iter()
                .any(|c| toks[i].text(text).eq_ignore_ascii_case(c))
        {
            crossed = true;
        }
        if let Some(t) = cue(i) {
            if crossed {
                other = Some((d, t, Some(i)));
            } else {
                best = Some((d, t, Some(i)));
            }
            break;
        }
    }
    // Right, when the clause has no cue before the expression ("On Friday, the government planned").
    if best.is_some() {
        return best;
    }
    // A fronted expression ("On Friday, the government will announce …") sets the scene for the
    // clause after its comma: the verb is there, past a subject that may hold "and".
    // Not an expression that says its own direction ("A decade ago, the planning of …").
    let ago = last
        .checked_sub(1)
        .and_then(|j| toks.get(j))
        .is_some_and(|t| t.text(text).eq_ignore_ascii_case("ago"));
    let fronted = !ago
        && fronted(text, &toks[..first])
        && toks.get(last).is_some_and(|t| t.text(text) == ",");
    let (mut d, mut i, reach) = if fronted {
        (1, last + 1, RIGHT + FRONTED_EXTRA)
    } else {
        (0, last, RIGHT)
    };
    while i < toks.len() && d < reach {
        d += 1;
        let w = toks[i].text(text);
        // A coordinated clause after the expression has its own verb ("hit on Thursday and will leave").
        // After a fronted expression, a subordinate clause ("On Friday, when she arrived, …")
        // comes before the main verb: the clause's tense is unknown.
        if is_boundary(w)
            || w == ","
            || (!fronted && matches!(w, "and" | "but" | "or"))
            || (fronted && opens_subordinate_clause(w))
        {
            break;
        }
        if let Some(mut t) = cue(i) {
            // "On Friday, the government planned to pay": the planning happened that day.
            if fronted && t == Tense::Future && w.len() > 2 && w.ends_with("ed") {
                t = Tense::Past;
            }
            if best.is_none_or_worse(d) {
                best = Some((d, t, Some(i)));
            }
            break;
        }
        i += 1;
    }
    best.or(other)
}

/// How much further than [`RIGHT`] the verb of a fronted expression's clause is looked for (its
/// subject comes first: "On Tuesday, the National Rifle Association plans …").
const FRONTED_EXTRA: usize = 6;

/// Words that may precede a fronted expression at the head of its sentence.
const FRONT_WORDS: &[&str] = &[
    "on", "at", "in", "by", "since", "until", "till", "from", "before", "after", "also", "and",
    "but", "then", "late", "early", "earlier", "later", "as", "of", "so",
];

/// Whether `before` (the sentence's tokens before an expression) is empty or holds only
/// prepositions, conjunctions, quotes and the like: the expression opens its sentence.
fn fronted(text: &str, before: &[Token]) -> bool {
    before.len() <= 3
        && before.iter().all(|t| {
            let w = t.text(text);
            matches!(w, "\"" | "``" | "'" | "`" | "-" | "--") || any_of(w, FRONT_WORDS)
        })
}

/// The tense that token `i` of `toks` (one sentence's tokens) cues, if it is a cue word: a
/// form from `tense.tsv`, "set to", or a lower-case verb in -ed (not a participle after "be").
fn cue_at(text: &str, toks: &[Token], i: usize) -> Option<Tense> {
    let t = toks.get(i)?;
    if t.kind(text) != TokenKind::Word {
        return None;
    }
    // Lower-cased without allocating (asked for every word of every clause holding a time).
    with_lowercase(t.text(text), |w| cue_word(text, toks, i, w))
}

/// [`cue_at`] for token `i`, a word, lower-cased as `w`.
fn cue_word(text: &str, toks: &[Token], i: usize, w: &str) -> Option<Tense> {
    let t = &toks[i];
    // "set to resume": a plan. (Not "is to": "the exhibit is to run from January 23 through
    // March 9", said on January 28, would put its opening a year ahead.)
    if w == "set"
        && toks
            .get(i + 1)
            .is_some_and(|n| n.text(text).eq_ignore_ascii_case("to"))
    {
        return Some(Tense::Future);
    }
    // "set sentencing for April 17", "set a hearing for Friday", "the trial was set for May": a
    // date fixed for what is to come (not "set a record for", "set aside … for").
    if w == "set" && set_for(text, toks, i) {
        return Some(Tense::Future);
    }
    // A participle after a form of "be" ("will be paid", "will be named") is passive: the
    // tense is the auxiliary's, further left.
    let after_be = || {
        i.checked_sub(1).and_then(|j| toks.get(j)).is_some_and(|p| {
            let p = p.text(text);
            // "will remain closed", "stays shut": a state, not a past.
            any_of(
                p,
                &[
                    "be", "been", "being", "is", "are", "get", "gets", "remain", "remains", "stay",
                    "stays",
                ],
            )
        })
    };
    // "The election, to be held from April 19": a passive infinitive looks ahead.
    let after_to_be = || {
        i >= 2
            && toks[i - 1].text(text).eq_ignore_ascii_case("be")
            && toks[i - 2].text(text).eq_ignore_ascii_case("to")
            && !t.is_capitalized(text)
    };
    // "Sales in the second half are expected to improve": the present auxiliary of a word of
    // plan or expectation (`after-be` in `tense.tsv`) is a future.
    if matches!(w, "is" | "are")
        && toks
            .get(i + 1)
            .is_some_and(|n| with_lowercase(n.text(text), |n| LEX.future_after_be.contains(n)))
    {
        return Some(Tense::Future);
    }
    if let Some(x) = LEX.tense.get(w) {
        // The modals of possibility (`modal` in `tense.tsv`): "may return on Wednesday" looks
        // ahead, "may have died on Friday" back ("may have to wait": ahead). Lower-case only:
        // "May" is the month.
        if *x == "modal" {
            let is = |k: usize, s: &str| {
                toks.get(i + k)
                    .is_some_and(|n| n.text(text).eq_ignore_ascii_case(s))
            };
            return match t.is_capitalized(text) {
                true => None,
                false if is(1, "have") && !is(2, "to") => Some(Tense::Past),
                false => Some(Tense::Future),
            };
        }
        // A capitalized word after another word is part of a name ("won the French Open in
        // June"), not a verb; unless the sentence is in title case (a headline).
        if t.is_capitalized(text)
            && i.checked_sub(1)
                .is_some_and(|p| toks[p].kind(text) == TokenKind::Word)
            && !crate::text::is_headline(text, toks)
        {
            return None;
        }
        // "announced the plan Aug. 21", "its plans": the noun, not the verb, has no tense.
        if matches!(w, "plan" | "plans") && after_determiner(text, toks, i) {
            return None;
        }
        return match *x {
            // "had been due to expire Friday", "as previously planned": a plan overtaken.
            "future" if after_pluperfect(text, toks, i) => Some(Tense::Past),
            "future" => Some(Tense::Future),
            // A plural present of schedule ("the talks resume on Monday") may be an infinitive
            // ("due to expire Friday", "will begin mailing", "will formally take over": the
            // tense is the word's before it, further left) or a noun ("at the close of business
            // Thursday").
            "present"
                if w != "are"
                    && !w.ends_with('s')
                    && (after_determiner(text, toks, i) || after_auxiliary(text, toks, i)) =>
            {
                None
            }
            "present" => Some(Tense::Present),
            "none" => None,
            "past" if after_to_be() => Some(Tense::Future),
            _ if after_be() => None,
            _ => Some(Tense::Past),
        };
    }
    // Verbs in -ed (lower-case: "United" is a name), but not an adjective after a determiner
    // ("a still unspecified date", "the revised plan": the clause's verb is elsewhere).
    if w.len() > 4 && w.ends_with("ed") && !t.is_capitalized(text) {
        if after_to_be() {
            return Some(Tense::Future);
        }
        if after_be() || after_determiner(text, toks, i) {
            return None;
        }
        return Some(Tense::Past);
    }
    None
}

/// Whether "for" follows token `i` ("set") within three words, none of them "record" or "aside"
/// ("set sentencing for", "set a new trial date for").
fn set_for(text: &str, toks: &[Token], i: usize) -> bool {
    for t in toks.iter().skip(i + 1).take(4) {
        if t.kind(text) != TokenKind::Word {
            return false;
        }
        let w = t.text(text);
        if w.eq_ignore_ascii_case("for") {
            return true;
        }
        if any_of(w, &["record", "records", "aside", "up", "off", "out"]) {
            return false;
        }
    }
    false
}

/// Whether token `i` follows "to", a modal, "do" or "not", with at most one adverb in -ly between
/// ("will formally take", "did not go"), or "and"/"or" after one within eight words ("would double
/// trade by 2030 and host the forum"): a base form, not a present.
fn after_auxiliary(text: &str, toks: &[Token], i: usize) -> bool {
    let word = |k: Option<usize>| k.and_then(|k| toks.get(k)).map(|t| t.text(text));
    let auxiliary = |p: &str| {
        any_of(
            p,
            &[
                "to", "will", "would", "shall", "should", "may", "might", "can", "could", "must",
                "'ll", "not", "n't", "do", "does", "did",
            ],
        ) || p.ends_with("n't")
    };
    let mut p = word(i.checked_sub(1));
    if p.is_some_and(|p| p.len() > 4 && p.ends_with("ly")) {
        p = word(i.checked_sub(2));
    }
    if p.is_some_and(|p| any_of(p, &["and", "or"])) {
        return toks[i.saturating_sub(10)..i - 1]
            .iter()
            .rev()
            .take_while(|t| t.kind(text) != TokenKind::Punct)
            .any(|t| auxiliary(t.text(text)));
    }
    p.is_some_and(auxiliary)
}

/// Whether token `i` (a word of plan or expectation) follows "had", "had been", "previously" or
/// "originally": the plan was overtaken ("had planned the attack on Friday", "had been due to
/// expire Friday"), and the date it names is past.
fn after_pluperfect(text: &str, toks: &[Token], i: usize) -> bool {
    let word = |j: Option<usize>| j.and_then(|j| toks.get(j)).map(|t| t.text(text).lower());
    let p = word(i.checked_sub(1));
    matches!(p.as_deref(), Some("previously" | "originally" | "had"))
        || (p.as_deref() == Some("been") && word(i.checked_sub(2)).as_deref() == Some("had"))
}

/// Whether token `i` follows a determiner or possessive, with at most one adverb between
/// ("the revised plan", "a still unspecified date").
fn after_determiner(text: &str, toks: &[Token], i: usize) -> bool {
    let word = |j: usize| toks.get(j).map(|t| t.text(text).lower());
    let det = |w: Option<String>| w.is_some_and(|w| any_of(&w, DETERMINERS));
    let Some(p) = i.checked_sub(1) else {
        return false;
    };
    det(word(p))
        || (matches!(
            word(p).as_deref(),
            Some("still" | "yet" | "long" | "newly" | "recently" | "previously" | "widely")
        ) && p.checked_sub(1).is_some_and(|q| det(word(q))))
}

/// What stands between an expression and the past verb before it that governs it (see
/// [`past_left`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PastLeft {
    /// Nothing that looks ahead, and no "has" or "have" before the verb ("began testing the milk
    /// supply in December").
    Plain,
    /// An infinitive of the verb, no present perfect: the infinitive's time, after the verb's
    /// ("urged the opposition to pass a budget in October").
    Infinitive,
    /// No such past verb, a present perfect ("has decided to admit them in early March") or a
    /// "for" ("placed orders for November transactions").
    Other,
}

/// What stands between the expression at `span` and the past verb before it that governs it:
/// the first word that looks ahead ("for", an infinitive's "to"; not "to" before a determiner, a
/// number or a name: "changed from a fiscal year to a calendar year in December"), and whether
/// the verb is a present perfect.
pub fn past_left(doc: &Doc, span: Span) -> PastLeft {
    let text = &doc.text;
    let toks = sentence_tokens(doc, span.start);
    let first = toks.partition_point(|t| t.start() < span.start);
    let Some((_, Tense::Past, Some(at))) = cue_index(doc, span) else {
        return PastLeft::Other;
    };
    if at >= first || (at > 0 && any_of(toks[at - 1].text(text), &["has", "have", "having"])) {
        return PastLeft::Other;
    }
    let ahead = |k: usize| match toks[k].text(text) {
        "for" => Some(PastLeft::Other),
        "to" => toks
            .get(k + 1)
            .is_some_and(|n| {
                let n = n.text(text);
                !n.starts_with(|c: char| c.is_ascii_digit() || c.is_uppercase())
                    && !any_of(n, DETERMINERS)
                    && !n.eq_ignore_ascii_case("that")
            })
            .then_some(PastLeft::Infinitive),
        _ => None,
    };
    (at + 1..first).find_map(ahead).unwrap_or(PastLeft::Plain)
}

/// Words that open a noun phrase ("the revised plan"; after "to" they make it a preposition).
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "its", "their", "his", "her", "our", "your", "this", "these", "those",
    "each", "every",
];

/// Whether the clause of the expression at `span` is in the past perfect (see
/// `pluperfect_clause`).
pub fn in_pluperfect(doc: &Doc, span: Span) -> bool {
    let toks = sentence_tokens(doc, span.start);
    let first = toks.partition_point(|t| t.start() < span.start);
    pluperfect_clause(&doc.text, toks, first)
}

/// Whether the clause around token `first` is in the past perfect ("By March 1, the army had
/// taken the town", "had filed reports by Wednesday"): a deadline then is past.
fn pluperfect_clause(text: &str, toks: &[Token], first: usize) -> bool {
    had_in_clause(text, toks, first, RIGHT + FRONTED_EXTRA)
}

/// Whether "had" stands in the clause around token `first`: up to [`LEFT`] tokens before it and
/// `right` from it, neither past a clause boundary.
fn had_in_clause(text: &str, toks: &[Token], first: usize, right: usize) -> bool {
    let had = |t: &Token| t.text(text).eq_ignore_ascii_case("had");
    let left = toks[first.saturating_sub(LEFT)..first]
        .iter()
        .rev()
        .take_while(|t| !is_boundary(t.text(text)));
    let right = toks[first..]
        .iter()
        .take(right)
        .take_while(|t| !is_boundary(t.text(text)));
    left.chain(right).any(had)
}

/// Whether the expression at `span` follows "until", "till" or "by" in a clause that is not
/// in the past perfect: a deadline, which for a weekday is the coming one ("postponed until
/// Tuesday", "must decide by Friday"; not "had filed reports by Wednesday", "Until Thursday,
/// they had not called him").
pub fn after_deadline(doc: &Doc, span: Span) -> bool {
    let text = &doc.text;
    let toks = sentence_tokens(doc, span.start);
    let first = toks.partition_point(|t| t.start() < span.start);
    let prep = first
        .checked_sub(1)
        .and_then(|j| toks.get(j))
        .map(|t| t.text(text));
    let deadline = prep.is_some_and(|w| any_of(w, &["until", "till", "by"]));
    // "The fighting did not end until Saturday": the day it ended, past.
    let negated_past = deadline
        && until_after_negation(text, toks, first - 1)
        && matches!(
            verb_cue_index(text, toks, span, first),
            Some((_, Tense::Past, _))
        );
    deadline && !negated_past && !had_in_clause(text, toks, first, RIGHT)
}

/// Whether a cue word (a verb: see `cue_at`) stands between byte offsets `from` and `to` of one
/// sentence: the two sit in different clauses ("approved in 1987 …, had bought shares through
/// Sept. 29").
pub fn verb_between(doc: &Doc, from: usize, to: usize) -> bool {
    let text = &doc.text;
    let toks = sentence_tokens(doc, from);
    let a = toks.partition_point(|t| t.start() < from);
    let b = toks.partition_point(|t| t.start() < to);
    (a..b).any(|i| cue_at(text, toks, i).is_some())
}

trait Worse {
    fn is_none_or_worse(&self, d: usize) -> bool;
}
impl Worse for Option<(usize, Tense, Option<usize>)> {
    fn is_none_or_worse(&self, d: usize) -> bool {
        match self {
            None => true,
            Some((bd, _, _)) => d < *bd,
        }
    }
}

/// True when the clause around `span` states something planned or expected (for timeline status).
pub fn is_future(doc: &Doc, span: Span) -> bool {
    tense_at(doc, span) == Tense::Future
}
