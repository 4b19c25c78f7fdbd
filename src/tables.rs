//! Compiled-in data tables (`src/tables/`), parsed once on first use.
//!
//! Every table starts with `#` header lines saying what a line means; blank lines and `#` lines
//! are skipped. A test checks that every table parses.

/// Lines of a table that carry data: not blank, not a `#` comment; trailing spaces trimmed.
pub fn data_lines(table: &str) -> impl Iterator<Item = &str> {
    table
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
}

/// Splits a TSV data line into its columns.
pub fn columns(line: &str) -> Vec<&str> {
    line.split('\t').collect()
}
