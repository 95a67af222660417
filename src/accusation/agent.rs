//! Who acts: the agent of an act read before it (its subject, or in
//! Chinese the sentence's topic) or after it ("attacks by the US"), the
//! party urged to stop it, and the source that discloses it.

use super::scanner::{Candidate, CandidateKind, Scanner, Site};
use crate::Span;
use crate::lexicon::accusation::Term;
use crate::lexicon::phrase::Hit;

/// Words before a mention that make it the target of an act, not its agent.
const VICTIM_PREPOSITIONS: &[&str] = &[
    "against",
    "on",
    "at",
    "in",
    "into",
    "targeting",
    "toward",
    "towards",
    "for",
    "over",
    "with",
];

/// Words before a mention after an act that make it the act's agent
/// ("attacks by the US", "servers from NATO states").
const AGENT_PREPOSITIONS: &[&str] = &["by", "from", "of"];

/// Words that open a subordinate clause with a subject of its own.
const OPENERS: &[&str] = &["that", "which", "who", "while", "but", "as"];

impl<'d, 'a> Scanner<'d, 'a> {
    /// The agent of an act at `pos`: an actor named right before it
    /// ("Chinese government hacking"); in Chinese, the nearest actor; else
    /// the first party (then the first actor) of the stretch of the clause
    /// that holds the act's subject, not in a victim's position.
    pub(super) fn agent_before(
        &self,
        sentence: Span,
        from: usize,
        pos: usize,
        candidates: &[Candidate],
    ) -> Option<Candidate> {
        let usable = |c: &&Candidate| {
            c.span.start >= from && c.span.end <= pos && {
                let w = self.word_before(sentence.start, c.span.start);
                !VICTIM_PREPOSITIONS.iter().any(|p| p.as_bytes() == w)
                    && !ends_with_victim_mark(&self.buf, sentence.start, c.span.start)
            }
        };
        // A party right before the act modifies it ("with Chinese
        // government hacking"): its agent, whatever stands before it.
        let adjacent = |c: &&Candidate| {
            c.kind == CandidateKind::Party
                && c.span.start >= from
                && c.span.end <= pos
                && self.words_between(sentence, c.span.end, pos) == 0
                && self.buf[c.span.end - sentence.start..pos - sentence.start]
                    .iter()
                    .all(|b| b.is_ascii_whitespace() || *b == b'\'' || *b == b's')
        };
        let nearest = candidates.iter().rfind(|c| usable(c) || adjacent(c))?;
        let cjk = self
            .buf
            .get(pos - sentence.start)
            .is_some_and(|b| *b >= 0x80);
        let infinitive = self.buf[(pos - sentence.start).min(self.buf.len())..].starts_with(b"to ");
        if cjk
            || nearest.kind == CandidateKind::Party
                && !infinitive
                && self.words_between(sentence, nearest.span.end, pos) <= 1
        {
            return self.resolve(nearest);
        }
        let mut start = from;
        // A subordinate clause opened between `from` and the act has its own
        // subject: start there when it names one.
        for c in candidates
            .iter()
            .filter(|c| c.span.start >= from && c.span.end <= pos)
        {
            let w = self.word_before(sentence.start, c.span.start);
            if OPENERS.iter().any(|o| o.as_bytes() == w) {
                start = c.span.start;
            }
        }
        let in_segment = |c: &&Candidate| c.span.start >= start && usable(c);
        let found = candidates
            .iter()
            .filter(in_segment)
            .find(|c| c.kind == CandidateKind::Party)
            .or_else(|| candidates.iter().find(in_segment))
            .or_else(|| candidates.iter().find(usable))?;
        self.resolve(found)
    }

    /// A candidate with its anaphor resolved to the last agent.
    fn resolve(&self, found: &Candidate) -> Option<Candidate> {
        if found.kind == CandidateKind::Anaphor {
            let parties = self.last_agent.as_ref()?;
            return Some(Candidate {
                span: found.span,
                parties: parties.clone(),
                kind: if parties.is_empty() {
                    CandidateKind::Nobody
                } else {
                    CandidateKind::Party
                },
            });
        }
        Some(found.clone())
    }

    /// The agent named right after an act ("attacks by the US"); a ranking
    /// may name it at the end of its clause ("the top three origins ... are
    /// all from NATO states").
    pub(super) fn agent_after(&self, site: Site<'_>) -> Option<Candidate> {
        let reach = if site.cue.value == Term::Rank {
            site.clause.len()
        } else {
            48
        };
        site.candidates
            .iter()
            .filter(|c| {
                c.span.start >= site.cue.span.end
                    && c.span.end <= site.clause.end
                    && c.kind == CandidateKind::Party
                    && c.span.start - site.cue.span.end <= reach
            })
            .find(|c| {
                let w = self.word_before(site.sentence.start, c.span.start);
                AGENT_PREPOSITIONS.iter().any(|p| p.as_bytes() == w)
            })
            .cloned()
    }

    /// The party urged to stop the act: "urges the US and its allies to
    /// stop cyber theft", "要求美方停止网络攻击" (the party right before
    /// "to stop", the act within a few words after it).
    pub(super) fn urged(&self, site: Site<'_>) -> Option<Candidate> {
        let stop = site.hits.iter().rfind(|h| {
            h.value == Term::Cease
                && h.span.start >= site.clause.start
                && h.span.end <= site.cue.span.start
                && site.cue.span.start - h.span.end <= 24
        })?;
        site.candidates
            .iter()
            .rfind(|c| c.span.end <= stop.span.start && c.span.start >= site.clause.start)
            .filter(|c| {
                c.kind == CandidateKind::Party
                    && !self.is_side(&c.parties)
                    && (self.words_between(site.sentence, c.span.end, stop.span.start) <= 3)
            })
            .cloned()
    }

    /// The party named by "by" shortly after an act in its clause ("fired
    /// water cannon by the China Coast Guard", "harassed and blocked by the
    /// CCG").
    pub(super) fn by_agent(&self, site: Site<'_>) -> Option<Candidate> {
        /// How far after the act "by" may name its agent: a coordinated
        /// verb or a short object between them.
        const REACH: usize = 40;
        site.candidates
            .iter()
            .filter(|c| c.span.start >= site.cue.span.end && c.span.end <= site.clause.end)
            .take_while(|c| c.span.start - site.cue.span.end <= REACH)
            .find(|c| {
                c.kind == CandidateKind::Party
                    && self.word_before(site.sentence.start, c.span.start) == b"by"
            })
            .cloned()
    }

    /// The topic of a Chinese sentence, which its comma-separated clauses
    /// share as their subject ("美方……窜访……，严重违反……"): its first party
    /// before the act, not the side and not a target.
    pub(super) fn topic(
        &self,
        sentence: Span,
        cue: Hit<Term>,
        candidates: &[Candidate],
    ) -> Option<Candidate> {
        let cjk = self
            .buf
            .get(cue.span.start - sentence.start)
            .is_some_and(|b| *b >= 0x80);
        if !cjk {
            return None;
        }
        candidates
            .iter()
            .take_while(|c| c.span.end <= cue.span.start)
            .find(|c| {
                c.kind == CandidateKind::Party
                    && !self.is_side(&c.parties)
                    && !ends_with_victim_mark(&self.buf, sentence.start, c.span.start)
            })
            .cloned()
    }

    /// The source that discloses an act at `pos` when it is not the side:
    /// `Some(Some(sayer))` for a party, `Some(None)` for a source that is no
    /// party, `None` when the document's own voice says it.
    pub(super) fn source_for(
        &self,
        sentence: Span,
        pos: usize,
        candidates: &[Candidate],
    ) -> Option<Option<Candidate>> {
        let before = self
            .hits
            .iter()
            .rfind(|h| h.value == Term::Source && h.span.end <= pos);
        let hit = before.or_else(|| {
            self.hits
                .iter()
                .find(|h| h.value == Term::Source && h.span.start >= pos)
        })?;
        // The sayer stands right before the verb ("the Chinese Foreign
        // Ministry said", "NBC News reported"), not across a comma.
        let sayer = candidates
            .iter()
            .rfind(|c| c.span.end <= hit.span.start && c.span.start >= sentence.start)
            .filter(|c| {
                let gap = &self.buf[c.span.end - sentence.start..hit.span.start - sentence.start];
                !gap.contains(&b',')
                    && self.words_between(sentence, c.span.end, hit.span.start) <= 2
            })
            .map(|c| {
                if c.kind == CandidateKind::Anaphor {
                    Candidate {
                        span: c.span,
                        parties: self.side.cloned().into_iter().collect(),
                        kind: CandidateKind::Party,
                    }
                } else {
                    c.clone()
                }
            });
        match sayer {
            Some(c) if self.is_side(&c.parties) => None,
            Some(c) if c.kind == CandidateKind::Party => Some(Some(c)),
            _ => {
                // A bare "said" with no sayer near is the document's voice.
                let word =
                    &self.buf[hit.span.start - sentence.start..hit.span.end - sentence.start];
                if matches!(word, b"said" | b"says") && self.side.is_some() && before.is_none() {
                    None
                } else {
                    Some(None)
                }
            }
        }
    }

    /// Whether the source between an actor and an act is passive ("X was
    /// exposed to spy"): the actor is then the agent, not the source.
    pub(super) fn passive_source_between(&self, sentence: Span, start: usize, end: usize) -> bool {
        self.hits.iter().any(|h| {
            h.value == Term::Source
                && h.span.start >= start
                && h.span.end <= end
                && matches!(
                    &self.buf[h.span.start - sentence.start..h.span.end - sentence.start],
                    b"was exposed" | b"were exposed"
                )
        })
    }
}

/// Whether a Chinese preposition of the target ("对", "向", "针对") stands
/// right before `pos`.
fn ends_with_victim_mark(buf: &[u8], base: usize, pos: usize) -> bool {
    let rel = (pos - base).min(buf.len());
    let b = &buf[..rel];
    // ... or of "despite" ("不顾中方反对": the opposition is China's).
    // ... or of an instrument ("以德国为跳板", "利用丹麦情报部门").
    [
        "对", "向", "针对", "不顾", "无视", "以", "利用", "借助", "通过",
    ]
    .iter()
    .any(|m| b.ends_with(m.as_bytes()))
}
