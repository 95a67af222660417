//! The kinds of wrongdoing charged ([`AccusationCategory`]) and their CAMEO
//! codes.

use std::borrow::Cow;

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
    /// Genocide, forced labour, crimes against humanity, arbitrary
    /// detention, repression.
    HumanRights,
    /// Meddling in another state's internal affairs, abetting separatism.
    Interference,
    /// Military provocation, use of force, dangerous manoeuvres, invasion,
    /// intrusion by ships or aircraft, attacks and shelling.
    Aggression,
    /// Violating a state's territory or sovereignty, illegal occupation,
    /// annexation, illegal claims.
    Sovereignty,
    /// Attacks on civilians, violations of humanitarian law, deportations,
    /// atrocities in war.
    WarCrimes,
    /// Terrorism and its sponsorship.
    Terrorism,
    /// Reneging on promises, consensus, agreements or treaties.
    BrokenCommitment,
    /// Any other wrongdoing.
    Other,
}

/// Every category, in the order of a tally.
pub(super) const CATEGORIES: [AccusationCategory; 13] = [
    AccusationCategory::CyberAttack,
    AccusationCategory::Espionage,
    AccusationCategory::Disinformation,
    AccusationCategory::Coercion,
    AccusationCategory::Hypocrisy,
    AccusationCategory::HumanRights,
    AccusationCategory::Interference,
    AccusationCategory::Aggression,
    AccusationCategory::Sovereignty,
    AccusationCategory::WarCrimes,
    AccusationCategory::Terrorism,
    AccusationCategory::BrokenCommitment,
    AccusationCategory::Other,
];

/// The index of `c` in [`CATEGORIES`].
pub(super) fn category_index(c: AccusationCategory) -> usize {
    CATEGORIES
        .iter()
        .position(|k| *k == c)
        .unwrap_or(CATEGORIES.len() - 1)
}

/// The CAMEO code of a charge by category, in the 11x "disapprove" family:
///
/// - espionage: 1125 "accuse of espionage, treason";
/// - human rights: 1122 "accuse of human rights abuses";
/// - cyber attacks: 1123 "accuse of aggression" (an attack on a state's
///   networks is an act of aggression, not a private crime);
/// - coercion: 1123 as well (pressure and threats are aggression short of
///   force);
/// - disinformation and hypocrisy: 111 "criticize or denounce" (a reproach
///   of conduct in speech, not a charge of a crime);
/// - aggression (military provocation, force, intrusion) and sovereignty
///   (violating territory, illegal occupation): 1123 "accuse of
///   aggression", the codebook's class for charges of hostile acts against
///   a state;
/// - war crimes: 1124 "accuse of war crimes";
/// - terrorism: 1121 "accuse of crime, corruption" (the codebook has no
///   code of its own for it; an act of terror is a crime);
/// - interference, broken commitments and anything else: 112 "accuse, not
///   specified below".
pub(super) fn cameo(category: AccusationCategory) -> Cow<'static, str> {
    Cow::Borrowed(match category {
        AccusationCategory::Espionage => "1125",
        AccusationCategory::HumanRights => "1122",
        AccusationCategory::CyberAttack
        | AccusationCategory::Coercion
        | AccusationCategory::Aggression
        | AccusationCategory::Sovereignty => "1123",
        AccusationCategory::WarCrimes => "1124",
        AccusationCategory::Terrorism => "1121",
        AccusationCategory::Disinformation | AccusationCategory::Hypocrisy => "111",
        _ => "112",
    })
}
