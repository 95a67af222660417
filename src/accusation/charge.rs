//! Charges made in words: by a verb of charging ("X accused Y of Z"), a
//! noun ("accusations by X against Y"), a smear ("X smeared Y"), and the
//! charge's text after them.

use super::category::{AccusationCategory, cameo};
use super::record::Stance;
use super::scanner::{Candidate, CandidateKind, Scanner, Site, actor, find};
use crate::lexicon::accusation::Term;
use crate::lexicon::phrase::Hit;
use crate::{Actor, Span, Text};

impl<'d, 'a> Scanner<'d, 'a> {
    /// "X accused Y of Z", "labeling Y as Z", "Y was accused by X".
    pub(super) fn charge(&mut self, site: Site<'_>, implicit: bool) -> Option<usize> {
        let text = self.doc.text;
        let after = site.candidates.iter().find(|c| {
            c.span.start >= site.cue.span.end
                && c.span.end <= site.clause.end
                && c.kind != CandidateKind::Anaphor
        });
        // "Y was accused by X", and the participle of a charge made in a
        // document ("the activity alleged in X's indictment").
        let next = self.next_word(site.sentence, site.cue.span.end);
        let passive = next == b"by"
            || next == b"in"
                && self.buf[site.cue.span.start - site.sentence.start
                    ..site.cue.span.end - site.sentence.start]
                    .ends_with(b"alleged");
        let (accuser, accused) = if passive {
            // "Y was accused by X": Y must be named, not an anaphor.
            let named = site
                .candidates
                .iter()
                .rfind(|c| {
                    c.span.start >= site.clause.start
                        && c.span.end <= site.cue.span.start
                        && c.kind == CandidateKind::Party
                })
                .cloned();
            (after.cloned(), named)
        } else {
            let subject = self
                .agent_before(
                    site.sentence,
                    site.clause.start,
                    site.cue.span.start,
                    site.candidates,
                )
                .or_else(|| {
                    self.agent_before(
                        site.sentence,
                        site.sentence.start,
                        site.cue.span.start,
                        site.candidates,
                    )
                });
            (
                subject,
                after
                    .filter(|c| c.span.start - site.cue.span.end <= 64)
                    .cloned(),
            )
        };
        // An object that names no party ("accuses other countries") is
        // nobody we can name; a verb with no object may imply the side.
        let accused = match accused {
            Some(c) if c.kind == CandidateKind::Party => actor(text, c.span, c.parties),
            Some(_) => {
                // "X spies on all, but accuses others of spying": X's
                // hypocrisy.
                if let Some(subject) = accuser.filter(|a| !a.parties.is_empty()) {
                    if let Some(d) = self.drafts.iter_mut().rev().take(4).find(|d| {
                        d.item.stance == Stance::Asserted
                            && d.item
                                .accused
                                .as_ref()
                                .is_some_and(|x| x.parties == subject.parties)
                            && d.clause.end <= site.clause.start
                            && d.clause.start >= site.sentence.start
                    }) {
                        d.item.category = AccusationCategory::Hypocrisy;
                        d.item.cameo = cameo(AccusationCategory::Hypocrisy);
                        d.wants_category = false;
                    }
                }
                // What the subject charges others with is its claim, not
                // the document's: the rest of the clause is read.
                return Some(site.clause.end);
            }
            None if implicit && !passive => self.side_actor(site.cue.span.start)?,
            None => return None,
        };
        let charge_start = if passive {
            site.cue.span.end
        } else {
            accused.span.end.max(site.cue.span.end)
        };
        Some(self.push_charged(site, accuser, accused, charge_start))
    }

    /// "accusations by X against Y", "X's allegations that Y ...".
    pub(super) fn charge_noun(&mut self, site: Site<'_>) -> Option<usize> {
        let text = self.doc.text;
        let mut accuser = None;
        let mut accused = None;
        for c in site
            .candidates
            .iter()
            .filter(|c| c.kind == CandidateKind::Party)
        {
            if c.span.start >= site.cue.span.end
                && c.span.end <= site.clause.end
                && c.span.start - site.cue.span.end <= 80
            {
                let w = self.word_before(site.sentence.start, c.span.start);
                if w == b"by" && accuser.is_none() {
                    accuser = Some(c.clone());
                } else if accused.is_none()
                    && matches!(
                        w,
                        b"against" | b"on" | b"that" | b"concerning" | b"about" | b"of" | b"at"
                    )
                {
                    accused = Some(c.clone());
                }
            }
        }
        if accuser.is_none() {
            // The nearest party before the noun that is not the side ("US-led
            // rumors", "NATO's allegations", "X for making accusations").
            accuser = site
                .candidates
                .iter()
                .filter(|c| {
                    c.kind == CandidateKind::Party
                        && c.span.end <= site.cue.span.start
                        && c.span.start >= site.clause.start
                })
                .rfind(|c| !self.is_side(&c.parties))
                .cloned();
        }
        if accuser.is_none() && accused.is_none() {
            return None;
        }
        let accused = match accused {
            Some(c) => actor(text, c.span, c.parties),
            None => self.side_actor(site.cue.span.start)?,
        };
        let charge_start = accused.span.end.max(site.cue.span.end);
        Some(self.push_charged(site, accuser, accused, charge_start))
    }

    /// "X smeared Y (hiring hackers)": X's disinformation, and X's charge
    /// against Y when the object carries one.
    pub(super) fn smear(&mut self, site: Site<'_>) -> Option<usize> {
        let text = self.doc.text;
        let agent = self.agent_before(
            site.sentence,
            site.clause.start,
            site.cue.span.start,
            site.candidates,
        )?;
        if self.is_side(&agent.parties) {
            return None;
        }
        let accuser = self.side_actor(site.cue.span.start);
        let accused = actor(text, agent.span, agent.parties.clone());
        let draft = self.draft(
            site.sentence,
            agent.span.join(site.cue.span),
            site.cue,
            Stance::Asserted,
            accuser,
            accused,
            Some(Text::from_input(text, site.cue.span)),
            AccusationCategory::Disinformation,
        );
        self.drafts.push(draft);
        // The smeared party, charged with a wrongful act named after it.
        let object = site.candidates.iter().find(|c| {
            c.span.start >= site.cue.span.end
                && c.span.start - site.cue.span.end <= 8
                && c.kind == CandidateKind::Party
        })?;
        let wrong = site.hits.iter().find(|h| {
            h.span.start >= object.span.end
                && matches!(h.value, Term::Wrong(c) if c != AccusationCategory::Disinformation)
        })?;
        let accused = actor(text, object.span, object.parties.clone());
        let accuser = (agent.kind == CandidateKind::Party).then_some(agent);
        // The charge is the act's, told by the smear's cue.
        let act = Site {
            cue: *wrong,
            ..site
        };
        self.push_charged(act, accuser, accused, object.span.end);
        if let Some(d) = self.drafts.last_mut() {
            d.item.cue = Some(Text::from_input(text, site.cue.span));
        }
        Some(site.clause.end)
    }

    /// An accusation with a party charged, reported unless the accuser is
    /// the side, with the charge read from `charge_start` to the end of the
    /// clause ([`Scanner::charge_text`]). Where the charge ends, else the
    /// cue.
    fn push_charged(
        &mut self,
        site: Site<'_>,
        accuser: Option<Candidate>,
        accused: Actor<'a>,
        charge_start: usize,
    ) -> usize {
        let text = self.doc.text;
        let (sentence, clause, cue) = (site.sentence, site.clause, site.cue);
        let charge = self.charge_text(sentence, clause, charge_start);
        let end = charge.as_ref().map_or(cue.span.end, |c| c.span.end);
        let category = self.charged_category(clause, cue, charge.as_ref(), accused.span);
        // With no accuser named, a charge against another party is the
        // document's own ("Statement on attributing ... to the PRC").
        let own = accuser.is_none()
            && self.side.is_some()
            && !self.is_side(&accused.parties)
            && !accused.parties.is_empty();
        let accuser = if own {
            self.side_actor(cue.span.start).map(|a| Candidate {
                span: a.span,
                parties: a.parties,
                kind: CandidateKind::Party,
            })
        } else {
            accuser
        };
        let asserted = accuser.as_ref().is_some_and(|a| self.is_side(&a.parties));
        // The accusation's own words: from the accuser or the cue to the end
        // of the charge, inside the clause.
        let mut core = cue.span;
        for span in [
            accuser.as_ref().map(|a| a.span),
            Some(accused.span),
            charge.as_ref().map(|c| c.span),
        ]
        .into_iter()
        .flatten()
        {
            if clause.contains(span) {
                core = core.join(span);
            }
        }
        let stance = if asserted {
            Stance::Asserted
        } else {
            Stance::Reported
        };
        let wants_opponent = accuser.is_none();
        let accuser = accuser.map(|c| actor(text, c.span, c.parties));
        let mut draft = self.draft(
            sentence,
            core,
            cue,
            stance,
            accuser,
            accused,
            charge,
            category.unwrap_or(AccusationCategory::Other),
        );
        draft.wants_opponent = wants_opponent;
        draft.wants_category = category.is_none();
        self.drafts.push(draft);
        end
    }

    /// The category of a charge: a wrongful act named in its text (a
    /// violation's by what it violates), else the cue's, else an act named
    /// between the cue and the one charged (`accused`); `None` when none is
    /// named.
    fn charged_category(
        &self,
        clause: Span,
        cue: Hit<Term>,
        charge: Option<&Text<'a>>,
        accused: Span,
    ) -> Option<AccusationCategory> {
        charge
            .and_then(|c| {
                self.hits.iter().find_map(|h| match h.value {
                    Term::Wrong(k) if c.span.contains(h.span) => Some(k),
                    // "concerns about X's violation of UN resolutions".
                    Term::Violation if c.span.contains(h.span) => {
                        self.violated(clause, *h, &self.hits)
                    }
                    _ => None,
                })
            })
            .or(match cue.value {
                Term::Wrong(k) => Some(k),
                _ => None,
            })
            .or_else(|| {
                // Between the cue and the one charged: "put labels such as
                // 'genocide' on China".
                self.hits.iter().find_map(|h| match h.value {
                    Term::Wrong(k)
                        if h.span.start >= cue.span.end && h.span.end <= accused.start =>
                    {
                        Some(k)
                    }
                    _ => None,
                })
            })
    }

    /// The words after `start` up to the end of the clause or the first
    /// comma or copula, without a leading preposition: the charge.
    fn charge_text(&self, sentence: Span, clause: Span, start: usize) -> Option<Text<'a>> {
        let text = self.doc.text;
        let rel = |p: usize| p - sentence.start;
        let bytes = &self.buf[rel(start).min(self.buf.len())..rel(clause.end).min(self.buf.len())];
        let mut s = 0;
        while s < bytes.len() && (bytes[s].is_ascii_whitespace() || bytes[s] == b'"') {
            s += 1;
        }
        for lead in [&b"of "[..], b"that ", b"with ", b"for ", b"as ", b"over "] {
            if bytes[s..].starts_with(lead) {
                s += lead.len();
                break;
            }
        }
        let mut e = bytes.len();
        for stop in [
            &b", "[..],
            b" is ",
            b" are ",
            b" was ",
            b" were ",
            b"\xef\xbc\x8c",
        ] {
            if let Some(i) = find(&bytes[s..], stop) {
                e = e.min(s + i);
            }
        }
        // Chinese set with ASCII commas has no space after them (and a
        // charge that starts with one is none).
        if bytes.get(s).is_some_and(|b| *b >= 0x80 || *b == b',') {
            if let Some(i) = bytes[s..].iter().position(|&b| b == b',') {
                e = e.min(s + i);
            }
        }
        let span = crate::text::trim_span(text, Span::new(start + s, start + e));
        let mut end = span.end;
        while end > span.start
            && matches!(
                text.as_bytes()[end - 1],
                b'.' | b'?' | b'!' | b'"' | b';' | b','
            )
        {
            end -= 1;
        }
        (end > span.start).then(|| Text::from_input(text, Span::new(span.start, end)))
    }
}
