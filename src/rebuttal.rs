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
    let against_side = |a: &Accusation<'_>| {
        a.stance == Stance::Reported
            && side.is_some_and(|s| a.accused.as_ref().and_then(|x| x.principal()) == Some(s))
    };
    // A document defends its side when it reports a charge against it made
    // in words (accused, accusations, labelled, smeared), not only a deed
    // it calls "so-called".
    let defending = accusations.iter().any(|a| {
        against_side(a)
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
    });
    // ... or when it denies a charge in a sentence that names its side
    // ("China's countermeasures have nothing to do with ..."): it answers
    // one the text need not report.
    let defending = defending || denies_for_side(&doc.sentences, &cues.tactics, side_mentions);
    // The next reported accusation at or after each index, for targets.
    let mut next_reported = vec![None; accusations.len() + 1];
    for i in (0..accusations.len()).rev() {
        next_reported[i] = if accusations[i].stance == Stance::Reported {
            Some(i)
        } else {
            next_reported[i + 1]
        };
    }
    // Sized once from the sentences that may hold a rebuttal: a growing
    // vector of these large items would copy itself at every doubling.
    let mut out = Vec::with_capacity(
        sentences_with(&doc.sentences, cues.tactics.iter().map(|h| h.span))
            + sentences_with(&doc.sentences, cues.harms.iter().map(|h| h.span))
            + sentences_with(&doc.sentences, accusations.iter().map(|a| a.span)),
    );
    let (mut tactic_i, mut harm_i) = (0, 0); // the first cues not before the piece
    let mut own_clauses = Vec::new();
    // The tactics and cue texts of the piece (copied out when it rebuts).
    let mut tactics: Vec<Tactic> = Vec::new();
    let mut texts: Vec<Text<'a>> = Vec::new();
    let mut cut_i = 0; // the first piece cut by the accusations not before the piece
    let mut acc_i = 0; // first accusation not ending before the sentence
    let mut seen = 0; // accusations starting before the sentence's end
    let mut last_against_side: Option<usize> = None;
    let mut last_reported: Option<usize> = None;
    let mut last_side: Option<Actor<'a>> = None;
    for &sentence in &doc.sentences {
        for piece in crate::text::clause::windows(text, sentence) {
            while seen < accusations.len() && accusations[seen].span.start < piece.end {
                if against_side(&accusations[seen]) {
                    last_against_side = Some(seen);
                }
                if accusations[seen].stance == Stance::Reported {
                    last_reported = Some(seen);
                }
                seen += 1;
            }
            while acc_i < accusations.len() && accusations[acc_i].span.end <= piece.start {
                acc_i += 1;
            }
            let here = &accusations[acc_i..seen];
            // Every cue lies inside one piece, and pieces come in order.
            let hits = take_before(&cues.tactics, &mut tactic_i, piece.end);
            let harm_hits = take_before(&cues.harms, &mut harm_i, piece.end);
            if hits.is_empty() && harm_hits.is_empty() && here.is_empty() {
                continue;
            }
            let side_mentions = {
                let from = side_mentions.partition_point(|m| m.start < piece.start);
                let to = side_mentions.partition_point(|m| m.start < piece.end);
                &side_mentions[from..to.max(from)]
            };
            // Cut by the accusations' pass, else here.
            let clauses: &[Span] = match cues.clauses_of(&mut cut_i, piece) {
                Some(cut) => cut,
                None => {
                    own_clauses.clear();
                    crate::text::clause::clauses(text, piece, &mut own_clauses);
                    &own_clauses
                }
            };
            tactics.clear();
            texts.clear();
            let mut span: Option<Span> = None;
            for &clause in clauses {
                let before = tactics.len();
                for h in hits.iter().filter(|h| clause.contains(h.span)) {
                    tactics.push(h.value);
                    if !texts.iter().any(|c| c.span == h.span) {
                        texts.push(Text::from_input(text, h.span));
                    }
                }
                let harmed = harm_hits.iter().find(|h| {
                    clause.contains(h.span)
                        && side_mentions.iter().any(|m| {
                            clause.contains(*m)
                                && if h.value {
                                    m.end <= h.span.start
                                } else {
                                    m.start >= h.span.end
                                }
                        })
                });
                if let Some(h) = harmed {
                    tactics.push(Tactic::VictimClaim);
                    texts.push(Text::from_input(text, h.span));
                }
                for a in here.iter().filter(|a| a.span.overlaps(clause)) {
                    let own = side
                        .is_some_and(|s| a.accused.as_ref().and_then(|x| x.principal()) == Some(s));
                    match (a.stance, a.category) {
                        (Stance::Asserted, AccusationCategory::Disinformation) if !own => {
                            tactics.push(Tactic::Delegitimization);
                        }
                        (Stance::Asserted, _) if !own => {
                            tactics.push(Tactic::CounterAccusation);
                            if let Some(cue) = &a.cue {
                                if !texts.iter().any(|c| c.span == cue.span) {
                                    texts.push(cue.clone());
                                }
                            }
                        }
                        _ => {}
                    }
                }
                if tactics.len() > before {
                    span = Some(span.map_or(clause, |s| s.join(clause)));
                }
            }
            let Some(span) = span else { continue };
            tactics.sort();
            tactics.dedup();
            let intrinsic = tactics.iter().any(|t| {
                matches!(
                    t,
                    Tactic::Denial | Tactic::Delegitimization | Tactic::DemandForEvidence
                )
            });
            // Outside a defence, discrediting counts only where it is about
            // the side ("false information about so-called Chinese hackers").
            if !defending && (!intrinsic || !side_mentions.iter().any(|m| span.contains(*m))) {
                continue;
            }
            texts.sort_by_key(|c| c.span.start);
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
                .or_else(|| last_side.clone())
                .or_else(|| side.map(|s| Actor::inferred(s, span.start)));
            if let Some(&m) = side_mentions.last() {
                if let Some(s) = side {
                    last_side = Some(Actor::new(
                        crate::text::collapse_whitespace(&text[m]),
                        m,
                        vec![s.clone()],
                    ));
                }
            }
            let target = last_against_side
                .or(last_reported)
                .or(next_reported[seen.min(accusations.len())]);
            out.push(Rebuttal {
                span,
                rebutter,
                cameo: cameo(&tactics),
                tactics: tactics.clone(),
                cues: texts.clone(),
                target,
            });
        }
    }
    out
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
