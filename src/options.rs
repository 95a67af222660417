//! The configurable analyser.

use chrono::NaiveDate;

use crate::{Error, Statement};

/// An analyser with options, cheap to clone, `Send + Sync`, reused across
/// documents.
///
/// ```
/// use demarche::Analyzer;
///
/// let analyzer = Analyzer::new()
///     .reference_date(chrono::NaiveDate::from_ymd_opt(2021, 7, 20).ok_or("bad date")?)
///     .max_input_len(10 << 20);
/// let statement = analyzer.analyze("The US accused China on Monday.")?;
/// assert!(statement.published.is_none());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Analyzer {
    pub(crate) reference_date: Option<NaiveDate>,
    pub(crate) max_input_len: Option<usize>,
}

impl Analyzer {
    /// An analyser with the default options: no reference date (relative
    /// dates resolve against the publication date) and no size limit.
    ///
    /// ```
    /// let statement = demarche::Analyzer::new().analyze("")?;
    /// assert!(statement.sentences.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn new() -> Analyzer {
        Analyzer {
            reference_date: None,
            max_input_len: None,
        }
    }

    /// The date against which relative dates ("on Monday", "last week")
    /// resolve, overriding the publication date. A dateline without a year
    /// ("7月20日电", "July 19 /TASS/") takes its year from it.
    ///
    /// ```
    /// let date = chrono::NaiveDate::from_ymd_opt(2021, 7, 20).ok_or("bad date")?;
    /// let analyzer = demarche::Analyzer::new().reference_date(date);
    /// let s = analyzer.analyze("BEIJING, July 20 (Xinhua) -- China said on Monday it opposes hacking.")?;
    /// assert_eq!(s.published.map(|p| p.date), Some(date));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn reference_date(mut self, date: NaiveDate) -> Analyzer {
        self.reference_date = Some(date);
        self
    }

    /// The largest input, in bytes, that [`Analyzer::analyze`] accepts; a
    /// longer one is an [`ErrorKind::TooLarge`](crate::ErrorKind::TooLarge)
    /// error. No limit by default.
    ///
    /// ```
    /// let analyzer = demarche::Analyzer::new().max_input_len(3);
    /// assert!(analyzer.analyze("four").is_err());
    /// assert!(analyzer.analyze("two").is_ok());
    /// ```
    #[must_use]
    pub const fn max_input_len(mut self, bytes: usize) -> Analyzer {
        self.max_input_len = Some(bytes);
        self
    }

    /// Analyses one document.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::TooLarge`](crate::ErrorKind::TooLarge) when the input is
    /// over [`Analyzer::max_input_len`].
    ///
    /// ```
    /// let s = demarche::Analyzer::new().analyze("Headline\n\nJuly 19, 2021\n\nBody text.")?;
    /// assert_eq!(s.published.map(|p| p.date.to_string()), Some("2021-07-19".into()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn analyze<'a>(&self, text: &'a str) -> Result<Statement<'a>, Error> {
        if let Some(limit) = self.max_input_len {
            if text.len() > limit {
                return Err(Error::too_large(text.len(), limit));
            }
        }
        Ok(crate::pipeline::run(text, self))
    }

    /// Analyses one document given as bytes, checked as UTF-8.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidUtf8`](crate::ErrorKind::InvalidUtf8) with the byte
    /// offset of the first bad byte, or
    /// [`ErrorKind::TooLarge`](crate::ErrorKind::TooLarge).
    ///
    /// ```
    /// let err = demarche::Analyzer::new().analyze_bytes(b"caf\xE9").unwrap_err();
    /// assert_eq!(err.offset(), Some(3));
    /// ```
    pub fn analyze_bytes<'a>(&self, bytes: &'a [u8]) -> Result<Statement<'a>, Error> {
        let text = std::str::from_utf8(bytes).map_err(|e| Error::invalid_utf8(bytes, e))?;
        self.analyze(text)
    }
}
