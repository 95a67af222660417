//! The rebuttal phrases of a document, found in the accusations' pass over
//! its sentences and kept for the rebuttals: the shared cue scan both
//! stages read, below both.

use crate::Span;
use crate::Tactic;
#[cfg(any(test, feature = "bench-stages"))]
use crate::document::Document;
use crate::lexicon::accusation::Signal;
use crate::lexicon::phrase::Hit;
#[cfg(any(test, feature = "bench-stages"))]
use crate::lexicon::phrase::lower_into;

/// The phrases of the rebuttal lexicons in a document's sentences, in
/// order: found in the accusations' pass over them (see
/// [`crate::lexicon::accusation::signals`]) and kept for the rebuttals.
#[derive(Debug, Default)]
pub(crate) struct Cues {
    /// Cues of tactics, those inside a longer cue dropped.
    pub(crate) tactics: Vec<Hit<Tactic>>,
    /// Verbs of harm (`true` when passive).
    pub(crate) harms: Vec<Hit<bool>>,
    /// Phrases of protest, for [`crate::protest`].
    pub(crate) protests: Vec<Hit<crate::ProtestForm>>,
    /// The pieces already cut into clauses, in order: `(piece start, from,
    /// to)`, its clauses being `clauses[from..to]`.
    cut: Vec<(usize, usize, usize)>,
    clauses: Vec<Span>,
}

impl Cues {
    /// Keeps the rebuttal phrases of `found`, the hits of
    /// [`signals`](crate::lexicon::accusation::signals) in one piece of a sentence, after those of the
    /// pieces before.
    pub(crate) fn add(&mut self, found: &[Hit<Signal>]) {
        for h in found {
            match h.value {
                Signal::Cue(t) => self.tactics.push(Hit {
                    span: h.span,
                    value: t,
                }),
                Signal::Harm(passive) => self.harms.push(Hit {
                    span: h.span,
                    value: passive,
                }),
                Signal::Protest(form) => self.protests.push(Hit {
                    span: h.span,
                    value: form,
                }),
                Signal::Term(_) => {}
            }
        }
    }

    /// Keeps the clauses of `piece`, cut by [`crate::text::clause::clauses`],
    /// for the rebuttals (after those of the pieces before).
    pub(crate) fn add_clauses(&mut self, piece: Span, clauses: &[Span]) {
        let from = self.clauses.len();
        self.clauses.extend_from_slice(clauses);
        self.cut.push((piece.start, from, self.clauses.len()));
    }

    /// The clauses of `piece` if kept, `*next` being the first kept piece
    /// not before it (moved on past it).
    pub(crate) fn clauses_of(&self, next: &mut usize, piece: Span) -> Option<&[Span]> {
        while self.cut.get(*next).is_some_and(|c| c.0 < piece.start) {
            *next += 1;
        }
        let &(_, from, to) = self.cut.get(*next).filter(|c| c.0 == piece.start)?;
        *next += 1;
        Some(&self.clauses[from..to])
    }

    /// Drops the cues inside a longer one, once all pieces are added. (Done
    /// over the whole document at once, it drops what it would piece by
    /// piece: a hit ends inside its piece, before the next piece's hits
    /// start, so no hit contains one of another piece.)
    pub(crate) fn finish(&mut self) {
        crate::lexicon::phrase::drop_contained(&mut self.tactics);
        crate::lexicon::phrase::drop_contained(&mut self.protests);
    }

    /// The cues of `doc` alone, without the accusations' pass (only the
    /// benches' stages and the tests read them so).
    #[cfg(any(test, feature = "bench-stages"))]
    pub(crate) fn scan(doc: &Document<'_>) -> Cues {
        let mut cues = Cues::default();
        let (mut buf, mut found) = (Vec::new(), Vec::new());
        for &sentence in &doc.sentences {
            for piece in crate::text::clause::windows(doc.text, sentence) {
                lower_into(doc.text, piece, &mut buf);
                found.clear();
                crate::lexicon::accusation::signals().scan(&buf, piece.start, &mut found);
                cues.add(&found);
            }
        }
        cues.finish();
        cues
    }
}
