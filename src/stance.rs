//! The stance and accuser of each charge, read from the voice of its
//! sentence.
//!
//! The accusation scanner decides a charge's stance from the words around
//! it ("accused", "according to reports", the document's side). The voice
//! layer knows more: whose words the whole sentence is. Two rules, in order:
//!
//! 1. A charge whose clause names no accuser, in the words of a speaker of
//!    known party ("Foreign Ministry spokesman Zhao Lijian said ... China
//!    urges the US to stop cyber theft"), is that speaker's: asserted when
//!    the speaker speaks for the document's side, reported otherwise. Not
//!    when a clause of its own stands between the speaker's cue and the
//!    charge ("said, after media reported that ..."), nor when the charge
//!    stands far from the cue.
//! 2. A charge a journalist puts in a question is the journalist's framing,
//!    not the document's: reported, and its accuser is not the document's
//!    side (the GUIDELINES' rule for third parties' exposures), unless the
//!    question cites a body of the side for it ("有记者提问，<the side's
//!    association> published ..."): then it is that body's, asserted.

use std::borrow::Cow;

use crate::lexicon::accusation::NESTED_CLAUSE_WORDS;
use crate::{Accusation, Actor, Party, Span, Speaker, SpeakerRole, Stance, Voice, VoiceKind};

/// The farthest a charge stands after its speaker's cue, in bytes, for rule
/// 1: farther, the words between are read as a clause of their own (and the
/// scan per charge stays bounded).
const MAX_CUE_DISTANCE: usize = 400;

/// Applies the rules of the module docs to `accusations` (in document
/// order), given the `voices` of the sentences and the `speakers`.
pub(crate) fn from_voices(
    text: &str,
    accusations: &mut [Accusation<'_>],
    voices: &[Voice],
    speakers: &[Speaker<'_>],
    side: Option<&Party>,
) {
    let side_mentions = side_body_mentions(speakers, side);
    let mut v = 0;
    for a in accusations.iter_mut() {
        // Both lists are in document order: the voice of the sentence that
        // holds the charge's start.
        while v < voices.len() && voices[v].sentence.end <= a.span.start {
            v += 1;
        }
        let Some(voice) = voices.get(v).filter(|x| x.sentence.start <= a.span.start) else {
            continue;
        };
        let speaker = (voice.kind == VoiceKind::Speaker)
            .then_some(voice.speaker)
            .flatten()
            .and_then(|id| speakers.get(id));
        let journalist = speaker.is_some_and(|s| s.role == SpeakerRole::Journalist);
        if !journalist {
            if let Some(sp) = speaker {
                speakers_charge(text, a, voice, sp, side);
            }
        } else if a.stance == Stance::Asserted && !cites(&side_mentions, voice.sentence, a.span) {
            a.stance = Stance::Reported;
            if a.accuser.as_ref().is_some_and(|x| x.inferred) {
                a.accuser = None;
            }
        }
    }
}

/// Rule 1: a charge with no accuser read from its clause is the speaker's.
fn speakers_charge(
    text: &str,
    a: &mut Accusation<'_>,
    voice: &Voice,
    speaker: &Speaker<'_>,
    side: Option<&Party>,
) {
    let unread = a.accuser.as_ref().is_none_or(|x| x.parties.is_empty());
    let (Some(cue), Some(party)) = (voice.cue, speaker.party.as_ref()) else {
        return;
    };
    // From the cue, or from the sentence's start when the cue is a
    // transcript's label before it.
    let from = cue.end.max(voice.sentence.start);
    let near = from <= a.span.start && a.span.start - from <= MAX_CUE_DISTANCE;
    if !unread || !near {
        return;
    }
    let nested = text[from..a.span.start]
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| NESTED_CLAUSE_WORDS.contains(&w));
    if nested {
        return;
    }
    a.stance = if side == Some(party) {
        Stance::Asserted
    } else {
        Stance::Reported
    };
    // The actor is the words that name the speaker: the cue.
    a.accuser = Some(Actor {
        text: Cow::Owned(crate::text::collapse_whitespace(&text[cue]).into_owned()),
        span: cue,
        parties: vec![party.clone()],
        inferred: false,
    });
}

/// The mentions, sorted, of the speakers that are bodies or officials of
/// the document's side (no journalist, no outlet), for rule 2.
fn side_body_mentions(speakers: &[Speaker<'_>], side: Option<&Party>) -> Vec<Span> {
    let Some(side) = side else {
        return Vec::new();
    };
    let mut out: Vec<Span> = speakers
        .iter()
        .filter(|s| {
            !matches!(s.role, SpeakerRole::Journalist | SpeakerRole::Outlet)
                && s.party.as_ref() == Some(side)
        })
        .flat_map(|s| s.mentions.iter().copied())
        .collect();
    out.sort_unstable();
    out
}

/// Whether one of `mentions` (sorted) stands in `sentence` before `charge`.
fn cites(mentions: &[Span], sentence: Span, charge: Span) -> bool {
    let first = mentions.partition_point(|m| m.start < sentence.start);
    mentions
        .get(first)
        .is_some_and(|m| m.end <= charge.start && sentence.contains(*m))
}

#[cfg(test)]
mod tests {
    /// The charge whose clause holds `needle`.
    fn charge<'s>(
        s: &'s crate::Statement<'_>,
        text: &str,
        needle: &str,
    ) -> &'s crate::Accusation<'s> {
        s.accusations
            .iter()
            .find(|a| text[a.span].contains(needle))
            .unwrap_or_else(|| panic!("no charge on {needle:?}: {:#?}", s.accusations))
    }

    #[test]
    fn a_charge_in_a_question_is_reported() {
        let text = "Foreign Ministry Spokesperson's Regular Press Conference\n\n\
                    Reuters: The NSA launched cyberattacks against Chinese universities. Any comment?\n\n\
                    Lin Jian: The US is the world's largest source of cyberattacks.";
        let s = crate::analyze(text);
        let question = text.find("The NSA").expect("question");
        let answer = text.find("The US is").expect("answer");
        let asked: Vec<_> = s
            .accusations
            .iter()
            .filter(|a| a.span.start >= question && a.span.start < answer)
            .collect();
        assert!(!asked.is_empty(), "{:#?}", s.accusations);
        for a in &asked {
            assert_eq!(a.stance, crate::Stance::Reported);
            assert!(a.accuser.as_ref().is_none_or(|x| !x.inferred));
        }
        let answered: Vec<_> = s
            .accusations
            .iter()
            .filter(|a| a.span.start >= answer)
            .collect();
        assert!(
            answered.iter().all(|a| a.stance == crate::Stance::Asserted),
            "{answered:#?}"
        );
    }

    #[test]
    fn a_charge_in_a_speakers_words_is_the_speakers() {
        // The side's spokesman frames the charge: asserted, his party.
        let text = "Foreign Ministry Spokesperson Lin Jian said on Monday that China once again \
                    urges the United States to stop its cyber theft against China.\n\n\
                    Lin Jian said China firmly opposes all forms of cyberattacks.";
        let s = crate::analyze(text);
        let theft = charge(&s, text, "cyber theft");
        assert_eq!(theft.stance, crate::Stance::Asserted);
        let accuser = theft.accuser.as_ref().expect("the speaker accuses");
        assert_eq!(accuser.parties, [crate::Party::CHN]);
        assert!(!accuser.inferred);
    }

    #[test]
    fn a_charge_in_a_nested_report_is_not_the_speakers() {
        let text = "Foreign Ministry Spokesperson Lin Jian said on Monday that China is concerned, \
                    after media reported that a website revealed that the US had spied on \
                    ministers in Germany.\n\n\
                    Lin Jian said China firmly opposes all forms of cyberattacks.";
        let s = crate::analyze(text);
        let spying = charge(&s, text, "spied");
        assert!(
            spying.accuser.as_ref().is_none_or(|x| x.text != "Lin Jian"),
            "{spying:#?}"
        );
    }
}
