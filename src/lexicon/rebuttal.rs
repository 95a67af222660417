//! The phrases that signal each way of answering an accusation, grouped by
//! tactic, in English and Chinese.
//!
//! Phrases are lower case; `*` ends a stem. See [`super::phrase`]. A phrase
//! inside a longer matched phrase of another tactic gives way to it
//! ("hearsay evidence" discredits; it does not ask for evidence).

#[cfg(test)]
use std::sync::OnceLock;

#[cfg(test)]
use super::phrase::PhraseTable;
use crate::Tactic as T;

/// The rebuttal lexicon alone (read with the accusation lexicon in
/// [`super::accusation::signals`]).
#[cfg(test)]
pub(crate) fn table() -> &'static PhraseTable<T> {
    static TABLE: OnceLock<PhraseTable<T>> = OnceLock::new();
    TABLE.get_or_init(|| PhraseTable::new(CUES))
}

/// The cues of each tactic.
pub(super) static CUES: &[(&str, T)] = &[
    // Denial: the side never did, never would, has nothing to do with it.
    ("never encourage*", T::Denial),
    ("never support*", T::Denial),
    ("never condone*", T::Denial),
    ("never engage*", T::Denial),
    ("never participate*", T::Denial),
    ("never launch*", T::Denial),
    ("never conduct*", T::Denial),
    ("never carr*", T::Denial),
    ("never allow*", T::Denial),
    ("nothing to do with", T::Denial),
    ("not involved", T::Denial),
    ("no involvement", T::Denial),
    ("categorically den*", T::Denial),
    ("firmly den*", T::Denial),
    ("deny", T::Denial),
    ("denies", T::Denial),
    ("denied", T::Denial),
    ("cannot be carried out", T::Denial),
    ("unthinkable", T::Denial),
    ("what is the motive", T::Denial),
    ("motive and benefit", T::Denial),
    ("从不", T::Denial),
    ("从未", T::Denial),
    ("从来不", T::Denial),
    ("毫无关系", T::Denial),
    ("没有任何关系", T::Denial),
    ("无关", T::Denial),
    // Delegitimization: the charge is baseless, false, a smear, a lie.
    ("groundless", T::Delegitimization),
    ("baseless", T::Delegitimization),
    ("unfounded", T::Delegitimization),
    ("unsubstantiated", T::Delegitimization),
    ("without any basis", T::Delegitimization),
    ("not based on facts", T::Delegitimization),
    ("not based on fact", T::Delegitimization),
    ("speculation", T::Delegitimization),
    ("hearsay", T::Delegitimization),
    ("hearsay evidence", T::Delegitimization),
    ("a huge lie", T::Delegitimization),
    ("a lie", T::Delegitimization),
    ("lies", T::Delegitimization),
    ("smear*", T::Delegitimization),
    ("slander*", T::Delegitimization),
    ("defam*", T::Delegitimization),
    ("tarnish*", T::Delegitimization),
    ("denigrat*", T::Delegitimization),
    ("slinging mud", T::Delegitimization),
    ("fabricat*", T::Delegitimization),
    ("rumor*", T::Delegitimization),
    ("rumour*", T::Delegitimization),
    ("false accusation*", T::Delegitimization),
    ("false information", T::Delegitimization),
    ("disinformation", T::Delegitimization),
    ("so-called", T::Delegitimization),
    ("politiciz*", T::Delegitimization),
    ("politicis*", T::Delegitimization),
    ("stigmatiz*", T::Delegitimization),
    ("stigmatis*", T::Delegitimization),
    ("to frame", T::Delegitimization),
    ("frame up", T::Delegitimization),
    ("old trick", T::Delegitimization),
    ("ridiculous", T::Delegitimization),
    ("absurd", T::Delegitimization),
    ("nonsense", T::Delegitimization),
    ("vicious accusation*", T::Delegitimization),
    ("reversal of black and white", T::Delegitimization),
    ("confuses right with wrong", T::Delegitimization),
    (
        "do not represent the international community",
        T::Delegitimization,
    ),
    (
        "cannot represent the whole international community",
        T::Delegitimization,
    ),
    ("won't surprise us", T::Delegitimization),
    ("as dark as", T::Delegitimization),
    ("look more like", T::Delegitimization),
    ("refut*", T::Delegitimization),
    ("无端", T::Delegitimization),
    ("毫无根据", T::Delegitimization),
    ("毫无事实根据", T::Delegitimization),
    ("捏造", T::Delegitimization),
    ("污蔑", T::Delegitimization),
    ("抹黑", T::Delegitimization),
    ("造谣", T::Delegitimization),
    ("谣言", T::Delegitimization),
    ("诬称", T::Delegitimization),
    ("诬陷", T::Delegitimization),
    ("政治化", T::Delegitimization),
    ("颠倒黑白", T::Delegitimization),
    // Counter-accusation phrases (the clause is also an asserted accusation).
    ("thieves", T::CounterAccusation),
    // Those who accuse are a few, not the world: discredits and turns back.
    (
        "do not represent the international community",
        T::CounterAccusation,
    ),
    (
        "cannot represent the whole international community",
        T::CounterAccusation,
    ),
    ("stop thief", T::CounterAccusation),
    ("贼喊捉贼", T::CounterAccusation),
    ("cannot hide the fact", T::CounterAccusation),
    ("their own problems", T::CounterAccusation),
    ("one's own wrongdoings", T::CounterAccusation),
    ("hypocrisy", T::CounterAccusation),
    ("double standard*", T::CounterAccusation),
    // Victim claims: the side as the one harmed.
    ("victim", T::VictimClaim),
    ("victims", T::VictimClaim),
    ("has suffered", T::VictimClaim),
    ("have suffered", T::VictimClaim),
    ("受害", T::VictimClaim),
    // Demands for evidence.
    ("evidence", T::DemandForEvidence),
    ("chain of evidence", T::DemandForEvidence),
    ("difficult to trace", T::DemandForEvidence),
    ("hard to trace", T::DemandForEvidence),
    ("extra prudence", T::DemandForEvidence),
    ("prudence", T::DemandForEvidence),
    ("proof", T::DemandForEvidence),
    ("证据", T::DemandForEvidence),
    ("溯源", T::DemandForEvidence),
    // Motive attribution: political purposes, pretexts, designs.
    ("political purpose*", T::MotiveAttribution),
    ("political motiv*", T::MotiveAttribution),
    ("political manipulation", T::MotiveAttribution),
    ("political agenda", T::MotiveAttribution),
    ("ulterior motive*", T::MotiveAttribution),
    ("hidden agenda", T::MotiveAttribution),
    ("in a bid to", T::MotiveAttribution),
    ("to frame", T::MotiveAttribution),
    ("frame up", T::MotiveAttribution),
    ("intends to", T::MotiveAttribution),
    ("tries to", T::MotiveAttribution),
    ("tried to", T::MotiveAttribution),
    ("trying to", T::MotiveAttribution),
    ("attempts to", T::MotiveAttribution),
    ("attempt to", T::MotiveAttribution),
    ("under the guise of", T::MotiveAttribution),
    ("under the pretext of", T::MotiveAttribution),
    ("to tarnish", T::MotiveAttribution),
    ("to suppress", T::MotiveAttribution),
    ("to contain", T::MotiveAttribution),
    ("for this purpose", T::MotiveAttribution),
    ("to this end", T::MotiveAttribution),
    ("real intention*", T::MotiveAttribution),
    ("deterrence strategy", T::MotiveAttribution),
    ("政治目的", T::MotiveAttribution),
    ("政治操弄", T::MotiveAttribution),
    ("别有用心", T::MotiveAttribution),
    ("企图", T::MotiveAttribution),
    // Warnings: countermeasures and threats.
    ("retaliat*", T::Warning),
    ("countermeasure*", T::Warning),
    ("counter-measure*", T::Warning),
    ("necessary measures", T::Warning),
    ("resolute measures", T::Warning),
    ("bear responsibility", T::Warning),
    ("bear the consequences", T::Warning),
    ("follow closely", T::Warning),
    ("closely follow", T::Warning),
    ("won't benefit", T::Warning),
    ("will not benefit", T::Warning),
    ("必要措施", T::Warning),
    ("反制", T::Warning),
    ("后果自负", T::Warning),
    // Appeals for cooperation.
    ("dialogue and cooperation", T::AppealForCooperation),
    ("through dialogue", T::AppealForCooperation),
    ("mutual respect", T::AppealForCooperation),
    ("jointly", T::AppealForCooperation),
    ("work together", T::AppealForCooperation),
    ("called on", T::AppealForCooperation),
    ("calls on", T::AppealForCooperation),
    ("call on", T::AppealForCooperation),
    ("common threat", T::AppealForCooperation),
    ("对话合作", T::AppealForCooperation),
    ("对话与合作", T::AppealForCooperation),
    ("共同维护", T::AppealForCooperation),
    // Principled stance: the side's standing position.
    ("firmly oppose*", T::PrincipledStance),
    ("resolutely oppose*", T::PrincipledStance),
    ("opposes and combats", T::PrincipledStance),
    ("never accept", T::PrincipledStance),
    ("firm defender", T::PrincipledStance),
    ("consistent and clear", T::PrincipledStance),
    ("totally unacceptable", T::PrincipledStance),
    ("坚决反对", T::PrincipledStance),
    ("一贯", T::PrincipledStance),
    ("始终", T::PrincipledStance),
];

/// The verbs of harm alone (read with the accusation lexicon in
/// [`super::accusation::signals`]).
#[cfg(test)]
pub(crate) fn harms() -> &'static PhraseTable<bool> {
    static TABLE: OnceLock<PhraseTable<bool>> = OnceLock::new();
    TABLE.get_or_init(|| PhraseTable::new(HARMS))
}

/// Verbs of harm that make a clause a victim claim when the side is named
/// as the one harmed: after an active verb ("took control of hosts in
/// China", "harmed China's security"), before a passive one (`true`: "hosts
/// on the Chinese mainland were controlled").
pub(super) static HARMS: &[(&str, bool)] = &[
    ("harmed", false),
    ("harming", false),
    ("undermined", false),
    ("undermining", false),
    ("damaged", false),
    ("took control of", false),
    ("taken control of", false),
    ("were controlled", true),
    ("was controlled", true),
    ("controlled about", false),
    ("controlled more than", false),
    ("was attacked", true),
    ("were attacked", true),
    ("has been attacked", true),
    ("控制了", false),
    ("遭受", false),
    ("遭到", false),
];
