//! The Chinese grammar of date expressions, simplified and traditional,
//! with Arabic, full-width and Chinese numerals: 2020年, 二〇二一年,
//! 2015年三月三号, 7月20日, 20日, 今年5月, 去年, 上半年, 本季度, 上周二,
//! 週五, 禮拜一, 后天, 当天, 近年来, 春节.

use chrono::{Datelike, NaiveDate, Weekday};

use super::resolve::{
    HolidayDate, When, add_months, fathers_day, lantern_festival, lunar_new_year_eve, month_shift,
    mothers_day, shift, spring_festival, thanksgiving, week_start, weekday_of_week,
};
use super::{Granularity as G, PartialDate, Scan};
use crate::Span;

/// Days relative to the reference.
const DAYS: &[(&str, i64)] = &[
    ("大前天", -3),
    ("大后天", 3),
    ("大後天", 3),
    ("前天", -2),
    ("昨天", -1),
    ("昨日", -1),
    ("昨晚", -1),
    ("今天", 0),
    ("今日", 0),
    ("今晨", 0),
    ("今早", 0),
    ("今晚", 0),
    ("今夜", 0),
    ("昨夜", -1),
    ("明早", 1),
    ("明晚", 1),
    ("明天", 1),
    ("明日", 1),
    ("后天", 2),
    ("後天", 2),
];

/// Names that begin like a day word but are titles of outlets ("今日俄罗斯"
/// is RT, "今日美国" USA Today).
const NOT_DAYS: &[&str] = &[
    "今日俄罗斯",
    "今日俄羅斯",
    "今日美国",
    "今日美國",
    "今日头条",
    "今日頭條",
    "今日中国",
    "今日中國",
    "今日说法",
];

/// Years relative to the reference.
const YEARS: &[(&str, i32)] = &[
    ("今年", 0),
    ("去年", -1),
    ("明年", 1),
    ("前年", -2),
    ("后年", 2),
    ("後年", 2),
];

/// Weeks relative to the reference (the longer forms first).
const WEEKS: &[(&str, i64)] = &[
    ("上上周", -2),
    ("上上週", -2),
    ("下下周", 2),
    ("下下週", 2),
    ("上个星期", -1),
    ("上個星期", -1),
    ("下个星期", 1),
    ("下個星期", 1),
    ("上星期", -1),
    ("下星期", 1),
    ("本星期", 0),
    ("这星期", 0),
    ("這星期", 0),
    ("上周", -1),
    ("上週", -1),
    ("本周", 0),
    ("本週", 0),
    ("这周", 0),
    ("這週", 0),
    ("下周", 1),
    ("下週", 1),
];

/// Months relative to the reference.
const MONTHS: &[(&str, i32)] = &[
    ("上个月", -1),
    ("上個月", -1),
    ("上月", -1),
    ("本月", 0),
    ("这个月", 0),
    ("這個月", 0),
    ("下个月", 1),
    ("下個月", 1),
    ("下月", 1),
];

/// Quarters relative to the reference.
const QUARTERS: &[(&str, i32)] = &[
    ("上个季度", -1),
    ("上個季度", -1),
    ("上季度", -1),
    ("本季度", 0),
    ("下个季度", 1),
    ("下個季度", 1),
    ("下季度", 1),
];

/// Stretches up to the reference without a count: "in recent years".
const RECENT: &[&str] = &[
    "近年来",
    "近年來",
    "近几年",
    "近幾年",
    "近些年",
    "多年来",
    "多年來",
];

/// Holidays on a fixed day.
const FIXED_HOLIDAYS: &[(&str, u32, u32)] = &[
    ("元旦", 1, 1),
    ("国庆节", 10, 1),
    ("國慶節", 10, 1),
    ("国庆", 10, 1),
    ("國慶", 10, 1),
    ("劳动节", 5, 1),
    ("勞動節", 5, 1),
    ("圣诞节", 12, 25),
    ("聖誕節", 12, 25),
    ("平安夜", 12, 24),
    ("情人节", 2, 14),
    ("情人節", 2, 14),
    ("妇女节", 3, 8),
    ("婦女節", 3, 8),
    ("植树节", 3, 12),
    ("植樹節", 3, 12),
    ("愚人节", 4, 1),
    ("愚人節", 4, 1),
    ("青年节", 5, 4),
    ("青年節", 5, 4),
    ("儿童节", 6, 1),
    ("兒童節", 6, 1),
    ("建党节", 7, 1),
    ("建黨節", 7, 1),
    ("建军节", 8, 1),
    ("建軍節", 8, 1),
    ("教师节", 9, 10),
    ("教師節", 9, 10),
    ("万圣节", 10, 31),
    ("萬聖節", 10, 31),
];

/// Holidays of the lunar calendar.
const LUNAR_HOLIDAYS: &[(&str, HolidayDate)] = &[
    ("春节", spring_festival),
    ("春節", spring_festival),
    ("除夕", lunar_new_year_eve),
    ("元宵节", lantern_festival),
    ("元宵節", lantern_festival),
    ("母亲节", mothers_day),
    ("母親節", mothers_day),
    ("父亲节", fathers_day),
    ("父親節", fathers_day),
    ("感恩节", thanksgiving),
    ("感恩節", thanksgiving),
];

impl Scan<'_, '_> {
    /// The Chinese expressions of `p`, left to right.
    pub(super) fn han(&mut self, p: Span) {
        let text = self.text;
        let s = &text[p];
        let bytes = s.as_bytes();
        let mut i = 0;
        while i < s.len() {
            let b = bytes[i];
            // ASCII letters never start a Chinese expression: skip the run.
            if b < 0x80 && !b.is_ascii_digit() {
                i += 1;
                continue;
            }
            if !s.is_char_boundary(i) {
                i += 1;
                continue;
            }
            if self.filter && b >= 0x80 && !s[i..].chars().next().is_some_and(may_start) {
                i += s[i..].chars().next().map_or(1, char::len_utf8);
                continue;
            }
            let glued = i > 0 && (bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'-');
            match self.han_at(&s[i..], glued) {
                Some((len, when, absolute)) => {
                    self.emit(Span::new(p.start + i, p.start + i + len), when, absolute);
                    i += len;
                }
                None => i += s[i..].chars().next().map_or(1, char::len_utf8),
            }
        }
    }

    /// The expression at the start of `rest`: its length, meaning, and
    /// whether it names its day or month outright.
    fn han_at(&self, rest: &str, glued: bool) -> Option<(usize, When, bool)> {
        let r = self.reference;
        // 2020年, 二〇二一年, with a month, day, half, quarter or holiday.
        if !glued {
            if let Some((year, len)) = year_number(rest) {
                let after = &rest[len..];
                if after.starts_with('年') && !after[3..].starts_with('代') {
                    let end = len + 3;
                    return Some(self.in_year(rest, end, Some(year), true));
                }
            }
        }
        if let Some(&(w, rel)) = YEARS.iter().find(|(w, _)| rest.starts_with(w)) {
            return Some(self.in_year(rest, w.len(), r.map(|d| d.year() + rel), false));
        }
        // 三天前, 两周后, 3个月前, 10年前.
        if !glued {
            if let Some(found) = counted(rest, r) {
                return Some(found);
            }
        }
        // 7月20日, 三月三号, 7月.
        if !glued {
            if let Some((m, d, len)) = month_day(rest) {
                return Some(match d {
                    Some(d) => (len, When::MonthDay(m, d), true),
                    None => (len, When::Month(m), false),
                });
            }
            // 20日, 20号: a day of the reference month.
            let (n, len) = ascii_number(rest);
            if (1..=2).contains(&len) && (1..=31).contains(&n) {
                let after = &rest[len..];
                let mark = ["日", "号", "號"].iter().find(|m| after.starts_with(*m));
                if let Some(mark) = mark {
                    if !after[mark.len()..].starts_with(['内', '內', '起']) {
                        return Some((len + mark.len(), When::DayOfMonth(n), false));
                    }
                }
            }
        }
        if let Some(&(w, delta)) = DAYS.iter().find(|(w, _)| rest.starts_with(w)) {
            if NOT_DAYS.iter().any(|n| rest.starts_with(n)) {
                return None;
            }
            let date = r.and_then(|d| shift(d, delta)).map(PartialDate::Day);
            return Some((w.len(), When::Date(date, G::Day), false));
        }
        if let Some(w) = ["当天", "當天", "当日", "當日", "同日", "同一天"]
            .iter()
            .find(|w| rest.starts_with(*w))
        {
            let date = self.last_day.or(r).map(PartialDate::Day);
            return Some((w.len(), When::Date(date, G::Day), false));
        }
        if let Some(&(w, weeks)) = WEEKS.iter().find(|(w, _)| rest.starts_with(w)) {
            // 上周二: the weekday of that week.
            if let Some((wd, n)) = weekday_char(&rest[w.len()..]) {
                let date = r.and_then(|d| weekday_of_week(d, wd, weeks));
                return Some((
                    w.len() + n,
                    When::Date(date.map(PartialDate::Day), G::Day),
                    false,
                ));
            }
            let date = r.and_then(|d| week_start(d, weeks)).map(PartialDate::Day);
            return Some((w.len(), When::Date(date, G::Week), false));
        }
        if let Some(&(w, delta)) = MONTHS.iter().find(|(w, _)| rest.starts_with(w)) {
            let date = r.map(|d| month_shift(d, delta));
            return Some((w.len(), When::Date(date, G::Month), false));
        }
        if let Some(&(w, delta)) = QUARTERS.iter().find(|(w, _)| rest.starts_with(w)) {
            let date = r.map(|d| {
                let total = d.year() * 4 + i32::try_from(d.month0() / 3).unwrap_or(0) + delta;
                PartialDate::Month {
                    year: total.div_euclid(4),
                    month: u32::try_from(total.rem_euclid(4)).unwrap_or(0) * 3 + 1,
                }
            });
            return Some((w.len(), When::Date(date, G::Quarter), false));
        }
        if rest.starts_with(['上', '下', '第', '一', '二', '三', '四']) {
            if let Some((len, when)) = half_or_quarter(rest, r.map(|d| d.year())) {
                return Some((len, when, false));
            }
        }
        if let Some(w) = RECENT.iter().find(|w| rest.starts_with(*w)) {
            return Some((w.len(), When::Date(None, G::Duration), false));
        }
        if let Some((wd, len)) = han_weekday(rest) {
            return Some((len, When::Weekday(wd), false));
        }
        if let Some((len, when)) = holiday(rest, None) {
            return Some((len, when, false));
        }
        None
    }

    /// After a year (`end` bytes into `rest`): a month and day, a half, a
    /// quarter or a holiday of that year, else the year itself.
    fn in_year(
        &self,
        rest: &str,
        end: usize,
        year: Option<i32>,
        absolute: bool,
    ) -> (usize, When, bool) {
        let after = &rest[end..];
        if let Some((m, d, e)) = month_day(after) {
            let date = match d {
                Some(d) => year
                    .and_then(|y| NaiveDate::from_ymd_opt(y, m, d))
                    .map(PartialDate::Day),
                None => year.map(|year| PartialDate::Month { year, month: m }),
            };
            let g = if d.is_some() { G::Day } else { G::Month };
            return (end + e, When::Date(date, g), absolute);
        }
        if let Some((len, when)) = half_or_quarter(after, year) {
            return (end + len, when, absolute);
        }
        // 今年年底, 2020年初: the year still.
        if let Some(w) = ["年底", "年初", "年末", "底", "初"]
            .iter()
            .find(|w| after.starts_with(*w))
        {
            let date = year.map(PartialDate::Year);
            return (end + w.len(), When::Date(date, G::Year), absolute);
        }
        if let Some((len, when)) = holiday(after, Some(year)) {
            return (end + len, when, absolute);
        }
        (
            end,
            When::Date(year.map(PartialDate::Year), G::Year),
            absolute,
        )
    }
}

/// Whether a character may start a Chinese expression: the first
/// characters of every form [`Scan::han_at`] reads (digits are checked by
/// the caller).
pub(super) fn may_start(c: char) -> bool {
    matches!(
        c,
        '０'
            ..='９'
                | '〇'
                | '零'
                | '一'
                | '二'
                | '三'
                | '四'
                | '五'
                | '六'
                | '七'
                | '八'
                | '九'
                | '十'
                | '今'
                | '去'
                | '明'
                | '前'
                | '后'
                | '後'
                | '大'
                | '昨'
                | '当'
                | '當'
                | '同'
                | '上'
                | '下'
                | '本'
                | '这'
                | '這'
                | '第'
                | '近'
                | '多'
                | '星'
                | '礼'
                | '禮'
                | '周'
                | '週'
                | '元'
                | '国'
                | '國'
                | '劳'
                | '勞'
                | '圣'
                | '聖'
                | '春'
                | '除'
                | '两'
                | '兩'
                | '几'
                | '平'
                | '情'
                | '妇'
                | '婦'
                | '植'
                | '愚'
                | '青'
                | '儿'
                | '兒'
                | '建'
                | '教'
                | '万'
                | '萬'
                | '母'
                | '父'
                | '感'
    )
}

/// "三天前", "两周后", "3个月前", "十年前": a count of units before or after
/// the reference.
fn counted(s: &str, r: Option<NaiveDate>) -> Option<(usize, When, bool)> {
    let (n, len) = match s.chars().next()? {
        '两' | '兩' => (2, 3),
        _ => small_number(s)?,
    };
    let rest = &s[len..];
    const UNITS: &[(&str, u8)] = &[
        ("天", b'd'),
        ("周", b'w'),
        ("週", b'w'),
        ("个星期", b'w'),
        ("個星期", b'w'),
        ("星期", b'w'),
        ("个月", b'm'),
        ("個月", b'm'),
        ("年", b'y'),
    ];
    let &(unit, kind) = UNITS.iter().find(|(u, _)| rest.starts_with(u))?;
    let tail = &rest[unit.len()..];
    let (sign, mark) = [
        ("以后", 1),
        ("以後", 1),
        ("之后", 1),
        ("之後", 1),
        ("后", 1),
        ("後", 1),
        ("以前", -1),
        ("之前", -1),
        ("前", -1),
    ]
    .iter()
    .find(|(m, _)| tail.starts_with(m))
    .map(|&(m, sign)| (sign, m))?;
    let n = i32::try_from(n).ok()? * sign;
    let (date, g) = match kind {
        b'd' => (
            r.and_then(|r| shift(r, i64::from(n))).map(PartialDate::Day),
            G::Day,
        ),
        b'w' => (
            r.and_then(|r| shift(r, 7 * i64::from(n)))
                .map(PartialDate::Day),
            G::Day,
        ),
        b'm' => (
            r.and_then(|r| add_months(r, n)).map(|d| month_shift(d, 0)),
            G::Month,
        ),
        _ => (r.map(|r| PartialDate::Year(r.year() + n)), G::Year),
    };
    Some((len + unit.len() + mark.len(), When::Date(date, g), false))
}

/// 上半年, 下半年, 第三季度, 一季度 at the start of `s`, in `year`.
fn half_or_quarter(s: &str, year: Option<i32>) -> Option<(usize, When)> {
    for (w, month) in [("上半年", 1), ("下半年", 7)] {
        if s.starts_with(w) {
            let date = year.map(|year| PartialDate::Month { year, month });
            return Some((w.len(), When::Date(date, G::Half)));
        }
    }
    let (skip, body) = match s.strip_prefix('第') {
        Some(b) => (3, b),
        None => (0, s),
    };
    let c = body.chars().next()?;
    let q = match c {
        '一' | '1' => 1,
        '二' | '2' => 2,
        '三' | '3' => 3,
        '四' | '4' => 4,
        _ => return None,
    };
    let tail = &body[c.len_utf8()..];
    let mark = ["季度"].iter().find(|m| tail.starts_with(*m))?;
    let date = year.map(|year| PartialDate::Month {
        year,
        month: (q - 1) * 3 + 1,
    });
    Some((
        skip + c.len_utf8() + mark.len(),
        When::Date(date, G::Quarter),
    ))
}

/// A holiday at the start of `s`, in `year` when one is given.
fn holiday(s: &str, year: Option<Option<i32>>) -> Option<(usize, When)> {
    if let Some(&(w, m, d)) = FIXED_HOLIDAYS.iter().find(|(w, _, _)| s.starts_with(w)) {
        let when = match year {
            Some(y) => When::Date(
                y.and_then(|y| NaiveDate::from_ymd_opt(y, m, d))
                    .map(PartialDate::Day),
                G::Day,
            ),
            None => When::MonthDay(m, d),
        };
        return Some((w.len(), when));
    }
    let &(w, f) = LUNAR_HOLIDAYS.iter().find(|(w, _)| s.starts_with(w))?;
    let when = match year {
        Some(y) => When::Date(y.and_then(f).map(PartialDate::Day), G::Day),
        None => When::Holiday(f),
    };
    Some((w.len(), when))
}

/// 周一 .. 周日, 星期一 .. 星期天, 礼拜一, 週五, 禮拜日: the weekday and the
/// length.
fn han_weekday(s: &str) -> Option<(Weekday, usize)> {
    let prefix = ["星期", "礼拜", "禮拜", "周", "週"]
        .into_iter()
        .find(|p| s.starts_with(p))?;
    let (wd, n) = weekday_char(&s[prefix.len()..])?;
    Some((wd, prefix.len() + n))
}

/// The weekday character after 周 / 星期 (一 .. 六, 日, 天, 末 excluded).
fn weekday_char(s: &str) -> Option<(Weekday, usize)> {
    let c = s.chars().next()?;
    let wd = match c {
        '一' => Weekday::Mon,
        '二' => Weekday::Tue,
        '三' => Weekday::Wed,
        '四' => Weekday::Thu,
        '五' => Weekday::Fri,
        '六' => Weekday::Sat,
        '日' | '天' => Weekday::Sun,
        _ => return None,
    };
    Some((wd, c.len_utf8()))
}

/// "7月", "7月19日", "三月三号", "十二月三十一日" at the start of `s`: month,
/// day and length.
pub(super) fn month_day(s: &str) -> Option<(u32, Option<u32>, usize)> {
    let (m, len) = small_number(s)?;
    if !(1..=12).contains(&m) || !s[len..].starts_with('月') {
        return None;
    }
    let end = len + '月'.len_utf8();
    if let Some((d, dl)) = small_number(&s[end..]) {
        let after = &s[end + dl..];
        if (1..=31).contains(&d) {
            if let Some(mark) = ["日", "号", "號"].iter().find(|m| after.starts_with(*m)) {
                return Some((m, Some(d), end + dl + mark.len()));
            }
        }
    }
    Some((m, None, end))
}

/// A number from 1 to 99 at the start of `s`: one or two Arabic or
/// full-width digits, or Chinese numerals (三, 十二, 二十一, 三十).
fn small_number(s: &str) -> Option<(u32, usize)> {
    let (n, len) = ascii_number(s);
    if (1..=2).contains(&len) {
        return Some((n, len));
    }
    if len > 2 {
        return None;
    }
    let mut chars = s.chars();
    let digit = |c: Option<char>| c.and_then(han_digit).filter(|d| *d > 0);
    let (c0, c1, c2) = (chars.next(), chars.next(), chars.next());
    let w = '十'.len_utf8();
    if c0 == Some('十') {
        return Some(match digit(c1) {
            Some(d) => (10 + d, 2 * w),
            None => (10, w),
        });
    }
    let d0 = digit(c0)?;
    if c1 == Some('十') {
        return Some(match digit(c2) {
            Some(d) => (d0 * 10 + d, 3 * w),
            None => (d0 * 10, 2 * w),
        });
    }
    Some((d0, w))
}

/// Arabic or full-width digits at the start of `s`: value and byte length
/// (at most five digits are read).
fn ascii_number(s: &str) -> (u32, usize) {
    let mut n = 0u32;
    let mut len = 0;
    for (count, c) in s.chars().enumerate() {
        let d = match c {
            '0'..='9' => u32::from(c) - u32::from('0'),
            '０'..='９' => u32::from(c) - u32::from('０'),
            _ => break,
        };
        if count == 5 {
            break;
        }
        n = n * 10 + d;
        len += c.len_utf8();
    }
    (n, len)
}

/// A year of four digits at the start of `s`, Arabic, full-width or
/// Chinese (二〇二一), from 1900 to 2099.
fn year_number(s: &str) -> Option<(i32, usize)> {
    let (n, len) = ascii_number(s);
    let digits = s[..len].chars().count();
    let (n, len) = if digits == 4 {
        (n, len)
    } else if digits == 0 {
        let mut n = 0;
        let mut len = 0;
        for c in s.chars().take(4) {
            n = n * 10 + han_digit(c)?;
            len += c.len_utf8();
        }
        (n, len)
    } else {
        return None;
    };
    let year = i32::try_from(n).ok()?;
    (1900..2100).contains(&year).then_some((year, len))
}

/// A Chinese digit: 〇 / 零 to 九.
fn han_digit(c: char) -> Option<u32> {
    Some(match c {
        '〇' | '零' => 0,
        '一' => 1,
        '二' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}
