//! The English word tables: the words that start an expression, month and
//! weekday names, prepositions, counting words, units and numbers.

use chrono::{Datelike, NaiveDate, Weekday};

use super::resolve::{When, add_months, month_shift, shift};
use super::{Granularity as G, PartialDate};
use crate::lexicon::calendar::CALENDAR_NAMES;
use crate::lexicon::concat;
use crate::lexicon::numerals::ORDINAL_NAMES;
use crate::text::lower_ascii;

/// Calendar units counted in "three days ago", "in two weeks", "the past
/// decade".
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Unit {
    Day,
    Week,
    Month,
    Year,
    Decade,
}

/// The head words of [`STARTERS`] that are not calendar names nor
/// ordinals: day words, determiners, counts, holidays, prepositions.
const OTHER_STARTERS: &[&str] = &[
    "today",
    "tonight",
    "tomorrow",
    "yesterday",
    "the",
    "that",
    "earlier",
    "later",
    "last",
    "past",
    "previous",
    "this",
    "next",
    "coming",
    "early",
    "mid",
    "late",
    "recent",
    "a",
    "an",
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
    "several",
    "few",
    "christmas",
    "new",
    "independence",
    "national",
    "labor",
    "labour",
    "victory",
    "halloween",
    "thanksgiving",
    "easter",
    "spring",
    "chinese",
    "lunar",
    "on",
    "in",
    "since",
    "by",
    "until",
    "till",
    "from",
    "during",
    "before",
    "after",
    "through",
    "throughout",
    "over",
    "for",
    "to",
    "between",
    "within",
    "around",
    "and",
    "or",
    "upcoming",
    "following",
    "current",
    "twenty",
    "thirty",
    "valentine",
    "mother",
    "father",
];

/// Every word an expression may start with, or a preposition before it,
/// lower case (the grammar's head words: [`Scan::expression`],
/// [`Scan::holiday`], [`weekday_of`], [`month_of`], [`preposition`]): the
/// [`OTHER_STARTERS`], the month and weekday names of the calendar, and
/// the ordinals ("the first of May").
pub(super) const STARTERS: &[&str] = &STARTER_ARRAY;

/// [`STARTERS`] built at compile time.
const STARTER_ARRAY: [&str; OTHER_STARTERS.len() + CALENDAR_NAMES.len() + ORDINAL_NAMES.len()] =
    concat(&[OTHER_STARTERS, &CALENDAR_NAMES, &ORDINAL_NAMES]);

/// For each first letter (a to z), the second letters a starter may take,
/// as bits (a one-letter starter sets bit 31).
static STARTER_PAIRS: [u32; 26] = {
    let mut table = [0u32; 26];
    let mut k = 0;
    while k < STARTERS.len() {
        let w = STARTERS[k].as_bytes();
        let first = (w[0] - b'a') as usize;
        table[first] |= if w.len() > 1 {
            1 << ((w[1] | 0x20) & 0x1F)
        } else {
            1 << 31
        };
        k += 1;
    }
    table
};

/// Whether a word may start an expression: any digit, or a first and
/// second letter (any case) that some starter has.
pub(super) fn may_start(w: &[u8]) -> bool {
    match *w {
        [first, ..] if first.is_ascii_digit() => true,
        [first, ..] if first.is_ascii_alphabetic() => {
            let row = STARTER_PAIRS[usize::from((first | 0x20) - b'a')];
            match w.get(1) {
                None => row & (1 << 31) != 0,
                Some(&second) => {
                    second.is_ascii_alphanumeric() && row & (1 << ((second | 0x20) & 0x1F)) != 0
                }
            }
        }
        _ => true,
    }
}

/// Nouns an ordinal counts ("the 20th anniversary"): after "on the 20th"
/// they make it no day of the month.
pub(super) const ORDINAL_NOUNS: &[&str] = &[
    "anniversary",
    "century",
    "floor",
    "session",
    "round",
    "time",
    "day",
    "meeting",
    "plenary",
    "congress",
    "summit",
    "edition",
    "birthday",
    "amendment",
    "annual",
    "straight",
    "consecutive",
    "year",
    "minute",
    "place",
    "article",
    "paragraph",
    "item",
    "point",
    "of",
];

/// A day written as an ordinal word ("first", "twenty-first" as
/// "twenty", "-", "first" is read by [`Scan::day_token`]).
pub(super) fn ordinal_word(w: &str) -> Option<u32> {
    let mut buf = [0u8; 16];
    // Days run to the thirtieth ("thirty-first" is two words).
    crate::lexicon::numerals::ordinal(lower_ascii(w, &mut buf)?).filter(|&d| d <= 30)
}

/// `r` moved back by `n` units (forward when `n` is negative).
pub(super) fn back_by(r: NaiveDate, unit: Unit, n: i32) -> Option<NaiveDate> {
    match unit {
        Unit::Day => shift(r, -i64::from(n)),
        Unit::Week => shift(r, -7 * i64::from(n)),
        Unit::Month => add_months(r, -n),
        Unit::Year => add_months(r, -12 * n),
        Unit::Decade => add_months(r, -120 * n),
    }
}

/// A day reached by counting units, at the unit's precision.
pub(super) fn unit_date(d: Option<NaiveDate>, unit: Unit) -> (Option<PartialDate>, G) {
    match unit {
        Unit::Day | Unit::Week => (d.map(PartialDate::Day), G::Day),
        Unit::Month => (d.map(|d| month_shift(d, 0)), G::Month),
        Unit::Year | Unit::Decade => (d.map(|d| PartialDate::Year(d.year())), G::Year),
    }
}

/// A day `delta` days from the reference.
pub(super) fn day_at(r: Option<NaiveDate>, delta: i64) -> When {
    When::Date(
        r.and_then(|d| shift(d, delta)).map(PartialDate::Day),
        G::Day,
    )
}

/// The number a counting word stands for ("a month ago", "three days").
pub(super) fn count_word(lower: &str) -> Option<i32> {
    Some(match lower {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        _ => return None,
    })
}

/// A calendar unit, singular or plural, any case.
pub(super) fn unit_of(w: &str) -> Option<Unit> {
    let mut buf = [0u8; 16];
    Some(match lower_ascii(w, &mut buf)? {
        "day" | "days" => Unit::Day,
        "week" | "weeks" => Unit::Week,
        "month" | "months" => Unit::Month,
        "year" | "years" => Unit::Year,
        "decade" | "decades" => Unit::Decade,
        _ => return None,
    })
}

/// The prepositions kept in an expression's span ("on Monday", "in 2020",
/// "until tomorrow"), as their lower-case form.
pub(super) fn preposition(w: &str) -> Option<&'static str> {
    if !(2..=10).contains(&w.len()) {
        return None;
    }
    let mut buf = [0u8; 16];
    Some(match lower_ascii(w, &mut buf)? {
        "on" => "on",
        "in" => "in",
        "since" => "since",
        "by" => "by",
        "until" => "until",
        "till" => "till",
        "from" => "from",
        "during" => "during",
        "before" => "before",
        "after" => "after",
        "through" => "through",
        "throughout" => "throughout",
        "over" => "over",
        "for" => "for",
        "to" => "to",
        "between" => "between",
        "within" => "within",
        "around" => "around",
        _ => return None,
    })
}

/// The month a name stands for, in any case, full or abbreviated ("Sept").
pub(super) fn month_of(w: &str) -> Option<u32> {
    crate::lexicon::calendar::month(w)
}

/// Whether a month name is written in full ("March", not "Mar").
pub(super) fn is_full_month(w: &str) -> bool {
    w.len() > 4 || matches!(w.to_ascii_lowercase().as_str(), "may" | "june" | "july")
}

/// The weekday a name stands for, and whether it is abbreviated: full names
/// in any case, abbreviations ("Wed", "Thurs") capitalised.
pub(super) fn weekday_of(w: &str) -> Option<(Weekday, bool)> {
    if !(3..=9).contains(&w.len()) {
        return None;
    }
    let mut buf = [0u8; 16];
    let lower = lower_ascii(w, &mut buf)?;
    let full = crate::lexicon::calendar::weekday(lower);
    if let Some(wd) = full {
        return Some((wd, false));
    }
    if !w.as_bytes()[0].is_ascii_uppercase() || w.as_bytes()[1..].iter().any(u8::is_ascii_uppercase)
    {
        return None;
    }
    crate::lexicon::calendar::weekday_abbreviation(lower).map(|wd| (wd, true))
}

/// A day of the month: one or two digits with an optional ordinal suffix
/// ("9", "19th"), 1 to 31.
pub(super) fn day_number(w: &str) -> Option<u32> {
    let b = w.as_bytes();
    let digits = b.iter().take(3).take_while(|c| c.is_ascii_digit()).count();
    if digits == 0 || digits > 2 {
        return None;
    }
    if !matches!(&b[digits..], b"" | b"st" | b"nd" | b"rd" | b"th") {
        return None;
    }
    let day = b[..digits]
        .iter()
        .fold(0, |n, &c| n * 10 + u32::from(c - b'0'));
    (1..=31).contains(&day).then_some(day)
}

/// A year from 1900 to 2099 written with four digits.
pub(super) fn year_number(w: &[u8]) -> Option<i32> {
    match *w {
        [a @ (b'1' | b'2'), b, c, d] if [a, b, c, d].iter().all(u8::is_ascii_digit) => {
            let year = [a, b, c, d]
                .iter()
                .fold(0, |n, &c| n * 10 + i32::from(c - b'0'));
            (1900..2100).contains(&year).then_some(year)
        }
        _ => None,
    }
}

/// The ASCII digits at `at`: their value (saturating) and count.
pub(super) fn digits(bytes: &[u8], at: usize) -> (u64, usize) {
    let mut n = 0u64;
    let mut len = 0;
    while let Some(b) = bytes.get(at + len).filter(|b| b.is_ascii_digit()) {
        n = n.saturating_mul(10).saturating_add(u64::from(b - b'0'));
        len += 1;
        if len > 4 {
            break;
        }
    }
    (n, len)
}
