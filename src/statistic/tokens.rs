//! The tokens the source reader walks: words (letters and digits with
//! inner dots, hyphens, apostrophes) and single punctuation characters.

use crate::Span;
use crate::text::is_ideograph;

/// A word or punctuation token of a sentence.
#[derive(Clone, Copy, Debug)]
pub(super) struct Tok {
    /// Where the token starts.
    pub(super) start: usize,
    /// Where it ends.
    pub(super) end: usize,
    /// A word, not a punctuation character.
    pub(super) word: bool,
}

/// The tokens of a sentence: words (letters and digits with inner dots,
/// hyphens, apostrophes, so "U.S", "anti-secrecy", "360's" stay whole) and
/// single punctuation characters; Han characters are left to the Chinese
/// rules.
pub(super) fn words(text: &str, sentence: Span) -> Tokens {
    let bytes = text.as_bytes();
    let end = sentence.end;
    let mut out = Vec::with_capacity(sentence.len() / 5);
    let mut ideographs = false;
    let mut i = sentence.start;
    while i < end {
        let b = bytes[i];
        // (length, blank, word character, digit): ASCII bytes need no
        // decoding; every ideograph of the sentence is met here (`word_end`
        // stops before one), and is skipped like a blank.
        let (len, blank, alnumeric, digit) = if b < 0x80 {
            let blank = matches!(b, b' ' | 0x09..=0x0D);
            (1, blank, b.is_ascii_alphanumeric(), b.is_ascii_digit())
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            let ideograph = is_ideograph(c);
            ideographs |= ideograph;
            let blank = c.is_whitespace() || ideograph;
            (c.len_utf8(), blank, c.is_alphanumeric(), c.is_ascii_digit())
        };
        if blank {
            i += len;
            continue;
        }
        let start = i;
        i = if alnumeric {
            word_end(text, i + len, end, digit)
        } else {
            i + len
        };
        out.push(Tok {
            start,
            end: i,
            word: alnumeric,
        });
    }
    Tokens {
        toks: out,
        ideographs,
    }
}

/// The tokens of a sentence, and whether it has Han (or kana, hangul)
/// characters, which only the Chinese rules read.
pub(super) struct Tokens {
    /// The tokens, in order.
    pub(super) toks: Vec<Tok>,
    /// Whether the sentence has an ideograph.
    pub(super) ideographs: bool,
}

/// Where a word that started before `j` ends: letters and digits (not Han),
/// with inner `.`, `-`, `'`, `’` (and `,` inside a number) when a letter or
/// digit follows.
fn word_end(text: &str, mut j: usize, end: usize, numeric: bool) -> usize {
    let bytes = text.as_bytes();
    let is_word_char = |k: usize| -> Option<usize> {
        let b = *bytes.get(k)?;
        if k >= end {
            return None;
        }
        if b < 0x80 {
            return b.is_ascii_alphanumeric().then_some(1);
        }
        let c = text[k..].chars().next()?;
        (c.is_alphanumeric() && !is_ideograph(c)).then_some(c.len_utf8())
    };
    let ascii = &bytes[..end];
    while j < end {
        // The ASCII letters and digits of the word, in a tight loop.
        while j < ascii.len() && ascii[j].is_ascii_alphanumeric() {
            j += 1;
        }
        if j >= end {
            break;
        }
        let b = bytes[j];
        if b >= 0x80 {
            if let Some(len) = is_word_char(j) {
                j += len;
                continue;
            }
        }
        let joiner = match bytes[j] {
            b'.' | b'-' | b'\'' => 1,
            b',' if numeric => 1,
            0xE2 if text[j..end].starts_with('’') => 3,
            _ => 0,
        };
        if joiner > 0 && is_word_char(j + joiner).is_some() {
            j += joiner;
        } else {
            break;
        }
    }
    j
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tokens of `text` as (text, is a word).
    fn toks(text: &str) -> (Vec<(&str, bool)>, bool) {
        let t = words(text, Span::new(0, text.len()));
        let toks = t
            .toks
            .iter()
            .map(|k| (&text[k.start..k.end], k.word))
            .collect();
        (toks, t.ideographs)
    }

    #[test]
    fn words_keep_inner_dots_hyphens_apostrophes_and_number_commas() {
        let (t, han) = toks("U.S.-led forces, 1,000’s of 360's hosts; anti-secrecy.");
        // "U.S" keeps its inner dot; the final one is punctuation.
        assert!(!han);
        assert_eq!(
            t,
            [
                ("U.S", true),
                (".", false),
                ("-", false),
                ("led", true),
                ("forces", true),
                (",", false),
                ("1,000’s", true),
                ("of", true),
                ("360's", true),
                ("hosts", true),
                (";", false),
                ("anti-secrecy", true),
                (".", false),
            ]
        );
    }

    #[test]
    fn a_comma_joins_digits_only_and_a_final_joiner_stays_outside() {
        let (t, _) = toks("Reuters, 5,000 a,b x- “Café”");
        assert_eq!(
            t,
            [
                ("Reuters", true),
                (",", false),
                ("5,000", true),
                ("a", true),
                (",", false),
                ("b", true),
                ("x", true),
                ("-", false),
                ("“", false),
                ("Café", true),
                ("”", false),
            ]
        );
    }

    #[test]
    fn ideographs_are_left_to_the_chinese_rules() {
        let (t, han) = toks("据CNCERT统计，约5.2万台服务器");
        assert!(han);
        assert_eq!(t, [("CNCERT", true), ("，", false), ("5.2", true)]);
    }
}
