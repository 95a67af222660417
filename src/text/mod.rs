//! Shared machinery: the segmented document every extractor reads, and the
//! small text helpers they share.

pub(crate) mod clause;
mod lines;
mod number;
mod paragraph;
mod segment;
mod sentence;
// Word tokens, the lines of the document and `sentences_in` serve the
// speakers, turns and quotes extractors, which land next.
#[allow(dead_code)]
mod token;

use std::borrow::Cow;

use chrono::NaiveDate;

use crate::{Boilerplate, Span};

pub(crate) use lines::{Line, lines};
pub(crate) use number::{NumberKind, NumberMatch, scan as scan_numbers};
pub(crate) use paragraph::paragraphs;
pub(crate) use sentence::split_sentences;
pub(crate) use token::is_ideograph;

/// A document cut into lines, header, boilerplate, paragraphs and sentences.
/// Built once by the pipeline; every extractor reads it instead of the raw
/// string.
#[derive(Debug)]
pub(crate) struct Document<'a> {
    /// The exact input.
    pub(crate) text: &'a str,
    /// Every line of the input, terminators excluded, in order.
    #[allow(dead_code)]
    pub(crate) lines: Vec<Line>,
    /// What the header says: headline, dateline, outlet, section, authors.
    pub(crate) header: crate::header::Header<'a>,
    /// Boilerplate blocks, in order, disjoint.
    pub(crate) boilerplate: Vec<Boilerplate>,
    /// Body paragraphs, trimmed, in order, disjoint.
    pub(crate) paragraphs: Vec<Span>,
    /// Every sentence outside boilerplate (header lines included), trimmed,
    /// in order, disjoint.
    pub(crate) sentences: Vec<Span>,
    /// The date relative expressions resolve against: the caller's reference
    /// date, else the publication date.
    pub(crate) reference_date: Option<NaiveDate>,
}

impl<'a> Document<'a> {
    /// The text at `span`.
    pub(crate) fn slice(&self, span: Span) -> &'a str {
        &self.text[span]
    }

    /// The sentences that overlap `span`, in order.
    #[allow(dead_code)]
    pub(crate) fn sentences_in(&self, span: Span) -> &[Span] {
        let first = self.sentences.partition_point(|s| s.end <= span.start);
        let last = self.sentences.partition_point(|s| s.start < span.end);
        &self.sentences[first..last.max(first)]
    }

    /// Index of the paragraph containing byte `offset`, if any.
    pub(crate) fn paragraph_at(&self, offset: usize) -> Option<usize> {
        let i = self.paragraphs.partition_point(|p| p.end <= offset);
        (i < self.paragraphs.len() && self.paragraphs[i].start <= offset).then_some(i)
    }
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
