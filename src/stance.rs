//! The stance of each charge, read from the voice of its sentence.
//!
//! The accusation scanner decides a charge's stance from the words around
//! it ("accused", "according to reports", the document's side). The voice
//! layer knows more: whose words the whole sentence is. A charge a
//! journalist puts in a question is the journalist's framing, not the
//! document's: reported, and its accuser is not the document's side (the
//! GUIDELINES' rule for third parties' exposures: reported, accuser
//! unknown unless the sentence names one).

use std::borrow::Cow;

use crate::lexicon::cues::NESTED_CLAUSE_WORDS;
use crate::{Accusation, Actor, Party, Speaker, SpeakerRole, Stance, Voice, VoiceKind};

/// Makes the charges in journalists' words reported, dropping an accuser
/// that was only inferred from the document's side.
pub(crate) fn from_voices(
    text: &str,
    accusations: &mut [Accusation<'_>],
    voices: &[Voice],
    speakers: &[Speaker<'_>],
    side: Option<&Party>,
) {
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
        let journalist = voice.kind == VoiceKind::Speaker
            && voice
                .speaker
                .and_then(|id| speakers.get(id))
                .is_some_and(|s| s.role == SpeakerRole::Journalist);
        // A question that cites a body of the document's own side for the
        // charge ("有记者提问，<the side's association> published ... cases
        // of ... attacks") carries that body's charge: the side's, asserted.
        let cites_side = || {
            side.is_some_and(|side| {
                speakers.iter().any(|s| {
                    !matches!(s.role, SpeakerRole::Journalist | SpeakerRole::Outlet)
                        && s.party.as_ref() == Some(side)
                        && s.mentions
                            .iter()
                            .any(|m| voice.sentence.contains(*m) && m.end <= a.span.start)
                })
            })
        };
        // A charge with no accuser read from its clause, in the words of a
        // speaker whose party is known ("Foreign Ministry spokesman Zhao
        // Lijian said ... China urges the US to stop cyber theft"), is that
        // speaker's: asserted when the speaker speaks for the document's
        // side, reported otherwise.
        let speaker = (voice.kind == VoiceKind::Speaker)
            .then_some(voice.speaker)
            .flatten()
            .and_then(|id| speakers.get(id));
        let unread = a.accuser.as_ref().is_none_or(|x| x.parties.is_empty());
        if let (true, Some(sp), Some(cue)) = (unread && !journalist, speaker, voice.cue) {
            // From the cue, or from the sentence's start when the cue is a
            // transcript's label before it.
            let from = cue.end.max(voice.sentence.start);
            let between = text
                .get(from..a.span.start)
                .filter(|_| from <= a.span.start);
            let nested = between.is_none_or(|b| {
                b.split(|c: char| !c.is_alphanumeric())
                    .any(|w| NESTED_CLAUSE_WORDS.contains(&w))
            });
            if let Some(party) = sp.party.clone().filter(|_| !nested) {
                let own = side == Some(&party);
                a.stance = if own {
                    Stance::Asserted
                } else {
                    Stance::Reported
                };
                // The actor is the words that name the speaker: the cue.
                a.accuser = Some(Actor {
                    text: Cow::Owned(crate::text::collapse_whitespace(&text[cue]).into_owned()),
                    span: cue,
                    parties: vec![party],
                    inferred: false,
                });
            }
        }
        if journalist && a.stance == Stance::Asserted && !cites_side() {
            a.stance = Stance::Reported;
            if a.accuser.as_ref().is_some_and(|x| x.inferred) {
                a.accuser = None;
            }
        }
    }
}

#[cfg(test)]
mod tests {
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
        let theft = s
            .accusations
            .iter()
            .find(|a| text[a.span].contains("cyber theft"))
            .expect("the charge");
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
        let spying = s
            .accusations
            .iter()
            .find(|a| text[a.span].contains("spied"))
            .expect("the charge");
        assert!(
            spying.accuser.as_ref().is_none_or(|x| x.text != "Lin Jian"),
            "{spying:#?}"
        );
    }
}
