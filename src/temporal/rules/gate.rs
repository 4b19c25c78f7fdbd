//! The trigger gate: one pass over the lower-cased text finds which patterns can match
//! (`src/tables/temporal/triggers.tsv`) and where their trigger words are ([`scan`]).

use super::*;
use crate::temporal::lexicon::LEX;
use std::sync::LazyLock;

/// The gate bit of patterns without a trigger row: always present.
pub(super) const ALWAYS: u64 = 1 << 63;

/// One alternative of a trigger row: parts that must all be present, each a list of words of
/// which one is enough (see `triggers.tsv`).
pub(super) type Alternative = Vec<Vec<String>>;

/// The rows of `triggers.tsv`: pattern key and alternatives, table placeholders expanded.
pub(super) fn trigger_rows() -> Vec<(&'static str, Vec<Alternative>)> {
    let lx = &*LEX;
    let first_words = |keys: &mut dyn Iterator<Item = &str>| -> Vec<String> {
        let mut v: Vec<String> = Vec::new();
        for k in keys {
            let w = k.split(' ').next().unwrap_or(k);
            if !v.iter().any(|x| x == w) {
                v.push(w.to_string());
            }
        }
        v
    };
    let table = |name: &str| -> Option<Vec<String>> {
        Some(match name {
            "MONTH" => first_words(&mut lx.months.keys()),
            "WD" => first_words(&mut lx.weekdays.keys()),
            "UNIT" => first_words(&mut lx.units.keys()),
            "SEASON" => first_words(&mut lx.seasons.keys()),
            "PART" => first_words(&mut lx.parts.keys()),
            _ => return None,
        })
    };
    // A part: a word, or `{TABLE}` for each entry's first word.
    let part = |p: &str| -> Vec<String> {
        p.strip_prefix('{')
            .and_then(|r| r.strip_suffix('}'))
            .and_then(table)
            .unwrap_or_else(|| vec![p.to_string()])
    };
    let mut rows = Vec::new();
    for l in crate::tables::data_lines(crate::temporal::lexicon::raw::TRIGGERS).take(63) {
        let c = crate::tables::columns(l);
        let mut alts: Vec<Alternative> = Vec::new();
        for t in c.get(1).copied().unwrap_or("").split_whitespace() {
            if t == "{HOLIDAY}" {
                // Every word of a holiday's name, its first word first (the windows' anchor).
                for h in lx.holidays.keys() {
                    alts.push(h.split(' ').map(|w| vec![w.to_string()]).collect());
                }
            } else {
                alts.push(t.split('+').map(part).collect());
            }
        }
        rows.push((c[0], alts));
    }
    rows
}

/// A trigger word of three or more bytes (see [`Gate`]).
pub(super) struct Trigger {
    pub(super) bytes: Box<[u8]>,
    /// Bits of the rows this word alone triggers.
    pub(super) mask: u64,
    /// The conjunctions (indexes into [`Gate::conjs`]) it is part of.
    pub(super) conjs: Vec<u16>,
    /// `mask` and the bits of its conjunctions: the rows whose matches an occurrence can be in.
    pub(super) hit_mask: u64,
    /// `hit_mask`'s place in [`Gate::masks`].
    pub(super) hit_id: u16,
}

/// A row alternative of several parts: its bit is on once every part has a word present.
pub(super) struct Conj {
    pub(super) bit: u64,
    /// For each part, its words (indexes into [`Gate::words`]).
    pub(super) parts: Vec<Vec<u32>>,
}

/// Trigger words of every pattern (`triggers.tsv`): one pass over a text tells which patterns
/// can match in it at all. At each byte the pass reads the next three as a key: a bit per key
/// hash rules nearly every position out, then a hash table gives the few words starting there.
pub(super) struct Gate {
    /// Pattern key → its bit.
    pub(super) bits: crate::tables::Words<u64>,
    /// For each byte, the bits of the patterns triggered by that byte alone (a one-byte word).
    pub(super) single: [u64; 256],
    /// Some row has a one-byte word.
    pub(super) any_single: bool,
    /// The two-byte words (`b0 << 8 | b1`) and their bits, sorted.
    pub(super) two: Vec<(u16, u64)>,
    /// For each entry of `two`, the place in `masks` of all the bits of its word.
    pub(super) two_ids: Vec<u16>,
    /// Bit `b0 << 8 | b1` is set for the two-byte words.
    pub(super) two_pairs: Box<[u64; 1024]>,
    /// Trigger words of three or more bytes, sorted and unique.
    pub(super) words: Vec<Trigger>,
    /// Bit [`bloom_of`] is set for the key (first three bytes) of some word.
    pub(super) bloom: Box<[u64; 1024]>,
    /// Open-addressing table from a key to its range of `words` (sorted words are grouped by
    /// their first three bytes): (key, start, end), `u32::MAX` for an empty slot.
    pub(super) slots: Vec<(u32, u16, u16)>,
    /// Bits of the patterns triggered by any ASCII digit.
    pub(super) digit: u64,
    /// Bits of the rows with a conjunction of untracked parts only: on for every text.
    pub(super) always: u64,
    /// The alternatives of several parts.
    pub(super) conjs: Vec<Conj>,
    /// Every set of bits a [`Hit`] can carry, once each (a few dozen): a hit keeps its set's place
    /// here, which keeps it at 8 bytes (a 1 MB text has ~28,000 hits).
    pub(super) masks: Vec<u64>,
    /// `digit`'s place in `masks`.
    pub(super) digit_id: u16,
    /// `single[b]`'s place in `masks`.
    pub(super) single_ids: [u16; 256],
}

/// The places of hit masks in [`Gate::masks`], given out as they come.
#[derive(Default)]
struct MaskIds {
    masks: Vec<u64>,
}

impl MaskIds {
    fn id(&mut self, mask: u64) -> u16 {
        // A linear search: the masks in use are a few dozen (47 with today's table; a test keeps
        // them under 1,024), and a hash map would cost the .wasm more than it saves, once.
        let at = match self.masks.iter().position(|&m| m == mask) {
            Some(at) => at,
            None => {
                self.masks.push(mask);
                self.masks.len() - 1
            }
        };
        u16::try_from(at).unwrap_or(u16::MAX)
    }
}

/// The slot where a search for `key` (three bytes) starts in a table of `len` (a power of two)
/// slots.
#[inline]
pub(super) fn slot_of(key: u32, len: usize) -> usize {
    (key.wrapping_mul(0x9E37_79B1) >> (32 - len.trailing_zeros())) as usize
}

/// The bit of `key` (three bytes) in [`Gate::bloom`] (64 Kbit).
#[inline]
pub(super) fn bloom_of(key: u32) -> usize {
    (key.wrapping_mul(0x85EB_CA6B) >> 16) as usize
}

pub(super) static GATE: LazyLock<Gate> = LazyLock::new(|| {
    let mut bits = crate::tables::Words::default();
    let mut raw: Vec<(Box<[u8]>, u64)> = Vec::new();
    let mut two: Vec<(u16, u64)> = Vec::new();
    let mut single = [0u64; 256];
    let (mut digit, mut always) = (0u64, 0u64);
    let mut pending: Vec<(u64, Vec<Vec<String>>)> = Vec::new();
    for (i, (key, alts)) in trigger_rows().into_iter().enumerate() {
        let bit = 1u64 << i;
        bits.insert(key, bit);
        for alt in alts {
            // In a conjunction, a part the scan does not track word by word (a digit, a word of
            // one or two bytes) counts as present: the row stays a necessary condition, only
            // less selective.
            let parts: Vec<Vec<String>> = if alt.len() > 1 {
                alt.into_iter()
                    .filter(|p| p.iter().all(|w| w.len() >= 3))
                    .collect()
            } else {
                alt
            };
            match parts.len() {
                0 => always |= bit,
                1 => {
                    for w in &parts[0] {
                        match w.as_bytes() {
                            b"#" => digit |= bit,
                            [] => {}
                            [b0] => single[usize::from(*b0)] |= bit,
                            [b0, b1] => two.push((u16::from(*b0) << 8 | u16::from(*b1), bit)),
                            b => raw.push((b.into(), bit)),
                        }
                    }
                }
                _ => {
                    for p in &parts {
                        raw.extend(p.iter().map(|w| (w.as_bytes().into(), 0)));
                    }
                    pending.push((bit, parts));
                }
            }
        }
    }
    // One entry per word, its bits merged.
    crate::sort::sort_by(&mut raw, |a, b| a.0.cmp(&b.0));
    let mut words: Vec<Trigger> = Vec::with_capacity(raw.len());
    for (w, bit) in raw {
        match words.last_mut() {
            Some(t) if t.bytes == w => t.mask |= bit,
            _ => words.push(Trigger {
                bytes: w,
                mask: bit,
                conjs: Vec::new(),
                hit_mask: 0,
                hit_id: 0,
            }),
        }
    }
    crate::sort::sort_by(&mut two, |a, b| a.0.cmp(&b.0));
    let id = |w: &str| {
        words
            .binary_search_by(|t| (*t.bytes).cmp(w.as_bytes()))
            .unwrap_or(0) as u32
    };
    let conjs: Vec<Conj> = pending
        .iter()
        .map(|(bit, parts)| Conj {
            bit: *bit,
            parts: parts
                .iter()
                .map(|p| p.iter().map(|w| id(w)).collect())
                .collect(),
        })
        .collect();
    for (ci, c) in conjs.iter().enumerate() {
        for &w in c.parts.iter().flatten() {
            let t = &mut words[w as usize];
            if t.conjs.last() != Some(&(ci as u16)) {
                t.conjs.push(ci as u16);
            }
        }
    }
    // A conjunction's windows are around the words of its first part only (every match holds
    // them): "new year's day" gets no window around every "day".
    for (i, t) in words.iter_mut().enumerate() {
        t.hit_mask = t.mask
            | t.conjs.iter().fold(0, |m, &ci| {
                let c = &conjs[usize::from(ci)];
                let anchor = c.parts.first().is_some_and(|p| p.contains(&(i as u32)));
                if anchor {
                    m | c.bit
                } else {
                    m
                }
            });
    }
    let mut ids = MaskIds::default();
    for t in &mut words {
        t.hit_id = ids.id(t.hit_mask);
    }
    // A two-byte word's hit carries the bits of all its entries.
    let two_ids: Vec<u16> = two
        .iter()
        .map(|&(p, _)| ids.id(two.iter().filter(|t| t.0 == p).fold(0, |m, t| m | t.1)))
        .collect();
    let digit_id = ids.id(digit);
    let single_ids = single.map(|m| ids.id(m));
    let key = |t: &Trigger| {
        u32::from(t.bytes[0]) << 16 | u32::from(t.bytes[1]) << 8 | u32::from(t.bytes[2])
    };
    let len = (words.len() * 2).next_power_of_two().max(16);
    let mut slots = vec![(u32::MAX, 0u16, 0u16); len];
    let mut bloom = Box::new([0u64; 1024]);
    let mut s = 0;
    while s < words.len() {
        let k = key(&words[s]);
        let e = s + words[s..].iter().take_while(|t| key(t) == k).count();
        let mut at = slot_of(k, len);
        while slots[at].0 != u32::MAX {
            at = (at + 1) & (len - 1);
        }
        slots[at] = (k, s as u16, e as u16);
        bloom[bloom_of(k) >> 6] |= 1 << (bloom_of(k) & 63);
        s = e;
    }
    let mut two_pairs = Box::new([0u64; 1024]);
    for (p, _) in &two {
        two_pairs[usize::from(*p) >> 6] |= 1 << (p & 63);
    }
    Gate {
        bits,
        any_single: single.iter().any(|&m| m != 0),
        single,
        two,
        two_pairs,
        words,
        bloom,
        slots,
        digit,
        always,
        conjs,
        two_ids,
        masks: ids.masks,
        digit_id,
        single_ids,
    }
});

/// The gate bits of the patterns that can match in `low` (a lower-cased text): those with a
/// trigger word found anywhere in it, also inside a longer word, or all the words of one of
/// their conjunctions.
pub fn triggered(low: &str) -> u64 {
    scan(low).0
}

/// [`triggered`], and where the trigger words are ([`Hit`]s in text order): one pass over the
/// whole text. A text over 4 GB (offsets past `u32`) gets every bit and no hits: every pattern
/// then runs over the whole text.
pub fn scan(low: &str) -> (u64, Option<Vec<Hit>>) {
    if u32::try_from(low.len()).is_err() {
        return (u64::MAX, None);
    }
    let mut s = run_scan(low);
    crate::sort::sort_by_key(&mut s.hits, |x| (x.start, x.len));
    (s.p, Some(s.hits))
}

/// One pass of the trigger scan, keeping every occurrence.
pub(super) fn run_scan(low: &str) -> Scan<'_> {
    let g = &*GATE;
    let b = low.as_bytes();
    let mut scan = Scan {
        g,
        b,
        p: ALWAYS | g.always,
        present: vec![false; if g.conjs.is_empty() { 0 } else { g.words.len() }],
        hits: Vec::new(),
    };
    // The `#` trigger: every run of digits.
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() {
            let start = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            scan.p |= g.digit;
            if g.digit != 0 {
                // A run longer than a hit holds is several hits, side by side.
                let mut s = start;
                while s < i {
                    let e = i.min(s + Hit::MAX_LEN);
                    scan.hits.push(Hit::new(s, e, g.digit_id));
                    s = e;
                }
            }
        } else {
            i += 1;
        }
    }
    if g.any_single {
        for (i, &c) in b.iter().enumerate() {
            let m = g.single[usize::from(c)];
            scan.p |= m;
            if m != 0 {
                scan.hits
                    .push(Hit::new(i, i + 1, g.single_ids[usize::from(c)]));
            }
        }
    }
    let (two, bloom) = (&*g.two_pairs, &*g.bloom);
    let bit = |set: &[u64; 1024], k: usize| set[(k >> 6) & 1023] & (1 << (k & 63)) != 0;
    let &[b0, b1, ..] = b else {
        return scan;
    };
    let mut key = u32::from(b0) << 8 | u32::from(b1);
    if bit(two, key as usize) {
        scan.two_at(key as u16, 0);
    }
    for (i, &c) in b.iter().enumerate().skip(2) {
        // The three bytes ending at `i`: a word of three or more bytes may start at `i - 2`,
        // one of two at `i - 1`.
        key = (key << 8 | u32::from(c)) & 0xFF_FFFF;
        if bit(two, (key & 0xFFFF) as usize) {
            scan.two_at(key as u16, i - 1);
        }
        if bit(bloom, bloom_of(key)) {
            scan.words_at(key, i - 2);
        }
    }
    scan
}

impl Hit {
    /// The longest hit, in bytes (trigger words are short; a longer run of digits is cut).
    pub(super) const MAX_LEN: usize = u16::MAX as usize;

    /// The hit over `start..end` (at most [`Hit::MAX_LEN`] bytes) with the bits at `mask` in
    /// [`Gate::masks`].
    fn new(start: usize, end: usize, mask: u16) -> Hit {
        // Offsets fit: `scan` runs only on texts under 4 GB.
        Hit {
            start: start as u32,
            len: (end - start) as u16,
            mask,
        }
    }

    /// The hit's byte span in the lower-cased text.
    pub(super) fn span(&self) -> (usize, usize) {
        let start = self.start as usize;
        (start, start + usize::from(self.len))
    }
}

/// The state of one [`triggered`] pass.
pub(super) struct Scan<'a> {
    pub(super) g: &'a Gate,
    pub(super) b: &'a [u8],
    /// The bits found so far.
    pub(super) p: u64,
    /// The words of conjunctions found so far.
    pub(super) present: Vec<bool>,
    /// The occurrences found so far.
    pub(super) hits: Vec<Hit>,
}

impl Scan<'_> {
    /// Adds the bits of the two-byte word `pair` found at `start`.
    #[inline(never)]
    fn two_at(&mut self, pair: u16, start: usize) {
        let two = &self.g.two;
        let at = two.partition_point(|t| t.0 < pair);
        if two.get(at).is_some_and(|t| t.0 == pair) {
            // The bits of all the word's entries, merged once when the gate was built.
            let id = self.g.two_ids[at];
            self.p |= self.g.masks[usize::from(id)];
            self.hits.push(Hit::new(start, start + 2, id));
        }
    }

    /// Adds the bits of the words of `key` (their first three bytes) found at `start`.
    #[inline(never)]
    fn words_at(&mut self, key: u32, start: usize) {
        let g = self.g;
        let len = g.slots.len();
        let mut at = slot_of(key, len);
        let (s, e) = loop {
            match g.slots[at] {
                (u32::MAX, ..) => return,
                (k, s, e) if k == key => break (usize::from(s), usize::from(e)),
                _ => at = (at + 1) & (len - 1),
            }
        };
        for (id, t) in g.words[s..e].iter().enumerate() {
            if !self.b[start..].starts_with(&t.bytes) {
                continue;
            }
            self.p |= t.mask;
            self.hits
                .push(Hit::new(start, start + t.bytes.len(), t.hit_id));
            let id = s + id;
            if t.conjs.is_empty() || self.present[id] {
                continue;
            }
            self.present[id] = true;
            for &ci in &t.conjs {
                let c = &g.conjs[usize::from(ci)];
                if self.p & c.bit == 0
                    && c.parts
                        .iter()
                        .all(|part| part.iter().any(|&w| self.present[w as usize]))
                {
                    self.p |= c.bit;
                }
            }
        }
    }
}
