//! Accusations: who charges whom with what, reported or asserted.
//!
//! One pass reads the document's sentences ([`sentence`]): in a sentence
//! with a cue of a charge or an act, each clause is read for a charge made
//! in words ([`charge`]) or a wrongful act ([`wrong`]), whose actors
//! [`agent`] finds; the drafts are then completed from the whole document
//! ([`finish`]). [`record`] holds the public record and [`category`] the
//! kinds of wrongdoing; [`scanner`] the state of the pass.

mod agent;
mod category;
mod charge;
mod finish;
mod record;
mod scanner;
mod sentence;
mod wrong;

pub use category::AccusationCategory;
pub use record::{Accusation, Stance};

use crate::cues::Cues;
use crate::document::Document;
use crate::party::{SentenceMentions, find_mentions};
use crate::{Party, Span, TemporalExpression};
use scanner::Scanner;

/// Finds the accusations of a segmented document, dated from `temporal`
/// (sorted by position) and told reported or asserted against `side`; also
/// gives, for the rebuttals, where the side is mentioned (in order) and the
/// rebuttal phrases, read in the same pass.
pub(crate) fn extract<'a>(
    doc: &Document<'a>,
    temporal: &[TemporalExpression<'a>],
    side: Option<&Party>,
    mentions: &SentenceMentions,
) -> (Vec<Accusation<'a>>, Vec<Span>, Cues) {
    let mut scan = Scanner::new(doc, side);
    for &sentence in &doc.sentences {
        for piece in crate::text::clause::windows(doc.text, sentence) {
            match mentions.mentions(piece) {
                Some(found) => scan.sentence(piece, found),
                None => scan.sentence(piece, &find_mentions(doc.text, piece)),
            }
        }
    }
    let side_mentions = std::mem::take(&mut scan.side_mentions);
    let mut cues = std::mem::take(&mut scan.cues);
    cues.finish();
    (scan.finish(temporal), side_mentions, cues)
}
