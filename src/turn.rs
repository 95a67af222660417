//! The question-and-answer turns of a transcript.

use std::borrow::Cow;

use crate::lexicon::speakers as lx;
use crate::speaker::Registry;
use crate::text::Document;
use crate::{Span, SpeakerRole, Text};

/// One turn of a transcript: a question, an answer or a remark, with its
/// label ("Journalist:", "Q:", "Zhao Lijian:", "问：").
///
/// ```
/// let text = "Journalist: Do you have any comment?\n\nZhao Lijian: We firmly oppose it.";
/// let statement = demarche::analyze(text);
/// for turn in &statement.turns {
///     assert!(turn.span.start < turn.span.end);
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Turn<'a> {
    /// Index of the speaker in [`Statement::speakers`](crate::Statement::speakers).
    pub speaker: Option<usize>,
    /// Question, answer or remark.
    pub kind: TurnKind,
    /// The label that opens the turn, when there is one.
    pub label: Option<Text<'a>>,
    /// The whole turn, label included.
    pub span: Span,
}

impl Turn<'_> {
    /// The same turn, owning its label.
    ///
    /// ```
    /// let s = demarche::analyze("Q: Any comment?\nA: No.").into_owned();
    /// assert!(s.turns.len() <= 2);
    /// ```
    #[must_use]
    pub fn into_owned(self) -> Turn<'static> {
        Turn {
            speaker: self.speaker,
            kind: self.kind,
            label: self.label.map(Text::into_owned),
            span: self.span,
        }
    }
}

/// What a turn does.
///
/// ```
/// assert_ne!(demarche::TurnKind::Question, demarche::TurnKind::Answer);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum TurnKind {
    /// A question from the floor.
    Question,
    /// An answer from the podium.
    Answer,
    /// Anything else (an opening statement, a moderator's remark).
    Remark,
}

/// A label that opens a paragraph of a transcript ("Journalist:", "Q",
/// "MS. PSAKI:", "问：").
#[derive(Clone, Copy, Debug)]
pub(crate) struct Label {
    /// The label with its colon.
    pub(crate) span: Span,
    /// The label's words, without the colon.
    pub(crate) name: Span,
    /// What the label says about the turn.
    pub(crate) class: LabelClass,
    /// The paragraph it opens.
    pub(crate) paragraph: usize,
}

/// What a label says about the turn it opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum LabelClass {
    /// A journalist, an outlet or "Q".
    Question,
    /// "A", a spokesperson or another official by title.
    Answer,
    /// A person by name: an answer once questions have begun.
    Person,
    /// A moderator or anyone else.
    Other,
}

/// The labels of a transcript, in order; none unless the document has both
/// a question label and another one (a lone "Note:" or "Zhao Lijian:" in
/// prose makes no transcript).
pub(crate) fn find_labels(doc: &Document<'_>) -> Vec<Label> {
    let mut out = Vec::new();
    for (i, &p) in doc.paragraphs.iter().enumerate() {
        if let Some(label) = label_at(doc.text, p.start, p.end) {
            out.push(Label {
                paragraph: i,
                ..label
            });
        }
    }
    let questions = out.iter().any(|l| l.class == LabelClass::Question);
    let others = out.iter().any(|l| l.class != LabelClass::Question);
    if !(questions && others) {
        out.clear();
    }
    out
}

/// The label at the start of a paragraph, if it opens with one.
/// The first ':' or '：' of `s`, found by bytes: ':' is one ASCII byte
/// and '：' starts with 0xEF, a lead byte (so a char boundary).
///
/// The ASCII colon is found by `str::find` (a word-at-a-time byte search);
/// only a text with non-ASCII bytes can hold '：'.
fn first_colon(s: &str) -> Option<(usize, char)> {
    let ascii = s.find(':').map(|i| (i, ':'));
    if s.is_ascii() {
        return ascii;
    }
    let end = ascii.map_or(s.len(), |(i, _)| i);
    s[..end].find('：').map(|i| (i, '：')).or(ascii)
}

fn label_at(text: &str, start: usize, end: usize) -> Option<Label> {
    let head = &text[start..crate::text::boundary::cap(text, start, 80, end)];
    // "Q  Thank you." without a colon, White House style.
    for bare in ["Q", "A"] {
        if let Some(rest) = head.strip_prefix(bare) {
            let mut chars = rest.chars();
            if chars.next().is_some_and(char::is_whitespace)
                && rest
                    .trim_start()
                    .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            {
                let span = Span::new(start, start + 1);
                let class = if bare == "Q" {
                    LabelClass::Question
                } else {
                    LabelClass::Answer
                };
                return Some(Label {
                    span,
                    name: span,
                    class,
                    paragraph: 0,
                });
            }
        }
    }
    let (at, c) = first_colon(head)?;
    let after = &head[at + c.len_utf8()..];
    if c == ':' && !after.is_empty() && !after.starts_with(char::is_whitespace) {
        return None;
    }
    let name = head[..at].trim_end();
    if name.is_empty() {
        return None;
    }
    let first = name.chars().next()?;
    let han = crate::text::is_ideograph(first);
    if han {
        if name.chars().count() > 12 || !name.chars().all(crate::text::is_ideograph) {
            return None;
        }
    } else {
        if !first.is_uppercase() {
            return None;
        }
        let words = name.split_whitespace().count();
        if words > 6 {
            return None;
        }
        let bad_punct = name.char_indices().any(|(i, c)| match c {
            '.' => !dot_ok(&name[..i]),
            '\'' | '’' | '-' | '&' | '(' | ')' => false,
            _ => !(c.is_alphanumeric() || c.is_whitespace()),
        });
        if bad_punct {
            return None;
        }
    }
    let lower = name.to_lowercase();
    if lx::NOT_LABELS.contains(&lower.as_str()) {
        return None;
    }
    let class = classify(name, &lower)?;
    let name_span = Span::new(start, start + name.len());
    Some(Label {
        span: Span::new(start, start + at + c.len_utf8()),
        name: name_span,
        class,
        paragraph: 0,
    })
}

/// Whether a dot after `before` is part of a label ("MS.", "U.S.").
fn dot_ok(before: &str) -> bool {
    let last = before
        .rsplit(|c: char| c.is_whitespace() || c == '.')
        .next()
        .unwrap_or("");
    matches!(
        last,
        "MR" | "MS" | "MRS" | "DR" | "Mr" | "Ms" | "Mrs" | "Dr" | "Q" | "A" | "ST" | "St"
    ) || last.chars().count() == 1
}

/// What a label's words say about its turn, or `None` when the words are
/// not a speaker.
fn classify(name: &str, lower: &str) -> Option<LabelClass> {
    const QUESTION: &[&str] = &[
        "q",
        "question",
        "journalist",
        "reporter",
        "correspondent",
        "问",
        "记者",
        "提问",
    ];
    const ANSWER: &[&str] = &["a", "answer", "答"];
    const QUESTION_WORDS: &[&str] = &[
        "journalist",
        "reporter",
        "correspondent",
        "news",
        "media",
        "tv",
        "television",
        "radio",
        "times",
        "daily",
        "post",
        "agency",
        "broadcasting",
        "network",
        "group",
        "journal",
        "channel",
        "online",
        "newspaper",
        "记者",
        "社",
        "电视台",
        "报",
    ];
    const ANSWER_WORDS: &[&str] = &[
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "secretary",
        "minister",
        "official",
        "ambassador",
        "president",
        "director",
        "admiral",
        "general",
        "发言人",
        "部长",
        "大使",
    ];
    if QUESTION.contains(&lower) {
        return Some(LabelClass::Question);
    }
    if ANSWER.contains(&lower) {
        return Some(LabelClass::Answer);
    }
    let has = |words: &[&str]| has_any(lower, words);
    if has(ANSWER_WORDS) && !lower.contains("press secretary") || lower.contains("press secretary")
    {
        return Some(LabelClass::Answer);
    }
    if has(QUESTION_WORDS) || crate::lexicon::outlets::find(name).is_some() {
        return Some(LabelClass::Question);
    }
    if lower == "moderator" || lower == "主持人" {
        return Some(LabelClass::Other);
    }
    // A person: "Zhao Lijian", "MS. PSAKI", "毛宁".
    let han = name.chars().all(crate::text::is_ideograph);
    if han {
        return (2..=4)
            .contains(&name.chars().count())
            .then_some(LabelClass::Person);
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    let person = words.len() <= 4
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || ".'-’".contains(c))
        })
        && crate::party::resolve(name).is_empty();
    person.then_some(LabelClass::Person)
}

/// Whether one of `words` is a word of `lower`, or, for a non-ASCII one,
/// stands anywhere in it. `lower` is split once, not once per word, and an
/// ASCII `lower` cannot hold a non-ASCII word.
fn has_any(lower: &str, words: &[&str]) -> bool {
    lower.split_whitespace().any(|x| words.contains(&x))
        || !lower.is_ascii() && words.iter().any(|w| !w.is_ascii() && lower.contains(w))
}

/// The speaker a label stands for, registered (merged with earlier
/// mentions of the same person or role).
pub(crate) fn label_speaker(label: &Label, reg: &mut Registry<'_>) -> Option<usize> {
    let text = reg_text(reg);
    let name = &text[label.name];
    let lower = name.to_lowercase();
    let span = label.name;
    Some(match label.class {
        LabelClass::Question => {
            if matches!(
                lower.as_str(),
                "q" | "question"
                    | "journalist"
                    | "reporter"
                    | "correspondent"
                    | "问"
                    | "记者"
                    | "提问"
            ) {
                reg.unnamed(SpeakerRole::Journalist, None, None, span)
            } else if let Some(outlet) = name.strip_suffix("记者").filter(|o| !o.is_empty()) {
                // 法新社记者: the outlet asks.
                let party = crate::lexicon::outlets::find(outlet)
                    .and_then(|&(_, c)| c.map(crate::Party::from_static));
                reg.named(
                    Cow::Owned(outlet.to_string()),
                    SpeakerRole::Outlet,
                    None,
                    party,
                    span,
                )
            } else {
                let party = crate::lexicon::outlets::find(name)
                    .and_then(|&(_, c)| c.map(crate::Party::from_static));
                reg.named(
                    Cow::Owned(name.to_string()),
                    SpeakerRole::Outlet,
                    None,
                    party,
                    span,
                )
            }
        }
        LabelClass::Answer => {
            let role = if lower.contains("official")
                || lower.contains("minister")
                || (lower.contains("secretary") && !lower.contains("press"))
            {
                SpeakerRole::Official
            } else {
                SpeakerRole::Spokesperson
            };
            if let Some(id) = reg.last(|s| s.role == role) {
                reg.named_mention(id, span)
            } else {
                let side = reg.side();
                reg.unnamed(role, None, side, span)
            }
        }
        LabelClass::Person => {
            let (title, person) = split_title(name);
            let role = match title.to_lowercase().as_str() {
                "secretary" | "minister" | "ambassador" | "president" => SpeakerRole::Official,
                _ => SpeakerRole::Spokesperson,
            };
            let side = if name.chars().all(crate::text::is_ideograph) {
                reg.side()
            } else {
                None
            };
            reg.named(person, role, None, side, span)
        }
        LabelClass::Other => reg.unnamed(SpeakerRole::Unknown, None, None, span),
    })
}

fn reg_text<'a>(reg: &Registry<'a>) -> &'a str {
    reg.text()
}

/// "MS. PSAKI" gives ("MS.", "Psaki"); "Zhao Lijian" gives ("", "Zhao
/// Lijian"). Names in capitals are given in title case.
fn split_title(name: &str) -> (&str, Cow<'_, str>) {
    let mut words = name.split_whitespace().peekable();
    let mut title = "";
    if let Some(&w) = words.peek() {
        if matches!(
            w.trim_end_matches('.').to_uppercase().as_str(),
            "MR" | "MS" | "MRS" | "DR" | "SECRETARY" | "MINISTER" | "AMBASSADOR" | "PRESIDENT"
        ) {
            title = w;
            words.next();
        }
    }
    let rest: Vec<&str> = words.collect();
    let joined = rest.join(" ");
    let caps = joined.chars().any(char::is_alphabetic) && !joined.chars().any(char::is_lowercase);
    if !caps {
        return (title, Cow::Owned(joined));
    }
    let titled = joined
        .split(' ')
        .map(|w| {
            let mut cs = w.chars();
            cs.next()
                .map(|f| {
                    f.to_uppercase()
                        .chain(cs.flat_map(char::to_lowercase))
                        .collect::<String>()
                })
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ");
    (title, Cow::Owned(titled))
}

/// The turns, in order: each runs from its label to the end of the last
/// paragraph before the next label.
pub(crate) fn build<'a>(
    doc: &Document<'a>,
    labels: &[Label],
    speakers: &[Option<usize>],
) -> Vec<Turn<'a>> {
    let mut out = Vec::with_capacity(labels.len());
    let mut asked = false;
    for (i, label) in labels.iter().enumerate() {
        let last_paragraph = labels
            .get(i + 1)
            .map_or(doc.paragraphs.len(), |next| next.paragraph)
            .max(label.paragraph + 1)
            - 1;
        let end = doc.paragraphs[last_paragraph].end.max(label.span.end);
        let kind = match label.class {
            LabelClass::Question => {
                asked = true;
                TurnKind::Question
            }
            LabelClass::Answer | LabelClass::Person if asked => TurnKind::Answer,
            _ => TurnKind::Remark,
        };
        out.push(Turn {
            speaker: speakers.get(i).copied().flatten(),
            kind,
            label: Some(Text::from_input(doc.text, label.span)),
            span: Span::new(label.span.start, end),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn has_any_agrees_with_a_search_per_word() {
        let old = |lower: &str, words: &[&str]| {
            words.iter().any(|w| {
                lower.split_whitespace().any(|x| x == *w) || (!w.is_ascii() && lower.contains(w))
            })
        };
        let lists: [&[&str]; 3] = [
            &["journalist", "news", "记者", "社", "报"],
            &["spokesperson", "secretary", "发言人", "部长"],
            &[],
        ];
        let mut names: Vec<String> = [
            "cctv news",
            "新华社记者",
            "外交部发言人",
            "press secretary",
            "",
            "news报",
            "the newsroom",
        ]
        .map(String::from)
        .to_vec();
        for text in crate::testing::fixture_texts() {
            names.extend(
                text.lines()
                    .map(|l| l.chars().take(40).collect::<String>().to_lowercase()),
            );
        }
        for n in &names {
            for words in lists {
                assert_eq!(super::has_any(n, words), old(n, words), "{n}");
            }
        }
    }

    #[test]
    fn first_colon_as_chars_find_it() {
        for s in [
            "Q: yes",
            "发言人：好",
            "no colon here",
            "Zhao Lijian： ok: no",
            "ｆｕｌｌ：width",
            "é:",
            "",
            "\u{FF01}a：b",
            "\u{FF01}\u{FF02}:",
            "：:",
            ":：",
        ] {
            let by_chars = s.char_indices().find(|&(_, c)| c == ':' || c == '：');
            assert_eq!(super::first_colon(s), by_chars, "{s}");
        }
    }
}
