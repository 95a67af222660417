//! Word tokens with offsets, on top of UAX #29 word boundaries.

use unicode_segmentation::UnicodeSegmentation;

use crate::Span;

/// A word, number, Han character or punctuation mark, with its span in the
/// whole input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    pub(crate) span: Span,
    pub(crate) kind: TokenKind,
}

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokenKind {
    /// Letters (with inner apostrophes, dots or digits: "don't", "U.S", "APT40").
    Word,
    /// Starts with a digit ("52,000", "5.31", "2020").
    Number,
    /// One Han, kana or hangul character (UAX #29 gives one each).
    Ideograph,
    /// Anything else that is not whitespace.
    Punct,
}

/// The tokens of `text` inside `span`, whitespace left out.
pub(crate) fn tokens(text: &str, span: Span) -> Vec<Token> {
    text[span]
        .split_word_bound_indices()
        .filter_map(|(offset, word)| {
            let first = word.chars().next()?;
            let kind = if first.is_whitespace() {
                return None;
            } else if first.is_ascii_digit() || first.is_numeric() && !is_ideograph(first) {
                TokenKind::Number
            } else if is_ideograph(first) {
                TokenKind::Ideograph
            } else if first.is_alphanumeric() {
                TokenKind::Word
            } else {
                TokenKind::Punct
            };
            let start = span.start + offset;
            Some(Token {
                span: Span::new(start, start + word.len()),
                kind,
            })
        })
        .collect()
}

/// Han ideographs, kana and hangul: scripts written without spaces.
pub(crate) fn is_ideograph(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF     // hiragana, katakana
        | 0x3400..=0x4DBF   // CJK extension A
        | 0x4E00..=0x9FFF   // CJK unified ideographs
        | 0xAC00..=0xD7AF   // hangul syllables
        | 0xF900..=0xFAFF   // CJK compatibility ideographs
        | 0x20000..=0x3134F // CJK extensions B to G
        | 0x3007            // 〇
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_numbers_and_han() {
        let text = "About 52,000 U.S. servers 约5.2万个";
        let toks = tokens(text, Span::new(0, text.len()));
        let shown: Vec<(&str, TokenKind)> = toks.iter().map(|t| (&text[t.span], t.kind)).collect();
        assert_eq!(shown[0], ("About", TokenKind::Word));
        assert_eq!(shown[1], ("52,000", TokenKind::Number));
        assert_eq!(shown[2], ("U.S", TokenKind::Word));
        assert_eq!(shown[3], (".", TokenKind::Punct));
        assert!(shown.contains(&("约", TokenKind::Ideograph)));
        assert!(shown.contains(&("5.2", TokenKind::Number)));
    }

    #[test]
    fn offsets_are_absolute() {
        let text = "xx Hello world";
        let toks = tokens(text, Span::new(3, text.len()));
        assert_eq!(toks[0].span, Span::new(3, 8));
    }
}
