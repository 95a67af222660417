//! The header of a statement: headline, dateline, outlet, section and
//! authors.

use crate::text::Line;
use crate::{Author, Published, Text};

/// What the header says, and which lines it takes.
#[derive(Debug, Default)]
pub(crate) struct Header<'a> {
    pub(crate) headline: Option<Text<'a>>,
    pub(crate) published: Option<Published>,
    pub(crate) outlet: Option<Text<'a>>,
    pub(crate) section: Vec<Text<'a>>,
    pub(crate) authors: Vec<Author<'a>>,
    /// Indexes of the lines that belong to the header (each a sentence of
    /// its own, unless it is boilerplate).
    pub(crate) lines: Vec<usize>,
}

/// Reads the header from the first lines of `text`.
pub(crate) fn parse<'a>(_text: &'a str, _lines: &[Line], _is_boilerplate: &[bool]) -> Header<'a> {
    Header::default()
}
