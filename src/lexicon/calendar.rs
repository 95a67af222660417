//! English names of the months and the weekdays, for every stage that reads
//! dates: the dateline, the date grammar, the statistics (a number beside a
//! month is a date, not a count) and the speakers (a weekday between a
//! subject and its verb).

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
    }
}
