//! Navigation lines: breadcrumbs and section paths ("Home > News"),
//! language switchers, rows of link labels, pagination bars and tag lists.

use super::words::{LANGUAGE_NAMES, NAVIGATION_LINES, ends_sentence, first_bytes, starts_with_any};

/// A breadcrumb or section path: two to six short parts separated by `>`,
/// `»`, `›`, `/` or `|` with spaces around ("Home > Roll News", "CHINA /
/// POLITICS"). Parts are at most four words and carry no sentence
/// punctuation.
pub(crate) fn is_breadcrumb(s: &str) -> bool {
    breadcrumb_parts(s).is_some()
}

const BREADCRUMB_SEPARATORS: [char; 6] = ['>', '»', '›', '/', '|', '＞'];

/// Whether `b` may be a byte of a breadcrumb separator: the UTF-8 of every
/// separator holds one of these ('»' is C2 BB, '›' is E2 80 BA, '＞' is
/// EF BC 9E), so a line without any has no separator.
fn may_be_in_separator(b: u8) -> bool {
    matches!(b, b'>' | b'/' | b'|' | 0xC2 | 0xE2 | 0xEF)
}

/// Whether a byte of `s` is [`may_be_in_separator`], sixteen bytes at a
/// time.
fn may_hold_separator(s: &str) -> bool {
    use crate::text::ascii::{self, first_equal};
    let mask = |w: u64| {
        first_equal(w, b'>')
            | first_equal(w, b'/')
            | first_equal(w, b'|')
            | first_equal(w, 0xC2)
            | first_equal(w, 0xE2)
            | first_equal(w, 0xEF)
    };
    ascii::find(s.as_bytes(), 0, mask, may_be_in_separator).is_some()
}

/// The parts of a breadcrumb line, if `s` is one.
pub(crate) fn breadcrumb_parts(s: &str) -> Option<Vec<&str>> {
    if !may_hold_separator(s) {
        return None;
    }
    let s = strip_location_label(s.trim());
    for sep in BREADCRUMB_SEPARATORS {
        if !s.contains(sep) {
            continue;
        }
        // Every separator stands between spaces (any Unicode space: pages
        // often use no-break spaces), except in a bare "Home>News".
        let spaced = s.match_indices(sep).all(|(i, _)| {
            s[..i].ends_with(char::is_whitespace)
                && s[i + sep.len_utf8()..].starts_with(char::is_whitespace)
        });
        let bare_arrows = sep == '>' && !s.contains(char::is_whitespace);
        if !(spaced || bare_arrows) {
            continue;
        }
        let parts: Vec<&str> = s.split(sep).map(str::trim).collect();
        let is_label = |p: &&str| {
            !p.is_empty()
                && p.split_whitespace().count() <= 4
                && p.chars().count() <= 30
                && !p.contains(['.', ',', ':', '!', '?', '。', '，'])
        };
        let ok = (2..=6).contains(&parts.len())
            && (parts.iter().all(is_label)
                || is_arrow(sep)
                    && parts.split_last().is_some_and(|(last, before)| {
                        before.iter().all(is_label) && is_title_crumb(last, before)
                    }));
        // A slash path is only a section when its parts are capitalised
        // labels ("CHINA / POLITICS"), not prose ("and / or").
        let labels = sep != '/'
            || parts
                .iter()
                .all(|p| p.chars().next().is_some_and(|c| !c.is_lowercase()));
        if ok && labels {
            return Some(parts);
        }
    }
    None
}

/// A language switcher: a row of two or more language names ("English |
/// Français | 中文").
pub(crate) fn is_language_switcher(s: &str) -> bool {
    let lower = s.to_lowercase();
    let bare = lower.trim_matches(|c: char| "<>[]【】()（）|·•: ".contains(c));
    is_link_row(bare, LANGUAGE_NAMES)
}

/// A path without its "You are here:" or "当前位置：" label.
fn strip_location_label(s: &str) -> &str {
    const LABELS: &[&str] = &[
        "You are here:",
        "You are here：",
        "当前位置：",
        "当前位置:",
        "當前位置：",
        "您的位置：",
        "您的位置:",
        "您现在的位置：",
        "您現在的位置：",
        "位置：",
    ];
    LABELS
        .iter()
        .find_map(|l| s.strip_prefix(l))
        .map_or(s, str::trim_start)
}

/// Whether `sep` is an arrow of a path (not a slash or bar, which also
/// stand between a headline and an outlet's name).
fn is_arrow(sep: char) -> bool {
    matches!(sep, '>' | '»' | '›' | '＞')
}

/// The page's own title as the last crumb of a path ("Home > World News >
/// Statements On ..."): after at least two labels or after "Home", a title
/// of at most twenty words that is not a sentence of prose.
fn is_title_crumb(last: &str, before: &[&str]) -> bool {
    let home = before
        .first()
        .is_some_and(|p| NAVIGATION_LINES.contains(&p.to_lowercase().as_str()));
    (before.len() >= 2 || home)
        && !last.is_empty()
        && last.split_whitespace().count() <= 20
        && last.len() <= 200
        && !ends_sentence(last)
}

/// Whether a part of a breadcrumb is the page's title rather than a section
/// label (more than four words or thirty characters).
pub(crate) fn is_title_part(part: &str) -> bool {
    part.split_whitespace().count() > 4
        || part.chars().count() > 30
        || part.contains(['.', ',', ':', '!', '?', '。', '，'])
}

/// A row of link labels: two or more words from `words`, and nothing else
/// ("Print | Email | Share", "English Français Español Русский").
/// Stops at the first part that is not a label, so a line of prose costs
/// one word.
pub(super) fn is_link_row(bare: &str, words: &[&str]) -> bool {
    let mut parts = 0;
    for part in bare.split(|c: char| {
        matches!(c, '|' | '·' | '/' | '[' | ']' | '【' | '】' | '<' | '>') || c.is_whitespace()
    }) {
        if part.is_empty() {
            continue;
        }
        if !words.contains(&part) {
            return false;
        }
        parts += 1;
    }
    parts >= 2
}

/// Words of a pagination bar besides the page numbers.
const PAGINATION_WORDS: &[&str] = &[
    "next",
    "previous",
    "prev",
    "page",
    "first",
    "last",
    "»",
    "«",
    "›",
    "‹",
    ">>",
    "<<",
    "...",
    "…",
    "上一页",
    "下一页",
    "上一頁",
    "下一頁",
    "首页",
    "尾页",
    "末页",
    "首頁",
    "尾頁",
    "末頁",
];

/// A pagination bar: page numbers ("1 2 3", "第1頁 第2頁") and paging words
/// ("Next", "下一页") and nothing else, with at least one word or numbered
/// page ("第2页"), so that a row of figures is not taken for one.
pub(super) fn is_pagination(bare: &str) -> bool {
    // A bar opens with a page number, a paging word or an arrow.
    if !bare.starts_with(|c: char| c.is_ascii_digit() || "第pnfl»«›‹<>.…上下首尾末".contains(c))
    {
        return false;
    }
    let mut parts = 0;
    let mut worded = false;
    for part in bare.split(|c: char| c.is_whitespace() || "|【】[]".contains(c)) {
        if part.is_empty() {
            continue;
        }
        let numbered = ["第", "page"].iter().any(|open| {
            part.strip_prefix(open)
                .map(|r| r.trim_end_matches(['页', '頁']))
                .is_some_and(|n| {
                    !n.is_empty() && n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit())
                })
        });
        let number = part.len() <= 3 && part.bytes().all(|b| b.is_ascii_digit());
        let word = PAGINATION_WORDS.contains(&part);
        if !(numbered || number || word) {
            return false;
        }
        worded |= numbered || word;
        parts += 1;
    }
    parts >= 2 && worded
}

/// A tag or keyword list ("Tags: cyber, China", "#### Tags:", "标签：网络安全").
pub(super) fn is_tag_line(lower: &str) -> bool {
    let lower = lower.trim_start_matches(|c: char| c == '#' || c.is_whitespace());
    if !lower
        .as_bytes()
        .first()
        .is_some_and(|&b| TAG_FIRST[usize::from(b)])
    {
        return false;
    }
    starts_with_any(lower, TAG_LABELS) && lower.chars().count() <= 120 && !ends_sentence(lower)
}

/// The first bytes of [`TAG_LABELS`].
static TAG_FIRST: [bool; 256] = first_bytes(TAG_LABELS);

/// Labels that open a tag or keyword list, lowercase.
const TAG_LABELS: &[&str] = &[
    "tags:",
    "tags：",
    "tag:",
    "tagged:",
    "keywords:",
    "topics:",
    "标签：",
    "标签:",
    "標籤：",
    "標籤:",
    "关键词：",
    "关键词:",
    "關鍵詞：",
    "關鍵字：",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separator_filters_cannot_drop_a_match() {
        for sep in BREADCRUMB_SEPARATORS {
            assert!(sep.to_string().bytes().any(may_be_in_separator), "{sep}");
        }
        // On every line of the fixtures, the filtered test agrees with the
        // plain one.
        for text in crate::testing::fixture_texts() {
            for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
                assert_eq!(
                    may_hold_separator(line),
                    line.bytes().any(may_be_in_separator)
                );
            }
        }
    }
}
