//! Court cases (rule `law:case-name`): two parties joined by a lower-case "v." ("Roe v. Wade",
//! "Brown v. Board of Education", "United States v. Nixon"), a name of the kind `law`. Without
//! it, "Wade" was a person and "Board of Education" an organization. Not "vs." nor "versus"
//! (a match: "Federer vs. Nadal"), nor a capital "V." (an initial: "Henry V. Ford").

use super::lexicon;
use super::Candidate;
use crate::model::Kind;
use crate::span::Span;
use crate::text::{Doc, Token, TokenKind};

/// The most tokens a party's name takes.
const MAX_PARTY: usize = 8;

/// Stage 3 finder: see the module docs.
pub fn find(doc: &Doc) -> Vec<Candidate> {
    let text = doc.text.as_str();
    let toks = &doc.tokens;
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        // "v." is one token or "v" with its full stop glued.
        let dot = match t.text(text) {
            "v." => i,
            "v" if toks
                .get(i + 1)
                .is_some_and(|d| d.text(text) == "." && d.start() == t.end()) =>
            {
                i + 1
            }
            _ => continue,
        };
        let (Some(first), Some(last)) = (party_before(text, toks, i), party_after(text, toks, dot))
        else {
            continue;
        };
        out.push(Candidate {
            span: Span::new(toks[first].start(), toks[last].end()),
            kind: Kind::Law,
            rule: "law:case-name",
            confidence: 0.97,
            canonical: None,
            link: None,
        });
    }
    out
}

/// A capitalized word.
fn capital(text: &str, t: &Token) -> bool {
    t.kind(text) == TokenKind::Word && t.is_capitalized(text)
}

/// The first token of the party's name that ends right before token `v`: capitalized words (not
/// a function word: "In", "The"), with "of", "the", "and" between two of them.
fn party_before(text: &str, toks: &[Token], v: usize) -> Option<usize> {
    let mut first = None;
    let mut k = v;
    while k > 0 && v - k < MAX_PARTY {
        k -= 1;
        let t = &toks[k];
        // Not a sentence's opening word ("In Dobbs v. Jackson").
        if capital(text, t) && !lexicon::is_non_name_word(t.text(text)) {
            first = Some(k);
        } else if first.is_none()
            || !matches!(t.text(text), "of" | "the" | "and")
            || !k.checked_sub(1).is_some_and(|p| capital(text, &toks[p]))
        {
            break;
        }
    }
    first
}

/// The last token of the party's name that starts right after token `dot`: capitalized words,
/// with "of", "the", "and" between two of them and a glued "'s" ("Jackson Women's Health
/// Organization").
fn party_after(text: &str, toks: &[Token], dot: usize) -> Option<usize> {
    let mut last = None;
    let mut k = dot + 1;
    while k < toks.len() && k - dot <= MAX_PARTY {
        let t = &toks[k];
        let glued_s = matches!(t.text(text), "'s" | "’s") && t.start() == toks[k - 1].end();
        if capital(text, t) || (glued_s && last.is_some()) {
            last = Some(k);
        } else if last.is_none()
            || !matches!(t.text(text), "of" | "the" | "and")
            || !toks.get(k + 1).is_some_and(|n| capital(text, n))
        {
            break;
        }
        k += 1;
    }
    last
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cases(text: &str) -> Vec<String> {
        crate::entity::found_surfaces(find, text)
    }

    #[test]
    fn two_parties_around_a_lower_case_v() {
        assert_eq!(
            cases("The court overturned Roe v. Wade and cited Brown v. Board of Education."),
            ["Roe v. Wade", "Brown v. Board of Education"]
        );
        assert_eq!(
            cases("In Dobbs v. Jackson Women's Health Organization, it ruled in 2022."),
            ["Dobbs v. Jackson Women's Health Organization"]
        );
        assert_eq!(
            cases("Federer vs. Nadal, Henry V. Ford, the v. 2 plan, a v. Wade."),
            Vec::<String>::new()
        );
    }
}
