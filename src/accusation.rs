//! Accusations: who charges whom with what, reported or asserted.

use std::borrow::Cow;

use crate::{Actor, PartialDate, Span, Text};

/// A clause in which a party is charged with wrongdoing.
///
/// ```
/// use demarche::Stance;
///
/// let text = "2021-07-20\n\nThe US on Monday accused China of a global cyber hacking campaign.";
/// let statement = demarche::analyze(text);
/// for accusation in &statement.accusations {
///     assert!(matches!(accusation.stance, Stance::Reported | Stance::Asserted));
/// }
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
    /// let s = demarche::analyze("The US accused China of hacking.").into_owned();
    /// assert!(s.accusations.len() <= 1);
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

/// The kind of wrongdoing charged.
///
/// ```
/// assert_ne!(demarche::AccusationCategory::Espionage, demarche::AccusationCategory::CyberAttack);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum AccusationCategory {
    /// Hacking, cyber attacks, intrusions.
    CyberAttack,
    /// Spying, surveillance, wiretapping, eavesdropping, interception.
    Espionage,
    /// Smears, rumours, slander, false information.
    Disinformation,
    /// Pressure, threats, bullying, sanctions.
    Coercion,
    /// Double standards, saying one thing and doing another.
    Hypocrisy,
    /// Genocide, forced labour, crimes against humanity.
    HumanRights,
    /// Any other wrongdoing.
    Other,
}

/// Finds the accusations of a segmented document.
///
/// Filled by the accusations work; until then it finds none.
pub(crate) fn extract<'a>(_doc: &crate::text::Document<'a>) -> Vec<Accusation<'a>> {
    Vec::new()
}
