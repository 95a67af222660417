//! The header of a statement: headline, dateline, outlet, section and
//! authors.
//!
//! The header is the run of short lines before the first line of prose. Each
//! line in it is read by the first rule that recognises it: a section path,
//! a dateline (a date with at most a few words around it), a byline, an
//! outlet's name, a bare name beside the outlet or dateline (the responsible
//! editor, as Chinese sites print it), and the headline (the first line left).

use chrono::NaiveDate;

use crate::boilerplate::Block;
use crate::dateline::{DateMatch, find_date};
use crate::text::{Line, trim_span};
use crate::{Author, AuthorRole, BoilerplateKind, Published, Span, Text};

/// What the header says, and which lines it takes.
#[derive(Debug, Default)]
pub(crate) struct Header<'a> {
    pub(crate) headline: Option<Text<'a>>,
    pub(crate) published: Option<Published>,
    pub(crate) outlet: Option<Text<'a>>,
    pub(crate) section: Vec<Text<'a>>,
    pub(crate) authors: Vec<Author<'a>>,
    /// Whether the author signed at the end of the text ("（来源：中新网客户端
    /// 蒋鲤）"), as commentators do, rather than in a byline.
    pub(crate) signed_at_end: bool,
    /// Indexes of the lines that belong to the header, in order (each a
    /// sentence of its own).
    pub(crate) lines: Vec<usize>,
}

/// The most lines the header may take (web pages put at most a section path,
/// a headline, a dateline, an outlet and a byline or two before the body).
const MAX_HEADER_LINES: usize = 12;

/// A headline is at most this long, in bytes.
const MAX_HEADLINE: usize = 400;

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

/// What a header line was read as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Section,
    Dateline,
    Byline,
    Outlet,
    Editor,
    Headline,
    /// Any other header line (a summary, "From: ...").
    Other,
}

/// Reads the header from the first lines of `text`. `blocks` are the
/// boilerplate blocks already found.
pub(crate) fn parse<'a>(
    text: &'a str,
    lines: &[Line],
    blocks: &[Block],
    is_boilerplate: &[bool],
    reference: Option<NaiveDate>,
) -> Header<'a> {
    let mut header = Header::default();
    // A front-matter block is the page's own record of its title and time:
    // its title is the headline, and no line of the text is guessed at.
    let matter = front_matter(text, lines, blocks);
    header.headline = matter.title;
    // The first lines, up to MAX_HEADER_LINES of them; the dateline among
    // them, if one stands before any line of prose.
    let mut first: Vec<usize> = Vec::with_capacity(MAX_HEADER_LINES);
    // Boilerplate lines (a cookie banner, menus) do not count.
    let mut counted = 0;
    for (i, line) in lines.iter().enumerate() {
        if counted == MAX_HEADER_LINES {
            break;
        }
        if !line.blank {
            first.push(i);
            counted += usize::from(!is_boilerplate[i]);
        }
    }
    let dateline_at = first
        .iter()
        .take_while(|&&i| is_boilerplate[i] || text[lines[i].span].trim().len() <= MAX_HEADLINE)
        .find_map(|&i| {
            let span = content_span(text, lines[i].span);
            (!is_boilerplate[i])
                .then(|| dateline(&text[span], span.start, reference))
                .flatten()
                .map(|d| (i, d))
        });
    // A Markdown page's title heading ("# Title") among the first lines,
    // after nothing but short chrome lines (a site name, "Search"): the
    // lines before it are header, and it is the headline.
    let title_heading = first
        .iter()
        .copied()
        .find(|&i| !is_boilerplate[i] && text[lines[i].span].trim_start().starts_with("# "))
        .filter(|&h| {
            first.iter().take_while(|&&i| i < h).all(|&i| {
                let t = text[lines[i].span].trim();
                is_boilerplate[i] || t.len() <= 80 && !is_finished(t)
            })
        });
    let mut roles: Vec<(usize, Role)> = Vec::with_capacity(MAX_HEADER_LINES);
    let mut leftovers: Vec<usize> = Vec::new();
    for &i in &first {
        let span = content_span(text, lines[i].span);
        let s = &text[span];
        // A line of dashes or bullets only ("-", "•") separates nothing.
        if !is_boilerplate[i] && !s.chars().any(char::is_alphanumeric) {
            continue;
        }
        if is_boilerplate[i] {
            if header.section.is_empty() {
                if let Some(parts) = section_parts(text, span, blocks, i) {
                    header.section = parts;
                    roles.push((i, Role::Section));
                }
            }
            continue;
        }
        if let Some((d, found)) = dateline_at.filter(|&(d, _)| d == i) {
            header.published = Some(published(found));
            // "2021-07-20 来源：新华网 作者：张三", "By X Published: ...":
            // the labelled fields beside the date.
            fields(text, span, &mut header);
            outlet_beside_date(text, span, found, &mut header);
            roles.push((d, Role::Dateline));
            continue;
        }
        if let Some(authors) = byline(text, span, &mut header.outlet) {
            header.authors.extend(authors);
            roles.push((i, Role::Byline));
            continue;
        }
        // The page repeats its front matter's title as its first heading.
        if roles.is_empty()
            && leftovers.is_empty()
            && header.headline.as_ref().is_some_and(|h| {
                h.span.start < lines[i].span.start
                    && crate::text::collapse_whitespace(s) == h.as_str()
            })
        {
            roles.push((i, Role::Other));
            continue;
        }
        // "来源：新华网 作者：张三": a line of two or more labelled fields.
        let labels = field_labels(s);
        if labels.len() >= 2 && labels[0].0 == 0 {
            fields(text, span, &mut header);
            roles.push((i, Role::Byline));
            continue;
        }
        if let Some(name) = source_field(text, span) {
            if header.outlet.is_none() {
                header.outlet = Some(Text::from_input(text, name));
            }
            roles.push((i, Role::Outlet));
            continue;
        }
        if header.outlet.is_none() && crate::lexicon::outlets::find(s).is_some() {
            header.outlet = Some(Text::from_input(text, span));
            roles.push((i, Role::Outlet));
            continue;
        }
        if is_bare_name(s)
            && roles
                .last()
                .is_some_and(|&(_, r)| matches!(r, Role::Outlet | Role::Dateline))
        {
            header.authors.push(Author {
                name: crate::text::collapse_whitespace(s),
                role: AuthorRole::Editor,
                span,
            });
            roles.push((i, Role::Editor));
            continue;
        }
        match dateline_at {
            // Before the dateline every line is header; the headline is
            // chosen among them below.
            Some((d, _)) if i < d => leftovers.push(i),
            None if header.headline.is_none() && title_heading.is_some_and(|h| i <= h) => {
                leftovers.push(i)
            }
            // Without a dateline, the first title-like line is the headline
            // and the first line of prose ends the header.
            // A finished sentence there is prose, not a title.
            None if header.headline.is_none()
                && is_headline(s)
                && !is_finished(s)
                && (leftovers.is_empty()
                    || leftovers.len() == 1
                        && is_section_label(
                            &text[content_span(text, lines[leftovers[0]].span)],
                            s,
                        )) =>
            {
                leftovers.push(i)
            }
            _ => break,
        }
    }
    choose_headline(text, lines, &leftovers, &mut roles, &mut header);
    // A headline that stands alone, with nothing after it, is the text itself.
    if dateline_at.is_none() && roles.iter().any(|&(_, r)| r == Role::Headline) {
        let last = roles.iter().map(|&(i, _)| i).max().unwrap_or(0);
        if !lines[last + 1..].iter().any(|l| !l.blank) {
            roles.retain(|&(_, r)| r != Role::Headline);
            header.headline = None;
        }
    }
    if header.outlet.is_none() {
        header.outlet = header
            .headline
            .as_ref()
            .and_then(|h| outlet_in_headline(text, h.span));
    }
    body_openers(text, lines, &roles, is_boilerplate, reference, &mut header);
    if header.outlet.is_none() {
        header.outlet = copyright_holder(text, blocks);
    }
    if header.authors.is_empty() {
        closing_byline(text, lines, is_boilerplate, &mut header);
    }
    if matter.published.is_some() {
        header.published = matter.published;
    }
    roles.sort_unstable_by_key(|&(i, _)| i);
    header.lines = roles
        .into_iter()
        // A label line chosen as a section is a header line; a navigation
        // line is boilerplate already.
        .filter(|&(i, r)| r != Role::Section || !is_boilerplate[i])
        .map(|(i, _)| i)
        .collect();
    header
}

/// Picks the headline among the unclaimed header lines: the longest one
/// that reads as a title. Short labels before it ("Press release") become
/// section labels; the other lines (a summary, "From: ...") stay header
/// lines.
fn choose_headline<'a>(
    text: &'a str,
    lines: &[Line],
    leftovers: &[usize],
    roles: &mut Vec<(usize, Role)>,
    header: &mut Header<'a>,
) {
    let span_of = |i: usize| content_span(text, lines[i].span);
    // A Markdown heading ("# Title") is the page's title when there is one.
    let heading = |i: usize| text[lines[i].span].trim_start().starts_with('#');
    let any_heading = leftovers.iter().any(|&i| heading(i));
    let best = leftovers
        .iter()
        .copied()
        .filter(|&i| is_headline(&text[span_of(i)]) && (!any_heading || heading(i)))
        .max_by_key(|&i| (text[span_of(i)].chars().count(), std::cmp::Reverse(i)));
    let best = match (&header.headline, best) {
        // The front matter named the title: the lines are header lines.
        (Some(_), _) => usize::MAX,
        (None, Some(best)) => {
            header.headline = Some(Text::from_input(text, span_of(best)));
            best
        }
        (None, None) => return,
    };
    for &i in leftovers {
        let s = &text[span_of(i)];
        let role = if i == best {
            Role::Headline
        } else if i < best && best != usize::MAX && !any_heading && is_label(s) {
            header.section.push(Text::from_input(text, span_of(i)));
            Role::Section
        } else {
            Role::Other
        };
        roles.push((i, role));
    }
}

/// A short label line ("Press release", "News story"): at most three words,
/// no punctuation.
fn is_label(s: &str) -> bool {
    s.split_whitespace().count() <= 3
        && !s.contains(|c: char| c.is_ascii_punctuation() && c != '-' && c != '&')
}

/// The parts of a navigation line that is a section path.
fn section_parts<'a>(
    text: &'a str,
    span: Span,
    blocks: &[Block],
    line: usize,
) -> Option<Vec<Text<'a>>> {
    let is_navigation = blocks.iter().any(|&(first, last, b)| {
        (first..=last).contains(&line) && b.kind == BoilerplateKind::Navigation
    });
    if !is_navigation || crate::boilerplate::is_language_switcher(&text[span]) {
        return None;
    }
    let mut parts = crate::boilerplate::breadcrumb_parts(&text[span])?;
    // "Home > World News > <the page's title>": the title is no section.
    if parts.len() > 2
        && parts
            .last()
            .is_some_and(|p| crate::boilerplate::is_title_part(p))
    {
        parts.pop();
    }
    let s = &text[span];
    let base = span.start;
    let mut out = Vec::with_capacity(parts.len());
    for part in parts {
        // `part` is a subslice of `s`: its offset is known exactly.
        let start = base + (part.as_ptr() as usize - s.as_ptr() as usize);
        out.push(Text::from_input(text, Span::new(start, start + part.len())));
    }
    Some(out)
}

/// A date standing with at most a few label words, an outlet name or a
/// city around it.
fn dateline(s: &str, base: usize, reference: Option<NaiveDate>) -> Option<DateMatch> {
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

fn published(found: DateMatch) -> Published {
    Published {
        date: found.date,
        time: found.time,
        utc_offset: found.offset,
        span: found.span,
    }
}

/// An outlet glued after the time ("08:49:16Global Times"), after a
/// separator ("| Xinhua", "Source: Xinhua", "来源：新华网"), or in brackets
/// ("(Xinhua)").
fn outlet_beside_date<'a>(text: &'a str, line: Span, found: DateMatch, header: &mut Header<'a>) {
    if header.outlet.is_some() {
        return;
    }
    for part in [
        Span::new(found.span.end, line.end),
        Span::new(line.start, found.span.start),
    ] {
        let s = &text[part];
        let strip = |c: char| c.is_whitespace() || "|:：-–—,()（）/·丨｜".contains(c);
        let mut name = s.trim_matches(strip);
        for label in ["Source", "source", "来源", "Published", "Updated"] {
            if let Some(rest) = name.strip_prefix(label) {
                name = rest.trim_matches(strip);
            }
        }
        let glued_text = part.start == found.span.end
            && !name.is_empty()
            && name.split_whitespace().count() <= 5
            && name.chars().next().is_some_and(char::is_uppercase);
        // Before the date, a short name that reads as an outlet's
        // ("财联社·2025-08-01", "http://www.CRNTT.com 2022-09-14").
        let before_date = part.end == found.span.start && name.split_whitespace().count() <= 5;
        if crate::lexicon::outlets::find(name).is_some()
            || (glued_text || before_date) && crate::lexicon::outlets::looks_like(name)
        {
            let start = part.start + (name.as_ptr() as usize - s.as_ptr() as usize);
            header.outlet = Some(Text::from_input(text, Span::new(start, start + name.len())));
            return;
        }
    }
}

/// "By Nie Shuyi", "By A and B | Global Times", "Author: X", "Editor: X",
/// "责任编辑：X", "Translated by X": the names, with their role.
fn byline<'a>(text: &'a str, span: Span, outlet: &mut Option<Text<'a>>) -> Option<Vec<Author<'a>>> {
    let s = &text[span];
    if s.len() > 160 {
        return None;
    }
    const LABELS: &[(&str, AuthorRole)] = &[
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
    let Some(&(label, role)) = LABELS.iter().find(|(label, _)| s.starts_with(label)) else {
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
fn link_labels(text: &str, span: Span) -> Option<Vec<Span>> {
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
fn split_names(text: &str, span: Span) -> Vec<Span> {
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
fn is_name(s: &str) -> bool {
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
fn is_bare_name(s: &str) -> bool {
    (2..=4).contains(&s.split_whitespace().count())
        && is_name(s)
        && crate::lexicon::outlets::find(s).is_none()
}

/// A headline: not too long, and not a finished sentence of prose (titles
/// end without a full stop, or are short).
fn is_headline(s: &str) -> bool {
    if s.len() > MAX_HEADLINE
        || !s.chars().any(char::is_alphanumeric)
        || is_link_line(s)
        || is_time_stamp(s)
        || crate::boilerplate::is_breadcrumb(s)
    {
        return false;
    }
    let words = s.split_whitespace().count();
    !is_finished(s) || words <= 12
}

/// Whether `s` ends as a sentence of prose does: a full stop, question or
/// exclamation mark, before any closing quotes or brackets.
fn is_finished(s: &str) -> bool {
    let end = s.trim_end_matches(['"', '”', '’', '\'', ')']);
    end.ends_with(['.', '。', '!', '?', '！', '？']) && !end.ends_with("..")
}

/// "...: Global Times editorial", "... | Xinhua", "... - Reuters": an outlet
/// named at the end of the headline.
fn outlet_in_headline<'a>(text: &'a str, headline: Span) -> Option<Text<'a>> {
    let s = &text[headline];
    let cut = s.rfind([':', '|', '：']).or_else(|| s.rfind(" - "))?;
    let tail_start = cut + s[cut..].chars().next().map_or(1, char::len_utf8);
    let tail = trim_span(text, Span::new(headline.start + tail_start, headline.end));
    let words = &text[tail];
    let name = [
        "editorial",
        "Editorial",
        "commentary",
        "Commentary",
        "op-ed",
        "社评",
        "社论",
    ]
    .iter()
    .find_map(|suffix| words.strip_suffix(suffix))
    .map(str::trim_end)
    .unwrap_or(words);
    // After a bar or dash, a name shaped like an outlet's is one too
    // ("... | Manila Standard"); after a colon only a known outlet is (a
    // colon also introduces the speaker: "...: Chinese FM").
    let barred = !s[cut..].starts_with([':', '：']);
    (crate::lexicon::outlets::find(name).is_some()
        || barred && crate::lexicon::outlets::looks_like(name))
    .then(|| Text::from_input(text, Span::new(tail.start, tail.start + name.len())))
}

/// The span of a header line's words: trimmed, without the Markdown marks
/// around them (`# ` heading marks, `+ `/`- `/`* ` list marks, `**` bold).
fn content_span(text: &str, span: Span) -> Span {
    let span = trim_span(text, span);
    let s = &text[span];
    let mut start = 0;
    let mut end = s.len();
    let hashes = s.len() - s.trim_start_matches('#').len();
    if hashes > 0 && hashes <= 6 && s[hashes..].starts_with(' ') {
        start = hashes;
    } else if s.len() > 2 && s.starts_with(['+', '-', '*']) && s[1..].starts_with(' ') {
        start = 1;
    }
    let inner = &s[start..end];
    let lead = inner.len() - inner.trim_start().len();
    start += lead;
    if s[start..end].len() > 4 && s[start..end].starts_with("**") && s[start..end].ends_with("**") {
        start += 2;
        end -= 2;
    }
    trim_span(text, Span::new(span.start + start, span.start + end))
}

/// What a labelled field of a header line gives.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Outlet,
    Person(AuthorRole),
    Date,
}

/// Labels of the fields of a header line, in both Chinese scripts and
/// English ("来源：新华网 作者：张三 责任编辑：李四", "Source: Global Times
/// Published: 2021/7/20"). Longer labels come before the labels they end
/// with ("责任编辑" before "编辑").
const FIELD_LABELS: &[(&str, Field)] = &[
    ("来源：", Field::Outlet),
    ("来源:", Field::Outlet),
    ("來源：", Field::Outlet),
    ("來源:", Field::Outlet),
    ("Source:", Field::Outlet),
    ("Source：", Field::Outlet),
    ("作者：", Field::Person(AuthorRole::Author)),
    ("作者:", Field::Person(AuthorRole::Author)),
    ("记者：", Field::Person(AuthorRole::Author)),
    ("記者：", Field::Person(AuthorRole::Author)),
    ("Author:", Field::Person(AuthorRole::Author)),
    ("By ", Field::Person(AuthorRole::Author)),
    ("责任编辑：", Field::Person(AuthorRole::Editor)),
    ("责任编辑:", Field::Person(AuthorRole::Editor)),
    ("責任編輯：", Field::Person(AuthorRole::Editor)),
    ("编辑：", Field::Person(AuthorRole::Editor)),
    ("编辑:", Field::Person(AuthorRole::Editor)),
    ("編輯：", Field::Person(AuthorRole::Editor)),
    ("Editor:", Field::Person(AuthorRole::Editor)),
    ("发布时间：", Field::Date),
    ("发布时间:", Field::Date),
    ("發佈時間：", Field::Date),
    ("發布時間：", Field::Date),
    ("时间：", Field::Date),
    ("時間：", Field::Date),
    ("日期：", Field::Date),
    ("Published:", Field::Date),
    ("Updated:", Field::Date),
    ("Date:", Field::Date),
];

/// The labelled fields of a header line: an outlet after "来源：" or
/// "Source:", authors after "作者：" or "By", editors after "责任编辑：".
/// Each field runs to the next label; the outlet and people the header
/// has not got yet are taken.
fn fields<'a>(text: &'a str, span: Span, header: &mut Header<'a>) {
    let s = &text[span];
    let found = field_labels(s);
    let strip = |c: char| c.is_whitespace() || "|丨｜·".contains(c);
    for (n, &(_, value_start, field)) in found.iter().enumerate() {
        let value_end = found.get(n + 1).map_or(s.len(), |&(next, _, _)| next);
        let value = trim_span(
            text,
            Span::new(span.start + value_start, span.start + value_end),
        );
        let v = text[value].trim_matches(strip);
        if v.is_empty() {
            continue;
        }
        let at = value.start + (text[value].len() - text[value].trim_start_matches(strip).len());
        let value = Span::new(at, at + v.len());
        match field {
            Field::Outlet => {
                if header.outlet.is_none()
                    && v.split_whitespace().count() <= 6
                    && v.chars().count() <= 40
                    && find_date(v, 0, None).is_none()
                {
                    header.outlet = Some(Text::from_input(text, value));
                }
            }
            Field::Person(role) => {
                let names = split_names(text, value);
                let all_names = !names.is_empty()
                    && names.iter().all(|&n| {
                        let name = &text[n];
                        is_name(name)
                            || name.chars().all(crate::text::is_ideograph)
                                && (2..=4).contains(&name.chars().count())
                    });
                let known = header.authors.iter().any(|a| a.role == role);
                if all_names && !known {
                    header.authors.extend(names.into_iter().map(|n| Author {
                        name: crate::text::collapse_whitespace(&text[n]),
                        role,
                        span: n,
                    }));
                }
            }
            Field::Date => {}
        }
    }
}

/// The first characters of the [`FIELD_LABELS`].
const FIELD_FIRST_CHARS: &str = "来來S作记記AB责責编編E发發时時日PUD";

/// The field labels of line `s` that stand at its start or after a space,
/// a bar or a digit: (start, end, field), in order.
fn field_labels(s: &str) -> Vec<(usize, usize, Field)> {
    let mut found: Vec<(usize, usize, Field)> = Vec::new();
    // Every label but "By " ends with a colon.
    if s.len() > 300 || !s.contains([':', '：']) && !s.contains("By ") {
        return found;
    }
    let mut previous: Option<char> = None;
    for (i, c) in s.char_indices() {
        let boundary = previous
            .is_none_or(|p| p.is_whitespace() || "|丨｜·".contains(p) || p.is_ascii_digit());
        previous = Some(c);
        if !boundary
            || !FIELD_FIRST_CHARS.contains(c)
            || found.last().is_some_and(|&(_, end, _)| end > i)
        {
            continue;
        }
        if let Some(&(label, field)) = FIELD_LABELS.iter().find(|(l, _)| s[i..].starts_with(l)) {
            found.push((i, i + label.len(), field));
        }
    }
    found
}

/// "Source: The Record", "来源：新华社", "Publisher: X": the outlet named
/// by a field line of a page's information box.
fn source_field(text: &str, span: Span) -> Option<Span> {
    const LABELS: &[&str] = &[
        "Source:",
        "Source：",
        "Publisher:",
        "Outlet:",
        "Media:",
        "来源：",
        "来源:",
        "來源：",
        "來源:",
    ];
    let s = &text[span];
    let label = LABELS.iter().find(|l| s.starts_with(*l))?;
    let name = trim_span(text, Span::new(span.start + label.len(), span.end));
    let value = &text[name];
    (!value.is_empty()
        && value.split_whitespace().count() <= 6
        && value.chars().count() <= 60
        && !is_finished(value))
    .then_some(name)
}

/// Section labels that stand above a page's title ("Press Briefing",
/// "Statement", "新闻稿"): the kinds of items a government or newsroom site
/// lists, lowercase.
const SECTION_LABELS: &[&str] = &[
    "press briefing",
    "press briefings",
    "press release",
    "press releases",
    "statement",
    "statements",
    "speech",
    "speeches",
    "remarks",
    "readout",
    "readouts",
    "transcript",
    "transcripts",
    "news",
    "news story",
    "latest news",
    "press statement",
    "media release",
    "opinion",
    "commentary",
    "analysis",
    "world",
    "china",
    "新闻稿",
    "声明",
    "讲话",
    "评论",
];

/// Whether `label`, the line above `title`, is a section label: a short
/// label that names a kind of page, or that the title repeats at its start
/// ("Press Briefing" over "Press Briefing of Ms. ...").
fn is_section_label(label: &str, title: &str) -> bool {
    if !is_label(label) || label.len() >= title.len() {
        return false;
    }
    let lower = label.to_lowercase();
    SECTION_LABELS.contains(&lower.as_str())
        || title
            .get(..label.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(label))
}

/// A time stamp alone on a line ("1:06 P.M. EDT", "14:35", "09:24 (Beijing
/// Time)"): the time a briefing began, not a title.
fn is_time_stamp(s: &str) -> bool {
    let mut words = s.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let clock = first.contains(':')
        && first
            .trim_end_matches(['.', ','])
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b':');
    clock
        && words.all(|w| {
            let w = w.trim_matches(['(', ')', ',']);
            let letters = w.trim_matches('.').replace('.', "");
            ["am", "pm", "local", "time", "beijing"].contains(&letters.to_lowercase().as_str())
                || (2..=5).contains(&letters.len())
                    && letters.bytes().all(|b| b.is_ascii_uppercase())
        })
}

/// A line that links rather than says: a Markdown link or image, a
/// wiki-style tag, or a web address.
fn is_link_line(s: &str) -> bool {
    s.contains("](") || s.starts_with("[[") || s.starts_with("http://") || s.starts_with("https://")
}

/// The lines after the header that open the body: a date stamp at a line's
/// start ("date 2021-07-22 ...", "最后更新: 2022-08-03 08:48:17..."), a
/// wire or agency opener ("BEIJING, July 20 (Xinhua) --",
/// "新华社北京8月2日电", "央广网北京7月20日消息（记者焦莹）"). The first of
/// them gives the date, outlet and reporters the header lacks; a title-like
/// line right above an opener is the story's headline when the page gave
/// none. The lines stay body paragraphs.
fn body_openers<'a>(
    text: &'a str,
    lines: &[Line],
    roles: &[(usize, Role)],
    is_boilerplate: &[bool],
    reference: Option<NaiveDate>,
    header: &mut Header<'a>,
) {
    /// How many lines after the header are looked at.
    const LOOK: usize = 8;
    /// How many of them may give the date, outlet and reporters.
    const FIRST: usize = 3;
    let after = roles.iter().map(|&(i, _)| i + 1).max().unwrap_or(0);
    let mut previous: Option<usize> = None;
    let mut found = false;
    let candidates: Vec<usize> = (after..lines.len())
        .filter(|&i| !lines[i].blank && !is_boilerplate[i])
        .take(LOOK)
        .collect();
    for (n, &i) in candidates.iter().enumerate() {
        // Past the first lines only a headline is still looked for.
        if n >= FIRST && header.headline.is_some() {
            break;
        }
        let span = trim_span(text, lines[i].span);
        let s = &text[span];
        let mut rest = span;
        let stamp = date_stamp(s, span.start, reference);
        if let Some(d) = stamp {
            rest = Span::new(d.span.end, span.end);
            rest = trim_span(text, rest);
        }
        let open = crate::dateline::opener(&text[rest], rest.start, reference);
        if !found && n < FIRST && (stamp.is_some() || open.is_some()) {
            found = true;
            if header.published.is_none() {
                header.published = stamp.or_else(|| open.as_ref()?.date).map(published);
            }
            if let Some(open) = &open {
                if header.outlet.is_none() {
                    header.outlet = open.outlet.map(|o| Text::from_input(text, o));
                }
                if header.authors.is_empty() {
                    header
                        .authors
                        .extend(open.reporters.iter().map(|&r| Author {
                            name: crate::text::collapse_whitespace(&text[r]),
                            role: AuthorRole::Author,
                            span: r,
                        }));
                }
            }
        }
        if open.is_some() && header.headline.is_none() {
            if let Some(p) = previous {
                let title = content_span(text, lines[p].span);
                let t = &text[title];
                if is_headline(t)
                    && !is_finished(t)
                    && t.len() <= 200
                    && t.split_whitespace().count() >= 3
                {
                    // The title stands inside the body (a second version
                    // of the story follows a first one): it stays a
                    // paragraph, so nothing of the body is lost.
                    header.headline = Some(Text::from_input(text, title));
                }
            }
        }
        previous = Some(i);
    }
}

/// A date stamp that opens a line: at most two label words ("date",
/// "Published:", "最后更新:") and a date with its year.
fn date_stamp(s: &str, base: usize, reference: Option<NaiveDate>) -> Option<DateMatch> {
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

/// The holder named in a copyright footer ("© 2021 The Record", "Copyright
/// © China Daily. All rights reserved.") when it reads as an outlet and not
/// as a government body (a ministry's or embassy's own site has no outlet).
fn copyright_holder<'a>(text: &'a str, blocks: &[Block]) -> Option<Text<'a>> {
    /// Words of government bodies' names.
    const OFFICIAL: &[&str] = &[
        "embassy",
        "consulate",
        "ministry",
        "mission",
        "government",
        "department",
        "office",
        "council",
        "commission",
        "republic",
        "kingdom",
        "federation",
        "state",
        "agency of",
        "crown",
        "外交部",
        "大使馆",
        "大使館",
        "领事馆",
        "領事館",
        "政府",
    ];
    for &(_, _, b) in blocks
        .iter()
        .filter(|(_, _, b)| b.kind == BoilerplateKind::Footer)
    {
        let block = &text[b.span];
        for line in block.lines() {
            let line_at = b.span.start + (line.as_ptr() as usize - block.as_ptr() as usize);
            let trimmed = line.trim_start();
            let mut at = line_at + (line.len() - trimmed.len());
            let mut rest = trimmed;
            let mut marked = false;
            loop {
                let r =
                    rest.trim_start_matches(|c: char| c.is_whitespace() || c == ',' || c == '-');
                at += rest.len() - r.len();
                rest = r;
                let step = ["©", "(c)", "(C)", "Copyright", "COPYRIGHT", "copyright"]
                    .iter()
                    .find(|m| rest.starts_with(*m))
                    .map(|m| m.len())
                    .or_else(|| {
                        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
                        (marked && digits == 4).then_some(digits)
                    });
                match step {
                    Some(n) => {
                        marked = true;
                        at += n;
                        rest = &rest[n..];
                    }
                    None => break,
                }
            }
            if !marked {
                continue;
            }
            let mut end = rest.len();
            for stop in [". ", "|", ";", "。", ", ", "All rights", "all rights"] {
                if let Some(e) = rest.find(stop) {
                    end = end.min(e);
                }
            }
            let end = rest[..end].trim_end_matches(['.', ' ']).len();
            let name = trim_span(text, Span::new(at, at + end));
            let holder = &text[name];
            let lower = holder.to_lowercase();
            let official = OFFICIAL.iter().any(|w| lower.contains(w));
            if !holder.is_empty()
                && !official
                && holder.split_whitespace().count() <= 5
                && !lower.starts_with("all rights")
            {
                return Some(Text::from_input(text, name));
            }
        }
    }
    None
}

/// A reporter's or source line in brackets at the end of a paragraph
/// ("（来源：中新网客户端 蒋鲤）", "（作者：张三）", "(记者 李四)"): its
/// name is the author; the outlet before it is taken when the header has
/// none.
fn closing_byline<'a>(
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

/// What a front-matter block says: the title and the publication time.
#[derive(Default)]
struct FrontMatter<'a> {
    title: Option<Text<'a>>,
    published: Option<Published>,
}

/// The `title` and `published_time`/`date` of a front-matter block (the
/// most precise time key wins). Values may be YAML scalars over several
/// lines, quoted, with escapes.
fn front_matter<'a>(text: &'a str, lines: &[Line], blocks: &[Block]) -> FrontMatter<'a> {
    let mut out = FrontMatter::default();
    let Some(&(first, last, b)) = blocks.first() else {
        return out;
    };
    if b.kind != BoilerplateKind::Other
        || first != lines.iter().position(|l| !l.blank).unwrap_or(usize::MAX)
        || text[lines[first].span].trim() != "---"
    {
        return out;
    }
    /// Time keys, the most precise first.
    const TIME_KEYS: &[&str] = &[
        "published_time",
        "published_at",
        "article:published_time",
        "published",
        "pubdate",
        "date",
    ];
    let mut best_time: Option<(usize, Published)> = None;
    let mut i = first + 1;
    while i < last {
        let line = lines[i];
        let s = &text[line.span];
        i += 1;
        if s.starts_with(char::is_whitespace) {
            continue;
        }
        let Some((key, _)) = s.split_once(':') else {
            continue;
        };
        // The value runs on over the indented lines after the key's line.
        let mut end = line.span.end;
        while i < last && text[lines[i].span].starts_with(char::is_whitespace) && !lines[i].blank {
            end = lines[i].span.end;
            i += 1;
        }
        let value_span = trim_span(text, Span::new(line.span.start + key.len() + 1, end));
        let key = key.trim();
        if key == "title" && out.title.is_none() {
            let value = yaml_scalar(&text[value_span]);
            if !value.trim().is_empty() {
                let collapsed = crate::text::collapse_whitespace(&value).into_owned();
                out.title = Some(Text::new(collapsed, value_span));
            }
        } else if let Some(rank) = TIME_KEYS.iter().position(|k| *k == key) {
            if best_time.as_ref().is_some_and(|&(r, _)| r <= rank) {
                continue;
            }
            let unquoted = strip_quotes(text, value_span);
            if let Some(found) = find_date(&text[unquoted], unquoted.start, None) {
                best_time = Some((rank, published(found)));
            }
        }
    }
    out.published = best_time.map(|(_, p)| p);
    out
}

/// The value of a YAML scalar: double-quoted (with `\`-escapes and escaped
/// line breaks), single-quoted (`''` for a quote) or plain, with its line
/// breaks folded to spaces.
fn yaml_scalar(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    if let Some(inner) = raw.strip_prefix('"').and_then(|r| r.strip_suffix('"')) {
        let mut chars = inner.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '\\' => match chars.next() {
                    // An escaped line break joins the lines; the next line's
                    // indentation is dropped.
                    Some('\n') | Some('\r') => {
                        while chars.peek().is_some_and(|c| c.is_whitespace()) {
                            chars.next();
                        }
                    }
                    Some('_') | Some(' ') | Some('t') | Some('n') => out.push(' '),
                    Some('u') | Some('x') | Some('U') => {
                        let mut hex = String::new();
                        while hex.len() < 8 && chars.peek().is_some_and(char::is_ascii_hexdigit) {
                            hex.extend(chars.next());
                            if hex.len() == 4 {
                                break;
                            }
                        }
                        if let Some(ch) =
                            u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32)
                        {
                            out.push(ch);
                        }
                    }
                    Some(other) => out.push(other),
                    None => {}
                },
                '\n' | '\r' => out.push(' '),
                c => out.push(c),
            }
        }
        return out;
    }
    if let Some(inner) = raw.strip_prefix('\'').and_then(|r| r.strip_suffix('\'')) {
        return inner.replace("''", "'").replace(['\n', '\r'], " ");
    }
    raw.replace(['\n', '\r'], " ")
}

fn strip_quotes(text: &str, span: Span) -> Span {
    let s = &text[span];
    for q in ['"', '\''] {
        if s.len() >= 2 && s.starts_with(q) && s.ends_with(q) {
            return Span::new(span.start + 1, span.end - 1);
        }
    }
    span
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(text: &str) -> Header<'_> {
        let lines = crate::text::lines(text);
        let blocks = crate::boilerplate::detect(text, &lines);
        let mut is_bp = vec![false; lines.len()];
        for &(a, b, _) in &blocks {
            is_bp[a..=b].iter_mut().for_each(|x| *x = true);
        }
        parse(text, &lines, &blocks, &is_bp, None)
    }

    #[test]
    fn section_headline_dateline() {
        let text = "WORLD / EUROPE\nEmbassy rejects claims: spokesperson\nPublished: Mar 02, 2022 09:15 PM\n\nThe embassy said on Tuesday that the claims were false, and that it would respond.";
        let h = header(text);
        assert_eq!(
            h.section.iter().map(|t| t.as_str()).collect::<Vec<_>>(),
            ["WORLD", "EUROPE"]
        );
        assert_eq!(
            h.headline.as_ref().map(Text::as_str),
            Some("Embassy rejects claims: spokesperson")
        );
        let p = h.published.unwrap();
        assert_eq!(
            (p.date.to_string(), p.time.map(|t| t.to_string())),
            ("2022-03-02".into(), Some("21:15:00".into()))
        );
        assert!(h.outlet.is_none());
    }

    #[test]
    fn glued_outlet_and_byline() {
        let text = "A headline\n\n2022-01-05 10:00:01China Daily\n\nBy Wang Xiaoming and Li Na | Global Times\n\nBody text that is long enough to be prose, with a clause, and more words here.";
        let h = header(text);
        assert_eq!(h.outlet.as_ref().map(Text::as_str), Some("China Daily"));
        let names: Vec<&str> = h.authors.iter().map(|a| a.name.as_ref()).collect();
        assert_eq!(names, ["Wang Xiaoming", "Li Na"]);
    }

    #[test]
    fn outlet_line_then_editor() {
        let text = "Title of a commentary\n\n\nChina Military Online\nZhang San\n2021-07-21 17:21:09\n\n\nBy Li Si\n\nBody.";
        let h = header(text);
        assert_eq!(
            h.outlet.as_ref().map(Text::as_str),
            Some("China Military Online")
        );
        let authors: Vec<(&str, AuthorRole)> = h
            .authors
            .iter()
            .map(|a| (a.name.as_ref(), a.role))
            .collect();
        assert_eq!(
            authors,
            [
                ("Zhang San", AuthorRole::Editor),
                ("Li Si", AuthorRole::Author)
            ]
        );
    }

    #[test]
    fn editorial_outlet_in_headline() {
        let h = header(
            "Washington's smear campaign will fail: China Daily editorial\nJuly 20, 2021\n\nBody.",
        );
        assert_eq!(h.outlet.as_ref().map(Text::as_str), Some("China Daily"));
    }

    #[test]
    fn wire_dateline_in_first_paragraph() {
        let text = "China rejects hacking claims\n\nBEIJING, July 20 (Xinhua) -- China on Tuesday rejected the claims.";
        let lines = crate::text::lines(text);
        let h = parse(
            text,
            &lines,
            &[],
            &vec![false; lines.len()],
            NaiveDate::from_ymd_opt(2021, 1, 1),
        );
        assert_eq!(
            h.published.map(|p| p.date.to_string()),
            Some("2021-07-20".into())
        );
        assert_eq!(h.outlet.as_ref().map(Text::as_str), Some("Xinhua"));
        assert!(
            header(text).published.is_none(),
            "no year and no reference date"
        );
    }

    #[test]
    fn no_header_at_all() {
        let h = header(
            "China firmly opposes all forms of cyber attacks, the spokesperson said at a regular press conference in Beijing on Tuesday.",
        );
        assert!(h.headline.is_none());
        assert!(h.published.is_none());
    }

    #[test]
    fn front_matter_title_repeated_as_a_heading() {
        let text = "---\ntitle: Envoy rejects claims\n---\n# Envoy rejects claims\n\nThe envoy said on Friday that the claims were false.";
        let h = header(text);
        assert_eq!(
            h.headline.as_ref().map(Text::as_str),
            Some("Envoy rejects claims")
        );
        assert_eq!(
            h.lines,
            [3],
            "the heading is a header line, not a paragraph"
        );
    }

    #[test]
    fn front_matter_fields() {
        let text = "---\ntitle: \"Statement on cyber attacks\"\npublished_time: 2021-07-19T10:00:00+01:00\n---\nThe UK and allies said so.";
        let h = header(text);
        assert_eq!(
            h.headline.as_ref().map(Text::as_str),
            Some("Statement on cyber attacks")
        );
        assert_eq!(
            h.published
                .and_then(|p| p.utc_offset)
                .map(|o| o.to_string()),
            Some("+01:00".into())
        );
    }

    #[test]
    fn markdown_marks_are_no_part_of_a_line() {
        let text = "# A title\n+ Author: Jane Doe\n**Bold lead**\n- \n####";
        let lines = crate::text::lines(text);
        let got: Vec<&str> = lines
            .iter()
            .map(|l| &text[content_span(text, l.span)])
            .collect();
        assert_eq!(
            got,
            ["A title", "Author: Jane Doe", "Bold lead", "-", "####"]
        );
    }

    #[test]
    fn yaml_scalars() {
        assert_eq!(
            yaml_scalar(
                "\"The United\\_States, Joined by Allies\\\n  \\ and Partners, the People\\u2019s Republic\""
            ),
            "The United States, Joined by Allies and Partners, the People\u{2019}s Republic"
        );
        assert_eq!(yaml_scalar("'It''s a title'"), "It's a title");
        assert_eq!(yaml_scalar("plain\n  folded"), "plain   folded");
    }

    #[test]
    fn time_stamps() {
        for s in [
            "1:06 P.M. EDT",
            "14:35",
            "9:30 a.m.",
            "09:24 (Beijing Time)",
        ] {
            assert!(is_time_stamp(s), "{s}");
        }
        for s in [
            "12:30 Talks resume in Geneva",
            "Statement",
            "2021-07-19 14:35",
        ] {
            assert!(!is_time_stamp(s), "{s}");
        }
    }

    #[test]
    fn section_labels_over_titles() {
        assert!(is_section_label(
            "Press Briefing",
            "Press Briefing of the Task Force"
        ));
        assert!(is_section_label(
            "Statement",
            "On the incident near the shoal"
        ));
        assert!(!is_section_label(
            "China rejects claims",
            "Beijing says accusations groundless"
        ));
    }

    #[test]
    fn date_stamps_open_lines() {
        let stamp = |s: &str| date_stamp(s, 0, None).map(|d| d.date.to_string());
        assert_eq!(
            stamp("date 2021-07-22 MOSCOW, July 22. /TASS/. Text."),
            Some("2021-07-22".into())
        );
        assert_eq!(
            stamp("最后更新: 2022-08-03 08:48:17新华社北京8月2日电"),
            Some("2022-08-03".into())
        );
        assert_eq!(stamp("2022-08-03 08:48 Text"), Some("2022-08-03".into()));
        assert_eq!(
            stamp("2021年7月20日,外交部发言人表示。"),
            None,
            "a date that opens prose"
        );
        assert_eq!(stamp("The talks of 2021-07-22 failed."), None);
    }

    #[test]
    fn copyright_holders() {
        let holder = |footer: &str| {
            let lines = crate::text::lines(footer);
            let blocks = crate::boilerplate::detect(footer, &lines);
            copyright_holder(footer, &blocks).map(|t| t.as_str().to_string())
        };
        assert_eq!(holder("© 2021 The Record"), Some("The Record".into()));
        assert_eq!(
            holder("Copyright © 2024 Harbor Ledger. All rights reserved."),
            Some("Harbor Ledger".into())
        );
        assert_eq!(
            holder("Copyright Consulate-General of the Republic in Sydney"),
            None
        );
        assert_eq!(holder("Copyright © 2024 Ministry of Foreign Affairs"), None);
        assert_eq!(holder("All rights reserved."), None);
    }

    #[test]
    fn outlets_beside_dates() {
        for (text, outlet) in [
            (
                "A headline\n财联社·2025-08-01 07:43\n\nBody text here, long enough.",
                "财联社",
            ),
            (
                "A headline\nhttp://www.example.com.hk   2022-09-14 09:24:58\n\nBody text here.",
                "http://www.example.com.hk",
            ),
            (
                "A headline\n2022-01-05 10:00Manila Standard\n\nBody text here.",
                "Manila Standard",
            ),
        ] {
            assert_eq!(
                header(text).outlet.as_ref().map(Text::as_str),
                Some(outlet),
                "{text}"
            );
        }
        // A place before the date is no outlet.
        assert!(
            header("A headline\nBeijing 2022-01-05 10:00\n\nBody.")
                .outlet
                .is_none()
        );
    }

    #[test]
    fn labelled_fields_of_header_lines() {
        let h = header(
            "外交部回应网络攻击指责\n2021-07-20 16:30:00 来源：人民网 作者：张三 责任编辑：李四\n\n外交部发言人表示,有关指责毫无根据。",
        );
        assert_eq!(h.outlet.as_ref().map(Text::as_str), Some("人民网"));
        let people: Vec<(&str, AuthorRole)> = h
            .authors
            .iter()
            .map(|a| (a.name.as_ref(), a.role))
            .collect();
        assert_eq!(
            people,
            [("张三", AuthorRole::Author), ("李四", AuthorRole::Editor)]
        );
        let h = header(
            "Envoy rejects claims\nBy Jane Doe Published: Jul 20, 2021 01:58 PM\n\nThe envoy said on Friday that the claims were false.",
        );
        assert_eq!(
            h.authors
                .iter()
                .map(|a| a.name.as_ref())
                .collect::<Vec<_>>(),
            ["Jane Doe"]
        );
        assert!(h.published.is_some());
        let h = header(
            "外交部回应网络攻击指责\n来源：外交部网站 编辑：王五\n2021-07-20\n\n外交部发言人表示,有关指责毫无根据。",
        );
        assert_eq!(h.outlet.as_ref().map(Text::as_str), Some("外交部网站"));
        assert_eq!(
            h.authors
                .iter()
                .map(|a| a.name.as_ref())
                .collect::<Vec<_>>(),
            ["王五"]
        );
    }

    #[test]
    fn outlets_after_bylines_and_headlines() {
        let h = header(
            "Envoy rejects claims\nBy JANE DOE Associated Press\nJuly 20, 2021\n\nThe envoy said so on Friday, and more.",
        );
        assert_eq!(
            h.outlet.as_ref().map(Text::as_str),
            Some("Associated Press")
        );
        assert_eq!(
            h.authors
                .iter()
                .map(|a| a.name.as_ref())
                .collect::<Vec<_>>(),
            ["JANE DOE"]
        );
        let h = header(
            "Envoy rejects spying claims as absurd | Manila Standard\nJuly 20, 2021\n\nThe envoy said so on Friday.",
        );
        assert_eq!(h.outlet.as_ref().map(Text::as_str), Some("Manila Standard"));
        let h = header(
            "Envoy rejects spying claims: Foreign Times\nJuly 20, 2021\n\nThe envoy said so on Friday.",
        );
        assert!(h.outlet.is_none(), "after a colon only a known outlet");
    }

    #[test]
    fn markdown_title_heading_after_chrome() {
        let text = "Harbor Ledger\nSearch\n# Envoy rejects spying claims\n\nThe envoy said on Friday that the claims were false and absurd.";
        let h = header(text);
        assert_eq!(
            h.headline.as_ref().map(Text::as_str),
            Some("Envoy rejects spying claims")
        );
        assert!(h.section.is_empty(), "chrome above the title is no section");
        // Prose before a heading keeps the heading out of the header.
        let text = "The envoy said on Friday that the claims were false and absurd.\n# Background\n\nMore text.";
        assert!(header(text).headline.is_none());
    }

    #[test]
    fn byline_of_markdown_links() {
        let h = header(
            "# Envoy rejects claims\n\nBy [Jane Doe](https://example.org/a/jane) and [John Roe](https://example.org/a/john)\n\nJuly 20, 2021\n\nThe envoy said so on Friday, and more.",
        );
        assert_eq!(
            h.authors
                .iter()
                .map(|a| a.name.as_ref())
                .collect::<Vec<_>>(),
            ["Jane Doe", "John Roe"]
        );
        assert!(link_labels("[a](u) or [b](v)", Span::new(0, 16)).is_none());
    }

    #[test]
    fn field_first_chars_cover_the_labels() {
        for (label, _) in FIELD_LABELS {
            let c = label.chars().next().unwrap_or(' ');
            assert!(FIELD_FIRST_CHARS.contains(c), "{label}");
        }
    }

    #[test]
    fn signed_at_the_end() {
        let text = "中新网北京9月8日电 有关机构发布报告。\n各国应携手维护网络安全。(来源:中新网客户端 王林)\n";
        let h = header(text);
        assert!(h.signed_at_end);
        assert_eq!(
            h.authors
                .iter()
                .map(|a| a.name.as_ref())
                .collect::<Vec<_>>(),
            ["王林"]
        );
        let plain = header("外交部发言人表示,中方坚决反对。(完)\n");
        assert!(plain.authors.is_empty() && !plain.signed_at_end);
    }
}
