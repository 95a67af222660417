//! The language of one chunk whose script leaves it open (Latin, Cyrillic,
//! Arabic, Devanagari, Hebrew): a cheap English test first, whatlang only on
//! long chunks, and only a clear whatlang verdict is taken.

use crate::{Lang, Script};

/// A chunk shorter than this (in words and in chars) is never given to
/// whatlang: its trigrams are too few to tell French from Danish, and a
/// headline or an exclamation ("How absurd!") must not flip the language.
const MIN_WORDS: usize = 20;
/// See [`MIN_WORDS`]: a chunk of at least this many bytes also qualifies.
const MIN_BYTES: usize = 200;
/// whatlang sees at most this many bytes of a chunk: its verdict on a
/// paragraph's worth of text is as good as on the whole, and time stays
/// bounded per chunk.
const SAMPLE_BYTES: usize = 2048;
/// whatlang's confidence (a margin between its two best candidates) must
/// reach this before a language other than the default is taken.
const MIN_CONFIDENCE: f64 = 0.6;

/// What the detector concluded about a chunk.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Verdict {
    /// The language, or `None` when the chunk should inherit the document's.
    pub(crate) lang: Option<Lang>,
    /// How sure, from 0 to 1.
    pub(crate) confidence: f64,
}

/// The fixed language of a script that (nearly) always means one language,
/// and the default of the scripts shared by several.
pub(crate) fn default_lang(script: Script) -> Option<Lang> {
    use whatlang::Lang as W;
    let lang = match script {
        Script::Latin => W::Eng,
        Script::Cyrillic => W::Rus,
        Script::Greek => W::Ell,
        Script::Arabic => W::Ara,
        Script::Hebrew => W::Heb,
        Script::Mandarin => W::Cmn,
        Script::Hiragana | Script::Katakana => W::Jpn,
        Script::Hangul => W::Kor,
        Script::Devanagari => W::Hin,
        Script::Thai => W::Tha,
        Script::Armenian => W::Hye,
        Script::Bengali => W::Ben,
        Script::Ethiopic => W::Amh,
        Script::Georgian => W::Kat,
        Script::Gujarati => W::Guj,
        Script::Gurmukhi => W::Pan,
        Script::Kannada => W::Kan,
        Script::Khmer => W::Khm,
        Script::Malayalam => W::Mal,
        Script::Myanmar => W::Mya,
        Script::Oriya => W::Ori,
        Script::Sinhala => W::Sin,
        Script::Tamil => W::Tam,
        Script::Telugu => W::Tel,
        Script::Other | Script::Common => return None,
    };
    Some(Lang::from(lang))
}

/// Whether the script is shared by several languages whatlang tells apart.
pub(crate) fn is_open(script: Script) -> bool {
    matches!(
        script,
        Script::Latin | Script::Cyrillic | Script::Arabic | Script::Devanagari | Script::Hebrew
    )
}

/// The language of a chunk of an open script.
pub(crate) fn detect(chunk: &str, script: Script) -> Verdict {
    let undecided = Verdict {
        lang: None,
        confidence: 0.0,
    };
    let stats = word_stats(chunk);
    if script == Script::Latin {
        if let Some(confidence) = english_by_stop_words(&stats) {
            return Verdict {
                lang: Some(Lang::ENGLISH),
                confidence,
            };
        }
    }
    if stats.words < MIN_WORDS && chunk.len() < MIN_BYTES {
        return undecided;
    }
    // A list of names ("Australia, Canada, Denmark, ...") is not prose: its
    // trigrams say nothing about the language around it.
    if script == Script::Latin && stats.capitalised * 5 > stats.words * 3 {
        return undecided;
    }
    let sample = &chunk[..floor_char_boundary(chunk, SAMPLE_BYTES)];
    match whatlang::detect(sample) {
        Some(info)
            if info.is_reliable()
                && info.confidence() >= MIN_CONFIDENCE
                && Script::from_whatlang(info.script()) == script =>
        {
            Verdict {
                lang: Some(Lang::from(info.lang())),
                confidence: info.confidence().clamp(0.0, 1.0),
            }
        }
        _ => undecided,
    }
}

/// Words of a chunk and how many are English function words or capitalised.
#[derive(Clone, Copy, Debug, Default)]
struct WordStats {
    words: usize,
    english: usize,
    capitalised: usize,
}

/// One byte scan: a word is a maximal run of letters (ASCII letters, any
/// non-ASCII byte, inner apostrophes).
fn word_stats(chunk: &str) -> WordStats {
    let bytes = chunk.as_bytes();
    let mut stats = WordStats::default();
    let mut i = 0;
    while i < bytes.len() {
        if !is_word_byte(bytes[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && (is_word_byte(bytes[i]) || bytes[i] == b'\'') {
            i += 1;
        }
        let word = &bytes[start..i];
        stats.words += 1;
        stats.capitalised += usize::from(word[0].is_ascii_uppercase());
        stats.english += usize::from(is_english_function_word(word));
    }
    stats
}

#[inline]
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphabetic() || b >= 0x80
}

/// English, for sure, when function words that other Latin-script
/// languages do not use are frequent: English prose has 30-45 % of them,
/// French, German, Spanish or Dutch prose under 5 %.
fn english_by_stop_words(stats: &WordStats) -> Option<f64> {
    if stats.english < 2 || stats.english * 100 < stats.words * 12 {
        return None;
    }
    let share = stats.english as f64 / stats.words as f64;
    let length = (stats.english as f64 / 10.0).min(1.0);
    Some((0.6 + 0.2 * length + share).min(0.99))
}

/// English function words (ASCII, any case). Why these: each is among the
/// most frequent English words and is not a frequent word of French,
/// German, Spanish, Italian, Portuguese or the Nordic languages (so not
/// "a", "in", "die", "de", "en", "la", "was", "is", "on", "an", "or").
fn is_english_function_word(word: &[u8]) -> bool {
    if word.len() < 2 || word.len() > 5 {
        return false;
    }
    let mut lower = [0u8; 5];
    for (l, &b) in lower.iter_mut().zip(word) {
        *l = b.to_ascii_lowercase();
    }
    matches!(
        &lower[..word.len()],
        b"the"
            | b"of"
            | b"and"
            | b"to"
            | b"that"
            | b"for"
            | b"with"
            | b"were"
            | b"are"
            | b"has"
            | b"have"
            | b"this"
            | b"from"
            | b"will"
            | b"its"
            | b"their"
            | b"which"
            | b"been"
            | b"they"
            | b"would"
            | b"said"
            | b"it"
            | b"be"
            | b"by"
            | b"not"
            | b"but"
            | b"our"
            | b"who"
            | b"also"
            | b"should"
            | b"these"
            | b"those"
            | b"there"
    )
}

/// The largest char boundary at or below `at`.
pub(crate) fn floor_char_boundary(text: &str, at: usize) -> usize {
    if at >= text.len() {
        return text.len();
    }
    let mut at = at;
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_prose_is_decided_without_whatlang() {
        let v = detect(
            "The ministry said that the claims were groundless and should be withdrawn.",
            Script::Latin,
        );
        assert_eq!(v.lang, Some(Lang::ENGLISH));
    }

    #[test]
    fn short_exclamation_is_left_open() {
        assert_eq!(detect("How absurd!", Script::Latin).lang, None);
        assert_eq!(detect("Wang Wenbin", Script::Latin).lang, None);
    }

    #[test]
    fn long_french_paragraph_is_french() {
        let v = detect(
            "Le ministère des Affaires étrangères a déclaré mardi que les accusations \
             portées contre le gouvernement étaient dénuées de tout fondement et que la \
             coopération entre les deux pays devait se poursuivre dans le respect mutuel.",
            Script::Latin,
        );
        assert_eq!(v.lang, Lang::from_code("fra"));
    }

    #[test]
    fn sample_cut_stays_on_char_boundary() {
        let text = "é".repeat(3000);
        let at = floor_char_boundary(&text, SAMPLE_BYTES + 1);
        assert!(text.is_char_boundary(at));
    }
}
