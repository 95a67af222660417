//! demarche turns the raw text of a diplomatic statement into typed,
//! serialisable data.
//!
//! Given one document (a foreign-ministry press-conference transcript, an
//! embassy or mission statement, an official declaration, a state-media
//! editorial), [`analyze`] returns a [`Statement`]: the headline, kind,
//! publication date and outlet; the body cut into paragraphs and sentences;
//! who speaks, the question-and-answer turns and the quotations; date
//! expressions resolved against the publication date; who accuses whom of
//! what, and how the accusation is rebutted; the statistics cited and on
//! whose authority; and the runs of each language, with passages paired with
//! their translations.
//!
//! ```
//! let text = "\
//! Spokesperson's remarks on the cyber security issue
//!
//! 2021-07-21 14:35
//!
//! Journalist: The US accused China on Monday of a hacking campaign. Any comment?
//!
//! Zhao Lijian: The accusations are groundless. China firmly opposes all cyber attacks.";
//!
//! let statement = demarche::analyze(text);
//! assert_eq!(statement.headline.map(|h| h.text.into_owned()),
//!            Some("Spokesperson's remarks on the cyber security issue".to_string()));
//! assert_eq!(statement.published.map(|p| p.date.to_string()), Some("2021-07-21".to_string()));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! The library does no I/O: every entry point takes `&str` (or `&[u8]`,
//! checked as UTF-8) and returns values.
//!
//! # Positions
//!
//! Every position is a [`Span`]: half-open UTF-8 byte offsets into the exact
//! input, always inside it and on char boundaries, so `&input[span]` never
//! panics. Nothing is trimmed or re-encoded first (a byte-order mark, CRLF
//! line ends and NUL bytes stay where they are).
//!
//! # The JSON contract
//!
//! With the `serde` feature (on by default) every record serialises to the
//! JSON described in the project's SPEC: enums as `snake_case` strings, dates
//! as ISO 8601, languages as ISO 639-3 codes, parties as ISO 3166-1 alpha-3
//! or organisation codes. [`FORMAT_VERSION`] is written into every
//! statement as `format_version` and changes when the contract does.
//!
//! # Crate features
//!
//! - `serde` (default): `Serialize` and `Deserialize` for every record.

#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![deny(rustdoc::broken_intra_doc_links)]
#![warn(missing_debug_implementations)]

pub use accusation::{Accusation, AccusationCategory, Stance};
pub use bilingual::{Anchor, LanguageSpan, ParallelPassage};
pub use error::{Error, ErrorKind};
pub use lang::{Lang, Script};
pub use options::Analyzer;
pub use party::{Actor, Party};
pub use quote::{Quote, QuoteKind};
pub use rebuttal::{Rebuttal, Tactic};
pub use span::{Span, Text};
pub use speaker::{Speaker, SpeakerRole};
pub use statement::{
    Author, AuthorRole, Boilerplate, BoilerplateKind, Paragraph, Published, Statement,
    StatementKind,
};
pub use statistic::{Approximation, CitedStatistic, StatisticKind};
pub use temporal::{Granularity, ParsePartialDateError, PartialDate, TemporalExpression};
pub use turn::{Turn, TurnKind};

mod accusation;
mod bilingual;
mod boilerplate;
mod dateline;
mod error;
mod header;
mod kind;
mod lang;
mod lexicon;
mod options;
mod party;
mod pipeline;
mod quote;
mod rebuttal;
mod side;
mod span;
mod speaker;
mod statement;
mod statistic;
mod temporal;
mod text;
mod turn;

/// The version of the JSON contract, written into every [`Statement`] as
/// `format_version`. It changes whenever a field's name or meaning does.
///
/// ```
/// assert_eq!(demarche::analyze("").format_version, demarche::FORMAT_VERSION);
/// ```
pub const FORMAT_VERSION: u32 = 1;

/// Analyses one document with the default options.
///
/// Never fails and never panics: any `&str` gives a [`Statement`], empty
/// where nothing is found. Use an [`Analyzer`] for a reference date or a
/// size limit.
///
/// ```
/// let statement = demarche::analyze("Home > Roll News\nA headline\n\nJuly 19, 2021\n\nThe body.");
/// assert_eq!(statement.sentences.len(), 3);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn analyze(text: &str) -> Statement<'_> {
    pipeline::run(text, &Analyzer::new())
}

/// Analyses one document given as bytes, checked as UTF-8.
///
/// # Errors
///
/// [`ErrorKind::InvalidUtf8`] with the offset, line and column of the first
/// bad byte.
///
/// ```
/// let statement = demarche::analyze_bytes("2021年7月20日".as_bytes())?;
/// assert_eq!(statement.published.map(|p| p.date.to_string()), Some("2021-07-20".to_string()));
///
/// let err = demarche::analyze_bytes(b"abc\xFFdef").unwrap_err();
/// assert_eq!(err.offset(), Some(3));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn analyze_bytes(bytes: &[u8]) -> Result<Statement<'_>, Error> {
    Analyzer::new().analyze_bytes(bytes)
}

/// The README's examples, run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
