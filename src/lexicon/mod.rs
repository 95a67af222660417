//! Lexicons: word lists as data, one file per area, each group with the
//! reason it is there. Rules elsewhere refer to them by name.

pub(crate) mod accusation;
pub(crate) mod cues;
pub(crate) mod outlets;
pub(crate) mod parties;
pub(crate) mod phrase;
pub(crate) mod rebuttal;
pub(crate) mod units;

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// FNV-1a: words are short and trusted lexicon entries, so a fast hash
/// beats SipHash's flood resistance here.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type FnvSet = HashSet<&'static str, BuildHasherDefault<Fnv>>;

/// A word list for constant-time lookups, ASCII case-insensitive. The list
/// stays data in its lexicon file; the set is built on first use.
#[derive(Debug)]
pub(crate) struct Lexicon {
    words: &'static [&'static str],
    set: OnceLock<FnvSet>,
}

impl Lexicon {
    /// A lexicon over `words` (lowercase).
    pub(crate) const fn new(words: &'static [&'static str]) -> Lexicon {
        Lexicon {
            words,
            set: OnceLock::new(),
        }
    }

    /// Whether `word` is in the list, ignoring ASCII case.
    pub(crate) fn contains(&self, word: &str) -> bool {
        let mut buf = [0u8; 16];
        let Some(lower) = crate::text::lower_ascii(word, &mut buf) else {
            return false;
        };
        self.set
            .get_or_init(|| self.words.iter().copied().collect())
            .contains(lower)
    }
}
