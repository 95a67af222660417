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
    "编辑",
    "发布时间",
    "发布",
    "来源",
    "时间",
    "日期",
    "更新",
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
    // The first lines, up to MAX_HEADER_LINES of them; the dateline among
    // them, if one stands before any line of prose.
    let mut first: Vec<usize> = Vec::with_capacity(MAX_HEADER_LINES);
    first.extend(
        (0..lines.len())
            .filter(|&i| !lines[i].blank)
            .take(MAX_HEADER_LINES),
    );
    let dateline_at = first
        .iter()
        .take_while(|&&i| is_boilerplate[i] || text[lines[i].span].trim().len() <= MAX_HEADLINE)
        .find_map(|&i| {
            let span = trim_span(text, lines[i].span);
            (!is_boilerplate[i])
                .then(|| dateline(&text[span], span.start, reference))
                .flatten()
                .map(|d| (i, d))
        });
    let mut roles: Vec<(usize, Role)> = Vec::with_capacity(MAX_HEADER_LINES);
    let mut leftovers: Vec<usize> = Vec::new();
    for &i in &first {
        let span = trim_span(text, lines[i].span);
        let s = &text[span];
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
            outlet_beside_date(text, span, found, &mut header);
            roles.push((d, Role::Dateline));
            continue;
        }
        if let Some(authors) = byline(text, span, &mut header.outlet) {
            header.authors.extend(authors);
            roles.push((i, Role::Byline));
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
            // Without a dateline, the first title-like line is the headline
            // and the first line of prose ends the header.
            // A finished sentence there is prose, not a title.
            None if header.headline.is_none()
                && leftovers.is_empty()
                && is_headline(s)
                && !is_finished(s) =>
            {
                leftovers.push(i)
            }
            _ => break,
        }
    }
    choose_headline(text, lines, &leftovers, &mut roles, &mut header);
    // A headline that stands alone, with nothing after it, is the text itself.
    if dateline_at.is_none() && header.headline.is_some() {
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
    if header.published.is_none() {
        header.published = dateline_in_first_paragraph(
            text,
            lines,
            &roles,
            is_boilerplate,
            reference,
            &mut header,
        );
    }
    front_matter(text, lines, blocks, &mut header);
    roles.sort_unstable_by_key(|&(i, _)| i);
    header.lines = roles
        .into_iter()
        .filter(|&(_, r)| r != Role::Section)
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
    let span_of = |i: usize| trim_span(text, lines[i].span);
    let best = leftovers
        .iter()
        .copied()
        .filter(|&i| is_headline(&text[span_of(i)]))
        .max_by_key(|&i| (text[span_of(i)].chars().count(), std::cmp::Reverse(i)));
    let Some(best) = best else { return };
    header.headline = Some(Text::from_input(text, span_of(best)));
    for &i in leftovers {
        let s = &text[span_of(i)];
        let role = if i == best {
            Role::Headline
        } else if i < best && is_label(s) {
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
    if !is_navigation {
        return None;
    }
    let parts = crate::boilerplate::breadcrumb_parts(&text[span])?;
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
    let label_words = |part: &str| {
        part.split(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter(|w| !w.is_empty())
            .filter(|w| !DATELINE_WORDS.iter().any(|d| d.eq_ignore_ascii_case(w)))
            .count()
    };
    let weekday = before
        .trim_end_matches([',', ' '])
        .rsplit(' ')
        .next()
        .is_some_and(is_weekday);
    let other_words = label_words(before).saturating_sub(usize::from(weekday)) + label_words(after);
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
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
    .iter()
    .any(|d| d.eq_ignore_ascii_case(word.trim_matches(',')))
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
        let strip = |c: char| c.is_whitespace() || "|:：-–—,()（）/".contains(c);
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
        if crate::lexicon::outlets::find(name).is_some() || glued_text && looks_like_outlet(name) {
            let start = part.start + (name.as_ptr() as usize - s.as_ptr() as usize);
            header.outlet = Some(Text::from_input(text, Span::new(start, start + name.len())));
            return;
        }
    }
}

/// Words that end outlet names ("... Times", "... Daily", "... News").
fn looks_like_outlet(name: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "Times",
        "Daily",
        "News",
        "Online",
        "Post",
        "Press",
        "Agency",
        "Herald",
        "Journal",
        "Gazette",
        "Tribune",
        "Network",
        "TV",
        "Radio",
        "Media",
        "Review",
        "Telegraph",
        "Observer",
        "Weekly",
        "Net",
    ];
    name.split_whitespace()
        .last()
        .is_some_and(|w| ENDINGS.contains(&w))
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
    ];
    let &(label, role) = LABELS.iter().find(|(label, _)| s.starts_with(label))?;
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
    let names = split_names(text, rest);
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

/// The names in a list "A, B and C" (also "A & B", "A、B").
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
    if s.len() > MAX_HEADLINE {
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
    crate::lexicon::outlets::find(name)
        .map(|_| Text::from_input(text, Span::new(tail.start, tail.start + name.len())))
}

/// "BEIJING, July 20 (Xinhua) -- ...": a dateline that opens the first
/// paragraph of a wire story, when the header had none. The outlet in
/// brackets is taken too.
fn dateline_in_first_paragraph<'a>(
    text: &'a str,
    lines: &[Line],
    roles: &[(usize, Role)],
    is_boilerplate: &[bool],
    reference: Option<NaiveDate>,
    header: &mut Header<'a>,
) -> Option<Published> {
    let after = roles.last().map_or(0, |&(i, _)| i + 1);
    let (_, line) = lines
        .iter()
        .enumerate()
        .skip(after)
        .find(|&(i, l)| !l.blank && !is_boilerplate[i])?;
    let span = trim_span(text, line.span);
    let mut head_end = span.start + (span.len()).min(80);
    while !text.is_char_boundary(head_end) {
        head_end -= 1;
    }
    let head = &text[span.start..head_end];
    // The city: one to three upper-case words before a comma, or a Chinese
    // agency line ("新华社北京7月20日电").
    let city_len = head.find(", ").filter(|&n| {
        let city = &head[..n];
        n > 0
            && city.split_whitespace().count() <= 3
            && city
                .chars()
                .all(|c| c.is_uppercase() || c == ' ' || c == '.')
    });
    let chinese_agency = head.contains("电") || head.contains("讯");
    if city_len.is_none() && !chinese_agency {
        return None;
    }
    let found = find_date(head, span.start, reference)?;
    if found.span.start - span.start > 40 {
        return None;
    }
    if header.outlet.is_none() {
        let rest = &text[found.span.end..head_end];
        if let (Some(open), Some(close)) = (rest.find('('), rest.find(')')) {
            let name_start = found.span.end + open + 1;
            let name = Span::new(name_start, found.span.end + close);
            if open < close && crate::lexicon::outlets::find(&text[name]).is_some() {
                header.outlet = Some(Text::from_input(text, name));
            }
        }
    }
    Some(published(found))
}

/// The `title` and `published_time`/`date` of a front-matter block, when the
/// text gave no headline or dateline of its own.
fn front_matter<'a>(text: &'a str, lines: &[Line], blocks: &[Block], header: &mut Header<'a>) {
    let Some(&(first, last, b)) = blocks.first() else {
        return;
    };
    if b.kind != BoilerplateKind::Other
        || first != lines.iter().position(|l| !l.blank).unwrap_or(usize::MAX)
    {
        return;
    }
    for line in &lines[first + 1..last] {
        let s = &text[line.span];
        let Some((key, _)) = s.split_once(':') else {
            continue;
        };
        let value_start = line.span.start + key.len() + 1;
        let value_span = trim_span(text, Span::new(value_start, line.span.end));
        let unquoted = strip_quotes(text, value_span);
        match key.trim() {
            "title" if header.headline.is_none() && !unquoted.is_empty() => {
                header.headline = Some(Text::from_input(text, unquoted));
            }
            "published_time" | "date" | "published" | "pubdate" | "published_at"
                if header.published.is_none() =>
            {
                if let Some(found) = find_date(&text[unquoted], unquoted.start, None) {
                    header.published = Some(published(found));
                }
            }
            _ => {}
        }
    }
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
}
