//! Wrongdoing charged without a verb of charging: a wrongful act and its
//! agent, asserted by the document's voice or reported from a source
//! ("the US conducted cyber attacks", "X violated China's sovereignty").

use super::category::AccusationCategory;
use super::record::Stance;
use super::scanner::{Candidate, CandidateKind, Scanner, Site, actor};
use crate::lexicon::accusation::Term;
use crate::lexicon::phrase::Hit;
use crate::{Actor, Span, Text};

impl<'d, 'a> Scanner<'d, 'a> {
    /// A wrongful act and its agent: asserted by the document's voice, or
    /// reported when a source discloses it.
    pub(super) fn wrong(&mut self, site: Site<'_>, from: usize) -> Option<usize> {
        let text = self.doc.text;
        let (agent, sayer) = self.wrongdoer(site, from)?;
        let category = match site.cue.value {
            Term::Violation => self
                .violated(site.clause, site.cue, site.hits)
                .unwrap_or(AccusationCategory::Other),
            Term::Wrong(c) => c,
            _ => AccusationCategory::Other,
        };
        // "X's so-called 'genocide'": X's charge against the side, not the
        // document's against X.
        if sayer.is_none() && !self.is_side(&agent.parties) && agent.kind == CandidateKind::Party {
            if let Some(side) = self
                .side
                .filter(|_| self.so_called_before(site.sentence, site.cue))
            {
                let accuser = actor(text, agent.span, agent.parties.clone());
                let accused = Actor::inferred(side, site.cue.span.start);
                let charge = Some(Text::from_input(text, site.cue.span));
                let core = agent.span.join(site.cue.span);
                let draft = self.draft(
                    site.sentence,
                    core,
                    site.cue,
                    Stance::Reported,
                    Some(accuser),
                    accused,
                    charge,
                    category,
                );
                self.drafts.push(draft);
                return Some(site.cue.span.end);
            }
        }
        let source = match sayer {
            Some(c) => Some(Some(c)),
            None => self.source_for(site.sentence, site.cue.span.start, site.candidates),
        };
        if self.is_side(&agent.parties) {
            return self.side_wrong(
                site.sentence,
                site.cue,
                site.candidates,
                agent,
                source,
                category,
            );
        }
        let accused = actor(text, agent.span, agent.parties.clone());
        let charge = Some(Text::from_input(text, site.cue.span));
        let core = agent.span.join(site.cue.span);
        let (stance, accuser) = match source {
            Some(sayer) => (
                Stance::Reported,
                sayer.map(|c| actor(text, c.span, c.parties)),
            ),
            None => (Stance::Asserted, self.side_actor(site.cue.span.start)),
        };
        let mut draft = self.draft(
            site.sentence,
            core,
            site.cue,
            stance,
            None,
            accused,
            charge,
            category,
        );
        draft.item.accuser = accuser;
        draft.wants_opponent = false;
        // A violation of nothing named is of the document's dispute too.
        draft.wants_category = matches!(site.cue.value, Term::Rank | Term::Act)
            || site.cue.value == Term::Violation
                && self.violated(site.clause, site.cue, site.hits).is_none();
        self.drafts.push(draft);
        Some(site.cue.span.end)
    }

    /// Who commits a wrongful act, and who discloses it when a source verb
    /// stands between them ("X detected attacks from Y": X is the source, Y
    /// the agent); `None` when nobody is found or the clause opposes or
    /// suffers the act ("China opposes the deployment of ... by the US" is
    /// a stance, not a charge).
    fn wrongdoer(&self, site: Site<'_>, from: usize) -> Option<(Candidate, Option<Candidate>)> {
        let by_agent = self.passive_agent(site);
        let before = if by_agent.is_some() {
            None
        } else {
            self.agent_in_front(site.sentence, from, site.cue, site.candidates)
        };
        let between = |a: &Candidate, value: Term| {
            // "X, despite Y's opposition, violated ...": the opposition is
            // Y's, not a breaker of X's act; only what precedes the first
            // "despite" after X counts.
            let upto = if value == Term::Breaker {
                site.hits
                    .iter()
                    .find(|d| d.value == Term::Despite && d.span.start >= a.span.end)
                    .map_or(site.cue.span.start, |d| {
                        d.span.start.min(site.cue.span.start)
                    })
            } else {
                site.cue.span.start
            };
            site.hits
                .iter()
                .any(|h| h.value == value && h.span.start >= a.span.end && h.span.end <= upto)
        };
        Some(match before {
            Some(a) if between(&a, Term::Breaker) => return None,
            Some(a)
                if between(&a, Term::Source)
                    && !self.is_side(&a.parties)
                    && !self.passive_source_between(
                        site.sentence,
                        a.span.end,
                        site.cue.span.start,
                    ) =>
            {
                let after = self.agent_after(site)?;
                (after, Some(a))
            }
            Some(a) => (a, None),
            None => match by_agent {
                Some(a) => (a, None),
                None => (self.agent_after(site)?, None),
            },
        })
    }

    /// The agent named after the act: by "by" ("harassed and blocked by the
    /// CCG", "attacks by Russian forces"), or as the party urged to stop it;
    /// whoever stands before the act. Not where a breaker stands between
    /// the clause's start and the act (the clause opposes or suffers it).
    fn passive_agent(&self, site: Site<'_>) -> Option<Candidate> {
        self.by_agent(site)
            .or_else(|| self.urged(site))
            .filter(|_| {
                !site.hits.iter().any(|h| {
                    h.value == Term::Breaker
                        && h.span.start >= site.clause.start
                        && h.span.end <= site.cue.span.start
                })
            })
    }

    /// The agent named before the act, from `from` on; in Chinese, the
    /// sentence's topic when none is found or when the side named in an
    /// earlier comma-clause is an object there ("窜访中国台湾地区，严重违反……").
    fn agent_in_front(
        &self,
        sentence: Span,
        from: usize,
        cue: Hit<Term>,
        candidates: &[Candidate],
    ) -> Option<Candidate> {
        match self.agent_before(sentence, from, cue.span.start, candidates) {
            Some(a)
                if self.is_side(&a.parties)
                    && self.comma_between(sentence, a.span.end, cue.span.start) =>
            {
                self.topic(sentence, cue, candidates).or(Some(a))
            }
            None => self.topic(sentence, cue, candidates),
            found => found,
        }
    }

    /// The side's own wrongdoing, which is never the side's charge: only a
    /// charge someone else makes, reported (by `source`, as
    /// [`Scanner::source_for`] gives it), called "so-called" or put in
    /// scare quotes. Where the act ends, when it is one.
    fn side_wrong(
        &mut self,
        sentence: Span,
        cue: Hit<Term>,
        candidates: &[Candidate],
        agent: Candidate,
        source: Option<Option<Candidate>>,
        category: AccusationCategory,
    ) -> Option<usize> {
        let text = self.doc.text;
        let hearsay = self
            .hits
            .iter()
            .any(|h| h.value == Term::Hearsay && h.span.end <= cue.span.start);
        let distanced = hearsay
            || self.hits.iter().any(|h| {
                h.value == Term::SoCalled
                    && h.span.end <= cue.span.start
                    && cue.span.start - h.span.end <= 40
            })
            || self.quoted(sentence, agent.span.start);
        if source.is_none() && !distanced {
            return None;
        }
        let (accuser, wants_opponent) = match source {
            Some(Some(c)) => (Some(actor(text, c.span, c.parties)), false),
            Some(None) => (None, false),
            None => {
                let subject = self
                    .agent_before(sentence, sentence.start, agent.span.start, candidates)
                    .filter(|c| c.kind == CandidateKind::Party && !self.is_side(&c.parties));
                // Hearsay names no one: the charge is nobody's known.
                let wants = subject.is_none() && !hearsay;
                (subject.map(|c| actor(text, c.span, c.parties)), wants)
            }
        };
        let accused = actor(text, agent.span, agent.parties);
        let charge = Some(Text::from_input(text, cue.span));
        let core = agent.span.join(cue.span);
        let mut draft = self.draft(
            sentence,
            core,
            cue,
            Stance::Reported,
            accuser,
            accused,
            charge,
            category,
        );
        draft.wants_opponent = wants_opponent;
        draft.wants_category = matches!(cue.value, Term::Rank | Term::Act);
        self.drafts.push(draft);
        Some(cue.span.end)
    }

    /// Whether "so-called" stands right before the act, across quotation
    /// marks and spaces only ("so-called \"genocide\"", "所谓“种族灭绝”").
    fn so_called_before(&self, sentence: Span, cue: Hit<Term>) -> bool {
        self.hits.iter().any(|h| {
            h.value == Term::SoCalled
                && h.span.end <= cue.span.start
                && self.buf[h.span.end - sentence.start..cue.span.start - sentence.start]
                    .iter()
                    .all(|&b| b.is_ascii_whitespace() || b == b'"' || b >= 0x80)
                && cue.span.start - h.span.end <= 8
        })
    }

    /// The category a verb of violation takes from what it violates, named
    /// shortly after it in its clause ("violated China's sovereignty",
    /// "违反一个中国原则"); `None` when it names nothing known.
    pub(super) fn violated(
        &self,
        clause: Span,
        cue: Hit<Term>,
        hits: &[Hit<Term>],
    ) -> Option<AccusationCategory> {
        /// How far after the verb its object may end: a possessor and two
        /// or three modifiers ("the Philippines' sovereign rights").
        const REACH: usize = 64;
        hits.iter()
            .filter(|h| h.span.start >= cue.span.end && h.span.end <= clause.end)
            .take_while(|h| h.span.start - cue.span.end <= REACH)
            .find_map(|h| match h.value {
                Term::Object(c) => Some(c),
                _ => None,
            })
    }
}
