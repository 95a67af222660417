//! Building the segmented [`Document`].

use chrono::NaiveDate;

use super::{Document, lines, paragraphs, split_sentences};

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
        let header = crate::header::parse(text, &lines, &blocks, &is_boilerplate, reference_date);
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
            lines,
            header,
            boilerplate,
            paragraphs,
            sentences,
            reference_date,
        }
    }
}

fn push_line(text: &str, span: crate::Span, out: &mut Vec<crate::Span>) {
    let span = super::trim_span(text, span);
    if !span.is_empty() {
        out.push(span);
    }
}
