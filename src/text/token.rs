//! Word tokens with offsets: a byte-level scanner with no allocation per
//! token, shared by the party, speaker and date scanners.

use crate::Span;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters and digits, with inner dots ("U.S.") and apostrophes
    /// ("d'Orsay"); hyphens split words.
    Word,
    /// A possessive ending: "'s", "’s", or a lone apostrophe after a word
    /// ("the US'").
    Possessive,
    /// One ideograph.
    Han,
    /// Any other character that is not whitespace.
    Punct,
}

/// A word, possessive ending, ideograph or punctuation mark, with its
/// byte offsets in the whole input.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Tok {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) kind: Kind,
}

/// The tokens of `span`: cheap byte-level scanning, no allocation per token.
pub(crate) fn tokenize(text: &str, span: Span) -> Vec<Tok> {
    let mut out = Vec::with_capacity(span.len() / 5 + 1);
    tokenize_into(text, span, &mut out);
    out
}

/// The tokens of `span`, appended to `out` (a buffer reused across
/// sentences).
///
/// The steps, cheapest first: ASCII whitespace and marks are taken without
/// decoding a char; an ASCII word that nothing could extend is taken whole;
/// anything else is decoded, and a word is read on by [`word_end`] and
/// followed by its [`possessive`] ending, if any.
pub(crate) fn tokenize_into(text: &str, span: Span, out: &mut Vec<Tok>) {
    let s = &text[span];
    let bytes = s.as_bytes();
    let base = span.start;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_whitespace() || b == 0x0B {
            i += 1;
            continue;
        }
        if b < 0x80 && !b.is_ascii_alphanumeric() {
            push(out, base, i, i + 1, Kind::Punct);
            i += 1;
            continue;
        }
        if let Some(j) = whole_ascii_word(bytes, i) {
            push(out, base, i, j, Kind::Word);
            i = j;
            continue;
        }
        let Some(c) = char_at(s, i) else { break };
        let len = c.len_utf8();
        if c.is_whitespace() {
            i += len;
            continue;
        }
        // One ideograph, or one mark.
        let single = if is_ideograph(c) {
            Some(Kind::Han)
        } else if !c.is_alphanumeric() {
            Some(Kind::Punct)
        } else {
            None
        };
        if let Some(kind) = single {
            push(out, base, i, i + len, kind);
            i += len;
            continue;
        }
        let j = word_end(s, i + len);
        push(out, base, i, j, Kind::Word);
        i = j;
        if let Some(len) = possessive(s, j) {
            push(out, base, j, j + len, Kind::Possessive);
            i = j + len;
        }
    }
}

/// Appends the token `base + start..base + end` of kind `kind`.
#[inline(always)]
fn push(out: &mut Vec<Tok>, base: usize, start: usize, end: usize, kind: Kind) {
    out.push(Tok {
        start: base + start,
        end: base + end,
        kind,
    });
}

/// The end of the ASCII word starting at `i` when an ASCII space or mark
/// other than a dot or an apostrophe (or the end) follows it: nothing could
/// extend it or add a possessive, so it is taken whole.
#[inline(always)]
fn whole_ascii_word(bytes: &[u8], i: usize) -> Option<usize> {
    if !bytes[i].is_ascii_alphanumeric() {
        return None;
    }
    let j = super::ascii::alnum_end(bytes, i + 1);
    bytes
        .get(j)
        .is_none_or(|&d| d < 0x80 && d != b'.' && d != b'\'')
        .then_some(j)
}

/// The end of the word of `s` whose first byte not yet taken is `j`:
/// letters and digits of any script but the ideographs, inner dots
/// ("U.S.", "5.2"), the last dot of a run of one-letter segments ("U.S."),
/// and inner apostrophes ("d'Or", "won’t") unless they begin a possessive.
#[inline]
fn word_end(s: &str, mut j: usize) -> usize {
    let mut dotted = false;
    loop {
        // Most words are a run of ASCII letters and digits.
        j = super::ascii::alnum_end(s.as_bytes(), j);
        let Some(d) = char_at(s, j) else { return j };
        // An ASCII space or mark other than a dot or an apostrophe ends
        // the word: the usual case, decided without looking further.
        if d.is_ascii() && d != '.' && d != '\'' {
            return j;
        }
        if d.is_alphanumeric() && !is_ideograph(d) {
            j += d.len_utf8();
            continue;
        }
        let after = &s[j + d.len_utf8()..];
        let next_alnum = after.starts_with(char::is_alphanumeric);
        if d == '.' && next_alnum {
            dotted = true;
            j += 1;
        } else if d == '.' && dotted && s[..j].chars().rev().nth(1) == Some('.') {
            // "U.S." keeps its last dot: the segment before it is one letter.
            return j + 1;
        } else if is_apostrophe(d) && next_alnum && !is_glued_s(after) {
            j += d.len_utf8();
        } else {
            return j;
        }
    }
}

/// The length of the possessive ending at byte `j` of `s`, right after a
/// word: an apostrophe with a lone "s" ("China's", "China’s") or with no
/// letter or digit after it ("allies'").
#[inline]
fn possessive(s: &str, j: usize) -> Option<usize> {
    let d = char_at(s, j).filter(|&d| is_apostrophe(d))?;
    let after = &s[j + d.len_utf8()..];
    let glued_s = is_glued_s(after);
    let bare = !after.starts_with(char::is_alphanumeric);
    (glued_s || bare).then_some(d.len_utf8() + usize::from(glued_s))
}

/// A straight or curly apostrophe.
#[inline(always)]
fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Whether `after`, the text after an apostrophe, is a lone "s" (no letter
/// or digit follows it): the possessive "'s".
#[inline(always)]
fn is_glued_s(after: &str) -> bool {
    after.starts_with('s') && !after[1..].starts_with(char::is_alphanumeric)
}

/// The char starting at byte `i` of `s` (on a char boundary), if any.
#[inline]
fn char_at(s: &str, i: usize) -> Option<char> {
    match s.as_bytes().get(i) {
        Some(&b) if b < 0x80 => Some(char::from(b)),
        Some(_) => s[i..].chars().next(),
        None => None,
    }
}

/// Han ideographs, kana and hangul: scripts written without spaces.
pub(crate) fn is_ideograph(c: char) -> bool {
    // Everything below U+3007 is outside these scripts: one comparison for
    // Latin, Cyrillic and Arabic text instead of seven.
    (c as u32) >= 0x3007
        && matches!(c as u32,
            0x3040..=0x30FF     // hiragana, katakana
            | 0x3400..=0x4DBF   // CJK extension A
            | 0x4E00..=0x9FFF   // CJK unified ideographs
            | 0xAC00..=0xD7AF   // hangul syllables
            | 0xF900..=0xFAFF   // CJK compatibility ideographs
            | 0x20000..=0x3134F // CJK extensions B to G
            | 0x3007            // 〇
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(text: &str, span: Span) -> Vec<(&str, Kind)> {
        tokenize(text, span)
            .iter()
            .map(|t| (&text[t.start..t.end], t.kind))
            .collect()
    }

    #[test]
    fn words_possessives_and_han() {
        let text = "The U.S.' allies and China's 约5.2万个";
        let toks = shown(text, Span::new(0, text.len()));
        assert_eq!(toks[0], ("The", Kind::Word));
        assert_eq!(toks[1], ("U.S.", Kind::Word));
        assert_eq!(toks[2].1, Kind::Possessive);
        assert!(toks.contains(&("China", Kind::Word)));
        assert!(toks.contains(&("'s", Kind::Possessive)));
        assert!(toks.contains(&("约", Kind::Han)));
    }

    #[test]
    fn offsets_are_absolute() {
        let text = "xx Hello world";
        let toks = tokenize(text, Span::new(3, text.len()));
        assert_eq!((toks[0].start, toks[0].end), (3, 8));
    }

    /// The tokens of `text` written one by one, each with its kind's
    /// letter: W a word, S a possessive ending, H an ideograph, P any other
    /// mark.
    fn written(text: &str) -> String {
        let shown: Vec<String> = tokenize(text, Span::new(0, text.len()))
            .iter()
            .map(|t| {
                let k = match t.kind {
                    Kind::Word => 'W',
                    Kind::Possessive => 'S',
                    Kind::Han => 'H',
                    Kind::Punct => 'P',
                };
                format!("{}/{k}", &text[t.start..t.end])
            })
            .collect();
        shown.join(" ")
    }

    fn check(cases: &[(&str, &str)]) {
        for &(text, want) in cases {
            assert_eq!(written(text), want, "{text:?}");
        }
    }

    #[test]
    fn inner_dots_and_abbreviations() {
        check(&[
            ("U.S. allies", "U.S./W allies/W"),
            ("e.g. it", "e.g./W it/W"),
            ("x.y.z.", "x.y.z./W"),
            ("U.S.中国", "U.S./W 中/H 国/H"),
            // A dot ends the word unless a letter or digit follows it, or it
            // closes a run of one-letter segments.
            ("a.b x..y", "a.b/W x/W ./P ./P y/W"),
            ("5.31.", "5.31/W ./P"),
            ("é.", "é/W ./P"),
            ("Mr. Li", "Mr/W ./P Li/W"),
            ("ab.", "ab/W ./P"),
        ]);
    }

    #[test]
    fn possessive_endings() {
        check(&[
            ("China's", "China/W 's/S"),
            ("China’s view", "China/W ’s/S view/W"),
            ("Zhao's.", "Zhao/W 's/S ./P"),
            ("O'Neil's", "O'Neil/W 's/S"),
            ("éa's", "éa/W 's/S"),
            ("the U.S.'s allies", "the/W U.S./W 's/S allies/W"),
            // A lone apostrophe after a word.
            ("allies' views", "allies/W '/S views/W"),
            ("the U.S.' allies", "the/W U.S./W '/S allies/W"),
            ("Lijian'", "Lijian/W '/S"),
            ("a’", "a/W ’/S"),
            // An apostrophe after no word is a mark.
            ("'s'", "'/P s/W '/S"),
            ("’s", "’/P s/W"),
        ]);
    }

    #[test]
    fn inner_apostrophes() {
        check(&[
            ("d'Orsay", "d'Orsay/W"),
            ("won’t", "won’t/W"),
            ("it’sy", "it’sy/W"),
            ("rock'n'roll", "rock'n'roll/W"),
        ]);
    }

    #[test]
    fn scripts() {
        check(&[
            ("约5.2万个", "约/H 5.2/W 万/H 个/H"),
            ("美国", "美/H 国/H"),
            ("abc中", "abc/W 中/H"),
            ("Ünïcödé", "Ünïcödé/W"),
            ("٣٤", "٣٤/W"),
            // 〇 is a numeral written with the ideographs, 〆 a letter.
            ("〇\u{3006}", "〇/H \u{3006}/W"),
        ]);
    }

    #[test]
    fn marks_and_spaces() {
        check(&[
            ("1,000", "1/W ,/P 000/W"),
            ("3rd-party", "3rd/W -/P party/W"),
            ("a—b😀", "a/W —/P b/W 😀/P"),
            ("\u{a0}x\u{b}y\r\t\0", "x/W y/W \0/P"),
            ("", ""),
        ]);
    }
}
