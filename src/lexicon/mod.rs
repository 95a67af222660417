//! Lexicons: word lists as data, one file per area, each group with the
//! reason it is there. Rules elsewhere refer to them by name.

pub(crate) mod accusation;
pub(crate) mod calendar;
pub(crate) mod cues;
pub(crate) mod han_phrases;
pub(crate) mod numerals;
pub(crate) mod outlets;
pub(crate) mod parties;
pub(crate) mod phrase;
pub(crate) mod protests;
pub(crate) mod rebuttal;
pub(crate) mod shape;
pub(crate) mod speakers;
pub(crate) mod titles;
pub(crate) mod units;

use std::sync::OnceLock;

use shape::WordShapes;

/// A word list for fast lookups, ASCII case-insensitive. The list stays
/// data in its lexicon file; on first use each word (at most 16 bytes) is
/// packed into a `u128` and the keys put in a hash table, so a lookup is a
/// hash and a probe or two over integers, with no allocation and no string
/// comparison. Before the
/// search, the words' [`WordShapes`] turn most words of running text away
/// in one load.
#[derive(Debug)]
pub(crate) struct Lexicon {
    words: &'static [&'static str],
    index: OnceLock<Index>,
}

/// The packed, sorted keys of a lexicon and the shapes of its words.
#[derive(Debug)]
struct Index {
    /// The packed words in an open-addressed table of a power-of-two size
    /// at least twice their number; 0 marks an empty slot (no packed word
    /// is 0). A lookup hashes the key and probes from there.
    slots: Vec<u128>,
    shapes: WordShapes,
}

impl Index {
    fn new(words: &[&str]) -> Index {
        let keys: Vec<u128> = words.iter().filter_map(|w| pack(w)).collect();
        let size = (keys.len() * 2).next_power_of_two().max(8);
        let mut slots = vec![0u128; size];
        for key in keys {
            let mut at = slot(key, size);
            while slots[at] != 0 && slots[at] != key {
                at = (at + 1) & (size - 1);
            }
            slots[at] = key;
        }
        Index {
            slots,
            shapes: WordShapes::of(words),
        }
    }

    #[inline]
    fn holds(&self, key: u128) -> bool {
        let size = self.slots.len();
        let mut at = slot(key, size);
        loop {
            match self.slots[at] {
                0 => return false,
                k if k == key => return true,
                _ => at = (at + 1) & (size - 1),
            }
        }
    }
}

/// The home slot of `key` in a table of `size` slots (a power of two): the
/// high bits of a multiplicative hash of its two halves.
#[inline]
fn slot(key: u128, size: usize) -> usize {
    let folded = (key as u64) ^ ((key >> 64) as u64).rotate_left(29);
    let hash = folded.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (hash >> (64 - size.trailing_zeros())) as usize
}

/// `word` lowercased and packed into an integer, when it is ASCII and at
/// most 16 bytes long.
fn pack(word: &str) -> Option<u128> {
    pack_bytes(word.as_bytes())
}

/// [`pack`] on bytes: the word lowercased into sixteen bytes in one pass
/// and read as one big-endian integer (no shifts of a `u128` per byte).
#[inline]
fn pack_bytes(bytes: &[u8]) -> Option<u128> {
    if bytes.is_empty() || bytes.len() > 16 {
        return None;
    }
    let mut buf = [0u8; 16];
    for (slot, &b) in buf.iter_mut().zip(bytes) {
        if b == 0 || b >= 0x80 {
            return None;
        }
        *slot = b | (u8::from(b.is_ascii_uppercase()) << 5);
    }
    Some(u128::from_be_bytes(buf))
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
    #[inline]
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.contains_bytes(word.as_bytes())
    }

    /// [`Lexicon::contains`] on the bytes of a word, which need not be
    /// UTF-8 checked: a word with a byte over 0x7F is in no list.
    #[inline]
    pub(crate) fn contains_bytes(&self, word: &[u8]) -> bool {
        let index = self.index();
        word.len() <= 16
            && index.shapes.fits(word)
            && pack_bytes(word).is_some_and(|key| index.holds(key))
    }

    /// Whether `word` is in the list as written, like `contains` on a
    /// slice of its words: a word with an ASCII capital is not, for the
    /// words of a lexicon are lower case; the rest is [`Lexicon::contains`].
    /// Exact for a word without a space (a list's entry over 16 bytes, which
    /// no lookup finds, is a phrase).
    #[inline]
    pub(crate) fn contains_as_written(&self, word: &str) -> bool {
        !word.bytes().any(|b| b.is_ascii_uppercase()) && self.contains(word)
    }

    /// Whether `word` has the shape of a word of the list (its first two
    /// bytes and its length, ignoring ASCII case): one load turns most words
    /// of running text away. `true` only says that it may be in the list.
    #[inline]
    pub(crate) fn may_contain(&self, word: &[u8]) -> bool {
        self.index().shapes.fits(word)
    }

    fn index(&self) -> &Index {
        self.index.get_or_init(|| Index::new(self.words))
    }
}

/// The words of `table`, in order, for word lists built at compile time
/// (`N` is `table.len()`).
pub(crate) const fn names<T: Copy, const N: usize>(
    table: &[(&'static str, T)],
) -> [&'static str; N] {
    let mut out = [""; N];
    let mut k = 0;
    while k < N {
        out[k] = table[k].0;
        k += 1;
    }
    out
}

/// The lists `parts` one after the other (`N` is the sum of their
/// lengths), for word lists built at compile time from the tables of the
/// lexicons.
pub(crate) const fn concat<const N: usize>(parts: &[&[&'static str]]) -> [&'static str; N] {
    let mut out = [""; N];
    let mut k = 0;
    let mut p = 0;
    while p < parts.len() {
        let mut i = 0;
        while i < parts[p].len() {
            out[k] = parts[p][i];
            k += 1;
            i += 1;
        }
        p += 1;
    }
    assert!(k == N, "concat: N is not the sum of the lengths");
    out
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

    #[test]
    fn lookups_as_written_mind_capitals() {
        static L: Lexicon = Lexicon::new(&["said", "according", "spokesperson's office"]);
        assert!(L.contains_as_written("said") && L.contains_as_written("according"));
        assert!(!L.contains_as_written("Said") && !L.contains_as_written("ACCORDING"));
        assert!(!L.contains_as_written("saids") && !L.contains_as_written(""));
        assert!(!L.contains_as_written("spokesperson's"));
    }

    #[test]
    fn the_shape_filter_turns_most_words_away() {
        static L: Lexicon = Lexicon::new(&["said", "spokesperson", "according"]);
        for w in ["said", "Said", "SPOKESPERSON", "According"] {
            assert!(L.may_contain(w.as_bytes()), "{w}");
        }
        for w in ["the", "sa", "saids", "", "ministry"] {
            assert!(!L.may_contain(w.as_bytes()), "{w}");
        }
        // Same first letters and length: the lookup behind decides.
        assert!(L.may_contain(b"sail") && !L.contains("sail"));
    }

    #[test]
    fn word_lists_built_at_compile_time() {
        const BOTH: [&str; 3] = concat(&[&["a"], &["b", "c"]]);
        assert_eq!(BOTH, ["a", "b", "c"]);
        const NAMES: [&str; 2] = names(&[("x", 1), ("y", 2)]);
        assert_eq!(NAMES, ["x", "y"]);
    }
}
