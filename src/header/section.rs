//! Sections: a navigation line that is a section path ("WORLD / EUROPE"),
//! and the short labels that stand above a page's title ("Press release").

use crate::boilerplate::Block;
use crate::{BoilerplateKind, Span, Text};

/// A short label line ("Press release", "News story"): at most three words,
/// no punctuation.
pub(super) fn is_label(s: &str) -> bool {
    s.split_whitespace().count() <= 3
        && !s.contains(|c: char| c.is_ascii_punctuation() && c != '-' && c != '&')
}

/// The parts of a navigation line that is a section path.
pub(super) fn section_parts<'a>(
    text: &'a str,
    span: Span,
    blocks: &[Block],
    line: usize,
) -> Option<Vec<Text<'a>>> {
    let is_navigation = blocks.iter().any(|&(first, last, b)| {
        (first..=last).contains(&line) && b.kind == BoilerplateKind::Navigation
    });
    if !is_navigation || crate::boilerplate::is_language_switcher(&text[span]) {
        return None;
    }
    let mut parts = crate::boilerplate::breadcrumb_parts(&text[span])?;
    // "Home > World News > <the page's title>": the title is no section.
    if parts.len() > 2
        && parts
            .last()
            .is_some_and(|p| crate::boilerplate::is_title_part(p))
    {
        parts.pop();
    }
    let s = &text[span];
    let base = span.start;
    let mut out = Vec::with_capacity(parts.len());
    for part in parts {
        // `part` is a subslice of `s`: its offset is known exactly.
        let start = base + (part.as_ptr() as usize - s.as_ptr() as usize);
        out.push(Text::from_input(text, Span::new(start, start + part.len())));
    }
    Some(out)
}

/// Section labels that stand above a page's title ("Press Briefing",
/// "Statement", "新闻稿"): the kinds of items a government or newsroom site
/// lists, lowercase.
const SECTION_LABELS: &[&str] = &[
    "press briefing",
    "press briefings",
    "press release",
    "press releases",
    "statement",
    "statements",
    "speech",
    "speeches",
    "remarks",
    "readout",
    "readouts",
    "transcript",
    "transcripts",
    "news",
    "news story",
    "latest news",
    "press statement",
    "media release",
    "opinion",
    "commentary",
    "analysis",
    "world",
    "china",
    "新闻稿",
    "声明",
    "讲话",
    "评论",
];

/// Whether `label`, the line above `title`, is a section label: a short
/// label that names a kind of page, or that the title repeats at its start
/// ("Press Briefing" over "Press Briefing of Ms. ...").
pub(super) fn is_section_label(label: &str, title: &str) -> bool {
    if !is_label(label) || label.len() >= title.len() {
        return false;
    }
    let lower = label.to_lowercase();
    SECTION_LABELS.contains(&lower.as_str())
        || title
            .get(..label.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(label))
}
