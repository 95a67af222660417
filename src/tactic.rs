//! The ways of answering an accusation.

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
