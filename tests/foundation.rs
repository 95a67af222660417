//! Tests for the foundation: the model and its JSON, segmentation, the
//! header, boilerplate and the statement kind, and bad input.

use demarche::{AuthorRole, BoilerplateKind, ErrorKind, Span, Statement, StatementKind};
use proptest::prelude::*;

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn texts<'a>(text: &'a str, spans: &[Span]) -> Vec<&'a str> {
    spans.iter().map(|&s| &text[s]).collect()
}

/// Every span of a statement is in bounds and on char boundaries; lists that
/// should be sorted and disjoint are.
fn check_spans(text: &str, s: &Statement<'_>) {
    let json = serde_json::to_value(s).expect("serialises");
    let mut spans = Vec::new();
    collect_spans(&json, &mut spans);
    for (start, end) in spans {
        assert!(
            start <= end && end <= text.len(),
            "span {start}..{end} out of {}",
            text.len()
        );
        assert!(
            text.is_char_boundary(start) && text.is_char_boundary(end),
            "span {start}..{end} splits a char"
        );
    }
    for list in [
        &s.sentences,
        &s.paragraphs.iter().map(|p| p.span).collect::<Vec<_>>(),
    ] {
        assert!(
            list.windows(2).all(|w| w[0].end <= w[1].start),
            "not sorted and disjoint: {list:?}"
        );
        assert!(list.iter().all(|s| !s.is_empty()));
    }
    let boilerplate: Vec<Span> = s.boilerplate.iter().map(|b| b.span).collect();
    assert!(boilerplate.windows(2).all(|w| w[0].end <= w[1].start));
    for p in &s.paragraphs {
        assert!(
            !boilerplate.iter().any(|b| b.overlaps(p.span)),
            "paragraph {:?} overlaps boilerplate",
            p.span
        );
    }
}

fn collect_spans(value: &serde_json::Value, out: &mut Vec<(usize, usize)>) {
    match value {
        serde_json::Value::Object(map) => {
            if let (Some(start), Some(end)) = (map.get("start"), map.get("end")) {
                if let (Some(start), Some(end)) = (start.as_u64(), end.as_u64()) {
                    out.push((start as usize, end as usize));
                }
            }
            map.values().for_each(|v| collect_spans(v, out));
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| collect_spans(v, out)),
        _ => {}
    }
}

#[test]
fn white_house_statement() {
    let text = fixture("foundation_whitehouse.txt");
    let s = demarche::analyze(&text);
    check_spans(&text, &s);
    assert_eq!(
        s.headline.as_ref().map(|h| h.as_str()),
        Some("Statement by Press Secretary on Malicious Cyber Activity")
    );
    assert_eq!(
        s.section.iter().map(|t| t.as_str()).collect::<Vec<_>>(),
        ["Briefing Room", "Statements and Releases"]
    );
    assert_eq!(
        s.published.map(|p| p.date.to_string()),
        Some("2021-07-19".into())
    );
    assert_eq!(s.kind, StatementKind::OfficialStatement);
    // The hard-wrapped paragraph is one paragraph; its wraps end no sentence.
    // The closing "###" is the release's end mark (boilerplate), no paragraph.
    assert_eq!(
        s.paragraphs.len(),
        2,
        "{:?}",
        texts(
            &text,
            &s.paragraphs.iter().map(|p| p.span).collect::<Vec<_>>()
        )
    );
    assert!(text[s.paragraphs[0].span].ends_with("hold them accountable."));
    let sentences = texts(&text, &s.sentences);
    assert!(
        sentences
            .iter()
            .any(|t| t.starts_with("Today, we are\nformally attributing")),
        "{sentences:#?}"
    );
}

#[test]
fn gov_uk_release() {
    let text = fixture("foundation_govuk.txt");
    let s = demarche::analyze(&text);
    check_spans(&text, &s);
    assert_eq!(
        s.headline.as_ref().map(|h| h.as_str()),
        Some("UK and allies expose global campaign of malicious cyber activity")
    );
    assert_eq!(
        s.published.map(|p| p.date.to_string()),
        Some("2021-07-19".into())
    );
    assert_eq!(s.kind, StatementKind::OfficialStatement);
}

#[test]
fn chinese_transcript() {
    let text = fixture("foundation_zh_transcript.txt");
    let s = demarche::analyze(&text);
    check_spans(&text, &s);
    assert_eq!(
        s.headline.as_ref().map(|h| h.as_str()),
        Some("2024年3月26日外交部发言人林剑主持例行记者会")
    );
    let p = s.published.expect("dateline");
    assert_eq!(
        (p.date.to_string(), p.time.map(|t| t.to_string())),
        ("2024-03-26".into(), Some("18:40:00".into()))
    );
    assert_eq!(
        s.section.iter().map(|t| t.as_str()).collect::<Vec<_>>(),
        ["首页", "外交部发言人"]
    );
    assert_eq!(s.kind, StatementKind::PressConference);
    let kinds: Vec<BoilerplateKind> = s.boilerplate.iter().map(|b| b.kind).collect();
    assert_eq!(kinds, [BoilerplateKind::Navigation, BoilerplateKind::Share]);
    // Chinese sentences end at 。？ with no space after them.
    let sentences = texts(&text, &s.sentences);
    assert!(
        sentences.contains(&"林剑：我们注意到有关报道。"),
        "{sentences:#?}"
    );
    assert!(
        sentences.contains(&"所谓“网络攻击”的说法毫无根据。"),
        "{sentences:#?}"
    );
}

#[test]
fn embassy_comment_with_footer() {
    let text = fixture("foundation_embassy.txt");
    let s = demarche::analyze(&text);
    check_spans(&text, &s);
    assert_eq!(
        s.published.map(|p| p.date.to_string()),
        Some("2021-07-20".into())
    );
    let footers: Vec<&str> = s
        .boilerplate
        .iter()
        .filter(|b| b.kind == BoilerplateKind::Footer)
        .map(|b| &text[b.span])
        .collect();
    assert_eq!(
        footers,
        ["Address: 2650 Wisconsin Avenue, NW Washington, DC 20007\nTel: +1 (202) 298-5700"]
    );
    assert!(
        s.paragraphs
            .iter()
            .all(|p| !text[p.span].contains("Wisconsin"))
    );
    assert_eq!(s.kind, StatementKind::OfficialStatement);
}

#[test]
fn commentary_with_outlet_editor_and_author() {
    let text = "Cyber bullying will backfire on its authors\n\n\nChina Daily\nZhang Wei\n2021-07-22 09:10:11\n\n\nBy Liu Fang\n\n\nThe campaign reveals more about its authors than about its target. It will not work.\n\nEditor's note: The author is a researcher. The views do not necessarily reflect those of China Daily.\n\nRelated News\n";
    let s = demarche::analyze(text);
    check_spans(text, &s);
    assert_eq!(s.outlet.as_ref().map(|o| o.as_str()), Some("China Daily"));
    let authors: Vec<(&str, AuthorRole)> = s
        .authors
        .iter()
        .map(|a| (a.name.as_ref(), a.role))
        .collect();
    assert_eq!(
        authors,
        [
            ("Zhang Wei", AuthorRole::Editor),
            ("Liu Fang", AuthorRole::Author)
        ]
    );
    assert_eq!(s.kind, StatementKind::Commentary);
    let kinds: Vec<BoilerplateKind> = s.boilerplate.iter().map(|b| b.kind).collect();
    assert_eq!(
        kinds,
        [BoilerplateKind::EditorNote, BoilerplateKind::Related]
    );
    assert_eq!(s.paragraphs.len(), 1);
    // Header lines are sentences of their own, in order, before the body's.
    let sentences = texts(text, &s.sentences);
    assert_eq!(
        &sentences[..5],
        [
            "Cyber bullying will backfire on its authors",
            "China Daily",
            "Zhang Wei",
            "2021-07-22 09:10:11",
            "By Liu Fang"
        ]
    );
}

#[test]
fn crlf_and_bom() {
    let text = "\u{FEFF}A headline\r\n\r\nJuly 19, 2021\r\n\r\nFirst sentence. Second one.\r\n";
    let s = demarche::analyze(text);
    check_spans(text, &s);
    assert_eq!(s.headline.as_ref().map(|h| h.span), Some(Span::new(3, 13)));
    assert_eq!(
        texts(text, &s.sentences),
        [
            "A headline",
            "July 19, 2021",
            "First sentence.",
            "Second one."
        ]
    );
}

#[test]
fn bad_input_gives_a_sensible_statement() {
    for text in [
        "",
        "   \n\t  ",
        "\0\0\0",
        "\u{FEFF}",
        "Header only",
        "🙂🙂 👨‍👩‍👧",
        "مرحبا بالعالم. هذا نص.",
        "\r\r\n\n",
    ] {
        let s = demarche::analyze(text);
        check_spans(text, &s);
        assert!(s.published.is_none());
    }
    assert!(demarche::analyze("").sentences.is_empty());
    assert!(demarche::analyze("").paragraphs.is_empty());
}

#[test]
fn ten_megabyte_line_without_punctuation() {
    let text = "word ".repeat(2 << 20);
    let s = demarche::analyze(&text);
    assert_eq!(s.sentences.len(), 1);
    assert_eq!(s.paragraphs.len(), 1);
    assert!(s.headline.is_none());
}

#[test]
fn invalid_utf8_names_the_offset() {
    let err = demarche::analyze_bytes(b"Line one\nLine \xE2\x82 two").unwrap_err();
    assert_eq!(
        err.kind(),
        &ErrorKind::InvalidUtf8 {
            offset: 14,
            line: 2,
            column: 6
        }
    );
    assert_eq!(
        err.to_string(),
        "invalid UTF-8 at byte 14 (line 2, column 6)"
    );
}

#[test]
fn size_limit() {
    let analyzer = demarche::Analyzer::new().max_input_len(10);
    assert_eq!(
        analyzer.analyze("01234567890").unwrap_err().kind(),
        &ErrorKind::TooLarge { len: 11, limit: 10 }
    );
    assert!(analyzer.analyze_bytes(b"0123456789").is_ok());
}

/// The JSON of a small fixture, pinned field by field for the parts this
/// area owns: a change here is a change of the contract.
#[test]
fn json_contract_is_pinned() {
    let text = "Home > News\nA headline: Global Times editorial\nPublished: Jul 20, 2021 01:58 PM\n\nThe body. Photo: IC\n\nIt ends.";
    let json = serde_json::to_value(demarche::analyze(text)).unwrap();
    let expected = serde_json::json!({
        "format_version": 3,
        "headline": {"text": "A headline: Global Times editorial", "span": {"start": 12, "end": 46}},
        "kind": "editorial",
        "published": {"date": "2021-07-20", "time": "13:58:00", "utc_offset": null, "span": {"start": 58, "end": 79}},
        "outlet": {"text": "Global Times", "span": {"start": 24, "end": 36}},
        "section": [{"text": "Home", "span": {"start": 0, "end": 4}}, {"text": "News", "span": {"start": 7, "end": 11}}],
        "authors": [],
        "body": {"start": 102, "end": 110},
        "boilerplate": [
            {"kind": "navigation", "span": {"start": 0, "end": 11}},
            {"kind": "caption", "span": {"start": 81, "end": 100}}
        ],
        "sentences": [{"start": 12, "end": 46}, {"start": 47, "end": 79}, {"start": 102, "end": 110}],
        "voices": [
            {"sentence": {"start": 12, "end": 46}, "kind": "document", "speaker": null, "cue": null},
            {"sentence": {"start": 47, "end": 79}, "kind": "document", "speaker": null, "cue": null},
            {"sentence": {"start": 102, "end": 110}, "kind": "document", "speaker": null, "cue": null}
        ],
    });
    for (key, value) in expected.as_object().unwrap() {
        assert_eq!(&json[key], value, "field {key}");
    }
    for key in [
        "speakers",
        "turns",
        "quotes",
        "temporal",
        "accusations",
        "rebuttals",
        "protests",
        "statistics",
        "language_spans",
        "parallel_passages",
        "paragraphs",
        "side",
        "primary_lang",
    ] {
        assert!(json.get(key).is_some(), "field {key} is absent");
    }
}

#[test]
fn serde_round_trip_and_into_owned() {
    let text = fixture("foundation_whitehouse.txt");
    let s = demarche::analyze(&text);
    let json = serde_json::to_string(&s).unwrap();
    let back: Statement<'static> = serde_json::from_str::<Statement<'_>>(&json)
        .unwrap()
        .into_owned();
    assert_eq!(back, s.clone().into_owned());
    assert_eq!(s.into_owned(), back);
}

/// Work grows linearly: ten copies of a statement give ten times the
/// sentences, paragraphs and JSON (a count of work, not a timing).
#[test]
fn output_grows_linearly_with_input() {
    let one = fixture("foundation_govuk.txt");
    let body: String = one.lines().skip(8).collect::<Vec<_>>().join("\n");
    let doc = |copies: usize| {
        format!(
            "A headline\n\nJuly 1, 2021\n\n{}",
            format!("{body}\n\n").repeat(copies)
        )
    };
    let (d1, d10) = (doc(1), doc(10));
    let (s1, s10) = (demarche::analyze(&d1), demarche::analyze(&d10));
    // Two header sentences, then the body's.
    assert_eq!(s10.sentences.len() - 2, 10 * (s1.sentences.len() - 2));
    assert_eq!(s10.paragraphs.len(), 10 * s1.paragraphs.len());
    let j1 = serde_json::to_string(&s1).unwrap().len();
    let j10 = serde_json::to_string(&s10).unwrap().len();
    assert!(j10 < 12 * j1, "JSON grew from {j1} to {j10} bytes");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn spans_hold_for_arbitrary_unicode(text in "\\PC*") {
        let s = demarche::analyze(&text);
        check_spans(&text, &s);
    }

    #[test]
    fn spans_hold_for_statement_like_text(
        lines in proptest::collection::vec(
            prop_oneof![
                Just("Home > News".to_string()),
                Just("2021-07-21 14:35".to_string()),
                Just("Published: Jul 20, 2021 01:58 PM".to_string()),
                Just("Photo: IC".to_string()),
                Just("".to_string()),
                Just("Journalist: Any comment?".to_string()),
                Just("中方坚决反对。美方说“是”！".to_string()),
                "[A-Za-z .,\"“”'!?。\r]{0,80}",
            ],
            0..20,
        )
    ) {
        let text = lines.join("\n");
        let s = demarche::analyze(&text);
        check_spans(&text, &s);
    }
}
