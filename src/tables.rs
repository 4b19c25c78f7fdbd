//! Compiled-in data tables (`src/tables/`), parsed once on first use.
//!
//! Every table starts with `#` header lines saying what a line means; blank lines and `#` lines
//! are skipped. A test checks that every table parses. The build compiles the tables in without
//! their comment lines ([`table!`](crate::table), in [`strip`]); the files keep them.
//!
//! The large generated lists are stored front-coded (a header line says so): each data line
//! starts with a digit `N`, and stands for the first `N` bytes of the previous data line followed
//! by the rest of the line. `Aachen` then `7Aargau`… no: `Aachen`, `2rgau` is `Aargau`. Sorted
//! lists share long prefixes, so this makes the .wasm about 15 KB (gzip) smaller than gzip alone
//! does. [`data_lines`] decodes such a table once (kept for the life of the process) and yields
//! the same lines as the plain table, so loaders do not know the difference.

pub mod strip;

use std::sync::Mutex;

/// The header line that marks a front-coded table (see the module docs).
pub const FRONT_CODED: &str = "# Encoding: front-coded";

/// Lines of a table that carry data: not blank, not a `#` comment; trailing spaces trimmed.
/// A front-coded table is decoded first (once per table).
pub fn data_lines(table: &str) -> DataLines<'_> {
    let text: &str = if is_front_coded(table) {
        decoded(table)
    } else {
        table
    };
    DataLines { rest: text }
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

/// True when a header line of `table` (before the first data line) is [`FRONT_CODED`].
pub fn is_front_coded(table: &str) -> bool {
    for l in table.lines() {
        let l = l.trim();
        if l.is_empty() {
            continue;
        }
        if !l.starts_with('#') {
            return false;
        }
        if l.starts_with(FRONT_CODED) {
            return true;
        }
    }
    false
}

/// Decodes a front-coded table into its plain data lines (one per line, no headers).
/// A malformed line (no leading digit, or a prefix longer than the previous line or not ending
/// on a character boundary) is an error naming the line.
pub fn decode_front_coded(table: &str) -> Result<String, String> {
    let mut out = String::with_capacity(table.len() * 2);
    let mut prev_start = 0usize;
    for l in (DataLines { rest: table }) {
        let bad = || {
            // The line number, counted only for the message.
            let at = l.as_ptr() as usize - table.as_ptr() as usize;
            let no = table.as_bytes()[..at]
                .iter()
                .filter(|&&b| b == b'\n')
                .count();
            format!("front-coded table: bad line {}: {l:?}", no + 1)
        };
        let n = match l.as_bytes().first() {
            Some(d) if d.is_ascii_digit() => usize::from(d - b'0'),
            _ => return Err(bad()),
        };
        let prev = out.get(prev_start..).unwrap_or("");
        // The prefix must lie inside the previous line (its `\n` excluded) on a char boundary.
        if n > prev.len().saturating_sub(1) || !prev.is_char_boundary(n) {
            return Err(bad());
        }
        let start = out.len();
        out.extend_from_within(prev_start..prev_start + n);
        out.push_str(&l[1..]);
        out.push('\n');
        prev_start = start;
    }
    Ok(out)
}

/// The decoded text of a front-coded table, decoded on first request and kept (leaked: tables
/// are compiled-in constants, each decoded at most once per process).
fn decoded(table: &str) -> &'static str {
    static CACHE: Mutex<Vec<(usize, usize, &'static str)>> = Mutex::new(Vec::new());
    let key = (table.as_ptr() as usize, table.len());
    let mut cache = CACHE.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(&(_, _, s)) = cache.iter().find(|&&(p, n, _)| (p, n) == key) {
        return s;
    }
    let text = decode_front_coded(table).unwrap_or_else(|e| {
        debug_assert!(false, "{e}");
        String::new()
    });
    let s: &'static str = Box::leak(text.into_boxed_str());
    cache.push((key.0, key.1, s));
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Front-codes plain lines (what `src/tables/generate.py` does), for the round trip.
    fn encode(lines: &[&str]) -> String {
        let mut out = format!("# test\n{FRONT_CODED} (see src/tables.rs)\n");
        let mut prev = "";
        for l in lines {
            let mut n = 0;
            while n < 9 && n < prev.len() && n < l.len() && prev.as_bytes()[n] == l.as_bytes()[n] {
                n += 1;
            }
            while !l.is_char_boundary(n) {
                n -= 1;
            }
            out.push_str(&format!("{n}{}\n", &l[n..]));
            prev = l;
        }
        out
    }

    #[test]
    fn front_coding_round_trips() {
        let rows: &[(&str, &[&str])] = &[
            (
                "sorted words",
                &["Aachen", "Aargau", "Aba", "Abadan", "Abaetetuba"],
            ),
            (
                "long shared prefix",
                &["Internationalization", "Internationalized", "Intern"],
            ),
            (
                "columns",
                &[
                    "A Coruna\tcity\tA Coruña",
                    "A Coruña\tcity",
                    "A'ana\tregion",
                ],
            ),
            (
                "multi-byte prefix",
                &["Zürich", "Züge", "Zug", "Zürich\tcity"],
            ),
            ("repeated line", &["same", "same", "same"]),
            ("unsorted", &["b", "a", "ab", "abc", "b"]),
        ];
        for (name, lines) in rows {
            let enc = encode(lines);
            assert!(is_front_coded(&enc), "{name}");
            let got: Vec<&str> = data_lines(&enc).collect();
            assert_eq!(&got, lines, "{name}: {enc}");
        }
    }

    #[test]
    fn malformed_front_coded_lines_are_errors() {
        for (name, body) in [
            ("no digit", "Aachen\n"),
            ("prefix longer than the previous line", "0Ab\n5c\n"),
            ("prefix inside a character", "0Zü\n2x\n"),
        ] {
            let t = format!("{FRONT_CODED}\n{body}");
            assert!(decode_front_coded(&t).is_err(), "{name}");
        }
    }

    #[test]
    fn every_front_coded_table_decodes() {
        fn walk(dir: &std::path::Path, found: &mut Vec<std::path::PathBuf>) {
            for e in std::fs::read_dir(dir).expect("tables dir") {
                let p = e.expect("entry").path();
                if p.is_dir() {
                    walk(&p, found);
                } else if matches!(p.extension().and_then(|x| x.to_str()), Some("tsv" | "txt")) {
                    found.push(p);
                }
            }
        }
        let mut files = Vec::new();
        walk(
            std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src/tables")),
            &mut files,
        );
        let mut coded = 0;
        for p in files {
            let t = std::fs::read_to_string(&p).expect("utf-8 table");
            if !is_front_coded(&t) {
                continue;
            }
            coded += 1;
            let plain = decode_front_coded(&t).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            let coded_lines = t
                .lines()
                .filter(|l| !l.trim().is_empty() && !l.starts_with('#'));
            assert_eq!(
                plain.lines().count(),
                coded_lines.count(),
                "{}",
                p.display()
            );
            assert!(
                plain.lines().all(|l| !l.trim().is_empty()),
                "{}",
                p.display()
            );
        }
        assert!(coded >= 4, "only {coded} front-coded tables found");
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

    #[test]
    fn plain_tables_are_not_front_coded() {
        assert!(!is_front_coded("# a table\n# Format: one word\nword\n"));
        // The marker only counts among the header lines.
        assert!(!is_front_coded(&format!(
            "# a table\nword\n{FRONT_CODED}\n"
        )));
        let plain: Vec<&str> = data_lines("# h\n\nKyiv\tcapital  \n# c\nParis\n").collect();
        assert_eq!(plain, ["Kyiv\tcapital", "Paris"]);
    }
}
