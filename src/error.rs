//! The one error type of the crate.

use std::fmt;

/// Why an input could not be analysed.
///
/// Finding nothing is never an error; errors are for contract violations:
/// bytes that are not UTF-8, or an input over the configured size limit. The
/// error knows where the bad input is but does not copy it.
///
/// ```
/// let err = demarche::analyze_bytes(b"ok \xFF").unwrap_err();
/// assert_eq!(err.offset(), Some(3));
/// assert_eq!(err.to_string(), "invalid UTF-8 at byte 3 (line 1, column 4)");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{kind}")]
pub struct Error {
    kind: ErrorKind,
}

impl Error {
    /// What went wrong.
    ///
    /// ```
    /// let err = demarche::analyze_bytes(b"\xC3").unwrap_err();
    /// assert!(matches!(err.kind(), demarche::ErrorKind::InvalidUtf8 { offset: 0, .. }));
    /// ```
    #[must_use]
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    /// The byte offset of the bad input, where there is one.
    ///
    /// ```
    /// let err = demarche::analyze_bytes(b"a\nb\xFF").unwrap_err();
    /// assert_eq!(err.offset(), Some(3));
    /// ```
    #[must_use]
    pub fn offset(&self) -> Option<usize> {
        match self.kind {
            ErrorKind::InvalidUtf8 { offset, .. } => Some(offset),
            ErrorKind::TooLarge { .. } => None,
        }
    }

    pub(crate) fn invalid_utf8(bytes: &[u8], err: std::str::Utf8Error) -> Error {
        let offset = err.valid_up_to();
        let before = &bytes[..offset];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        // Columns count chars; the bytes before the error are valid UTF-8.
        let column = std::str::from_utf8(&before[line_start..])
            .map_or(offset - line_start, |s| s.chars().count())
            + 1;
        Error {
            kind: ErrorKind::InvalidUtf8 {
                offset,
                line,
                column,
            },
        }
    }

    pub(crate) fn too_large(len: usize, limit: usize) -> Error {
        Error {
            kind: ErrorKind::TooLarge { len, limit },
        }
    }
}

/// The kinds of [`Error`].
///
/// ```
/// let analyzer = demarche::Analyzer::new().max_input_len(4);
/// let err = analyzer.analyze("too long").unwrap_err();
/// assert_eq!(err.kind(), &demarche::ErrorKind::TooLarge { len: 8, limit: 4 });
/// assert_eq!(err.to_string(), "input of 8 bytes is over the limit of 4 bytes");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The bytes are not UTF-8.
    InvalidUtf8 {
        /// Offset of the first byte that is not part of valid UTF-8.
        offset: usize,
        /// 1-based line of that byte.
        line: usize,
        /// 1-based column (in chars) of that byte.
        column: usize,
    },
    /// The input is longer than [`Analyzer::max_input_len`](crate::Analyzer::max_input_len).
    TooLarge {
        /// The input's length in bytes.
        len: usize,
        /// The configured limit in bytes.
        limit: usize,
    },
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ErrorKind::InvalidUtf8 {
                offset,
                line,
                column,
            } => {
                write!(
                    f,
                    "invalid UTF-8 at byte {offset} (line {line}, column {column})"
                )
            }
            ErrorKind::TooLarge { len, limit } => {
                write!(f, "input of {len} bytes is over the limit of {limit} bytes")
            }
        }
    }
}
