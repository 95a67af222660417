//! ASCII letters and digits, eight bytes at a time.
//!
//! Press text is mostly ASCII words between spaces. The scanners that walk
//! it word by word (tokens, date keys, number words) share these tests: a
//! lane mask over a `u64` of eight bytes, a lookup table for one byte, and
//! the end of a run found a block at a time.

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

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
/// holds an ASCII letter or digit. Each comparison adds to a lane's seven
/// low bits with its high bit set, so no lane borrows from or carries into
/// the next.
pub(crate) fn alnum_lanes(x: u64) -> u64 {
    // Lane by lane: v >= c, for v below 0x80.
    let at_least = |v: u64, c: u8| ((v | HIGH) - ONES * u64::from(c)) & HIGH;
    let low = x & !HIGH;
    // Setting 0x20 maps exactly the capitals onto the small letters.
    let folded = low | (ONES * 0x20);
    let letter = at_least(folded, b'a') & !at_least(folded, b'z' + 1);
    let digit = at_least(low, b'0') & !at_least(low, b'9' + 1);
    (letter | digit) & !x & HIGH
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
