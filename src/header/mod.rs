//! The header of a statement: headline, dateline, outlet, section and
//! authors.
//!
//! The header is the run of short lines before the first line of prose. Each
//! line in it is read by the first rule that recognises it: a section path,
//! a dateline (a date with at most a few words around it), a byline, an
//! outlet's name, a bare name beside the outlet or dateline (the responsible
//! editor, as Chinese sites print it), and the headline (the first line left).
//!
//! - `parse`: the reader, rule after rule, and what the rest of the page adds;
//! - [`record`]: the [`Header`] it gives and the roles of its lines;
//! - [`line`](mod@line): the words of a header line and what they read as;
//! - [`date`]: datelines and date stamps;
//! - [`byline`]: authors, editors and translators;
//! - [`fields`]: labelled fields ("来源：新华网 作者：张三");
//! - [`section`]: section paths and labels;
//! - [`headline`]: the headline;
//! - [`outlet`]: the outlet;
//! - [`body`]: the lines that open the body;
//! - [`front_matter`]: a front-matter block's title and time.

mod body;
mod byline;
mod date;
mod fields;
mod front_matter;
mod headline;
mod line;
mod outlet;
mod parse;
mod record;
mod section;
#[cfg(test)]
mod tests;

pub(crate) use parse::parse;
pub(crate) use record::Header;
