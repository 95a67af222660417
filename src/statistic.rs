//! Cited statistics: numbers that quantify something, with their qualifier,
//! unit, subject, source and period, in English and Chinese.

use std::borrow::Cow;

use crate::{Lang, Span, Text};

/// A number that quantifies something: a count, duration, rank, percentage
/// or sum of money, with its qualifier and its authority.
///
/// `value` is always finite.
///
/// ```
/// let text = "2021-07-21\n\nAbout 52,000 servers were found.";
/// let statement = demarche::analyze(text);
/// for statistic in &statement.statistics {
///     assert!(statistic.value.is_finite());
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CitedStatistic<'a> {
    /// The number with its qualifier ("about 52,000", "约5.2万").
    pub span: Span,
    /// The text at `span`, whitespace collapsed.
    pub text: Cow<'a, str>,
    /// The normalised value (52,000 for "约5.2万"), always finite.
    pub value: f64,
    /// The qualifier: exact, about, more than, ...
    pub approximation: Approximation,
    /// What the number measures.
    pub kind: StatisticKind,
    /// The counted noun ("servers", "服务器").
    pub unit: Option<Cow<'a, str>>,
    /// The noun phrase counted.
    pub subject: Option<Text<'a>>,
    /// The authority the number is attributed to.
    pub source: Option<Text<'a>>,
    /// The reference period, when stated ("2020").
    pub period: Option<Cow<'a, str>>,
    /// The language of the sentence.
    pub lang: Option<Lang>,
}

impl CitedStatistic<'_> {
    /// The same statistic, owning its strings.
    ///
    /// ```
    /// let s = demarche::analyze("About 52,000 servers were found.").into_owned();
    /// assert!(s.statistics.len() <= 1);
    /// ```
    #[must_use]
    pub fn into_owned(self) -> CitedStatistic<'static> {
        CitedStatistic {
            span: self.span,
            text: Cow::Owned(self.text.into_owned()),
            value: self.value,
            approximation: self.approximation,
            kind: self.kind,
            unit: self.unit.map(|u| Cow::Owned(u.into_owned())),
            subject: self.subject.map(Text::into_owned),
            source: self.source.map(Text::into_owned),
            period: self.period.map(|p| Cow::Owned(p.into_owned())),
            lang: self.lang,
        }
    }
}

/// How exact a cited number is.
///
/// ```
/// assert_ne!(demarche::Approximation::About, demarche::Approximation::Exact);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Approximation {
    /// No qualifier.
    Exact,
    /// "about", "around", "约".
    About,
    /// "nearly", "almost", "近".
    Nearly,
    /// "more than", "over", "超过".
    MoreThan,
    /// "at least", "至少".
    AtLeast,
    /// "less than", "under", "不到".
    LessThan,
    /// "at most", "up to", "最多".
    AtMost,
    /// "thousands of", "dozens of", "数以千计": an order of magnitude only.
    Vague,
}

/// What a cited number measures.
///
/// ```
/// assert_ne!(demarche::StatisticKind::Count, demarche::StatisticKind::Rank);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum StatisticKind {
    /// How many of something.
    Count,
    /// How long ("11 years").
    Duration,
    /// A position in an order ("top three", "前三位").
    Rank,
    /// A share ("92%", "百分之九十").
    Percentage,
    /// A sum of money ("$4.5 billion").
    Money,
    /// A ratio ("one in five").
    Ratio,
    /// Any other quantity.
    Other,
}

/// Finds the cited statistics of a segmented document.
///
/// Filled by the statistics work; until then it finds none.
pub(crate) fn extract<'a>(_doc: &crate::text::Document<'a>) -> Vec<CitedStatistic<'a>> {
    Vec::new()
}
