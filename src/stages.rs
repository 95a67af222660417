//! Each stage of the pipeline on its own, for the benches in `benches/`.
//!
//! Not part of the stable API: hidden from the docs and free to change in
//! any release. Each function takes the output of the stages before it, so
//! a bench times one stage and nothing else.

use chrono::NaiveDate;

use crate::document::Document;
use crate::{Accusation, LanguageSpan, ParallelPassage, Party, Span, Speaker, TemporalExpression};

/// A segmented document: lines, boilerplate, header, paragraphs and
/// sentences, the input of every later stage.
#[derive(Debug)]
pub struct Segmented<'a>(Document<'a>);

/// Segmentation and metadata: boilerplate, header (headline, dateline,
/// outlet, authors), paragraphs and sentences. Returns the document for the
/// later stages.
#[must_use]
pub fn segment(text: &str, reference_date: Option<NaiveDate>) -> Segmented<'_> {
    Segmented(Document::segment(text, reference_date))
}

impl Segmented<'_> {
    /// The number of sentences found.
    #[must_use]
    pub fn sentences(&self) -> usize {
        self.0.sentences.len()
    }
}

/// Speakers, transcript turns and quotes. Returns the speakers, the next
/// stages' input, and the number of turns and quotes.
#[must_use]
pub fn speakers<'a>(doc: &Segmented<'a>) -> (Vec<Speaker<'a>>, usize, usize) {
    let (speakers, turns, quotes, _) = crate::speaker::extract(&doc.0);
    (speakers, turns.len(), quotes.len())
}

/// Date expressions resolved against the reference or publication date.
#[must_use]
pub fn temporal<'a>(doc: &Segmented<'a>) -> Vec<TemporalExpression<'a>> {
    crate::temporal::extract(&doc.0)
}

/// Cited statistics. Returns how many were found.
#[must_use]
pub fn statistics(doc: &Segmented<'_>) -> usize {
    crate::statistic::extract(&doc.0).len()
}

/// The document's side, from its header and speakers.
#[must_use]
pub fn side(doc: &Segmented<'_>, speakers: &[Speaker<'_>]) -> Option<Party> {
    crate::side::detect(&doc.0, speakers)
}

/// Accusations, reported and asserted, and where the side is mentioned
/// (the rebuttals' input).
#[must_use]
pub fn accusations<'a>(
    doc: &Segmented<'a>,
    temporal: &[TemporalExpression<'a>],
    side: Option<&Party>,
) -> (Vec<Accusation<'a>>, Vec<Span>) {
    let mentions = crate::party::SentenceMentions::new(&doc.0);
    let (accusations, side_mentions, _) =
        crate::accusation::extract(&doc.0, temporal, side, &mentions);
    (accusations, side_mentions)
}

/// Rebuttals linked to the accusations they answer. Returns how many.
#[must_use]
pub fn rebuttals(
    doc: &Segmented<'_>,
    accusations: &[Accusation<'_>],
    side: Option<&Party>,
    side_mentions: &[Span],
) -> usize {
    let cues = crate::cues::Cues::scan(&doc.0);
    crate::rebuttal::extract(&doc.0, accusations, side, side_mentions, &cues).len()
}

/// Parallel passages, given the language runs.
#[must_use]
pub fn parallel_passages(text: &str, runs: &[LanguageSpan]) -> Vec<ParallelPassage> {
    crate::bilingual::parallel_passages(text, runs)
}
