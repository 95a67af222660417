//! Rebuttals: how a side rejects, denies or discredits an accusation.

use std::borrow::Cow;

use crate::Tactic;
use crate::cues::Cues;
use crate::document::Document;
use crate::lexicon::accusation::Term;
use crate::lexicon::phrase::{Hit, lower_into};
use crate::{Accusation, AccusationCategory, Actor, Party, Span, Stance, Text};

/// A clause in which a side rejects, denies or discredits an accusation
/// against it, or answers it with a counter-move.
///
/// ```
/// let text = "2021-07-20\n\nThe accusations are groundless. China firmly opposes all cyber attacks.";
/// let statement = demarche::analyze(text);
/// for rebuttal in &statement.rebuttals {
///     assert!(!rebuttal.tactics.is_empty());
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Rebuttal<'a> {
    /// The clause.
    pub span: Span,
    /// Who rebuts.
    pub rebutter: Option<Actor<'a>>,
    /// The tactics used, one or more, in a fixed order.
    pub tactics: Vec<Tactic>,
    /// The phrases that signal the tactics ("groundless accusations").
    pub cues: Vec<Text<'a>>,
    /// Index of the accusation answered in
    /// [`Statement::accusations`](crate::Statement::accusations), when it is in
    /// the document.
    pub target: Option<usize>,
    /// The CAMEO event code (`"016"` reject accusation, ...).
    pub cameo: Cow<'static, str>,
}

impl Rebuttal<'_> {
    /// The same rebuttal, owning its strings.
    ///
    /// ```
    /// use demarche::Tactic;
    ///
    /// let owned = {
    ///     let text = String::from(
    ///         "Journalist: The US accused China of hacking. Any comment?\n\n\
    ///          Wang Wenbin: The accusations are groundless.",
    ///     );
    ///     demarche::analyze(&text).into_owned()
    /// };
    /// assert_eq!(owned.rebuttals.len(), 1);
    /// assert!(owned.rebuttals[0].tactics.contains(&Tactic::Delegitimization));
    /// // It answers the accusation of the question.
    /// assert_eq!(owned.rebuttals[0].target, Some(0));
    /// ```
    #[must_use]
    pub fn into_owned(self) -> Rebuttal<'static> {
        Rebuttal {
            span: self.span,
            rebutter: self.rebutter.map(Actor::into_owned),
            tactics: self.tactics,
            cues: self.cues.into_iter().map(Text::into_owned).collect(),
            target: self.target,
            cameo: self.cameo,
        }
    }
}

/// The hits of `hits` (sorted by start) from `*from` that start before
/// `end`, moving `*from` past them.
fn take_before<'h, T>(hits: &'h [Hit<T>], from: &mut usize, end: usize) -> &'h [Hit<T>] {
    let start = *from;
    *from += hits[start..].partition_point(|h| h.span.start < end);
    &hits[start..*from]
}

/// Finds the rebuttals of a segmented document and links them to
/// `accusations` (sorted by position), answering for `side`, mentioned at
/// `side_mentions` (in order), from the rebuttal phrases `cues`.
///
/// A sentence is a rebuttal when its clauses carry a tactic's cue, or an
/// accusation the side turns back on its accuser. Counter-accusations,
/// victim claims, warnings, appeals and statements of principle only count
/// in a document that reports a charge against its side; discrediting,
/// denying and asking for evidence always do.
pub(crate) fn extract<'a>(
    doc: &Document<'a>,
    accusations: &[Accusation<'a>],
    side: Option<&Party>,
    side_mentions: &[Span],
    cues: &Cues,
) -> Vec<Rebuttal<'a>> {
    let text = doc.text;
    // ... or when it denies a charge in a sentence that names its side
    // ("China's countermeasures have nothing to do with ..."): it answers
    // one the text need not report.
    let defending = reports_charge_in_words(accusations, side)
        || denies_for_side(&doc.sentences, &cues.tactics, side_mentions);
    // Sized once from the sentences that may hold a rebuttal: a growing
    // vector of these large items would copy itself at every doubling.
    let mut out = Vec::with_capacity(
        sentences_with(&doc.sentences, cues.tactics.iter().map(|h| h.span))
            + sentences_with(&doc.sentences, cues.harms.iter().map(|h| h.span))
            + sentences_with(&doc.sentences, accusations.iter().map(|a| a.span)),
    );
    let mut pass = Pass {
        text,
        accusations,
        side,
        side_mentions,
        cues,
        defending,
        next_reported: next_reported(accusations),
        tactic_i: 0,
        harm_i: 0,
        cut_i: 0,
        acc_i: 0,
        seen: 0,
        last_against_side: None,
        last_reported: None,
        last_side: None,
        own_clauses: Vec::new(),
        found: Found::default(),
    };
    for &sentence in &doc.sentences {
        for piece in crate::text::clause::windows(text, sentence) {
            if let Some(rebuttal) = pass.piece(piece) {
                out.push(rebuttal);
            }
        }
    }
    out
}

/// The next reported accusation at or after each index of `accusations`
/// (and none after the last).
fn next_reported(accusations: &[Accusation<'_>]) -> Vec<Option<usize>> {
    let mut next = vec![None; accusations.len() + 1];
    for i in (0..accusations.len()).rev() {
        next[i] = if accusations[i].stance == Stance::Reported {
            Some(i)
        } else {
            next[i + 1]
        };
    }
    next
}

/// Whether `a` is a charge someone else makes against `side`.
fn against(side: Option<&Party>, a: &Accusation<'_>) -> bool {
    a.stance == Stance::Reported
        && side.is_some_and(|s| a.accused.as_ref().and_then(|x| x.principal()) == Some(s))
}

/// A document defends its side when it reports a charge against it made
/// in words (accused, accusations, labelled, smeared), not only a deed
/// it calls "so-called".
fn reports_charge_in_words(accusations: &[Accusation<'_>], side: Option<&Party>) -> bool {
    accusations.iter().any(|a| {
        against(side, a)
            && a.cue.as_ref().is_some_and(|c| {
                let mut buf = Vec::new();
                lower_into(c.as_str(), Span::new(0, c.as_str().len()), &mut buf);
                let mut hits = Vec::new();
                crate::lexicon::accusation::table().scan(&buf, 0, &mut hits);
                hits.iter().any(|h| {
                    matches!(
                        h.value,
                        Term::Charge(_) | Term::ChargeNoun | Term::Label | Term::Smear
                    )
                })
            })
    })
}

/// One pass over a document's sentence pieces, in order: cursors into the
/// accusations, cues and side mentions, what the pass remembers for the
/// pieces after, and the buffers reused from piece to piece.
struct Pass<'c, 'a> {
    text: &'a str,
    accusations: &'c [Accusation<'a>],
    side: Option<&'c Party>,
    side_mentions: &'c [Span],
    cues: &'c Cues,
    /// Whether the document defends its side (see [`extract`]).
    defending: bool,
    /// The next reported accusation at or after each index, for targets.
    next_reported: Vec<Option<usize>>,
    /// The first tactic and harm cues not before the piece.
    tactic_i: usize,
    harm_i: usize,
    /// The first piece cut by the accusations not before the piece.
    cut_i: usize,
    /// The first accusation not ending before the piece.
    acc_i: usize,
    /// How many accusations start before the piece's end.
    seen: usize,
    last_against_side: Option<usize>,
    last_reported: Option<usize>,
    /// The side's last mention, as the rebutter of a piece that names none.
    last_side: Option<Actor<'a>>,
    /// The clauses of a piece the accusations' pass did not cut.
    own_clauses: Vec<Span>,
    /// The tactics and cue texts of the piece (copied out when it rebuts).
    found: Found<'a>,
}

/// The cues and clauses of one sentence piece.
struct Piece<'p, 'a> {
    clauses: &'p [Span],
    tactics: &'p [Hit<Tactic>],
    harms: &'p [Hit<bool>],
    side_mentions: &'p [Span],
    /// The accusations that overlap the piece.
    accusations: &'p [Accusation<'a>],
}

/// The tactics and cue texts found in a piece.
#[derive(Default)]
struct Found<'a> {
    tactics: Vec<Tactic>,
    texts: Vec<Text<'a>>,
}

impl<'c, 'a> Pass<'c, 'a> {
    /// The rebuttal of sentence piece `piece`, if it is one.
    fn piece(&mut self, piece: Span) -> Option<Rebuttal<'a>> {
        self.advance_accusations(piece);
        let cues = self.cues;
        let here = &self.accusations[self.acc_i..self.seen];
        // Every cue lies inside one piece, and pieces come in order.
        let tactics = take_before(&cues.tactics, &mut self.tactic_i, piece.end);
        let harms = take_before(&cues.harms, &mut self.harm_i, piece.end);
        if tactics.is_empty() && harms.is_empty() && here.is_empty() {
            return None;
        }
        let side_mentions = {
            let from = self
                .side_mentions
                .partition_point(|m| m.start < piece.start);
            let to = self.side_mentions.partition_point(|m| m.start < piece.end);
            &self.side_mentions[from..to.max(from)]
        };
        // Cut by the accusations' pass, else here.
        let clauses: &[Span] = match cues.clauses_of(&mut self.cut_i, piece) {
            Some(cut) => cut,
            None => {
                self.own_clauses.clear();
                crate::text::clause::clauses(self.text, piece, &mut self.own_clauses);
                &self.own_clauses
            }
        };
        let piece = Piece {
            clauses,
            tactics,
            harms,
            side_mentions,
            accusations: here,
        };
        let span = self.found.read(self.text, self.side, &piece)?;
        let found = &mut self.found;
        found.tactics.sort();
        found.tactics.dedup();
        let intrinsic = found.tactics.iter().any(|t| {
            matches!(
                t,
                Tactic::Denial | Tactic::Delegitimization | Tactic::DemandForEvidence
            )
        });
        // Outside a defence, discrediting counts only where it is about
        // the side ("false information about so-called Chinese hackers").
        if !self.defending && (!intrinsic || !side_mentions.iter().any(|m| span.contains(*m))) {
            return None;
        }
        found.texts.sort_by_key(|c| c.span.start);
        let rebutter = self.rebutter(span, side_mentions);
        let target = self
            .last_against_side
            .or(self.last_reported)
            .or(self.next_reported[self.seen.min(self.accusations.len())]);
        Some(Rebuttal {
            span,
            rebutter,
            cameo: cameo(&self.found.tactics),
            tactics: self.found.tactics.clone(),
            cues: self.found.texts.clone(),
            target,
        })
    }

    /// Moves the accusation cursors to `piece`: the accusations that start
    /// before its end are seen (the last against the side and the last
    /// reported remembered), those that end before its start are passed.
    fn advance_accusations(&mut self, piece: Span) {
        let accusations = self.accusations;
        while self.seen < accusations.len() && accusations[self.seen].span.start < piece.end {
            if against(self.side, &accusations[self.seen]) {
                self.last_against_side = Some(self.seen);
            }
            if accusations[self.seen].stance == Stance::Reported {
                self.last_reported = Some(self.seen);
            }
            self.seen += 1;
        }
        while self.acc_i < accusations.len() && accusations[self.acc_i].span.end <= piece.start {
            self.acc_i += 1;
        }
    }

    /// Who rebuts in `span`: the side as mentioned there, else as last
    /// mentioned, else the side inferred. Remembers the piece's last
    /// mention of the side for the pieces after.
    fn rebutter(&mut self, span: Span, side_mentions: &[Span]) -> Option<Actor<'a>> {
        let (text, side) = (self.text, self.side);
        let rebutter = side_mentions
            .iter()
            .find(|m| span.contains(**m))
            .map(|&m| {
                Actor::new(
                    crate::text::collapse_whitespace(&text[m]),
                    m,
                    vec![side.cloned().unwrap_or(Party::CHN)],
                )
            })
            .or_else(|| self.last_side.clone())
            .or_else(|| side.map(|s| Actor::inferred(s, span.start)));
        if let Some(&m) = side_mentions.last() {
            if let Some(s) = side {
                self.last_side = Some(Actor::new(
                    crate::text::collapse_whitespace(&text[m]),
                    m,
                    vec![s.clone()],
                ));
            }
        }
        rebutter
    }
}

impl<'a> Found<'a> {
    /// Reads the clauses of `piece` for tactics: the span of those that
    /// carry one, or `None`.
    fn read(&mut self, text: &'a str, side: Option<&Party>, piece: &Piece<'_, 'a>) -> Option<Span> {
        self.tactics.clear();
        self.texts.clear();
        let mut span: Option<Span> = None;
        for &clause in piece.clauses {
            let before = self.tactics.len();
            self.cues_in(text, clause, piece);
            self.turned_back(clause, side, piece.accusations);
            if self.tactics.len() > before {
                span = Some(span.map_or(clause, |s| s.join(clause)));
            }
        }
        span
    }

    /// The tactics whose cues stand in `clause`, and a victim claim where a
    /// harm is done to the side mentioned beside it.
    fn cues_in(&mut self, text: &'a str, clause: Span, piece: &Piece<'_, 'a>) {
        for h in piece.tactics.iter().filter(|h| clause.contains(h.span)) {
            self.tactics.push(h.value);
            if !self.texts.iter().any(|c| c.span == h.span) {
                self.texts.push(Text::from_input(text, h.span));
            }
        }
        let harmed = piece.harms.iter().find(|h| {
            clause.contains(h.span)
                && piece.side_mentions.iter().any(|m| {
                    clause.contains(*m)
                        && if h.value {
                            m.end <= h.span.start
                        } else {
                            m.start >= h.span.end
                        }
                })
        });
        if let Some(h) = harmed {
            self.tactics.push(Tactic::VictimClaim);
            self.texts.push(Text::from_input(text, h.span));
        }
    }

    /// The accusations of `clause` the side asserts against another party:
    /// a charge of disinformation discredits, any other turns the charge
    /// back.
    fn turned_back(&mut self, clause: Span, side: Option<&Party>, here: &[Accusation<'a>]) {
        for a in here.iter().filter(|a| a.span.overlaps(clause)) {
            let own =
                side.is_some_and(|s| a.accused.as_ref().and_then(|x| x.principal()) == Some(s));
            match (a.stance, a.category) {
                (Stance::Asserted, AccusationCategory::Disinformation) if !own => {
                    self.tactics.push(Tactic::Delegitimization);
                }
                (Stance::Asserted, _) if !own => {
                    self.tactics.push(Tactic::CounterAccusation);
                    if let Some(cue) = &a.cue {
                        if !self.texts.iter().any(|c| c.span == cue.span) {
                            self.texts.push(cue.clone());
                        }
                    }
                }
                _ => {}
            }
        }
    }
}

/// How many of `sentences` hold the start of one of `spans` (both in
/// order): summed over the kinds of cue, about the most rebuttals a text can
/// have (one per piece of a sentence).
fn sentences_with(sentences: &[Span], spans: impl Iterator<Item = Span>) -> usize {
    let mut last = None;
    let mut n = 0;
    for s in spans {
        let i = sentences.partition_point(|x| x.end <= s.start);
        if last != Some(i) {
            last = Some(i);
            n += 1;
        }
    }
    n
}

/// Whether a cue of denial stands in a sentence that mentions the side
/// (`sentences`, `tactics` and `side_mentions` in order).
fn denies_for_side(sentences: &[Span], tactics: &[Hit<Tactic>], side_mentions: &[Span]) -> bool {
    tactics
        .iter()
        .filter(|h| h.value == Tactic::Denial)
        .any(|h| {
            let i = sentences.partition_point(|s| s.end <= h.span.start);
            sentences.get(i).is_some_and(|s| {
                let m = side_mentions.partition_point(|m| m.start < s.start);
                side_mentions.get(m).is_some_and(|m| m.end <= s.end)
            })
        })
}

/// The CAMEO code of a rebuttal by its strongest tactic:
///
/// - denying, discrediting, turning back, claiming to be the victim, asking
///   for evidence, giving motives: 016 "deny responsibility" (SPEC: reject
///   an accusation);
/// - a warning alone: 130 "threaten, not specified below";
/// - an appeal alone: 022 "appeal for diplomatic cooperation";
/// - a statement of principle alone: 010 "make statement, not specified
///   below".
fn cameo(tactics: &[Tactic]) -> Cow<'static, str> {
    let any = |t: Tactic| tactics.contains(&t);
    Cow::Borrowed(
        if tactics.iter().any(|t| {
            !matches!(
                t,
                Tactic::Warning | Tactic::AppealForCooperation | Tactic::PrincipledStance
            )
        }) {
            "016"
        } else if any(Tactic::Warning) {
            "130"
        } else if any(Tactic::AppealForCooperation) {
            "022"
        } else {
            "010"
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rebuttals read from the cues and clauses the accusations' pass
    /// hands over are those read from cues found alone (the clauses cut
    /// here).
    #[test]
    fn handed_cues_give_the_same_rebuttals() {
        let mut found = 0;
        for text in crate::testing::fixture_texts() {
            let doc = Document::segment(&text, None);
            let mentions = crate::party::SentenceMentions::new(&doc);
            for side in [Some(&Party::CHN), Some(&Party::USA), None] {
                let (accusations, side_mentions, cues) =
                    crate::accusation::extract(&doc, &[], side, &mentions);
                let handed = extract(&doc, &accusations, side, &side_mentions, &cues);
                let alone = Cues::scan(&doc);
                assert_eq!(alone.tactics, cues.tactics);
                assert_eq!(alone.harms, cues.harms);
                let own = extract(&doc, &accusations, side, &side_mentions, &alone);
                assert_eq!(handed, own);
                found += handed.len();
            }
        }
        assert!(found > 0);
    }
}
