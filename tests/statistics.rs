//! Tests for the statistics area: the number grammar row by row in both
//! languages, what is not a statistic, sources and periods, whole-statement
//! fixtures, untrusted input, and a throughput report.

use demarche::{Approximation, CitedStatistic, StatisticKind};
use proptest::prelude::*;

use Approximation::{AtLeast, AtMost, Exact, LessThan, MoreThan, Nearly, Vague};
use StatisticKind::{Count, Duration, Money, Percentage, Rank};

/// Checks the invariants every result must keep, then returns it.
fn stats(text: &str) -> Vec<CitedStatistic<'_>> {
    let found = demarche::statistics(text);
    let mut end = 0;
    for s in &found {
        assert!(
            s.span.start >= end,
            "{text:?}: unsorted or overlapping {found:?}"
        );
        assert!(
            text.get(s.span.start..s.span.end).is_some(),
            "{text:?}: bad span {s:?}"
        );
        assert!(s.value.is_finite(), "{text:?}: {s:?}");
        end = s.span.end;
    }
    found
}

/// One row of the grammar: the input, the statistic's text as written
/// (span), its value, qualifier and kind.
type Row = (
    &'static str,
    &'static str,
    f64,
    Approximation,
    StatisticKind,
);

/// Every row of the grammar, English and Chinese. Each input holds exactly
/// one statistic.
const GRAMMAR: &[Row] = &[
    // Digits with separators, decimals with scale words.
    (
        "Officials counted 52,000 ballots.",
        "52,000",
        52_000.0,
        Exact,
        Count,
    ),
    (
        "The fund reached 1,000,000 donors.",
        "1,000,000",
        1_000_000.0,
        Exact,
        Count,
    ),
    (
        "It controls 5.31 million hosts.",
        "5.31 million",
        5_310_000.0,
        Exact,
        Count,
    ),
    (
        "It spent $4.5 billion on ports.",
        "$4.5 billion",
        4.5e9,
        Exact,
        Money,
    ),
    (
        "A quarter of a million people marched.",
        "A quarter of a million",
        250_000.0,
        Exact,
        Count,
    ),
    (
        "Nearly half a million refugees crossed.",
        "Nearly half a million",
        500_000.0,
        Nearly,
        Count,
    ),
    // Number words and compounds.
    ("The ban lasted eight years.", "eight", 8.0, Exact, Duration),
    (
        "Twenty-five countries signed the pact.",
        "Twenty-five",
        25.0,
        Exact,
        Count,
    ),
    (
        "Police detained two hundred protesters.",
        "two hundred",
        200.0,
        Exact,
        Count,
    ),
    (
        "The US and two of its allies objected.",
        "two",
        2.0,
        Exact,
        Count,
    ),
    // Ranks.
    (
        "They are the top three in exports.",
        "top three",
        3.0,
        Exact,
        Rank,
    ),
    (
        "It is the third largest exporter.",
        "third",
        3.0,
        Exact,
        Rank,
    ),
    (
        "The country ranked fifth overall.",
        "fifth",
        5.0,
        Exact,
        Rank,
    ),
    ("It is the 2nd largest economy.", "2nd", 2.0, Exact, Rank),
    // Percentages.
    (
        "Support stood at 92% in May.",
        "92%",
        92.0,
        Exact,
        Percentage,
    ),
    (
        "Turnout rose 92 per cent overall.",
        "92 per cent",
        92.0,
        Exact,
        Percentage,
    ),
    (
        "Exports grew 7.5 percent overall.",
        "7.5 percent",
        7.5,
        Exact,
        Percentage,
    ),
    // Money with currencies.
    (
        "The loan is US$300 million.",
        "US$300 million",
        3e8,
        Exact,
        Money,
    ),
    (
        "The grant is €20 million.",
        "€20 million",
        2e7,
        Exact,
        Money,
    ),
    (
        "The fine was £5,000 in total.",
        "£5,000",
        5_000.0,
        Exact,
        Money,
    ),
    (
        "Aid reached ¥1.2 billion.",
        "¥1.2 billion",
        1.2e9,
        Exact,
        Money,
    ),
    (
        "The budget is RMB 12 billion.",
        "RMB 12 billion",
        1.2e10,
        Exact,
        Money,
    ),
    (
        "Imports cost 10 billion yuan.",
        "10 billion yuan",
        1e10,
        Exact,
        Money,
    ),
    (
        "They paid 3 million dollars.",
        "3 million dollars",
        3e6,
        Exact,
        Money,
    ),
    (
        "The deal is worth 40 million euros.",
        "40 million euros",
        4e7,
        Exact,
        Money,
    ),
    (
        "It cost about $1.5bn to build.",
        "about $1.5bn",
        1.5e9,
        Approximation::About,
        Money,
    ),
    // Durations.
    ("He was held for 11 years.", "11", 11.0, Exact, Duration),
    (
        "It was a decade-long effort.",
        "a decade-long",
        10.0,
        Approximation::About,
        Duration,
    ),
    (
        "The watch lasted at least eight years.",
        "at least eight",
        8.0,
        AtLeast,
        Duration,
    ),
    (
        "The talks ran for two decades.",
        "two",
        20.0,
        Approximation::About,
        Duration,
    ),
    // English qualifiers.
    (
        "It hit about 300 firms.",
        "about 300",
        300.0,
        Approximation::About,
        Count,
    ),
    (
        "It hit around 300 firms.",
        "around 300",
        300.0,
        Approximation::About,
        Count,
    ),
    (
        "It hit approximately 300 firms.",
        "approximately 300",
        300.0,
        Approximation::About,
        Count,
    ),
    (
        "It hit roughly 300 firms.",
        "roughly 300",
        300.0,
        Approximation::About,
        Count,
    ),
    (
        "It hit some 300 firms.",
        "some 300",
        300.0,
        Approximation::About,
        Count,
    ),
    (
        "It hit nearly 300 firms.",
        "nearly 300",
        300.0,
        Nearly,
        Count,
    ),
    (
        "It hit almost 300 firms.",
        "almost 300",
        300.0,
        Nearly,
        Count,
    ),
    (
        "It hit more than 300 firms.",
        "more than 300",
        300.0,
        MoreThan,
        Count,
    ),
    ("It hit over 300 firms.", "over 300", 300.0, MoreThan, Count),
    (
        "It hit upwards of 300 firms.",
        "upwards of 300",
        300.0,
        MoreThan,
        Count,
    ),
    (
        "It hit at least 300 firms.",
        "at least 300",
        300.0,
        AtLeast,
        Count,
    ),
    (
        "It hit less than 300 firms.",
        "less than 300",
        300.0,
        LessThan,
        Count,
    ),
    (
        "It hit fewer than 300 firms.",
        "fewer than 300",
        300.0,
        LessThan,
        Count,
    ),
    (
        "It hit under 300 firms.",
        "under 300",
        300.0,
        LessThan,
        Count,
    ),
    (
        "It hit at most 300 firms.",
        "at most 300",
        300.0,
        AtMost,
        Count,
    ),
    ("It hit up to 300 firms.", "up to 300", 300.0, AtMost, Count),
    (
        "It hit no more than 300 firms.",
        "no more than 300",
        300.0,
        AtMost,
        Count,
    ),
    (
        "It hit 300 or more firms.",
        "300 or more",
        300.0,
        AtLeast,
        Count,
    ),
    // Vague orders: the value is the order's floor.
    (
        "It hit thousands of computers.",
        "thousands of",
        1_000.0,
        Vague,
        Count,
    ),
    (
        "It hit dozens of companies.",
        "dozens of",
        12.0,
        Vague,
        Count,
    ),
    (
        "It hit hundreds of servers.",
        "hundreds of",
        100.0,
        Vague,
        Count,
    ),
    (
        "It sent tens of thousands of emails.",
        "tens of thousands of",
        10_000.0,
        Vague,
        Count,
    ),
    // Chinese: Arabic digits with 万/亿, numerals, percentages, ranks.
    (
        "数据显示，约5.2万个服务器受控。",
        "约5.2万",
        52_000.0,
        Approximation::About,
        Count,
    ),
    (
        "境内有531万台主机受控。",
        "531万",
        5_310_000.0,
        Exact,
        Count,
    ),
    ("共有四百零三名侨胞回国。", "四百零三", 403.0, Exact, Count),
    ("双方合作已有十一年。", "十一年", 11.0, Exact, Duration),
    ("两千名游客已经返回。", "两千", 2_000.0, Exact, Count),
    (
        "投票率为百分之九十二。",
        "百分之九十二",
        92.0,
        Exact,
        Percentage,
    ),
    ("美国及其盟国分列前三位。", "前三位", 3.0, Exact, Rank),
    ("该国排名第二。", "排名第二", 2.0, Exact, Rank),
    ("攻击持续长达11年。", "长达11年", 11.0, Exact, Duration),
    (
        "受影响用户超过300万人。",
        "超过300万",
        3_000_000.0,
        MoreThan,
        Count,
    ),
    ("已有近两千人回国。", "近两千", 2_000.0, Nearly, Count),
    ("至少35名记者被驱逐。", "至少35", 35.0, AtLeast, Count),
    ("逾1100名海员获救。", "逾1100", 1_100.0, MoreThan, Count),
    ("已有300多家企业受损。", "300多", 300.0, MoreThan, Count),
    ("损失达5亿美元。", "5亿美元", 5e8, Exact, Money),
    (
        "数以千计的网站遭到攻击。",
        "数以千计",
        1_000.0,
        Vague,
        Count,
    ),
    ("数十个国家参与合作。", "数十", 10.0, Vague, Count),
    (
        "全角数字：５２，０００台服务器。",
        "５２，０００",
        52_000.0,
        Exact,
        Count,
    ),
    ("占比为３５％。", "３５％", 35.0, Exact, Percentage),
    ("攻击持续了三个月。", "三个月", 3.0, Exact, Duration),
];

#[test]
fn every_row_of_the_grammar() {
    for &(input, text, value, approximation, kind) in GRAMMAR {
        let found = stats(input);
        assert_eq!(found.len(), 1, "{input:?}: {found:#?}");
        let s = &found[0];
        assert_eq!(&input[s.span], text, "{input:?}");
        assert_eq!(s.text, text, "{input:?}");
        assert_eq!(s.value, value, "{input:?}");
        assert_eq!(s.approximation, approximation, "{input:?}");
        assert_eq!(s.kind, kind, "{input:?}");
    }
}

/// Inputs with no statistic in them, one exclusion rule each.
const NOT_STATISTICS: &[&str] = &[
    // Years and dates.
    "The treaty was signed in 2020.",
    "The 2022 elections were calm.",
    "They met on July 19.",
    "They met on 20 July.",
    "Published Jul 20, 2021 01:58 PM",
    "双方于2020年签署协议。",
    "7月19日，双方举行会谈。",
    // Clock times.
    "The briefing starts at 10 a.m.",
    "The briefing starts at 14:35 today.",
    // Identifiers.
    "APT-C-39 and APT40 were named.",
    "A report of the firm 360, a security company, was cited.",
    "In addition, 360's report also showed that.",
    "The G7 and the G20 met.",
    "Article 5 and Resolution 2231 apply.",
    "COVID-19 and 5G were discussed.",
    "The MH17 case was raised.",
    // Phone numbers, addresses, postcodes, URLs.
    "Tel: +86 10 6596 1114.",
    "Head Office: 39 Harbour Street, Sydney NSW 2000, Australia",
    "See www.example.gov/2024/07/19/p1234.html for details.",
    // List and section numbering.
    "1. Oppose the sanctions.",
    "(2) Respect sovereignty.",
    "Section 3.2 of the act applies.",
    // Number words that are not quantities.
    "China is one of the main victims.",
    "No one was hurt.",
    "The two sides met.",
    "It is a report.",
    "Two thirds of members agreed.",
    "It happened two years ago.",
    "中国是网络攻击的主要受害国之一。",
    "两国关系良好，一国两制方针不变，我们十分重视。",
    "一些国家第一次参加。",
    // Ratios and other scripts' grammars are not misread as counts.
    "One in five children is affected.",
    "Over 52 миллиона человек проголосовали.",
    // Ranges and runs the grammar cannot read as one number.
    "The options were 1,2,3,4,5.",
    "三四个人在场。",
];

#[test]
fn what_is_not_a_statistic() {
    for input in NOT_STATISTICS {
        let found = stats(input);
        assert!(found.is_empty(), "{input:?}: {found:#?}");
    }
}

#[test]
fn unit_and_subject_are_the_counted_noun_phrase() {
    let text = "Officials said about 52,000 malicious program command and control servers \
                located outside the country took control of 35 telephone numbers.";
    let found = stats(text);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[0].unit.as_deref(), Some("servers"));
    let subject = found[0].subject.as_ref().map(|s| s.text.as_ref());
    assert_eq!(
        subject,
        Some("malicious program command and control servers located outside the country")
    );
    assert_eq!(found[1].unit.as_deref(), Some("numbers"));

    let zh = stats("数据显示，约5.2万个计算机恶意程序控制服务器受控。");
    assert_eq!(zh.len(), 1);
    assert_eq!(zh[0].unit.as_deref(), Some("服务器"));

    let claims = stats("The paper contains 23 unfounded claims and 5 false reports.");
    let units: Vec<_> = claims.iter().map(|s| s.unit.as_deref()).collect();
    assert_eq!(units, [Some("claims"), Some("reports")]);

    let glued = stats("In 2020, 52,000 computerservers were controlled.");
    assert_eq!(glued.len(), 1);
    assert_eq!(glued[0].unit.as_deref(), Some("computerservers"));
    assert_eq!(glued[0].period.as_deref(), Some("2020"));
}

/// (input, the statistic's text, the expected source)
const SOURCES: &[(&str, &str, &str)] = &[
    (
        "According to statistics from the National Data Response Team (NDRT), about 400 hosts were hit.",
        "about 400",
        "National Data Response Team (NDRT)",
    ),
    (
        "According to the annual report by the Maritime Bureau, 35 ships sank.",
        "35",
        "Maritime Bureau",
    ),
    (
        "The leak lasted at least eight years, WikiLeaks said.",
        "at least eight",
        "WikiLeaks",
    ),
    (
        "The group WikiLeaks revealed that the agency spied on 35 targets.",
        "35",
        "group WikiLeaks",
    ),
    (
        "Documents released by WikiLeaks list 40 cables.",
        "40",
        "WikiLeaks",
    ),
    (
        "US federal agencies, including the FBI and the National Security Agency, outlined more than 50 techniques.",
        "more than 50",
        "US federal agencies",
    ),
    (
        "Snowden, a former contractor, once revealed that the agency ran 200 programmes.",
        "200",
        "Snowden",
    ),
    (
        "Acme's report also showed that 11 firms were hit.",
        "11",
        "Acme",
    ),
    (
        "Data from the World Bank show that 12 loans were approved.",
        "12",
        "World Bank",
    ),
    (
        "The United States will send 300 advisers, the Pentagon said.",
        "300",
        "Pentagon",
    ),
    (
        "国家统计局数据显示，约300万人出境。",
        "约300万",
        "国家统计局",
    ),
    (
        "据海关总署统计，进口额超过450亿美元。",
        "超过450亿美元",
        "海关总署",
    ),
];

#[test]
fn sources_are_resolved_within_the_sentence() {
    for &(input, text, source) in SOURCES {
        let found = stats(input);
        let s = found
            .iter()
            .find(|s| s.text == text)
            .unwrap_or_else(|| panic!("{input:?}: no {text:?} in {found:#?}"));
        assert_eq!(
            s.source.as_ref().map(|t| t.text.as_ref()),
            Some(source),
            "{input:?}"
        );
    }
}

#[test]
fn anaphoric_sources_take_the_previous_sentence_source() {
    let text = "The US accused China of hacking, Reuters reported. It also said the attacks \
                aimed at 30 universities.";
    let found = stats(text);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(
        found[0].source.as_ref().map(|t| t.text.as_ref()),
        Some("Reuters")
    );
}

#[test]
fn a_continuation_without_a_source_gets_none() {
    // "In addition" alone does not say who reported the next figure.
    let text = "According to the agency, 40 hosts were hit. In addition, a group attacked \
                the country for 11 years.";
    let found = stats(text);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[1].text, "11");
    assert!(found[1].source.is_none());
}

#[test]
fn money_has_a_currency_code_when_unambiguous() {
    let found = stats("It paid US$3 million, $2 million and 5亿美元 and ¥4 billion.");
    let currencies: Vec<_> = found.iter().map(|s| s.currency.as_deref()).collect();
    assert_eq!(currencies, [Some("USD"), Some("$"), Some("USD"), Some("¥")]);
    for text in [
        "Aid reached 5 billion US dollars last year.",
        "Aid reached 5 billion U.S. dollars last year.",
    ] {
        let found = stats(text);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].currency.as_deref(), Some("USD"), "{text}");
        assert!(
            found[0].text.ends_with("dollars"),
            "{text}: {}",
            found[0].text
        );
    }
}

#[test]
fn periods_are_years_or_stated_spans() {
    let found = stats("In 2019, 40 ships sank. 2021年，约300艘船沉没。");
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[0].period.as_deref(), Some("2019"));
    assert_eq!(found[1].period.as_deref(), Some("2021"));
    let past = stats("Over the past decade, more than 20 embassies opened.");
    assert_eq!(past.len(), 1);
    assert_eq!(past[0].period.as_deref(), Some("the past decade"));
    let counted = stats("Over the past 10 years, it lifted 800 million people out of poverty.");
    assert_eq!(counted.len(), 2, "{counted:#?}");
    assert_eq!(counted[1].period.as_deref(), Some("the past 10 years"));
    assert_eq!(counted[1].unit.as_deref(), Some("people"));
}

/// The length of a reference period is a figure too ("over the last 11
/// years" says how long a campaign ran): a duration, in both languages,
/// while the phrase stays the period of the other figures.
#[test]
fn reference_periods_are_durations_cited() {
    for (text, written, value) in [
        (
            "Over the past 10 years, the two countries grew closer.",
            "10",
            10.0,
        ),
        ("In the next five years, trade will grow.", "five", 5.0),
        (
            "The group attacked universities over the last 11 years.",
            "11",
            11.0,
        ),
        ("在过去十年间，两国关系快速发展。", "十年", 10.0),
    ] {
        let found = stats(text);
        assert_eq!(found.len(), 1, "{text}: {found:#?}");
        assert!(found[0].text.starts_with(written), "{text}: {found:#?}");
        assert_eq!(found[0].value, value, "{text}");
        assert_eq!(found[0].kind, Duration, "{text}");
    }
}

/// A currency sign names the currency, not the thing counted: "$16 billion"
/// counts dollars, "€20 million" euros, "£5 million" pounds.
#[test]
fn money_counts_the_currency_noun() {
    for (text, unit) in [
        ("The package costs $16 billion.", "dollars"),
        ("The fund holds €20 million.", "euros"),
        ("It paid £5 million in fines.", "pounds"),
        ("Trade reached US$ 300 million.", "dollars"),
        ("Loans totalled RMB 5 billion.", "yuan"),
    ] {
        let found = stats(text);
        assert_eq!(found.len(), 1, "{text}: {found:#?}");
        assert_eq!(found[0].kind, Money, "{text}");
        assert_eq!(found[0].unit.as_deref(), Some(unit), "{text}");
    }
}

/// A bare number counts what the sentence names around it: a partitive, a
/// number as the subject of a plural verb, one a relative clause follows.
#[test]
fn elided_counts_are_counts() {
    let found = stats("Officials said 10 of the remaining detainees are eligible for transfer.");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].value, 10.0);
    assert_eq!(found[0].unit.as_deref(), Some("detainees"));
    for text in [
        "Of the 39 men held there, 17 are eligible for review.",
        "Five of them have tested positive.",
        "He named the 12 that spread most of the false claims.",
    ] {
        let found = stats(text);
        assert!(found.iter().any(|s| s.kind == Count), "{text}: {found:#?}");
    }
    // A bare number with nothing counted stays out.
    assert!(stats("Please see point 4 below.").is_empty());
}

/// Numbers in a web address, and Chinese numerals with no classifier before
/// a noun (a firm's name, a set phrase), are not statistics.
#[test]
fn urls_and_unclassified_chinese_numerals_are_not_counts() {
    assert!(
        stats("See [the indictment](https://example.gov/us-indicts-four-members-of-group/).")
            .is_empty()
    );
    assert!(stats("Details: www.example.org/report-2021/25-findings.html today.").is_empty());
    assert!(stats("360公司发布了调查报告。").is_empty());
    let counted = stats("共有360家公司参加。");
    assert_eq!(counted.len(), 1, "{counted:#?}");
    assert_eq!(counted[0].value, 360.0);
}

/// Checks a fixture against its expectations: every statistic, in order,
/// with text, value, approximation, kind, unit, source and period.
#[cfg(feature = "serde")]
fn check_fixture(name: &str) {
    use serde_json::{Value, json};
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/");
    let text = std::fs::read_to_string(format!("{dir}{name}.txt")).expect("fixture text");
    let json = std::fs::read_to_string(format!("{dir}{name}.json")).expect("fixture json");
    let expected: Vec<Value> = serde_json::from_str(&json).expect("fixture json parses");
    let found: Vec<Value> = stats(&text)
        .iter()
        .map(|s| {
            json!({
                "text": s.text,
                "value": s.value,
                "approximation": s.approximation,
                "kind": s.kind,
                "unit": s.unit,
                "source": s.source.as_ref().map(|t| t.text.as_ref()),
                "period": s.period,
            })
        })
        .collect();
    let shown: Vec<_> = found.iter().map(|s| s["text"].to_string()).collect();
    assert_eq!(found.len(), expected.len(), "{name}: {shown:?}");
    for (f, e) in found.iter().zip(&expected) {
        assert_eq!(f, e, "{name}");
    }
}

#[cfg(feature = "serde")]
#[test]
fn fixture_english_release() {
    check_fixture("stats_en_release");
}

#[cfg(feature = "serde")]
#[test]
fn fixture_chinese_release() {
    check_fixture("stats_zh_release");
}

/// A wire report: sources credited through a channel ("through X, Y and
/// Z, exposed"), by a relative clause ("a survey that found", "X, who
/// says"), after a Markdown link ("citing [analysis](...) published last
/// month by X"); counted nouns across hard-wrapped lines and "&"; casualty
/// counts sharing their noun; "next year" and a range of days in a month.
#[cfg(feature = "serde")]
#[test]
fn fixture_wire_report() {
    check_fixture("stats_wire_report");
}

/// A Chinese release: a body that publishes figures ("X今天发布了",
/// "X日前公布"), a share of a whole ("49%股份"), traditional qualifiers and
/// classifiers ("長達11年", "近300個單位").
#[cfg(feature = "serde")]
#[test]
fn fixture_chinese_association() {
    check_fixture("stats_zh_association");
}

#[test]
fn fixture_with_no_statistics() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/");
    let text = std::fs::read_to_string(format!("{dir}stats_not_statistics.txt")).expect("fixture");
    let found = stats(&text);
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn analyze_reports_the_same_statistics() {
    let text =
        "A headline\n\n2024-03-14\n\nAccording to the agency, about 52,000 servers were hit.";
    assert_eq!(
        demarche::analyze(text).statistics,
        demarche::statistics(text)
    );
}

#[test]
fn bad_input_never_panics_and_stays_finite() {
    let huge = "9".repeat(400);
    let exp = format!("The debt is 1{} dollars.", "0".repeat(320));
    let inputs = [
        huge.as_str(),
        exp.as_str(),
        "1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20",
        "about more than at least nearly",
        "more than",
        "百分之",
        "约",
        "前",
        "数",
        "\u{feff}52,000 servers\r\n\0约5.2万个",
        "5.2万5.2万5.2万个",
        "$$$ $ US$ RMB €",
        "二〇二〇二〇二〇二〇二〇二〇二〇二〇二〇二〇二〇二〇二〇二〇二〇二〇二〇二〇年",
        "九九九九九九九九九九九九九九九九九九九九九九九九九九九九九九九九九九九九九九九九九九九九",
        "一亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿",
        "٥٢ مليون 52 миллиона ５２ 万 52 million",
        "a a a a a a a a quarter of a",
    ];
    for input in inputs {
        let _ = stats(input);
    }
    assert!(stats(&huge).is_empty());
    assert!(stats(&exp).is_empty());
}

#[test]
fn long_lines_take_linear_time() {
    let line = "about 52,000 servers and ".repeat(40_000);
    let start = std::time::Instant::now();
    let found = stats(&line);
    assert_eq!(found.len(), 40_000);
    assert!(start.elapsed().as_secs() < 20, "{:?}", start.elapsed());
}

#[test]
fn pathological_sentences_stay_linear() {
    // One sentence, no punctuation, full of cues, verbs, names and numbers.
    let english =
        "Officials said about 52,000 servers and the Agency reported that ".repeat(20_000);
    let chinese = "国家中心数据显示约5.2万个服务器称".repeat(20_000);
    let words = "according to the National Bureau of Statistics ".repeat(20_000);
    for text in [english, chinese, words] {
        let start = std::time::Instant::now();
        let _ = stats(&text);
        assert!(start.elapsed().as_secs() < 20, "{:?}", start.elapsed());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn never_panics_spans_in_bounds_values_finite(text in any::<String>()) {
        let _ = stats(&text);
    }

    #[test]
    fn number_soup_is_handled(text in "[0-9０-９,，.．%％$€万亿千百十一二两三零约近超过 a-z年个月名前第之-]{0,80}") {
        let _ = stats(&text);
    }
}

/// Chinese sources credited in traditional characters too ("路透社報導",
/// "X數據顯示").
#[test]
fn traditional_chinese_sources() {
    let found = stats("路透社報導，該集團擬收購碼頭35%股份。");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].source.as_ref().map(|s| s.as_str()), Some("路透社"));
    let found = stats("國家統計局數據顯示，出口增長約5%。");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(
        found[0].source.as_ref().map(|s| s.as_str()),
        Some("國家統計局")
    );
}

/// The counted noun across a count of the whole and a word that picks a
/// part of it, and "times" as a count of occurrences, not a comparison.
#[test]
fn counted_nouns_after_partitives_and_occurrences() {
    let found = stats("Officials have secured 145 of 255 priority electricity entities.");
    let part = found.iter().find(|s| s.value == 145.0).expect("the part");
    assert_eq!(part.unit.as_deref(), Some("entities"), "{found:#?}");
    let found = stats("They said 10 of the remaining 39 detainees are eligible.");
    let ten = found.iter().find(|s| s.value == 10.0).expect("ten");
    assert_eq!(ten.unit.as_deref(), Some("detainees"));
    let found = stats("The hackers stole data over 1,000 times against the university.");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].unit.as_deref(), Some("times"));
    // A comparison counts nothing.
    let found = stats("Its budget is three times larger than ours.");
    assert!(
        found.iter().all(|s| s.unit.as_deref() != Some("times")),
        "{found:#?}"
    );
}
