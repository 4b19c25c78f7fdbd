//! The tables as compiled in: [`table!`](crate::table) drops the `#` comment lines (the format
//! headers, written for people) at compile time, so the .wasm carries only data (about 5 KB gzip
//! less). The files on disk keep their headers; `tables_have_format_headers` checks them.

/// A table's text without its `#` comment lines, computed at compile time. The argument is the
/// table's `include_str!(…)` (written at the call site, so the path is relative to that file):
/// `static PLACES: &str = crate::table!(include_str!("../tables/gazetteer/places.tsv"));`
#[macro_export]
macro_rules! table {
    ($raw:expr) => {{
        const RAW: &[u8] = $raw.as_bytes();
        const LEN: usize = $crate::tables::strip::stripped_len(RAW);
        const BYTES: [u8; LEN] = $crate::tables::strip::stripped::<LEN>(RAW);
        // Whole lines are dropped, so the rest is valid UTF-8 (checked at compile time).
        match ::core::str::from_utf8(&BYTES) {
            Ok(s) => s,
            Err(_) => panic!("a stripped table is not UTF-8"),
        }
    }};
}

/// True when the line `b[start..end]` is dropped: a `#` line.
const fn dropped(b: &[u8], start: usize, end: usize) -> bool {
    start < end && b[start] == b'#'
}

/// The end of the line starting at `i` (the index of its `\n`, or `b.len()`).
pub(crate) const fn line_end(b: &[u8], i: usize) -> usize {
    let mut e = i;
    while e < b.len() && b[e] != b'\n' {
        e += 1;
    }
    e
}

/// The length of `b` without its dropped lines (see [`stripped`]).
pub const fn stripped_len(b: &[u8]) -> usize {
    let (mut i, mut n) = (0, 0);
    while i < b.len() {
        let e = line_end(b, i);
        if !dropped(b, i, e) {
            n += e - i + if e < b.len() { 1 } else { 0 };
        }
        i = e + 1;
    }
    n
}

/// `b` without its `#` comment lines (their `\n` included); `N` is [`stripped_len`]`(b)`.
pub const fn stripped<const N: usize>(b: &[u8]) -> [u8; N] {
    let mut out = [0u8; N];
    let (mut i, mut n) = (0, 0);
    while i < b.len() {
        let e = line_end(b, i);
        if !dropped(b, i, e) {
            let mut k = i;
            while k < e {
                out[n] = b[k];
                n += 1;
                k += 1;
            }
            if e < b.len() {
                out[n] = b'\n';
                n += 1;
            }
        }
        i = e + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn comment_lines_go_and_data_lines_stay() {
        const T: &str = crate::table!("# A table\n# Format: words\nalpha\n#x\nbeta");
        assert_eq!(T, "alpha\nbeta");
        const F: &str = crate::table!("# head\n# Encoding: x\nabc\n#\nd\n");
        assert_eq!(F, "abc\nd\n");
        const E: &str = crate::table!("");
        assert_eq!(E, "");
        const U: &str = crate::table!("# é\nSão Paulo\tcity\n# ü\nZürich\tcity\n");
        assert_eq!(U, "São Paulo\tcity\nZürich\tcity\n");
    }

    /// Every table file starts with `#` header lines that say what a line holds, with an example.
    #[test]
    fn tables_have_format_headers() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/tables");
        let mut seen = 0;
        let mut stack = vec![dir];
        while let Some(d) = stack.pop() {
            for e in std::fs::read_dir(&d).expect("src/tables is readable") {
                let p = e.expect("a directory entry").path();
                if p.is_dir() {
                    stack.push(p);
                    continue;
                }
                let ext = p.extension().and_then(|x| x.to_str()).unwrap_or("");
                if !matches!(ext, "tsv" | "txt") {
                    continue;
                }
                let text = std::fs::read_to_string(&p).expect("a table is UTF-8");
                let head: Vec<&str> = text.lines().take_while(|l| l.starts_with('#')).collect();
                // What a line holds ("Format: …" or "One word per line") and an example line.
                let says = |w: &str| head.iter().any(|l| l.contains(w));
                assert!(
                    (says("Format") || says("per line")) && says("Example"),
                    "{} lacks a header saying its format with an example line",
                    p.display()
                );
                seen += 1;
            }
        }
        assert!(seen >= 25, "only {seen} tables found");
    }
}
