//! [`Actor`]: a mention of someone who acts, with the parties it stands for.

use std::borrow::Cow;

use super::code::Party;
use crate::Span;

/// A mention of someone who acts (accuses, is accused, rebuts): the words as
/// written and the parties they stand for, the principal one first.
///
/// "Washington", "the US side" and "the CIA" all give `[USA]`; "the US and
/// its NATO allies" gives `[USA, NATO]`; a mention that resolves to no known
/// party has no parties.
///
/// ```
/// use demarche::{Actor, Party, Span};
///
/// let actor = Actor::new("the US and its NATO allies", Span::new(0, 26), vec![Party::USA, Party::NATO]);
/// assert_eq!(actor.principal(), Some(&Party::USA));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Actor<'a> {
    /// The mention, whitespace collapsed.
    pub text: Cow<'a, str>,
    /// Where the mention stands.
    pub span: Span,
    /// The parties it stands for, principal first.
    pub parties: Vec<Party>,
    /// Whether the library inferred the actor rather than read it: the
    /// input has no words for it (an asserted charge's accuser is the
    /// document's side; a charge with no named accuser is the document's
    /// main opponent's). Then `text` is the party's code and `span` is
    /// empty, at the start of the clause the actor was inferred for, so
    /// `&input[span]` is `""`, never words that do not name it.
    #[cfg_attr(feature = "serde", serde(default))]
    pub inferred: bool,
}

impl<'a> Actor<'a> {
    /// An actor from its parts.
    ///
    /// ```
    /// let a = demarche::Actor::new("Beijing", demarche::Span::new(0, 7), vec![demarche::Party::CHN]);
    /// assert_eq!(a.text, "Beijing");
    /// ```
    #[must_use]
    pub fn new(text: impl Into<Cow<'a, str>>, span: Span, parties: Vec<Party>) -> Actor<'a> {
        Actor {
            text: text.into(),
            span,
            parties,
            inferred: false,
        }
    }

    /// An actor the input has no words for, standing for `party`, inferred
    /// for the clause that starts at byte `at`.
    ///
    /// ```
    /// let a = demarche::Actor::inferred(&demarche::Party::CHN, 42);
    /// assert!(a.inferred);
    /// assert_eq!(a.text, "CHN");
    /// assert!(a.span.is_empty());
    /// assert_eq!(a.span.start, 42);
    /// ```
    #[must_use]
    pub fn inferred(party: &Party, at: usize) -> Actor<'static> {
        Actor {
            text: Cow::Owned(party.code().to_owned()),
            span: Span::new(at, at),
            parties: vec![party.clone()],
            inferred: true,
        }
    }

    /// The principal party, if any is known.
    ///
    /// ```
    /// let a = demarche::Actor::new("they", demarche::Span::new(0, 4), vec![]);
    /// assert_eq!(a.principal(), None);
    /// ```
    #[must_use]
    pub fn principal(&self) -> Option<&Party> {
        self.parties.first()
    }

    /// The same actor, owning its text.
    ///
    /// ```
    /// let a = demarche::Actor::new("Moscow", demarche::Span::new(0, 6), vec![demarche::Party::RUS]);
    /// let owned: demarche::Actor<'static> = a.clone().into_owned();
    /// assert_eq!(owned, a);
    /// ```
    #[must_use]
    pub fn into_owned(self) -> Actor<'static> {
        Actor {
            text: Cow::Owned(self.text.into_owned()),
            span: self.span,
            parties: self.parties,
            inferred: self.inferred,
        }
    }
}
