//! The state of one pass over a document's sentences ([`Scanner`]), the
//! drafts and candidates it holds, and its readers of the lower-cased
//! sentence: words before and after a position, gaps, quotation marks.

use std::borrow::Cow;

use super::category::{AccusationCategory, cameo};
use super::record::{Accusation, Stance};
use crate::cues::Cues;
use crate::document::Document;
use crate::lexicon::accusation::{Signal, Term};
use crate::lexicon::phrase::Hit;
use crate::{Actor, Party, Span, Text};

/// An accusation before its missing accuser and category are filled from
/// the whole document.
#[derive(Clone)]
pub(super) struct Draft<'a> {
    pub(super) item: Accusation<'a>,
    /// The accuser is unknown and may be the document's main opponent.
    pub(super) wants_opponent: bool,
    /// The category was guessed (no wrongful act in the clause).
    pub(super) wants_category: bool,
    /// The clause it was found in.
    pub(super) clause: Span,
}

/// Someone who may act in a clause: a party mention, an actor that is no
/// known party ("some Western countries"), or an anaphor.
#[derive(Clone, Debug)]
pub(super) struct Candidate {
    pub(super) span: Span,
    pub(super) parties: Vec<Party>,
    pub(super) kind: CandidateKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum CandidateKind {
    Party,
    Nobody,
    Anaphor,
}

/// Where a cue of a charge or an act stands, with what the clause readers
/// read around it: its sentence and clause, the clause's candidates and the
/// clause's hits of the accusation lexicon.
#[derive(Clone, Copy)]
pub(super) struct Site<'c> {
    pub(super) sentence: Span,
    pub(super) clause: Span,
    pub(super) cue: Hit<Term>,
    pub(super) candidates: &'c [Candidate],
    pub(super) hits: &'c [Hit<Term>],
}

/// The state of one pass over a document's sentences.
pub(super) struct Scanner<'d, 'a> {
    pub(super) doc: &'d Document<'a>,
    pub(super) side: Option<&'d Party>,
    pub(super) buf: Vec<u8>,
    /// The hits of the accusation and rebuttal lexicons in the sentence.
    pub(super) found: Vec<Hit<Signal>>,
    /// Those of the accusation lexicon.
    pub(super) hits: Vec<Hit<Term>>,
    /// Those of the rebuttal lexicons, kept for the rebuttals.
    pub(super) cues: Cues,
    pub(super) clauses: Vec<Span>,
    /// The clause being read.
    pub(super) cur_clause: Span,
    /// The parties of the agent of the last sentence that had one, for
    /// anaphors.
    pub(super) last_agent: Option<Vec<Party>>,
    /// The last mention of the document's side and its parties, to stand
    /// for it.
    pub(super) last_side: Option<(Span, Vec<Party>)>,
    /// How often each non-side party is mentioned: the main opponent.
    pub(super) counts: Vec<(Party, usize)>,
    pub(super) drafts: Vec<Draft<'a>>,
    /// A charge announced with a colon ("X accused the US of:"): the bullet
    /// items after it are its charges, by the same accuser on the same
    /// accused.
    pub(super) list: Option<Draft<'a>>,
    /// Every mention of the side, in order.
    pub(super) side_mentions: Vec<Span>,
}

impl<'d, 'a> Scanner<'d, 'a> {
    pub(super) fn new(doc: &'d Document<'a>, side: Option<&'d Party>) -> Self {
        Scanner {
            doc,
            side,
            buf: Vec::new(),
            found: Vec::new(),
            hits: Vec::new(),
            cues: Cues::default(),
            clauses: Vec::new(),
            cur_clause: Span::default(),
            last_agent: None,
            last_side: None,
            counts: Vec::new(),
            drafts: Vec::new(),
            list: None,
            side_mentions: Vec::new(),
        }
    }

    pub(super) fn is_side(&self, parties: &[Party]) -> bool {
        self.side.is_some_and(|s| parties.first() == Some(s))
    }

    /// The lower-cased word ending right before `pos` (inside the sentence
    /// held in `buf`, which starts at `base`).
    pub(super) fn word_before(&self, base: usize, pos: usize) -> &[u8] {
        let rel = pos.saturating_sub(base).min(self.buf.len());
        let mut bytes = &self.buf[..rel];
        // Skip spaces and opening quotes: `"China's attacks"` follows "about".
        loop {
            let trimmed = bytes.trim_ascii_end();
            let trimmed = trimmed
                .strip_suffix(b"\"")
                .or_else(|| trimmed.strip_suffix("\u{201c}".as_bytes()))
                .or_else(|| trimmed.strip_suffix("\u{2018}".as_bytes()))
                .unwrap_or(trimmed);
            if trimmed.len() == bytes.len() {
                break;
            }
            bytes = trimmed;
        }
        let start = bytes
            .iter()
            .rposition(|b| !b.is_ascii_alphanumeric() && *b < 0x80)
            .map_or(0, |i| i + 1);
        &bytes[start..]
    }

    /// How many words stand between `start` and `end` ("'s" is none; "to"
    /// counts as two, since an infinitive starts a new act).
    pub(super) fn words_between(&self, sentence: Span, start: usize, end: usize) -> usize {
        let gap = &self.buf[(start - sentence.start).min(self.buf.len())
            ..(end - sentence.start).min(self.buf.len())];
        gap.split(|b| b.is_ascii_whitespace())
            .filter(|w| {
                w.iter().any(u8::is_ascii_alphabetic)
                    && !w.starts_with(b"'")
                    && !w.starts_with("\u{2019}".as_bytes())
            })
            .map(|w| if w == b"to" { 2 } else { 1 })
            .sum()
    }

    pub(super) fn next_word(&self, sentence: Span, pos: usize) -> &[u8] {
        let rel = (pos - sentence.start).min(self.buf.len());
        let bytes = &self.buf[rel..];
        let s = bytes
            .iter()
            .position(|b| !b.is_ascii_whitespace())
            .unwrap_or(bytes.len());
        let e = bytes[s..]
            .iter()
            .position(|b| !b.is_ascii_alphanumeric())
            .map_or(bytes.len(), |i| s + i);
        &bytes[s..e]
    }

    /// Whether a Chinese comma stands between `start` and `end`.
    pub(super) fn comma_between(&self, sentence: Span, start: usize, end: usize) -> bool {
        let gap = &self.buf[(start - sentence.start).min(self.buf.len())
            ..(end - sentence.start).min(self.buf.len())];
        find(gap, "\u{ff0c}".as_bytes()).is_some()
            || gap.contains(&b',') && gap.first().is_some_and(|b| *b >= 0x80)
    }

    /// Whether `pos` stands inside quotation marks opened in the sentence.
    pub(super) fn quoted(&self, sentence: Span, pos: usize) -> bool {
        let before = &self.buf[..(pos - sentence.start).min(self.buf.len())];
        let straight = before.iter().filter(|&&b| b == b'"').count();
        let open = find_last(before, "\u{201c}".as_bytes());
        let close = find_last(before, "\u{201d}".as_bytes());
        straight % 2 == 1 || open.is_some_and(|o| close.is_none_or(|c| c < o))
    }

    /// The document's side as an actor: its last mention before `pos`, else
    /// the code alone at `pos`.
    pub(super) fn side_actor(&self, pos: usize) -> Option<Actor<'a>> {
        let side = self.side?;
        Some(match &self.last_side {
            Some((span, parties)) if span.end <= pos => {
                actor(self.doc.text, *span, parties.clone())
            }
            _ => Actor::inferred(side, pos),
        })
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn draft(
        &self,
        _sentence: Span,
        clause: Span,
        cue: Hit<Term>,
        stance: Stance,
        accuser: Option<Actor<'a>>,
        accused: Actor<'a>,
        charge: Option<Text<'a>>,
        category: AccusationCategory,
    ) -> Draft<'a> {
        let text = self.doc.text;
        Draft {
            item: Accusation {
                span: clause,
                stance,
                accuser,
                accused: Some(accused),
                charge,
                category,
                cue: Some(Text::from_input(text, cue.span)),
                date: None,
                cameo: cameo(category),
                plover: Cow::Borrowed("ACCUSE"),
            },
            wants_opponent: false,
            wants_category: false,
            clause: self.cur_clause,
        }
    }
}

/// An actor for the words of `span`, whitespace collapsed.
pub(super) fn actor<'a>(text: &'a str, span: Span, parties: Vec<Party>) -> Actor<'a> {
    Actor::new(crate::text::collapse_whitespace(&text[span]), span, parties)
}

/// Where `needle` last stands in `hay`.
pub(super) fn find_last(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w == needle)
}

/// Where `needle` first stands in `hay`.
pub(super) fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}
