//! Compiled-in data tables (`src/tables/`), parsed once on first use.
//!
//! Every table starts with `#` header lines saying what a line means; blank lines and `#` lines
//! are skipped. A test checks that every table parses. The build compiles the tables in without
//! their comment lines ([`table!`](crate::table), in [`strip`]); the files keep them.
//!
//! The tables are plain text on disk. The long sorted word lists are compiled in front-coded
//! ([`coded`]) and decoded on their first lookup.

pub mod coded;
pub mod strip;

use crate::text::hash::FxHashMap;
use crate::text::index::{LateIndex, PosIndex};
use coded::Coded;
use std::collections::hash_map::Entry;

/// An upper bound of the data lines of `tables` (blank lines and duplicates count too), to size
/// a collection of their entries once instead of growing it.
pub fn line_bound(tables: &[&str]) -> usize {
    tables
        .iter()
        .map(|t| t.bytes().filter(|&b| b == b'\n').count() + 1)
        .sum()
}

/// Lines of a table that carry data: not blank, not a `#` comment; trailing spaces trimmed.
pub fn data_lines(table: &str) -> DataLines<'_> {
    DataLines { rest: table }
}

/// The iterator of [`data_lines`]: the lines `str::lines` yields, with trailing white space
/// trimmed, blank and `#` lines skipped. A hand-written byte scan: the tables are read on the
/// first call, where the generic line and trim iterators cost several times more per line.
#[derive(Clone)]
pub struct DataLines<'a> {
    rest: &'a str,
}

impl<'a> Iterator for DataLines<'a> {
    type Item = &'a str;

    /// Out of line: the loaders' loops over thousands of lines stay small (small hot loops: see
    /// `pipeline`; a loader runs once).
    #[inline(never)]
    fn next(&mut self) -> Option<&'a str> {
        while !self.rest.is_empty() {
            let (line, rest) = match self.rest.as_bytes().iter().position(|&b| b == b'\n') {
                Some(i) => (&self.rest[..i], &self.rest[i + 1..]),
                None => (self.rest, ""),
            };
            self.rest = rest;
            if let Some(l) = data_line(line) {
                return Some(l);
            }
        }
        None
    }
}

/// `line` (without its `\n`) trimmed at the end, if it carries data (see [`data_lines`]).
#[inline]
fn data_line(line: &str) -> Option<&str> {
    let plain = |b: u8| b.is_ascii_graphic();
    match line.as_bytes() {
        // The common case: starts and ends with a visible ASCII character.
        [first, .., last] if plain(*first) && plain(*last) => (*first != b'#').then_some(line),
        [only] if plain(*only) => (*only != b'#').then_some(line),
        _ => {
            // As `str::lines` does, a final `\r` goes with the line break.
            let l = line.strip_suffix('\r').unwrap_or(line).trim_end();
            (!l.is_empty() && !l.trim_start().starts_with('#')).then_some(l)
        }
    }
}

/// The columns of a TSV data line (see [`columns`]): derefs to a slice of them.
pub struct Columns<'a> {
    inline: [&'a str; INLINE_COLUMNS],
    len: usize,
    more: Vec<&'a str>,
}

const INLINE_COLUMNS: usize = 6;

impl<'a> std::ops::Deref for Columns<'a> {
    type Target = [&'a str];

    fn deref(&self) -> &[&'a str] {
        if self.more.is_empty() {
            &self.inline[..self.len]
        } else {
            &self.more
        }
    }
}

/// Splits a TSV data line into its columns (without allocating for up to six columns).
pub fn columns(line: &str) -> Columns<'_> {
    let mut c = Columns {
        inline: [""; INLINE_COLUMNS],
        len: 0,
        more: Vec::new(),
    };
    let mut rest = line;
    loop {
        let (col, next) = match rest.as_bytes().iter().position(|&b| b == b'\t') {
            Some(i) => (&rest[..i], Some(&rest[i + 1..])),
            None => (rest, None),
        };
        if c.len < INLINE_COLUMNS {
            c.inline[c.len] = col;
            c.len += 1;
        } else {
            if c.more.is_empty() {
                c.more.extend_from_slice(&c.inline);
            }
            c.more.push(col);
        }
        match next {
            Some(n) => rest = n,
            None => return c,
        }
    }
}

/// The first column of a data line ("Anna" in "Anna\tf"), trimmed.
#[inline]
pub fn first_column(line: &str) -> &str {
    let w = match line.as_bytes().iter().position(|&b| b == b'\t') {
        Some(i) => &line[..i],
        None => line,
    };
    match w.as_bytes() {
        [first, .., last] if first.is_ascii_graphic() && last.is_ascii_graphic() => w,
        _ => w.trim(),
    }
}

/// A word table: each word of a table (as written there) with its value, in table order; a word
/// listed again takes the later value in its first place.
///
/// Every such table shares one map type (word → position), so the .wasm carries one copy of the
/// hash map's code for all of them instead of one per value type.
pub struct Words<V> {
    index: FxHashMap<&'static str, usize>,
    entries: Vec<(&'static str, V)>,
}

impl<V> Default for Words<V> {
    fn default() -> Self {
        Words {
            index: FxHashMap::default(),
            entries: Vec::new(),
        }
    }
}

impl<V> Words<V> {
    /// Lists `word` with `value` (a word listed before takes the new value).
    pub fn insert(&mut self, word: &'static str, value: V) {
        match self.index.entry(word) {
            Entry::Occupied(e) => self.entries[*e.get()].1 = value,
            Entry::Vacant(e) => {
                e.insert(self.entries.len());
                self.entries.push((word, value));
            }
        }
    }

    /// Lists `word` with `value` unless it is listed already (the first line wins).
    pub fn insert_first(&mut self, word: &'static str, value: V) {
        if let Entry::Vacant(e) = self.index.entry(word) {
            e.insert(self.entries.len());
            self.entries.push((word, value));
        }
    }

    /// The value of `word`.
    pub fn get(&self, word: &str) -> Option<&V> {
        self.index.get(word).map(|&i| &self.entries[i].1)
    }

    /// Whether `word` is listed.
    pub fn contains(&self, word: &str) -> bool {
        self.index.contains_key(word)
    }

    /// The words, in table order.
    pub fn keys(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.entries.iter().map(|(w, _)| *w)
    }

    /// The words with their values, in table order.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &V)> + '_ {
        self.entries.iter().map(|(w, v)| (*w, v))
    }
}

impl<V> std::ops::Index<&str> for Words<V> {
    type Output = V;

    /// The value of a listed word; panics for another (tests only).
    fn index(&self, word: &str) -> &V {
        &self.entries[self.index[word]].1
    }
}

/// A table kept in byte order of its first column, in one or more parts: asked in place, by
/// binary search over the table text, for its first [`SortedTable::MAP_AFTER`] lookups, then
/// through a hash index of its lines built once ([`PosIndex`], 4 bytes per slot). A first
/// analysis asks a few hundred words of the long lists (surnames, given names, frequent words):
/// hashing their thousands of lines would cost that analysis more than its lookups do. A test
/// checks each such table with [`check_sorted`].
pub struct SortedTable {
    parts: &'static [&'static Coded],
    index: LateIndex,
}

/// A line of a [`SortedTable`] as a position: its part in the top byte, its offset below.
const OFFSET_BITS: u32 = 24;

impl SortedTable {
    /// Lookups answered in place before the hash index is built.
    pub const MAP_AFTER: usize = 1024;

    /// The table made of `parts` (each as the `coded_table!` macro gives it: comment lines
    /// dropped, front-coded; decoded on the first lookup); a key listed in several parts is read
    /// from the first.
    pub const fn new(parts: &'static [&'static Coded]) -> SortedTable {
        SortedTable {
            parts,
            index: LateIndex::new(),
        }
    }

    /// The line whose first column is exactly `key` (case included).
    pub fn line(&self, key: &str) -> Option<&'static str> {
        match self.index() {
            Some(index) => self.indexed(index, key).map(|p| self.line_at(p)),
            None => self.in_place(key),
        }
    }

    /// Whether a line has `key` as its first column.
    pub fn contains(&self, key: &str) -> bool {
        match self.index() {
            Some(index) => self.indexed(index, key).is_some(),
            None => self.in_place(key).is_some(),
        }
    }

    /// The hash index, once [`Self::MAP_AFTER`] lookups have been made (this one counts).
    #[inline]
    fn index(&self) -> Option<&PosIndex> {
        self.index.get(Self::MAP_AFTER, || self.build())
    }

    /// [`Self::line`] by binary search over each part's text.
    fn in_place(&self, key: &str) -> Option<&'static str> {
        self.parts.iter().find_map(|t| sorted_line(t.plain(), key))
    }

    /// The position of `key`'s line through the index.
    fn indexed(&self, index: &PosIndex, key: &str) -> Option<u32> {
        index.get(key, |p, k| self.is_key(p, k))
    }

    /// The hash index of the lines (out of line, as [`sorted_line`]: asked per word, [`Self::line`]
    /// stays small, which V8 then leaves to its baseline compiler on a first analysis). Parts past
    /// the 255th or lines past 16 MB are left out of the index (no table comes near).
    #[inline(never)]
    fn build(&self) -> PosIndex {
        let positions = self
            .parts
            .iter()
            .enumerate()
            .take(255)
            .flat_map(|(i, part)| {
                let part = part.plain();
                data_lines(part).filter_map(move |l| {
                    let offset = l.as_ptr() as usize - part.as_ptr() as usize;
                    (offset < 1 << OFFSET_BITS).then_some((i as u32) << OFFSET_BITS | offset as u32)
                })
            });
        PosIndex::build(
            self.parts.iter().map(|p| line_bound(&[p.plain()])).sum(),
            positions,
            |p| key_of(self.line_at(p)),
            |p, k| self.is_key(p, k),
        )
    }

    /// The part and the byte offset in it that position `p` stands for.
    fn place(&self, p: u32) -> (&'static str, usize) {
        let part = self.parts[(p >> OFFSET_BITS) as usize].plain();
        (part, (p & ((1 << OFFSET_BITS) - 1)) as usize)
    }

    /// The line at position `p` (trailing white space trimmed, as [`data_lines`] gives it).
    fn line_at(&self, p: u32) -> &'static str {
        let (part, at) = self.place(p);
        let rest = &part[at..];
        // Lines are short: a plain loop beats a call to memchr.
        let end = rest.bytes().position(|b| b == b'\n').unwrap_or(rest.len());
        let line = &rest[..end];
        if line.ends_with(|c: char| c.is_whitespace()) {
            line.trim_end()
        } else {
            line
        }
    }

    /// Whether the line at position `p` has `key` as its first column: the key's bytes, then a
    /// tab, a line break or the end, and no tab or line break in the key (no first column holds
    /// one; checked last, on a match only).
    fn is_key(&self, p: u32, key: &str) -> bool {
        let (part, at) = self.place(p);
        let part = part.as_bytes();
        part[at..].starts_with(key.as_bytes())
            && matches!(part.get(at + key.len()), None | Some(b'\t' | b'\n'))
            && !key.bytes().any(|b| b == b'\t' || b == b'\n')
    }
}

/// The first column of a line of a [`SortedTable`].
fn key_of(line: &str) -> &str {
    line.split_once('\t').map_or(line, |(k, _)| k)
}

/// The line of `table` whose first column is `key`, the lines being in byte order of their first
/// column: a binary search over the text (each step reads the line around the middle byte).
#[inline(never)]
fn sorted_line<'t>(table: &'t str, key: &str) -> Option<&'t str> {
    let b = table.as_bytes();
    // `lo` and `hi` are always line starts (or the end).
    let (mut lo, mut hi) = (0, b.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = b[lo..mid]
            .iter()
            .rposition(|&c| c == b'\n')
            .map_or(lo, |i| lo + i + 1);
        let end = b[start..]
            .iter()
            .position(|&c| c == b'\n')
            .map_or(b.len(), |i| start + i);
        let line = table.get(start..end)?;
        match key_of(line).cmp(key) {
            std::cmp::Ordering::Equal => return Some(line),
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
        }
    }
    None
}

/// Checks what [`SortedTable`] needs of a table (`#` lines dropped): every line a data line as
/// [`data_lines`] gives it (not blank, no trailing white space), its first column without
/// surrounding white space, first columns in strictly increasing byte order. The first offending
/// line, if any.
pub fn check_sorted(table: &str) -> Result<(), String> {
    let mut prev: Option<&str> = None;
    for line in table.lines() {
        let key = key_of(line);
        if key.is_empty() || key.trim() != key || line.trim_end() != line || line.starts_with('#') {
            return Err(format!("not a data line with a key: {line:?}"));
        }
        if prev.is_some_and(|p| p >= key) {
            return Err(format!("out of order: {prev:?} then {key:?}"));
        }
        prev = Some(key);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// In-place and indexed lookups answer as a hash map does, for every key of a table and for words
    /// around them (before, after, prefixes, longer), the first part first.
    #[test]
    fn sorted_tables_answer_as_a_map_does() {
        static CODED_A: Coded = crate::coded_table!("Abbott\nAdams\tm\nBaker\tf\tx\nZhou");
        static CODED_B: Coded = crate::coded_table!("Aaron\nAdams\tf\nMiller\nZz");
        static BOTH: [&Coded; 2] = [&CODED_A, &CODED_B];
        let (a, b) = (CODED_A.plain(), CODED_B.plain());
        check_sorted(a).unwrap();
        check_sorted(b).unwrap();
        let table = SortedTable::new(&BOTH);
        let mut map = std::collections::HashMap::new();
        for l in a.lines().chain(b.lines()) {
            map.entry(key_of(l)).or_insert(l);
        }
        let mut asks: Vec<String> = map.keys().map(|w| w.to_string()).collect();
        for w in map.keys() {
            asks.extend([
                format!("{w}s"),
                w[..w.len() - 1].to_string(),
                format!("A{w}"),
            ]);
        }
        asks.extend(["", "A", "Zzz", "aaron", "Baker ", "Baker\tf", "\n"].map(String::from));
        for round in 0..2 {
            for w in &asks {
                assert_eq!(
                    table.line(w),
                    map.get(w.as_str()).copied(),
                    "{w:?} round {round}"
                );
            }
        }
        assert_eq!(table.line("Adams"), Some("Adams\tm"));
        assert!(sorted_line("only", "only").is_some() && sorted_line("", "x").is_none());
        // Then the hash index answers, the same for every word asked.
        for _ in 0..SortedTable::MAP_AFTER {
            table.contains("Adams");
        }
        assert!(table.index.is_built());
        for w in &asks {
            assert_eq!(table.line(w), map.get(w.as_str()).copied(), "{w:?} indexed");
        }
        assert_eq!(table.line("Adams"), Some("Adams\tm"));
        assert!(table.contains("Zz") && !table.contains("Z"));
        assert!(check_sorted("b\na").is_err() && check_sorted("a\na\tx").is_err());
        assert!(check_sorted("a\n\nb").is_err() && check_sorted("a \nb").is_err());
        assert!(check_sorted("a\tx \nb").is_err() && check_sorted(" a\nb").is_err());
    }

    #[test]
    fn data_lines_columns_and_first_column_read_as_the_plain_definitions() {
        // The definitions: `str::lines`, trailing white space trimmed, blank and `#` lines
        // skipped; columns split at tabs; the first column trimmed.
        fn plain(t: &str) -> Vec<&str> {
            t.lines()
                .map(str::trim_end)
                .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
                .collect()
        }
        let tables = [
            "# h\nKyiv\tcapital\nParis\n",
            "a\r\nb \r\n\r\n  # not data\n #\n#x\n x#\n",
            "tab\t\nvt\u{0B}\nnbsp\u{A0}\n\u{2003}lead\n\u{2003}\n\t\nz",
            "one\ttwo\tthree\tfour\tfive\tsix\tseven\teight\n\t\t\n",
            "é\nü \n\u{85}#\nx\r",
            "",
            "\n\n",
            "q",
        ];
        for t in tables {
            let got: Vec<&str> = data_lines(t).collect();
            assert_eq!(got, plain(t), "{t:?}");
            for l in got {
                let want: Vec<&str> = l.split('\t').collect();
                assert_eq!(&*columns(l), &want[..], "{l:?}");
                assert_eq!(first_column(l), want[0].trim(), "{l:?}");
            }
        }
        for w in [" a\tb", "a \tb", "\u{A0}x\u{A0}", "\u{0B}y", "", "z"] {
            assert_eq!(
                first_column(w),
                w.split('\t').next().unwrap_or(w).trim(),
                "{w:?}"
            );
        }
    }
}
