//! Date expressions ("on Monday", "last September", "7月19日", "Q3 2020")
//! found in English and Chinese and resolved to the calendar.
//!
//! # The grammar
//!
//! One grammar per language reads every written form:
//!
//! - absolute dates: "March 3, 2022", "3 March 2022", "the 3rd of March",
//!   "Sept. 29", "march 3", "2015-03-03", "2015/3/3", "3/3/2015",
//!   "03.03.2015", "2023年4月28日", "二〇二一年", "2015年三月三号";
//! - months and years: "May 2020", "in July", "last September", "May of this
//!   year", "in 2020", "since 2019", "7月", "2020年";
//! - quarters and halves: "Q3 2020", "the third quarter", "the first half of
//!   2020", "this quarter", "本季度", "上半年", "2021年第三季度";
//! - days relative to the reference: "today", "tonight", "this morning",
//!   "tomorrow's", "tomorrow morning", "the day after tomorrow", "three days
//!   ago", "in two weeks", "a month ago", "今天", "后天", "大后天", "前天";
//! - weeks and weekdays: "last week", "on Monday", "Monday night", "last
//!   Tuesday", "Wednesday of next week", "Wed", "上周", "下週", "上周二",
//!   "週五", "禮拜一";
//! - stretches: "over the past decade", "the last three years", "in recent
//!   years", "近年来" (granularity `duration`, dated by their start when the
//!   count is known); ranges "from May 7 to 12", "10 and 31 May" (granularity
//!   `range`, dated by their first day);
//! - holidays: New Year's Day, Christmas, Independence Day (4 July, as in US
//!   statements), National Day (1 October, as in Chinese statements), Labour
//!   Day, Victory Day (9 May), Thanksgiving, Easter, the Spring Festival
//!   (from the lunar calendar, 2005 to 2030), 元旦, 春节, 国庆节, 劳动节,
//!   圣诞节, 除夕, 元宵节.
//!
//! Numbers that are no dates are left alone: "403 targets", "5.31 million",
//! "APT-2020", "over 2000 targets", "in 2000 cities". A year alone is a date
//! only after a preposition ("in 2020") and not before a plural noun;
//! "May" and "March" alone only after a preposition or a modifier; lower-case
//! and abbreviated month names only with a day or a year. A numeric date
//! with slashes reads month/day, as US statements write it, unless the first
//! number is over 12 ("15/2" is 15 February); with dots or dashes it reads
//! day.month. A numeric date without a year ("15/2") is read only after a
//! preposition.
//!
//! # The reference date
//!
//! Relative words resolve against the day the words were spoken: the
//! caller's reference date or the publication date, unless a header line
//! that names a speech event ("Regular Press Conference on March 3, 2022",
//! "Press Briefing ..., July 19, 2021", "9月13日外交部发言人主持例行记者会",
//! an embargo line) gives a date up to a week before it (a transcript
//! published the next morning). A document without a publication date takes
//! the first full date of its header or opening lines ("Press Release,
//! Washington DC, 04 February 2023").
//!
//! # Resolution rules
//!
//! The tense of the clause decides which way a form without a year or week
//! points: the last tense marker before the expression ("will", "shall",
//! "must", "scheduled", "plans", "if", "until"; "was", "said", a verb in
//! "-ed" not after "be"; 将, 即将, 计划; 了, 已, 曾), else the first after
//! it up to the next comma. Without a marker, a deadline or a plan ("for
//! Wednesday", "until March", "by August 6th") points forward.
//!
//! - A bare weekday ("on Monday", "周五") is the most recent such day on or
//!   before the reference (a same-day "on Tuesday" in a Tuesday text is that
//!   day); in the future tense the first on or after it ("the talks will be
//!   held on Friday").
//! - "last Tuesday" is the most recent Tuesday strictly before the
//!   reference; "next Tuesday" is the Tuesday of the next week (weeks run
//!   Monday to Sunday), as "下周二"; "this Tuesday" and "Tuesday of this
//!   week" are in the reference's week; "上周二" is the Tuesday of the week
//!   before.
//! - A month and day without a year ("March 3", "7月20日", "Christmas") is
//!   the nearest such day to the reference; past tense takes the one on or
//!   before it, future tense the one on or after it.
//! - A bare month ("in March", "7月") is the month of the reference year
//!   when it is not after the reference month, else that month of the year
//!   before: "March" in a July text is March of the same year, "September"
//!   in a July text is last September. In the future tense it is the first
//!   such month on or after the reference month ("will visit China in
//!   March" in a July text is next March).
//! - "last September" is the most recent September before the reference
//!   month; "next November" is November of the year after the reference's
//!   (the one after the coming one when said before it).
//! - A day of the month alone ("on the 20th", "20日") is in the reference
//!   month, or the month before when that day is still to come (the month
//!   after, in the future tense).
//! - "the same day", "that day", "当天" are the last day resolved before
//!   them, else the reference date; "the next day" is the day after it.
//! - "last week" is dated by its Monday (granularity `week`); "last month",
//!   "去年", "上半年", "本季度" by their first month or their year.
//!
//! A wire dateline ("BRUSSELS, July 19. /TASS/.", "新华社北京8月2日电") is
//! not a date expression of the body.

use std::borrow::Cow;
use std::fmt;

use chrono::{Datelike, NaiveDate};

use crate::Span;

mod chinese;
mod english;
mod english_numbers;
mod english_words;
mod resolve;
mod windows;

use resolve::{Direction, When};

/// A date expression found in the text and the date it resolves to.
///
/// Expressions are read in English and Chinese, in every written form
/// ("March 3, 2022", "the 3rd of March", "3/3/2015", "2015-03-03", "Q3
/// 2020", "the first half of 2020", "tomorrow's", "Wednesday of next week",
/// "three days ago", "Christmas", "2023年4月28日", "二〇二一年", "上周二",
/// "週五", "本季度", "后天"). Relative ones resolve against the day the words
/// were spoken: the caller's reference date or the publication date, or the
/// date of a transcript's title when it is up to a week earlier. Forms
/// without a year or week follow the tense of their clause:
///
/// - a bare weekday ("on Monday") is the most recent such day on or before
///   the reference (the same day included), or in the future tense ("the
///   talks will be held on Friday") the first on or after it;
/// - "last Tuesday" is strictly before the reference, "next Tuesday" the
///   Tuesday of the next week (weeks run Monday to Sunday);
/// - a month and day ("March 3") is the nearest such day, on or before the
///   reference in the past tense and on or after it in the future tense;
/// - a bare month ("in March") is the reference year's when not after the
///   reference month, else the year before's ("March" in a July text is the
///   same year's March, "September" last year's); in the future tense the
///   first such month on or after the reference month;
/// - "last September" is the most recent September before the reference
///   month, "next November" November of the following year.
///
/// Stretches ("over the past decade", "近年来") and numbers that are no dates
/// ("403 targets", "5.31 million") are not reported.
///
/// ```
/// use demarche::{Granularity, PartialDate};
///
/// let text = "The US accused China on Monday.";
/// let reference = chrono::NaiveDate::from_ymd_opt(2021, 7, 21).ok_or("bad date")?;
/// let statement = demarche::Analyzer::new().reference_date(reference).analyze(text)?;
/// assert_eq!(statement.temporal.len(), 1);
/// let monday = &statement.temporal[0];
/// assert_eq!(monday.text, "on Monday");
/// assert_eq!(monday.date, Some(PartialDate::Day(chrono::NaiveDate::from_ymd_opt(2021, 7, 19).ok_or("bad date")?)));
/// assert_eq!(monday.granularity, Granularity::Day);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct TemporalExpression<'a> {
    /// The expression as written, whitespace collapsed.
    pub text: Cow<'a, str>,
    /// Where it stands.
    pub span: Span,
    /// The date it resolves to, or `None` when it cannot be resolved (no
    /// reference date, or an expression too vague).
    pub date: Option<PartialDate>,
    /// How precise the expression is.
    pub granularity: Granularity,
}

impl TemporalExpression<'_> {
    /// The same expression, owning its text.
    ///
    /// ```
    /// let s = demarche::analyze("2021-07-21\n\nIn 2020 it began.").into_owned();
    /// assert!(s.temporal.iter().all(|t| !t.text.is_empty()));
    /// ```
    #[must_use]
    pub fn into_owned(self) -> TemporalExpression<'static> {
        TemporalExpression {
            text: Cow::Owned(self.text.into_owned()),
            span: self.span,
            date: self.date,
            granularity: self.granularity,
        }
    }
}

/// How precise a date expression is.
///
/// ```
/// assert_ne!(demarche::Granularity::Day, demarche::Granularity::Year);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Granularity {
    /// A calendar day ("on Monday", "20 July").
    Day,
    /// A week ("last week", "上周"); the date is its Monday.
    Week,
    /// A month ("last September", "今年5月").
    Month,
    /// A year ("in 2020", "2020年").
    Year,
    /// A stretch of time rather than a point ("for 11 years", "the past
    /// decade"), dated by its start when the count is known.
    Duration,
    /// A quarter ("Q3 2020", "本季度"); the date is its first month.
    Quarter,
    /// A half year ("the first half of 2020", "上半年"); the date is its first
    /// month.
    Half,
    /// A span between two points ("from May 7 to 12", "since 2019"); the date
    /// is its start.
    Range,
}

/// A calendar date as precise as the text makes it: a year, a month or a day.
///
/// Serialises as ISO 8601 cut to its precision: `"2020"`, `"2020-09"`,
/// `"2021-07-19"`. A year outside 0 to 9999 (a reference date far off
/// resolves "next year" there) takes ISO 8601's expanded form with a sign, as
/// chrono writes days: `"+10000"`, `"-0044-03"`.
///
/// ```
/// use demarche::PartialDate;
///
/// let month = PartialDate::Month { year: 2020, month: 9 };
/// assert_eq!(month.to_string(), "2020-09");
/// assert_eq!("2020-09".parse::<PartialDate>(), Ok(month));
/// assert_eq!(PartialDate::Year(-44).to_string(), "-0044");
/// assert_eq!("-0044".parse::<PartialDate>(), Ok(PartialDate::Year(-44)));
/// assert_eq!(month.first_day(), chrono::NaiveDate::from_ymd_opt(2020, 9, 1));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PartialDate {
    /// A year.
    Year(i32),
    /// A month of a year (`month` is 1 to 12).
    Month {
        /// The year.
        year: i32,
        /// The month, 1 to 12.
        month: u32,
    },
    /// A day.
    Day(NaiveDate),
}

impl PartialDate {
    /// The first day of the period, or `None` for an impossible month.
    ///
    /// ```
    /// use demarche::PartialDate;
    /// assert_eq!(PartialDate::Year(2020).first_day(), chrono::NaiveDate::from_ymd_opt(2020, 1, 1));
    /// ```
    #[must_use]
    pub fn first_day(self) -> Option<NaiveDate> {
        match self {
            PartialDate::Year(year) => NaiveDate::from_ymd_opt(year, 1, 1),
            PartialDate::Month { year, month } => NaiveDate::from_ymd_opt(year, month, 1),
            PartialDate::Day(day) => Some(day),
        }
    }

    /// The year.
    ///
    /// ```
    /// assert_eq!(demarche::PartialDate::Month { year: 2021, month: 5 }.year(), 2021);
    /// ```
    #[must_use]
    pub fn year(self) -> i32 {
        match self {
            PartialDate::Year(year) | PartialDate::Month { year, .. } => year,
            PartialDate::Day(day) => day.year(),
        }
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PartialDate::Year(year) => write_year(f, *year),
            PartialDate::Month { year, month } => {
                write_year(f, *year)?;
                write!(f, "-{month:02}")
            }
            PartialDate::Day(day) => write!(f, "{}", day.format("%Y-%m-%d")),
        }
    }
}

/// A year as ISO 8601 writes it: four digits from 0 to 9999, otherwise the
/// expanded form with a sign and at least four digits (chrono's `%Y` does the
/// same for days, so the three forms agree).
fn write_year(f: &mut fmt::Formatter<'_>, year: i32) -> fmt::Result {
    if (0..=9999).contains(&year) {
        write!(f, "{year:04}")
    } else {
        write!(f, "{year:+05}")
    }
}

/// The error of parsing a [`PartialDate`] from a string that is not
/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (the year possibly in ISO 8601's
/// expanded form, `+10000` or `-0044`).
///
/// ```
/// assert!("July".parse::<demarche::PartialDate>().is_err());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParsePartialDateError;

impl fmt::Display for ParsePartialDateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("expected a date as YYYY, YYYY-MM or YYYY-MM-DD")
    }
}

impl std::error::Error for ParsePartialDateError {}

impl std::str::FromStr for PartialDate {
    type Err = ParsePartialDateError;

    fn from_str(s: &str) -> Result<PartialDate, ParsePartialDateError> {
        // A sign announces ISO 8601's expanded year of four digits or more.
        let (negative, signed, s) = match s.as_bytes().first() {
            Some(b'+') => (false, true, &s[1..]),
            Some(b'-') => (true, true, &s[1..]),
            _ => (false, false, s),
        };
        let mut parts = s.split('-');
        let year = parts
            .next()
            .filter(|y| y.len() == 4 || signed && y.len() > 4)
            .filter(|y| y.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|y| y.parse::<i64>().ok())
            .and_then(|y| i32::try_from(if negative { -y } else { y }).ok())
            .ok_or(ParsePartialDateError)?;
        let mut field = |range: std::ops::RangeInclusive<u32>| {
            parts.next().map(|p| {
                p.parse::<u32>()
                    .ok()
                    .filter(|n| p.len() == 2 && range.contains(n))
                    .ok_or(ParsePartialDateError)
            })
        };
        let month = field(1..=12).transpose()?;
        let day = field(1..=31).transpose()?;
        if parts.next().is_some() {
            return Err(ParsePartialDateError);
        }
        Ok(match (month, day) {
            (None, _) => PartialDate::Year(year),
            (Some(month), None) => PartialDate::Month { year, month },
            (Some(month), Some(day)) => PartialDate::Day(
                NaiveDate::from_ymd_opt(year, month, day).ok_or(ParsePartialDateError)?,
            ),
        })
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for PartialDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for PartialDate {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<PartialDate, D::Error> {
        let s = <Cow<'de, str>>::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// Finds and resolves the date expressions of a segmented document, in
/// order: the headline's, then the body's (see the module docs for the
/// grammar and the resolution rules).
pub(crate) fn extract<'a>(doc: &crate::document::Document<'a>) -> Vec<TemporalExpression<'a>> {
    extract_with(doc, true)
}

/// [`extract`], with `filter` off reading every word and character (the
/// test oracle of the filters).
fn extract_with<'a>(
    doc: &crate::document::Document<'a>,
    filter: bool,
) -> Vec<TemporalExpression<'a>> {
    let reference = spoken_date(doc);
    let mut scan = Scan::new(doc.text, reference, &doc.sentences);
    scan.filter = filter;
    let mut toks = Vec::new();
    if let Some(headline) = &doc.header.headline {
        let h = headline.span;
        let in_boilerplate = doc
            .boilerplate
            .iter()
            .any(|b| b.span.start <= h.start && h.end <= b.span.end);
        if !in_boilerplate && h.end <= doc.text.len() {
            scan.paragraph(h, &mut toks, false);
        }
    }
    for (i, &p) in doc.paragraphs.iter().enumerate() {
        if i < 3 && is_dateline(doc.text, p) {
            continue;
        }
        scan.paragraph(p, &mut toks, true);
    }
    scan.out.sort_by_key(|t| t.span.start);
    scan.out
}

/// The words of a header line that make its date the day of the words
/// below it (a transcript's title, an embargo line), lower case.
const SPEECH_EVENTS: &[&str] = &[
    "press conference",
    "briefing",
    "press call",
    "conference call",
    "remarks",
    "interview",
    "transcript",
    "as delivered",
    "embargo",
    "记者会",
    "記者會",
    "发布会",
    "發布會",
    "答记者问",
    "答記者問",
    "吹风会",
    "吹風會",
];

/// The day the document's words were spoken (see the module docs): a
/// speech event's date from the header up to a week before the reference,
/// else the reference; without one, the first full date of the header or
/// the opening lines.
fn spoken_date(doc: &crate::document::Document<'_>) -> Option<NaiveDate> {
    let base = doc.reference_date;
    // The header's lines: the first sentences outside any paragraph.
    let mut lines: Vec<Span> = doc
        .sentences
        .iter()
        .take(16)
        .filter(|s| doc.paragraph_at(s.start).is_none())
        .copied()
        .collect();
    if let Some(h) = &doc.header.headline {
        if h.span.end <= doc.text.len() {
            lines.insert(0, h.span);
        }
    }
    for &p in doc.paragraphs.iter().take(4) {
        if base.is_none() {
            let end = crate::text::boundary::floor(doc.text, (p.start + 300).min(p.end));
            lines.push(Span::new(p.start, end));
        } else if p.len() < 160 && !doc.text[p].trim_end().ends_with(['.', '。']) {
            // A title the header did not take ("Regular Press Conference
            // on March 3, 2022" as the first paragraph).
            lines.push(p);
        }
    }
    let mut scan = Scan::new(doc.text, base, &[]);
    scan.only_absolute = true;
    let mut toks = Vec::new();
    for line in lines {
        scan.out.clear();
        scan.paragraph(line, &mut toks, false);
        let Some(day) = scan.out.iter().find_map(|t| match t.date {
            Some(PartialDate::Day(d)) if t.granularity == Granularity::Day => Some(d),
            _ => None,
        }) else {
            continue;
        };
        let Some(base) = base else {
            return Some(day);
        };
        let lower = doc.text[line].to_lowercase();
        if !SPEECH_EVENTS.iter().any(|w| lower.contains(w)) {
            continue;
        }
        // A transcript comes out up to a week after the words; an embargo
        // line may also name the next day or two.
        let days = (base - day).num_days();
        let earliest = if lower.contains("embargo") { -2 } else { 0 };
        return Some(if (earliest..=7).contains(&days) {
            day
        } else {
            base
        });
    }
    base
}

/// A short header-like paragraph that carries a date ("Published: Jul 20,
/// 2021 01:58 PM"): the dateline, not a date expression of the body.
fn is_dateline(text: &str, p: Span) -> bool {
    let s = &text[p];
    let few_words = s.split_whitespace().nth(8).is_none();
    let short_with_colon = s.len() < 40 && s.contains(':');
    if !few_words && !short_with_colon {
        return false;
    }
    let has_year = s
        .split(|c: char| !c.is_ascii_digit())
        .any(|d| d.len() == 4 && (d.starts_with("19") || d.starts_with("20")));
    has_year && (few_words && !s.contains(['.', '。']) || short_with_colon)
}

/// The scanner's state over one document.
pub(super) struct Scan<'a, 'd> {
    text: &'a str,
    reference: Option<NaiveDate>,
    /// The sentences of the document, for the tense around an expression.
    sentences: &'d [Span],
    /// The paragraph being read.
    paragraph: Span,
    /// Whether the paragraph is body text, where wire datelines are dropped.
    body: bool,
    /// Keep only the expressions that name their day or month outright (the
    /// search for the spoken date).
    only_absolute: bool,
    /// The last day resolved, for "the same day".
    last_day: Option<NaiveDate>,
    /// Whether words and characters that start no expression are skipped
    /// unread, and English is read only in the windows around key words
    /// (off only in the tests, as the oracle).
    filter: bool,
    /// The windows of the paragraph being read (a buffer reused).
    windows: Vec<Span>,
    /// Whether the expression being emitted follows a preposition of
    /// deadlines and plans ("for", "until", "by"): forward when no tense
    /// says otherwise.
    lean_forward: bool,
    out: Vec<TemporalExpression<'a>>,
}

impl<'a, 'd> Scan<'a, 'd> {
    fn new(text: &'a str, reference: Option<NaiveDate>, sentences: &'d [Span]) -> Scan<'a, 'd> {
        Scan {
            text,
            reference,
            sentences,
            paragraph: Span::default(),
            body: false,
            only_absolute: false,
            last_day: None,
            filter: true,
            windows: Vec::new(),
            lean_forward: false,
            out: Vec::new(),
        }
    }

    /// The expressions of paragraph (or line) `p`, English and Chinese.
    fn paragraph(&mut self, p: Span, toks: &mut Vec<crate::text::Tok>, body: bool) {
        self.paragraph = p;
        self.body = body;
        let before = self.out.len();
        if self.filter {
            // Only the windows around key words (see `windows`).
            let mut windows = std::mem::take(&mut self.windows);
            windows::key_windows(self.text, p, &mut windows);
            for &w in &windows {
                toks.clear();
                crate::text::tokenize_into(self.text, w, toks);
                self.english_tokens(toks);
            }
            self.windows = windows;
        } else {
            toks.clear();
            crate::text::tokenize_into(self.text, p, toks);
            self.english_tokens(toks);
        }
        if !self.text[p].is_ascii() {
            let english = self.out.split_off(before);
            self.han(p);
            self.out.extend(english);
            self.out[before..].sort_by_key(|t| t.span.start);
        }
    }

    /// Resolves what the grammar read at `span` and records it, unless it
    /// is a wire dateline.
    fn emit(&mut self, span: Span, when: When, absolute: bool) {
        if self.only_absolute && !absolute {
            return;
        }
        if self.body && self.is_wire_dateline(span) {
            return;
        }
        let lean_forward = std::mem::take(&mut self.lean_forward);
        // Stretches ("over the past decade", "近年来") are read so that their
        // words are taken for no date, but name no calendar period.
        if matches!(when, When::Date(_, Granularity::Duration)) {
            return;
        }
        let needs_tense = !matches!(when, When::Date(..));
        let mut dir = if needs_tense && self.reference.is_some() {
            self.tense(span)
        } else {
            Direction::Unknown
        };
        if dir == Direction::Unknown && lean_forward {
            dir = Direction::Forward;
        }
        let (date, granularity) = resolve::resolve(when, self.reference, dir);
        if let (Some(PartialDate::Day(d)), Granularity::Day) = (date, granularity) {
            self.last_day = Some(d);
        }
        self.out.push(TemporalExpression {
            text: crate::text::collapse_whitespace(&self.text[span]),
            span,
            date,
            granularity,
        });
    }

    /// The tense of the clause around `span`, read in a bounded window of
    /// its sentence.
    fn tense(&self, span: Span) -> Direction {
        let i = self.sentences.partition_point(|s| s.end <= span.start);
        let sentence = self
            .sentences
            .get(i)
            .filter(|s| s.start <= span.start)
            .copied()
            .unwrap_or(self.paragraph);
        let from = crate::text::boundary::floor(
            self.text,
            span.start.saturating_sub(160).max(sentence.start),
        );
        let to = crate::text::boundary::floor(
            self.text,
            (span.end + 100).min(sentence.end.max(span.end)),
        );
        let before = &self.text[from..span.start];
        let after = &self.text[span.end..to];
        let han = self.text[span].bytes().any(|b| b >= 0x80);
        if han {
            let from =
                crate::text::boundary::floor(self.text, span.start.saturating_sub(30).max(from));
            let to = crate::text::boundary::floor(self.text, (span.end + 30).min(to.max(span.end)));
            resolve::han_tense(&self.text[from..span.start], &self.text[span.end..to])
        } else {
            resolve::english_tense(before, after)
        }
    }

    /// A wire dateline: a date right before "/TASS/", "(Reuters)", a dash,
    /// or 电 / 消息, after nothing but capitals ("BRUSSELS, July 19. /TASS/.",
    /// "新华社北京8月2日电"), or after a dateline word ("date 2021-07-22").
    fn is_wire_dateline(&self, span: Span) -> bool {
        let after = &self.text[span.end..self.paragraph.end.max(span.end)];
        if ["电", "電", "讯", "訊", "消息"]
            .iter()
            .any(|w| after.starts_with(w))
        {
            return true;
        }
        let prefix = self.text[self.paragraph.start.min(span.start)..span.start].trim();
        if prefix.len() > 60 {
            return false;
        }
        let rest = after.trim_start_matches(['.', ',']).trim_start();
        // "July 19. /TASS/.": an agency between slashes.
        if rest.starts_with('/') {
            return true;
        }
        let word = prefix.trim_end_matches(':').trim();
        if ["date", "published", "updated", "posted", "released"]
            .iter()
            .any(|w| word.eq_ignore_ascii_case(w))
        {
            return true;
        }
        if !(prefix.is_empty() || prefix.ends_with(','))
            || prefix.bytes().any(|b| b.is_ascii_lowercase() || b >= 0x80)
        {
            return false;
        }
        ["(", "—", "–", "--", "- "]
            .iter()
            .any(|w| rest.starts_with(w))
    }
}

/// `w` lower-cased (ASCII) into `buf`, or `None` when it does not fit or is
/// not ASCII.
fn lower_in<'b>(w: &[u8], buf: &'b mut [u8; 14]) -> Option<&'b [u8]> {
    if w.len() > buf.len() || !w.is_ascii() {
        return None;
    }
    let buf = &mut buf[..w.len()];
    buf.copy_from_slice(w);
    buf.make_ascii_lowercase();
    Some(buf)
}

#[cfg(test)]
mod tests;
