//! Byte positions moved onto char boundaries.
//!
//! Every internal limit that is counted in bytes (a quotation's longest
//! run, a look-behind window, a sentence piece, a language sample) can land
//! inside a multi-byte character: "中" is three bytes, "😀" four. Slicing
//! there panics. So every cap, window and look-behind of the crate goes
//! through these helpers, which land on a boundary of the text:
//!
//! - [`floor`]: the last boundary at or before a position (an end that may
//!   shrink a little);
//! - [`ceil`]: the first boundary at or after a position (a start that may
//!   move on a little);
//! - [`cap`]: the end of a window of at most `max` bytes from `start`,
//!   never past `limit`;
//! - [`back`]: the start of a window of at most `max` bytes before `end`.
//!
//! A char is at most four bytes long, so each moves at most three bytes.

/// The largest char boundary of `text` at or below `at` (`text.len()` when
/// `at` is past the end).
pub(crate) fn floor(text: &str, at: usize) -> usize {
    if at >= text.len() {
        return text.len();
    }
    let mut at = at;
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The smallest char boundary of `text` at or above `at` (`text.len()` when
/// `at` is past the end).
pub(crate) fn ceil(text: &str, at: usize) -> usize {
    if at >= text.len() {
        return text.len();
    }
    let mut at = at;
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// The end of a window that starts at `start` and runs at most `max` bytes,
/// and never past `limit`: `floor(start + max)`, or `limit` when that is
/// nearer. `limit` must itself be a boundary.
pub(crate) fn cap(text: &str, start: usize, max: usize, limit: usize) -> usize {
    let end = start.saturating_add(max);
    if end >= limit {
        limit
    } else {
        floor(text, end)
    }
}

/// The start of a window that ends at `end` and reaches back at most `max`
/// bytes: `ceil(end - max)`, or 0.
pub(crate) fn back(text: &str, end: usize, max: usize) -> usize {
    ceil(text, end.saturating_sub(max))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Text in 1-, 2-, 3- and 4-byte chars, so every cap below straddles
    /// each width somewhere.
    const MIXED: &str = "aé中😀bж語🙂c";

    #[test]
    fn every_position_lands_on_a_boundary() {
        for at in 0..=MIXED.len() + 3 {
            let f = floor(MIXED, at);
            let c = ceil(MIXED, at);
            assert!(MIXED.is_char_boundary(f) && f <= at.min(MIXED.len()));
            assert!(MIXED.is_char_boundary(c) && c >= at.min(MIXED.len()));
            assert!(at.min(MIXED.len()) - f < 4 && c - at.min(MIXED.len()) < 4);
            for max in 0..8 {
                let e = cap(MIXED, f, max, MIXED.len());
                assert!(MIXED.is_char_boundary(e) && e >= f && e - f <= max);
                let s = back(MIXED, c, max);
                assert!(MIXED.is_char_boundary(s) && s <= c && c - s <= max);
                // The slices the helpers exist for do not panic.
                let _ = &MIXED[f..e];
                let _ = &MIXED[s..c];
            }
        }
    }

    #[test]
    fn cap_stops_at_the_limit() {
        assert_eq!(cap("abcdef", 1, 10, 4), 4);
        assert_eq!(cap("abcdef", 1, 2, 4), 3);
        // "中" is bytes 0..3: a cap of 2 bytes from 0 holds no whole char.
        assert_eq!(cap("中文", 0, 2, 6), 0);
        assert_eq!(cap("中文", 0, 4, 6), 3);
        assert_eq!(back("中文", 6, 4), 3);
        assert_eq!(back("中文", 6, usize::MAX), 0);
    }
}
