//! The question-and-answer turns of a transcript: the grammar of their
//! labels, and the turns they open. Who a label stands for is read by the
//! speaker registry (`speaker::labels`).

use crate::document::Document;
use crate::lexicon::speakers as lx;
use crate::{Span, Text};

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
    /// let owned = {
    ///     let text = String::from("Journalist: Any comment?\n\nMao Ning: No comment.");
    ///     demarche::analyze(&text).into_owned()
    /// };
    /// assert_eq!(owned.turns.len(), 2);
    /// let label = owned.turns[1].label.as_ref().expect("a label");
    /// assert_eq!(label.as_str(), "Mao Ning:");
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
    asking_names(doc, &mut out);
    let questions = out.iter().any(|l| l.class == LabelClass::Question);
    let others = out.iter().any(|l| l.class != LabelClass::Question);
    let transcript = questions && others || podium_only(doc.text, &out);
    if !transcript {
        out.clear();
    }
    out
}

/// Turns the labels of a name that only ever asks into question labels:
/// an outlet the lexicons do not know ("Rossiya Segodnya:", "Hubei Media
/// Group:") reads like a person's name, but every paragraph it opens ends
/// with a question mark, which the podium's never all do.
fn asking_names(doc: &Document<'_>, labels: &mut [Label]) {
    let text = doc.text;
    let asks = |l: &Label| {
        text[doc.paragraphs[l.paragraph]]
            .trim_end()
            .ends_with(['?', '？'])
    };
    // Whether each name's paragraphs all end with a question mark.
    let mut only_asks: std::collections::HashMap<&str, bool> = std::collections::HashMap::new();
    for l in labels.iter() {
        let all = only_asks.entry(&text[l.name]).or_insert(true);
        *all = *all && asks(l);
    }
    for l in labels.iter_mut() {
        let name = &text[l.name];
        if l.class == LabelClass::Person && !caps_with_title(name) && only_asks[name] {
            l.class = LabelClass::Question;
        }
    }
}

/// Whether `labels` make a transcript of remarks with no question (a
/// briefing's opening statements, a panel): two different speakers or
/// more, each labelled in the way only transcripts label people, in
/// capitals ("MS. OSEÑA-PAEZ:", "NSC ADG MALAYA:", "SECRETARY BLINKEN:").
/// Prose opens a paragraph with "Note:" or a name and a colon, but not with
/// a name in capitals twice over.
fn podium_only(text: &str, labels: &[Label]) -> bool {
    let caps = |l: &Label| {
        let name = &text[l.name];
        l.class != LabelClass::Question
            && name.chars().filter(|c| c.is_alphabetic()).count() >= 3
            && !name.chars().any(char::is_lowercase)
    };
    let mut names: Vec<&str> = labels
        .iter()
        .filter(|l| caps(l))
        .map(|l| &text[l.name])
        .collect();
    names.sort_unstable();
    names.dedup();
    names.len() >= 2
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
    // "10:30", "http://", "Note:see": an ASCII colon glued to a Latin letter
    // or digit is no label's. Chinese pages often print the ASCII colon
    // before the answer with no space ("毛宁:今天").
    if c == ':' && after.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '/') {
        return None;
    }
    let name = head[..at].trim_end();
    if name.is_empty() {
        return None;
    }
    let first = name.chars().next()?;
    let han = crate::text::is_ideograph(first);
    if han || is_title_mark(first) {
        if name.chars().count() > 12 || !name.chars().all(is_han_label_char) {
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

/// Whether `name` is in capitals, of two words or more ("MS. PSAKI",
/// "NSC ADG MALAYA"): a title and a surname, as transcripts label people.
fn caps_with_title(name: &str) -> bool {
    name.split_whitespace().count() >= 2
        && name.chars().any(char::is_alphabetic)
        && !name.chars().any(char::is_lowercase)
}

/// Whether `c` opens or closes the title of a publication (《澳门月刊》记者:
/// a journalist of the monthly named in the marks).
pub(crate) fn is_title_mark(c: char) -> bool {
    matches!(c, '《' | '》' | '〈' | '〉')
}

/// Whether `c` may stand in a Chinese label: ideographs, title marks, and
/// the middle dots of transliterated foreign names (约翰·柯比).
pub(crate) fn is_han_label_char(c: char) -> bool {
    crate::text::is_ideograph(c) || is_title_mark(c) || matches!(c, '·' | '•' | '・')
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

// The words of labels. Simplified and traditional forms side by side:
// transcripts from Hong Kong, Macao and Taiwan outlets print the same labels
// in traditional characters (問, 記者).

/// Whole labels that ask.
const QUESTION: &[&str] = &[
    "q",
    "question",
    "journalist",
    "reporter",
    "correspondent",
    "问",
    "問",
    "记者",
    "記者",
    "提问",
    "提問",
];
/// Whole labels that answer.
const ANSWER: &[&str] = &["a", "answer", "答"];
/// Words of a label that names a journalist or an outlet, who ask.
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
    "記者",
    "社",
    "电视台",
    "電視台",
    "卫视",
    "衛視",
    "报",
    "報",
    "月刊",
    "周刊",
    "週刊",
];
/// Words of a label that names an official, who answers.
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
    "發言人",
    "部长",
    "部長",
    "大使",
];

/// What a label's words say about its turn, or `None` when the words are
/// not a speaker.
fn classify(name: &str, lower: &str) -> Option<LabelClass> {
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
    if matches!(lower, "moderator" | "host" | "主持人") {
        return Some(LabelClass::Other);
    }
    person(name).then_some(LabelClass::Person)
}

/// Whether a label names a person: "Zhao Lijian", "MS. PSAKI", "毛宁",
/// "约翰·柯比".
fn person(name: &str) -> bool {
    if name.chars().all(is_han_label_char) {
        let dotted = name.contains(['·', '•', '・']);
        return !name.contains(is_title_mark)
            && ((2..=4).contains(&name.chars().count()) || dotted);
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    words.len() <= 4
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || ".'-’".contains(c))
        })
        // "China:" is no person; "NSC ADG MALAYA:" is one, even though a
        // word of it names a place: a label in capitals with a title before
        // the surname is a person's.
        && (crate::party::resolve(name).is_empty() || caps_with_title(name))
}

/// Whether one of `words` is a word of `lower`, or, for a non-ASCII one,
/// stands anywhere in it. `lower` is split once, not once per word, and an
/// ASCII `lower` cannot hold a non-ASCII word.
fn has_any(lower: &str, words: &[&str]) -> bool {
    lower.split_whitespace().any(|x| words.contains(&x))
        || !lower.is_ascii() && words.iter().any(|w| !w.is_ascii() && lower.contains(w))
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
    use super::*;

    #[test]
    fn has_any_finds_whole_ascii_words_and_han_anywhere() {
        let asking = &["journalist", "news", "记者", "社", "报"][..];
        let answering = &["spokesperson", "secretary", "发言人", "部长"][..];
        for (lower, words, want) in [
            ("cctv news", asking, true),
            ("新华社记者", asking, true),
            // A Han word stands anywhere, an ASCII word only whole.
            ("news报", asking, true),
            ("the newsroom", asking, false),
            ("外交部发言人", answering, true),
            ("press secretary", answering, true),
            ("press secretary", asking, false),
            ("", asking, false),
            ("cctv news", &[][..], false),
        ] {
            assert_eq!(has_any(lower, words), want, "{lower}");
        }
    }

    #[test]
    fn first_colon_ascii_or_full_width() {
        for (s, want) in [
            ("Q: yes", Some((1, ':'))),
            ("发言人：好", Some((9, '：'))),
            ("no colon here", None),
            ("", None),
            ("Zhao Lijian： ok: no", Some((11, '：'))),
            ("ｆｕｌｌ：width", Some((12, '：'))),
            ("é:", Some((2, ':'))),
            ("\u{FF01}a：b", Some((4, '：'))),
            ("\u{FF01}\u{FF02}:", Some((6, ':'))),
            ("：:", Some((0, '：'))),
            (":：", Some((0, ':'))),
        ] {
            assert_eq!(first_colon(s), want, "{s}");
        }
    }

    #[test]
    fn label_classes() {
        for (name, want) in [
            ("Q", Some(LabelClass::Question)),
            ("CCTV News", Some(LabelClass::Question)),
            ("A", Some(LabelClass::Answer)),
            ("Press Secretary", Some(LabelClass::Answer)),
            ("外交部发言人", Some(LabelClass::Answer)),
            ("Moderator", Some(LabelClass::Other)),
            ("Zhao Lijian", Some(LabelClass::Person)),
            ("毛宁", Some(LabelClass::Person)),
            ("约翰·柯比", Some(LabelClass::Person)),
            ("China", None),
            ("Note to editors", None),
        ] {
            assert_eq!(classify(name, &name.to_lowercase()), want, "{name}");
        }
    }
}
