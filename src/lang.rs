//! Languages (ISO 639-3, as whatlang names them) and writing systems.

use std::fmt;

/// A language, written as its ISO 639-3 code (`"eng"`, `"cmn"`, `"rus"`).
///
/// A thin wrapper over [`whatlang::Lang`], so that the codes are exactly the
/// ones whatlang gives; simplified and traditional Chinese are both `cmn`.
///
/// ```
/// use demarche::Lang;
///
/// assert_eq!(Lang::ENGLISH.code(), "eng");
/// assert_eq!(Lang::from_code("cmn"), Some(Lang::CHINESE));
/// assert_eq!(Lang::from_code("xx"), None);
/// assert_eq!(Lang::CHINESE.to_string(), "cmn");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Lang(whatlang::Lang);

impl Lang {
    /// English, `eng`.
    pub const ENGLISH: Lang = Lang(whatlang::Lang::Eng);
    /// Mandarin Chinese, simplified or traditional, `cmn`.
    pub const CHINESE: Lang = Lang(whatlang::Lang::Cmn);
    /// Japanese, `jpn`.
    pub const JAPANESE: Lang = Lang(whatlang::Lang::Jpn);
    /// Korean, `kor`.
    pub const KOREAN: Lang = Lang(whatlang::Lang::Kor);
    /// Russian, `rus`.
    pub const RUSSIAN: Lang = Lang(whatlang::Lang::Rus);
    /// Arabic, `ara`.
    pub const ARABIC: Lang = Lang(whatlang::Lang::Ara);

    /// The ISO 639-3 code.
    ///
    /// ```
    /// assert_eq!(demarche::Lang::RUSSIAN.code(), "rus");
    /// ```
    #[must_use]
    pub fn code(self) -> &'static str {
        self.0.code()
    }

    /// The language with this ISO 639-3 code, if whatlang knows it.
    ///
    /// ```
    /// assert_eq!(demarche::Lang::from_code("jpn"), Some(demarche::Lang::JAPANESE));
    /// ```
    #[must_use]
    pub fn from_code(code: &str) -> Option<Lang> {
        whatlang::Lang::from_code(code).map(Lang)
    }

    /// The whatlang value, for callers who use whatlang directly.
    ///
    /// ```
    /// assert_eq!(demarche::Lang::ENGLISH.to_whatlang(), whatlang::Lang::Eng);
    /// ```
    #[must_use]
    pub fn to_whatlang(self) -> whatlang::Lang {
        self.0
    }
}

impl From<whatlang::Lang> for Lang {
    fn from(lang: whatlang::Lang) -> Lang {
        Lang(lang)
    }
}

impl fmt::Debug for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Lang {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Lang {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Lang, D::Error> {
        let code = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        Lang::from_code(&code).ok_or_else(|| {
            serde::de::Error::custom(format_args!("unknown ISO 639-3 code {code:?}"))
        })
    }
}

/// The writing system of a language run.
///
/// Names follow whatlang's (`"Latin"`, `"Mandarin"` for Han characters,
/// `"Cyrillic"`); `Common` is a run with no letters at all (digits,
/// punctuation, symbols).
///
/// ```
/// use demarche::Script;
/// assert_eq!(Script::Mandarin.name(), "Mandarin");
/// assert_eq!(Script::from_whatlang(whatlang::Script::Cyrillic), Script::Cyrillic);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum Script {
    /// Latin letters.
    Latin,
    /// Cyrillic letters.
    Cyrillic,
    /// Greek letters.
    Greek,
    /// Arabic letters.
    Arabic,
    /// Hebrew letters.
    Hebrew,
    /// Han characters (Chinese, and the kanji of Japanese).
    Mandarin,
    /// Japanese hiragana.
    Hiragana,
    /// Japanese katakana.
    Katakana,
    /// Korean hangul.
    Hangul,
    /// Devanagari.
    Devanagari,
    /// Thai.
    Thai,
    /// Armenian.
    Armenian,
    /// Bengali.
    Bengali,
    /// Ethiopic (Ge'ez).
    Ethiopic,
    /// Georgian.
    Georgian,
    /// Gujarati.
    Gujarati,
    /// Gurmukhi.
    Gurmukhi,
    /// Kannada.
    Kannada,
    /// Khmer.
    Khmer,
    /// Malayalam.
    Malayalam,
    /// Myanmar (Burmese).
    Myanmar,
    /// Oriya.
    Oriya,
    /// Sinhala.
    Sinhala,
    /// Tamil.
    Tamil,
    /// Telugu.
    Telugu,
    /// Any other script with letters.
    Other,
    /// No letters: digits, punctuation, symbols, whitespace.
    Common,
}

impl Script {
    /// The script's name as it serialises.
    ///
    /// ```
    /// assert_eq!(demarche::Script::Latin.name(), "Latin");
    /// ```
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Script::Latin => "Latin",
            Script::Cyrillic => "Cyrillic",
            Script::Greek => "Greek",
            Script::Arabic => "Arabic",
            Script::Hebrew => "Hebrew",
            Script::Mandarin => "Mandarin",
            Script::Hiragana => "Hiragana",
            Script::Katakana => "Katakana",
            Script::Hangul => "Hangul",
            Script::Devanagari => "Devanagari",
            Script::Thai => "Thai",
            Script::Armenian => "Armenian",
            Script::Bengali => "Bengali",
            Script::Ethiopic => "Ethiopic",
            Script::Georgian => "Georgian",
            Script::Gujarati => "Gujarati",
            Script::Gurmukhi => "Gurmukhi",
            Script::Kannada => "Kannada",
            Script::Khmer => "Khmer",
            Script::Malayalam => "Malayalam",
            Script::Myanmar => "Myanmar",
            Script::Oriya => "Oriya",
            Script::Sinhala => "Sinhala",
            Script::Tamil => "Tamil",
            Script::Telugu => "Telugu",
            Script::Other => "Other",
            Script::Common => "Common",
        }
    }

    /// The script whatlang calls `script` (whatlang's names are ours).
    ///
    /// ```
    /// use demarche::Script;
    /// assert_eq!(Script::from_whatlang(whatlang::Script::Mandarin), Script::Mandarin);
    /// ```
    #[must_use]
    pub fn from_whatlang(script: whatlang::Script) -> Script {
        use whatlang::Script as W;
        match script {
            W::Arabic => Script::Arabic,
            W::Armenian => Script::Armenian,
            W::Bengali => Script::Bengali,
            W::Cyrillic => Script::Cyrillic,
            W::Devanagari => Script::Devanagari,
            W::Ethiopic => Script::Ethiopic,
            W::Georgian => Script::Georgian,
            W::Greek => Script::Greek,
            W::Gujarati => Script::Gujarati,
            W::Gurmukhi => Script::Gurmukhi,
            W::Hangul => Script::Hangul,
            W::Hebrew => Script::Hebrew,
            W::Hiragana => Script::Hiragana,
            W::Kannada => Script::Kannada,
            W::Katakana => Script::Katakana,
            W::Khmer => Script::Khmer,
            W::Latin => Script::Latin,
            W::Malayalam => Script::Malayalam,
            W::Mandarin => Script::Mandarin,
            W::Myanmar => Script::Myanmar,
            W::Oriya => Script::Oriya,
            W::Sinhala => Script::Sinhala,
            W::Tamil => Script::Tamil,
            W::Telugu => Script::Telugu,
            W::Thai => Script::Thai,
            #[allow(unreachable_patterns)]
            _ => Script::Other,
        }
    }
}
