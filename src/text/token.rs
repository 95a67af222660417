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
pub(crate) fn tokenize_into(text: &str, span: Span, out: &mut Vec<Tok>) {
    let s = &text[span];
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let start = span.start + i;
        // ASCII spaces and punctuation, the common case, without decoding a
        // char or asking the Unicode tables.
        if b.is_ascii_whitespace() || b == 0x0B {
            i += 1;
            continue;
        }
        if b < 0x80 && !b.is_ascii_alphanumeric() {
            out.push(Tok {
                start,
                end: start + 1,
                kind: Kind::Punct,
            });
            i += 1;
            continue;
        }
        if b.is_ascii_alphanumeric() {
            // An ASCII word ended by an ASCII space or mark other than a dot
            // or an apostrophe: nothing below could extend it or add a
            // possessive, so it is taken whole.
            let j = super::ascii::alnum_end(bytes, i + 1);
            if bytes
                .get(j)
                .is_none_or(|&d| d < 0x80 && d != b'.' && d != b'\'')
            {
                out.push(Tok {
                    start,
                    end: span.start + j,
                    kind: Kind::Word,
                });
                i = j;
                continue;
            }
        }
        let Some(c) = char_at(s, i) else { break };
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        if is_ideograph(c) {
            out.push(Tok {
                start,
                end: start + c.len_utf8(),
                kind: Kind::Han,
            });
            i += c.len_utf8();
            continue;
        }
        if !c.is_alphanumeric() {
            out.push(Tok {
                start,
                end: start + c.len_utf8(),
                kind: Kind::Punct,
            });
            i += c.len_utf8();
            continue;
        }
        // `j` is the first byte not yet taken into the word.
        let mut j = i + c.len_utf8();
        let mut dotted = false;
        loop {
            // Most words are a run of ASCII letters and digits.
            j = super::ascii::alnum_end(bytes, j);
            let Some(d) = char_at(s, j) else { break };
            // An ASCII space or mark other than a dot or an apostrophe ends
            // the word: the usual case, decided without looking further.
            if d.is_ascii() && d != '.' && d != '\'' {
                break;
            }
            if d.is_alphanumeric() && !is_ideograph(d) {
                j += d.len_utf8();
                continue;
            }
            let next = char_at(s, j + d.len_utf8());
            let next_alnum = next.is_some_and(char::is_alphanumeric);
            if d == '.' && next_alnum {
                dotted = true;
                j += 1;
            } else if d == '.' && dotted && s[..j].chars().rev().nth(1) == Some('.') {
                // "U.S." keeps its last dot: the segment before it is one letter.
                j += 1;
                break;
            } else if (d == '\'' || d == '’') && next_alnum {
                let after = &s[j + d.len_utf8()..];
                let poss = after.starts_with('s')
                    && !after[1..].starts_with(|n: char| n.is_alphanumeric());
                if poss {
                    break;
                }
                j += d.len_utf8();
            } else {
                break;
            }
        }
        out.push(Tok {
            start,
            end: span.start + j,
            kind: Kind::Word,
        });
        i = j;
        // A possessive ending right after the word.
        if let Some(d) = char_at(s, j).filter(|&d| d == '\'' || d == '’') {
            let after = &s[j + d.len_utf8()..];
            let glued_s =
                after.starts_with('s') && !after[1..].starts_with(|n: char| n.is_alphanumeric());
            let bare = !after.starts_with(|n: char| n.is_alphanumeric());
            if glued_s || bare {
                let len = d.len_utf8() + usize::from(glued_s);
                out.push(Tok {
                    start: span.start + j,
                    end: span.start + j + len,
                    kind: Kind::Possessive,
                });
                i = j + len;
            }
        }
    }
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

    /// The tokenizer before its byte-level rewrite, as the reference.
    fn reference(text: &str, span: Span) -> Vec<Tok> {
        let s = &text[span];
        let mut out = Vec::with_capacity(s.len() / 5 + 1);
        let mut chars = s.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let start = span.start + i;
            if c.is_whitespace() {
                continue;
            }
            if is_ideograph(c) {
                out.push(Tok {
                    start,
                    end: start + c.len_utf8(),
                    kind: Kind::Han,
                });
                continue;
            }
            if c.is_alphanumeric() {
                let mut end = i + c.len_utf8();
                let mut dotted = false;
                while let Some(&(j, d)) = chars.peek() {
                    if d.is_alphanumeric() && !is_ideograph(d) {
                        end = j + d.len_utf8();
                        chars.next();
                        continue;
                    }
                    let next = s[j + d.len_utf8()..].chars().next();
                    let next_alnum = next.is_some_and(|n| n.is_alphanumeric());
                    if d == '.' && next_alnum {
                        dotted = true;
                        end = j + 1;
                        chars.next();
                    } else if d == '.' && dotted && s[..j].chars().rev().nth(1) == Some('.') {
                        // "U.S." keeps its last dot: the segment before it is one letter.
                        end = j + 1;
                        chars.next();
                        break;
                    } else if (d == '\'' || d == '’') && next_alnum {
                        let after = &s[j + d.len_utf8()..];
                        let poss = after.starts_with('s')
                            && !after[1..].starts_with(|n: char| n.is_alphanumeric());
                        if poss {
                            break;
                        }
                        end = j + d.len_utf8();
                        chars.next();
                    } else {
                        break;
                    }
                }
                out.push(Tok {
                    start,
                    end: span.start + end,
                    kind: Kind::Word,
                });
                // A possessive ending right after the word.
                if let Some(&(j, d)) = chars.peek() {
                    if d == '\'' || d == '’' {
                        let after = &s[j + d.len_utf8()..];
                        let glued_s = after.starts_with('s')
                            && !after[1..].starts_with(|n: char| n.is_alphanumeric());
                        let bare = !after.starts_with(|n: char| n.is_alphanumeric());
                        if glued_s || bare {
                            let len = d.len_utf8() + usize::from(glued_s);
                            chars.next();
                            if glued_s {
                                chars.next();
                            }
                            out.push(Tok {
                                start: span.start + j,
                                end: span.start + j + len,
                                kind: Kind::Possessive,
                            });
                        }
                    }
                }
                continue;
            }
            out.push(Tok {
                start,
                end: start + c.len_utf8(),
                kind: Kind::Punct,
            });
        }
        out
    }

    #[test]
    fn same_tokens_as_the_char_scanner() {
        let pieces = [
            "U.S.",
            "U.S.'",
            "a.b",
            "x..y",
            "e.g.",
            "China's",
            "allies'",
            "d'Or",
            "won’t",
            "’s",
            "'",
            " ",
            "\u{a0}",
            "\u{b}",
            "约5.2万",
            "美国",
            "Ünïcödé",
            "٣٤",
            "—",
            "😀",
            "1,000",
            "-",
            "s",
            "...",
            "\n",
            "Zhao",
            "é.",
            "a’",
            "'s'",
            "\0",
            "\r\t",
            "〇",
            "\u{3006}",
        ];
        // Every sequence of up to three pieces.
        let n = pieces.len();
        for a in 0..n {
            for b in 0..n {
                for c in 0..n {
                    let text = format!("{}{}{}", pieces[a], pieces[b], pieces[c]);
                    let got: Vec<_> = tokenize(&text, Span::new(0, text.len()))
                        .iter()
                        .map(|t| (t.start, t.end, t.kind))
                        .collect();
                    let want: Vec<_> = reference(&text, Span::new(0, text.len()))
                        .iter()
                        .map(|t| (t.start, t.end, t.kind))
                        .collect();
                    assert_eq!(got, want, "{text:?}");
                }
            }
        }
    }
}
