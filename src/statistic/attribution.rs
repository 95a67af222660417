//! An attribution of a sentence (the cue that credits a source, and the
//! source it names), and the index that picks the one a number takes.

use crate::Span;

/// An attribution inside a sentence.
#[derive(Clone, Copy, Debug)]
pub(super) struct Attribution {
    /// Where the cue stands.
    pub(super) at: usize,
    /// The authority, when it is named here (or resolved from an anaphor).
    pub(super) source: Option<Span>,
    /// Whether it also covers numbers before it ("..., Wikileaks said.",
    /// "according to X" anywhere).
    pub(super) backwards: bool,
    /// "It also said", "the report showed": stands for an earlier source.
    pub(super) anaphoric: bool,
}

/// The attributions of a sentence, indexed for the numbers in it: for each
/// position, the last one before it that names a source, and the first one
/// after it that names a source and covers what precedes it. Built once
/// per sentence, so picking a source is a binary search.
pub(super) struct SourceIndex {
    at: Vec<usize>,
    before: Vec<Option<Span>>,
    after: Vec<Option<Span>>,
}

impl SourceIndex {
    pub(super) fn new(sources: &[Attribution]) -> SourceIndex {
        let at = sources.iter().map(|a| a.at).collect();
        let mut before = Vec::with_capacity(sources.len());
        let mut last = None;
        for a in sources {
            last = a.source.or(last);
            before.push(last);
        }
        let mut after = vec![None; sources.len()];
        let mut next = None;
        for (i, a) in sources.iter().enumerate().rev() {
            if a.backwards && a.source.is_some() {
                next = a.source;
            }
            after[i] = next;
        }
        SourceIndex { at, before, after }
    }

    /// The source of a number at `span`: the nearest attribution before it
    /// in the sentence, else the nearest one after it that covers what
    /// precedes.
    pub(super) fn pick(&self, span: Span) -> Option<Span> {
        let i = self.at.partition_point(|&a| a < span.start);
        let j = self.at.partition_point(|&a| a < span.end);
        i.checked_sub(1)
            .and_then(|i| self.before[i])
            .or_else(|| self.after.get(j).copied().flatten())
    }
}
