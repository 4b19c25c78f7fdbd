//! The quick engine: a small backtracking matcher for a pattern's first texts (see [`super::search`]).
//!
//! A first analysis used to build, for each of the ~27 patterns an article reaches, the regex
//! crate's forward automaton and search it with its bounded backtracker. Building those automata
//! was a fifth of the first analysis, and V8 recompiled the automaton compiler in the background
//! on every first call (its main function alone ~11 ms of CPU on this project's machine), time
//! taken from the analysis on a two-core machine. Here a pattern's tree ([`Node`], as
//! `super::hir` reads it) is compiled into a short program of byte instructions, and searched by
//! the same algorithm as the regex crate's bounded backtracker: depth first, alternatives in
//! priority order, each (instruction, position) pair tried at most once. So it finds the same
//! leftmost-first match with the same groups; the program mirrors the shapes the regex crate's
//! compiler gives repetitions (which decide the order alternatives are tried in), and a test
//! compares both engines on every pattern at every position of the test texts.
//!
//! What it does not cover it refuses, and the caller searches with the full build instead: trees
//! outside the ASCII variant (Unicode classes, other look-arounds), searches whose visited set
//! would pass the regex crate's own limit for its backtracker (256 KB), and empty matches inside
//! a UTF-8 character (which the regex crate skips over).

use regex_automata::util::captures::{Captures, GroupInfo};
use regex_automata::util::primitives::{NonMaxUsize, PatternID};
use regex_syntax::hir::Look;

/// A pattern's tree as the quick engine reads it (see `super::hir::Tree`): what the pattern
/// says, without the regex crate's normalizations (merging literals, classes of single letters,
/// ...), which change no match and cost a first analysis more than they save; the shared blocks
/// (months, numbers...) stay references to their own trees, read once.
#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    /// A literal of bytes.
    Literal(Box<[u8]>),
    /// One byte in any of the ranges.
    Bytes(Box<[(u8, u8)]>),
    /// A class of non-ASCII characters: not covered (see the module's doc).
    Unicode,
    /// An assertion.
    Look(Look),
    /// `sub{min,max}`, lazy unless `greedy`.
    Repeat {
        min: u32,
        max: Option<u32>,
        greedy: bool,
        sub: Box<Node>,
    },
    /// Capture group `index`.
    Capture {
        index: u32,
        name: Option<Box<str>>,
        sub: Box<Node>,
    },
    /// A sequence.
    Concat(Vec<Node>),
    /// Alternatives, the first preferred.
    Alternation(Vec<Node>),
    /// Shared block `i` (see [`Prog::new`]).
    Block(usize),
}

impl super::hir::Tree for Node {
    fn literal(bytes: &[u8]) -> Node {
        Node::Literal(bytes.into())
    }

    fn class(ranges: Vec<(char, char)>, _unicode: bool) -> Node {
        let ascii = |c: char| u8::try_from(c).ok().filter(u8::is_ascii);
        ranges
            .into_iter()
            .map(|(a, b)| Some((ascii(a)?, ascii(b)?)))
            .collect::<Option<_>>()
            .map_or(Node::Unicode, Node::Bytes)
    }

    fn look(look: Look) -> Node {
        Node::Look(look)
    }

    fn repetition(min: u32, max: Option<u32>, greedy: bool, sub: Node) -> Node {
        Node::Repeat {
            min,
            max,
            greedy,
            sub: Box::new(sub),
        }
    }

    fn capture(index: u32, name: Option<Box<str>>, sub: Node) -> Node {
        Node::Capture {
            index,
            name,
            sub: Box::new(sub),
        }
    }

    fn concat(items: Vec<Node>) -> Node {
        Node::Concat(items)
    }

    fn alternation(branches: Vec<Node>) -> Node {
        Node::Alternation(branches)
    }
}

impl Node {
    /// Whether the tree holds a capture group (a block must not: it would shift the pattern's
    /// group numbers).
    pub fn has_capture(&self) -> bool {
        match self {
            Node::Capture { .. } => true,
            Node::Repeat { sub, .. } => sub.has_capture(),
            Node::Concat(ns) | Node::Alternation(ns) => ns.iter().any(Node::has_capture),
            _ => false,
        }
    }
}

/// The most bits the visited set of one search may take: the regex crate's default for its
/// bounded backtracker (256 KB).
const VISITED_BITS: usize = 256 * 1024 * 8;

/// One instruction; `u32` fields are the next instruction's index.
#[derive(Clone, Debug)]
enum Inst {
    /// One byte in `lo..=hi`.
    Range(u8, u8, u32),
    /// One byte in any of the ranges of `Prog::sets[i]`.
    Set(u32, u32),
    /// Try the first, then the second.
    Split(u32, u32),
    /// Record the position in a capture slot.
    Save(u32, u32),
    /// A zero-width assertion.
    Look(Look, u32),
    /// A match ends here.
    Match,
}

/// A compiled pattern (see the module's doc).
#[derive(Clone, Debug)]
pub struct Prog {
    insts: Vec<Inst>,
    sets: Vec<Box<[(u8, u8)]>>,
    start: u32,
    groups: GroupInfo,
    /// The bytes a match can start with (bit `b` of word `b / 64`); `None` when a match can be
    /// empty. Starting positions at other bytes are skipped.
    first: Option<[u64; 4]>,
}

/// A search's scratch space, kept with its [`Prog`] between texts.
#[derive(Debug, Default)]
pub struct Scratch {
    visited: Vec<u64>,
    stack: Vec<Frame>,
}

#[derive(Clone, Copy, Debug)]
enum Frame {
    Step(u32, usize),
    Restore(u32, Option<NonMaxUsize>),
}

/// Why a search was refused: the caller searches with the full build (see the module's doc).
#[derive(Debug, PartialEq)]
pub struct Refused;

impl Prog {
    /// The program of a pattern's tree, where `Node::Block(i)` stands for the tree `blocks(i)`;
    /// `None` outside what this engine covers.
    pub fn new(node: &Node, blocks: &dyn Fn(usize) -> Option<&'static Node>) -> Option<Prog> {
        let mut names: Vec<Option<String>> = vec![None];
        groups(node, &mut names)?;
        let groups = GroupInfo::new([names]).ok()?;
        let mut p = Prog {
            insts: vec![Inst::Match],
            sets: Vec::new(),
            start: 0,
            groups,
            first: None,
        };
        // Group 0 (the whole match) is recorded by the search itself.
        p.start = Compiler { p: &mut p, blocks }.c(node, 0)?;
        p.first = p.first_bytes();
        // Indices fit the `u32` fields (a pattern is at most a few thousand instructions).
        u32::try_from(p.insts.len()).ok()?;
        Some(p)
    }

    /// A captures value for this program's groups, for [`Prog::search`].
    pub fn create_captures(&self) -> Captures {
        Captures::all(self.groups.clone())
    }

    /// Searches `hay[at..]` (assertions see all of `hay`) for the leftmost-first match; `caps`
    /// holds it and its groups, or no match. `Err` when the search is refused (see the module's doc).
    pub fn search(
        &self,
        scratch: &mut Scratch,
        hay: &str,
        at: usize,
        caps: &mut Captures,
    ) -> Result<(), Refused> {
        caps.set_pattern(None);
        let len = hay.len().checked_sub(at).ok_or(Refused)? + 1;
        let bits = self.insts.len().checked_mul(len).ok_or(Refused)?;
        if bits > VISITED_BITS {
            return Err(Refused);
        }
        scratch.visited.clear();
        scratch.visited.resize(bits.div_ceil(64), 0);
        let slots = caps.slots_mut();
        slots.fill(None);
        for start in at..=hay.len() {
            if let Some(first) = &self.first {
                match hay.as_bytes().get(start) {
                    Some(&b) if first[usize::from(b / 64)] & (1 << (b % 64)) != 0 => {}
                    _ => continue,
                }
            }
            if let Some(end) = self.backtrack(scratch, hay.as_bytes(), at, start, slots) {
                if end == start && !hay.is_char_boundary(start) {
                    return Err(Refused);
                }
                slots[0] = NonMaxUsize::new(start);
                slots[1] = NonMaxUsize::new(end);
                caps.set_pattern(Some(PatternID::ZERO));
                return Ok(());
            }
        }
        Ok(())
    }

    /// Depth-first search from instruction `start` at position `from`: where the first match in
    /// priority order ends.
    #[inline(never)]
    fn backtrack(
        &self,
        scratch: &mut Scratch,
        hay: &[u8],
        at: usize,
        from: usize,
        slots: &mut [Option<NonMaxUsize>],
    ) -> Option<usize> {
        let len = hay.len() - at + 1;
        scratch.stack.clear();
        scratch.stack.push(Frame::Step(self.start, from));
        while let Some(frame) = scratch.stack.pop() {
            match frame {
                Frame::Restore(slot, old) => slots[slot as usize] = old,
                Frame::Step(pc, pos) => {
                    if let Some(end) = self.step(scratch, hay, at, len, pc, pos, slots) {
                        return Some(end);
                    }
                }
            }
        }
        None
    }

    /// Follows one path from (`pc`, `pos`), pushing the alternatives it passes by; where it
    /// matches, or `None` where it fails.
    #[allow(clippy::too_many_arguments)]
    fn step(
        &self,
        scratch: &mut Scratch,
        hay: &[u8],
        at: usize,
        len: usize,
        mut pc: u32,
        mut pos: usize,
        slots: &mut [Option<NonMaxUsize>],
    ) -> Option<usize> {
        loop {
            let bit = pc as usize * len + (pos - at);
            let word = scratch.visited.get_mut(bit / 64)?;
            if *word & (1 << (bit % 64)) != 0 {
                return None;
            }
            *word |= 1 << (bit % 64);
            match self.insts.get(pc as usize)? {
                Inst::Range(lo, hi, next) => {
                    let b = *hay.get(pos)?;
                    if b < *lo || b > *hi {
                        return None;
                    }
                    pos += 1;
                    pc = *next;
                }
                Inst::Set(set, next) => {
                    let b = *hay.get(pos)?;
                    let ranges = self.sets.get(*set as usize)?;
                    if !ranges.iter().any(|&(lo, hi)| lo <= b && b <= hi) {
                        return None;
                    }
                    pos += 1;
                    pc = *next;
                }
                Inst::Split(first, second) => {
                    scratch.stack.push(Frame::Step(*second, pos));
                    pc = *first;
                }
                Inst::Save(slot, next) => {
                    let s = slots.get_mut(*slot as usize)?;
                    scratch.stack.push(Frame::Restore(*slot, *s));
                    *s = NonMaxUsize::new(pos);
                    pc = *next;
                }
                Inst::Look(look, next) => {
                    if !looks(*look, hay, pos) {
                        return None;
                    }
                    pc = *next;
                }
                Inst::Match => return Some(pos),
            }
        }
    }

    /// The bytes that can start a match: those of the byte instructions reached from the start
    /// through splits, saves and assertions (assertions taken as passing: a superset); `None` if
    /// the match instruction is reached so (a match can be empty).
    fn first_bytes(&self) -> Option<[u64; 4]> {
        let mut set = [0u64; 4];
        let mut seen = vec![false; self.insts.len()];
        let mut todo = vec![self.start];
        let mut add = |lo: u8, hi: u8| {
            for b in lo..=hi {
                set[usize::from(b / 64)] |= 1 << (b % 64);
            }
        };
        while let Some(pc) = todo.pop() {
            let seen = seen.get_mut(pc as usize)?;
            if std::mem::replace(seen, true) {
                continue;
            }
            match self.insts.get(pc as usize)? {
                Inst::Range(lo, hi, _) => add(*lo, *hi),
                Inst::Set(i, _) => self
                    .sets
                    .get(*i as usize)?
                    .iter()
                    .for_each(|&(lo, hi)| add(lo, hi)),
                Inst::Split(a, b) => todo.extend([*a, *b]),
                Inst::Save(_, next) | Inst::Look(_, next) => todo.push(*next),
                Inst::Match => return None,
            }
        }
        Some(set)
    }
}

/// Compiles a tree into a [`Prog`], from its end: each part is compiled knowing the instruction
/// that follows it.
struct Compiler<'a> {
    p: &'a mut Prog,
    blocks: &'a dyn Fn(usize) -> Option<&'static Node>,
}

impl Compiler<'_> {
    fn push(&mut self, i: Inst) -> u32 {
        self.p.insts.push(i);
        (self.p.insts.len() - 1) as u32
    }

    /// Compiles `n` to run before instruction `next`; its entry.
    fn c(&mut self, n: &Node, next: u32) -> Option<u32> {
        match n {
            Node::Literal(bytes) => Some(
                bytes
                    .iter()
                    .rev()
                    .fold(next, |n, &b| self.push(Inst::Range(b, b, n))),
            ),
            Node::Bytes(ranges) => Some(self.class(ranges, next)),
            Node::Unicode => None,
            Node::Look(look) => match look {
                Look::Start | Look::End | Look::WordAscii | Look::WordAsciiNegate => {
                    Some(self.push(Inst::Look(*look, next)))
                }
                _ => None,
            },
            Node::Capture { index, sub, .. } => {
                let end = self.push(Inst::Save(index * 2 + 1, next));
                let body = self.c(sub, end)?;
                Some(self.push(Inst::Save(index * 2, body)))
            }
            Node::Concat(ns) => ns.iter().rev().try_fold(next, |n, h| self.c(h, n)),
            Node::Alternation(ns) => self.alternation(ns, next),
            Node::Repeat {
                min,
                max,
                greedy,
                sub,
            } => self.repetition(sub, *min, *max, *greedy, next),
            Node::Block(i) => {
                let block = (self.blocks)(*i)?;
                self.c(block, next)
            }
        }
    }

    /// Alternatives tried in order, each followed by `next` (out of line: see
    /// [`Compiler::repetition`]).
    #[inline(never)]
    fn alternation(&mut self, hs: &[Node], next: u32) -> Option<u32> {
        let entries = hs
            .iter()
            .map(|h| self.c(h, next))
            .collect::<Option<Vec<u32>>>()?;
        let (last, rest) = entries.split_last()?;
        Some(
            rest.iter()
                .rev()
                .fold(*last, |acc, &e| self.push(Inst::Split(e, acc))),
        )
    }

    /// One byte in any of `ranges`.
    #[inline(never)]
    fn class(&mut self, ranges: &[(u8, u8)], next: u32) -> u32 {
        match *ranges {
            [(lo, hi)] => self.push(Inst::Range(lo, hi, next)),
            _ => {
                self.p.sets.push(ranges.into());
                let set = (self.p.sets.len() - 1) as u32;
                self.push(Inst::Set(set, next))
            }
        }
    }

    /// A split trying `body` first when `greedy`, `exit` first otherwise.
    fn split(&mut self, greedy: bool, body: u32, exit: u32) -> u32 {
        if greedy {
            self.push(Inst::Split(body, exit))
        } else {
            self.push(Inst::Split(exit, body))
        }
    }

    /// A split to fill in later (a loop's entry is needed to compile its body).
    fn placeholder(&mut self) -> u32 {
        self.push(Inst::Match)
    }

    fn fill_split(&mut self, at: u32, greedy: bool, body: u32, exit: u32) {
        self.p.insts[at as usize] = if greedy {
            Inst::Split(body, exit)
        } else {
            Inst::Split(exit, body)
        };
    }

    /// `sub{min,max}` in the shapes of the regex crate's compiler (`c_repetition` and the
    /// functions it calls), which fix the order in which alternatives are tried. Out of line, as
    /// the other large cases of [`Compiler::c`]: it recurses once per node of the tree, and V8
    /// recompiles a large function called that often.
    #[inline(never)]
    fn repetition(
        &mut self,
        sub: &Node,
        min: u32,
        max: Option<u32>,
        greedy: bool,
        next: u32,
    ) -> Option<u32> {
        let exactly =
            |c: &mut Compiler, n: u32, next: u32| (0..n).try_fold(next, |n, _| c.c(sub, n));
        match (min, max) {
            (0, Some(1)) => {
                let body = self.c(sub, next)?;
                Some(self.split(greedy, body, next))
            }
            (0, None) if self.min_len(sub).is_some_and(|l| l > 0) => {
                // One split that loops back to itself.
                let u = self.placeholder();
                let body = self.c(sub, u)?;
                self.fill_split(u, greedy, body, next);
                Some(u)
            }
            (0, None) => {
                // `(sub+)?` when `sub` can match nothing (the order of a plain loop would be wrong).
                let plus = self.placeholder();
                let body = self.c(sub, plus)?;
                self.fill_split(plus, greedy, body, next);
                Some(self.split(greedy, body, next))
            }
            (n, None) => {
                // n - 1 copies, then one that loops back.
                let u = self.placeholder();
                let last = self.c(sub, u)?;
                self.fill_split(u, greedy, last, next);
                exactly(self, n - 1, last)
            }
            (n, Some(m)) if n == m => exactly(self, n, next),
            (n, Some(m)) => {
                // n copies, then up to m - n more, each tried only after the one before.
                let mut after = next;
                for _ in n..m {
                    let body = self.c(sub, after)?;
                    after = self.split(greedy, body, next);
                }
                exactly(self, n, after)
            }
        }
    }

    /// The least length of a match of `n` (blocks in place), as `regex_syntax`'s properties
    /// give it for the same pattern; `None` when it never matches.
    fn min_len(&self, n: &Node) -> Option<usize> {
        match n {
            Node::Literal(b) => Some(b.len()),
            Node::Bytes(r) => (!r.is_empty()).then_some(1),
            Node::Unicode => None,
            Node::Look(_) => Some(0),
            Node::Repeat { min, sub, .. } => self
                .min_len(sub)
                .map(|m| m.saturating_mul(usize::try_from(*min).unwrap_or(usize::MAX))),
            Node::Capture { sub, .. } => self.min_len(sub),
            Node::Concat(ns) => ns
                .iter()
                .try_fold(0usize, |n, h| Some(n.saturating_add(self.min_len(h)?))),
            Node::Alternation(ns) => ns
                .iter()
                .map(|h| self.min_len(h))
                .collect::<Option<Vec<usize>>>()?
                .into_iter()
                .min(),
            Node::Block(i) => self.min_len((self.blocks)(*i)?),
        }
    }
}

/// The names of the capture groups of `n` by index (`names[0]` is the whole match); `None` if
/// the indices are not 1, 2, 3... in the order the groups open.
fn groups(n: &Node, names: &mut Vec<Option<String>>) -> Option<()> {
    match n {
        Node::Capture { index, name, sub } => {
            (*index as usize == names.len()).then_some(())?;
            names.push(name.as_deref().map(String::from));
            groups(sub, names)
        }
        Node::Concat(ns) | Node::Alternation(ns) => ns.iter().try_for_each(|n| groups(n, names)),
        Node::Repeat { sub, .. } => groups(sub, names),
        _ => Some(()),
    }
}

/// Whether a zero-width assertion holds at `pos` (look-behind sees all of `hay`).
fn looks(look: Look, hay: &[u8], pos: usize) -> bool {
    let word = |b: Option<&u8>| b.is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_');
    let boundary = || word(pos.checked_sub(1).and_then(|p| hay.get(p))) != word(hay.get(pos));
    match look {
        Look::Start => pos == 0,
        Look::End => pos == hay.len(),
        Look::WordAscii => boundary(),
        Look::WordAsciiNegate => !boundary(),
        _ => false,
    }
}
