//! Dates and times in datelines, in every format the sources use:
//!
//! - ISO: `2021-07-21 14:35`, `2023-08-11 08:49:16` (even glued to the outlet
//!   name), `2021-07-19T07:00:00-04:00`, `2021/07/21`;
//! - English: `July 19, 2021`, `Jul 20, 2021 01:58 PM`, `19 July 2021`,
//!   `Monday, July 19, 2021`;
//! - Chinese: `2021年7月20日`, `2021年07月20日 16:30`;
//! - European numeric: `20.07.2021` (Russian and other ministries);
//! - without a year: `July 19 /TASS/`, `BEIJING, July 20 (Xinhua)`,
//!   `7月20日电`: the year comes from the caller's reference date, or the
//!   date is not given.

use chrono::{Datelike, FixedOffset, NaiveDate, NaiveTime};

use crate::Span;

/// A date found in a line, with its time and UTC offset when given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct DateMatch {
    /// From the first byte of the date to the last of the time or offset.
    pub(crate) span: Span,
    pub(crate) date: NaiveDate,
    pub(crate) time: Option<NaiveTime>,
    pub(crate) offset: Option<FixedOffset>,
    /// Whether the year was written (not taken from the reference date).
    pub(crate) has_year: bool,
}

/// The month named by `word` (any case, full or abbreviated).
pub(crate) fn month_number(word: &str) -> Option<u32> {
    crate::lexicon::calendar::month(word)
}

/// The first date in `line` (which starts at byte `base` of the input),
/// trying the formats in turn at each position. Dates without a year take it
/// from `reference`, or are skipped without one.
pub(crate) fn find_date(
    line: &str,
    base: usize,
    reference: Option<NaiveDate>,
) -> Option<DateMatch> {
    let bytes = line.as_bytes();
    // Every format has a day or a year in ASCII digits.
    if !bytes.iter().any(u8::is_ascii_digit) {
        return None;
    }
    let mut i = 0;
    while i < bytes.len() {
        let at_word_start = i == 0 || !bytes[i - 1].is_ascii_alphanumeric();
        if at_word_start {
            let found = if bytes[i].is_ascii_digit() {
                numeric_date(line, i, reference).or_else(|| day_month_year(line, i, reference))
            } else if bytes[i].is_ascii_alphabetic() {
                month_day_year(line, i, reference)
            } else {
                None
            };
            if let Some((start, end, date, has_year)) = found {
                let (end, time, offset) = time_after(line, end);
                return Some(DateMatch {
                    span: Span::new(base + start, base + end),
                    date,
                    time,
                    offset,
                    has_year,
                });
            }
        }
        i = crate::text::boundary::ceil(line, i + 1);
    }
    None
}

/// Digits at `i`, at most `max` of them: (value, end).
fn digits(line: &str, i: usize, max: usize) -> Option<(u32, usize)> {
    let bytes = line.as_bytes();
    let mut end = i;
    while end < bytes.len() && end - i < max && bytes[end].is_ascii_digit() {
        end += 1;
    }
    if end == i || bytes.get(end).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    line[i..end].parse().ok().map(|v| (v, end))
}

type Found = (usize, usize, NaiveDate, bool);

/// `2021-07-21`, `2021/7/21`, `2021.07.21`, `2021年7月20日`, `20.07.2021`,
/// and `7月20日` without a year.
fn numeric_date(line: &str, i: usize, reference: Option<NaiveDate>) -> Option<Found> {
    let (first, after_first) = digits(line, i, 4)?;
    let rest = &line[after_first..];
    if after_first - i == 4 {
        // Year first.
        for (sep, month_mark, day_mark) in [
            ("-", "-", ""),
            ("/", "/", ""),
            (".", ".", ""),
            ("年", "月", "日"),
        ] {
            if let Some(after_sep) = rest.strip_prefix(sep) {
                let m_start = line.len() - after_sep.len();
                let (month, m_end) = digits(line, m_start, 2)?;
                let after_month = line[m_end..].strip_prefix(month_mark)?;
                let d_start = line.len() - after_month.len();
                let (day, d_end) = digits(line, d_start, 2)?;
                let end = if day_mark.is_empty() {
                    d_end
                } else {
                    d_end
                        + line[d_end..]
                            .strip_prefix(day_mark)
                            .map_or(0, |_| day_mark.len())
                };
                let date = NaiveDate::from_ymd_opt(first as i32, month, day)?;
                return Some((i, end, date, true));
            }
        }
        return None;
    }
    if let Some(after_month) = rest.strip_prefix('月') {
        // `7月20日` without a year.
        let d_start = line.len() - after_month.len();
        let (day, d_end) = digits(line, d_start, 2)?;
        let end = d_end
            + line[d_end..]
                .strip_prefix('日')
                .map_or(0, |_| '日'.len_utf8());
        let year = reference?.year();
        return Some((i, end, NaiveDate::from_ymd_opt(year, first, day)?, false));
    }
    // `20.07.2021`: day first, European style.
    let after_dot = rest.strip_prefix('.')?;
    let m_start = line.len() - after_dot.len();
    let (month, m_end) = digits(line, m_start, 2)?;
    let y_start = m_end + line[m_end..].strip_prefix('.').map(|_| 1)?;
    let (year, y_end) = digits(line, y_start, 4)?;
    if y_end - y_start != 4 {
        return None;
    }
    Some((
        i,
        y_end,
        NaiveDate::from_ymd_opt(year as i32, month, first)?,
        true,
    ))
}

/// A word of letters at `i`: (word, end).
fn word_at(line: &str, i: usize) -> (&str, usize) {
    let end = line[i..]
        .find(|c: char| !c.is_ascii_alphabetic())
        .map_or(line.len(), |n| i + n);
    (&line[i..end], end)
}

fn skip(line: &str, mut i: usize, chars: &[u8]) -> usize {
    while i < line.len() && chars.contains(&line.as_bytes()[i]) {
        i += 1;
    }
    i
}

/// `July 19, 2021`, `Jul. 19 2021`, `July 19` (no year).
fn month_day_year(line: &str, i: usize, reference: Option<NaiveDate>) -> Option<Found> {
    let (word, word_end) = word_at(line, i);
    let month = month_number(word)?;
    let mut j = word_end + line[word_end..].strip_prefix('.').map_or(0, |_| 1);
    let before_day = j;
    j = skip(line, j, b" ");
    if j == before_day {
        return None;
    }
    let (day, day_end) = digits(line, j, 2)?;
    let end = ordinal_end(line, day_end);
    year_after(line, i, end, end, month, day, reference)
}

/// The end of an English ordinal suffix after a day ("19th"), or `end`.
fn ordinal_end(line: &str, end: usize) -> usize {
    ["st", "nd", "rd", "th"]
        .iter()
        .find(|s| line[end..].starts_with(*s))
        .map_or(end, |s| end + s.len())
}

/// The date from `start` whose day and month end at `end`: with the
/// four-digit year after `end` (past a comma or spaces) when there is one,
/// else in the reference date's year, ending at `bare_end`.
fn year_after(
    line: &str,
    start: usize,
    end: usize,
    bare_end: usize,
    month: u32,
    day: u32,
    reference: Option<NaiveDate>,
) -> Option<Found> {
    let y = skip(line, end, b", ");
    if let Some((year, y_end)) = digits(line, y, 4).filter(|&(_, e)| e - y == 4) {
        let date = NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)?;
        return Some((start, y_end, date, true));
    }
    let year = reference?.year();
    Some((
        start,
        bare_end,
        NaiveDate::from_ymd_opt(year, month, day)?,
        false,
    ))
}

/// `19 July 2021`, `19 Jul 2021`, `19 July` (no year).
fn day_month_year(line: &str, i: usize, reference: Option<NaiveDate>) -> Option<Found> {
    let (day, day_end) = digits(line, i, 2)?;
    let day_end = ordinal_end(line, day_end);
    let m = skip(line, day_end, b" ");
    if m == day_end {
        return None;
    }
    let (word, word_end) = word_at(line, m);
    let month = month_number(word)?;
    let after = word_end + line[word_end..].strip_prefix('.').map_or(0, |_| 1);
    year_after(line, i, after, word_end, month, day, reference)
}

/// A time after a date: `14:35`, `08:49:16`, `T07:00:00-04:00`,
/// `01:58 PM`, `16:30 (GMT+8)`. Returns the new end, the time and the offset.
fn time_after(line: &str, end: usize) -> (usize, Option<NaiveTime>, Option<FixedOffset>) {
    let mut j = end;
    if line[j..].starts_with('T') {
        j += 1;
    } else {
        j = skip(line, j, b" ,|");
    }
    let Some((hour, h_end)) = digits(line, j, 2) else {
        return (end, None, None);
    };
    let Some(m_start) = line[h_end..].strip_prefix(':').map(|_| h_end + 1) else {
        return (end, None, None);
    };
    let Some((minute, m_end)) = digits(line, m_start, 2).filter(|&(_, e)| e - m_start == 2) else {
        return (end, None, None);
    };
    let mut t_end = m_end;
    let mut second = 0;
    if let Some((s, s_end)) = line[m_end..]
        .strip_prefix(':')
        .and_then(|_| digits(line, m_end + 1, 2))
        .filter(|&(_, e)| e - m_end == 3)
    {
        second = s;
        t_end = s_end;
        // Fractions of a second are read and dropped.
        if line[t_end..].starts_with('.') {
            t_end = skip(line, t_end + 1, b"0123456789");
        }
    }
    let mut hour = hour;
    let ampm = skip(line, t_end, b" ");
    let (word, word_end) = meridiem_at(line, ampm);
    if !word.is_empty() {
        if hour > 12 || hour == 0 {
            return (end, None, None);
        }
        hour = match (word == "pm", hour) {
            (true, 12) => 12,
            (true, h) => h + 12,
            (false, 12) => 0,
            (false, h) => h,
        };
        t_end = word_end;
    }
    let Some(time) = NaiveTime::from_hms_opt(hour, minute, second) else {
        return (end, None, None);
    };
    let (t_end, offset) = offset_after(line, t_end);
    if offset.is_some() {
        return (t_end, Some(time), offset);
    }
    let (t_end, offset) = zone_after(line, t_end);
    (t_end, Some(time), offset)
}

/// "am", "pm", "a.m.", "P.M." at `i`: ("am" or "pm", end), or ("", i).
fn meridiem_at(line: &str, i: usize) -> (&'static str, usize) {
    let rest = &line.as_bytes()[i..];
    let Some(&first) = rest.first() else {
        return ("", i);
    };
    let which = match first.to_ascii_lowercase() {
        b'a' => "am",
        b'p' => "pm",
        _ => return ("", i),
    };
    let mut j = 1;
    if rest.get(j) == Some(&b'.') {
        j += 1;
    }
    if !rest.get(j).is_some_and(|b| b.eq_ignore_ascii_case(&b'm')) {
        return ("", i);
    }
    j += 1;
    if rest.get(j) == Some(&b'.') {
        j += 1;
    }
    // "am" must end a word ("amid" is no meridiem).
    if rest.get(j).is_some_and(u8::is_ascii_alphanumeric) {
        return ("", i);
    }
    (which, i + j)
}

/// Time zones written after a time, with their offsets in hours: the
/// unambiguous abbreviations of the zones statements are issued in
/// ("CST" and "IST" name two zones each and are left out), and Beijing
/// time.
const ZONES: &[(&str, i32)] = &[
    ("UTC", 0),
    ("GMT", 0),
    ("EDT", -4),
    ("EST", -5),
    ("CDT", -5),
    ("MDT", -6),
    ("MST", -7),
    ("PDT", -7),
    ("PST", -8),
    ("BST", 1),
    ("CET", 1),
    ("CEST", 2),
    ("EET", 2),
    ("EEST", 3),
    ("MSK", 3),
    ("GST", 4),
    ("PKT", 5),
    ("ICT", 7),
    ("WIB", 7),
    ("HKT", 8),
    ("SGT", 8),
    ("PHT", 8),
    ("PHST", 8),
    ("AWST", 8),
    ("JST", 9),
    ("KST", 9),
    ("AEST", 10),
    ("AEDT", 11),
    ("NZST", 12),
    ("NZDT", 13),
    ("Beijing Time", 8),
    ("Beijing time", 8),
    ("北京时间", 8),
    ("北京時間", 8),
];

/// A time zone after a time ("EDT", "(Beijing Time)"): its end and offset.
fn zone_after(line: &str, i: usize) -> (usize, Option<FixedOffset>) {
    let at = skip(line, i, b" ");
    let open = usize::from(line[at..].starts_with('('));
    let rest = &line[at + open..];
    for &(name, hours) in ZONES {
        let Some(after) = rest.strip_prefix(name) else {
            continue;
        };
        if after.starts_with(|c: char| c.is_ascii_alphanumeric()) {
            continue;
        }
        let mut end = at + open + name.len();
        if open == 1 {
            let Some(close) = after.strip_prefix(')') else {
                continue;
            };
            end = line.len() - close.len();
        }
        return (end, FixedOffset::east_opt(hours * 3600));
    }
    (i, None)
}

/// `Z`, `+08:00`, `-0400` right after a time.
fn offset_after(line: &str, i: usize) -> (usize, Option<FixedOffset>) {
    let rest = &line[i..];
    if rest.starts_with('Z') && !rest[1..].starts_with(|c: char| c.is_ascii_alphabetic()) {
        return (i + 1, FixedOffset::east_opt(0));
    }
    let sign = match rest.as_bytes().first() {
        Some(b'+') => 1,
        Some(b'-') => -1,
        _ => return (i, None),
    };
    let Some((hours, h_end)) = digits(line, i + 1, 2).filter(|&(_, e)| e - i == 3) else {
        return (i, None);
    };
    let m_start = h_end + line[h_end..].strip_prefix(':').map_or(0, |_| 1);
    let Some((minutes, m_end)) = digits(line, m_start, 2).filter(|&(_, e)| e - m_start == 2) else {
        return (i, None);
    };
    let seconds = sign * (hours as i32 * 3600 + minutes as i32 * 60);
    match FixedOffset::east_opt(seconds) {
        Some(offset) if hours <= 14 && minutes < 60 => (m_end, Some(offset)),
        _ => (i, None),
    }
}

/// What the opening words of a wire story or an agency report say:
/// "BEIJING, July 20 (Xinhua) --", "MOSCOW, July 22. /TASS/.", "(ECNS) --",
/// "Press Release, Washington DC, 04 February 2023 :", "新华社北京8月2日电",
/// "央广网北京7月20日消息（记者焦莹）".
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Opener {
    /// The date, when it has a year or the reference date gives one.
    pub(crate) date: Option<DateMatch>,
    /// The agency's or outlet's name, as written.
    pub(crate) outlet: Option<Span>,
    /// Reporters named in brackets after a Chinese opener ("（记者焦莹）").
    pub(crate) reporters: Vec<Span>,
}

/// The most bytes of a line an opener is looked for in.
const OPENER_HEAD: usize = 160;

/// The opener at the start of `line` (which starts at byte `base` of the
/// input), if the line opens with one.
pub(crate) fn opener(line: &str, base: usize, reference: Option<NaiveDate>) -> Option<Opener> {
    let head = &line[..crate::text::boundary::floor(line, OPENER_HEAD)];
    if head.starts_with(crate::text::is_ideograph) {
        return chinese_opener(head, base, reference);
    }
    latin_opener(head, base, reference)
}

/// Words of a Chinese reporters' bracket that are roles, not names.
const REPORTER_ROLES: &[&str] = &[
    "见习记者",
    "見習記者",
    "记者",
    "記者",
    "通讯员",
    "通訊員",
    "实习生",
    "實習生",
    "特约记者",
];

/// "新华社北京8月2日电", "中新网北京9月8日电", "央广网北京7月20日消息（记者焦莹）":
/// the outlet, a city, a date and 电/消息/讯, then reporters in brackets.
fn chinese_opener(head: &str, base: usize, reference: Option<NaiveDate>) -> Option<Opener> {
    // The outlet and the city: ideographs up to the first digit.
    let digit = head.find(|c: char| c.is_ascii_digit())?;
    let prefix = &head[..digit];
    let prefix_chars = prefix.chars().count();
    if !(2..=14).contains(&prefix_chars) || !prefix.chars().all(crate::text::is_ideograph) {
        return None;
    }
    let rest = &head[digit..];
    let month = rest.find('月')?;
    let day = rest.find('日')?;
    if month > 2 || day < month || day > month + 5 {
        return None;
    }
    let after_date = digit + day + '日'.len_utf8();
    let mark = ["电", "電", "消息", "讯", "訊"]
        .iter()
        .find(|m| head[after_date..].starts_with(*m))?;
    // The outlet ends at the first outlet ending after two characters that
    // leaves at most six characters of city.
    let mut outlet = None;
    for (i, _) in prefix.char_indices().skip(1) {
        let ends_outlet = crate::lexicon::outlets::CHINESE_OUTLET_ENDINGS
            .iter()
            .any(|e| prefix[..i].ends_with(e) && prefix[..i].chars().count() >= 2);
        if ends_outlet && prefix[i..].chars().count() <= 6 {
            outlet = Some(Span::new(base, base + i));
            break;
        }
    }
    if outlet.is_none() {
        let whole_outlet = crate::lexicon::outlets::CHINESE_OUTLET_ENDINGS
            .iter()
            .any(|e| prefix.ends_with(e));
        if !whole_outlet {
            return None;
        }
        outlet = Some(Span::new(base, base + prefix.len()));
    }
    let date = find_date(&head[digit..after_date], base + digit, reference);
    let mut reporters = Vec::new();
    let after_mark = after_date + mark.len();
    let bracket = head[after_mark..].trim_start();
    let bracket_at = head.len() - bracket.len();
    if let Some(inner) = bracket.strip_prefix(['(', '（']) {
        let inner_at = bracket_at + (bracket.len() - inner.len());
        let close = inner.find([')', '）']).unwrap_or(inner.len());
        let inner = &inner[..close];
        if REPORTER_ROLES.iter().any(|r| inner.starts_with(r)) {
            reporters = reporter_names(inner, base + inner_at);
        }
    }
    Some(Opener {
        date,
        outlet,
        reporters,
    })
}

/// The names in a Chinese reporters' bracket ("记者焦莹", "记者 张三 李四",
/// "记者张三、李四 通讯员王五"): the runs of two to four ideographs or of
/// Latin letters left when the role words and separators are taken out.
fn reporter_names(inner: &str, base: usize) -> Vec<Span> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < inner.len() {
        let rest = &inner[i..];
        if let Some(role) = REPORTER_ROLES.iter().find(|r| rest.starts_with(*r)) {
            i += role.len();
            continue;
        }
        let c = rest.chars().next().unwrap_or(' ');
        if c.is_whitespace() || "、，,;；/".contains(c) {
            i += c.len_utf8();
            continue;
        }
        // A name runs to the next separator or role word.
        let mut end = i;
        while end < inner.len() {
            let r = &inner[end..];
            let ch = r.chars().next().unwrap_or(' ');
            if ch.is_whitespace()
                || "、，,;；/".contains(ch)
                || REPORTER_ROLES.iter().any(|role| r.starts_with(role))
            {
                break;
            }
            end += ch.len_utf8();
        }
        let name = &inner[i..end];
        let chars = name.chars().count();
        let han = name.chars().all(crate::text::is_ideograph);
        if han && (2..=4).contains(&chars) || !han && name.chars().all(char::is_alphabetic) {
            out.push(Span::new(base + i, base + end));
        }
        i = end.max(i + c.len_utf8());
    }
    out
}

/// "BEIJING, July 20 (Xinhua) --", "MOSCOW, July 22. /TASS/.", "(ECNS) --",
/// "Press Release, Washington DC, 04 February 2023 :": up to two
/// capitalised places or labels with commas, a date, then an agency's mark
/// or a dash or colon.
fn latin_opener(head: &str, base: usize, reference: Option<NaiveDate>) -> Option<Opener> {
    // "(ECNS) --": an agency's mark alone opens the story.
    if let Some((name, end)) = agency_mark(head, 0) {
        if starts_with_separator(&head[end..]) {
            return Some(Opener {
                outlet: Some(Span::new(base + name.start, base + name.end)),
                ..Opener::default()
            });
        }
    }
    // "WASHINGTON (Reuters) -", "BEIJING (AP) —": a place in capitals, the
    // agency's mark, a dash, and no date.
    let cap = crate::text::boundary::floor(head, 40);
    if let Some(open) = head[..cap].find(" (") {
        let place = &head[..open];
        let capitals = is_place(place) && !place.contains(|c: char| c.is_lowercase());
        if let Some((name, end)) = agency_mark(head, open + 1).filter(|_| capitals) {
            if starts_with_separator(&head[end..]) {
                return Some(Opener {
                    outlet: Some(Span::new(base + name.start, base + name.end)),
                    ..Opener::default()
                });
            }
        }
    }
    let mut from = 0;
    for _ in 0..3 {
        let comma = from + head[from..].find(", ")?;
        if comma > 60 || !is_place(&head[from..comma]) {
            return None;
        }
        let after = comma + 2;
        let rest = &head[after..];
        // The date, or a month and day without a year to read it from.
        let date =
            find_date(rest, base + after, reference).filter(|d| d.span.start == base + after);
        let date_end = match date {
            Some(d) => d.span.end - base,
            None => month_day_end(head, after).unwrap_or(after),
        };
        if date_end == after {
            // Not a date: "Press Release, Washington DC, ..." goes on.
            from = after;
            continue;
        }
        let mark_from = skip(head, date_end, b" .,");
        let mark = agency_mark(head, mark_from);
        let tail = mark
            .as_ref()
            .map_or(&head[date_end..], |(_, end)| &head[*end..]);
        if mark.is_none() && !starts_with_separator(tail.trim_start_matches(['.', ','])) {
            return None;
        }
        return Some(Opener {
            date,
            outlet: mark.map(|(name, _)| Span::new(base + name.start, base + name.end)),
            reporters: Vec::new(),
        });
    }
    None
}

/// A place or label before a dateline's comma: one to four capitalised
/// words ("BEIJING", "Washington DC", "Press Release", "ST. PETERSBURG").
fn is_place(s: &str) -> bool {
    let words = s.split_whitespace().count();
    (1..=4).contains(&words)
        && s.split_whitespace().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || "-.'’".contains(c))
        })
}

/// The end of "July 22" or "22 July" at `i`: a dateline's date without a
/// year.
fn month_day_end(line: &str, i: usize) -> Option<usize> {
    let token = |at: usize| {
        let end = line[at..]
            .find(|c: char| !c.is_ascii_alphanumeric())
            .map_or(line.len(), |n| at + n);
        (&line[at..end], end)
    };
    let (first, first_end) = token(i);
    let second_at = skip(line, first_end, b" ");
    let (second, second_end) = token(second_at);
    let is_day = |w: &str| w.len() <= 2 && !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
    let month = |w: &str| month_number(w.trim_end_matches('.')).is_some();
    (month(first) && is_day(second) || is_day(first) && month(second)).then_some(second_end)
}

/// An agency's mark at `i`: "(Xinhua)", "/TASS/", "(AFP)": its name's
/// range and the end of the mark.
fn agency_mark(line: &str, i: usize) -> Option<(std::ops::Range<usize>, usize)> {
    let rest = &line[i..];
    let close = match rest.as_bytes().first()? {
        b'(' => ')',
        b'/' => '/',
        _ => return None,
    };
    let len = rest[1..].find(close)?;
    let name = &rest[1..1 + len];
    let known = crate::lexicon::outlets::find(name).is_some();
    let shaped = (2..=30).contains(&name.len())
        && name.chars().next().is_some_and(char::is_uppercase)
        && name
            .chars()
            .all(|c| c.is_alphabetic() || " .-&".contains(c))
        && name.split_whitespace().count() <= 4;
    (known || shaped).then_some((i + 1..i + 1 + len, i + len + 2))
}

/// Whether `s` opens with the dash, colon or full stop that ends a
/// dateline ("--", "—", "–", "-", ":", ".").
fn starts_with_separator(s: &str) -> bool {
    let s = s.trim_start();
    s.starts_with(['-', '—', '–', ':', '：', '.'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn found(line: &str) -> Option<(String, String, Option<String>, Option<String>)> {
        find_date(line, 0, None).map(|m| {
            (
                line[m.span].to_string(),
                m.date.to_string(),
                m.time.map(|t| t.to_string()),
                m.offset.map(|o| o.to_string()),
            )
        })
    }

    #[test]
    fn iso_forms() {
        assert_eq!(
            found("2021-07-21 14:35").unwrap().2.as_deref(),
            Some("14:35:00")
        );
        let glued = found("2023-08-11 08:49:16Global Times").unwrap();
        assert_eq!(glued.0, "2023-08-11 08:49:16");
        assert_eq!(glued.1, "2023-08-11");
        let offset = found("2021-07-19 07:00:00-04:00").unwrap();
        assert_eq!(offset.3.as_deref(), Some("-04:00"));
        assert_eq!(
            found("2021-07-19T07:00:00Z").unwrap().3.as_deref(),
            Some("+00:00")
        );
        assert_eq!(found("Updated 2021/7/9").unwrap().1, "2021-07-09");
    }

    #[test]
    fn english_forms() {
        let p = found("Published: Jul 20, 2021 01:58 PM").unwrap();
        assert_eq!(
            (p.1.as_str(), p.2.as_deref()),
            ("2021-07-20", Some("13:58:00"))
        );
        assert_eq!(found("July 19, 2021").unwrap().1, "2021-07-19");
        assert_eq!(found("19 July 2021").unwrap().1, "2021-07-19");
        assert_eq!(found("Monday, 19th July 2021").unwrap().1, "2021-07-19");
        assert_eq!(
            found("Sept. 3, 2020 12:00 AM").unwrap().2.as_deref(),
            Some("00:00:00")
        );
    }

    #[test]
    fn chinese_and_european_forms() {
        assert_eq!(
            found("2021年7月20日 16:30").unwrap().2.as_deref(),
            Some("16:30:00")
        );
        assert_eq!(found("发布时间：2021年07月20日").unwrap().1, "2021-07-20");
        assert_eq!(found("20.07.2021 13:00").unwrap().1, "2021-07-20");
    }

    #[test]
    fn no_year_needs_a_reference() {
        assert_eq!(found("July 19 /TASS/"), None);
        assert_eq!(found("新华社北京7月20日电"), None);
        let reference = Some(ymd(2021, 1, 1));
        assert_eq!(
            find_date("July 19 /TASS/", 0, reference).map(|m| m.date),
            Some(ymd(2021, 7, 19))
        );
        let cn = find_date("新华社北京7月20日电", 0, reference).unwrap();
        assert_eq!((cn.date, cn.has_year), (ymd(2021, 7, 20), false));
    }

    #[test]
    fn not_dates() {
        assert_eq!(found("Fax: +61 2 85958064"), None);
        assert_eq!(found("2021-13-45"), None);
        assert_eq!(found("May we ask a question?"), None);
        assert_eq!(found("12345-67-89"), None);
        assert_eq!(found("25:99 on 2021-02-30"), None);
    }

    #[test]
    fn spans_are_offset_by_base() {
        let m = find_date("x 2021-07-21", 100, None).unwrap();
        assert_eq!(m.span, Span::new(102, 112));
    }

    #[test]
    fn openers_of_wires_and_agencies() {
        let read = |line: &str| {
            let o = opener(line, 0, NaiveDate::from_ymd_opt(2024, 1, 1))?;
            Some((
                o.outlet.map(|s| line[s.start..s.end].to_string()),
                o.date.map(|d| d.date.to_string()),
                o.reporters
                    .iter()
                    .map(|s| line[s.start..s.end].to_string())
                    .collect::<Vec<_>>(),
            ))
        };
        let some = |outlet: &str, date: Option<&str>, reporters: &[&str]| {
            Some((
                Some(outlet.to_string()),
                date.map(str::to_string),
                reporters.iter().map(|r| r.to_string()).collect::<Vec<_>>(),
            ))
        };
        assert_eq!(
            read("BEIJING, July 20 (Xinhua) -- China on Tuesday said so."),
            some("Xinhua", Some("2024-07-20"), &[])
        );
        assert_eq!(
            read("MOSCOW, July 22. /TASS/. The claims are groundless."),
            some("TASS", Some("2024-07-22"), &[])
        );
        assert_eq!(
            read("(ECNS) -- A report released on Monday said so."),
            some("ECNS", None, &[])
        );
        assert_eq!(
            read("WASHINGTON (Reuters) - The United States said on Monday."),
            some("Reuters", None, &[])
        );
        assert_eq!(read("BEIJING (AP) — China said so."), some("AP", None, &[]));
        assert_eq!(read("The Ministry (MFA) - said so."), None);
        assert_eq!(
            read("中新网北京9月8日电 9月5日,有关机构发布报告。"),
            some("中新网", Some("2024-09-08"), &[])
        );
        assert_eq!(
            read("央广网北京7月20日消息(记者焦莹)据报道,发言人表示。"),
            some("央广网", Some("2024-07-20"), &["焦莹"])
        );
        assert_eq!(
            read("中央社台北3月1日電（記者 王大明、李小華）外交部今天表示。"),
            some("中央社", Some("2024-03-01"), &["王大明", "李小華"])
        );
        let press_release = opener(
            "Press Release, Canberra, 12 March 2024 : Statement From The Minister",
            0,
            None,
        )
        .and_then(|o| o.date)
        .map(|d| d.date.to_string());
        assert_eq!(press_release.as_deref(), Some("2024-03-12"));
        // Prose that starts with a place and a comma is no opener.
        for prose in [
            "In Washington, officials said the talks would go on.",
            "Mr. Smith, 45, said the claims were false.",
            "外交部发言人表示,中方坚决反对。",
            "2021年7月20日,外交部发言人表示。",
            "(来源:)",
            "BEIJING, ",
            "中新网北京",
        ] {
            assert_eq!(opener(prose, 0, None), None, "{prose}");
        }
    }

    #[test]
    fn twelve_hour_times_and_zones() {
        fn read(s: &str) -> (Option<String>, Option<i32>, &str) {
            let d = find_date(s, 0, None).expect("a date");
            (
                d.time.map(|t| t.format("%H:%M").to_string()),
                d.offset.map(|o| o.local_minus_utc() / 3600),
                &s[d.span.start..d.span.end],
            )
        }
        assert_eq!(
            read("July 19, 2021 1:06 P.M. EDT"),
            (
                Some("13:06".into()),
                Some(-4),
                "July 19, 2021 1:06 P.M. EDT"
            )
        );
        assert_eq!(
            read("Jul 20, 2021 01:58 PM"),
            (Some("13:58".into()), None, "Jul 20, 2021 01:58 PM")
        );
        assert_eq!(read("2021-07-20 9:30 a.m. (Beijing Time)").1, Some(8));
        assert_eq!(read("2021-07-20 16:30 BST").1, Some(1));
        assert_eq!(read("2021-07-20 16:30 CST").1, None, "CST names two zones");
        assert_eq!(read("2021-07-20 10:30 amid talks").0, Some("10:30".into()));
        assert_eq!(read("2021-07-20 12:00 a.m.").0, Some("00:00".into()));
    }
}
