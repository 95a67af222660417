//! Parties (states and international organisations) and the actors that
//! stand for them.

use std::borrow::Cow;
use std::fmt;

use crate::Span;

/// A state or an international organisation, by code.
///
/// States are ISO 3166-1 alpha-3 codes (`"USA"`, `"CHN"`, `"GBR"`);
/// organisations are upper-case short codes (`"EU"`, `"NATO"`, `"UN"`,
/// `"ASEAN"`). An unknown party is absent, never a guess.
///
/// ```
/// use demarche::Party;
///
/// assert_eq!(Party::USA.code(), "USA");
/// assert_eq!(Party::new("NATO"), Party::NATO);
/// assert_eq!(Party::CHN.to_string(), "CHN");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(transparent))]
pub struct Party(Cow<'static, str>);

impl Party {
    /// The United States.
    pub const USA: Party = Party::from_static("USA");
    /// The People's Republic of China.
    pub const CHN: Party = Party::from_static("CHN");
    /// The Russian Federation.
    pub const RUS: Party = Party::from_static("RUS");
    /// The United Kingdom.
    pub const GBR: Party = Party::from_static("GBR");
    /// The European Union.
    pub const EU: Party = Party::from_static("EU");
    /// The North Atlantic Treaty Organization.
    pub const NATO: Party = Party::from_static("NATO");

    /// A party from a code known at compile time.
    ///
    /// ```
    /// const JPN: demarche::Party = demarche::Party::from_static("JPN");
    /// assert_eq!(JPN.code(), "JPN");
    /// ```
    #[must_use]
    pub const fn from_static(code: &'static str) -> Party {
        Party(Cow::Borrowed(code))
    }

    /// A party from any code (as read back from JSON, say).
    ///
    /// ```
    /// assert_eq!(demarche::Party::new(String::from("DNK")).code(), "DNK");
    /// ```
    #[must_use]
    pub fn new(code: impl Into<Cow<'static, str>>) -> Party {
        Party(code.into())
    }

    /// The code.
    ///
    /// ```
    /// assert_eq!(demarche::Party::EU.code(), "EU");
    /// ```
    #[must_use]
    pub fn code(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Party {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Display for Party {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

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
        }
    }
}

/// A stretch of text that names one or more parties ("the US and its
/// allies", "China's Ministry of State Security", "美方").
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct PartyMention {
    /// The mention, as long as the noun phrase that names the party.
    pub(crate) span: Span,
    /// The parties it stands for, principal first.
    pub(crate) parties: Vec<Party>,
}

/// The parties a whole mention stands for ("the US side" gives `[USA]`), or
/// none when it names no known party. Never a guess.
///
/// Filled by the parties work; until then it knows no party.
pub(crate) fn resolve(_mention: &str) -> Vec<Party> {
    Vec::new()
}

/// Every party mention inside `span` of `text`, in order, disjoint.
///
/// Filled by the parties work; until then it finds none.
pub(crate) fn find_mentions(_text: &str, _span: Span) -> Vec<PartyMention> {
    Vec::new()
}
