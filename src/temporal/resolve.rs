//! Resolution: what an underspecified expression ("on Friday", "March 3",
//! "in July", "20日") means against the reference date and the tense of
//! its sentence, and the calendar arithmetic the grammars share.

use chrono::{Datelike, Days, NaiveDate, Weekday};

use super::{Granularity, PartialDate};

/// Which way an expression without a year or week points, read from the
/// tense of the words around it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Direction {
    /// Past tense: the most recent such day or month on or before the
    /// reference.
    Back,
    /// Future tense: the first one on or after the reference.
    Forward,
    /// No tense marker: each form's default (see the module docs).
    Unknown,
}

/// A holiday's date in a given year (`None` outside the years it is
/// known for).
pub(super) type HolidayDate = fn(i32) -> Option<NaiveDate>;

/// A date expression as the grammar reads it, before the reference date and
/// the tense are applied.
#[derive(Clone, Copy, Debug)]
pub(super) enum When {
    /// Resolved already (an explicit year, or arithmetic on the reference).
    Date(Option<PartialDate>, Granularity),
    /// A bare weekday ("on Friday", "周五"): the tense decides.
    Weekday(Weekday),
    /// A month and day without a year ("March 3", "7月20日").
    MonthDay(u32, u32),
    /// A month without a year ("in July", "7月").
    Month(u32),
    /// A day of the month alone ("on the 20th", "20日").
    DayOfMonth(u32),
    /// A holiday without a year: its date in a given year.
    Holiday(HolidayDate),
    /// The start of a range without a year ("from May 7 to 12").
    RangeMonthDay(u32, u32),
    /// A month and day with its weekday ("Monday, Feb 18"): a year in which
    /// they agree.
    MonthDayWeekday(u32, u32, Weekday),
    /// A weekday and day of the month ("Tuesday the 19th"): a month in which
    /// they agree.
    WeekdayOfMonth(Weekday, u32),
}

/// `d` moved by `days` (negative: back).
pub(super) fn shift(d: NaiveDate, days: i64) -> Option<NaiveDate> {
    if days >= 0 {
        d.checked_add_days(Days::new(days.unsigned_abs()))
    } else {
        d.checked_sub_days(Days::new(days.unsigned_abs()))
    }
}

/// The Monday of the week holding `d`, moved by `weeks`.
pub(super) fn week_start(d: NaiveDate, weeks: i64) -> Option<NaiveDate> {
    shift(
        d,
        -i64::from(d.weekday().num_days_from_monday()) + 7 * weeks,
    )
}

/// The month `delta` months from the month of `d`.
pub(super) fn month_shift(d: NaiveDate, delta: i32) -> PartialDate {
    let total = d.year() * 12 + i32::try_from(d.month0()).unwrap_or(0) + delta;
    PartialDate::Month {
        year: total.div_euclid(12),
        month: u32::try_from(total.rem_euclid(12)).unwrap_or(0) + 1,
    }
}

/// The day `d` moved by `n` calendar months (the day clamped to the month's
/// end).
pub(super) fn add_months(d: NaiveDate, n: i32) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_months(chrono::Months::new(n.unsigned_abs()))
    } else {
        d.checked_sub_months(chrono::Months::new(n.unsigned_abs()))
    }
}

/// The weekday `wd` of the week holding `r`, moved by `weeks` ("上周二",
/// "Wednesday of next week").
pub(super) fn weekday_of_week(r: NaiveDate, wd: Weekday, weeks: i64) -> Option<NaiveDate> {
    shift(week_start(r, weeks)?, i64::from(wd.num_days_from_monday()))
}

/// The weekday `wd` on or before `r` (back) or on or after it (forward).
pub(super) fn weekday_toward(r: NaiveDate, wd: Weekday, forward: bool) -> Option<NaiveDate> {
    let back = (7 + r.weekday().num_days_from_monday() - wd.num_days_from_monday()) % 7;
    if forward {
        shift(r, i64::from((7 - back) % 7))
    } else {
        shift(r, -i64::from(back))
    }
}

/// "last Friday": strictly before; "next Friday": strictly after.
pub(super) fn weekday_strict(r: NaiveDate, wd: Weekday, forward: bool) -> Option<NaiveDate> {
    let d = weekday_toward(r, wd, forward)?;
    if d == r {
        shift(r, if forward { 7 } else { -7 })
    } else {
        Some(d)
    }
}

/// Of the dates `in_year(y)` for the years around the reference's, the one
/// the direction asks for: on or before `r`, on or after it, or (unknown)
/// the nearest.
fn nearest_in_years(
    r: NaiveDate,
    dir: Direction,
    in_year: impl Fn(i32) -> Option<NaiveDate>,
) -> Option<NaiveDate> {
    let candidates = [r.year() - 1, r.year(), r.year() + 1].map(&in_year);
    pick(candidates.into_iter().flatten(), r, dir)
}

/// Of candidate days, the one the direction asks for: the latest on or
/// before `r`, the earliest on or after it, or (unknown) the nearest.
fn pick(days: impl Iterator<Item = NaiveDate>, r: NaiveDate, dir: Direction) -> Option<NaiveDate> {
    match dir {
        Direction::Back => days.filter(|d| *d <= r).max(),
        Direction::Forward => days.filter(|d| *d >= r).min(),
        Direction::Unknown => days.min_by_key(|d| (*d - r).num_days().abs()),
    }
}

/// Applies the reference date and the direction to what the grammar read.
pub(super) fn resolve(
    when: When,
    r: Option<NaiveDate>,
    dir: Direction,
) -> (Option<PartialDate>, Granularity) {
    use Granularity as G;
    let day = |d: Option<NaiveDate>| d.map(PartialDate::Day);
    match when {
        When::Date(date, g) => (date, g),
        When::Weekday(wd) => (
            day(r.and_then(|r| weekday_toward(r, wd, dir == Direction::Forward))),
            G::Day,
        ),
        When::MonthDay(m, d) => (
            day(r.and_then(|r| nearest_in_years(r, dir, |y| NaiveDate::from_ymd_opt(y, m, d)))),
            G::Day,
        ),
        When::RangeMonthDay(m, d) => (
            day(r.and_then(|r| nearest_in_years(r, dir, |y| NaiveDate::from_ymd_opt(y, m, d)))),
            G::Range,
        ),
        When::MonthDayWeekday(m, d, wd) => {
            let agree = |y: i32| NaiveDate::from_ymd_opt(y, m, d).filter(|x| x.weekday() == wd);
            let date = r.and_then(|r| {
                pick((-6..=6).filter_map(|k| agree(r.year() + k)), r, dir)
                    .or_else(|| nearest_in_years(r, dir, |y| NaiveDate::from_ymd_opt(y, m, d)))
            });
            (day(date), G::Day)
        }
        When::WeekdayOfMonth(wd, d) => {
            let date = r.and_then(|r| {
                let months = (-12..=12).filter_map(|k| match month_shift(r, k) {
                    PartialDate::Month { year, month } => {
                        NaiveDate::from_ymd_opt(year, month, d).filter(|x| x.weekday() == wd)
                    }
                    _ => None,
                });
                pick(months, r, dir)
            });
            (day(date), G::Day)
        }
        When::Holiday(f) => (day(r.and_then(|r| nearest_in_years(r, dir, f))), G::Day),
        When::Month(m) => {
            let date = r.map(|r| {
                let year = match dir {
                    Direction::Forward if m < r.month() => r.year() + 1,
                    Direction::Forward => r.year(),
                    _ if m > r.month() => r.year() - 1,
                    _ => r.year(),
                };
                PartialDate::Month { year, month: m }
            });
            (date, G::Month)
        }
        When::DayOfMonth(d) => {
            let date = r.and_then(|r| {
                let this = NaiveDate::from_ymd_opt(r.year(), r.month(), d);
                let forward = dir == Direction::Forward;
                match this {
                    Some(t) if (t <= r) != forward || t == r => Some(t),
                    _ => {
                        let m = month_shift(r, if forward { 1 } else { -1 });
                        let (y, m) = match m {
                            PartialDate::Month { year, month } => (year, month),
                            _ => return None,
                        };
                        NaiveDate::from_ymd_opt(y, m, d)
                    }
                }
            });
            (day(date), G::Day)
        }
    }
}

/// English words that put a clause in the future: auxiliaries and the
/// verbs and adjectives of plans and schedules.
const FUTURE_WORDS: &[&str] = &[
    "will",
    "shall",
    "must",
    "should",
    "ll",
    "going",
    "scheduled",
    "schedule",
    "plan",
    "plans",
    "planned",
    "planning",
    "expected",
    "expects",
    "upcoming",
    "if",
    "until",
    "intends",
    "intend",
    "due",
    "set",
    "ahead",
    "coming",
    "hope",
    "hopes",
    "wo",
];

/// English words that put a clause in the past (irregular past forms and
/// auxiliaries; regular "-ed" verbs are recognised by their ending).
const PAST_WORDS: &[&str] = &[
    "was", "were", "had", "did", "said", "told", "met", "held", "made", "took", "came", "went",
    "gave", "began", "saw", "spoke", "wrote", "sent", "left", "became", "found", "brought", "ago",
    "earlier", "last", "since", "has", "have", "hit", "put", "shot", "won", "lost", "led", "ran",
    "sold", "struck", "stole", "broke", "flew", "paid", "meant", "heard", "fell", "kept", "felt",
    "chose", "shut", "cut", "spent",
];

/// Words ending in "ed" that are no past tense, or that belong to plans.
const NOT_PAST_ED: &[&str] = &[
    "united",
    "need",
    "speed",
    "indeed",
    "hundred",
    "red",
    "bed",
    "feed",
    "seed",
    "breed",
    "based",
    "related",
    "concerned",
    "scheduled",
    "expected",
    "planned",
    "proposed",
    "supposed",
    "interested",
    "limited",
    "advanced",
    "so-called",
    "called",
    "alleged",
    "unprecedented",
    "armed",
    "detailed",
    "sacred",
    "naked",
    "wicked",
];

/// The tense of English `before` (the clause up to the expression) and
/// `after` (the rest): the last marker before the expression decides, else
/// the first after it.
pub(super) fn english_tense(before: &str, after: &str) -> Direction {
    let mut last = Direction::Unknown;
    let mut previous = "";
    for w in before.split(|c: char| !c.is_ascii_alphanumeric() && c != '-') {
        if w.is_empty() {
            continue;
        }
        let d = word_tense(w, previous);
        if d != Direction::Unknown {
            last = d;
        }
        previous = w;
    }
    if last != Direction::Unknown {
        return last;
    }
    // The clause after the expression ends at the next comma or colon: a
    // reporting verb there ("..., they said") is not its tense.
    let after = after.split([',', ';', ':']).next().unwrap_or("");
    for w in after.split(|c: char| !c.is_ascii_alphanumeric() && c != '-') {
        if w.is_empty() {
            continue;
        }
        let d = word_tense(w, previous);
        if d != Direction::Unknown {
            return d;
        }
        previous = w;
    }
    Direction::Unknown
}

fn word_tense(w: &str, previous: &str) -> Direction {
    if w.len() > 14 {
        return Direction::Unknown;
    }
    let mut buf = [0u8; 14];
    let Some(lower) = super::lower_in(w.as_bytes(), &mut buf) else {
        return Direction::Unknown;
    };
    let lower = std::str::from_utf8(lower).unwrap_or("");
    if FUTURE_WORDS.contains(&lower) {
        // "going" only in "going to"; "set" and "due" only before "to"
        // are checked loosely: they are rare next to a date otherwise.
        return Direction::Forward;
    }
    // "to be held", "will be launched": a participle after "be" is no past.
    let after_be = ["be", "been", "being", "is", "are", "to", "will"]
        .iter()
        .any(|b| previous.eq_ignore_ascii_case(b));
    if PAST_WORDS.contains(&lower) && !after_be {
        return Direction::Back;
    }
    if lower.len() >= 5 && lower.ends_with("ed") && !NOT_PAST_ED.contains(&lower) && !after_be {
        return Direction::Back;
    }
    Direction::Unknown
}

/// Chinese markers of the future (将, 即将, 会, 计划, 拟 ...).
const HAN_FUTURE: &[&str] = &[
    "将", "將", "即将", "即將", "计划", "計劃", "拟", "擬", "预计", "預計", "准备", "準備", "定于",
    "定於",
];

/// Chinese markers of the past (了, 已, 曾 ...).
const HAN_PAST: &[&str] = &["了", "已", "曾", "过", "過", "此前", "日前"];

/// The tense of Chinese text around an expression: the marker nearest to
/// it decides.
pub(super) fn han_tense(before: &str, after: &str) -> Direction {
    let back = before.char_indices().rev().find_map(|(i, _)| {
        let rest = &before[i..];
        han_marker(rest).map(|d| (before.len() - i, d))
    });
    let on = after
        .char_indices()
        .find_map(|(i, _)| han_marker(&after[i..]).map(|d| (i, d)));
    match (back, on) {
        (Some((a, d)), Some((b, e))) => {
            if a <= b + 3 {
                d
            } else {
                e
            }
        }
        (Some((_, d)), None) | (None, Some((_, d))) => d,
        (None, None) => Direction::Unknown,
    }
}

fn han_marker(s: &str) -> Option<Direction> {
    if HAN_FUTURE.iter().any(|m| s.starts_with(m)) {
        Some(Direction::Forward)
    } else if HAN_PAST.iter().any(|m| s.starts_with(m)) {
        Some(Direction::Back)
    } else {
        None
    }
}

/// The date of the first day of a lunar new year (the Spring Festival),
/// from the published Chinese calendar, for the years this table covers.
pub(super) fn spring_festival(year: i32) -> Option<NaiveDate> {
    const DATES: &[(i32, u32, u32)] = &[
        (2005, 2, 9),
        (2006, 1, 29),
        (2007, 2, 18),
        (2008, 2, 7),
        (2009, 1, 26),
        (2010, 2, 14),
        (2011, 2, 3),
        (2012, 1, 23),
        (2013, 2, 10),
        (2014, 1, 31),
        (2015, 2, 19),
        (2016, 2, 8),
        (2017, 1, 28),
        (2018, 2, 16),
        (2019, 2, 5),
        (2020, 1, 25),
        (2021, 2, 12),
        (2022, 2, 1),
        (2023, 1, 22),
        (2024, 2, 10),
        (2025, 1, 29),
        (2026, 2, 17),
        (2027, 2, 6),
        (2028, 1, 26),
        (2029, 2, 13),
        (2030, 2, 3),
    ];
    let &(_, m, d) = DATES.iter().find(|(y, _, _)| *y == year)?;
    NaiveDate::from_ymd_opt(year, m, d)
}

/// New Year's Eve of the lunar calendar (除夕): the day before the Spring
/// Festival.
pub(super) fn lunar_new_year_eve(year: i32) -> Option<NaiveDate> {
    shift(spring_festival(year)?, -1)
}

/// The Lantern Festival (元宵节): the fifteenth day of the lunar year.
pub(super) fn lantern_festival(year: i32) -> Option<NaiveDate> {
    shift(spring_festival(year)?, 14)
}

/// Thanksgiving in the United States: the fourth Thursday of November.
pub(super) fn thanksgiving(year: i32) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(year, 11, Weekday::Thu, 4)
}

/// Easter Sunday (Western), by the anonymous Gregorian computus.
pub(super) fn easter(year: i32) -> Option<NaiveDate> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// Labor Day in the United States: the first Monday of September.
pub(super) fn labor_day(year: i32) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(year, 9, Weekday::Mon, 1)
}

/// Mother's Day as the US and China keep it: the second Sunday of May.
pub(super) fn mothers_day(year: i32) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(year, 5, Weekday::Sun, 2)
}

/// Father's Day as the US and China keep it: the third Sunday of June.
pub(super) fn fathers_day(year: i32) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(year, 6, Weekday::Sun, 3)
}
