//! Lines: the first cut of every document.

use crate::Span;

/// One line of the input: its span without the terminator, and whether it is
/// blank (whitespace only).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Line {
    pub(crate) span: Span,
    pub(crate) blank: bool,
}

/// The lines of `text`. A line ends at `\n`, `\r\n` or a lone `\r`; the
/// terminator belongs to no line. A leading byte-order mark is left out of
/// the first line. Text after the last terminator is a line when it is not
/// empty.
///
/// A run of blank lines is one blank [`Line`], whose span runs from the
/// first of them to the last, terminators inside included: every reader
/// treats one blank line and ten alike, and a page of nothing but line
/// breaks then costs one record, not one per byte.
pub(crate) fn lines(text: &str) -> Vec<Line> {
    let bytes = text.as_bytes();
    let mut out: Vec<Line> = Vec::with_capacity(bytes.len() / 64 + 1);
    let mut start = if text.starts_with('\u{FEFF}') { 3 } else { 0 };
    while let Some(end) = next_line_break(bytes, start) {
        push(&mut out, line(text, start, end));
        // `\r\n` is one terminator.
        start = if bytes[end..].starts_with(b"\r\n") {
            end + 2
        } else {
            end + 1
        };
    }
    if start < bytes.len() {
        push(&mut out, line(text, start, bytes.len()));
    }
    out
}

/// Pushes `next` onto `out`, or, when both it and the last line are blank,
/// stretches the last line over it.
fn push(out: &mut Vec<Line>, next: Line) {
    match out.last_mut() {
        Some(last) if last.blank && next.blank => last.span.end = next.span.end,
        _ => out.push(next),
    }
}

/// The first `\n` or `\r` at or after `from`, tested sixteen bytes at a
/// time (the first byte of either mask is exact).
fn next_line_break(bytes: &[u8], from: usize) -> Option<usize> {
    use crate::text::ascii::{self, first_equal};
    ascii::find(
        bytes,
        from,
        |w| first_equal(w, b'\n') | first_equal(w, b'\r'),
        |b| matches!(b, b'\n' | b'\r'),
    )
}

fn line(text: &str, start: usize, end: usize) -> Line {
    let s = &text[start..end];
    Line {
        span: Span::new(start, end),
        blank: s
            .chars()
            .all(|c| c.is_whitespace() || c == '\u{FEFF}' || c == '\0'),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        lines(text).iter().map(|l| &text[l.span]).collect()
    }

    #[test]
    fn every_terminator() {
        assert_eq!(texts("a\nb\r\nc\rd"), ["a", "b", "c", "d"]);
        assert_eq!(texts("a\n\nb\n"), ["a", "", "b"]);
        assert_eq!(texts("\u{FEFF}Title\n"), ["Title"]);
        assert!(texts("").is_empty());
        // Blank lines in a row are one blank line.
        assert_eq!(texts("\r\r\nx\r"), ["\r", "x"]);
        assert_eq!(texts("a\n\n \n\t\nb"), ["a", "\n \n\t", "b"]);
        assert_eq!(texts("a\r\n\r\nb\n\n"), ["a", "", "b", ""]);
        assert_eq!(texts("\n"), [""]);
    }

    #[test]
    fn blank_lines() {
        let l = lines("x\n \t\u{3000}\n\0\ny");
        assert_eq!(
            l.iter().map(|l| l.blank).collect::<Vec<_>>(),
            [false, true, false]
        );
    }

    #[test]
    fn a_break_is_found_at_every_offset_of_a_block() {
        for at in 0..40 {
            let before = "x".repeat(at);
            for br in ["\n", "\r", "\r\n"] {
                let text = format!("{before}{br}yy");
                let want: &[&str] = if at == 0 {
                    &["", "yy"]
                } else {
                    &[&before, "yy"]
                };
                assert_eq!(texts(&text), want, "{at} {br:?}");
            }
        }
    }

    #[test]
    fn bytes_that_only_look_like_breaks_break_nothing() {
        // U+008D is C2 8D and U+100A is E1 80 8A: without its high bit,
        // 0x8D is `\r` and 0x8A is `\n`.
        let line = "\u{8D}\u{100A}é".repeat(9);
        assert_eq!(texts(&format!("{line}\n{line}")), [&line, &line]);
        assert_eq!(texts(&format!("\u{FEFF}{line}")), [&line]);
    }
}
