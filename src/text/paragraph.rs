//! Paragraphs from lines, in the layouts statements come in.
//!
//! - Blank-line layout: a blank line ends a paragraph.
//! - Single-newline layout: every line is a paragraph (web pages pasted as
//!   text).
//! - Hard-wrapped layout: plain-text releases wrap a paragraph at about 70
//!   columns; the lines of a wrapped block join into one paragraph, and a
//!   sentence does not end at a wrap.
//!
//! A block of consecutive non-blank lines is taken as wrapped when every line
//! but the last is of wrap width and at least one of them stops in mid
//! sentence; otherwise each line is its own paragraph.

use super::Line;
use super::sentence::BULLETS;
use crate::Span;

/// The widest a wrapped line is, in chars (wrappers use 65 to 80 columns,
/// with some slack for a long word pushed to the margin).
const WRAP_MAX: usize = 90;
/// The narrowest a wrapped line that is not the last of its paragraph is
/// (a wrapper fills a line to within a long word of its width).
const WRAP_MIN: usize = 50;

/// The paragraphs made by the lines for which `keep` holds, trimmed, in
/// order. Lines that are not kept break paragraphs like blank lines do.
pub(crate) fn paragraphs(
    text: &str,
    lines: &[Line],
    mut keep: impl FnMut(usize) -> bool,
) -> Vec<Span> {
    let mut out = Vec::new();
    let mut block: Vec<Span> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if line.blank || !keep(i) {
            flush(text, &mut block, &mut out);
        } else {
            block.push(line.span);
        }
    }
    flush(text, &mut block, &mut out);
    out
}

fn flush(text: &str, block: &mut Vec<Span>, out: &mut Vec<Span>) {
    if block.is_empty() {
        return;
    }
    // A list item and the indented lines under it are one paragraph (a
    // Markdown page's wrapped bullets); the lines around the items are read
    // as a block of their own.
    let mut rest = 0;
    let mut i = 0;
    while i < block.len() {
        if !is_list_item(&text[block[i]]) {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < block.len() && is_continuation(&text[block[end]]) {
            end += 1;
        }
        if end == i + 1 {
            i += 1;
            continue;
        }
        flush_lines(text, &block[rest..i], out);
        push_trimmed(text, Span::new(block[i].start, block[end - 1].end), out);
        rest = end;
        i = end;
    }
    flush_lines(text, &block[rest..], out);
    block.clear();
}

/// Whether `line` opens a list item: a Markdown bullet ("-", "*", "+"), a
/// typographic one (the sentence splitter's [`BULLETS`]) or a number ("1.",
/// "2)"), and a space, after at most three spaces.
fn is_list_item(line: &str) -> bool {
    let body = line.trim_start_matches(' ');
    if line.len() - body.len() > 3 {
        return false;
    }
    let bullet = |c: char| matches!(c, '-' | '*' | '+') || BULLETS.contains(&c);
    let marker = body.strip_prefix(bullet).or_else(|| {
        let digits = body.bytes().take_while(u8::is_ascii_digit).count();
        (1..=3)
            .contains(&digits)
            .then(|| body[digits..].strip_prefix(['.', ')']))
            .flatten()
    });
    marker.is_some_and(|rest| rest.starts_with([' ', '\t']))
}

/// Whether `line` goes on the list item above it: it is indented by two
/// spaces or a tab, and opens no item of its own.
fn is_continuation(line: &str) -> bool {
    (line.starts_with("  ") || line.starts_with('\t')) && !is_list_item(line)
}

fn push_trimmed(text: &str, span: Span, out: &mut Vec<Span>) {
    let span = super::trim_span(text, span);
    if !span.is_empty() {
        out.push(span);
    }
}

/// The paragraphs of a block of lines with no list item in it.
fn flush_lines(text: &str, block: &[Span], out: &mut Vec<Span>) {
    if block.is_empty() {
        return;
    }
    if is_wrapped(text, block) {
        out.push(super::trim_span(
            text,
            Span::new(block[0].start, block[block.len() - 1].end),
        ));
    } else {
        // Each line is a paragraph, but a line broken in mid sentence (text
        // from a PDF or a fixed-width page) goes on in the next.
        let mut first = 0;
        for i in 1..=block.len() {
            if i < block.len() && breaks_mid_sentence(text, block[first], block[i - 1], block[i]) {
                continue;
            }
            let span = super::trim_span(text, Span::new(block[first].start, block[i - 1].end));
            if !span.is_empty() {
                out.push(span);
            }
            first = i;
        }
    }
}

/// Whether the paragraph that starts at line `first` and has reached line
/// `line` goes on in `next`: it opened like a sentence, at the margin (a
/// capital, a digit or a quote: not a lowercase entry such as "features",
/// a list item or an indented line, whose layout this rule does not know),
/// `line` stops without a terminator, colon or closing quote, and `next`
/// starts with a lowercase letter ("It was a cold" then "night in the
/// city.", text from a PDF).
pub(crate) fn breaks_mid_sentence(text: &str, first: Span, line: Span, next: Span) -> bool {
    let opened = text[first]
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“'));
    let stops = text[line].trim_end().chars().last().is_none_or(|c| {
        matches!(
            c,
            '.' | '!' | '?' | ':' | ';' | '"' | '”' | '’' | ')' | '…' | '。' | '！' | '？' | '：'
        )
    });
    let goes_on = text[next]
        .trim_start()
        .chars()
        .next()
        .is_some_and(char::is_lowercase);
    opened && !stops && goes_on
}

fn is_wrapped(text: &str, block: &[Span]) -> bool {
    let Some((last, body)) = block.split_last() else {
        return false;
    };
    if body.is_empty() {
        return false;
    }
    let widths_fit = body.iter().all(|&s| {
        let line = text[s].trim_end();
        // Counting chars of a long line would cost more than the line; a
        // line longer than WRAP_MAX * 4 bytes cannot be of wrap width.
        line.len() <= WRAP_MAX * 4 && (WRAP_MIN..=WRAP_MAX).contains(&line.chars().count())
    });
    let mid_sentence = body.iter().any(|&s| {
        let last = text[s].trim_end().chars().last();
        !matches!(
            last,
            Some('.' | '!' | '?' | ':' | '"' | '”' | '。' | '！' | '？')
        )
    });
    let last_fits =
        text[*last].len() <= WRAP_MAX * 4 && text[*last].trim_end().chars().count() <= WRAP_MAX;
    widths_fit && last_fits && mid_sentence
}

#[cfg(test)]
mod tests {
    use super::super::lines;
    use super::*;

    fn paras(text: &str) -> Vec<&str> {
        let l = lines(text);
        paragraphs(text, &l, |_| true)
            .into_iter()
            .map(|s| &text[s])
            .collect()
    }

    #[test]
    fn list_items_and_their_continuations() {
        assert!(super::is_list_item("-   **As announced**"));
        assert!(super::is_list_item("12. The second point"));
        assert!(super::is_list_item("• a bullet"));
        assert!(!super::is_list_item("-5% on the year"));
        assert!(!super::is_list_item(
            "    - a nested item belongs to its parent"
        ));
        assert!(super::is_continuation("    operations and pursued"));
        assert!(!super::is_continuation("  - a new item"));
        assert!(!super::is_continuation("At the margin"));
    }

    #[test]
    fn blank_line_layout() {
        assert_eq!(
            paras("One.\n\nTwo.\r\n\r\nThree."),
            ["One.", "Two.", "Three."]
        );
    }

    #[test]
    fn single_newline_layout() {
        let text = "The Chinese Mission to the EU on Tuesday rejected the groundless accusations made by the EU.\nThe Mission said that the statements were not based on facts at all.";
        assert_eq!(paras(text).len(), 2);
    }

    #[test]
    fn a_line_broken_in_mid_sentence_goes_on() {
        assert_eq!(
            paras("The delegation arrived in\nthe capital on Monday.\nTalks begin today."),
            [
                "The delegation arrived in\nthe capital on Monday.",
                "Talks begin today."
            ]
        );
        assert_eq!(
            paras("Both sides agreed to \nresume the dialogue.\n\nthe next round follows."),
            [
                "Both sides agreed to \nresume the dialogue.",
                "the next round follows."
            ]
        );
        // Lowercase entries of a list stay apart, and so do lines that end
        // a sentence or a heading.
        assert_eq!(
            paras("related links\nforeign ministry\nembassy news\n"),
            ["related links", "foreign ministry", "embassy news"]
        );
        assert_eq!(
            paras("Key points:\nsovereignty is not negotiable.\nDialogue goes on."),
            [
                "Key points:",
                "sovereignty is not negotiable.",
                "Dialogue goes on."
            ]
        );
    }

    #[test]
    fn hard_wrapped_layout_joins() {
        let text = "The Foreign Secretary said the United Kingdom and its allies\nhave identified the actors behind the campaign, which targeted\nthousands of systems worldwide.\n\nNext paragraph.";
        let p = paras(text);
        assert_eq!(p.len(), 2);
        assert!(p[0].ends_with("worldwide."));
    }
}
