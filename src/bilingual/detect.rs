//! The language of one chunk whose script leaves it open (Latin, Cyrillic,
//! Arabic, Devanagari, Hebrew): a cheap English test first, whatlang only on
//! long chunks, and only a clear whatlang verdict is taken.

use crate::text::ascii::{self, HIGH};
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

/// After this many words with at least three strong English function words
/// and the English share reached, the word scan stops.
const EARLY_WORDS: usize = 24;

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
    if let Some(lang) = by_letters(chunk, script) {
        return Verdict {
            lang: Some(lang),
            confidence: 0.9,
        };
    }
    if let Some(lang) = by_alphabet(chunk, script) {
        return Verdict {
            lang: Some(lang),
            confidence: 0.9,
        };
    }
    if stats.words < MIN_WORDS && chunk.len() < MIN_BYTES {
        // Too short for whatlang: a line of Tagalog or Spanish among
        // English ones still shows its small words.
        // A vote needs three foreign words more than the English ones: a
        // chunk without so many other words (a heading, a name) has none.
        let english = stats.strong + stats.weak;
        let others = stats.words.saturating_sub(english);
        let voted = (script == Script::Latin && others >= 3 && others > english)
            .then(|| super::function_words::vote(chunk, english))
            .flatten();
        return voted.map_or(undecided, |lang| Verdict {
            lang: Some(lang),
            confidence: 0.7,
        });
    }
    // A list of names ("Australia, Canada, Denmark, ...") is not prose: its
    // trigrams say nothing about the language around it.
    if script == Script::Latin && stats.capitalised * 5 > stats.words * 3 {
        return undecided;
    }
    let sample = &chunk[..crate::text::boundary::floor(chunk, SAMPLE_BYTES)];
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

/// A test on one letter.
type LetterTest = fn(char) -> bool;

/// Russian or Arabic, for sure, from letters that only they use among the
/// languages of their script, and no letter that they do not use. A cheap
/// scan that spares whatlang most Cyrillic and Arabic paragraphs.
fn by_letters(chunk: &str, script: Script) -> Option<Lang> {
    let (marker, foreign, lang): (LetterTest, LetterTest, whatlang::Lang) = match script {
        Script::Cyrillic => (
            is_russian_marker,
            is_non_russian_cyrillic,
            whatlang::Lang::Rus,
        ),
        Script::Arabic => (is_arabic_marker, is_non_arabic_arabic, whatlang::Lang::Ara),
        _ => return None,
    };
    let mut markers = 0usize;
    for c in chunk.chars() {
        if foreign(c) {
            return None;
        }
        markers += usize::from(marker(c));
    }
    (markers >= 2).then(|| Lang::from(lang))
}

/// The language of a Cyrillic or Arabic-script chunk from the letters only
/// its alphabet has, where [`by_letters`] found no Russian or Arabic:
///
/// - ї є ґ: Ukrainian; і with none of Russian's ы э ё and no ў: Ukrainian
///   too; ў: Belarusian; ђ ћ: Serbian; ѓ ќ ѕ: Macedonian;
/// - ٹ ڈ ڑ ں ے: Urdu; پ چ ژ گ, or Persian's ی ک without Arabic's ة ى ي:
///   Persian.
///
/// Two letters at least, so a loan word or a name does not decide.
fn by_alphabet(chunk: &str, script: Script) -> Option<Lang> {
    use whatlang::Lang as W;
    let count = |set: &[char]| {
        chunk
            .chars()
            .filter(|c| set.contains(&c.to_lowercase().next().unwrap_or(*c)))
            .count()
    };
    let lang = match script {
        Script::Cyrillic => {
            let russian = count(&['ы', 'э', 'ё']);
            if count(&['ї', 'є', 'ґ']) >= 2
                || russian == 0 && count(&['і']) >= 2 && count(&['ў']) == 0
            {
                W::Ukr
            } else if count(&['ў']) >= 2 {
                W::Bel
            } else if count(&['ђ', 'ћ']) >= 2 {
                W::Srp
            } else if count(&['ѓ', 'ќ', 'ѕ']) >= 2 {
                W::Mkd
            } else {
                return None;
            }
        }
        Script::Arabic => {
            if count(&['\u{679}', '\u{688}', '\u{691}', '\u{6BA}', '\u{6D2}']) >= 2 {
                W::Urd
            } else if count(&['\u{67E}', '\u{686}', '\u{698}', '\u{6AF}']) >= 2
                || count(&['\u{6CC}', '\u{6A9}']) >= 2
                    && count(&['\u{629}', '\u{649}', '\u{64A}']) == 0
            {
                W::Pes
            } else {
                return None;
            }
        }
        _ => return None,
    };
    Some(Lang::from(lang))
}

/// ы, э, ё: Russian (and Belarusian, which `is_non_russian_cyrillic` rules
/// out by its і and ў); Ukrainian, Bulgarian, Serbian, Macedonian do not
/// write them.
fn is_russian_marker(c: char) -> bool {
    matches!(c, 'ы' | 'Ы' | 'э' | 'Э' | 'ё' | 'Ё')
}

/// Letters of the other Cyrillic alphabets: Ukrainian and Belarusian
/// (і ї є ґ ў), Serbian and Macedonian (ј љ њ ћ џ ѓ ќ ѕ), Kazakh, Kyrgyz,
/// Tajik, Mongolian and Bashkir (ә ғ қ ң ө ұ ү һ ӣ ӯ ҳ ҷ).
fn is_non_russian_cyrillic(c: char) -> bool {
    matches!(
        c,
        'і' | 'ї'
            | 'є'
            | 'ґ'
            | 'ў'
            | 'ј'
            | 'љ'
            | 'њ'
            | 'ћ'
            | 'џ'
            | 'ѓ'
            | 'ќ'
            | 'ѕ'
            | 'І'
            | 'Ї'
            | 'Є'
            | 'Ґ'
            | 'Ў'
            | 'Ј'
            | 'Љ'
            | 'Њ'
            | 'Ћ'
            | 'Џ'
            | 'Ѓ'
            | 'Ќ'
            | 'Ѕ'
    ) || matches!(c as u32, 0x4D8..=0x4D9 | 0x492..=0x493 | 0x49A..=0x49B | 0x4A2..=0x4A3
        | 0x4E8..=0x4E9 | 0x4AE..=0x4B1 | 0x4BA..=0x4BB | 0x4E2..=0x4E3 | 0x4EE..=0x4EF
        | 0x4B2..=0x4B3 | 0x4B6..=0x4B7)
}

/// ة ى ي ك: Arabic spelling (Persian writes ی ک, Urdu ی ے).
fn is_arabic_marker(c: char) -> bool {
    matches!(c, '\u{629}' | '\u{649}' | '\u{64A}' | '\u{643}')
}

/// Letters of Persian (پ چ ژ گ ک ی) and Urdu (ٹ ڈ ڑ ں ے ھ).
fn is_non_arabic_arabic(c: char) -> bool {
    matches!(
        c,
        '\u{67E}'
            | '\u{686}'
            | '\u{698}'
            | '\u{6AF}'
            | '\u{6A9}'
            | '\u{6CC}'
            | '\u{679}'
            | '\u{688}'
            | '\u{691}'
            | '\u{6BA}'
            | '\u{6D2}'
            | '\u{6BE}'
    )
}

/// Words of a chunk and how many are English function words (strong: not
/// frequent words of other languages; weak: frequent in English and in
/// some other language) or capitalised.
#[derive(Clone, Copy, Debug, Default)]
struct WordStats {
    words: usize,
    strong: usize,
    weak: usize,
    capitalised: usize,
}

/// One byte scan: a word is a maximal run of letters (ASCII letters, any
/// non-ASCII byte, inner apostrophes).
fn word_stats(chunk: &str) -> WordStats {
    let bytes = chunk.as_bytes();
    let mut stats = WordStats::default();
    let mut i = 0;
    while let Some(start) = next_word_start(bytes, i) {
        i = word_end(bytes, start);
        stats.words += 1;
        stats.capitalised += usize::from(bytes[start].is_ascii_uppercase());
        if i - start <= KEY_BYTES {
            match function_word_strength(key_at(bytes, start, i)) {
                Some(Strength::Strong) => stats.strong += 1,
                Some(Strength::Weak) => stats.weak += 1,
                None => {}
            }
        }
        // Clearly English already: the rest of a long paragraph would not
        // change the verdict.
        if stats.words >= EARLY_WORDS
            && stats.strong >= 3
            && english_by_stop_words(&stats).is_some()
        {
            break;
        }
    }
    stats
}

/// The first byte at or after `from` that starts a word (an ASCII letter
/// or a non-ASCII byte), eight bytes at a time.
fn next_word_start(bytes: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    while let Some(w) = ascii::load(bytes, i) {
        let starts = (ascii::letters(w & !HIGH) | w) & HIGH;
        if starts != 0 {
            return Some(i + ascii::first(starts));
        }
        i += 8;
    }
    (i..bytes.len()).find(|&k| is_word_byte(bytes[k]))
}

/// The end of the word that starts at `start`: the first byte after it that
/// is neither a word byte nor an apostrophe, eight bytes at a time.
fn word_end(bytes: &[u8], start: usize) -> usize {
    let mut i = start;
    while let Some(w) = ascii::load(bytes, i) {
        let low = w & !HIGH;
        let inside = ascii::letters(low) | ascii::equal(low, b'\'') | w;
        let outside = !inside & HIGH;
        if outside != 0 {
            return i + ascii::first(outside);
        }
        i += 8;
    }
    (i..bytes.len())
        .find(|&k| !is_word_byte(bytes[k]) && bytes[k] != b'\'')
        .unwrap_or(bytes.len())
}

/// [`word_key`] of `bytes[start..end]` (at most [`KEY_BYTES`] bytes), from
/// one 8-byte load where there are eight bytes.
fn key_at(bytes: &[u8], start: usize, end: usize) -> u64 {
    match ascii::load(bytes, start) {
        Some(w) => (w | (ascii::ONES * 0x20)) & ((1u64 << (8 * (end - start))) - 1),
        None => word_key(&bytes[start..end]),
    }
}

#[inline]
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphabetic() || b >= 0x80
}

/// English, for sure, when English function words are frequent: they make
/// 30-45 % of the words of English prose; in French, German, Spanish or
/// Dutch prose the weak ones make under 5 % and the strong ones next to
/// none. At least one strong word is required.
fn english_by_stop_words(stats: &WordStats) -> Option<f64> {
    let hits = stats.strong + stats.weak;
    if stats.strong == 0 || hits < 2 || hits * 100 < stats.words * 15 {
        return None;
    }
    let share = hits as f64 / stats.words as f64;
    let length = (hits as f64 / 10.0).min(1.0);
    Some((0.5 + 0.2 * length + share).min(0.99))
}

/// Strong English function words: among the most frequent English words,
/// and not frequent words of French, German, Spanish, Italian, Portuguese,
/// Dutch or the Nordic languages.
const STRONG_WORDS: [&str; 51] = [
    "the", "of", "and", "to", "that", "for", "with", "were", "are", "has", "have", "this", "from",
    "will", "its", "their", "which", "been", "they", "would", "said", "it", "be", "by", "not",
    "but", "our", "who", "also", "should", "these", "those", "there", "what", "your", "you",
    "about", "into", "than", "after", "could", "any", "we", "he", "his", "she", "them", "all",
    "can", "does", "such",
];

/// Weak English function words: frequent in English and also a word of
/// some other language ("a" in Spanish, "in" in German, "is" in Dutch, "on"
/// in French).
const WEAK_WORDS: [&str; 17] = [
    "a", "in", "is", "on", "an", "at", "as", "or", "was", "had", "her", "i", "so", "no", "more",
    "over", "us",
];

/// The longest function word, in bytes: longer words are none.
const KEY_BYTES: usize = 6;

/// The key of a word of at most [`KEY_BYTES`] bytes: its bytes with bit
/// 0x20 set (lowercase for letters; an apostrophe stays one, a non-ASCII
/// byte stays above 0x7F and matches no function word), packed first byte
/// lowest. Word bytes are never zero, so words of different lengths have
/// different keys.
const fn word_key(word: &[u8]) -> u64 {
    let mut key = 0u64;
    let mut i = 0;
    while i < word.len() {
        key |= ((word[i] | 0x20) as u64) << (8 * i);
        i += 1;
    }
    key
}

/// The multiplier of the perfect hash of the function words' keys into
/// [`FUNCTION_WORDS`] (found by trying random odd numbers; the table's
/// construction fails to compile if two words collide).
const HASH_MULTIPLIER: u64 = 0x8d87_bf5a_9154_088b;

fn slot(key: u64) -> usize {
    (key.wrapping_mul(HASH_MULTIPLIER) >> 56) as usize
}

/// Bits 56.. of an entry of [`FUNCTION_WORDS`]: its strength.
const STRONG_TAG: u64 = 1 << 56;
const WEAK_TAG: u64 = 2 << 56;
const KEY_MASK: u64 = (1 << 56) - 1;

/// The function words by [`slot`] of their key: key and strength tag, or 0.
static FUNCTION_WORDS: [u64; 256] = function_word_table();

const fn function_word_table() -> [u64; 256] {
    let mut table = [0u64; 256];
    let lists: [(&[&str], u64); 2] = [(&STRONG_WORDS, STRONG_TAG), (&WEAK_WORDS, WEAK_TAG)];
    let mut l = 0;
    while l < lists.len() {
        let (words, tag) = lists[l];
        let mut n = 0;
        while n < words.len() {
            let word = words[n].as_bytes();
            assert!(word.len() <= KEY_BYTES);
            let key = word_key(word);
            let at = (key.wrapping_mul(HASH_MULTIPLIER) >> 56) as usize;
            assert!(table[at] == 0, "two function words share a slot");
            table[at] = key | tag;
            n += 1;
        }
        l += 1;
    }
    table
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Strength {
    Strong,
    Weak,
}

/// The strength of the function word whose key (see [`word_key`]) is
/// `key`, if it is one.
fn function_word_strength(key: u64) -> Option<Strength> {
    let entry = FUNCTION_WORDS[slot(key)];
    if entry & KEY_MASK != key {
        None
    } else if entry & STRONG_TAG != 0 {
        Some(Strength::Strong)
    } else {
        Some(Strength::Weak)
    }
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
    fn russian_by_its_letters_ukrainian_not() {
        assert_eq!(
            by_letters(
                "Мы выступаем за диалог и это наша позиция",
                Script::Cyrillic
            ),
            Some(Lang::RUSSIAN)
        );
        assert_eq!(
            by_letters("Ми виступаємо за діалог, це наша позиція", Script::Cyrillic),
            None
        );
        assert_eq!(
            by_letters("نحن ندعو إلى الحوار في المنطقة العربية", Script::Arabic),
            Some(Lang::ARABIC)
        );
        assert_eq!(
            by_letters("ما از گفتگو حمایت می کنیم", Script::Arabic),
            None
        );
    }

    /// Words, strong and weak function words, and capitalised words.
    fn counts(chunk: &str) -> [usize; 4] {
        let s = word_stats(chunk);
        [s.words, s.strong, s.weak, s.capitalised]
    }

    #[test]
    fn function_words_count_in_any_case() {
        for (list, want) in [(&STRONG_WORDS[..], [1, 1, 0]), (&WEAK_WORDS[..], [1, 0, 1])] {
            for w in list {
                let title = w[..1].to_uppercase() + &w[1..];
                for form in [w.to_string(), w.to_uppercase(), title] {
                    assert_eq!(counts(&form)[..3], want, "{form}");
                }
            }
        }
    }

    #[test]
    fn words_are_runs_of_letters_and_inner_apostrophes() {
        for (text, want) in [
            // A non-ASCII byte is a letter: "the’" and "théir" are no
            // function words; neither is a longer word that starts with one.
            (
                "THE The tHe it's the’ théir a I ı İ Über thei thes those’s",
                [14, 3, 2, 3],
            ),
            ("Theirs their", [2, 1, 0, 1]),
            ("wasn't  it", [2, 1, 0, 0]),
            ("ON ON on", [3, 0, 3, 2]),
            // Digits and marks part words.
            ("the2the,of;AND", [4, 4, 0, 1]),
            ("internationally the mischaracterisation of", [4, 2, 0, 0]),
            (
                "The ministry's spokesperson said that the United States has no right to do so.",
                [14, 6, 2, 3],
            ),
        ] {
            assert_eq!(counts(text), want, "{text}");
        }
    }

    #[test]
    fn counting_stops_once_clearly_english() {
        let text = "the of and in ".repeat(30);
        assert_eq!(counts(&text), [EARLY_WORDS, 18, 6, 0]);
    }

    #[test]
    fn sample_cut_stays_on_char_boundary() {
        let text = "é".repeat(3000);
        let at = crate::text::boundary::floor(&text, SAMPLE_BYTES + 1);
        assert!(text.is_char_boundary(at));
    }
}
