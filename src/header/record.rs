//! The [`Header`] record, and the [`Role`] each header line is read in.

use crate::{Author, Published, Text};

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

/// What a header line was read as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Role {
    Section,
    Dateline,
    Byline,
    Outlet,
    Editor,
    Headline,
    /// Any other header line (a summary, "From: ...").
    Other,
}
