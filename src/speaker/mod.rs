//! Who speaks in a document: named officials, role-only speakers,
//! organisations and outlets, merged across their mentions.
//!
//! [`labels`] reads who a transcript's labels stand for into the same
//! registry.

mod labels;

use std::borrow::Cow;
use std::collections::HashMap;
use std::rc::Rc;

use crate::document::Document;
use crate::lexicon::Lexicon;
use crate::lexicon::han_phrases::HanPhrases;
use crate::lexicon::speakers as lx;
use crate::lexicon::titles::TitleList;
use crate::party::{PartyMention, SentenceMentions};
use crate::text::{Kind, Tok};
use crate::{Party, Quote, Span, Turn};

/// Someone who speaks in the document, merged across mentions
/// ("spokesperson Zhao Lijian", "Zhao Lijian:", "the spokesperson", "he").
///
/// ```
/// let text = "2021-07-21\n\nSpokesperson Zhao Lijian said China firmly opposes it.";
/// let statement = demarche::analyze(text);
/// for speaker in &statement.speakers {
///     assert!(!speaker.mentions.is_empty());
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Speaker<'a> {
    /// Index of this speaker in [`Statement::speakers`](crate::Statement::speakers).
    pub id: usize,
    /// The name ("Zhao Lijian", "Reuters"), or `None` for a role-only
    /// speaker ("a spokesperson for the Foreign Ministry").
    pub name: Option<Cow<'a, str>>,
    /// What kind of speaker this is.
    pub role: SpeakerRole,
    /// The body the speaker speaks for ("Ministry of Foreign Affairs").
    pub affiliation: Option<Cow<'a, str>>,
    /// The party the speaker stands for, when known.
    pub party: Option<Party>,
    /// Every mention, in document order.
    pub mentions: Vec<Span>,
}

impl Speaker<'_> {
    /// The same speaker, owning its strings.
    ///
    /// ```
    /// let s = demarche::analyze("Q: Any comment?\nA: No.").into_owned();
    /// assert!(s.speakers.iter().all(|sp| sp.id < s.speakers.len()));
    /// ```
    #[must_use]
    pub fn into_owned(self) -> Speaker<'static> {
        Speaker {
            id: self.id,
            name: self.name.map(|n| Cow::Owned(n.into_owned())),
            role: self.role,
            affiliation: self.affiliation.map(|a| Cow::Owned(a.into_owned())),
            party: self.party,
            mentions: self.mentions,
        }
    }
}

/// What kind of speaker someone is.
///
/// ```
/// assert_ne!(demarche::SpeakerRole::Spokesperson, demarche::SpeakerRole::Journalist);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum SpeakerRole {
    /// A spokesperson or press secretary.
    Spokesperson,
    /// A journalist asking a question.
    Journalist,
    /// An official speaking for a government (a minister, "a US official").
    Official,
    /// A government, ministry, mission or other body speaking as itself.
    Organization,
    /// A news outlet ("Reuters reported").
    Outlet,
    /// The author of the document.
    Author,
    /// Anyone else.
    Unknown,
}

/// Finds the speakers of a segmented document with the transcript turns
/// and quotations that point at them: labels and prose attributions are
/// read in document order, so that "he", "it", "the Mission" and "the
/// spokesperson" point back to the last fitting speaker.
///
/// Also returns the party mentions of every sentence, for the accusation
/// scanner: they are found on the way, from the same tokens the speakers
/// are read in, so no sentence is tokenized twice.
pub(crate) fn extract<'a>(
    doc: &Document<'a>,
) -> (
    Vec<Speaker<'a>>,
    Vec<Turn<'a>>,
    Vec<Quote>,
    SentenceMentions,
) {
    let labels = crate::turn::find_labels(doc);
    let mut reg = Registry::new(doc.text);
    let mut reader = SentenceReader {
        doc,
        cache: SentenceMentions::default(),
        toks: Vec::new(),
    };
    let mut label_speakers = Vec::with_capacity(labels.len());
    let mut next_label = 0;
    // A headline that names the speaker ("Press Briefing by Press
    // Secretary Karen Doyle") gives the full name later labels point to.
    if let Some(headline) = &doc.header.headline {
        reader.read(&mut reg, headline.span);
    }
    for &paragraph in &doc.paragraphs {
        while next_label < labels.len() && labels[next_label].span.start < paragraph.end {
            label_speakers.push(labels::label_speaker(&labels[next_label], &mut reg));
            next_label += 1;
        }
        for &sentence in doc.sentences_in(paragraph) {
            // A "sentence" of megabytes (a page with no full stop) is read
            // in bounded pieces, as the mention cache reads it, so its
            // tokens never outgrow a few kilobytes.
            for piece in crate::text::clause::windows(doc.text, sentence) {
                reader.read(&mut reg, piece);
            }
        }
    }
    while next_label < labels.len() {
        label_speakers.push(labels::label_speaker(&labels[next_label], &mut reg));
        next_label += 1;
    }
    let mut cache = reader.cache;
    cache.finish(doc);
    let turns = crate::turn::build(doc, &labels, &label_speakers);
    let quotes = crate::quote::extract(doc, &reg.speakers);
    (reg.finish(), turns, quotes, cache)
}

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

/// Hands each sentence to the registry with its tokens and party mentions,
/// filling the mention cache on the way.
struct SentenceReader<'d, 'a> {
    doc: &'d Document<'a>,
    cache: SentenceMentions,
    /// The token buffer, reused across sentences.
    toks: Vec<Tok>,
}

impl SentenceReader<'_, '_> {
    /// Reads the attributions of `sentence` into `reg`.
    fn read(&mut self, reg: &mut Registry<'_>, sentence: Span) {
        // The cache tokenizes the sentences up to this one; when this one
        // is among them, whole, its tokens are already in the buffer.
        if !self.cache.scan_through(self.doc, sentence, &mut self.toks) {
            self.toks.clear();
            crate::text::tokenize_into(self.doc.text, sentence, &mut self.toks);
        }
        reg.sentence(sentence, &self.toks, self.cache.mentions(sentence));
    }
}

/// The speakers found so far, and which was mentioned last.
#[derive(Debug)]
pub(crate) struct Registry<'a> {
    text: &'a str,
    pub(crate) speakers: Vec<Speaker<'a>>,
    /// Speaker ids in the order of their mentions, the last one last.
    recent: Vec<usize>,
    /// Whether most of the text is Chinese (an unqualified 外交部 is then
    /// China's).
    han: bool,
    /// A buffer reused across sentences: the tokens that may be titles,
    /// speech verbs or "according" ([`lx::SENTENCE_CUES`]).
    cues: Vec<usize>,
    /// What each distinct subject text read so far says ([`Reading`]).
    subjects: HashMap<&'a str, Rc<Reading<'a>>>,
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
    fn new(text: &'a str) -> Registry<'a> {
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
    fn mention(&mut self, id: usize, span: Span) -> usize {
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
        self.push(Some(name), role, affiliation, party, span)
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
            None => self.push(None, role, affiliation, party, span),
        }
    }

    fn push(
        &mut self,
        name: Option<Cow<'a, str>>,
        role: SpeakerRole,
        affiliation: Option<Cow<'a, str>>,
        party: Option<Party>,
        span: Span,
    ) -> usize {
        let id = self.speakers.len();
        let named = name.is_some();
        self.speakers.push(Speaker {
            id,
            name,
            role,
            affiliation,
            party,
            mentions: vec![span],
        });
        if named {
            self.index(id);
        } else {
            self.unnamed_ids.push(id);
        }
        self.recent.push(id);
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
    fn finish(mut self) -> Vec<Speaker<'a>> {
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

    /// Reads the attributions of one sentence, given its tokens and, when
    /// known, its party mentions.
    fn sentence(&mut self, sentence: Span, toks: &[Tok], mentions: Option<&[PartyMention]>) {
        let text = self.text;
        if !text[sentence].is_ascii() {
            self.han_sentence(sentence);
        }
        let word = |i: usize| -> Option<&'a str> {
            toks.get(i)
                .filter(|t| t.kind == Kind::Word)
                .map(|t| &text[t.start..t.end])
        };
        let mut mentions = mentions.map(Cow::Borrowed);
        // One pass finds the words the two loops below may act on
        // ([`lx::SENTENCE_CUES`]); each loop still makes its own full test.
        let mut cues = std::mem::take(&mut self.cues);
        cues.clear();
        let bytes = text.as_bytes();
        let mut possessives = 0;
        for (i, t) in toks.iter().enumerate() {
            if t.kind == Kind::Word && SENTENCE_CUES.may_contain(&bytes[t.start..t.end]) {
                cues.push(i);
            }
            possessives += usize::from(t.kind == Kind::Possessive);
        }
        if possessives > 0 {
            self.authors(toks, &mut mentions, sentence);
        }
        // Spokespeople named with their title speak even without a verb
        // ("spokesperson Zhao Lijian answered a question").
        for &i in &cues {
            let Some(w) = word(i) else { continue };
            let press_secretary = w == "Secretary" && i > 0 && word(i - 1) == Some("Press");
            if !is_spokes_title(w) && !press_secretary {
                continue;
            }
            // A rank or honorific between the title and the name
            // ("Spokesperson Commodore Jay Tarriela") is no part of it.
            let mut name_start = i + 1;
            while word(name_start).is_some_and(|w| {
                lx::LABEL_TITLES.contains(&w.trim_end_matches('.').to_ascii_lowercase().as_str())
            }) {
                name_start += 1;
            }
            let mut k = name_start;
            while k < toks.len() && k < name_start + 3 && word(k).is_some_and(is_name_word) {
                k += 1;
            }
            if k > name_start && k - name_start >= 2 {
                let np = self.np_start(toks, i, &mut mentions, sentence);
                let span = Span::new(toks[np].start, toks[k - 1].end);
                let name = Span::new(toks[name_start].start, toks[k - 1].end);
                // "Press Secretary": the affiliation stands before "Press".
                let title_start = if press_secretary { i - 1 } else { i };
                let np = np.min(title_start);
                let affiliation = (np < title_start)
                    .then(|| clean_name(&text[toks[np].start..toks[title_start - 1].end]))
                    .filter(|a| !a.ends_with("by") && a.split(' ').count() <= 8);
                let party = resolve_or(&text[span], None)
                    .or_else(|| body_party(text, sentence, span.start))
                    .or_else(|| self.side());
                self.named(
                    crate::text::collapse_whitespace(&text[name]),
                    SpeakerRole::Spokesperson,
                    affiliation,
                    party,
                    span,
                );
            }
        }
        for &v in &cues {
            let Some(w) = word(v) else { continue };
            let verb = w.starts_with(|c: char| c.is_ascii_lowercase())
                && SPEECH_VERBS.contains_as_written(w)
                && (w != "pointed" || word(v + 1) == Some("out"));
            let according = w.eq_ignore_ascii_case("according") && word(v + 1) == Some("to");
            if !verb && !according {
                continue;
            }
            let np = if according {
                self.forward_np(toks, v + 2)
            } else {
                self.subject(toks, v, &mut mentions, sentence)
            };
            if let Some((a, b)) = np {
                let span = Span::new(toks[a].start, toks[b - 1].end);
                if according && is_document_source(&text[span]) {
                    continue;
                }
                self.classify(span, w);
            }
        }
        self.cues = cues;
    }

    /// People named with a title as the owners of what they said ("MI5
    /// Director General Ken McCallum's report", "Secretary Blinken's
    /// remarks"): speakers, though no verb of saying names them.
    fn authors(
        &mut self,
        toks: &[Tok],
        mentions: &mut Option<Cow<'_, [PartyMention]>>,
        sentence: Span,
    ) {
        let text = self.text;
        for p in 1..toks.len().saturating_sub(1) {
            let noun = toks[p + 1];
            if toks[p].kind != Kind::Possessive
                || noun.kind != Kind::Word
                || !lx::SPEECH_NOUNS.contains(&&text[noun.start..noun.end])
            {
                continue;
            }
            let a = self.np_start(toks, p, mentions, sentence);
            if a >= p {
                continue;
            }
            let span = Span::new(toks[a].start, toks[p - 1].end);
            let reading = Reading::of(&text[span]);
            if matches!(reading.subject, Subject::Titled { name: Some(_), .. }) {
                // The author is named, not speaking: "he" and "the
                // diplomat" later still point to the sentence's speaker.
                let recent = self.recent.clone();
                self.classify(span, "said");
                self.recent = recent;
            }
        }
    }

    /// The start of the noun phrase that ends just before token `i`
    /// ("the Chinese Ministry of Foreign Affairs" before "Spokesperson").
    fn np_start(
        &self,
        toks: &[Tok],
        i: usize,
        mentions: &mut Option<Cow<'_, [PartyMention]>>,
        sentence: Span,
    ) -> usize {
        let mut a = i;
        while a > 0 && i - a < MAX_NP_WORDS && np_word(self.text, toks[a - 1]) {
            a -= 1;
        }
        let a = self.widen(toks, a, i, mentions, sentence);
        trim_front(self.text, toks, a, i)
    }

    /// Moves `a` back to the start of a party mention that covers token
    /// `a` ("The Chinese Mission to the European Union (EU) and Chinese
    /// embassies in Norway, the UK, ...").
    fn widen(
        &self,
        toks: &[Tok],
        a: usize,
        b: usize,
        mentions: &mut Option<Cow<'_, [PartyMention]>>,
        sentence: Span,
    ) -> usize {
        if a >= b {
            return a;
        }
        let ms = mentions
            .get_or_insert_with(|| Cow::Owned(crate::party::find_mentions(self.text, sentence)));
        let at = toks[a].start;
        match covering(ms, at) {
            Some(m) => toks.partition_point(|t| t.start < m.span.start),
            None => a,
        }
    }

    /// The subject of the verb at token `v`: before it ("the Mission
    /// said", "Assange, a founder of ..., once revealed") or after it
    /// (", said the Mission").
    fn subject(
        &self,
        toks: &[Tok],
        v: usize,
        mentions: &mut Option<Cow<'_, [PartyMention]>>,
        sentence: Span,
    ) -> Option<(usize, usize)> {
        let text = self.text;
        let mut j = self.skip_adverbs(toks, v);
        // A relative clause: "Representative Bowers this morning, who now
        // says" has its subject before the comma.
        let relative = j >= 2
            && &text[toks[j - 1].start..toks[j - 1].end] == "who"
            && &text[toks[j - 2].start..toks[j - 2].end] == ",";
        if relative {
            j = self.skip_adverbs(toks, j - 2);
        }
        // Inverted order after a quotation or a clause: ", said the Mission".
        let prev = j.checked_sub(1).map(|p| &text[toks[p].start..toks[p].end]);
        if j == v && matches!(prev, Some("," | "\"" | "”" | "’" | "'")) || j == 0 {
            if let Some(np) = self
                .forward_np(toks, v + 1)
                .filter(|&(_, b)| self.closes_inverted_subject(toks, b))
            {
                return Some(np);
            }
        }
        if prev == Some(",") {
            // An apposition: "Assange, a founder of Wikileaks, once revealed".
            let mut k = j - 1;
            let limit = k.saturating_sub(10);
            while k > limit && text[toks[k - 1].start..toks[k - 1].end] != *"," {
                k -= 1;
            }
            if k > limit && k >= 2 {
                let end = k - 1;
                let mut a = end;
                while a > 0 && end - a < MAX_NP_WORDS && np_word(text, toks[a - 1]) {
                    a -= 1;
                }
                let a = trim_front(text, toks, a, end);
                return (a < end).then_some((a, end));
            }
            return None;
        }
        let mut a = j;
        while a > 0 && j - a < MAX_NP_WORDS && np_word(text, toks[a - 1]) {
            a -= 1;
        }
        let a = self.widen(toks, a, j, mentions, sentence);
        let a = trim_front(text, toks, a, j);
        // The antecedent of "who" may be an object ("I spoke with Senator
        // Lee, who says").
        (a < j && (relative || !self.prepositional_object(toks, a))).then_some((a, j))
    }

    /// The first token before the verb at `v` that is no adverb, weekday
    /// or day number standing between a subject and its verb ("has
    /// repeatedly said", "today recommended", "on Monday said").
    fn skip_adverbs(&self, toks: &[Tok], v: usize) -> usize {
        let text = self.text;
        let mut j = v;
        let mut skipped = 0;
        while j > 0 && skipped < 5 {
            let t = toks[j - 1];
            let w = &text[t.start..t.end];
            // "said in a statement" puts a document between a subject and
            // its verb; "the statement says" makes it the subject.
            let determined = j >= 2
                && matches!(
                    &text[toks[j - 2].start..toks[j - 2].end],
                    "the" | "The" | "this" | "This" | "its" | "Its"
                );
            if determined && lx::DOCUMENT_NOUNS.contains(&w) {
                break;
            }
            if t.kind == Kind::Word
                && (ADVERBS.contains_as_written(w)
                    || is_weekday(w)
                    || (w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit())))
            {
                j -= 1;
                skipped += 1;
                continue;
            }
            break;
        }
        j
    }

    /// Whether the noun phrase of an inverted attribution, ending before
    /// token `b`, closes there (", said the Mission." or ", said the
    /// Mission on Tuesday"): a word of its own after it makes it the
    /// subject of a clause ("said the White House is not working").
    fn closes_inverted_subject(&self, toks: &[Tok], b: usize) -> bool {
        toks.get(b).is_none_or(|t| {
            t.kind != Kind::Word || {
                let w = &self.text[t.start..t.end];
                AFTER_INVERTED_SUBJECT.contains_as_written(w)
            }
        })
    }

    /// Whether the noun phrase starting at token `a` is the object of a
    /// preposition after a common noun ("vulnerabilities in Microsoft
    /// Exchange Server disclosed in March"): then the verb after it is a
    /// participle, and the noun phrase no speaker.
    fn prepositional_object(&self, toks: &[Tok], a: usize) -> bool {
        let word = |i: usize| {
            let t = toks[i];
            (t.kind == Kind::Word).then(|| &self.text[t.start..t.end])
        };
        let lowercase = |w: &str| w.starts_with(|c: char| c.is_ascii_lowercase());
        // "required to report confirmed incidents": a lower-case word after
        // "to" is a verb or an object, never a subject.
        let after_to = a >= 1 && word(a - 1) == Some("to") && word(a).is_some_and(lowercase);
        after_to
            || a >= 2
                && word(a - 1).is_some_and(|w| PREPOSITIONS.contains_as_written(w))
                && word(a - 2).is_some_and(lowercase)
    }

    /// A noun phrase starting at token `i` ("the Mission", "spokesperson
    /// Zhao Lijian", "Reuters").
    fn forward_np(&self, toks: &[Tok], i: usize) -> Option<(usize, usize)> {
        let mut b = i;
        while b < toks.len() && b < i + 10 && np_word(self.text, toks[b]) {
            b += 1;
        }
        // No trailing connector ("the Mission of").
        while b > i && is_connector(&self.text[toks[b - 1].start..toks[b - 1].end]) {
            b -= 1;
        }
        (b > i).then_some((i, b))
    }

    /// Registers the subject at `span` as a speaker, if it is one: what
    /// its words say is read once per distinct subject text ([`Subject`]),
    /// and applied here to the speakers read so far.
    fn classify(&mut self, span: Span, verb: &str) {
        let raw = &self.text[span];
        let reading = match self.subjects.get(raw) {
            Some(r) => Rc::clone(r),
            None => {
                let r = Rc::new(Reading::of(raw));
                self.subjects.insert(raw, Rc::clone(&r));
                r
            }
        };
        let org_like =
            |s: &Speaker<'_>| matches!(s.role, SpeakerRole::Organization | SpeakerRole::Outlet);
        let back = match reading.subject {
            Subject::Nobody => return,
            Subject::It => Some(self.last(org_like)),
            Subject::HeOrShe => {
                Some(self.last(|s| !org_like(s) && s.role != SpeakerRole::Journalist))
            }
            Subject::Document => Some(self.last(|s| {
                matches!(
                    s.role,
                    SpeakerRole::Organization | SpeakerRole::Spokesperson | SpeakerRole::Official
                )
            })),
            _ => None,
        };
        if let Some(found) = back {
            if let Some(id) = found {
                self.mention(id, span);
            }
            return;
        }
        if verb.eq_ignore_ascii_case("accused") && reading.parties.is_empty() {
            return;
        }
        match &reading.subject {
            Subject::Named { name, role, party } => {
                self.named(name.clone(), *role, None, party.clone(), span);
            }
            Subject::Titled {
                role,
                definite,
                generic,
                affiliation,
                name,
            } => {
                if *definite {
                    if let Some(id) = self.last(|s| s.role == *role).filter(|_| !generic) {
                        self.mention(id, span);
                        return;
                    }
                    // "Spokeswoman Maria Zakharova said ... According to the
                    // diplomat": a generic role noun with "the" points back
                    // to the last person named who speaks for a government.
                    if let Some(id) = self.last(|s| {
                        s.name.is_some()
                            && matches!(s.role, SpeakerRole::Spokesperson | SpeakerRole::Official)
                    }) {
                        self.mention(id, span);
                        return;
                    }
                    // "Maria Zakharova said ... The diplomat added": a role
                    // noun with "the" points back to the last person named
                    // whose role was not known, and tells it.
                    if let Some(id) =
                        self.last(|s| s.role == SpeakerRole::Unknown && s.name.is_some())
                    {
                        self.speakers[id].role = *role;
                        self.mention(id, span);
                        return;
                    }
                }
                let party = reading.parties.first().cloned().or_else(|| self.side());
                match name {
                    Some(name) => {
                        self.named(name.clone(), *role, affiliation.clone(), party, span);
                    }
                    None => {
                        self.unnamed(*role, affiliation.clone(), party, span);
                    }
                }
            }
            Subject::Outlet => {
                self.unnamed(SpeakerRole::Outlet, None, None, span);
            }
            Subject::Body { head, name, civil } => {
                if let Some(id) = self.last(|s| {
                    s.role == SpeakerRole::Organization
                        && s.name
                            .as_ref()
                            .is_some_and(|n| n.to_lowercase().contains(head.as_str()))
                }) {
                    self.mention(id, span);
                    return;
                }
                let party = if *civil { None } else { self.side() };
                match name {
                    Some(name) => {
                        self.named(name.clone(), SpeakerRole::Organization, None, party, span);
                    }
                    None => {
                        self.unnamed(SpeakerRole::Organization, None, party, span);
                    }
                }
            }
            Subject::Nobody | Subject::It | Subject::HeOrShe | Subject::Document => {}
        }
    }

    /// Chinese attributions: "外交部发言人汪文斌表示", "美方称".
    fn han_sentence(&mut self, sentence: Span) {
        let text = self.text;
        let s = &text[sentence];
        self.han_titled(sentence);
        self.han_reported(sentence);
        if !HAN_SPEECH_VERBS.may_occur_in(s) {
            return;
        }
        for verb in HAN_SPEECH_VERBS.words() {
            let mut from = 0;
            while let Some(pos) = s[from..].find(verb) {
                let at = from + pos;
                from = at + verb.len();
                // The subject: the run of ideographs before the verb.
                let before = &s[..at];
                let start = before
                    .char_indices()
                    .rev()
                    .take_while(|&(_, c)| crate::text::is_ideograph(c) || c.is_ascii_alphanumeric())
                    .take(16)
                    .last()
                    .map_or(at, |(i, _)| i);
                if start == at {
                    continue;
                }
                let subject = strip_han_time(&s[start..at]);
                let span = Span::new(
                    sentence.start + start,
                    sentence.start + start + subject.len(),
                );
                let title = lx::HAN_SPOKESPERSON
                    .iter()
                    .find_map(|t| subject.find(t).map(|p| (p, t.len())));
                if let Some((p, title_len)) = title {
                    let name = &subject[p + title_len..];
                    let party = resolve_or(&subject[..p], self.side());
                    let affiliation = (p > 0).then(|| Cow::Borrowed(&subject[..p]));
                    let n = name.chars().count();
                    if (2..=4).contains(&n) {
                        self.named(
                            Cow::Borrowed(name),
                            SpeakerRole::Spokesperson,
                            affiliation,
                            party,
                            span,
                        );
                    } else if n == 0 {
                        self.unnamed(SpeakerRole::Spokesperson, affiliation, party, span);
                    }
                    continue;
                }
                if let Some((at, &(_, code))) = crate::lexicon::outlets::ending(subject) {
                    let party = code.map(Party::from_static);
                    let name = Cow::Owned(subject[at..].to_owned());
                    self.named(name, SpeakerRole::Outlet, None, party, span);
                    continue;
                }
                // A name said before with its title ("外交部发言人赵立坚
                // ... 赵立坚说"): the subject ends with a speaker's name.
                if let Some(id) = self.speakers.iter().position(|sp| {
                    sp.name.as_deref().is_some_and(|n| {
                        n.chars().count() >= 2
                            && n.chars().all(crate::text::is_ideograph)
                            && subject.ends_with(n)
                    })
                }) {
                    let n = self.speakers[id].name.as_deref().map_or(0, str::len);
                    self.mention(id, Span::new(span.end - n, span.end));
                    continue;
                }
                let ms = crate::party::find_mentions(s, Span::new(start, at));
                if let Some(m) = ms.last().filter(|m| m.span.end == at) {
                    if let Some(p) = m.parties.first() {
                        let name = short_name(p).map_or(Cow::Borrowed(&s[m.span]), Cow::Borrowed);
                        let span =
                            Span::new(sentence.start + m.span.start, sentence.start + m.span.end);
                        self.named(name, SpeakerRole::Organization, None, Some(p.clone()), span);
                    }
                }
            }
        }
    }
}

impl Registry<'_> {
    /// The reporters of a Chinese report of a press conference: the outlet
    /// it is told by ("据北京日报", "据新华社报道"), the journalist who asks
    /// ("有记者提问", with the outlet before it when named: "路透社记者问"),
    /// and a body that publishes ("中国网络空间安全协会今天发布了").
    fn han_reported(&mut self, sentence: Span) {
        let text = self.text;
        let s = &text[sentence];
        let run_after = |at: usize| {
            let len: usize = s[at..]
                .chars()
                .take_while(|&c| crate::text::is_ideograph(c))
                .take(12)
                .map(char::len_utf8)
                .sum();
            &s[at..at + len]
        };
        // "据X", "据X报道": the outlet the report is told by.
        for (at, _) in s.match_indices('据').chain(s.match_indices('據')) {
            let from = at + '据'.len_utf8();
            let run = run_after(from);
            let name = ["报道", "報道", "報導", "消息"]
                .iter()
                .find_map(|v| run.find(v).map(|i| &run[..i]))
                .unwrap_or(run);
            if crate::lexicon::outlets::looks_like(name) {
                let party = crate::lexicon::outlets::find(name)
                    .and_then(|&(_, c)| c.map(Party::from_static));
                let span = Span::new(sentence.start + from, sentence.start + from + name.len());
                self.named(Cow::Borrowed(name), SpeakerRole::Outlet, None, party, span);
            }
        }
        // "有记者提问": a journalist, unnamed.
        for asks in lx::HAN_JOURNALIST_ASKS {
            for (at, _) in s.match_indices(asks) {
                // The mention is the noun, "记者", without the verb.
                let noun = asks.char_indices().nth(2).map_or(asks.len(), |(i, _)| i);
                let span = Span::new(sentence.start + at, sentence.start + at + noun);
                self.unnamed(SpeakerRole::Journalist, None, None, span);
            }
        }
        // "协会今天发布了": a body publishes.
        for verb in lx::HAN_PUBLISHING_VERBS {
            for (at, _) in s.match_indices(verb) {
                let end = strip_han_time(&s[..at]).len();
                let start = s[..end]
                    .char_indices()
                    .rev()
                    .take_while(|&(_, c)| crate::text::is_ideograph(c))
                    .take(16)
                    .last()
                    .map_or(end, |(i, _)| i);
                let name = &s[start..end];
                if name.chars().count() >= 4
                    && lx::HAN_BODY_ENDINGS.iter().any(|e| name.ends_with(e))
                {
                    let party = resolve_or(name, None);
                    let span = Span::new(sentence.start + start, sentence.start + end);
                    self.named(
                        Cow::Borrowed(name),
                        SpeakerRole::Organization,
                        None,
                        party,
                        span,
                    );
                }
            }
        }
    }

    /// Spokespeople named after their title, with or without a verb
    /// ("外交部发言人赵立坚主持例行记者会", "發言人毛寧表示"): the office before
    /// the title is the affiliation, and the name is the two or three
    /// ideographs after it, as far as [`han_name_len`] reads.
    fn han_titled(&mut self, sentence: Span) {
        let text = self.text;
        let s = &text[sentence];
        for title in lx::HAN_SPOKESPERSON {
            let mut from = 0;
            while let Some(pos) = s[from..].find(title) {
                let at = from + pos;
                from = at + title.len();
                let rest = &s[from..];
                let Some(n) = han_name_len(rest) else {
                    continue;
                };
                let name = &rest[..n];
                // The office: the ideographs before the title.
                let office_start = s[..at]
                    .char_indices()
                    .rev()
                    .take_while(|&(_, c)| crate::text::is_ideograph(c))
                    .take(12)
                    .last()
                    .map_or(at, |(i, _)| i);
                // A date glued before the office ("9月13日外交部") is no
                // part of it.
                let office_start =
                    office_start + crate::text::after_glued_date(&s[office_start..at]);
                let office = &s[office_start..at];
                let party = resolve_or(office, self.side());
                let affiliation = (!office.is_empty()).then_some(Cow::Borrowed(office));
                let span = Span::new(sentence.start + office_start, sentence.start + from + n);
                self.named(
                    Cow::Borrowed(name),
                    SpeakerRole::Spokesperson,
                    affiliation,
                    party,
                    span,
                );
            }
        }
    }
}

/// `s` without the words of time that end it ("中国协会今天" gives "中国协会").
fn strip_han_time(mut s: &str) -> &str {
    while let Some(w) = lx::HAN_TIME_WORDS.iter().find(|w| s.ends_with(*w)) {
        s = &s[..s.len() - w.len()];
    }
    s
}

/// The length in bytes of the Chinese personal name that opens `rest`:
/// two or three ideographs, the length after which the text goes on with
/// a word that follows names in statements (a speech verb, 主持, 在, 就,
/// 应询, a date), or ends. `None` when no length fits.
fn han_name_len(rest: &str) -> Option<usize> {
    /// Words that follow a spokesperson's name: what they do, and when.
    const NEXT: &[&str] = &[
        "主持", "在", "就", "应询", "應詢", "答", "回答", "宣布", "对", "對", "于", "於", "今天",
        "昨天", "日前", "近日", "当天", "當天", "也", "还", "還", "则", "則", "再次", "当日",
        "當日",
    ];
    // "外交部发言人表示": no name, the verb follows the title.
    if NEXT
        .iter()
        .chain(lx::HAN_SPEECH_VERBS)
        .chain(lx::HAN_TIME_WORDS)
        .any(|w| rest.starts_with(w))
    {
        return None;
    }
    let ends: Vec<usize> = rest
        .char_indices()
        .take(4)
        .take_while(|&(_, c)| crate::text::is_ideograph(c))
        .map(|(i, c)| i + c.len_utf8())
        .collect();
    let fits = |end: usize| {
        let after = &rest[end..];
        after.is_empty()
            || !after.starts_with(crate::text::is_ideograph)
            || after.starts_with(|c: char| c.is_ascii_digit())
            || NEXT
                .iter()
                .chain(lx::HAN_SPEECH_VERBS)
                .chain(lx::HAN_TIME_WORDS)
                .any(|w| after.starts_with(w))
            || after.starts_with(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'])
    };
    // Two ideographs before three: a three-ideograph name followed by a
    // fitting word would have its third char start that word only by chance.
    [1, 2]
        .into_iter()
        .filter_map(|k| ends.get(k).copied())
        .find(|&end| fits(end))
}

/// What the words of a subject say, before the speakers read so far are
/// consulted: the part of [`Registry::classify`] that depends only on the
/// subject's text, so it is read once per distinct text.
#[derive(Debug)]
struct Reading<'a> {
    /// The parties the subject names ([`crate::party::resolve`] of it
    /// without its article).
    parties: Vec<Party>,
    subject: Subject<'a>,
}

/// The kind of subject a [`Reading`] found.
#[derive(Debug)]
enum Subject<'a> {
    /// No speaker ("they", "the report").
    Nobody,
    /// "it": the last organisation or outlet.
    It,
    /// "he", "she": the last person.
    HeOrShe,
    /// "the statement": the last body or official.
    Document,
    /// A speaker by name ("Reuters", "WikiLeaks", "China", "Assange").
    Named {
        name: Cow<'a, str>,
        role: SpeakerRole,
        party: Option<Party>,
    },
    /// A speaker by title ("a spokesperson for the Foreign Ministry",
    /// "Foreign Secretary Alice Marsh"); `definite` when the words are only
    /// "the" and the title ("the spokesperson"), which points back.
    Titled {
        role: SpeakerRole,
        definite: bool,
        /// A title any government's speaker holds ("the diplomat", "the
        /// official"; [`lx::GENERIC_TITLES`]), not one office.
        generic: bool,
        affiliation: Option<Cow<'a, str>>,
        name: Option<Cow<'a, str>>,
    },
    /// An outlet by a noun ("the newspaper").
    Outlet,
    /// A body without a party ("the Mission"): the last body whose name
    /// has `head`, else a new one.
    Body {
        head: String,
        name: Option<Cow<'a, str>>,
        /// A body outside government ([`lx::CIVIL_BODY_NOUNS`]): it does
        /// not speak for the document's side.
        civil: bool,
    },
}

impl<'a> Reading<'a> {
    /// What the subject `raw` says.
    fn of(raw: &str) -> Reading<'a> {
        let np = crate::text::collapse_whitespace(raw);
        let bare = strip_det(&np);
        let lower = bare.to_lowercase();
        let first = lower.split(' ').next().unwrap_or("");
        let nobody = Reading {
            parties: Vec::new(),
            subject: Subject::Nobody,
        };
        // Words that point back come first: "the statement" names no
        // speaker of its own, but speaks for the body that issued it.
        let pointer = match lower.as_str() {
            "it" => Some(Subject::It),
            "he" | "she" => Some(Subject::HeOrShe),
            _ if lx::DOCUMENT_NOUNS.contains(&lower.as_str()) => Some(Subject::Document),
            _ => None,
        };
        if let Some(subject) = pointer {
            return Reading {
                parties: Vec::new(),
                subject,
            };
        }
        if bare.is_empty() || lx::NOT_SPEAKERS.contains(&first) {
            return nobody;
        }
        let parties = crate::party::resolve(bare);
        let subject = Reading::subject(&np, bare, &lower, &parties);
        Reading { parties, subject }
    }

    /// The subject of a noun phrase `np` that is no pronoun: `bare` is `np`
    /// without its article, `lower` that in lower case, `parties` the
    /// parties `bare` names.
    fn subject(np: &str, bare: &str, lower: &str, parties: &[Party]) -> Subject<'a> {
        // Outlets by name.
        // The name as the outlet writes it: "The Hill" keeps its article,
        // "the Associated Press" does not.
        // `bare` is a suffix of `np`: as long, it is the same name, already
        // looked up.
        // An outlet is named with a capital ("the diplomat" is no
        // magazine). The name as the outlet writes it: "The Hill" keeps its
        // article, "the New York Times" (a lower-case article) does not.
        let outlet = std::iter::once(np)
            .chain((bare.len() != np.len()).then_some(bare))
            .find_map(|name| Some((name, crate::lexicon::outlets::find(name)?)))
            .filter(|_| !bare.starts_with(char::is_lowercase));
        if let Some((name, &(_, code))) = outlet {
            let name = if np.starts_with("the ") { bare } else { name };
            return Subject::Named {
                name: Cow::Owned(name.to_owned()),
                role: SpeakerRole::Outlet,
                party: code.map(Party::from_static),
            };
        }
        if let Some(o) = lx::ORGANISATIONS
            .iter()
            .find(|o| o.eq_ignore_ascii_case(bare))
        {
            return Subject::Named {
                name: Cow::Borrowed(o),
                role: SpeakerRole::Organization,
                party: None,
            };
        }
        let words: Vec<&str> = lower.split(' ').collect();
        // Titles: "a spokesperson for the Foreign Ministry", "A US official".
        if let Some(&(title, role)) = TITLES.find(lower) {
            let role = match role {
                lx::Role::Spokesperson => SpeakerRole::Spokesperson,
                lx::Role::Official => SpeakerRole::Official,
            };
            let definite = words.len() <= 2
                && (np.starts_with("the ") || np.starts_with("The "))
                && words.len() == title.split(' ').count();
            // Where the title first stands in `bare`, as `affiliation_at`
            // would find it.
            let at = title_in(bare, title);
            let affiliation = at
                .and_then(|i| affiliation_at(bare, i, title))
                .map(|a| Cow::Owned(a.to_string()));
            // "Foreign Secretary Alice Marsh": the words after the title name her.
            let mut after = at.map_or("", |i| &bare[i + title.len()..]).trim();
            // A rank or honorific after the title is no part of the name
            // ("Spokesperson Commodore Jay Tarriela").
            while let Some((first, rest)) = after.split_once(' ') {
                let key = first.trim_end_matches('.').to_ascii_lowercase();
                if !lx::LABEL_TITLES.contains(&key.as_str()) {
                    break;
                }
                after = rest.trim_start();
            }
            let n = after.split(' ').count();
            let name = (!after.is_empty() && n <= 3 && after.split(' ').all(is_name_word))
                .then(|| Cow::Owned(after.to_string()));
            return Subject::Titled {
                role,
                definite,
                generic: lx::GENERIC_TITLES.contains(&title),
                affiliation,
                name,
            };
        }
        let state_body = words.iter().any(|w| lx::ORG_NOUNS.contains(w));
        let civil_body = words.iter().any(|w| lx::CIVIL_BODY_NOUNS.contains(w));
        let has_body = state_body || civil_body;
        if words.iter().any(|w| lx::OUTLET_NOUNS.contains(w)) && !has_body {
            return Subject::Outlet;
        }
        if has_body && parties.is_empty() {
            // "the Mission", "the Foreign Ministry": the last body so named.
            let head = words.last().copied().unwrap_or("").to_string();
            let name = (bare.starts_with(char::is_uppercase) && words.len() > 1)
                .then(|| Cow::Owned(clean_name(bare).into_owned()));
            return Subject::Body {
                head,
                name,
                civil: !state_body,
            };
        }
        if let Some(principal) = parties.first() {
            let whole_state = crate::party::find_mentions(bare, Span::new(0, bare.len()))
                .first()
                .is_some_and(|m| m.span.start == 0 && m.span.end == bare.len())
                && !has_body
                && words.len() <= 4;
            if !has_body && !whole_state {
                // "Chinese hackers", "US officials" without a title: not a
                // speaker we can name.
                return Subject::Nobody;
            }
            // A body named alone ("the OHCHR", "the Pentagon") keeps its
            // name; a state or organisation by any of its names ("the
            // Alliance", "the European Union") takes its short one.
            let body_form = crate::lexicon::parties::BODIES
                .iter()
                .any(|(form, _)| form.eq_ignore_ascii_case(bare));
            let name = if (whole_state || parties.len() > 1 && !has_body) && !body_form {
                short_name(principal)
                    .map_or_else(|| Cow::Owned(clean_name(bare).into_owned()), Cow::Borrowed)
            } else {
                Cow::Owned(clean_name(bare).into_owned())
            };
            return Subject::Named {
                name,
                role: SpeakerRole::Organization,
                party: Some(principal.clone()),
            };
        }
        // A proper name: "Assange".
        if bare.split(' ').all(is_name_word) && bare.split(' ').count() <= 4 {
            return Subject::Named {
                name: Cow::Owned(bare.to_string()),
                role: SpeakerRole::Unknown,
                party: None,
            };
        }
        Subject::Nobody
    }
}

/// The earliest of the mentions `ms` (sorted by start) that covers byte
/// `at` strictly inside it. A binary search finds the mentions that start
/// before `at`; only the last few of them can reach it (mentions are a
/// handful of words and barely overlap), so a sentence with thousands of
/// cues costs a logarithm per cue, not a pass over every mention.
fn covering(ms: &[PartyMention], at: usize) -> Option<&PartyMention> {
    const REACH_BACK: usize = 8;
    let before = ms.partition_point(|m| m.span.start < at);
    ms[before.saturating_sub(REACH_BACK)..before]
        .iter()
        .find(|m| at < m.span.end)
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
fn speaks_for_government(s: &Speaker<'_>) -> bool {
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

/// Whether a word is a spokesperson's title that a name may follow, in
/// lower case or capitalised.
fn is_spokes_title(w: &str) -> bool {
    matches!(
        w,
        "spokesperson" | "Spokesperson" | "spokesman" | "Spokesman" | "spokeswoman" | "Spokeswoman"
    )
}

/// A capitalised word that can be part of a person's name (not a party,
/// not a body, not a function word).
fn is_name_word(w: &str) -> bool {
    w.starts_with(char::is_uppercase)
        && w.chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '.' || c == '\'')
        && !crate::party::is_party_word(w)
        && !crate::lexicon::parties::BODY_HEADS.contains(&w)
        && !matches!(
            w,
            "The"
                | "A"
                | "An"
                | "This"
                | "That"
                | "It"
                | "He"
                | "She"
                | "We"
                | "They"
                | "I"
                | "In"
                | "On"
                | "At"
                | "But"
                | "And"
                | "However"
                | "Ministry"
                | "Foreign"
                | "Affairs"
                | "Spokesperson"
                | "Press"
                | "Secretary"
                | "Minister"
                | "Monday"
                | "Tuesday"
                | "Wednesday"
                | "Thursday"
                | "Friday"
                | "Saturday"
                | "Sunday"
        )
}

/// Whether a token can be part of a subject noun phrase.
fn np_word(text: &str, t: Tok) -> bool {
    let w = &text[t.start..t.end];
    match t.kind {
        Kind::Possessive => true,
        Kind::Han => false,
        Kind::Punct => matches!(w, "-" | "(" | ")" | "&"),
        Kind::Word => {
            w.starts_with(char::is_uppercase)
                || w.starts_with(|c: char| c.is_ascii_digit()) && w.len() <= 3
                || is_connector(w)
                || matches!(
                    w,
                    "the"
                        | "a"
                        | "an"
                        | "it"
                        | "he"
                        | "she"
                        | "senior"
                        | "foreign"
                        | "federal"
                        | "anti-secrecy"
                )
                || OUTLET_NOUNS.contains_as_written(w)
                || ORG_NOUNS.contains_as_written(w)
                || CIVIL_BODY_NOUNS.contains_as_written(w)
                || lx::DOCUMENT_NOUNS.contains(&w)
                || lx::TITLES.iter().any(|(t, _)| *t == w)
        }
    }
}

/// The most words a speaker's noun phrase runs back from its verb or title
/// ("the Chinese Ministry of Foreign Affairs Spokesperson" has seven): a
/// longer run of capitalised words is no one name, and the bound keeps a
/// sentence of thousands of cues linear.
const MAX_NP_WORDS: usize = 14;

/// The words of [`lx::SENTENCE_CUES`], whose shapes pick the tokens the
/// rules of a sentence act on.
static SENTENCE_CUES: Lexicon = Lexicon::new(&lx::SENTENCE_CUES);
/// The lexicons of [`lx`] the rules look single words up in, as written.
static SPEECH_VERBS: Lexicon = Lexicon::new(lx::SPEECH_VERBS);
static ADVERBS: Lexicon = Lexicon::new(lx::ADVERBS);
static OUTLET_NOUNS: Lexicon = Lexicon::new(lx::OUTLET_NOUNS);
static ORG_NOUNS: Lexicon = Lexicon::new(lx::ORG_NOUNS);
static CIVIL_BODY_NOUNS: Lexicon = Lexicon::new(lx::CIVIL_BODY_NOUNS);
static PREPOSITIONS: Lexicon = Lexicon::new(lx::PREPOSITIONS);
static AFTER_INVERTED_SUBJECT: Lexicon = Lexicon::new(lx::AFTER_INVERTED_SUBJECT);

/// Words that join the parts of a name ("Mission to the EU").
fn is_connector(w: &str) -> bool {
    matches!(w, "of" | "for" | "to" | "in" | "on")
}

/// `a` moved forward past connectors that cannot start a noun phrase.
fn trim_front(text: &str, toks: &[Tok], mut a: usize, b: usize) -> usize {
    while a < b {
        let w = &text[toks[a].start..toks[a].end];
        if is_connector(w)
            || lx::CLAUSE_OPENERS.contains(&w)
            || matches!(w, ")" | "-" | "&" | "(")
            || toks[a].kind == Kind::Possessive
        {
            a += 1;
        } else {
            break;
        }
    }
    a
}

/// `s` without a leading article.
fn strip_det(s: &str) -> &str {
    for det in ["the ", "The ", "THE ", "a ", "A ", "an ", "An "] {
        if let Some(rest) = s.strip_prefix(det) {
            return rest;
        }
    }
    s
}

/// A body's name as a speaker's name: no article, no bracketed acronym, the
/// first of coordinated names ("The Chinese Mission to the European Union
/// (EU) and Chinese embassies ..." gives "Chinese Mission to the European
/// Union").
fn clean_name(s: &str) -> Cow<'_, str> {
    let s = strip_det(s.trim());
    let mut end = s.len();
    for cut in [" (", " and ", ", "] {
        if let Some(i) = s.find(cut) {
            end = end.min(i);
        }
    }
    crate::text::collapse_whitespace(&s[..end])
}

/// [`lx::TITLES`], found as whole words in the list's order.
static TITLES: TitleList<lx::Role> = TitleList::new(lx::TITLES);

/// [`lx::HAN_SPEECH_VERBS`], with the filter that skips a sentence none of
/// them can stand in.
static HAN_SPEECH_VERBS: HanPhrases = HanPhrases::new(lx::HAN_SPEECH_VERBS);

/// Where the (lowercase ASCII) `title` first stands in `np`, ignoring
/// ASCII case: a byte offset into `np` itself. Lowercasing all of `np`
/// would shift the offsets after a letter whose lowercase is longer ("İ"
/// becomes three bytes), and slicing `np` there could cut a character.
fn title_in(np: &str, title: &str) -> Option<usize> {
    np.to_ascii_lowercase().find(title)
}

/// The body a titled speaker speaks for: after "for"/"of" ("a spokesperson
/// for the Foreign Ministry") or before the title ("Foreign Ministry
/// Spokesperson"), given `i`, where `title` first stands in `np` in
/// lower case.
fn affiliation_at<'s>(np: &'s str, i: usize, title: &str) -> Option<&'s str> {
    let after = np.get(i + title.len()..)?.trim_start();
    for prep in ["for ", "of ", "at "] {
        if let Some(rest) = after.strip_prefix(prep) {
            return Some(strip_det(rest.trim()));
        }
    }
    let before = strip_det(np.get(..i)?.trim());
    before
        .starts_with(char::is_uppercase)
        .then_some(before)
        .filter(|b| !b.is_empty() && crate::party::resolve(b).is_empty() || b.contains(' '))
}

/// The party of the body named before `before` in the sentence ("At a
/// press conference of the Ministry of Foreign Affairs of the People's
/// Republic of China ..., spokesperson Zhao Lijian").
fn body_party(text: &str, sentence: Span, before: usize) -> Option<Party> {
    crate::party::find_mentions(text, Span::new(sentence.start, before.max(sentence.start)))
        .into_iter()
        .rev()
        .find(|m| {
            let t = &text[m.span];
            crate::lexicon::parties::BODY_HEADS
                .iter()
                .any(|h| t.contains(h))
        })
        .and_then(|m| m.parties.into_iter().next())
}

/// The principal party of a mention, or `fallback`.
fn resolve_or(mention: &str, fallback: Option<Party>) -> Option<Party> {
    crate::party::resolve(mention)
        .into_iter()
        .next()
        .or(fallback)
}

/// The short name a party speaks under ("US").
fn short_name(p: &Party) -> Option<&'static str> {
    let code = p.code();
    crate::lexicon::parties::SHORT_NAMES
        .iter()
        .find(|(c, _)| *c == code)
        .map(|&(_, n)| n)
        .or_else(|| {
            crate::lexicon::parties::ORGANISATIONS
                .iter()
                .find(|(f, c)| *c == code && f == c)
                .map(|&(f, _)| f)
        })
}

/// Whether an "according to" phrase names a document rather than a speaker
/// ("according to statistics from ...", "according to a report of ...").
fn is_document_source(np: &str) -> bool {
    let lower = np.to_lowercase();
    let bare = strip_det(&lower);
    // "according to the China Cyber Security Company 360 report": a
    // document, whoever wrote it.
    let last = bare.rsplit(' ').next().unwrap_or("");
    if lx::DOCUMENT_NOUNS.contains(&last) || matches!(last, "report" | "reports" | "study") {
        return true;
    }
    [
        "report",
        "statistics",
        "data",
        "survey",
        "figures",
        "study",
        "annual",
        "the",
        "documents",
    ]
    .iter()
    .any(|w| bare.starts_with(w))
}

fn is_weekday(w: &str) -> bool {
    w.starts_with(char::is_uppercase) && crate::lexicon::calendar::weekday(w).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Subjects of every kind, each read once and applied to the speakers
    /// read so far: outlets, "it" for the last outlet, organisations,
    /// titled officials, states by name and by capital, people by name.
    #[test]
    fn subjects_of_every_kind() {
        let text = "Reuters reported the talks. The Hill said so. It added more. WikiLeaks said it. \
             Foreign Secretary Alice Marsh said it. China said it. Assange said so. \
             Beijing accused Washington. The Chinese Mission to the EU said.";
        let doc = crate::document::Document::segment(text, None);
        let speakers = super::extract(&doc).0;
        let found: Vec<(Option<&str>, SpeakerRole, usize)> = speakers
            .iter()
            .map(|s| (s.name.as_deref(), s.role, s.mentions.len()))
            .collect();
        assert_eq!(
            found,
            [
                (Some("Reuters"), SpeakerRole::Outlet, 1),
                (Some("The Hill"), SpeakerRole::Outlet, 2),
                (Some("WikiLeaks"), SpeakerRole::Organization, 1),
                (Some("Alice Marsh"), SpeakerRole::Official, 1),
                (Some("China"), SpeakerRole::Organization, 2),
                (Some("Assange"), SpeakerRole::Unknown, 1),
                (
                    Some("Chinese Mission to the EU"),
                    SpeakerRole::Organization,
                    1
                ),
            ]
        );
        assert_eq!(speakers[4].party, Some(Party::CHN));
        assert_eq!(speakers[6].party, Some(Party::CHN));
    }

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
}
