//! Who speaks in a document: named officials, role-only speakers,
//! organisations and outlets, merged across their mentions.
//!
//! This module holds the [`Speaker`] type and the reading of a document in
//! order ([`extract`]); the rules live in its parts:
//!
//! - [`registry`]: the speakers found so far, merged across mentions, and
//!   the document's side;
//! - [`english`]: the English sentence reader (subjects before and after
//!   the verb, apposition, titles, the authors of remarks);
//! - [`reading`]: what the words of a subject noun phrase say
//!   ([`Reading`](reading::Reading));
//! - [`classify`]: a subject's reading applied to the speakers read so far;
//! - [`han`]: the Chinese reader (titled spokespeople, reporters, verbs);
//! - [`side`]: the party of speakers who speak for the document's side;
//! - [`labels`]: who a transcript's labels stand for.

mod classify;
mod english;
mod han;
mod labels;
mod reading;
mod registry;
mod side;

use std::borrow::Cow;

use crate::document::Document;
use crate::party::SentenceMentions;
use crate::text::Tok;
use crate::{Party, Quote, Span, Turn};

pub(crate) use han::ideographs_before;
use registry::Registry;
pub(crate) use side::{complete_from_title, speak_for_side};

/// Someone who speaks in the document, merged across mentions
/// ("spokesperson Zhao Lijian", "Zhao Lijian:", "the spokesperson", "he").
///
/// ```
/// let text = "2021-07-21\n\nSpokesperson Zhao Lijian said China firmly opposes it.";
/// let statement = demarche::analyze(text);
/// for speaker in &statement.speakers {
///     assert!(!speaker.mentions.is_empty());
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Speaker<'a> {
    /// Index of this speaker in [`Statement::speakers`](crate::Statement::speakers).
    pub id: usize,
    /// The name ("Zhao Lijian", "Reuters"), or `None` for a role-only
    /// speaker ("a spokesperson for the Foreign Ministry").
    pub name: Option<Cow<'a, str>>,
    /// What kind of speaker this is.
    pub role: SpeakerRole,
    /// The body the speaker speaks for ("Ministry of Foreign Affairs").
    pub affiliation: Option<Cow<'a, str>>,
    /// The party the speaker stands for, when known.
    pub party: Option<Party>,
    /// Every mention, in document order.
    pub mentions: Vec<Span>,
}

impl Speaker<'_> {
    /// The same speaker, owning its strings.
    ///
    /// ```
    /// let s = demarche::analyze("Q: Any comment?\nA: No.").into_owned();
    /// assert!(s.speakers.iter().all(|sp| sp.id < s.speakers.len()));
    /// ```
    #[must_use]
    pub fn into_owned(self) -> Speaker<'static> {
        Speaker {
            id: self.id,
            name: self.name.map(|n| Cow::Owned(n.into_owned())),
            role: self.role,
            affiliation: self.affiliation.map(|a| Cow::Owned(a.into_owned())),
            party: self.party,
            mentions: self.mentions,
        }
    }
}

/// What kind of speaker someone is.
///
/// ```
/// assert_ne!(demarche::SpeakerRole::Spokesperson, demarche::SpeakerRole::Journalist);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum SpeakerRole {
    /// A spokesperson or press secretary.
    Spokesperson,
    /// A journalist asking a question.
    Journalist,
    /// An official speaking for a government (a minister, "a US official").
    Official,
    /// A government, ministry, mission or other body speaking as itself.
    Organization,
    /// A news outlet ("Reuters reported").
    Outlet,
    /// The author of the document.
    Author,
    /// Anyone else.
    Unknown,
}

/// Finds the speakers of a segmented document with the transcript turns
/// and quotations that point at them: labels and prose attributions are
/// read in document order, so that "he", "it", "the Mission" and "the
/// spokesperson" point back to the last fitting speaker.
///
/// Also returns the party mentions of every sentence, for the accusation
/// scanner: they are found on the way, from the same tokens the speakers
/// are read in, so no sentence is tokenized twice.
pub(crate) fn extract<'a>(
    doc: &Document<'a>,
) -> (
    Vec<Speaker<'a>>,
    Vec<Turn<'a>>,
    Vec<Quote>,
    SentenceMentions,
) {
    let labels = crate::turn::find_labels(doc);
    let mut reg = Registry::new(doc.text);
    let mut reader = SentenceReader {
        doc,
        cache: SentenceMentions::default(),
        toks: Vec::new(),
    };
    let mut label_speakers = Vec::with_capacity(labels.len());
    let mut next_label = 0;
    // A headline that names the speaker ("Press Briefing by Press
    // Secretary Karen Doyle") gives the full name later labels point to.
    if let Some(headline) = &doc.header.headline {
        reader.read(&mut reg, headline.span);
    }
    for &paragraph in &doc.paragraphs {
        while next_label < labels.len() && labels[next_label].span.start < paragraph.end {
            label_speakers.push(labels::label_speaker(&labels[next_label], &mut reg));
            next_label += 1;
        }
        for &sentence in doc.sentences_in(paragraph) {
            // A "sentence" of megabytes (a page with no full stop) is read
            // in bounded pieces, as the mention cache reads it, so its
            // tokens never outgrow a few kilobytes.
            for piece in crate::text::clause::windows(doc.text, sentence) {
                reader.read(&mut reg, piece);
            }
        }
    }
    while next_label < labels.len() {
        label_speakers.push(labels::label_speaker(&labels[next_label], &mut reg));
        next_label += 1;
    }
    let mut cache = reader.cache;
    cache.finish(doc);
    let turns = crate::turn::build(doc, &labels, &label_speakers);
    let quotes = crate::quote::extract(doc, &reg.speakers);
    (reg.finish(), turns, quotes, cache)
}

/// Hands each sentence to the registry with its tokens and party mentions,
/// filling the mention cache on the way.
struct SentenceReader<'d, 'a> {
    doc: &'d Document<'a>,
    cache: SentenceMentions,
    /// The token buffer, reused across sentences.
    toks: Vec<Tok>,
}

impl SentenceReader<'_, '_> {
    /// Reads the attributions of `sentence` into `reg`.
    fn read(&mut self, reg: &mut Registry<'_>, sentence: Span) {
        // The cache tokenizes the sentences up to this one; when this one
        // is among them, whole, its tokens are already in the buffer.
        if !self.cache.scan_through(self.doc, sentence, &mut self.toks) {
            self.toks.clear();
            crate::text::tokenize_into(self.doc.text, sentence, &mut self.toks);
        }
        reg.sentence(sentence, &self.toks, self.cache.mentions(sentence));
    }
}

#[cfg(test)]
mod tests;
