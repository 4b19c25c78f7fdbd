//! Lower- and upper-casing without std's case tables.
//!
//! `str::to_lowercase` and `char::to_uppercase` link two tables of ~1,450 character pairs each
//! into the .wasm (about 23 KB raw, ~10 KB gzipped). The same mappings are runs: "A".."Z" all
//! lower-case by +32, "Ā".."į" alternate upper and lower case. `LOWER` holds every one-character
//! lower-case mapping of std's Unicode version as 185 runs; upper-casing reads the same runs
//! backwards.
//!
//! What differs from std, on purpose: "Σ" always lowers to "σ" (std writes "ς" at a word's end);
//! [`upper_char`] gives the capital that lower-cases to a character, so "ß" (std: "SS")
//! becomes "ẞ", and a character no capital lower-cases to ("ſ", whose capital is "S") keeps its
//! case. A test checks every character
//! against std: equal, or, for a few characters only one of two Unicode versions maps (the
//! table's and the toolchain's), unchanged by one of them. Regenerate the table with
//! `cargo test --lib text::case::tests::print_lower_table -- --ignored --nocapture`.

/// The runs of one-character lower-case mappings, sorted by first character: `(packed, delta)`.
/// `packed` is the first character (bits 0–20), the step between the run's characters minus one
/// (bit 21: 1 for runs that alternate upper and lower case) and their number (bits 22–31); each
/// lower-cases to itself plus `delta`. No run's span holds another run's character.
#[rustfmt::skip]
const LOWER: &[(u32, i32)] = &[
    (0x06800041, 32), (0x05c000c0, 32), (0x01c000d8, 32), (0x06200100, 1), (0x00e00132, 1),
    (0x02200139, 1), (0x05e0014a, 1), (0x00400178, -121), (0x00e00179, 1), (0x00400181, 210),
    (0x00a00182, 1), (0x00400186, 206), (0x00400187, 1), (0x00800189, 205), (0x0040018b, 1),
    (0x0040018e, 79), (0x0040018f, 202), (0x00400190, 203), (0x00400191, 1), (0x00400193, 205),
    (0x00400194, 207), (0x00400196, 211), (0x00400197, 209), (0x00400198, 1), (0x0040019c, 211),
    (0x0040019d, 213), (0x0040019f, 214), (0x00e001a0, 1), (0x004001a6, 218), (0x004001a7, 1),
    (0x004001a9, 218), (0x004001ac, 1), (0x004001ae, 218), (0x004001af, 1), (0x008001b1, 217),
    (0x00a001b3, 1), (0x004001b7, 219), (0x004001b8, 1), (0x004001bc, 1), (0x004001c4, 2),
    (0x004001c5, 1), (0x004001c7, 2), (0x004001c8, 1), (0x004001ca, 2), (0x026001cb, 1),
    (0x026001de, 1), (0x004001f1, 2), (0x00a001f2, 1), (0x004001f6, -97), (0x004001f7, -56),
    (0x052001f8, 1), (0x00400220, -130), (0x02600222, 1), (0x0040023a, 10795), (0x0040023b, 1),
    (0x0040023d, -163), (0x0040023e, 10792), (0x00400241, 1), (0x00400243, -195), (0x00400244, 69),
    (0x00400245, 71), (0x01600246, 1), (0x00a00370, 1), (0x00400376, 1), (0x0040037f, 116),
    (0x00400386, 38), (0x00c00388, 37), (0x0040038c, 64), (0x0080038e, 63), (0x04400391, 32),
    (0x024003a3, 32), (0x004003cf, 8), (0x032003d8, 1), (0x004003f4, -60), (0x004003f7, 1),
    (0x004003f9, -7), (0x004003fa, 1), (0x00c003fd, -130), (0x04000400, 80), (0x08000410, 32),
    (0x04600460, 1), (0x06e0048a, 1), (0x004004c0, 15), (0x01e004c1, 1), (0x0c2004d0, 1),
    (0x09800531, 48), (0x098010a0, 7264), (0x004010c7, 7264), (0x004010cd, 7264), (0x140013a0, 38864),
    (0x018013f0, 8), (0x00401c89, 1), (0x0ac01c90, -3008), (0x00c01cbd, -3008), (0x12e01e00, 1),
    (0x00401e9e, -7615), (0x0c201ea0, 1), (0x02001f08, -8), (0x01801f18, -8), (0x02001f28, -8),
    (0x02001f38, -8), (0x01801f48, -8), (0x01201f59, -8), (0x02001f68, -8), (0x02001f88, -8),
    (0x02001f98, -8), (0x02001fa8, -8), (0x00801fb8, -8), (0x00801fba, -74), (0x00401fbc, -9),
    (0x01001fc8, -86), (0x00401fcc, -9), (0x00801fd8, -8), (0x00801fda, -100), (0x00801fe8, -8),
    (0x00801fea, -112), (0x00401fec, -7), (0x00801ff8, -128), (0x00801ffa, -126), (0x00401ffc, -9),
    (0x00402126, -7517), (0x0040212a, -8383), (0x0040212b, -8262), (0x00402132, 28), (0x04002160, 16),
    (0x00402183, 1), (0x068024b6, 26), (0x0c002c00, 48), (0x00402c60, 1), (0x00402c62, -10743),
    (0x00402c63, -3814), (0x00402c64, -10727), (0x00e02c67, 1), (0x00402c6d, -10780), (0x00402c6e, -10749),
    (0x00402c6f, -10783), (0x00402c70, -10782), (0x00402c72, 1), (0x00402c75, 1), (0x00802c7e, -10815),
    (0x0ca02c80, 1), (0x00a02ceb, 1), (0x00402cf2, 1), (0x05e0a640, 1), (0x03a0a680, 1),
    (0x01e0a722, 1), (0x07e0a732, 1), (0x00a0a779, 1), (0x0040a77d, -35332), (0x0160a77e, 1),
    (0x0040a78b, 1), (0x0040a78d, -42280), (0x00a0a790, 1), (0x02a0a796, 1), (0x0040a7aa, -42308),
    (0x0040a7ab, -42319), (0x0040a7ac, -42315), (0x0040a7ad, -42305), (0x0040a7ae, -42308), (0x0040a7b0, -42258),
    (0x0040a7b1, -42282), (0x0040a7b2, -42261), (0x0040a7b3, 928), (0x0220a7b4, 1), (0x0040a7c4, -48),
    (0x0040a7c5, -42307), (0x0040a7c6, -35384), (0x00a0a7c7, 1), (0x0040a7cb, -42343), (0x0220a7cc, 1),
    (0x0040a7dc, -42561), (0x0040a7f5, 1), (0x0680ff21, 32), (0x0a010400, 40), (0x090104b0, 40),
    (0x02c10570, 39), (0x03c1057c, 39), (0x01c1058c, 39), (0x00810594, 39), (0x0cc10c80, 64),
    (0x05810d50, 32), (0x080118a0, 32), (0x08016e40, 32), (0x06416ea0, 27), (0x0881e900, 34),
];

/// The run holding `c` (as a lower-case mapping's source), if any.
fn lower_run(c: u32) -> Option<i32> {
    let i = LOWER.partition_point(|&(p, _)| p & 0x1f_ffff <= c);
    let &(p, delta) = LOWER.get(i.checked_sub(1)?)?;
    let (start, step, n) = (p & 0x1f_ffff, 1 + (p >> 21 & 1), p >> 22);
    let k = c - start;
    (k % step == 0 && k / step < n).then_some(delta)
}

/// `c` in lower case (one character; "İ" lowers to "i" here, to "i̇" in [`lower_str`]).
pub fn lower_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    if c == '\u{130}' {
        return 'i';
    }
    lower_run(c as u32)
        .and_then(|d| char::from_u32((c as u32).wrapping_add_signed(d)))
        .unwrap_or(c)
}

/// `c` in upper case: the first character whose lower case it is ("ß" → "ẞ"), or `c` itself
/// when there is none ("ſ" and the final "ς" stay as they are).
pub fn upper_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_uppercase();
    }
    if !c.is_lowercase() {
        return c;
    }
    let l = c as u32;
    LOWER
        .iter()
        .find_map(|&(p, delta)| {
            let u = l.checked_add_signed(-delta)?;
            (lower_run(u) == Some(delta) && u >> 21 == 0 && p & 0x1f_ffff <= u)
                .then(|| char::from_u32(u))
                .flatten()
        })
        .unwrap_or(c)
}

/// `s` in lower case, as `str::to_lowercase` gives it save for the final sigma (see the module
/// docs).
pub fn lower_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c == '\u{130}' {
            out.push_str("i\u{307}");
        } else {
            out.push(lower_char(c));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character lowers as std lowers it (when std gives one character), save a few that
    /// only one of the two Unicode versions (the table's, the toolchain's) maps; "İ" lowers to
    /// "i".
    #[test]
    fn lower_matches_std() {
        let mut missing = 0;
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let mut std = c.to_lowercase();
            let (first, more) = (std.next(), std.next());
            let ours = lower_char(c);
            match (first, more) {
                (Some(l), None) if ours == l => {}
                // The table and the toolchain's std may be of different Unicode versions: a
                // mapping one of them has and the other not yet (a few per version) is no error.
                (Some(l), None) if ours == c || l == c => {
                    missing += 1;
                    assert!(
                        missing < 40,
                        "{c:?}: std {l:?}, the table {ours:?} (regenerate it)"
                    );
                }
                _ if c == '\u{130}' => assert_eq!(ours, 'i'),
                _ => panic!(
                    "{c:?} ({:04x}): ours {ours:?}, std {first:?} {more:?}",
                    c as u32
                ),
            }
        }
        assert_eq!(
            lower_str("İstanbul ΣΊΣΥΦΟΣ Ünïcode"),
            "i\u{307}stanbul σίσυφοσ ünïcode"
        );
    }

    /// Upper-casing gives std's capital whenever it is one character that lowers back to `c`;
    /// otherwise `c` or that capital.
    #[test]
    fn upper_inverts_lower() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let mut std = c.to_uppercase();
            let (first, more) = (std.next(), std.next());
            let ours = upper_char(c);
            match (first, more) {
                (Some(u), None) if lower_char(u) == c && u != c => {
                    assert_eq!(lower_char(ours), c, "{c:?}: ours {ours:?}, std {u:?}")
                }
                _ => assert!(
                    ours == c || Some(ours) == first || lower_char(ours) == c,
                    "{c:?}: ours {ours:?}"
                ),
            }
        }
        assert_eq!(upper_char('é'), 'É');
        assert_eq!(upper_char('ș'), 'Ș');
        assert_eq!(upper_char('k'), 'K');
        assert_eq!(upper_char('ß'), 'ẞ');
        assert_eq!(upper_char('ſ'), 'ſ');
    }

    /// Prints [`LOWER`] from std's mappings (run with `--ignored --nocapture`).
    #[test]
    #[ignore]
    fn print_lower_table() {
        let mut m: Vec<(u32, i32)> = Vec::new();
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let mut l = c.to_lowercase();
            if let (Some(l), None) = (l.next(), l.next()) {
                if l != c {
                    m.push((c as u32, l as i32 - c as i32));
                }
            }
        }
        let mut runs = Vec::new();
        let mut i = 0;
        while i < m.len() {
            let (c, d) = m[i];
            let len = |step: u32| {
                let mut j = i + 1;
                while j < m.len() && m[j] == (c + step * (j - i) as u32, d) {
                    j += 1;
                }
                j - i
            };
            let (one, two) = (len(1), len(2));
            let (n, step) = if two > one { (two, 2) } else { (one, 1) };
            runs.push(format!(
                "(0x{:08x}, {d})",
                (n as u32) << 22 | (step - 1) << 21 | c
            ));
            i += n;
        }
        for row in runs.chunks(5) {
            println!("    {},", row.join(", "));
        }
    }
}
