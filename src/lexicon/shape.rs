//! Word shapes: the cheap test in front of a word-list lookup.
//!
//! The shape of a word is its first two bytes (as letters a–z of any case,
//! anything else in one slot) and its length. A word whose shape no word of
//! the list has is not in the list, ignoring ASCII case, so most words of
//! running text are turned away with one load before any search.

/// Letters a–z, and one slot for anything else (a byte that is no ASCII
/// letter, or no second byte at all).
const SLOTS: usize = 27;

/// The slot of a byte: its letter, any case, or 26.
const fn slot(b: u8) -> usize {
    if b.is_ascii_alphabetic() {
        (b.to_ascii_lowercase() - b'a') as usize
    } else {
        SLOTS - 1
    }
}

/// [`slot`] of every byte, for the lookups at run time.
static SLOT_OF: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = slot(b as u8) as u8;
        b += 1;
    }
    table
};

/// The bit of a length in a 64-bit set of lengths; lengths from 63 up
/// share the last bit.
pub(crate) const fn length_bit(len: usize) -> u64 {
    1 << if len < 63 { len } else { 63 }
}

/// The shapes of a word list: for each pair of first two slots, a bit per
/// word length. Built at compile time from a list, or at run time.
#[derive(Debug)]
pub(crate) struct WordShapes([u64; SLOTS * SLOTS]);

impl WordShapes {
    /// The shapes of `words`.
    pub(crate) const fn of(words: &[&str]) -> WordShapes {
        WordShapes([0; SLOTS * SLOTS]).and(words)
    }

    /// These shapes with those of `words` added.
    pub(crate) const fn and(mut self, words: &[&str]) -> WordShapes {
        let mut n = 0;
        while n < words.len() {
            self.add(words[n].as_bytes());
            n += 1;
        }
        self
    }

    /// Adds the shape of the word `w` (nothing for an empty one).
    pub(crate) const fn add(&mut self, w: &[u8]) {
        if !w.is_empty() {
            let second = if w.len() > 1 { w[1] } else { b' ' };
            self.0[slot(w[0]) * SLOTS + slot(second)] |= length_bit(w.len());
        }
    }

    /// Whether `word` has the shape of a word of the list (so it may be
    /// one, ignoring ASCII case).
    #[inline]
    pub(crate) fn fits(&self, word: &[u8]) -> bool {
        let Some(&first) = word.first() else {
            return false;
        };
        self.fits_parts(first, word.get(1).copied().unwrap_or(b' '), word.len())
    }

    /// [`WordShapes::fits`] told the word's first byte, the byte after it
    /// (anything but a letter when the word has one byte) and its length.
    #[inline]
    pub(crate) fn fits_parts(&self, first: u8, second: u8, len: usize) -> bool {
        let at = |b: u8| usize::from(SLOT_OF[usize::from(b)]);
        self.0[at(first) * SLOTS + at(second)] & length_bit(len) != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_fits_in_any_case_and_others_mostly_do_not() {
        static SHAPES: WordShapes = WordShapes::of(&["said", "a", "x1", "according"]);
        for w in ["said", "SAID", "Said", "a", "A", "x1", "According"] {
            assert!(SHAPES.fits(w.as_bytes()), "{w}");
        }
        for w in ["sai", "saids", "b", "the", "", "x12"] {
            assert!(!SHAPES.fits(w.as_bytes()), "{w}");
        }
        // The same shape as a word of the list: the lookup behind decides.
        assert!(SHAPES.fits(b"sail"));
        assert!(SHAPES.fits_parts(b'a', b' ', 1));
        let more = WordShapes::of(&["said"]).and(&["USD"]);
        assert!(more.fits(b"usd") && more.fits(b"said"));
    }
}
