//! Chinese numerals: digits and units ("四百零三", "两千"), digit by digit
//! ("二〇二〇"), decimals ("三点五"), the percentage frame ("百分之九十二") and
//! vague orders ("数十", "上千").

use super::signs::{is_bare_unit, is_formal, numeral_run_end, zh_digit, zh_scale, zh_unit};
use super::{NumberKind, NumberMatch, Scanner};
use crate::{Lang, Span};

/// Vague orders: the value is the order's floor.
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

impl Scanner<'_> {
    /// A Chinese number at `i`: numerals with units ("四百零三", "两千",
    /// "伍佰參拾肆"), colloquial ones ("两千四百五" = 2,450, "百二萬" =
    /// 1,200,000, "萬九" = 19,000), digit by digit ("二〇二〇"), decimals
    /// ("三点五"), negative ones ("负三十二"), the percentage frame
    /// ("百分之九十二"), fractions ("五分之一"), and vague orders ("数十",
    /// "上千").
    pub(super) fn chinese_at(&self, i: usize) -> (Option<NumberMatch>, usize) {
        let rest = &self.text[i..self.end];
        let first = self.char_at(i);
        if rest.starts_with("百分之") {
            return self.percent_frame(i);
        }
        if matches!(first, '负' | '負') {
            return self.negative_zh(i, first.len_utf8());
        }
        if matches!(first, '数' | '几' | '上' | '成') {
            if let Some(&(w, v)) = VAGUE.iter().find(|(w, _)| rest.starts_with(w)) {
                // "上千" must not be "上千年" read as a year; a unit may follow.
                let span = Span::new(i, i + w.len());
                let mut m = NumberMatch::new(span, v, NumberKind::Cardinal, Some(Lang::CHINESE));
                m.vague = true;
                return self.zh_suffixes(m, 0);
            }
            return (None, i + first.len_utf8());
        }
        if is_bare_unit(first) {
            // "千三", "百二萬", "萬九", "千分之三"; not "千万" (by all
            // means), "万一" (in case), "百姓".
            let second = rest[first.len_utf8()..].chars().next();
            let per_mille =
                !matches!(first, '百' | '佰') && rest[first.len_utf8()..].starts_with("分之");
            let opens = per_mille || second.is_some_and(|c| zh_digit(c).is_some_and(|d| d >= 2));
            if !opens {
                return (None, i + first.len_utf8());
            }
        }
        match read_zh(self.text, i, self.end) {
            Some((end, _, _)) if is_formal(first) && end == i + first.len_utf8() => (None, end),
            Some((end, value, digit_by_digit)) => {
                let mut m = NumberMatch::new(
                    Span::new(i, end),
                    value,
                    NumberKind::Cardinal,
                    Some(Lang::CHINESE),
                );
                // "十几个": an order of magnitude.
                if let Some(after) = self.text[end..self.end].strip_prefix(['几', '幾']) {
                    m.vague = true;
                    m.span.end = end + '几'.len_utf8();
                    // "二十几万": the order of a scale.
                    let (e, scale) = zh_scale(self.text, m.span.end, self.end);
                    if scale > 1.0 && !after.is_empty() {
                        m.value *= scale;
                        m.scale = scale;
                        m.span.end = e;
                    }
                }
                let digits = if digit_by_digit { 4 } else { 0 };
                m.plain = digit_by_digit;
                self.zh_suffixes(m, digits)
            }
            None => (
                None,
                numeral_run_end(self.text, i, self.end).max(i + first.len_utf8()),
            ),
        }
    }

    /// "百分之九十二", "百分之5.2": a percentage.
    fn percent_frame(&self, i: usize) -> (Option<NumberMatch>, usize) {
        let j = i + "百分之".len();
        let zh = Some(Lang::CHINESE);
        if self.digit(j).is_some() {
            let (end, buf, int_digits, _) = self.read_digits(j);
            let m = buf
                .value()
                .filter(|_| int_digits <= 15)
                .map(|v| NumberMatch::new(Span::new(i, end), v, NumberKind::Percent, zh));
            return (m, end);
        }
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
    }

    /// "负三十二", "负10000", "負六点六": a negative number after the sign
    /// at `i` (`len` bytes). A lone "一" after it is a word ("负一定责任").
    fn negative_zh(&self, i: usize, len: usize) -> (Option<NumberMatch>, usize) {
        let j = i + len;
        let next = self.text[j..self.end].chars().next();
        let (found, end) = if self.digit(j).is_some() {
            self.digits_at(j, None, j)
        } else if next.is_some_and(|c| zh_digit(c).is_some() || c == '十') {
            self.chinese_at(j)
        } else {
            return (None, j);
        };
        let Some(mut m) = found else {
            return (None, end);
        };
        let lone = m.span.len() == 3 && !m.plain && m.value == 1.0;
        if lone
            || !matches!(
                m.kind,
                NumberKind::Cardinal | NumberKind::Percent | NumberKind::Fraction
            )
        {
            return (None, end);
        }
        m.value = -m.value;
        m.span.start = i;
        m.plain = false;
        m.lang = Some(Lang::CHINESE);
        (Some(m), end)
    }

    /// Digits followed by Chinese units at `i` (the digits end at `j`):
    /// "4千", "5万4千6百", "3万4000", "1千零1". (end, value) when the
    /// units go on past a scale ("5万" alone is read by the scale suffix).
    pub(super) fn mixed_zh(&self, i: usize, j: usize) -> Option<(usize, f64)> {
        let c = self.char_at(j);
        let unit = zh_unit(c)?;
        let after = self.text[j + c.len_utf8()..self.end].chars().next();
        let goes_on = unit < 1e4
            || after.is_some_and(|a| {
                a.is_ascii_digit() || zh_digit(a).is_some() || zh_unit(a).is_some()
            });
        if !goes_on {
            return None;
        }
        let (end, value, _) = read_zh(self.text, i, self.end)?;
        Some((end, value))
    }

    /// A fraction "N分之M" whose denominator N (read to `j`, valued
    /// `den`) is already read: "五分之一", "16分之5", "一百分之二". (end,
    /// value); `Err(end)` when "分之" follows but no numerator can be read
    /// ("十分之好": not a number).
    pub(super) fn zh_fraction(&self, j: usize, den: f64) -> Option<Result<(usize, f64), usize>> {
        let rest = &self.text[j..self.end];
        let after = rest.strip_prefix("分之")?;
        let k = j + (rest.len() - after.len());
        let num = if self.digit(k).is_some() {
            let (end, buf, int_digits, fancy) = self.read_digits(k);
            buf.value()
                .filter(|_| int_digits <= 15 && (!fancy || buf.as_str().contains('.')))
                .map(|v| (end, v))
        } else {
            read_zh(self.text, k, self.end).map(|(end, v, _)| (end, v))
        };
        Some(match num {
            Some((end, v)) if den > 0.0 => Ok((end, v / den)),
            _ => Err(k),
        })
    }
}

/// How [`read_zh`] stands while it reads.
struct ZhReading {
    /// The sum of the closed sections (above "万" or "亿").
    total: f64,
    /// The open section below the last "万"/"亿".
    section: f64,
    /// The number read and not yet multiplied by a unit.
    number: Option<f64>,
    /// Digits side by side without a unit ("二〇二〇").
    digits_in_row: u32,
    /// The digits read one by one as a figure ("二〇二〇" = 2020).
    positional: f64,
    /// The last unit below "万" of the open section.
    last_unit: f64,
    /// The unit right before the current number, when it is "百" or
    /// more and no "零" came between: a lone digit after it counts in
    /// the next lower place ("三百五" = 350, "一万三" = 13,000).
    abbreviated: Option<f64>,
    /// Some unit was read.
    units: bool,
    /// The last character was "万" (so "万万" is 亿).
    after_wan: bool,
    /// The last character was a placeholder "零" (so "零十" is ten).
    after_zero: bool,
}

impl ZhReading {
    /// The current number, in the lower place of an abbreviation, when
    /// what follows is a unit above the abbreviated one (`next`, "百二萬")
    /// or nothing (`f64::INFINITY`, "一万三"); a unit below it multiplies
    /// the digit ("5亿1万" is 5亿 and 1万).
    fn take_number(&mut self, next: f64) -> Option<f64> {
        let n = self.number.take()?;
        Some(match self.abbreviated.take() {
            Some(u) if n < 10.0 && u < next => n * u / 10.0,
            _ => n,
        })
    }

    /// A digit `d` (or a figure of several ASCII digits, `figure`).
    fn digit(&mut self, d: f64, figure: bool) -> Option<()> {
        if d == 0.0 && self.units && !figure {
            // "四百零三": a placeholder zero between units.
            self.abbreviated = None;
            self.after_zero = true;
            return Some(());
        }
        if figure && self.number.is_some() {
            return None;
        }
        self.digits_in_row += 1;
        self.positional = self.positional * 10.0 + d;
        self.number = Some(d);
        if figure {
            if d >= 10.0 {
                self.abbreviated = None;
            }
            self.digits_in_row = 1;
        }
        Some(())
    }

    /// A unit `u` at the `count`th character.
    fn unit(&mut self, u: f64, count: usize) -> Option<()> {
        if self.digits_in_row > 1 {
            return None; // "三四十", "二〇二〇万"
        }
        self.digits_in_row = 0;
        self.units = true;
        if u >= 1e4 {
            if u == 1e4 && self.after_wan && self.number.is_none() {
                // "四万万": an old way to write 亿.
                self.total *= 1e4;
                self.after_wan = false;
                return Some(());
            }
            let n = self.take_number(u);
            if u == 1e4 {
                self.section += n.unwrap_or(if count == 0 { 1.0 } else { 0.0 });
                if self.section == 0.0 {
                    return None;
                }
                self.total += self.section * 1e4;
            } else {
                self.total = (self.total + self.section + n.unwrap_or(0.0)) * u;
                if self.total == 0.0 {
                    return None;
                }
            }
            self.section = 0.0;
            self.last_unit = f64::INFINITY;
            self.abbreviated = Some(u);
            self.after_wan = u == 1e4;
            return Some(());
        }
        self.after_wan = false;
        if u >= self.last_unit {
            return None; // "十百", "百百"
        }
        self.abbreviated = None;
        let implicit = if count == 0 || u == 10.0 && (self.section == 0.0 || self.after_zero) {
            1.0
        } else {
            0.0
        };
        let n = self.number.take().unwrap_or(implicit);
        if n == 0.0 {
            return None;
        }
        self.section += n * u;
        self.last_unit = u;
        if u >= 100.0 {
            self.abbreviated = Some(u);
        }
        Some(())
    }
}

/// Reads a run of Chinese numerals at `i`, with ASCII figures among the
/// units ("5万4千"): (end, value, read digit by digit). `None` when the
/// run is not one well-formed number.
fn read_zh(text: &str, i: usize, end: usize) -> Option<(usize, f64, bool)> {
    let mut r = ZhReading {
        total: 0.0,
        section: 0.0,
        number: None,
        digits_in_row: 0,
        positional: 0.0,
        last_unit: f64::INFINITY,
        abbreviated: None,
        units: false,
        after_wan: false,
        after_zero: false,
    };
    let bytes = text.as_bytes();
    let mut j = i;
    let mut count = 0;
    while j < end {
        if count > 40 {
            return None;
        }
        if bytes[j].is_ascii_digit() {
            let k = j + bytes[j..end]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count();
            if k - j > 12 || !r.units && count > 0 {
                return None;
            }
            let v: f64 = text[j..k].parse().ok()?;
            r.digit(v, true)?;
            r.after_wan = false;
            j = k;
            count += 1;
            continue;
        }
        let Some(c) = text[j..end].chars().next() else {
            break;
        };
        if let Some(d) = zh_digit(c) {
            r.after_zero = false;
            r.digit(f64::from(d), false)?;
            r.after_wan = false;
        } else if let Some(u) = zh_unit(c) {
            r.unit(u, count)?;
            r.after_zero = false;
        } else if c == '兆' {
            return None; // a million or a trillion, by region
        } else {
            break;
        }
        j += c.len_utf8();
        count += 1;
    }
    if j == i || r.digits_in_row > 1 && r.units {
        return None;
    }
    if !r.units && r.digits_in_row != 1 {
        // Digit by digit: a code or a year ("二〇二〇"); two digits side by
        // side are a range ("三四个" = three or four).
        return (r.digits_in_row >= 3).then_some((j, r.positional, true));
    }
    let mut value = r.total + r.section + r.take_number(f64::INFINITY).unwrap_or(0.0);
    // Decimals: "三点五" = 3.5, "一点二亿" = 120,000,000.
    if let Some((k, frac)) = zh_decimals(text, j, end) {
        value += frac;
        j = k;
        let (e, scale) = zh_scale(text, j, end);
        if scale > 1.0 {
            value *= scale;
            j = e;
        }
    }
    Some((j, value, false))
}

/// The decimal part "点五" / "點五" at `j`: (end, value).
fn zh_decimals(text: &str, j: usize, end: usize) -> Option<(usize, f64)> {
    let rest = &text[j..end];
    let frac = rest
        .strip_prefix('点')
        .or_else(|| rest.strip_prefix('點'))?;
    let mut digits = 0u64;
    let mut count = 0;
    let mut len = 0;
    for c in frac.chars().take(15) {
        let Some(d) = zh_digit(c) else { break };
        digits = digits * 10 + u64::from(d);
        count += 1;
        len += c.len_utf8();
    }
    // Exact digits over a power of ten: correctly rounded.
    (count > 0).then(|| {
        (
            j + (rest.len() - frac.len()) + len,
            digits as f64 / 10f64.powi(count),
        )
    })
}
