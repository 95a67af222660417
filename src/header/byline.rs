//! Bylines: the names and roles of a statement's authors, in a byline
//! ("By A and B | Global Times", "责任编辑：X"), after a name with a
//! newsroom title, or signed in brackets at the end of the text.

use super::record::Header;
use crate::text::{Line, trim_span};
use crate::{Author, AuthorRole, Span, Text};

/// The labels that open a byline, and the role they give the names after
/// them, in English and both Chinese scripts.
const BYLINE_LABELS: &[(&str, AuthorRole)] = &[
    ("By ", AuthorRole::Author),
    ("BY ", AuthorRole::Author),
    ("Author: ", AuthorRole::Author),
    ("Authors: ", AuthorRole::Author),
    ("Written by ", AuthorRole::Author),
    ("作者：", AuthorRole::Author),
    ("作者:", AuthorRole::Author),
    ("文/", AuthorRole::Author),
    ("Editor: ", AuthorRole::Editor),
    ("Edited by ", AuthorRole::Editor),
    ("责任编辑：", AuthorRole::Editor),
    ("责任编辑:", AuthorRole::Editor),
    ("责编：", AuthorRole::Editor),
    ("编辑：", AuthorRole::Editor),
    ("Translated by ", AuthorRole::Translator),
    ("Translator: ", AuthorRole::Translator),
    ("翻译：", AuthorRole::Translator),
    // Reporters' labels of news sites, in both Chinese scripts.
    ("Reporter: ", AuthorRole::Author),
    ("Reporters: ", AuthorRole::Author),
    ("Correspondent: ", AuthorRole::Author),
    ("本报记者 ", AuthorRole::Author),
    ("本報記者 ", AuthorRole::Author),
    ("记者：", AuthorRole::Author),
    ("记者:", AuthorRole::Author),
    ("记者 ", AuthorRole::Author),
    ("記者：", AuthorRole::Author),
    ("記者:", AuthorRole::Author),
    ("記者 ", AuthorRole::Author),
    ("責任編輯：", AuthorRole::Editor),
    ("編輯：", AuthorRole::Editor),
    ("翻譯：", AuthorRole::Translator),
];

/// "By Nie Shuyi", "By A and B | Global Times", "Author: X", "Editor: X",
/// "责任编辑：X", "Translated by X": the names, with their role.
pub(super) fn byline<'a>(
    text: &'a str,
    span: Span,
    outlet: &mut Option<Text<'a>>,
) -> Option<Vec<Author<'a>>> {
    let s = &text[span];
    if s.len() > 160 {
        return None;
    }
    let Some(&(label, role)) = BYLINE_LABELS.iter().find(|(label, _)| s.starts_with(label)) else {
        return staff_byline(text, span);
    };
    let mut rest = Span::new(span.start + label.len(), span.end);
    // "By A | Global Times", "By A, Global Times": the outlet after a bar or
    // the last comma, when it is a known one.
    if let Some(bar) = text[rest].rfind(['|', '丨']) {
        let name_span = trim_span(text, Span::new(rest.start + bar + '|'.len_utf8(), rest.end));
        if crate::lexicon::outlets::find(&text[name_span]).is_some() && outlet.is_none() {
            *outlet = Some(Text::from_input(text, name_span));
        }
        rest = Span::new(rest.start, rest.start + bar);
    }
    // "By Jane Doe Associated Press", "By Jane Doe, Reuters": a known
    // outlet after the names.
    if let Some((at, _)) = crate::lexicon::outlets::ending(&text[rest]).filter(|&(at, _)| at > 0) {
        let name_span = Span::new(rest.start + at, rest.end);
        let before = text[rest.start..name_span.start].trim_end_matches([',', ' ', '|', '/']);
        if !before.is_empty() {
            if outlet.is_none() {
                *outlet = Some(Text::from_input(text, name_span));
            }
            rest = Span::new(rest.start, rest.start + before.len());
        }
    }
    // "By [Jane Doe](https://...) and [John Roe](https://...)": the links'
    // labels are the names.
    let names = link_labels(text, rest).unwrap_or_else(|| split_names(text, rest));
    let all_names = !names.is_empty()
        && names
            .iter()
            .all(|&n| is_name(&text[n]) || !text[n].is_ascii());
    if !all_names {
        // "By Global Times": an outlet, not a person.
        let whole = trim_span(text, rest);
        if crate::lexicon::outlets::find(&text[whole]).is_some() && outlet.is_none() {
            *outlet = Some(Text::from_input(text, whole));
            return Some(Vec::new());
        }
        return None;
    }
    Some(
        names
            .into_iter()
            .map(|n| Author {
                name: crate::text::collapse_whitespace(&text[n]),
                role,
                span: n,
            })
            .collect(),
    )
}

/// "Jane Doe, Staff Reporter", "Li Ming | Correspondent", "王明 特约记者":
/// a name followed by a newsroom title.
fn staff_byline<'a>(text: &'a str, span: Span) -> Option<Vec<Author<'a>>> {
    /// Newsroom titles after a name, and the role they give.
    const TITLES: &[(&str, AuthorRole)] = &[
        ("Staff Reporter", AuthorRole::Author),
        ("Staff Writer", AuthorRole::Author),
        ("Staff Correspondent", AuthorRole::Author),
        ("Correspondent", AuthorRole::Author),
        ("Special Correspondent", AuthorRole::Author),
        ("Reporter", AuthorRole::Author),
        ("Senior Editor", AuthorRole::Editor),
        ("Editor", AuthorRole::Editor),
    ];
    let s = &text[span];
    let cut = s.rfind([',', '|'])?;
    let title = s[cut + 1..].trim();
    let &(_, role) = TITLES.iter().find(|(t, _)| t.eq_ignore_ascii_case(title))?;
    let name = trim_span(text, Span::new(span.start, span.start + cut));
    is_name(&text[name]).then(|| {
        vec![Author {
            name: crate::text::collapse_whitespace(&text[name]),
            role,
            span: name,
        }]
    })
}

/// The labels of the Markdown links in `span`, when the links are all
/// there is besides list separators ("and", ",", "&").
pub(super) fn link_labels(text: &str, span: Span) -> Option<Vec<Span>> {
    let s = &text[span];
    if !s.contains("](") {
        return None;
    }
    let mut out = Vec::new();
    let mut rest = 0;
    while let Some(open) = s[rest..].find('[').map(|o| rest + o) {
        let between = s[rest..open].trim().trim_matches(',').trim();
        if !(between.is_empty() || between == "and" || between == "&") {
            return None;
        }
        let close = open + s[open..].find("](")?;
        let end = close + s[close..].find(')')?;
        out.push(trim_span(
            text,
            Span::new(span.start + open + 1, span.start + close),
        ));
        rest = end + 1;
    }
    s[rest..].trim().is_empty().then_some(out)
}

/// The names in a list "A, B and C" (also "A & B", "A、B"; Chinese names
/// also split at spaces: "张三 李四").
pub(super) fn split_names(text: &str, span: Span) -> Vec<Span> {
    let s = &text[span];
    let mut out = Vec::new();
    let mut start = 0;
    let mut push = |from: usize, to: usize| {
        let n = trim_span(text, Span::new(span.start + from, span.start + to));
        if !n.is_empty() {
            out.push(n);
        }
    };
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < s.len() {
        let rest = &s[i..];
        let sep = if rest.starts_with(" and ") {
            5
        } else if rest.starts_with(", ") || rest.starts_with(" & ") {
            if bytes[i] == b',' { 2 } else { 3 }
        } else if rest.starts_with('、') {
            '、'.len_utf8()
        } else {
            0
        };
        if sep > 0 {
            push(start, i);
            i += sep;
            start = i;
        } else {
            i += rest.chars().next().map_or(1, char::len_utf8);
        }
    }
    push(start, s.len());
    // Chinese names have no spaces inside: a space separates two of them.
    if !s.is_ascii() {
        out = out
            .into_iter()
            .flat_map(|n| {
                let part = &text[n];
                let han = part
                    .chars()
                    .all(|c| c.is_whitespace() || crate::text::is_ideograph(c));
                let words: Vec<&str> = if han {
                    part.split_whitespace().collect()
                } else {
                    vec![part]
                };
                words
                    .into_iter()
                    .map(move |w| {
                        let at = n.start + (w.as_ptr() as usize - part.as_ptr() as usize);
                        Span::new(at, at + w.len())
                    })
                    .collect::<Vec<_>>()
            })
            .collect();
    }
    out
}

/// A personal name: two to four capitalised words of letters (with hyphens,
/// apostrophes and dots for initials), nothing else.
pub(super) fn is_name(s: &str) -> bool {
    s.len() <= 40
        && (1..=4).contains(&s.split_whitespace().count())
        && s.split_whitespace().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || "-'’.".contains(c))
        })
        && !s
            .split_whitespace()
            .any(|w| crate::dateline::month_number(w.trim_end_matches('.')).is_some())
}

/// A bare name on a line of its own: two to four capitalised words.
pub(super) fn is_bare_name(s: &str) -> bool {
    (2..=4).contains(&s.split_whitespace().count())
        && is_name(s)
        && crate::lexicon::outlets::find(s).is_none()
}

/// A reporter's or source line in brackets at the end of a paragraph
/// ("（来源：中新网客户端 蒋鲤）", "（作者：张三）", "(记者 李四)"): its
/// name is the author; the outlet before it is taken when the header has
/// none.
pub(super) fn closing_byline<'a>(
    text: &'a str,
    lines: &[Line],
    is_boilerplate: &[bool],
    header: &mut Header<'a>,
) {
    const LABELS: &[&str] = &["来源", "來源", "作者", "记者", "記者", "文"];
    for (i, line) in lines.iter().enumerate() {
        if line.blank || is_boilerplate[i] {
            continue;
        }
        let span = trim_span(text, line.span);
        let s = &text[span];
        if !s.ends_with([')', '）']) {
            continue;
        }
        let from = crate::text::boundary::back(s, s.len(), 90);
        let Some(open) = s[from..].rfind(['(', '（']).map(|o| from + o) else {
            continue;
        };
        let open_len = s[open..].chars().next().map_or(1, char::len_utf8);
        let close_len = s.chars().next_back().map_or(1, char::len_utf8);
        let inner_at = open + open_len;
        let inner = &s[inner_at..s.len() - close_len];
        let Some(label) = LABELS.iter().find(|l| inner.starts_with(*l)) else {
            continue;
        };
        let value = inner[label.len()..].trim_start_matches([':', '：', ' ', '/']);
        let value_at = span.start + inner_at + (inner.len() - value.len());
        let mut words: Vec<(usize, &str)> = Vec::new();
        let mut at = 0;
        for w in value.split(' ') {
            if !w.is_empty() {
                words.push((at, w));
            }
            at += w.len() + 1;
        }
        let Some(&(name_at, name)) = words.last() else {
            continue;
        };
        let han = name.chars().count();
        if !(2..=4).contains(&han) || !name.chars().all(crate::text::is_ideograph) {
            continue;
        }
        // "来源：中新网客户端 蒋鲤": the outlet, then the author.
        if words.len() < 2 && label.starts_with(['来', '來']) {
            continue;
        }
        if header.outlet.is_none() && words.len() >= 2 {
            let (o_at, o) = words[0];
            if crate::lexicon::outlets::looks_like(o) {
                let o_span = Span::new(value_at + o_at, value_at + o_at + o.len());
                header.outlet = Some(Text::from_input(text, o_span));
            }
        }
        let name_span = Span::new(value_at + name_at, value_at + name_at + name.len());
        header.authors.push(Author {
            name: crate::text::collapse_whitespace(name),
            role: AuthorRole::Author,
            span: name_span,
        });
        header.signed_at_end = true;
        return;
    }
}
