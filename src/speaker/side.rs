//! The side a speaker speaks for when the text does not say: the
//! document's own party for its spokespeople and its podium, and the full
//! name a page's title gives a body named short.

use std::borrow::Cow;

use super::registry::speaks_for_government;
use super::{Speaker, SpeakerRole};
use crate::Party;

/// Gives the document's `side` to the speakers who speak for it without
/// saying so: those who answer or remark from the podium of a transcript
/// (every turn of theirs is not a question), and spokespeople named with no
/// affiliation or party. A Chinese ministry's transcript names "Wang
/// Wenbin:" and never "Chinese"; an embassy's Q&A labels its answers "A:".
/// A speaker whose party the text gives keeps it.
pub(crate) fn speak_for_side(
    speakers: &mut [Speaker<'_>],
    turns: &[crate::Turn<'_>],
    side: Option<&Party>,
) {
    let Some(side) = side else { return };
    // For each speaker: whether they hold a turn, and whether all their
    // turns are answers or remarks (one pass over the turns).
    let mut podium = vec![(false, true); speakers.len()];
    for t in turns {
        if let Some(p) = t.speaker.and_then(|id| podium.get_mut(id)) {
            p.0 = true;
            p.1 &= t.kind != crate::TurnKind::Question;
        }
    }
    for s in speakers.iter_mut().filter(|s| s.party.is_none()) {
        let podium = podium
            .get(s.id)
            .is_some_and(|&(holds, answers)| holds && answers);
        // A spokesperson or an official whose words name no party
        // ("Senator Bill Cassidy", "senior officials", "Foreign Ministry
        // spokesman Zhao Lijian") in a government's document is one of its
        // own: a foreign one is named with the state ("US Senator ...").
        let spokesperson = matches!(s.role, SpeakerRole::Spokesperson | SpeakerRole::Official)
            || s.role == SpeakerRole::Organization && s.name.is_some() && speaks_for_government(s);
        if (podium && s.role != SpeakerRole::Journalist) || spokesperson {
            s.party = Some(side.clone());
        }
    }
}

/// Gives a body named short in the text ("the National Task Force said")
/// the full name its page's title gives it ("... with the National Task
/// Force for the West Philippine Sea"): the title's name that continues the
/// short one with "for", "of", "on" or "to", an optional "the", and
/// capitalised words.
pub(crate) fn complete_from_title(speakers: &mut [Speaker<'_>], title: &str) {
    for s in speakers.iter_mut() {
        if s.role != SpeakerRole::Organization {
            continue;
        }
        let Some(name) = s.name.as_deref().filter(|n| n.contains(' ')) else {
            continue;
        };
        let Some(at) = title.find(name) else { continue };
        let from = at + name.len();
        let rest = &title[from..];
        if !rest.starts_with(' ') {
            continue;
        }
        let (mut end, mut pos, mut joined) = (from, from, false);
        for w in rest.split(' ').skip(1) {
            pos += 1;
            let word_end = pos + w.len();
            if matches!(w, "for" | "of" | "on" | "to" | "the") {
                joined = true;
            } else if joined
                && w.starts_with(char::is_uppercase)
                && w.chars().all(|c| c.is_alphanumeric() || "-'’.".contains(c))
            {
                end = word_end;
            } else {
                break;
            }
            pos = word_end;
        }
        if end > from {
            s.name = Some(Cow::Owned(title[at..end].to_owned()));
        }
    }
}
