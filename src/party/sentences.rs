//! [`SentenceMentions`]: the party mentions of every sentence piece of a
//! document, found once and shared by the speaker and accusation scanners.

use super::find::{clamp, mentions_in};
use super::mention::PartyMention;
use crate::Span;
use crate::text::Tok;

/// The party mentions of every sentence piece of a document (each sentence
/// cut by [`crate::text::clause::windows`]), found once and shared by the
/// speaker and accusation scanners. Only the mentions are kept, not the
/// tokens they were found in, so the cache stays small beside the input.
///
/// The cache fills in document order: [`SentenceMentions::scan_through`]
/// lets the speaker scanner read each sentence's tokens as they are made
/// instead of tokenizing the sentence a second time.
#[derive(Debug, Default)]
pub(crate) struct SentenceMentions {
    /// Each piece, in order, with its mentions.
    pieces: Vec<(Span, Vec<PartyMention>)>,
    /// How many of the document's sentences have been scanned.
    scanned: usize,
}

impl SentenceMentions {
    /// The pieces of `doc`'s sentences, tokenized and scanned (only the
    /// benches' stages build the whole cache at once).
    #[cfg(any(test, feature = "bench-stages"))]
    pub(crate) fn new(doc: &crate::document::Document<'_>) -> SentenceMentions {
        let mut out = SentenceMentions::default();
        out.finish(doc);
        out
    }

    /// Scans the sentences of `doc` not yet scanned, to the end.
    pub(crate) fn finish(&mut self, doc: &crate::document::Document<'_>) {
        let mut toks = Vec::new();
        while self.scanned < doc.sentences.len() {
            self.scan_next(doc, &mut toks);
        }
    }

    /// Scans the sentences of `doc` not yet scanned that start at or
    /// before `span` (so that every piece starting there is known to
    /// [`SentenceMentions::mentions`]). Returns whether `toks` then holds
    /// the tokens of `span`: true when `span` is one of the sentences just
    /// scanned and is one piece, whole.
    pub(crate) fn scan_through(
        &mut self,
        doc: &crate::document::Document<'_>,
        span: Span,
        toks: &mut Vec<Tok>,
    ) -> bool {
        let mut holds = false;
        while doc
            .sentences
            .get(self.scanned)
            .is_some_and(|s| s.start <= span.start)
        {
            let sentence = doc.sentences[self.scanned];
            let whole = self.scan_next(doc, toks);
            holds = whole && sentence == span;
        }
        holds
    }

    /// Scans the next sentence of `doc`, piece by piece, with `toks` as
    /// the token buffer. Returns whether the sentence was one piece, whole
    /// (`toks` then holds its tokens).
    fn scan_next(&mut self, doc: &crate::document::Document<'_>, toks: &mut Vec<Tok>) -> bool {
        let text = doc.text;
        let sentence = doc.sentences[self.scanned];
        self.scanned += 1;
        let mut pieces = 0;
        let mut whole = false;
        for piece in crate::text::clause::windows(text, sentence) {
            let piece = clamp(text, piece);
            toks.clear();
            crate::text::tokenize_into(text, piece, toks);
            let mentions = mentions_in(text, piece, toks);
            self.pieces.push((piece, mentions));
            pieces += 1;
            whole = piece == sentence;
        }
        pieces == 1 && whole
    }

    /// The mentions of `span`, as [`find_mentions`](super::find::find_mentions) gives them, when it is
    /// one of the pieces.
    pub(crate) fn mentions(&self, span: Span) -> Option<&[PartyMention]> {
        let i = self.pieces.partition_point(|p| p.0.start < span.start);
        self.pieces
            .get(i)
            .filter(|p| p.0 == span)
            .map(|p| p.1.as_slice())
    }
}
#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::fixture_texts;
    use crate::text::tokenize;

    #[test]
    fn cache_filled_on_the_way_matches_the_whole_scan() {
        for text in &fixture_texts() {
            let doc = crate::document::Document::segment(text, None);
            let whole = SentenceMentions::new(&doc);
            let mut lazy = SentenceMentions::default();
            let mut toks = Vec::new();
            // Every other sentence asked for, as a reader skipping some would.
            for &sentence in doc.sentences.iter().step_by(2) {
                if lazy.scan_through(&doc, sentence, &mut toks) {
                    assert_eq!(toks.len(), tokenize(text, sentence).len());
                }
                assert_eq!(lazy.mentions(sentence), whole.mentions(sentence));
            }
            lazy.finish(&doc);
            assert_eq!(lazy.pieces, whole.pieces);
        }
    }
}
