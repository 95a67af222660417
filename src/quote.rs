//! Quotations: direct speech and scare quotes.

use crate::Span;

/// Text inside quotation marks (straight or curly, « », 「」, 『』).
///
/// ```
/// let text = "2021-07-21\n\nThe so-called \"cyber attacker\" label is old.";
/// let statement = demarche::analyze(text);
/// for quote in &statement.quotes {
///     assert!(quote.outer.contains(quote.span));
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Quote {
    /// The quoted text, without the marks.
    pub span: Span,
    /// The quoted text with its opening and closing marks.
    pub outer: Span,
    /// Direct speech or scare quotes.
    pub kind: QuoteKind,
    /// Index of the speaker in [`Statement::speakers`](crate::Statement::speakers),
    /// for direct speech whose speaker is known.
    pub speaker: Option<usize>,
}

/// Whether a quotation reports speech or only distances the writer.
///
/// ```
/// assert_ne!(demarche::QuoteKind::Direct, demarche::QuoteKind::Scare);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum QuoteKind {
    /// Someone's words, reported verbatim.
    Direct,
    /// Marks that only distance the writer from a phrase
    /// (`so-called "cyber attacker"`).
    Scare,
}

/// Finds the quotations of a segmented document, linked to `speakers`.
///
/// Filled by the speakers work; until then it finds none.
pub(crate) fn extract(
    _doc: &crate::text::Document<'_>,
    _speakers: &mut Vec<crate::Speaker<'_>>,
) -> Vec<Quote> {
    Vec::new()
}
