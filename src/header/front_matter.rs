//! A front-matter block (`---` ... `---`): the page's own record of its
//! title and publication time, YAML scalars read.

use super::date::published;
use crate::boilerplate::Block;
use crate::dateline::find_date;
use crate::text::{Line, trim_span};
use crate::{BoilerplateKind, Published, Span, Text};

/// What a front-matter block says: the title and the publication time.
#[derive(Default)]
pub(super) struct FrontMatter<'a> {
    pub(super) title: Option<Text<'a>>,
    pub(super) published: Option<Published>,
}

/// The `title` and `published_time`/`date` of a front-matter block (the
/// most precise time key wins). Values may be YAML scalars over several
/// lines, quoted, with escapes.
pub(super) fn front_matter<'a>(text: &'a str, lines: &[Line], blocks: &[Block]) -> FrontMatter<'a> {
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
pub(super) fn yaml_scalar(raw: &str) -> String {
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
