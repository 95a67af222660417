//! Tests for the bilingual area: language runs and parallel passages.

use demarche::{Lang, LanguageSpan, Script};
use proptest::prelude::*;

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}.txt", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Checks that the runs cover `text` exactly, in order, on char boundaries.
fn assert_partition(text: &str, runs: &[LanguageSpan]) {
    let mut end = 0;
    for run in runs {
        assert_eq!(run.span.start, end, "runs must be contiguous");
        assert!(run.span.end > run.span.start, "runs must not be empty");
        assert!(text.is_char_boundary(run.span.start));
        assert!(text.is_char_boundary(run.span.end));
        assert!((0.0..=1.0).contains(&run.confidence));
        end = run.span.end;
    }
    assert_eq!(end, text.len(), "runs must reach the end");
}

/// The runs as (language code, trimmed text).
fn runs_of(text: &str) -> Vec<(String, &str)> {
    let runs = demarche::language_spans(text);
    assert_partition(text, &runs);
    runs.iter()
        .map(|r| {
            (
                r.lang.map_or("none".to_string(), |l| l.code().to_string()),
                text[r.span].trim(),
            )
        })
        .collect()
}

/// Asserts the runs by language and by their first and last words.
fn assert_runs(text: &str, expected: &[(&str, &str, &str)]) {
    let runs = runs_of(text);
    let shown: Vec<(String, String)> = runs
        .iter()
        .map(|(l, t)| (l.clone(), t.chars().take(30).collect()))
        .collect();
    assert_eq!(runs.len(), expected.len(), "runs: {shown:?}");
    for ((lang, run), (want_lang, first, last)) in runs.iter().zip(expected) {
        assert_eq!(lang, want_lang, "language of {run:?}");
        assert!(
            run.starts_with(first),
            "{run:?} should start with {first:?}"
        );
        assert!(run.ends_with(last), "{run:?} should end with {last:?}");
    }
}

#[test]
fn english_statement_with_a_chinese_paragraph() {
    let owned = fixture("bilingual_english_chinese_paragraph");
    let text = owned.as_str();
    assert_runs(
        text,
        &[
            ("eng", "Embassy spokesperson", "spreading disinformation."),
            ("cmn", "外交部发言人此前指出", "共同维护全球数据安全。"),
            ("eng", "The Chinese side", "politicised."),
        ],
    );
    let runs = demarche::language_spans(text);
    assert_eq!(runs[1].script, Script::Mandarin);
    assert!(runs[1].confidence > 0.9);
    assert_eq!(demarche::analyze(text).primary_lang, Some(Lang::ENGLISH));
}

#[test]
fn chinese_transcript_keeps_codes_and_short_latin_in_its_runs() {
    let owned = fixture("bilingual_chinese_english_islands");
    let text = owned.as_str();
    // "G7", "NATO" and "2023年" stay Chinese; the quoted English sentence is
    // a run of its own, its quotation marks with it.
    assert_runs(
        text,
        &[
            ("cmn", "2023年4月18日", "布林肯表示，"),
            ("eng", "He said \"we will", "rules-based order\""),
            ("cmn", "中方如何看待？", "停止散布虚假信息。"),
        ],
    );
    assert_eq!(demarche::analyze(text).primary_lang, Some(Lang::CHINESE));
}

#[test]
fn bilingual_page_alternates_and_pairs_each_translation() {
    let owned = fixture("bilingual_parallel_page");
    let text = owned.as_str();
    assert_runs(
        text,
        &[
            ("cmn", "中华人民共和国", "超过1200次。"),
            ("eng", "In 2021", "exceeded 1,200."),
            ("cmn", "过去15年来", "8.5万家企业。"),
            ("eng", "Over the past", "85,000 companies."),
            ("cmn", "中方敦促", "作出解释。"),
        ],
    );
    let pairs = demarche::parallel_passages(text);
    assert_eq!(pairs.len(), 2, "{pairs:?}");
    let anchors = |i: usize| -> Vec<(&str, &str)> {
        pairs[i]
            .anchors
            .iter()
            .map(|a| (&text[a.source], &text[a.target]))
            .collect()
    };
    assert!(text[pairs[0].source].starts_with("2021年"));
    assert!(text[pairs[0].target].starts_with("In 2021"));
    assert_eq!(
        anchors(0),
        [
            ("2021年", "2021"),
            ("3.4万", "34,000"),
            ("APT-41", "APT-41"),
            ("1200", "1,200"),
            // Parties named in both languages are anchors too.
            ("中国", "China")
        ]
    );
    assert_eq!(pairs[1].source_lang, Lang::CHINESE);
    assert_eq!(pairs[1].target_lang, Lang::ENGLISH);
    assert_eq!(
        anchors(1),
        [
            ("15年", "15 years"),
            ("2.6亿", "260 million"),
            ("8.5万", "85,000")
        ]
    );
    assert!(pairs.iter().all(|p| (0.0..=1.0).contains(&p.score)));
}

#[test]
fn russian_and_japanese_passages() {
    let owned = fixture("bilingual_russian_japanese");
    let text = owned.as_str();
    assert_runs(
        text,
        &[
            ("eng", "Statement by the Embassy", "host government."),
            ("rus", "Посольство решительно", "двусторонние отношения."),
            ("eng", "The Embassy also", "on Tuesday."),
            ("jpn", "日本政府は", "考えです。"),
            ("eng", "We remain open", "dialogue."),
        ],
    );
    let runs = demarche::language_spans(text);
    assert_eq!(runs[1].script, Script::Cyrillic);
    // Nothing here translates anything else.
    assert!(demarche::parallel_passages(text).is_empty());
}

#[test]
fn short_english_lines_and_names_stay_english() {
    let owned = fixture("bilingual_english_names");
    let text = owned.as_str();
    assert_runs(text, &[("eng", "How absurd!", "Merkel, Macron, Scholz")]);
    for line in [
        "How absurd!",
        "Wang Wenbin",
        "Nord Stream",
        "How ridiculous!",
    ] {
        assert_runs(line, &[("eng", line, line)]);
    }
}

#[test]
fn kana_means_japanese_and_han_alone_chinese() {
    assert_runs("東京は晴れです。", &[("jpn", "東京", "。")]);
    assert_runs("北京今天晴。", &[("cmn", "北京", "。")]);
    assert_runs("中華民國外交部聲明。", &[("cmn", "中華民國", "。")]);
    assert_runs("서울은 맑습니다.", &[("kor", "서울은", ".")]);
    assert_runs("Καλημέρα σας.", &[("ell", "Καλημέρα", ".")]);
}

#[test]
fn gap_between_runs_goes_to_the_run_before_up_to_its_whitespace() {
    let text = "He said: “中国反对。” Then he left the room without another word.";
    let runs = demarche::language_spans(text);
    assert_partition(text, &runs);
    assert_eq!(runs.len(), 3);
    assert_eq!(&text[runs[0].span], "He said: ");
    assert_eq!(&text[runs[1].span], "“中国反对。” ");
    assert_eq!(runs[2].lang, Some(Lang::ENGLISH));
}

#[test]
fn text_without_letters_is_one_run_without_language() {
    let runs = demarche::language_spans("2021-07-21 17:21:09 ... 100%");
    assert_eq!(runs.len(), 1);
    assert_eq!(runs[0].lang, None);
    assert_eq!(runs[0].script, Script::Common);
    assert!(demarche::language_spans("").is_empty());
}

#[test]
fn long_french_paragraph_is_french_but_short_lines_take_the_dominant_language() {
    let french = "Le ministère rappelle que les accusations portées contre le gouvernement \
                  sont dénuées de tout fondement et demande que la coopération entre les deux \
                  pays se poursuive dans le respect mutuel et la confiance.";
    let english = "The ministry said that the accusations against the government were \
                   groundless and that cooperation between the two countries should continue \
                   on the basis of mutual respect and trust, as both sides have agreed.";
    // English dominates: the short line stays English.
    let text = format!("{english}\n\n{french}\n\nHow absurd!\n\n{english}");
    let langs: Vec<String> = runs_of(&text).into_iter().map(|(l, _)| l).collect();
    assert_eq!(langs, ["eng", "fra", "eng"]);
    // French dominates: a short French line is French, not English.
    let text = format!("{french}\n\nMerci beaucoup.\n\n{french}");
    let langs: Vec<String> = runs_of(&text).into_iter().map(|(l, _)| l).collect();
    assert_eq!(langs, ["fra"]);
}

#[test]
fn pathological_inputs_join_back() {
    let alternating: String = "a中б한ع".repeat(20_000);
    let runs = demarche::language_spans(&alternating);
    assert_partition(&alternating, &runs);
    let one_run = "x".repeat(2_000_000);
    let runs = demarche::language_spans(&one_run);
    assert_eq!(runs.len(), 1);
    let marks = "e\u{301}\u{200D}👨‍👩‍👧 مرحبا بالعالم ，。“”\u{FEFF}\0\r\n".repeat(5_000);
    let runs = demarche::language_spans(&marks);
    assert_partition(&marks, &runs);
    let pairs = demarche::parallel_passages(&marks);
    assert!(pairs.iter().all(|p| p.source_lang != p.target_lang));
}

proptest! {
    #[test]
    fn runs_partition_any_text(text in "\\PC*") {
        let runs = demarche::language_spans(&text);
        if text.is_empty() {
            prop_assert!(runs.is_empty());
        } else {
            assert_partition(&text, &runs);
        }
    }

    #[test]
    fn runs_partition_mixed_scripts(parts in proptest::collection::vec(
        prop_oneof!["[a-zA-Z ,.!]{0,12}", "[中国外交部。，“”]{0,8}", "[а-я ]{0,8}",
                    "[あ-んア-ン]{0,6}", "[0-9 \n-]{0,6}", "[\u{300}\u{200D}\u{FEFF}😀]{0,3}"],
        0..40,
    )) {
        let text = parts.concat();
        let runs = demarche::language_spans(&text);
        if !text.is_empty() {
            assert_partition(&text, &runs);
        }
        for pair in demarche::parallel_passages(&text) {
            prop_assert!(pair.source_lang != pair.target_lang);
            prop_assert!(pair.source.end <= pair.target.start);
            for a in &pair.anchors {
                prop_assert!(text.get(a.source.start..a.source.end).is_some());
                prop_assert!(text.get(a.target.start..a.target.end).is_some());
            }
        }
    }
}

/// One Chinese paragraph translated as two English ones: both English
/// paragraphs pair with it, each through the anchors it shares.
#[test]
fn a_passage_translated_in_two_paragraphs_pairs_with_both() {
    let text = "\
中新网北京5月4日电 国家计算机病毒应急处理中心和360公司4日发布报告，指出APT-C-39组织在过去11年间对中国约5.2万个目标发动攻击。报告称，APT-C-39所属机构自称“网络安全卫士”，实际上是全球最大的黑客组织，其行动涉及约531万台主机。

BEIJING, May 4 (ECNS) -- China's National Computer Virus Emergency Response Center and the firm 360 released a report on Thursday saying that the APT-C-39 group had attacked about 52,000 targets in China over the past 11 years.

The report said that the agency behind APT-C-39, which calls itself a \"cybersecurity guard\", is in fact the world's largest hacking group, whose operations involved some 5.31 million hosts.";
    let pairs = demarche::parallel_passages(text);
    assert_eq!(pairs.len(), 2, "{pairs:#?}");
    let zh_end = text.find("\n\n").expect("paragraphs");
    assert!(pairs.iter().all(|p| p.source.end <= zh_end));
    let first_en = text.find("BEIJING").expect("English");
    let second_en = text.find("The report said").expect("second paragraph");
    assert!(pairs[0].target.start >= first_en && pairs[0].target.end <= second_en);
    assert!(pairs[1].target.start >= second_en);
}

/// A run in every script statements come in, each labelled with its
/// language: Hangul, kana, Cyrillic (Ukrainian told from Russian by its
/// letters), Arabic script (Persian told from Arabic), Devanagari, Hebrew.
#[test]
fn runs_in_every_script_get_their_language() {
    let owned = fixture("bilingual_every_script");
    let text = owned.as_str();
    let runs = demarche::language_spans(text);
    assert_partition(text, &runs);
    let langs: Vec<String> = runs
        .iter()
        .filter(|r| r.script != demarche::Script::Latin)
        .map(|r| r.lang.map_or("-".to_string(), |l| l.to_string()))
        .collect();
    assert_eq!(
        langs,
        ["kor", "jpn", "ukr", "rus", "pes", "ara", "hin", "heb"],
        "{runs:#?}"
    );
    // Each run starts exactly where its paragraph does.
    for (first, lang) in [
        ("외교부는", "kor"),
        ("外務省は", "jpn"),
        ("Міністерство", "ukr"),
        ("משרד", "heb"),
    ] {
        let at = text.find(first).expect("paragraph");
        let run = runs
            .iter()
            .find(|r| r.span.start == at)
            .expect("a run at its paragraph");
        assert_eq!(run.lang.map(|l| l.to_string()).as_deref(), Some(lang));
    }
}

#[test]
fn a_taglish_greeting_after_a_speaker_label_is_its_own_run() {
    // A Philippine briefing opens in Tagalog and English; the label before
    // it is a name, not Tagalog, and the greeting pairs with no English
    // paragraph because they share one name of several words.
    let text = "Press Briefing\n\n\
        MS. REYES: Magandang umaga po, Malacañang Press Corps, and welcome muli sa ating \
        briefing ngayong araw.\n\n\
        MR. SANTOS: Thank you. Good morning to the Malacañang Press Corps. The coast guard \
        reports that two supply boats were blocked near the shoal on Saturday morning.\n";
    assert_runs(
        text,
        &[
            ("eng", "Press Briefing", "MS. REYES:"),
            ("tgl", "Magandang", "ngayong araw."),
            ("eng", "MR. SANTOS:", "Saturday morning."),
        ],
    );
    assert!(
        demarche::parallel_passages(text).is_empty(),
        "{:?}",
        demarche::parallel_passages(text)
    );
}
