//! What sort of statement a document is.

use crate::text::Document;
use crate::{StatementKind, Turn};

/// Classifies the document from its header, turns and body.
pub(crate) fn classify(_doc: &Document<'_>, turns: &[Turn<'_>]) -> StatementKind {
    if turns.iter().any(|t| t.kind == crate::TurnKind::Question) {
        return StatementKind::PressConference;
    }
    StatementKind::Unknown
}
