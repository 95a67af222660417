//! Clauses: a sentence cut where a new subject or a contrast may begin
//! ("; ", ", while ", ", but ", ", which "), so that each clause carries
//! one charge or one answer.

use crate::Span;

/// Where a clause may begin: the separator, and whether the clause starts
/// after it (`true`) or at its word (`false`, keeping "while"/"but" with the
/// clause they open).
const SEPARATORS: &[(&[u8], bool)] = &[
    (b"; ", true),
    (b";\n", true),
    ("；".as_bytes(), true),
    (b", while ", false),
    (b", whereas ", false),
    (b", but ", false),
    (b", which ", false),
    (b", rather than ", false),
    (b" while ", false),
];

/// Whether a byte is the first of some separator.
const SEPARATOR_START: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < SEPARATORS.len() {
        table[SEPARATORS[i].0[0] as usize] = true;
        i += 1;
    }
    table
};

/// The clauses of `sentence` in `text`, in order, covering it without gaps
/// (separators go with the clause before), appended to `out`.
pub(crate) fn clauses(text: &str, sentence: Span, out: &mut Vec<Span>) {
    let bytes = &text.as_bytes()[sentence.start..sentence.end];
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // Most bytes start no separator: one table lookup passes them.
        if !SEPARATOR_START[usize::from(b)] {
            i += 1;
            continue;
        }
        if b != b' ' || bytes.get(i + 1) == Some(&b'w') && bytes[i..].starts_with(b" while ") {
            for &(sep, after) in SEPARATORS.iter().filter(|(sep, _)| sep[0] == b) {
                if bytes[i..].starts_with(sep) && !continues_not_only(&bytes[i + sep.len()..]) {
                    let cut = if after { i + sep.len() } else { i + 1 };
                    if cut > start && cut < bytes.len() && has_words(&bytes[start..cut]) {
                        out.push(super::trim_span(
                            text,
                            Span::new(sentence.start + start, sentence.start + cut),
                        ));
                        start = cut;
                    }
                    i = cut.max(i + 1);
                    break;
                }
            }
        }
        i += 1;
    }
    out.push(super::trim_span(
        text,
        Span::new(sentence.start + start, sentence.end),
    ));
}

/// The longest stretch read as one sentence: a longer "sentence" (a line
/// with no punctuation) is read in pieces, so work per sentence stays
/// bounded and the whole stays linear.
pub(crate) const MAX_SENTENCE: usize = 4096;

/// `sentence` cut into pieces of at most [`MAX_SENTENCE`] bytes, on char
/// boundaries.
pub(crate) fn windows(text: &str, sentence: Span) -> impl Iterator<Item = Span> + '_ {
    let mut start = sentence.start;
    std::iter::from_fn(move || {
        if start >= sentence.end {
            return None;
        }
        let mut end = super::boundary::cap(text, start, MAX_SENTENCE, sentence.end);
        if end <= start {
            end = sentence.end;
        }
        let piece = Span::new(start, end);
        start = end;
        Some(piece)
    })
}

/// "not only ..., but also ...": one clause, not two.
fn continues_not_only(rest: &[u8]) -> bool {
    rest.starts_with(b"also ")
}

/// Whether a piece holds at least a few letters (no clause of one word).
fn has_words(piece: &[u8]) -> bool {
    piece
        .iter()
        .filter(|b| b.is_ascii_alphabetic() || **b >= 0x80)
        .count()
        >= 8
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        clauses(text, Span::new(0, text.len()), &mut out);
        out.iter().map(|&s| &text[s]).collect()
    }

    #[test]
    fn cuts_at_contrast_and_semicolon() {
        assert_eq!(
            cut("They spy on allies, while blaming others; we object."),
            vec!["They spy on allies,", "while blaming others;", "we object."]
        );
        assert_eq!(
            cut("It has not only spied, but also lied."),
            vec!["It has not only spied, but also lied."]
        );
        assert_eq!(
            cut("无论如何；都无法掩盖"),
            vec!["无论如何；", "都无法掩盖"]
        );
    }
}
