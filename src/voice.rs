//! Voices: whose words each sentence is.
//!
//! Every sentence of a statement is said by someone: the document's own
//! voice (its author, or the government or body it speaks for), a speaker
//! of the document (a spokesperson answering in a transcript, an official
//! a report quotes), or a party the text only reports ("according to
//! reports", "media reported"). The voice layer decides this once, after
//! speakers, turns and quotes, so that users can keep "what the
//! spokesperson said" apart from what a report says of others, and every
//! decision carries the span of the cue that justified it.
//!
//! The rules, in order, for each sentence:
//!
//! 1. **Transcript turn.** A sentence inside a labelled turn is the turn's
//!    speaker's; the cue is the label ("Zhao Lijian:", "Q", "毛宁：").
//! 2. **Attribution.** A sentence that mentions a speaker as the subject of
//!    a verb of saying, after "according to", or with a title ("Foreign
//!    Ministry Spokesperson Wang Wenbin said", "赵立坚表示", "he added") is
//!    that speaker's; the cue is the mention. A speaker that is an outlet
//!    ("Reuters reported") makes the sentence reported, with the outlet as
//!    its speaker.
//! 3. **Quotation.** A sentence that holds direct speech given to a speaker
//!    (`"...," the Mission said`) is that speaker's; the cue is the
//!    quotation.
//! 4. **Report.** A sentence that says it relays what others report
//!    ("according to reports", "reportedly", "media reported", "据报道")
//!    is reported, with no speaker; the cue is those words.
//! 5. Otherwise the sentence is the **document's own**: it speaks for the
//!    document's side.

use std::sync::OnceLock;

use crate::lexicon::phrase::PhraseTable;
use crate::{Quote, QuoteKind, Span, Speaker, SpeakerRole, Turn};

/// Whose words a sentence is: one per entry of
/// [`Statement::sentences`](crate::Statement::sentences), in order.
///
/// ```
/// use demarche::VoiceKind;
///
/// let text = "Foreign Ministry Spokesperson's Remarks\n\n\
///             Journalist: Any comment on the report?\n\n\
///             Wang Wenbin: The accusations are groundless.";
/// let s = demarche::analyze(text);
/// assert_eq!(s.voices.len(), s.sentences.len());
/// let last = s.voices.last().expect("a voice per sentence");
/// assert_eq!(last.kind, VoiceKind::Speaker);
/// let id = last.speaker.expect("the answer's speaker");
/// assert_eq!(s.speakers[id].name.as_deref(), Some("Wang Wenbin"));
/// // The cue is the turn's label.
/// assert_eq!(last.cue.map(|c| &text[c]), Some("Wang Wenbin:"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Voice {
    /// The sentence.
    pub sentence: Span,
    /// Whose words these are.
    pub kind: VoiceKind,
    /// The speaker, as an index into
    /// [`Statement::speakers`](crate::Statement::speakers), for a speaker's
    /// words and for reports credited to an outlet. The party the words
    /// speak for is that speaker's, and for the document's own voice the
    /// document's [`side`](crate::Statement::side).
    pub speaker: Option<usize>,
    /// The words that decided the voice: a turn's label, a speaker's
    /// mention, a quotation, or a reporting phrase. `None` for the
    /// document's own voice, which needs no cue.
    pub cue: Option<Span>,
}

/// The three voices a sentence can have.
///
/// ```
/// let s = demarche::analyze("China firmly opposes all forms of cyber attacks.");
/// assert_eq!(s.voices.len(), 1);
/// assert_eq!(s.voices[0].kind, demarche::VoiceKind::Document);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum VoiceKind {
    /// The document's own voice: its author, or the body it speaks for.
    Document,
    /// A speaker of the document.
    Speaker,
    /// Words the document relays from others without making them its own.
    Reported,
}

/// Phrases that say a sentence relays a report, in English and Chinese
/// (simplified and traditional), lower case, as [`PhraseTable`] reads them.
static REPORTING: &[(&str, ())] = &[
    ("according to reports", ()),
    ("according to media", ()),
    ("according to media reports", ()),
    ("according to a report", ()),
    ("according to the report", ()),
    ("according to news reports", ()),
    ("according to press reports", ()),
    ("reportedly", ()),
    ("media reported", ()),
    ("media reports", ()),
    ("it was reported", ()),
    ("it is reported", ()),
    ("it has been reported", ()),
    ("was quoted as saying", ()),
    ("据报道", ()),
    ("據報道", ()),
    ("據報導", ()),
    ("据媒体报道", ()),
    ("據媒體報導", ()),
    ("有报道称", ()),
    ("有報導稱", ()),
    ("据悉", ()),
    ("據悉", ()),
];

/// [`REPORTING`] as a phrase table, built once.
fn reporting() -> &'static PhraseTable<()> {
    static TABLE: OnceLock<PhraseTable<()>> = OnceLock::new();
    TABLE.get_or_init(|| PhraseTable::new(REPORTING))
}

/// The voice of every sentence of `sentences`, by the rules of the module
/// docs. Linear: each list is walked once, side by side.
pub(crate) fn voices(
    text: &str,
    sentences: &[Span],
    speakers: &[Speaker<'_>],
    turns: &[Turn<'_>],
    quotes: &[Quote],
) -> Vec<Voice> {
    let mut mentions: Vec<(Span, usize)> = speakers
        .iter()
        .flat_map(|s| s.mentions.iter().map(move |&m| (m, s.id)))
        .collect();
    mentions.sort_unstable();
    let mut next_turn = 0;
    let mut next_mention = 0;
    let mut next_quote = 0;
    sentences
        .iter()
        .map(|&sentence| {
            let voice = |kind, speaker: Option<usize>, cue| Voice {
                sentence,
                kind,
                speaker,
                cue,
            };
            // 1. The turn that holds the sentence.
            while next_turn < turns.len() && turns[next_turn].span.end <= sentence.start {
                next_turn += 1;
            }
            if let Some(t) = turns.get(next_turn).filter(|t| t.span.contains(sentence)) {
                if let Some(id) = t.speaker {
                    let cue = t.label.as_ref().map(|l| l.span);
                    return voice(VoiceKind::Speaker, Some(id), cue);
                }
            }
            // 2. A speaker's mention inside the sentence.
            while next_mention < mentions.len() && mentions[next_mention].0.start < sentence.start {
                next_mention += 1;
            }
            if let Some(&(m, id)) = mentions
                .get(next_mention)
                .filter(|(m, _)| m.end <= sentence.end)
            {
                let outlet = speakers
                    .get(id)
                    .is_some_and(|s| s.role == SpeakerRole::Outlet);
                let kind = if outlet {
                    VoiceKind::Reported
                } else {
                    VoiceKind::Speaker
                };
                return voice(kind, Some(id), Some(m));
            }
            // 3. Direct speech given to a speaker.
            while next_quote < quotes.len() && quotes[next_quote].outer.end <= sentence.start {
                next_quote += 1;
            }
            let quoted = quotes[next_quote..]
                .iter()
                .take_while(|q| q.outer.start < sentence.end)
                .find(|q| q.kind == QuoteKind::Direct && q.speaker.is_some());
            if let Some(q) = quoted {
                return voice(VoiceKind::Speaker, q.speaker, Some(q.outer));
            }
            // 4. A reporting phrase.
            if let Some(cue) = reporting_cue(text, sentence) {
                return voice(VoiceKind::Reported, None, Some(cue));
            }
            // 5. The document's own words.
            voice(VoiceKind::Document, None, None)
        })
        .collect()
}

/// The first (and longest there) reporting phrase of [`REPORTING`] in
/// `sentence`.
fn reporting_cue(text: &str, sentence: Span) -> Option<Span> {
    // Sentences are bounded pieces of text; a longer one is read in its
    // first few kilobytes, where a reporting phrase opens its clause.
    let end = crate::text::boundary::cap(text, sentence.start, 4096, sentence.end);
    let mut lower = Vec::new();
    crate::lexicon::phrase::lower_into(text, Span::new(sentence.start, end), &mut lower);
    let mut hits = Vec::new();
    reporting().scan(&lower, sentence.start, &mut hits);
    let first = hits.iter().map(|h| h.span.start).min()?;
    hits.iter()
        .filter(|h| h.span.start == first)
        .map(|h| h.span)
        .max_by_key(|s| s.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reporting_phrases_at_word_bounds() {
        let text = "The ship was reportedly rammed.";
        let cue = reporting_cue(text, Span::new(0, text.len())).expect("a cue");
        assert_eq!(&text[cue], "reportedly");
        let text = "据报道，美方宣布新的制裁。";
        let cue = reporting_cue(text, Span::new(0, text.len())).expect("a cue");
        assert_eq!(&text[cue], "据报道");
        let text = "Unreportedly is no word.";
        assert_eq!(reporting_cue(text, Span::new(0, text.len())), None);
    }
}
