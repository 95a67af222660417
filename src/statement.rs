//! The result of analysing one document.

use std::borrow::Cow;

use chrono::{FixedOffset, NaiveDate, NaiveTime};

use crate::{
    Accusation, CitedStatistic, Lang, LanguageSpan, ParallelPassage, Party, Protest, Quote,
    Rebuttal, Span, Speaker, TemporalExpression, Text, Turn, Voice,
};

/// Everything demarche finds in one document.
///
/// Fields that do not apply are `None` or empty, never absent from the JSON.
/// Lists are in document order; indexes (`speaker`, `target`) point into the
/// same statement's lists.
///
/// ```
/// use demarche::StatementKind;
///
/// let text = "Spokesperson's remarks on cyber security\n\n2021-07-21 14:35\n\n\
///             Journalist: Any comment?\n\nZhao Lijian: China firmly opposes all cyber attacks.";
/// let statement = demarche::analyze(text);
/// assert_eq!(statement.headline.as_ref().map(|h| h.as_str()), Some("Spokesperson's remarks on cyber security"));
/// assert_eq!(statement.published.as_ref().map(|p| p.date.to_string()), Some("2021-07-21".to_string()));
/// assert!(!statement.sentences.is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Statement<'a> {
    /// The version of the JSON contract, [`FORMAT_VERSION`](crate::FORMAT_VERSION).
    pub format_version: u32,
    /// The title line, without dateline or outlet.
    pub headline: Option<Text<'a>>,
    /// What sort of text this is.
    pub kind: StatementKind,
    /// The publication date (and time, when given) from the dateline.
    pub published: Option<Published>,
    /// The outlet named in the header ("Global Times").
    pub outlet: Option<Text<'a>>,
    /// Section and breadcrumb labels ("OPINION", "EDITORIAL").
    pub section: Vec<Text<'a>>,
    /// Authors, editors and translators named in the header.
    pub authors: Vec<Author<'a>>,
    /// Whose voice the document carries (a Chinese ministry gives `CHN`; an
    /// independent outlet, none).
    pub side: Option<Party>,
    /// The document's main language.
    pub primary_lang: Option<Lang>,
    /// From the first to the last byte of the body paragraphs.
    pub body: Span,
    /// The paragraphs of the body, boilerplate excluded.
    pub paragraphs: Vec<Paragraph>,
    /// Every sentence outside boilerplate, headline and dateline included.
    pub sentences: Vec<Span>,
    /// Navigation, captions, share links, footers, editor's notes.
    pub boilerplate: Vec<Boilerplate>,
    /// Everyone who speaks.
    pub speakers: Vec<Speaker<'a>>,
    /// The question and answer turns of a transcript.
    pub turns: Vec<Turn<'a>>,
    /// Quotations.
    pub quotes: Vec<Quote>,
    /// Whose words each sentence is, one per entry of
    /// [`sentences`](Statement::sentences): the document's own voice, a
    /// speaker's, or a report's, with the cue that decided it.
    pub voices: Vec<Voice>,
    /// Date expressions, resolved.
    pub temporal: Vec<TemporalExpression<'a>>,
    /// Who charges whom with what.
    pub accusations: Vec<Accusation<'a>>,
    /// How accusations are answered.
    pub rebuttals: Vec<Rebuttal<'a>>,
    /// Protests and démarches: formal complaints of one government to
    /// another.
    #[cfg_attr(feature = "serde", serde(default))]
    pub protests: Vec<Protest<'a>>,
    /// Cited numbers.
    pub statistics: Vec<CitedStatistic<'a>>,
    /// Runs of one language, partitioning the whole input.
    pub language_spans: Vec<LanguageSpan>,
    /// Passages paired with their translations.
    pub parallel_passages: Vec<ParallelPassage>,
}

impl Statement<'_> {
    /// The same statement, owning all its strings, so it can outlive the
    /// input.
    ///
    /// ```
    /// let owned: demarche::Statement<'static> = {
    ///     let text = String::from("A headline\n\nJuly 19, 2021\n\nThe body.");
    ///     demarche::analyze(&text).into_owned()
    /// };
    /// assert_eq!(owned.headline.map(|h| h.text.into_owned()), Some("A headline".to_string()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn into_owned(self) -> Statement<'static> {
        Statement {
            format_version: self.format_version,
            headline: self.headline.map(Text::into_owned),
            kind: self.kind,
            published: self.published,
            outlet: self.outlet.map(Text::into_owned),
            section: self.section.into_iter().map(Text::into_owned).collect(),
            authors: self.authors.into_iter().map(Author::into_owned).collect(),
            side: self.side,
            primary_lang: self.primary_lang,
            body: self.body,
            paragraphs: self.paragraphs,
            sentences: self.sentences,
            boilerplate: self.boilerplate,
            speakers: self.speakers.into_iter().map(Speaker::into_owned).collect(),
            turns: self.turns.into_iter().map(Turn::into_owned).collect(),
            quotes: self.quotes,
            voices: self.voices,
            temporal: self
                .temporal
                .into_iter()
                .map(TemporalExpression::into_owned)
                .collect(),
            accusations: self
                .accusations
                .into_iter()
                .map(Accusation::into_owned)
                .collect(),
            rebuttals: self
                .rebuttals
                .into_iter()
                .map(Rebuttal::into_owned)
                .collect(),
            protests: self.protests.into_iter().map(Protest::into_owned).collect(),
            statistics: self
                .statistics
                .into_iter()
                .map(CitedStatistic::into_owned)
                .collect(),
            language_spans: self.language_spans,
            parallel_passages: self.parallel_passages,
        }
    }
}

/// What sort of text a statement is.
///
/// ```
/// let s = demarche::analyze("OPINION / EDITORIAL\nUS smears China: Global Times editorial\n\nBody text.");
/// assert_eq!(s.kind, demarche::StatementKind::Editorial);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum StatementKind {
    /// A transcript with question and answer turns.
    PressConference,
    /// A text issued in a government's or mission's own name.
    OfficialStatement,
    /// An outlet's own opinion.
    Editorial,
    /// A report about what officials said.
    NewsReport,
    /// A signed opinion piece.
    Commentary,
    /// Nothing tells.
    #[default]
    Unknown,
}

/// When a document was published, from its dateline.
///
/// ```
/// let s = demarche::analyze("Headline\nPublished: Jul 20, 2021 01:58 PM\n\nBody.");
/// let published = s.published.ok_or("no dateline")?;
/// assert_eq!(published.date.to_string(), "2021-07-20");
/// assert_eq!(published.time.map(|t| t.to_string()), Some("13:58:00".to_string()));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Published {
    /// The calendar date.
    pub date: NaiveDate,
    /// The time of day, when given.
    pub time: Option<NaiveTime>,
    /// The UTC offset, when given (`"-04:00"`).
    #[cfg_attr(feature = "serde", serde(with = "offset_serde"))]
    pub utc_offset: Option<FixedOffset>,
    /// Where the date (and time) stand.
    pub span: Span,
}

impl Published {
    /// A publication date without time.
    ///
    /// ```
    /// let date = chrono::NaiveDate::from_ymd_opt(2021, 7, 20).ok_or("bad date")?;
    /// let p = demarche::Published::new(date, demarche::Span::new(0, 10));
    /// assert_eq!(p.time, None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn new(date: NaiveDate, span: Span) -> Published {
        Published {
            date,
            time: None,
            utc_offset: None,
            span,
        }
    }
}

#[cfg(feature = "serde")]
mod offset_serde {
    use chrono::FixedOffset;
    use serde::{Deserialize, Deserializer, Serializer};

    pub(super) fn serialize<S: Serializer>(
        offset: &Option<FixedOffset>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        match offset {
            Some(offset) => s.collect_str(offset),
            None => s.serialize_none(),
        }
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<FixedOffset>, D::Error> {
        let Some(text) = Option::<std::borrow::Cow<'de, str>>::deserialize(d)? else {
            return Ok(None);
        };
        text.parse::<FixedOffset>()
            .map(Some)
            .map_err(serde::de::Error::custom)
    }
}

/// Someone named in the header as author, editor or translator.
///
/// ```
/// let s = demarche::analyze("Headline\n2021-07-21 17:21:09\n\nBy Nie Shuyi\n\nBody text here.");
/// assert_eq!(s.authors.len(), 1);
/// assert_eq!(s.authors[0].name, "Nie Shuyi");
/// assert_eq!(s.authors[0].role, demarche::AuthorRole::Author);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Author<'a> {
    /// The name.
    pub name: Cow<'a, str>,
    /// Author, editor or translator.
    pub role: AuthorRole,
    /// Where the name stands.
    pub span: Span,
}

impl Author<'_> {
    /// The same author, owning the name.
    ///
    /// ```
    /// let owned = {
    ///     let text = String::from("Talks resume in Geneva\n\nBy Li Wei\n\nThe talks resumed on Monday.");
    ///     demarche::analyze(&text).into_owned()
    /// };
    /// assert_eq!(owned.authors.len(), 1);
    /// assert_eq!(owned.authors[0].name, "Li Wei");
    /// assert_eq!(owned.authors[0].role, demarche::AuthorRole::Author);
    /// ```
    #[must_use]
    pub fn into_owned(self) -> Author<'static> {
        Author {
            name: Cow::Owned(self.name.into_owned()),
            role: self.role,
            span: self.span,
        }
    }
}

/// What a person named in the header did.
///
/// ```
/// assert_ne!(demarche::AuthorRole::Author, demarche::AuthorRole::Editor);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum AuthorRole {
    /// Wrote it ("By Nie Shuyi").
    Author,
    /// Edited it ("Editor: Li Wei", or a bare name beside the outlet).
    Editor,
    /// Translated it.
    Translator,
}

/// A paragraph of the body and its language.
///
/// ```
/// let s = demarche::analyze("A headline\n\nThe first paragraph is here.\n\nThe second one is here.");
/// assert_eq!(s.paragraphs.len(), 2);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Paragraph {
    /// The paragraph, trimmed of surrounding whitespace.
    pub span: Span,
    /// Its main language.
    pub lang: Option<Lang>,
}

/// A stretch of the input that is not part of the statement itself.
///
/// ```
/// let s = demarche::analyze("Home > Roll News\nHeadline\n\nBody.\n\n<Suggest to a friend>");
/// assert!(s.boilerplate.iter().any(|b| b.kind == demarche::BoilerplateKind::Share));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Boilerplate {
    /// What sort of boilerplate.
    pub kind: BoilerplateKind,
    /// Where it stands (a whole line or block).
    pub span: Span,
}

/// The sorts of boilerplate.
///
/// ```
/// assert_ne!(demarche::BoilerplateKind::Caption, demarche::BoilerplateKind::Footer);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum BoilerplateKind {
    /// Menus, breadcrumbs ("Home > Roll News"), language switches.
    Navigation,
    /// Photo and illustration captions, and their repeats.
    Caption,
    /// Addresses, phone and fax numbers, copyright lines.
    Footer,
    /// An editor's note about the text's origin.
    EditorNote,
    /// "Related News" and similar link lists.
    Related,
    /// Share and print links (`<Suggest to a friend>`).
    Share,
    /// Anything else (a front-matter block, say).
    Other,
}
