//! The English grammar, continued: expressions that start with a number
//! ("20 July 2021", "2015-03-03", "three days ago"), counted stretches and
//! holidays.

use chrono::{Datelike, NaiveDate};

use super::english::Match;
use super::english_words::{
    Unit, back_by, count_word, day_number, digits, is_full_month, month_of, unit_date, unit_of,
    year_number,
};
use super::resolve::{
    HolidayDate, When, easter, fathers_day, labor_day, month_shift, mothers_day, spring_festival,
    thanksgiving,
};
use super::{Granularity as G, PartialDate, Scan};
use crate::text::{Kind, Tok, lower_ascii};

impl Scan<'_, '_> {
    /// "the past decade", "the last three years", "the past few months":
    /// durations ending at the reference, dated by their start.
    pub(super) fn past_stretch(&self, toks: &[Tok], j: usize) -> Option<Match> {
        let (n, k) = match self.word(toks, j) {
            Some(w) if unit_of(w).is_some() => (Some(1), j),
            Some(w) => {
                let mut buf = [0u8; 16];
                let lower = lower_ascii(w, &mut buf)?;
                let n = count_word(lower).or_else(|| w.parse::<i32>().ok().filter(|n| *n < 1000));
                if n.is_none() && lower != "few" && lower != "several" {
                    return None;
                }
                (n, j + 1)
            }
            None => return None,
        };
        let unit = unit_of(self.word(toks, k)?)?;
        let date = n.and_then(|n| self.reference.and_then(|r| back_by(r, unit, n)));
        let date = date.map(|d| match unit {
            Unit::Day | Unit::Week => PartialDate::Day(d),
            Unit::Month => month_shift(d, 0),
            Unit::Year | Unit::Decade => PartialDate::Year(d.year()),
        });
        Some((k + 1, When::Date(date, G::Duration), false))
    }

    /// "three days ago", "a month ago", "in two weeks": counted units.
    pub(super) fn counted(
        &self,
        toks: &[Tok],
        i: usize,
        n: Option<i32>,
        prep: Option<&str>,
    ) -> Option<Match> {
        let unit = unit_of(self.word(toks, i + 1)?)?;
        let ago = self.is(toks, i + 2, "ago");
        // "two days later", "a week earlier": from the last day resolved.
        let later = self.is(toks, i + 2, "later");
        if later || self.is(toks, i + 2, "earlier") {
            let n = n?;
            let from = self.last_day.or(self.reference);
            let d = from.and_then(|r| back_by(r, unit, if later { -n } else { n }));
            let (date, g) = unit_date(d, unit);
            return Some((i + 3, When::Date(date, g), false));
        }
        // "three days from now".
        let from_now = self.is(toks, i + 2, "from") && self.is(toks, i + 3, "now");
        if from_now {
            let r = self.reference;
            let n = n?;
            let d = r.and_then(|r| back_by(r, unit, -n));
            let (date, g) = unit_date(d, unit);
            return Some((i + 4, When::Date(date, g), false));
        }
        // "in two weeks" is ahead; "in seven years" is as often a stretch
        // ("the first time in seven years"): only days, weeks, months.
        let ahead =
            prep == Some("in") && !ago && matches!(unit, Unit::Day | Unit::Week | Unit::Month);
        if !ago && !ahead {
            return None;
        }
        let r = self.reference;
        let n = n?;
        let d = r.and_then(|r| {
            if ago {
                back_by(r, unit, n)
            } else {
                back_by(r, unit, -n)
            }
        });
        let (date, g) = unit_date(d, unit);
        Some((if ago { i + 3 } else { i + 2 }, When::Date(date, g), false))
    }

    /// A day number first: "20 July 2021", "3rd of March", "10 and 31 May",
    /// "in 2020", "three days ago" in digits.
    pub(super) fn number_first(&self, toks: &[Tok], i: usize, prep: Option<&str>) -> Option<Match> {
        let w = self.word(toks, i)?;
        if let Some(m) = self.quarter_or_half(toks, i) {
            return Some(m);
        }
        if let Some(day) = day_number(w) {
            let mut k = i + 1;
            if self.is(toks, k, "of") {
                k += 1;
            }
            let range = (self.is_any(toks, k, &["and", "to"])
                || self.punct(toks, k, "-")
                || self.punct(toks, k, "–"))
                && self.word(toks, k + 1).and_then(day_number).is_some();
            let mk = if range { k + 2 } else { k };
            if let Some(name) = self.word(toks, mk) {
                if let Some(month) = month_of(name) {
                    let lower_word = matches!(name, "may" | "march");
                    let end = if !is_full_month(name) && self.punct(toks, mk + 1, ".") {
                        mk + 2
                    } else {
                        mk + 1
                    };
                    let found = self.with_year(toks, end, month, day, range);
                    if lower_word && !found.2 {
                        return None;
                    }
                    if lower_word && found.0 == end {
                        return None;
                    }
                    return Some(found);
                }
            }
            if let Ok(n) = w.parse::<i32>() {
                if let Some(m) = self.counted(toks, i, Some(n), prep) {
                    return Some(m);
                }
            }
        }
        if prep.is_some() {
            if let Some(year) = year_number(w.as_bytes()) {
                // "in 2019-2021", "from 2015–2020": a range from its first
                // year.
                let dash = self.punct(toks, i + 1, "-") || self.punct(toks, i + 1, "–");
                let glued = toks.get(i + 1).is_some_and(|t| t.start == toks[i].end)
                    && toks.get(i + 2).is_some_and(|t| t.start == toks[i + 1].end);
                let end_year = self
                    .word(toks, i + 2)
                    .and_then(|w| year_number(w.as_bytes()));
                if dash && glued && end_year.is_some_and(|e| e > year) {
                    if let Some(after) = self.text[toks[i + 2].end..].chars().next() {
                        if after.is_alphanumeric() || after == '-' || after == '%' {
                            return None;
                        }
                    }
                    let date = Some(PartialDate::Year(year));
                    return Some((i + 3, When::Date(date, G::Range), true));
                }
                if self.identifier_around(toks[i]) || self.counts_a_noun(toks, i, prep) {
                    return None;
                }
                return Some((
                    i + 1,
                    When::Date(Some(PartialDate::Year(year)), G::Year),
                    true,
                ));
            }
        }
        if let Ok(n) = w.parse::<i32>() {
            return self.counted(toks, i, Some(n), prep);
        }
        None
    }

    /// Whether a four-digit number after a preposition counts things rather
    /// than names a year: "over 2000 people", "in 2000 cities" (a plural
    /// noun after it), or any number after "over", "around", "within".
    pub(super) fn counts_a_noun(&self, toks: &[Tok], i: usize, prep: Option<&str>) -> bool {
        if matches!(prep, Some("over" | "around" | "within")) {
            return true;
        }
        self.word(toks, i + 1).is_some_and(|w| {
            w.len() >= 4
                && w.ends_with('s')
                && w.bytes().all(|b| b.is_ascii_lowercase())
                && !matches!(w, "this" | "ones")
        })
    }

    /// Whether the token is glued to an identifier ("APT-2020", "2020%").
    pub(super) fn identifier_around(&self, t: Tok) -> bool {
        let before = self.text[..t.start].chars().next_back();
        let after = self.text[t.end..].chars().next();
        before.is_some_and(|c| c == '-' || c == '/' || c.is_alphanumeric())
            || after.is_some_and(|c| c == '-' || c == '/' || c.is_alphanumeric() || c == '%')
    }

    /// Numeric dates: "2015-03-03", "2015/3/3", "3/3/2015", "03.03.2015",
    /// "15/2" after a preposition. Slashes read month/day (as in the US)
    /// unless the first number is over 12; dots and dashes read day.month.
    pub(super) fn numeric(&self, toks: &[Tok], i: usize, after_prep: bool) -> Option<Match> {
        let start = toks[i].start;
        let bytes = self.text.as_bytes();
        if start > 0
            && matches!(bytes[start - 1], b'-' | b'/' | b'.' | b'0'..=b'9' | b'a'..=b'z' | b'A'..=b'Z')
        {
            return None;
        }
        let (a, la) = digits(bytes, start);
        let sep = *bytes.get(start + la)?;
        if !matches!(sep, b'-' | b'/' | b'.') || la == 0 || la == 3 || la > 4 {
            return None;
        }
        let (b, lb) = digits(bytes, start + la + 1);
        if lb == 0 || lb > 2 {
            return None;
        }
        let mut end = start + la + 1 + lb;
        let mut c = None;
        if bytes.get(end) == Some(&sep) {
            let (n, lc) = digits(bytes, end + 1);
            if lc > 0 {
                c = Some((n, lc));
                end += 1 + lc;
            }
        }
        // The number must end there: no letter, digit, "%" or decimal on.
        match (bytes.get(end), bytes.get(end + 1)) {
            (Some(b'0'..=b'9' | b'a'..=b'z' | b'A'..=b'Z' | b'%' | b'-' | b'/'), _) => return None,
            (Some(b'.' | b','), Some(b'0'..=b'9')) => return None,
            _ => {}
        }
        let (year, month, day) = match (la, c) {
            (4, Some((d, 1 | 2))) => (Some(a), b, d),
            (4, None) if after_prep && sep == b'-' => {
                let year = i32::try_from(a).ok()?;
                let month = u32::try_from(b).ok().filter(|m| (1..=12).contains(m))?;
                let date = Some(PartialDate::Month { year, month });
                return Some((self.tok_end(toks, i, end), When::Date(date, G::Month), true));
            }
            // "3/3/15": a year of two digits, 1950 to 2049.
            (1 | 2, Some((y, 2))) if sep == b'/' => {
                let (m, d) = if a <= 12 { (a, b) } else { (b, a) };
                (Some(if y < 50 { 2000 + y } else { 1900 + y }), m, d)
            }
            (1 | 2, Some((y, 4))) => {
                let (m, d) = if sep == b'/' && a <= 12 {
                    (a, b)
                } else {
                    (b, a)
                };
                (Some(y), m, d)
            }
            (1 | 2, None) if sep == b'/' && after_prep => {
                let (m, d) = if a <= 12 { (a, b) } else { (b, a) };
                (None, m, d)
            }
            _ => return None,
        };
        let month = u32::try_from(month).ok().filter(|m| (1..=12).contains(m))?;
        let day = u32::try_from(day).ok().filter(|d| (1..=31).contains(d))?;
        let end = self.tok_end(toks, i, end);
        match year {
            Some(y) => {
                let y = i32::try_from(y).ok().filter(|y| (1900..2100).contains(y))?;
                let date = NaiveDate::from_ymd_opt(y, month, day)?;
                Some((end, When::Date(Some(PartialDate::Day(date)), G::Day), true))
            }
            None => Some((end, When::MonthDay(month, day), true)),
        }
    }

    /// The index of the first token at or after byte `end`, from `i`.
    pub(super) fn tok_end(&self, toks: &[Tok], i: usize, end: usize) -> usize {
        let mut k = i;
        while k < toks.len() && toks[k].start < end {
            k += 1;
        }
        k
    }

    /// Whether the token at `i` is a capitalised word that does not start
    /// its sentence (part of a name: "Theresa May", "Russia Today").
    pub(super) fn is_name(&self, toks: &[Tok], i: usize) -> bool {
        let Some(w) = self.word(toks, i) else {
            return false;
        };
        let sentence_start = i == 0
            || toks[i - 1].kind == Kind::Punct
                && matches!(
                    &self.text[toks[i - 1].start..toks[i - 1].end],
                    "." | "!" | "?" | ":"
                );
        w.as_bytes()[0].is_ascii_uppercase() && !sentence_start
    }

    /// Whether "'s Day" follows the word at `i` ("Mother's Day").
    pub(super) fn possessive_day(&self, toks: &[Tok], i: usize) -> bool {
        toks.get(i + 1).is_some_and(|t| t.kind == Kind::Possessive) && self.is(toks, i + 2, "day")
    }

    /// Holidays: "Christmas", "New Year's Day", "National Day", "Spring
    /// Festival", "Independence Day", with an optional year ("Christmas
    /// 2020", "the Spring Festival of 2021").
    pub(super) fn holiday(&self, toks: &[Tok], i: usize, lower: &str) -> Option<Match> {
        let two = |a: &str| self.is(toks, i + 1, a);
        // (tokens taken, fixed month and day, or a computed date)
        let (n, fixed, computed): (usize, Option<(u32, u32)>, Option<HolidayDate>) = match lower {
            "christmas" if two("eve") => (2, Some((12, 24)), None),
            "christmas" => (if two("day") { 2 } else { 1 }, Some((12, 25)), None),
            "new" if two("year") => {
                let k = if toks.get(i + 2).is_some_and(|t| t.kind == Kind::Possessive) {
                    i + 3
                } else {
                    i + 2
                };
                let eve = self.is(toks, k, "eve");
                let day = self.is(toks, k, "day");
                let n = k - i + usize::from(eve || day);
                (n, Some(if eve { (12, 31) } else { (1, 1) }), None)
            }
            "independence" if two("day") => (2, Some((7, 4)), None),
            "national" if two("day") => (2, Some((10, 1)), None),
            // "Labour Day" is 1 May; "Labor Day", as the US spells it,
            // the first Monday of September.
            "labour" if two("day") => (2, Some((5, 1)), None),
            "labor" if two("day") => (2, None, Some(labor_day)),
            "valentine" if self.possessive_day(toks, i) => (3, Some((2, 14)), None),
            "mother" if self.possessive_day(toks, i) => (3, None, Some(mothers_day)),
            "father" if self.possessive_day(toks, i) => (3, None, Some(fathers_day)),
            "victory" if two("day") => (2, Some((5, 9)), None),
            "halloween" => (1, Some((10, 31)), None),
            "thanksgiving" => (if two("day") { 2 } else { 1 }, None, Some(thanksgiving)),
            "easter" => (if two("sunday") { 2 } else { 1 }, None, Some(easter)),
            "spring" if two("festival") => (2, None, Some(spring_festival)),
            "chinese" | "lunar" if two("new") && self.is(toks, i + 2, "year") => {
                (3, None, Some(spring_festival))
            }
            _ => return None,
        };
        // Holidays are names: capitalised.
        let head = self.word(toks, i)?;
        if !head.as_bytes()[0].is_ascii_uppercase() {
            return None;
        }
        let k = i + n;
        let y = if self.is(toks, k, "of") || self.punct(toks, k, ",") {
            k + 1
        } else {
            k
        };
        let year = self.word(toks, y).and_then(|w| year_number(w.as_bytes()));
        match (year, fixed, computed) {
            (Some(year), Some((m, d)), _) => {
                let date = NaiveDate::from_ymd_opt(year, m, d).map(PartialDate::Day);
                Some((y + 1, When::Date(date, G::Day), true))
            }
            (Some(year), None, Some(f)) => Some((
                y + 1,
                When::Date(f(year).map(PartialDate::Day), G::Day),
                true,
            )),
            (None, Some((m, d)), _) => Some((k, When::MonthDay(m, d), false)),
            (None, None, Some(f)) => Some((k, When::Holiday(f), false)),
            _ => None,
        }
    }
}
