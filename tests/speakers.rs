//! Tests for the speakers area: speakers, transcript turns, quotations and
//! date expressions, on fixtures written in the style of real statements.

use chrono::NaiveDate;
use demarche::{Analyzer, Granularity, PartialDate, QuoteKind, SpeakerRole, Statement, TurnKind};
use proptest::prelude::*;

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}.txt", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(path).expect("fixture")
}

fn analyze_on<'a>(text: &'a str, y: i32, m: u32, d: u32) -> Statement<'a> {
    let date = NaiveDate::from_ymd_opt(y, m, d).expect("date");
    Analyzer::new()
        .reference_date(date)
        .analyze(text)
        .expect("analysis")
}

fn day(y: i32, m: u32, d: u32) -> Option<PartialDate> {
    NaiveDate::from_ymd_opt(y, m, d).map(PartialDate::Day)
}

fn check_invariants(text: &str, s: &Statement<'_>) {
    let ok = |sp: demarche::Span| {
        assert!(
            sp.start <= sp.end && sp.end <= text.len(),
            "{sp:?} out of bounds"
        );
        assert!(
            text.is_char_boundary(sp.start) && text.is_char_boundary(sp.end),
            "{sp:?}"
        );
    };
    for sp in &s.speakers {
        sp.mentions.iter().copied().for_each(ok);
        assert!(sp.mentions.windows(2).all(|w| w[0] <= w[1]));
    }
    for (i, sp) in s.speakers.iter().enumerate() {
        assert_eq!(sp.id, i);
    }
    for t in &s.turns {
        ok(t.span);
        assert!(t.speaker.is_none_or(|i| i < s.speakers.len()));
    }
    assert!(s.turns.windows(2).all(|w| w[0].span.end <= w[1].span.start));
    for q in &s.quotes {
        ok(q.span);
        ok(q.outer);
        assert!(q.outer.contains(q.span));
        assert!(q.speaker.is_none_or(|i| i < s.speakers.len()));
    }
    assert!(
        s.quotes
            .windows(2)
            .all(|w| w[0].outer.end <= w[1].outer.start)
    );
    for t in &s.temporal {
        ok(t.span);
    }
    assert!(
        s.temporal
            .windows(2)
            .all(|w| w[0].span.end <= w[1].span.start)
    );
}

#[test]
fn chinese_transcript_turns_speakers_and_dates() {
    let text = fixture("speakers_mfa_zh");
    let s = analyze_on(&text, 2023, 3, 15);
    check_invariants(&text, &s);
    let kinds: Vec<TurnKind> = s.turns.iter().map(|t| t.kind).collect();
    assert_eq!(
        kinds,
        [
            TurnKind::Remark,
            TurnKind::Question,
            TurnKind::Answer,
            TurnKind::Question,
            TurnKind::Answer
        ]
    );
    let labels: Vec<&str> = s
        .turns
        .iter()
        .filter_map(|t| t.label.as_ref())
        .map(|l| l.as_str())
        .collect();
    assert_eq!(
        labels,
        ["毛宁：", "记者：", "毛宁：", "法新社记者：", "毛宁："]
    );
    // The same spokesperson answers every time.
    let mao = s.turns[0].speaker.expect("speaker");
    assert_eq!(s.turns[2].speaker, Some(mao));
    assert_eq!(s.turns[4].speaker, Some(mao));
    assert_eq!(s.speakers[mao].name.as_deref(), Some("毛宁"));
    assert_eq!(s.speakers[mao].role, SpeakerRole::Spokesperson);
    assert_eq!(
        s.speakers[mao].party.as_ref().map(|p| p.code()),
        Some("CHN")
    );
    let journalist = s.turns[1].speaker.expect("journalist");
    assert_eq!(s.speakers[journalist].role, SpeakerRole::Journalist);
    // A turn runs from its label to the end of its last paragraph.
    assert!(text.as_str()[s.turns[1].span].ends_with("有何回应？"));
    let week = s.temporal.iter().find(|t| t.text == "上周").expect("上周");
    assert_eq!(week.granularity, Granularity::Week);
    assert_eq!(week.date, day(2023, 3, 6));
    let feb = s
        .temporal
        .iter()
        .find(|t| t.text == "今年2月")
        .expect("今年2月");
    assert_eq!(
        feb.date,
        Some(PartialDate::Month {
            year: 2023,
            month: 2
        })
    );
}

#[test]
fn white_house_briefing_with_bare_q_labels() {
    let text = fixture("speakers_whitehouse");
    let s = analyze_on(&text, 2022, 3, 9);
    check_invariants(&text, &s);
    let kinds: Vec<TurnKind> = s.turns.iter().map(|t| t.kind).collect();
    assert_eq!(
        kinds,
        [
            TurnKind::Remark,
            TurnKind::Question,
            TurnKind::Answer,
            TurnKind::Question,
            TurnKind::Answer
        ]
    );
    let press = s.turns[0].speaker.expect("press secretary");
    assert_eq!(s.speakers[press].name.as_deref(), Some("Karen Doyle"));
    assert_eq!(s.speakers[press].role, SpeakerRole::Spokesperson);
    assert!(
        s.turns
            .iter()
            .filter(|t| t.kind != TurnKind::Question)
            .all(|t| t.speaker == Some(press))
    );
    let q = s.turns[1].speaker.expect("Q");
    assert_eq!(s.turns[3].speaker, Some(q));
    assert_eq!(s.speakers[q].role, SpeakerRole::Journalist);
    // "Beijing said" makes China a speaker.
    assert!(
        s.speakers
            .iter()
            .any(|sp| sp.party.as_ref().is_some_and(|p| p.code() == "CHN")
                && sp.role == SpeakerRole::Organization)
    );
    let tuesday = s
        .temporal
        .iter()
        .find(|t| t.text == "on Tuesday")
        .expect("on Tuesday");
    assert_eq!(tuesday.date, day(2022, 3, 8));
    let september = s
        .temporal
        .iter()
        .find(|t| t.text.contains("last September"))
        .expect("September");
    assert_eq!(
        september.date,
        Some(PartialDate::Month {
            year: 2021,
            month: 9
        })
    );
}

#[test]
fn uk_statement_quotes_its_minister() {
    let text = fixture("speakers_govuk");
    let s = analyze_on(&text, 2022, 6, 14);
    check_invariants(&text, &s);
    assert!(s.turns.is_empty(), "a press release has no turns");
    let marsh = s
        .speakers
        .iter()
        .position(|sp| sp.name.as_deref() == Some("Alice Marsh"))
        .expect("the Foreign Secretary speaks");
    assert_eq!(s.speakers[marsh].role, SpeakerRole::Official);
    assert_eq!(s.quotes.len(), 2);
    assert_eq!(s.quotes[0].kind, QuoteKind::Direct);
    assert_eq!(s.quotes[0].speaker, Some(marsh));
    assert!(text.as_str()[s.quotes[0].span].starts_with("This is a reckless"));
    assert_eq!(s.quotes[1].kind, QuoteKind::Scare);
    assert_eq!(&text.as_str()[s.quotes[1].span], "deniable");
    let in2021 = s
        .temporal
        .iter()
        .find(|t| t.text == "in 2021")
        .expect("in 2021");
    assert_eq!(in2021.date, Some(PartialDate::Year(2021)));
    let march = s
        .temporal
        .iter()
        .find(|t| t.text == "last March")
        .expect("last March");
    assert_eq!(
        march.date,
        Some(PartialDate::Month {
            year: 2022,
            month: 3
        })
    );
}

#[test]
fn prose_attributions_merge_across_mentions() {
    let text = "The Russian Embassy in Washington said on Friday that the claims were absurd. \
                It added that Moscow would respond. TASS reported the same day that talks had stalled.";
    let s = analyze_on(text, 2022, 5, 14);
    check_invariants(text, &s);
    let embassy = &s.speakers[0];
    assert_eq!(
        embassy.name.as_deref(),
        Some("Russian Embassy in Washington")
    );
    assert_eq!(embassy.party.as_ref().map(|p| p.code()), Some("RUS"));
    assert_eq!(
        embassy.mentions.len(),
        2,
        "\"It added\" points back to the embassy"
    );
    let tass = named(&s, "TASS").expect("TASS");
    assert_eq!(tass.role, SpeakerRole::Outlet);
    assert_eq!(tass.party.as_ref().map(|p| p.code()), Some("RUS"));
    let dates: Vec<_> = s
        .temporal
        .iter()
        .map(|t| (t.text.as_ref(), t.date))
        .collect();
    assert_eq!(
        dates,
        [
            ("on Friday", day(2022, 5, 13)),
            ("the same day", day(2022, 5, 13))
        ]
    );
}

#[test]
fn quotes_ignore_apostrophes_and_unbalanced_marks() {
    let text = "China's envoy said the US' plan \"won't work,\" and left.\n\nAn unclosed \u{201c}mark here.\n\nNext paragraph stays free.";
    let s = analyze_on(text, 2022, 1, 1);
    check_invariants(text, &s);
    assert_eq!(s.quotes.len(), 1);
    assert_eq!(&text[s.quotes[0].span], "won't work,");
    let long = format!("\u{201c}{}", "word ".repeat(50_000));
    let s = analyze_on(&long, 2022, 1, 1);
    assert!(s.quotes.is_empty());
}

#[test]
fn continued_paragraph_quotes() {
    let text = "The Mission said:\n\n\u{201c}First we state our position on this matter in full.\n\n\u{201c}Then we say more and close the quotation.\u{201d}";
    let s = analyze_on(text, 2022, 1, 1);
    check_invariants(text, &s);
    assert_eq!(s.quotes.len(), 1);
    assert!(text[s.quotes[0].span].ends_with("quotation."));
    assert_eq!(s.quotes[0].kind, QuoteKind::Direct);
}

#[test]
fn prose_makes_no_turns() {
    let text = "Note: this is prose.\n\nChina: a country. The spokesperson said so.";
    let s = analyze_on(text, 2022, 1, 1);
    assert!(s.turns.is_empty());
}

#[test]
fn bare_numbers_and_identifiers_are_not_dates() {
    let text =
        "APT-2020 used 2020 servers and 52,000 hosts in 2019-style attacks, then in 2020 more.";
    let s = analyze_on(text, 2021, 7, 1);
    let texts: Vec<&str> = s.temporal.iter().map(|t| t.text.as_ref()).collect();
    assert_eq!(texts, ["in 2020"]);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]
    #[test]
    fn never_panics_and_spans_are_sound(text in "\\PC{0,300}") {
        let s = analyze_on(&text, 2021, 7, 21);
        check_invariants(&text, &s);
    }

    #[test]
    fn statement_like_text_is_sound(
        parts in proptest::collection::vec(prop_oneof![
            Just("Journalist: "), Just("Zhao Lijian: "), Just("Q "), Just("问："), Just("\n\n"),
            Just("\u{201c}"), Just("\u{201d}"), Just("\""), Just("'"), Just("the US said "),
            Just("on Monday "), Just("7月19日"), Just("so-called "), Just("China's "), Just(", "),
            Just("the Mission said."), Just("In February last year "), Just("中"), Just("😀"),
        ], 0..60)
    ) {
        let text: String = parts.concat();
        let s = analyze_on(&text, 2021, 7, 21);
        check_invariants(&text, &s);
    }
}

/// The speaker named `name`, if any.
pub(crate) fn named<'s>(s: &'s Statement<'_>, name: &str) -> Option<&'s demarche::Speaker<'s>> {
    s.speakers
        .iter()
        .find(|sp| sp.name.as_deref() == Some(name))
}

#[test]
fn a_briefings_questions_name_their_speakers_across_adverbials() {
    let text = "Press Briefing by Press Secretary Dana Whitfield\n\n\
        MS. WHITFIELD: Good afternoon, everyone.\n\n\
        Q Senator Jane Holloway, over the weekend, said the White House is not working with \
        her caucus on the funding. Is that fair?\n\n\
        MS. WHITFIELD: We talk to her office every day.\n\n\
        Q The American Academy of Family Physicians today recommended that adults get a booster \
        this fall. Will the administration follow?\n\n\
        MS. WHITFIELD: We will look at the guidance.\n\n\
        Q I spoke with State Representative Okafor this morning, who now says four members of \
        the delegation are ill. Any update?\n\n\
        MS. WHITFIELD: I don't have one.\n\n\
        Q Attackers used flaws in Acme Mail Server disclosed in March. Is the government patched?\n\n\
        MS. WHITFIELD: Agencies patched in April.\n";
    let s = demarche::analyze(text);
    let senator = named(&s, "Jane Holloway").expect("the senator, across a parenthetical");
    assert_eq!(senator.role, SpeakerRole::Official);
    // The side's own officials speak for it: a briefing of the White House.
    assert_eq!(senator.party, Some(demarche::Party::USA));
    // "said the White House is not working": the White House is the
    // subject of the reported clause, not an inverted speaker.
    assert!(named(&s, "White House").is_none(), "{:#?}", s.speakers);
    let academy = named(&s, "American Academy of Family Physicians").expect("the academy");
    assert_eq!(academy.role, SpeakerRole::Organization);
    let okafor = named(&s, "Okafor").expect("the antecedent of 'who now says'");
    assert_eq!(okafor.role, SpeakerRole::Official);
    // "flaws in Acme Mail Server disclosed in March": a participle, no speech.
    assert!(
        s.speakers
            .iter()
            .all(|sp| !sp.name.as_deref().is_some_and(|n| n.contains("Acme"))),
        "{:#?}",
        s.speakers
    );
}

#[test]
fn an_official_statement_speaks_for_the_state_its_title_opens_with() {
    let text = "---\ntags: statements-releases\ndate: '2024-05-02'\n\
        source_url: https://www.gov.example/briefing-room/statements-releases/2024/05/02/uk-condemns/\ntitle: \"The United\\_Kingdom, \
        Joined by Partners, Condemns Reckless Cyber Activity by the GRU\"\n---\n\n\
        The United Kingdom and its partners today expose a campaign of reckless cyber activity.\n\n\
        These actions undermine the security of critical infrastructure.\n\n\
        We call on all states to act responsibly in cyberspace.\n";
    let s = demarche::analyze(text);
    assert_eq!(s.kind, demarche::StatementKind::OfficialStatement);
    let uk = named(&s, "United Kingdom").expect("the issuing state");
    assert_eq!(uk.role, SpeakerRole::Organization);
    assert_eq!(uk.party, Some(demarche::Party::new("GBR")));

    // A statement the page is about is not the page's issuer.
    let remarks = "Remarks of the Spokesperson of the Embassy of China in Belgium on the Joint \
        Statement of the Foreign Side\n\n\
        Q: What is your comment on the joint statement?\n\n\
        A: The so-called statement distorts the facts.\n";
    let r = demarche::analyze(remarks);
    assert!(named(&r, "Foreign Side").is_none(), "{:#?}", r.speakers);
}

#[test]
fn a_chinese_report_names_its_outlet_its_journalist_and_the_body_that_published() {
    let text = "据北京日报，外交部发言人郭嘉昆8月1日主持例行记者会。\
        有记者提问，中国互联网安全研究协会今天发布了境外黑客组织攻击中国单位的报告。中方对此有何评论？\
        郭嘉昆表示，我们注意到相关报告。";
    let s = demarche::analyze(text);
    let paper = named(&s, "北京日报").expect("据北京日报");
    assert_eq!(paper.role, SpeakerRole::Outlet);
    assert!(
        s.speakers
            .iter()
            .any(|sp| sp.role == SpeakerRole::Journalist && sp.name.is_none()),
        "{:#?}",
        s.speakers
    );
    let body = named(&s, "中国互联网安全研究协会").expect("the body that published");
    assert_eq!(body.role, SpeakerRole::Organization);
    assert_eq!(body.party, Some(demarche::Party::CHN));
    assert!(named(&s, "郭嘉昆").is_some());
}

#[test]
fn the_diplomat_and_the_author_of_a_report_are_speakers_named_before() {
    let text = "MOSCOW, March 3. /TASS/. The claims are groundless, Russian Foreign Ministry \
        spokeswoman Irina Volkova said on Thursday, commenting on GCHQ Director General \
        Peter Lindqvist's report on \"threats from a number of states\".\n\n\
        According to the diplomat, such statements harm the dialogue.\n";
    let s = demarche::analyze(text);
    let volkova = named(&s, "Irina Volkova").expect("the spokeswoman");
    // "the diplomat" points back to her: no unnamed official beside her.
    assert_eq!(volkova.mentions.len(), 2, "{:#?}", s.speakers);
    assert!(
        s.speakers
            .iter()
            .all(|sp| sp.name.is_some() || sp.role != SpeakerRole::Official),
        "{:#?}",
        s.speakers
    );
    let author = named(&s, "Peter Lindqvist").expect("the report's author");
    assert_eq!(author.role, SpeakerRole::Official);
    let title = s
        .quotes
        .iter()
        .find(|q| text[q.span].starts_with("threats"))
        .expect("the report's title");
    assert_eq!(title.kind, QuoteKind::Direct);
    assert_eq!(title.speaker, Some(author.id));
}

#[test]
fn a_body_named_short_takes_its_full_name_from_the_title() {
    let text = "Press Briefing of Ms. Ana Reyes with the National Task Force for the Eastern Seaboard\n\n\
        In a statement, the National Task Force said the vessels were blocked near the shoal.\n";
    let s = demarche::analyze(text);
    assert!(
        named(&s, "National Task Force for the Eastern Seaboard").is_some(),
        "{:#?}",
        s.speakers
    );
    assert!(named(&s, "National Task Force").is_none());
}

#[test]
fn a_date_glued_before_a_chinese_ministry_is_no_part_of_its_name() {
    let s = demarche::analyze("3月5日外交部发言人王林主持例行记者会。王林表示，中方坚决反对。");
    assert!(named(&s, "外交部").is_some(), "{:#?}", s.speakers);
    assert!(
        s.speakers
            .iter()
            .all(|sp| sp.name.as_deref() != Some("日外交部"))
    );
    // A time word after the title is no name ("发言人此前表示").
    let t = demarche::analyze("外交部发言人此前表示，中方坚决反对。");
    assert!(
        t.speakers
            .iter()
            .all(|sp| sp.name.as_deref() != Some("此前")),
        "{:#?}",
        t.speakers
    );
}
