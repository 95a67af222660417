//! The source reader of Chinese sentences: "X数据显示", "X称", "X报道",
//! "据X统计", "根据X的数据".

use super::attribution::Attribution;
use super::words::head;
use crate::Span;
use crate::lexicon::calendar::HAN_TIME_WORDS;
use crate::lexicon::cues::{ZH_ACCORDING_CLOSERS, ZH_SOURCE_CUES};
use crate::text::is_ideograph;

/// Simplified and traditional forms of the verbs that credit a source
/// ("X数据显示", "X報導"), and of those by which a body publishes figures
/// ("X今天发布了...两起案例", "X公布").
const VERB_CUES: [&str; 15] = [
    "显示", "顯示", "指出", "透露", "表示", "称", "稱", "报道", "報道", "報導", "披露", "发布",
    "發布", "公布", "通报",
];

/// Adverbs between a source and its verb ("X日前也公布", "X近日還透露"),
/// cut off the name's end with the time words of [`HAN_TIME_WORDS`].
const BEFORE_VERB: &[&str] = &["也", "还", "還", "又", "已", "曾", "再次", "首次", "正式"];

/// Pushes the Chinese attributions of a sentence: "X数据显示", "X称", "据X
/// 统计". Called only for sentences with an ideograph: every cue is written
/// in them.
pub(super) fn attributions(text: &str, sentence: Span, out: &mut Vec<Attribution>) {
    let s = &text[sentence];
    for cue in VERB_CUES {
        let mut from = 0;
        while let Some(p) = s[from..].find(cue) {
            let at = from + p;
            from = at + cue.len();
            out.extend(verb_cue(s, sentence.start, at, cue));
        }
    }
    according_frames(s, sentence.start, out);
}

/// Punctuation that closes the clause a source is named in.
fn is_break(c: char) -> bool {
    matches!(
        c,
        '，' | '。' | '；' | '：' | '、' | ',' | ';' | ':' | '“' | '”' | '"' | '！' | '？'
    )
}

/// The attribution of the verb `cue` at `at` in the sentence `s`, which
/// starts at `base` in the text: the name before it in its clause, without the document noun
/// ("数据", "报告") and the frame ("据"); an anaphor ("该报告") stands for an
/// earlier source. "称" after "名", "简", "号" ... is no speech verb ("简称",
/// "号称").
fn verb_cue(s: &str, base: usize, at: usize, cue: &str) -> Option<Attribution> {
    // Bounded windows around the cue keep long sentences linear.
    let before = &s[crate::text::boundary::floor(s, at.saturating_sub(96))..at];
    let after = head(&s[at + cue.len()..], 24);
    if (cue == "称" || cue == "稱")
        && (before.ends_with([
            '名', '简', '俗', '号', '堪', '被', '宣', '声', '指', '簡', '號', '聲',
        ]) || after.starts_with('为'))
    {
        return None;
    }
    let clause = before.rfind(is_break).map_or(0, |b| {
        b + before[b..].chars().next().map_or(1, char::len_utf8)
    });
    let opened = before[clause..].trim_start_matches(['据', '另', '而', '但']);
    let x = name_before(opened, cue);
    let chars = x.chars().count();
    if !(2..=24).contains(&chars) || !x.chars().all(is_ideograph) {
        return None;
    }
    let anaphoric = ["该", "这", "其", "此", "上述"]
        .iter()
        .any(|p| x.starts_with(p));
    let x_start = base + (at - before.len()) + (before.len() - opened.len());
    Some(Attribution {
        at: base + at,
        source: (!anaphoric).then_some(Span::new(x_start, x_start + x.len())),
        backwards: after
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .is_empty(),
        anaphoric,
    })
}

/// The name that ends `x` before the verb `cue`: time words and adverbs
/// ("今天", "也"), the rest of a longer cue ("数据" of "数据显示"), then
/// the document noun and "的" are cut off.
fn name_before<'s>(mut x: &'s str, cue: &str) -> &'s str {
    while let Some(w) = BEFORE_VERB
        .iter()
        .chain(HAN_TIME_WORDS)
        .find(|w| x.ends_with(**w))
    {
        x = &x[..x.len() - w.len()];
    }
    for trail in ZH_SOURCE_CUES {
        if let Some(stem) = trail.strip_suffix(cue) {
            if !stem.is_empty() {
                if let Some(t) = x.strip_suffix(stem) {
                    x = t;
                    break;
                }
            }
        }
    }
    for noun in [
        "数据", "數據", "统计", "統計", "报告", "報告", "年报", "年報", "调查", "調查", "研究",
        "监测", "監測", "的",
    ] {
        x = x.strip_suffix(noun).unwrap_or(x);
    }
    x.strip_suffix("的").unwrap_or(x)
}

/// "据X统计", "根据X的数据": the frame closes with its noun right before the
/// comma ("据国家统计局统计，": the first "统计" belongs to the name). `s`
/// is the sentence, starting at `base` in the text.
fn according_frames(s: &str, base: usize, out: &mut Vec<Attribution>) {
    let mut from = 0;
    while let Some(p) = s[from..].find('据') {
        let at = from + p;
        from = at + '据'.len_utf8();
        let after = head(&s[from..], 96);
        let clause_end = after.find(is_break).unwrap_or(after.len());
        let frame = &after[..clause_end];
        let Some(close_at) = ZH_ACCORDING_CLOSERS
            .iter()
            .find(|c| frame.ends_with(**c))
            .map(|c| frame.len() - c.len())
        else {
            continue;
        };
        let x = frame[..close_at].trim_end_matches('的');
        let chars = x.chars().count();
        if (2..=24).contains(&chars) && x.chars().all(is_ideograph) {
            let start = base + from;
            out.push(Attribution {
                at: base + at,
                source: Some(Span::new(start, start + x.len())),
                backwards: false,
                anaphoric: false,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sources credited in the single sentence `text`.
    fn sources(text: &str) -> Vec<Option<&str>> {
        let mut out = Vec::new();
        attributions(text, Span::new(0, text.len()), &mut out);
        out.sort_by_key(|a| a.at);
        out.into_iter()
            .map(|a| a.source.map(|s| &text[s]))
            .collect()
    }

    #[test]
    fn a_verb_credits_the_name_before_its_document_noun() {
        assert_eq!(
            sources("海关总署数据显示，进口增长5%。"),
            [Some("海关总署")]
        );
        assert_eq!(
            sources("海關總署的報告指出，進口增長5%。"),
            [Some("海關總署")]
        );
    }

    #[test]
    fn an_according_frame_names_its_source() {
        assert_eq!(
            sources("据国家统计局统计，产量增长5%。"),
            [Some("国家统计局")]
        );
    }

    #[test]
    fn an_anaphor_and_a_name_that_is_no_speech_are_no_sources() {
        assert_eq!(sources("该机构数据显示，进口增长5%。"), [None]);
        assert!(sources("这家公司号称全国最大。").is_empty());
    }

    #[test]
    fn a_body_that_publishes_figures_is_their_source() {
        // "还透露" names nobody: its figures take the source before it.
        assert_eq!(
            sources("港口协会今天发布了三起案例，还透露了400起事件。"),
            [Some("港口协会")]
        );
        assert_eq!(
            sources("海关总署日前公布，进口增长5%。"),
            [Some("海关总署")]
        );
    }
}
