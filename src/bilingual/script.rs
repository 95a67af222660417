//! Script classification: one cheap `match` per character.
//!
//! Every character is either a letter of a [`Script`] ("strong": it says
//! something about the language) or `Script::Common` ("neutral": digits,
//! punctuation, whitespace, symbols, emoji, combining marks, joiners), which
//! takes the language of the run around it.

use crate::Script;

/// The script of one character; `Script::Common` for neutral characters.
///
/// ASCII is decided by one comparison; the rest by code-point ranges (the
/// Unicode blocks of each script), with `char::is_alphabetic` deciding
/// between `Other` and `Common` for the scripts not listed.
#[inline]
pub(crate) fn classify(c: char) -> Script {
    if c.is_ascii() {
        return if c.is_ascii_alphabetic() {
            Script::Latin
        } else {
            Script::Common
        };
    }
    classify_non_ascii(c as u32, c)
}

fn classify_non_ascii(u: u32, c: char) -> Script {
    match u {
        // Latin-1 letters (not × ÷), Latin Extended A/B, IPA.
        0xAA | 0xBA | 0xC0..=0xD6 | 0xD8..=0xF6 | 0xF8..=0x2AF => Script::Latin,
        // Combining diacritics: neutral, they follow their base letter.
        0x300..=0x36F => Script::Common,
        0x370..=0x3FF => greek_or_common(c),
        0x400..=0x52F | 0x1C80..=0x1C8F | 0x2DE0..=0x2DFF | 0xA640..=0xA69F => Script::Cyrillic,
        0x531..=0x58F | 0xFB13..=0xFB17 => letter_or_common(c, Script::Armenian),
        0x591..=0x5FF | 0xFB1D..=0xFB4F => letter_or_common(c, Script::Hebrew),
        // Arabic digits (U+0660..) and punctuation are neutral.
        0x600..=0x6FF | 0x750..=0x77F | 0x870..=0x8FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFE => {
            arabic(c)
        }
        0x900..=0x97F | 0xA8E0..=0xA8FF => indic(c, Script::Devanagari),
        0x980..=0x9FF => indic(c, Script::Bengali),
        0xA00..=0xA7F => indic(c, Script::Gurmukhi),
        0xA80..=0xAFF => indic(c, Script::Gujarati),
        0xB00..=0xB7F => indic(c, Script::Oriya),
        0xB80..=0xBFF => indic(c, Script::Tamil),
        0xC00..=0xC7F => indic(c, Script::Telugu),
        0xC80..=0xCFF => indic(c, Script::Kannada),
        0xD00..=0xD7F => indic(c, Script::Malayalam),
        0xD80..=0xDFF => indic(c, Script::Sinhala),
        0xE00..=0xE7F => indic(c, Script::Thai),
        0x1000..=0x109F => indic(c, Script::Myanmar),
        0x10A0..=0x10FF | 0x1C90..=0x1CBF | 0x2D00..=0x2D2F => {
            letter_or_common(c, Script::Georgian)
        }
        0x1100..=0x11FF | 0x3130..=0x318F | 0xA960..=0xA97F | 0xAC00..=0xD7FF => Script::Hangul,
        0x1200..=0x139F | 0x2D80..=0x2DDF => letter_or_common(c, Script::Ethiopic),
        0x1780..=0x17FF | 0x19E0..=0x19FF => indic(c, Script::Khmer),
        0x1D00..=0x1DBF | 0x1E00..=0x1EFF | 0x2C60..=0x2C7F | 0xA720..=0xA7FF => Script::Latin,
        0xAB30..=0xAB6F | 0xFB00..=0xFB06 => Script::Latin,
        0x1F00..=0x1FFF => greek_or_common(c),
        // Han: radicals, 々 〇 and the Hangzhou numerals, the unified
        // ideographs and their extensions, compatibility ideographs.
        0x2E80..=0x2FDF | 0x3005 | 0x3007 | 0x3021..=0x3029 | 0x3038..=0x303B => Script::Mandarin,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x323AF => Script::Mandarin,
        0x3041..=0x309F => Script::Hiragana,
        // Katakana, with the prolonged-sound mark ー but not the middle dot ・.
        0x30A1..=0x30FA | 0x30FC..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F => Script::Katakana,
        // CJK punctuation, full-width forms, compatibility forms: neutral, but
        // see `is_cjk_punct`.
        0x3000..=0x303F | 0x30FB | 0xFE30..=0xFE4F | 0xFF00..=0xFF65 => Script::Common,
        0xFEFF => Script::Common,
        _ => letter_or_common(c, Script::Other),
    }
}

fn letter_or_common(c: char, script: Script) -> Script {
    if c.is_alphabetic() {
        script
    } else {
        Script::Common
    }
}

fn greek_or_common(c: char) -> Script {
    letter_or_common(c, Script::Greek)
}

fn arabic(c: char) -> Script {
    // Harakat and other marks are not alphabetic but belong to their letter.
    if c.is_alphabetic()
        || matches!(c as u32, 0x610..=0x61A | 0x64B..=0x65F | 0x670 | 0x6D6..=0x6ED)
    {
        Script::Arabic
    } else {
        Script::Common
    }
}

/// Brahmic scripts: vowel signs and viramas are marks, not letters, but they
/// are part of the word; digits and dandas are neutral.
fn indic(c: char, script: Script) -> Script {
    if c.is_alphabetic() || !(c.is_numeric() || c.is_ascii_punctuation() || is_danda(c)) {
        script
    } else {
        Script::Common
    }
}

fn is_danda(c: char) -> bool {
    matches!(
        c,
        '\u{964}' | '\u{965}' | '\u{E2F}' | '\u{E5A}' | '\u{E5B}' | '\u{104A}' | '\u{104B}'
    )
}

/// CJK scripts share runs: Japanese mixes Han and kana.
#[inline]
pub(crate) fn is_cjk(script: Script) -> bool {
    matches!(
        script,
        Script::Mandarin | Script::Hiragana | Script::Katakana | Script::Hangul
    )
}

/// The family a chunk is built from: the CJK scripts are one family (as
/// `Script::Mandarin`), every other script its own.
#[inline]
pub(crate) fn family(script: Script) -> Script {
    if is_cjk(script) {
        Script::Mandarin
    } else {
        script
    }
}

/// Closing punctuation that ends the run before it when two runs touch
/// without whitespace ("accept it.”他说").
pub(crate) fn is_closing(c: char) -> bool {
    matches!(
        c,
        '.' | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | ')'
            | ']'
            | '}'
            | '"'
            | '\''
            | '\u{2019}'
            | '\u{201D}'
            | '\u{00BB}'
            | '\u{300D}'
            | '\u{300F}'
            | '\u{FF09}'
            | '\u{300B}'
            | '\u{3001}'
            | '\u{3002}'
            | '\u{FF0C}'
            | '\u{FF01}'
            | '\u{FF1F}'
            | '\u{FF1B}'
            | '\u{FF1A}'
            | '\u{2026}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_of_sample_characters() {
        assert_eq!(classify('a'), Script::Latin);
        assert_eq!(classify('é'), Script::Latin);
        assert_eq!(classify('7'), Script::Common);
        assert_eq!(classify('中'), Script::Mandarin);
        assert_eq!(classify('の'), Script::Hiragana);
        assert_eq!(classify('カ'), Script::Katakana);
        assert_eq!(classify('ー'), Script::Katakana);
        assert_eq!(classify('・'), Script::Common);
        assert_eq!(classify('한'), Script::Hangul);
        assert_eq!(classify('ж'), Script::Cyrillic);
        assert_eq!(classify('ع'), Script::Arabic);
        assert_eq!(classify('٣'), Script::Common);
        assert_eq!(classify('ש'), Script::Hebrew);
        assert_eq!(classify('λ'), Script::Greek);
        assert_eq!(classify('क'), Script::Devanagari);
        assert_eq!(classify('\u{94D}'), Script::Devanagari);
        assert_eq!(classify('।'), Script::Common);
        assert_eq!(classify('ไ'), Script::Thai);
        assert_eq!(classify('，'), Script::Common);
        assert_eq!(classify('“'), Script::Common);
        assert_eq!(classify('\u{200D}'), Script::Common);
        assert_eq!(classify('😀'), Script::Common);
        assert_eq!(classify('\u{301}'), Script::Common);
        assert_eq!(classify('\u{FEFF}'), Script::Common);
        assert_eq!(classify('𠀀'), Script::Mandarin);
    }
}
