//! A direct reader of the rule patterns' regex dialect into the regex crate's syntax tree ([`Hir`]),
//! for the ASCII variant ([`super::compile`]): what `regex_syntax` would give for `(?-u)` and the
//! folded pattern, without its general parser (an abstract syntax tree with positions, then a
//! translation). Building the patterns a first analysis needs spent more time in that parser
//! than in compiling their automata.
//!
//! The dialect: literal characters; the escapes `\s \d \w \b \B`, `\t \n \r` and escaped
//! punctuation; classes `[...]` with ranges and those escapes; groups `(?:...)`, `(?P<name>...)`,
//! `(...)` and `(?-u:...)`, a leading `(?-u)`; alternation; the repetitions `? * + {n} {n,}
//! {n,m}`, each possibly lazy (`??`). The placeholders of a marked pattern ([`super::mark`]) are
//! replaced by their blocks. Anything else (`.`, anchors, other flags, negated classes) reads as
//! `None`, and the caller falls back to `regex_syntax`. Every tree is built with the same
//! constructors the translator uses (`Hir::concat` merges literals, `Hir::alternation` makes
//! classes of single characters, ...); a test checks that every pattern and block reads to the
//! tree `regex_syntax` gives for its written-out form.

use regex_syntax::hir::{Capture, Class, ClassBytes, ClassBytesRange, Hir, Look, Repetition};

/// The tree of a folded ASCII pattern (see the module's doc); `block(i)` gives the tree of
/// placeholder `i`. `None` when the pattern leaves the dialect or is malformed.
pub fn read(pattern: &str, block: &dyn Fn(usize) -> Option<Hir>) -> Option<Hir> {
    let mut r = Reader {
        s: pattern.strip_prefix("(?-u)").unwrap_or(pattern).as_bytes(),
        at: 0,
        groups: 0,
        block,
    };
    let h = r.alternation()?;
    (r.at == r.s.len()).then_some(h)
}

struct Reader<'a> {
    s: &'a [u8],
    at: usize,
    /// Capture groups opened so far (their index is the count at their opening).
    groups: u32,
    block: &'a dyn Fn(usize) -> Option<Hir>,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.at).copied()
    }

    fn eat(&mut self, prefix: &[u8]) -> bool {
        let found = self.s[self.at..].starts_with(prefix);
        if found {
            self.at += prefix.len();
        }
        found
    }

    /// Branches up to a `)` or the end.
    fn alternation(&mut self) -> Option<Hir> {
        let mut branches = vec![self.concat()?];
        while self.eat(b"|") {
            branches.push(self.concat()?);
        }
        Some(if branches.len() == 1 {
            branches.pop()?
        } else {
            Hir::alternation(branches)
        })
    }

    fn concat(&mut self) -> Option<Hir> {
        let mut items = Vec::new();
        while let Some(c) = self.peek() {
            if c == b'|' || c == b')' {
                break;
            }
            let mut atom = self.atom()?;
            while let Some((min, max)) = self.repetition()? {
                let greedy = !self.eat(b"?");
                atom = Hir::repetition(Repetition {
                    min,
                    max,
                    greedy,
                    sub: Box::new(atom),
                });
            }
            items.push(atom);
        }
        Some(Hir::concat(items))
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
                let max = if self.eat(b",") {
                    if self.peek() == Some(b'}') {
                        None
                    } else {
                        Some(self.number()?)
                    }
                } else {
                    Some(min)
                };
                if !self.eat(b"}") || max.is_some_and(|m| m < min) {
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
        std::str::from_utf8(&self.s[start..self.at])
            .ok()?
            .parse()
            .ok()
    }

    fn atom(&mut self) -> Option<Hir> {
        let c = self.peek()?;
        match c {
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
                let e = self.peek()?;
                self.at += 1;
                match e {
                    b'b' => Some(Hir::look(Look::WordAscii)),
                    b'B' => Some(Hir::look(Look::WordAsciiNegate)),
                    _ => Some(class_or_literal(escape(e)?)),
                }
            }
            b'.' | b'^' | b'$' | b'*' | b'+' | b'?' | b'{' | b'}' | b']' => None,
            _ => {
                let ch = std::str::from_utf8(&self.s[self.at..])
                    .ok()?
                    .chars()
                    .next()?;
                self.at += ch.len_utf8();
                if ch == super::MARK {
                    let second = std::str::from_utf8(&self.s[self.at..])
                        .ok()?
                        .chars()
                        .next()?;
                    self.at += second.len_utf8();
                    let i = (second as u32).checked_sub(super::MARK as u32 + 1)?;
                    return (self.block)(i as usize);
                }
                let mut buf = [0u8; 4];
                Some(Hir::literal(ch.encode_utf8(&mut buf).as_bytes()))
            }
        }
    }

    /// After `(`: the group and its `)`.
    fn group(&mut self) -> Option<Hir> {
        let name = if self.eat(b"?:") || self.eat(b"?-u:") {
            // Not capturing (`-u` is the flag already in force).
            let h = self.alternation()?;
            return self.eat(b")").then_some(h);
        } else if self.eat(b"?P<") {
            let start = self.at;
            while self
                .peek()
                .is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_')
            {
                self.at += 1;
            }
            let name = std::str::from_utf8(&self.s[start..self.at]).ok()?;
            if name.is_empty() || !self.eat(b">") {
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
        let sub = Box::new(self.alternation()?);
        self.eat(b")")
            .then(|| Hir::capture(Capture { index, name, sub }))
    }

    /// After `[`: the class and its `]`.
    fn class(&mut self) -> Option<Hir> {
        if self.peek() == Some(b'^') {
            return None;
        }
        let mut ranges: Vec<ClassBytesRange> = Vec::new();
        let first = self.at;
        loop {
            let c = self.peek()?;
            self.at += 1;
            let item = match c {
                b']' if self.at - 1 > first => break,
                b'[' => return None,
                b'\\' => {
                    let e = self.peek()?;
                    self.at += 1;
                    escape(e)?
                }
                c if c.is_ascii() => Item::Byte(c),
                _ => return None,
            };
            match item {
                Item::Class(r) => ranges.extend(r.iter().map(|&(a, b)| ClassBytesRange::new(a, b))),
                Item::Byte(lo) => {
                    // A range `lo-hi`, unless the `-` ends the class.
                    let hi = if self.peek() == Some(b'-') && self.s.get(self.at + 1) != Some(&b']')
                    {
                        self.at += 1;
                        let h = self.peek()?;
                        self.at += 1;
                        match h {
                            b'\\' => {
                                let e = self.peek()?;
                                self.at += 1;
                                match escape(e)? {
                                    Item::Byte(b) => b,
                                    Item::Class(_) => return None,
                                }
                            }
                            b'[' | b']' => return None,
                            h if h.is_ascii() => h,
                            _ => return None,
                        }
                    } else {
                        lo
                    };
                    if hi < lo {
                        return None;
                    }
                    ranges.push(ClassBytesRange::new(lo, hi));
                }
            }
        }
        Some(Hir::class(Class::Bytes(ClassBytes::new(ranges))))
    }
}

/// What an escaped character stands for: one byte or a class.
enum Item {
    Byte(u8),
    Class(&'static [(u8, u8)]),
}

/// `\s`, `\d` and `\w` in byte mode (ASCII), as byte ranges.
const SPACE: &[(u8, u8)] = &[(b'\t', b'\r'), (b' ', b' ')];
const DIGIT: &[(u8, u8)] = &[(b'0', b'9')];
const WORD: &[(u8, u8)] = &[(b'0', b'9'), (b'A', b'Z'), (b'_', b'_'), (b'a', b'z')];

/// The escape `\e` outside `\b`/`\B`; `None` for escapes outside the dialect.
fn escape(e: u8) -> Option<Item> {
    Some(match e {
        b's' => Item::Class(SPACE),
        b'd' => Item::Class(DIGIT),
        b'w' => Item::Class(WORD),
        b't' => Item::Byte(b'\t'),
        b'n' => Item::Byte(b'\n'),
        b'r' => Item::Byte(b'\r'),
        e if e.is_ascii_punctuation() || e == b' ' => Item::Byte(e),
        _ => return None,
    })
}

fn class_or_literal(item: Item) -> Hir {
    match item {
        Item::Byte(b) => Hir::literal([b]),
        Item::Class(r) => Hir::class(Class::Bytes(ClassBytes::new(
            r.iter().map(|&(a, b)| ClassBytesRange::new(a, b)),
        ))),
    }
}
