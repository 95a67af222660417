//! The issuer: the body or official in whose name a statement is issued.
//!
//! A statement names its issuer in its title or its first lines, in a few
//! fixed shapes, and the issuer speaks every word of it even though no verb
//! of saying ever names them:
//!
//! - "EU Statement on ...", "G7 Foreign Ministers' Statement": a party
//!   before "Statement";
//! - "Statement by the Spokesperson of ...", "Statement From Secretary of
//!   Defense Lloyd J. Austin III": "Statement by/from/of" and the issuer,
//!   a person (the name that ends the phrase) or a body;
//! - "中华人民共和国外交部声明", "中国驻欧盟使团发言人答记者问": a body
//!   before 声明 (statement) or 发言人 (spokesperson).
//!
//! The issuer is read from the headline and the first [`OPENING_SENTENCES`]
//! sentences; later sentences quote others' statements.

use std::borrow::Cow;

use crate::lexicon::speakers::LABEL_TITLES;
use crate::{Span, SpeakerRole};

/// Words before "Statement of ..." that make the statement the page's topic
/// ("Q&A ... on the Joint Statement of the European Side", "Response to the
/// Statement by ..."), not the page itself.
const TOPIC_MARKERS: &[&str] = &[
    " on ",
    " to ",
    " about ",
    " regarding ",
    " against ",
    " over ",
];

/// Verbs in the third person that follow the issuing state in the title of
/// a government's statement ("The United States ... Attributes Malicious
/// Cyber Activity to ...", "China Condemns ...", "Japan Welcomes ..."):
/// what a state does by issuing the statement.
const HEADLINE_VERBS: &[&str] = &[
    "affirms",
    "announces",
    "applauds",
    "attributes",
    "calls",
    "celebrates",
    "commends",
    "condemns",
    "congratulates",
    "demands",
    "denounces",
    "deplores",
    "designates",
    "expresses",
    "imposes",
    "issues",
    "joins",
    "launches",
    "marks",
    "protests",
    "reaffirms",
    "recognizes",
    "recognises",
    "rejects",
    "releases",
    "sanctions",
    "stands",
    "supports",
    "urges",
    "welcomes",
];

/// How many of the first sentences may name the issuer.
const OPENING_SENTENCES: usize = 4;

/// The longest phrase read as an issuer, in bytes.
const MAX_ISSUER: usize = 160;

/// Chinese nouns that end the name of a body that issues statements
/// (ministry, government, embassy, mission, committee, office, council).
const HAN_BODIES: &[&str] = &[
    "外交部",
    "国防部",
    "商务部",
    "政府",
    "大使馆",
    "使馆",
    "领事馆",
    "总领事馆",
    "使团",
    "代表团",
    "委员会",
    "办公室",
    "国务院",
    "办公厅",
    "外交部發言人",
    "國防部",
    "政府新聞處",
    "大使館",
    "使館",
    "領事館",
    "代表團",
    "委員會",
    "辦公室",
    "國務院",
    "部",
];

/// One issuer found.
#[derive(Debug)]
pub(crate) struct Issuer<'a> {
    /// The name as written ("EU", "Lloyd J. Austin III", "中华人民共和国外交部").
    pub(crate) name: Cow<'a, str>,
    /// A body, or an official or spokesperson.
    pub(crate) role: SpeakerRole,
    /// Where the name stands.
    pub(crate) span: Span,
}

/// The issuer named in `lines` (the headline first, then the opening
/// sentences), if any.
pub(crate) fn find<'a>(text: &'a str, lines: impl IntoIterator<Item = Span>) -> Option<Issuer<'a>> {
    lines
        .into_iter()
        .take(OPENING_SENTENCES + 1)
        .find_map(|line| in_line(text, line))
}

/// Adds the issuer named in the headline or the opening `sentences` to
/// `speakers` (or a mention to the speaker it already is), speaking for
/// the party its name gives, else for the document's `side`. Returns the
/// issuer's id and where it is named.
pub(crate) fn register<'a>(
    text: &'a str,
    headline: Option<Span>,
    sentences: &[Span],
    speakers: &mut Vec<crate::Speaker<'a>>,
    side: Option<&crate::Party>,
    title: Option<(Span, &str)>,
    official: bool,
) -> Option<(usize, Span)> {
    let lines = headline.into_iter().chain(sentences.iter().copied());
    let issuer = find(text, lines).or_else(|| {
        let (span, title) = title.filter(|_| official)?;
        headline_subject(text, span, title)
    })?;
    let party = crate::party::resolve(&issuer.name)
        .into_iter()
        .next()
        .or_else(|| side.cloned());
    let same = |n: &str| {
        n.eq_ignore_ascii_case(&issuer.name)
            || n.ends_with(&*issuer.name)
            || issuer.name.ends_with(n) && n.contains(' ')
    };
    if let Some(s) = speakers
        .iter_mut()
        .find(|s| s.name.as_deref().is_some_and(same))
    {
        if !s.mentions.contains(&issuer.span) {
            s.mentions.push(issuer.span);
            s.mentions.sort();
        }
        if s.party.is_none() {
            s.party = party;
        }
        return Some((s.id, issuer.span));
    }
    let id = speakers.len();
    speakers.push(crate::Speaker {
        id,
        name: Some(issuer.name),
        role: issuer.role,
        affiliation: None,
        party,
        mentions: vec![issuer.span],
    });
    Some((id, issuer.span))
}

/// The issuer named in one line.
fn in_line(text: &str, line: Span) -> Option<Issuer<'_>> {
    let end = crate::text::boundary::cap(text, line.start, 4 * MAX_ISSUER, line.end);
    let s = &text[line.start..end];
    english_before(s)
        .or_else(|| english_after(s))
        .or_else(|| chinese(s))
        .map(|(at, len, role)| Issuer {
            name: crate::text::collapse_whitespace(&s[at..at + len]),
            role,
            span: Span::new(line.start + at, line.start + at + len),
        })
}

/// "EU Statement on ...": the line opens with a party's name, of a few
/// words and no punctuation, right before "Statement".
fn english_before(s: &str) -> Option<(usize, usize, SpeakerRole)> {
    /// The most words an issuer's name has before "Statement" ("G7
    /// Foreign Ministers'", "Government of the Republic of Korea").
    const MAX_WORDS: usize = 6;
    let at = s.find(" Statement")?;
    let before = &s[..at];
    let name = before.trim_start_matches(|c: char| !c.is_alphanumeric());
    let start = before.len() - name.len();
    let plain = name
        .chars()
        .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '\'' | '’' | '-'));
    (plain && name.split(' ').count() <= MAX_WORDS && !crate::party::resolve(name).is_empty())
        .then_some((start, name.len(), SpeakerRole::Organization))
}

/// "Statement by the Spokesperson of ...", "Statement From Secretary of
/// Defense Lloyd J. Austin III": the phrase after "Statement by/from/of",
/// to a colon, a comma or " on ". A phrase that ends with a person's name
/// gives the person (an official, or a spokesperson by title); one that
/// names a party gives the body.
fn english_after(s: &str) -> Option<(usize, usize, SpeakerRole)> {
    // Most lines name no statement: one search turns them away before the
    // line is lowercased.
    if !s.contains("tatement") && !s.contains("TATEMENT") {
        return None;
    }
    let lower = s.to_ascii_lowercase();
    let (word, at) = ["statement by ", "statement from ", "statement of "]
        .iter()
        .find_map(|p| lower.find(p).map(|i| (i, i + p.len())))?;
    // "Remarks ... on the Joint Statement of the European Side": a
    // statement the page is about, not the page itself.
    if TOPIC_MARKERS.iter().any(|m| lower[..word].contains(m)) {
        return None;
    }
    let rest = &s[at..];
    let stop = [
        ":",
        ",",
        " on ",
        " On ",
        " regarding ",
        " concerning ",
        " - ",
        " – ",
    ]
    .iter()
    .filter_map(|p| rest.find(p))
    .min()
    .unwrap_or(rest.len());
    let phrase = rest[..stop].trim_end();
    if phrase.is_empty() || phrase.len() > MAX_ISSUER {
        return None;
    }
    let phrase_start = at + (phrase.len() - phrase.trim_start_matches("the ").len());
    let phrase = phrase.trim_start_matches("the ");
    if let Some((name_at, name_len)) = trailing_name(phrase) {
        let title = phrase[..name_at].to_ascii_lowercase();
        let role = if title.contains("spokes") {
            SpeakerRole::Spokesperson
        } else {
            SpeakerRole::Official
        };
        return Some((phrase_start + name_at, name_len, role));
    }
    (!crate::party::resolve(phrase).is_empty()).then_some((
        phrase_start,
        phrase.len(),
        SpeakerRole::Organization,
    ))
}

/// The person's name that ends `phrase` after a title ("Secretary of
/// Defense Lloyd J. Austin III" ends with "Lloyd J. Austin III"): the
/// capitalised words, initials and generational suffixes at its end, less
/// a first word that completes the title ("of Defense"), when a title from
/// [`LABEL_TITLES`] stands before them and the name has two words or more.
fn trailing_name(phrase: &str) -> Option<(usize, usize)> {
    let words: Vec<(usize, &str)> = phrase
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .filter(|(_, w)| !w.is_empty())
        .collect();
    let name_like = |w: &str| {
        w.starts_with(char::is_uppercase)
            && w.chars().all(|c| c.is_alphabetic() || ".-'’".contains(c))
    };
    let mut first = words.len();
    while first > 0 && name_like(words[first - 1].1) {
        first -= 1;
    }
    // "of Defense Lloyd ...": the word after "of" belongs to the title.
    if first > 0 && words[first - 1].1 == "of" && first < words.len() {
        first += 1;
    }
    // The title: the words before the name hold one of the titles.
    let titled = words[..first].iter().any(|(_, w)| {
        LABEL_TITLES.contains(&w.trim_end_matches('.').to_ascii_lowercase().as_str())
    });
    // Titles can also stand inside the capitalised run ("Secretary Antony
    // Blinken"): leave them out of the name.
    while first < words.len()
        && LABEL_TITLES.contains(
            &words[first]
                .1
                .trim_end_matches('.')
                .to_ascii_lowercase()
                .as_str(),
        )
    {
        first += 1;
    }
    let titled = titled || first > 0;
    if !titled || words.len() - first < 2 {
        return None;
    }
    let start = words[first].0;
    let (last_at, last) = words[words.len() - 1];
    Some((start, last_at + last.len() - start))
}

/// The state whose name opens the title of an official statement, before
/// a verb of [`HEADLINE_VERBS`] and after at most one parenthetical
/// ("The United States, Joined by Allies and Partners, Attributes ...").
/// Only an official statement's title speaks so: a news headline's subject
/// is its story's.
fn headline_subject<'a>(text: &'a str, line: Span, title: &str) -> Option<Issuer<'a>> {
    /// The most words read before the verb.
    const MAX_WORDS: usize = 16;
    let rest = title.strip_prefix("The ").unwrap_or(title);
    let words: Vec<(usize, &str)> = rest
        .split(' ')
        .scan(0, |at, w| {
            let i = *at;
            *at += w.len() + 1;
            Some((i, w))
        })
        .take(MAX_WORDS)
        .collect();
    let verb = words
        .iter()
        .position(|(_, w)| HEADLINE_VERBS.contains(&w.to_ascii_lowercase().as_str()))?;
    // The name ends at the verb, or at the comma that opens a parenthetical.
    let name_end = match words[..verb].iter().find(|(_, w)| w.ends_with(',')) {
        Some(&(i, w)) => i + w.len() - 1,
        None => {
            let &(i, w) = words[..verb].last()?;
            i + w.len()
        }
    };
    let name = &rest[..name_end];
    let mentions = crate::party::find_mentions(name, Span::new(0, name.len()));
    let one_state = matches!(mentions.as_slice(), [m] if m.span == Span::new(0, name.len()) && m.parties.len() == 1);
    if !one_state {
        return None;
    }
    // The title as read may differ from the text under it (a page's front
    // matter escapes spaces): the name stands from its first word to its
    // last in the text.
    let raw = &text[line];
    let first = name.split(' ').next()?;
    let last = name.rsplit(' ').next()?;
    let from = raw.find(first)?;
    let to = from + raw[from..].find(last)? + last.len();
    Some(Issuer {
        name: Cow::Owned(crate::text::collapse_whitespace(name).into_owned()),
        role: SpeakerRole::Organization,
        span: Span::new(line.start + from, line.start + to),
    })
}

/// "中华人民共和国外交部声明": a body before 声明 or 发言人.
fn chinese(s: &str) -> Option<(usize, usize, SpeakerRole)> {
    let at = ["声明", "聲明", "发言人", "發言人"]
        .iter()
        .filter_map(|m| s.find(m))
        .min()?;
    let start = crate::speaker::ideographs_before(s, at, 20);
    // A date glued before the body ("9月13日外交部") is no part of it.
    let start = crate::text::after_glued_date(&s[start..at]) + start;
    let body = &s[start..at];
    HAN_BODIES.iter().any(|b| body.ends_with(b)).then_some((
        start,
        body.len(),
        SpeakerRole::Organization,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn issuer(line: &str) -> Option<(String, SpeakerRole)> {
        in_line(line, Span::new(0, line.len())).map(|i| (i.name.into_owned(), i.role))
    }

    #[test]
    fn every_shape_of_issuer() {
        assert_eq!(
            issuer("EU Statement on the ongoing aggression against Ukraine"),
            Some(("EU".into(), SpeakerRole::Organization))
        );
        assert_eq!(
            issuer("Statement From Secretary of Defense Lloyd J. Austin III:-"),
            Some(("Lloyd J. Austin III".into(), SpeakerRole::Official))
        );
        assert_eq!(
            issuer("Statement by Secretary Antony Blinken on the Sanctions"),
            Some(("Antony Blinken".into(), SpeakerRole::Official))
        );
        assert_eq!(
            issuer("Statement by the Spokesperson of the Ministry, Maria Zakharova"),
            None,
            "a comma ends the phrase before the name"
        );
        assert_eq!(
            issuer("中华人民共和国外交部声明"),
            Some(("中华人民共和国外交部".into(), SpeakerRole::Organization))
        );
        assert_eq!(
            issuer("Joint Statement on Cooperation"),
            None,
            "'Joint' names no issuer"
        );
        assert_eq!(issuer("The minister made a statement."), None);
        assert_eq!(
            issuer("Q&A of the Spokesperson of the Embassy of China on the Joint Statement"),
            None,
            "the words before 'Statement' are no party's name"
        );
    }
}
