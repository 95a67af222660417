//! Behaviour tests of the number grammar.

use super::english::{OPENER_WORDS, may_be_opener};
use super::signs::fullwidth_digit;
use super::signs::is_zh_number_start;
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
    close("1 234 567 people", 1_234_567.0);
    close("40 000 troops", 40_000.0);
    close("1\u{202f}234\u{202f}567.89", 1_234_567.89);
    // One group of three after a figure is no thousands group.
    assert_eq!(values("in 12 300 cases"), vec![12.0, 300.0]);
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

/// The values of the numbers of `text`, in order.
fn values(text: &str) -> Vec<f64> {
    scan(text, Span::new(0, text.len()))
        .iter()
        .map(|m| m.value)
        .collect()
}

fn close(text: &str, expected: f64) {
    let (_, v, _) = one(text);
    assert!((v - expected).abs() < 1e-9, "{text:?}: {v} != {expected}");
}

#[test]
fn signs() {
    assert_eq!(
        one("a balance of -3,200,000 yuan"),
        ("-3,200,000 yuan".into(), -3_200_000.0, NumberKind::Money)
    );
    assert_eq!(
        one("growth of -2.5% this year"),
        ("-2.5%".into(), -2.5, NumberKind::Percent)
    );
    assert_eq!(
        one("负1,200,000"),
        ("负1,200,000".into(), -1_200_000.0, NumberKind::Cardinal)
    );
    assert_eq!(
        one("负三十二"),
        ("负三十二".into(), -32.0, NumberKind::Cardinal)
    );
    assert_eq!(
        one("it stood at minus five"),
        ("minus five".into(), -5.0, NumberKind::Cardinal)
    );
    // A hyphen after a letter or a figure joins a code or a range.
    none("COVID-19 and 2010-2020");
    assert_eq!(values("from 2019 -2020"), vec![2019.0]);
    // "负责" is "to be responsible", "负一定责任" "to bear some".
    none("负责人负一定责任");
    // "a negative one": an adjective and a pronoun.
    assert_eq!(
        one("a negative one"),
        ("one".into(), 1.0, NumberKind::Cardinal)
    );
}

#[test]
fn decimals_without_a_leading_digit() {
    assert_eq!(
        one("a ratio of .77"),
        (".77".into(), 0.77, NumberKind::Cardinal)
    );
    assert_eq!(one("(-.5)"), ("-.5".into(), -0.5, NumberKind::Cardinal));
    close("five point two five", 5.25);
    close("zero point seventy-one", 0.71);
    close("nought point nought four", 0.04);
    close("零点五", 0.5);
    close("零點五", 0.5);
    // A dot after a word or a figure joins a name, a version or an address.
    none("v.2 and www.x.7z and 192.168.1.2");
}

#[test]
fn long_spelled_out_numbers() {
    let text = "thirty-one million two hundred fifty-six thousand seven hundred twenty-one";
    assert_eq!(one(text), (text.into(), 31_256_721.0, NumberKind::Cardinal));
    close("a hundred and fifty", 150.0);
    close("a million two hundred thousand", 1_200_000.0);
    // Scales go down: "two thousand three million" is not one number, and
    // no part of it is read.
    none("two thousand three million");
    assert_eq!(values("two, three million"), vec![2.0, 3e6]);
}

#[test]
fn plurals() {
    close("three billions", 3e9);
    close("3 dozens of eggs", 36.0);
    close("two dozen", 24.0);
    close("five hundreds", 500.0);
    // A number followed by number words it cannot join is not read.
    none("three hundred and two dozens");
}

#[test]
fn scale_suffixes() {
    close("about 100K users", 1e5);
    close("10M views", 1e7);
    close("$2.5bn", 2.5e9);
    close("10 bln roubles", 1e10);
    close("US$5m", 5e6);
    // "3M" and "4K" are names; "400m" is a distance.
    none("3M and 4K and a 400m race");
}

#[test]
fn fractions() {
    assert_eq!(
        one("1/5 of the budget"),
        ("1/5".into(), 0.2, NumberKind::Fraction)
    );
    close("３／５", 0.6);
    close("2 1/4", 2.25);
    close("1/20 of the budget", 0.05);
    // Dates share the spelling: "7/21", "5/17/2018", and "1/31" without
    // "of".
    none("on 7/21, on 5/17/2018, on 1/31");
    assert_eq!(
        one("three fifths"),
        ("three fifths".into(), 0.6, NumberKind::Fraction)
    );
    close("one fifth", 0.2);
    close("a fifth of the members", 0.2);
    close("two thirds of a million", 2e6 / 3.0);
    close("one and a half", 1.5);
    close("five and a half million", 5.5e6);
    close("one million and a half", 1.5e6);
    assert_eq!(
        one("五分之一"),
        ("五分之一".into(), 0.2, NumberKind::Fraction)
    );
    close("千分之三", 0.003);
    close("16分之5", 0.3125);
    close("三又三分之一", 10.0 / 3.0);
    // "a third term" is an ordinal; "one hundred thirty fifths" cannot be
    // read whole, so nothing of it is read.
    assert_eq!(
        one("a third term"),
        ("third".into(), 3.0, NumberKind::Ordinal)
    );
    none("one hundred thirty fifths");
    // "十分之好" ("very good"): no numerator, no number.
    none("十分之好");
}

#[test]
fn the_value_one() {
    assert_eq!(one("one server"), ("one".into(), 1.0, NumberKind::Cardinal));
    assert_eq!(one("1个"), ("1".into(), 1.0, NumberKind::Cardinal));
    // "one" as a pronoun or in an idiom.
    for text in [
        "the one we saw",
        "no one came",
        "which one is it",
        "one of the victims",
        "one another",
        "one day we will",
        "one's duty",
    ] {
        none(text);
    }
}

#[test]
fn formal_and_colloquial_chinese() {
    close("伍佰參拾肆", 534.0);
    close("伍佰叁拾肆", 534.0);
    close("參萬肆仟伍佰零柒", 34_507.0);
    close("贰仟零贰拾", 2020.0);
    close("两千四百五", 2450.0);
    close("兩千四百五", 2450.0);
    close("一万三", 13_000.0);
    close("九十二万四", 924_000.0);
    close("百二萬", 1_200_000.0);
    close("萬九", 19_000.0);
    close("千三", 1300.0);
    close("一千零十二", 1012.0);
    close("四万万", 4e8);
    close("4.78萬億", 4.78e12);
    close("5万4千6百", 54_600.0);
    close("5亿1万4千6百", 500_014_600.0);
    close("一亿三千万", 1.3e8);
    close("一亿三", 1.3e8);
    close("3万4000", 34_000.0);
    close("两千三点一", 2300.1);
    close("四百零五", 405.0);
    // The formal numerals alone are words: land, troops, to pick up.
    none("陆地 队伍 收拾 放肆");
    // "千万" (by all means), "万一" (in case), "百姓" (the people): no
    // number opens with their unit (the "一" of "万一" is read as one, as
    // every lone "一" is; statistics leave a lone one out).
    assert_eq!(values("千万 万一 百姓"), vec![1.0]);
    // "兆" is a million or a trillion by region: the number is not read.
    none("五兆六十二亿");
}
