//! Boilerplate: navigation, captions, share links, footers, editor's notes,
//! related links and front matter. Each rule looks at one line (and, for
//! caption repeats and related lists, at the lines around it); the rules are
//! named after what they recognise and say why they hold.
//!
//! - [`detect`](mod@detect): the blocks of a document, line by line;
//! - [`classify`]: what one line is, the rules in the order they are tried;
//! - [`navigation`]: breadcrumbs, language switchers, pagination, tags;
//! - [`markdown`]: what Markdown conversion leaves on lines of their own;
//! - [`notices`]: cookie notices, credit trailers, captions;
//! - [`words`]: the word lists the rules read, and their first bytes.

mod classify;
mod detect;
mod markdown;
mod navigation;
mod notices;
#[cfg(test)]
mod tests;
mod words;

pub(crate) use detect::{Block, detect};
pub(crate) use navigation::{breadcrumb_parts, is_breadcrumb, is_language_switcher, is_title_part};
