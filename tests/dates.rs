//! Date expressions: every written form and every resolution rule of the
//! temporal grammar (see the `temporal` module docs), in sentences written
//! in the style of ministry statements and transcripts.

use chrono::NaiveDate;
use demarche::{Analyzer, Granularity};

/// The headline every case is given, so that its first sentence is body.
const HEAD: &str = "Statement by the Spokesperson of the Ministry of Foreign Affairs\n\n";

/// The expressions of `body` analysed against `reference` (YYYY-MM-DD), as
/// (text, date, granularity).
fn dates(reference: &str, body: &str) -> Vec<(String, Option<String>, Granularity)> {
    let r: NaiveDate = reference.parse().expect("reference date");
    let text = format!("{HEAD}{body}");
    let s = Analyzer::new()
        .reference_date(r)
        .analyze(&text)
        .expect("analysis");
    s.temporal
        .iter()
        .map(|t| {
            (
                t.text.to_string(),
                t.date.map(|d| d.to_string()),
                t.granularity,
            )
        })
        .collect()
}

/// Asserts that `body`, against `reference`, holds an expression `text`
/// resolving to `date`.
#[track_caller]
fn check(reference: &str, body: &str, text: &str, date: &str) {
    let found = dates(reference, body);
    let hit = found.iter().find(|(t, _, _)| t == text);
    assert!(
        hit.is_some_and(|(_, d, _)| d.as_deref() == Some(date)),
        "{body:?}: expected {text:?} = {date}, found {found:?}"
    );
}

/// Asserts the granularity of expression `text`.
#[track_caller]
fn check_granularity(reference: &str, body: &str, text: &str, g: Granularity) {
    let found = dates(reference, body);
    assert!(
        found.iter().any(|(t, _, x)| t == text && *x == g),
        "{body:?}: expected {text:?} as {g:?}, found {found:?}"
    );
}

/// Asserts that `body` holds no date expression at all.
#[track_caller]
fn check_none(reference: &str, body: &str) {
    let found = dates(reference, body);
    assert!(
        found.is_empty(),
        "{body:?}: expected nothing, found {found:?}"
    );
}

// 2021-07-19 is a Monday; 2021-07-21 a Wednesday.

#[test]
fn absolute_dates_in_running_text() {
    let r = "2022-03-05";
    check(
        r,
        "The spokesperson said on March 3, 2022 that the report was groundless.",
        "on March 3, 2022",
        "2022-03-03",
    );
    check(
        r,
        "The first report was issued September 29, 2020 by the centre.",
        "September 29, 2020",
        "2020-09-29",
    );
    check(
        r,
        "The ministry noted that on 3 March 2015 the talks were suspended.",
        "on 3 March 2015",
        "2015-03-03",
    );
    check(
        r,
        "The agreement signed on the 3rd of March, 2015 remains in force.",
        "on the 3rd of March, 2015",
        "2015-03-03",
    );
    check(
        r,
        "Officials met on Sept. 29, 2020 to discuss the cyber incident.",
        "on Sept. 29, 2020",
        "2020-09-29",
    );
    check(
        r,
        "The hearing held on march 3 heard no evidence from the accusers.",
        "on march 3",
        "2022-03-03",
    );
    check(
        r,
        "The delegation arrived on August the 6th, 2020 for the consultations.",
        "on August the 6th, 2020",
        "2020-08-06",
    );
}

#[test]
fn numeric_dates() {
    let r = "2015-03-10";
    check(
        r,
        "The report dated 2015-03-03 was published by the agency.",
        "2015-03-03",
        "2015-03-03",
    );
    check(
        r,
        "The report dated 2015/3/3 was published by the agency.",
        "2015/3/3",
        "2015-03-03",
    );
    // Slashes read month/day, unless the first number is over 12.
    check(
        r,
        "The note verbale dated 3/4/2015 was delivered to the embassy.",
        "3/4/2015",
        "2015-03-04",
    );
    check(
        r,
        "The note verbale dated 15/2/2015 was delivered to the embassy.",
        "15/2/2015",
        "2015-02-15",
    );
    // Dots and dashes read day.month.
    check(
        r,
        "The note verbale dated 03.02.2015 was delivered to the embassy.",
        "03.02.2015",
        "2015-02-03",
    );
    // Without a year only after a preposition.
    check(
        r,
        "The note verbale was delivered on 15/2 to the embassy.",
        "on 15/2",
        "2015-02-15",
    );
}

#[test]
fn numbers_that_are_no_dates() {
    let r = "2022-03-03";
    check_none(
        r,
        "The agency launched cyberattacks against 403 targets in 47 countries and regions.",
    );
    check_none(
        r,
        "Exports reached 5.31 million tonnes, up 2.5 percent year on year.",
    );
    check_none(
        r,
        "The group known as APT-2020 used 1/2 of its servers for the operation.",
    );
    check_none(
        r,
        "The measures may harm relations, and the protesters march on.",
    );
}

#[test]
fn relative_days() {
    let r = "2021-07-19";
    check(
        r,
        "Today, we announce new measures against the hackers.",
        "Today",
        "2021-07-19",
    );
    check(
        r,
        "The President will speak about it tomorrow at the White House.",
        "tomorrow",
        "2021-07-20",
    );
    check(
        r,
        "We discussed this yesterday with our allies in Brussels.",
        "yesterday",
        "2021-07-18",
    );
    check(
        r,
        "As I said this morning, the attribution is a joint one.",
        "this morning",
        "2021-07-19",
    );
    check(
        r,
        "The minister spoke earlier today with his counterpart.",
        "earlier today",
        "2021-07-19",
    );
    check(
        r,
        "The vote is planned for tomorrow morning in the Senate.",
        "for tomorrow morning",
        "2021-07-20",
    );
    check(
        r,
        "Tomorrow's meeting will address the ransomware attacks.",
        "Tomorrow's",
        "2021-07-20",
    );
    check(
        r,
        "The talks were postponed until tomorrow by both parties.",
        "until tomorrow",
        "2021-07-20",
    );
    check(
        r,
        "The delegation will arrive the day after tomorrow in Geneva.",
        "the day after tomorrow",
        "2021-07-21",
    );
    check(
        r,
        "He gave a major speech on voting rights three days ago in Philadelphia.",
        "three days ago",
        "2021-07-16",
    );
    check(
        r,
        "The vaccines were shipped a month ago to the partners.",
        "a month ago",
        "2021-06",
    );
    check(
        r,
        "A decision will be taken in two weeks after the review.",
        "in two weeks",
        "2021-08-02",
    );
    check(
        r,
        "The ministers met on Monday, and the same day they issued a statement.",
        "the same day",
        "2021-07-19",
    );
}

#[test]
fn weeks_and_weekdays() {
    // 2021-07-19 is a Monday.
    let r = "2021-07-19";
    check(
        r,
        "The EU and NATO issued statements last week about the hacking.",
        "last week",
        "2021-07-12",
    );
    check_granularity(
        r,
        "The EU and NATO issued statements last week about the hacking.",
        "last week",
        Granularity::Week,
    );
    check(
        r,
        "The allies accused China of the hacking on Monday in a joint statement.",
        "on Monday",
        "2021-07-19",
    );
    check(
        r,
        "The ministry published its report last Tuesday after the review.",
        "last Tuesday",
        "2021-07-13",
    );
    check(
        r,
        "The envoy is due in Beijing on Wednesday of next week for the talks.",
        "on Wednesday of next week",
        "2021-07-28",
    );
    check(
        r,
        "The statement was released on Sunday night by the embassy.",
        "on Sunday night",
        "2021-07-18",
    );
    check(
        r,
        "The consultations are set for next Tuesday in Vienna.",
        "for next Tuesday",
        "2021-07-27",
    );
    check(
        r,
        "The ministry responded in a statement on Wed, the spokesperson said.",
        "on Wed",
        "2021-07-14",
    );
}

#[test]
fn weekday_direction_follows_tense() {
    let r = "2021-07-19";
    // Future tense: forward.
    check(
        r,
        "The talks will be held on Friday in Geneva.",
        "on Friday",
        "2021-07-23",
    );
    check(
        r,
        "The vote that is scheduled for Wednesday may not take place.",
        "for Wednesday",
        "2021-07-21",
    );
    // Past tense: backward.
    check(
        r,
        "The talks were held on Friday in Geneva.",
        "on Friday",
        "2021-07-16",
    );
    // No tense marker: the most recent such day on or before the reference.
    check(
        r,
        "A statement on Saturday from the embassy, and another one.",
        "on Saturday",
        "2021-07-17",
    );
    // A same-day weekday is that day.
    check(
        r,
        "The spokesperson said on Monday that the charges were groundless.",
        "on Monday",
        "2021-07-19",
    );
}

#[test]
fn month_days_and_months_without_a_year() {
    let r = "2021-07-19";
    // Nearest without a tense; the tense picks the side.
    check(
        r,
        "Voting rights legislation must pass before August 6th, they said.",
        "before August 6th",
        "2021-08-06",
    );
    check(
        r,
        "The commission published the findings on 20 December last.",
        "on 20 December",
        "2020-12-20",
    );
    check(
        r,
        "The ministers will meet again on March 3 in Brussels.",
        "on March 3",
        "2022-03-03",
    );
    // A bare month: the reference year's, or the last one before it.
    check(
        r,
        "The breach was first detected in March by the company.",
        "in March",
        "2021-03",
    );
    check(
        r,
        "The breach was first detected in September by the company.",
        "in September",
        "2020-09",
    );
    // In the future tense, the first on or after the reference month.
    check(
        r,
        "The Premier will visit China in March for the summit.",
        "in March",
        "2022-03",
    );
    check(
        r,
        "Last September, the agency disclosed the operation.",
        "Last September",
        "2020-09",
    );
    check(
        r,
        "The midterm elections come before next November, they warned.",
        "before next November",
        "2022-11",
    );
    check(
        r,
        "The charges unsealed in July and September 2020 named four officers.",
        "in July",
        "2020-07",
    );
    check(
        r,
        "The charges unsealed in May of this year named four officers.",
        "in May of this year",
        "2021-05",
    );
    check(
        r,
        "The charges were unsealed In February last year by the court.",
        "In February last year",
        "2020-02",
    );
    check(
        r,
        "According to the office, May was the month with the most casualties.",
        "May",
        "2021-05",
    );
    check(
        r,
        "The spokesperson said on the 20th that the claims were groundless.",
        "on the 20th",
        "2021-06-20",
    );
}

#[test]
fn periods_quarters_halves_years_ranges() {
    let r = "2021-07-19";
    check(
        r,
        "Attacks rose sharply in the first half of 2020 according to the report.",
        "in the first half of 2020",
        "2020-01",
    );
    check_granularity(
        r,
        "Attacks rose sharply in the first half of 2020 according to the report.",
        "in the first half of 2020",
        Granularity::Half,
    );
    check(
        r,
        "Growth slowed in Q3 2020 as the sanctions bit.",
        "in Q3 2020",
        "2020-07",
    );
    check_granularity(
        r,
        "Growth slowed in Q3 2020 as the sanctions bit.",
        "in Q3 2020",
        Granularity::Quarter,
    );
    check(
        r,
        "Growth slowed in the third quarter of last year as the sanctions bit.",
        "in the third quarter of last year",
        "2020-07",
    );
    check(
        r,
        "Trade has grown in every month since 2019 between the two countries.",
        "since 2019",
        "2019",
    );
    check_granularity(
        r,
        "Trade has grown in every month since 2019 between the two countries.",
        "since 2019",
        Granularity::Range,
    );
    check(
        r,
        "The mission observed the area from May 7 to 12 this year.",
        "from May 7 to 12",
        "2021-05-07",
    );
    check_granularity(
        r,
        "The mission observed the area from May 7 to 12 this year.",
        "from May 7 to 12",
        Granularity::Range,
    );
    check(
        r,
        "Strikes between 10 and 31 May killed dozens of civilians.",
        "between 10 and 31 May",
        "2021-05-10",
    );
    check(
        r,
        "The budget for next year was approved in 2020 by parliament.",
        "for next year",
        "2022",
    );
    check(
        r,
        "The budget for next year was approved in 2020 by parliament.",
        "in 2020",
        "2020",
    );
}

#[test]
fn stretches_are_no_dates() {
    let r = "2022-03-03";
    check_none(
        r,
        "The agency has attacked targets over the past decade or so, the report shows.",
    );
    check_none(
        r,
        "Such attacks have multiplied in recent years, the spokesperson noted.",
    );
}

#[test]
fn holidays() {
    let r = "2021-07-19";
    check(
        r,
        "The embassy will host a reception on National Day for the diaspora.",
        "on National Day",
        "2021-10-01",
    );
    check(
        r,
        "The ceasefire held over Christmas 2020 in the region.",
        "over Christmas 2020",
        "2020-12-25",
    );
    check(
        r,
        "The President spoke on Independence Day about the attacks.",
        "on Independence Day",
        "2021-07-04",
    );
    check(
        r,
        "Tourism fell during the Spring Festival of 2021 across the country.",
        "Spring Festival of 2021",
        "2021-02-12",
    );
    check(
        r,
        "The leaders exchanged greetings on New Year's Day as is the custom.",
        "on New Year's Day",
        "2021-01-01",
    );
}

#[test]
fn wire_datelines_are_no_dates_of_the_body() {
    let r = "2021-07-19";
    let found = dates(
        r,
        "BRUSSELS, July 19. /TASS/. NATO blamed China for the cyberattack, the Alliance said on Monday.",
    );
    assert!(found.iter().all(|(t, _, _)| t != "July 19"), "{found:?}");
    assert!(found.iter().any(|(t, _, _)| t == "on Monday"), "{found:?}");
}

#[test]
fn chinese_absolute_dates() {
    let r = "2023-05-04";
    check(
        r,
        "国家计算机病毒应急处理中心于2023年4月28日发布了报告。",
        "2023年4月28日",
        "2023-04-28",
    );
    check(
        r,
        "外交部发言人在7月20日的例行记者会上回答了提问。",
        "7月20日",
        "2022-07-20",
    );
    check(
        r,
        "外交部发言人在2015年三月三号的例行记者会上回答了提问。",
        "2015年三月三号",
        "2015-03-03",
    );
    check(
        r,
        "二〇二一年,中方发布了有关报告,揭露了美方的网络攻击。",
        "二〇二一年",
        "2021",
    );
    check(
        r,
        "外交部发言人在十二月三十一日的例行记者会上回答了提问。",
        "十二月三十一日",
        "2022-12-31",
    );
    check(
        r,
        "外交部发言人在20日的例行记者会上回答了提问。",
        "20日",
        "2023-04-20",
    );
    check(
        r,
        "外交部发言人在4日的例行记者会上回答了提问。",
        "4日",
        "2023-05-04",
    );
}

#[test]
fn chinese_relative_dates_and_periods() {
    // 2022-09-13 is a Tuesday.
    let r = "2022-09-13";
    check(
        r,
        "中方有关机构今天再次发布了技术分析报告。",
        "今天",
        "2022-09-13",
    );
    check(r, "美方去年发布了所谓的报告。", "去年", "2021");
    check(
        r,
        "今年上半年,针对中国的网络攻击明显增多。",
        "今年上半年",
        "2022-01",
    );
    check(
        r,
        "上半年,针对中国的网络攻击明显增多。",
        "上半年",
        "2022-01",
    );
    check(
        r,
        "本季度,针对中国的网络攻击明显增多。",
        "本季度",
        "2022-07",
    );
    check(r, "中方将于后天发布调查报告。", "后天", "2022-09-15");
    check(r, "中方将于大后天发布调查报告。", "大后天", "2022-09-16");
    check(r, "美方前天发布了所谓的报告。", "前天", "2022-09-11");
    check(r, "美方上周二发布了所谓的报告。", "上周二", "2022-09-06");
    check(r, "双方将于下个月举行新一轮磋商。", "下个月", "2022-10");
    check(r, "双方将于下週举行新一轮磋商。", "下週", "2022-09-19");
    check(r, "美方週五发布了所谓的报告。", "週五", "2022-09-09");
    check(r, "美方禮拜一发布了所谓的报告。", "禮拜一", "2022-09-12");
    // Future tense: forward.
    check(r, "双方将于周五举行新一轮磋商。", "周五", "2022-09-16");
    check(r, "中方将于国庆节前发布调查报告。", "国庆节", "2022-10-01");
    check(
        r,
        "2020年春节期间,有关部门加强了网络安全防护。",
        "2020年春节",
        "2020-01-25",
    );
    check_none(r, "近年来,美方不断对中国发动网络攻击。");
}

#[test]
fn chinese_datelines_and_outlet_names() {
    let r = "2022-08-03";
    let found = dates(
        r,
        "新华社北京8月2日电 8月2日,美方不顾中方强烈反对,窜访台湾地区。",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1.as_deref(), Some("2022-08-02"));
    check_none(r, "今日俄罗斯电视台报道了这一消息,引起了广泛关注。");
    // 国会 is no future marker.
    check(
        r,
        "8月2日,美国国会众议长窜访台湾地区。",
        "8月2日",
        "2022-08-02",
    );
}

#[test]
fn the_spoken_date_comes_from_a_transcript_title() {
    // Published the next morning: "today" is the day of the press conference.
    let text = "9月13日外交部发言人毛宁主持例行记者会\n2022-09-14 09:24:58\n\n记者:中方有关机构今天发布了技术分析报告。中方对此有何评论?\n\n毛宁:今天,中方有关机构发布了报告,披露了更多细节。";
    let s = demarche::analyze(text);
    let today: Vec<_> = s
        .temporal
        .iter()
        .filter(|t| t.text == "今天")
        .map(|t| t.date.map(|d| d.to_string()))
        .collect();
    assert!(!today.is_empty());
    assert!(
        today.iter().all(|d| d.as_deref() == Some("2022-09-13")),
        "{today:?}"
    );
}

#[test]
fn a_document_without_a_publication_date_takes_its_opening_date() {
    let text = "Statements On The Downing Of The Balloon\n\nPress Release, Washington DC, 04 February 2023 : Statement From The Secretary:-\n\nThis afternoon, US fighter aircraft brought down the balloon. On Wednesday, the President authorised the operation.";
    let s = demarche::analyze(text);
    let find = |w: &str| {
        s.temporal
            .iter()
            .find(|t| t.text == w)
            .and_then(|t| t.date)
            .map(|d| d.to_string())
    };
    assert_eq!(find("This afternoon").as_deref(), Some("2023-02-04"));
    assert_eq!(find("On Wednesday").as_deref(), Some("2023-02-01"));
}

#[test]
fn ordinal_words_quarters_and_week_phrases() {
    // 2021-07-19 is a Monday.
    let r = "2021-07-19";
    check(
        r,
        "The report published on March first, 2021 was groundless.",
        "on March first, 2021",
        "2021-03-01",
    );
    check(
        r,
        "The ceasefire agreed on the twenty-first of May was violated.",
        "on the twenty-first of May",
        "2021-05-21",
    );
    check(
        r,
        "Exports fell in the third quarter compared with a year earlier.",
        "in the third quarter",
        "2021-07",
    );
    check(
        r,
        "Exports fell in the 4th quarter 2018 compared with a year earlier.",
        "in the 4th quarter 2018",
        "2018-10",
    );
    check(
        r,
        "The envoy will arrive Wednesday next week for the consultations.",
        "Wednesday next week",
        "2021-07-28",
    );
    check(
        r,
        "The talks were held Tuesday the 13th in Vienna.",
        "Tuesday the 13th",
        "2021-07-13",
    );
    check(
        r,
        "The agency will publish its findings three days from now.",
        "three days from now",
        "2021-07-22",
    );
    check(
        r,
        "The law must be adopted by the end of the year, he said.",
        "by the end of the year",
        "2021",
    );
    check(
        r,
        "The parade was held on Labor Day in Washington.",
        "on Labor Day",
        "2020-09-07",
    );
    check(
        r,
        "The workers marched on Labour Day in the capital.",
        "on Labour Day",
        "2021-05-01",
    );
    check(
        r,
        "Officials spoke about the plans for the upcoming week.",
        "upcoming week",
        "2021-07-26",
    );
}

#[test]
fn chinese_counted_days_and_more_holidays() {
    let r = "2022-09-13";
    check(r, "美方三天前发布了所谓的报告。", "三天前", "2022-09-10");
    check(r, "双方将在两周后举行新一轮磋商。", "两周后", "2022-09-27");
    check(r, "美方3个月前发布了所谓的报告。", "3个月前", "2022-06");
    check(r, "美方上上周发布了所谓的报告。", "上上周", "2022-08-29");
    check(r, "双方将于今年年底前完成谈判。", "今年年底", "2022");
    check(
        r,
        "今年儿童节,有关部门举办了活动。",
        "今年儿童节",
        "2022-06-01",
    );
    check(
        r,
        "外交部发言人在二零一五年三月三号的例行记者会上回答了提问。",
        "二零一五年三月三号",
        "2015-03-03",
    );
}

#[test]
fn names_are_no_dates() {
    let r = "2021-07-19";
    check_none(
        r,
        "The channel Russia Today reported the claims, which the ministry rejected.",
    );
    check_none(
        r,
        "Former prime minister Theresa May was asked about the hacking.",
    );
}

#[test]
fn an_embargo_line_gives_the_spoken_date() {
    let text = "Statement on the Cyber Attacks\nEMBARGOED UNTIL 00:01, July 20, 2021\n2021-07-19\n\nToday the government names the group responsible for the attacks on the ministries.";
    let s = demarche::analyze(text);
    let today = s
        .temporal
        .iter()
        .find(|t| t.text == "Today")
        .and_then(|t| t.date);
    assert_eq!(
        today.map(|d| d.to_string()).as_deref(),
        Some("2021-07-20"),
        "{:?}",
        s.temporal
    );
}

#[test]
fn coordinated_and_modified_periods() {
    let r = "2021-07-19";
    let found = dates(
        r,
        "The attacks continued between 2015 and 2020 against the ministries.",
    );
    assert!(
        found
            .iter()
            .any(|(t, d, _)| t == "and 2020" && d.as_deref() == Some("2020")),
        "{found:?}"
    );
    check(
        r,
        "The treaty will be signed early next year by both parties.",
        "early next year",
        "2022",
    );
    check(
        r,
        "The talks were held this past Monday in Geneva.",
        "this past Monday",
        "2021-07-12",
    );
    check(
        r,
        "The report will be released later this month by the agency.",
        "later this month",
        "2021-07",
    );
}

#[test]
fn weekdays_that_name_their_date() {
    // 2013-02-12 is a Tuesday; 2013-02-18 a Monday, 2013-02-19 a Tuesday.
    let r = "2013-02-12";
    check(
        r,
        "The envoy arrives on Monday, Feb 18 for the talks.",
        "on Monday, Feb 18",
        "2013-02-18",
    );
    check(
        r,
        "The vote comes on Tuesday the 19th in the Council.",
        "on Tuesday the 19th",
        "2013-02-19",
    );
    check(
        r,
        "The note verbale dated 3/3/15 was delivered to the embassy.",
        "3/3/15",
        "2015-03-03",
    );
    check(
        r,
        "Cyber attacks peaked in mid-2012 according to the report.",
        "in mid-2012",
        "2012",
    );
    check(
        r,
        "The note was delivered on march third 2012 to the embassy.",
        "on march third 2012",
        "2012-03-03",
    );
}

#[test]
fn a_title_below_the_publication_stamp_gives_the_spoken_date() {
    let text = "Ministry of Foreign Affairs\n\n2022-03-04 09:12\n\nRegular Press Conference on March 3, 2022\n\nQ: The company released a report today on the attacks. What is your comment?\n\nA: We have noted the report released today.";
    let s = demarche::analyze(text);
    let today: Vec<_> = s
        .temporal
        .iter()
        .filter(|t| t.text == "today")
        .map(|t| t.date.map(|d| d.to_string()))
        .collect();
    assert_eq!(today.len(), 2, "{:?}", s.temporal);
    assert!(
        today.iter().all(|d| d.as_deref() == Some("2022-03-03")),
        "{today:?}"
    );
}

#[test]
fn a_news_report_keeps_its_publication_date() {
    // "press conference" in running text does not move the reference.
    let text = "China Rejects Hacking Charges\n\n2022-03-05\n\nThe spokesperson told a press conference on March 3, 2022 that the charges were groundless. Today the embassy repeated the position.";
    let s = demarche::analyze(text);
    let today = s
        .temporal
        .iter()
        .find(|t| t.text == "Today")
        .and_then(|t| t.date);
    assert_eq!(
        today.map(|d| d.to_string()).as_deref(),
        Some("2022-03-05"),
        "{:?}",
        s.temporal
    );
}

#[test]
fn year_ranges_and_days_counted_from_a_date() {
    let r = "2021-07-19";
    check(
        r,
        "The campaign ran in 2019-2021 against several ministries.",
        "in 2019-2021",
        "2019",
    );
    check_granularity(
        r,
        "The campaign ran in 2019-2021 against several ministries.",
        "in 2019-2021",
        Granularity::Range,
    );
    check_none(
        r,
        "The group known as APT 2019-2021x was named in the report.",
    );
    check(
        r,
        "The talks opened on 3 March 2021, and two days later the envoys left.",
        "two days later",
        "2021-03-05",
    );
}

#[test]
fn four_digit_counts_are_no_years() {
    let r = "2021-07-19";
    check_none(r, "The agency attacked over 2000 targets in the region.");
    check_none(
        r,
        "The attacks hit servers in 2000 cities, the report shows.",
    );
    check(
        r,
        "The attacks began in 2020 and continued this year.",
        "in 2020",
        "2020",
    );
}

#[test]
fn generated_text_never_panics_and_spans_stay_on_char_boundaries() {
    let pieces = [
        "on",
        "the",
        "twenty",
        "-",
        "first",
        "of",
        "March",
        "May",
        "7",
        "to",
        "12",
        ",",
        "2021",
        "2015-03-03",
        "3/3/15",
        "03.03.2015",
        "Q3",
        "mid-",
        "2019-2021",
        "Monday",
        "Wed",
        "’s",
        "'s",
        "tomorrow",
        "ago",
        "days",
        "two",
        "later",
        "年",
        "月",
        "日",
        "二〇二一年",
        "三月三号",
        "周五",
        "上周二",
        "两周后",
        "电",
        "今日俄罗斯",
        "\u{a0}",
        "\u{3000}",
        "é",
        "🙂",
        "\n\n",
        " ",
        "  ",
        ".",
        "/TASS/",
        "(",
        "—",
        "9",
        "31",
        "2099",
        "1900",
        "０９",
        "十二月三十一日",
    ];
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = |n: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        usize::try_from(state % u64::try_from(n).unwrap_or(1)).unwrap_or(0)
    };
    for _ in 0..800 {
        let mut text = String::new();
        for _ in 0..next(60) {
            text.push_str(pieces[next(pieces.len())]);
            if next(3) > 0 {
                text.push(' ');
            }
        }
        let s = demarche::analyze(&text);
        for t in &s.temporal {
            assert!(
                text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end),
                "{text:?}"
            );
            assert!(
                t.span.start < t.span.end && t.span.end <= text.len(),
                "{text:?}"
            );
        }
    }
}

#[test]
fn a_call_held_the_evening_before_its_release() {
    let text = "Background Press Call by Senior Administration Officials, July 18, 2021\n2021-07-19\n\nSENIOR ADMINISTRATION OFFICIAL: Tomorrow the allies will publish a joint statement, and today we briefed the partners.";
    let s = demarche::analyze(text);
    let find = |w: &str| {
        s.temporal
            .iter()
            .find(|t| t.text == w)
            .and_then(|t| t.date)
            .map(|d| d.to_string())
    };
    assert_eq!(
        find("Tomorrow").as_deref(),
        Some("2021-07-19"),
        "{:?}",
        s.temporal
    );
    assert_eq!(
        find("today").as_deref(),
        Some("2021-07-18"),
        "{:?}",
        s.temporal
    );
}

#[test]
fn the_headline_date_of_a_transcript_is_reported() {
    let text = "Foreign Ministry Spokesperson's Regular Press Conference on March 3, 2022\n\n2022-03-03 19:53\n\nQ: A security company released a report on the attacks. What is your comment?\n\nA: We have noted the report.";
    let s = demarche::analyze(text);
    let headline = s.temporal.iter().find(|t| t.text == "on March 3, 2022");
    assert_eq!(
        headline
            .and_then(|t| t.date)
            .map(|d| d.to_string())
            .as_deref(),
        Some("2022-03-03"),
        "{:?}",
        s.temporal
    );
}
