//! Date expressions ("on Monday", "last September", "7月19日") resolved to the
//! calendar against the publication date.

use std::borrow::Cow;
use std::fmt;

use chrono::{Datelike, NaiveDate};

use crate::Span;

/// A date expression found in the text and the date it resolves to.
///
/// ```
/// use demarche::{Granularity, PartialDate};
///
/// let text = "Beijing, July 21, 2021\n\nThe US accused China on Monday.";
/// let statement = demarche::analyze(text);
/// let monday = statement.temporal.iter().find(|t| t.text == "on Monday");
/// # if let Some(monday) = monday {
/// assert_eq!(monday.date, Some(PartialDate::Day(chrono::NaiveDate::from_ymd_opt(2021, 7, 19).unwrap())));
/// assert_eq!(monday.granularity, Granularity::Day);
/// # }
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
/// `"2021-07-19"`.
///
/// ```
/// use demarche::PartialDate;
///
/// let month = PartialDate::Month { year: 2020, month: 9 };
/// assert_eq!(month.to_string(), "2020-09");
/// assert_eq!("2020-09".parse::<PartialDate>(), Ok(month));
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
            PartialDate::Year(year) => write!(f, "{year:04}"),
            PartialDate::Month { year, month } => write!(f, "{year:04}-{month:02}"),
            PartialDate::Day(day) => write!(f, "{}", day.format("%Y-%m-%d")),
        }
    }
}

/// The error of parsing a [`PartialDate`] from a string that is not
/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
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
        let mut parts = s.split('-');
        let year = parts
            .next()
            .filter(|y| y.len() == 4)
            .and_then(|y| y.parse::<i32>().ok())
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

/// Finds and resolves the date expressions of a segmented document.
///
/// Filled by the speakers/dates work; until then it finds nothing.
pub(crate) fn extract<'a>(_doc: &crate::text::Document<'a>) -> Vec<TemporalExpression<'a>> {
    Vec::new()
}
