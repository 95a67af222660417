//! The lines that open the body after the header (a date stamp, a wire
//! opener): the date, outlet, reporters and headline the header lacks.

use chrono::NaiveDate;

use super::date::{date_stamp, published};
use super::headline::is_headline;
use super::line::{content_span, is_finished};
use super::record::{Header, Role};
use crate::text::{Line, trim_span};
use crate::{Author, AuthorRole, Span, Text};

/// The lines after the header that open the body: a date stamp at a line's
/// start ("date 2021-07-22 ...", "最后更新: 2022-08-03 08:48:17..."), a
/// wire or agency opener ("BEIJING, July 20 (Xinhua) --",
/// "新华社北京8月2日电", "央广网北京7月20日消息（记者焦莹）"). The first of
/// them gives the date, outlet and reporters the header lacks; a title-like
/// line right above an opener is the story's headline when the page gave
/// none. The lines stay body paragraphs.
pub(super) fn body_openers<'a>(
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
