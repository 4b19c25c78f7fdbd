//! Compiled-in data tables (`src/tables/`), parsed once on first use.
//!
//! Every table starts with `#` header lines saying what a line means; blank lines and `#` lines
//! are skipped. A test checks that every table parses. The build compiles the tables in without
//! their comment lines ([`table!`](crate::table), in [`strip`]); the files keep them.
//!
//! The tables are plain text. The large generated lists were once stored front-coded (each line
//! sharing a prefix with the one before), 12.8 KB of gzipped .wasm less, but decoding them took
//! ~11% of the first analysis; `src/tables/generate.py` says more.

pub mod strip;

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

#[cfg(test)]
mod tests {
    use super::*;

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
