//! Protests and démarches: a government's formal complaint to another
//! ("lodged solemn representations with the US side", "summoned the
//! Japanese ambassador", "strongly condemns", 提出严正交涉).
//!
//! A protest is no accusation by itself (GUIDELINES: the clause it rests on
//! may be one); researchers count it as an event of its own, with its CAMEO
//! code: 114 "complain officially" for representations, protests, summonses
//! and stated dissatisfaction, 111 "criticize or denounce" for a
//! condemnation. The phrases are found in the accusations' pass over the
//! sentences (see [`crate::cues`]); this module reads, for each, who
//! protests, to whom, and the accusation of the same sentence.
//!
//! Rules, in order:
//!
//! 1. A phrase that needs company has it: "representations" a verb or an
//!    adjective of the démarche before it ("lodged", "solemn"); a summons
//!    an envoy near it ("ambassador", "chargé d'affaires", 大使).
//! 2. The protester is the party named before the phrase ("NATO has
//!    condemned", "中方...提出严正交涉"), not the one it is made to ("向美方"),
//!    else the speaker whose words the sentence is (its voice), else the
//!    document's side (inferred).
//! 3. The target is the party named nearest the phrase, after it first,
//!    that is not the protester's.
//! 4. One protest per sentence and form.

use std::borrow::Cow;

use crate::lexicon::phrase::Hit;
use crate::lexicon::protests::{ADDRESSEE_MARKS, DEMARCHE_WORDS, ENVOYS};
use crate::party::find_mentions;
use crate::{Accusation, Actor, Party, Span, Speaker, Text, Voice, VoiceKind};

/// A formal complaint of one government to another.
///
/// ```
/// use demarche::ProtestForm;
///
/// let text = "Foreign Ministry Spokesperson Lin Jian said China has lodged solemn \
///             representations with the US side over the arms sales to Taiwan.";
/// let statement = demarche::analyze(text);
/// let protest = &statement.protests[0];
/// assert_eq!(protest.form, ProtestForm::Representations);
/// assert_eq!(protest.cameo, "114");
/// let protester = protest.protester.as_ref().expect("China protests");
/// assert_eq!(protester.principal(), Some(&demarche::Party::CHN));
/// let target = protest.target.as_ref().expect("to the US");
/// assert_eq!(target.principal(), Some(&demarche::Party::USA));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Protest<'a> {
    /// The sentence that makes or reports the protest.
    pub span: Span,
    /// Who protests.
    pub protester: Option<Actor<'a>>,
    /// To whom, or against whom.
    pub target: Option<Actor<'a>>,
    /// How.
    pub form: ProtestForm,
    /// The phrase that makes it ("solemn representations", "召见").
    pub cue: Text<'a>,
    /// The index in [`Statement::accusations`](crate::Statement::accusations)
    /// of the charge the protest rests on, when its sentence makes one.
    pub accusation: Option<usize>,
    /// The CAMEO event code: `"114"` (complain officially) or `"111"`
    /// (criticize or denounce).
    pub cameo: Cow<'static, str>,
    /// The PLOVER event type (`"ACCUSE"`, mode disapprove).
    pub plover: Cow<'static, str>,
}

impl Protest<'_> {
    /// The same protest, owning its strings.
    ///
    /// ```
    /// let owned = {
    ///     let text = String::from("The ministry summoned the Japanese ambassador to protest.");
    ///     demarche::analyze(&text).into_owned()
    /// };
    /// assert_eq!(owned.protests[0].form, demarche::ProtestForm::Summons);
    /// ```
    #[must_use]
    pub fn into_owned(self) -> Protest<'static> {
        let Protest {
            span,
            protester,
            target,
            form,
            cue,
            accusation,
            cameo,
            plover,
        } = self;
        let owned = |a: Option<Actor<'_>>| a.map(Actor::into_owned);
        Protest {
            protester: owned(protester),
            target: owned(target),
            cue: cue.into_owned(),
            span,
            form,
            accusation,
            cameo,
            plover,
        }
    }
}

/// The forms of a protest.
///
/// ```
/// let s = demarche::analyze("China strongly condemns the attack on its embassy.");
/// assert_eq!(s.protests[0].form, demarche::ProtestForm::Condemnation);
/// assert_eq!(s.protests[0].cameo, "111");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum ProtestForm {
    /// Representations or a démarche ("lodged solemn representations",
    /// 提出严正交涉).
    Representations,
    /// A protest, lodged or sent as a note (提出抗议).
    Protest,
    /// A summons of the other state's envoy (召见).
    Summons,
    /// A condemnation ("strongly condemns", 谴责).
    Condemnation,
    /// Dissatisfaction or regret stated officially ("expressed strong
    /// dissatisfaction", 强烈不满).
    Complaint,
}

impl ProtestForm {
    /// The CAMEO code of the form.
    ///
    /// ```
    /// assert_eq!(demarche::ProtestForm::Summons.cameo(), "114");
    /// assert_eq!(demarche::ProtestForm::Condemnation.cameo(), "111");
    /// ```
    #[must_use]
    pub const fn cameo(self) -> &'static str {
        match self {
            ProtestForm::Condemnation => "111",
            _ => "114",
        }
    }
}

/// What the sentences around the protest phrases say.
pub(crate) struct Context<'s, 'a> {
    pub(crate) text: &'a str,
    pub(crate) sentences: &'s [Span],
    pub(crate) voices: &'s [Voice],
    pub(crate) speakers: &'s [Speaker<'a>],
    pub(crate) accusations: &'s [Accusation<'a>],
    pub(crate) side: Option<&'s Party>,
}

/// The protests of the phrases `hits` (in order), one per sentence and form.
pub(crate) fn extract<'a>(hits: &[Hit<ProtestForm>], cx: &Context<'_, 'a>) -> Vec<Protest<'a>> {
    let mut out: Vec<Protest<'a>> = Vec::new();
    let mut s = 0;
    for hit in hits {
        while s < cx.sentences.len() && cx.sentences[s].end <= hit.span.start {
            s += 1;
        }
        let Some(&sentence) = cx.sentences.get(s).filter(|x| x.start <= hit.span.start) else {
            continue;
        };
        let repeated = out
            .iter()
            .rev()
            .take_while(|p| p.span == sentence)
            .any(|p| p.form == hit.value);
        if repeated || !has_company(cx.text, sentence, hit) {
            continue;
        }
        out.push(read(cx, s, sentence, hit));
    }
    out
}

/// Rule 1: "representations" after a word of the démarche, a summons with
/// an envoy near it; the other phrases stand alone.
fn has_company(text: &str, sentence: Span, hit: &Hit<ProtestForm>) -> bool {
    use crate::text::boundary::{back, cap};
    // The words around the phrase, lowercased: a bounded window, so a long
    // sentence of many phrases is not read once per phrase.
    let around = |before: usize, after: usize| {
        let from = back(text, hit.span.start, before).max(sentence.start);
        let to = cap(text, hit.span.end, after, sentence.end);
        text[from..to].to_lowercase()
    };
    match hit.value {
        ProtestForm::Representations if text[hit.span].is_ascii() => {
            let near = around(40, 0);
            DEMARCHE_WORDS.iter().any(|w| near.contains(w))
        }
        ProtestForm::Summons => {
            let near = around(120, 120);
            ENVOYS.iter().any(|w| near.contains(w))
        }
        _ => true,
    }
}

/// Rules 2 and 3 for the phrase `hit` of sentence number `index`.
fn read<'a>(
    cx: &Context<'_, 'a>,
    index: usize,
    sentence: Span,
    hit: &Hit<ProtestForm>,
) -> Protest<'a> {
    let mentions = find_mentions(cx.text, sentence);
    let actor = |m: &crate::party::PartyMention| {
        Actor::new(
            Text::from_input(cx.text, m.span).text,
            m.span,
            m.parties.clone(),
        )
    };
    // Rule 2: the party before the phrase, the voice, the side.
    let voiced = cx
        .voices
        .get(index)
        .filter(|v| v.sentence == sentence && v.kind == VoiceKind::Speaker)
        .and_then(|v| Some((v, cx.speakers.get(v.speaker?)?)))
        .and_then(|(v, sp)| {
            // The actor is the words that name the speaker: the voice's cue.
            let cue = v.cue?;
            let party = sp.party.clone()?;
            Some(Actor::new(
                Text::from_input(cx.text, cue).text,
                cue,
                vec![party],
            ))
        });
    let addressee = |m: &&crate::party::PartyMention| is_addressee(cx.text, m.span);
    let before = mentions
        .iter()
        .rev()
        .filter(|m| !addressee(m))
        .find(|m| m.span.end <= hit.span.start && !m.parties.is_empty())
        .map(actor);
    let protester = before
        .or(voiced)
        .or_else(|| cx.side.map(|p| Actor::inferred(p, sentence.start)));
    // Rule 3: the nearest other party, after the phrase first.
    let own = protester.as_ref().and_then(|p| p.principal().cloned());
    let other = |m: &&crate::party::PartyMention| {
        m.parties.first().is_some_and(|p| Some(p) != own.as_ref())
    };
    let target = mentions
        .iter()
        .filter(addressee)
        .find(other)
        .or_else(|| {
            mentions
                .iter()
                .filter(|m| m.span.start >= hit.span.end)
                .find(other)
        })
        .or_else(|| {
            mentions
                .iter()
                .rev()
                .filter(|m| m.span.end <= hit.span.start)
                .find(other)
        })
        .map(actor);
    // Accusations are in document order: the first that starts in the
    // sentence, if it ends there too.
    let first = cx
        .accusations
        .partition_point(|a| a.span.start < sentence.start);
    let accusation = cx
        .accusations
        .get(first)
        .filter(|a| sentence.contains(a.span))
        .map(|_| first);
    Protest {
        span: sentence,
        protester,
        target,
        form: hit.value,
        cue: Text::from_input(cx.text, hit.span),
        accusation,
        cameo: Cow::Borrowed(hit.value.cameo()),
        plover: Cow::Borrowed("ACCUSE"),
    }
}

/// Whether the mention at `span` follows a mark of the addressee.
fn is_addressee(text: &str, span: Span) -> bool {
    let before = text[..span.start].trim_end();
    ADDRESSEE_MARKS.iter().any(|m| {
        before.ends_with(m)
            && (!m.is_ascii()
                || before[..before.len() - m.len()]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric()))
    })
}

#[cfg(test)]
mod tests {
    use crate::{Party, ProtestForm};

    #[test]
    fn a_chinese_demarche_names_both_sides() {
        let s = crate::analyze("中方已就此向美方提出严正交涉。");
        let p = &s.protests[0];
        assert_eq!(p.form, ProtestForm::Representations);
        assert_eq!(
            p.protester.as_ref().and_then(|a| a.principal()),
            Some(&Party::CHN)
        );
        assert_eq!(
            p.target.as_ref().and_then(|a| a.principal()),
            Some(&Party::USA)
        );
    }

    #[test]
    fn representations_and_summons_need_their_company() {
        let s = crate::analyze("The report covers representations of women in film.");
        assert!(s.protests.is_empty(), "{:?}", s.protests);
        let t = crate::analyze("The court summoned three witnesses on Monday.");
        assert!(t.protests.is_empty(), "{:?}", t.protests);
    }

    #[test]
    fn one_protest_per_sentence_and_form() {
        let s =
            crate::analyze("Japan condemned the launch and condemned the threat to the region.");
        assert_eq!(s.protests.len(), 1, "{:?}", s.protests);
    }
}
