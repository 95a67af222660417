//! The per-sentence scan: the lexicon hits and party mentions of a
//! sentence, its clauses read one by one, one accusation kept per accused
//! party, charges listed under a colon, and the agent that anaphors in the
//! next sentence stand for.

use super::category::cameo;
use super::record::Stance;
use super::scanner::{Candidate, CandidateKind, Scanner, Site, find_last};
use crate::lexicon::accusation::{Signal, Term, signals};
use crate::lexicon::phrase::{Hit, lower_into};
use crate::party::PartyMention;
use crate::{Party, Span, Text};

impl<'d, 'a> Scanner<'d, 'a> {
    /// Reads one sentence piece: its lexicon hits and party mentions, then,
    /// when a cue of a charge or an act stands in it, its clauses one by
    /// one; keeps one accusation per accused party, reads a list announced
    /// with a colon, and remembers the agent for the next sentence.
    pub(super) fn sentence(&mut self, sentence: Span, mentions: &[PartyMention]) {
        self.read_hits(sentence);
        self.count_mentions(mentions);
        let hypothetical = self.buf.starts_with(b"if ") || self.buf.starts_with(b"unless ");
        let first_draft = self.drafts.len();
        // Only a cue of a charge or an act makes a clause do anything: a
        // sentence with none is not cut, unless the rebuttals will read its
        // clauses (they read those of a sentence with a rebuttal cue or an
        // accusation, and are handed the cut).
        let opens = self.hits.iter().any(|h| opens_accusation(h.value));
        let answers = self.found.iter().any(|h| matches!(h.value, Signal::Cue(_)));
        if opens || answers {
            self.clauses.clear();
            crate::text::clause::clauses(self.doc.text, sentence, &mut self.clauses);
        }
        // Only a sentence with an accusation needs its candidates in full.
        let candidates = if opens {
            self.candidates(mentions)
        } else {
            Vec::new()
        };
        if opens {
            self.read_clauses(sentence, &candidates, hypothetical);
        }
        if opens || answers {
            self.keep_clauses(sentence, answers, first_draft);
        }
        self.one_per_accused(sentence, first_draft);
        self.listed(sentence, first_draft);
        self.remember_agent(mentions, opens.then_some(&candidates[..]), first_draft);
    }

    /// Lower-cases `sentence` into the buffer and finds the hits of the
    /// accusation and rebuttal lexicons in it (those of the rebuttal
    /// lexicons are kept for the rebuttals).
    fn read_hits(&mut self, sentence: Span) {
        lower_into(self.doc.text, sentence, &mut self.buf);
        self.found.clear();
        signals().scan(&self.buf, sentence.start, &mut self.found);
        self.cues.add(&self.found);
        self.hits.clear();
        self.hits
            .extend(self.found.iter().filter_map(|h| match h.value {
                Signal::Term(t) => Some(Hit {
                    span: h.span,
                    value: t,
                }),
                _ => None,
            }));
        crate::lexicon::phrase::drop_contained(&mut self.hits);
    }

    /// Counts the sentence's mentions of parties other than the side (the
    /// main opponent is the most mentioned) and records those of the side.
    fn count_mentions(&mut self, mentions: &[PartyMention]) {
        let mut last_side = None;
        for m in mentions {
            if let Some(p) = m.parties.first() {
                if self.is_side(&m.parties) {
                    last_side = Some(m);
                    self.side_mentions.push(m.span);
                } else if let Some(c) = self.counts.iter_mut().find(|(q, _)| q == p) {
                    c.1 += 1;
                } else {
                    self.counts.push((p.clone(), 1));
                }
            }
        }
        if let Some(m) = last_side {
            self.last_side = Some((m.span, m.parties.clone()));
        }
    }

    /// Reads each clause of the sentence (cut into `self.clauses`).
    fn read_clauses(&mut self, sentence: Span, candidates: &[Candidate], hypothetical: bool) {
        let clauses = std::mem::take(&mut self.clauses);
        for &clause in &clauses {
            self.clause(sentence, clause, candidates, hypothetical);
        }
        self.clauses = clauses;
    }

    /// Hands the sentence's clauses to the rebuttals when they will read
    /// them: those of a piece with a cue of theirs or an accusation (an act
    /// that charges nobody leaves none).
    fn keep_clauses(&mut self, sentence: Span, answers: bool, first_draft: usize) {
        let harmed = self
            .found
            .iter()
            .any(|h| matches!(h.value, Signal::Harm(_)));
        if answers || harmed || self.drafts.len() > first_draft {
            self.cues.add_clauses(sentence, &self.clauses);
        }
    }

    /// One accusation per sentence, stance and accused party (several
    /// charges against one party in a sentence are one accusation, of the
    /// first named charge's category); a named act gives its category to
    /// a guessed one, a bare violation's included ("disregarded ... and
    /// imposed unilateral sanctions").
    fn one_per_accused(&mut self, sentence: Span, first_draft: usize) {
        let mut seen: Vec<(Span, Stance, Option<Party>, usize)> = Vec::new();
        let mut i = first_draft;
        while i < self.drafts.len() {
            let d = &self.drafts[i];
            // A semicolon ends a charge as a full stop does ("X did this;
            // Y revealed that X did that").
            let upto = &self.buf[..(d.clause.start - sentence.start).min(self.buf.len())];
            let part = upto
                .iter()
                .rposition(|&b| b == b';')
                .or_else(|| find_last(upto, "\u{ff1b}".as_bytes()))
                .map_or(sentence.start, |i| sentence.start + i);
            let key = (
                Span::new(part, part),
                d.item.stance,
                d.item
                    .accused
                    .as_ref()
                    .and_then(|a| a.parties.first().cloned()),
            );
            if let Some(&(.., kept)) = seen
                .iter()
                .find(|(c, st, p, _)| (*c, *st, p) == (key.0, key.1, &key.2))
            {
                let dup = self.drafts.remove(i);
                let kept = &mut self.drafts[kept];
                if kept.wants_category && !dup.wants_category {
                    kept.item.category = dup.item.category;
                    kept.item.cameo = dup.item.cameo;
                    kept.wants_category = false;
                }
            } else {
                seen.push((key.0, key.1, key.2, i));
                i += 1;
            }
        }
    }

    /// Remembers the agent that anaphors in the next sentence stand for:
    /// the party accused last by the side in this one, else its first
    /// actor that is no anaphor and not the side (read from `candidates`
    /// when the sentence built them, else from the mentions).
    fn remember_agent(
        &mut self,
        mentions: &[PartyMention],
        candidates: Option<&[Candidate]>,
        first_draft: usize,
    ) {
        let agent = self.drafts[first_draft..]
            .iter()
            .rev()
            .find(|d| d.item.stance == Stance::Asserted)
            .and_then(|d| d.item.accused.as_ref().map(|a| a.parties.clone()))
            .or_else(|| match candidates {
                Some(candidates) => self.first_listed_agent(candidates),
                None => self.first_agent(mentions),
            });
        if agent.is_some() {
            self.last_agent = agent;
        }
    }

    /// The parties of the first of `candidates` that is no anaphor and not
    /// the side.
    fn first_listed_agent(&self, candidates: &[Candidate]) -> Option<Vec<Party>> {
        candidates
            .iter()
            .find(|c| c.kind != CandidateKind::Anaphor && !self.is_side(&c.parties))
            .map(|c| c.parties.clone())
    }

    /// Reads `sentence` against a charge announced with a colon: a bullet
    /// item under it is one of its charges, in place of what the item
    /// seemed to charge by itself; anything else ends the list. A charge by a
    /// verb of charging that ends its sentence with a colon opens one.
    fn listed(&mut self, sentence: Span, first_draft: usize) {
        let text = self.doc.text;
        let body = &text[sentence];
        let item = body.trim_start();
        let bullet = ["* ", "- ", "\u{2022}", "\u{00b7}", "\u{2013} "]
            .iter()
            .find(|b| item.starts_with(**b));
        match (&self.list, bullet) {
            (Some(open), Some(b)) => {
                // The item is the announced charge: a party it names is
                // that charge's target or detail, not a new accused.
                self.drafts.truncate(first_draft);
                {
                    let start = sentence.start + (body.len() - item.len()) + b.len();
                    let span = crate::text::trim_span(text, Span::new(start, sentence.end));
                    // The item's own act names its category.
                    let named = self.hits.iter().find_map(|h| match h.value {
                        Term::Wrong(c) if span.contains(h.span) => Some(c),
                        _ => None,
                    });
                    let mut draft = open.clone();
                    draft.item.span = span;
                    draft.clause = span;
                    draft.item.charge = Some(Text::from_input(text, span));
                    draft.item.date = None;
                    if let Some(c) = named {
                        draft.item.category = c;
                        draft.item.cameo = cameo(c);
                        draft.wants_category = false;
                    }
                    self.drafts.push(draft);
                }
            }
            _ => self.list = None,
        }
        if body.trim_end().ends_with(':') {
            self.list = self.drafts[first_draft..]
                .iter()
                .find(|d| {
                    d.item
                        .accused
                        .as_ref()
                        .is_some_and(|a| !a.parties.is_empty())
                        && d.item.cue.as_ref().is_some_and(|c| {
                            let mut hits = Vec::new();
                            let mut buf = Vec::new();
                            lower_into(c.as_str(), Span::new(0, c.as_str().len()), &mut buf);
                            crate::lexicon::accusation::table().scan(&buf, 0, &mut hits);
                            hits.iter().any(|h| matches!(h.value, Term::Charge(_)))
                        })
                })
                .cloned();
        }
    }

    /// Party mentions, actors with no party and anaphors, in order.
    fn candidates(&self, mentions: &[PartyMention]) -> Vec<Candidate> {
        let mut out: Vec<Candidate> = mentions
            .iter()
            .filter(|m| !m.parties.is_empty())
            .map(|m| Candidate {
                span: m.span,
                parties: m.parties.clone(),
                kind: CandidateKind::Party,
            })
            .collect();
        for h in &self.hits {
            let kind = match h.value {
                Term::Agent => CandidateKind::Nobody,
                Term::Anaphor => CandidateKind::Anaphor,
                _ => continue,
            };
            if !out.iter().any(|c| c.span.overlaps(h.span)) {
                out.push(Candidate {
                    span: h.span,
                    parties: Vec::new(),
                    kind,
                });
            }
        }
        out.sort_by_key(|c| c.span.start);
        out
    }

    /// The parties of the first of the [`Scanner::candidates`] that is no
    /// anaphor and not the side, found without building them (for a
    /// sentence with no accusation, whose candidates serve only this).
    ///
    /// The candidates are the mentions with parties, then the hits of actors
    /// and anaphors that overlap no mention nor an earlier such hit, in a
    /// stable order by start: so the first is the earliest mention or the
    /// earliest such hit, the mention first at an equal start.
    fn first_agent(&self, mentions: &[PartyMention]) -> Option<Vec<Party>> {
        let mention = mentions
            .iter()
            .filter(|m| !m.parties.is_empty() && !self.is_side(&m.parties))
            .min_by_key(|m| m.span.start);
        // Hits come by start, so one overlaps an earlier kept hit when it
        // starts before the furthest end of those.
        let mut reach = 0;
        let mut hit = None;
        for h in &self.hits {
            if !matches!(h.value, Term::Agent | Term::Anaphor)
                || h.span.start < reach
                || mentions
                    .iter()
                    .any(|m| !m.parties.is_empty() && m.span.overlaps(h.span))
            {
                continue;
            }
            if h.value == Term::Agent {
                hit = Some(h.span);
                break;
            }
            reach = reach.max(h.span.end);
        }
        match (mention, hit) {
            (Some(m), Some(h)) if h.start < m.span.start => Some(Vec::new()),
            (Some(m), _) => Some(m.parties.clone()),
            (None, Some(_)) => Some(Vec::new()),
            (None, None) => None,
        }
    }

    fn clause(
        &mut self,
        sentence: Span,
        clause: Span,
        candidates: &[Candidate],
        hypothetical: bool,
    ) {
        self.cur_clause = clause;
        let hits: Vec<Hit<Term>> = self
            .hits
            .iter()
            .filter(|h| clause.contains(h.span))
            .copied()
            .collect();
        let mut consumed = clause.start;
        for h in &hits {
            if h.span.start < consumed {
                continue;
            }
            let site = Site {
                sentence,
                clause,
                cue: *h,
                candidates,
                hits: &hits,
            };
            let end = match h.value {
                Term::Charge(implicit) => self.charge(site, implicit),
                Term::ChargeNoun => self.charge_noun(site),
                Term::Label => self.charge(site, false),
                Term::Smear if !hypothetical => self.smear(site),
                Term::Wrong(_) | Term::Violation | Term::Rank | Term::Act if !hypothetical => {
                    self.wrong(site, consumed)
                }
                _ => None,
            };
            if let Some(end) = end {
                consumed = end;
            }
        }
    }
}

/// Whether a hit of `term` may open an accusation in its clause (the terms
/// [`Scanner::clause`] acts on; the others only help read them).
fn opens_accusation(term: Term) -> bool {
    matches!(
        term,
        Term::Charge(_)
            | Term::ChargeNoun
            | Term::Label
            | Term::Smear
            | Term::Wrong(_)
            | Term::Violation
            | Term::Rank
            | Term::Act
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use crate::party::find_mentions;

    /// The agent that the first sentence of `text` leaves for the next
    /// one's anaphors, with China as the side: read without the candidates
    /// (a sentence with no accusation) and from them (one with).
    fn agents(text: &str) -> [Option<Vec<Party>>; 2] {
        let doc = Document::segment(text, None);
        let side = Party::CHN;
        let mut scan = Scanner::new(&doc, Some(&side));
        let sentence = doc.sentences[0];
        scan.read_hits(sentence);
        let mentions = find_mentions(text, sentence);
        let listed = scan.first_listed_agent(&scan.candidates(&mentions));
        [scan.first_agent(&mentions), listed]
    }

    #[test]
    fn the_first_agent_is_the_first_party_not_the_side() {
        let usa = Some(vec![Party::USA]);
        assert_eq!(agents("The US said so."), [usa.clone(), usa.clone()]);
        // The side is never the agent anaphors stand for.
        assert_eq!(
            agents("China rejected what the US said."),
            [usa.clone(), usa.clone()]
        );
        // An anaphor stands for an earlier agent, not for itself.
        assert_eq!(agents("It said the US lied."), [usa.clone(), usa]);
    }

    #[test]
    fn an_actor_with_no_party_first_is_nobody_known() {
        let nobody = Some(Vec::new());
        assert_eq!(
            agents("Some countries joined the US."),
            [nobody.clone(), nobody]
        );
        assert_eq!(agents("Nothing happened."), [None, None]);
    }
}
