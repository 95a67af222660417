//! Datelines (a date with at most a few label words around it) and date
//! stamps that open the body ("最后更新: 2022-08-03 08:48:17").

use chrono::NaiveDate;

use super::fields::field_labels;
use crate::Published;
use crate::dateline::{DateMatch, find_date};

/// Words that may stand beside a date in a dateline without making it prose.
const DATELINE_WORDS: &[&str] = &[
    "published",
    "updated",
    "posted",
    "date",
    "time",
    "release",
    "released",
    "source",
    "last",
    "modified",
    "on",
    "at",
    "by",
    "from",
    "issued",
    "as",
    "delivered",
    "编辑",
    "发布时间",
    "发布",
    "来源",
    "时间",
    "日期",
    "更新",
];

/// The label words of a dateline that no title uses ("Published", "As
/// delivered"), unlike the prepositions of [`DATELINE_WORDS`].
const STAMP_WORDS: &[&str] = &[
    "published",
    "updated",
    "posted",
    "date",
    "release",
    "released",
    "modified",
    "issued",
    "delivered",
];

/// A date standing with at most a few label words, an outlet name or a
/// city around it.
pub(super) fn dateline(s: &str, base: usize, reference: Option<NaiveDate>) -> Option<DateMatch> {
    // Checking a long line for a date costs more than the line is worth.
    if s.len() > 160 {
        return None;
    }
    let found = find_date(s, base, reference)?;
    let before = &s[..found.span.start - base];
    let after = &s[found.span.end - base..];
    // Labelled fields after the date ("来源：人民网 作者：张三") are read on
    // their own and make no prose.
    let after = field_labels(after)
        .first()
        .map_or(after, |&(start, _, _)| &after[..start]);
    // A website's address ("http://www.example-news.com.hk") is one word.
    let label_words = |part: &str| {
        part.split_whitespace()
            .map(|token| {
                if crate::lexicon::outlets::is_domain(token) {
                    return 1;
                }
                token
                    .split(|c: char| !c.is_alphanumeric() && c != '\'')
                    .filter(|w| !w.is_empty())
                    .filter(|w| !DATELINE_WORDS.iter().any(|d| d.eq_ignore_ascii_case(w)))
                    .count()
            })
            .sum::<usize>()
    };
    let weekday = before
        .trim_end_matches([',', ' '])
        .rsplit(' ')
        .next()
        .is_some_and(is_weekday);
    let words_before = label_words(before).saturating_sub(usize::from(weekday));
    // "Press Briefing by the Deputy Spokesperson, March 4, 2024": a title
    // that ends with the date of its event is a headline, not a dateline.
    let labelled = before
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| STAMP_WORDS.iter().any(|l| l.eq_ignore_ascii_case(w)));
    if words_before >= 3
        && !labelled
        && after
            .trim_matches(|c: char| !c.is_alphanumeric())
            .is_empty()
    {
        return None;
    }
    let other_words = words_before + label_words(after);
    // Chinese runs count as one word: count their characters instead, less
    // the label words, so that a title with a date in it is no dateline.
    let han = |part: &str| {
        let mut n = part
            .chars()
            .filter(|&c| crate::text::is_ideograph(c))
            .count();
        if part.is_ascii() {
            return 0;
        }
        for label in DATELINE_WORDS.iter().filter(|w| !w.is_ascii()) {
            n = n.saturating_sub(part.matches(label).count() * label.chars().count());
        }
        n
    };
    let han_chars = han(before) + han(after);
    let agency_line = s.ends_with('电') && han_chars <= 12;
    (other_words <= 5 && han_chars <= 8 && !s.ends_with(['.', '。']) || agency_line)
        .then_some(found)
}

fn is_weekday(word: &str) -> bool {
    crate::lexicon::calendar::weekday(word.trim_matches(',')).is_some()
}

pub(super) fn published(found: DateMatch) -> Published {
    Published {
        date: found.date,
        time: found.time,
        utc_offset: found.offset,
        span: found.span,
    }
}

/// A date stamp that opens a line: at most two label words ("date",
/// "Published:", "最后更新:") and a date with its year.
pub(super) fn date_stamp(s: &str, base: usize, reference: Option<NaiveDate>) -> Option<DateMatch> {
    let head = &s[..crate::text::boundary::floor(s, 80)];
    // The date starts within the first bytes: a digit must be there.
    if !head.bytes().take(26).any(|b| b.is_ascii_digit()) {
        return None;
    }
    let found = find_date(head, base, reference)?;
    let before = &head[..found.span.start - base];
    let labels = before
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .all(|w| {
            DATELINE_WORDS.iter().any(|d| d.eq_ignore_ascii_case(w)) || STAMP_LABELS.contains(&w)
        });
    (found.has_year
        && labels
        && before.len() <= 24
        && (!before.trim().is_empty() || found.time.is_some()))
    .then_some(found)
}

/// Chinese labels of a date stamp, written as one word.
const STAMP_LABELS: &[&str] = &[
    "最后更新",
    "更新时间",
    "发布时间",
    "發佈時間",
    "發布時間",
    "更新時間",
    "时间",
    "時間",
];
