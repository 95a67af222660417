//! Han phrase lists: Chinese words looked for inside a text (Chinese has no
//! spaces between words), with a filter that skips a text none of them can
//! stand in.

/// A list of phrases searched as substrings ("表示", "指出"), with a table
/// built at compile time of the bytes that start one of them: a phrase can
/// only occur where its first byte does, so a text without any such byte
/// (English with curly quotes, say) needs no search. (Unlike
/// `text::Needles`, which looks for phrases at word starts, these are
/// found anywhere: Chinese has no spaces between words.)
#[derive(Debug)]
pub(crate) struct HanPhrases {
    words: &'static [&'static str],
    /// Whether some phrase starts with the byte.
    first: [bool; 256],
}

impl HanPhrases {
    /// The list of `words`, in order.
    pub(crate) const fn new(words: &'static [&'static str]) -> HanPhrases {
        let mut first = [false; 256];
        let mut rest = words;
        while let [word, tail @ ..] = rest {
            if let [b, ..] = word.as_bytes() {
                first[*b as usize] = true;
            }
            rest = tail;
        }
        HanPhrases { words, first }
    }

    /// The phrases, in the list's order.
    pub(crate) fn words(&self) -> &'static [&'static str] {
        self.words
    }

    /// Whether one of the phrases may stand in `s`: `false` means none
    /// does; `true` asks for the search.
    pub(crate) fn may_occur_in(&self, s: &str) -> bool {
        s.bytes().any(|b| self.first[usize::from(b)])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static VERBS: HanPhrases = HanPhrases::new(&["表示", "说", "稱"]);

    #[test]
    fn a_text_with_a_phrase_may_hold_one() {
        assert!(VERBS.may_occur_in("外交部发言人表示"));
        assert!(VERBS.may_occur_in("“美方说”"));
        assert!(VERBS.may_occur_in("美方稱"));
        assert_eq!(VERBS.words(), ["表示", "说", "稱"]);
    }

    #[test]
    fn a_text_without_their_first_bytes_is_turned_away() {
        assert!(!VERBS.may_occur_in("“Quoted,” he said — again."));
        assert!(!VERBS.may_occur_in(""));
        assert!(!VERBS.may_occur_in("plain ASCII text"));
    }
}
