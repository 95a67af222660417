//! Labelled fields of header lines ("来源：新华网 作者：张三", "Source:
//! Global Times Published: 2021/7/20"), and the outlet of a "Source:" line.

use super::byline::{is_name, split_names};
use super::line::is_finished;
use super::record::Header;
use crate::dateline::find_date;
use crate::text::trim_span;
use crate::{Author, AuthorRole, Span, Text};

/// What a labelled field of a header line gives.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Field {
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
pub(super) fn fields<'a>(text: &'a str, span: Span, header: &mut Header<'a>) {
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
pub(super) fn field_labels(s: &str) -> Vec<(usize, usize, Field)> {
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
pub(super) fn source_field(text: &str, span: Span) -> Option<Span> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_first_chars_cover_the_labels() {
        for (label, _) in FIELD_LABELS {
            let c = label.chars().next().unwrap_or(' ');
            assert!(FIELD_FIRST_CHARS.contains(c), "{label}");
        }
    }
}
