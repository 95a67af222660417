//! What sort of statement a document is.
//!
//! The rules, strongest first:
//! 1. question and answer turns make a press conference;
//! 2. a headline that names a press conference, briefing or press call
//!    ("Press Briefing by ...", "...例行記者會") makes a press conference;
//! 3. "editorial" in the section or headline makes an editorial;
//! 4. an opinion section ("OPINION", "COMMENTARY") or a signature at the
//!    end of the text ("（来源：… 蒋鲤）", "The author is ...") makes a
//!    commentary;
//! 5. a headline or section that names a statement, remarks, a readout or a
//!    press release makes an official statement;
//! 6. a body that mostly reports what others said ("said", "according to")
//!    makes a news report;
//! 7. a signed text that does not makes a commentary;
//! 8. a text in the first person plural of a government ("We", "The
//!    Embassy") makes an official statement.

use crate::document::Document;
use crate::{AuthorRole, StatementKind, Turn, TurnKind};

/// Words in a section or headline that mark an outlet's own opinion.
const EDITORIAL_WORDS: &[&str] = &["editorial", "社评", "社论"];

/// Section labels of signed opinion.
const OPINION_SECTIONS: &[&str] = &[
    "opinion",
    "opinions",
    "commentary",
    "comment",
    "column",
    "columns",
    "op-ed",
    "viewpoint",
    "analysis",
    "评论",
];

/// Headline and section words of texts issued in a government's own name.
const STATEMENT_WORDS: &[&str] = &[
    "statement",
    "statements",
    "joint statement",
    "remarks",
    "readout",
    "readouts",
    "press release",
    "declaration",
    "communique",
    "communiqué",
    "fact sheet",
    "joint statement",
    "声明",
    "谈话",
    "讲话",
];

/// Headline openings and endings of a press conference's own transcript
/// ("Press Briefing by Press Secretary ...", "Background Press Call on
/// ...", "外交部发言人主持例行记者会"), lowercase.
const CONFERENCE_OPENINGS: &[&str] = &[
    "press briefing",
    "press conference",
    "news conference",
    "news briefing",
    "media briefing",
    "background press call",
    "background briefing",
    "press call",
    "on-the-record press call",
    "transcript of",
    "joint press conference",
    "regular press conference",
];

/// Endings and inner phrases of the same titles.
const CONFERENCE_PHRASES: &[&str] = &[
    "regular press conference",
    "press briefing by",
    "press briefing of",
    "press conference by",
    "press conference of",
    "press gaggle",
    "例行记者会",
    "例行記者會",
    "记者会",
    "記者會",
    "新闻发布会",
    "新聞發布會",
    "吹风会",
    "吹風會",
];

/// The opening words of a commentator's signature at the end of a text.
const SIGNATURE_OPENINGS: &[&str] = &[
    "The author is",
    "The writer is",
    "The authors are",
    "The writers are",
    "作者系",
    "作者为",
    "作者為",
];

/// Verbs and phrases of reported speech: a body full of them reports what
/// others said.
const REPORTING_CUES: &[&str] = &[
    " said",
    " says",
    " noted",
    " added",
    " told ",
    " stressed",
    " reported",
    "according to",
    " stated",
    "表示",
    "指出",
    "强调",
    "据",
];

/// Labels that open a question in a transcript, when the turns extractor
/// found none (a transcript whose answers carry no label).
const QUESTION_LABELS: &[&str] = &[
    "Q:",
    "Q：",
    "Question:",
    "Journalist:",
    "Reporter:",
    "记者：",
    "记者:",
    "问：",
    "问:",
];

/// Classifies the document from its header, turns and body.
pub(crate) fn classify(doc: &Document<'_>, turns: &[Turn<'_>]) -> StatementKind {
    let header = &doc.header;
    let headline = header
        .headline
        .as_ref()
        .map_or("", |h| h.as_str())
        .to_lowercase();
    let sections: Vec<String> = header
        .section
        .iter()
        .map(|s| s.as_str().to_lowercase())
        .collect();
    let labels = || {
        sections
            .iter()
            .map(String::as_str)
            .chain([headline.as_str()])
    };

    let question_paragraph = || {
        doc.paragraphs
            .iter()
            .any(|&p| QUESTION_LABELS.iter().any(|l| doc.slice(p).starts_with(l)))
    };
    if turns.iter().any(|t| t.kind == TurnKind::Question) || question_paragraph() {
        return StatementKind::PressConference;
    }
    if names_conference(&headline) {
        return StatementKind::PressConference;
    }
    if labels().any(|l| EDITORIAL_WORDS.iter().any(|w| l.contains(w))) {
        return StatementKind::Editorial;
    }
    if sections
        .iter()
        .any(|s| OPINION_SECTIONS.contains(&s.as_str()))
        || header.signed_at_end
        || signed_by_commentator(doc)
    {
        return StatementKind::Commentary;
    }
    if labels().any(|l| STATEMENT_WORDS.iter().any(|w| contains_word(l, w))) {
        return StatementKind::OfficialStatement;
    }
    if reporting_share(doc) >= 0.12 {
        return StatementKind::NewsReport;
    }
    if header.authors.iter().any(|a| a.role == AuthorRole::Author) {
        return StatementKind::Commentary;
    }
    if speaks_as_government(doc) {
        return StatementKind::OfficialStatement;
    }
    if doc.sentences.is_empty() {
        StatementKind::Unknown
    } else {
        StatementKind::NewsReport
    }
}

/// Whether the (lowercase) headline is the title of a press conference's
/// transcript rather than a report about one.
fn names_conference(headline: &str) -> bool {
    CONFERENCE_OPENINGS.iter().any(|o| headline.starts_with(o))
        || CONFERENCE_PHRASES.iter().any(|p| {
            headline.contains(p) && (!p.is_ascii() && headline.ends_with(p) || p.is_ascii())
        })
}

/// Whether one of the last two paragraphs is a commentator's signature
/// ("The author is a research fellow at ...").
fn signed_by_commentator(doc: &Document<'_>) -> bool {
    doc.paragraphs.iter().rev().take(2).any(|&p| {
        SIGNATURE_OPENINGS
            .iter()
            .any(|o| doc.slice(p).starts_with(o))
    })
}

/// `word` in `s` at word boundaries (Chinese words anywhere: Chinese has no
/// spaces between words).
fn contains_word(s: &str, word: &str) -> bool {
    if !word.is_ascii() {
        return s.contains(word);
    }
    s.match_indices(word).any(|(i, _)| {
        let before = s[..i].chars().next_back();
        let after = s[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// The share of body sentences that report someone's words.
fn reporting_share(doc: &Document<'_>) -> f64 {
    let body = doc.paragraphs.first().map_or(0, |p| p.start);
    let sentences: Vec<&str> = doc
        .sentences
        .iter()
        .filter(|s| s.start >= body)
        .map(|&s| doc.slice(s))
        .collect();
    if sentences.is_empty() {
        return 0.0;
    }
    let reporting = sentences
        .iter()
        .filter(|s| REPORTING_CUES.iter().any(|c| s.contains(c)))
        .count();
    reporting as f64 / sentences.len() as f64
}

/// Whether the body speaks as a government body: sentences opening with
/// "We", "The Embassy", "The Ministry", "The Government", "The Mission".
fn speaks_as_government(doc: &Document<'_>) -> bool {
    const OPENINGS: &[&str] = &[
        "We ",
        "The Embassy",
        "The Ministry",
        "The Government",
        "The Mission",
        "The Consulate",
    ];
    doc.paragraphs
        .iter()
        .any(|&p| OPENINGS.iter().any(|o| doc.slice(p).starts_with(o)))
}
