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
    // Verbs that close a statement or a speech, and the present forms a
    // report uses for a document it quotes ("the statement underscores").
    "concluded",
    "concludes",
    "underscores",
    "underlines",
    "emphasizes",
    "emphasises",
    "reiterates",
    "affirms",
    // Verbs of advising, confirming and conceding that open a reported
    // clause ("the Academy today recommended that", "the ministry
    // confirmed that", "officials acknowledged").
    "recommended",
    "recommends",
    "advised",
    "confirmed",
    "confirms",
    "acknowledged",
    "acknowledges",
    "admitted",
    "insists",
    "argues",
    "suggested",
    "testified",
];

/// The words the attribution rules of an English sentence act on: the
/// speech verbs, the spokespersons' titles a name may follow, "secretary"
/// (of "Press Secretary") and "according" (of "according to"). Their
/// shapes turn the other words of a sentence away before the rules look.
pub(crate) static SENTENCE_CUES: [&str; SPEECH_VERBS.len() + 5] = super::concat(&[
    SPEECH_VERBS,
    &[
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "secretary",
        "according",
    ],
]);

/// Chinese verbs of saying that close the subject before them (外交部发言人
/// 汪文斌表示).
pub(crate) const HAN_SPEECH_VERBS: &[&str] = &[
    // Simplified.
    "表示", "指出", "强调", "说", "称", "介绍", "回应", "声称", "宣称", "透露", "报道", "答问",
    // Traditional forms of the same verbs, as Hong Kong, Macao and Taiwan
    // outlets print them.
    "強調", "說", "稱", "介紹", "回應", "聲稱", "宣稱", "報道", "報導", "答問",
];

/// Titles that any government's speaker holds, so that "the diplomat" or
/// "the official" after "Spokeswoman Maria Zakharova said" is her: they
/// point back to the last person named who speaks for a government, not
/// only to one of their own title.
pub(crate) const GENERIC_TITLES: &[&str] = &["diplomat", "official"];

/// Nouns of what a person says or writes: after a possessive, they make its
/// owner a speaker ("commenting on MI5 Director General Ken McCallum's
/// report", "Secretary Blinken's remarks").
pub(crate) const SPEECH_NOUNS: &[&str] = &[
    "report",
    "remarks",
    "statement",
    "speech",
    "comments",
    "testimony",
    "words",
    "claims",
    "accusations",
    "allegations",
    "assessment",
    "warning",
    "interview",
    "letter",
    "op-ed",
];

/// Chinese verbs of publishing: a body before them releases a report or
/// data ("中国网络空间安全协会今天发布了..."), and speaks by it.
pub(crate) const HAN_PUBLISHING_VERBS: &[&str] = &["发布", "發布", "公布", "披露"];

/// Endings of the names of Chinese bodies that publish and speak as
/// themselves: associations, centres, committees, bureaus, institutes,
/// academies, firms, groups and universities, in both scripts.
pub(crate) const HAN_BODY_ENDINGS: &[&str] = &[
    "协会",
    "協會",
    "中心",
    "委员会",
    "委員會",
    "研究院",
    "研究所",
    "科学院",
    "科學院",
    "公司",
    "集团",
    "集團",
    "大学",
    "大學",
    "基金会",
    "基金會",
    "联合会",
    "聯合會",
    "局",
    "署",
    "部",
];

/// What a journalist's question is introduced by in a Chinese report of a
/// press conference ("有记者提问", "记者问"), in both scripts.
pub(crate) const HAN_JOURNALIST_ASKS: &[&str] = &["记者提问", "记者问", "記者提問", "記者問"];

/// "Spokesperson" in simplified and traditional characters: the title that
/// stands between an office and a name (外交部发言人赵立坚).
pub(crate) const HAN_SPOKESPERSON: &[&str] = &["发言人", "發言人"];

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
    // Time adverbs that stand between a subject and its verb ("the
    // Academy today recommended", "Representative Bowers this morning,
    // who now says").
    "today",
    "yesterday",
    "tonight",
    "now",
    "this",
    "last",
    "morning",
    "afternoon",
    "evening",
    "night",
    "week",
    "weekend",
];

/// Words after which a noun phrase is the object of a preposition, never
/// the subject of the verb that follows it: in "the vulnerabilities in
/// Microsoft Exchange Server disclosed in March", "disclosed" is a
/// participle of "vulnerabilities", and the server says nothing.
pub(crate) const PREPOSITIONS: &[&str] = &[
    "in", "of", "on", "at", "by", "for", "with", "from", "into", "against", "about", "through",
    "over", "under", "via",
];

/// Words that may follow the subject of an inverted attribution (",
/// said the Mission on Tuesday", "“...,” said Zakharova, adding"): a
/// preposition or a participle that closes it. Any other word makes the
/// noun phrase the subject of a clause of its own ("Senator Cassidy said
/// the White House is not working"), and the verb's subject stands before it.
pub(crate) const AFTER_INVERTED_SUBJECT: &[&str] = &[
    "on",
    "in",
    "at",
    "during",
    "after",
    "before",
    "when",
    "while",
    "as",
    "adding",
    "citing",
    "noting",
    "according",
    "referring",
    "who",
    "which",
    "earlier",
    "later",
    "today",
    "yesterday",
    "last",
    "this",
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
    // Heads of state and government, and their deputies.
    ("vice premier", Role::Official),
    ("premier", Role::Official),
    ("king", Role::Official),
    ("queen", Role::Official),
    ("crown prince", Role::Official),
    ("emir", Role::Official),
    // Ministers and secretaries below the top, and international officers.
    ("secretary-general", Role::Official),
    ("secretary general", Role::Official),
    ("under secretary", Role::Official),
    ("undersecretary", Role::Official),
    ("high representative", Role::Official),
    ("commissioner", Role::Official),
    ("attorney general", Role::Official),
    ("consul general", Role::Official),
    ("consul", Role::Official),
    // Legislators, governors and chairs.
    ("senator", Role::Official),
    ("congressman", Role::Official),
    ("congresswoman", Role::Official),
    ("lawmaker", Role::Official),
    ("governor", Role::Official),
    ("mayor", Role::Official),
    ("chairman", Role::Official),
    ("chairwoman", Role::Official),
    ("chairperson", Role::Official),
    ("chair", Role::Official),
    ("representative", Role::Official),
    ("legislator", Role::Official),
    // Military and coast-guard officers who speak for their forces.
    ("admiral", Role::Official),
    ("general", Role::Official),
    ("commander", Role::Official),
    ("colonel", Role::Official),
    ("commodore", Role::Official),
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
    // Legislatures, courts and the armed services, which speak as bodies
    // ("the Senate voted", "the Coast Guard said", "the Task Force said").
    "parliament",
    "congress",
    "assembly",
    "senate",
    "court",
    "tribunal",
    "command",
    "force",
    "forces",
    "guard",
    "army",
    "navy",
    "police",
    "service",
    "secretariat",
    "committee",
    "bureau",
    "board",
    "authority",
];

/// Nouns that make a subject a body outside government speaking as itself:
/// academies and professional associations, institutes, think tanks, firms
/// and universities ("the American Academy of Pediatrics recommended").
/// Unlike [`ORG_NOUNS`], such a body does not speak for the document's side.
pub(crate) const CIVIL_BODY_NOUNS: &[&str] = &[
    "academy",
    "association",
    "institute",
    "foundation",
    "society",
    "federation",
    "centre",
    "center",
    "company",
    "corporation",
    "university",
    "organization",
    "organisation",
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
    "mr",
    "ms",
    "mrs",
    "miss",
    "dr",
    "prof",
    "professor",
    "sir",
    "dame",
    "lord",
    "lady",
    "hon",
    "honorable",
    "honourable",
    "excellency",
    "madam",
    // Offices of government and diplomacy.
    "president",
    "premier",
    "chancellor",
    "minister",
    "secretary",
    "undersecretary",
    "ambassador",
    "envoy",
    "consul",
    "commissioner",
    "representative",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "director",
    "general",
    "deputy",
    "assistant",
    "chief",
    "head",
    "chair",
    "chairman",
    "chairwoman",
    "chairperson",
    "governor",
    "senator",
    "sen",
    "rep",
    "gov",
    "mayor",
    "counselor",
    "counsellor",
    "adviser",
    "advisor",
    "coordinator",
    "officer",
    "administrator",
    "attorney",
    "judge",
    "justice",
    "usec",
    "asec",
    "sec",
    "amb",
    // Military and coast-guard ranks.
    "admiral",
    "adm",
    "commodore",
    "captain",
    "capt",
    "colonel",
    "col",
    "lieutenant",
    "lt",
    "major",
    "maj",
    "sergeant",
    "sgt",
    "commander",
    "cdr",
    "brigadier",
    "marshal",
    "gen",
];

/// Words that open a clause before its subject ("As the ministry said",
/// "When the spokesperson said"): never part of the speaker's name, though
/// capitalised at the start of a sentence.
pub(crate) const CLAUSE_OPENERS: &[&str] = &[
    // A transcript's question label run into the question ("Q Senator
    // Lee said ...").
    "Q",
    "As",
    "If",
    "When",
    "While",
    "Although",
    "Though",
    "Because",
    "Since",
    "After",
    "Before",
    "Unless",
    "Once",
    "Whereas",
    "But",
    "And",
    "So",
    "Yet",
    "Then",
    "Meanwhile",
    "However",
];

/// Nouns for the statement a body issued, which speak for it ("the
/// statement says", "the communique added", "according to the
/// document"): they point back to the last body or official named.
pub(crate) const DOCUMENT_NOUNS: &[&str] = &[
    "statement",
    "statements",
    "release",
    "communique",
    "communiqué",
    "declaration",
    "document",
    "readout",
];
