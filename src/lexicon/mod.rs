//! Lexicons: word lists as data, one file per area, each group with the
//! reason it is there. Rules elsewhere refer to them by name.

pub(crate) mod accusation;
pub(crate) mod cues;
pub(crate) mod outlets;
pub(crate) mod parties;
pub(crate) mod phrase;
pub(crate) mod rebuttal;
pub(crate) mod speakers;
pub(crate) mod units;

use std::sync::OnceLock;

/// A word list for fast lookups, ASCII case-insensitive. The list stays
/// data in its lexicon file; on first use each word (at most 16 bytes) is
/// packed into a `u128` and the keys sorted, so a lookup is a binary search
/// over integers with no allocation and no string comparison. Before the
/// search, a table of the words' shapes (first letter, second letter,
/// length) turns most words of running text away in one load.
#[derive(Debug)]
pub(crate) struct Lexicon {
    words: &'static [&'static str],
    index: OnceLock<Index>,
}

/// The packed, sorted keys of a lexicon and the shapes of its words.
#[derive(Debug)]
struct Index {
    keys: Vec<u128>,
    /// For each (first, second) letter pair, a bit per word length.
    shapes: Box<[u32; SHAPES]>,
}

/// Letters a–z, and one slot for anything else.
const LETTER_SLOTS: usize = 27;
const SHAPES: usize = LETTER_SLOTS * LETTER_SLOTS;

/// The shape slot and length bit of a word's first two bytes (any case)
/// and length.
fn shape_of(first: u8, second: u8, len: usize) -> (usize, u32) {
    let slot = |b: u8| {
        let b = b.to_ascii_lowercase();
        if b.is_ascii_lowercase() {
            usize::from(b - b'a')
        } else {
            LETTER_SLOTS - 1
        }
    };
    (slot(first) * LETTER_SLOTS + slot(second), 1 << len.min(31))
}

/// The shape of a packed key.
fn shape(key: u128) -> (usize, u32) {
    let [first, second, ..] = key.to_be_bytes();
    // Packed words have no zero bytes, so the trailing zero bytes are the
    // padding: the length is what is left.
    let len = 16 - key.trailing_zeros() / 8;
    shape_of(first, second, len as usize)
}

/// `word` lowercased and packed into an integer, when it is ASCII and at
/// most 16 bytes long.
pub(crate) fn pack(word: &str) -> Option<u128> {
    let bytes = word.as_bytes();
    if bytes.is_empty() || bytes.len() > 16 {
        return None;
    }
    let mut key = 0u128;
    for &b in bytes {
        if !b.is_ascii() || b == 0 {
            return None;
        }
        key = key << 8 | u128::from(b.to_ascii_lowercase());
    }
    Some(key << (8 * (16 - bytes.len())))
}

impl Lexicon {
    /// A lexicon over `words` (lowercase).
    pub(crate) const fn new(words: &'static [&'static str]) -> Lexicon {
        Lexicon {
            words,
            index: OnceLock::new(),
        }
    }

    /// Whether `word` is in the list, ignoring ASCII case. The shape test
    /// comes first, on the word's bytes, so most words are never packed.
    pub(crate) fn contains(&self, word: &str) -> bool {
        let bytes = word.as_bytes();
        let (Some(&first), true) = (bytes.first(), bytes.len() <= 16) else {
            return false;
        };
        let second = bytes.get(1).copied().unwrap_or(0);
        let (slot, bit) = shape_of(first, second, bytes.len());
        self.index().shapes[slot] & bit != 0 && pack(word).is_some_and(|key| self.contains_key(key))
    }

    fn index(&self) -> &Index {
        self.index.get_or_init(|| {
            let mut keys: Vec<u128> = self.words.iter().filter_map(|w| pack(w)).collect();
            keys.sort_unstable();
            let mut shapes = Box::new([0u32; SHAPES]);
            for &k in &keys {
                let (slot, bit) = shape(k);
                shapes[slot] |= bit;
            }
            Index { keys, shapes }
        })
    }

    /// Whether the packed word `key` (see [`pack`]) is in the list.
    pub(crate) fn contains_key(&self, key: u128) -> bool {
        let index = self.index();
        let (slot, bit) = shape(key);
        index.shapes[slot] & bit != 0 && index.keys.binary_search(&key).is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups_ignore_ascii_case() {
        static L: Lexicon = Lexicon::new(&["said", "report", "a"]);
        assert!(L.contains("said") && L.contains("Said") && L.contains("A"));
        assert!(!L.contains("sai") && !L.contains("saids") && !L.contains(""));
        assert!(!L.contains("a-very-long-word-over-sixteen"));
        // Same shape (first letters and length) as a word in the list.
        assert!(!L.contains("sail") && !L.contains("repast"));
        static SIXTEEN: Lexicon = Lexicon::new(&["abcdefghijklmnop", "x1"]);
        assert!(SIXTEEN.contains("ABCDEFGHIJKLMNOP") && SIXTEEN.contains("X1"));
    }
}
