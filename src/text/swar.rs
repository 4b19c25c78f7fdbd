//! Eight bytes at a time: the classic tests for a zero byte in a 64-bit word, shared by the scans
//! that look for a few byte values in long runs of text (the quotation marks, the bytes a JSON
//! string escapes, the line breaks of a decoded word list).

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `word` equal to `c`, as a mask: zero when no byte is `c`, and
/// exact for the lowest such byte (a byte above one that matched may be marked too), so
/// `trailing_zeros() / 8` is the first match's index in a little-endian word.
#[inline]
pub fn bytes_equal(word: u64, c: u8) -> u64 {
    let v = word ^ (ONES * u64::from(c));
    v.wrapping_sub(ONES) & !v & HIGH
}

/// Whether some byte of `word` is below `n` (exact for `n` up to 128).
#[inline]
pub fn any_below(word: u64, n: u8) -> bool {
    word.wrapping_sub(ONES * u64::from(n)) & !word & HIGH != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every byte value in every position, over backgrounds of other values: the mask is zero
    /// exactly when no byte matches, and its lowest bit marks the first match.
    #[test]
    fn masks_find_the_first_matching_byte() {
        for c in [b'\n', b'"', b'\\', 0, 0x7f, 0x80, 0xff] {
            for fill in [b'a', 0x00, 0x01, 0xfe, c.wrapping_add(1)] {
                for at in 0..8 {
                    for x in 0..=255u8 {
                        let mut w = [fill; 8];
                        w[at] = x;
                        let word = u64::from_le_bytes(w);
                        let first = w.iter().position(|&b| b == c);
                        let m = bytes_equal(word, c);
                        assert_eq!(m != 0, first.is_some(), "{c} in {w:?}");
                        if let Some(i) = first {
                            assert_eq!(m.trailing_zeros() as usize / 8, i, "{c} in {w:?}");
                        }
                        assert_eq!(any_below(word, 0x20), w.iter().any(|&b| b < 0x20), "{w:?}");
                    }
                }
            }
        }
    }
}
