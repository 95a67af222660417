//! Words around a number that tell how exact it is, what it counts and on
//! whose authority it is cited. Used by the statistics extractor.

use super::Lexicon;
use crate::Approximation;

/// English qualifiers written before a number, lowercase, longest first
/// within a shared ending so "no more than" wins over "more than".
/// "as long as", "as many as", "a total of" stress the figure without
/// bounding it: they are part of the span and leave it exact.
pub(crate) const EN_PRE_QUALIFIERS: &[(&str, Approximation)] = &[
    // Bounds from below that include the figure.
    ("no fewer than", Approximation::AtLeast),
    ("no less than", Approximation::AtLeast),
    ("not less than", Approximation::AtLeast),
    ("at least", Approximation::AtLeast),
    ("a minimum of", Approximation::AtLeast),
    // Bounds from above that include the figure.
    ("no more than", Approximation::AtMost),
    ("not more than", Approximation::AtMost),
    ("at most", Approximation::AtMost),
    ("up to", Approximation::AtMost),
    ("a maximum of", Approximation::AtMost),
    // Strict bounds from below.
    ("more than", Approximation::MoreThan),
    ("upwards of", Approximation::MoreThan),
    ("in excess of", Approximation::MoreThan),
    ("well over", Approximation::MoreThan),
    ("over", Approximation::MoreThan),
    ("above", Approximation::MoreThan),
    ("exceeding", Approximation::MoreThan),
    // Strict bounds from above.
    ("less than", Approximation::LessThan),
    ("fewer than", Approximation::LessThan),
    ("under", Approximation::LessThan),
    ("below", Approximation::LessThan),
    // Close below the figure.
    ("nearly", Approximation::Nearly),
    ("almost", Approximation::Nearly),
    ("close to", Approximation::Nearly),
    ("just under", Approximation::Nearly),
    ("just shy of", Approximation::Nearly),
    // Round figures.
    ("about", Approximation::About),
    ("around", Approximation::About),
    ("approximately", Approximation::About),
    ("roughly", Approximation::About),
    ("some", Approximation::About),
    ("an estimated", Approximation::About),
    ("estimated", Approximation::About),
    ("approx.", Approximation::About),
    ("circa", Approximation::About),
    // Emphasis without a bound: kept in the span, exact.
    ("as long as", Approximation::Exact),
    ("as many as", Approximation::Exact),
    ("as much as", Approximation::Exact),
    ("as high as", Approximation::Exact),
    ("a total of", Approximation::Exact),
    ("totaling", Approximation::Exact),
    ("totalling", Approximation::Exact),
];

/// English qualifiers written after a number ("50 or more", "20 or so").
pub(crate) const EN_POST_QUALIFIERS: &[(&str, Approximation)] = &[
    ("or more", Approximation::AtLeast),
    ("or so", Approximation::About),
    ("or fewer", Approximation::AtMost),
    ("or less", Approximation::AtMost),
    ("-odd", Approximation::About),
    ("-plus", Approximation::MoreThan),
    ("-some", Approximation::About),
];

/// Chinese qualifiers written before a number ("约5.2万", "超过300",
/// "长达11年"), longest first within a shared ending. "长达", "高达",
/// "多达", "达", "共" stress or total the figure: exact.
pub(crate) const ZH_PRE_QUALIFIERS: &[(&str, Approximation)] = &[
    ("不少于", Approximation::AtLeast),
    ("不低于", Approximation::AtLeast),
    ("至少", Approximation::AtLeast),
    ("最少", Approximation::AtLeast),
    ("不超过", Approximation::AtMost),
    ("最多", Approximation::AtMost),
    ("至多", Approximation::AtMost),
    ("超过", Approximation::MoreThan),
    ("超出", Approximation::MoreThan),
    ("多于", Approximation::MoreThan),
    ("高于", Approximation::MoreThan),
    ("逾", Approximation::MoreThan),
    ("不到", Approximation::LessThan),
    ("不足", Approximation::LessThan),
    ("少于", Approximation::LessThan),
    ("低于", Approximation::LessThan),
    ("将近", Approximation::Nearly),
    ("接近", Approximation::Nearly),
    ("近", Approximation::Nearly),
    ("大约", Approximation::About),
    ("大概", Approximation::About),
    ("约为", Approximation::About),
    ("约有", Approximation::About),
    ("约", Approximation::About),
    ("长达", Approximation::Exact),
    ("高达", Approximation::Exact),
    ("多达", Approximation::Exact),
    ("共计", Approximation::Exact),
    ("累计", Approximation::Exact),
    ("总计", Approximation::Exact),
];

/// Chinese qualifiers written after a number ("300多", "2000余",
/// "50%以上", "10万左右").
pub(crate) const ZH_POST_QUALIFIERS: &[(&str, Approximation)] = &[
    ("多", Approximation::MoreThan),
    ("余", Approximation::MoreThan),
    ("以上", Approximation::MoreThan),
    ("以下", Approximation::AtMost),
    ("左右", Approximation::About),
    ("上下", Approximation::About),
];

/// Verbs that attribute what follows (or what precedes, at the end of a
/// sentence) to their subject: "X said", "X revealed that", "X outlined
/// more than 50 techniques". Lowercase.
pub(crate) const REPORTING_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "revealed",
    "reveals",
    "reported",
    "reports",
    "showed",
    "shows",
    "show",
    "shown",
    "found",
    "finds",
    "estimated",
    "estimates",
    "disclosed",
    "discloses",
    "noted",
    "notes",
    "stated",
    "states",
    "announced",
    "announces",
    "claimed",
    "claims",
    "outlined",
    "outlines",
    "listed",
    "lists",
    "confirmed",
    "confirms",
    "indicated",
    "indicates",
    "wrote",
    "writes",
    "told",
    "counted",
    "recorded",
    "documented",
    "tallied",
    "identified",
    "detected",
    "added",
    "alleged",
    "published",
    "released",
];

/// Nouns for a body of figures: "data from X", "statistics from X",
/// "X's annual report showed", "Documents released by X". Lowercase.
pub(crate) const DOCUMENT_NOUNS: &[&str] = &[
    "data",
    "statistics",
    "figures",
    "figure",
    "report",
    "reports",
    "survey",
    "study",
    "analysis",
    "estimates",
    "estimate",
    "documents",
    "document",
    "files",
    "records",
    "census",
    "poll",
    "review",
    "research",
    "findings",
    "tally",
    "count",
    "cables",
    "numbers",
];

/// Subjects that stand for an earlier source: "It also said", "The report
/// also showed". Their statistics take the source of the paragraph's
/// previous attribution.
pub(crate) const ANAPHORIC_SOURCES: &[&str] = &[
    "it",
    "they",
    "he",
    "she",
    "the report",
    "the data",
    "the statistics",
    "the figures",
    "the survey",
    "the study",
    "the documents",
    "the agency",
    "the analysis",
];

/// Words that open an attribution clause before a number: "According to
/// statistics from X", "as reported by X", "citing X".
pub(crate) const ACCORDING_CUES: &[&str] = &["according to", "as reported by", "citing"];

/// Chinese cues after a source ("X数据显示", "X统计显示", "X称"), longest
/// first: the source is the stretch from the clause start to the cue.
pub(crate) const ZH_SOURCE_CUES: &[&str] = &[
    "的数据显示",
    "的统计显示",
    "的报告显示",
    "发布的报告显示",
    "发布的数据显示",
    "数据显示",
    "统计显示",
    "报告显示",
    "报告指出",
    "年报显示",
    "调查显示",
    "研究显示",
    "监测显示",
    "显示",
    "指出",
    "透露",
    "表示",
    "称",
];

/// Chinese cues that close a "据X统计" / "根据X数据" frame.
pub(crate) const ZH_ACCORDING_CLOSERS: &[&str] = &[
    "统计", "数据", "报告", "报道", "消息", "介绍", "估计", "显示", "称", "的",
];

/// Words that, capitalised before a number, do not make it part of a name:
/// determiners and qualifiers at the start of a sentence ("The 35 targets",
/// "About 52,000"). Any other capitalised word before a number makes it an
/// identifier ("Article 5", "Resolution 2231", "Unit 61398").
pub(crate) const CAPITALISED_FUNCTION_WORDS: &[&str] = &[
    "the",
    "these",
    "those",
    "all",
    "only",
    "just",
    "another",
    "some",
    "about",
    "around",
    "nearly",
    "almost",
    "over",
    "more",
    "less",
    "fewer",
    "at",
    "up",
    "approximately",
    "roughly",
    "and",
    "but",
    "of",
    "its",
    "their",
    "our",
    "his",
    "her",
    "in",
    "on",
    "for",
    "with",
    "by",
    "to",
    "from",
    "since",
    "after",
    "before",
    "during",
    "within",
    "among",
    "including",
    "estimated",
    "an",
    "a",
    "top",
    "upwards",
    "under",
    "below",
    "above",
    "exactly",
    "almost",
];

/// Words after a number that make it a clock time or a date, not a count.
pub(crate) const CLOCK_WORDS: &[&str] = &[
    "am", "pm", "a.m", "p.m", "o'clock", "gmt", "utc", "hrs", "bst", "est",
];

/// Words that end a counted noun phrase: prepositions, relatives, auxiliaries
/// and conjunctions. The unit is the last word before one of them.
pub(crate) const NP_STOP_WORDS: &[&str] = &[
    "in",
    "on",
    "at",
    "by",
    "for",
    "from",
    "with",
    "to",
    "of",
    "into",
    "onto",
    "over",
    "under",
    "across",
    "outside",
    "inside",
    "within",
    "during",
    "since",
    "against",
    "through",
    "between",
    "among",
    "including",
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "were",
    "was",
    "are",
    "is",
    "have",
    "has",
    "had",
    "be",
    "been",
    "being",
    "will",
    "would",
    "could",
    "should",
    "may",
    "might",
    "can",
    "must",
    "did",
    "do",
    "does",
    "or",
    "but",
    "as",
    "than",
    "per",
    "each",
    "while",
    "when",
    "where",
    "if",
    "because",
    "so",
    "not",
    "also",
    "already",
    "still",
    "ago",
    "later",
    "earlier",
    "before",
    "after",
    "last",
    "this",
    "next",
    "such",
    "like",
    "around",
    "about",
    "about",
    "near",
    "behind",
    "beyond",
    "via",
    "toward",
    "towards",
    "upon",
    "amid",
    "despite",
    "without",
    "the",
    "a",
    "an",
    "its",
    "their",
    "his",
    "her",
    "our",
    "my",
    "your",
    "then",
    "there",
    "here",
    "they",
    "we",
    "he",
    "she",
    "it",
    "you",
    "i",
    "all",
    "both",
    // "65 years old", "two years ago", "a decade long": age and time points.
    "old",
    "long",
    "aged",
    // Particles of phrasal verbs: "lifted 800 million people out of".
    "out",
    "off",
    "up",
    "down",
    "back",
    "away",
    // "30 more", "three times": comparisons, not counted nouns.
    "more",
    "less",
    "fewer",
    "times",
    "others",
];

/// Determiners skipped after a partitive "of" ("two of its NATO allies",
/// "dozens of the companies").
pub(crate) const PARTITIVE_DETERMINERS: &[&str] = &[
    "the", "its", "their", "these", "those", "our", "his", "her", "them", "which", "whom",
];

/// Nouns that make a subject an authority even when written in lowercase:
/// "US federal agencies", "officials", "researchers".
pub(crate) const AUTHORITY_NOUNS: &[&str] = &[
    "agency",
    "agencies",
    "ministry",
    "ministries",
    "department",
    "departments",
    "office",
    "officials",
    "official",
    "government",
    "governments",
    "authorities",
    "authority",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "researchers",
    "experts",
    "analysts",
    "media",
    "outlets",
    "report",
    "data",
    "statistics",
    "survey",
    "study",
    "firm",
    "company",
    "center",
    "centre",
    "team",
    "commission",
    "committee",
    "bureau",
    "institute",
    "police",
    "statement",
    "documents",
    "website",
    "newspaper",
    "mission",
    "embassy",
    "organization",
    "organisation",
    "council",
    "group",
    "watchdog",
    "regulator",
    "administration",
];

/// Irregular past tenses that end a counted noun phrase ("2,000 troops
/// left", "300 people fled"): the "-ed" rule does not see them.
pub(crate) const IRREGULAR_PAST: &[&str] = &[
    "left", "went", "came", "took", "made", "saw", "gave", "got", "held", "met", "fled", "lost",
    "won", "fell", "rose", "grew", "ran", "sent", "spent", "paid", "built", "kept", "brought",
    "thought", "became", "began", "stood", "sought", "fought", "drew", "flew", "led", "hit",
    "struck", "stole", "broke", "chose", "fled", "froze", "knew", "wore", "wrote", "sold",
    "bought", "taught", "caught", "felt", "heard", "meant", "lay", "sat", "spoke", "became",
];

/// [`REPORTING_VERBS`] for lookups.
pub(crate) static REPORTING: Lexicon = Lexicon::new(REPORTING_VERBS);
/// [`IRREGULAR_PAST`] for lookups.
pub(crate) static IRREGULAR: Lexicon = Lexicon::new(IRREGULAR_PAST);
/// [`NP_STOP_WORDS`] for lookups.
pub(crate) static NP_STOP: Lexicon = Lexicon::new(NP_STOP_WORDS);
/// [`DOCUMENT_NOUNS`] for lookups.
pub(crate) static DOCUMENTS: Lexicon = Lexicon::new(DOCUMENT_NOUNS);
/// [`AUTHORITY_NOUNS`] for lookups.
pub(crate) static AUTHORITIES: Lexicon = Lexicon::new(AUTHORITY_NOUNS);

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
