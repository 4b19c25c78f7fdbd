//! A direct reader of the rule patterns' regex dialect into the regex crate's syntax tree
//! ([`Hir`]), folded for the lower-cased text as [`super::compile`] describes: the tree
//! `regex_syntax` would parse from the folded pattern ([`super::fold_pattern`]; `(?-u)` before it
//! in the ASCII variant), without its general parser (an abstract syntax tree with positions, then
//! a translation) and without the parser in the .wasm at all. Building the patterns a first
//! analysis needs spent more time in that parser than in compiling their automata.
//!
//! The dialect: literal characters (ASCII letters are lowered; in the exotic variant "s" and "k"
//! also match the two non-ASCII letters `(?i)` folds onto them); the escapes `\s \b`, `\d \w \B`
//! (ASCII variant), `\t \n \r` and escaped punctuation; classes `[...]` with ranges and those
//! escapes (letters in classes are not lowered: the patterns have none); groups `(?:...)`,
//! `(?P<name>...)`, `(...)` and `(?-u:...)`; alternation; the repetitions `? * + {n} {n,} {n,m}`,
//! each possibly lazy (`??`). The placeholders of a marked pattern ([`super::mark`]) are replaced
//! by their blocks. Anything else (`.`, anchors, other flags, negated classes) reads as `None`.
//! Every tree is built with the constructors the translator uses (`Hir::concat` merges literals,
//! `Hir::alternation` makes classes of single characters, ...); a test checks that every pattern
//! and block, in both variants, reads to the tree `regex_syntax` parses from its written-out form.

use regex_syntax::hir::{
    Capture, Class, ClassBytes, ClassBytesRange, ClassUnicode, ClassUnicodeRange, Hir, Look,
    Repetition,
};

/// What the reader builds: the regex crate's tree ([`Hir`], with its constructors), or the quick
/// engine's ([`super::quick::Node`], which keeps what it reads as it is).
pub trait Tree: Sized {
    /// A literal of bytes.
    fn literal(bytes: &[u8]) -> Self;
    /// A class of `ranges`: of characters in Unicode mode, of bytes otherwise (every range is
    /// then ASCII).
    fn class(ranges: Vec<(char, char)>, unicode: bool) -> Self;
    /// An assertion.
    fn look(look: Look) -> Self;
    /// `sub{min,max}`, lazy unless `greedy`.
    fn repetition(min: u32, max: Option<u32>, greedy: bool, sub: Self) -> Self;
    /// Capture group `index`.
    fn capture(index: u32, name: Option<Box<str>>, sub: Self) -> Self;
    /// A sequence.
    fn concat(items: Vec<Self>) -> Self;
    /// Two or more alternatives, the first preferred.
    fn alternation(branches: Vec<Self>) -> Self;
}

impl Tree for Hir {
    fn literal(bytes: &[u8]) -> Hir {
        Hir::literal(bytes)
    }

    /// `Hir::class` makes a one-character class a literal.
    fn class(ranges: Vec<(char, char)>, unicode: bool) -> Hir {
        if unicode {
            let r = ranges
                .into_iter()
                .map(|(a, b)| ClassUnicodeRange::new(a, b));
            Hir::class(Class::Unicode(ClassUnicode::new(r)))
        } else {
            // Every range is ASCII here (checked by the callers), so the casts are exact.
            let r = ranges
                .into_iter()
                .map(|(a, b)| ClassBytesRange::new(a as u8, b as u8));
            Hir::class(Class::Bytes(ClassBytes::new(r)))
        }
    }

    fn look(look: Look) -> Hir {
        Hir::look(look)
    }

    fn repetition(min: u32, max: Option<u32>, greedy: bool, sub: Hir) -> Hir {
        Hir::repetition(Repetition {
            min,
            max,
            greedy,
            sub: Box::new(sub),
        })
    }

    fn capture(index: u32, name: Option<Box<str>>, sub: Hir) -> Hir {
        Hir::capture(Capture {
            index,
            name,
            sub: Box::new(sub),
        })
    }

    fn concat(items: Vec<Hir>) -> Hir {
        Hir::concat(items)
    }

    fn alternation(branches: Vec<Hir>) -> Hir {
        Hir::alternation(branches)
    }
}

/// The tree of a marked rule pattern in the ASCII or `exotic` variant (see the module's doc);
/// `block(i)` gives the tree of placeholder `i`. `None` when the pattern leaves the dialect or is
/// malformed.
pub fn read<T: Tree>(pattern: &str, exotic: bool, block: &dyn Fn(usize) -> Option<T>) -> Option<T> {
    let mut r = Reader {
        s: pattern,
        at: 0,
        groups: 0,
        exotic,
        unicode: exotic,
        block,
    };
    let h = r.alternation()?;
    (r.at == r.s.len()).then_some(h)
}

struct Reader<'a, T> {
    s: &'a str,
    at: usize,
    /// Capture groups opened so far (their index is the count at their opening).
    groups: u32,
    /// The exotic variant: "s", "k" and `\s` take in their non-ASCII matches.
    exotic: bool,
    /// Unicode mode (the exotic variant outside `(?-u:...)`): classes are of characters.
    unicode: bool,
    block: &'a dyn Fn(usize) -> Option<T>,
}

/// Bytes with a meaning of their own outside classes.
fn special(c: u8) -> bool {
    matches!(
        c,
        b'(' | b')'
            | b'['
            | b']'
            | b'{'
            | b'}'
            | b'\\'
            | b'.'
            | b'^'
            | b'$'
            | b'*'
            | b'+'
            | b'?'
            | b'|'
    )
}

impl<T: Tree> Reader<'_, T> {
    fn peek(&self) -> Option<u8> {
        self.s.as_bytes().get(self.at).copied()
    }

    fn eat(&mut self, prefix: &str) -> bool {
        let found = self.s[self.at..].starts_with(prefix);
        if found {
            self.at += prefix.len();
        }
        found
    }

    fn next_char(&mut self) -> Option<char> {
        let c = self.s.get(self.at..)?.chars().next()?;
        self.at += c.len_utf8();
        Some(c)
    }

    /// Branches up to a `)` or the end.
    fn alternation(&mut self) -> Option<T> {
        let mut branches = vec![self.concat()?];
        while self.eat("|") {
            branches.push(self.concat()?);
        }
        Some(if branches.len() == 1 {
            branches.pop()?
        } else {
            T::alternation(branches)
        })
    }

    fn concat(&mut self) -> Option<T> {
        let mut items = Vec::new();
        loop {
            // Plain ASCII characters not followed by a repetition, gathered into one literal
            // (what `Hir::concat` would make of them one by one), in a small loop (small hot
            // loops: see `pipeline`; the reader runs once per pattern).
            let start = self.at;
            while self.plain_at(self.at) {
                self.at += 1;
            }
            if self.at > start {
                let run = self.s[start..self.at].to_ascii_lowercase();
                items.push(T::literal(run.as_bytes()));
            }
            match self.peek() {
                None | Some(b'|' | b')') => break,
                _ => items.push(self.item()?),
            }
        }
        Some(T::concat(items))
    }

    /// Whether the byte at `at` is a plain character of a literal run (see [`Reader::concat`]).
    fn plain_at(&self, at: usize) -> bool {
        let b = self.s.as_bytes();
        let Some(&c) = b.get(at) else { return false };
        let repeated = b
            .get(at + 1)
            .is_some_and(|n| matches!(n, b'?' | b'*' | b'+' | b'{'));
        let folds = self.exotic && matches!(c.to_ascii_lowercase(), b's' | b'k');
        c.is_ascii() && !special(c) && !folds && !repeated
    }

    /// An atom with its repetitions.
    #[inline(never)]
    fn item(&mut self) -> Option<T> {
        let mut atom = self.atom()?;
        while let Some((min, max)) = self.repetition()? {
            let greedy = !self.eat("?");
            atom = T::repetition(min, max, greedy, atom);
        }
        Some(atom)
    }

    /// A repetition operator, if one follows (`Some(None)` when none does); `None` when malformed.
    fn repetition(&mut self) -> Option<Option<(u32, Option<u32>)>> {
        let simple = match self.peek() {
            Some(b'?') => (0, Some(1)),
            Some(b'*') => (0, None),
            Some(b'+') => (1, None),
            Some(b'{') => {
                self.at += 1;
                let min = self.number()?;
                let max = if self.eat(",") {
                    if self.peek() == Some(b'}') {
                        None
                    } else {
                        Some(self.number()?)
                    }
                } else {
                    Some(min)
                };
                if !self.eat("}") || max.is_some_and(|m| m < min) {
                    return None;
                }
                return Some(Some((min, max)));
            }
            _ => return Some(None),
        };
        self.at += 1;
        Some(Some(simple))
    }

    fn number(&mut self) -> Option<u32> {
        let start = self.at;
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.at += 1;
        }
        self.s[start..self.at].parse().ok()
    }

    fn atom(&mut self) -> Option<T> {
        match self.peek()? {
            b'(' => {
                self.at += 1;
                self.group()
            }
            b'[' => {
                self.at += 1;
                self.class()
            }
            b'\\' => {
                self.at += 1;
                match self.peek()? {
                    b'b' if !self.unicode => {
                        self.at += 1;
                        Some(T::look(Look::WordAscii))
                    }
                    b'B' if !self.unicode => {
                        self.at += 1;
                        Some(T::look(Look::WordAsciiNegate))
                    }
                    _ => {
                        let mut set = Set::default();
                        self.escape(&mut set)?;
                        Some(set.tree(self.unicode))
                    }
                }
            }
            b'^' => {
                self.at += 1;
                Some(T::look(Look::Start))
            }
            b'$' => {
                self.at += 1;
                Some(T::look(Look::End))
            }
            c if special(c) => None,
            _ => {
                let ch = self.next_char()?;
                if ch == super::MARK {
                    let second = self.next_char()?;
                    let i = (second as u32).checked_sub(super::MARK as u32 + 1)?;
                    return (self.block)(i as usize);
                }
                let ch = ch.to_ascii_lowercase();
                match ch {
                    's' if self.exotic => {
                        Some(T::class(vec![('s', 's'), ('\u{17F}', '\u{17F}')], true))
                    }
                    'k' if self.exotic => {
                        Some(T::class(vec![('k', 'k'), ('\u{212A}', '\u{212A}')], true))
                    }
                    _ => {
                        let mut buf = [0u8; 4];
                        Some(T::literal(ch.encode_utf8(&mut buf).as_bytes()))
                    }
                }
            }
        }
    }

    /// After `(`: the group and its `)`.
    #[inline(never)]
    fn group(&mut self) -> Option<T> {
        let name = if self.eat("?:") {
            let h = self.alternation()?;
            return self.eat(")").then_some(h);
        } else if self.eat("?-u:") {
            let unicode = std::mem::replace(&mut self.unicode, false);
            let h = self.alternation();
            self.unicode = unicode;
            return self.eat(")").then_some(h?);
        } else if self.eat("?P<") {
            let start = self.at;
            while self
                .peek()
                .is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_')
            {
                self.at += 1;
            }
            let name = &self.s[start..self.at];
            if name.is_empty() || !self.eat(">") {
                return None;
            }
            Some(Box::<str>::from(name))
        } else if self.peek() == Some(b'?') {
            return None;
        } else {
            None
        };
        self.groups += 1;
        let index = self.groups;
        let sub = self.alternation()?;
        self.eat(")").then(|| T::capture(index, name, sub))
    }

    /// After `\`: what the escape stands for, added to `set`; `None` outside the dialect.
    fn escape(&mut self, set: &mut Set) -> Option<()> {
        let e = self.peek()?;
        self.at += 1;
        match e {
            b's' if self.exotic => set.0.extend_from_slice(UNICODE_SPACE),
            b's' => set.bytes(SPACE),
            b'd' if !self.unicode => set.bytes(DIGIT),
            b'w' if !self.unicode => set.bytes(WORD),
            b't' => set.one('\t'),
            b'n' => set.one('\n'),
            b'r' => set.one('\r'),
            e if e.is_ascii_punctuation() || e == b' ' => set.one(char::from(e)),
            _ => return None,
        }
        Some(())
    }

    /// After `[`: the class and its `]`.
    #[inline(never)]
    fn class(&mut self) -> Option<T> {
        if self.peek() == Some(b'^') {
            return None;
        }
        let mut set = Set::default();
        let first = self.at;
        loop {
            if self.peek()? == b']' && self.at > first {
                self.at += 1;
                break;
            }
            let lo = match self.class_item()? {
                Ok(c) => c,
                Err(ranges) => {
                    set.0.extend(ranges.0);
                    continue;
                }
            };
            // A range `lo-hi`, unless the `-` ends the class.
            let dash = self.peek() == Some(b'-');
            let hi = if dash && self.s.as_bytes().get(self.at + 1) != Some(&b']') {
                self.at += 1;
                if self.peek()? == b']' {
                    return None;
                }
                self.class_item()?.ok()?
            } else {
                lo
            };
            if hi < lo {
                return None;
            }
            set.0.push((lo, hi));
        }
        if !self.unicode && set.0.iter().any(|&(_, hi)| !hi.is_ascii()) {
            return None;
        }
        Some(set.tree(self.unicode))
    }

    /// One character of a class, or the ranges of an escape like `\s` (`Err`); `None` for a
    /// nested class or an escape outside the dialect.
    fn class_item(&mut self) -> Option<Result<char, Set>> {
        match self.peek()? {
            b'[' => None,
            b'\\' => {
                self.at += 1;
                let mut one = Set::default();
                self.escape(&mut one)?;
                Some(match one.0[..] {
                    [(a, b)] if a == b => Ok(a),
                    _ => Err(one),
                })
            }
            _ => Some(Ok(self.next_char()?)),
        }
    }
}

/// The ranges of a class being read.
#[derive(Default)]
struct Set(Vec<(char, char)>);

impl Set {
    fn one(&mut self, c: char) {
        self.0.push((c, c));
    }

    fn bytes(&mut self, ranges: &[(u8, u8)]) {
        self.0
            .extend(ranges.iter().map(|&(a, b)| (char::from(a), char::from(b))));
    }

    /// The class as a tree (see [`Tree::class`]).
    fn tree<T: Tree>(self, unicode: bool) -> T {
        T::class(self.0, unicode)
    }
}

/// `\s`, `\d` and `\w` in byte mode (ASCII), as byte ranges.
const SPACE: &[(u8, u8)] = &[(b'\t', b'\r'), (b' ', b' ')];
const DIGIT: &[(u8, u8)] = &[(b'0', b'9')];
const WORD: &[(u8, u8)] = &[(b'0', b'9'), (b'A', b'Z'), (b'_', b'_'), (b'a', b'z')];

/// Unicode's White_Space property (what [`super::UNICODE_SPACE`] spells out for `regex_syntax`).
const UNICODE_SPACE: &[(char, char)] = &[
    ('\t', '\r'),
    (' ', ' '),
    ('\u{85}', '\u{85}'),
    ('\u{A0}', '\u{A0}'),
    ('\u{1680}', '\u{1680}'),
    ('\u{2000}', '\u{200A}'),
    ('\u{2028}', '\u{2029}'),
    ('\u{202F}', '\u{202F}'),
    ('\u{205F}', '\u{205F}'),
    ('\u{3000}', '\u{3000}'),
];
