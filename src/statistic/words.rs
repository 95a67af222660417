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
