//! Unit tests of the grammar tables and helpers.

use super::english_words::{self, day_number, month_of, preposition, weekday_of, year_number};
use super::windows;
use super::*;

#[test]
fn word_tables() {
    assert_eq!(day_number("19th"), Some(19));
    assert_eq!(day_number("32"), None);
    assert_eq!(day_number("123"), None);
    assert_eq!(year_number(b"2020"), Some(2020));
    assert_eq!(year_number(b"2100"), None);
    assert_eq!(month_of("Sept"), Some(9));
    assert_eq!(month_of("march"), Some(3));
    assert_eq!(weekday_of("Wed"), Some((chrono::Weekday::Wed, true)));
    assert_eq!(weekday_of("wed"), None);
    assert_eq!(weekday_of("monday"), Some((chrono::Weekday::Mon, false)));
    assert_eq!(preposition("Until"), Some("until"));
    assert_eq!(preposition("of"), None);
}

#[test]
fn dateline_paragraphs() {
    let text = "Published: Jul 20, 2021 01:58 PM";
    assert!(is_dateline(text, Span::new(0, text.len())));
    let text = "On 20 July 2021 the ministry said so.";
    assert!(!is_dateline(text, Span::new(0, text.len())));
}

/// The filters skip only words and characters no attempt could start at.
fn assert_filters_lose_nothing(text: &str) {
    for date in [NaiveDate::from_ymd_opt(2021, 7, 21), None] {
        let doc = crate::document::Document::segment(text, date);
        assert_eq!(
            extract_with(&doc, true),
            extract_with(&doc, false),
            "{text}"
        );
    }
}

#[test]
fn filters_agree_with_reading_everything_on_the_fixtures() {
    for text in crate::testing::fixture_texts() {
        assert_filters_lose_nothing(&text);
    }
}

/// Words and phrases of the generated texts, besides the words that may
/// start an expression: the words around dates (units, tense, "of"),
/// numbers of every shape, marks, Chinese dates and characters, whole
/// phrases, and spaces of other scripts.
const MORE_WORDS: &[&str] = &[
    "Monday",
    "MAY",
    "Sept",
    ".",
    ",",
    "-",
    "/",
    "'s",
    "’s",
    "of",
    "and",
    "to",
    "ago",
    "days",
    "week",
    "weeks",
    "month",
    "year",
    "years",
    "decade",
    "day",
    "quarter",
    "half",
    "after",
    "same",
    "following",
    "eve",
    "Day",
    "Year",
    "Festival",
    "morning",
    "night",
    "will",
    "was",
    "said",
    "held",
    "9",
    "19th",
    "3rd",
    "2020",
    "2021",
    "2015-03-03",
    "3/3/2015",
    "15/2",
    "03.03.2015",
    "403",
    "12500",
    "1.5",
    "5.31",
    "Q3",
    "\n",
    "年",
    "月",
    "日",
    "7月20日",
    "2021年",
    "上周二",
    "今天",
    "週五",
    "二〇二一年",
    "三月三号",
    "电",
    "将",
    "了",
    "本季度",
    "上半年",
    "近年来",
    "春节",
    "今日俄罗斯",
    "20日",
    "the day after tomorrow",
    "Wednesday of next week",
    "on the twenty - first of March",
    "by the end of the year",
    "Wednesday, March 3, 2021",
    "between 10 and 31 May",
    "May 7 to 12, 2021",
    "the third quarter of last year",
    "Tuesday the twenty-first",
    "three days from now",
    "this past",
    "early",
    "mid-",
    "Spring Festival of 2021",
    "New Year's Day",
    "\u{a0}",
    "\u{3000}",
    "extraordinarily",
    "—",
];

/// Three thousand texts of up to fifty words and phrases drawn from the
/// starters and [`MORE_WORDS`], with random spacing (a fixed seed).
fn generated_texts() -> impl Iterator<Item = String> {
    let mut words: Vec<&str> = english_words::STARTERS.to_vec();
    words.extend(MORE_WORDS);
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move |n: usize| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        usize::try_from(state >> 33).unwrap_or(0) % n
    };
    (0..3000).map(move |_| {
        let mut text = String::new();
        for _ in 0..next(50) {
            text.push_str(words[next(words.len())]);
            text.push_str(["", " ", " ", " ", "  ", "\t"][next(6)]);
        }
        text
    })
}

#[test]
fn filters_agree_with_reading_everything_on_generated_text() {
    for text in generated_texts() {
        assert_filters_lose_nothing(&text);
    }
}

#[test]
fn keys_match_their_table_in_any_case() {
    for k in windows::KEYS {
        let upper = k.to_uppercase();
        let title = k[..1].to_uppercase() + &k[1..];
        for w in [k.to_string(), upper, title] {
            assert!(windows::is_key(w.as_bytes()), "{w}");
        }
    }
    for w in [
        "the",
        "said",
        "mayor",
        "days7",
        "",
        "x",
        "dayz",
        "extraordinarily",
    ] {
        assert!(!windows::is_key(w.as_bytes()), "{w}");
    }
    assert!(windows::is_key(b"7"));
    assert!(windows::is_key(b"19th"));
    assert!(windows::is_key(b"2020"));
    assert!(!windows::is_key(b"403"));
    assert!(!windows::is_key(b"12500"));
}
