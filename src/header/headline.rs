//! The headline: which header line reads as a title, and which is chosen.

use super::line::{content_span, is_finished, is_link_line, is_time_stamp};
use super::record::{Header, Role};
use super::section::is_label;
use crate::Text;
use crate::text::Line;

/// A headline is at most this long, in bytes.
pub(super) const MAX_HEADLINE: usize = 400;

/// Picks the headline among the unclaimed header lines: the longest one
/// that reads as a title. Short labels before it ("Press release") become
/// section labels; the other lines (a summary, "From: ...") stay header
/// lines.
pub(super) fn choose_headline<'a>(
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

/// A headline: not too long, and not a finished sentence of prose (titles
/// end without a full stop, or are short).
pub(super) fn is_headline(s: &str) -> bool {
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
