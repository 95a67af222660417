//! The words next to a number: the last word before it, the first after
//! it, and a bounded head of the text.

/// The last word of `s` (letters, digits, inner dots, apostrophes and
/// hyphens): (offset in `s`, word).
pub(super) fn last_word(s: &str) -> Option<(usize, &str)> {
    let t = s.trim_end();
    let start = t
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric() || matches!(c, '.' | '\'' | '’' | '-'))
        .last()
        .map(|(i, _)| i)?;
    let w = t[start..].trim_end_matches(['.', '-']);
    (!w.is_empty()).then_some((start, w))
}

/// The first word of `s` after whitespace: (offset in `s`, word).
pub(super) fn first_word(s: &str) -> Option<(usize, &str)> {
    let t = s.trim_start();
    let at = s.len() - t.len();
    let end = t
        .char_indices()
        .find(|&(_, c)| !(c.is_alphanumeric() || matches!(c, '.' | '\'' | '’')))
        .map_or(t.len(), |(i, _)| i);
    let w = t[..end].trim_end_matches('.');
    (!w.is_empty()).then_some((at, w))
}

/// At most the first `n` bytes of `s`, cut on a char boundary.
pub(super) fn head(s: &str, n: usize) -> &str {
    &s[..crate::text::boundary::floor(s, n)]
}

/// How far [`last_word_near`] and [`first_word_near`] look: the words they
/// are asked for are short, and the bound keeps a run of Han characters
/// (letters to `char::is_alphanumeric`) from being walked whole at every
/// number.
const REACH: usize = 64;

/// [`last_word`] read in the last [`REACH`] bytes of `s`: (offset in `s`,
/// word).
pub(super) fn last_word_near(s: &str) -> Option<(usize, &str)> {
    let from = crate::text::boundary::back(s, s.len(), REACH);
    last_word(&s[from..]).map(|(at, w)| (from + at, w))
}

/// [`first_word`] read in the first [`REACH`] bytes of `s`.
pub(super) fn first_word_near(s: &str) -> Option<(usize, &str)> {
    first_word(head(s, REACH))
}
