//! Parties (states and international organisations) and the actors that
//! stand for them.

use crate::lexicon::shape::WordShapes;
use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use crate::Span;
use crate::text::{Kind, Tok, tokenize};

/// A state or an international organisation, by code.
///
/// States are ISO 3166-1 alpha-3 codes (`"USA"`, `"CHN"`, `"GBR"`);
/// organisations are upper-case short codes (`"EU"`, `"NATO"`, `"UN"`,
/// `"ASEAN"`). An unknown party is absent, never a guess.
///
/// ```
/// use demarche::Party;
///
/// assert_eq!(Party::USA.code(), "USA");
/// assert_eq!(Party::new("NATO"), Party::NATO);
/// assert_eq!(Party::CHN.to_string(), "CHN");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(transparent))]
pub struct Party(Cow<'static, str>);

impl Party {
    /// The United States.
    pub const USA: Party = Party::from_static("USA");
    /// The People's Republic of China.
    pub const CHN: Party = Party::from_static("CHN");
    /// The Russian Federation.
    pub const RUS: Party = Party::from_static("RUS");
    /// The United Kingdom.
    pub const GBR: Party = Party::from_static("GBR");
    /// The European Union.
    pub const EU: Party = Party::from_static("EU");
    /// The North Atlantic Treaty Organization.
    pub const NATO: Party = Party::from_static("NATO");

    /// A party from a code known at compile time.
    ///
    /// ```
    /// const JPN: demarche::Party = demarche::Party::from_static("JPN");
    /// assert_eq!(JPN.code(), "JPN");
    /// ```
    #[must_use]
    pub const fn from_static(code: &'static str) -> Party {
        Party(Cow::Borrowed(code))
    }

    /// A party from any code (as read back from JSON, say).
    ///
    /// ```
    /// assert_eq!(demarche::Party::new(String::from("DNK")).code(), "DNK");
    /// ```
    #[must_use]
    pub fn new(code: impl Into<Cow<'static, str>>) -> Party {
        Party(code.into())
    }

    /// The code.
    ///
    /// ```
    /// assert_eq!(demarche::Party::EU.code(), "EU");
    /// ```
    #[must_use]
    pub fn code(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Party {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Display for Party {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A mention of someone who acts (accuses, is accused, rebuts): the words as
/// written and the parties they stand for, the principal one first.
///
/// "Washington", "the US side" and "the CIA" all give `[USA]`; "the US and
/// its NATO allies" gives `[USA, NATO]`; a mention that resolves to no known
/// party has no parties.
///
/// ```
/// use demarche::{Actor, Party, Span};
///
/// let actor = Actor::new("the US and its NATO allies", Span::new(0, 26), vec![Party::USA, Party::NATO]);
/// assert_eq!(actor.principal(), Some(&Party::USA));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Actor<'a> {
    /// The mention, whitespace collapsed.
    pub text: Cow<'a, str>,
    /// Where the mention stands.
    pub span: Span,
    /// The parties it stands for, principal first.
    pub parties: Vec<Party>,
    /// Whether the library inferred the actor rather than read it: the
    /// input has no words for it (an asserted charge's accuser is the
    /// document's side; a charge with no named accuser is the document's
    /// main opponent's). Then `text` is the party's code and `span` is
    /// empty, at the start of the clause the actor was inferred for, so
    /// `&input[span]` is `""`, never words that do not name it.
    #[cfg_attr(feature = "serde", serde(default))]
    pub inferred: bool,
}

impl<'a> Actor<'a> {
    /// An actor from its parts.
    ///
    /// ```
    /// let a = demarche::Actor::new("Beijing", demarche::Span::new(0, 7), vec![demarche::Party::CHN]);
    /// assert_eq!(a.text, "Beijing");
    /// ```
    #[must_use]
    pub fn new(text: impl Into<Cow<'a, str>>, span: Span, parties: Vec<Party>) -> Actor<'a> {
        Actor {
            text: text.into(),
            span,
            parties,
            inferred: false,
        }
    }

    /// An actor the input has no words for, standing for `party`, inferred
    /// for the clause that starts at byte `at`.
    ///
    /// ```
    /// let a = demarche::Actor::inferred(&demarche::Party::CHN, 42);
    /// assert!(a.inferred);
    /// assert_eq!(a.text, "CHN");
    /// assert!(a.span.is_empty());
    /// assert_eq!(a.span.start, 42);
    /// ```
    #[must_use]
    pub fn inferred(party: &Party, at: usize) -> Actor<'static> {
        Actor {
            text: Cow::Owned(party.code().to_owned()),
            span: Span::new(at, at),
            parties: vec![party.clone()],
            inferred: true,
        }
    }

    /// The principal party, if any is known.
    ///
    /// ```
    /// let a = demarche::Actor::new("they", demarche::Span::new(0, 4), vec![]);
    /// assert_eq!(a.principal(), None);
    /// ```
    #[must_use]
    pub fn principal(&self) -> Option<&Party> {
        self.parties.first()
    }

    /// The same actor, owning its text.
    ///
    /// ```
    /// let a = demarche::Actor::new("Moscow", demarche::Span::new(0, 6), vec![demarche::Party::RUS]);
    /// let owned: demarche::Actor<'static> = a.clone().into_owned();
    /// assert_eq!(owned, a);
    /// ```
    #[must_use]
    pub fn into_owned(self) -> Actor<'static> {
        Actor {
            text: Cow::Owned(self.text.into_owned()),
            span: self.span,
            parties: self.parties,
            inferred: self.inferred,
        }
    }
}

/// A stretch of text that names one or more parties ("the US and its
/// allies", "China's Ministry of State Security", "美方").
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct PartyMention {
    /// The mention, as long as the noun phrase that names the party.
    pub(crate) span: Span,
    /// The parties it stands for, principal first.
    pub(crate) parties: Vec<Party>,
}

/// The parties a whole mention stands for ("the US side" gives `[USA]`), or
/// none when it names no known party. Never a guess: the parties of the
/// first party mention inside `mention`, with its coalition partners.
pub(crate) fn resolve(mention: &str) -> Vec<Party> {
    find_mentions(mention, Span::new(0, mention.len()))
        .into_iter()
        .next()
        .map(|m| m.parties)
        .unwrap_or_default()
}

/// Every party mention inside `span` of `text`, in order, disjoint: maximal
/// noun phrases ("The US and a coalition of its allies", "the Chinese Mission
/// to the European Union (EU)", "美国及其北约盟国").
///
/// `span` must lie on char boundaries of `text`; an out-of-bounds span is
/// clamped to the text.
pub(crate) fn find_mentions(text: &str, span: Span) -> Vec<PartyMention> {
    let span = clamp(text, span);
    let toks = tokenize(text, span);
    mentions_in(text, span, &toks)
}

/// [`find_mentions`] of a clamped `span` whose tokens are `toks`.
fn mentions_in(text: &str, span: Span, toks: &[Tok]) -> Vec<PartyMention> {
    let gaz = gazetteer();
    let mut out = Vec::new();
    let scanner = Scanner { text, toks, gaz };
    let mut i = 0;
    while i < toks.len() {
        if !scanner.may_start(i) {
            i += 1;
            continue;
        }
        match scanner.coordinated(i, 0) {
            Some(m) => {
                if !m.parties.is_empty() {
                    out.push(PartyMention {
                        span: Span::new(toks[i].start, toks[m.end - 1].end),
                        parties: m.parties,
                    });
                }
                i = m.end.max(i + 1);
            }
            None => i += 1,
        }
    }
    if may_hold_ideograph(&text[span]) {
        han_mentions(text, span, gaz, &mut out);
        out.sort_by_key(|m| m.span.start);
    }
    out
}

/// Whether `s` has a byte that can start an ideograph: every char that
/// [`crate::text::is_ideograph`] accepts is U+3007 or above, so its UTF-8
/// starts with 0xE3 or more. Text without one (English with curly quotes
/// and dashes, 0xE2) has no Chinese mention: its English mentions are
/// already in order.
fn may_hold_ideograph(s: &str) -> bool {
    // `is_ascii` reads a word at a time: most sentences stop there.
    !s.is_ascii() && s.bytes().any(|b| b >= 0xE3)
}

/// The party mentions of every sentence piece of a document (each sentence
/// cut by [`crate::text::clause::windows`]), found once and shared by the
/// speaker and accusation scanners. Only the mentions are kept, not the
/// tokens they were found in, so the cache stays small beside the input.
///
/// The cache fills in document order: [`SentenceMentions::scan_through`]
/// lets the speaker scanner read each sentence's tokens as they are made
/// instead of tokenizing the sentence a second time.
#[derive(Debug, Default)]
pub(crate) struct SentenceMentions {
    /// Each piece, in order, with its mentions.
    pieces: Vec<(Span, Vec<PartyMention>)>,
    /// How many of the document's sentences have been scanned.
    scanned: usize,
}

impl SentenceMentions {
    /// The pieces of `doc`'s sentences, tokenized and scanned (only the
    /// benches' stages build the whole cache at once).
    #[cfg(any(test, feature = "bench-stages"))]
    pub(crate) fn new(doc: &crate::document::Document<'_>) -> SentenceMentions {
        let mut out = SentenceMentions::default();
        out.finish(doc);
        out
    }

    /// Scans the sentences of `doc` not yet scanned, to the end.
    pub(crate) fn finish(&mut self, doc: &crate::document::Document<'_>) {
        let mut toks = Vec::new();
        while self.scanned < doc.sentences.len() {
            self.scan_next(doc, &mut toks);
        }
    }

    /// Scans the sentences of `doc` not yet scanned that start at or
    /// before `span` (so that every piece starting there is known to
    /// [`SentenceMentions::mentions`]). Returns whether `toks` then holds
    /// the tokens of `span`: true when `span` is one of the sentences just
    /// scanned and is one piece, whole.
    pub(crate) fn scan_through(
        &mut self,
        doc: &crate::document::Document<'_>,
        span: Span,
        toks: &mut Vec<Tok>,
    ) -> bool {
        let mut holds = false;
        while doc
            .sentences
            .get(self.scanned)
            .is_some_and(|s| s.start <= span.start)
        {
            let sentence = doc.sentences[self.scanned];
            let whole = self.scan_next(doc, toks);
            holds = whole && sentence == span;
        }
        holds
    }

    /// Scans the next sentence of `doc`, piece by piece, with `toks` as
    /// the token buffer. Returns whether the sentence was one piece, whole
    /// (`toks` then holds its tokens).
    fn scan_next(&mut self, doc: &crate::document::Document<'_>, toks: &mut Vec<Tok>) -> bool {
        let text = doc.text;
        let sentence = doc.sentences[self.scanned];
        self.scanned += 1;
        let mut pieces = 0;
        let mut whole = false;
        for piece in crate::text::clause::windows(text, sentence) {
            let piece = clamp(text, piece);
            toks.clear();
            crate::text::tokenize_into(text, piece, toks);
            let mentions = mentions_in(text, piece, toks);
            self.pieces.push((piece, mentions));
            pieces += 1;
            whole = piece == sentence;
        }
        pieces == 1 && whole
    }

    /// The mentions of `span`, as [`find_mentions`] gives them, when it is
    /// one of the pieces.
    pub(crate) fn mentions(&self, span: Span) -> Option<&[PartyMention]> {
        let i = self.pieces.partition_point(|p| p.0.start < span.start);
        self.pieces
            .get(i)
            .filter(|p| p.0 == span)
            .map(|p| p.1.as_slice())
    }
}

/// `span` cut to the text and moved onto char boundaries.
fn clamp(text: &str, span: Span) -> Span {
    let end = crate::text::boundary::floor(text, span.end);
    let start = crate::text::boundary::floor(text, span.start.min(end));
    Span::new(start, end)
}

// --- the gazetteer index ----------------------------------------------------

/// What sort of form a gazetteer entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum FormKind {
    State,
    Demonym,
    Body,
    Blocked,
}

/// One English form, cut into tokens (dots removed).
#[derive(Debug)]
struct Form {
    toks: Vec<String>,
    code: &'static str,
    kind: FormKind,
}

/// The gazetteer, indexed: English forms by their lower-cased first token
/// (longest first), Chinese forms by their first character (longest first).
#[derive(Debug)]
struct Gazetteer {
    english: HashMap<Box<[u8]>, Vec<Form>, FastHash>,
    /// The shapes of the English keys: most words are turned away before
    /// the hash lookup.
    shapes: Box<WordShapes>,
    han: HashMap<char, Vec<(&'static str, &'static str)>, FastHash>,
}

/// A multiply-rotate hasher for the gazetteer's short keys: looked up once
/// per capitalised word, where SipHash's setup cost dominates.
#[derive(Default)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// The gazetteer maps' hasher.
type FastHash = BuildHasherDefault<KeyHasher>;

fn gazetteer() -> &'static Gazetteer {
    static GAZ: OnceLock<Gazetteer> = OnceLock::new();
    GAZ.get_or_init(|| {
        use crate::lexicon::parties as lx;
        let mut english: HashMap<Box<[u8]>, Vec<Form>, FastHash> = HashMap::default();
        let groups: [(&[(&str, &str)], FormKind); 5] = [
            (lx::COUNTRIES, FormKind::State),
            (lx::DEMONYMS, FormKind::Demonym),
            (lx::CAPITALS, FormKind::State),
            (lx::BODIES, FormKind::Body),
            (lx::ORGANISATIONS, FormKind::State),
        ];
        let blocked = lx::BLOCKED.iter().map(|&f| (f, ""));
        let all = groups
            .iter()
            .flat_map(|&(g, k)| g.iter().map(move |&(f, c)| (f, c, k)))
            .chain(blocked.map(|(f, c)| (f, c, FormKind::Blocked)));
        for (form, code, kind) in all {
            let toks: Vec<String> = tokenize(form, Span::new(0, form.len()))
                .iter()
                .map(|t| form[t.start..t.end].replace('.', ""))
                .collect();
            let Some(first) = toks.first() else { continue };
            english
                .entry(first.to_lowercase().into_bytes().into_boxed_slice())
                .or_default()
                .push(Form { toks, code, kind });
        }
        for forms in english.values_mut() {
            forms.sort_by_key(|f| std::cmp::Reverse(f.toks.len()));
        }
        let mut han: HashMap<char, Vec<(&str, &str)>, FastHash> = HashMap::default();
        for &(form, code) in lx::HAN {
            if let Some(c) = form.chars().next() {
                han.entry(c).or_default().push((form, code));
            }
        }
        for forms in han.values_mut() {
            forms.sort_by_key(|f| std::cmp::Reverse(f.0.len()));
        }
        let mut shapes = Box::new(WordShapes::of(&[]));
        for k in english.keys() {
            shapes.add(k);
        }
        Gazetteer {
            english,
            shapes,
            han,
        }
    })
}

impl Gazetteer {
    /// The English forms whose first token has the key `k` (see [`key`]).
    fn english_forms(&self, k: &[u8]) -> Option<&Vec<Form>> {
        if !self.shapes.fits(k) {
            return None;
        }
        self.english.get(k)
    }

    /// Whether the key of token `tok` may be an English key, read from the
    /// token's bytes without building the key: false only when it cannot.
    ///
    /// Conservative: for an ASCII token the key is its bytes without dots,
    /// lower-cased, and [`WordShapes`] ignore ASCII case, so the token's
    /// dotless bytes give the key's shape. A token with a non-ASCII byte (whose lower case may change
    /// its bytes and length) is always let through.
    fn may_key(&self, tok: &[u8]) -> bool {
        let mut n = 0;
        let mut pair = [0u8; 2];
        for &b in tok {
            if b >= 0x80 {
                return true;
            }
            if b != b'.' {
                if let Some(p) = pair.get_mut(n) {
                    *p = b;
                }
                n += 1;
            }
        }
        let second = if n > 1 { pair[1] } else { b' ' };
        n > 0 && self.shapes.fits_parts(pair[0], second, n)
    }
}

/// Whether a text token matches a form token: dots ignored; an upper-case
/// form token matches exactly or against an all-capitals token; a
/// lower-case one in any case.
fn token_matches(tok: &str, form: &str) -> bool {
    // Quick answers, both also given by the full tests below: a token
    // written as the form (which has no dots) matches it; two ASCII first
    // letters that differ in any case, the token's not a dot, do not.
    if tok == form {
        return true;
    }
    if let (Some(&a), Some(&b)) = (tok.as_bytes().first(), form.as_bytes().first()) {
        if a.is_ascii() && b.is_ascii() && a != b'.' && !a.eq_ignore_ascii_case(&b) {
            return false;
        }
    }
    if tok.is_ascii() && form.is_ascii() {
        ascii_token_matches(tok.as_bytes(), form.as_bytes())
    } else {
        chars_token_matches(tok, form)
    }
}

/// [`token_matches`] char by char, for any text.
fn chars_token_matches(tok: &str, form: &str) -> bool {
    let mut t = tok.chars().filter(|&c| c != '.');
    let upper_form = form.starts_with(char::is_uppercase);
    let all_caps = tok.chars().all(|c| !c.is_lowercase());
    let mut f = form.chars();
    loop {
        match (t.next(), f.next()) {
            (None, None) => return true,
            (Some(a), Some(b)) => {
                let same = if a == b || (a == '’' && b == '\'') || (a == '\'' && b == '’') {
                    true
                } else if upper_form && !all_caps {
                    false
                } else {
                    a.to_lowercase().eq(b.to_lowercase())
                };
                if !same {
                    return false;
                }
            }
            _ => return false,
        }
    }
}

/// [`token_matches`] for ASCII text, byte by byte: ASCII has no curly
/// apostrophe, and an ASCII char's lower case is its ASCII lower case.
fn ascii_token_matches(tok: &[u8], form: &[u8]) -> bool {
    let upper_form = form.first().is_some_and(u8::is_ascii_uppercase);
    let all_caps = !tok.iter().any(u8::is_ascii_lowercase);
    let exact = upper_form && !all_caps;
    let mut t = tok.iter().filter(|&&b| b != b'.');
    let mut f = form.iter();
    loop {
        match (t.next(), f.next()) {
            (None, None) => return true,
            (Some(a), Some(b)) => {
                let same = if exact {
                    a == b
                } else {
                    a.eq_ignore_ascii_case(b)
                };
                if !same {
                    return false;
                }
            }
            _ => return false,
        }
    }
}

/// The lower-cased, dotless key of a token, when short enough to be the
/// first token of a form.
fn key(tok: &str, buf: &mut [u8; 48]) -> Option<usize> {
    let mut n = 0;
    if tok.is_ascii() {
        for &b in tok.as_bytes().iter().filter(|&&b| b != b'.') {
            *buf.get_mut(n)? = b.to_ascii_lowercase();
            n += 1;
        }
        return Some(n);
    }
    for c in tok.chars().filter(|&c| c != '.') {
        for l in c.to_lowercase() {
            let len = l.len_utf8();
            if n + len > buf.len() {
                return None;
            }
            l.encode_utf8(&mut buf[n..n + len]);
            n += len;
        }
    }
    Some(n)
}

// --- the English grammar ------------------------------------------------------

/// A parsed mention: where it ends (token index, exclusive) and its parties.
#[derive(Debug)]
struct Parsed {
    end: usize,
    parties: Vec<Party>,
}

/// The longest gazetteer form at a token.
#[derive(Debug, Clone, Copy)]
struct FormMatch {
    end: usize,
    code: &'static str,
    kind: FormKind,
}

struct Scanner<'t> {
    text: &'t str,
    toks: &'t [Tok],
    gaz: &'static Gazetteer,
}

/// Function words that may stand between the words of an ally phrase ("a
/// coalition of its allies", "two of its NATO allies").
const ALLY_FILLERS: &[&str] = &[
    "a",
    "an",
    "all",
    "allied",
    "and",
    "both",
    "close",
    "few",
    "handful",
    "its",
    "many",
    "number",
    "of",
    "other",
    "several",
    "some",
    "the",
    "their",
    "three",
    "traditional",
    "two",
    "various",
    "western",
    "key",
    "major",
    "certain",
];

impl Scanner<'_> {
    fn word(&self, i: usize) -> Option<&str> {
        self.toks
            .get(i)
            .filter(|t| t.kind == Kind::Word)
            .map(|t| &self.text[t.start..t.end])
    }

    fn punct(&self, i: usize) -> Option<&str> {
        self.toks
            .get(i)
            .filter(|t| t.kind == Kind::Punct)
            .map(|t| &self.text[t.start..t.end])
    }

    fn is_word(&self, i: usize, words: &[&str]) -> bool {
        self.word(i)
            .is_some_and(|w| words.iter().any(|x| w.eq_ignore_ascii_case(x)))
    }

    /// Whether token `i` is a word that [`starts_capitalised`], read from
    /// its first byte unless that is not ASCII.
    fn capitalised(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i).filter(|t| t.kind == Kind::Word) else {
            return false;
        };
        match self.text.as_bytes()[t.start..t.end].first() {
            None => false,
            Some(&b) if b.is_ascii() => b.is_ascii_uppercase() || b.is_ascii_digit(),
            Some(_) => self.text[t.start..t.end].starts_with(char::is_uppercase),
        }
    }

    /// Whether token `i` is the word "the" in any case (`is_word(i,
    /// &["the"])`), compared as bytes.
    fn is_the(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| {
            t.kind == Kind::Word
                && self.text.as_bytes()[t.start..t.end].eq_ignore_ascii_case(b"the")
        })
    }

    /// Whether a mention may start at token `i`: a cheap test that turns
    /// away most words of running text before [`Scanner::coordinated`].
    ///
    /// Conservative: `coordinated(i, _)` is `None` whenever `simple(i, _)`
    /// is, and `simple` reads token `j` (`i`, or `i + 1` after "the") only
    /// through `form_at(j)`, which needs a word starting with an upper-case
    /// letter, and `body_name(j)`, which needs [`Scanner::capitalised`].
    /// Both fail unless word `j` is capitalised, which is what is tested.
    fn may_start(&self, i: usize) -> bool {
        let t = self.toks[i];
        if t.kind != Kind::Word {
            return false;
        }
        // A lower-case ASCII letter starts neither a capitalised word nor
        // "the" unless it is "t".
        let b = self.text.as_bytes()[t.start];
        if b.is_ascii_lowercase() && b != b't' {
            return false;
        }
        let w = &self.text[t.start..t.end];
        if w.eq_ignore_ascii_case("the") {
            self.capitalised(i + 1)
        } else {
            starts_capitalised(w)
        }
    }

    /// The longest gazetteer form starting at token `i`.
    fn form_at(&self, i: usize) -> Option<FormMatch> {
        let first = self.word(i)?;
        if !first.starts_with(char::is_uppercase) || !self.gaz.may_key(first.as_bytes()) {
            return None;
        }
        let mut buf = [0u8; 48];
        let n = key(first, &mut buf)?;
        let forms = self.gaz.english_forms(&buf[..n])?;
        'forms: for form in forms {
            let end = i + form.toks.len();
            if end > self.toks.len() {
                continue;
            }
            for (j, ft) in form.toks.iter().enumerate() {
                let t = self.toks[i + j];
                let tt = &self.text[t.start..t.end];
                if t.kind == Kind::Punct && tt != ft.as_str() {
                    continue 'forms;
                }
                if !token_matches(tt, ft) {
                    continue 'forms;
                }
            }
            return Some(FormMatch {
                end,
                code: form.code,
                kind: form.kind,
            });
        }
        None
    }

    /// A mention at `i` with its coalition partners ("the US and its NATO
    /// allies", "American, German and Swiss media"). `depth` bounds the
    /// recursion of mentions nested in names.
    fn coordinated(&self, i: usize, depth: usize) -> Option<Parsed> {
        let mut m = self.simple(i, depth)?;
        if m.parties.is_empty() {
            return Some(m);
        }
        {
            let mut k = m.end;
            // A comma list must close with "and": look ahead before taking it.
            let mut extra = Vec::new();
            let mut committed = m.end;
            let mut steps = 0;
            loop {
                steps += 1;
                if steps > 12 {
                    break;
                }
                let comma = self.punct(k) == Some(",");
                let mut n = k + usize::from(comma);
                let and = self.is_word(n, &["and"]);
                if !comma && !and {
                    break;
                }
                if and {
                    n += 1;
                }
                if let Some(end) = self.ally_phrase(n, &mut extra) {
                    k = end;
                    if and {
                        committed = k;
                    }
                    if and {
                        break;
                    }
                    continue;
                }
                match self.simple(n, depth + 1) {
                    Some(next) if !next.parties.is_empty() => {
                        extra.extend(next.parties);
                        k = next.end;
                        if and {
                            committed = k;
                            break;
                        }
                    }
                    _ => break,
                }
            }
            for p in extra.into_iter().filter(|_| committed > m.end) {
                if !m.parties.contains(&p) {
                    m.parties.push(p);
                }
            }
            m.end = committed;
        }
        Some(m)
    }

    /// An ally phrase at `i` ("its allies", "a coalition of its allies", "two
    /// of its NATO allies", "other Western countries"): its end and the
    /// parties it names.
    fn ally_phrase(&self, i: usize, parties: &mut Vec<Party>) -> Option<usize> {
        let mut k = i;
        let mut found = Vec::new();
        let mut end = None;
        let mut owner = false;
        while k < self.toks.len() && k < i + 8 {
            if self.is_word(k, crate::lexicon::parties::ALLY_NOUNS) {
                end = Some(k + 1);
                if self.is_word(k, &["allies", "ally", "partners", "coalition"]) {
                    owner = true;
                }
                // "a coalition of its allies": keep going after the noun.
                if !self.is_word(k + 1, &["of"]) {
                    break;
                }
                k += 1;
                continue;
            }
            if self.is_word(k, &["its", "their", "other", "allied"]) {
                owner = true;
            }
            if self.is_word(k, ALLY_FILLERS) {
                k += 1;
                continue;
            }
            if self.punct(k) == Some("-") {
                k += 1;
                continue;
            }
            if let Some(f) = self.form_at(k) {
                if f.kind != FormKind::Blocked && !f.code.is_empty() {
                    found.push(Party::from_static(f.code));
                }
                k = f.end;
                continue;
            }
            if self.capitalised(k) {
                k += 1;
                continue;
            }
            break;
        }
        let end = end.filter(|_| owner)?;
        parties.extend(found);
        Some(end)
    }

    /// One mention at `i` without coordination: an optional "the", a
    /// gazetteer form, and the name or head nouns that follow it.
    fn simple(&self, i: usize, depth: usize) -> Option<Parsed> {
        let mut j = i;
        if self.is_the(j) {
            j += 1;
        }
        let Some(form) = self.form_at(j) else {
            return self.body_name(j, depth);
        };
        if form.kind == FormKind::Blocked {
            return Some(Parsed {
                end: form.end,
                parties: Vec::new(),
            });
        }
        let mut parties = vec![Party::from_static(form.code)];
        let end = self.extend(form.end, &mut parties, depth);
        Some(Parsed { end, parties })
    }

    /// The name that follows a party form ("US Central Intelligence Agency",
    /// "Chinese Mission to the European Union (EU)", "China's Ministry of
    /// State Security", "the US side"): its end.
    fn extend(&self, mut k: usize, parties: &mut Vec<Party>, depth: usize) -> usize {
        let lx = crate::lexicon::parties::HEAD_NOUNS;
        let mut last_body = false;
        let mut words = 0;
        while k < self.toks.len() && words < 12 {
            let t = self.toks[k];
            if t.kind == Kind::Possessive {
                if self.capitalised(k + 1)
                    && self.form_at(k + 1).is_none_or(|f| f.kind == FormKind::Body)
                {
                    k += 1;
                    continue;
                }
                break;
            }
            if let Some(w) = self.word(k) {
                let cap = w.starts_with(char::is_uppercase);
                if cap && self.form_at(k).is_some_and(|f| f.kind != FormKind::Body) {
                    break;
                }
                if cap || lx.iter().any(|x| w.eq_ignore_ascii_case(x)) {
                    last_body = is_body_head(w);
                    words += 1;
                    k += 1;
                    continue;
                }
                if last_body && matches!(w, "of" | "to" | "in" | "for") && depth < 3 {
                    let mut n = k + 1;
                    if self.is_the(n) {
                        n += 1;
                    }
                    if let Some(obj) = self.coordinated(n, depth + 1) {
                        if obj.end > n {
                            if parties.is_empty() && w == "of" {
                                parties.extend(obj.parties);
                            }
                            k = obj.end;
                            last_body = false;
                            continue;
                        }
                    }
                    if self.capitalised(n) {
                        k = n;
                        continue;
                    }
                }
                break;
            }
            // "(EU)": an acronym in brackets repeats the name.
            if self.punct(k) == Some("(")
                && self.word(k + 1).is_some_and(is_acronym)
                && self.punct(k + 2) == Some(")")
            {
                k += 3;
                continue;
            }
            break;
        }
        k
    }

    /// A body named without a party form in front, which takes its party
    /// from "of <party>" ("the Ministry of Foreign Affairs of the People's
    /// Republic of China").
    ///
    /// Only called by [`Scanner::simple`] after `form_at(i)` found no form,
    /// so token `i` is not looked up again.
    fn body_name(&self, i: usize, depth: usize) -> Option<Parsed> {
        if !self.capitalised(i) || depth > 0 {
            return None;
        }
        let mut k = i;
        let mut body = false;
        while k < self.toks.len() && k < i + 12 {
            let Some(w) = self.word(k) else { break };
            if self.capitalised(k) {
                if k > i && self.form_at(k).is_some() {
                    break;
                }
                body |= is_body_head(w);
                k += 1;
                continue;
            }
            if body && w == "of" {
                let mut n = k + 1;
                if self.is_the(n) {
                    n += 1;
                }
                if let Some(f) = self.form_at(n) {
                    if f.kind != FormKind::Blocked && f.kind != FormKind::Demonym {
                        let mut parties = vec![Party::from_static(f.code)];
                        let end = self.extend(f.end, &mut parties, depth + 1);
                        return Some(Parsed { end, parties });
                    }
                }
                k += 1;
                continue;
            }
            if matches!(w, "and" | "for" | "the") && self.capitalised(k + 1) {
                k += 1;
                continue;
            }
            break;
        }
        Some(Parsed {
            end: k.max(i + 1),
            parties: Vec::new(),
        })
    }
}

/// Whether a single word names a party or is blocked as one ("China",
/// "Beijing", "West"): a cheap check for name scanners.
pub(crate) fn is_party_word(w: &str) -> bool {
    let gaz = gazetteer();
    if !gaz.may_key(w.as_bytes()) {
        return false;
    }
    let mut buf = [0u8; 48];
    let Some(n) = key(w, &mut buf) else {
        return false;
    };
    gaz.english_forms(&buf[..n]).is_some_and(|forms| {
        forms
            .iter()
            .any(|f| f.toks.len() == 1 && token_matches(w, &f.toks[0]))
    })
}

/// Whether a word is the head of a body's name ("Ministry", "embassies").
fn is_body_head(w: &str) -> bool {
    crate::lexicon::parties::BODY_HEADS.contains(&w)
        || matches!(
            w,
            "embassy"
                | "embassies"
                | "mission"
                | "missions"
                | "consulate"
                | "consulates"
                | "ministry"
                | "delegation"
                | "agency"
                | "agencies"
        )
}

/// Whether a word starts with an upper-case letter or an ASCII digit (the
/// test of [`Scanner::capitalised`]); ASCII first bytes need no decoding.
fn starts_capitalised(w: &str) -> bool {
    match w.as_bytes().first() {
        None => false,
        Some(&b) if b.is_ascii() => b.is_ascii_uppercase() || b.is_ascii_digit(),
        Some(_) => w.starts_with(char::is_uppercase),
    }
}

/// Whether a word is written in capitals, like an acronym ("EU", "CNCERT").
fn is_acronym(w: &str) -> bool {
    w.len() <= 10
        && w.chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '.')
}

// --- Chinese ------------------------------------------------------------------

/// The Chinese mentions of `span`, appended to `out`: a form, the bodies
/// after it (美国中央情报局) and its coalition partners (美国及其北约盟国).
fn han_mentions(text: &str, span: Span, gaz: &Gazetteer, out: &mut Vec<PartyMention>) {
    let heads = crate::lexicon::parties::HAN_HEADS;
    let form_at = |pos: usize| -> Option<(usize, &'static str)> {
        let c = text[pos..span.end].chars().next()?;
        let forms = gaz.han.get(&c)?;
        forms
            .iter()
            .find(|(f, _)| text[pos..span.end].starts_with(f))
            .map(|&(f, code)| (pos + f.len(), code))
    };
    let mut pos = span.start;
    while pos < span.end {
        // ASCII is never an ideograph: no decoding.
        if text.as_bytes()[pos].is_ascii() {
            pos += 1;
            continue;
        }
        let Some(c) = text[pos..span.end].chars().next() else {
            break;
        };
        // Forms start with an ideograph: other characters need no lookup.
        if !crate::text::is_ideograph(c) {
            pos += c.len_utf8();
            continue;
        }
        let Some((mut end, code)) = form_at(pos) else {
            pos += c.len_utf8();
            continue;
        };
        if code.is_empty() {
            pos = end;
            continue;
        }
        let mut parties = vec![Party::from_static(code)];
        let rest = |end: usize| &text[end..span.end];
        loop {
            if let Some(h) = heads.iter().find(|h| rest(end).starts_with(*h)) {
                end += h.len();
                continue;
            }
            // 驻欧盟使团: the host after 驻 adds no party.
            if rest(end).starts_with('驻') {
                if let Some((e, _)) = form_at(end + '驻'.len_utf8()) {
                    end = e;
                    continue;
                }
            }
            break;
        }
        // 美国及其北约盟国, 欧盟和北约.
        loop {
            if rest(end).starts_with("及其") {
                let mut e = end + "及其".len();
                let mut found = None;
                if let Some((fe, code)) = form_at(e) {
                    found = Some(code);
                    e = fe;
                }
                if let Some(n) = ["盟国", "盟友", "伙伴"]
                    .iter()
                    .find(|n| rest(e).starts_with(*n))
                {
                    end = e + n.len();
                    if let Some(code) = found.filter(|c| !c.is_empty()) {
                        parties.push(Party::from_static(code));
                    }
                    continue;
                }
                break;
            }
            if let Some(conj) = ["和", "与", "及", "、"]
                .iter()
                .find(|c| rest(end).starts_with(*c))
            {
                if let Some((e, code)) = form_at(end + conj.len()) {
                    if !code.is_empty() {
                        let p = Party::from_static(code);
                        if !parties.contains(&p) {
                            parties.push(p);
                        }
                        end = e;
                        continue;
                    }
                }
            }
            break;
        }
        out.push(PartyMention {
            span: Span::new(pos, end),
            parties,
        });
        pos = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(m: &str) -> Vec<String> {
        resolve(m).iter().map(|p| p.code().to_string()).collect()
    }

    fn mentions(text: &str) -> Vec<(String, Vec<String>)> {
        find_mentions(text, Span::new(0, text.len()))
            .into_iter()
            .map(|m| {
                (
                    text[m.span].to_string(),
                    m.parties.iter().map(|p| p.code().to_string()).collect(),
                )
            })
            .collect()
    }

    #[test]
    fn country_forms() {
        for m in [
            "the U.S.",
            "the US",
            "the United States",
            "America",
            "Washington",
            "the US side",
            "US federal agencies",
            "the CIA",
            "the State Department",
            "the White House",
            "the Pentagon",
            "American",
            "the US'",
            "US's",
        ] {
            assert_eq!(codes(m), ["USA"], "{m}");
        }
        for m in [
            "the PRC",
            "the People's Republic of China",
            "China's",
            "Beijing",
            "the Chinese side",
            "China's Ministry of State Security",
            "the Chinese Mission to the EU",
            "Chinese Mission to the European Union",
            "Chinese Foreign Ministry",
            "the Ministry of Foreign Affairs of the People's Republic of China",
            "中方",
            "中国",
        ] {
            assert_eq!(codes(m), ["CHN"], "{m}");
        }
        assert_eq!(codes("the Russian Embassy in Washington"), ["RUS"]);
        assert_eq!(codes("the Russian Federation"), ["RUS"]);
        assert_eq!(codes("Moscow"), ["RUS"]);
        assert_eq!(codes("Britain"), ["GBR"]);
        assert_eq!(codes("the UK"), ["GBR"]);
        assert_eq!(codes("London"), ["GBR"]);
        assert_eq!(codes("Brussels"), ["EU"]);
        assert_eq!(codes("Tokyo"), ["JPN"]);
        assert_eq!(codes("the DPRK"), ["PRK"]);
        assert_eq!(codes("美国中央情报局"), ["USA"]);
        assert_eq!(codes("北约"), ["NATO"]);
        assert_eq!(codes("欧盟"), ["EU"]);
    }

    #[test]
    fn coalitions() {
        assert_eq!(codes("the US and its allies"), ["USA"]);
        assert_eq!(codes("the US and its NATO allies"), ["USA", "NATO"]);
        assert_eq!(codes("the EU and NATO"), ["EU", "NATO"]);
        assert_eq!(codes("美国及其北约盟国"), ["USA", "NATO"]);
        assert_eq!(
            mentions(
                "The US and a coalition of its allies on Monday accused China's Ministry of State Security of hacking."
            ),
            [
                (
                    "The US and a coalition of its allies".to_string(),
                    vec!["USA".to_string()]
                ),
                (
                    "China's Ministry of State Security".to_string(),
                    vec!["CHN".to_string()]
                ),
            ]
        );
    }

    #[test]
    fn never_guesses() {
        for m in [
            "the West",
            "Western countries",
            "外交部",
            "the Foreign Ministry",
            "Taiwan",
            "North America",
            "let us know",
            "",
            "Europe",
        ] {
            assert!(codes(m).is_empty(), "{m}");
        }
    }

    #[test]
    fn mention_inside_apposition() {
        let text = "APT-C-39, a cyber attack organization of the US Central Intelligence Agency, has done it.";
        let found = mentions(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "the US Central Intelligence Agency");
        assert_eq!(found[0].1, ["USA"]);
    }

    #[test]
    fn lists_of_host_states_stay_in_the_name() {
        let text = "Chinese embassies in Norway, the UK, Canada, and New Zealand said so.";
        let found = mentions(text);
        assert_eq!(found[0].1, ["CHN"]);
        assert_eq!(
            found[0].0,
            "Chinese embassies in Norway, the UK, Canada, and New Zealand"
        );
    }

    use crate::testing::fixture_texts;

    /// [`mentions_in`] without the [`Scanner::may_start`] filter: the
    /// parser tried at every word.
    fn mentions_unfiltered(text: &str, span: Span, toks: &[Tok]) -> Vec<PartyMention> {
        let gaz = gazetteer();
        let mut out = Vec::new();
        let scanner = Scanner { text, toks, gaz };
        let mut i = 0;
        while i < toks.len() {
            if toks[i].kind != Kind::Word {
                i += 1;
                continue;
            }
            match scanner.coordinated(i, 0) {
                Some(m) => {
                    if !m.parties.is_empty() {
                        out.push(PartyMention {
                            span: Span::new(toks[i].start, toks[m.end - 1].end),
                            parties: m.parties,
                        });
                    }
                    i = m.end.max(i + 1);
                }
                None => i += 1,
            }
        }
        if !text[span].is_ascii() {
            han_mentions(text, span, gaz, &mut out);
            out.sort_by_key(|m| m.span.start);
        }
        out
    }

    #[test]
    fn start_filter_drops_no_mention() {
        let mut extra = String::from(
            "the US and its allies. The 3 EU states. the the China. THE UK side. \
             Über-Chinese media. the É Mission. the, US. “The” Ministry of Foreign Affairs of the PRC.",
        );
        extra.push_str(" the");
        let mut texts = fixture_texts();
        texts.push(extra);
        let mut checked = 0;
        for text in &texts {
            let doc = crate::document::Document::segment(text, None);
            for &sentence in &doc.sentences {
                let span = clamp(text, sentence);
                let toks = tokenize(text, span);
                assert_eq!(
                    mentions_in(text, span, &toks),
                    mentions_unfiltered(text, span, &toks),
                    "{}",
                    &text[span]
                );
                checked += 1;
            }
        }
        assert!(checked > 100, "{checked}");
    }

    #[test]
    fn key_filter_keeps_every_key() {
        let gaz = gazetteer();
        // Every English key, as written in any case and with dots.
        let mut words: Vec<String> = Vec::new();
        for k in gaz.english.keys() {
            let k = String::from_utf8(k.to_vec()).unwrap();
            let dotted: String = k.chars().flat_map(|c| [c, '.']).collect();
            words.extend([k.to_uppercase(), dotted.to_uppercase(), k.clone(), dotted]);
            let mut cap = k.clone();
            if let Some(c) = cap.get_mut(..1) {
                c.make_ascii_uppercase();
            }
            words.push(cap);
        }
        // And every word of the fixtures.
        for text in &fixture_texts() {
            for t in tokenize(text, Span::new(0, text.len())) {
                words.push(text[t.start..t.end].to_string());
            }
        }
        let mut kept = 0;
        for w in &words {
            let mut buf = [0u8; 48];
            let Some(n) = key(w, &mut buf) else { continue };
            let known = gaz.english.contains_key(&buf[..n]);
            assert!(!known || gaz.may_key(w.as_bytes()), "{w}");
            assert_eq!(gaz.english_forms(&buf[..n]).is_some(), known, "{w}");
            kept += usize::from(known);
        }
        assert!(kept > 500, "{kept}");
    }

    #[test]
    fn byte_helpers_agree_with_words() {
        let mut texts = fixture_texts();
        texts.push("The THE the tHe É Über 3 the. théâtre Ünited".to_string());
        for text in &texts {
            let toks = tokenize(text, Span::new(0, text.len()));
            let scanner = Scanner {
                text,
                toks: &toks,
                gaz: gazetteer(),
            };
            for i in 0..=toks.len() {
                assert_eq!(
                    scanner.capitalised(i),
                    scanner.word(i).is_some_and(starts_capitalised),
                    "{i}"
                );
                assert_eq!(scanner.is_the(i), scanner.is_word(i, &["the"]), "{i}");
            }
        }
    }

    #[test]
    fn ideograph_filter_keeps_every_ideograph() {
        for c in [
            '\u{3040}',
            '\u{30FF}',
            '中',
            '〇',
            '\u{AC00}',
            '\u{F900}',
            '\u{20000}',
        ] {
            assert!(crate::text::is_ideograph(c));
            assert!(may_hold_ideograph(&format!("“a{c}”")), "{c}");
        }
        assert!(!may_hold_ideograph("“The US” — é ü ½"));
    }

    #[test]
    fn ascii_token_match_agrees_with_chars() {
        let words = [
            "US", "U.S.", "us", "Us", "u.s.", "USA", "China", "CHINA", "china", "CHina", "EU",
            "E.U", "PRC", "P.R.C.", "side", "Side", "SIDE", "'s", "O'Brien", "o'brien", "", ".",
            "A.", "a",
        ];
        for tok in words {
            for form in words {
                assert_eq!(
                    ascii_token_matches(tok.as_bytes(), form.as_bytes()),
                    chars_token_matches(tok, form),
                    "{tok} {form}"
                );
            }
        }
    }

    #[test]
    fn quick_token_answers_agree_with_chars() {
        let gaz = gazetteer();
        let mut forms: Vec<&str> = gaz
            .english
            .values()
            .flatten()
            .flat_map(|f| f.toks.iter().map(String::as_str))
            .collect();
        forms.sort_unstable();
        forms.dedup();
        let mut toks: Vec<String> = ["U.S.", ".US", "’s", "'s", "Us", "CHINA", "É", "", "."]
            .map(String::from)
            .to_vec();
        for f in &forms {
            toks.extend([f.to_uppercase(), f.to_lowercase(), format!("{f}.")]);
        }
        let mut seen = std::collections::HashSet::new();
        for text in &fixture_texts() {
            for t in tokenize(text, Span::new(0, text.len())) {
                let w = &text[t.start..t.end];
                if seen.len() < 400 && seen.insert(w) {
                    toks.push(w.to_string());
                }
            }
        }
        for tok in &toks {
            for form in &forms {
                assert_eq!(
                    token_matches(tok, form),
                    chars_token_matches(tok, form),
                    "{tok} {form}"
                );
            }
        }
    }

    #[test]
    fn cache_filled_on_the_way_matches_the_whole_scan() {
        for text in &fixture_texts() {
            let doc = crate::document::Document::segment(text, None);
            let whole = SentenceMentions::new(&doc);
            let mut lazy = SentenceMentions::default();
            let mut toks = Vec::new();
            // Every other sentence asked for, as a reader skipping some would.
            for &sentence in doc.sentences.iter().step_by(2) {
                if lazy.scan_through(&doc, sentence, &mut toks) {
                    assert_eq!(toks.len(), tokenize(text, sentence).len());
                }
                assert_eq!(lazy.mentions(sentence), whole.mentions(sentence));
            }
            lazy.finish(&doc);
            assert_eq!(lazy.pieces, whole.pieces);
        }
    }

    #[test]
    fn odd_input_does_not_panic() {
        for t in [
            "'",
            "’s",
            "U.S.",
            "the",
            "(",
            "a'",
            "中",
            "美国及其",
            "x\u{0}y",
            "The US (EU",
        ] {
            let _ = find_mentions(t, Span::new(0, t.len()));
        }
        let _ = find_mentions("abc", Span::new(2, 99));
    }
}
