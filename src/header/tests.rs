//! Tests of the header reader: whole headers read from short pages, and
//! the line readers one by one.

use super::byline::link_labels;
use super::date::date_stamp;
use super::front_matter::yaml_scalar;
use super::line::{content_span, is_time_stamp};
use super::outlet::copyright_holder;
use super::section::is_section_label;
use super::{Header, parse};
use crate::{AuthorRole, Span, Text};
use chrono::NaiveDate;

fn header(text: &str) -> Header<'_> {
    let lines = crate::text::lines(text);
    let blocks = crate::boilerplate::detect(text, &lines);
    let mut is_bp = vec![false; lines.len()];
    for &(a, b, _) in &blocks {
        is_bp[a..=b].iter_mut().for_each(|x| *x = true);
    }
    parse(text, &lines, &blocks, &is_bp, None)
}

#[test]
fn section_headline_dateline() {
    let text = "WORLD / EUROPE\nEmbassy rejects claims: spokesperson\nPublished: Mar 02, 2022 09:15 PM\n\nThe embassy said on Tuesday that the claims were false, and that it would respond.";
    let h = header(text);
    assert_eq!(
        h.section.iter().map(|t| t.as_str()).collect::<Vec<_>>(),
        ["WORLD", "EUROPE"]
    );
    assert_eq!(
        h.headline.as_ref().map(Text::as_str),
        Some("Embassy rejects claims: spokesperson")
    );
    let p = h.published.unwrap();
    assert_eq!(
        (p.date.to_string(), p.time.map(|t| t.to_string())),
        ("2022-03-02".into(), Some("21:15:00".into()))
    );
    assert!(h.outlet.is_none());
}

#[test]
fn glued_outlet_and_byline() {
    let text = "A headline\n\n2022-01-05 10:00:01China Daily\n\nBy Wang Xiaoming and Li Na | Global Times\n\nBody text that is long enough to be prose, with a clause, and more words here.";
    let h = header(text);
    assert_eq!(h.outlet.as_ref().map(Text::as_str), Some("China Daily"));
    let names: Vec<&str> = h.authors.iter().map(|a| a.name.as_ref()).collect();
    assert_eq!(names, ["Wang Xiaoming", "Li Na"]);
}

#[test]
fn outlet_line_then_editor() {
    let text = "Title of a commentary\n\n\nChina Military Online\nZhang San\n2021-07-21 17:21:09\n\n\nBy Li Si\n\nBody.";
    let h = header(text);
    assert_eq!(
        h.outlet.as_ref().map(Text::as_str),
        Some("China Military Online")
    );
    let authors: Vec<(&str, AuthorRole)> = h
        .authors
        .iter()
        .map(|a| (a.name.as_ref(), a.role))
        .collect();
    assert_eq!(
        authors,
        [
            ("Zhang San", AuthorRole::Editor),
            ("Li Si", AuthorRole::Author)
        ]
    );
}

#[test]
fn editorial_outlet_in_headline() {
    let h = header(
        "Washington's smear campaign will fail: China Daily editorial\nJuly 20, 2021\n\nBody.",
    );
    assert_eq!(h.outlet.as_ref().map(Text::as_str), Some("China Daily"));
}

#[test]
fn wire_dateline_in_first_paragraph() {
    let text = "China rejects hacking claims\n\nBEIJING, July 20 (Xinhua) -- China on Tuesday rejected the claims.";
    let lines = crate::text::lines(text);
    let h = parse(
        text,
        &lines,
        &[],
        &vec![false; lines.len()],
        NaiveDate::from_ymd_opt(2021, 1, 1),
    );
    assert_eq!(
        h.published.map(|p| p.date.to_string()),
        Some("2021-07-20".into())
    );
    assert_eq!(h.outlet.as_ref().map(Text::as_str), Some("Xinhua"));
    assert!(
        header(text).published.is_none(),
        "no year and no reference date"
    );
}

#[test]
fn no_header_at_all() {
    let h = header(
        "China firmly opposes all forms of cyber attacks, the spokesperson said at a regular press conference in Beijing on Tuesday.",
    );
    assert!(h.headline.is_none());
    assert!(h.published.is_none());
}

#[test]
fn front_matter_title_repeated_as_a_heading() {
    let text = "---\ntitle: Envoy rejects claims\n---\n# Envoy rejects claims\n\nThe envoy said on Friday that the claims were false.";
    let h = header(text);
    assert_eq!(
        h.headline.as_ref().map(Text::as_str),
        Some("Envoy rejects claims")
    );
    assert_eq!(
        h.lines,
        [3],
        "the heading is a header line, not a paragraph"
    );
}

#[test]
fn front_matter_fields() {
    let text = "---\ntitle: \"Statement on cyber attacks\"\npublished_time: 2021-07-19T10:00:00+01:00\n---\nThe UK and allies said so.";
    let h = header(text);
    assert_eq!(
        h.headline.as_ref().map(Text::as_str),
        Some("Statement on cyber attacks")
    );
    assert_eq!(
        h.published
            .and_then(|p| p.utc_offset)
            .map(|o| o.to_string()),
        Some("+01:00".into())
    );
}

#[test]
fn markdown_marks_are_no_part_of_a_line() {
    let text = "# A title\n+ Author: Jane Doe\n**Bold lead**\n- \n####";
    let lines = crate::text::lines(text);
    let got: Vec<&str> = lines
        .iter()
        .map(|l| &text[content_span(text, l.span)])
        .collect();
    assert_eq!(
        got,
        ["A title", "Author: Jane Doe", "Bold lead", "-", "####"]
    );
}

#[test]
fn yaml_scalars() {
    assert_eq!(
        yaml_scalar(
            "\"The United\\_States, Joined by Allies\\\n  \\ and Partners, the People\\u2019s Republic\""
        ),
        "The United States, Joined by Allies and Partners, the People\u{2019}s Republic"
    );
    assert_eq!(yaml_scalar("'It''s a title'"), "It's a title");
    assert_eq!(yaml_scalar("plain\n  folded"), "plain   folded");
}

#[test]
fn time_stamps() {
    for s in [
        "1:06 P.M. EDT",
        "14:35",
        "9:30 a.m.",
        "09:24 (Beijing Time)",
    ] {
        assert!(is_time_stamp(s), "{s}");
    }
    for s in [
        "12:30 Talks resume in Geneva",
        "Statement",
        "2021-07-19 14:35",
    ] {
        assert!(!is_time_stamp(s), "{s}");
    }
}

#[test]
fn section_labels_over_titles() {
    assert!(is_section_label(
        "Press Briefing",
        "Press Briefing of the Task Force"
    ));
    assert!(is_section_label(
        "Statement",
        "On the incident near the shoal"
    ));
    assert!(!is_section_label(
        "China rejects claims",
        "Beijing says accusations groundless"
    ));
}

#[test]
fn date_stamps_open_lines() {
    let stamp = |s: &str| date_stamp(s, 0, None).map(|d| d.date.to_string());
    assert_eq!(
        stamp("date 2021-07-22 MOSCOW, July 22. /TASS/. Text."),
        Some("2021-07-22".into())
    );
    assert_eq!(
        stamp("最后更新: 2022-08-03 08:48:17新华社北京8月2日电"),
        Some("2022-08-03".into())
    );
    assert_eq!(stamp("2022-08-03 08:48 Text"), Some("2022-08-03".into()));
    assert_eq!(
        stamp("2021年7月20日,外交部发言人表示。"),
        None,
        "a date that opens prose"
    );
    assert_eq!(stamp("The talks of 2021-07-22 failed."), None);
}

#[test]
fn copyright_holders() {
    let holder = |footer: &str| {
        let lines = crate::text::lines(footer);
        let blocks = crate::boilerplate::detect(footer, &lines);
        copyright_holder(footer, &blocks).map(|t| t.as_str().to_string())
    };
    assert_eq!(holder("© 2021 The Record"), Some("The Record".into()));
    assert_eq!(
        holder("Copyright © 2024 Harbor Ledger. All rights reserved."),
        Some("Harbor Ledger".into())
    );
    assert_eq!(
        holder("Copyright Consulate-General of the Republic in Sydney"),
        None
    );
    assert_eq!(holder("Copyright © 2024 Ministry of Foreign Affairs"), None);
    assert_eq!(holder("All rights reserved."), None);
}

#[test]
fn outlets_beside_dates() {
    for (text, outlet) in [
        (
            "A headline\n财联社·2025-08-01 07:43\n\nBody text here, long enough.",
            "财联社",
        ),
        (
            "A headline\nhttp://www.example.com.hk   2022-09-14 09:24:58\n\nBody text here.",
            "http://www.example.com.hk",
        ),
        (
            "A headline\n2022-01-05 10:00Manila Standard\n\nBody text here.",
            "Manila Standard",
        ),
    ] {
        assert_eq!(
            header(text).outlet.as_ref().map(Text::as_str),
            Some(outlet),
            "{text}"
        );
    }
    // A place before the date is no outlet.
    assert!(
        header("A headline\nBeijing 2022-01-05 10:00\n\nBody.")
            .outlet
            .is_none()
    );
}

#[test]
fn labelled_fields_of_header_lines() {
    let h = header(
        "外交部回应网络攻击指责\n2021-07-20 16:30:00 来源：人民网 作者：张三 责任编辑：李四\n\n外交部发言人表示,有关指责毫无根据。",
    );
    assert_eq!(h.outlet.as_ref().map(Text::as_str), Some("人民网"));
    let people: Vec<(&str, AuthorRole)> = h
        .authors
        .iter()
        .map(|a| (a.name.as_ref(), a.role))
        .collect();
    assert_eq!(
        people,
        [("张三", AuthorRole::Author), ("李四", AuthorRole::Editor)]
    );
    let h = header(
        "Envoy rejects claims\nBy Jane Doe Published: Jul 20, 2021 01:58 PM\n\nThe envoy said on Friday that the claims were false.",
    );
    assert_eq!(
        h.authors
            .iter()
            .map(|a| a.name.as_ref())
            .collect::<Vec<_>>(),
        ["Jane Doe"]
    );
    assert!(h.published.is_some());
    let h = header(
        "外交部回应网络攻击指责\n来源：外交部网站 编辑：王五\n2021-07-20\n\n外交部发言人表示,有关指责毫无根据。",
    );
    assert_eq!(h.outlet.as_ref().map(Text::as_str), Some("外交部网站"));
    assert_eq!(
        h.authors
            .iter()
            .map(|a| a.name.as_ref())
            .collect::<Vec<_>>(),
        ["王五"]
    );
}

#[test]
fn outlets_after_bylines_and_headlines() {
    let h = header(
        "Envoy rejects claims\nBy JANE DOE Associated Press\nJuly 20, 2021\n\nThe envoy said so on Friday, and more.",
    );
    assert_eq!(
        h.outlet.as_ref().map(Text::as_str),
        Some("Associated Press")
    );
    assert_eq!(
        h.authors
            .iter()
            .map(|a| a.name.as_ref())
            .collect::<Vec<_>>(),
        ["JANE DOE"]
    );
    let h = header(
        "Envoy rejects spying claims as absurd | Manila Standard\nJuly 20, 2021\n\nThe envoy said so on Friday.",
    );
    assert_eq!(h.outlet.as_ref().map(Text::as_str), Some("Manila Standard"));
    let h = header(
        "Envoy rejects spying claims: Foreign Times\nJuly 20, 2021\n\nThe envoy said so on Friday.",
    );
    assert!(h.outlet.is_none(), "after a colon only a known outlet");
}

#[test]
fn markdown_title_heading_after_chrome() {
    let text = "Harbor Ledger\nSearch\n# Envoy rejects spying claims\n\nThe envoy said on Friday that the claims were false and absurd.";
    let h = header(text);
    assert_eq!(
        h.headline.as_ref().map(Text::as_str),
        Some("Envoy rejects spying claims")
    );
    assert!(h.section.is_empty(), "chrome above the title is no section");
    // Prose before a heading keeps the heading out of the header.
    let text = "The envoy said on Friday that the claims were false and absurd.\n# Background\n\nMore text.";
    assert!(header(text).headline.is_none());
}

#[test]
fn byline_of_markdown_links() {
    let h = header(
        "# Envoy rejects claims\n\nBy [Jane Doe](https://example.org/a/jane) and [John Roe](https://example.org/a/john)\n\nJuly 20, 2021\n\nThe envoy said so on Friday, and more.",
    );
    assert_eq!(
        h.authors
            .iter()
            .map(|a| a.name.as_ref())
            .collect::<Vec<_>>(),
        ["Jane Doe", "John Roe"]
    );
    assert!(link_labels("[a](u) or [b](v)", Span::new(0, 16)).is_none());
}

#[test]
fn signed_at_the_end() {
    let text =
        "中新网北京9月8日电 有关机构发布报告。\n各国应携手维护网络安全。(来源:中新网客户端 王林)\n";
    let h = header(text);
    assert!(h.signed_at_end);
    assert_eq!(
        h.authors
            .iter()
            .map(|a| a.name.as_ref())
            .collect::<Vec<_>>(),
        ["王林"]
    );
    let plain = header("外交部发言人表示,中方坚决反对。(完)\n");
    assert!(plain.authors.is_empty() && !plain.signed_at_end);
}
