//! Who a transcript's label stands for: the speaker a label names,
//! registered with the speakers read so far ("MS. PSAKI:" is the "Press
//! Secretary Jen Psaki" of the page's opening; "Xinhua News Agency:" is a
//! journalist; "A:" is the spokesperson). The label grammar itself is
//! [`crate::turn`]'s; this reads its result into the registry.

use std::borrow::Cow;

use super::Registry;
use crate::SpeakerRole;
use crate::turn::{Label, LabelClass, is_han_label_char, is_title_mark};

/// The speaker a label stands for, registered (merged with earlier
/// mentions of the same person or role).
pub(crate) fn label_speaker(label: &Label, reg: &mut Registry<'_>) -> Option<usize> {
    let text = reg_text(reg);
    let name = &text[label.name];
    let lower = name.to_lowercase();
    let span = label.name;
    Some(match label.class {
        LabelClass::Question => {
            if matches!(
                lower.as_str(),
                "q" | "question"
                    | "journalist"
                    | "reporter"
                    | "correspondent"
                    | "问"
                    | "問"
                    | "记者"
                    | "記者"
                    | "提问"
                    | "提問"
            ) {
                reg.unnamed(SpeakerRole::Journalist, None, None, span)
            } else if let Some(outlet) = name
                .strip_suffix("记者")
                .or_else(|| name.strip_suffix("記者"))
                .map(|o| o.trim_matches(is_title_mark))
                .filter(|o| !o.is_empty())
            {
                // 法新社记者, 《澳门月刊》記者: "a journalist of" the outlet,
                // who asks for it; each outlet's journalist is their own.
                reg.unnamed(
                    SpeakerRole::Journalist,
                    Some(Cow::Owned(outlet.to_string())),
                    None,
                    span,
                )
            } else {
                // "Xinhua News Agency:", "Reuters:": the journalist is known
                // by the outlet they ask for. A journalist speaks for no
                // state, whatever the outlet's.
                reg.named(
                    Cow::Owned(name.to_string()),
                    SpeakerRole::Journalist,
                    None,
                    None,
                    span,
                )
            }
        }
        LabelClass::Answer => {
            let role = if lower.contains("official")
                || lower.contains("minister")
                || (lower.contains("secretary") && !lower.contains("press"))
            {
                SpeakerRole::Official
            } else {
                SpeakerRole::Spokesperson
            };
            if let Some(id) = reg.last(|s| s.role == role) {
                reg.named_mention(id, span)
            } else {
                let side = reg.side();
                reg.unnamed(role, None, side, span)
            }
        }
        LabelClass::Person => {
            let (title, person) = split_title(name);
            // "MS. PSAKI" is the "Press Secretary Jen Psaki" of the
            // page's opening, "NSC ADG MALAYA" its "Assistant Director
            // General Jonathan Malaya": a label in capitals gives the
            // surname, and the opening the full name.
            let known = reg.full_names.get(person.as_ref()).cloned();
            let full = known.unwrap_or_else(|| {
                let found = full_name(text, &person);
                reg.full_names.insert(person.to_string(), found.clone());
                found
            });
            let (title, person) = match full {
                Some((full, in_title)) => (
                    if title.is_empty() { in_title } else { title },
                    Cow::Owned(full),
                ),
                None => (title, person),
            };
            let role = match title.trim_end_matches('.').to_lowercase().as_str() {
                "" | "mr" | "ms" | "mrs" | "dr" | "spokesperson" | "spokesman" | "spokeswoman" => {
                    SpeakerRole::Spokesperson
                }
                _ => SpeakerRole::Official,
            };
            let side = if name.chars().all(is_han_label_char) {
                reg.side()
            } else {
                None
            };
            reg.named(person, role, None, side, span)
        }
        LabelClass::Other => reg.unnamed(SpeakerRole::Unknown, None, None, span),
    })
}

fn reg_text<'a>(reg: &Registry<'a>) -> &'a str {
    reg.text()
}

/// "MS. PSAKI" gives ("MS.", "Psaki"); "Zhao Lijian" gives ("", "Zhao
/// Lijian"); "NSC ADG MALAYA" gives ("NSC ADG", "Malaya"). Names in
/// capitals are given in title case: a label in capitals is a title (an
/// honorific, a rank, an office's initials) and a surname, so all its words
/// but the last are the title.
fn split_title(name: &str) -> (&str, Cow<'_, str>) {
    let mut words: Vec<&str> = name.split_whitespace().collect();
    let mut title = "";
    let caps = name.chars().any(char::is_alphabetic) && !name.chars().any(char::is_lowercase);
    if caps && words.len() >= 2 {
        let last = words[words.len() - 1];
        let at = name.rfind(last).unwrap_or(0);
        title = name[..at].trim_end();
        words = vec![last];
    } else if let Some(&w) = words.first() {
        if crate::lexicon::speakers::LABEL_TITLES
            .contains(&w.trim_end_matches('.').to_lowercase().as_str())
        {
            title = w;
            words.remove(0);
        }
    }
    let rest = words;
    let joined = rest.join(" ");
    let caps = joined.chars().any(char::is_alphabetic) && !joined.chars().any(char::is_lowercase);
    if !caps {
        return (title, Cow::Owned(joined));
    }
    let titled = joined
        .split(' ')
        .map(|w| {
            let mut cs = w.chars();
            cs.next()
                .map(|f| {
                    f.to_uppercase()
                        .chain(cs.flat_map(char::to_lowercase))
                        .collect::<String>()
                })
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ");
    (title, Cow::Owned(titled))
}

/// How far into the page the opening that introduces the speakers runs,
/// in bytes.
const OPENING: usize = 4096;

/// The full name whose last word is `surname`, where the page's opening
/// gives one ("Press Briefing by Press Secretary Jen Psaki", "with us
/// National Security Council Assistant Director General Jonathan Malaya"),
/// with the title word just before it. Given names are the one to three
/// capitalised words before the surname, back to a title, an honorific or
/// anything else; spaces may be written as Markdown escapes (`Jen\_Psaki`).
fn full_name(text: &str, surname: &str) -> Option<(String, &'static str)> {
    if surname.contains(' ') || surname.chars().count() < 2 {
        return None;
    }
    let opening = &text[..crate::text::boundary::floor(text, OPENING)];
    let lower = opening.to_lowercase();
    let target = surname.to_lowercase();
    // `lower` keeps `opening`'s byte offsets only where lower-casing keeps
    // every char's length; otherwise the opening is not searched.
    if lower.len() != opening.len() {
        return None;
    }
    let mut from = 0;
    while let Some(i) = lower[from..].find(&target).map(|i| i + from) {
        from = i + target.len();
        let end = i + target.len();
        let bounded = !opening[..i].ends_with(char::is_alphanumeric)
            && !opening[end..].starts_with(char::is_alphanumeric);
        if !bounded || !opening[i..].starts_with(char::is_uppercase) {
            continue;
        }
        let mut given: Vec<&str> = Vec::new();
        let mut title = "";
        let mut before = &opening[..i];
        while given.len() < 3 {
            // Words are parted by spaces, no-break spaces or Markdown's
            // escaped underscore; anything else ends the name.
            let sep = before.trim_end_matches([' ', '\u{a0}', '\\', '_']);
            if sep.len() == before.len() {
                break;
            }
            let start = sep
                .char_indices()
                .rev()
                .find(|&(_, c)| !(c.is_alphabetic() || "-'’.".contains(c)))
                .map_or(0, |(k, c)| k + c.len_utf8());
            let word = &sep[start..];
            let key = word.trim_end_matches('.').to_lowercase();
            if let Some(t) = crate::lexicon::speakers::LABEL_TITLES
                .iter()
                .find(|t| **t == key)
            {
                title = t;
                break;
            }
            if !word.starts_with(char::is_uppercase) || word.ends_with('.') {
                break;
            }
            given.push(word);
            before = &sep[..start];
        }
        if !given.is_empty() {
            given.reverse();
            given.push(&opening[i..end]);
            return Some((given.join(" "), title));
        }
    }
    None
}
