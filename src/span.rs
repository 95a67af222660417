//! Byte spans into the caller's input and the text found there.

use std::borrow::Cow;
use std::fmt;
use std::ops::{Index, Range};

/// A half-open range of UTF-8 byte offsets into the exact input, `start..end`.
///
/// Every span demarche emits lies inside the input and on char boundaries, so
/// `&input[span]` never panics. Nothing is trimmed or re-encoded before
/// offsets are taken: a caller can always highlight the original text.
///
/// ```
/// use demarche::Span;
///
/// let text = "Zhao Lijian: China firmly opposes it.";
/// let span = Span::new(0, 11);
/// assert_eq!(&text[span], "Zhao Lijian");
/// assert_eq!(span.len(), 11);
/// assert_eq!(format!("{span:?}"), "0..11");
/// assert_eq!(std::ops::Range::from(span), 0..11);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Span {
    /// Offset of the first byte.
    pub start: usize,
    /// Offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    ///
    /// ```
    /// let span = demarche::Span::new(3, 7);
    /// assert_eq!((span.start, span.end), (3, 7));
    /// ```
    #[must_use]
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// Number of bytes covered.
    ///
    /// ```
    /// assert_eq!(demarche::Span::new(3, 7).len(), 4);
    /// ```
    #[must_use]
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span covers no byte.
    ///
    /// ```
    /// assert!(demarche::Span::new(5, 5).is_empty());
    /// ```
    #[must_use]
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// Whether `other` lies entirely inside this span.
    ///
    /// ```
    /// use demarche::Span;
    /// assert!(Span::new(0, 10).contains(Span::new(2, 5)));
    /// assert!(!Span::new(0, 10).contains(Span::new(8, 12)));
    /// ```
    #[must_use]
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    ///
    /// ```
    /// use demarche::Span;
    /// assert!(Span::new(0, 10).overlaps(Span::new(9, 12)));
    /// assert!(!Span::new(0, 10).overlaps(Span::new(10, 12)));
    /// ```
    #[must_use]
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    ///
    /// ```
    /// use demarche::Span;
    /// assert_eq!(Span::new(2, 4).join(Span::new(8, 9)), Span::new(2, 9));
    /// ```
    #[must_use]
    pub fn join(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl From<Range<usize>> for Span {
    fn from(range: Range<usize>) -> Span {
        Span::new(range.start, range.end)
    }
}

impl From<Span> for Range<usize> {
    fn from(span: Span) -> Range<usize> {
        span.start..span.end
    }
}

impl Index<Span> for str {
    type Output = str;

    fn index(&self, span: Span) -> &str {
        &self[span.start..span.end]
    }
}

impl Index<Span> for String {
    type Output = str;

    fn index(&self, span: Span) -> &str {
        &self[span.start..span.end]
    }
}

/// A piece of the input: its cleaned surface form and where it came from.
///
/// `text` has its whitespace collapsed to single spaces; `span` points at the
/// original bytes. The text borrows from the input where cleaning changed
/// nothing, and [`Text::into_owned`] detaches it.
///
/// ```
/// use demarche::{Span, Text};
///
/// let input = "Global   Times";
/// let outlet = Text::from_input(input, Span::new(0, input.len()));
/// assert_eq!(outlet.text, "Global Times");
/// assert_eq!(&input[outlet.span], "Global   Times");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Text<'a> {
    /// The surface form, whitespace collapsed.
    pub text: Cow<'a, str>,
    /// Where it stands in the input.
    pub span: Span,
}

impl<'a> Text<'a> {
    /// The text at `span` of `input`, whitespace collapsed (borrowed when
    /// nothing needed collapsing).
    ///
    /// `span` must lie on char boundaries of `input`; spans from demarche
    /// always do.
    ///
    /// ```
    /// use demarche::{Span, Text};
    /// let t = Text::from_input("a\n b", Span::new(0, 4));
    /// assert_eq!(t.text, "a b");
    /// ```
    #[must_use]
    pub fn from_input(input: &'a str, span: Span) -> Text<'a> {
        Text {
            text: crate::text::collapse_whitespace(&input[span]),
            span,
        }
    }

    /// A text whose surface form is given (for normalised forms).
    ///
    /// ```
    /// use demarche::{Span, Text};
    /// let t = Text::new("CNCERT", Span::new(10, 16));
    /// assert_eq!(t.text, "CNCERT");
    /// ```
    #[must_use]
    pub fn new(text: impl Into<Cow<'a, str>>, span: Span) -> Text<'a> {
        Text {
            text: text.into(),
            span,
        }
    }

    /// The surface form as `&str`.
    ///
    /// ```
    /// use demarche::{Span, Text};
    /// assert_eq!(Text::new("US", Span::new(0, 2)).as_str(), "US");
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The same text, owning its string.
    ///
    /// ```
    /// use demarche::{Span, Text};
    /// let owned: Text<'static> = Text::from_input("US", Span::new(0, 2)).into_owned();
    /// assert_eq!(owned.text, "US");
    /// ```
    #[must_use]
    pub fn into_owned(self) -> Text<'static> {
        Text {
            text: Cow::Owned(self.text.into_owned()),
            span: self.span,
        }
    }
}
