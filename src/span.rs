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

/// One piece of the normalized text and where it came from.
#[derive(Debug, Clone, Copy)]
struct Segment {
    norm: usize,
    norm_len: usize,
    orig: usize,
    orig_len: usize,
    /// Copied verbatim (byte-for-byte linear) or replaced as a whole.
    copied: bool,
}

/// Maps byte offsets in the normalized text back to byte offsets in the original text.
///
/// Built by [`OffsetMapBuilder`] while normalizing: runs copied verbatim map linearly; a replaced
/// piece maps as a whole (a span never ends inside the original of a replacement).
#[derive(Debug, Clone, Default)]
pub struct OffsetMap {
    segments: Vec<Segment>,
    orig_len: usize,
    norm_len: usize,
}

impl OffsetMap {
    /// The identity map for a text of `len` bytes.
    pub fn identity(len: usize) -> Self {
        OffsetMap {
            segments: vec![Segment {
                norm: 0,
                norm_len: len,
                orig: 0,
                orig_len: len,
                copied: true,
            }],
            orig_len: len,
            norm_len: len,
        }
    }

    /// Index of the last non-empty segment whose normalized start is `<= pos`.
    fn find(&self, pos: usize) -> Option<&Segment> {
        let i = self.segments.partition_point(|s| s.norm <= pos);
        self.segments[..i].iter().rev().find(|s| s.norm_len > 0)
    }

    /// Original offset of the normalized byte at `pos` (a span start).
    pub fn start(&self, pos: usize) -> usize {
        if pos >= self.norm_len {
            return self.orig_len;
        }
        match self.find(pos) {
            Some(s) if pos < s.norm + s.norm_len => {
                if s.copied {
                    s.orig + (pos - s.norm)
                } else {
                    s.orig
                }
            }
            Some(s) => s.orig + s.orig_len,
            None => 0,
        }
    }

    /// Original offset just after the normalized byte at `pos - 1` (a span end).
    pub fn end(&self, pos: usize) -> usize {
        if pos == 0 {
            return 0;
        }
        let last = pos - 1;
        match self.find(last) {
            Some(s) if last < s.norm + s.norm_len => {
                if s.copied {
                    s.orig + (last - s.norm) + 1
                } else {
                    s.orig + s.orig_len
                }
            }
            Some(s) => s.orig + s.orig_len,
            None => 0,
        }
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

/// Builds an [`OffsetMap`] while the normalized text is written.
#[derive(Debug, Default)]
pub struct OffsetMapBuilder {
    map: OffsetMap,
}

impl OffsetMapBuilder {
    /// A builder for an empty map.
    pub fn new() -> Self {
        Self::default()
    }
    /// Records that `orig_len` original bytes at `orig` were copied verbatim to `norm`.
    pub fn copy(&mut self, norm: usize, orig: usize, len: usize) {
        if len == 0 {
            return;
        }
        if let Some(last) = self.map.segments.last_mut() {
            if last.copied && last.norm + last.norm_len == norm && last.orig + last.orig_len == orig
            {
                last.norm_len += len;
                last.orig_len += len;
                self.bump(norm + len, orig + len);
                return;
            }
        }
        self.map.segments.push(Segment {
            norm,
            norm_len: len,
            orig,
            orig_len: len,
            copied: true,
        });
        self.bump(norm + len, orig + len);
    }
    /// Records that `orig_len` original bytes at `orig` became `norm_len` normalized bytes at `norm`
    /// (`norm_len` may be 0: a deletion).
    pub fn replace(&mut self, norm: usize, norm_len: usize, orig: usize, orig_len: usize) {
        self.map.segments.push(Segment {
            norm,
            norm_len,
            orig,
            orig_len,
            copied: false,
        });
        self.bump(norm + norm_len, orig + orig_len);
    }
    fn bump(&mut self, norm_end: usize, orig_end: usize) {
        self.map.norm_len = self.map.norm_len.max(norm_end);
        self.map.orig_len = self.map.orig_len.max(orig_end);
    }
    /// Finishes the map.
    pub fn finish(self) -> OffsetMap {
        self.map
    }
}

/// Converts byte offsets of one text to UTF-16 code-unit offsets (what JavaScript indexes by).
///
/// Holds one checkpoint every 64 bytes, so a lookup costs at most 64 bytes of scanning and memory
/// stays well under the size of the text.
#[derive(Debug, Clone)]
pub struct Utf16Index<'t> {
    text: &'t str,
    /// `checkpoints[i]` = UTF-16 length of `text[..i * STEP]` (rounded down to a char boundary).
    checkpoints: Vec<(usize, usize)>,
}

const STEP: usize = 64;

impl<'t> Utf16Index<'t> {
    /// Indexes `text`.
    pub fn new(text: &'t str) -> Self {
        let mut checkpoints = Vec::with_capacity(text.len() / STEP + 2);
        let mut units = 0usize;
        let mut next = 0usize;
        for (i, c) in text.char_indices() {
            if i >= next {
                checkpoints.push((i, units));
                next = i + STEP;
            }
            units += c.len_utf16();
        }
        checkpoints.push((text.len(), units));
        Utf16Index { text, checkpoints }
    }

    /// UTF-16 offset of byte offset `byte` (a byte inside a char counts as that char's start).
    pub fn utf16(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        let i = self.checkpoints.partition_point(|&(b, _)| b <= byte);
        let (b0, mut units) = self.checkpoints[i.saturating_sub(1)];
        for (j, c) in self.text[b0..].char_indices() {
            if b0 + j >= byte {
                break;
            }
            units += c.len_utf16();
        }
        units
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
        let t: String = "xé😀\n".repeat(100);
        let ix = Utf16Index::new(&t);
        for (b, _) in t.char_indices() {
            assert_eq!(ix.utf16(b), t[..b].encode_utf16().count(), "at byte {b}");
        }
    }

    #[test]
    fn offset_map_copy_replace_delete() {
        // original: "a“b”\n,c"  normalized: "a\"b\",c"
        let mut b = OffsetMapBuilder::new();
        b.copy(0, 0, 1); // a
        b.replace(1, 1, 1, 3); // “ -> "
        b.copy(2, 4, 1); // b
        b.replace(3, 1, 5, 3); // ” -> "
        b.replace(4, 0, 8, 1); // \n deleted
        b.copy(4, 9, 2); // ,c
        let m = b.finish();
        assert_eq!(m.span(Span::new(0, 4)), Span::new(0, 8)); // a“b”
        assert_eq!(m.span(Span::new(1, 2)), Span::new(1, 4)); // “
        assert_eq!(m.span(Span::new(4, 6)), Span::new(9, 11)); // ,c
        assert_eq!(m.span(Span::new(2, 3)), Span::new(4, 5)); // b
    }
}
