//! Byte spans, the map from normalized text back to the original, and UTF-16 conversion.
//!
//! Every stage works on the normalized text (see [`crate::text::normalize`]) in byte offsets.
//! The pipeline maps spans back to the original text once, at the end, with [`OffsetMap`];
//! the JSON edge (CLI and WASM alike) then converts byte offsets to UTF-16 code units with
//! [`Utf16Index`], because that is what JavaScript string indices are.

use serde::Serialize;

/// A half-open byte range `start..end` into a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// Builds a span; `start` must not exceed `end`.
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span {start}..{end} is reversed");
        Span { start, end }
    }
    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    /// True when the span covers no byte.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
    /// True when the two spans share at least one byte.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    /// True when `other` lies inside `self`.
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    /// The text this span covers (empty if it does not fall on char boundaries).
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// One changed piece of the normalized text and where it came from. Everything between two edits
/// was copied verbatim, so only the changes are stored (16 bytes each).
#[derive(Debug, Clone, Copy)]
struct Edit {
    norm: u32,
    norm_len: u32,
    orig: u32,
    /// Original length; the top bit marks a verbatim copy that does not continue the run before it.
    orig_len: u32,
}

const COPIED: u32 = 1 << 31;

impl Edit {
    fn orig_len(&self) -> usize {
        (self.orig_len & !COPIED) as usize
    }
    fn copied(&self) -> bool {
        self.orig_len & COPIED != 0
    }
    fn norm_end(&self) -> usize {
        self.norm as usize + self.norm_len as usize
    }
    fn orig_end(&self) -> usize {
        self.orig as usize + self.orig_len()
    }
}

/// Maps byte offsets in the normalized text back to byte offsets in the original text.
///
/// Built by [`OffsetMapBuilder`] while normalizing: runs copied verbatim map linearly; a replaced
/// piece maps as a whole (a span never ends inside the original of a replacement). Only the
/// replaced pieces are stored, with their original bytes, so the normalized text and the map
/// give back the original ([`OffsetMap::original`]): text without curly quotes, odd spaces or
/// joined line breaks costs nothing. Offsets are held as `u32` (texts up to 2 GiB;
/// [`crate::analyze`] takes at most 16 MiB).
#[derive(Debug, Clone, Default)]
pub struct OffsetMap {
    edits: Vec<Edit>,
    /// The original text of every replacement (whole chars, or a line break), in order.
    removed: String,
    orig_len: usize,
    norm_len: usize,
}

/// `x` as a `u32` offset (saturating: offsets past 2 GiB are out of the map's range).
fn off(x: usize) -> u32 {
    u32::try_from(x).unwrap_or(u32::MAX).min(COPIED - 1)
}

impl OffsetMap {
    /// The identity map for a text of `len` bytes.
    pub fn identity(len: usize) -> Self {
        OffsetMap {
            edits: Vec::new(),
            removed: String::new(),
            orig_len: len,
            norm_len: len,
        }
    }

    /// The original text, rebuilt from `norm`, the normalized text this map was built with:
    /// verbatim runs come from `norm`, replaced pieces from their stored bytes. This lets a caller
    /// that owns the input free it while the stages run (see [`crate::pipeline::run_owned`]).
    pub fn original(&self, norm: &str) -> String {
        let mut out = String::with_capacity(self.orig_len);
        let (mut n, mut r) = (0usize, 0usize);
        for e in &self.edits {
            // The verbatim run before the edit, then the edit's original: copied or stored.
            let (from, to) = if e.copied() {
                (n, e.norm_end())
            } else {
                (n, e.norm as usize)
            };
            out.push_str(norm.get(from..to).unwrap_or_default());
            if !e.copied() {
                out.push_str(self.removed.get(r..r + e.orig_len()).unwrap_or_default());
                r += e.orig_len();
            }
            n = e.norm_end();
        }
        out.push_str(norm.get(n..).unwrap_or_default());
        out
    }

    /// [`Self::original`], rebuilt in `norm`'s own buffer: grown to the original's length (in place
    /// when the memory after it is free), then filled from the end, each piece moving right. A
    /// long text's end of run then needs no second block of its size (WebAssembly memory never
    /// shrinks, and a fresh block of a whole text may not fit in the holes left by the stages).
    /// Falls back to [`Self::original`] for a map where some piece of the normalized text lies
    /// after its original (no normalization writes one).
    pub fn into_original(&self, norm: String) -> String {
        let fits = norm.len() == self.norm_len
            && self.orig_len >= self.norm_len
            && self
                .edits
                .iter()
                .all(|e| e.orig >= e.norm && e.orig_end() >= e.norm_end());
        if !fits {
            return self.original(&norm);
        }
        let mut b = norm.into_bytes();
        b.resize(self.orig_len, 0);
        let (mut n_end, mut o_end, mut r_end) = (self.norm_len, self.orig_len, self.removed.len());
        for e in self.edits.iter().rev() {
            // The verbatim run after the edit, then the edit's original.
            let run = n_end - e.norm_end();
            b.copy_within(e.norm_end()..n_end, o_end - run);
            if e.copied() {
                b.copy_within(e.norm as usize..e.norm_end(), e.orig as usize);
            } else {
                let r0 = r_end - e.orig_len();
                b[e.orig as usize..e.orig_end()]
                    .copy_from_slice(&self.removed.as_bytes()[r0..r_end]);
                r_end = r0;
            }
            (n_end, o_end) = (e.norm as usize, e.orig as usize);
        }
        // What is before the first edit was copied where it stands.
        // The bytes are the input's, so valid UTF-8 (a test checks the rebuild over any text).
        String::from_utf8(b).unwrap_or_default()
    }

    /// Original offset of normalized byte `pos` (`pos` below the normalized length), as the
    /// start (`end == false`) or the end (`end == true`) of that byte.
    fn locate(&self, pos: usize, end: bool) -> usize {
        // The last edit starting at or before `pos` (after any deletions at the same place).
        let i = self.edits.partition_point(|e| e.norm as usize <= pos);
        let Some(e) = i.checked_sub(1).map(|i| self.edits[i]) else {
            // Before the first edit: copied from the start.
            return pos + usize::from(end);
        };
        if pos < e.norm_end() && !e.copied() {
            // Inside a replacement: it maps as a whole.
            return if end { e.orig_end() } else { e.orig as usize };
        }
        if pos < e.norm_end() {
            return e.orig as usize + (pos - e.norm as usize) + usize::from(end);
        }
        // In the verbatim run after the edit.
        e.orig_end() + (pos - e.norm_end()) + usize::from(end)
    }

    /// Original offset of the normalized byte at `pos` (a span start).
    pub fn start(&self, pos: usize) -> usize {
        if pos >= self.norm_len {
            return self.orig_len;
        }
        self.locate(pos, false)
    }

    /// Original offset just after the normalized byte at `pos - 1` (a span end).
    pub fn end(&self, pos: usize) -> usize {
        if pos == 0 || self.norm_len == 0 {
            return 0;
        }
        self.locate(pos.min(self.norm_len) - 1, true)
    }

    /// Maps a normalized span to the original text.
    pub fn span(&self, span: Span) -> Span {
        if span.is_empty() {
            let p = self.start(span.start);
            return Span::new(p, p);
        }
        let start = self.start(span.start);
        let end = self.end(span.end).max(start);
        Span::new(start, end)
    }
}

/// Builds an [`OffsetMap`] of `input` while the normalized text is written, left to right: every
/// normalized byte is recorded once, by [`OffsetMapBuilder::copy`] or [`OffsetMapBuilder::replace`].
#[derive(Debug, Default)]
pub struct OffsetMapBuilder<'a> {
    map: OffsetMap,
    input: &'a str,
}

impl<'a> OffsetMapBuilder<'a> {
    /// A builder for the map of `input` (the original text), empty so far.
    pub fn new(input: &'a str) -> Self {
        OffsetMapBuilder {
            map: OffsetMap::default(),
            input,
        }
    }
    /// Where the verbatim run after the last edit puts normalized offset `norm` in the original.
    fn implied(&self, norm: usize) -> Option<usize> {
        match self.map.edits.last() {
            None => Some(norm),
            Some(e) => norm.checked_sub(e.norm_end()).map(|d| e.orig_end() + d),
        }
    }
    /// Records that `orig_len` original bytes at `orig` were copied verbatim to `norm`.
    pub fn copy(&mut self, norm: usize, orig: usize, len: usize) {
        if len == 0 {
            return;
        }
        // A copy continuing the verbatim run needs no record.
        if self.implied(norm) != Some(orig) {
            self.map.edits.push(Edit {
                norm: off(norm),
                norm_len: off(len),
                orig: off(orig),
                orig_len: off(len) | COPIED,
            });
        }
        self.bump(norm + len, orig + len);
    }
    /// Records that `orig_len` original bytes at `orig` (whole chars) became `norm_len` normalized
    /// bytes at `norm` (`norm_len` may be 0: a deletion).
    pub fn replace(&mut self, norm: usize, norm_len: usize, orig: usize, orig_len: usize) {
        let original = self.input.get(orig..orig + orig_len).unwrap_or_default();
        self.map.edits.push(Edit {
            norm: off(norm),
            norm_len: off(norm_len),
            orig: off(orig),
            orig_len: off(orig_len),
        });
        self.map.removed.push_str(original);
        self.bump(norm + norm_len, orig + orig_len);
    }
    fn bump(&mut self, norm_end: usize, orig_end: usize) {
        self.map.norm_len = self.map.norm_len.max(norm_end);
        self.map.orig_len = self.map.orig_len.max(orig_end);
    }
    /// Finishes the map.
    pub fn finish(mut self) -> OffsetMap {
        self.map.edits.shrink_to_fit();
        self.map
    }
}

/// Converts byte offsets of one text to UTF-16 code-unit offsets (what JavaScript indexes by).
///
/// An ASCII text needs no conversion (a byte is a code unit) and no index. Otherwise the index
/// holds the count at every 64th byte, so a lookup is one array read plus a count over fewer than
/// 64 bytes, and the index costs 1/16 of the text's size (1/8 natively). Counting needs no
/// decoding: every byte that is not a UTF-8 continuation byte starts a char of one code unit, and
/// a four-byte char (a leading byte from `0xF0`) is two.
#[derive(Debug, Clone)]
pub struct Utf16Index<'t> {
    text: &'t [u8],
    /// `checkpoints[i]` = UTF-16 length of the chars starting in `text[..i * STEP]`; empty for
    /// an ASCII text.
    checkpoints: Vec<usize>,
}

const STEP: usize = 64;

/// UTF-16 code units of the chars that start in `bytes` (valid UTF-8 cut anywhere).
#[inline]
fn units(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .map(|&b| usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0))
        .sum()
}

impl<'t> Utf16Index<'t> {
    /// Indexes `text`.
    pub fn new(text: &'t str) -> Self {
        let text = text.as_bytes();
        let mut checkpoints = Vec::new();
        if !text.is_ascii() {
            checkpoints.reserve_exact(text.len() / STEP + 1);
            let mut n = 0;
            checkpoints.push(0);
            for chunk in text.chunks_exact(STEP) {
                n += units(chunk);
                checkpoints.push(n);
            }
        }
        Utf16Index { text, checkpoints }
    }

    /// True when every offset stays as it is (an ASCII text).
    pub fn is_identity(&self) -> bool {
        self.checkpoints.is_empty()
    }

    /// UTF-16 offset of byte offset `byte`: the code units of the chars starting before it (a
    /// byte inside a char counts as that char's end).
    pub fn utf16(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        match self.checkpoints.get(byte / STEP) {
            None => byte,
            Some(&n) => n + units(&self.text[byte / STEP * STEP..byte]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_offsets_count_surrogate_pairs() {
        let t = "a😀b€c";
        let ix = Utf16Index::new(t);
        assert_eq!(ix.utf16(0), 0);
        assert_eq!(ix.utf16(1), 1);
        assert_eq!(ix.utf16(5), 3); // after the emoji: two code units
        assert_eq!(ix.utf16(6), 4);
        assert_eq!(ix.utf16(9), 5); // after the euro sign: one unit
        assert_eq!(ix.utf16(t.len()), 6);
    }

    #[test]
    fn utf16_index_long_text_matches_naive_count() {
        for t in [
            "xé😀\n".repeat(100),
            format!("{}é{}", "a".repeat(200), "b".repeat(63)),
            "ж".repeat(64),
        ] {
            let ix = Utf16Index::new(&t);
            assert!(!ix.is_identity());
            for b in 0..=t.len() + 2 {
                // The chars starting before `b` (a byte inside a char counts its whole char).
                let naive: usize = t
                    .char_indices()
                    .take_while(|&(i, _)| i < b)
                    .map(|(_, c)| c.len_utf16())
                    .sum();
                assert_eq!(ix.utf16(b), naive, "at byte {b}");
            }
        }
    }

    #[test]
    fn utf16_index_of_ascii_is_the_identity() {
        let t = "Kyiv, March 13 (Reuters) - \"Yes,\" he said.\n".repeat(10);
        let ix = Utf16Index::new(&t);
        assert!(ix.is_identity());
        assert_eq!(ix.utf16(17), 17);
        assert_eq!(ix.utf16(t.len() + 5), t.len());
        assert!(Utf16Index::new("").is_identity());
    }

    /// Against a per-byte model: every normalized byte knows the original range it came from.
    #[test]
    fn offset_map_matches_a_per_byte_model() {
        // (normalized length, original length, copied) pieces, tiling both texts.
        let pieces = [
            (0, 3, false), // a leading BOM, deleted
            (5, 5, true),
            (1, 3, false), // a curly quote
            (0, 1, false), // a soft hyphen
            (4, 4, true),
            (1, 2, false), // \r\n
            (0, 2, false),
            (1, 3, false),
            (1, 3, false),
            (3, 3, true),
            (0, 2, false), // trailing deletion
        ];
        let mut b = OffsetMapBuilder::new("");
        let mut model: Vec<(usize, usize)> = Vec::new();
        let (mut n, mut o) = (0, 0);
        for &(nl, ol, copied) in &pieces {
            if copied {
                // Split in two calls: the builder must merge them into the verbatim run.
                b.copy(n, o, 2);
                b.copy(n + 2, o + 2, nl - 2);
                model.extend((0..nl).map(|k| (o + k, o + k + 1)));
            } else {
                b.replace(n, nl, o, ol);
                model.extend((0..nl).map(|_| (o, o + ol)));
            }
            (n, o) = (n + nl, o + ol);
        }
        let m = b.finish();
        assert_eq!(m.edits.len(), 8, "verbatim runs are not stored");
        for s in 0..n {
            for e in s + 1..=n {
                let want = Span::new(model[s].0, model[e - 1].1.max(model[s].0));
                assert_eq!(m.span(Span::new(s, e)), want, "{s}..{e}");
            }
            assert_eq!(m.span(Span::new(s, s)), Span::new(model[s].0, model[s].0));
        }
        assert_eq!(m.span(Span::new(n, n)), Span::new(o, o));
        // Past the end: the end of the last normalized byte's original.
        assert_eq!(m.end(n + 5), model[n - 1].1);
        assert_eq!(
            OffsetMap::identity(9).span(Span::new(2, 5)),
            Span::new(2, 5)
        );
    }

    #[test]
    fn offset_map_copy_replace_delete() {
        // original: "a“b”\n,c"  normalized: "a\"b\",c"
        let mut b = OffsetMapBuilder::new("a“b”\n,c");
        b.copy(0, 0, 1); // a
        b.replace(1, 1, 1, 3); // “ -> "
        b.copy(2, 4, 1); // b
        b.replace(3, 1, 5, 3); // ” -> "
        b.replace(4, 0, 8, 1); // \n deleted
        b.copy(4, 9, 2); // ,c
        let m = b.finish();
        assert_eq!(m.original("a\"b\",c"), "a“b”\n,c");
        assert_eq!(m.into_original("a\"b\",c".to_string()), "a“b”\n,c");
        assert_eq!(m.span(Span::new(0, 4)), Span::new(0, 8)); // a“b”
        assert_eq!(m.span(Span::new(1, 2)), Span::new(1, 4)); // “
        assert_eq!(m.span(Span::new(4, 6)), Span::new(9, 11)); // ,c
        assert_eq!(m.span(Span::new(2, 3)), Span::new(4, 5)); // b
    }
}
