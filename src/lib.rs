//! demarche turns the raw text of a diplomatic statement into typed,
//! serialisable data.
//!
//! Given one document (a foreign-ministry press-conference transcript, an
//! embassy or mission statement, an official declaration, a state-media
//! editorial), [`analyze`] returns a [`Statement`]: the headline, kind,
//! publication date and outlet; the body cut into paragraphs and sentences;
//! who speaks, the question-and-answer turns and the quotations; date
//! expressions resolved against the publication date; who accuses whom of
//! what, and how the accusation is rebutted; the statistics cited and on
//! whose authority; and the runs of each language, with passages paired with
//! their translations.
//!
//! ```
//! let text = "\
//! Spokesperson's remarks on the cyber security issue
//!
//! 2021-07-21 14:35
//!
//! Journalist: The US accused China on Monday of a hacking campaign. Any comment?
//!
//! Zhao Lijian: The accusations are groundless. China firmly opposes all cyber attacks.";
//!
//! let statement = demarche::analyze(text);
//! assert_eq!(statement.headline.map(|h| h.text.into_owned()),
//!            Some("Spokesperson's remarks on the cyber security issue".to_string()));
//! assert_eq!(statement.published.map(|p| p.date.to_string()), Some("2021-07-21".to_string()));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! The library does no I/O: every entry point takes `&str` (or `&[u8]`,
//! checked as UTF-8) and returns values.
//!
//! # Positions
//!
//! Every position is a [`Span`]: half-open UTF-8 byte offsets into the exact
//! input, always inside it and on char boundaries, so `&input[span]` never
//! panics. Nothing is trimmed or re-encoded first (a byte-order mark, CRLF
//! line ends and NUL bytes stay where they are).
//!
//! # The JSON contract
//!
//! With the `serde` feature (on by default) every record serialises to
//! JSON with the field names of its Rust struct: spans as
//! `{"start": s, "end": e}` (byte offsets, `&input[s..e]`), text as
//! `{"text": ..., "span": ...}`, enums as `snake_case` strings, dates as
//! ISO 8601, languages as ISO 639-3 codes, parties as ISO 3166-1 alpha-3
//! or organisation codes (`"EU"`, `"NATO"`), an unknown party as `null`.
//! Fields that do not apply are `null` or `[]`, never absent; lists are in
//! document order, and indexes (`speaker`, `target`) point into the same
//! statement's lists. [`FORMAT_VERSION`] is written into every statement as
//! `format_version` and changes whenever a field's name or meaning does.
//! In outline (each record's page documents its fields):
//!
//! ```text
//! {"format_version": N,
//!  "headline": {"text", "span"}, "kind": "press_conference", "published": {"date", "time", "utc_offset", "span"},
//!  "outlet": {"text", "span"}, "section": [..], "authors": [{"name", "role", "span"}], "side": "CHN",
//!  "primary_lang": "eng", "body": {"start", "end"}, "paragraphs": [{"span", "lang"}], "sentences": [{"start", "end"}],
//!  "boilerplate": [{"kind", "span"}],
//!  "speakers": [{"id", "name", "role", "affiliation", "party", "mentions"}],
//!  "turns": [{"speaker", "kind", "label", "span"}], "quotes": [{"span", "kind", "speaker"}],
//!  "temporal": [{"text", "span", "date", "granularity"}],
//!  "accusations": [{"span", "stance", "accuser", "accused", "charge", "category", "cue", "date", "cameo", "plover"}],
//!  "rebuttals": [{"span", "rebutter", "tactics", "cues", "target", "cameo"}],
//!  "protests": [{"span", "protester", "target", "form", "cue", "accusation", "cameo", "plover"}],
//!  "statistics": [{"span", "text", "value", "approximation", "kind", "unit", "subject", "source", "period", "lang"}],
//!  "language_spans": [{"span", "lang", "script", "confidence"}],
//!  "parallel_passages": [{"source", "target", "source_lang", "target_lang", "anchors", "score"}]}
//! ```
//!
//! # The model
//!
//! A [`Statement`] holds everything found in one document, each list in
//! document order:
//!
//! | Field | Type | What it is |
//! |---|---|---|
//! | `headline`, `published`, `outlet`, `section`, `authors`, `kind` | [`Text`], [`Published`], [`Author`], [`StatementKind`] | The header: title, dateline (date, time, UTC offset), outlet, breadcrumb section, bylines, and what sort of statement it is. |
//! | `body`, `paragraphs`, `sentences`, `boilerplate` | [`Span`], [`Paragraph`], [`Boilerplate`] | The text without navigation, captions, share links, footers, editor's notes and related-link lists, cut into paragraphs and sentences. |
//! | `side` | [`Party`] | Whose voice the document carries (a Chinese ministry: `CHN`; the White House: `USA`; an independent outlet: none). |
//! | `speakers`, `turns`, `quotes` | [`Speaker`], [`Turn`], [`Quote`] | Who speaks (named officials, roles, outlets, bodies), the question-and-answer turns of a transcript, and the quotations with their speaker. |
//! | `voices` | [`Voice`], [`VoiceKind`] | Whose words each sentence is: the document's own voice (its side), a speaker's (a transcript turn, an attribution, a quotation), or a report's ("according to reports"), each with the cue that decided it. See "Voices" below. |
//! | `temporal` | [`TemporalExpression`] | Date expressions ("on Monday", "last September", "上周") resolved to a [`PartialDate`] against the publication date. |
//! | `accusations`, `rebuttals` | [`Accusation`], [`Rebuttal`] | Who charges whom with what ([`Actor`]s with parties, [`Stance`], [`AccusationCategory`], CAMEO and PLOVER codes), and the answers to them by [`Tactic`], linked to the accusation they answer. |
//! | `protests` | [`Protest`], [`ProtestForm`] | Protests and démarches ("lodged solemn representations with the US side", "summoned the ambassador", "strongly condemns", 提出严正交涉): who protests to whom, in what form, with its CAMEO code (114 complain officially, 111 criticize or denounce) and the accusation of the same sentence. |
//! | `statistics` | [`CitedStatistic`] | Numbers cited as facts, with [`Approximation`], [`StatisticKind`], unit, subject, source and period, in English and Chinese. |
//! | `language_spans`, `parallel_passages` | [`LanguageSpan`], [`ParallelPassage`] | Runs of one [`Lang`] and [`Script`] that partition the input, and passages paired with their translation by shared [`Anchor`]s. |
//!
//! [`analyze`] runs everything with the defaults; an [`Analyzer`] sets a
//! reference date or a size limit; [`analyze_bytes`] checks bytes as UTF-8
//! first and reports an [`Error`] with the offset of the first bad byte.
//! [`statistics`], [`language_spans`] and [`parallel_passages`] run one
//! extractor for callers who want only that.
//!
//! Results borrow from the input where they can ([`Text`] is a
//! copy-on-write string); `into_owned` gives a `Statement<'static>`.
//!
//! # Voices
//!
//! A researcher counting what a spokesperson said needs to keep the
//! spokesperson's words apart from the questions put to them and from what
//! a news report relays. [`Statement::voices`] gives every sentence its
//! voice, decided once after speakers, turns and quotes, by these rules in
//! order: a sentence inside a transcript turn is the turn's speaker's (the
//! cue is the label); a sentence that mentions a speaker as the subject of
//! a verb of saying or after "according to" is that speaker's (an outlet's
//! makes it reported); a sentence holding direct speech given to a speaker
//! is that speaker's; a sentence with a reporting phrase ("according to
//! reports", "reportedly", "据报道") is reported; every other sentence is
//! the document's own, speaking for its side.
//!
//! ```
//! use demarche::VoiceKind;
//!
//! let text = "BEIJING, July 20 -- The spokesperson rejected the charges.\n\n\
//!             Foreign Ministry Spokesperson Zhao Lijian said the accusations were groundless.\n\n\
//!             The vessel was reportedly rammed twice.";
//! let s = demarche::analyze(text);
//! let kinds: Vec<VoiceKind> = s.voices.iter().map(|v| v.kind).collect();
//! assert_eq!(kinds.last(), Some(&VoiceKind::Reported));
//! let zhao = s.voices.iter().find(|v| v.kind == VoiceKind::Speaker).expect("Zhao's sentence");
//! assert_eq!(zhao.cue.map(|c| &text[c]), Some("Foreign Ministry Spokesperson Zhao Lijian"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Checking by eye, and whole folders
//!
//! [`html::render`] turns a statement into a self-contained HTML page in
//! the manner of displaCy: every accusation, rebuttal, quotation, speaker,
//! turn, date and statistic highlighted in its own colour, with its details
//! on hover and in a side list, so a reader can check what was found before
//! trusting the counts. The `corpus` example runs the analysis over a
//! folder on every core and writes one CSV per kind of item (one row per
//! item, every field a column) and the JSON Lines, with a page per document
//! on request (`cargo run --release --example corpus -- DIR --out OUT --html`).
//!
//! # Untrusted input
//!
//! The entry points are meant for text scraped from anywhere. For any
//! `&str`, including the empty string, whitespace only, a byte-order mark,
//! CRLF or lone CR line ends, NUL bytes, emoji, right-to-left scripts,
//! 400-digit numbers, unbalanced quotation marks and brackets, and a 10 MB
//! line without punctuation:
//!
//! - **No panic.** Every entry point returns a value; only the size limit of
//!   an [`Analyzer`] and invalid UTF-8 given to [`analyze_bytes`] give an
//!   [`Error`], and the latter names the byte offset, line and column.
//! - **Valid spans.** Every [`Span`] in a result lies inside the input and
//!   on char boundaries; lists are sorted; language runs join back to the
//!   input exactly.
//! - **Finite numbers.** A value too large for an `f64` is not reported, so
//!   the JSON never holds an infinity or a NaN.
//! - **Linear time and memory.** Every stage scans the text a bounded
//!   number of times, with look-arounds of bounded width, so time and memory
//!   grow in proportion to the input (a test scales pathological inputs by
//!   1×, 10× and 100× and checks it). Set
//!   [`Analyzer::max_input_len`] to bound the work per document.
//!
//! These guarantees are checked by property tests over arbitrary Unicode and
//! over mutated statements, by the fuzz targets in `fuzz/`, and by
//! regression tests for every input the fuzzers found.
//!
//! # Design
//!
//! One document passes through a fixed pipeline: lines → boilerplate →
//! header (dateline first, then the headline among the lines before it) →
//! paragraphs and sentences → language runs → speakers, turns and quotes →
//! dates → statistics → the document's side → accusations → rebuttals. Each
//! stage reads the segmented document and the results of the stages before
//! it, never the other way round.
//!
//! The rules are small named functions over byte offsets, and the words
//! they look for are data: lexicons grouped by purpose, each group with the
//! reason it is there (`src/lexicon/`), matched by packed integer keys or
//! first-byte tables rather than regular expressions. A rule that would
//! only fit one document is not added. Whatlang is asked only about long
//! runs whose script leaves the language open; unicode-segmentation gives
//! the sentence boundaries that the splitter then repairs (abbreviations,
//! initials, quotations, Chinese punctuation).
//!
//! # Performance
//!
//! `cargo bench --features bench-stages --bench pipeline` measures each
//! stage in thread CPU time on 4 MB of generated English press statements
//! (3 to 6 KB each, analysed one by one). Medians on one core of the
//! development machine (2 cores, shared with other work, so the figures
//! swing by about a fifth between runs), in MiB/s:
//!
//! | Stage | MiB/s |
//! |---|---|
//! | segmentation and metadata (lines, boilerplate, header, paragraphs, sentences) | 460 |
//! | unicode-segmentation's UAX #29 sentence bounds alone, for comparison | 50 |
//! | language runs | 738 |
//! | speakers, turns and quotes (with the party mentions they share) | 152 |
//! | dates | 180 |
//! | cited statistics | 161 |
//! | the document's side | 3100 |
//! | accusations (with the party mentions they share) | 123 |
//! | rebuttals | 287 |
//! | the whole [`analyze`], document by document | 21.9 |
//! | the whole [`analyze`], the same bytes as one document | 38.8 |
//!
//! The whole analysis is slower than the sum of its stages on short
//! documents: each document runs every stage's code once, so the caches and
//! branch predictors are cold for each; the same bytes as one document run
//! almost twice as fast.
//!
//! Most of the speed comes from not looking: every lexicon lookup is behind
//! a filter on the word's first bytes and length that turns away the words
//! of running text, date expressions are sought only around their key words,
//! numbers only from candidate to candidate, and common ASCII stretches are
//! read eight bytes at a time. Each filter is tested against the path it
//! replaced.
//!
//! `cargo bench --bench scaling` runs the whole analysis on pathological
//! inputs of about 256 KB, 1 MB and 4 MB, the shapes that make a careless
//! scanner rescan the rest of its input or keep a record per byte. Time and
//! peak memory per input byte stay flat as the input grows sixteenfold (the
//! test `linear_time_on_pathological_inputs` fails if four times the input
//! takes more than eight times as long). Medians:
//!
//! | Input | MB/s at 256 KB / 1 MB / 4 MB | Peak memory ÷ input at 256 KB / 1 MB / 4 MB |
//! |---|---|---|
//! | one line without punctuation | 91.1 / 92.8 / 85.7 | 0.12 / 0.02 / 0.01 |
//! | straight and curly quotation marks | 21.8 / 21.0 / 20.1 | 4.00 / 3.73 / 3.73 |
//! | digits only | 112.4 / 117.4 / 106.7 | 0.02 / 0.01 / 0.01 |
//! | a script change at every char | 17.1 / 12.1 / 12.4 | 32.08 / 32.08 / 32.24 |
//! | "Q:" and "A:" turns only | 8.4 / 6.8 / 5.9 | 47.75 / 48.52 / 39.44 |
//! | nested brackets | 79.8 / 79.1 / 79.3 | 0.34 / 0.11 / 0.03 |
//! | one paragraph of short sentences | 25.9 / 22.8 / 19.9 | 11.22 / 11.38 / 11.40 |
//! | speech cues without a full stop ("China said: ") | 31.7 / 26.7 / 23.3 | 10.30 / 11.33 / 11.45 |
//! | accusation cues without a full stop | 24.5 / 21.6 / 20.4 | 10.28 / 11.01 / 11.14 |
//! | opening marks of every kind, never closed | 22.8 / 20.4 / 20.5 | 5.50 / 5.53 / 5.71 |
//! | opening marks nested as deep as the input | 18.7 / 17.5 / 17.1 | 2.33 / 2.31 / 2.10 |
//! | Chinese without punctuation | 18.6 / 16.4 / 16.9 | 4.70 / 5.04 / 5.73 |
//! | number words and numerals | 18.8 / 18.5 / 18.0 | 5.23 / 5.59 / 5.66 |
//! | date words back to back | 17.4 / 16.5 / 13.8 | 20.61 / 21.37 / 21.43 |
//! | party names back to back | 15.8 / 13.7 / 14.2 | 15.29 / 15.87 / 16.08 |
//! | transcript labels of several shapes | 6.2 / 6.5 / 6.0 | 24.42 / 24.50 / 24.46 |
//! | long URLs | 38.0 / 33.7 / 32.0 | 0.36 / 0.09 / 0.04 |
//! | a script change at every word | 15.4 / 12.8 / 12.3 | 13.31 / 13.26 / 13.26 |
//! | `"` only | 23.3 / 36.2 / 66.7 | 0.42 / 0.10 / 0.03 |
//! | `(` only | 79.9 / 79.6 / 67.0 | 0.42 / 0.11 / 0.03 |
//! | `:` only | 78.9 / 65.5 / 66.0 | 0.42 / 0.11 / 0.03 |
//! | line breaks only | 92.7 / 69.0 / 77.5 | 0.02 / 0.01 / 0.00 |
//! | the test fixtures, back to back | 9.6 / 10.2 / 10.6 | 6.14 / 6.49 / 6.72 |
//!
//! Memory is mostly the result itself: inputs that are all turns, script
//! changes or date words produce a record every few bytes, and the fixtures
//! are written to hold a statistic, accusation or rebuttal in most
//! sentences. Input in which nothing is found keeps no record per byte (a
//! test holds it under eight times the input). On press statements of the
//! usual density the peak, result included, stays under four times the
//! input (a test holds it).
//!
//! # Crate features
//!
//! - `serde` (default): `Serialize` and `Deserialize` for every record.

#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![deny(rustdoc::broken_intra_doc_links)]
#![warn(missing_debug_implementations)]

pub use accusation::{Accusation, AccusationCategory, Stance};
pub use bilingual::{Anchor, LanguageSpan, ParallelPassage};
pub use error::{Error, ErrorKind};
pub use lang::{Lang, Script};
pub use options::Analyzer;
pub use party::{Actor, Party};
pub use protest::{Protest, ProtestForm};
pub use quote::{Quote, QuoteKind};
pub use rebuttal::Rebuttal;
pub use span::{Span, Text};
pub use speaker::{Speaker, SpeakerRole};
pub use statement::{
    Author, AuthorRole, Boilerplate, BoilerplateKind, Paragraph, Published, Statement,
    StatementKind,
};
pub use statistic::{Approximation, CitedStatistic, StatisticKind};
pub use tactic::Tactic;
pub use temporal::{Granularity, ParsePartialDateError, PartialDate, TemporalExpression};
pub use turn::{Turn, TurnKind};
pub use voice::{Voice, VoiceKind};

pub mod html;

mod accusation;
mod bilingual;
mod boilerplate;
mod cues;
mod dateline;
mod document;
mod error;
mod header;
mod issuer;
mod kind;
mod lang;
mod lexicon;
mod options;
mod party;
mod pipeline;
mod protest;
mod quote;
mod rebuttal;
mod side;
mod span;
mod speaker;
#[cfg(feature = "bench-stages")]
#[doc(hidden)]
pub mod stages;
mod stance;
mod statement;
mod statistic;
mod tactic;
mod temporal;
#[cfg(test)]
mod testing;
mod text;
mod turn;
mod voice;

/// The version of the JSON contract, written into every [`Statement`] as
/// `format_version`. It changes whenever a field's name or meaning does.
///
/// ```
/// assert_eq!(demarche::analyze("").format_version, demarche::FORMAT_VERSION);
/// ```
pub const FORMAT_VERSION: u32 = 3;

/// Analyses one document with the default options.
///
/// Never fails and never panics: any `&str` gives a [`Statement`], empty
/// where nothing is found. Use an [`Analyzer`] for a reference date or a
/// size limit.
///
/// ```
/// let statement = demarche::analyze("Home > Roll News\nA headline\n\nJuly 19, 2021\n\nThe body.");
/// assert_eq!(statement.sentences.len(), 3);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn analyze(text: &str) -> Statement<'_> {
    pipeline::run(text, &Analyzer::new())
}

/// Finds the statistics cited in a text, for callers who only want the
/// numbers: counts, durations, ranks, percentages and sums of money, in
/// English and Chinese, with their qualifier, unit, source and period.
///
/// The text is segmented as [`analyze`] does (boilerplate such as footers
/// with addresses and phone numbers is left out), so the result equals
/// `analyze(text).statistics`. Spans are byte offsets into `text`, sorted
/// and disjoint; values are finite (a number too large for an `f64` is not
/// reported).
///
/// ```
/// use demarche::{Approximation, StatisticKind};
///
/// let text = "According to the agency, about 52,000 servers were hit in 2020.";
/// let stats = demarche::statistics(text);
/// assert_eq!(stats.len(), 1);
/// assert_eq!(stats[0].text, "about 52,000");
/// assert_eq!(stats[0].value, 52_000.0);
/// assert_eq!(stats[0].approximation, Approximation::About);
/// assert_eq!(stats[0].kind, StatisticKind::Count);
/// assert_eq!(stats[0].unit.as_deref(), Some("servers"));
/// assert_eq!(stats[0].period.as_deref(), Some("2020"));
///
/// let zh = demarche::statistics("数据显示，约531万台主机被控制。");
/// assert_eq!(zh.len(), 1);
/// assert_eq!(zh[0].value, 5_310_000.0);
/// assert_eq!(zh[0].unit.as_deref(), Some("主机"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn statistics(text: &str) -> Vec<CitedStatistic<'_>> {
    let doc = document::Document::segment(text, None);
    statistic::extract(&doc)
}

/// Analyses one document given as bytes, checked as UTF-8.
///
/// # Errors
///
/// [`ErrorKind::InvalidUtf8`] with the offset, line and column of the first
/// bad byte.
///
/// ```
/// let statement = demarche::analyze_bytes("2021年7月20日".as_bytes())?;
/// assert_eq!(statement.published.map(|p| p.date.to_string()), Some("2021-07-20".to_string()));
///
/// let err = demarche::analyze_bytes(b"abc\xFFdef").unwrap_err();
/// assert_eq!(err.offset(), Some(3));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn analyze_bytes(bytes: &[u8]) -> Result<Statement<'_>, Error> {
    Analyzer::new().analyze_bytes(bytes)
}

/// The language runs of `text`, without the rest of the analysis.
///
/// The runs partition the input: joined in order, their spans cover every
/// byte exactly once. Each run has its language (ISO 639-3, `None` only
/// where the text has no letters at all), its dominant [`Script`] and a
/// confidence. The script decides where it can (Han only: `cmn`; kana:
/// `jpn`; hangul: `kor`); whatlang is asked only about long Latin,
/// Cyrillic, Arabic, Devanagari or Hebrew paragraphs, and a short Latin run
/// ("How absurd!", a name) takes the document's dominant Latin language.
/// Latin codes, digits and punctuation inside a Chinese sentence stay in
/// its run.
///
/// ```
/// use demarche::{Lang, Script};
///
/// let text = "China firmly opposes it. 中国坚决反对APT-C-39的网络攻击。\n\nHow absurd!";
/// let runs = demarche::language_spans(text);
/// assert_eq!(runs.len(), 3);
/// assert_eq!(&text[runs[0].span], "China firmly opposes it. ");
/// assert_eq!(runs[0].lang, Some(Lang::ENGLISH));
/// assert_eq!(&text[runs[1].span], "中国坚决反对APT-C-39的网络攻击。\n\n");
/// assert_eq!(runs[1].lang, Some(Lang::CHINESE));
/// assert_eq!(runs[1].script, Script::Mandarin);
/// assert_eq!(runs[2].lang, Some(Lang::ENGLISH));
/// assert_eq!(runs.last().map(|r| r.span.end), Some(text.len()));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn language_spans(text: &str) -> Vec<LanguageSpan> {
    bilingual::language_spans(text)
}

/// Passages of `text` paired with their translation in the same text.
///
/// A passage (a paragraph, or a run of one language inside a paragraph) is
/// paired with a passage in another language when they share at least two
/// anchors once normalised: numbers ("5.2万" ~ "52,000", "531万" ~ "5.31
/// million", "11年" ~ "11 years"), codes ("APT-C-39") and Latin names. The
/// anchors' positions come with the pair. Passages of one language are
/// never paired.
///
/// ```
/// use demarche::Lang;
///
/// let text = "据统计，2020年境外约5.2万个服务器控制了境内约531万台主机。\n\n\
///             Statistics show that in 2020 about 52,000 servers abroad controlled \
///             some 5.31 million hosts in China.";
/// let pairs = demarche::parallel_passages(text);
/// assert_eq!(pairs.len(), 1);
/// assert_eq!(pairs[0].source_lang, Lang::CHINESE);
/// assert_eq!(pairs[0].target_lang, Lang::ENGLISH);
/// assert_eq!(pairs[0].anchors.len(), 3);
/// assert_eq!(&text[pairs[0].anchors[1].source], "5.2万");
/// assert_eq!(&text[pairs[0].anchors[1].target], "52,000");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn parallel_passages(text: &str) -> Vec<ParallelPassage> {
    bilingual::parallel_passages(text, &bilingual::language_spans(text))
}

/// The README's examples, run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
