//! Numbers written in digits: separators, decimals, glued scale
//! suffixes ("$4.5bn"), and the currency signs and codes written before them.

use super::suffix::zh_scale;
use super::{NumberKind, NumberMatch, Scanner, is_ascii_word_byte};
use crate::lexicon::units::{CURRENCY_PREFIXES, Currency};
use crate::{Lang, Span};

/// The digit value of an ASCII or full-width digit.
pub(super) fn fullwidth_digit(c: char) -> Option<u32> {
    ('０'..='９').contains(&c).then(|| c as u32 - '０' as u32)
}

impl<'t> Scanner<'t> {
    /// A digit (ASCII or full-width) at `i`: its value and byte length.
    pub(super) fn digit(&self, i: usize) -> Option<(u32, usize)> {
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
    pub(super) fn separator(&self, i: usize) -> Option<usize> {
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
    pub(super) fn skip_code(&self, mut i: usize) -> usize {
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
    pub(super) fn read_digits(&self, mut i: usize) -> (usize, String, usize, bool) {
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
    pub(super) fn digits_at(
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

    /// A currency sign or code at `i` followed by an amount.
    pub(super) fn money_prefix_at(&self, i: usize) -> (Option<NumberMatch>, usize) {
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
