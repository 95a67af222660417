//! The reference periods a sentence states: a year ("in 2020", "2020年",
//! "last year" resolved against the reference date) or a span as written
//! ("the past decade", "the next five years").

use chrono::Datelike;

use super::words::{first_word_near, last_word_near};
use crate::Span;
use crate::lexicon::units::en_time_unit;
use crate::text::{NumberKind, NumberMatch};

/// The reference periods stated in a sentence: (offset, period) for "in
/// 2020", "during 2019", "2020年", "last year", "over the past decade".
pub(super) fn periods(
    text: &str,
    sentence: Span,
    numbers: &[NumberMatch],
    reference: Option<chrono::NaiveDate>,
) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    years(text, sentence, numbers, &mut out);
    month_ranges(text, sentence, numbers, reference, &mut out);
    let Some(phrases) = Phrases::of(&text[sentence]) else {
        return out;
    };
    if let Some(year) = reference.map(|d| d.year()) {
        for (phrase, delta) in [
            ("last year", -1),
            ("this year", 0),
            ("next year", 1),
            ("去年", -1),
            ("今年", 0),
            ("明年", 1),
        ] {
            if let Some(p) = phrases.find(phrase) {
                out.push((sentence.start + p, (year + delta).to_string()));
            }
        }
    }
    stretches(text, sentence, numbers, &mut out);
    for phrase in [
        "the past decade",
        "the last decade",
        "the past year",
        "the past five years",
        "the past ten years",
    ] {
        if let Some(p) = phrases.find(phrase) {
            out.push((
                sentence.start + p,
                phrases.s[p..p + phrase.len()].to_string(),
            ));
        }
    }
    out
}

/// Years: "2020年" but not "2020年7月" (a date inside the year); bare
/// four-digit years after "in", "during", "throughout", "for", "fiscal",
/// "of" ("in 2020 alone"; "in 2020-2021" is cut away by the grammar).
fn years(text: &str, sentence: Span, numbers: &[NumberMatch], out: &mut Vec<(usize, String)>) {
    for m in numbers {
        let written = &text[m.span];
        if m.kind == NumberKind::Year {
            let rest = &text[m.span.end..sentence.end];
            let digits_after =
                rest.trim_start_matches(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c));
            let month = digits_after.len() < rest.len() && digits_after.starts_with('月');
            if !month {
                out.push((m.span.start, format!("{}", m.value as i64)));
            }
            continue;
        }
        if !(m.plain && written.len() == 4 && (1000.0..3000.0).contains(&m.value)) {
            continue;
        }
        let Some((_, w)) = last_word_near(&text[sentence.start..m.span.start]) else {
            continue;
        };
        let w = w.to_ascii_lowercase();
        let framed = matches!(
            w.as_str(),
            "in" | "during" | "throughout" | "for" | "fiscal" | "of"
        );
        if framed && !text[m.span.end..sentence.end].starts_with(char::is_alphanumeric) {
            out.push((m.span.start, written.to_string()));
        }
    }
}

/// Ranges of days inside a month ("between 10 and 31 May", "from 3 to 9
/// June 2024"): the month, as "YYYY-MM", at the range's end. The year is
/// the one written after the month, else the reference date's (the year
/// before when the month is later than the reference's: a report looks
/// back).
fn month_ranges(
    text: &str,
    sentence: Span,
    numbers: &[NumberMatch],
    reference: Option<chrono::NaiveDate>,
    out: &mut Vec<(usize, String)>,
) {
    for m in numbers {
        let before = &text[sentence.start..m.span.start];
        let after = &text[m.span.end..sentence.end];
        let range_end = last_word_near(before).is_some_and(|(_, w)| {
            ["and", "to", "until", "through"]
                .iter()
                .any(|r| w.eq_ignore_ascii_case(r))
        });
        let Some((o, name)) = first_word_near(after) else {
            continue;
        };
        let month = crate::lexicon::calendar::month(name)
            .filter(|_| name.starts_with(char::is_uppercase) && range_end);
        let Some(month) = month else {
            continue;
        };
        let written = first_word_near(&after[o + name.len()..])
            .map(|(_, w)| w)
            .filter(|w| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|w| w.parse::<i32>().ok());
        let year = written.or_else(|| reference.map(|d| d.year() - i32::from(month > d.month())));
        if let Some(year) = year {
            out.push((m.span.start, format!("{year}-{month:02}")));
        }
    }
}

/// "the past 10 years", "the last four decades", "the next five years":
/// the number with its frame, as written.
fn stretches(text: &str, sentence: Span, numbers: &[NumberMatch], out: &mut Vec<(usize, String)>) {
    for m in numbers {
        let before = &text[sentence.start..m.span.start];
        let Some((at, w)) = last_word_near(before) else {
            continue;
        };
        if !matches!(
            w.to_ascii_lowercase().as_str(),
            "past" | "last" | "previous" | "next" | "coming"
        ) {
            continue;
        }
        let after = &text[m.span.end..sentence.end];
        let Some((o, unit)) = first_word_near(after) else {
            continue;
        };
        if en_time_unit(unit).is_some() {
            let the = last_word_near(&before[..at]).filter(|(_, w)| w.eq_ignore_ascii_case("the"));
            let start = sentence.start + the.map_or(at, |(t, _)| t);
            let end = m.span.end + o + unit.len();
            out.push((
                start,
                crate::text::collapse_whitespace(&text[start..end]).into_owned(),
            ));
        }
    }
}

/// A sentence searched for period phrases, knowing which of the keys
/// "year", "decade" and "年" it holds: every phrase holds one, and a
/// phrase whose key the sentence lacks is not searched for.
struct Phrases<'s> {
    s: &'s str,
    year: bool,
    decade: bool,
    nian: bool,
}

impl<'s> Phrases<'s> {
    /// The sentence `s`, if it holds a key (the standard substring search
    /// is vectorised: cheaper than a byte loop).
    fn of(s: &'s str) -> Option<Phrases<'s>> {
        let (year, decade, nian) = (s.contains("year"), s.contains("decade"), s.contains('年'));
        (year || decade || nian).then_some(Phrases {
            s,
            year,
            decade,
            nian,
        })
    }

    /// Where `needle` stands in the sentence: found by its last word
    /// (written in lowercase), then checked whole, case-insensitively.
    fn find(&self, needle: &str) -> Option<usize> {
        let s = self.s;
        let key = needle.rsplit(' ').next()?;
        let present = (self.year && key.contains("year"))
            || (self.decade && key.contains("decade"))
            || (self.nian && key.contains('年'));
        if !present {
            return None;
        }
        let mut from = 0;
        while let Some(p) = s[from..].find(key) {
            let key_end = from + p + key.len();
            if let Some(start) = key_end.checked_sub(needle.len()) {
                if s.get(start..key_end)
                    .is_some_and(|w| w.eq_ignore_ascii_case(needle))
                {
                    return Some(start);
                }
            }
            from = key_end;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The periods of the single sentence `text`, read on 3 May 2021.
    fn of(text: &str) -> Vec<String> {
        let all = Span::new(0, text.len());
        let numbers = crate::text::scan_numbers(text, all);
        let reference = chrono::NaiveDate::from_ymd_opt(2021, 5, 3);
        let mut found = periods(text, all, &numbers, reference);
        found.sort_by_key(|(at, _)| *at);
        found.into_iter().map(|(_, p)| p).collect()
    }

    #[test]
    fn years_are_read_after_a_preposition_or_before_nian() {
        assert_eq!(of("In 2020, 40 ships docked."), ["2020"]);
        assert_eq!(of("2020年，共有40艘船停靠。"), ["2020"]);
        assert!(of("2020年7月，共有40艘船停靠。").is_empty());
        assert!(of("The 2020 plan had 40 ships.").is_empty());
    }

    #[test]
    fn relative_years_resolve_against_the_reference_date() {
        assert_eq!(of("Last year 40 ships docked."), ["2020"]);
        assert_eq!(of("今年共有40艘船停靠。"), ["2021"]);
    }

    #[test]
    fn stretches_are_kept_as_written() {
        assert_eq!(
            of("Over the past   10 years 40 ships docked."),
            ["the past 10 years"]
        );
        assert_eq!(
            of("Over the past decade 40 ships docked."),
            ["the past decade"]
        );
    }

    #[test]
    fn next_year_and_ranges_of_days_in_a_month_are_periods() {
        assert_eq!(of("Costs will ease to about 2.4 next year."), ["2022"]);
        assert_eq!(
            of("It left 14 injured between 2 and 9 February."),
            ["2021-02"]
        );
        assert_eq!(of("It left 14 injured from 2 to 9 June."), ["2020-06"]);
        assert_eq!(of("It left 14 injured from 2 to 9 June 2019."), ["2019-06"]);
    }
}
