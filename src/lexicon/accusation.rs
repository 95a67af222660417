//! The words that make a clause an accusation: cues of a charge, wrongful
//! acts by category, reporting verbs, and the words that tell who acts.
//!
//! Phrases are lower case; `*` ends a stem. See [`super::phrase`].

use std::sync::OnceLock;

use super::phrase::PhraseTable;
use crate::AccusationCategory as C;
use crate::Tactic;

/// What a phrase of the accusation lexicon signals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Term {
    /// A verb of charging: "X accused Y of Z"; the subject accuses, the
    /// object is accused. `true` when the verb may leave its object
    /// implicit ("as the US has accused"): the document's side is then the
    /// one accused.
    Charge(bool),
    /// A noun naming a charge: "accusations by X against Y", "X's
    /// allegations that Y ...".
    ChargeNoun,
    /// Labelling: "labeling Y as a 'cyber attacker'", "put labels such as
    /// 'genocide' on Y".
    Label,
    /// A verb of disinformation whose object may carry someone's charge:
    /// "X smeared Y hiring hackers" is X's smear (disinformation) and X's
    /// charge against Y.
    Smear,
    /// A wrongful act, by category: the clause charges its agent with it.
    Wrong(C),
    /// An act wrongful only by its context: a superlative that ranks a
    /// party first among wrongdoers ("the world's largest source of", "the
    /// top three"), or a verb of targeting. Its category is the document's
    /// main one.
    Rank,
    /// A source making a disclosure: "revealed that", "X reported", "Y
    /// said". The content is the source's charge, not the document's.
    Source,
    /// "so-called": the writer distances itself from someone else's claim.
    SoCalled,
    /// A word between a party and a wrongful act that makes the party its
    /// victim or opponent, not its agent ("China opposes cyber attacks",
    /// "China is a victim of cyber attacks").
    Breaker,
    /// A head noun of an actor that is no known party ("some Western
    /// countries", "APT groups", "hackers"): an agent with no party.
    Agent,
    /// A pronoun or anaphor standing for the last agent ("it", "they",
    /// "this act").
    Anaphor,
    /// "It" that stands for nothing ("it is important", "it requires").
    Expletive,
}

/// The accusation lexicon.
pub(crate) fn table() -> &'static PhraseTable<Term> {
    static TABLE: OnceLock<PhraseTable<Term>> = OnceLock::new();
    TABLE.get_or_init(|| PhraseTable::new(TERMS))
}

/// A phrase of the accusation lexicon or of the rebuttal lexicons (see
/// [`super::rebuttal`]): accusations and rebuttals read the same sentences,
/// so both are found in one pass.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Signal {
    /// A phrase of the accusation lexicon.
    Term(Term),
    /// A cue of a rebuttal tactic.
    Cue(Tactic),
    /// A verb of harm: `true` when passive (see [`super::rebuttal`]).
    Harm(bool),
}

/// The accusation lexicon, the rebuttal cues and the verbs of harm in one
/// table, each keeping its own longest matches.
pub(crate) fn signals() -> &'static PhraseTable<Signal> {
    static TABLE: OnceLock<PhraseTable<Signal>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let terms = TERMS.iter().map(|&(k, t)| (k, Signal::Term(t), 0));
        let cues = super::rebuttal::CUES
            .iter()
            .map(|&(k, t)| (k, Signal::Cue(t), 1));
        let harms = super::rebuttal::HARMS
            .iter()
            .map(|&(k, h)| (k, Signal::Harm(h), 2));
        PhraseTable::merged(terms.chain(cues).chain(harms))
    })
}

static TERMS: &[(&str, Term)] = &[
    // Verbs of charging, English: the CAMEO 112 "accuse" family and its
    // reporting variants.
    // (Verb forms listed one by one: a stem would also match the nouns.)
    ("accuse", Term::Charge(true)),
    ("accused", Term::Charge(true)),
    ("accuses", Term::Charge(true)),
    ("accusing", Term::Charge(true)),
    ("allege", Term::Charge(true)),
    ("alleged", Term::Charge(true)),
    ("alleges", Term::Charge(true)),
    ("alleging", Term::Charge(true)),
    ("blame", Term::Charge(false)),
    ("blamed", Term::Charge(false)),
    ("blames", Term::Charge(false)),
    ("blaming", Term::Charge(false)),
    ("claim", Term::Charge(true)),
    ("claims", Term::Charge(true)),
    ("claimed", Term::Charge(true)),
    ("claiming", Term::Charge(true)),
    ("attribute", Term::Charge(false)),
    ("attributed", Term::Charge(false)),
    ("attributes", Term::Charge(false)),
    ("attributing", Term::Charge(false)),
    ("named", Term::Charge(false)),
    ("charged", Term::Charge(false)),
    ("condemn*", Term::Charge(false)),
    ("denounc*", Term::Charge(false)),
    ("hold responsible", Term::Charge(false)),
    ("held responsible", Term::Charge(false)),
    ("indict*", Term::ChargeNoun),
    // Nouns naming a charge: whose it is comes from "by X", "X's", "X-led".
    ("accusation", Term::ChargeNoun),
    ("accusations", Term::ChargeNoun),
    ("allegation", Term::ChargeNoun),
    ("allegations", Term::ChargeNoun),
    ("rumor", Term::ChargeNoun),
    ("rumors", Term::ChargeNoun),
    ("rumour", Term::ChargeNoun),
    ("rumours", Term::ChargeNoun),
    ("attribution", Term::ChargeNoun),
    // Labelling a party as a wrongdoer.
    ("label*", Term::Label),
    ("branded", Term::Label),
    ("branding", Term::Label),
    // Verbs of charging, Chinese: to accuse, to allege, to claim falsely.
    ("指责", Term::Charge(true)),
    ("指控", Term::Charge(true)),
    ("诬称", Term::Charge(true)),
    ("声称", Term::Charge(true)),
    ("归咎", Term::Charge(false)),
    // Disinformation verbs that carry someone's charge in their object.
    ("smear", Term::Smear),
    ("smears", Term::Smear),
    ("smeared", Term::Smear),
    ("smearing", Term::Smear),
    ("污蔑", Term::Smear),
    ("抹黑", Term::Smear),
    ("炒作", Term::Smear),
    // Cyber attacks: hacking, intrusion, malware, attack infrastructure.
    ("cyber attack*", Term::Wrong(C::CyberAttack)),
    ("cyber-attack*", Term::Wrong(C::CyberAttack)),
    ("cyberattack*", Term::Wrong(C::CyberAttack)),
    ("cyber theft", Term::Wrong(C::CyberAttack)),
    ("cyber operations", Term::Wrong(C::CyberAttack)),
    ("cyber campaign*", Term::Wrong(C::CyberAttack)),
    ("hacking campaign*", Term::Wrong(C::CyberAttack)),
    ("cyber infiltration", Term::Wrong(C::CyberAttack)),
    ("cyber penetration", Term::Wrong(C::CyberAttack)),
    ("cyber troops", Term::Wrong(C::CyberAttack)),
    ("cyber weapons", Term::Wrong(C::CyberAttack)),
    ("cyber military forces", Term::Wrong(C::CyberAttack)),
    ("malicious cyber", Term::Wrong(C::CyberAttack)),
    ("malicious program*", Term::Wrong(C::CyberAttack)),
    ("malware", Term::Wrong(C::CyberAttack)),
    ("ransomware", Term::Wrong(C::CyberAttack)),
    ("hack", Term::Wrong(C::CyberAttack)),
    ("hacked", Term::Wrong(C::CyberAttack)),
    ("hacker", Term::Wrong(C::CyberAttack)),
    ("hackers", Term::Wrong(C::CyberAttack)),
    ("hacking", Term::Wrong(C::CyberAttack)),
    ("intrusion*", Term::Wrong(C::CyberAttack)),
    ("compromised", Term::Wrong(C::CyberAttack)),
    ("apt group*", Term::Wrong(C::CyberAttack)),
    ("to attack", Term::Wrong(C::CyberAttack)),
    ("targeting", Term::Rank),
    ("targeted", Term::Rank),
    ("网络攻击", Term::Wrong(C::CyberAttack)),
    ("网络渗透", Term::Wrong(C::CyberAttack)),
    ("黑客", Term::Wrong(C::CyberAttack)),
    ("恶意程序", Term::Wrong(C::CyberAttack)),
    ("网络窃密", Term::Wrong(C::CyberAttack)),
    // Espionage: spying, surveillance, wiretapping, eavesdropping,
    // interception (SPEC: all espionage).
    ("espionage", Term::Wrong(C::Espionage)),
    ("spy", Term::Wrong(C::Espionage)),
    ("spied", Term::Wrong(C::Espionage)),
    ("spies", Term::Wrong(C::Espionage)),
    ("spying", Term::Wrong(C::Espionage)),
    ("surveillance", Term::Wrong(C::Espionage)),
    ("wiretap*", Term::Wrong(C::Espionage)),
    ("bugging", Term::Wrong(C::Espionage)),
    ("bugged", Term::Wrong(C::Espionage)),
    ("planted bugs", Term::Wrong(C::Espionage)),
    ("eavesdrop*", Term::Wrong(C::Espionage)),
    ("intercept*", Term::Wrong(C::Espionage)),
    ("to monitor", Term::Wrong(C::Espionage)),
    ("monitored", Term::Wrong(C::Espionage)),
    ("monitoring", Term::Wrong(C::Espionage)),
    ("窃听", Term::Wrong(C::Espionage)),
    ("监听", Term::Wrong(C::Espionage)),
    ("间谍", Term::Wrong(C::Espionage)),
    ("监控", Term::Wrong(C::Espionage)),
    // Disinformation: smears, rumours, slander, false information.
    ("false information", Term::Wrong(C::Disinformation)),
    ("disinformation", Term::Wrong(C::Disinformation)),
    ("misinformation", Term::Wrong(C::Disinformation)),
    ("fake news", Term::Wrong(C::Disinformation)),
    ("false accusations", Term::Wrong(C::Disinformation)),
    ("defam*", Term::Wrong(C::Disinformation)),
    ("slander*", Term::Wrong(C::Disinformation)),
    ("tarnish*", Term::Wrong(C::Disinformation)),
    ("to frame", Term::Wrong(C::Disinformation)),
    ("frame up", Term::Wrong(C::Disinformation)),
    ("denigrat*", Term::Wrong(C::Disinformation)),
    ("vilif*", Term::Wrong(C::Disinformation)),
    ("slinging mud", Term::Wrong(C::Disinformation)),
    ("fabricat*", Term::Wrong(C::Disinformation)),
    ("虚假信息", Term::Wrong(C::Disinformation)),
    ("造谣", Term::Wrong(C::Disinformation)),
    ("谣言", Term::Wrong(C::Disinformation)),
    ("诽谤", Term::Wrong(C::Disinformation)),
    // Coercion: pressure, threats, bullying, sanctions.
    ("coerc*", Term::Wrong(C::Coercion)),
    ("to pressure", Term::Wrong(C::Coercion)),
    ("pressuring", Term::Wrong(C::Coercion)),
    ("bully*", Term::Wrong(C::Coercion)),
    ("intimidat*", Term::Wrong(C::Coercion)),
    ("blackmail*", Term::Wrong(C::Coercion)),
    ("胁迫", Term::Wrong(C::Coercion)),
    ("施压", Term::Wrong(C::Coercion)),
    ("霸凌", Term::Wrong(C::Coercion)),
    // Hypocrisy: double standards, the thief crying "stop thief".
    ("hypocrisy", Term::Wrong(C::Hypocrisy)),
    ("hypocritical", Term::Wrong(C::Hypocrisy)),
    ("double standard*", Term::Wrong(C::Hypocrisy)),
    ("thieves", Term::Wrong(C::Hypocrisy)),
    ("stop thief", Term::Wrong(C::Hypocrisy)),
    ("贼喊捉贼", Term::Wrong(C::Hypocrisy)),
    ("双重标准", Term::Wrong(C::Hypocrisy)),
    ("双标", Term::Wrong(C::Hypocrisy)),
    // Human rights: the gravest charges.
    ("genocide", Term::Wrong(C::HumanRights)),
    ("crimes against humanity", Term::Wrong(C::HumanRights)),
    ("forced labo*", Term::Wrong(C::HumanRights)),
    ("human rights abuses", Term::Wrong(C::HumanRights)),
    ("human rights violations", Term::Wrong(C::HumanRights)),
    ("种族灭绝", Term::Wrong(C::HumanRights)),
    ("强迫劳动", Term::Wrong(C::HumanRights)),
    // Superlatives ranking a party first among wrongdoers.
    ("largest source of", Term::Rank),
    ("biggest source of", Term::Rank),
    ("largest home of", Term::Rank),
    ("the top three", Term::Rank),
    ("top three origins", Term::Rank),
    ("分列前三", Term::Rank),
    ("最大来源", Term::Rank),
    // Sources disclosing someone's wrongdoing: the content is theirs.
    ("reported", Term::Source),
    ("revealed", Term::Source),
    ("disclosed", Term::Source),
    ("was exposed", Term::Source),
    ("were exposed", Term::Source),
    ("released by", Term::Source),
    ("leaked", Term::Source),
    ("said", Term::Source),
    ("says", Term::Source),
    ("outlined", Term::Source),
    ("detected", Term::Source),
    ("报道", Term::Source),
    ("披露", Term::Source),
    ("曝光", Term::Source),
    // Distancing from someone else's claim.
    ("so-called", Term::SoCalled),
    ("所谓", Term::SoCalled),
    // Words that make the party before them the victim or opponent of the
    // act, not its agent.
    ("victim*", Term::Breaker),
    ("oppose", Term::Breaker),
    ("opposes", Term::Breaker),
    ("opposed", Term::Breaker),
    ("combat*", Term::Breaker),
    ("suffer*", Term::Breaker),
    ("never", Term::Breaker),
    ("cracked down", Term::Breaker),
    ("crack down", Term::Breaker),
    ("cracks down", Term::Breaker),
    ("defender", Term::Breaker),
    ("safeguard*", Term::Breaker),
    ("uphold*", Term::Breaker),
    ("fight*", Term::Breaker),
    ("against", Term::Breaker),
    ("under", Term::Breaker),
    ("not", Term::Breaker),
    ("受害", Term::Breaker),
    ("反对", Term::Breaker),
    ("打击", Term::Breaker),
    // Actors that are no known party: agents with no party.
    ("countries", Term::Agent),
    ("the west", Term::Agent),
    ("the west's", Term::Agent),
    ("apt groups", Term::Agent),
    // Anaphors: the agent of the sentence before.
    ("it", Term::Anaphor),
    ("they", Term::Anaphor),
    ("its", Term::Anaphor),
    ("this act", Term::Anaphor),
    ("it is", Term::Expletive),
    ("it's", Term::Expletive),
    ("it was", Term::Expletive),
    ("it requires", Term::Expletive),
    ("it would", Term::Expletive),
    ("such practices", Term::Anaphor),
    ("this practice", Term::Anaphor),
    ("their", Term::Anaphor),
];
