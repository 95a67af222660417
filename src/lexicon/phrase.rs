//! A phrase table: finds lexicon phrases in a sentence by one pass over its
//! word starts, with the candidates of each start looked up by first byte.
//!
//! Phrases are written in lower case. A trailing `*` makes a stem ("accus*"
//! matches "accused", "accusation"); otherwise an ASCII phrase must end at a
//! word boundary. A space in a phrase matches any run of whitespace (hard
//! wrapped lines), and `'` matches a straight or a curly apostrophe. Phrases
//! in Han script match at any character, since Chinese has no spaces.

use crate::Span;

/// One phrase of a table and the value it carries.
#[derive(Debug)]
struct Entry<T> {
    key: &'static [u8],
    stem: bool,
    value: T,
}

/// A sorted table of phrases, indexed by first byte.
#[derive(Debug)]
pub(crate) struct PhraseTable<T: 'static> {
    entries: Vec<Entry<T>>,
    /// `first[b]..first[b + 1]` are the entries whose key starts with byte `b`.
    first: Vec<u32>,
    /// Bit `b1` of row `b0`: whether some key starts with bytes `b0 b1`, to
    /// pass over most word starts without a search.
    pairs: Vec<[u64; 4]>,
}

/// A phrase found in a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Hit<T> {
    /// Where it stands in the input.
    pub(crate) span: Span,
    /// The value the lexicon gives it.
    pub(crate) value: T,
}

impl<T: Copy + 'static> PhraseTable<T> {
    /// A table from `(phrase, value)` pairs.
    pub(crate) fn new(pairs: &'static [(&'static str, T)]) -> PhraseTable<T> {
        let mut entries: Vec<Entry<T>> = pairs
            .iter()
            // Phrases have at least two bytes (the index narrows by two).
            .filter(|(k, _)| k.trim_end_matches('*').len() >= 2)
            .map(|&(k, value)| {
                let stem = k.ends_with('*');
                let key = k.strip_suffix('*').unwrap_or(k).as_bytes();
                Entry { key, stem, value }
            })
            .collect();
        // Longer keys first within equal prefixes does not matter: every
        // candidate is tried and the longest kept.
        entries.sort_by(|a, b| a.key.cmp(b.key));
        let mut first = vec![0u32; 257];
        for b in 0..256usize {
            first[b + 1] = first[b]
                + entries
                    .iter()
                    .filter(|e| usize::from(e.key[0]) == b)
                    .count() as u32;
        }
        let mut pairs = vec![[0u64; 4]; 256];
        for e in &entries {
            let (b0, b1) = (usize::from(e.key[0]), usize::from(e.key[1]));
            pairs[b0][b1 / 64] |= 1 << (b1 % 64);
        }
        PhraseTable {
            entries,
            first,
            pairs,
        }
    }

    /// Every longest phrase match starting at a word start of `lower`, the
    /// ASCII-lowercased copy of `text[base..base + lower.len()]`, appended
    /// to `out` in order.
    pub(crate) fn scan(&self, lower: &[u8], base: usize, out: &mut Vec<Hit<T>>) {
        let mut i = 0;
        while i < lower.len() {
            let b = lower[i];
            let starts_word = b >= 0x80 && b & 0xC0 != 0x80
                || b.is_ascii_alphanumeric() && (i == 0 || !is_word_byte(lower[i - 1]));
            if starts_word {
                let (lo, hi) = (self.first[usize::from(b)], self.first[usize::from(b) + 1]);
                let mut entries = &self.entries[lo as usize..hi as usize];
                // Narrow by the second byte too, unless it is a space or an
                // apostrophe (which match more than themselves).
                if let Some(&next) = lower.get(i + 1) {
                    if !next.is_ascii_whitespace() && next != b'\'' && next != 0xE2 {
                        let row = &self.pairs[usize::from(b)];
                        let n = usize::from(next);
                        if row[n / 64] & (1 << (n % 64)) == 0 {
                            entries = &[];
                        }
                        let from =
                            entries.partition_point(|e| e.key.get(1).is_some_and(|&k| k < next));
                        let to =
                            entries.partition_point(|e| e.key.get(1).is_some_and(|&k| k <= next));
                        entries = &entries[from..to.max(from)];
                    }
                }
                // The longest match wins; equal-length entries (one phrase
                // listed under two values) all count.
                let mut best = 0;
                for e in entries {
                    if let Some(end) = match_at(lower, i, e.key, e.stem) {
                        best = best.max(end);
                    }
                }
                if best > i {
                    for e in entries {
                        if match_at(lower, i, e.key, e.stem) == Some(best) {
                            out.push(Hit {
                                span: Span::new(base + i, base + best),
                                value: e.value,
                            });
                        }
                    }
                }
            }
            // Skip the rest of an ASCII word: no phrase starts inside one.
            i += 1;
            if b.is_ascii_alphanumeric() {
                while i < lower.len() && lower[i].is_ascii_alphanumeric() {
                    i += 1;
                }
            }
        }
    }
}

/// Letters, digits and the inside of multi-byte characters.
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

/// The end of `key` matched at `lower[i..]`, if it matches there.
fn match_at(lower: &[u8], mut i: usize, key: &[u8], stem: bool) -> Option<usize> {
    let mut k = 0;
    while k < key.len() {
        let c = key[k];
        match c {
            b' ' => {
                let start = i;
                while i < lower.len() && lower[i].is_ascii_whitespace() {
                    i += 1;
                }
                if i == start {
                    return None;
                }
            }
            b'\'' => {
                if lower.get(i) == Some(&b'\'') {
                    i += 1;
                } else if lower[i..].starts_with("’".as_bytes()) {
                    i += "’".len();
                } else {
                    return None;
                }
            }
            _ => {
                if lower.get(i) != Some(&c) {
                    return None;
                }
                i += 1;
            }
        }
        k += 1;
    }
    // An ASCII word ends where no ASCII letter or digit follows (a space,
    // punctuation, or a CJK character glued to it).
    let last = key[key.len() - 1];
    let bounded = stem
        || !last.is_ascii_alphanumeric()
        || lower.get(i).is_none_or(|n| !n.is_ascii_alphanumeric());
    if stem {
        // A stem covers the rest of its word ("accus*" gives "accused").
        while i < lower.len() && lower[i].is_ascii_alphanumeric() {
            i += 1;
        }
    }
    bounded.then_some(i)
}

/// The ASCII-lowercased bytes of `text[span]` into `buf` (same length, so
/// offsets carry over).
pub(crate) fn lower_into(text: &str, span: Span, buf: &mut Vec<u8>) {
    buf.clear();
    buf.extend(
        text.as_bytes()[span.start..span.end]
            .iter()
            .map(u8::to_ascii_lowercase),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    static PAIRS: &[(&str, u8)] = &[
        ("accus*", 1),
        ("claim", 2),
        ("claimed", 3),
        ("won't", 4),
        ("贼喊捉贼", 5),
        ("out of political purpose", 6),
    ];

    fn hits(text: &str) -> Vec<(String, u8)> {
        let table = PhraseTable::new(PAIRS);
        let mut buf = Vec::new();
        lower_into(text, Span::new(0, text.len()), &mut buf);
        let mut out = Vec::new();
        table.scan(&buf, 0, &mut out);
        out.iter()
            .map(|h| (text[h.span].to_string(), h.value))
            .collect()
    }

    #[test]
    fn stems_words_and_longest() {
        assert_eq!(hits("They Accused us"), vec![("Accused".into(), 1)]);
        assert_eq!(hits("he claimed it"), vec![("claimed".into(), 3)]);
        assert!(hits("claimant").is_empty());
        assert!(hits("reclaim").is_empty());
    }

    #[test]
    fn apostrophes_spaces_and_han() {
        assert_eq!(hits("It won’t"), vec![("won’t".into(), 4)]);
        assert_eq!(
            hits("out of\npolitical  purpose"),
            vec![("out of\npolitical  purpose".into(), 6)]
        );
        assert_eq!(hits("无法掩盖贼喊捉贼的本质"), vec![("贼喊捉贼".into(), 5)]);
    }
}
