//! Rebuttals: how a side rejects, denies or discredits an accusation.

use std::borrow::Cow;

use crate::{Actor, Span, Text};

/// A clause in which a side rejects, denies or discredits an accusation
/// against it, or answers it with a counter-move.
///
/// ```
/// let text = "2021-07-20\n\nThe accusations are groundless. China firmly opposes all cyber attacks.";
/// let statement = demarche::analyze(text);
/// for rebuttal in &statement.rebuttals {
///     assert!(!rebuttal.tactics.is_empty());
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Rebuttal<'a> {
    /// The clause.
    pub span: Span,
    /// Who rebuts.
    pub rebutter: Option<Actor<'a>>,
    /// The tactics used, one or more, in a fixed order.
    pub tactics: Vec<Tactic>,
    /// The phrases that signal the tactics ("groundless accusations").
    pub cues: Vec<Text<'a>>,
    /// Index of the accusation answered in
    /// [`Statement::accusations`](crate::Statement::accusations), when it is in
    /// the document.
    pub target: Option<usize>,
    /// The CAMEO event code (`"016"` reject accusation, ...).
    pub cameo: Cow<'static, str>,
}

impl Rebuttal<'_> {
    /// The same rebuttal, owning its strings.
    ///
    /// ```
    /// let s = demarche::analyze("The accusations are groundless.").into_owned();
    /// assert!(s.rebuttals.len() <= 1);
    /// ```
    #[must_use]
    pub fn into_owned(self) -> Rebuttal<'static> {
        Rebuttal {
            span: self.span,
            rebutter: self.rebutter.map(Actor::into_owned),
            tactics: self.tactics,
            cues: self.cues.into_iter().map(Text::into_owned).collect(),
            target: self.target,
            cameo: self.cameo,
        }
    }
}

/// A way of answering an accusation.
///
/// ```
/// assert_ne!(demarche::Tactic::Denial, demarche::Tactic::Warning);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Tactic {
    /// "It will never encourage, support or condone cyber attacks."
    Denial,
    /// The charge is baseless, false, a smear, a lie: "groundless accusations".
    Delegitimization,
    /// The charge is turned back on the accuser.
    CounterAccusation,
    /// "China is one of the main victims of cyber-attack."
    VictimClaim,
    /// "It's important to have enough evidence."
    DemandForEvidence,
    /// "Out of political purpose", "exploiting them to frame China".
    MotiveAttribution,
    /// Countermeasures or threats: "we will retaliate".
    Warning,
    /// "Safeguard cyber security through dialogue and cooperation."
    AppealForCooperation,
    /// "China firmly opposes and combats all forms of cyber attacks."
    PrincipledStance,
}

/// Finds the rebuttals of a segmented document and links them to
/// `accusations`.
///
/// Filled by the accusations work; until then it finds none.
pub(crate) fn extract<'a>(
    _doc: &crate::text::Document<'a>,
    _accusations: &[crate::Accusation<'a>],
) -> Vec<Rebuttal<'a>> {
    Vec::new()
}
