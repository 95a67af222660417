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
    /// A verb of violation ("violated", "infringed", "违反"): a wrongful
    /// act whose category is that of its [`Term::Object`], else the
    /// document's main one.
    Violation,
    /// What a violation violates, giving it a category: "violated China's
    /// *sovereignty*" (sovereignty), "broke its *commitments*" (broken
    /// commitment), "violations of international *humanitarian law*" (war
    /// crimes). Opens nothing by itself.
    Object(C),
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
    /// "To stop": the party urged to stop an act is its agent ("urges the
    /// US to stop cyber attacks", "要求美方停止……").
    Cease,
    /// "Despite": the opposition named after it is someone else's, so a
    /// breaker after it ("despite China's strong opposition") does not undo
    /// the act of the party before it.
    Despite,
    /// Hearsay: "studies show", "reportedly", "allegedly". A charge
    /// against the document's own side that rests on it is someone else's
    /// (reported), never the side's own.
    Hearsay,
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
    /// A phrase that holds a cue but is none ("claimed the lives of"):
    /// matched only to keep the cue inside it from matching.
    Idle,
    /// An act wrongful in the document's dispute but not by itself ("the
    /// attacks by X", "launched by X"): charged to its agent with the
    /// document's main category, like [`Term::Rank`].
    Act,
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
    /// A phrase of protest ([`super::protests`]).
    Protest(crate::ProtestForm),
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
        let protests = super::protests::PROTESTS
            .iter()
            .map(|&(k, f)| (k, Signal::Protest(f), 3));
        PhraseTable::merged(terms.chain(cues).chain(harms).chain(protests))
    })
}

/// Words that open a clause of its own between a speaker's verb and a charge
/// ("the ministry said, after media reported that WikiLeaks revealed that
/// ...", "came one day after the US pinned the attack"): the charge is then
/// that clause's, not the speaker's.
pub(crate) const NESTED_CLAUSE_WORDS: &[&str] = &[
    "after",
    "before",
    "when",
    "since",
    "following",
    "reported",
    "revealed",
    "according",
    "claimed",
    "alleged",
    "accused",
    "disclosed",
    "exposed",
];

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
    // Words, not deeds: a remark is no provocation charged.
    ("provocative remarks", Term::Idle),
    ("provocative statements", Term::Idle),
    ("provocative comments", Term::Idle),
    // A war's toll, not a claim.
    ("claimed the lives", Term::Idle),
    ("claim the lives", Term::Idle),
    ("claiming the lives", Term::Idle),
    ("claimed the life", Term::Idle),
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
    ("holds responsible", Term::Charge(false)),
    // A government's own charge in the language of concern (issue 15):
    // "X is deeply concerned about Y's ...", "exposing Y's ..." (not
    // "expose": "such practices expose X's hypocrisy" names the charge).
    ("concerned about", Term::Charge(false)),
    ("concerned that", Term::Charge(false)),
    ("concerns about", Term::Charge(false)),
    ("exposing", Term::Charge(false)),
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
    // ... and their traditional forms (Hong Kong, Macao and Taiwan
    // outlets print the ministry's words in them).
    ("網絡攻擊", Term::Wrong(C::CyberAttack)),
    ("網路攻擊", Term::Wrong(C::CyberAttack)),
    ("網絡竊密", Term::Wrong(C::CyberAttack)),
    ("駭客", Term::Wrong(C::CyberAttack)),
    ("惡意程序", Term::Wrong(C::CyberAttack)),
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
    ("surveil", Term::Wrong(C::Espionage)),
    ("gathered intelligence", Term::Wrong(C::Espionage)),
    ("gathering intelligence", Term::Wrong(C::Espionage)),
    ("intelligence gathering", Term::Wrong(C::Espionage)),
    ("surveilled", Term::Wrong(C::Espionage)),
    ("surveilling", Term::Wrong(C::Espionage)),
    ("monitored", Term::Wrong(C::Espionage)),
    ("monitoring", Term::Wrong(C::Espionage)),
    ("窃听", Term::Wrong(C::Espionage)),
    ("监听", Term::Wrong(C::Espionage)),
    ("间谍", Term::Wrong(C::Espionage)),
    ("监控", Term::Wrong(C::Espionage)),
    ("监视", Term::Wrong(C::Espionage)),
    ("竊聽", Term::Wrong(C::Espionage)),
    ("監聽", Term::Wrong(C::Espionage)),
    ("間諜", Term::Wrong(C::Espionage)),
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
    ("misleads", Term::Wrong(C::Disinformation)),
    ("misled", Term::Wrong(C::Disinformation)),
    ("discredit*", Term::Wrong(C::Disinformation)),
    ("虚假信息", Term::Wrong(C::Disinformation)),
    ("造谣", Term::Wrong(C::Disinformation)),
    ("谣言", Term::Wrong(C::Disinformation)),
    ("诽谤", Term::Wrong(C::Disinformation)),
    // Coercion: pressure, threats, bullying, sanctions.
    ("coerc*", Term::Wrong(C::Coercion)),
    ("to pressure", Term::Wrong(C::Coercion)),
    ("pressuring", Term::Wrong(C::Coercion)),
    ("pressured", Term::Wrong(C::Coercion)),
    ("pressures", Term::Wrong(C::Coercion)),
    ("bully*", Term::Wrong(C::Coercion)),
    ("intimidat*", Term::Wrong(C::Coercion)),
    ("blackmail*", Term::Wrong(C::Coercion)),
    ("胁迫", Term::Wrong(C::Coercion)),
    ("suppress", Term::Wrong(C::Coercion)),
    ("suppresses", Term::Wrong(C::Coercion)),
    ("suppressed", Term::Wrong(C::Coercion)),
    ("suppressing", Term::Wrong(C::Coercion)),
    ("打压", Term::Wrong(C::Coercion)),
    ("遏制", Term::Wrong(C::Coercion)),
    ("施压", Term::Wrong(C::Coercion)),
    ("霸凌", Term::Wrong(C::Coercion)),
    // ... and the charges of the sanctions disputes: unilateral sanctions,
    // long-arm jurisdiction, hegemonism, the Cold War mentality.
    ("unilateral sanction*", Term::Wrong(C::Coercion)),
    ("imposing sanctions", Term::Wrong(C::Coercion)),
    ("imposed sanctions", Term::Wrong(C::Coercion)),
    ("imposes sanctions", Term::Wrong(C::Coercion)),
    ("sanctioning", Term::Wrong(C::Coercion)),
    ("sanction", Term::Wrong(C::Coercion)),
    ("sanctioned", Term::Wrong(C::Coercion)),
    ("long-arm jurisdiction", Term::Wrong(C::Coercion)),
    ("hegemon*", Term::Wrong(C::Coercion)),
    ("power politics", Term::Wrong(C::Coercion)),
    ("cold war mentality", Term::Wrong(C::Coercion)),
    ("zero-sum", Term::Wrong(C::Coercion)),
    ("economic coercion", Term::Wrong(C::Coercion)),
    ("单边制裁", Term::Wrong(C::Coercion)),
    ("长臂管辖", Term::Wrong(C::Coercion)),
    ("霸权", Term::Wrong(C::Coercion)),
    ("强权政治", Term::Wrong(C::Coercion)),
    ("冷战思维", Term::Wrong(C::Coercion)),
    // Hypocrisy: double standards, the thief crying "stop thief".
    ("hypocrisy", Term::Wrong(C::Hypocrisy)),
    ("hypocritical", Term::Wrong(C::Hypocrisy)),
    ("double standard*", Term::Wrong(C::Hypocrisy)),
    ("thieves", Term::Wrong(C::Hypocrisy)),
    ("stop thief", Term::Wrong(C::Hypocrisy)),
    ("贼喊捉贼", Term::Wrong(C::Hypocrisy)),
    ("双重标准", Term::Wrong(C::Hypocrisy)),
    ("双标", Term::Wrong(C::Hypocrisy)),
    // Posing as what one is not: a self-styled title set against one's
    // conduct ("has the nerve to call itself a guard", "poses as a victim",
    // 自诩, 标榜).
    ("has the nerve to", Term::Wrong(C::Hypocrisy)),
    ("call itself", Term::Wrong(C::Hypocrisy)),
    ("calls itself", Term::Wrong(C::Hypocrisy)),
    ("calling itself", Term::Wrong(C::Hypocrisy)),
    ("poses as", Term::Wrong(C::Hypocrisy)),
    ("posing as", Term::Wrong(C::Hypocrisy)),
    ("presents itself as", Term::Wrong(C::Hypocrisy)),
    ("portrays itself as", Term::Wrong(C::Hypocrisy)),
    ("self-styled", Term::Wrong(C::Hypocrisy)),
    ("self-proclaimed", Term::Wrong(C::Hypocrisy)),
    ("自诩", Term::Wrong(C::Hypocrisy)),
    ("自詡", Term::Wrong(C::Hypocrisy)),
    ("标榜", Term::Wrong(C::Hypocrisy)),
    ("標榜", Term::Wrong(C::Hypocrisy)),
    // Human rights: the gravest charges.
    ("genocide", Term::Wrong(C::HumanRights)),
    ("crimes against humanity", Term::Wrong(C::HumanRights)),
    ("forced labo*", Term::Wrong(C::HumanRights)),
    ("human rights abuses", Term::Wrong(C::HumanRights)),
    ("human rights violations", Term::Wrong(C::HumanRights)),
    ("种族灭绝", Term::Wrong(C::HumanRights)),
    ("强迫劳动", Term::Wrong(C::HumanRights)),
    ("arbitrary detention*", Term::Wrong(C::HumanRights)),
    ("arbitrarily detain*", Term::Wrong(C::HumanRights)),
    ("torture*", Term::Wrong(C::HumanRights)),
    ("ethnic cleansing", Term::Wrong(C::HumanRights)),
    ("persecut*", Term::Wrong(C::HumanRights)),
    ("repression", Term::Wrong(C::HumanRights)),
    ("任意拘押", Term::Wrong(C::HumanRights)),
    ("酷刑", Term::Wrong(C::HumanRights)),
    // Interference (CAMEO 112 "accuse"; the charge of meddling in a
    // state's internal affairs, and of abetting its separatists).
    ("interfere", Term::Wrong(C::Interference)),
    ("interferes", Term::Wrong(C::Interference)),
    ("interfered", Term::Wrong(C::Interference)),
    ("interfering", Term::Wrong(C::Interference)),
    ("interference in", Term::Wrong(C::Interference)),
    ("interference into", Term::Wrong(C::Interference)),
    ("meddl*", Term::Wrong(C::Interference)),
    ("干涉", Term::Wrong(C::Interference)),
    ("干预中国内政", Term::Wrong(C::Interference)),
    ("插手", Term::Wrong(C::Interference)),
    ("纵容", Term::Wrong(C::Interference)),
    ("怂恿", Term::Wrong(C::Interference)),
    // Aggression (CAMEO 1123 "accuse of aggression": the hostile acts of
    // the codebook's 13x threaten, 15x force posture, 17x coerce, 18x
    // assault and 19x fight classes): provocation, incursion and trespass,
    // ramming, water cannon, blocking and harassing vessels, dangerous
    // manoeuvres, militarisation, invasion, strikes and shelling.
    ("provocation*", Term::Wrong(C::Aggression)),
    ("provocative", Term::Wrong(C::Aggression)),
    ("provoked", Term::Wrong(C::Aggression)),
    ("provoking", Term::Wrong(C::Aggression)),
    ("incursion*", Term::Wrong(C::Aggression)),
    ("intruded", Term::Wrong(C::Aggression)),
    ("trespass*", Term::Wrong(C::Aggression)),
    ("rammed", Term::Wrong(C::Aggression)),
    ("ramming", Term::Wrong(C::Aggression)),
    ("water cannon*", Term::Wrong(C::Aggression)),
    ("harass*", Term::Wrong(C::Aggression)),
    ("dangerous manoeuv*", Term::Wrong(C::Aggression)),
    ("dangerous maneuv*", Term::Wrong(C::Aggression)),
    ("unsafe manoeuv*", Term::Wrong(C::Aggression)),
    ("unsafe maneuv*", Term::Wrong(C::Aggression)),
    ("dangerous and unlawful", Term::Wrong(C::Aggression)),
    ("dangerous actions", Term::Wrong(C::Aggression)),
    ("militariz*", Term::Wrong(C::Aggression)),
    ("militaris*", Term::Wrong(C::Aggression)),
    ("aggression", Term::Wrong(C::Aggression)),
    ("aggressive actions", Term::Wrong(C::Aggression)),
    ("aggressive behavio*", Term::Wrong(C::Aggression)),
    ("war of aggression", Term::Wrong(C::Aggression)),
    ("invasion", Term::Wrong(C::Aggression)),
    ("invaded", Term::Wrong(C::Aggression)),
    ("invading", Term::Wrong(C::Aggression)),
    ("missile attack*", Term::Wrong(C::Aggression)),
    ("missile strike*", Term::Wrong(C::Aggression)),
    ("drone attack*", Term::Wrong(C::Aggression)),
    ("drone strike*", Term::Wrong(C::Aggression)),
    ("air strike*", Term::Wrong(C::Aggression)),
    ("airstrike*", Term::Wrong(C::Aggression)),
    ("deadly attack*", Term::Wrong(C::Aggression)),
    ("armed attack*", Term::Wrong(C::Aggression)),
    ("shelling", Term::Wrong(C::Aggression)),
    ("shelled", Term::Wrong(C::Aggression)),
    ("bombard*", Term::Wrong(C::Aggression)),
    ("use of force", Term::Wrong(C::Aggression)),
    ("sabre-rattling", Term::Wrong(C::Aggression)),
    ("saber-rattling", Term::Wrong(C::Aggression)),
    ("挑衅", Term::Wrong(C::Aggression)),
    ("军事挑衅", Term::Wrong(C::Aggression)),
    ("擅闯", Term::Wrong(C::Aggression)),
    ("闯入", Term::Wrong(C::Aggression)),
    ("侵入", Term::Wrong(C::Aggression)),
    ("冲撞", Term::Wrong(C::Aggression)),
    ("撞击", Term::Wrong(C::Aggression)),
    ("水炮", Term::Wrong(C::Aggression)),
    ("危险动作", Term::Wrong(C::Aggression)),
    ("危险行为", Term::Wrong(C::Aggression)),
    ("骚扰", Term::Wrong(C::Aggression)),
    ("军事化", Term::Wrong(C::Aggression)),
    ("侵略", Term::Wrong(C::Aggression)),
    ("入侵", Term::Wrong(C::Aggression)),
    ("网络入侵", Term::Wrong(C::CyberAttack)),
    ("炮击", Term::Wrong(C::Aggression)),
    ("空袭", Term::Wrong(C::Aggression)),
    ("动用武力", Term::Wrong(C::Aggression)),
    ("使用武力", Term::Wrong(C::Aggression)),
    ("武力威胁", Term::Wrong(C::Aggression)),
    ("导弹袭击", Term::Wrong(C::Aggression)),
    // A provocation in politics, not arms (a visit, a law): no category.
    ("political provocation*", Term::Wrong(C::Other)),
    ("政治挑衅", Term::Wrong(C::Other)),
    // Sovereignty (CAMEO 1123): violating territory, illegal occupation,
    // annexation, illegal claims, separatism and changing the status quo.
    ("illegally occupied", Term::Wrong(C::Sovereignty)),
    ("illegal occupation", Term::Wrong(C::Sovereignty)),
    ("illegally occupying", Term::Wrong(C::Sovereignty)),
    ("occupied territor*", Term::Wrong(C::Sovereignty)),
    ("annex*", Term::Wrong(C::Sovereignty)),
    ("illegal claim*", Term::Wrong(C::Sovereignty)),
    ("excessive claim*", Term::Wrong(C::Sovereignty)),
    ("separatis*", Term::Wrong(C::Sovereignty)),
    ("secessionis*", Term::Wrong(C::Sovereignty)),
    ("splittis*", Term::Wrong(C::Sovereignty)),
    ("change the status quo", Term::Wrong(C::Sovereignty)),
    ("changing the status quo", Term::Wrong(C::Sovereignty)),
    ("unilaterally change", Term::Wrong(C::Sovereignty)),
    ("非法占领", Term::Wrong(C::Sovereignty)),
    ("侵占", Term::Wrong(C::Sovereignty)),
    ("吞并", Term::Wrong(C::Sovereignty)),
    ("改变现状", Term::Wrong(C::Sovereignty)),
    ("谋独", Term::Wrong(C::Sovereignty)),
    ("台独", Term::Wrong(C::Sovereignty)),
    ("分裂", Term::Wrong(C::Sovereignty)),
    // War crimes (CAMEO 1124): attacks on civilians, atrocities,
    // deportation, breaches of humanitarian law (an Object below).
    ("war crime*", Term::Wrong(C::WarCrimes)),
    ("atrocit*", Term::Wrong(C::WarCrimes)),
    ("attacks on civilian*", Term::Wrong(C::WarCrimes)),
    ("attack on civilian*", Term::Wrong(C::WarCrimes)),
    ("attacks against civilian*", Term::Wrong(C::WarCrimes)),
    ("deliberate attack*", Term::Wrong(C::WarCrimes)),
    ("indiscriminate attack*", Term::Wrong(C::WarCrimes)),
    ("indiscriminate shelling", Term::Wrong(C::WarCrimes)),
    ("forcibly deport*", Term::Wrong(C::WarCrimes)),
    ("forced deportation*", Term::Wrong(C::WarCrimes)),
    ("massacre*", Term::Wrong(C::WarCrimes)),
    ("战争罪", Term::Wrong(C::WarCrimes)),
    ("屠杀", Term::Wrong(C::WarCrimes)),
    // Terrorism (CAMEO 1121 "accuse of crime": the codebook's own class
    // for criminal acts, terror among them).
    ("terrorism", Term::Wrong(C::Terrorism)),
    ("terrorist attack*", Term::Wrong(C::Terrorism)),
    ("terror attack*", Term::Wrong(C::Terrorism)),
    ("sponsor* of terror*", Term::Wrong(C::Terrorism)),
    ("state sponsor*", Term::Wrong(C::Terrorism)),
    ("恐怖主义", Term::Wrong(C::Terrorism)),
    ("恐怖袭击", Term::Wrong(C::Terrorism)),
    // Broken commitments (CAMEO 112): reneging on promises, consensus,
    // agreements and treaties.
    ("renege*", Term::Wrong(C::BrokenCommitment)),
    ("reneging", Term::Wrong(C::BrokenCommitment)),
    ("went back on", Term::Wrong(C::BrokenCommitment)),
    ("go back on", Term::Wrong(C::BrokenCommitment)),
    ("backtrack*", Term::Wrong(C::BrokenCommitment)),
    ("broken promise*", Term::Wrong(C::BrokenCommitment)),
    ("breach of", Term::Violation),
    ("not abide by", Term::Violation),
    ("failed to abide by", Term::Violation),
    ("fails to abide by", Term::Violation),
    ("failed to honour", Term::Violation),
    ("failed to honor", Term::Violation),
    ("出尔反尔", Term::Wrong(C::BrokenCommitment)),
    ("背信弃义", Term::Wrong(C::BrokenCommitment)),
    ("食言", Term::Wrong(C::BrokenCommitment)),
    ("背弃", Term::Wrong(C::BrokenCommitment)),
    // Verbs of violation: their category comes from what they violate.
    ("violat*", Term::Violation),
    ("infring*", Term::Violation),
    ("breach*", Term::Violation),
    ("broke", Term::Violation),
    ("broken", Term::Violation),
    ("breaking", Term::Violation),
    ("trampl*", Term::Violation),
    ("flout*", Term::Violation),
    ("disregard*", Term::Violation),
    ("contraven*", Term::Violation),
    ("undermin*", Term::Violation),
    ("侵犯", Term::Violation),
    ("违反", Term::Violation),
    ("违背", Term::Violation),
    ("践踏", Term::Violation),
    ("破坏", Term::Violation),
    ("损害", Term::Violation),
    // What is violated, and the category it gives the violation.
    ("sovereignty", Term::Object(C::Sovereignty)),
    ("territorial integrity", Term::Object(C::Sovereignty)),
    ("territory", Term::Object(C::Sovereignty)),
    ("territorial waters", Term::Object(C::Sovereignty)),
    ("airspace", Term::Object(C::Sovereignty)),
    ("exclusive economic zone", Term::Object(C::Sovereignty)),
    ("sovereign rights", Term::Object(C::Sovereignty)),
    ("commitment*", Term::Object(C::BrokenCommitment)),
    ("promise*", Term::Object(C::BrokenCommitment)),
    ("pledge*", Term::Object(C::BrokenCommitment)),
    ("consensus", Term::Object(C::BrokenCommitment)),
    ("agreement*", Term::Object(C::BrokenCommitment)),
    ("treaty", Term::Object(C::BrokenCommitment)),
    ("treaties", Term::Object(C::BrokenCommitment)),
    ("one-china principle", Term::Object(C::BrokenCommitment)),
    ("one china principle", Term::Object(C::BrokenCommitment)),
    ("joint communiqu*", Term::Object(C::BrokenCommitment)),
    ("ceasefire", Term::Object(C::BrokenCommitment)),
    ("resolutions", Term::Object(C::Other)),
    ("international law", Term::Object(C::Other)),
    ("international rule*", Term::Object(C::Other)),
    ("un charter", Term::Object(C::Other)),
    ("humanitarian law", Term::Object(C::WarCrimes)),
    ("laws of war", Term::Object(C::WarCrimes)),
    ("geneva convention*", Term::Object(C::WarCrimes)),
    ("human rights", Term::Object(C::HumanRights)),
    ("internal affairs", Term::Object(C::Interference)),
    ("主权", Term::Object(C::Sovereignty)),
    ("领土", Term::Object(C::Sovereignty)),
    ("领空", Term::Object(C::Sovereignty)),
    ("领海", Term::Object(C::Sovereignty)),
    ("承诺", Term::Object(C::BrokenCommitment)),
    ("共识", Term::Object(C::BrokenCommitment)),
    ("协议", Term::Object(C::BrokenCommitment)),
    ("一个中国原则", Term::Object(C::BrokenCommitment)),
    ("联合公报", Term::Object(C::BrokenCommitment)),
    ("人道法", Term::Object(C::WarCrimes)),
    ("人权", Term::Object(C::HumanRights)),
    ("国际法", Term::Object(C::Other)),
    ("国际惯例", Term::Object(C::Other)),
    ("国际关系基本准则", Term::Object(C::Other)),
    ("内政", Term::Object(C::Interference)),
    // Shifting the blame: a wrong of its own, charged to whoever shifts it.
    ("shift the blame", Term::Wrong(C::Other)),
    ("shifts the blame", Term::Wrong(C::Other)),
    ("shifting the blame", Term::Wrong(C::Other)),
    ("shifted the blame", Term::Wrong(C::Other)),
    ("倒打一耙", Term::Wrong(C::Other)),
    ("甩锅", Term::Wrong(C::Other)),
    // Attacks with no kind named: wrongful in the document's own dispute
    // (a cyber statement's attacks are cyber attacks, a war statement's are
    // strikes).
    ("attack", Term::Act),
    ("attacks", Term::Act),
    ("attacked", Term::Act),
    ("袭击", Term::Act),
    ("攻击", Term::Act),
    ("攻擊", Term::Act),
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
    ("studies show", Term::Hearsay),
    ("reportedly", Term::Hearsay),
    ("to stop", Term::Cease),
    ("to cease", Term::Cease),
    ("to halt", Term::Cease),
    ("to end", Term::Cease),
    ("to refrain from", Term::Cease),
    ("停止", Term::Cease),
    ("despite", Term::Despite),
    ("in defiance of", Term::Despite),
    ("regardless of", Term::Despite),
    ("不顾", Term::Despite),
    ("无视", Term::Despite),
    ("allegedly", Term::Hearsay),
    ("据报道", Term::Hearsay),
    ("据称", Term::Hearsay),
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
    ("it comes to", Term::Expletive),
    ("it would", Term::Expletive),
    ("such practices", Term::Anaphor),
    ("this practice", Term::Anaphor),
    ("their", Term::Anaphor),
];
