//! The question-and-answer turns of a transcript.

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

/// Finds the turns of a transcript, linked to `speakers`.
///
/// Filled by the speakers work; until then it finds none.
pub(crate) fn extract<'a>(
    _doc: &crate::text::Document<'a>,
    _speakers: &mut Vec<crate::Speaker<'a>>,
) -> Vec<Turn<'a>> {
    Vec::new()
}
