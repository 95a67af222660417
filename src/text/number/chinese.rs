//! Chinese numerals: digits and units ("四百零三", "两千"), digit by digit
//! ("二〇二〇"), decimals ("三点五"), the percentage frame ("百分之九十二") and
//! vague orders ("数十", "上千").

use super::suffix::zh_scale;
use super::{NumberKind, NumberMatch, Scanner};
use crate::{Lang, Span};

pub(super) fn zh_digit(c: char) -> Option<u32> {
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
pub(super) fn is_zh_number_start(c: char) -> bool {
    zh_digit(c).is_some() || matches!(c, '十' | '拾' | '百' | '数' | '几' | '上' | '成')
}

impl<'t> Scanner<'t> {
    /// A Chinese number at `i`: numerals with units ("四百零三", "两千"),
    /// digit by digit ("二〇二〇"), decimals ("三点五"), the percentage
    /// frame ("百分之九十二"), and vague orders ("数十", "上千").
    pub(super) fn chinese_at(&self, i: usize) -> (Option<NumberMatch>, usize) {
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
