//! Title lists: phrases looked for as whole words in a lower-case noun
//! phrase, where the list's order (not the position in the phrase)
//! decides which one is found.

/// A list of lower-case phrases, each with a value ("press secretary" and
/// its role), searched as whole words: [`TitleList::find`] gives the
/// first phrase of the list that stands in a text. At most 63 phrases.
///
/// A table built at compile time holds, for each byte, the phrases that
/// start with it, as bits; so one pass over the word starts of the text
/// compares only the phrases that start with the word's first byte, in
/// the list's order, and allocates nothing.
#[derive(Debug)]
pub(crate) struct TitleList<T: 'static> {
    entries: &'static [(&'static str, T)],
    /// For each byte, the indices in `entries` of the phrases starting
    /// with it, as bits.
    by_first: [u64; 256],
}

impl<T> TitleList<T> {
    /// The list of `entries`, in the order that decides between them.
    pub(crate) const fn new(entries: &'static [(&'static str, T)]) -> TitleList<T> {
        assert!(entries.len() < 64, "a title list holds at most 63 phrases");
        let mut by_first = [0u64; 256];
        let mut k = 0;
        while k < entries.len() {
            let b = entries[k].0.as_bytes();
            if !b.is_empty() {
                by_first[b[0] as usize] |= 1 << k;
            }
            k += 1;
        }
        TitleList { entries, by_first }
    }

    /// The first entry of the list (in the list's order) whose phrase
    /// stands as whole words in `lower` (lower case): "the secretary and
    /// press secretary" finds "press secretary" when it comes first in the
    /// list. A phrase inside a longer word ("ministers") is not found.
    pub(crate) fn find(&self, lower: &str) -> Option<&'static (&'static str, T)> {
        let mut best: Option<usize> = None;
        let mut after_word = false;
        for (i, c) in lower.char_indices() {
            if !after_word {
                let rest = &lower[i..];
                let limit = best.unwrap_or(self.entries.len());
                // The phrases before `limit` with this first byte, as bits.
                let mut candidates =
                    self.by_first[usize::from(lower.as_bytes()[i])] & ((1u64 << limit) - 1);
                while candidates != 0 {
                    let k = candidates.trailing_zeros() as usize;
                    let t = self.entries[k].0;
                    if rest.starts_with(t) && word_bounded(lower, i, t.len()) {
                        best = Some(k);
                        break;
                    }
                    candidates &= candidates - 1;
                }
            }
            after_word = c.is_alphanumeric();
        }
        let entries: &'static [(&'static str, T)] = self.entries;
        best.map(|k| &entries[k])
    }
}

/// Whether the `len` bytes of `s` at `i` stand as whole words: no letter or
/// digit just before or just after them.
fn word_bounded(s: &str, i: usize, len: usize) -> bool {
    let before = s[..i].chars().next_back();
    let after = s[i + len..].chars().next();
    before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    static TITLES: TitleList<u8> = TitleList::new(&[
        ("press secretary", 1),
        ("deputy spokesperson", 2),
        ("spokesperson", 3),
        ("secretary", 4),
        ("foreign minister", 5),
        ("minister", 6),
    ]);

    fn title(s: &str) -> Option<(&'static str, u8)> {
        TITLES.find(s).copied()
    }

    #[test]
    fn the_list_order_decides_not_the_position() {
        assert_eq!(
            title("the secretary and press secretary"),
            Some(("press secretary", 1))
        );
        assert_eq!(
            title("deputy spokesperson hua"),
            Some(("deputy spokesperson", 2))
        );
        assert_eq!(title("the foreign minister"), Some(("foreign minister", 5)));
        assert_eq!(title("minister of state"), Some(("minister", 6)));
    }

    #[test]
    fn titles_stand_as_whole_words() {
        assert_eq!(title("the ministers' envoys"), None);
        assert_eq!(title("spokespersons"), None);
        assert_eq!(title("xsecretary"), None);
        assert_eq!(title("é secretary"), Some(("secretary", 4)));
        assert_eq!(title("secretary-level"), Some(("secretary", 4)));
        assert_eq!(title(""), None);
        assert_eq!(title("the president"), None);
    }
}
