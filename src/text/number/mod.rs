//! The number grammar: numbers as written in English and Chinese press
//! text, with their byte spans and normalised values.
//!
//! One forward pass over the bytes finds, at each place a number can start
//! (an ASCII or full-width digit, a sign, a currency sign, an English
//! number word, a Chinese numeral), the longest number written there and
//! moves past it, so the scan is linear in the input. It knows the
//! *lexical* shape of a number only: digits with separators and decimals
//! ("-3,200,000", ".77"), scale words and suffixes ("5.31 million",
//! "100K", "$2.5bn", "5.2万"), number words ("thirty-one million two
//! hundred fifty-six thousand", "three billions", "两千四百五",
//! "伍佰參拾肆", "百二萬"), fractions ("1/5", "three fifths", "五分之一"),
//! percentages, currencies, ordinals, glued Chinese time units ("11年"),
//! vague orders ("dozens of", "数十"). What a number means in its sentence
//! (a count, a date, an article number) is the caller's business; only
//! what is plainly not a quantity from its spelling is left out here:
//!
//! - digits glued to letters or joined to them by a hyphen are identifiers
//!   ("APT40", "5G", "G7", "3M", "COVID-19", "APT-C-39");
//! - digits joined by `-`, `/`, `:` or a second `.` are dates, times,
//!   ranges, versions or phone numbers ("2021-07-21", "14:35", "3.2.1");
//!   a slash fraction needs a numerator below a denominator of at most ten,
//!   or "of" after it ("1/5", "1/20 of"), so "7/21" stays a date;
//! - digits after `+`, `/`, `#`, `@`, `_` or inside a URL are phone numbers,
//!   paths and handles;
//! - integer parts longer than 15 digits are identifiers or noise, and a
//!   value that does not fit a finite `f64` is never reported;
//! - two Chinese digits side by side without a unit ("三四个") are a range
//!   ("three or four"), not one number;
//! - "one" after a determiner or before "of", "another", "day" is a
//!   pronoun ("no one", "one of the"); a formal Chinese numeral alone is a
//!   word ("陆地", "队伍"); "兆" is a million or a trillion by region.
//!
//! A number the grammar cannot read whole ("one hundred thirty fifths",
//! "two thousand three million", "五兆六十二亿") is skipped whole, never
//! reported in part with a wrong value.

mod chinese;
mod digits;
mod english;
mod signs;
mod suffix;

use crate::lexicon::shape::WordShapes;
use crate::lexicon::units::Currency;
use crate::{Lang, Span};
pub(crate) use english::lower_ascii;
use english::{OPENER_WORDS, may_be_opener};
use signs::{fullwidth_digit, is_zh_number_start};

/// What a number is, from its spelling alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NumberKind {
    /// A plain quantity ("52,000", "eight", "5.2万", "两千").
    Cardinal,
    /// An ordinal ("third", "21st", "第三" is left to the caller).
    Ordinal,
    /// A percentage ("92%", "92 per cent", "百分之九十二").
    Percent,
    /// A sum of money ("$4.5 billion", "5亿美元").
    Money,
    /// A duration whose unit is written inside the number ("11年",
    /// "三个月", "decade-long").
    Duration,
    /// A Chinese year ("2020年", "二〇二〇年"): a date, not a quantity.
    Year,
    /// A Chinese month or day ("7月", "19日"): part of a date.
    DatePart,
    /// A fraction ("three fifths", "1/5", "五分之一"), valued as the
    /// quotient (0.6, 0.2, 0.2).
    Fraction,
}

/// A number found by [`scan`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct NumberMatch {
    /// The number as written, with its scale word, currency, percent sign
    /// and glued Chinese time unit ("$4.5 billion", "5.2万", "11年").
    pub(crate) span: Span,
    /// The normalised value (52,000 for "5.2万", -3 for "minus three");
    /// always finite.
    pub(crate) value: f64,
    /// What the spelling says the number is.
    pub(crate) kind: NumberKind,
    /// The multiplier a scale word applied (1e4 for "万", 1e6 for "million").
    pub(crate) scale: f64,
    /// English for number words, Chinese for numerals or Han suffixes,
    /// `None` for bare digits.
    pub(crate) lang: Option<Lang>,
    /// An order of magnitude only ("dozens of", "数十"): `value` is its
    /// lower bound.
    pub(crate) vague: bool,
    /// A round figure by its spelling ("a dozen", "a decade").
    pub(crate) round: bool,
    /// "多"/"余" written inside a Chinese number ("十多年", "2000余万").
    pub(crate) more: bool,
    /// The currency, for money.
    pub(crate) currency: Option<Currency>,
    /// The time unit written inside the number ("年", "个月", "years" for
    /// "decade-long").
    pub(crate) time_unit: Option<&'static str>,
    /// Bare digits: no separator, decimal, scale, sign or unit ("2020",
    /// "360"). Such numbers may be years or names; the caller decides.
    pub(crate) plain: bool,
}

impl NumberMatch {
    fn new(span: Span, value: f64, kind: NumberKind, lang: Option<Lang>) -> NumberMatch {
        NumberMatch {
            span,
            value,
            kind,
            scale: 1.0,
            lang,
            vague: false,
            round: false,
            more: false,
            currency: None,
            time_unit: None,
            plain: false,
        }
    }
}

/// The numbers of `text` inside `span`, in order, disjoint. Linear in the
/// length of `span`; never panics (a span out of bounds or off a char
/// boundary is clamped to an empty result).
pub(crate) fn scan(text: &str, span: Span) -> Vec<NumberMatch> {
    scan_with(text, span, true)
}

/// [`scan`], jumping from candidate to candidate with
/// [`Scanner::next_candidate`] when `skip` is set (always, but for the
/// test that checks the jump changes nothing).
fn scan_with(text: &str, span: Span, skip: bool) -> Vec<NumberMatch> {
    let mut out = Vec::new();
    let end = span.end.min(text.len());
    if span.start >= end || !text.is_char_boundary(span.start) || !text.is_char_boundary(end) {
        return out;
    }
    let s = Scanner {
        text,
        bytes: text.as_bytes(),
        start: span.start,
        end,
    };
    let mut i = span.start;
    while i < end {
        if skip {
            i = s.next_candidate(i);
            if i >= end {
                break;
            }
        }
        let b = s.bytes[i];
        let (found, next) = match b {
            b'0'..=b'9' => s.digits_at(i, None, i),
            b'a'..=b'z' | b'A'..=b'Z' => {
                let k = s.letters_end(i);
                // Most words of running text: nothing to read, nothing to skip.
                if s.is_plain_word(i, k) {
                    i = k;
                    continue;
                }
                s.word_at(i, k)
            }
            b'$' => s.money_prefix_at(i),
            // Spaces and ASCII punctuation open nothing: step over them at once.
            0..0x80 => {
                i += 1;
                continue;
            }
            // A non-ASCII character whose lead byte no opener shares (see
            // `may_open_non_ascii`) is stepped over without decoding it.
            _ if !may_open_non_ascii(b) => {
                i += utf8_len(b);
                continue;
            }
            _ => {
                let c = s.char_at(i);
                if fullwidth_digit(c).is_some() {
                    s.digits_at(i, None, i)
                } else if matches!(c, '€' | '£' | '¥' | '￥') {
                    s.money_prefix_at(i)
                } else if is_zh_number_start(c) {
                    s.chinese_at(i)
                } else {
                    (None, i + c.len_utf8())
                }
            }
        };
        if let Some(m) = found {
            if m.value.is_finite() {
                out.push(m);
            }
        }
        // Always move forward, and stay on a char boundary.
        i = super::boundary::ceil(text, next.max(i + 1).min(end));
    }
    out
}

/// Whether a non-ASCII character with lead byte `b` can open a number:
/// the full-width digits and "￥" (lead byte 0xEF), "€" (0xE2), "£" and "¥"
/// (0xC2), and the Chinese numerals that open a number, which are all in
/// U+3007..=U+9FFF (lead bytes 0xE3 to 0xE9). Every other lead byte starts
/// a character that `scan` would decode only to step over it.
fn may_open_non_ascii(b: u8) -> bool {
    matches!(b, 0xC2 | 0xE2..=0xE9 | 0xEF)
}

/// The length of the UTF-8 sequence that lead byte `b` opens.
fn utf8_len(b: u8) -> usize {
    match b {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

struct Scanner<'t> {
    text: &'t str,
    bytes: &'t [u8],
    start: usize,
    end: usize,
}

/// The currency codes written before an amount ("USD 300").
const CURRENCY_CODES: [&str; 7] = ["USD", "EUR", "GBP", "CNY", "RMB", "JPY", "RUB"];

/// Whether `word` is one of [`CURRENCY_CODES`].
fn is_currency_code(word: &[u8]) -> bool {
    CURRENCY_CODES.iter().any(|c| c.as_bytes() == word)
}

/// [`OPENER_SHAPES`] with the shapes of the [`CURRENCY_CODES`] added.
static OPENING_SHAPES: WordShapes = WordShapes::of(OPENER_WORDS).and(&CURRENCY_CODES);

/// Whether a word of `len` ASCII letters starting with `first` may be an
/// opener or a currency code; `second` is the byte after `first` (a letter
/// when `len > 1`). [`may_be_opener`] and [`is_currency_code`] hold for no
/// word this turns away.
fn may_open_word(first: u8, second: u8, len: usize) -> bool {
    OPENING_SHAPES.fits_parts(first, second, len)
}

fn is_ascii_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// How [`Scanner::next_candidate`] treats a byte where the scan stands.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Step {
    /// ASCII that opens nothing (spaces, punctuation but `$`, `_`): the
    /// scan steps over it.
    Inert,
    /// An ASCII letter: a word starts here.
    Letter,
    /// A byte that may open a number: a digit, `$`, or the lead byte of a
    /// character that may (see [`may_open_non_ascii`]).
    Candidate,
    /// The lead byte of a character of this many bytes that opens nothing.
    Skip(u8),
}

/// [`Step`] of every byte.
static STEPS: [Step; 256] = {
    let mut table = [Step::Inert; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        table[b] = if byte.is_ascii_alphabetic() {
            Step::Letter
        } else if byte.is_ascii_digit() || byte == b'$' {
            Step::Candidate
        } else if byte < 0x80 {
            Step::Inert
        } else if matches!(byte, 0xC2 | 0xE2..=0xE9 | 0xEF) {
            Step::Candidate
        } else {
            // Continuation bytes never stand where the scan stands.
            Step::Skip(if byte < 0xE0 {
                2
            } else if byte < 0xF0 {
                3
            } else {
                4
            })
        };
        b += 1;
    }
    table
};

/// Bytes after a word's letters that make [`Scanner::word_at`] look at the
/// word whatever it is: a digit or `_` (a code), `$` ("US$").
static GLUE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = b'0';
    while b <= b'9' {
        table[b as usize] = true;
        b += 1;
    }
    table[b'_' as usize] = true;
    table[b'$' as usize] = true;
    table
};

impl<'t> Scanner<'t> {
    /// The first place from `i` (where the scan stands) at which the scan
    /// could find a number or step further than the next word: a digit,
    /// `$`, a non-ASCII character that may open a number, or a word that
    /// is not plain (see [`Scanner::is_plain_word`]). Everything before it
    /// is what the scan would step over one byte, one character or one
    /// word at a time, finding nothing, so jumping there visits the same
    /// places after it.
    fn next_candidate(&self, mut i: usize) -> usize {
        let bytes = &self.bytes[..self.end];
        while let Some(&b) = bytes.get(i) {
            match STEPS[usize::from(b)] {
                Step::Inert => i += 1,
                Step::Letter => loop {
                    // A word starts here. Most words are turned away by
                    // their first two letters and length; the rest, and
                    // words glued to a digit, `_` or `$`, are left to the
                    // scan.
                    let k = self.letters_end(i);
                    let next = bytes.get(k).copied().unwrap_or(b' ');
                    let second = bytes.get(i + 1).copied().unwrap_or(b' ');
                    if GLUE[usize::from(next)] || may_open_word(bytes[i], second, k - i) {
                        return i;
                    }
                    // Running text: one space, then the next word.
                    if next == b' '
                        && bytes
                            .get(k + 1)
                            .is_some_and(|&c| STEPS[usize::from(c)] == Step::Letter)
                    {
                        i = k + 1;
                        continue;
                    }
                    i = k;
                    break;
                },
                Step::Skip(len) => i += usize::from(len),
                Step::Candidate => {
                    // Common non-ASCII characters of English text ("’",
                    // "—", "“", a no-break space) open nothing: only "€"
                    // (E2 82 AC), "£" and "¥" (C2 A3, C2 A5), and the
                    // full-width digits and "￥" (EF BC 90..99, EF BF A5)
                    // do among the characters of these lead bytes.
                    let next = bytes.get(i + 1).copied().unwrap_or(0);
                    let third = bytes.get(i + 2).copied().unwrap_or(0);
                    let inert = match b {
                        0xC2 => !matches!(next, 0xA3 | 0xA5),
                        0xE2 => !(next == 0x82 && third == 0xAC),
                        0xEF => !matches!((next, third), (0xBC, 0x90..=0x99) | (0xBF, 0xA5)),
                        _ => false,
                    };
                    if !inert {
                        return i;
                    }
                    i += if b == 0xC2 { 2 } else { 3 };
                }
            }
        }
        self.end
    }

    fn char_at(&self, i: usize) -> char {
        self.text[i..].chars().next().unwrap_or('\0')
    }

    fn char_before(&self, i: usize) -> Option<char> {
        if i <= self.start {
            return None;
        }
        self.text[self.start..i].chars().next_back()
    }

    /// The end of the run of ASCII letters from `i`, eight bytes at a time.
    fn letters_end(&self, i: usize) -> usize {
        let bytes = &self.bytes[..self.end];
        let mut k = i;
        while let Some(chunk) = bytes.get(k..k + 8) {
            let v = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
            let other = !crate::text::ascii::letter_lanes(v) & crate::text::ascii::HIGH;
            if other != 0 {
                return k + (other.trailing_zeros() / 8) as usize;
            }
            k += 8;
        }
        while k < bytes.len() && bytes[k].is_ascii_alphabetic() {
            k += 1;
        }
        k
    }

    /// Whether [`Scanner::word_at`] on the letters `i..k` finds nothing and
    /// moves to `k`: the word follows a word byte, or it is followed by no
    /// digit, `_` or `$`, is no currency code and has no opener's shape.
    fn is_plain_word(&self, i: usize, k: usize) -> bool {
        if i > self.start && is_ascii_word_byte(self.bytes[i - 1]) {
            return true;
        }
        let next = if k < self.end { self.bytes[k] } else { b' ' };
        !GLUE[usize::from(next)]
            && !may_be_opener(&self.bytes[i..k])
            && !is_currency_code(&self.bytes[i..k])
    }
}

#[cfg(test)]
mod peer;
#[cfg(test)]
mod tests;
