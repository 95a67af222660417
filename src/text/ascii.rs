//! ASCII byte classes, eight bytes at a time.
//!
//! Press text is mostly ASCII words between spaces. The scanners that walk
//! it (tokens, date keys, number words, lines, sentence terminators,
//! language runs) share these tests: masks over a `u64` of eight bytes read
//! from the text (SWAR), a lookup table for one byte, and the end of a run
//! found a block at a time.
//!
//! Each mask has the high bit (0x80) of every byte that is in the class set
//! and no other bit. The masks are exact only on ASCII bytes (below 0x80):
//! callers compute them on `w & !HIGH` (no carry can cross a byte) and then
//! keep the bytes of `w` that are ASCII (`!w & HIGH`), or the non-ASCII
//! bytes whose low seven bits they tested.

/// The low bit of every byte.
pub(crate) const ONES: u64 = 0x0101_0101_0101_0101;
/// The high bit of every byte.
pub(crate) const HIGH: u64 = 0x8080_8080_8080_8080;

/// The eight bytes at `i`, as a little-endian word (byte `i` lowest), if
/// there are eight.
#[inline]
pub(crate) fn load(bytes: &[u8], i: usize) -> Option<u64> {
    let eight: [u8; 8] = bytes.get(i..i + 8)?.try_into().ok()?;
    Some(u64::from_le_bytes(eight))
}

/// The bytes `>= k` (`1 <= k <= 0x80`) of an ASCII word. Adding `0x80 - k`
/// to a byte below 0x80 gives at most 0xFE: no carry crosses into the next
/// byte, and the sum reaches 0x80 exactly when the byte is `>= k`.
#[inline]
pub(crate) fn at_least(w: u64, k: u8) -> u64 {
    debug_assert!((1..=0x80).contains(&k));
    w.wrapping_add(ONES * u64::from(0x80 - k)) & HIGH
}

/// The bytes in `lo..=hi` (`1 <= lo <= hi < 0x80`) of an ASCII word.
#[inline]
pub(crate) fn in_range(w: u64, lo: u8, hi: u8) -> u64 {
    at_least(w, lo) & !at_least(w, hi + 1)
}

/// The bytes equal to `b` (`1 <= b < 0x80`) of an ASCII word.
#[inline]
pub(crate) fn equal(w: u64, b: u8) -> u64 {
    in_range(w, b, b)
}

/// The ASCII letters of an ASCII word: setting bit 0x20 maps `A..=Z` onto
/// `a..=z` and no other ASCII byte into that range.
#[inline]
pub(crate) fn letters(w: u64) -> u64 {
    in_range(w | (ONES * 0x20), b'a', b'z')
}

/// The number of bytes set in a mask. Each byte of `mask >> 7` is 0 or 1;
/// multiplying by `ONES` sums them all into the top byte (at most 8, no
/// carry). Cheaper than `count_ones` on targets without `popcnt`.
#[inline]
pub(crate) fn count(mask: u64) -> u32 {
    ((mask >> 7).wrapping_mul(ONES) >> 56) as u32
}

/// A mask whose *first* set byte is the first byte of `w` equal to `b`
/// (any bytes, ASCII or not); bytes after that one may be set wrongly, so
/// only [`first`] may be taken of it. The classic zero-byte test on
/// `w ^ b`: a zero byte borrows, and no byte before the first zero does.
#[inline]
pub(crate) fn first_equal(w: u64, b: u8) -> u64 {
    let v = w ^ (ONES * u64::from(b));
    v.wrapping_sub(ONES) & !v & HIGH
}

/// The first index at or after `from` of a byte of `bytes` that `test`
/// accepts. Sixteen bytes at a time: `mask` of a word must be non-zero
/// exactly when the word holds such a byte, and its first set byte must be
/// the first such byte (as with [`first_equal`]); the last bytes are
/// tested one by one.
#[inline]
pub(crate) fn find(
    bytes: &[u8],
    from: usize,
    mask: impl Fn(u64) -> u64,
    test: impl Fn(u8) -> bool,
) -> Option<usize> {
    let mut i = from.min(bytes.len());
    for sixteen in bytes[i..].chunks_exact(16) {
        let (a, b) = sixteen.split_at(8);
        let a = mask(u64::from_le_bytes(a.try_into().expect("eight bytes")));
        let b = mask(u64::from_le_bytes(b.try_into().expect("eight bytes")));
        if a | b != 0 {
            return Some(i + if a != 0 { first(a) } else { 8 + first(b) });
        }
        i += 16;
    }
    bytes[i..].iter().position(|&b| test(b)).map(|n| i + n)
}

/// The index (0..8) of the first byte set in a mask.
#[inline]
pub(crate) fn first(mask: u64) -> usize {
    mask.trailing_zeros() as usize / 8
}

/// The index (0..8) of the last byte set in a non-empty mask.
#[inline]
pub(crate) fn last(mask: u64) -> usize {
    (63 - mask.leading_zeros() as usize) / 8
}

/// ASCII letters and digits, by byte.
pub(crate) static ALNUM: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// The high bit of each byte lane of `x` (eight bytes, little-endian) that
/// holds an ASCII letter or digit.
pub(crate) fn alnum_lanes(x: u64) -> u64 {
    let low = x & !HIGH;
    (letters(low) | in_range(low, b'0', b'9')) & !x & HIGH
}

/// The high bit of each byte lane of `x` that holds an ASCII letter.
#[inline]
pub(crate) fn letter_lanes(x: u64) -> u64 {
    letters(x & !HIGH) & !x & HIGH
}

/// The end of the run of ASCII letters and digits that starts at `i` of
/// `bytes` (`i` itself when `bytes[i]` is none), reading eight bytes at a
/// time.
pub(crate) fn alnum_end(bytes: &[u8], mut i: usize) -> usize {
    while let Some(block) = bytes.get(i..i + 8) {
        let mut lanes = [0; 8];
        lanes.copy_from_slice(block);
        let other = !alnum_lanes(u64::from_le_bytes(lanes)) & HIGH;
        if other != 0 {
            return i + (other.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < bytes.len() && ALNUM[usize::from(bytes[i])] {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mask_of(bytes: [u8; 8], test: impl Fn(u8) -> bool) -> u64 {
        bytes.iter().enumerate().fold(0, |m, (i, &b)| {
            m | if test(b) { 0x80u64 << (8 * i) } else { 0 }
        })
    }

    #[test]
    fn masks_match_byte_tests_on_every_ascii_byte() {
        for start in (0u8..0x80).step_by(8) {
            let bytes: [u8; 8] = std::array::from_fn(|i| start + i as u8);
            let w = u64::from_le_bytes(bytes);
            assert_eq!(letters(w), mask_of(bytes, |b| b.is_ascii_alphabetic()));
            assert_eq!(
                in_range(w, b'0', b'9'),
                mask_of(bytes, |b| b.is_ascii_digit())
            );
            assert_eq!(equal(w, b'\n'), mask_of(bytes, |b| b == b'\n'));
            assert_eq!(at_least(w, 0x80), 0);
            for k in [1u8, 0x20, 0x41, 0x7F] {
                assert_eq!(at_least(w, k), mask_of(bytes, |b| b >= k));
            }
        }
        for bytes in [
            *b"ab\ncd\n\ne",
            *b"\xE2\x80\x0A\x8A\n\x00\x01\x0A",
            [0x0A; 8],
            [0x8A; 8],
        ] {
            let w = u64::from_le_bytes(bytes);
            let expected = bytes.iter().position(|&b| b == b'\n');
            let m = first_equal(w, b'\n');
            assert_eq!((m != 0).then(|| first(m)), expected);
        }
        let m = letters(u64::from_le_bytes(*b"1 ab  c."));
        assert_eq!((first(m), last(m), count(m)), (2, 6, 3));
        assert_eq!((count(0), count(HIGH)), (0, 8));
        for b in 0..=255u8 {
            let lanes = letter_lanes(u64::from_le_bytes([b; 8]));
            assert_eq!(lanes != 0, b.is_ascii_alphabetic(), "{b}");
        }
    }

    #[test]
    fn lanes_agree_with_the_byte_test_for_every_byte_in_every_lane() {
        for b in 0..=255u8 {
            assert_eq!(ALNUM[usize::from(b)], b.is_ascii_alphanumeric(), "{b}");
            for lane in 0..8 {
                let mut block = [b' '; 8];
                block[lane] = b;
                let got = alnum_lanes(u64::from_le_bytes(block));
                let want = if b.is_ascii_alphanumeric() {
                    0x80 << (8 * lane)
                } else {
                    0
                };
                assert_eq!(got, want, "byte {b} in lane {lane}");
            }
        }
    }

    #[test]
    fn run_ends_agree_with_a_byte_by_byte_scan() {
        let text = "Ab9 longerwordthanablock, x\u{e9}y 12345678 end_ZZ\u{2019}s 0";
        let bytes = text.as_bytes();
        for i in 0..=bytes.len() {
            let want = i + bytes[i..]
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric())
                .count();
            assert_eq!(alnum_end(bytes, i), want, "from {i}");
        }
    }
}
