//! Unit tests of the grammar tables and helpers.

use super::english::{day_number, month_of, preposition, weekday_of, year_number};
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
