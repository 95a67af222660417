//! The bilingual-span detector: language runs that partition the input, and
//! passages paired with their translations.

mod anchor;
mod detect;
mod function_words;
mod parallel;
mod runs;
mod script;

use crate::{Lang, Script, Span};

/// A maximal run of one language. The runs of a document partition it:
/// joined in order, their spans cover every byte exactly once.
///
/// ```
/// let text = "2021-07-21\n\nChina is a victim. 中国是网络攻击的主要受害国之一。";
/// let statement = demarche::analyze(text);
/// let mut end = 0;
/// for run in &statement.language_spans {
///     assert_eq!(run.span.start, end);
///     end = run.span.end;
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct LanguageSpan {
    /// The run.
    pub span: Span,
    /// Its language, or `None` where nothing tells (digits only, say).
    pub lang: Option<Lang>,
    /// Its dominant script.
    pub script: Script,
    /// How sure the detector is, from 0 to 1.
    pub confidence: f64,
}

/// A passage and the passage in another language that translates it.
///
/// ```
/// let statement = demarche::analyze("No parallel text here.");
/// assert!(statement.parallel_passages.iter().all(|p| p.source_lang != p.target_lang));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ParallelPassage {
    /// The original passage (the one that comes first).
    pub source: Span,
    /// Its translation.
    pub target: Span,
    /// The source's language.
    pub source_lang: Lang,
    /// The target's language.
    pub target_lang: Lang,
    /// Numbers, codes and names that both passages share once normalised.
    pub anchors: Vec<Anchor>,
    /// How sure the pairing is, from 0 to 1.
    pub score: f64,
}

/// One thing two parallel passages share ("5.2万" ~ "52,000").
///
/// ```
/// let anchor = demarche::Anchor { source: demarche::Span::new(0, 4), target: demarche::Span::new(20, 26) };
/// assert_eq!(anchor.source.len(), 4);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Anchor {
    /// Where it stands in the source passage.
    pub source: Span,
    /// Where it stands in the target passage.
    pub target: Span,
}

/// The language runs of a document: they partition it (see [`runs`]).
pub(crate) fn language_spans(text: &str) -> Vec<LanguageSpan> {
    runs::language_spans(text)
}

/// Passages paired with their translations (see [`parallel`]).
pub(crate) fn parallel_passages(text: &str, runs: &[LanguageSpan]) -> Vec<ParallelPassage> {
    parallel::parallel_passages(text, runs)
}

/// The language covering most bytes of the runs, if any run has one.
pub(crate) fn primary_lang(runs: &[LanguageSpan]) -> Option<Lang> {
    let mut totals: Vec<(Lang, usize)> = Vec::new();
    for run in runs {
        if let Some(lang) = run.lang {
            match totals.iter_mut().find(|(l, _)| *l == lang) {
                Some((_, n)) => *n += run.span.len(),
                None => totals.push((lang, run.span.len())),
            }
        }
    }
    totals
        .into_iter()
        .max_by_key(|&(_, n)| n)
        .map(|(lang, _)| lang)
}

/// The language covering most bytes of `span`.
pub(crate) fn lang_of(runs: &[LanguageSpan], span: Span) -> Option<Lang> {
    let first = runs.partition_point(|r| r.span.end <= span.start);
    let inside: Vec<LanguageSpan> = runs[first..]
        .iter()
        .take_while(|r| r.span.start < span.end)
        .map(|r| LanguageSpan {
            span: Span::new(r.span.start.max(span.start), r.span.end.min(span.end)),
            ..*r
        })
        .collect();
    primary_lang(&inside)
}
