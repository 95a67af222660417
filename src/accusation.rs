//! Accusations: who charges whom with what, reported or asserted.

use std::borrow::Cow;

use crate::cues::Cues;
use crate::document::Document;
use crate::lexicon::accusation::{Signal, Term, signals};
use crate::lexicon::phrase::{Hit, lower_into};
use crate::party::{PartyMention, SentenceMentions, find_mentions};
use crate::{Actor, Granularity, PartialDate, Party, Span, TemporalExpression, Text};

/// A clause in which a party is charged with wrongdoing.
///
/// ```
/// use demarche::Stance;
///
/// let text = "2021-07-20\n\nThe US on Monday accused China of a global cyber hacking campaign.";
/// let statement = demarche::analyze(text);
/// assert_eq!(statement.accusations.len(), 1);
/// let accusation = &statement.accusations[0];
/// assert_eq!(accusation.stance, Stance::Reported);
/// let accuser = accusation.accuser.as_ref().expect("the US accuses");
/// assert_eq!(accuser.principal(), Some(&demarche::Party::USA));
/// let accused = accusation.accused.as_ref().expect("China is accused");
/// assert_eq!(accused.principal(), Some(&demarche::Party::CHN));
/// assert_eq!(accusation.category, demarche::AccusationCategory::CyberAttack);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Accusation<'a> {
    /// The clause that carries the charge.
    pub span: Span,
    /// Whether the text reports someone else's charge or makes its own.
    pub stance: Stance,
    /// Who makes the charge (for an asserted one, the document's own side).
    pub accuser: Option<Actor<'a>>,
    /// Who is charged.
    pub accused: Option<Actor<'a>>,
    /// What they are charged with ("a global cyber hacking campaign").
    pub charge: Option<Text<'a>>,
    /// The kind of wrongdoing.
    pub category: AccusationCategory,
    /// The word or phrase that signals the charge ("accused", "smear").
    pub cue: Option<Text<'a>>,
    /// When the charge was made, where the text says.
    pub date: Option<PartialDate>,
    /// The CAMEO event code (the 11x "disapprove" and 112x "accuse" family).
    pub cameo: Cow<'static, str>,
    /// The PLOVER event type (`"ACCUSE"`).
    pub plover: Cow<'static, str>,
}

impl Accusation<'_> {
    /// The same accusation, owning its strings.
    ///
    /// ```
    /// let owned = {
    ///     let text = String::from("The US accused China of hacking.");
    ///     demarche::analyze(&text).into_owned()
    /// };
    /// assert_eq!(owned.accusations.len(), 1);
    /// let cue = owned.accusations[0].cue.as_ref().expect("a cue");
    /// assert_eq!(cue.as_str(), "accused");
    /// ```
    #[must_use]
    pub fn into_owned(self) -> Accusation<'static> {
        Accusation {
            span: self.span,
            stance: self.stance,
            accuser: self.accuser.map(Actor::into_owned),
            accused: self.accused.map(Actor::into_owned),
            charge: self.charge.map(Text::into_owned),
            category: self.category,
            cue: self.cue.map(Text::into_owned),
            date: self.date,
            cameo: self.cameo,
            plover: self.plover,
        }
    }
}

/// Whose charge an accusation is.
///
/// ```
/// assert_ne!(demarche::Stance::Reported, demarche::Stance::Asserted);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Stance {
    /// The text reports a charge made by someone other than its own side.
    Reported,
    /// The document's own voice makes the charge.
    Asserted,
}

/// The kind of wrongdoing charged.
///
/// ```
/// assert_ne!(demarche::AccusationCategory::Espionage, demarche::AccusationCategory::CyberAttack);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum AccusationCategory {
    /// Hacking, cyber attacks, intrusions.
    CyberAttack,
    /// Spying, surveillance, wiretapping, eavesdropping, interception.
    Espionage,
    /// Smears, rumours, slander, false information.
    Disinformation,
    /// Pressure, threats, bullying, sanctions.
    Coercion,
    /// Double standards, saying one thing and doing another.
    Hypocrisy,
    /// Genocide, forced labour, crimes against humanity, arbitrary
    /// detention, repression.
    HumanRights,
    /// Meddling in another state's internal affairs, abetting separatism.
    Interference,
    /// Military provocation, use of force, dangerous manoeuvres, invasion,
    /// intrusion by ships or aircraft, attacks and shelling.
    Aggression,
    /// Violating a state's territory or sovereignty, illegal occupation,
    /// annexation, illegal claims.
    Sovereignty,
    /// Attacks on civilians, violations of humanitarian law, deportations,
    /// atrocities in war.
    WarCrimes,
    /// Terrorism and its sponsorship.
    Terrorism,
    /// Reneging on promises, consensus, agreements or treaties.
    BrokenCommitment,
    /// Any other wrongdoing.
    Other,
}

/// Finds the accusations of a segmented document, dated from `temporal`
/// (sorted by position) and told reported or asserted against `side`; also
/// gives, for the rebuttals, where the side is mentioned (in order) and the
/// rebuttal phrases, read in the same pass.
pub(crate) fn extract<'a>(
    doc: &Document<'a>,
    temporal: &[TemporalExpression<'a>],
    side: Option<&Party>,
    mentions: &SentenceMentions,
) -> (Vec<Accusation<'a>>, Vec<Span>, Cues) {
    let mut scan = Scanner::new(doc, side);
    for &sentence in &doc.sentences {
        for piece in crate::text::clause::windows(doc.text, sentence) {
            match mentions.mentions(piece) {
                Some(found) => scan.sentence(piece, found),
                None => scan.sentence(piece, &find_mentions(doc.text, piece)),
            }
        }
    }
    let side_mentions = std::mem::take(&mut scan.side_mentions);
    let mut cues = std::mem::take(&mut scan.cues);
    cues.finish();
    (scan.finish(temporal), side_mentions, cues)
}

/// An accusation before its missing accuser and category are filled from
/// the whole document.
#[derive(Clone)]
struct Draft<'a> {
    item: Accusation<'a>,
    /// The accuser is unknown and may be the document's main opponent.
    wants_opponent: bool,
    /// The category was guessed (no wrongful act in the clause).
    wants_category: bool,
    /// The clause it was found in.
    clause: Span,
}

/// Someone who may act in a clause: a party mention, an actor that is no
/// known party ("some Western countries"), or an anaphor.
#[derive(Clone, Debug)]
struct Candidate {
    span: Span,
    parties: Vec<Party>,
    kind: CandidateKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CandidateKind {
    Party,
    Nobody,
    Anaphor,
}

/// The state of one pass over a document's sentences.
struct Scanner<'d, 'a> {
    doc: &'d Document<'a>,
    side: Option<&'d Party>,
    buf: Vec<u8>,
    /// The hits of the accusation and rebuttal lexicons in the sentence.
    found: Vec<Hit<Signal>>,
    /// Those of the accusation lexicon.
    hits: Vec<Hit<Term>>,
    /// Those of the rebuttal lexicons, kept for the rebuttals.
    cues: Cues,
    clauses: Vec<Span>,
    /// The clause being read.
    cur_clause: Span,
    /// The parties of the agent of the last sentence that had one, for
    /// anaphors.
    last_agent: Option<Vec<Party>>,
    /// The last mention of the document's side and its parties, to stand
    /// for it.
    last_side: Option<(Span, Vec<Party>)>,
    /// How often each non-side party is mentioned: the main opponent.
    counts: Vec<(Party, usize)>,
    drafts: Vec<Draft<'a>>,
    /// A charge announced with a colon ("X accused the US of:"): the bullet
    /// items after it are its charges, by the same accuser on the same
    /// accused.
    list: Option<Draft<'a>>,
    /// Every mention of the side, in order.
    side_mentions: Vec<Span>,
}

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
    fn new(doc: &'d Document<'a>, side: Option<&'d Party>) -> Self {
        Scanner {
            doc,
            side,
            buf: Vec::new(),
            found: Vec::new(),
            hits: Vec::new(),
            cues: Cues::default(),
            clauses: Vec::new(),
            cur_clause: Span::default(),
            last_agent: None,
            last_side: None,
            counts: Vec::new(),
            drafts: Vec::new(),
            list: None,
            side_mentions: Vec::new(),
        }
    }

    fn is_side(&self, parties: &[Party]) -> bool {
        self.side.is_some_and(|s| parties.first() == Some(s))
    }

    /// The lower-cased word ending right before `pos` (inside the sentence
    /// held in `buf`, which starts at `base`).
    fn word_before(&self, base: usize, pos: usize) -> &[u8] {
        let rel = pos.saturating_sub(base).min(self.buf.len());
        let mut bytes = &self.buf[..rel];
        // Skip spaces and opening quotes: `"China's attacks"` follows "about".
        loop {
            let trimmed = bytes.trim_ascii_end();
            let trimmed = trimmed
                .strip_suffix(b"\"")
                .or_else(|| trimmed.strip_suffix("\u{201c}".as_bytes()))
                .or_else(|| trimmed.strip_suffix("\u{2018}".as_bytes()))
                .unwrap_or(trimmed);
            if trimmed.len() == bytes.len() {
                break;
            }
            bytes = trimmed;
        }
        let start = bytes
            .iter()
            .rposition(|b| !b.is_ascii_alphanumeric() && *b < 0x80)
            .map_or(0, |i| i + 1);
        &bytes[start..]
    }

    fn sentence(&mut self, sentence: Span, mentions: &[PartyMention]) {
        let text = self.doc.text;
        lower_into(text, sentence, &mut self.buf);
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
            crate::text::clause::clauses(text, sentence, &mut self.clauses);
        }
        // Only a sentence with an accusation needs its candidates in full.
        let candidates = if opens {
            self.candidates(mentions)
        } else {
            Vec::new()
        };
        if opens {
            let clauses = std::mem::take(&mut self.clauses);
            for &clause in &clauses {
                self.clause(sentence, clause, &candidates, hypothetical);
            }
            self.clauses = clauses;
        }
        // The rebuttals read the clauses of a piece with a cue of theirs or
        // an accusation: only those are kept for them (an act that charges
        // nobody leaves none).
        let harmed = self
            .found
            .iter()
            .any(|h| matches!(h.value, Signal::Harm(_)));
        if (opens || answers) && (answers || harmed || self.drafts.len() > first_draft) {
            self.cues.add_clauses(sentence, &self.clauses);
        }
        // One accusation per sentence, stance and accused party (several
        // charges against one party in a sentence are one accusation, of the
        // first named charge's category); a named act gives its category to
        // a guessed one, a bare violation's included ("disregarded ... and
        // imposed unilateral sanctions").
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
        self.listed(sentence, first_draft);
        // The agent anaphors in the next sentence stand for.
        let agent = self.drafts[first_draft..]
            .iter()
            .rev()
            .find(|d| d.item.stance == Stance::Asserted)
            .and_then(|d| d.item.accused.as_ref().map(|a| a.parties.clone()))
            .or_else(|| {
                if opens {
                    candidates
                        .iter()
                        .find(|c| c.kind != CandidateKind::Anaphor && !self.is_side(&c.parties))
                        .map(|c| c.parties.clone())
                } else {
                    let agent = self.first_agent(mentions);
                    debug_assert_eq!(
                        agent,
                        self.candidates(mentions)
                            .iter()
                            .find(|c| c.kind != CandidateKind::Anaphor && !self.is_side(&c.parties))
                            .map(|c| c.parties.clone()),
                        "the first agent without the candidates"
                    );
                    agent
                }
            });
        if agent.is_some() {
            self.last_agent = agent;
        }
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
            let end = match h.value {
                Term::Charge(implicit) => self.charge(sentence, clause, *h, candidates, implicit),
                Term::ChargeNoun => self.charge_noun(sentence, clause, *h, candidates),
                Term::Label => self.charge(sentence, clause, *h, candidates, false),
                Term::Smear if !hypothetical => self.smear(sentence, clause, *h, candidates, &hits),
                Term::Wrong(_) | Term::Violation | Term::Rank | Term::Act if !hypothetical => {
                    self.wrong(sentence, clause, consumed, *h, candidates, &hits)
                }
                _ => None,
            };
            if let Some(end) = end {
                consumed = end;
            }
        }
    }

    /// The agent of an act at `pos`: an actor named right before it
    /// ("Chinese government hacking"); in Chinese, the nearest actor; else
    /// the first party (then the first actor) of the stretch of the clause
    /// that holds the act's subject, not in a victim's position.
    fn agent_before(
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

    /// How many words stand between `start` and `end` ("'s" is none; "to"
    /// counts as two, since an infinitive starts a new act).
    fn words_between(&self, sentence: Span, start: usize, end: usize) -> usize {
        let gap = &self.buf[(start - sentence.start).min(self.buf.len())
            ..(end - sentence.start).min(self.buf.len())];
        gap.split(|b| b.is_ascii_whitespace())
            .filter(|w| {
                w.iter().any(u8::is_ascii_alphabetic)
                    && !w.starts_with(b"'")
                    && !w.starts_with("\u{2019}".as_bytes())
            })
            .map(|w| if w == b"to" { 2 } else { 1 })
            .sum()
    }

    /// The agent named right after an act ("attacks by the US"); a ranking
    /// may name it at the end of its clause ("the top three origins ... are
    /// all from NATO states").
    fn agent_after(
        &self,
        sentence: Span,
        clause: Span,
        cue: Hit<Term>,
        candidates: &[Candidate],
    ) -> Option<Candidate> {
        let reach = if cue.value == Term::Rank {
            clause.len()
        } else {
            48
        };
        candidates
            .iter()
            .filter(|c| {
                c.span.start >= cue.span.end
                    && c.span.end <= clause.end
                    && c.kind == CandidateKind::Party
                    && c.span.start - cue.span.end <= reach
            })
            .find(|c| {
                let w = self.word_before(sentence.start, c.span.start);
                AGENT_PREPOSITIONS.iter().any(|p| p.as_bytes() == w)
            })
            .cloned()
    }

    /// "X accused Y of Z", "labeling Y as Z", "Y was accused by X".
    fn charge(
        &mut self,
        sentence: Span,
        clause: Span,
        cue: Hit<Term>,
        candidates: &[Candidate],
        implicit: bool,
    ) -> Option<usize> {
        let text = self.doc.text;
        let after = candidates.iter().find(|c| {
            c.span.start >= cue.span.end
                && c.span.end <= clause.end
                && c.kind != CandidateKind::Anaphor
        });
        // "Y was accused by X", and the participle of a charge made in a
        // document ("the activity alleged in X's indictment").
        let next = self.next_word(sentence, cue.span.end);
        let passive = next == b"by"
            || next == b"in"
                && self.buf[cue.span.start - sentence.start..cue.span.end - sentence.start]
                    .ends_with(b"alleged");
        let (accuser, accused) = if passive {
            // "Y was accused by X": Y must be named, not an anaphor.
            let named = candidates
                .iter()
                .rfind(|c| {
                    c.span.start >= clause.start
                        && c.span.end <= cue.span.start
                        && c.kind == CandidateKind::Party
                })
                .cloned();
            (after.cloned(), named)
        } else {
            let subject = self
                .agent_before(sentence, clause.start, cue.span.start, candidates)
                .or_else(|| {
                    self.agent_before(sentence, sentence.start, cue.span.start, candidates)
                });
            (
                subject,
                after.filter(|c| c.span.start - cue.span.end <= 64).cloned(),
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
                            && d.clause.end <= clause.start
                            && d.clause.start >= sentence.start
                    }) {
                        d.item.category = AccusationCategory::Hypocrisy;
                        d.item.cameo = cameo(AccusationCategory::Hypocrisy);
                        d.wants_category = false;
                    }
                }
                // What the subject charges others with is its claim, not
                // the document's: the rest of the clause is read.
                return Some(clause.end);
            }
            None if implicit && !passive => self.side_actor(cue.span.start)?,
            None => return None,
        };
        let charge_start = if passive {
            cue.span.end
        } else {
            accused.span.end.max(cue.span.end)
        };
        let charge = self.charge_text(sentence, clause, charge_start);
        let end = charge.as_ref().map_or(cue.span.end, |c| c.span.end);
        self.push(sentence, clause, cue, accuser, accused, charge);
        Some(end)
    }

    /// "accusations by X against Y", "X's allegations that Y ...".
    fn charge_noun(
        &mut self,
        sentence: Span,
        clause: Span,
        cue: Hit<Term>,
        candidates: &[Candidate],
    ) -> Option<usize> {
        let text = self.doc.text;
        let mut accuser = None;
        let mut accused = None;
        for c in candidates.iter().filter(|c| c.kind == CandidateKind::Party) {
            if c.span.start >= cue.span.end
                && c.span.end <= clause.end
                && c.span.start - cue.span.end <= 80
            {
                let w = self.word_before(sentence.start, c.span.start);
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
            accuser = candidates
                .iter()
                .filter(|c| {
                    c.kind == CandidateKind::Party
                        && c.span.end <= cue.span.start
                        && c.span.start >= clause.start
                })
                .rfind(|c| !self.is_side(&c.parties))
                .cloned();
        }
        if accuser.is_none() && accused.is_none() {
            return None;
        }
        let accused = match accused {
            Some(c) => actor(text, c.span, c.parties),
            None => self.side_actor(cue.span.start)?,
        };
        let charge = self.charge_text(sentence, clause, accused.span.end.max(cue.span.end));
        let end = charge.as_ref().map_or(cue.span.end, |c| c.span.end);
        self.push(sentence, clause, cue, accuser, accused, charge);
        Some(end)
    }

    /// "X smeared Y (hiring hackers)": X's disinformation, and X's charge
    /// against Y when the object carries one.
    fn smear(
        &mut self,
        sentence: Span,
        clause: Span,
        cue: Hit<Term>,
        candidates: &[Candidate],
        hits: &[Hit<Term>],
    ) -> Option<usize> {
        let text = self.doc.text;
        let agent = self.agent_before(sentence, clause.start, cue.span.start, candidates)?;
        if self.is_side(&agent.parties) {
            return None;
        }
        let accuser = self.side_actor(cue.span.start);
        let accused = actor(text, agent.span, agent.parties.clone());
        self.drafts.push(Draft {
            item: Accusation {
                span: agent.span.join(cue.span),
                stance: Stance::Asserted,
                accuser,
                accused: Some(accused),
                charge: Some(Text::from_input(text, cue.span)),
                category: AccusationCategory::Disinformation,
                cue: Some(Text::from_input(text, cue.span)),
                date: None,
                cameo: cameo(AccusationCategory::Disinformation),
                plover: Cow::Borrowed("ACCUSE"),
            },
            wants_opponent: false,
            wants_category: false,
            clause,
        });
        // The smeared party, charged with a wrongful act named after it.
        let object = candidates.iter().find(|c| {
            c.span.start >= cue.span.end
                && c.span.start - cue.span.end <= 8
                && c.kind == CandidateKind::Party
        })?;
        let wrong = hits.iter().find(|h| {
            h.span.start >= object.span.end
                && matches!(h.value, Term::Wrong(c) if c != AccusationCategory::Disinformation)
        })?;
        let accused = actor(text, object.span, object.parties.clone());
        let charge = self.charge_text(sentence, clause, object.span.end);
        let accuser = (agent.kind == CandidateKind::Party).then_some(agent);
        self.push(sentence, clause, *wrong, accuser, accused, charge);
        if let Some(d) = self.drafts.last_mut() {
            d.item.cue = Some(Text::from_input(text, cue.span));
        }
        Some(clause.end)
    }

    /// A wrongful act and its agent: asserted by the document's voice, or
    /// reported when a source discloses it.
    fn wrong(
        &mut self,
        sentence: Span,
        clause: Span,
        from: usize,
        cue: Hit<Term>,
        candidates: &[Candidate],
        hits: &[Hit<Term>],
    ) -> Option<usize> {
        let text = self.doc.text;
        // "harassed and blocked by the CCG", "attacks by Russian forces": a
        // passive agent named after the act is its agent, whoever stands
        // before it.
        // Not where the clause opposes or suffers the act ("China opposes
        // the deployment of ... by the US" is a stance, not a charge).
        let by_agent = self
            .by_agent(sentence, clause, cue, candidates)
            .or_else(|| self.urged(sentence, clause, cue, candidates, hits))
            .filter(|_| {
                !hits.iter().any(|h| {
                    h.value == Term::Breaker
                        && h.span.start >= clause.start
                        && h.span.end <= cue.span.start
                })
            });
        let before = if by_agent.is_some() {
            None
        } else {
            match self.agent_before(sentence, from, cue.span.start, candidates) {
                // In Chinese, the side named in an earlier comma-clause is
                // an object there ("窜访中国台湾地区，严重违反……"): the
                // sentence's topic acts.
                Some(a)
                    if self.is_side(&a.parties)
                        && self.comma_between(sentence, a.span.end, cue.span.start) =>
                {
                    self.topic(sentence, cue, candidates).or(Some(a))
                }
                None => self.topic(sentence, cue, candidates),
                found => found,
            }
        };
        let between = |a: &Candidate, value: Term| {
            // "X, despite Y's opposition, violated ...": the opposition is
            // Y's, not a breaker of X's act; only what precedes the first
            // "despite" after X counts.
            let upto = if value == Term::Breaker {
                hits.iter()
                    .find(|d| d.value == Term::Despite && d.span.start >= a.span.end)
                    .map_or(cue.span.start, |d| d.span.start.min(cue.span.start))
            } else {
                cue.span.start
            };
            hits.iter()
                .any(|h| h.value == value && h.span.start >= a.span.end && h.span.end <= upto)
        };
        // "X detected attacks from Y": X is the source, Y the agent.
        let mut sayer = None;
        let agent = match before {
            Some(a) if between(&a, Term::Breaker) => return None,
            Some(a)
                if between(&a, Term::Source)
                    && !self.is_side(&a.parties)
                    && !self.passive_source_between(sentence, a.span.end, cue.span.start) =>
            {
                let after = self.agent_after(sentence, clause, cue, candidates)?;
                sayer = Some(a);
                after
            }
            Some(a) => a,
            None => match by_agent {
                Some(a) => a,
                None => self.agent_after(sentence, clause, cue, candidates)?,
            },
        };
        let category = match cue.value {
            Term::Violation => self
                .violated(clause, cue, hits)
                .unwrap_or(AccusationCategory::Other),
            Term::Wrong(c) => c,
            _ => AccusationCategory::Other,
        };
        // "X's so-called 'genocide'": X's charge against the side, not the
        // document's against X.
        if sayer.is_none() && !self.is_side(&agent.parties) && agent.kind == CandidateKind::Party {
            if let Some(side) = self.side.filter(|_| self.so_called_before(sentence, cue)) {
                let accuser = actor(text, agent.span, agent.parties.clone());
                let accused = Actor::inferred(side, cue.span.start);
                let charge = Some(Text::from_input(text, cue.span));
                let core = agent.span.join(cue.span);
                let draft = self.draft(
                    sentence,
                    core,
                    cue,
                    Stance::Reported,
                    Some(accuser),
                    accused,
                    charge,
                    category,
                );
                self.drafts.push(draft);
                return Some(cue.span.end);
            }
        }
        let accused = actor(text, agent.span, agent.parties.clone());
        let source = match sayer {
            Some(c) => Some(Some(c)),
            None => self.source_for(sentence, cue.span.start, candidates),
        };
        let charge = Some(Text::from_input(text, cue.span));
        let core = agent.span.join(cue.span);
        if self.is_side(&agent.parties) {
            // The side's own wrongdoing is never the side's charge: only a
            // charge someone else makes, reported, called "so-called" or put
            // in scare quotes.
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
            return Some(cue.span.end);
        }
        let (stance, accuser) = match source {
            Some(sayer) => (
                Stance::Reported,
                sayer.map(|c| actor(text, c.span, c.parties)),
            ),
            None => (Stance::Asserted, self.side_actor(cue.span.start)),
        };
        let mut draft = self.draft(sentence, core, cue, stance, None, accused, charge, category);
        draft.item.accuser = accuser;
        draft.wants_opponent = false;
        // A violation of nothing named is of the document's dispute too.
        draft.wants_category = matches!(cue.value, Term::Rank | Term::Act)
            || cue.value == Term::Violation && self.violated(clause, cue, hits).is_none();
        self.drafts.push(draft);
        Some(cue.span.end)
    }

    /// The party urged to stop the act: "urges the US and its allies to
    /// stop cyber theft", "要求美方停止网络攻击" (the party right before
    /// "to stop", the act within a few words after it).
    fn urged(
        &self,
        sentence: Span,
        clause: Span,
        cue: Hit<Term>,
        candidates: &[Candidate],
        hits: &[Hit<Term>],
    ) -> Option<Candidate> {
        let stop = hits.iter().rfind(|h| {
            h.value == Term::Cease
                && h.span.start >= clause.start
                && h.span.end <= cue.span.start
                && cue.span.start - h.span.end <= 24
        })?;
        candidates
            .iter()
            .rfind(|c| c.span.end <= stop.span.start && c.span.start >= clause.start)
            .filter(|c| {
                c.kind == CandidateKind::Party
                    && !self.is_side(&c.parties)
                    && (self.words_between(sentence, c.span.end, stop.span.start) <= 3)
            })
            .cloned()
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

    /// The party named by "by" shortly after an act in its clause ("fired
    /// water cannon by the China Coast Guard", "harassed and blocked by the
    /// CCG").
    fn by_agent(
        &self,
        sentence: Span,
        clause: Span,
        cue: Hit<Term>,
        candidates: &[Candidate],
    ) -> Option<Candidate> {
        /// How far after the act "by" may name its agent: a coordinated
        /// verb or a short object between them.
        const REACH: usize = 40;
        candidates
            .iter()
            .filter(|c| c.span.start >= cue.span.end && c.span.end <= clause.end)
            .take_while(|c| c.span.start - cue.span.end <= REACH)
            .find(|c| {
                c.kind == CandidateKind::Party
                    && self.word_before(sentence.start, c.span.start) == b"by"
            })
            .cloned()
    }

    /// Whether a Chinese comma stands between `start` and `end`.
    fn comma_between(&self, sentence: Span, start: usize, end: usize) -> bool {
        let gap = &self.buf[(start - sentence.start).min(self.buf.len())
            ..(end - sentence.start).min(self.buf.len())];
        find(gap, "\u{ff0c}".as_bytes()).is_some()
            || gap.contains(&b',') && gap.first().is_some_and(|b| *b >= 0x80)
    }

    /// The topic of a Chinese sentence, which its comma-separated clauses
    /// share as their subject ("美方……窜访……，严重违反……"): its first party
    /// before the act, not the side and not a target.
    fn topic(&self, sentence: Span, cue: Hit<Term>, candidates: &[Candidate]) -> Option<Candidate> {
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

    /// The category a verb of violation takes from what it violates, named
    /// shortly after it in its clause ("violated China's sovereignty",
    /// "违反一个中国原则"); `None` when it names nothing known.
    fn violated(
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

    /// Whether the source between an actor and an act is passive ("X was
    /// exposed to spy"): the actor is then the agent, not the source.
    fn passive_source_between(&self, sentence: Span, start: usize, end: usize) -> bool {
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

    /// Whether `pos` stands inside quotation marks opened in the sentence.
    fn quoted(&self, sentence: Span, pos: usize) -> bool {
        let before = &self.buf[..(pos - sentence.start).min(self.buf.len())];
        let straight = before.iter().filter(|&&b| b == b'"').count();
        let open = find_last(before, "\u{201c}".as_bytes());
        let close = find_last(before, "\u{201d}".as_bytes());
        straight % 2 == 1 || open.is_some_and(|o| close.is_none_or(|c| c < o))
    }

    /// The source that discloses an act at `pos` when it is not the side:
    /// `Some(Some(sayer))` for a party, `Some(None)` for a source that is no
    /// party, `None` when the document's own voice says it.
    fn source_for(
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

    /// An accusation with a party charged, reported unless the accuser is
    /// the side.
    fn push(
        &mut self,
        sentence: Span,
        clause: Span,
        cue: Hit<Term>,
        accuser: Option<Candidate>,
        accused: Actor<'a>,
        charge: Option<Text<'a>>,
    ) {
        let text = self.doc.text;
        let category = charge
            .as_ref()
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
                        if h.span.start >= cue.span.end && h.span.end <= accused.span.start =>
                    {
                        Some(k)
                    }
                    _ => None,
                })
            });
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
    }

    #[allow(clippy::too_many_arguments)]
    fn draft(
        &self,
        _sentence: Span,
        clause: Span,
        cue: Hit<Term>,
        stance: Stance,
        accuser: Option<Actor<'a>>,
        accused: Actor<'a>,
        charge: Option<Text<'a>>,
        category: AccusationCategory,
    ) -> Draft<'a> {
        let text = self.doc.text;
        Draft {
            item: Accusation {
                span: clause,
                stance,
                accuser,
                accused: Some(accused),
                charge,
                category,
                cue: Some(Text::from_input(text, cue.span)),
                date: None,
                cameo: cameo(category),
                plover: Cow::Borrowed("ACCUSE"),
            },
            wants_opponent: false,
            wants_category: false,
            clause: self.cur_clause,
        }
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

    fn next_word(&self, sentence: Span, pos: usize) -> &[u8] {
        let rel = (pos - sentence.start).min(self.buf.len());
        let bytes = &self.buf[rel..];
        let s = bytes
            .iter()
            .position(|b| !b.is_ascii_whitespace())
            .unwrap_or(bytes.len());
        let e = bytes[s..]
            .iter()
            .position(|b| !b.is_ascii_alphanumeric())
            .map_or(bytes.len(), |i| s + i);
        &bytes[s..e]
    }

    /// The document's side as an actor: its last mention before `pos`, else
    /// the code alone at `pos`.
    fn side_actor(&self, pos: usize) -> Option<Actor<'a>> {
        let side = self.side?;
        Some(match &self.last_side {
            Some((span, parties)) if span.end <= pos => {
                actor(self.doc.text, *span, parties.clone())
            }
            _ => Actor::inferred(side, pos),
        })
    }

    /// Fills what only the whole document tells: the main opponent for
    /// charges whose accuser is unnamed, the main category for charges that
    /// name no act, and dates.
    fn finish(self, temporal: &[TemporalExpression<'a>]) -> Vec<Accusation<'a>> {
        let opponent = self
            .counts
            .iter()
            .max_by_key(|(_, n)| *n)
            .map(|(p, _)| p.clone());
        // The main category: that of the charges the document reports, else
        // of all it names.
        let mut tally = [0usize; CATEGORIES.len()];
        for reported_only in [true, false] {
            for d in &self.drafts {
                if !d.wants_category && (!reported_only || d.item.stance == Stance::Reported) {
                    tally[category_index(d.item.category)] += 1;
                }
            }
            if tally.iter().any(|&n| n > 0) {
                break;
            }
        }
        let main = CATEGORIES
            .iter()
            .copied()
            .filter(|c| *c != AccusationCategory::Other)
            .max_by_key(|c| tally[category_index(*c)])
            .filter(|c| tally[category_index(*c)] > 0)
            .unwrap_or(AccusationCategory::Other);
        let sentences = &self.doc.sentences;
        let side_less = self.side.is_none();
        let mut drafts = self.drafts;
        // Document order (a charge's own words may start before an earlier
        // found one's in the same clause).
        drafts.sort_by_key(|d| (d.item.span.start, d.item.span.end));
        drafts
            .into_iter()
            .map(|mut d| {
                // A text that speaks for no side asserts nothing: every charge
                // in it is someone's it reports (GUIDELINES).
                if side_less {
                    d.item.stance = Stance::Reported;
                }
                if d.wants_opponent && d.item.stance == Stance::Reported {
                    if let Some(p) = &opponent {
                        let at = d.item.span.start;
                        d.item.accuser = Some(Actor::inferred(p, at));
                    }
                }
                if d.wants_category {
                    d.item.category = main;
                    d.item.cameo = cameo(main);
                }
                let sentence = sentences
                    .get(sentences.partition_point(|s| s.end <= d.item.span.start))
                    .copied()
                    .unwrap_or(d.item.span);
                // Said in the charge's own words, else in its clause, else
                // in its sentence.
                d.item.date = date_in(temporal, d.item.span)
                    .or_else(|| date_in(temporal, d.clause))
                    .or_else(|| date_in(temporal, sentence));
                d.item
            })
            .collect()
    }
}

/// The first date of a point in time said inside `span`.
fn date_in(temporal: &[TemporalExpression<'_>], span: Span) -> Option<PartialDate> {
    let i = temporal.partition_point(|t| t.span.start < span.start);
    temporal[i..]
        .iter()
        .take_while(|t| t.span.end <= span.end)
        .find(|t| t.granularity != Granularity::Duration && t.date.is_some())
        .and_then(|t| t.date)
}

const CATEGORIES: [AccusationCategory; 13] = [
    AccusationCategory::CyberAttack,
    AccusationCategory::Espionage,
    AccusationCategory::Disinformation,
    AccusationCategory::Coercion,
    AccusationCategory::Hypocrisy,
    AccusationCategory::HumanRights,
    AccusationCategory::Interference,
    AccusationCategory::Aggression,
    AccusationCategory::Sovereignty,
    AccusationCategory::WarCrimes,
    AccusationCategory::Terrorism,
    AccusationCategory::BrokenCommitment,
    AccusationCategory::Other,
];

fn category_index(c: AccusationCategory) -> usize {
    CATEGORIES
        .iter()
        .position(|k| *k == c)
        .unwrap_or(CATEGORIES.len() - 1)
}

/// The CAMEO code of a charge by category, in the 11x "disapprove" family:
///
/// - espionage: 1125 "accuse of espionage, treason";
/// - human rights: 1122 "accuse of human rights abuses";
/// - cyber attacks: 1123 "accuse of aggression" (an attack on a state's
///   networks is an act of aggression, not a private crime);
/// - coercion: 1123 as well (pressure and threats are aggression short of
///   force);
/// - disinformation and hypocrisy: 111 "criticize or denounce" (a reproach
///   of conduct in speech, not a charge of a crime);
/// - aggression (military provocation, force, intrusion) and sovereignty
///   (violating territory, illegal occupation): 1123 "accuse of
///   aggression", the codebook's class for charges of hostile acts against
///   a state;
/// - war crimes: 1124 "accuse of war crimes";
/// - terrorism: 1121 "accuse of crime, corruption" (the codebook has no
///   code of its own for it; an act of terror is a crime);
/// - interference, broken commitments and anything else: 112 "accuse, not
///   specified below".
fn cameo(category: AccusationCategory) -> Cow<'static, str> {
    Cow::Borrowed(match category {
        AccusationCategory::Espionage => "1125",
        AccusationCategory::HumanRights => "1122",
        AccusationCategory::CyberAttack
        | AccusationCategory::Coercion
        | AccusationCategory::Aggression
        | AccusationCategory::Sovereignty => "1123",
        AccusationCategory::WarCrimes => "1124",
        AccusationCategory::Terrorism => "1121",
        AccusationCategory::Disinformation | AccusationCategory::Hypocrisy => "111",
        _ => "112",
    })
}

fn actor<'a>(text: &'a str, span: Span, parties: Vec<Party>) -> Actor<'a> {
    Actor::new(crate::text::collapse_whitespace(&text[span]), span, parties)
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

fn find_last(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w == needle)
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}
