//! The English grammar of date expressions, over the tokens of a paragraph:
//! the entry point, relative words, weekdays and months. Numbers, numeric
//! dates, counts and holidays are in `english_numbers`, the word tables in
//! `english_words`.
//!
//! Each attempt starts at one token (after an optional preposition, which
//! joins the span) and reads a bounded number of tokens on: the scan stays
//! linear.

use chrono::{Datelike, NaiveDate, Weekday};

use super::english_words::{
    ORDINAL_NOUNS, Unit, count_word, day_at, day_number, is_full_month, may_start, month_of,
    ordinal_word, preposition, unit_of, weekday_of, year_number,
};
use super::resolve::{When, month_shift, shift, week_start, weekday_of_week, weekday_strict};
use super::{Granularity as G, PartialDate, Scan};
use crate::text::{Kind, Tok, lower_ascii};

/// A match: the token after it, what it means, and whether it names its
/// day or month outright (not relative to the reference date).
pub(super) type Match = (usize, When, bool);

/// How a relative modifier moves a date.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Modifier {
    Last,
    This,
    Next,
}

impl<'a> Scan<'a, '_> {
    pub(super) fn word(&self, toks: &[Tok], i: usize) -> Option<&'a str> {
        toks.get(i)
            .filter(|t| t.kind == Kind::Word)
            .map(|t| &self.text[t.start..t.end])
    }

    pub(super) fn is(&self, toks: &[Tok], i: usize, w: &str) -> bool {
        self.word(toks, i)
            .is_some_and(|x| x.eq_ignore_ascii_case(w))
    }

    pub(super) fn is_any(&self, toks: &[Tok], i: usize, ws: &[&str]) -> bool {
        self.word(toks, i)
            .is_some_and(|x| ws.iter().any(|w| x.eq_ignore_ascii_case(w)))
    }

    pub(super) fn punct(&self, toks: &[Tok], i: usize, p: &str) -> bool {
        toks.get(i)
            .is_some_and(|t| t.kind == Kind::Punct && &self.text[t.start..t.end] == p)
    }

    /// The expressions of a paragraph's tokens, left to right, each taken
    /// greedily.
    pub(super) fn english_tokens(&mut self, toks: &[Tok]) {
        let mut i = 0;
        while i < toks.len() {
            // Most words start no expression: skip them by their first two
            // letters before any lower-casing.
            let t = toks[i];
            if self.filter
                && t.kind == Kind::Word
                && !may_start(&self.text.as_bytes()[t.start..t.end])
            {
                i += 1;
                continue;
            }
            let mut prep = self.word(toks, i).and_then(preposition);
            // "between 2015 and 2020", "in July or August": a conjunction
            // right after an expression leads the next like a preposition.
            if prep.is_none()
                && i > 0
                && self
                    .out
                    .last()
                    .is_some_and(|t| t.span.end == toks[i - 1].end)
                && self.is_any(toks, i, &["and", "or"])
            {
                prep = Some("and");
            }
            let at = if prep.is_some() { i + 1 } else { i };
            match self.expression(toks, at, prep) {
                Some((end, when, absolute)) => {
                    let mut end = end;
                    // "tomorrow's", "Monday's".
                    if toks.get(end).is_some_and(|t| t.kind == Kind::Possessive) {
                        end += 1;
                    }
                    let span = crate::Span::new(toks[i].start, toks[end - 1].end);
                    let when = match (prep, when) {
                        (Some("since"), When::Date(d, g)) if g != G::Duration => {
                            When::Date(d, G::Range)
                        }
                        _ => when,
                    };
                    // "for Wednesday", "until March", "by August 6th": a
                    // deadline or a plan points forward when no tense says.
                    self.lean_forward =
                        matches!(prep, Some("for" | "until" | "till" | "by" | "before"));
                    self.emit(span, when, absolute);
                    i = end;
                }
                None => i += 1,
            }
        }
    }

    /// The expression at token `i`, `prep` the preposition before it.
    pub(super) fn expression(&self, toks: &[Tok], i: usize, prep: Option<&str>) -> Option<Match> {
        let tok = toks.get(i)?;
        if tok.kind != Kind::Word {
            return None;
        }
        let w = &self.text[tok.start..tok.end];
        let first = w.as_bytes()[0];
        if first.is_ascii_digit() {
            if let Some(m) = self.numeric(toks, i, prep.is_some()) {
                return Some(m);
            }
            return self.number_first(toks, i, prep);
        }
        let mut buf = [0u8; 16];
        let lower = lower_ascii(w, &mut buf)?;
        let r = self.reference;
        match lower {
            // "USA Today", "Russia Today", "China Today": outlets.
            "today" if w.starts_with('T') && i > 0 && self.is_name(toks, i - 1) => return None,
            "today" | "tonight" | "tomorrow" | "yesterday" => {
                let delta = match lower {
                    "yesterday" => -1,
                    "tomorrow" => 1,
                    _ => 0,
                };
                let end = self.part_of_day(toks, i + 1);
                return Some((end, day_at(r, delta), false));
            }
            "the" => return self.after_the(toks, i + 1, prep),
            "that" if self.is(toks, i + 1, "day") => {
                return Some((i + 2, self.same_day(0), false));
            }
            "earlier" | "later" => return self.earlier_or_later(toks, i),
            "last" | "past" | "previous" => return self.modified(toks, i + 1, Modifier::Last),
            "this" => return self.modified(toks, i + 1, Modifier::This),
            "next" | "coming" | "upcoming" => {
                return self.modified(toks, i + 1, Modifier::Next);
            }
            "current" => return self.modified(toks, i + 1, Modifier::This),
            "first" | "second" | "third" | "fourth" | "fifth" | "sixth" | "seventh" | "eighth"
            | "ninth" | "tenth" | "eleventh" | "twelfth" | "thirteenth" | "fourteenth"
            | "fifteenth" | "sixteenth" | "seventeenth" | "eighteenth" | "nineteenth"
            | "twentieth" | "thirtieth" | "twenty" | "thirty" => {
                return self.ordinal_first(toks, i);
            }
            "early" | "mid" | "late" => return self.early_mid_late(toks, i),
            "recent" if self.is_any(toks, i + 1, &["years", "months", "weeks", "days"]) => {
                return Some((i + 2, When::Date(None, G::Duration), false));
            }
            "q1" | "q2" | "q3" | "q4" | "h1" | "h2" => {
                return self.quarter_code(toks, i, lower, prep.is_some());
            }
            "a" | "an" | "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight"
            | "nine" | "ten" | "eleven" | "twelve" | "several" | "few" => {
                return self.counted(toks, i, count_word(lower), prep);
            }
            _ => {}
        }
        if let Some(m) = self.holiday(toks, i, lower) {
            return Some(m);
        }
        if let Some((wd, abbreviated)) = weekday_of(w) {
            if abbreviated && prep.is_none() && !self.punct(toks, i + 1, ",") {
                return None;
            }
            return self.weekday(toks, i, wd, None);
        }
        if let Some(month) = month_of(w) {
            return self.month(toks, i, month, None, prep.is_some());
        }
        None
    }

    /// "earlier today"; "later this year" is read as "this year".
    fn earlier_or_later(&self, toks: &[Tok], i: usize) -> Option<Match> {
        if self.is(toks, i + 1, "today") {
            return Some((i + 2, day_at(self.reference, 0), false));
        }
        if self.is_any(toks, i + 1, &["this", "next", "last"]) {
            return self.expression(toks, i + 1, None);
        }
        None
    }

    /// An ordinal word at `i` that starts a quarter, a half or a day of a
    /// month: "third quarter", "first half", "first of March".
    fn ordinal_first(&self, toks: &[Tok], i: usize) -> Option<Match> {
        if let Some(m) = self.quarter_or_half(toks, i) {
            return Some(m);
        }
        let (day, k, _) = self.day_token(toks, i)?;
        if !self.is(toks, k, "of") {
            return None;
        }
        let month = self.word(toks, k + 1).and_then(month_of)?;
        Some(self.with_year(toks, k + 2, month, day, false))
    }

    /// "early", "mid" or "late" at `i` (a hyphen may follow) before a year
    /// ("mid-2014", glued to the prefix), a month ("late July") or a
    /// modified period ("early next year", "late last month"): the period
    /// itself.
    fn early_mid_late(&self, toks: &[Tok], i: usize) -> Option<Match> {
        let j = if self.punct(toks, i + 1, "-") {
            i + 2
        } else {
            i + 1
        };
        let next = self.word(toks, j)?;
        if let Some(year) = year_number(next.as_bytes()) {
            let date = Some(PartialDate::Year(year));
            return Some((j + 1, When::Date(date, G::Year), true));
        }
        if month_of(next).is_some() {
            return self.expression(toks, j, Some("in"));
        }
        if self.is_any(toks, j, &["this", "next", "last"]) {
            return self.expression(toks, j, None);
        }
        None
    }

    /// "Q3 2021", "H1 2020" at `i` (`lower` is its lower case), or "in Q3"
    /// (`after_prep`): the quarter or half of the year named, else of the
    /// reference year.
    fn quarter_code(&self, toks: &[Tok], i: usize, lower: &str, after_prep: bool) -> Option<Match> {
        let n = u32::from(lower.as_bytes()[1] - b'0');
        let (months, g) = if lower.starts_with('q') {
            (3, G::Quarter)
        } else {
            (6, G::Half)
        };
        let year = self
            .word(toks, i + 1)
            .and_then(|w| year_number(w.as_bytes()));
        let (end, year) = match year {
            Some(y) => (i + 2, Some(y)),
            None if after_prep => (i + 1, self.reference.map(|r| r.year())),
            None => return None,
        };
        let date = year.map(|year| PartialDate::Month {
            year,
            month: (n - 1) * months + 1,
        });
        Some((end, When::Date(date, g), false))
    }

    /// "morning", "night" ... after a day word ("tomorrow morning").
    pub(super) fn part_of_day(&self, toks: &[Tok], j: usize) -> usize {
        if self.is_any(toks, j, &["morning", "afternoon", "evening", "night"]) {
            j + 1
        } else {
            j
        }
    }

    /// The day of the last resolved day expression moved by `delta`, or the
    /// reference date's ("the same day", "the next day").
    pub(super) fn same_day(&self, delta: i64) -> When {
        let d = self
            .last_day
            .or(self.reference)
            .and_then(|d| shift(d, delta));
        When::Date(d.map(PartialDate::Day), G::Day)
    }

    /// After "the": "the day after tomorrow", "the same day", "the 3rd of
    /// March", "the first half of 2020", "the past decade".
    pub(super) fn after_the(&self, toks: &[Tok], j: usize, prep: Option<&str>) -> Option<Match> {
        let r = self.reference;
        let w = self.word(toks, j)?;
        let mut buf = [0u8; 16];
        let lower = lower_ascii(w, &mut buf)?;
        match lower {
            "day" => {
                let delta = if self.is(toks, j + 1, "after") && self.is(toks, j + 2, "tomorrow") {
                    2
                } else if self.is(toks, j + 1, "before") && self.is(toks, j + 2, "yesterday") {
                    -2
                } else {
                    return None;
                };
                Some((j + 3, day_at(r, delta), false))
            }
            "same" | "next" | "following" | "previous" if self.is(toks, j + 1, "day") => {
                let delta = match lower {
                    "same" => 0,
                    "previous" => -1,
                    _ => 1,
                };
                Some((j + 2, self.same_day(delta), false))
            }
            "past" | "last" => self.past_stretch(toks, j + 1),
            "end" | "beginning" | "start" | "middle" if self.is(toks, j + 1, "of") => {
                self.period_of(toks, j + 2)
            }
            "new" if self.is(toks, j + 1, "year") => self.holiday(toks, j, lower),
            _ => {
                // "the 3rd of March", "the first of March", "the third
                // quarter", "on the 20th".
                if let Some(m) = self.quarter_or_half(toks, j) {
                    return Some(m);
                }
                let (day, k, ordinal) = self.day_token(toks, j)?;
                if self.is(toks, k, "of") {
                    if let Some(month) = self.word(toks, k + 1).and_then(month_of) {
                        return Some(self.with_year(toks, k + 2, month, day, false));
                    }
                }
                if k != j + 1 || day_number(w).is_none() {
                    return None;
                }
                // "on the 20th Party Congress", "on the 20th anniversary":
                // an ordinal of a noun, not a day.
                let noun = self.word(toks, j + 1).is_some_and(|n| {
                    n.as_bytes()[0].is_ascii_uppercase()
                        || ORDINAL_NOUNS.iter().any(|o| n.eq_ignore_ascii_case(o))
                });
                (prep == Some("on") && ordinal && !noun).then_some((
                    j + 1,
                    When::DayOfMonth(day),
                    false,
                ))
            }
        }
    }

    /// After "the end of", "the beginning of": "the day", "the week", "the
    /// year" (the reference's), or any expression ("the end of March").
    pub(super) fn period_of(&self, toks: &[Tok], k: usize) -> Option<Match> {
        if self.is(toks, k, "the") {
            if let Some(unit) = self.word(toks, k + 1).and_then(unit_of) {
                let r = self.reference;
                let when = match unit {
                    Unit::Day => day_at(r, 0),
                    Unit::Week => When::Date(
                        r.and_then(|r| week_start(r, 0)).map(PartialDate::Day),
                        G::Week,
                    ),
                    Unit::Month => When::Date(r.map(|r| month_shift(r, 0)), G::Month),
                    Unit::Year => When::Date(r.map(|r| PartialDate::Year(r.year())), G::Year),
                    Unit::Decade => return None,
                };
                return Some((k + 2, when, false));
            }
        }
        self.expression(toks, k, Some("in"))
    }

    /// A day of the month at `k`: digits ("3", "3rd") or an ordinal word
    /// ("third", "twenty-first"): the day, the token after it, and whether
    /// it is written as an ordinal.
    pub(super) fn day_token(&self, toks: &[Tok], k: usize) -> Option<(u32, usize, bool)> {
        let w = self.word(toks, k)?;
        if let Some(d) = day_number(w) {
            return Some((d, k + 1, !w.ends_with(|c: char| c.is_ascii_digit())));
        }
        if let Some(d) = ordinal_word(w) {
            return Some((d, k + 1, true));
        }
        let tens = if w.eq_ignore_ascii_case("twenty") {
            20
        } else if w.eq_ignore_ascii_case("thirty") {
            30
        } else {
            return None;
        };
        let j = if self.punct(toks, k + 1, "-") {
            k + 2
        } else {
            k + 1
        };
        let unit = self
            .word(toks, j)
            .and_then(ordinal_word)
            .filter(|d| *d < 10)?;
        let day = tens + unit;
        (day <= 31).then_some((day, j + 1, true))
    }

    /// "third quarter", "first half", "3rd quarter" at `j` (the ordinal),
    /// with an optional year after.
    pub(super) fn quarter_or_half(&self, toks: &[Tok], j: usize) -> Option<Match> {
        let (n, k, _) = self.day_token(toks, j)?;
        let (months, g) = if self.is(toks, k, "quarter") && n <= 4 {
            (3, G::Quarter)
        } else if self.is(toks, k, "half") && n <= 2 {
            (6, G::Half)
        } else {
            return None;
        };
        let (end, year) = self.of_year(toks, k + 1);
        let absolute = year.is_some();
        let year = year.or(self.reference.map(|r| r.year()));
        let date = year.map(|year| PartialDate::Month {
            year,
            month: (n - 1) * months + 1,
        });
        Some((end, When::Date(date, g), absolute && end > k + 1))
    }

    /// "of 2020", "of this year", "2020" after a quarter or half: the end and
    /// the year.
    pub(super) fn of_year(&self, toks: &[Tok], k: usize) -> (usize, Option<i32>) {
        let r = self.reference;
        let n = if self.is(toks, k, "of") { k + 1 } else { k };
        if let Some(y) = self.word(toks, n).and_then(|w| year_number(w.as_bytes())) {
            return (n + 1, Some(y));
        }
        if self.is(toks, n, "the") && self.is(toks, n + 1, "year") && n > k {
            return (n + 2, r.map(|r| r.year()));
        }
        let rel = match self.word(toks, n) {
            Some(w) if w.eq_ignore_ascii_case("this") => 0,
            Some(w) if w.eq_ignore_ascii_case("last") => -1,
            Some(w) if w.eq_ignore_ascii_case("next") => 1,
            _ => return (k, None),
        };
        if self.is(toks, n + 1, "year") {
            (n + 2, r.map(|r| r.year() + rel))
        } else {
            (k, None)
        }
    }

    /// After a modifier: "last week", "this month", "next year", "last
    /// Tuesday", "next November", "this morning", "this quarter", "last
    /// summer", "the last three years".
    fn modified(&self, toks: &[Tok], j: usize, m: Modifier) -> Option<Match> {
        let r = self.reference;
        let w = self.word(toks, j)?;
        let mut buf = [0u8; 16];
        let lower = lower_ascii(w, &mut buf)?;
        let rel: i32 = match m {
            Modifier::Last => -1,
            Modifier::This => 0,
            Modifier::Next => 1,
        };
        let date = match lower {
            // "this past weekend", "this past Monday".
            "past" if m == Modifier::This => return self.modified(toks, j + 1, Modifier::Last),
            "morning" | "afternoon" | "evening" | "night" if m == Modifier::This => {
                return Some((j + 1, day_at(r, 0), false));
            }
            "night" if m == Modifier::Last => return Some((j + 1, day_at(r, -1), false)),
            "week" => When::Date(
                r.and_then(|r| week_start(r, i64::from(rel)))
                    .map(PartialDate::Day),
                G::Week,
            ),
            "weekend" => {
                let sat = r.and_then(|r| weekday_of_week(r, Weekday::Sat, i64::from(rel)));
                When::Date(sat.map(PartialDate::Day), G::Week)
            }
            "month" => When::Date(r.map(|r| month_shift(r, rel)), G::Month),
            "year" => When::Date(r.map(|r| PartialDate::Year(r.year() + rel)), G::Year),
            "quarter" => When::Date(
                r.map(|r| {
                    let q = i32::try_from(r.month0() / 3).unwrap_or(0) + rel;
                    let total = r.year() * 4 + q;
                    PartialDate::Month {
                        year: total.div_euclid(4),
                        month: u32::try_from(total.rem_euclid(4)).unwrap_or(0) * 3 + 1,
                    }
                }),
                G::Quarter,
            ),
            "decade" if m == Modifier::Last => {
                return self.past_stretch(toks, j);
            }
            "spring" | "summer" | "fall" | "autumn" | "winter" => {
                let mid = match lower {
                    "spring" => 4,
                    "summer" => 7,
                    "winter" => 1,
                    _ => 10,
                };
                let year = r.map(|r| match m {
                    Modifier::Last if mid >= r.month() => r.year() - 1,
                    Modifier::Next if mid <= r.month() => r.year() + 1,
                    _ => r.year(),
                });
                When::Date(year.map(PartialDate::Year), G::Year)
            }
            _ => {
                if let Some((wd, _)) = weekday_of(w) {
                    return self.weekday(toks, j, wd, Some(m));
                }
                if let Some(month) = month_of(w) {
                    return self.month(toks, j, month, Some(m), true);
                }
                if m == Modifier::Last {
                    return self.past_stretch(toks, j);
                }
                return None;
            }
        };
        Some((j + 1, date, false))
    }

    /// A weekday at `j`: "Monday", "Monday night", "last Tuesday",
    /// "Wednesday of next week", "Wed, March 3, 2021".
    fn weekday(&self, toks: &[Tok], j: usize, wd: Weekday, m: Option<Modifier>) -> Option<Match> {
        let r = self.reference;
        // "Wednesday, March 3, 2021": the date says which.
        if m.is_none() {
            let k = if self.punct(toks, j + 1, ",") {
                j + 2
            } else {
                j + 1
            };
            if let Some(w) = self.word(toks, k) {
                if month_of(w).is_some() || day_number(w).is_some() {
                    if let Some(found) = self.expression(toks, k, None) {
                        match found.1 {
                            // "Monday, Feb 18": the year whose Feb 18 is a
                            // Monday.
                            When::MonthDay(m, d) => {
                                return Some((found.0, When::MonthDayWeekday(m, d, wd), true));
                            }
                            When::Date(_, G::Day) => return Some(found),
                            _ => {}
                        }
                    }
                }
            }
        }
        // "Tuesday the 19th": the day of the month says which.
        if m.is_none() && self.is(toks, j + 1, "the") {
            if let Some((day, k, true)) = self.day_token(toks, j + 2) {
                if day_number(self.word(toks, j + 2)?).is_some() {
                    return Some((k, When::WeekdayOfMonth(wd, day), false));
                }
            }
        }
        // "Wednesday of next week", "Wednesday next week".
        let of = usize::from(self.is(toks, j + 1, "of"));
        if m.is_none() && self.is(toks, j + 2 + of, "week") {
            let weeks = match self.word(toks, j + 1 + of) {
                Some(w) if w.eq_ignore_ascii_case("next") => 1,
                Some(w) if w.eq_ignore_ascii_case("last") => -1,
                Some(w) if w.eq_ignore_ascii_case("this") => 0,
                _ => return Some((j + 1, When::Weekday(wd), false)),
            };
            let d = r.and_then(|r| weekday_of_week(r, wd, weeks));
            return Some((
                j + 3 + of,
                When::Date(d.map(PartialDate::Day), G::Day),
                false,
            ));
        }
        let end = self.part_of_day(toks, j + 1);
        let when = match m {
            None => When::Weekday(wd),
            Some(m) => {
                let d = r.and_then(|r| match m {
                    Modifier::Last => weekday_strict(r, wd, false),
                    Modifier::Next => weekday_of_week(r, wd, 1),
                    Modifier::This => weekday_of_week(r, wd, 0),
                });
                When::Date(d.map(PartialDate::Day), G::Day)
            }
        };
        Some((end, when, false))
    }

    /// A month name at `j`: "July 19", "July 19, 2021", "Sept. 29", "August
    /// the 6th", "May 7 to 12", "May 2020", "May of this year", "last
    /// September", "in July", "July and September 2020".
    fn month(
        &self,
        toks: &[Tok],
        j: usize,
        month: u32,
        m: Option<Modifier>,
        after_prep: bool,
    ) -> Option<Match> {
        let head = self.word(toks, j)?;
        let full = is_full_month(head);
        let capital = head.as_bytes()[0].is_ascii_uppercase();
        // "Sept.": the dot of an abbreviation goes with the name.
        let k = if self.punct(toks, j + 1, ".") && !full {
            j + 2
        } else {
            j + 1
        };
        if m.is_none() {
            if let Some(found) = self.month_day(toks, k, month, capital) {
                return Some(found);
            }
        }
        if let Some(found) = self.month_year(toks, k, month) {
            return Some(found);
        }
        // Bare: "May" and "March" are words too, lower case and
        // abbreviations are read only with a day or a year.
        if !full || !capital {
            return None;
        }
        // "May was the month ...": the subject of a copula is the month.
        let subject = self.is_any(toks, k, &["was", "is", "saw", "marked", "has", "had"])
            && !(j > 0 && self.is_name(toks, j - 1));
        if m.is_none() && !after_prep && !subject && matches!(head, "May" | "March") {
            return None;
        }
        if let Some(found) = self.month_of_relative_year(toks, k, month) {
            return Some(found);
        }
        let when = match m {
            Some(m) => month_by_modifier(self.reference, m, month),
            None => self.month_sharing_year(toks, k, month),
        };
        Some((k, when, false))
    }

    /// A day after a month name, whose next token is `k`: "July 19",
    /// "August the 6th", "March first", and "May 7 to 12" (a range from its
    /// first day), with the year that may follow.
    fn month_day(&self, toks: &[Tok], k: usize, month: u32, capital: bool) -> Option<Match> {
        let (dk, the) = if self.is(toks, k, "the") {
            (k + 1, true)
        } else {
            (k, false)
        };
        let (day, after, ordinal) = self.day_token(toks, dk)?;
        // An ordinal word ("March first") needs the name capitalised: "may
        // first" is a verb and an adverb.
        let word_day = self.word(toks, dk).and_then(day_number).is_none();
        let year_after = self
            .word(toks, after)
            .is_some_and(|w| year_number(w.as_bytes()).is_some());
        if !((!the || ordinal) && (!word_day || capital || year_after)) {
            return None;
        }
        let to = self.is_any(toks, after, &["to", "through", "and"])
            || self.punct(toks, after, "-")
            || self.punct(toks, after, "–");
        if to && self.word(toks, after + 1).and_then(day_number).is_some() {
            return Some(self.with_year(toks, after + 2, month, day, true));
        }
        Some(self.with_year(toks, after, month, day, false))
    }

    /// A year after a month name, whose next token is `k`: "May 2020", "May,
    /// 2020", "May of 2020".
    fn month_year(&self, toks: &[Tok], k: usize, month: u32) -> Option<Match> {
        let yk = if self.punct(toks, k, ",") || self.is(toks, k, "of") {
            k + 1
        } else {
            k
        };
        let year = self
            .word(toks, yk)
            .and_then(|w| year_number(w.as_bytes()))?;
        let date = PartialDate::Month { year, month };
        Some((yk + 1, When::Date(Some(date), G::Month), true))
    }

    /// A year relative to the reference's after a month name, whose next
    /// token is `k`: "of this year", "last year", "next year".
    fn month_of_relative_year(&self, toks: &[Tok], k: usize, month: u32) -> Option<Match> {
        let n = if self.is(toks, k, "of") { k + 1 } else { k };
        if !self.is(toks, n + 1, "year") {
            return None;
        }
        let rel = match self.word(toks, n)? {
            w if w.eq_ignore_ascii_case("this") => 0,
            w if w.eq_ignore_ascii_case("last") => -1,
            w if w.eq_ignore_ascii_case("next") => 1,
            _ => return None,
        };
        let date = self.reference.map(|d| PartialDate::Month {
            year: d.year() + rel,
            month,
        });
        Some((n + 2, When::Date(date, G::Month), false))
    }

    /// A bare month name, whose next token is `k`, joined to another month
    /// that has a year: "July and September 2020" (the year is the next
    /// month's); else the month alone, resolved later.
    fn month_sharing_year(&self, toks: &[Tok], k: usize, month: u32) -> When {
        let joined = self.is_any(toks, k, &["and", "or", "to", "through"])
            || self.punct(toks, k, "-")
            || self.punct(toks, k, ",");
        let shared = joined
            && self.word(toks, k + 1).and_then(month_of).is_some()
            && !self.is(toks, k + 1, "may");
        let year = shared
            .then(|| {
                let y = if self.punct(toks, k + 2, ",") {
                    k + 3
                } else {
                    k + 2
                };
                self.word(toks, y).and_then(|w| year_number(w.as_bytes()))
            })
            .flatten();
        match year {
            Some(year) => When::Date(Some(PartialDate::Month { year, month }), G::Month),
            None => When::Month(month),
        }
    }

    /// A day and month read, then an optional year at `k` (after a comma).
    pub(super) fn with_year(
        &self,
        toks: &[Tok],
        k: usize,
        month: u32,
        day: u32,
        range: bool,
    ) -> Match {
        let y = if self.punct(toks, k, ",") { k + 1 } else { k };
        let year = self.word(toks, y).and_then(|w| year_number(w.as_bytes()));
        let g = if range { G::Range } else { G::Day };
        match year {
            Some(year) => {
                let date = NaiveDate::from_ymd_opt(year, month, day).map(PartialDate::Day);
                (y + 1, When::Date(date, g), true)
            }
            None if range => (k, When::RangeMonthDay(month, day), true),
            None => (k, When::MonthDay(month, day), true),
        }
    }
}

/// A month name after a modifier: "last September" is the most recent
/// before the reference month, "next November" the one in the year after
/// the reference's, "this May" the reference year's.
fn month_by_modifier(reference: Option<NaiveDate>, m: Modifier, month: u32) -> When {
    let date = reference.map(|d| {
        let year = match m {
            Modifier::Last if month >= d.month() => d.year() - 1,
            Modifier::Next => d.year() + 1,
            Modifier::Last | Modifier::This => d.year(),
        };
        PartialDate::Month { year, month }
    });
    When::Date(date, G::Month)
}
