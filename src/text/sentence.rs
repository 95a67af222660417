//! Sentence boundaries.
//!
//! UAX #29 sentence rules (unicode-segmentation's `split_sentence_bounds`)
//! run at about 30 MB/s and still need the repairs real statements want
//! (abbreviations, initials, lowercase continuations, Chinese punctuation
//! with no space after it). So the splitter scans the bytes for terminators
//! itself, which costs almost nothing per byte, and decides each candidate
//! with the rules below; unicode-segmentation's word boundaries find the word
//! before a candidate dot.

use unicode_segmentation::UnicodeSegmentation;

use crate::Span;

/// Words that end with a dot without ending a sentence: titles, months,
/// "No." before a number, company suffixes. Lowercase, without the dot.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "messrs", "dr", "prof", "st", "vs", "gen", "sen", "rep", "gov", "lt", "col",
    "capt", "sgt", "jr", "sr", "inc", "ltd", "co", "corp", "dept", "approx", "amb", "hon", "rev",
    "pres", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// Abbreviations that only stand before a number ("No. 5", "Art. 51"); before
/// anything else the dot ends a sentence ("He said no.").
const NUMBER_ABBREVIATIONS: &[&str] = &["no", "nos", "art", "para", "vol", "fig", "p", "pp"];

/// The longest entry of [`ABBREVIATIONS`] and [`NUMBER_ABBREVIATIONS`].
const ABBREVIATION_MAX: usize = {
    let mut max = 0;
    let mut i = 0;
    while i < ABBREVIATIONS.len() {
        if ABBREVIATIONS[i].len() > max {
            max = ABBREVIATIONS[i].len();
        }
        i += 1;
    }
    let mut i = 0;
    while i < NUMBER_ABBREVIATIONS.len() {
        if NUMBER_ABBREVIATIONS[i].len() > max {
            max = NUMBER_ABBREVIATIONS[i].len();
        }
        i += 1;
    }
    max
};

/// Words that start a new sentence even after dotted initials ("... sent to
/// the U.S. The ..."), where a name ("U.S. Navy") would not.
const SENTENCE_STARTERS: &[&str] = &[
    "The",
    "This",
    "That",
    "These",
    "Those",
    "It",
    "Its",
    "He",
    "She",
    "We",
    "They",
    "I",
    "In",
    "On",
    "At",
    "But",
    "And",
    "However",
    "Meanwhile",
    "Such",
    "There",
    "What",
    "Why",
    "How",
    "When",
    "A",
    "An",
    "As",
    "China",
    "If",
];

/// Pushes onto `out` the sentences of the paragraph at `span` of `text`,
/// each trimmed of surrounding whitespace, in order. A paragraph always ends
/// a sentence; line breaks inside it do not.
pub(crate) fn split_sentences(text: &str, span: Span, out: &mut Vec<Span>) {
    let bytes = text.as_bytes();
    let end = span.end;
    let mut start = span.start;
    let mut i = span.start;
    while i < end {
        // Jump to the next byte that may start a terminator.
        match next_terminator_byte(&bytes[..end], i) {
            Some(at) => i = at,
            None => break,
        }
        let (run_end, kind) = match bytes[i] {
            b'.' | b'!' | b'?' => (ascii_run(bytes, i, end), Terminator::Latin),
            0xE2 if bytes[i..end].starts_with("…".as_bytes()) => (i + 3, Terminator::Latin),
            0xE3 | 0xEF => match cjk_terminator(&bytes[i..end]) {
                Some(len) => (cjk_run(bytes, i + len, end), Terminator::Cjk),
                None => {
                    i += 1;
                    continue;
                }
            },
            _ => {
                i += 1;
                continue;
            }
        };
        let after = skip_closers(text, run_end, end);
        if ends_sentence(text, start, i, run_end, after, end, kind) {
            push_trimmed(text, start, after, out);
            start = after;
        }
        i = after.max(i + 1);
    }
    push_trimmed(text, start, end, out);
}

/// Whether `b` may start a terminator: `.`, `!`, `?`, or the first byte of
/// `…` (0xE2), of `。` (0xE3), or of a full-width form (0xEF).
fn may_start_terminator(b: u8) -> bool {
    matches!(b, b'.' | b'!' | b'?' | 0xE2 | 0xE3 | 0xEF)
}

/// The first byte at or after `from` in `bytes` for which
/// [`may_start_terminator`] holds, tested sixteen bytes at a time by the
/// zero-byte test (the first byte of each mask is exact). The lead bytes
/// 0xE2, 0xE3, 0xEF are only looked for in words with a non-ASCII byte.
fn next_terminator_byte(bytes: &[u8], from: usize) -> Option<usize> {
    use crate::text::ascii::{self, HIGH, first_equal};
    let mask = |w: u64| {
        let ascii = first_equal(w, b'.') | first_equal(w, b'!') | first_equal(w, b'?');
        if w & HIGH == 0 {
            ascii
        } else {
            ascii | first_equal(w, 0xE2) | first_equal(w, 0xE3) | first_equal(w, 0xEF)
        }
    };
    ascii::find(bytes, from, mask, may_start_terminator)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Terminator {
    /// `.`, `!`, `?` or `…`: a boundary only before whitespace.
    Latin,
    /// `。`, `！`, `？`, `｡`: a boundary whatever follows.
    Cjk,
}

fn ascii_run(bytes: &[u8], mut i: usize, end: usize) -> usize {
    while i < end && matches!(bytes[i], b'.' | b'!' | b'?') {
        i += 1;
    }
    i
}

/// Length of the full-width terminator at the start of `b`, if any.
fn cjk_terminator(b: &[u8]) -> Option<usize> {
    const TERMINATORS: [&str; 5] = ["。", "！", "？", "｡", "．"];
    TERMINATORS
        .iter()
        .find(|t| b.starts_with(t.as_bytes()))
        .map(|t| t.len())
}

fn cjk_run(bytes: &[u8], mut i: usize, end: usize) -> usize {
    loop {
        if let Some(len) = cjk_terminator(&bytes[i..end]) {
            i += len;
        } else if i < end && matches!(bytes[i], b'!' | b'?') {
            i += 1;
        } else {
            return i;
        }
    }
}

/// Skips closing quotes and brackets after a terminator (`said." Then`).
fn skip_closers(text: &str, mut i: usize, end: usize) -> usize {
    for c in text[i..end].chars() {
        if matches!(
            c,
            '"' | '\'' | ')' | ']' | '”' | '’' | '»' | '」' | '』' | '）' | '》' | '】' | '〉'
        ) {
            i += c.len_utf8();
        } else {
            break;
        }
    }
    i
}

fn ends_sentence(
    text: &str,
    start: usize,
    at: usize,
    run_end: usize,
    after: usize,
    end: usize,
    kind: Terminator,
) -> bool {
    if kind == Terminator::Cjk {
        return true;
    }
    let rest = &text[after..end];
    if !rest.is_empty() && !rest.starts_with(char::is_whitespace) {
        return false; // "5.31", "U.S.-led", "eng.chinamil.com.cn"
    }
    let next = next_word(rest);
    // A lowercase continuation never starts a sentence: `"Really?" he asked`,
    // `e.g. the`, `the U.S. side`.
    if next.chars().next().is_some_and(char::is_lowercase) {
        return false;
    }
    let single_dot = run_end == at + 1 && text.as_bytes()[at] == b'.';
    // A closing quote after the dot ends the sentence whatever the word.
    if !single_dot || next.is_empty() || after > run_end {
        return true;
    }
    let word = word_before(&text[start..at]);
    // No abbreviation is longer than ABBREVIATION_MAX bytes: a longer word
    // cannot equal one, whatever its case.
    let is = |list: &[&str]| {
        word.len() <= ABBREVIATION_MAX && list.iter().any(|a| a.eq_ignore_ascii_case(word))
    };
    if is(ABBREVIATIONS)
        || is(NUMBER_ABBREVIATIONS) && next.starts_with(|c: char| c.is_ascii_digit())
    {
        return false;
    }
    // A single capital is an initial ("J. Smith"); dotted initials ("U.S.",
    // "p.m.") end a sentence only before a word that starts one.
    let initial = word.len() == 1 && word.chars().all(|c| c.is_uppercase());
    let dotted = word.contains('.') && word.split('.').all(|p| p.chars().count() == 1);
    if initial || dotted {
        return SENTENCE_STARTERS.contains(&next);
    }
    true
}

/// The word that ends `before` (the text up to a dot), dots inside kept:
/// "the U.S" gives "U.S".
fn word_before(before: &str) -> &str {
    // ASCII letters, digits and dots byte by byte (for them the char test
    // and the byte test agree); at a non-ASCII char, the char loop goes on.
    let bytes = before.as_bytes();
    let mut start = bytes.len();
    while start > 0 && (bytes[start - 1].is_ascii_alphanumeric() || bytes[start - 1] == b'.') {
        start -= 1;
    }
    if start > 0 && bytes[start - 1] >= 0x80 {
        start = word_start_by_chars(&before[..start]);
    }
    &before[start..]
}

/// Where the trailing run of alphanumeric chars and dots of `s` starts.
fn word_start_by_chars(s: &str) -> usize {
    s.char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric() || c == '.')
        .last()
        .map_or(s.len(), |(i, _)| i)
}

/// The first word of `rest` after whitespace and opening quotes.
fn next_word(rest: &str) -> &str {
    let rest = rest.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '\'' | '“' | '‘' | '«' | '(' | '[' | '「' | '『')
    });
    rest.unicode_words().next().unwrap_or("")
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let span = super::trim_span(text, Span::new(start, end));
    if !span.is_empty() {
        out.push(span);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        split_sentences(text, Span::new(0, text.len()), &mut out);
        out.into_iter().map(|s| &text[s]).collect()
    }

    proptest::proptest! {
        #[test]
        fn eight_byte_search_finds_the_first_candidate(
            text in "[a .!?…。！？｡．“”’中—\n]{0,40}",
            from in 0usize..8,
        ) {
            let bytes = text.as_bytes();
            let from = from.min(bytes.len());
            let expected = bytes[from..]
                .iter()
                .position(|&b| may_start_terminator(b))
                .map(|n| from + n);
            proptest::prop_assert_eq!(next_terminator_byte(bytes, from), expected);
        }
    }

    proptest::proptest! {
        #[test]
        fn word_before_is_the_trailing_run_of_alphanumeric_chars(
            text in "[a Z9.,é中’\u{0660}-]{0,12}",
        ) {
            let expected = &text[word_start_by_chars(&text)..];
            proptest::prop_assert_eq!(word_before(&text), expected);
        }
    }

    #[test]
    fn every_byte_value_is_classified_as_the_byte_test_does() {
        for b in 0..=255u8 {
            for at in [27, 20] {
                let mut bytes = [b'x'; 40];
                bytes[at] = b;
                let expected = may_start_terminator(b).then_some(at);
                // From 3: two blocks of sixteen, then the tail.
                assert_eq!(next_terminator_byte(&bytes, 3), expected, "byte {b:#x}");
                assert_eq!(next_terminator_byte(&bytes[..at + 2], at - 1), expected);
            }
        }
    }

    #[test]
    fn plain_sentences() {
        assert_eq!(
            split("One here. Two there! Three? Four"),
            ["One here.", "Two there!", "Three?", "Four"]
        );
    }

    #[test]
    fn abbreviations_and_initials() {
        assert_eq!(
            split("Mr. Wang met Dr. Li on Jan. 5. They spoke."),
            ["Mr. Wang met Dr. Li on Jan. 5.", "They spoke."]
        );
        assert_eq!(
            split("The U.S. side and the U.K. government agreed."),
            ["The U.S. side and the U.K. government agreed."]
        );
        assert_eq!(
            split("It was sent to the U.S. The reply came."),
            ["It was sent to the U.S.", "The reply came."]
        );
        assert_eq!(
            split("J. R. Smith spoke at 3 p.m. on Monday."),
            ["J. R. Smith spoke at 3 p.m. on Monday."]
        );
        assert_eq!(
            split("See Resolution No. 2231 of the UN."),
            ["See Resolution No. 2231 of the UN."]
        );
    }

    #[test]
    fn quotes_close_sentences() {
        assert_eq!(
            split("He said \"No.\" Then he left."),
            ["He said \"No.\"", "Then he left."]
        );
        assert_eq!(
            split("\"Really?\" he asked. Yes."),
            ["\"Really?\" he asked.", "Yes."]
        );
        assert_eq!(
            split("“We oppose it.” The Mission said so."),
            ["“We oppose it.”", "The Mission said so."]
        );
    }

    #[test]
    fn chinese_needs_no_space() {
        assert_eq!(
            split("中国反对。美国说“是的！”他走了？好"),
            ["中国反对。", "美国说“是的！”", "他走了？", "好"]
        );
    }

    #[test]
    fn numbers_and_domains_stay_whole() {
        assert_eq!(
            split("About 5.31 million hosts, see eng.chinamil.com.cn for more."),
            ["About 5.31 million hosts, see eng.chinamil.com.cn for more."]
        );
    }

    #[test]
    fn wrapped_lines_do_not_end_sentences() {
        assert_eq!(
            split("The Foreign Ministry\nsaid on Monday. Next."),
            ["The Foreign Ministry\nsaid on Monday.", "Next."]
        );
    }
}
