//! The segmented document every stage reads: the input cut once into
//! lines, boilerplate, header, paragraphs and sentences, built by
//! [`Document::segment`]. Stages read it and the results of earlier stages,
//! never the raw string again.

use chrono::NaiveDate;

use crate::{Boilerplate, Span};

/// A document cut into lines, header, boilerplate, paragraphs and sentences.
/// Built once by the pipeline; every extractor reads it instead of the raw
/// string.
#[derive(Debug)]
pub(crate) struct Document<'a> {
    /// The exact input.
    pub(crate) text: &'a str,
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

use crate::text::{lines, paragraphs, split_sentences};

impl<'a> Document<'a> {
    /// Segments `text`: lines, boilerplate, header, paragraphs, sentences.
    pub(crate) fn segment(text: &'a str, reference_date: Option<NaiveDate>) -> Document<'a> {
        let lines = lines(text);
        let blocks = crate::boilerplate::detect(text, &lines);
        let mut is_boilerplate = vec![false; lines.len()];
        for &(first, last, _) in &blocks {
            is_boilerplate[first..=last]
                .iter_mut()
                .for_each(|b| *b = true);
        }
        let mut header =
            crate::header::parse(text, &lines, &blocks, &is_boilerplate, reference_date);
        drop_broken_headline(text, &lines, &is_boilerplate, &mut header);
        let boilerplate = blocks.into_iter().map(|(_, _, b)| b).collect();
        let mut in_header = vec![false; lines.len()];
        for &i in &header.lines {
            in_header[i] = true;
        }
        let paragraphs = paragraphs(text, &lines, |i| !is_boilerplate[i] && !in_header[i]);
        let mut sentences = Vec::with_capacity(paragraphs.len() * 4 + header.lines.len());
        let mut header_lines = header
            .lines
            .iter()
            .filter(|&&i| !is_boilerplate[i])
            .peekable();
        for &paragraph in &paragraphs {
            while let Some(&&i) = header_lines.peek() {
                if lines[i].span.start >= paragraph.start {
                    break;
                }
                push_line(text, lines[i].span, &mut sentences);
                header_lines.next();
            }
            split_sentences(text, paragraph, &mut sentences);
        }
        for &i in header_lines {
            push_line(text, lines[i].span, &mut sentences);
        }
        let reference_date = reference_date.or(header.published.map(|p| p.date));
        Document {
            text,
            header,
            boilerplate,
            paragraphs,
            sentences,
            reference_date,
        }
    }
}

fn push_line(text: &str, span: crate::Span, out: &mut Vec<crate::Span>) {
    let span = crate::text::trim_span(text, span);
    if !span.is_empty() {
        out.push(span);
    }
}

/// A headline line that breaks in mid sentence into the next line ("It was
/// a cold" then "night in the city.", text from a PDF) is no headline but
/// the first line of the body's first paragraph: it leaves the header.
fn drop_broken_headline(
    text: &str,
    lines: &[crate::text::Line],
    is_boilerplate: &[bool],
    header: &mut crate::header::Header<'_>,
) {
    let Some(headline) = header.headline.as_ref().map(|h| h.span) else {
        return;
    };
    let Some(pos) = header
        .lines
        .iter()
        .position(|&i| lines[i].span.start <= headline.start && headline.end <= lines[i].span.end)
    else {
        return;
    };
    let i = header.lines[pos];
    let Some(next) = lines.get(i + 1) else {
        return;
    };
    if next.blank || is_boilerplate[i + 1] || header.lines.contains(&(i + 1)) {
        return;
    }
    let line = lines[i].span;
    if crate::text::breaks_mid_sentence(text, line, line, next.span) {
        header.headline = None;
        header.lines.remove(pos);
    }
}
