//! What follows a number and belongs to it: English scale words, percent
//! and currency words; Chinese scales, "多"/"余", percent, currencies, time units
//! and the year, month and day of dates.

use super::english::{en_scale, lower_ascii};
use super::signs::{fullwidth_digit, numeral_run_end, zh_digit, zh_scale};
use super::{NumberKind, NumberMatch, Scanner};
use crate::lexicon::units::{Currency, EN_CURRENCY_WORDS, ZH_CURRENCY_WORDS, ZH_TIME_UNITS};
use crate::{Lang, Span};

impl<'t> Scanner<'t> {
    /// After an English number: percent and currency words.
    pub(super) fn en_suffixes(&self, mut m: NumberMatch) -> (Option<NumberMatch>, usize) {
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
    pub(super) fn zh_suffixes(
        &self,
        mut m: NumberMatch,
        int_digits: usize,
    ) -> (Option<NumberMatch>, usize) {
        let j = m.span.end;
        if let Some(found) = self.zh_fraction_suffix(&mut m) {
            return found;
        }
        let rest = &self.text[j..self.end];
        if rest.starts_with('兆') {
            // A million or a trillion, by region: the whole run is not
            // read ("五兆六十二亿").
            return (None, numeral_run_end(self.text, j, self.end));
        }
        self.more_suffix(&mut m);
        let j = m.span.end;
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

    /// "多"/"余" after the number `m` ("300多万", "十多年"): the bound sits
    /// inside the number, before its scale or unit.
    fn more_suffix(&self, m: &mut NumberMatch) {
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
    }

    /// A fraction after the number `m`: "五分之一" (`m` is the
    /// denominator), "三又三分之一" (`m` is the whole part). `None` when
    /// none follows.
    fn zh_fraction_suffix(&self, m: &mut NumberMatch) -> Option<(Option<NumberMatch>, usize)> {
        let j = m.span.end;
        let (end, value) = if let Some(f) = self.zh_fraction(j, m.value) {
            match f {
                Ok(found) => found,
                Err(k) => return Some((None, k)),
            }
        } else {
            // "三又三分之一": a whole number and a fraction.
            let k = j + self.text[j..self.end]
                .strip_prefix('又')
                .map(|_| '又'.len_utf8())?;
            let (den_end, den) = if self.digit(k).is_some() {
                let (e, buf, int_digits, fancy) = self.read_digits(k);
                (e, buf.value().filter(|_| !fancy && int_digits <= 15)?)
            } else {
                let (found, _) = self.chinese_at(k);
                let d = found.filter(|d| d.kind == NumberKind::Fraction)?;
                return Some((
                    Some(NumberMatch {
                        value: m.value + d.value,
                        span: Span::new(m.span.start, d.span.end),
                        ..d
                    }),
                    d.span.end,
                ));
            };
            match self.zh_fraction(den_end, den)? {
                Ok((end, frac)) => (end, m.value + frac),
                Err(k) => return Some((None, k)),
            }
        };
        m.value = value;
        m.kind = NumberKind::Fraction;
        m.plain = false;
        m.lang = Some(Lang::CHINESE);
        m.span.end = end;
        Some((Some(*m), end))
    }

    /// The next word after whitespace from `j`: (word, end). A word is ASCII
    /// letters with inner dots or apostrophes ("U.S", "o'clock").
    pub(super) fn next_word(&self, j: usize) -> Option<(&'t str, usize)> {
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

    /// An English scale word after whitespace, after digits: (end,
    /// multiplier). "5.31 million", "three billions", "10 bln", "3 dozen".
    pub(super) fn en_scale_after(&self, j: usize) -> Option<(usize, f64)> {
        let (w, e) = self.next_word(j)?;
        let mut buf = [0u8; 16];
        let lower = lower_ascii(w, &mut buf)?;
        let stem = lower.strip_suffix('s').unwrap_or(lower);
        let scale = match stem {
            "dozen" => 12.0,
            "mn" | "mln" => 1e6,
            "bn" | "bln" => 1e9,
            "tn" | "trn" | "tln" => 1e12,
            _ => en_scale(stem)?,
        };
        // "5 hundred" is unusual but harmless; "5 thousand" fine.
        (e <= self.end && self.bytes.get(e) != Some(&b'-')).then_some((e, scale))
    }
}
