//! English names of the months and the weekdays, for every stage that reads
//! dates: the dateline, the date grammar, the statistics (a number beside a
//! month is a date, not a count) and the speakers (a weekday between a
//! subject and its verb); and the Chinese words of the day before a verb.

use chrono::Weekday;

/// Month names, full and abbreviated, lower case.
const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// Weekday names in full, lower case.
const WEEKDAYS: &[(&str, Weekday)] = &[
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
];

/// Weekday abbreviations, lower case ("Wed", "Thurs" in text).
const WEEKDAY_ABBREVIATIONS: &[(&str, Weekday)] = &[
    ("mon", Weekday::Mon),
    ("tue", Weekday::Tue),
    ("tues", Weekday::Tue),
    ("wed", Weekday::Wed),
    ("thu", Weekday::Thu),
    ("thur", Weekday::Thu),
    ("thurs", Weekday::Thu),
    ("fri", Weekday::Fri),
    ("sat", Weekday::Sat),
    ("sun", Weekday::Sun),
];

/// The month names of [`month`], full and abbreviated, for word lists
/// (the date grammar's head words and key words).
pub(crate) const MONTH_NAMES: [&str; MONTHS.len()] = super::names(MONTHS);

/// The weekday names of [`weekday`], for word lists.
pub(crate) const WEEKDAY_NAMES: [&str; WEEKDAYS.len()] = super::names(WEEKDAYS);

/// The weekday abbreviations of [`weekday_abbreviation`], for word lists.
pub(crate) const WEEKDAY_ABBREVIATION_NAMES: [&str; WEEKDAY_ABBREVIATIONS.len()] =
    super::names(WEEKDAY_ABBREVIATIONS);

/// The quarters and halves of a year as reports write them ("Q3", "H1").
const QUARTERS: &[&str] = &["q1", "q2", "q3", "q4", "h1", "h2"];

/// Every name of the calendar, for word lists: the months, full and
/// abbreviated, the weekdays and their abbreviations, the quarters and
/// halves.
pub(crate) const CALENDAR_NAMES: [&str;
    MONTHS.len() + WEEKDAYS.len() + WEEKDAY_ABBREVIATIONS.len() + QUARTERS.len()] =
    super::concat(&[
        &MONTH_NAMES,
        &WEEKDAY_NAMES,
        &WEEKDAY_ABBREVIATION_NAMES,
        QUARTERS,
    ]);

/// The weekday the lowercase abbreviation `word` stands for ("wed",
/// "thurs"). Callers decide when an abbreviation is one ("Sun", "sat").
pub(crate) fn weekday_abbreviation(word: &str) -> Option<Weekday> {
    WEEKDAY_ABBREVIATIONS
        .iter()
        .find(|(name, _)| *name == word)
        .map(|&(_, d)| d)
}

/// The month `word` names (1 to 12), in any case, full or abbreviated
/// ("March", "Sept", "dec"). "May" and "March" are words too: callers read
/// this beside a number or a date.
pub(crate) fn month(word: &str) -> Option<u32> {
    // Month names run from 3 to 9 letters: other words pass at once.
    if !(3..=9).contains(&word.len()) {
        return None;
    }
    MONTHS
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(word))
        .map(|&(_, n)| n)
}

/// The weekday `word` names in full, in any case ("Monday", "friday").
pub(crate) fn weekday(word: &str) -> Option<Weekday> {
    if !(6..=9).contains(&word.len()) {
        return None;
    }
    WEEKDAYS
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(word))
        .map(|&(_, d)| d)
}

/// Chinese words of the day a thing was done, which stand between a
/// subject and its verb ("协会今天发布", "外交部日前表示", "X同日公布"): no
/// part of the name before them. The speakers and the statistics' sources
/// cut them off.
pub(crate) const HAN_TIME_WORDS: &[&str] = &[
    "今天", "昨天", "今日", "昨日", "日前", "近日", "当天", "當天", "此前", "近期", "当日", "當日",
    "同日",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_and_weekdays_in_any_case() {
        assert_eq!(month("Sept"), Some(9));
        assert_eq!(month("DECEMBER"), Some(12));
        assert_eq!(month("may"), Some(5));
        assert_eq!(month("Mayor"), None);
        assert_eq!(weekday("Wednesday"), Some(Weekday::Wed));
        assert_eq!(weekday("sunday"), Some(Weekday::Sun));
        assert_eq!(weekday("Wed"), None);
        assert_eq!(weekday_abbreviation("thurs"), Some(Weekday::Thu));
        assert!(MONTH_NAMES.contains(&"sept") && WEEKDAY_NAMES.contains(&"friday"));
    }
}
