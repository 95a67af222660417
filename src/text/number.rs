//! The number grammar: numbers as written in English and Chinese press
//! text, with their byte spans and normalised values.
//!
//! One forward pass over the bytes finds, at each place a number can start
//! (an ASCII or full-width digit, a currency sign, an English number word,
//! a Chinese numeral), the longest number written there and moves past it,
//! so the scan is linear in the input. It knows the *lexical* shape of a
//! number only: digits with separators and decimals, scale words ("5.31
//! million", "5.2万"), number words ("twenty-five", "两千"), percentages,
//! currencies, ordinals, glued Chinese time units ("11年"), vague orders
//! ("dozens of", "数十"). What a number means in its sentence (a count, a
//! date, an article number) is the caller's business; only what is plainly
//! not a quantity from its spelling is left out here:
//!
//! - digits glued to letters or joined to them by a hyphen are identifiers
//!   ("APT40", "5G", "G7", "COVID-19", "APT-C-39");
//! - digits joined by `-`, `/`, `:` or a second `.` are dates, times,
//!   ranges, versions or phone numbers ("2021-07-21", "14:35", "3.2.1");
//! - digits after `+`, `/`, `#`, `@`, `_` or inside a URL are phone numbers,
//!   paths and handles;
//! - integer parts longer than 15 digits are identifiers or noise, and a
//!   value that does not fit a finite `f64` is never reported;
//! - two Chinese digits side by side without a unit ("三四个") are a range
//!   ("three or four"), not one number.

use crate::lexicon::shape::WordShapes;
use crate::lexicon::units::{
    CURRENCY_PREFIXES, Currency, EN_CURRENCY_WORDS, ZH_CURRENCY_WORDS, ZH_TIME_UNITS,
};
use crate::{Lang, Span};

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
}

/// A number found by [`scan`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct NumberMatch {
    /// The number as written, with its scale word, currency, percent sign
    /// and glued Chinese time unit ("$4.5 billion", "5.2万", "11年").
    pub(crate) span: Span,
    /// The normalised value (52,000 for "5.2万"); always finite.
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
            if m.value.is_finite() && m.value >= 0.0 {
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

/// The digit value of an ASCII or full-width digit.
fn fullwidth_digit(c: char) -> Option<u32> {
    ('０'..='９').contains(&c).then(|| c as u32 - '０' as u32)
}

fn zh_digit(c: char) -> Option<u32> {
    Some(match c {
        '零' | '〇' => 0,
        '一' | '壹' => 1,
        '二' | '两' | '兩' | '贰' => 2,
        '三' | '叁' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

fn zh_unit(c: char) -> Option<f64> {
    Some(match c {
        '十' | '拾' => 10.0,
        '百' | '佰' => 100.0,
        '千' | '仟' => 1000.0,
        '万' | '萬' => 1e4,
        '亿' | '億' => 1e8,
        _ => return None,
    })
}

/// Characters a Chinese number can start with: a digit, "十", the
/// percentage frame "百分之", and the vague orders "数十", "几百", "上千",
/// "成千上万".
fn is_zh_number_start(c: char) -> bool {
    zh_digit(c).is_some() || matches!(c, '十' | '拾' | '百' | '数' | '几' | '上' | '成')
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

    /// A digit (ASCII or full-width) at `i`: its value and byte length.
    fn digit(&self, i: usize) -> Option<(u32, usize)> {
        if i >= self.end {
            return None;
        }
        let b = self.bytes[i];
        if b.is_ascii_digit() {
            return Some((u32::from(b - b'0'), 1));
        }
        if b == 0xEF && i + 3 <= self.end {
            return fullwidth_digit(self.char_at(i)).map(|d| (d, 3));
        }
        None
    }

    /// A thousands separator at `i` (`,` or `，`): its length.
    fn separator(&self, i: usize) -> Option<usize> {
        if i >= self.end {
            return None;
        }
        match self.bytes[i] {
            b',' => Some(1),
            0xEF if self.text[i..self.end].starts_with('，') => Some(3),
            _ => None,
        }
    }

    /// A decimal point at `i` (`.` or `．`): its length.
    fn point(&self, i: usize) -> Option<usize> {
        if i >= self.end {
            return None;
        }
        match self.bytes[i] {
            b'.' => Some(1),
            0xEF if self.text[i..self.end].starts_with('．') => Some(3),
            _ => None,
        }
    }

    /// Skips a run of identifier-like bytes (letters, digits and the
    /// joiners of dates, codes and URLs) from `i`.
    fn skip_code(&self, mut i: usize) -> usize {
        while i < self.end {
            let b = self.bytes[i];
            if is_ascii_word_byte(b) || matches!(b, b'-' | b'/' | b'.' | b':' | b'#' | b'@') {
                i += 1;
            } else if self.digit(i).is_some() {
                i += 3;
            } else {
                break;
            }
        }
        i
    }

    /// Reads digits at `i`: integer part with thousands separators, an
    /// optional decimal part. Returns (end, normalised text for parsing,
    /// integer digit count, grouped or decimal).
    fn read_digits(&self, mut i: usize) -> (usize, String, usize, bool) {
        let mut buf = String::new();
        let mut int_digits = 0;
        let mut fancy = false;
        let mut group_len = 0;
        loop {
            while let Some((d, len)) = self.digit(i) {
                if int_digits < 400 {
                    buf.push(char::from(b'0' + d as u8));
                }
                int_digits += 1;
                group_len += 1;
                i += len;
            }
            // "52,000" but not "1,2,3" nor "2020,52": a separator sits after
            // one to three digits (or a full group) and before exactly three.
            let first_group_ok = if fancy {
                group_len == 3
            } else {
                (1..=3).contains(&group_len)
            };
            if let Some(sep) = self.separator(i) {
                let mut j = i + sep;
                let mut n = 0;
                while n < 4 {
                    match self.digit(j) {
                        Some((_, len)) => {
                            j += len;
                            n += 1;
                        }
                        None => break,
                    }
                }
                if first_group_ok && n == 3 {
                    i += sep;
                    fancy = true;
                    group_len = 0;
                    continue;
                }
            }
            break;
        }
        if let Some(p) = self.point(i) {
            if self.digit(i + p).is_some() {
                let mut j = i + p;
                buf.push('.');
                let mut frac = 0;
                while let Some((d, len)) = self.digit(j) {
                    if frac < 40 {
                        buf.push(char::from(b'0' + d as u8));
                    }
                    frac += 1;
                    j += len;
                }
                i = j;
                fancy = true;
            }
        }
        (i, buf, int_digits, fancy)
    }

    /// A number starting with digits at `i` (`money` when a currency sign
    /// came first at `from`).
    fn digits_at(
        &self,
        i: usize,
        money: Option<Currency>,
        from: usize,
    ) -> (Option<NumberMatch>, usize) {
        // Identifiers: digits after a letter-joined hyphen ("COVID-19",
        // "APT-C-39"), a dot of a name ("v.2", "www.x.com"), a path, handle,
        // or a phone prefix ("+61").
        if money.is_none() {
            let prev = self.char_before(i);
            let code_before = match prev {
                Some('-' | '.' | '−' | '–') => {
                    let before = self.char_before(i - prev.map_or(1, char::len_utf8));
                    before.is_some_and(|c| c.is_alphanumeric()) || matches!(prev, Some('-' | '−')) // a sign: "-5%" is not 5%
                }
                Some('/' | '\\' | '#' | '@' | '_' | '+' | '=' | '&' | '~' | '^') => true,
                Some(c) => c.is_ascii_alphabetic(),
                None => false,
            };
            if code_before {
                return (None, self.skip_code(i));
            }
        }
        let (mut j, buf, int_digits, fancy) = self.read_digits(i);
        if int_digits > 15 {
            return (None, self.skip_code(j));
        }
        // Joined to more digits or letters: a date, time, range, version,
        // phone number or code ("2021-07-21", "14:35", "3.2.1", "5G").
        if j < self.end {
            let b = self.bytes[j];
            let next_digit = self.digit(j + 1).is_some();
            if matches!(b, b'-' | b'/' | b':' | b'.') && next_digit {
                return (None, self.skip_code(j));
            }
            if b == b'-' && j + 1 < self.end && self.bytes[j + 1].is_ascii_uppercase() {
                return (None, self.skip_code(j));
            }
        }
        let mut value: f64 = buf.parse().unwrap_or(f64::NAN);
        let mut m = NumberMatch::new(Span::new(from, j), value, NumberKind::Cardinal, None);
        m.plain = !fancy && money.is_none();
        // Glued letters: ordinal suffixes, money scale suffixes ("$4.5bn"),
        // anything else is a code.
        if j < self.end && self.bytes[j].is_ascii_alphabetic() {
            let mut k = j;
            while k < self.end && self.bytes[k].is_ascii_alphabetic() {
                k += 1;
            }
            if k < self.end && (self.bytes[k].is_ascii_digit() || self.bytes[k] == b'_') {
                return (None, self.skip_code(k));
            }
            let suffix = &self.text[j..k];
            let lower = suffix.to_ascii_lowercase();
            let ordinal = matches!(
                (value as u64 % 10, lower.as_str()),
                (1, "st") | (2, "nd") | (3, "rd") | (_, "th")
            ) && !fancy;
            if ordinal {
                m.kind = NumberKind::Ordinal;
                m.plain = false;
                m.span.end = k;
                return (Some(m), k);
            }
            let scale = match lower.as_str() {
                "k" => 1e3,
                "m" | "mn" | "mln" => 1e6,
                "b" | "bn" | "bln" => 1e9,
                "tn" | "trn" => 1e12,
                _ => 0.0,
            };
            // "bn", "mn", "tn" are scale words anywhere ("10bn yuan"); a
            // bare "m", "b", "k" only after a currency sign ("$5m").
            let unambiguous = lower.len() >= 2;
            if scale > 0.0 && (money.is_some() || unambiguous) {
                j = k;
                value = scaled(&buf, scale);
                m.scale = scale;
            } else {
                return (None, self.skip_code(k));
            }
        }
        m.value = value;
        m.span.end = j;
        m.currency = money;
        if money.is_some() {
            m.kind = NumberKind::Money;
        }
        // Chinese suffixes written right after the digits.
        if j < self.end && self.bytes[j] >= 0x80 {
            let (end, scale) = zh_scale(self.text, j, self.end);
            if scale > 1.0 {
                m.value = scaled(&buf, scale);
                m.scale = scale;
                m.plain = false;
                m.lang = Some(Lang::CHINESE);
                m.span.end = end;
            }
            return self.zh_suffixes(m, int_digits);
        }
        // English scale word: "5.31 million".
        if let Some((end, scale)) = self.en_scale_after(m.span.end) {
            m.value = scaled(&buf, scale);
            m.scale = scale;
            m.plain = false;
            m.span.end = end;
        }
        self.en_suffixes(m)
    }

    /// After an English number: percent and currency words.
    fn en_suffixes(&self, mut m: NumberMatch) -> (Option<NumberMatch>, usize) {
        let j = m.span.end;
        if j < self.end && matches!(self.bytes[j], b'%') {
            m.kind = NumberKind::Percent;
            m.plain = false;
            m.span.end = j + 1;
            return (Some(m), j + 1);
        }
        if self.text[j..self.end].starts_with('％') {
            m.kind = NumberKind::Percent;
            m.plain = false;
            m.span.end = j + '％'.len_utf8();
            return (Some(m), m.span.end);
        }
        if let Some((w1, e1)) = self.next_word(j) {
            // Longer words are none of the short ones tested here.
            let mut lbuf = [0u8; 16];
            let w1l = lower_ascii(w1, &mut lbuf).unwrap_or("");
            if w1l == "percent" || w1l == "pct" {
                m.kind = NumberKind::Percent;
                m.plain = false;
                m.span.end = e1;
            } else if w1l == "per" {
                if let Some((w2, e2)) = self.next_word(e1) {
                    if w2.eq_ignore_ascii_case("cent") {
                        m.kind = NumberKind::Percent;
                        m.plain = false;
                        m.span.end = e2;
                    }
                }
            } else if m.currency.is_none() {
                if let Some(&(_, currency)) = EN_CURRENCY_WORDS
                    .iter()
                    .find(|(w, _)| w.eq_ignore_ascii_case(w1))
                {
                    m.kind = NumberKind::Money;
                    m.currency = Some(currency);
                    m.plain = false;
                    m.span.end = e1;
                } else if let Some(after_us) = self.us_at(w1, e1)
                    && m.lang != Some(Lang::CHINESE)
                {
                    // "5 billion US dollars", "5 billion U.S. dollars"
                    if let Some((w2, e2)) = self.next_word(after_us) {
                        if w2.eq_ignore_ascii_case("dollars") {
                            m.kind = NumberKind::Money;
                            m.currency = Some(Currency {
                                written: "US dollars",
                                iso: Some("USD"),
                            });
                            m.plain = false;
                            m.span.end = e2;
                        }
                    }
                }
            }
        }
        (Some(m), m.span.end)
    }

    /// After a number written next to Han characters: "多"/"余", percent,
    /// currency, time units, and the year/month/day of dates.
    fn zh_suffixes(&self, mut m: NumberMatch, int_digits: usize) -> (Option<NumberMatch>, usize) {
        let mut j = m.span.end;
        let rest = &self.text[j..self.end];
        for more in ["多", "余"] {
            if let Some(after) = rest.strip_prefix(more) {
                // "300多万" / "十多年": the bound sits inside the number.
                let (end, scale) = zh_scale(self.text, j + more.len(), self.end);
                let unit = ZH_TIME_UNITS.iter().any(|u| after.starts_with(u))
                    || ZH_CURRENCY_WORDS.iter().any(|(w, _)| after.starts_with(w))
                    || crate::lexicon::units::ZH_CLASSIFIERS
                        .iter()
                        .any(|c| after.starts_with(c));
                if scale > 1.0 {
                    m.value *= scale;
                    m.scale *= scale;
                    m.more = true;
                    m.plain = false;
                    j = end;
                    m.span.end = j;
                } else if unit {
                    m.more = true;
                    m.plain = false;
                    j += more.len();
                    m.span.end = j;
                }
                break;
            }
        }
        let rest = &self.text[j..self.end];
        if let Some(p) = ['%', '％'].into_iter().find(|&p| rest.starts_with(p)) {
            m.kind = NumberKind::Percent;
            m.plain = false;
            m.span.end = j + p.len_utf8();
            return (Some(m), m.span.end);
        }
        if let Some(&(w, currency)) = ZH_CURRENCY_WORDS.iter().find(|(w, _)| rest.starts_with(w)) {
            m.kind = NumberKind::Money;
            m.currency = Some(currency);
            m.plain = false;
            m.lang = Some(Lang::CHINESE);
            m.span.end = j + w.len();
            return (Some(m), m.span.end);
        }
        if rest.starts_with('年') {
            let after = &rest['年'.len_utf8()..];
            // A year: four digits ("2020年"), a numeral read digit by digit
            // ("二〇二〇年"), or any number with a month after it ("21年7月").
            let month_follows = {
                let t = after.trim_start_matches(|c: char| {
                    c.is_ascii_digit()
                        || fullwidth_digit(c).is_some()
                        || zh_digit(c).is_some()
                        || c == '十'
                });
                t.len() < after.len() && t.starts_with('月')
            };
            if (m.plain && int_digits == 4) || month_follows || (m.plain && int_digits >= 3) {
                m.kind = NumberKind::Year;
                m.span.end = j + '年'.len_utf8();
                return (Some(m), m.span.end);
            }
            // "90年代" (a decade), "三年级" (a school year), "年度", "五年规划"
            // (a plan's name), "十年前" (a date): not durations.
            if ["代", "级", "度", "规划", "计划", "前", "后", "底", "初"]
                .iter()
                .any(|s| after.starts_with(s))
            {
                return (None, j + '年'.len_utf8());
            }
        }
        if rest.starts_with('月') || rest.starts_with('日') || rest.starts_with('号') {
            m.kind = NumberKind::DatePart;
            m.span.end = j + 3;
            return (Some(m), m.span.end);
        }
        if let Some(u) = ZH_TIME_UNITS.iter().find(|u| rest.starts_with(**u)) {
            m.kind = NumberKind::Duration;
            m.time_unit = Some(u);
            m.plain = false;
            m.lang = Some(Lang::CHINESE);
            m.span.end = j + u.len();
            return (Some(m), m.span.end);
        }
        if rest
            .chars()
            .next()
            .is_some_and(crate::text::token::is_ideograph)
        {
            m.lang = Some(Lang::CHINESE);
        }
        (Some(m), m.span.end)
    }

    /// The next word after whitespace from `j`: (word, end). A word is ASCII
    /// letters with inner dots or apostrophes ("U.S", "o'clock").
    fn next_word(&self, j: usize) -> Option<(&'t str, usize)> {
        let mut k = j;
        while k < self.end && matches!(self.bytes[k], b' ' | b'\t' | b'\n' | b'\r') {
            k += 1;
        }
        if k == j && j != self.start {
            return None;
        }
        let w0 = k;
        while k < self.end && self.bytes[k].is_ascii_alphabetic() {
            k += 1;
        }
        (k > w0).then(|| (&self.text[w0..k], k))
    }

    /// Where "US" or "U.S." ends when the letters `word`, ending at `end`,
    /// start it: the word reader takes letters only, so the dotted form
    /// arrives as its first letter.
    fn us_at(&self, word: &str, end: usize) -> Option<usize> {
        if word.eq_ignore_ascii_case("us") {
            return Some(end);
        }
        let dotted = word.eq_ignore_ascii_case("u")
            && self.bytes[..self.end]
                .get(end..end + 3)
                .is_some_and(|b| b.eq_ignore_ascii_case(b".s."));
        dotted.then_some(end + 3)
    }

    /// An English scale word after whitespace: "million" (end, multiplier).
    fn en_scale_after(&self, j: usize) -> Option<(usize, f64)> {
        let (w, e) = self.next_word(j)?;
        let scale = en_scale(w)?;
        // "5 hundred" is unusual but harmless; "5 thousand" fine.
        (e <= self.end && self.bytes.get(e) != Some(&b'-')).then_some((e, scale))
    }

    /// A currency sign or code at `i` followed by an amount.
    fn money_prefix_at(&self, i: usize) -> (Option<NumberMatch>, usize) {
        let rest = &self.text[i..self.end];
        let Some(currency) = CURRENCY_PREFIXES
            .iter()
            .find(|c| rest.starts_with(c.written))
            .copied()
        else {
            return (None, i + 1);
        };
        let mut j = i + currency.written.len();
        // A code word must not run on into letters ("RMBx", "USDA").
        if currency.written.as_bytes()[currency.written.len() - 1].is_ascii_alphabetic()
            && j < self.end
            && is_ascii_word_byte(self.bytes[j])
        {
            return (None, j);
        }
        while j < self.end && self.bytes[j] == b' ' {
            j += 1;
        }
        if self.digit(j).is_some() {
            let (m, next) = self.digits_at(j, Some(currency), i);
            return (m, next);
        }
        (None, i + currency.written.len())
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

    /// A word at `i` (its letters end at `k`): a currency code, an English number, or nothing (the
    /// whole alphanumeric run is skipped, so "APT40" and "G7" never yield
    /// a number).
    fn word_at(&self, i: usize, k: usize) -> (Option<NumberMatch>, usize) {
        if i > self.start && is_ascii_word_byte(self.bytes[i - 1]) {
            return (None, k);
        }
        if k < self.end && (self.bytes[k].is_ascii_digit() || self.bytes[k] == b'_') {
            return (None, self.skip_code(k));
        }
        let code = is_currency_code(&self.bytes[i..k]);
        if k < self.end && self.bytes[k] == b'$' || code {
            let (m, next) = self.money_prefix_at(i);
            if m.is_some() {
                return (m, next);
            }
        }
        // Cheap filter: the first two letters and length of an opener word
        // (`english_at` looks the word up in `OPENERS` first).
        if !may_be_opener(&self.bytes[i..k]) {
            return (None, k);
        }
        match self.english_at(i, k) {
            Some(m) => {
                let end = m.span.end;
                let (m, _) = self.en_suffixes(m);
                (m, end.max(m.map_or(end, |m| m.span.end)))
            }
            None => (None, k),
        }
    }

    /// The words from `i` as lowercase strings with their spans, up to `n`,
    /// separated by whitespace or single hyphens; stops at anything else.
    fn words_from(&self, i: usize, n: usize) -> Vec<NumWord> {
        let mut out = Vec::with_capacity(n);
        let mut k = i;
        let mut sep = b' ';
        while out.len() < n && k < self.end {
            let w0 = k;
            while k < self.end && self.bytes[k].is_ascii_alphabetic() {
                k += 1;
            }
            if k == w0 || k - w0 > 14 {
                break;
            }
            let mut buf = [0u8; 16];
            buf[..k - w0].copy_from_slice(&self.bytes[w0..k]);
            buf.make_ascii_lowercase();
            out.push(NumWord {
                buf,
                len: k - w0,
                end: k,
                sep,
            });
            if k < self.end && self.bytes[k] == b'-' {
                sep = b'-';
                k += 1;
            } else {
                let ws = k;
                while k < self.end && matches!(self.bytes[k], b' ' | b'\t' | b'\n' | b'\r') {
                    k += 1;
                }
                if k == ws {
                    break;
                }
                sep = b' ';
            }
        }
        out
    }

    /// An English number written in words at `i` (the first word ends at
    /// `k`).
    fn english_at(&self, i: usize, k: usize) -> Option<NumberMatch> {
        let first = &self.bytes[i..k];
        if first.eq_ignore_ascii_case(b"a") || first.eq_ignore_ascii_case(b"an") {
            // "a"/"an" open a number only before a scale or a round unit.
            let (next, _) = self.next_word(k)?;
            let round = [
                "hundred", "thousand", "million", "billion", "trillion", "dozen", "quarter",
                "half", "decade", "century",
            ]
            .iter()
            .any(|r| next.as_bytes().eq_ignore_ascii_case(r.as_bytes()));
            if !round {
                return None;
            }
        } else if !OPENERS.contains(&self.text[i..k]) {
            // Fast reject without allocating or copying: the lexicon
            // lowercases as it packs.
            return None;
        }
        let words = self.words_from(i, 8);
        let w = |n: usize| words.get(n).map_or("", NumWord::as_str);
        let end_of = |n: usize| words[n].end;
        let en = Some(Lang::ENGLISH);
        let mk = |last: usize, value: f64, kind| {
            NumberMatch::new(Span::new(i, end_of(last)), value, kind, en)
        };
        match w(0) {
            "a" | "an" => {
                // "a million", "a dozen", "a quarter of a million", "a decade".
                if let Some(scale) = en_scale(w(1)).filter(|_| words[1].sep == b' ') {
                    let mut m = mk(1, scale, NumberKind::Cardinal);
                    m.scale = scale;
                    return Some(m);
                }
                match w(1) {
                    "dozen" => {
                        let mut m = mk(1, 12.0, NumberKind::Cardinal);
                        m.round = true;
                        Some(m)
                    }
                    "quarter" | "half" if w(2) == "of" && w(3) == "a" => {
                        let scale = en_scale(w(4))?;
                        let f = if w(1) == "quarter" { 0.25 } else { 0.5 };
                        let mut m = mk(4, f * scale, NumberKind::Cardinal);
                        m.scale = scale;
                        Some(m)
                    }
                    "decade" | "century" => {
                        let long = w(2) == "long" && words[2].sep == b'-';
                        let mut m = mk(
                            if long { 2 } else { 1 },
                            if w(1) == "decade" { 10.0 } else { 100.0 },
                            NumberKind::Duration,
                        );
                        m.time_unit = Some("years");
                        m.round = true;
                        Some(m)
                    }
                    _ => None,
                }
            }
            "half" if w(1) == "a" => {
                let scale = en_scale(w(2))?;
                let mut m = mk(2, 0.5 * scale, NumberKind::Cardinal);
                m.scale = scale;
                Some(m)
            }
            "decade" if w(1) == "long" && words[1].sep == b'-' => {
                let mut m = mk(1, 10.0, NumberKind::Duration);
                m.time_unit = Some("years");
                m.round = true;
                Some(m)
            }
            "dozens" | "hundreds" | "thousands" | "millions" | "billions" | "tens" | "scores" => {
                // Vague orders: "thousands of", "tens of thousands of",
                // "hundreds of millions of". The value is the order's floor.
                let base = match w(0) {
                    "dozens" => 12.0,
                    "scores" => 20.0,
                    "tens" => 10.0,
                    "hundreds" => 100.0,
                    "thousands" => 1e3,
                    "millions" => 1e6,
                    _ => 1e9,
                };
                if w(1) != "of" {
                    return None;
                }
                let (value, last) = match (w(0), w(2), w(3)) {
                    ("tens" | "hundreds", "thousands" | "millions" | "billions", "of") => {
                        (base * en_scale(&w(2)[..w(2).len() - 1]).unwrap_or(1.0), 3)
                    }
                    ("tens", _, _) => return None,
                    _ => (base, 1),
                };
                let mut m = mk(last, value, NumberKind::Cardinal);
                m.vague = true;
                Some(m)
            }
            _ => {
                if let Some(v) = ordinal_value(w(0)) {
                    return Some(mk(0, f64::from(v), NumberKind::Ordinal));
                }
                // Cardinal words: "twenty-five", "two hundred and fifty",
                // "three million", "two dozen".
                let mut total = 0.0;
                let mut current = 0.0;
                let mut last = None;
                let mut prev: Option<WordValue> = None;
                let mut n = 0;
                while n < words.len() {
                    let word = w(n);
                    let Some(v) = word_value(word) else {
                        if word == "and"
                            && matches!(prev, Some(WordValue::Hundred | WordValue::Scale(_)))
                            && words.get(n + 1).is_some_and(|x| {
                                matches!(
                                    word_value(x.as_str()),
                                    Some(WordValue::Small(_) | WordValue::Tens(_))
                                )
                            })
                        {
                            n += 1;
                            continue;
                        }
                        if let (Some(tu), Some(WordValue::Tens(_))) =
                            (ordinal_value(word).filter(|&o| o < 10), prev)
                        {
                            // "twenty-first"
                            if words[n].sep == b'-' {
                                let mut m =
                                    mk(n, total + current + f64::from(tu), NumberKind::Ordinal);
                                m.lang = en;
                                return Some(m);
                            }
                        }
                        break;
                    };
                    let ok = match (prev, v) {
                        (None, _) => !matches!(
                            v,
                            WordValue::Hundred | WordValue::Scale(_) | WordValue::Dozen
                        ),
                        (Some(WordValue::Tens(_)), WordValue::Small(s)) => s < 10,
                        (Some(WordValue::Small(_) | WordValue::Tens(_)), WordValue::Hundred) => {
                            true
                        }
                        (
                            Some(WordValue::Small(_) | WordValue::Tens(_) | WordValue::Hundred),
                            WordValue::Scale(_),
                        ) => true,
                        (Some(WordValue::Small(_) | WordValue::Tens(_)), WordValue::Dozen) => true,
                        (
                            Some(WordValue::Hundred | WordValue::Scale(_)),
                            WordValue::Small(_) | WordValue::Tens(_),
                        ) => true,
                        _ => false,
                    };
                    if !ok {
                        break;
                    }
                    match v {
                        WordValue::Small(s) => current += f64::from(s),
                        WordValue::Tens(t) => current += f64::from(t),
                        WordValue::Hundred => current *= 100.0,
                        WordValue::Dozen => current *= 12.0,
                        WordValue::Scale(s) => {
                            total += current * s;
                            current = 0.0;
                        }
                    }
                    prev = Some(v);
                    last = Some(n);
                    n += 1;
                }
                let last = last?;
                let mut m = mk(last, total + current, NumberKind::Cardinal);
                if words[..=last]
                    .iter()
                    .any(|x| en_scale(x.as_str()).is_some())
                {
                    m.scale = 1e3;
                }
                Some(m)
            }
        }
    }

    /// A Chinese number at `i`: numerals with units ("四百零三", "两千"),
    /// digit by digit ("二〇二〇"), decimals ("三点五"), the percentage
    /// frame ("百分之九十二"), and vague orders ("数十", "上千").
    fn chinese_at(&self, i: usize) -> (Option<NumberMatch>, usize) {
        let rest = &self.text[i..self.end];
        let zh = Some(Lang::CHINESE);
        let first = self.char_at(i);
        if let Some(after) = rest.strip_prefix("百分之") {
            let j = i + "百分之".len();
            let (m, next) = if self.digit(j).is_some() {
                let (end, buf, _, _) = self.read_digits(j);
                (
                    buf.parse::<f64>()
                        .ok()
                        .map(|v| NumberMatch::new(Span::new(i, end), v, NumberKind::Percent, zh)),
                    end,
                )
            } else if after
                .chars()
                .next()
                .is_some_and(|c| zh_digit(c).is_some() || c == '十')
            {
                match read_zh(self.text, j, self.end) {
                    Some((end, v, _)) => (
                        Some(NumberMatch::new(
                            Span::new(i, end),
                            v,
                            NumberKind::Percent,
                            zh,
                        )),
                        end,
                    ),
                    None => (None, j),
                }
            } else {
                (None, j)
            };
            return (
                m.map(|mut m| {
                    m.span.start = i;
                    m
                }),
                next,
            );
        }
        // Vague orders.
        const VAGUE: &[(&str, f64)] = &[
            ("成千上万", 1e3),
            ("成百上千", 1e2),
            ("数以万计", 1e4),
            ("数以千计", 1e3),
            ("数以百计", 1e2),
            ("数十万", 1e5),
            ("数百万", 1e6),
            ("数千万", 1e7),
            ("数十亿", 1e9),
            ("数十", 10.0),
            ("数百", 100.0),
            ("数千", 1e3),
            ("数万", 1e4),
            ("数亿", 1e8),
            ("几十万", 1e5),
            ("几十", 10.0),
            ("几百", 100.0),
            ("几千", 1e3),
            ("几万", 1e4),
            ("上百", 100.0),
            ("上千", 1e3),
            ("上万", 1e4),
        ];
        if matches!(first, '数' | '几' | '上' | '成') {
            if let Some(&(w, v)) = VAGUE.iter().find(|(w, _)| rest.starts_with(w)) {
                // "上千" must not be "上千年" read as a year; a unit may follow.
                let mut m =
                    NumberMatch::new(Span::new(i, i + w.len()), v, NumberKind::Cardinal, zh);
                m.vague = true;
                return self.zh_suffixes(m, 0);
            }
            return (None, i + first.len_utf8());
        }
        if first == '百' {
            return (None, i + first.len_utf8());
        }
        match read_zh(self.text, i, self.end) {
            Some((end, value, digit_by_digit)) => {
                let mut m = NumberMatch::new(Span::new(i, end), value, NumberKind::Cardinal, zh);
                // "十几个": an order of magnitude.
                if self.text[end..self.end].starts_with('几') {
                    m.vague = true;
                    m.span.end = end + '几'.len_utf8();
                }
                let digits = if digit_by_digit { 4 } else { 0 };
                m.plain = digit_by_digit;
                self.zh_suffixes(m, digits)
            }
            None => {
                // Skip the whole run of numeral characters.
                let mut j = i;
                for c in rest.chars() {
                    if zh_digit(c).is_some() || zh_unit(c).is_some() {
                        j += c.len_utf8();
                    } else {
                        break;
                    }
                }
                (None, j.max(i + first.len_utf8()))
            }
        }
    }
}

/// `digits` (a decimal string) times `scale`, correctly rounded: "5.31"
/// and 1e6 give exactly 5,310,000.
fn scaled(digits: &str, scale: f64) -> f64 {
    let exp = scale.log10().round() as i32;
    if (10f64.powi(exp) - scale).abs() < 0.5 {
        format!("{digits}e{exp}").parse().unwrap_or(f64::NAN)
    } else {
        digits.parse::<f64>().unwrap_or(f64::NAN) * scale
    }
}

/// A Chinese scale written after digits at `j`: "万", "亿", "万亿", "千万",
/// "百万", "十万". Returns (end, multiplier), multiplier 1 when none.
fn zh_scale(text: &str, j: usize, end: usize) -> (usize, f64) {
    const SCALES: &[(&str, f64)] = &[
        ("万亿", 1e12),
        ("千亿", 1e11),
        ("百亿", 1e10),
        ("十亿", 1e9),
        ("千万", 1e7),
        ("百万", 1e6),
        ("十万", 1e5),
        ("亿", 1e8),
        ("万", 1e4),
    ];
    let rest = &text[j..end];
    SCALES
        .iter()
        .find(|(w, _)| rest.starts_with(w))
        .map_or((j, 1.0), |&(w, s)| (j + w.len(), s))
}

/// Reads a run of Chinese numerals at `i`: (end, value, read digit by
/// digit). `None` when the run is not one well-formed number.
fn read_zh(text: &str, i: usize, end: usize) -> Option<(usize, f64, bool)> {
    let mut total = 0.0f64;
    let mut section = 0.0f64;
    let mut number: Option<f64> = None;
    let mut j = i;
    let mut units = false;
    let mut digits_in_row = 0;
    let mut positional = 0.0f64;
    let mut count = 0;
    let mut last_unit = f64::INFINITY;
    for c in text[i..end].chars() {
        if count > 40 {
            return None;
        }
        if let Some(d) = zh_digit(c) {
            if d == 0 && units {
                // "四百零三": a placeholder zero between units.
                j += c.len_utf8();
                count += 1;
                continue;
            }
            digits_in_row += 1;
            positional = positional * 10.0 + f64::from(d);
            number = Some(f64::from(d));
        } else if let Some(u) = zh_unit(c) {
            if digits_in_row > 1 {
                return None; // "三四十", "二〇二〇万"
            }
            digits_in_row = 0;
            units = true;
            if u >= 1e4 {
                if u == 1e4 {
                    section += number.unwrap_or(0.0);
                    if section == 0.0 {
                        return None;
                    }
                    total += section * 1e4;
                } else {
                    total = (total + section + number.unwrap_or(0.0)) * u;
                    if total == 0.0 {
                        return None;
                    }
                }
                section = 0.0;
                last_unit = f64::INFINITY;
            } else {
                if u >= last_unit {
                    return None; // "十百", "百百"
                }
                let n = number.unwrap_or(if u == 10.0 && section == 0.0 {
                    1.0
                } else {
                    0.0
                });
                if n == 0.0 {
                    return None;
                }
                section += n * u;
                last_unit = u;
            }
            number = None;
        } else {
            break;
        }
        j += c.len_utf8();
        count += 1;
    }
    if j == i || digits_in_row > 1 && units {
        return None;
    }
    if !units && digits_in_row != 1 {
        // Digit by digit: a code or a year ("二〇二〇"); two digits side by
        // side are a range ("三四个" = three or four).
        return (digits_in_row >= 3).then_some((j, positional, true));
    }
    let mut value = total + section + number.unwrap_or(0.0);
    // Decimals: "三点五" = 3.5, "一点二亿" = 120,000,000.
    if let Some(frac) = text[j..end].strip_prefix('点') {
        let digits: String = frac
            .chars()
            .take(20)
            .map_while(|c| zh_digit(c).map(|d| char::from(b'0' + d as u8)))
            .collect();
        if !digits.is_empty() {
            value += format!("0.{digits}").parse::<f64>().unwrap_or(0.0);
            // Every Chinese digit is three bytes long in UTF-8.
            j += '点'.len_utf8() + digits.len() * 3;
            let (e, scale) = zh_scale(text, j, end);
            if scale > 1.0 {
                value *= scale;
                j = e;
            }
        }
    }
    Some((j, value, false))
}

/// Every word an English number can start with: cardinals, ordinals,
/// "a"/"an"/"half" before a scale, vague orders, "decade".
const OPENER_WORDS: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "a",
    "an",
    "half",
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "tens",
    "scores",
    "decade",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "hundredth",
];

/// The shapes of the [`OPENER_WORDS`].
static OPENER_SHAPES: WordShapes = WordShapes::of(OPENER_WORDS);

/// Whether the ASCII letters `word` have the first letters and length of
/// an opener word: no word outside this shape is in [`OPENERS`].
fn may_be_opener(word: &[u8]) -> bool {
    OPENER_SHAPES.fits(word)
}

/// [`OPENER_WORDS`] for lookups: one hash per word of the input.
static OPENERS: crate::lexicon::Lexicon = crate::lexicon::Lexicon::new(OPENER_WORDS);

/// A word of an English number, lowercased in place.
#[derive(Clone, Copy, Debug)]
struct NumWord {
    buf: [u8; 16],
    len: usize,
    end: usize,
    /// What came before it: b' ' (whitespace) or b'-'.
    sep: u8,
}

impl NumWord {
    fn as_str(&self) -> &str {
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum WordValue {
    Small(u32),
    Tens(u32),
    Hundred,
    Dozen,
    Scale(f64),
}

fn word_value(w: &str) -> Option<WordValue> {
    use WordValue::{Dozen, Hundred, Scale, Small, Tens};
    Some(match w {
        "zero" => Small(0),
        "one" => Small(1),
        "two" => Small(2),
        "three" => Small(3),
        "four" => Small(4),
        "five" => Small(5),
        "six" => Small(6),
        "seven" => Small(7),
        "eight" => Small(8),
        "nine" => Small(9),
        "ten" => Small(10),
        "eleven" => Small(11),
        "twelve" => Small(12),
        "thirteen" => Small(13),
        "fourteen" => Small(14),
        "fifteen" => Small(15),
        "sixteen" => Small(16),
        "seventeen" => Small(17),
        "eighteen" => Small(18),
        "nineteen" => Small(19),
        "twenty" => Tens(20),
        "thirty" => Tens(30),
        "forty" => Tens(40),
        "fifty" => Tens(50),
        "sixty" => Tens(60),
        "seventy" => Tens(70),
        "eighty" => Tens(80),
        "ninety" => Tens(90),
        "hundred" => Hundred,
        "dozen" => Dozen,
        "thousand" => Scale(1e3),
        "million" => Scale(1e6),
        "billion" => Scale(1e9),
        "trillion" => Scale(1e12),
        _ => return None,
    })
}

/// `w` in ASCII lowercase, in `buf`, when it is ASCII and at most 16
/// bytes long (every number word is).
pub(crate) fn lower_ascii<'b>(w: &str, buf: &'b mut [u8; 16]) -> Option<&'b str> {
    let bytes = w.as_bytes();
    if bytes.len() > buf.len() || !w.is_ascii() {
        return None;
    }
    let out = &mut buf[..bytes.len()];
    out.copy_from_slice(bytes);
    out.make_ascii_lowercase();
    std::str::from_utf8(out).ok()
}

/// English scale words.
fn en_scale(w: &str) -> Option<f64> {
    let mut buf = [0u8; 16];
    let w = lower_ascii(w, &mut buf)?;
    Some(match w {
        "hundred" => 1e2,
        "thousand" => 1e3,
        "million" => 1e6,
        "billion" => 1e9,
        "trillion" => 1e12,
        _ => return None,
    })
}

fn ordinal_value(w: &str) -> Option<u32> {
    Some(match w {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "fifth" => 5,
        "sixth" => 6,
        "seventh" => 7,
        "eighth" => 8,
        "ninth" => 9,
        "tenth" => 10,
        "eleventh" => 11,
        "twelfth" => 12,
        "thirteenth" => 13,
        "fourteenth" => 14,
        "fifteenth" => 15,
        "sixteenth" => 16,
        "seventeenth" => 17,
        "eighteenth" => 18,
        "nineteenth" => 19,
        "twentieth" => 20,
        "thirtieth" => 30,
        "fortieth" => 40,
        "fiftieth" => 50,
        "hundredth" => 100,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> (String, f64, NumberKind) {
        let found = scan(text, Span::new(0, text.len()));
        assert_eq!(found.len(), 1, "{text:?}: {found:?}");
        let m = found[0];
        (text[m.span].to_string(), m.value, m.kind)
    }

    fn none(text: &str) {
        let found = scan(text, Span::new(0, text.len()));
        assert!(found.is_empty(), "{text:?}: {found:?}");
    }

    #[test]
    fn digits_separators_and_scales() {
        assert_eq!(
            one("about 52,000 servers"),
            ("52,000".into(), 52000.0, NumberKind::Cardinal)
        );
        assert_eq!(
            one("1,000,000 people"),
            ("1,000,000".into(), 1e6, NumberKind::Cardinal)
        );
        assert_eq!(
            one("5.31 million hosts"),
            ("5.31 million".into(), 5_310_000.0, NumberKind::Cardinal)
        );
        assert_eq!(
            one("$4.5 billion"),
            ("$4.5 billion".into(), 4.5e9, NumberKind::Money)
        );
        assert_eq!(one("US$300"), ("US$300".into(), 300.0, NumberKind::Money));
        assert_eq!(one("$4.5bn"), ("$4.5bn".into(), 4.5e9, NumberKind::Money));
        assert_eq!(
            one("５２，０００台"),
            ("５２，０００".into(), 52000.0, NumberKind::Cardinal)
        );
    }

    #[test]
    fn words() {
        assert_eq!(
            one("twenty-five"),
            ("twenty-five".into(), 25.0, NumberKind::Cardinal)
        );
        assert_eq!(
            one("two hundred and fifty people"),
            ("two hundred and fifty".into(), 250.0, NumberKind::Cardinal)
        );
        assert_eq!(
            one("a quarter of a million"),
            (
                "a quarter of a million".into(),
                250_000.0,
                NumberKind::Cardinal
            )
        );
        assert_eq!(
            one("the third largest"),
            ("third".into(), 3.0, NumberKind::Ordinal)
        );
        assert_eq!(
            one("a decade-long effort"),
            ("a decade-long".into(), 10.0, NumberKind::Duration)
        );
        assert_eq!(
            one("thousands of computers"),
            ("thousands of".into(), 1000.0, NumberKind::Cardinal)
        );
        none("a report");
    }

    #[test]
    fn chinese() {
        assert_eq!(
            one("约5.2万个"),
            ("5.2万".into(), 52000.0, NumberKind::Cardinal)
        );
        assert_eq!(
            one("531万台"),
            ("531万".into(), 5_310_000.0, NumberKind::Cardinal)
        );
        assert_eq!(
            one("四百零三"),
            ("四百零三".into(), 403.0, NumberKind::Cardinal)
        );
        assert_eq!(one("十一年"), ("十一年".into(), 11.0, NumberKind::Duration));
        assert_eq!(one("两千"), ("两千".into(), 2000.0, NumberKind::Cardinal));
        assert_eq!(
            one("百分之九十二"),
            ("百分之九十二".into(), 92.0, NumberKind::Percent)
        );
        assert_eq!(one("2020年"), ("2020年".into(), 2020.0, NumberKind::Year));
        assert_eq!(
            one("一亿二千万"),
            ("一亿二千万".into(), 1.2e8, NumberKind::Cardinal)
        );
        assert_eq!(
            one("三点五亿"),
            ("三点五亿".into(), 3.5e8, NumberKind::Cardinal)
        );
        none("三四个");
    }

    #[test]
    fn lead_byte_filter_admits_every_non_ascii_opener() {
        for c in (0x80..=0x10FFFF).filter_map(char::from_u32) {
            let opens = fullwidth_digit(c).is_some()
                || matches!(c, '€' | '£' | '¥' | '￥')
                || is_zh_number_start(c);
            let mut buf = [0u8; 4];
            let lead = c.encode_utf8(&mut buf).as_bytes()[0];
            assert_eq!(utf8_len(lead), c.len_utf8());
            assert!(!opens || may_open_non_ascii(lead), "{c}");
        }
    }

    #[test]
    fn eight_byte_letter_test_agrees_with_the_byte_test() {
        for b in 0..=255u8 {
            for pos in 0..8 {
                let mut chunk = [b'x'; 8];
                chunk[pos] = b;
                let other = !crate::text::ascii::letter_lanes(u64::from_le_bytes(chunk))
                    & crate::text::ascii::HIGH;
                let expected = if b.is_ascii_alphabetic() {
                    0
                } else {
                    0x80 << (8 * pos)
                };
                assert_eq!(other, expected, "{b:#x} at {pos}");
            }
        }
        let text = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ, Zürich";
        let s = Scanner {
            text,
            bytes: text.as_bytes(),
            start: 0,
            end: text.len(),
        };
        assert_eq!(s.letters_end(0), 36);
        assert_eq!(s.letters_end(38), 39);
    }

    #[test]
    fn shape_filter_admits_every_opener_word() {
        for w in OPENER_WORDS {
            assert!(may_be_opener(w.as_bytes()), "{w}");
            assert!(may_be_opener(w.to_ascii_uppercase().as_bytes()), "{w}");
        }
        assert!(!may_be_opener(b"the") && !may_be_opener(b"said"));
        // The first-two-letters filter admits whatever the shape filter or
        // the currency codes admit.
        for a in 0..=255u8 {
            for b in 0..=255u8 {
                if !a.is_ascii_alphabetic() {
                    continue;
                }
                for len in 1..20 {
                    let mut word = vec![a; len];
                    if len > 1 {
                        if !b.is_ascii_alphabetic() {
                            continue;
                        }
                        word[1] = b;
                    }
                    if may_be_opener(&word) || is_currency_code(&word) {
                        let second = if len > 1 { b } else { b' ' };
                        assert!(may_open_word(a, second, len), "{word:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn candidate_filter_admits_every_non_ascii_opener() {
        for c in (0x80..=0x10FFFF).filter_map(char::from_u32) {
            let opens = fullwidth_digit(c).is_some()
                || matches!(c, '€' | '£' | '¥' | '￥')
                || is_zh_number_start(c);
            let text = format!("{c}");
            let s = Scanner {
                text: &text,
                bytes: text.as_bytes(),
                start: 0,
                end: text.len(),
            };
            assert!(!opens || s.next_candidate(0) == 0, "{c}");
        }
    }

    #[test]
    fn jumping_between_candidates_finds_what_the_full_scan_finds() {
        let mut texts = crate::testing::fixture_texts();
        texts.push(
            "foo_x-twenty US$5 USD 30 abc5 x_1 ’5 €5, £3 ¥7 ￥５ — a million, \
             A DOZEN_x $ 5 EUR$ 9 bar$3 二〇二〇年 三四个 ｘ５ 5G-twenty no. 1 first"
                .to_string(),
        );
        for text in &texts {
            let whole = Span::new(0, text.len());
            assert_eq!(scan_with(text, whole, true), scan_with(text, whole, false));
            let mut start = 0;
            for line in text.split_inclusive(['\n', '.', ',']) {
                let span = Span::new(start, start + line.len());
                assert_eq!(scan_with(text, span, true), scan_with(text, span, false));
                // Spans that start inside a word.
                if let Some((k, _)) = line.char_indices().nth(1) {
                    let span = Span::new(start + k, start + line.len());
                    assert_eq!(scan_with(text, span, true), scan_with(text, span, false));
                }
                start += line.len();
            }
        }
    }

    #[test]
    fn codes() {
        none("APT-C-39 APT40 G7 5G COVID-19 14:35 2021-07-21 +61 v3.2.1");
        none(&"9".repeat(400));
    }
}

/// A measurement against a peer's corpus of number expressions (Microsoft
/// Recognizers-Text's `Specs/Number/*/NumberModel.json`), kept out of the
/// repository: `DEMARCHE_PEER_NUMBERS=English.json,Chinese.json cargo test
/// --lib peer_corpus -- --ignored --nocapture`. It counts the expected
/// numbers valued right, the ones reported with a wrong value, the ones
/// missed, and the numbers reported where the peer expects none. Without
/// the variable it does nothing.
#[cfg(test)]
mod peer_corpus {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() <= 1e-9 * b.abs().max(1.0)
    }

    #[test]
    #[ignore = "needs DEMARCHE_PEER_NUMBERS"]
    fn peer_corpus() {
        let Ok(paths) = std::env::var("DEMARCHE_PEER_NUMBERS") else {
            return;
        };
        let verbose = std::env::var("DEMARCHE_PEER_VERBOSE").is_ok();
        for path in paths.split(',') {
            let text = std::fs::read_to_string(path).expect("peer corpus");
            let cases: serde_json::Value =
                serde_json::from_str(text.trim_start_matches('\u{feff}')).expect("json");
            let (mut total, mut right, mut wrong, mut missed, mut extra) = (0, 0, 0, 0, 0);
            for case in cases.as_array().into_iter().flatten() {
                let input = case["Input"].as_str().unwrap_or("");
                if case.get("IgnoreResolution").is_some() {
                    continue;
                }
                let found = scan(input, Span::new(0, input.len()));
                let chars = |b: usize| input[..b].chars().count();
                let spans: Vec<(usize, usize)> = found
                    .iter()
                    .map(|m| (chars(m.span.start), chars(m.span.end)))
                    .collect();
                let mut used = vec![false; found.len()];
                for r in case["Results"].as_array().into_iter().flatten() {
                    let (s, e) = (
                        r["Start"].as_u64().unwrap_or(0) as usize,
                        r["End"].as_u64().unwrap_or(0) as usize + 1,
                    );
                    let Some(v) = r["Resolution"]["value"]
                        .as_str()
                        .and_then(|v| v.parse::<f64>().ok())
                    else {
                        continue;
                    };
                    total += 1;
                    let over: Vec<usize> = (0..found.len())
                        .filter(|&k| spans[k].0 < e && s < spans[k].1)
                        .collect();
                    over.iter().for_each(|&k| used[k] = true);
                    let verdict = if over.iter().any(|&k| close(found[k].value, v)) {
                        right += 1;
                        "right"
                    } else if over.is_empty() {
                        missed += 1;
                        "missed"
                    } else {
                        wrong += 1;
                        "WRONG"
                    };
                    if verbose && verdict != "right" {
                        let got: Vec<String> = over
                            .iter()
                            .map(|&k| format!("{:?}={}", &input[found[k].span], found[k].value))
                            .collect();
                        eprintln!("{verdict}: {input:?}: {:?}={v} got {got:?}", r["Text"]);
                    }
                }
                for (k, m) in found.iter().enumerate() {
                    if !used[k] {
                        extra += 1;
                        if verbose {
                            eprintln!("EXTRA: {input:?}: {:?}={}", &input[m.span], m.value);
                        }
                    }
                }
            }
            eprintln!(
                "{path}: {right}/{total} right ({:.0}%), {wrong} wrong value, {missed} missed, {extra} extra",
                100.0 * f64::from(right) / f64::from(total.max(1))
            );
        }
    }
}
