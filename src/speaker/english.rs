//! The English sentence reader: the speakers of a sentence's speech verbs
//! and "according to" (subjects before the verb, after it in inverted
//! order, before an apposition or a relative clause), spokespeople named
//! with their title, and the authors of remarks ("Secretary Blinken's
//! remarks").

use std::borrow::Cow;

use super::SpeakerRole;
use super::reading::{Subject, clean_name, is_name_word, resolve_or, strip_det};
use super::registry::Registry;
use crate::Party;
use crate::Span;
use crate::lexicon::Lexicon;
use crate::lexicon::speakers as lx;
use crate::party::PartyMention;
use crate::text::{Kind, Tok};

impl<'a> Registry<'a> {
    /// Reads the attributions of one sentence, given its tokens and, when
    /// known, its party mentions.
    pub(super) fn sentence(
        &mut self,
        sentence: Span,
        toks: &[Tok],
        mentions: Option<&[PartyMention]>,
    ) {
        let text = self.text;
        if !text[sentence].is_ascii() {
            self.han_sentence(sentence);
        }
        let mut mentions = Mentions {
            sentence,
            found: mentions.map(Cow::Borrowed),
        };
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
            self.authors(toks, &mut mentions);
        }
        for &i in &cues {
            self.titled_spokesperson(toks, i, &mut mentions);
        }
        for &v in &cues {
            self.attribution(toks, v, &mut mentions);
        }
        self.cues = cues;
    }

    /// A spokesperson named with the title at token `i`, who speaks even
    /// without a verb ("spokesperson Zhao Lijian answered a question",
    /// "Press Secretary Karen Doyle").
    fn titled_spokesperson(&mut self, toks: &[Tok], i: usize, mentions: &mut Mentions<'_>) {
        let text = self.text;
        let word = |i: usize| word_at(text, toks, i);
        let Some(w) = word(i) else { return };
        let press_secretary = w == "Secretary" && i > 0 && word(i - 1) == Some("Press");
        if !is_spokes_title(w) && !press_secretary {
            return;
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
        if k <= name_start || k - name_start < 2 {
            return;
        }
        let np = self.np_start(toks, i, mentions);
        let span = Span::new(toks[np].start, toks[k - 1].end);
        let name = Span::new(toks[name_start].start, toks[k - 1].end);
        // "Press Secretary": the affiliation stands before "Press".
        let title_start = if press_secretary { i - 1 } else { i };
        let np = np.min(title_start);
        let affiliation = (np < title_start)
            .then(|| clean_name(&text[toks[np].start..toks[title_start - 1].end]))
            .filter(|a| !a.ends_with("by") && a.split(' ').count() <= 8);
        let party = resolve_or(&text[span], None)
            .or_else(|| body_party(text, mentions.sentence, span.start))
            .or_else(|| self.side());
        self.named(
            crate::text::collapse_whitespace(&text[name]),
            SpeakerRole::Spokesperson,
            affiliation,
            party,
            span,
        );
    }

    /// The speaker of the speech verb or "according to" at token `v`, if
    /// there is one: its subject ("the Mission said"), or the noun phrase
    /// after "according to" when it names no document.
    fn attribution(&mut self, toks: &[Tok], v: usize, mentions: &mut Mentions<'_>) {
        let text = self.text;
        let word = |i: usize| word_at(text, toks, i);
        let Some(w) = word(v) else { return };
        let verb = w.starts_with(|c: char| c.is_ascii_lowercase())
            && SPEECH_VERBS.contains_as_written(w)
            && (w != "pointed" || word(v + 1) == Some("out"));
        let according = w.eq_ignore_ascii_case("according") && word(v + 1) == Some("to");
        if !verb && !according {
            return;
        }
        let np = if according {
            self.forward_np(toks, v + 2)
        } else {
            self.subject(toks, v, mentions)
        };
        if let Some((a, b)) = np {
            let span = Span::new(toks[a].start, toks[b - 1].end);
            if according && is_document_source(&text[span]) {
                return;
            }
            self.classify(span, w);
        }
    }

    /// People named with a title as the owners of what they said ("MI5
    /// Director General Ken McCallum's report", "Secretary Blinken's
    /// remarks"): speakers, though no verb of saying names them.
    fn authors(&mut self, toks: &[Tok], mentions: &mut Mentions<'_>) {
        let text = self.text;
        for p in 1..toks.len().saturating_sub(1) {
            let noun = toks[p + 1];
            if toks[p].kind != Kind::Possessive
                || noun.kind != Kind::Word
                || !lx::SPEECH_NOUNS.contains(&&text[noun.start..noun.end])
            {
                continue;
            }
            let a = self.np_start(toks, p, mentions);
            if a >= p {
                continue;
            }
            let span = Span::new(toks[a].start, toks[p - 1].end);
            // Read once: `classify` finds the reading cached.
            let reading = self.reading(span);
            if matches!(reading.subject, Subject::Titled { name: Some(_), .. }) {
                // The author is named, not speaking: "he" and "the
                // diplomat" later still point to the sentence's speaker.
                // (Mentions only push onto `recent`: cutting it back to
                // its length before undoes them.)
                let recent = self.recent.len();
                self.classify(span, "said");
                self.recent.truncate(recent);
            }
        }
    }

    /// The start of the noun phrase that ends just before token `i`
    /// ("the Chinese Ministry of Foreign Affairs" before "Spokesperson").
    fn np_start(&self, toks: &[Tok], i: usize, mentions: &mut Mentions<'_>) -> usize {
        let a = self.widen(toks, np_back(self.text, toks, i), i, mentions);
        trim_front(self.text, toks, a, i)
    }

    /// Moves `a` back to the start of a party mention that covers token
    /// `a` ("The Chinese Mission to the European Union (EU) and Chinese
    /// embassies in Norway, the UK, ...").
    fn widen(&self, toks: &[Tok], a: usize, b: usize, mentions: &mut Mentions<'_>) -> usize {
        if a >= b {
            return a;
        }
        let ms = mentions.get(self.text);
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
        mentions: &mut Mentions<'_>,
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
            if let Some(np) = self.inverted_subject(toks, v) {
                return Some(np);
            }
        }
        if prev == Some(",") {
            return self.apposition(toks, j);
        }
        self.subject_before(toks, j, relative, mentions)
    }

    /// The subject after the verb at `v` in inverted order (", said the
    /// Mission"), when its noun phrase closes there.
    fn inverted_subject(&self, toks: &[Tok], v: usize) -> Option<(usize, usize)> {
        self.forward_np(toks, v + 1)
            .filter(|&(_, b)| self.closes_inverted_subject(toks, b))
    }

    /// The subject before an apposition that closes with the comma before
    /// token `j` ("Assange, a founder of Wikileaks, once revealed"): the
    /// noun phrase before the comma that opens it, at most ten tokens back.
    fn apposition(&self, toks: &[Tok], j: usize) -> Option<(usize, usize)> {
        let text = self.text;
        let mut k = j - 1;
        let limit = k.saturating_sub(10);
        while k > limit && text[toks[k - 1].start..toks[k - 1].end] != *"," {
            k -= 1;
        }
        if k > limit && k >= 2 {
            let end = k - 1;
            let a = trim_front(text, toks, np_back(text, toks, end), end);
            return (a < end).then_some((a, end));
        }
        None
    }

    /// The subject that ends before token `j`, the verb's adverbs skipped
    /// ("the Mission said"); `relative` when "who" stood between them.
    fn subject_before(
        &self,
        toks: &[Tok],
        j: usize,
        relative: bool,
        mentions: &mut Mentions<'_>,
    ) -> Option<(usize, usize)> {
        let a = self.widen(toks, np_back(self.text, toks, j), j, mentions);
        let a = trim_front(self.text, toks, a, j);
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

/// Whether a word is a spokesperson's title that a name may follow, in
/// lower case or capitalised.
fn is_spokes_title(w: &str) -> bool {
    matches!(
        w,
        "spokesperson" | "Spokesperson" | "spokesman" | "Spokesman" | "spokeswoman" | "Spokeswoman"
    )
}

/// The party mentions of the sentence being read: those the mention cache
/// gives, or found in the sentence when a rule first needs them.
struct Mentions<'m> {
    sentence: Span,
    found: Option<Cow<'m, [PartyMention]>>,
}

impl Mentions<'_> {
    /// The mentions, found in `text` if not known yet.
    fn get(&mut self, text: &str) -> &[PartyMention] {
        let sentence = self.sentence;
        self.found
            .get_or_insert_with(|| Cow::Owned(crate::party::find_mentions(text, sentence)))
    }
}

/// The word of token `i`, if it is one.
fn word_at<'t>(text: &'t str, toks: &[Tok], i: usize) -> Option<&'t str> {
    toks.get(i)
        .filter(|t| t.kind == Kind::Word)
        .map(|t| &text[t.start..t.end])
}

/// The start of the run of noun-phrase words ([`np_word`]) that ends just
/// before token `end`, at most [`MAX_NP_WORDS`] of them.
fn np_back(text: &str, toks: &[Tok], end: usize) -> usize {
    let mut a = end;
    while a > 0 && end - a < MAX_NP_WORDS && np_word(text, toks[a - 1]) {
        a -= 1;
    }
    a
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
