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
pub fn data_lines(table: &str) -> impl Iterator<Item = &str> {
    let text: &str = if is_front_coded(table) {
        decoded(table)
    } else {
        table
    };
    text.lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
}

/// Splits a TSV data line into its columns.
pub fn columns(line: &str) -> Vec<&str> {
    line.split('\t').collect()
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
    for (no, l) in table.lines().enumerate() {
        let l = l.trim_end();
        if l.trim().is_empty() || l.trim_start().starts_with('#') {
            continue;
        }
        let bad = || format!("front-coded table: bad line {}: {l:?}", no + 1);
        let mut chars = l.chars();
        let n = chars.next().and_then(|c| c.to_digit(10)).ok_or_else(bad)? as usize;
        let prev = out.get(prev_start..).unwrap_or("");
        // The prefix must lie inside the previous line (its `\n` excluded) on a char boundary.
        if n > prev.len().saturating_sub(1) || !prev.is_char_boundary(n) {
            return Err(bad());
        }
        let start = out.len();
        out.extend_from_within(prev_start..prev_start + n);
        out.push_str(chars.as_str());
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
