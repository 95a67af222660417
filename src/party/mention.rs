//! [`PartyMention`]: a stretch of text that names parties.

use super::code::Party;
use crate::Span;

/// A stretch of text that names one or more parties ("the US and its
/// allies", "China's Ministry of State Security", "美方").
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct PartyMention {
    /// The mention, as long as the noun phrase that names the party.
    pub(crate) span: Span,
    /// The parties it stands for, principal first.
    pub(crate) parties: Vec<Party>,
}
