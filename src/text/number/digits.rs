//! Numbers written in digits: separators, decimals, glued scale
//! suffixes ("$4.5bn"), and the currency signs and codes written before them.

use super::english::lower_ascii;
use super::signs::{fullwidth_digit, is_zh_number_start, zh_scale};
use super::{NumberKind, NumberMatch, Scanner, is_ascii_word_byte};
use crate::lexicon::units::{CURRENCY_PREFIXES, Currency};
use crate::{Lang, Span};

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
            // A thin space or a narrow no-break space, as typeset figures
            // group their digits ("1 234 567").
            0xE2 if self.text[i..self.end].starts_with(['\u{2009}', '\u{202F}']) => Some(3),
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

    /// Where the groups of three digits written after plain spaces from
    /// `i` end ("1 234 567", "40 000"), or 0: two groups or more, or one
    /// led by a zero ("000"), so a figure before a count ("in 12 300
    /// cases" is rare, "from 3 200 to") is not joined to it by chance.
    fn space_grouped(&self, i: usize) -> usize {
        let bytes = &self.bytes[..self.end];
        let mut k = i;
        let mut groups = 0;
        let mut zero_led = false;
        while let Some(&[b' ', a, b, c]) = bytes.get(k..k + 4) {
            let three = a.is_ascii_digit() && b.is_ascii_digit() && c.is_ascii_digit();
            if !three || bytes.get(k + 4).is_some_and(u8::is_ascii_digit) {
                break;
            }
            zero_led |= a == b'0';
            groups += 1;
            k += 4;
        }
        if groups >= 2 || zero_led { k } else { 0 }
    }

    /// Reads digits at `i`: integer part with thousands separators, an
    /// optional decimal part. Returns (end, normalised text for parsing,
    /// integer digit count, grouped or decimal).
    pub(super) fn read_digits(&self, mut i: usize) -> (usize, Figure, usize, bool) {
        let mut buf = Figure::EMPTY;
        let mut int_digits = 0;
        let mut fancy = false;
        let mut group_len = 0;
        let mut spaced_until = 0;
        loop {
            while let Some((d, len)) = self.digit(i) {
                if int_digits < Figure::INT_DIGITS {
                    buf.push(b'0' + d as u8);
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
            if !fancy && int_digits == group_len && (1..=3).contains(&group_len) {
                spaced_until = self.space_grouped(i);
            }
            let space = (i < spaced_until).then_some(1);
            if let Some(sep) = self.separator(i).or(space) {
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
                buf.push(b'.');
                let mut frac = 0;
                while let Some((d, len)) = self.digit(j) {
                    if frac < Figure::FRACTION_DIGITS {
                        buf.push(b'0' + d as u8);
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
    /// came first at `from`), with the minus sign or the decimal point
    /// written right before the digits ("-3,200,000", ".77", "-.5").
    pub(super) fn digits_at(
        &self,
        i: usize,
        money: Option<Currency>,
        from: usize,
    ) -> (Option<NumberMatch>, usize) {
        let (start, negative, point) = if money.is_some() {
            (from, false, false)
        } else {
            match self.lead_in(i) {
                Some(lead) => lead,
                None => return (None, self.skip_code(i)),
            }
        };
        let (found, next) = self.unsigned_at(i, money, start, point);
        let Some(mut m) = found else {
            return (None, next);
        };
        if negative {
            // "-3,200,000", "-5%", "-2 billion dollars": a sign belongs to
            // quantities and sums, not to dates, ranks or durations.
            if !matches!(
                m.kind,
                NumberKind::Cardinal
                    | NumberKind::Percent
                    | NumberKind::Fraction
                    | NumberKind::Money
            ) {
                return (None, next);
            }
            m.value = -m.value;
            m.plain = false;
        }
        (Some(m), next)
    }

    /// What stands right before digits at `i`: `None` when the digits are
    /// part of an identifier (after a letter-joined hyphen: "COVID-19",
    /// "APT-C-39"; a dot of a name: "v.2", "www.x.com"; a path, handle or
    /// phone prefix: "+61"); else where the number starts, whether a minus
    /// sign opens it and whether a decimal point does (".77").
    fn lead_in(&self, i: usize) -> Option<(usize, bool, bool)> {
        let code_char = |c: Option<char>| {
            c.is_some_and(|c| c.is_alphanumeric() || matches!(c, '.' | '^' | '-'))
        };
        match self.char_before(i) {
            Some(p @ ('-' | '−' | '.')) => {
                let at = i - p.len_utf8();
                let before = self.char_before(at);
                if let Some(s @ ('-' | '−')) = before.filter(|_| p == '.') {
                    // "-.5"
                    let sign = at - s.len_utf8();
                    let code = code_char(self.char_before(sign)) || self.figure_before(sign);
                    return (!code).then_some((sign, true, true));
                }
                if code_char(before) || p != '.' && self.figure_before(at) {
                    return None;
                }
                Some((at, p != '.', p == '.'))
            }
            Some('–') => {
                let before = self.char_before(i - '–'.len_utf8());
                (!before.is_some_and(char::is_alphanumeric)).then_some((i, false, false))
            }
            Some('/' | '\\' | '#' | '@' | '_' | '+' | '=' | '&' | '~' | '^') => None,
            Some(c) if c.is_ascii_alphabetic() => None,
            _ => Some((i, false, false)),
        }
    }

    /// Whether a figure ends right before `at`, across spaces: a hyphen
    /// there joins a range ("2019 -2020", "5 -7 May"), it is no sign.
    fn figure_before(&self, at: usize) -> bool {
        let mut k = at;
        while k > self.start && self.bytes[k - 1] == b' ' {
            k -= 1;
        }
        k < at
            && self
                .char_before(k)
                .is_some_and(|c| c.is_ascii_digit() || c == '%')
    }

    /// The number of digits at `i` without its sign, its span from
    /// `start`; `point` when a decimal point came right before the digits.
    fn unsigned_at(
        &self,
        i: usize,
        money: Option<Currency>,
        start: usize,
        point: bool,
    ) -> (Option<NumberMatch>, usize) {
        let (j, mut buf, int_digits, mut fancy) = self.read_digits(i);
        if int_digits > 15 || point && fancy {
            return (None, self.skip_code(j));
        }
        if point {
            buf = buf.after_point();
            fancy = true;
        }
        if !fancy && money.is_none() {
            // "1/5", "３／５", "2 1/4": fractions (see `fraction_at`).
            if let Some(found) = self.fraction_after(start, i, j, buf.as_str()) {
                return found;
            }
        }
        // Joined to more digits or letters: a date, time, range, version,
        // phone number, power or code ("2021-07-21", "14:35", "3.2.1",
        // "5G", "1.1^23").
        if j < self.end {
            let b = self.bytes[j];
            let next_digit = self.digit(j + 1).is_some();
            if matches!(b, b'-' | b'/' | b':' | b'.') && next_digit || b == b'^' {
                return (None, self.skip_code(j));
            }
            if b == b'-' && j + 1 < self.end && self.bytes[j + 1].is_ascii_uppercase() {
                return (None, self.skip_code(j));
            }
        }
        let value = buf.value().unwrap_or(f64::NAN);
        let mut m = NumberMatch::new(Span::new(start, j), value, NumberKind::Cardinal, None);
        m.plain = !fancy && money.is_none();
        m.currency = money;
        if money.is_some() {
            m.kind = NumberKind::Money;
        }
        if let Some(found) = self.glued_letters(&mut m, buf.as_str(), fancy || int_digits >= 2) {
            return found;
        }
        // Chinese suffixes written right after the digits.
        let j = m.span.end;
        if j < self.end && self.bytes[j] >= 0x80 {
            let (end, scale) = zh_scale(self.text, j, self.end);
            let more = self.text[end..self.end]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_digit() || is_zh_number_start(c));
            if m.scale == 1.0 && !fancy && (scale == 1.0 || more) {
                // "4千", "5万4千6百", "3万4000": digits with Chinese units.
                if let Some((end, value)) = self.mixed_zh(i, j) {
                    m.value = value;
                    m.plain = false;
                    m.lang = Some(Lang::CHINESE);
                    m.span.end = end;
                    return self.zh_suffixes(m, int_digits);
                }
            }
            if scale > 1.0 {
                m.value = scaled(buf.as_str(), scale);
                m.scale = scale;
                m.plain = false;
                m.lang = Some(Lang::CHINESE);
                m.span.end = end;
            }
            return self.zh_suffixes(m, int_digits);
        }
        // English scale word: "5.31 million", "10 bln", "3 dozen".
        if m.scale == 1.0 {
            if let Some((end, scale)) = self.en_scale_after(m.span.end) {
                m.value = scaled(buf.as_str(), scale);
                m.scale = scale;
                m.plain = false;
                m.span.end = end;
            }
        }
        self.en_suffixes(m)
    }

    /// Letters glued to the digits of `m` (`buf` as read): an ordinal
    /// suffix ("21st"), a scale suffix ("$4.5bn", "100K"; `sized` when the
    /// number has two digits or more or a decimal), or a code ("5G"): the
    /// scan's answer when it ends there, `None` when the number goes on.
    fn glued_letters(
        &self,
        m: &mut NumberMatch,
        buf: &str,
        sized: bool,
    ) -> Option<(Option<NumberMatch>, usize)> {
        let j = m.span.end;
        if j < self.end && self.bytes[j].is_ascii_alphabetic() {
            let k = self.letters_end(j);
            if k < self.end && (self.bytes[k].is_ascii_digit() || self.bytes[k] == b'_') {
                return Some((None, self.skip_code(k)));
            }
            let suffix = &self.text[j..k];
            let mut lower = [0u8; 16];
            let ordinal = m.plain
                && matches!(
                    (m.value as u64 % 10, lower_ascii(suffix, &mut lower)),
                    (1, Some("st")) | (2, Some("nd")) | (3, Some("rd")) | (_, Some("th"))
                );
            if ordinal {
                m.kind = NumberKind::Ordinal;
                m.plain = false;
                m.span.end = k;
                return Some((Some(*m), k));
            }
            let Some(scale) = glued_scale(suffix, m.currency.is_some(), sized) else {
                return Some((None, self.skip_code(k)));
            };
            m.value = scaled(buf, scale);
            m.scale = scale;
            m.plain = false;
            m.span.end = k;
        }
        None
    }

    /// A fraction written with a slash whose numerator (`buf`, plain
    /// digits) runs from `i` to `j`, its span from `start`: "1/5", "３／５";
    /// or a whole number followed by one, "2 1/4". `None` when no fraction
    /// follows; `Some((None, next))` when a slash follows that is no
    /// fraction (a date "7/21" is skipped as before).
    fn fraction_after(
        &self,
        start: usize,
        i: usize,
        j: usize,
        buf: &str,
    ) -> Option<(Option<NumberMatch>, usize)> {
        let whole: f64 = buf.parse().ok()?;
        let (value, end) = if self.slash(j).is_some() {
            let (end, a, b) = self.fraction_at(i)?;
            (a / b, end)
        } else if self.bytes.get(j) == Some(&b' ') && j < self.end {
            let (end, a, b) = self.fraction_at(j + 1)?;
            (whole + a / b, end)
        } else {
            return None;
        };
        let m = NumberMatch::new(Span::new(start, end), value, NumberKind::Fraction, None);
        Some(self.en_suffixes(m))
    }

    /// A slash at `i` (`/` or `／`): its length.
    fn slash(&self, i: usize) -> Option<usize> {
        match self.bytes.get(i..self.end)? {
            [b'/', ..] => Some(1),
            [0xEF, 0xBC, 0x8F, ..] => Some(3),
            _ => None,
        }
    }

    /// A fraction "a/b" at `i`: (end, a, b). Dates share its spelling
    /// ("7/21", "3/4"), so a slash fraction needs a numerator below its
    /// denominator and a denominator of at most 10 ("1/5", "3/4", "9/10"),
    /// or "of" after it ("1/20 of the budget"); nothing may be joined to
    /// it ("5/17/2018", "1/2-inch").
    fn fraction_at(&self, i: usize) -> Option<(usize, f64, f64)> {
        let (a, k) = self.small_int(i)?;
        let s = self.slash(k)?;
        let (b, end) = self.small_int(k + s)?;
        let joined = self.bytes.get(end).is_some_and(|&c| {
            end < self.end && (c.is_ascii_alphanumeric() || matches!(c, b'/' | b'-' | b'.' | b':'))
        }) && !(self.bytes[end] == b'.' && self.digit(end + 1).is_none())
            || self.slash(end).is_some();
        let of = self.text[end..self.end].starts_with(" of ");
        (a >= 1.0 && a < b && (b <= 10.0 || of) && !joined).then_some((end, a, b))
    }

    /// Up to six plain digits at `i`: (value, end).
    fn small_int(&self, mut i: usize) -> Option<(f64, usize)> {
        let mut v = 0u32;
        let mut n = 0;
        while let Some((d, len)) = self.digit(i) {
            v = v * 10 + d;
            n += 1;
            i += len;
            if n > 6 {
                return None;
            }
        }
        (n > 0).then_some((f64::from(v), i))
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

/// The multiplier of a scale suffix glued to digits: "bn", "mn", "tn"
/// anywhere ("10bn yuan"); a single letter after a currency sign ("$5m",
/// "$2b"), and "K", "k", "M", "B" after a number of two digits or more or
/// a decimal (`sized`: "100K", "10M", "2.5B"; "3M" and "4K" are names).
/// A lowercase "m" without a currency is metres ("400m").
fn glued_scale(suffix: &str, money: bool, sized: bool) -> Option<f64> {
    if let [c] = suffix.as_bytes() {
        let scale = match c {
            b'k' | b'K' => 1e3,
            b'm' | b'M' => 1e6,
            b'b' | b'B' => 1e9,
            _ => return None,
        };
        return (money || sized && *c != b'm').then_some(scale);
    }
    let mut buf = [0u8; 16];
    Some(match lower_ascii(suffix, &mut buf)? {
        "mn" | "mln" | "mil" => 1e6,
        "bn" | "bln" => 1e9,
        "tn" | "trn" | "tln" => 1e12,
        _ => return None,
    })
}

/// Digits as read, in ASCII for parsing ("52000", "5.31"), on the stack:
/// the scan allocates nothing per number. The integer part keeps its first
/// [`Figure::INT_DIGITS`] digits (callers leave out numbers of more than
/// 15), the decimals their first [`Figure::FRACTION_DIGITS`].
#[derive(Clone, Copy, Debug)]
pub(super) struct Figure {
    bytes: [u8; Figure::CAPACITY],
    len: usize,
}

impl Figure {
    /// The integer digits kept.
    const INT_DIGITS: usize = 20;
    /// The decimals kept.
    const FRACTION_DIGITS: usize = 40;
    /// Room for both, a point, and a "0." put before a bare decimal part.
    const CAPACITY: usize = Figure::INT_DIGITS + Figure::FRACTION_DIGITS + 3;
    /// No digits.
    const EMPTY: Figure = Figure {
        bytes: [0; Figure::CAPACITY],
        len: 0,
    };

    fn push(&mut self, b: u8) {
        if self.len < Figure::CAPACITY {
            self.bytes[self.len] = b;
            self.len += 1;
        }
    }

    /// The digits as text.
    pub(super) fn as_str(&self) -> &str {
        std::str::from_utf8(&self.bytes[..self.len]).unwrap_or("")
    }

    /// The value, when there are digits.
    pub(super) fn value(&self) -> Option<f64> {
        self.as_str().parse().ok()
    }

    /// These digits read as a decimal part (".77" is "0.77").
    fn after_point(&self) -> Figure {
        let mut out = Figure::EMPTY;
        out.push(b'0');
        out.push(b'.');
        for &b in &self.bytes[..self.len] {
            out.push(b);
        }
        out
    }
}

/// `digits` (a decimal string) times `scale`, correctly rounded: "5.31"
/// and 1e6 give exactly 5,310,000.
fn scaled(digits: &str, scale: f64) -> f64 {
    let exp = scale.log10().round() as i32;
    if (10f64.powi(exp) - scale).abs() < 0.5 && (0..100).contains(&exp) {
        // "5.31e6", written on the stack.
        let mut text = [0u8; Figure::CAPACITY + 3];
        let n = digits.len().min(Figure::CAPACITY);
        text[..n].copy_from_slice(&digits.as_bytes()[..n]);
        text[n] = b'e';
        text[n + 1] = b'0' + (exp / 10) as u8;
        text[n + 2] = b'0' + (exp % 10) as u8;
        std::str::from_utf8(&text[..n + 3])
            .ok()
            .and_then(|t| t.parse().ok())
            .unwrap_or(f64::NAN)
    } else {
        digits.parse::<f64>().unwrap_or(f64::NAN) * scale
    }
}
