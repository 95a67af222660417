//! The draft of a statistic from a Chinese number: ranks ("前三位",
//! "排名第二"), qualifiers, and the classifier and noun a count counts
//! ("约531万台主机", "两起案例").

use std::borrow::Cow;

use super::approximation::{self, Qualified};
use super::draft::{Draft, StatisticKind, rank};
use crate::lexicon::units::{ZH_CLASSIFIER_UNITS, ZH_CLASSIFIERS, ZH_HEAD_NOUNS};
use crate::text::{NumberKind, NumberMatch, is_ideograph};
use crate::{Lang, Span};

/// Decides whether a Chinese number is a statistic, and if so what kind,
/// with its qualifier, unit and subject.
pub(super) fn draft<'a>(text: &'a str, sentence: Span, m: &NumberMatch) -> Option<Draft<'a>> {
    let before = &text[sentence.start..m.span.start];
    let after = &text[m.span.end..sentence.end];
    if let Some(ranked) = rank_of(before, after, m) {
        return ranked;
    }
    // "之一" and the like: "one of".
    if before.ends_with('之') {
        return None;
    }
    let q = approximation::chinese(text, sentence, m);
    let kind = match m.kind {
        NumberKind::Percent => StatisticKind::Percentage,
        NumberKind::Money => StatisticKind::Money,
        NumberKind::Duration => StatisticKind::Duration,
        _ => StatisticKind::Count,
    };
    // A value of one in Chinese is mostly the article "一个" ("a", "one
    // China"): only scaled, percent and money ones are kept.
    if m.value == 1.0 && m.scale == 1.0 && kind == StatisticKind::Count {
        return None;
    }
    let mut d = Draft {
        span: Span::new(q.start, q.end),
        value: m.value,
        approximation: q.approximation,
        kind,
        unit: m.time_unit.map(Cow::Borrowed),
        subject: None,
        currency: m
            .currency
            .map(|c| Cow::Borrowed(c.iso.unwrap_or(c.written))),
        lang: Lang::CHINESE,
    };
    if let Some(c) = m.currency {
        d.unit = Some(Cow::Borrowed(c.written));
    }
    match kind {
        StatisticKind::Count => count(text, sentence, m, &q, &mut d)?,
        StatisticKind::Percentage => d.subject = share_of(text, sentence, &q),
        _ => {}
    }
    Some(d)
}

/// The whole a percentage is a share of, written right after it ("收购码头
/// 35%股份", "35%的受访者"): the noun phrase, when it ends in a known head
/// noun.
fn share_of(text: &str, sentence: Span, q: &Qualified<'_>) -> Option<Span> {
    let start = q.end
        + if q.rest.starts_with('的') {
            '的'.len_utf8()
        } else {
            0
        };
    let end = zh_np_end(text, start, sentence.end);
    head_noun(&text[start..end])?;
    Some(Span::new(start, end))
}

/// Ranks: "前三位", "前3名", "排名第二", "位居第一", "第三大". `Some(None)`
/// for a number after "前" or "第" that is no rank ("前三季度" is a period,
/// "第一次" an ordinal), `None` for a number after neither.
fn rank_of<'a>(before: &str, after: &str, m: &NumberMatch) -> Option<Option<Draft<'a>>> {
    if before.ends_with('前') {
        let Some(c) = ["位", "名", "强"].iter().find(|c| after.starts_with(**c)) else {
            return Some(None);
        };
        return Some(Some(rank(
            m.span.start - '前'.len_utf8(),
            m.span.end + c.len(),
            m.value,
            Lang::CHINESE,
        )));
    }
    let b = before.strip_suffix('第')?;
    let framed = ["排名", "位居", "位列", "居", "排", "列", "名列"]
        .iter()
        .find(|p| b.ends_with(**p));
    let biggest = after.starts_with('大');
    Some(match (framed, biggest) {
        (Some(p), _) => Some(rank(
            m.span.start - '第'.len_utf8() - p.len(),
            m.span.end,
            m.value,
            Lang::CHINESE,
        )),
        (None, true) => Some(rank(
            m.span.start - '第'.len_utf8(),
            m.span.end + '大'.len_utf8(),
            m.value,
            Lang::CHINESE,
        )),
        _ => None,
    })
}

/// What a count counts: a classifier, then the noun phrase up to
/// punctuation ("约531万台主机"); "三个月" is a duration, "三倍" a ratio.
/// `None` drops a numeral that is part of a name or a set phrase.
fn count<'a>(
    text: &'a str,
    sentence: Span,
    m: &NumberMatch,
    q: &Qualified<'a>,
    d: &mut Draft<'a>,
) -> Option<()> {
    let rest = q.rest;
    let classifier = ZH_CLASSIFIERS
        .iter()
        .find(|c| rest.starts_with(**c))
        .copied();
    // "三个月": months.
    if classifier == Some("个") && rest["个".len()..].starts_with('月') {
        d.kind = StatisticKind::Duration;
        d.unit = Some(Cow::Borrowed("个月"));
        d.span.end += "个月".len();
        return Some(());
    }
    let np_start = q.end + classifier.map_or(0, str::len);
    let np_end = zh_np_end(text, np_start, sentence.end);
    let np = &text[np_start..np_end];
    // "数以千计的网站": the phrase starts after the particle.
    let subject_start = if np.starts_with('的') {
        np_start + '的'.len_utf8()
    } else {
        np_start
    };
    if np_end > subject_start {
        d.subject = Some(Span::new(subject_start, np_end));
    }
    d.unit = head_noun(np)
        .or(classifier.filter(|c| ZH_CLASSIFIER_UNITS.contains(c)))
        .map(Cow::Borrowed);
    // A Chinese numeral counts through a classifier ("360家公司", "两起案
    // 例"); without one it is part of a name or a set phrase ("360公司" is
    // the firm, "两国", "十分", "三中全会"), unless scaled, vague, or
    // counting people, the one noun that takes digits directly ("5000人").
    let has_digits = text[m.span].bytes().any(|b| b.is_ascii_digit())
        || text[m.span].contains(|c: char| ('０'..='９').contains(&c));
    let people = has_digits && np.starts_with('人');
    let scaled = m.scale > 1.0;
    if classifier.is_none() && !scaled && !m.vague && !people {
        return None;
    }
    if classifier == Some("倍") {
        d.kind = StatisticKind::Ratio;
        d.span.end += "倍".len();
        d.unit = None;
        d.subject = None;
    }
    Some(())
}

/// The head noun of a Chinese noun phrase: the longest head noun it ends
/// with, else the last one inside it.
fn head_noun(np: &str) -> Option<&'static str> {
    ZH_HEAD_NOUNS
        .iter()
        .filter(|h| np.ends_with(**h))
        .max_by_key(|h| h.len())
        .or_else(|| {
            ZH_HEAD_NOUNS
                .iter()
                .filter_map(|h| np.rfind(h).map(|at| (at + h.len(), h)))
                .max_by_key(|&(e, h)| (e, h.len()))
                .map(|(_, h)| h)
        })
        .copied()
}

/// Where a Chinese noun phrase that starts at `i` ends: at punctuation, a
/// space, Latin text, or a function character that opens a predicate; at
/// most 16 characters.
fn zh_np_end(text: &str, i: usize, limit: usize) -> usize {
    let mut j = i;
    for (n, c) in text[i..limit].chars().enumerate() {
        if n >= 16
            || !is_ideograph(c)
            || matches!(
                c,
                '被' | '把'
                    | '在'
                    | '是'
                    | '了'
                    | '都'
                    | '均'
                    | '已'
                    | '曾'
                    | '将'
                    | '也'
                    | '对'
                    | '向'
                    | '从'
                    | '于'
                    | '遭'
                    | '受'
                    | '为'
            )
        {
            break;
        }
        j += c.len_utf8();
    }
    j
}
