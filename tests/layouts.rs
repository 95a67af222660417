//! Tests for page layouts: headlines, datelines, outlets, authors, kinds
//! and boilerplate on pages of many outlets, as captured from the web and
//! often converted to Markdown on the way.

use demarche::{AuthorRole, BoilerplateKind, Span, Statement, StatementKind};

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn headline<'a>(s: &'a Statement<'_>) -> Option<&'a str> {
    s.headline.as_ref().map(|h| h.as_str())
}

fn outlet<'a>(s: &'a Statement<'_>) -> Option<&'a str> {
    s.outlet.as_ref().map(|o| o.as_str())
}

fn authors(s: &Statement<'_>) -> Vec<(String, AuthorRole)> {
    s.authors
        .iter()
        .map(|a| (a.name.to_string(), a.role))
        .collect()
}

fn date_time(s: &Statement<'_>) -> (Option<String>, Option<String>) {
    (
        s.published.map(|p| p.date.to_string()),
        s.published
            .and_then(|p| p.time)
            .map(|t| t.format("%H:%M").to_string()),
    )
}

/// The boilerplate blocks as (kind, text).
fn boilerplate<'a>(text: &'a str, s: &Statement<'_>) -> Vec<(BoilerplateKind, &'a str)> {
    s.boilerplate
        .iter()
        .map(|b| (b.kind, &text[b.span]))
        .collect()
}

/// Whether `needle` lies inside one of the paragraphs.
fn in_paragraphs(text: &str, s: &Statement<'_>, needle: &str) -> bool {
    let Some(at) = text.find(needle) else {
        panic!("{needle:?} is not in the text");
    };
    let span = Span::new(at, at + needle.len());
    s.paragraphs
        .iter()
        .any(|p| p.span.start <= span.start && span.end <= p.span.end)
}

#[test]
fn markdown_article_with_information_box() {
    let text = fixture("layout_markdown_article.txt");
    let s = demarche::analyze(&text);
    assert_eq!(
        headline(&s),
        Some("Coastal states protest drills near disputed reef"),
        "the `#` mark is no part of the headline, and the link line is none"
    );
    assert_eq!(outlet(&s), Some("Harbor Ledger"));
    assert_eq!(
        authors(&s),
        [("Maria Keller".to_string(), AuthorRole::Author)]
    );
    assert_eq!(date_time(&s), (Some("2024-03-04".into()), None));
    assert_eq!(s.kind, StatementKind::NewsReport);
    let bp = boilerplate(&text, &s);
    assert!(
        bp.iter()
            .any(|&(k, t)| k == BoilerplateKind::Caption && t.starts_with("!["))
    );
    assert!(bp.contains(&(
        BoilerplateKind::Navigation,
        "#### Tags:\n[[Maritime]] [[Diplomacy]] [[Harbor Ledger]]"
    )));
    assert!(bp.iter().any(|&(_, t)| t.starts_with("+ Link: [article]")));
    for body in [
        "Three coastal states on Monday lodged protests",
        "in a [joint note](https://example.org/note) that the drills",
        "We reject any attempt to change the status quo by force",
    ] {
        assert!(in_paragraphs(&text, &s, body), "{body}");
    }
}

#[test]
fn traditional_chinese_transcript_with_print_and_page_bars() {
    let text = fixture("layout_zh_hant_transcript.txt");
    let s = demarche::analyze(&text);
    assert_eq!(headline(&s), Some("3月5日外交部發言人主持例行記者會"));
    assert_eq!(outlet(&s), Some("http://www.example-news.com.hk"));
    assert_eq!(
        date_time(&s),
        (Some("2024-03-06".into()), Some("10:15".into()))
    );
    assert_eq!(s.kind, StatementKind::PressConference);
    assert!(s.section.is_empty());
    let bp = boilerplate(&text, &s);
    assert!(bp.contains(&(BoilerplateKind::Share, "】 【打 印】 【關 閉】")));
    assert!(bp.contains(&(BoilerplateKind::Navigation, "【 第1頁 第2頁 第3頁 】")));
    assert!(in_paragraphs(
        &text,
        &s,
        "中方一貫堅決反對並依法打擊一切形式的網絡攻擊"
    ));
}

#[test]
fn wire_story_with_agency_mark() {
    let text = fixture("layout_wire_agency.txt");
    let s = demarche::analyze(&text);
    assert_eq!(
        headline(&s),
        Some("Ministry dismisses report on drone incident as fabrication")
    );
    assert_eq!(outlet(&s), Some("TASS"));
    // "March 3" has no year, and no reference date was given.
    assert_eq!(s.published, None);
    assert!(in_paragraphs(
        &text,
        &s,
        "VIENNA, March 3. /TASS/. The Foreign Ministry"
    ));
    // With a reference date the dateline's date is read.
    let date = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).expect("a date");
    let s = demarche::Analyzer::new()
        .reference_date(date)
        .analyze(&text)
        .expect("no size limit");
    assert_eq!(date_time(&s).0.as_deref(), Some("2024-03-03"));
}

#[test]
fn wire_openers_in_every_common_form() {
    for (text, outlet_name, date) in [
        (
            "China rejects hacking claims\n\nBEIJING, July 20 (Xinhua) -- China on Tuesday rejected the claims, a spokesperson said.",
            "Xinhua",
            None,
        ),
        (
            "date 2021-07-22 MOSCOW, July 22. /TASS/. The claims are groundless, the spokeswoman said on Thursday.",
            "TASS",
            Some("2021-07-22"),
        ),
        (
            "Minister condemns attack\n\nKYIV, March 5, 2024 (Ukrinform) - The minister condemned the overnight strike on the city's power grid.",
            "Ukrinform",
            Some("2024-03-05"),
        ),
        (
            "最后更新: 2022-08-03 08:48:17新华社北京8月2日电 外交部发表声明。\n中方对此坚决反对。",
            "新华社",
            Some("2022-08-03"),
        ),
    ] {
        let s = demarche::analyze(text);
        assert_eq!(outlet(&s), Some(outlet_name), "{text}");
        assert_eq!(date_time(&s).0.as_deref(), date, "{text}");
        // The opener stays in the body.
        assert!(!s.paragraphs.is_empty(), "{text}");
    }
}

#[test]
fn chinese_agency_opener_with_reporters() {
    let text = fixture("layout_zh_radio_report.txt");
    let s = demarche::analyze(&text);
    assert_eq!(outlet(&s), Some("央视网"));
    assert_eq!(
        authors(&s),
        [
            ("王晓明".to_string(), AuthorRole::Author),
            ("李华".to_string(), AuthorRole::Author)
        ]
    );
    assert_eq!(headline(&s), None, "the first line is prose, not a title");
    assert_eq!(s.kind, StatementKind::NewsReport);
    assert!(in_paragraphs(&text, &s, "央视网北京3月20日消息"));
}

#[test]
fn bilingual_commentary_signed_at_the_end() {
    let text = fixture("layout_zh_agency_commentary.txt");
    let s = demarche::analyze(&text);
    assert_eq!(outlet(&s), Some("中新网"));
    assert_eq!(authors(&s), [("王林".to_string(), AuthorRole::Author)]);
    assert_eq!(s.kind, StatementKind::Commentary);
    assert_eq!(
        headline(&s),
        Some("Report lays bare double standards in cyberspace"),
        "the title above the English agency opener"
    );
    assert!(in_paragraphs(
        &text,
        &s,
        "(ECNS) -- A report released on Wednesday"
    ));
}

#[test]
fn front_matter_title_and_time_win_over_the_text() {
    let text = fixture("layout_front_matter_briefing.txt");
    let s = demarche::analyze(&text);
    assert_eq!(
        headline(&s),
        Some(
            "Press Briefing by Press Secretary Alex Morgan and National Security Adviser, March 12, 2024"
        ),
        "the folded, escaped YAML title, and never the time stamp"
    );
    assert_eq!(
        date_time(&s),
        (Some("2024-03-12".into()), Some("17:58".into())),
        "published_time is more precise than date"
    );
    assert_eq!(s.kind, StatementKind::PressConference);
    assert!(in_paragraphs(&text, &s, "Good afternoon, everyone."));
}

#[test]
fn breadcrumb_with_the_title_and_a_press_release_dateline() {
    let text = fixture("layout_breadcrumb_release.txt");
    let s = demarche::analyze(&text);
    assert_eq!(
        headline(&s),
        Some("Statement On The Maritime Incident Near The Northern Shoal")
    );
    assert_eq!(
        s.section.iter().map(|t| t.as_str()).collect::<Vec<_>>(),
        ["Home", "Newsroom"],
        "the title crumb is no section"
    );
    assert_eq!(date_time(&s).0.as_deref(), Some("2024-03-12"));
    assert_eq!(s.kind, StatementKind::OfficialStatement);
    let bp = boilerplate(&text, &s);
    assert_eq!(bp.len(), 1);
    assert_eq!(bp[0].0, BoilerplateKind::Navigation);
    assert!(in_paragraphs(
        &text,
        &s,
        "deliberately rammed a civilian supply boat"
    ));
}

#[test]
fn language_switchers_and_a_ministry_footer() {
    let text = fixture("layout_mfa_languages.txt");
    let s = demarche::analyze(&text);
    let bp = boilerplate(&text, &s);
    assert_eq!(bp[0].0, BoilerplateKind::Navigation);
    assert!(bp[0].1.starts_with("عربي Español") && bp[0].1.ends_with("Português"));
    assert!(
        s.section.is_empty(),
        "a language switcher is no section path"
    );
    assert_eq!(
        outlet(&s),
        None,
        "a ministry's own copyright names no outlet"
    );
    assert_eq!(s.kind, StatementKind::PressConference);
    assert_eq!(
        date_time(&s),
        (Some("2024-03-04".into()), Some("18:30".into()))
    );
}

#[test]
fn government_release_behind_a_cookie_banner() {
    let text = fixture("layout_gov_release.txt");
    let s = demarche::analyze(&text);
    assert_eq!(
        headline(&s),
        Some("Ministers and partners hold state-backed group responsible for server intrusions")
    );
    assert_eq!(date_time(&s).0.as_deref(), Some("2024-03-14"));
    assert_eq!(outlet(&s), None, "Crown copyright names no outlet");
    assert_eq!(s.kind, StatementKind::OfficialStatement);
    let kinds: Vec<BoilerplateKind> = s.boilerplate.iter().map(|b| b.kind).collect();
    assert_eq!(
        kinds,
        [
            BoilerplateKind::Other,
            BoilerplateKind::Navigation,
            BoilerplateKind::Share,
            BoilerplateKind::Navigation,
            BoilerplateKind::Footer
        ]
    );
    assert!(
        boilerplate(&text, &s)[0]
            .1
            .ends_with("Reject additional cookies")
    );
    for body in [
        "were reckless and part of a familiar pattern",
        "will be held to account if they do not",
    ] {
        assert!(in_paragraphs(&text, &s, body), "{body}");
    }
    assert!(
        !s.paragraphs
            .iter()
            .any(|p| text[p.span].starts_with("Press release")),
        "the section label is no paragraph"
    );
}

#[test]
fn wire_story_converted_to_markdown() {
    let text = fixture("layout_wire_markdown.txt");
    let s = demarche::analyze(&text);
    assert_eq!(
        headline(&s),
        Some("Ministry denies server intrusion claims, calls them fabricated")
    );
    assert_eq!(
        authors(&s),
        [
            ("Jane Doe".to_string(), AuthorRole::Author),
            ("John Roe".to_string(), AuthorRole::Author)
        ]
    );
    assert_eq!(outlet(&s), Some("Reuters"));
    assert_eq!(
        date_time(&s),
        (Some("2021-07-20".into()), Some("03:42".into()))
    );
    let bp = boilerplate(&text, &s);
    assert_eq!(bp[0].0, BoilerplateKind::Navigation);
    assert!(
        bp.iter()
            .any(|&(k, t)| k == BoilerplateKind::Navigation && t.starts_with("[World]"))
    );
    assert!(
        bp.iter()
            .any(|&(k, t)| k == BoilerplateKind::Footer && t.starts_with("Reporting by"))
    );
    assert!(
        bp.iter()
            .any(|&(k, t)| k == BoilerplateKind::Share && t.starts_with("[Facebook]"))
    );
    assert!(in_paragraphs(
        &text,
        &s,
        "These claims have no basis in fact"
    ));
    assert!(in_paragraphs(
        &text,
        &s,
        "BEIJING, July 20 (Reuters) - The foreign ministry"
    ));
}

#[test]
fn copyright_line_names_the_outlet() {
    let text = "Envoy rejects spying claims\n\nThe envoy said on Friday that the claims were baseless and politically motivated.\n\n© 2024 Harbor Ledger. All rights reserved.";
    let s = demarche::analyze(text);
    assert_eq!(outlet(&s), Some("Harbor Ledger"));
}

#[test]
fn bylines_with_roles() {
    for (text, want) in [
        (
            "Envoy rejects spying claims\nJane Doe, Staff Reporter\nMarch 5, 2024\n\nThe envoy said on Friday that the claims were baseless.",
            vec![("Jane Doe", AuthorRole::Author)],
        ),
        (
            "Envoy rejects spying claims\nMarch 5, 2024\nEditor: Li Wei\n\nBy Zhang Min\n\nThe envoy said on Friday that the claims were baseless.",
            vec![
                ("Li Wei", AuthorRole::Editor),
                ("Zhang Min", AuthorRole::Author),
            ],
        ),
        (
            "外交部回应网络攻击指责\n2024-03-05 10:00\n记者 张三 李四\n\n外交部发言人表示,有关指责毫无根据。",
            vec![("张三", AuthorRole::Author), ("李四", AuthorRole::Author)],
        ),
    ] {
        let s = demarche::analyze(text);
        let got: Vec<(String, AuthorRole)> = authors(&s);
        let want: Vec<(String, AuthorRole)> =
            want.into_iter().map(|(n, r)| (n.to_string(), r)).collect();
        assert_eq!(got, want, "{text}");
    }
}

#[test]
fn time_stamps_links_and_bars_are_never_headlines() {
    for text in [
        "1:06 P.M. EDT\n\nMS. SMITH: Good afternoon. Let me start with one item.",
        "+ Link: [article](https://example.org/a)\n\nThe ministry said on Monday that the talks would go on.",
        "【 第1页 第2页 】\n\n外交部发言人表示,有关指责毫无根据。",
        "-\n\nThe ministry said on Monday that the talks would go on, and that it was ready.",
    ] {
        let s = demarche::analyze(text);
        assert_eq!(headline(&s), None, "{text}");
    }
}

#[test]
fn briefing_title_ending_with_its_date_is_the_headline() {
    let text = "Press Briefing by the Deputy Spokesperson, March 4, 2024\n\n2:05 P.M. EST\n\nMR. LEE: Good afternoon. I have two items at the top.\n\nQ Thank you. On the sanctions announced today, will more follow?\n\nMR. LEE: We will not preview any actions.";
    let s = demarche::analyze(text);
    assert_eq!(
        headline(&s),
        Some("Press Briefing by the Deputy Spokesperson, March 4, 2024")
    );
    assert_eq!(s.kind, StatementKind::PressConference);
    // The title's date is the briefing's, not a dateline.
    assert_eq!(s.published, None);
    assert!(in_paragraphs(text, &s, "I have two items at the top."));
}

#[test]
fn kinds_from_titles() {
    for (title, kind) in [
        (
            "Background Press Call on the Cyber Attribution",
            StatementKind::PressConference,
        ),
        (
            "Press Briefing by the Deputy Spokesperson, March 4, 2024",
            StatementKind::PressConference,
        ),
        (
            "Joint Statement of the Foreign Ministers on Maritime Security",
            StatementKind::OfficialStatement,
        ),
        (
            "Readout of the Secretary's Call with the Foreign Minister",
            StatementKind::OfficialStatement,
        ),
        ("中华人民共和国外交部声明", StatementKind::OfficialStatement),
        ("外交部发言人主持例行记者会", StatementKind::PressConference),
    ] {
        let text = format!(
            "{title}\n2024-03-04 18:30\n\nThe two sides discussed maritime security and agreed to stay in touch."
        );
        let s = demarche::analyze(&text);
        assert_eq!(s.kind, kind, "{title}");
    }
}

#[test]
fn pages_without_header_or_body_give_empty_fields() {
    for text in [
        "",
        "\n\n  \n",
        "Share\nPrint\n\n© 2024 Harbor Ledger. All rights reserved.\n",
        "عربي Español Русский Français 简体中文\n【 第1頁 第2頁 】\n###\n",
        "---\n---\n",
        "---\ntitle: \"\"\n---\n",
        "# \n### \n## Article:\n",
        "China firmly opposes all forms of cyber attacks, the spokesperson said at a regular press conference in Beijing on Tuesday.",
        "A title with nothing after it",
        "【打 印】",
        "(来源:)",
        "中新网北京",
        "BEIJING, ",
        "(ECNS) --",
        "date 2021-07-22",
        "Home > ",
    ] {
        let s = demarche::analyze(text);
        if !text.contains("Title") && !text.contains("title") {
            assert_eq!(headline(&s), None, "{text:?}");
        }
        for p in &s.paragraphs {
            assert!(p.span.end <= text.len());
        }
    }
    // Nothing but boilerplate: no headline, no paragraph.
    let s = demarche::analyze("Share\nPrint\n\n© 2024 Example Media. All rights reserved.\n");
    assert_eq!(headline(&s), None);
    assert!(s.paragraphs.is_empty());
    assert_eq!(s.published, None);
}

/// The gold items of the development corpus that lie in the body
/// (accusations, rebuttals, statistics, temporal anchors) all lie inside a
/// paragraph: no layout rule swallows a body paragraph. Skipped when the
/// shared corpus is not beside the crate.
#[test]
#[allow(clippy::print_stderr)] // the skip and the count are the test's report
fn corpus_body_items_stay_in_paragraphs() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("skipped: {} is absent", dir.display());
        return;
    };
    let mut paths: Vec<_> = entries
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    let mut checked = 0;
    for path in paths {
        let gold_path = path.with_extension("gold.json");
        let (Ok(text), Ok(gold)) = (
            std::fs::read_to_string(&path),
            std::fs::read_to_string(&gold_path),
        ) else {
            continue;
        };
        let gold: serde_json::Value = serde_json::from_str(&gold).expect("gold is JSON");
        let s = demarche::analyze(&text);
        // The headline's and the dateline's own lines are the header, not body.
        let line_of = |span: Span| {
            let start = text[..span.start].rfind('\n').map_or(0, |i| i + 1);
            let end = text[span.end..]
                .find('\n')
                .map_or(text.len(), |i| span.end + i);
            Span::new(start, end)
        };
        let header: Vec<Span> = s
            .headline
            .iter()
            .map(|h| h.span)
            .chain(s.published.map(|p| p.span))
            .map(line_of)
            // A dateline inside the first paragraph keeps the paragraph body.
            .filter(|l| {
                !s.paragraphs
                    .iter()
                    .any(|p| p.span.start < l.end && l.start < p.span.end)
            })
            .collect();
        for area in ["accusations", "rebuttals", "statistics", "temporal"] {
            let Some(items) = gold.get(area).and_then(|v| v.as_array()) else {
                continue;
            };
            for item in items {
                let Some(anchor) = item.get("anchor").and_then(|a| a.as_str()) else {
                    continue;
                };
                let nth = item.get("nth").and_then(|n| n.as_u64()).unwrap_or(1);
                let Some(span) = find_nth(&text, anchor, nth) else {
                    continue;
                };
                if header
                    .iter()
                    .any(|h| h.start < span.end && span.start < h.end)
                {
                    continue;
                }
                // Every non-space byte of the anchor lies in a paragraph
                // (an anchor may run over a line break that ends one).
                let lost = text[span]
                    .char_indices()
                    .filter(|(_, c)| !c.is_whitespace())
                    .map(|(i, _)| span.start + i)
                    .find(|&at| {
                        !s.paragraphs
                            .iter()
                            .any(|p| p.span.start <= at && at < p.span.end)
                    });
                assert!(
                    lost.is_none(),
                    "{}: {area} anchor {anchor:?} is not all in paragraphs (byte {lost:?})",
                    path.display()
                );
                checked += 1;
            }
        }
    }
    eprintln!("{checked} body anchors checked");
}

/// The byte span of the `nth` (1-based) occurrence of `needle`, overlapping
/// occurrences counted, as the scorer finds anchors.
fn find_nth(text: &str, needle: &str, nth: u64) -> Option<Span> {
    let step = needle.chars().next()?.len_utf8();
    let mut from = 0;
    let mut found = None;
    for _ in 0..nth {
        let at = from + text[from..].find(needle)?;
        found = Some(Span::new(at, at + needle.len()));
        from = at + step;
    }
    found
}

#[test]
fn a_markdown_list_item_and_its_indented_lines_are_one_paragraph() {
    // A release converted to Markdown: bullets wrapped at 72 columns with
    // their continuation lines indented, one line carrying a long link.
    let text = "Statement on the Northern Grid Intrusion\n\n\
        The Department today announces further steps.\n\n\
        -   **As announced in March, the Department conducted defensive\n    \
        operations to prevent compromised systems from being used for\n    \
        ransomware attacks**. The Department will continue to protect the\n    \
        public from cyber threats.\n\
        -   **The Department operated under a** [**new\n    \
        model**](https://www.gov.example/briefing-room/statements/2024/03/19/a-very-long-address-of-a-fact-sheet/)\n    \
        **for incident response**. We will build on this model.\n";
    let s = demarche::analyze(text);
    let paragraphs: Vec<&str> = s.paragraphs.iter().map(|p| &text[p.span]).collect();
    let first = paragraphs
        .iter()
        .find(|p| p.contains("As announced"))
        .expect("the first item");
    assert!(first.ends_with("cyber threats."), "{paragraphs:#?}");
    let second = paragraphs
        .iter()
        .find(|p| p.contains("operated under"))
        .expect("the second item");
    assert!(second.ends_with("this model."), "{paragraphs:#?}");
    // A sentence runs across the wrapped lines of its item.
    let sentences: Vec<&str> = s.sentences.iter().map(|&sp| &text[sp]).collect();
    assert!(
        sentences
            .iter()
            .any(|x| x.contains("conducted defensive") && x.contains("ransomware attacks")),
        "{sentences:#?}"
    );
    assert!(
        sentences
            .iter()
            .any(|x| x.starts_with("The Department will continue") && x.ends_with("threats.")),
        "{sentences:#?}"
    );
}
