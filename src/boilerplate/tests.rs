//! Tests of the boilerplate rules: lines of each kind, prose left alone,
//! and blocks found over whole pages.

use super::navigation::{breadcrumb_parts, is_breadcrumb, is_title_part};
use super::{classify::classify, detect};
use crate::BoilerplateKind;
fn kind(s: &str) -> Option<BoilerplateKind> {
    classify(s)
}

#[test]
fn each_kind() {
    use BoilerplateKind::*;
    assert_eq!(
        kind("Home > News > Spokesperson's Remarks"),
        Some(Navigation)
    );
    assert_eq!(kind("WORLD / ASIA-PACIFIC"), Some(Navigation));
    assert_eq!(
        kind("English | Français | Español | Русский | 中文"),
        Some(Navigation)
    );
    assert_eq!(
        kind("Ambassador Wang meets the press. Photo: Xinhua"),
        Some(Caption)
    );
    assert_eq!(kind("新华社记者 李明 摄"), Some(Caption));
    assert_eq!(kind("[Print] [Close]"), Some(Share));
    assert_eq!(kind("<Suggest to a friend>"), Some(Share));
    assert_eq!(
        kind("Copyright © 2021 Embassy of the People's Republic of China"),
        Some(Footer)
    );
    assert_eq!(
        kind("Address: 3505 International Place, NW Tel: 202-495-2266"),
        Some(Footer)
    );
    assert_eq!(
        kind("Editor's Note: The article first ran in Chinese."),
        Some(EditorNote)
    );
    assert_eq!(kind("Related Articles"), Some(Related));
}

#[test]
fn web_page_residue() {
    use BoilerplateKind::*;
    for (line, want) in [
        ("\\###", Footer),
        ("###", Footer),
        ("- 30 -", Footer),
        ("![Ministers meet](https://example.org/a.jpg)", Caption),
        ("#### Tags:", Navigation),
        ("Tags: cyber, diplomacy", Navigation),
        ("[[Cyber]] [[Diplomacy]]", Navigation),
        ("## Article:", Other),
        ("+ Link: [article](https://example.org/story)", Other),
        ("https://example.org/story/123", Other),
        ("【 第1頁 第2頁 第3頁 】", Navigation),
        ("第1页 第2页 下一页", Navigation),
        ("« Previous 1 2 3 Next »", Navigation),
        ("【打 印】 【关 闭】", Share),
        ("】 【列 印】", Share),
        ("عربي Español Русский Français 简体中文", Navigation),
        ("English | Deutsch | 日本語 | 한국어 | Türkçe", Navigation),
        ("Follow us on X and Telegram", Share),
        ("扫码关注我们的微信公众号", Share),
        (
            "We use cookies to improve your experience on our site.",
            Other,
        ),
        ("Subscribe to our newsletter", Other),
        ("版權所有 © 某某新聞網", Footer),
        ("（新华社记者 李明 摄）", Caption),
        ("相關新聞", Related),
        ("下一篇", Navigation),
        ("（完）", Footer),
        ("(END)", Footer),
        ("-END-", Footer),
        ("【我要纠错】", Share),
        ("Facebook X Telegram Reddit Copy link", Share),
        ("You are here: Home > News > Press Releases", Navigation),
        ("当前位置：首页 > 新闻 > 外交动态", Navigation),
        ("Here's how you know", Navigation),
        ("Media contact: press@example.org", Footer),
        ("Accept additional cookies", Other),
        (
            "We use some essential cookies to make this website work.",
            Other,
        ),
        ("Reporting by Jane Doe; Editing by Sam Smith", Footer),
        ("© Crown copyright", Footer),
        ("Is this page useful?", Navigation),
        (
            "[Home](https://example.org/) > [News](https://example.org/news/)",
            Navigation,
        ),
        (
            "[Facebook](https://fb.example/x) [Twitter](https://t.example/x) [Email](mailto:a@b.c)",
            Share,
        ),
        ("**Related News**", Related),
        ("### Related articles", Related),
    ] {
        assert_eq!(classify(line), Some(want), "{line}");
    }
}

#[test]
fn residue_rules_leave_prose_alone() {
    for line in [
        "The drills closed an area of 2,400 square kilometres for five days.",
        "- The ministry said the talks would go on.",
        "See [the report](https://example.org/r) for the figures, the ministry said.",
        "# of vessels: 12",
        "Page 3 of the report lists 41 cyber weapons.",
        "1 2",
        "Following the talks, the two sides issued a joint statement.",
        "订阅用户数量增加了30%。",
        "Reporting by state media suggested that the vessel had been damaged in the collision.",
        "The cookies were served at the reception, the embassy said.",
        "(The end of the talks was announced later.)",
        "完成了任务。",
    ] {
        assert_eq!(classify(line), None, "{line}");
    }
}

#[test]
fn title_crumb_ends_a_path() {
    assert_eq!(
        breadcrumb_parts("Home > World News > Statements On Downing Of A Balloon"),
        Some(vec![
            "Home",
            "World News",
            "Statements On Downing Of A Balloon"
        ])
    );
    assert!(is_title_part("Statements On Downing Of A Balloon"));
    // A bar before an outlet's name is no path with a title.
    assert!(!is_breadcrumb(
        "Envoy rejects spying claims, calls them absurd | Harbor Ledger"
    ));
    assert!(!is_breadcrumb(
        "Growth > 5% was reported, the ministry said."
    ));
}

#[test]
fn prose_is_not_boilerplate() {
    assert_eq!(
        kind("China firmly opposes all forms of cyber attacks."),
        None
    );
    assert_eq!(kind("The US and/or its allies said so."), None);
    assert_eq!(kind("Home is where the heart is, he said."), None);
    assert_eq!(kind("Printing presses were seized."), None);
}

#[test]
fn caption_repeats_and_related_lists() {
    let text = "Headline\nMinisters meet\n\nMinisters meet\n\nBody text. Photo: AFP\n\nRelated News\nChina rejects claims\nUS official speaks";
    let lines = crate::text::lines(text);
    let blocks = detect(text, &lines);
    let kinds: Vec<(&str, BoilerplateKind)> = blocks
        .iter()
        .map(|(_, _, b)| (&text[b.span], b.kind))
        .collect();
    assert!(kinds.contains(&("Body text. Photo: AFP", BoilerplateKind::Caption)));
    assert!(kinds.contains(&(
        "Related News\nChina rejects claims\nUS official speaks",
        BoilerplateKind::Related
    )));
}

#[test]
fn front_matter_block() {
    let text = "---\ntitle: A title\ndate: 2021-07-20\n---\nBody.";
    let lines = crate::text::lines(text);
    let blocks = detect(text, &lines);
    assert_eq!(blocks.len(), 1);
    assert_eq!(blocks[0].2.kind, BoilerplateKind::Other);
    assert_eq!(
        &text[blocks[0].2.span],
        "---\ntitle: A title\ndate: 2021-07-20\n---"
    );
}
