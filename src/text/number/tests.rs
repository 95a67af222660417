//! Behaviour tests of the number grammar.

use super::chinese::is_zh_number_start;
use super::digits::fullwidth_digit;
use super::english::{OPENER_WORDS, may_be_opener};
use super::*;

fn one(text: &str) -> (String, f64, NumberKind) {
    let found = scan(text, Span::new(0, text.len()));
    assert_eq!(found.len(), 1, "{text:?}: {found:?}");
    let m = found[0];
    (text[m.span].to_string(), m.value, m.kind)
}

fn none(text: &str) {
    let found = scan(text, Span::new(0, text.len()));
    assert!(found.is_empty(), "{text:?}: {found:?}");
}

#[test]
fn digits_separators_and_scales() {
    assert_eq!(
        one("about 52,000 servers"),
        ("52,000".into(), 52000.0, NumberKind::Cardinal)
    );
    assert_eq!(
        one("1,000,000 people"),
        ("1,000,000".into(), 1e6, NumberKind::Cardinal)
    );
    assert_eq!(
        one("5.31 million hosts"),
        ("5.31 million".into(), 5_310_000.0, NumberKind::Cardinal)
    );
    assert_eq!(
        one("$4.5 billion"),
        ("$4.5 billion".into(), 4.5e9, NumberKind::Money)
    );
    assert_eq!(one("US$300"), ("US$300".into(), 300.0, NumberKind::Money));
    assert_eq!(one("$4.5bn"), ("$4.5bn".into(), 4.5e9, NumberKind::Money));
    assert_eq!(
        one("５２，０００台"),
        ("５２，０００".into(), 52000.0, NumberKind::Cardinal)
    );
}

#[test]
fn words() {
    assert_eq!(
        one("twenty-five"),
        ("twenty-five".into(), 25.0, NumberKind::Cardinal)
    );
    assert_eq!(
        one("two hundred and fifty people"),
        ("two hundred and fifty".into(), 250.0, NumberKind::Cardinal)
    );
    assert_eq!(
        one("a quarter of a million"),
        (
            "a quarter of a million".into(),
            250_000.0,
            NumberKind::Cardinal
        )
    );
    assert_eq!(
        one("the third largest"),
        ("third".into(), 3.0, NumberKind::Ordinal)
    );
    assert_eq!(
        one("a decade-long effort"),
        ("a decade-long".into(), 10.0, NumberKind::Duration)
    );
    assert_eq!(
        one("thousands of computers"),
        ("thousands of".into(), 1000.0, NumberKind::Cardinal)
    );
    none("a report");
}

#[test]
fn chinese() {
    assert_eq!(
        one("约5.2万个"),
        ("5.2万".into(), 52000.0, NumberKind::Cardinal)
    );
    assert_eq!(
        one("531万台"),
        ("531万".into(), 5_310_000.0, NumberKind::Cardinal)
    );
    assert_eq!(
        one("四百零三"),
        ("四百零三".into(), 403.0, NumberKind::Cardinal)
    );
    assert_eq!(one("十一年"), ("十一年".into(), 11.0, NumberKind::Duration));
    assert_eq!(one("两千"), ("两千".into(), 2000.0, NumberKind::Cardinal));
    assert_eq!(
        one("百分之九十二"),
        ("百分之九十二".into(), 92.0, NumberKind::Percent)
    );
    assert_eq!(one("2020年"), ("2020年".into(), 2020.0, NumberKind::Year));
    assert_eq!(
        one("一亿二千万"),
        ("一亿二千万".into(), 1.2e8, NumberKind::Cardinal)
    );
    assert_eq!(
        one("三点五亿"),
        ("三点五亿".into(), 3.5e8, NumberKind::Cardinal)
    );
    none("三四个");
}

#[test]
fn lead_byte_filter_admits_every_non_ascii_opener() {
    for c in (0x80..=0x10FFFF).filter_map(char::from_u32) {
        let opens = fullwidth_digit(c).is_some()
            || matches!(c, '€' | '£' | '¥' | '￥')
            || is_zh_number_start(c);
        let mut buf = [0u8; 4];
        let lead = c.encode_utf8(&mut buf).as_bytes()[0];
        assert_eq!(utf8_len(lead), c.len_utf8());
        assert!(!opens || may_open_non_ascii(lead), "{c}");
    }
}

#[test]
fn eight_byte_letter_test_agrees_with_the_byte_test() {
    for b in 0..=255u8 {
        for pos in 0..8 {
            let mut chunk = [b'x'; 8];
            chunk[pos] = b;
            let other = !crate::text::ascii::letter_lanes(u64::from_le_bytes(chunk))
                & crate::text::ascii::HIGH;
            let expected = if b.is_ascii_alphabetic() {
                0
            } else {
                0x80 << (8 * pos)
            };
            assert_eq!(other, expected, "{b:#x} at {pos}");
        }
    }
    let text = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ, Zürich";
    let s = Scanner {
        text,
        bytes: text.as_bytes(),
        start: 0,
        end: text.len(),
    };
    assert_eq!(s.letters_end(0), 36);
    assert_eq!(s.letters_end(38), 39);
}

#[test]
fn shape_filter_admits_every_opener_word() {
    for w in OPENER_WORDS {
        assert!(may_be_opener(w.as_bytes()), "{w}");
        assert!(may_be_opener(w.to_ascii_uppercase().as_bytes()), "{w}");
    }
    assert!(!may_be_opener(b"the") && !may_be_opener(b"said"));
    // The first-two-letters filter admits whatever the shape filter or
    // the currency codes admit.
    for a in 0..=255u8 {
        for b in 0..=255u8 {
            if !a.is_ascii_alphabetic() {
                continue;
            }
            for len in 1..20 {
                let mut word = vec![a; len];
                if len > 1 {
                    if !b.is_ascii_alphabetic() {
                        continue;
                    }
                    word[1] = b;
                }
                if may_be_opener(&word) || is_currency_code(&word) {
                    let second = if len > 1 { b } else { b' ' };
                    assert!(may_open_word(a, second, len), "{word:?}");
                }
            }
        }
    }
}

#[test]
fn candidate_filter_admits_every_non_ascii_opener() {
    for c in (0x80..=0x10FFFF).filter_map(char::from_u32) {
        let opens = fullwidth_digit(c).is_some()
            || matches!(c, '€' | '£' | '¥' | '￥')
            || is_zh_number_start(c);
        let text = format!("{c}");
        let s = Scanner {
            text: &text,
            bytes: text.as_bytes(),
            start: 0,
            end: text.len(),
        };
        assert!(!opens || s.next_candidate(0) == 0, "{c}");
    }
}

#[test]
fn jumping_between_candidates_finds_what_the_full_scan_finds() {
    let mut texts = crate::testing::fixture_texts();
    texts.push(
        "foo_x-twenty US$5 USD 30 abc5 x_1 ’5 €5, £3 ¥7 ￥５ — a million, \
         A DOZEN_x $ 5 EUR$ 9 bar$3 二〇二〇年 三四个 ｘ５ 5G-twenty no. 1 first"
            .to_string(),
    );
    for text in &texts {
        let whole = Span::new(0, text.len());
        assert_eq!(scan_with(text, whole, true), scan_with(text, whole, false));
        let mut start = 0;
        for line in text.split_inclusive(['\n', '.', ',']) {
            let span = Span::new(start, start + line.len());
            assert_eq!(scan_with(text, span, true), scan_with(text, span, false));
            // Spans that start inside a word.
            if let Some((k, _)) = line.char_indices().nth(1) {
                let span = Span::new(start + k, start + line.len());
                assert_eq!(scan_with(text, span, true), scan_with(text, span, false));
            }
            start += line.len();
        }
    }
}

#[test]
fn codes() {
    none("APT-C-39 APT40 G7 5G COVID-19 14:35 2021-07-21 +61 v3.2.1");
    none(&"9".repeat(400));
}
