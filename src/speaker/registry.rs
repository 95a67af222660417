//! The registry of speakers: the speakers found so far, merged across
//! their mentions ("Zhao Lijian", "Zhao", "the spokesperson"), indexed by
//! the words of their names, and the side the document speaks for.

use std::borrow::Cow;
use std::collections::HashMap;
use std::rc::Rc;

use super::reading::Reading;
use super::{Speaker, SpeakerRole};
use crate::{Party, Span};

/// The speakers found so far, and which was mentioned last.
#[derive(Debug)]
pub(crate) struct Registry<'a> {
    pub(super) text: &'a str,
    pub(crate) speakers: Vec<Speaker<'a>>,
    /// Speaker ids in the order of their mentions, the last one last.
    pub(super) recent: Vec<usize>,
    /// Whether most of the text is Chinese (an unqualified 外交部 is then
    /// China's).
    han: bool,
    /// A buffer reused across sentences: the tokens that may be titles,
    /// speech verbs or "according" ([`SENTENCE_CUES`](crate::lexicon::speakers::SENTENCE_CUES)).
    pub(super) cues: Vec<usize>,
    /// What each distinct subject text read so far says ([`Reading`]).
    pub(super) subjects: HashMap<&'a str, Rc<Reading<'a>>>,
    /// The full name the page's opening gives each surname of a transcript
    /// label, looked up once per surname (see `turn::full_name`).
    pub(crate) full_names: HashMap<String, Option<(String, &'static str)>>,
    /// Named speakers by the first and the last word of their names, lower
    /// case (see [`Registry::named`]).
    by_word: HashMap<String, Vec<usize>>,
    /// The speakers known only by role, in order.
    unnamed_ids: Vec<usize>,
}

impl<'a> Registry<'a> {
    pub(super) fn new(text: &'a str) -> Registry<'a> {
        let sample = &text[..crate::text::boundary::floor(text, 4096)];
        // No ideograph: not a Chinese text. Every char `is_ideograph`
        // accepts is U+3007 or above, so its UTF-8 starts with 0xE3 or more;
        // the largest byte (a loop without branches) tells.
        if sample.bytes().max().unwrap_or(0) < 0xE3 {
            return Registry::with_script(text, false);
        }
        Registry::with_script(text, Registry::mostly_han(sample))
    }

    /// Whether a sample has over three times as many ideographs as letters.
    fn mostly_han(sample: &str) -> bool {
        // One pass; ASCII bytes (most of an English sample) need no decoding.
        let (mut ideographs, mut letters) = (0usize, 0usize);
        let bytes = sample.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 {
                letters += usize::from(b.is_ascii_alphabetic());
                i += 1;
                continue;
            }
            let Some(c) = sample[i..].chars().next() else {
                break;
            };
            ideographs += usize::from(crate::text::is_ideograph(c));
            letters += usize::from(c.is_alphabetic());
            i += c.len_utf8();
        }
        ideographs * 3 > letters
    }

    /// An empty registry for `text`, mostly Chinese or not.
    fn with_script(text: &'a str, han: bool) -> Registry<'a> {
        Registry {
            text,
            speakers: Vec::new(),
            recent: Vec::new(),
            han,
            cues: Vec::new(),
            subjects: HashMap::new(),
            full_names: HashMap::new(),
            by_word: HashMap::new(),
            unnamed_ids: Vec::new(),
        }
    }

    /// The input text.
    pub(crate) fn text(&self) -> &'a str {
        self.text
    }

    /// Adds a mention to speaker `id` (for labels that point back).
    pub(crate) fn named_mention(&mut self, id: usize, span: Span) -> usize {
        self.mention(id, span)
    }

    /// Adds a mention to speaker `id`.
    pub(super) fn mention(&mut self, id: usize, span: Span) -> usize {
        let mentions = &mut self.speakers[id].mentions;
        // Mentions arrive in document order: a repeat is the last one.
        if !mentions.iter().rev().take(4).any(|&m| m == span) {
            mentions.push(span);
        }
        self.recent.push(id);
        id
    }

    /// The speaker called `name` (merging "Zhao Lijian" with "Zhao" and
    /// "WikiLeaks" with "Wikileaks"), created when new.
    pub(crate) fn named(
        &mut self,
        name: Cow<'a, str>,
        role: SpeakerRole,
        affiliation: Option<Cow<'a, str>>,
        party: Option<Party>,
        span: Span,
    ) -> usize {
        let person = |r: SpeakerRole| !matches!(r, SpeakerRole::Organization | SpeakerRole::Outlet);
        // Every merge below keeps the first or the last word of the name
        // (see `name_keys`): only speakers indexed under one of them can
        // match, so a document of thousands of speakers is not read in full
        // at each mention.
        let mut candidates: Vec<usize> = name_keys(&name)
            .filter_map(|k| self.by_word.get(&k))
            .flatten()
            .copied()
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        let found = candidates.into_iter().find(|&id| {
            let s = &self.speakers[id];
            s.name.as_ref().is_some_and(|n| {
                n.eq_ignore_ascii_case(&name)
                    || person(role)
                        && person(s.role)
                        && (ends_with_word(n, &name)
                            || ends_with_word(&name, n)
                            || family_name_first(n, &name)
                            || family_name_first(&name, n))
            })
        });
        if let Some(id) = found {
            let s = &mut self.speakers[id];
            if s.role == SpeakerRole::Unknown {
                s.role = role;
            }
            if s.party.is_none() {
                s.party = party;
            }
            if s.affiliation.is_none() {
                s.affiliation = affiliation;
            }
            if name.len() > s.name.as_ref().map_or(0, |n| n.len()) {
                s.name = Some(name);
                self.index(id);
            }
            return self.mention(id, span);
        }
        let id = self.push(Some(name), role, affiliation, party);
        self.mention(id, span)
    }

    /// The speaker called `name`, or one known only by `role` when there is
    /// no name.
    pub(super) fn named_or_unnamed(
        &mut self,
        name: Option<Cow<'a, str>>,
        role: SpeakerRole,
        affiliation: Option<Cow<'a, str>>,
        party: Option<Party>,
        span: Span,
    ) {
        match name {
            Some(name) => {
                self.named(name, role, affiliation, party, span);
            }
            None => {
                self.unnamed(role, affiliation, party, span);
            }
        }
    }

    /// Files speaker `id` under the keys of its name ([`name_keys`]).
    fn index(&mut self, id: usize) {
        let Some(name) = self.speakers[id].name.as_deref() else {
            return;
        };
        let keys: Vec<String> = name_keys(name).collect();
        for key in keys {
            let ids = self.by_word.entry(key).or_default();
            if ids.last() != Some(&id) {
                ids.push(id);
            }
        }
    }

    /// A speaker known only by role (and party), merged with an earlier one
    /// of the same role, party and affiliation (a journalist of Reuters and
    /// one of Xinhua are two journalists).
    pub(crate) fn unnamed(
        &mut self,
        role: SpeakerRole,
        affiliation: Option<Cow<'a, str>>,
        party: Option<Party>,
        span: Span,
    ) -> usize {
        let found = self.unnamed_ids.iter().copied().find(|&id| {
            let s = &self.speakers[id];
            s.role == role && s.party == party && s.affiliation.as_deref() == affiliation.as_deref()
        });
        match found {
            Some(id) => self.mention(id, span),
            None => {
                let id = self.push(None, role, affiliation, party);
                self.mention(id, span)
            }
        }
    }

    /// Adds a speaker with no mention yet, and files it.
    fn push(
        &mut self,
        name: Option<Cow<'a, str>>,
        role: SpeakerRole,
        affiliation: Option<Cow<'a, str>>,
        party: Option<Party>,
    ) -> usize {
        let id = self.speakers.len();
        let named = name.is_some();
        self.speakers.push(Speaker {
            id,
            name,
            role,
            affiliation,
            party,
            mentions: Vec::new(),
        });
        if named {
            self.index(id);
        } else {
            self.unnamed_ids.push(id);
        }
        id
    }

    /// The last speaker mentioned that fits.
    pub(crate) fn last(&self, fits: impl Fn(&Speaker<'a>) -> bool) -> Option<usize> {
        self.recent
            .iter()
            .rev()
            .take(64)
            .copied()
            .find(|&id| fits(&self.speakers[id]))
    }

    /// The party of the document's own side, from the last speaker that
    /// speaks for a party; for a Chinese text without one, China.
    pub(crate) fn side(&self) -> Option<Party> {
        self.last(|s| s.party.is_some() && speaks_for_government(s))
            .and_then(|id| self.speakers[id].party.clone())
            .or_else(|| self.han.then_some(Party::CHN))
    }

    /// Speakers in the order of their first mention, mentions sorted;
    /// spokespeople whose party is still unknown take the document's side
    /// (the party most speakers of a government speak for).
    pub(super) fn finish(mut self) -> Vec<Speaker<'a>> {
        let mut counts: Vec<(Party, usize)> = Vec::new();
        for s in &self.speakers {
            if let Some(p) = s.party.as_ref().filter(|_| speaks_for_government(s)) {
                match counts.iter_mut().find(|(q, _)| q == p) {
                    Some((_, n)) => *n += s.mentions.len(),
                    None => counts.push((p.clone(), s.mentions.len())),
                }
            }
        }
        let side = counts
            .iter()
            .max_by_key(|(_, n)| *n)
            .map(|(p, _)| p.clone());
        for s in &mut self.speakers {
            if s.party.is_none() && s.role == SpeakerRole::Spokesperson {
                s.party.clone_from(&side);
            }
        }
        for (i, s) in self.speakers.iter_mut().enumerate() {
            s.id = i;
            s.mentions.sort();
        }
        self.speakers
    }
}

/// Whether `long` ends with the word(s) `short` ("Karen Doyle" ends with
/// "Doyle"), ignoring ASCII case.
fn ends_with_word(long: &str, short: &str) -> bool {
    long.len() > short.len()
        && long.is_char_boundary(long.len() - short.len())
        && long[long.len() - short.len()..].eq_ignore_ascii_case(short)
        && long[..long.len() - short.len()].ends_with(' ')
}

/// The keys a name is filed under: its first and its last word, lower case.
fn name_keys(name: &str) -> impl Iterator<Item = String> + '_ {
    let mut words = name.split_whitespace();
    let first = words.next();
    let last = words.next_back();
    first.into_iter().chain(last).map(str::to_lowercase)
}

/// Whether `short` is the family name of `long` written family name first,
/// as Chinese, Korean, Vietnamese and Hungarian names are in English
/// ("Zhao" of "Zhao Lijian", "Mao" of "Mao Ning"): `long` is two words and
/// `short` its first.
fn family_name_first(long: &str, short: &str) -> bool {
    let mut words = long.split(' ');
    matches!(
        (words.next(), words.next(), words.next()),
        (Some(first), Some(_), None) if first.eq_ignore_ascii_case(short)
    )
}

/// Whether a speaker is a government body or a government's spokesperson
/// or official (not a state named as a whole, not an outlet): the kind of
/// speaker whose party is the document's side.
pub(super) fn speaks_for_government(s: &Speaker<'_>) -> bool {
    match s.role {
        SpeakerRole::Spokesperson | SpeakerRole::Official => true,
        SpeakerRole::Organization => s.name.as_ref().is_none_or(|n| {
            crate::lexicon::parties::BODY_HEADS
                .iter()
                .any(|h| n.contains(h))
        }),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_of_ideographs_is_chinese() {
        assert!(Registry::new("外交部发言人汪文斌表示，中方坚决反对。").han);
        assert!(Registry::new("中方 said it. 中方表示反对。").han);
    }

    #[test]
    fn a_text_of_letters_is_not() {
        assert!(!Registry::new("The Mission said so.").han);
        assert!(!Registry::new("").han);
        assert!(!Registry::new("©é — “quoted,” said the Mission").han);
        // A few ideographs in English prose do not make it Chinese.
        assert!(!Registry::new("The word 中方 means the Chinese side.").han);
    }

    #[test]
    fn names_merge_by_their_last_word_and_family_name() {
        let mut reg = Registry::new("");
        let names = [
            "Zhao Lijian",
            "Zhao",
            "Karen Doyle",
            "Doyle",
            "Lijian Zhao Wei",
        ];
        let ids: Vec<usize> = (0..names.len())
            .map(|k| {
                let role = SpeakerRole::Spokesperson;
                reg.named(
                    Cow::Borrowed(names[k]),
                    role,
                    None,
                    None,
                    Span::new(k, k + 1),
                )
            })
            .collect();
        assert_eq!(ids, [0, 0, 1, 1, 2]);
        assert_eq!(reg.speakers[0].mentions.len(), 2);
        let journalist = reg.unnamed(SpeakerRole::Journalist, None, None, Span::new(9, 10));
        assert_eq!(journalist, 3);
        assert_eq!(reg.last(|s| s.role == SpeakerRole::Spokesperson), Some(2));
    }
}
