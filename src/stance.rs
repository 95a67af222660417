//! The stance of each charge, read from the voice of its sentence.
//!
//! The accusation scanner decides a charge's stance from the words around
//! it ("accused", "according to reports", the document's side). The voice
//! layer knows more: whose words the whole sentence is. A charge a
//! journalist puts in a question is the journalist's framing, not the
//! document's: reported, and its accuser is not the document's side (the
//! GUIDELINES' rule for third parties' exposures: reported, accuser
//! unknown unless the sentence names one).

use crate::{Accusation, Party, Speaker, SpeakerRole, Stance, Voice, VoiceKind};

/// Makes the charges in journalists' words reported, dropping an accuser
/// that was only inferred from the document's side.
pub(crate) fn from_voices(
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
}
