//! Anchors: the numbers, codes and names a passage shares with its
//! translation once normalised ("5.2万" ~ "52,000", "531万" ~ "5.31
//! million", "11年" ~ "11 years", "APT-C-39" ~ "APT-C-39").
//!
//! PRIVATE NUMBER NORMALISER: [`number_at`] is a deliberately small grammar
//! (Arabic digits with group separators and decimals, the scale words
//! thousand/million/billion/trillion and 千/万/亿/億/万亿, a trailing 年 or
//! "years"), kept here so the bilingual work does not depend on the
//! statistics grammar being written at the same time. When the shared
//! number grammar (`src/text/number.rs`) lands, `number_at` can be replaced
//! by a call to it that returns the same exact decimal value.

use crate::Span;

/// Most anchors kept per passage: enough for any real paragraph, and a
/// bound on the work per pair of passages.
pub(crate) const MAX_ANCHORS: usize = 256;

/// A normalised anchor value: what must be equal for two anchors to match.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Key<'a> {
    /// An exact decimal: `mantissa × 10^exponent`, mantissa without
    /// trailing zeros (52,000 and 5.2万 are both 52 × 10³).
    Number { mantissa: u128, exponent: i32 },
    /// A Latin-script code or name, compared without ASCII case
    /// ("APT-C-39", "Biden").
    Word(&'a str),
    /// A party named in either language ("美国" and "the U.S." are both
    /// `USA`), as its code's bytes, zero-padded.
    Party([u8; 8]),
}

impl PartialEq for Key<'_> {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (
                Key::Number { mantissa, exponent },
                Key::Number {
                    mantissa: m,
                    exponent: e,
                },
            ) => mantissa == m && exponent == e,
            (Key::Word(a), Key::Word(b)) => a.eq_ignore_ascii_case(b),
            (Key::Party(a), Key::Party(b)) => a == b,
            _ => false,
        }
    }
}

impl Eq for Key<'_> {}

impl std::hash::Hash for Key<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        match self {
            Key::Number { mantissa, exponent } => {
                0u8.hash(state);
                mantissa.hash(state);
                exponent.hash(state);
            }
            Key::Word(word) => {
                1u8.hash(state);
                for b in word.bytes() {
                    state.write_u8(b.to_ascii_lowercase());
                }
            }
            Key::Party(code) => {
                2u8.hash(state);
                code.hash(state);
            }
        }
    }
}

/// An anchor candidate of one passage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Candidate<'a> {
    pub(crate) key: Key<'a>,
    pub(crate) span: Span,
}

/// Adds to `out` the parties named inside `span` of `text`, one anchor per
/// mention: the party gazetteer reads English and Chinese alike, so "美国
/// 国家安全局" in a source and "the U.S. National Security Agency" in its
/// translation share the anchor `USA`, as "北约" and "NATO" share `NATO`.
pub(crate) fn party_candidates(text: &str, span: Span, out: &mut Vec<Candidate<'_>>) {
    for m in crate::party::find_mentions(text, span) {
        if out.len() >= MAX_ANCHORS {
            break;
        }
        let Some(party) = m.parties.first() else {
            continue;
        };
        let code = party.code().as_bytes();
        if code.len() > 8 {
            continue;
        }
        let mut key = [0u8; 8];
        key[..code.len()].copy_from_slice(code);
        out.push(Candidate {
            key: Key::Party(key),
            span: m.span,
        });
    }
}

/// The anchor candidates inside `span` of `text`. In a Latin-script passage
/// only words with a capital or a digit count (names, codes); in any other
/// passage every Latin word does (a Latin word in a Chinese passage is a
/// name or a code).
pub(crate) fn candidates(text: &str, span: Span, latin_passage: bool) -> Vec<Candidate<'_>> {
    let mut out = Vec::new();
    let mut i = span.start;
    let bytes = text.as_bytes();
    while i < span.end && out.len() < MAX_ANCHORS {
        // Fast path: ASCII that starts neither a number nor a word.
        if bytes[i] < 0x80 && !bytes[i].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let c = match text[i..span.end].chars().next() {
            Some(c) => c,
            None => break,
        };
        if digit_value(c).is_some() {
            let glued_to_word = i > span.start && is_word_char_before(text, i);
            if !glued_to_word {
                if let Some((key, end)) = number_at(text, i, span.end) {
                    if !word_continues(text, end, span.end) {
                        out.push(Candidate {
                            key,
                            span: Span::new(i, end),
                        });
                        i = end;
                        continue;
                    }
                }
            }
        }
        if is_word_char(c) {
            let end = word_end(text, i, span.end);
            let word = &text[i..end];
            let has_letter = word.chars().any(char::is_alphabetic);
            let marked = word.chars().any(|c| c.is_uppercase() || c.is_ascii_digit());
            if has_letter && word.len() >= 2 && (marked || !latin_passage) {
                out.push(Candidate {
                    key: Key::Word(word),
                    span: Span::new(i, end),
                });
            }
            i = end;
            continue;
        }
        i += c.len_utf8();
    }
    out
}

/// A Latin letter or an ASCII digit: the characters of codes and names.
fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || super::script::classify(c) == crate::Script::Latin
}

fn is_word_char_before(text: &str, at: usize) -> bool {
    let mut before = text[..at].chars().rev();
    match before.next() {
        Some(c) if is_word_char(c) => true,
        // "APT-C-39": the digits after a hyphen glued to a word are the code's.
        Some('-') => before.next().is_some_and(is_word_char),
        _ => false,
    }
}

fn word_continues(text: &str, at: usize, end: usize) -> bool {
    text[at..end]
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic())
}

/// The end of the word starting at `start`: word chars joined by single
/// inner hyphens ("APT-C-39", "Asia-Pacific").
fn word_end(text: &str, start: usize, limit: usize) -> usize {
    let mut end = start;
    let mut chars = text[start..limit].char_indices().peekable();
    while let Some((off, c)) = chars.next() {
        if is_word_char(c) {
            end = start + off + c.len_utf8();
        } else if c == '-' && chars.peek().is_some_and(|&(_, n)| is_word_char(n)) {
            continue;
        } else {
            break;
        }
    }
    end
}

/// An ASCII or full-width digit's value.
fn digit_value(c: char) -> Option<u8> {
    match c {
        '0'..='9' => Some(c as u8 - b'0'),
        '０'..='９' => Some((c as u32 - '０' as u32) as u8),
        _ => None,
    }
}

/// Scale words after a number, with their power of ten. Why these: the
/// English words and abbreviations newswires use for large counts, and the
/// Chinese/Japanese myriad units (万 10⁴, 亿/億 10⁸) that translations turn
/// into thousands and millions.
const LATIN_SCALES: &[(&str, i32)] = &[
    ("thousand", 3),
    ("million", 6),
    ("billion", 9),
    ("trillion", 12),
    ("mn", 6),
    ("bn", 9),
];
const CJK_SCALES: &[(&str, i32)] = &[
    ("万亿", 12),
    ("百万", 6),
    ("千万", 7),
    ("万", 4),
    ("亿", 8),
    ("億", 8),
    ("千", 3),
];

/// PRIVATE NUMBER NORMALISER (see the module docs): the number starting at
/// `start`, with its exact value and where it ends (scale word and a
/// trailing 年 / "years" included).
pub(crate) fn number_at(text: &str, start: usize, limit: usize) -> Option<(Key<'static>, usize)> {
    let s = &text[start..limit];
    let mut mantissa: u128 = 0;
    let mut exponent: i32 = 0;
    let mut significant = 0u32;
    let mut overflow = false;
    let mut end = 0;
    let push = |d: u8, mantissa: &mut u128, significant: &mut u32| {
        if *mantissa == 0 && d == 0 {
            return true;
        }
        *significant += 1;
        if *significant > 30 {
            return false;
        }
        *mantissa = *mantissa * 10 + u128::from(d);
        true
    };
    let chars: Vec<(usize, char)> = s.char_indices().take(200).collect();
    let mut k = 0;
    let is_digit_at = |at: usize| {
        chars
            .get(at)
            .is_some_and(|&(_, c)| digit_value(c).is_some())
    };
    // Integer part, with "," groups of exactly three digits.
    while k < chars.len() {
        let (off, c) = chars[k];
        if let Some(d) = digit_value(c) {
            overflow |= !push(d, &mut mantissa, &mut significant);
            end = off + c.len_utf8();
            k += 1;
        } else if c == ',' && (1..=4).all(|n| is_digit_at(k + n) == (n <= 3)) {
            k += 1;
        } else {
            break;
        }
    }
    if end == 0 {
        return None;
    }
    // Decimals.
    if k + 1 < chars.len() && chars[k].1 == '.' && digit_value(chars[k + 1].1).is_some() {
        k += 1;
        while k < chars.len() {
            let (off, c) = chars[k];
            let Some(d) = digit_value(c) else { break };
            overflow |= !push(d, &mut mantissa, &mut significant);
            exponent -= 1;
            end = off + c.len_utf8();
            k += 1;
        }
    }
    if overflow || chars.len() == 200 && k == 200 {
        return None;
    }
    // Scale.
    let rest = &s[end..];
    if let Some((word, power)) = CJK_SCALES.iter().find(|(w, _)| rest.starts_with(w)) {
        exponent += power;
        end += word.len();
    } else {
        let spaced = rest.strip_prefix(' ').unwrap_or(rest);
        let skip = rest.len() - spaced.len();
        if let Some((word, power)) = LATIN_SCALES.iter().find(|(w, _)| {
            spaced.starts_with(w) && !spaced[w.len()..].starts_with(|c: char| c.is_alphabetic())
        }) {
            exponent += power;
            end += skip + word.len();
        }
    }
    // A trailing year/duration word belongs to the anchor ("11年", "11 years").
    let rest = &s[end..];
    if rest.starts_with('年') {
        end += '年'.len_utf8();
    } else if let Some(word) = [" years", " year"].iter().find(|w| rest.starts_with(*w)) {
        end += word.len();
    }
    if mantissa == 0 {
        exponent = 0;
    }
    while mantissa != 0 && mantissa % 10 == 0 {
        mantissa /= 10;
        exponent += 1;
    }
    Some((Key::Number { mantissa, exponent }, start + end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(text: &str) -> (Key<'static>, &str) {
        let (key, end) = number_at(text, 0, text.len()).expect("a number");
        (key, &text[..end])
    }

    fn num(mantissa: u128, exponent: i32) -> Key<'static> {
        Key::Number { mantissa, exponent }
    }

    #[test]
    fn numbers_normalise_across_languages() {
        assert_eq!(value("5.2万个"), (num(52, 3), "5.2万"));
        assert_eq!(value("52,000 servers"), (num(52, 3), "52,000"));
        assert_eq!(value("531万台"), (num(531, 4), "531万"));
        assert_eq!(value("5.31 million hosts"), (num(531, 4), "5.31 million"));
        assert_eq!(value("11年的"), (num(11, 0), "11年"));
        assert_eq!(value("11 years."), (num(11, 0), "11 years"));
        assert_eq!(value("2020年"), (num(202, 1), "2020年"));
        assert_eq!(value("1,2345"), (num(1, 0), "1"));
        assert_eq!(value("３亿"), (num(3, 8), "３亿"));
        assert_eq!(value("0"), (num(0, 0), "0"));
    }

    #[test]
    fn huge_numbers_are_not_anchors() {
        let digits = "9".repeat(400);
        assert_eq!(number_at(&digits, 0, digits.len()), None);
    }

    #[test]
    fn codes_are_words_and_their_digits_are_not_numbers() {
        let text = "组织APT-C-39曾";
        let found = candidates(text, Span::new(0, text.len()), false);
        assert_eq!(found.len(), 1);
        assert_eq!(&text[found[0].span], "APT-C-39");
        assert_eq!(found[0].key, Key::Word("apt-c-39"));
    }

    #[test]
    fn latin_passages_keep_only_marked_words() {
        let text = "the group APT-C-39 attacked 2,000 hosts in Asia";
        let found: Vec<&str> = candidates(text, Span::new(0, text.len()), true)
            .iter()
            .map(|c| &text[c.span])
            .collect();
        assert_eq!(found, ["APT-C-39", "2,000", "Asia"]);
    }
}
