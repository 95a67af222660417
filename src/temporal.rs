//! Date expressions ("on Monday", "last September", "7月19日") resolved to the
//! calendar against the publication date.

use std::borrow::Cow;
use std::fmt;

use chrono::{Datelike, Days, NaiveDate, Weekday};

use crate::Span;
use crate::text::ascii::{ALNUM, alnum_end, alnum_lanes};
use crate::text::{Kind, Tok};

/// A date expression found in the text and the date it resolves to.
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
    /// A stretch of time rather than a point ("for 11 years", "the past decade").
    Duration,
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
/// order: weekdays against the most recent such day on or before the
/// reference date, month and day forms, relative forms ("last September",
/// "In February last year", "the same day"), years after a preposition,
/// and the Chinese forms (2020年, 7月19日, 今年5月, 上周, 当天).
pub(crate) fn extract<'a>(doc: &crate::text::Document<'a>) -> Vec<TemporalExpression<'a>> {
    scan_document(doc, Scan::english)
}

/// [`extract`] with `english` reading the English expressions of each
/// paragraph.
fn scan_document<'a>(
    doc: &crate::text::Document<'a>,
    english: fn(&mut Scan<'a>, Span),
) -> Vec<TemporalExpression<'a>> {
    let mut scan = Scan {
        text: doc.text,
        reference: doc.reference_date,
        last_day: None,
        out: Vec::new(),
        toks: Vec::new(),
        windows: Vec::new(),
    };
    for (i, &p) in doc.paragraphs.iter().enumerate() {
        if i < 3 && is_dateline(doc.text, p) {
            continue;
        }
        let before = scan.out.len();
        english(&mut scan, p);
        if !doc.text[p].is_ascii() {
            let english = scan.out.split_off(before);
            scan.han(p);
            scan.out.extend(english);
            scan.out[before..].sort_by_key(|t| t.span.start);
        }
    }
    scan.out
}

/// A short header-like paragraph that carries a date ("Published: Jul 20,
/// 2021 01:58 PM"): the dateline, not a date expression of the body.
fn is_dateline(text: &str, p: Span) -> bool {
    let s = &text[p];
    // Both shapes need a year: look for it only in a short paragraph.
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

struct Scan<'a> {
    text: &'a str,
    reference: Option<NaiveDate>,
    /// The last day resolved, for "the same day".
    last_day: Option<NaiveDate>,
    out: Vec<TemporalExpression<'a>>,
    /// Token buffer reused across windows.
    toks: Vec<Tok>,
    /// Window buffer reused across paragraphs.
    windows: Vec<Span>,
}

/// The month names and abbreviations [`month_of`] knows (the test oracle).
#[cfg(test)]
const MONTHS: &[(&str, u32)] = &[
    ("January", 1),
    ("Jan", 1),
    ("February", 2),
    ("Feb", 2),
    ("March", 3),
    ("Mar", 3),
    ("April", 4),
    ("Apr", 4),
    ("May", 5),
    ("June", 6),
    ("Jun", 6),
    ("July", 7),
    ("Jul", 7),
    ("August", 8),
    ("Aug", 8),
    ("September", 9),
    ("Sept", 9),
    ("Sep", 9),
    ("October", 10),
    ("Oct", 10),
    ("November", 11),
    ("Nov", 11),
    ("December", 12),
    ("Dec", 12),
];

/// The weekday names [`weekday_of`] knows (the test oracle).
#[cfg(test)]
const WEEKDAYS: &[(&str, Weekday)] = &[
    ("Monday", Weekday::Mon),
    ("Tuesday", Weekday::Tue),
    ("Wednesday", Weekday::Wed),
    ("Thursday", Weekday::Thu),
    ("Friday", Weekday::Fri),
    ("Saturday", Weekday::Sat),
    ("Sunday", Weekday::Sun),
];

/// Prepositions kept in the expression's span ("on Monday", "in 2020"):
/// the words [`is_preposition`] knows (the test oracle).
#[cfg(test)]
const PREPOSITIONS: &[&str] = &[
    "on", "in", "since", "by", "until", "from", "during", "before", "after", "till",
];

/// How a relative modifier moves a date.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Modifier {
    None,
    Last,
    This,
    Next,
}

impl<'a> Scan<'a> {
    fn word(&self, toks: &[Tok], i: usize) -> Option<&'a str> {
        toks.get(i)
            .filter(|t| t.kind == Kind::Word)
            .map(|t| &self.text[t.start..t.end])
    }

    fn is(&self, toks: &[Tok], i: usize, w: &str) -> bool {
        self.word(toks, i)
            .is_some_and(|x| x.eq_ignore_ascii_case(w))
    }

    fn push(&mut self, span: Span, date: Option<PartialDate>, granularity: Granularity) {
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

    /// The English expressions of paragraph `p`: only the windows around
    /// key words are tokenized (see [`key_windows`]).
    fn english(&mut self, p: Span) {
        let mut windows = std::mem::take(&mut self.windows);
        let mut toks = std::mem::take(&mut self.toks);
        key_windows(self.text, p, &mut windows);
        for &w in &windows {
            toks.clear();
            crate::text::tokenize_into(self.text, w, &mut toks);
            self.english_tokens(&toks);
        }
        self.windows = windows;
        self.toks = toks;
    }

    /// [`Scan::english`] tokenizing the whole paragraph: the test oracle.
    #[cfg(test)]
    fn english_whole(&mut self, p: Span) {
        let toks = crate::text::tokenize(self.text, p);
        self.english_tokens(&toks);
    }

    /// The expressions of a run of tokens, left to right, each taken greedily.
    fn english_tokens(&mut self, toks: &[Tok]) {
        let mut i = 0;
        while i < toks.len() {
            let prep = self.word(toks, i).is_some_and(is_preposition);
            let at = if prep { i + 1 } else { i };
            match self.expression(toks, at, prep) {
                Some((end, date, granularity)) => {
                    let span = Span::new(toks[i].start, toks[end - 1].end);
                    self.push(span, date, granularity);
                    i = end;
                }
                None => i += 1,
            }
        }
    }

    /// The expression at token `i`: its end, date and granularity.
    fn expression(
        &self,
        toks: &[Tok],
        i: usize,
        after_prep: bool,
    ) -> Option<(usize, Option<PartialDate>, Granularity)> {
        let w = self.word(toks, i)?;
        let r = self.reference;
        // Modifiers: "last September", "this week", "earlier this month".
        // Only short words can start an expression: no allocation for others.
        if w.len() > 9 {
            return None;
        }
        let mut buf = [0u8; 9];
        let (modifier, j) = match lower_in(w.as_bytes(), &mut buf) {
            b"last" | b"past" => (Modifier::Last, i + 1),
            b"this" => (Modifier::This, i + 1),
            b"next" | b"coming" => (Modifier::Next, i + 1),
            b"earlier" | b"later" if self.is(toks, i + 1, "this") => (Modifier::This, i + 2),
            _ => (Modifier::None, i),
        };
        let head = self.word(toks, j)?;
        if head.len() > 9 {
            return None;
        }
        let mut hbuf = [0u8; 9];
        let lower = lower_in(head.as_bytes(), &mut hbuf);
        match lower {
            b"yesterday" | b"today" | b"tomorrow" if modifier == Modifier::None => {
                let delta: i64 = match lower {
                    b"yesterday" => -1,
                    b"today" => 0,
                    _ => 1,
                };
                return Some((
                    j + 1,
                    r.and_then(|d| shift(d, delta)).map(PartialDate::Day),
                    Granularity::Day,
                ));
            }
            b"week" if modifier != Modifier::None => {
                let date = r.and_then(|d| {
                    let monday = shift(d, -i64::from(d.weekday().num_days_from_monday()))?;
                    match modifier {
                        Modifier::Last => shift(monday, -7),
                        Modifier::Next => shift(monday, 7),
                        _ => Some(monday),
                    }
                });
                return Some((j + 1, date.map(PartialDate::Day), Granularity::Week));
            }
            b"month" if modifier != Modifier::None => {
                let date = r.map(|d| {
                    let (y, m) = (d.year(), d.month());
                    match modifier {
                        Modifier::Last if m == 1 => (y - 1, 12),
                        Modifier::Last => (y, m - 1),
                        Modifier::Next if m == 12 => (y + 1, 1),
                        Modifier::Next => (y, m + 1),
                        _ => (y, m),
                    }
                });
                return Some((
                    j + 1,
                    date.map(|(year, month)| PartialDate::Month { year, month }),
                    Granularity::Month,
                ));
            }
            b"year" if modifier != Modifier::None => {
                let date = r.map(|d| match modifier {
                    Modifier::Last => d.year() - 1,
                    Modifier::Next => d.year() + 1,
                    _ => d.year(),
                });
                return Some((j + 1, date.map(PartialDate::Year), Granularity::Year));
            }
            _ => {}
        }
        if modifier == Modifier::None && (lower == b"the" || lower == b"that") {
            // "the same day", "that day", "the next day".
            let (k, delta) = if lower == b"that" && self.is(toks, j + 1, "day") {
                (j + 2, 0)
            } else if self.is(toks, j + 2, "day")
                && (self.is(toks, j + 1, "same")
                    || self.is(toks, j + 1, "next")
                    || self.is(toks, j + 1, "following"))
            {
                (j + 3, if self.is(toks, j + 1, "same") { 0 } else { 1 })
            } else {
                return None;
            };
            let date = self.last_day.or(r).and_then(|d| shift(d, delta));
            return Some((k, date.map(PartialDate::Day), Granularity::Day));
        }
        if let Some(wd) = weekday_of(head.as_bytes()) {
            let date = r.and_then(|d| weekday_near(d, wd, modifier));
            return Some((j + 1, date.map(PartialDate::Day), Granularity::Day));
        }
        if let Some(month) = month_of(head.as_bytes()) {
            return self.month_expression(toks, j, month, modifier, after_prep);
        }
        if modifier != Modifier::None {
            return None;
        }
        // "20 July", "20 July 2021".
        if let Some(day) = day_number(head) {
            if let Some(month) = self.word(toks, j + 1).and_then(|w| month_of(w.as_bytes())) {
                let mut end = j + 2;
                end = self.skip_abbrev_dot(toks, end);
                let year = self.word(toks, end).and_then(|w| year_number(w.as_bytes()));
                let end = if year.is_some() { end + 1 } else { end };
                let date = self.day_in(year, month, day);
                return Some((end, date.map(PartialDate::Day), Granularity::Day));
            }
        }
        // "in 2020".
        if after_prep {
            if let Some(year) = year_number(head.as_bytes()) {
                if self.identifier_around(toks, j) {
                    return None;
                }
                return Some((j + 1, Some(PartialDate::Year(year)), Granularity::Year));
            }
        }
        None
    }

    fn skip_abbrev_dot(&self, toks: &[Tok], k: usize) -> usize {
        match toks.get(k) {
            Some(t) if t.kind == Kind::Punct && &self.text[t.start..t.end] == "." => k + 1,
            _ => k,
        }
    }

    /// Whether the token at `j` is glued to an identifier ("APT-2020", "2020-07").
    fn identifier_around(&self, toks: &[Tok], j: usize) -> bool {
        let t = toks[j];
        let before = self.text[..t.start].chars().next_back();
        let after = self.text[t.end..].chars().next();
        before.is_some_and(|c| c == '-' || c == '/' || c.is_alphanumeric())
            || after.is_some_and(|c| c == '-' || c == '/' || c.is_alphanumeric() || c == '%')
    }

    /// "July 19", "July 19, 2021", "May 2020", "May of this year",
    /// "February last year", "last September".
    fn month_expression(
        &self,
        toks: &[Tok],
        j: usize,
        month: u32,
        modifier: Modifier,
        after_prep: bool,
    ) -> Option<(usize, Option<PartialDate>, Granularity)> {
        let head = self.word(toks, j)?;
        // "Sept. 9": the dot of an abbreviation, not a full stop.
        let abbreviated = head.len() <= 4 && !matches!(head, "May" | "June" | "July");
        let k = if abbreviated && self.word(toks, j + 2).and_then(day_number).is_some() {
            self.skip_abbrev_dot(toks, j + 1)
        } else {
            j + 1
        };
        if let Some(day) = self.word(toks, k).and_then(day_number) {
            if modifier == Modifier::None {
                let mut end = k + 1;
                let comma = toks
                    .get(end)
                    .is_some_and(|t| &self.text[t.start..t.end] == ",");
                let y = if comma { end + 1 } else { end };
                let year = self.word(toks, y).and_then(|w| year_number(w.as_bytes()));
                if year.is_some() {
                    end = y + 1;
                }
                let date = self.day_in(year, month, day);
                return Some((end, date.map(PartialDate::Day), Granularity::Day));
            }
        }
        // "May" is also a modal verb: take it only after a preposition or a
        // modifier, or before a year.
        let r = self.reference;
        if let Some(year) = self.word(toks, k).and_then(|w| year_number(w.as_bytes())) {
            return Some((
                k + 1,
                Some(PartialDate::Month { year, month }),
                Granularity::Month,
            ));
        }
        if !after_prep && modifier == Modifier::None {
            return None;
        }
        if head == "May" && modifier == Modifier::None && !after_prep {
            return None;
        }
        // "of this year", "this year", "last year".
        let mut n = k;
        if self.is(toks, n, "of") {
            n += 1;
        }
        let rel = if self.is(toks, n, "this") && self.is(toks, n + 1, "year") {
            Some(0)
        } else if self.is(toks, n, "last") && self.is(toks, n + 1, "year") {
            Some(-1)
        } else if self.is(toks, n, "next") && self.is(toks, n + 1, "year") {
            Some(1)
        } else {
            None
        };
        if let Some(rel) = rel {
            let date = r.map(|d| PartialDate::Month {
                year: d.year() + rel,
                month,
            });
            return Some((n + 2, date, Granularity::Month));
        }
        let date = r.map(|d| {
            let year = match modifier {
                Modifier::Last if month >= d.month() => d.year() - 1,
                Modifier::Next if month <= d.month() => d.year() + 1,
                _ => d.year(),
            };
            PartialDate::Month { year, month }
        });
        Some((k, date, Granularity::Month))
    }

    /// A day of a month, in `year` or else in the reference year (the year
    /// before when that would put it more than a week after the reference).
    fn day_in(&self, year: Option<i32>, month: u32, day: u32) -> Option<NaiveDate> {
        match year {
            Some(y) => NaiveDate::from_ymd_opt(y, month, day),
            None => {
                let r = self.reference?;
                let d = NaiveDate::from_ymd_opt(r.year(), month, day)?;
                if d > r + Days::new(7) {
                    NaiveDate::from_ymd_opt(r.year() - 1, month, day)
                } else {
                    Some(d)
                }
            }
        }
    }

    /// Chinese forms: 2020年, 2021年7月, 7月19日, 今年5月, 去年, 上周, 当天.
    fn han(&mut self, p: Span) {
        let text = self.text;
        let s = &text[p];
        let bytes = s.as_bytes();
        let r = self.reference;
        let mut i = 0;
        while i < s.len() {
            if !s.is_char_boundary(i) {
                i += 1;
                continue;
            }
            let rest = &s[i..];
            // Digits followed by 年 / 月.
            if bytes[i].is_ascii_digit()
                && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric() && bytes[i - 1] != b'-')
            {
                let (n, len) = number(rest);
                let after = &rest[len..];
                if len == 4 && after.starts_with('年') && (1900..2100).contains(&n) {
                    let year = i32::try_from(n).unwrap_or(0);
                    let mut end = i + len + '年'.len_utf8();
                    let mut date = PartialDate::Year(year);
                    let mut gran = Granularity::Year;
                    if let Some((m, d, e)) = month_day(&s[end..]) {
                        end += e;
                        match d {
                            Some(d) => {
                                if let Some(day) = NaiveDate::from_ymd_opt(year, m, d) {
                                    date = PartialDate::Day(day);
                                    gran = Granularity::Day;
                                }
                            }
                            None => {
                                date = PartialDate::Month { year, month: m };
                                gran = Granularity::Month;
                            }
                        }
                    }
                    self.push(Span::new(p.start + i, p.start + end), Some(date), gran);
                    i = end;
                    continue;
                }
                if len <= 2 {
                    if let Some((m, Some(d), e)) = month_day(rest) {
                        let date = self.day_in(None, m, d).map(PartialDate::Day);
                        self.push(
                            Span::new(p.start + i, p.start + i + e),
                            date,
                            Granularity::Day,
                        );
                        i += e;
                        continue;
                    }
                }
                i += len.max(1);
                continue;
            }
            // Relative words.
            const REL: &[(&str, i32)] = &[("今年", 0), ("去年", -1), ("明年", 1), ("前年", -2)];
            if let Some(&(w, rel)) = REL.iter().find(|(w, _)| rest.starts_with(w)) {
                let mut end = i + w.len();
                let year = r.map(|d| d.year() + rel);
                if let Some((m, d, e)) = month_day(&s[end..]) {
                    end += e;
                    let (date, gran) = match d {
                        Some(d) => (
                            year.and_then(|y| NaiveDate::from_ymd_opt(y, m, d))
                                .map(PartialDate::Day),
                            Granularity::Day,
                        ),
                        None => (
                            year.map(|year| PartialDate::Month { year, month: m }),
                            Granularity::Month,
                        ),
                    };
                    self.push(Span::new(p.start + i, p.start + end), date, gran);
                } else {
                    self.push(
                        Span::new(p.start + i, p.start + end),
                        year.map(PartialDate::Year),
                        Granularity::Year,
                    );
                }
                i = end;
                continue;
            }
            const DAYS: &[(&str, i64)] = &[
                ("昨天", -1),
                ("昨日", -1),
                ("今天", 0),
                ("今日", 0),
                ("前天", -2),
                ("明天", 1),
            ];
            if let Some(&(w, delta)) = DAYS.iter().find(|(w, _)| rest.starts_with(w)) {
                let date = r.and_then(|d| shift(d, delta)).map(PartialDate::Day);
                self.push(
                    Span::new(p.start + i, p.start + i + w.len()),
                    date,
                    Granularity::Day,
                );
                i += w.len();
                continue;
            }
            if let Some(w) = ["当天", "当日"].iter().find(|w| rest.starts_with(*w)) {
                let date = self.last_day.or(r).map(PartialDate::Day);
                self.push(
                    Span::new(p.start + i, p.start + i + w.len()),
                    date,
                    Granularity::Day,
                );
                i += w.len();
                continue;
            }
            const WEEKS: &[(&str, i64)] = &[("上周", -7), ("本周", 0), ("下周", 7)];
            if let Some(&(w, delta)) = WEEKS.iter().find(|(w, _)| rest.starts_with(w)) {
                let date = r
                    .and_then(|d| shift(d, -i64::from(d.weekday().num_days_from_monday())))
                    .and_then(|m| shift(m, delta))
                    .map(PartialDate::Day);
                self.push(
                    Span::new(p.start + i, p.start + i + w.len()),
                    date,
                    Granularity::Week,
                );
                i += w.len();
                continue;
            }
            const MONTHS_REL: &[(&str, i32)] =
                &[("上个月", -1), ("上月", -1), ("本月", 0), ("下个月", 1)];
            if let Some(&(w, delta)) = MONTHS_REL.iter().find(|(w, _)| rest.starts_with(w)) {
                let date = r.map(|d| {
                    let total = d.year() * 12 + i32::try_from(d.month0()).unwrap_or(0) + delta;
                    PartialDate::Month {
                        year: total.div_euclid(12),
                        month: u32::try_from(total.rem_euclid(12)).unwrap_or(0) + 1,
                    }
                });
                self.push(
                    Span::new(p.start + i, p.start + i + w.len()),
                    date,
                    Granularity::Month,
                );
                i += w.len();
                continue;
            }
            if let Some((w, wd)) = han_weekday(rest) {
                let date = r
                    .and_then(|d| weekday_near(d, wd, Modifier::None))
                    .map(PartialDate::Day);
                self.push(
                    Span::new(p.start + i, p.start + i + w),
                    date,
                    Granularity::Day,
                );
                i += w;
                continue;
            }
            i += rest.chars().next().map_or(1, char::len_utf8);
        }
    }
}

/// Tokens an English expression may reach before its key word: a
/// preposition and a two-word modifier ("since earlier this week").
const KEY_BEFORE: usize = 3;
/// Tokens an English expression may read after its key word: "Sept. 9,
/// 2021" and "May of this year" read four tokens past the month.
const KEY_AFTER: usize = 4;

/// The windows of paragraph `p` worth tokenizing for English expressions,
/// in order and disjoint, into `out`.
///
/// Why nothing is lost: every expression [`Scan::expression`] accepts holds
/// a key word ([`is_key`]): a month or weekday name, yesterday, today,
/// tomorrow, a year number, week / month / year right after a modifier
/// ("last week"), or day right after "same", "next", "following" or "that".
/// (A day number is never the only one: "20 July" holds its month.) The
/// expression starts at most [`KEY_BEFORE`] tokens before that key and no
/// attempt that succeeds reads more than [`KEY_AFTER`] tokens after it. A
/// key token, and the word token right before it that [`is_key`] looks at,
/// are all ASCII letters and digits, so each is a whole run of them in the
/// bytes, the two consecutive runs. Each window reaches from the key's run
/// back over [`KEY_BEFORE`] and on over [`KEY_AFTER`] whitespace-separated
/// chunks that hold an ASCII non-space byte, so at least one token each.
/// Windows begin after and end at whitespace, which no token spans, so
/// tokenizing a window gives exactly the paragraph's tokens there. Hence an
/// attempt in a window reads what it would read in the whole paragraph,
/// every match lies in a window, and every attempt outside one fails.
fn key_windows(text: &str, p: Span, out: &mut Vec<Span>) {
    out.clear();
    let bytes = &text.as_bytes()[..p.end];
    let s = &bytes[p.start..];
    for_each_run_start(s, |start| {
        if !may_start_key(s, start) {
            return;
        }
        let end = alnum_end(s, start);
        if !is_key(&s[start..end], || previous_run(s, start)) {
            return;
        }
        let from = chunks_back(bytes, p.start, p.start + start, KEY_BEFORE);
        let to = chunks_on(bytes, p.start + end, KEY_AFTER);
        match out.last_mut() {
            Some(last) if from <= last.end => last.end = last.end.max(to),
            _ => out.push(Span::new(from, to)),
        }
    });
}

/// Calls `f` with the start of every run of ASCII letters and digits in
/// `s`, in order, reading eight bytes at a time.
fn for_each_run_start(s: &[u8], mut f: impl FnMut(usize)) {
    // The alphanumeric lanes of the block before, its last in bit 63.
    let mut before = 0u64;
    let mut at = 0;
    while at < s.len() {
        // Zero is no letter or digit: the padding of the last block starts
        // no run.
        let mut lanes = [0u8; 8];
        let block = &s[at..s.len().min(at + 8)];
        lanes[..block.len()].copy_from_slice(block);
        let alnum = alnum_lanes(u64::from_le_bytes(lanes));
        // A run starts in a lane whose lane before is not alphanumeric.
        let mut starts = alnum & !((alnum << 8) | (before >> 56));
        before = alnum;
        while starts != 0 {
            let lane = usize::try_from(starts.trailing_zeros() / 8).unwrap_or(0);
            f(at + lane);
            starts &= starts - 1;
        }
        at += 8;
    }
}

/// The run of ASCII letters and digits before the one at `start` (empty at
/// the start of `s`).
fn previous_run(s: &[u8], start: usize) -> &[u8] {
    let is_alnum = |b: &u8| ALNUM[usize::from(*b)];
    let end = s[..start].iter().rposition(is_alnum).map_or(0, |n| n + 1);
    let begin = s[..end]
        .iter()
        .rposition(|b| !is_alnum(b))
        .map_or(0, |n| n + 1);
    &s[begin..end]
}

/// Whether the run at `start` may be a key word, by its first two bytes: a
/// cheap test that [`is_key`] implies (keys are three bytes or longer).
fn may_start_key(s: &[u8], start: usize) -> bool {
    match s.get(start..start + 2) {
        Some(&[first, second]) => KEY_PAIRS[usize::from(first)] & (1 << (second & 0x1F)) != 0,
        _ => false,
    }
}

/// For each first byte of a key word, the second bytes it may take, as bits
/// by their low five bits (which fold the case of letters): years 19xx and
/// 20xx, month and weekday names in exact case, and yesterday, today,
/// tomorrow, week, month, year, day in any case.
static KEY_PAIRS: [u32; 256] = {
    let pairs: &[(u8, &[u8])] = &[
        (b'1', b"9"),
        (b'2', b"0"),
        (b'y', b"e"),
        (b'Y', b"e"),
        (b't', b"o"),
        (b'T', b"ouh"),
        (b'w', b"e"),
        (b'W', b"e"),
        (b'm', b"o"),
        (b'M', b"oa"),
        (b'd', b"a"),
        (b'D', b"ae"),
        (b'J', b"au"),
        (b'F', b"er"),
        (b'A', b"pu"),
        (b'S', b"eau"),
        (b'O', b"c"),
        (b'N', b"o"),
    ];
    let mut table = [0u32; 256];
    let mut k = 0;
    while k < pairs.len() {
        let (first, seconds) = pairs[k];
        let mut j = 0;
        while j < seconds.len() {
            table[first as usize] |= 1 << (seconds[j] & 0x1F);
            j += 1;
        }
        k += 1;
    }
    table
};

/// Whitespace that separates tokens (every one is `char::is_whitespace`).
fn is_gap(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// The start of the chunk holding byte `at`, moved back over `n` earlier
/// chunks that hold an ASCII non-space byte; never before `floor`.
fn chunks_back(bytes: &[u8], floor: usize, at: usize, n: usize) -> usize {
    gap_after_chunks(bytes, (floor..at).rev(), n).map_or(floor, |gap| gap + 1)
}

/// The end of the chunk holding byte `at - 1`, moved on over `n` later
/// chunks that hold an ASCII non-space byte; never past the end of `bytes`.
fn chunks_on(bytes: &[u8], at: usize, n: usize) -> usize {
    gap_after_chunks(bytes, at..bytes.len(), n).unwrap_or(bytes.len())
}

/// The first gap byte met, walking `bytes` in the order of `indices` (back
/// or on), once `n` chunks that hold an ASCII non-space byte have been
/// passed; `None` when the walk ends first.
fn gap_after_chunks(bytes: &[u8], indices: impl Iterator<Item = usize>, n: usize) -> Option<usize> {
    let mut left = n;
    let mut seen = false;
    for i in indices {
        let b = bytes[i];
        if is_gap(b) {
            if seen {
                left = left.saturating_sub(1);
                seen = false;
            }
            if left == 0 {
                return Some(i);
            }
        } else if b.is_ascii() {
            seen = true;
        }
    }
    None
}

/// Whether an ASCII run of letters and digits `w` can be the key word of an
/// English expression (see [`key_windows`]); `previous` gives the run
/// before it, read only for week, month, year and day.
fn is_key<'s>(w: &[u8], previous: impl FnOnce() -> &'s [u8]) -> bool {
    let Some(&first) = w.first() else {
        return false;
    };
    if first.is_ascii_digit() {
        return year_number(w).is_some();
    }
    // Month and weekday names, exact case.
    if first.is_ascii_uppercase() && month_of(w).or_else(|| weekday_of(w).map(|_| 0)).is_some() {
        return true;
    }
    // Yesterday, today, tomorrow; week, month, year, day after their
    // modifier; any case.
    let (word, modifiers): (&[u8], &[&[u8]]) = match (first | 0x20, w.len()) {
        (b'y', 9) => (b"yesterday", &[]),
        (b't', 5) => (b"today", &[]),
        (b't', 8) => (b"tomorrow", &[]),
        (b'w', 4) => (b"week", MODIFIERS),
        (b'm', 5) => (b"month", MODIFIERS),
        (b'y', 4) => (b"year", MODIFIERS),
        (b'd', 3) => (b"day", &[b"same", b"next", b"following", b"that"]),
        _ => return false,
    };
    if !w.eq_ignore_ascii_case(word) {
        return false;
    }
    if modifiers.is_empty() {
        return true;
    }
    let previous = previous();
    modifiers.iter().any(|m| previous.eq_ignore_ascii_case(m))
}

/// The words before week, month and year that make them an expression.
const MODIFIERS: &[&[u8]] = &[b"last", b"past", b"this", b"next", b"coming"];

/// `w` lower-cased (ASCII) into `buf`; empty when it does not fit or is not
/// ASCII.
fn lower_in<'b>(w: &[u8], buf: &'b mut [u8; 9]) -> &'b [u8] {
    if w.len() > buf.len() || !w.is_ascii() {
        return b"";
    }
    let buf = &mut buf[..w.len()];
    buf.copy_from_slice(w);
    buf.make_ascii_lowercase();
    buf
}

/// 周一 .. 周日, 星期一 .. 星期日 (星期天): the length and the weekday.
fn han_weekday(s: &str) -> Option<(usize, Weekday)> {
    let prefix = ["星期", "周", "礼拜"]
        .into_iter()
        .find(|p| s.starts_with(p))?;
    let rest = &s[prefix.len()..];
    let c = rest.chars().next()?;
    let wd = match c {
        '一' => Weekday::Mon,
        '二' => Weekday::Tue,
        '三' => Weekday::Wed,
        '四' => Weekday::Thu,
        '五' => Weekday::Fri,
        '六' => Weekday::Sat,
        '日' | '天' => Weekday::Sun,
        _ => return None,
    };
    Some((prefix.len() + c.len_utf8(), wd))
}

/// "7月", "7月19日" at the start of `s`: month, day and length.
fn month_day(s: &str) -> Option<(u32, Option<u32>, usize)> {
    let (m, len) = number(s);
    if len == 0 || len > 2 || !(1..=12).contains(&m) || !s[len..].starts_with('月') {
        return None;
    }
    let month = u32::try_from(m).ok()?;
    let end = len + '月'.len_utf8();
    let (d, dlen) = number(&s[end..]);
    if dlen > 0 && dlen <= 2 && (1..=31).contains(&d) {
        let after = &s[end + dlen..];
        if let Some(mark) = ['日', '号'].into_iter().find(|&c| after.starts_with(c)) {
            return Some((month, u32::try_from(d).ok(), end + dlen + mark.len_utf8()));
        }
    }
    Some((month, None, end))
}

/// The ASCII number at the start of `s` (at most 9 digits read) and its length.
fn number(s: &str) -> (u64, usize) {
    let len = s.bytes().take_while(u8::is_ascii_digit).count();
    let n = s[..len.min(9)].parse().unwrap_or(0);
    (n, len)
}

/// The month a name or abbreviation (exact case: "May" the month, not "may")
/// stands for.
fn month_of(w: &[u8]) -> Option<u32> {
    Some(match w {
        b"January" | b"Jan" => 1,
        b"February" | b"Feb" => 2,
        b"March" | b"Mar" => 3,
        b"April" | b"Apr" => 4,
        b"May" => 5,
        b"June" | b"Jun" => 6,
        b"July" | b"Jul" => 7,
        b"August" | b"Aug" => 8,
        b"September" | b"Sept" | b"Sep" => 9,
        b"October" | b"Oct" => 10,
        b"November" | b"Nov" => 11,
        b"December" | b"Dec" => 12,
        _ => return None,
    })
}

/// The weekday a capitalised name stands for.
fn weekday_of(w: &[u8]) -> Option<Weekday> {
    Some(match w {
        b"Monday" => Weekday::Mon,
        b"Tuesday" => Weekday::Tue,
        b"Wednesday" => Weekday::Wed,
        b"Thursday" => Weekday::Thu,
        b"Friday" => Weekday::Fri,
        b"Saturday" => Weekday::Sat,
        b"Sunday" => Weekday::Sun,
        _ => return None,
    })
}

/// Whether `w` is a preposition kept in the expression's span ("on
/// Monday", "in 2020"), in any case.
fn is_preposition(w: &str) -> bool {
    if !(2..=6).contains(&w.len()) {
        return false;
    }
    let mut buf = [0u8; 9];
    matches!(
        lower_in(w.as_bytes(), &mut buf),
        b"on"
            | b"in"
            | b"since"
            | b"by"
            | b"until"
            | b"from"
            | b"during"
            | b"before"
            | b"after"
            | b"till"
    )
}

/// A day of the month: one or two digits with an optional ordinal suffix
/// ("9", "19th"), 1 to 31.
fn day_number(w: &str) -> Option<u32> {
    let b = w.as_bytes();
    let digits = b.iter().take(3).take_while(|c| c.is_ascii_digit()).count();
    if digits == 0 || digits > 2 {
        return None;
    }
    if !matches!(&b[digits..], b"" | b"st" | b"nd" | b"rd" | b"th") {
        return None;
    }
    let day = b[..digits]
        .iter()
        .fold(0, |n, &c| n * 10 + u32::from(c - b'0'));
    (1..=31).contains(&day).then_some(day)
}

/// A year from 1900 to 2099 written with four digits.
fn year_number(w: &[u8]) -> Option<i32> {
    match *w {
        [a @ (b'1' | b'2'), b, c, d] if [a, b, c, d].iter().all(u8::is_ascii_digit) => {
            let year = [a, b, c, d]
                .iter()
                .fold(0, |n, &c| n * 10 + i32::from(c - b'0'));
            (1900..2100).contains(&year).then_some(year)
        }
        _ => None,
    }
}

fn shift(d: NaiveDate, days: i64) -> Option<NaiveDate> {
    if days >= 0 {
        d.checked_add_days(Days::new(days.unsigned_abs()))
    } else {
        d.checked_sub_days(Days::new(days.unsigned_abs()))
    }
}

/// The weekday `wd` nearest the reference in the direction the modifier
/// says: on or before it by default, strictly before for "last", after for
/// "next".
fn weekday_near(r: NaiveDate, wd: Weekday, modifier: Modifier) -> Option<NaiveDate> {
    let back = (7 + r.weekday().num_days_from_monday() - wd.num_days_from_monday()) % 7;
    match modifier {
        Modifier::Next => {
            let ahead = (7 - back) % 7;
            shift(r, i64::from(if ahead == 0 { 7 } else { ahead }))
        }
        Modifier::Last if back == 0 => shift(r, -7),
        _ => shift(r, -i64::from(back)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The day numbers as first written, the oracle of [`day_number`].
    fn day_number_oracle(w: &str) -> Option<u32> {
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = &w[digits.len()..];
        if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") {
            return None;
        }
        digits.parse().ok().filter(|d| (1..=31).contains(d))
    }

    #[test]
    fn word_tables_agree_with_their_oracles() {
        let words = [
            "",
            "1",
            "9",
            "09",
            "00",
            "31",
            "32",
            "1st",
            "2nd",
            "3rd",
            "4th",
            "21st",
            "19th",
            "123",
            "1a2th",
            "12TH",
            "1899",
            "1900",
            "2099",
            "2100",
            "0202",
            "20201",
            "２０２０",
            "12st",
            "7x",
            "th",
            "2020",
            "May",
            "may",
            "MAY",
            "Sept",
            "Sep",
            "Septe",
            "Monday",
            "monday",
            "On",
            "in",
            "IN",
            "till",
            "Till",
            "during",
            "durin",
            "on.",
            "a1",
            "ón",
            "2021年",
            "12日",
        ];
        for w in words {
            assert_eq!(day_number(w), day_number_oracle(w), "{w}");
            let year = (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
                .then(|| w.parse().ok())
                .flatten()
                .filter(|y| (1900..2100).contains(y));
            assert_eq!(year_number(w.as_bytes()), year, "{w}");
            let month = MONTHS.iter().find(|(n, _)| *n == w).map(|&(_, m)| m);
            assert_eq!(month_of(w.as_bytes()), month, "{w}");
            let wd = WEEKDAYS.iter().find(|(n, _)| *n == w).map(|&(_, d)| d);
            assert_eq!(weekday_of(w.as_bytes()), wd, "{w}");
            let prep = PREPOSITIONS.iter().any(|x| w.eq_ignore_ascii_case(x));
            assert_eq!(is_preposition(w), prep, "{w}");
        }
        let words = [
            "yesterday",
            "today",
            "tomorrow",
            "week",
            "month",
            "year",
            "day",
        ];
        for w in words {
            let cased = [
                w.to_string(),
                w.to_uppercase(),
                w[..1].to_uppercase() + &w[1..],
                w[..1].to_string() + &w[1..].to_uppercase(),
            ];
            for w in cased {
                let prev: &[u8] = if w.len() == 3 { b"same" } else { b"last" };
                assert!(is_key(w.as_bytes(), || prev), "{w}");
                assert!(may_start_key(w.as_bytes(), 0), "{w}");
            }
        }
        for year in 1900..2100 {
            assert!(may_start_key(year.to_string().as_bytes(), 0), "{year}");
        }
        for &(n, _) in MONTHS
            .iter()
            .chain(&WEEKDAYS.iter().map(|&(n, _)| (n, 0)).collect::<Vec<_>>())
        {
            assert!(is_key(n.as_bytes(), || b""), "{n}");
            assert!(may_start_key(n.as_bytes(), 0), "{n}");
        }
    }

    /// The dateline test as first written, the oracle of [`is_dateline`].
    fn is_dateline_oracle(text: &str, p: Span) -> bool {
        let s = &text[p];
        let words = s.split_whitespace().count();
        let has_year = s
            .split(|c: char| !c.is_ascii_digit())
            .any(|d| d.len() == 4 && (d.starts_with("19") || d.starts_with("20")));
        words <= 8 && has_year && !s.contains(['.', '。'])
            || s.len() < 40 && s.contains(':') && has_year
    }

    #[test]
    fn dateline_agrees_with_its_oracle() {
        let cases = [
            "Published: Jul 20, 2021 01:58 PM",
            "Published: Jul 20 01:58 PM",
            "2021-07-21",
            "On 20 July 2021 the ministry said so.",
            "one two three four five six seven eight 2020",
            "one two three four five six seven eight nine 2020",
            "one two three four five six seven eight nine: 2020",
            "Time: 2020",
            "Time: 1899",
            "In 2020 it began.",
            "2020年7月19日",
            "",
        ];
        let fixtures = crate::testing::fixture_texts();
        let mut n = 0;
        for text in cases
            .iter()
            .copied()
            .chain(fixtures.iter().map(String::as_str))
        {
            let doc = crate::text::Document::segment(text, None);
            for &p in &doc.paragraphs {
                assert_eq!(
                    is_dateline(text, p),
                    is_dateline_oracle(text, p),
                    "{}",
                    &text[p]
                );
                n += 1;
            }
        }
        assert!(n > 100);
    }

    /// The windows by a plain byte-by-byte scan, the oracle of the
    /// eight-bytes-at-a-time [`key_windows`].
    fn key_windows_oracle(text: &str, p: Span) -> Vec<Span> {
        let mut out: Vec<Span> = Vec::new();
        let bytes = &text.as_bytes()[..p.end];
        let s = &bytes[p.start..];
        let mut previous: &[u8] = b"";
        let mut i = 0;
        while i < s.len() {
            if !s[i].is_ascii_alphanumeric() {
                i += 1;
                continue;
            }
            let start = i;
            while i < s.len() && s[i].is_ascii_alphanumeric() {
                i += 1;
            }
            let run = &s[start..i];
            let key = is_key(run, || previous);
            previous = run;
            if key {
                let from = chunks_back(bytes, p.start, p.start + start, KEY_BEFORE);
                let to = chunks_on(bytes, p.start + i, KEY_AFTER);
                match out.last_mut() {
                    Some(last) if from <= last.end => last.end = last.end.max(to),
                    _ => out.push(Span::new(from, to)),
                }
            }
        }
        out
    }

    #[test]
    fn block_scan_agrees_with_byte_scan() {
        let pieces = [
            "last",
            "week",
            "the",
            "same",
            "day",
            "2020",
            "May",
            "Monday",
            "Today",
            " ",
            "  ",
            ".",
            ",",
            "é",
            "年",
            "\u{a0}",
            "@",
            "[",
            "`",
            "{",
            "/",
            ":",
            "9",
            "Z",
            "z",
            "A",
            "a",
            "0",
            "\n",
            "\u{7f}",
            "YEAR",
            "this",
            "Sept",
            "TODAY",
            "yEAR",
            "DAY",
            "1999",
            "2099",
            "Tuesday",
            "Thursday",
            "Wednesday",
            "Friday",
            "Saturday",
            "Sunday",
            "January",
            "February",
            "March",
            "April",
            "June",
            "July",
            "August",
            "October",
            "November",
            "December",
            "next",
            "coming",
        ];
        let mut state: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            usize::try_from(state % u64::try_from(n).unwrap_or(1)).unwrap_or(0)
        };
        for _ in 0..3000 {
            let mut text = String::new();
            for _ in 0..next(40) {
                text.push_str(pieces[next(pieces.len())]);
            }
            for from in [0, text.find(' ').map_or(0, |n| n + 1)] {
                let p = Span::new(from, text.len());
                let mut fast = Vec::new();
                key_windows(&text, p, &mut fast);
                assert_eq!(fast, key_windows_oracle(&text, p), "{text:?}");
            }
        }
        for b in 0..=255u8 {
            let lanes = alnum_lanes(u64::from_le_bytes([b; 8]));
            assert_eq!(lanes != 0, b.is_ascii_alphanumeric(), "{b}");
        }
    }

    /// Windowed extraction against tokenizing every paragraph whole.
    fn assert_windows_lose_nothing(text: &str) {
        let reference = NaiveDate::from_ymd_opt(2021, 7, 21);
        for date in [reference, None] {
            let doc = crate::text::Document::segment(text, date);
            let fast = extract(&doc);
            let slow = scan_document(&doc, Scan::english_whole);
            assert_eq!(fast, slow, "{text}");
        }
    }

    #[test]
    fn windows_agree_with_whole_paragraphs_on_the_fixtures() {
        for text in crate::testing::fixture_texts() {
            assert_windows_lose_nothing(&text);
        }
    }

    #[test]
    fn windows_agree_with_whole_paragraphs_on_edge_cases() {
        let cases = [
            "The talks began on Sept. 9, 2021 and ended since earlier this week.",
            "(Monday) talks; [July 19th, 2020] and 20 July. 2021 then 5 Jan.",
            "He left the same day, and on the following day he returned. That day ended.",
            "In\u{a0}May\u{2003}of this year,\u{a0}\u{a0}\u{a0} the U.S. 2020-07 APT-2020 and in 2020.",
            "Until last September; by next year; from this month; after earlier this week.",
            "yesterday TODAY Tomorrow last week next Month THIS YEAR 3rd of May on May 5",
            "a b c d e f g h Monday",
            "Monday",
            "On",
            "since \u{2028} \u{3000} \u{a0} last \u{a0} week",
            "d'Monday l'été 2020年7月19日 今年5月 上周 when in 2021年 on Friday’s meeting",
            "x x x x x x x x x x x x x x x x x x x x x x in x x x x x x x x 2020",
        ];
        for c in cases {
            assert_windows_lose_nothing(c);
        }
    }

    #[test]
    fn windows_agree_with_whole_paragraphs_on_generated_text() {
        let words = [
            "on",
            "in",
            "since",
            "by",
            "last",
            "this",
            "next",
            "earlier",
            "later",
            "the",
            "that",
            "same",
            "following",
            "day",
            "week",
            "month",
            "year",
            "of",
            "May",
            "Sept",
            "Jan",
            "July",
            "Monday",
            "Friday",
            "today",
            "yesterday",
            "tomorrow",
            "9",
            "19th",
            "2020",
            "2021",
            ".",
            ",",
            "-",
            "/",
            "%",
            "(",
            ")",
            "'s",
            "’",
            "\u{a0}",
            "\u{3000}",
            "\n",
            "U.S.",
            "said",
            "talks",
            "年",
            "7月19日",
            "coming",
            "past",
            "since earlier this",
            "on Sept. 9, 2021",
            "in May of this year",
            "from Jan. 5",
            "in May last year",
            "20 July. 2021",
            "on the same day",
            "until later this",
            "on Sept . 9 , 2021",
            "9 Sept . 2020",
            "Jan . 1",
        ];
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = |n: usize| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            usize::try_from(state >> 33).unwrap_or(0) % n
        };
        for _ in 0..2000 {
            let mut text = String::new();
            for _ in 0..next(60) {
                text.push_str(words[next(words.len())]);
                text.push_str(["", " ", " ", " ", "  ", "\t"][next(6)]);
            }
            assert_windows_lose_nothing(&text);
        }
    }
}
