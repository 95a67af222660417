//! Words that attribute speech and name those who speak.

/// Verbs of saying, in the forms that follow a subject ("X said") or precede
/// it ("said X"). Reporting verbs of news copy ("slammed", "threatened") are
/// here because news reports use them for what a party said.
pub(crate) const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "added",
    "adds",
    "noted",
    "notes",
    "stressed",
    "stresses",
    "told",
    "commented",
    "comments",
    "reported",
    "reports",
    "revealed",
    "claimed",
    "claims",
    "threatened",
    "stated",
    "states",
    "warned",
    "warns",
    "urged",
    "argued",
    "insisted",
    "announced",
    "declared",
    "emphasized",
    "emphasised",
    "explained",
    "wrote",
    "tweeted",
    "replied",
    "responded",
    "slammed",
    "criticized",
    "criticised",
    "condemned",
    "disclosed",
    "asserted",
    "alleged",
    "remarked",
    "underlined",
    "underscored",
    "affirmed",
    "reiterated",
    "denied",
    "accused",
    "pointed",
];

/// Chinese verbs of saying that close the subject before them (外交部发言人
/// 汪文斌表示).
pub(crate) const HAN_SPEECH_VERBS: &[&str] = &[
    "表示", "指出", "强调", "说", "称", "介绍", "回应", "声称", "宣称", "透露", "报道",
];

/// Words that may stand between a subject and its verb ("has repeatedly
/// said", "even threatened", "once revealed", "also accused").
pub(crate) const ADVERBS: &[&str] = &[
    "also",
    "even",
    "has",
    "have",
    "had",
    "repeatedly",
    "once",
    "further",
    "then",
    "later",
    "jointly",
    "previously",
    "earlier",
    "recently",
    "openly",
    "publicly",
    "again",
    "had",
    "reportedly",
    "already",
    "officially",
    "firmly",
    "strongly",
    "clearly",
    "solemnly",
    "separately",
    "on",
    "in",
    "a",
    "statement",
    "its",
    "his",
    "her",
    "their",
    "is",
    "was",
];

/// Titles of people who speak for a government, and the role they give.
/// Longest first where one contains another.
pub(crate) const TITLES: &[(&str, Role)] = &[
    ("press secretary", Role::Spokesperson),
    ("deputy spokesperson", Role::Spokesperson),
    ("spokesperson", Role::Spokesperson),
    ("spokesman", Role::Spokesperson),
    ("spokeswoman", Role::Spokesperson),
    ("foreign secretary", Role::Official),
    ("home secretary", Role::Official),
    ("defence secretary", Role::Official),
    ("defense secretary", Role::Official),
    ("secretary of state", Role::Official),
    ("secretary", Role::Official),
    ("foreign minister", Role::Official),
    ("prime minister", Role::Official),
    ("minister", Role::Official),
    ("state councilor", Role::Official),
    ("ambassador", Role::Official),
    ("president", Role::Official),
    ("vice president", Role::Official),
    ("chancellor", Role::Official),
    ("envoy", Role::Official),
    ("counselor", Role::Official),
    ("director", Role::Official),
    ("adviser", Role::Official),
    ("advisor", Role::Official),
    ("official", Role::Official),
    ("officials", Role::Official),
    ("diplomat", Role::Official),
    ("chief", Role::Official),
];

/// The roles of [`TITLES`], mirrored here so the lexicon needs no import.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    Spokesperson,
    Official,
}

/// Organisations that are not states' bodies but speak in the news
/// (leak sites, rights groups, firms).
pub(crate) const ORGANISATIONS: &[&str] = &[
    "WikiLeaks",
    "Amnesty International",
    "Human Rights Watch",
    "Microsoft",
    "Google",
    "Huawei",
    "Mandiant",
    "CrowdStrike",
    "Kaspersky",
    "Qihoo 360",
];

/// Nouns that make an unnamed subject an outlet ("U.S. media outlets
/// reported", "Japanese media said").
pub(crate) const OUTLET_NOUNS: &[&str] = &[
    "media",
    "outlets",
    "outlet",
    "newspaper",
    "newspapers",
    "press",
    "reports",
    "report",
    "tabloid",
    "broadcaster",
];

/// Nouns that make a subject an organisation speaking as itself.
pub(crate) const ORG_NOUNS: &[&str] = &[
    "ministry",
    "mission",
    "embassy",
    "embassies",
    "consulate",
    "department",
    "government",
    "administration",
    "office",
    "council",
    "commission",
    "agency",
    "agencies",
    "delegation",
    "side",
    "authorities",
    "statement",
    "spokesperson's office",
    "cabinet",
    "kremlin",
];

/// Words that start a subject but are not a speaker of their own: they
/// point back (pronouns) or say nothing about who speaks.
pub(crate) const NOT_SPEAKERS: &[&str] = &[
    "i",
    "we",
    "you",
    "they",
    "this",
    "that",
    "which",
    "who",
    "what",
    "there",
    "one",
    "sources",
    "source",
    "experts",
    "analysts",
    "observers",
    "people",
    "many",
    "some",
    "others",
    "critics",
    "study",
    "data",
    "survey",
    "statistics",
    "figures",
    "research",
];

/// Labels that open a line but are not a turn of a transcript.
pub(crate) const NOT_LABELS: &[&str] = &[
    "note",
    "editor's note",
    "editor’s note",
    "photo",
    "source",
    "sources",
    "related",
    "tags",
    "address",
    "tel",
    "fax",
    "email",
    "e-mail",
    "copyright",
    "head office",
    "illustration",
    "read more",
    "update",
    "updated",
    "background",
    "date",
    "time",
    "location",
    "subject",
    "published",
    "keywords",
    "web",
    "website",
    "caption",
    "file",
    "link",
    "links",
    "see also",
    "author",
    "by",
    "contact",
    "tel.",
    "phone",
];

/// Titles that stand before a person's name in a transcript's labels
/// ("MR. KIRBY:", "Secretary Blinken:") and in the opening that introduces
/// the speakers ("Press Secretary Jen Psaki", "Assistant Director General
/// Jonathan Malaya"): where one stands, the given names stop. Lower case,
/// without a final dot.
pub(crate) const LABEL_TITLES: &[&str] = &[
    // Honorifics, civilian and academic.
    "mr", "ms", "mrs", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "hon",
    "honorable", "honourable", "excellency", "madam",
    // Offices of government and diplomacy.
    "president", "premier", "chancellor", "minister", "secretary", "undersecretary",
    "ambassador", "envoy", "consul", "commissioner", "representative", "spokesperson",
    "spokesman", "spokeswoman", "director", "general", "deputy", "assistant", "chief", "head",
    "chair", "chairman", "chairwoman", "chairperson", "governor", "senator", "sen", "rep",
    "gov", "mayor", "counselor", "counsellor", "adviser", "advisor", "coordinator", "officer",
    "administrator", "attorney", "judge", "justice", "usec", "asec", "sec", "amb",
    // Military and coast-guard ranks.
    "admiral", "adm", "commodore", "captain", "capt", "colonel", "col", "lieutenant", "lt",
    "major", "maj", "sergeant", "sgt", "commander", "cdr", "brigadier", "marshal", "gen",
];
