//! Regression tests from fuzzing (`fuzz/`): inputs that broke an invariant,
//! and the hostile edge inputs the fuzz targets start from. Each test checks
//! the same invariants as the fuzz targets: spans in bounds and on char
//! boundaries, lists in document order, language spans partitioning the
//! input, finite values, a lossless JSON round trip.

use chrono::{Datelike, NaiveDate, Weekday};
use demarche::{Analyzer, ErrorKind, Granularity, PartialDate, Span, Statement};

fn check_span(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what}: span {span:?} out of an input of {} bytes",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what}: span {span:?} splits a char"
    );
}

fn check_order(spans: &[Span], what: &str) {
    assert!(
        spans.windows(2).all(|w| w[0].start <= w[1].start),
        "{what} not in document order: {spans:?}"
    );
}

/// The invariants of `fuzz/src/lib.rs`, on the fields where fuzzing has found
/// or could find a break.
fn check(text: &str, st: &Statement<'_>) {
    check_span(text, st.body, "body");
    for p in &st.paragraphs {
        check_span(text, p.span, "paragraph");
        assert!(st.body.contains(p.span), "paragraph outside the body");
    }
    for s in &st.sentences {
        check_span(text, *s, "sentence");
        assert!(!s.is_empty(), "empty sentence");
    }
    assert!(
        st.sentences.windows(2).all(|w| w[0].end <= w[1].start),
        "sentences overlap: {:?}",
        st.sentences
    );
    for b in &st.boilerplate {
        check_span(text, b.span, "boilerplate");
    }
    for s in &st.speakers {
        for &m in &s.mentions {
            check_span(text, m, "speaker mention");
        }
    }
    for t in &st.turns {
        check_span(text, t.span, "turn");
        assert!(t.speaker.is_none_or(|i| i < st.speakers.len()));
    }
    for q in &st.quotes {
        check_span(text, q.span, "quote");
        check_span(text, q.outer, "quote outer");
        assert!(q.outer.contains(q.span), "quote outside its marks");
    }
    for t in &st.temporal {
        check_span(text, t.span, "temporal");
        match (t.granularity, t.date) {
            (_, None)
            | (Granularity::Day, Some(PartialDate::Day(_)))
            | (Granularity::Year, Some(PartialDate::Year(_))) => {}
            (Granularity::Week, Some(PartialDate::Day(d))) => assert_eq!(d.weekday(), Weekday::Mon),
            (Granularity::Month, Some(PartialDate::Month { month, .. })) => {
                assert!((1..=12).contains(&month));
            }
            // A quarter or a half is dated by its first month.
            (Granularity::Quarter, Some(PartialDate::Month { month, .. })) => {
                assert!(matches!(month, 1 | 4 | 7 | 10));
            }
            (Granularity::Half, Some(PartialDate::Month { month, .. })) => {
                assert!(matches!(month, 1 | 7));
            }
            // A range or a duration is dated by its start, at any precision.
            (Granularity::Range | Granularity::Duration, Some(_)) => {}
            (g, d) => panic!("granularity {g:?} with date {d:?}"),
        }
    }
    check_order(
        &st.temporal.iter().map(|t| t.span).collect::<Vec<_>>(),
        "temporal",
    );
    for a in &st.accusations {
        check_span(text, a.span, "accusation");
    }
    for r in &st.rebuttals {
        check_span(text, r.span, "rebuttal");
        assert!(r.target.is_none_or(|i| i < st.accusations.len()));
    }
    for s in &st.statistics {
        check_span(text, s.span, "statistic");
        assert!(s.value.is_finite(), "statistic {:?} = {}", s.text, s.value);
    }
    check_order(
        &st.statistics.iter().map(|s| s.span).collect::<Vec<_>>(),
        "statistics",
    );
    let mut at = 0;
    for run in &st.language_spans {
        check_span(text, run.span, "language span");
        assert_eq!(run.span.start, at, "language spans leave a gap or overlap");
        assert!(!run.span.is_empty(), "empty language span");
        assert!((0.0..=1.0).contains(&run.confidence));
        at = run.span.end;
    }
    assert_eq!(at, text.len(), "language spans do not reach the end");
    for p in &st.parallel_passages {
        check_span(text, p.source, "parallel source");
        check_span(text, p.target, "parallel target");
        assert!(p.score.is_finite());
    }
    let json = serde_json::to_string(st).expect("serialises");
    let back: Statement<'_> = serde_json::from_str(&json)
        .unwrap_or_else(|e| panic!("JSON does not parse back: {e}\n{json}"));
    assert_eq!(&back, st, "JSON round trip changed the statement");
}

fn analyze_checked(text: &str) -> Statement<'_> {
    let st = demarche::analyze(text);
    check(text, &st);
    st
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a valid test date")
}

#[test]
fn lone_quote_marks_open_nothing_past_the_end() {
    for text in [
        "\"",
        "“",
        "”",
        "「",
        "«",
        "'",
        "He said \"",
        "He said “we will",
        "「",
        "« »\"",
        "The so-called \"cyber attacker",
    ] {
        let st = analyze_checked(text);
        assert!(
            st.quotes.iter().all(|q| q.outer.end <= text.len()),
            "{text:?}"
        );
    }
}

/// Found in review: a subject was lowercased whole and the title's offset
/// in the lowercase used on the original; "İ" lowercases to three bytes
/// where it was two, so the slice after the title cut a character.
#[test]
fn letters_whose_lowercase_is_longer_before_a_title() {
    for text in [
        "İİİ official said no.",
        "İstanbul spokesperson Ayşe Kaya said the talks went well.",
        "The İİ Foreign Ministry spokesperson said on Monday that it disagreed.",
        "\u{212a}\u{212a} official said no.",
    ] {
        let st = analyze_checked(text);
        assert!(!st.speakers.is_empty(), "{text}: no speaker");
    }
}

#[test]
fn nul_bom_and_control_characters() {
    for text in [
        "\0",
        "\0\0\0.",
        "\u{feff}",
        "\u{feff}\u{feff}",
        "\u{feff}BEIJING, July 20 -- The ministry said on Monday.",
        "A\u{0}B. C\u{7}D.",
        "\u{200b}\u{200d}\u{2028}\u{2029}",
    ] {
        analyze_checked(text);
    }
    // A BOM is part of the input: no span may start inside it.
    let text = "\u{feff}Statement\n\nChina said on Monday that 40% rose.";
    let st = analyze_checked(text);
    assert!(st.sentences.iter().all(|s| s.start == 0 || s.start >= 3));
}

#[test]
fn mixed_line_endings() {
    let text = "Headline\r\n\r\nFirst line\rsecond line\r\nthird.\n\r\n\rQ: Why?\r\nA: Because.\r";
    let st = analyze_checked(text);
    // A sentence never starts or ends in the middle of a CRLF pair.
    for s in &st.sentences {
        assert!(
            !(text[..s.start].ends_with('\r') && text[s.start..].starts_with('\n')),
            "sentence {s:?} starts between CR and LF"
        );
    }
}

#[test]
fn right_to_left_and_emoji() {
    for text in [
        "السلام عليكم. שלום עולם. \u{202e}reversed\u{202c} text.",
        "\u{1f1e8}\u{1f1f3}\u{1f1fa}\u{1f1f8} 🤝 \"we agree\" 👍🏽",
        "e\u{301}\u{301}\u{301}. a\u{20dd}.",
        "外交部发言人说：“美方的指控毫无根据。”\u{200f}",
    ] {
        analyze_checked(text);
    }
}

#[test]
fn replacement_characters_from_lossy_decoding() {
    // Lone surrogates and stray continuation bytes decoded lossily.
    let bytes = b"A \xed\xa0\x80 B \x80\x80 C \xf0\x9f 2020 \xc0\x80.";
    let text = String::from_utf8_lossy(bytes);
    assert!(text.contains('\u{fffd}'));
    analyze_checked(&text);
}

#[test]
fn invalid_utf8_is_reported_at_the_first_bad_byte() {
    let cases: [(&[u8], usize, usize, usize); 3] = [
        // A lone surrogate, encoded: line 2, column 1.
        (b"ok\n\xed\xa0\x80", 3, 2, 1),
        // An overlong NUL.
        (b"\xc0\x80", 0, 1, 1),
        // A char cut short at the end, after a multi-byte char: columns count chars.
        (b"\xe4\xb8\xad\xe4\xb8", 3, 1, 2),
    ];
    for (bytes, offset, line, column) in cases {
        let e = demarche::analyze_bytes(bytes).expect_err("invalid UTF-8 is an error");
        assert_eq!(e.offset(), Some(offset), "{bytes:?}");
        assert!(
            matches!(e.kind(), ErrorKind::InvalidUtf8 { line: l, column: c, .. } if (*l, *c) == (line, column)),
            "{bytes:?}: {e}"
        );
    }
    // Valid UTF-8 gives the same statement as `analyze`.
    let text = "中文 and English, 2020.";
    let st = demarche::analyze_bytes(text.as_bytes()).expect("valid UTF-8");
    check(text, &st);
    assert_eq!(st, demarche::analyze(text));
}

#[test]
fn huge_numbers_give_finite_values() {
    let digits = "9".repeat(400);
    for text in [
        format!("About {digits} servers were attacked."),
        format!("More than {digits} million dollars."),
        format!("{digits}% of {digits}"),
        format!("The figure was {digits}.{digits} billion yuan."),
        format!("约{digits}万个服务器"),
        "一万万万万万万万万万万万万万万万万万万万万万万万万万万万万万万万万万万亿台".to_owned(),
    ] {
        analyze_checked(&text);
        for s in demarche::statistics(&text) {
            assert!(s.value.is_finite(), "{text}: {} = {}", s.text, s.value);
        }
    }
}

#[test]
fn long_line_without_punctuation() {
    let text = "word ".repeat(50_000);
    let st = analyze_checked(&text);
    assert!(!st.sentences.is_empty());
}

#[test]
fn relative_dates_at_the_edges_of_the_calendar() {
    let text = "Yesterday, today and tomorrow; last week, this week and next week; \
                last month and next month; last year and next year; on Monday and on \
                Sunday; last September; in May of this year. 昨天 今天 上周 下周 \
                上个月 下个月 去年 明年 今年5月 前年7月19日 当天";
    for reference in [
        NaiveDate::MIN,
        NaiveDate::MAX,
        day(-1, 12, 31),
        day(0, 1, 1),
        day(9999, 12, 31),
        day(10_000, 1, 1),
    ] {
        let st = Analyzer::new()
            .reference_date(reference)
            .analyze(text)
            .expect("no limit set");
        check(text, &st);
    }
}

#[test]
fn partial_dates_outside_four_digit_years_round_trip() {
    for date in [
        PartialDate::Year(10_000),
        PartialDate::Year(-1),
        PartialDate::Year(262_144),
        PartialDate::Year(i32::MIN),
        PartialDate::Year(i32::MAX),
        PartialDate::Month {
            year: -44,
            month: 3,
        },
        PartialDate::Month {
            year: 12_345,
            month: 12,
        },
        PartialDate::Day(NaiveDate::MAX),
        PartialDate::Day(NaiveDate::MIN),
        PartialDate::Day(day(0, 2, 29)),
    ] {
        let s = date.to_string();
        assert_eq!(s.parse::<PartialDate>(), Ok(date), "{s}");
        let json = serde_json::to_string(&date).expect("serialises");
        assert_eq!(
            serde_json::from_str::<PartialDate>(&json).ok(),
            Some(date),
            "{json}"
        );
    }
    // Four-digit years keep their plain ISO form.
    assert_eq!(PartialDate::Year(2020).to_string(), "2020");
    assert_eq!(PartialDate::Year(33).to_string(), "0033");
}

/// Found by the `analyze` fuzz target (its granularity check predated
/// ranges): "since last September" is a range, dated by the month it
/// starts.
#[test]
fn a_range_is_dated_by_its_start() {
    let text = "Press Briefing, March 9, 2022\n\nWe have been clear with our partners since last September.";
    let st = analyze_checked(text);
    let since = st
        .temporal
        .iter()
        .find(|t| t.text.contains("September"))
        .expect("the range");
    assert_eq!(since.granularity, demarche::Granularity::Range);
    assert_eq!(
        since.date.map(|d| d.to_string()).as_deref(),
        Some("2021-09")
    );
}
