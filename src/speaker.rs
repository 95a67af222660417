//! Who speaks in a document: named officials, role-only speakers,
//! organisations and outlets, merged across their mentions.

use std::borrow::Cow;

use crate::{Party, Span};

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

/// Finds the speakers of a segmented document.
///
/// Filled by the speakers work; until then it finds nobody.
pub(crate) fn extract<'a>(_doc: &crate::text::Document<'a>) -> Vec<Speaker<'a>> {
    Vec::new()
}
