//! Shared machinery: the cutting of text into lines, paragraphs, sentences,
//! clauses and tokens, the number grammar, and the
//! small text helpers they share.

pub(crate) mod ascii;
pub(crate) mod boundary;
pub(crate) mod clause;
mod lines;
mod number;
mod paragraph;
mod sentence;
mod token;

use std::borrow::Cow;

use crate::Span;

pub(crate) use lines::{Line, lines};
pub(crate) use number::{NumberKind, NumberMatch, lower_ascii, scan as scan_numbers};
pub(crate) use paragraph::{breaks_mid_sentence, paragraphs};
pub(crate) use sentence::split_sentences;
pub(crate) use token::{Kind, Tok, is_ideograph, tokenize, tokenize_into};

/// A set of phrases to find at word starts, with the table of their first
/// bytes built at compile time.
#[derive(Debug)]
pub(crate) struct Needles {
    phrases: &'static [&'static str],
    first: [bool; 256],
}

impl Needles {
    /// The set of `phrases` (lowercase, none empty).
    pub(crate) const fn new(phrases: &'static [&'static str]) -> Needles {
        let mut first = [false; 256];
        let mut i = 0;
        while i < phrases.len() {
            let bytes = phrases[i].as_bytes();
            if !bytes.is_empty() {
                first[bytes[0] as usize] = true;
            }
            i += 1;
        }
        Needles { phrases, first }
    }

    /// Whether one of the phrases starts at a word start of `hay` (its
    /// start, or after a byte that is not an ASCII letter or digit). One
    /// pass: only word starts whose byte starts some phrase are compared,
    /// so a line costs one scan however many phrases there are.
    pub(crate) fn in_words_of(&self, hay: &str) -> bool {
        let bytes = hay.as_bytes();
        let mut word_start = true;
        for (i, &b) in bytes.iter().enumerate() {
            if word_start
                && self.first[usize::from(b)]
                && self
                    .phrases
                    .iter()
                    .any(|n| bytes[i..].starts_with(n.as_bytes()))
            {
                return true;
            }
            word_start = !b.is_ascii_alphanumeric();
        }
        false
    }
}

/// Whether `s` starts with any of `prefixes`, ignoring ASCII case (the
/// prefixes are lowercase), without lowercasing a copy of `s`.
pub(crate) fn starts_with_any_ignore_case(s: &str, prefixes: &[&str]) -> bool {
    prefixes.iter().any(|p| {
        s.as_bytes()
            .get(..p.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(p.as_bytes()))
    })
}

/// `s` with every run of whitespace collapsed to one space and the ends
/// trimmed; borrowed when nothing changes.
pub(crate) fn collapse_whitespace(s: &str) -> Cow<'_, str> {
    let trimmed = s.trim();
    let needs_work = {
        let mut prev_space = false;
        trimmed.chars().any(|c| {
            let bad = c.is_whitespace() && (c != ' ' || prev_space);
            prev_space = c.is_whitespace();
            bad
        })
    };
    if !needs_work {
        return Cow::Borrowed(trimmed);
    }
    let mut out = String::with_capacity(trimmed.len());
    for word in trimmed.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    Cow::Owned(out)
}

/// `span` of `text` without leading and trailing whitespace.
pub(crate) fn trim_span(text: &str, span: Span) -> Span {
    let s = &text[span];
    let start = span.start + (s.len() - s.trim_start().len());
    let end = span.start + s.trim_end().len();
    Span::new(start, end.max(start))
}

/// The byte offset in `s` just after the last date character glued before a
/// Chinese name ("9月13日外交部" gives the offset of "外交部"): a day, month
/// or year sign, or a digit. 0 when `s` holds none.
///
/// A run of ideographs read back from a name takes in the date that a
/// headline or a dateline writes right before it.
pub(crate) fn after_glued_date(s: &str) -> usize {
    s.char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, '日' | '月' | '年') || c.is_ascii_digit())
        .map_or(0, |(i, c)| i + c.len_utf8())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collapse_borrows_clean_text() {
        assert!(matches!(collapse_whitespace("a b"), Cow::Borrowed("a b")));
        assert_eq!(collapse_whitespace("  a \n\t b  "), "a b");
        assert_eq!(collapse_whitespace("a  b"), "a b");
    }

    #[test]
    fn trim_span_keeps_char_boundaries() {
        let text = " \u{3000}中文 ";
        let span = trim_span(text, Span::new(0, text.len()));
        assert_eq!(&text[span], "中文");
    }
}
