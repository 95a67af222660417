//! [`Party`]: a state or an international organisation, by code.

use std::borrow::Cow;
use std::fmt;

/// A state or an international organisation, by code.
///
/// States are ISO 3166-1 alpha-3 codes (`"USA"`, `"CHN"`, `"GBR"`);
/// organisations are upper-case short codes (`"EU"`, `"NATO"`, `"UN"`,
/// `"ASEAN"`). An unknown party is absent, never a guess.
///
/// ```
/// use demarche::Party;
///
/// assert_eq!(Party::USA.code(), "USA");
/// assert_eq!(Party::new("NATO"), Party::NATO);
/// assert_eq!(Party::CHN.to_string(), "CHN");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(transparent))]
pub struct Party(Cow<'static, str>);

impl Party {
    /// The United States.
    pub const USA: Party = Party::from_static("USA");
    /// The People's Republic of China.
    pub const CHN: Party = Party::from_static("CHN");
    /// The Russian Federation.
    pub const RUS: Party = Party::from_static("RUS");
    /// The United Kingdom.
    pub const GBR: Party = Party::from_static("GBR");
    /// The European Union.
    pub const EU: Party = Party::from_static("EU");
    /// The North Atlantic Treaty Organization.
    pub const NATO: Party = Party::from_static("NATO");

    /// A party from a code known at compile time.
    ///
    /// ```
    /// const JPN: demarche::Party = demarche::Party::from_static("JPN");
    /// assert_eq!(JPN.code(), "JPN");
    /// ```
    #[must_use]
    pub const fn from_static(code: &'static str) -> Party {
        Party(Cow::Borrowed(code))
    }

    /// A party from any code (as read back from JSON, say).
    ///
    /// ```
    /// assert_eq!(demarche::Party::new(String::from("DNK")).code(), "DNK");
    /// ```
    #[must_use]
    pub fn new(code: impl Into<Cow<'static, str>>) -> Party {
        Party(code.into())
    }

    /// The code.
    ///
    /// ```
    /// assert_eq!(demarche::Party::EU.code(), "EU");
    /// ```
    #[must_use]
    pub fn code(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Party {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Display for Party {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
