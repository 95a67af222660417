//! The accusation record: [`Accusation`] and its [`Stance`].

use std::borrow::Cow;

use super::category::AccusationCategory;
use crate::{Actor, PartialDate, Span, Text};

/// A clause in which a party is charged with wrongdoing.
///
/// ```
/// use demarche::Stance;
///
/// let text = "2021-07-20\n\nThe US on Monday accused China of a global cyber hacking campaign.";
/// let statement = demarche::analyze(text);
/// assert_eq!(statement.accusations.len(), 1);
/// let accusation = &statement.accusations[0];
/// assert_eq!(accusation.stance, Stance::Reported);
/// let accuser = accusation.accuser.as_ref().expect("the US accuses");
/// assert_eq!(accuser.principal(), Some(&demarche::Party::USA));
/// let accused = accusation.accused.as_ref().expect("China is accused");
/// assert_eq!(accused.principal(), Some(&demarche::Party::CHN));
/// assert_eq!(accusation.category, demarche::AccusationCategory::CyberAttack);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Accusation<'a> {
    /// The clause that carries the charge.
    pub span: Span,
    /// Whether the text reports someone else's charge or makes its own.
    pub stance: Stance,
    /// Who makes the charge (for an asserted one, the document's own side).
    pub accuser: Option<Actor<'a>>,
    /// Who is charged.
    pub accused: Option<Actor<'a>>,
    /// What they are charged with ("a global cyber hacking campaign").
    pub charge: Option<Text<'a>>,
    /// The kind of wrongdoing.
    pub category: AccusationCategory,
    /// The word or phrase that signals the charge ("accused", "smear").
    pub cue: Option<Text<'a>>,
    /// When the charge was made, where the text says.
    pub date: Option<PartialDate>,
    /// The CAMEO event code (the 11x "disapprove" and 112x "accuse" family).
    pub cameo: Cow<'static, str>,
    /// The PLOVER event type (`"ACCUSE"`).
    pub plover: Cow<'static, str>,
}

impl Accusation<'_> {
    /// The same accusation, owning its strings.
    ///
    /// ```
    /// let owned = {
    ///     let text = String::from("The US accused China of hacking.");
    ///     demarche::analyze(&text).into_owned()
    /// };
    /// assert_eq!(owned.accusations.len(), 1);
    /// let cue = owned.accusations[0].cue.as_ref().expect("a cue");
    /// assert_eq!(cue.as_str(), "accused");
    /// ```
    #[must_use]
    pub fn into_owned(self) -> Accusation<'static> {
        Accusation {
            span: self.span,
            stance: self.stance,
            accuser: self.accuser.map(Actor::into_owned),
            accused: self.accused.map(Actor::into_owned),
            charge: self.charge.map(Text::into_owned),
            category: self.category,
            cue: self.cue.map(Text::into_owned),
            date: self.date,
            cameo: self.cameo,
            plover: self.plover,
        }
    }
}

/// Whose charge an accusation is.
///
/// ```
/// assert_ne!(demarche::Stance::Reported, demarche::Stance::Asserted);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Stance {
    /// The text reports a charge made by someone other than its own side.
    Reported,
    /// The document's own voice makes the charge.
    Asserted,
}
