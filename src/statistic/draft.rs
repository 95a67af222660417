//! What a number is once read: its kind ([`StatisticKind`]), how exact it
//! is ([`Approximation`]), and the [`Draft`] of a statistic before its
//! source and period are known.

use std::borrow::Cow;

use crate::{Lang, Span};

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

/// A statistic before its source and period are known.
pub(super) struct Draft<'a> {
    /// The number with its qualifier.
    pub(super) span: Span,
    /// The normalised value.
    pub(super) value: f64,
    /// The qualifier.
    pub(super) approximation: Approximation,
    /// What the number measures.
    pub(super) kind: StatisticKind,
    /// The counted noun, time unit or currency noun.
    pub(super) unit: Option<Cow<'a, str>>,
    /// The counted noun phrase, or the whole of a percentage.
    pub(super) subject: Option<Span>,
    /// The currency's ISO code or sign.
    pub(super) currency: Option<Cow<'static, str>>,
    /// The language the number is written in.
    pub(super) lang: Lang,
}

/// A rank from `start` to `end` ("top three", "前三位"): exact, with no
/// unit.
pub(super) fn rank<'a>(start: usize, end: usize, value: f64, lang: Lang) -> Draft<'a> {
    Draft {
        span: Span::new(start, end),
        value,
        approximation: Approximation::Exact,
        kind: StatisticKind::Rank,
        unit: None,
        subject: None,
        currency: None,
        lang,
    }
}
