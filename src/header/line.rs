//! The words of a header line, and what they read as: a finished sentence
//! of prose, a line of links, a time stamp.

use crate::Span;
use crate::text::trim_span;

/// The span of a header line's words: trimmed, without the Markdown marks
/// around them (`# ` heading marks, `+ `/`- `/`* ` list marks, `**` bold).
pub(super) fn content_span(text: &str, span: Span) -> Span {
    let span = trim_span(text, span);
    let s = &text[span];
    let mut start = 0;
    let mut end = s.len();
    let hashes = s.len() - s.trim_start_matches('#').len();
    if hashes > 0 && hashes <= 6 && s[hashes..].starts_with(' ') {
        start = hashes;
    } else if s.len() > 2 && s.starts_with(['+', '-', '*']) && s[1..].starts_with(' ') {
        start = 1;
    }
    let inner = &s[start..end];
    let lead = inner.len() - inner.trim_start().len();
    start += lead;
    if s[start..end].len() > 4 && s[start..end].starts_with("**") && s[start..end].ends_with("**") {
        start += 2;
        end -= 2;
    }
    trim_span(text, Span::new(span.start + start, span.start + end))
}

/// Whether `s` ends as a sentence of prose does: a full stop, question or
/// exclamation mark, before any closing quotes or brackets.
pub(super) fn is_finished(s: &str) -> bool {
    let end = s.trim_end_matches(['"', '”', '’', '\'', ')']);
    end.ends_with(['.', '。', '!', '?', '！', '？']) && !end.ends_with("..")
}

/// A line that links rather than says: a Markdown link or image, a
/// wiki-style tag, or a web address.
pub(super) fn is_link_line(s: &str) -> bool {
    s.contains("](") || s.starts_with("[[") || s.starts_with("http://") || s.starts_with("https://")
}

/// A time stamp alone on a line ("1:06 P.M. EDT", "14:35", "09:24 (Beijing
/// Time)"): the time a briefing began, not a title.
pub(super) fn is_time_stamp(s: &str) -> bool {
    let mut words = s.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let clock = first.contains(':')
        && first
            .trim_end_matches(['.', ','])
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b':');
    clock
        && words.all(|w| {
            let w = w.trim_matches(['(', ')', ',']);
            let letters = w.trim_matches('.').replace('.', "");
            ["am", "pm", "local", "time", "beijing"].contains(&letters.to_lowercase().as_str())
                || (2..=5).contains(&letters.len())
                    && letters.bytes().all(|b| b.is_ascii_uppercase())
        })
}
