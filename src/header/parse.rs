//! Reading the header: the first lines of the page, each read by the first
//! rule that recognises it, then what the rest of the page adds.

use chrono::NaiveDate;

use super::body::body_openers;
use super::byline::{byline, closing_byline, is_bare_name};
use super::date::{dateline, published};
use super::fields::{field_labels, fields, source_field};
use super::front_matter::front_matter;
use super::headline::{MAX_HEADLINE, choose_headline, is_headline};
use super::line::{content_span, is_finished};
use super::outlet::{copyright_holder, outlet_beside_date, outlet_in_headline};
use super::record::{Header, Role};
use super::section::{is_section_label, section_parts};
use crate::boilerplate::Block;
use crate::dateline::DateMatch;
use crate::text::Line;
use crate::{Author, AuthorRole, Span, Text};

/// The most lines the header may take (web pages put at most a section path,
/// a headline, a dateline, an outlet and a byline or two before the body).
const MAX_HEADER_LINES: usize = 12;

/// Reads the header from the first lines of `text`. `blocks` are the
/// boilerplate blocks already found.
pub(crate) fn parse<'a>(
    text: &'a str,
    lines: &[Line],
    blocks: &[Block],
    is_boilerplate: &[bool],
    reference: Option<NaiveDate>,
) -> Header<'a> {
    let page = Page {
        text,
        lines,
        blocks,
        is_boilerplate,
        reference,
    };
    let mut header = Header::default();
    // A front-matter block is the page's own record of its title and time:
    // its title is the headline, and no line of the text is guessed at.
    let matter = front_matter(text, lines, blocks);
    header.headline = matter.title;
    let first = page.first_lines();
    let dateline_at = page.dateline_at(&first);
    let (mut roles, leftovers) = page.read_lines(&first, dateline_at, &mut header);
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

/// The page the header is read from: its text, lines and boilerplate.
#[derive(Clone, Copy)]
struct Page<'a, 'l> {
    text: &'a str,
    lines: &'l [Line],
    blocks: &'l [Block],
    is_boilerplate: &'l [bool],
    reference: Option<NaiveDate>,
}

impl<'a> Page<'a, '_> {
    /// The first lines that are not blank, up to [`MAX_HEADER_LINES`] of
    /// them; boilerplate lines (a cookie banner, menus) do not count.
    fn first_lines(&self) -> Vec<usize> {
        let mut first: Vec<usize> = Vec::with_capacity(MAX_HEADER_LINES);
        let mut counted = 0;
        for (i, line) in self.lines.iter().enumerate() {
            if counted == MAX_HEADER_LINES {
                break;
            }
            if !line.blank {
                first.push(i);
                counted += usize::from(!self.is_boilerplate[i]);
            }
        }
        first
    }

    /// The dateline among the `first` lines, if one stands before any line
    /// of prose: its line and its date.
    fn dateline_at(&self, first: &[usize]) -> Option<(usize, DateMatch)> {
        let (text, lines, is_boilerplate) = (self.text, self.lines, self.is_boilerplate);
        first
            .iter()
            .take_while(|&&i| is_boilerplate[i] || text[lines[i].span].trim().len() <= MAX_HEADLINE)
            .find_map(|&i| {
                let span = content_span(text, lines[i].span);
                (!is_boilerplate[i])
                    .then(|| dateline(&text[span], span.start, self.reference))
                    .flatten()
                    .map(|d| (i, d))
            })
    }

    /// A Markdown page's title heading ("# Title") among the `first` lines,
    /// after nothing but short chrome lines (a site name, "Search"): the
    /// lines before it are header, and it is the headline.
    fn title_heading(&self, first: &[usize]) -> Option<usize> {
        let (text, lines, is_boilerplate) = (self.text, self.lines, self.is_boilerplate);
        first
            .iter()
            .copied()
            .find(|&i| !is_boilerplate[i] && text[lines[i].span].trim_start().starts_with("# "))
            .filter(|&h| {
                first.iter().take_while(|&&i| i < h).all(|&i| {
                    let t = text[lines[i].span].trim();
                    is_boilerplate[i] || t.len() <= 80 && !is_finished(t)
                })
            })
    }

    /// Reads the `first` lines in order, each by the first rule that
    /// recognises it, until the first line of prose: the roles of the lines
    /// read, and the header lines left for the headline to be chosen from.
    fn read_lines(
        &self,
        first: &[usize],
        dateline_at: Option<(usize, DateMatch)>,
        header: &mut Header<'a>,
    ) -> (Vec<(usize, Role)>, Vec<usize>) {
        let title_heading = self.title_heading(first);
        let mut roles: Vec<(usize, Role)> = Vec::with_capacity(MAX_HEADER_LINES);
        let mut leftovers: Vec<usize> = Vec::new();
        for &i in first {
            let span = content_span(self.text, self.lines[i].span);
            let s = &self.text[span];
            // A line of dashes or bullets only ("-", "•") separates nothing.
            if !self.is_boilerplate[i] && !s.chars().any(char::is_alphanumeric) {
                continue;
            }
            if self.is_boilerplate[i] {
                if header.section.is_empty() {
                    if let Some(parts) = section_parts(self.text, span, self.blocks, i) {
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
                fields(self.text, span, header);
                outlet_beside_date(self.text, span, found, header);
                roles.push((d, Role::Dateline));
                continue;
            }
            let unread = roles.is_empty() && leftovers.is_empty();
            if let Some(role) = self.claim(i, span, unread, roles.last(), header) {
                roles.push((i, role));
                continue;
            }
            let before = dateline_at.map(|(d, _)| d);
            if !self.before_prose(i, s, before, title_heading, &leftovers, header) {
                break;
            }
            leftovers.push(i);
        }
        (roles, leftovers)
    }

    /// The role of header line `i` (its words at `span`) when a rule
    /// recognises it, with what it says taken into `header`: a byline, the
    /// front matter's title again, labelled fields, an outlet, or a bare
    /// name after the outlet or dateline (the responsible editor). `unread`
    /// tells that no line was read before; `last` is the last role read.
    fn claim(
        &self,
        i: usize,
        span: Span,
        unread: bool,
        last: Option<&(usize, Role)>,
        header: &mut Header<'a>,
    ) -> Option<Role> {
        let text = self.text;
        let s = &text[span];
        if let Some(authors) = byline(text, span, &mut header.outlet) {
            header.authors.extend(authors);
            return Some(Role::Byline);
        }
        // The page repeats its front matter's title as its first heading.
        if unread
            && header.headline.as_ref().is_some_and(|h| {
                h.span.start < self.lines[i].span.start
                    && crate::text::collapse_whitespace(s) == h.as_str()
            })
        {
            return Some(Role::Other);
        }
        // "来源：新华网 作者：张三": a line of two or more labelled fields.
        let labels = field_labels(s);
        if labels.len() >= 2 && labels[0].0 == 0 {
            fields(text, span, header);
            return Some(Role::Byline);
        }
        if let Some(name) = source_field(text, span) {
            if header.outlet.is_none() {
                header.outlet = Some(Text::from_input(text, name));
            }
            return Some(Role::Outlet);
        }
        if header.outlet.is_none() && crate::lexicon::outlets::find(s).is_some() {
            header.outlet = Some(Text::from_input(text, span));
            return Some(Role::Outlet);
        }
        if is_bare_name(s) && last.is_some_and(|&(_, r)| matches!(r, Role::Outlet | Role::Dateline))
        {
            header.authors.push(Author {
                name: crate::text::collapse_whitespace(s),
                role: AuthorRole::Editor,
                span,
            });
            return Some(Role::Editor);
        }
        None
    }

    /// Whether line `i` (its words `s`), which no rule claimed, is still
    /// header: every line before the dateline (at line `dateline`) is, the
    /// headline being chosen among them later.
    fn before_prose(
        &self,
        i: usize,
        s: &str,
        dateline: Option<usize>,
        title_heading: Option<usize>,
        leftovers: &[usize],
        header: &Header<'a>,
    ) -> bool {
        match dateline {
            Some(d) => i < d,
            None if header.headline.is_none() && title_heading.is_some_and(|h| i <= h) => true,
            // Without a dateline, the first title-like line is the headline
            // and the first line of prose ends the header.
            // A finished sentence there is prose, not a title.
            None => {
                header.headline.is_none()
                    && is_headline(s)
                    && !is_finished(s)
                    && (leftovers.is_empty()
                        || leftovers.len() == 1
                            && is_section_label(
                                &self.text[content_span(self.text, self.lines[leftovers[0]].span)],
                                s,
                            ))
            }
        }
    }
}
