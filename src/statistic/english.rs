//! The draft of a statistic from an English number: the rules that drop
//! numbers that are no quantities (dates, clock times, names, pronouns,
//! ratios), then the qualifier, the rank, and what the number counts.

use std::borrow::Cow;

use super::approximation::{self, Qualified};
use super::draft::{Approximation, Draft, StatisticKind, rank};
use super::noun_phrase::noun_phrase;
use super::words::{first_word, last_word};
use crate::lexicon::cues::{CAPITALISED_FUNCTION_WORDS, CLOCK_WORDS};
use crate::lexicon::units::en_time_unit;
use crate::text::{NumberKind, NumberMatch};
use crate::{Lang, Span};

/// An English number with the text around it in its sentence.
struct Around<'a, 'm> {
    text: &'a str,
    sentence: Span,
    m: &'m NumberMatch,
    /// The sentence before the number.
    before: &'a str,
    /// The sentence after the number.
    after: &'a str,
    /// The word before the number, with its offset in `before`.
    prev: Option<(usize, &'a str)>,
    /// The word after the number, with its offset in `after`.
    next: Option<(usize, &'a str)>,
    /// A number written in words ("eight", "two hundred").
    is_word_number: bool,
}

/// Decides whether an English number is a statistic, and if so what kind,
/// with its qualifier, unit and subject. Every rule that drops a number
/// says why.
pub(super) fn draft<'a>(text: &'a str, sentence: Span, m: &NumberMatch) -> Option<Draft<'a>> {
    let before = &text[sentence.start..m.span.start];
    let after = &text[m.span.end..sentence.end];
    let a = Around {
        text,
        sentence,
        m,
        before,
        after,
        prev: last_word(before),
        next: first_word(after),
        is_word_number: m.lang == Some(Lang::ENGLISH),
    };
    if is_date_or_clock(&a)
        || is_name(&a)
        || is_pronoun_or_slogan(&a)
        || is_foreign(&a)
        || is_ratio_or_fraction(&a)
    {
        return None;
    }
    let q = approximation::english(text, sentence, m, a.next);
    if let Some(ranked) = rank_of(&a, &q) {
        return ranked;
    }
    if is_anaphor(&a) {
        return None;
    }
    // A year used as a date: bare digits from 1000 to 2999 ("in 2020", "the
    // 2020 election") unless a qualifier makes them a count ("about 2000
    // people").
    let yearish = m.plain && text[m.span].len() == 4 && (1000.0..3000.0).contains(&m.value);
    if yearish && q.approximation == Approximation::Exact {
        return None;
    }
    let measure = measure(&a, &q)?;
    if measure.kind == StatisticKind::Count
        && measure.unit.is_none()
        && (yearish || !bare_count(&a, &measure))
    {
        return None;
    }
    Some(Draft {
        span: Span::new(q.start, q.end),
        value: measure.value,
        approximation: measure.approximation,
        kind: measure.kind,
        unit: measure.unit,
        subject: measure.subject,
        currency: m
            .currency
            .map(|c| Cow::Borrowed(c.iso.unwrap_or(c.written))),
        lang: Lang::ENGLISH,
    })
}

/// Dates and clock times: a day or year beside a month name ("July 19",
/// "20 July", "Jul 20, 2021"); a time ("2 p.m.", "10 am", "3 o'clock", "14
/// GMT").
fn is_date_or_clock(a: &Around<'_, '_>) -> bool {
    let month =
        |w: &str| crate::lexicon::calendar::month(w).is_some() && w.starts_with(char::is_uppercase);
    a.prev.is_some_and(|(_, w)| month(w))
        || a.next.is_some_and(|(_, w)| month(w))
        || a.next
            .is_some_and(|(_, w)| CLOCK_WORDS.iter().any(|c| c.eq_ignore_ascii_case(w)))
}

/// A number that names or identifies: a possessive ("360's report"), a
/// number in a web address, after a reference noun ("point 4", "paragraph
/// 12", "phase 2"), or after a capitalised word ("Article 5", "Resolution
/// 2231", "Unit 61398", "NSW 2050"). Determiners and qualifiers opening a
/// sentence are not names.
fn is_name(a: &Around<'_, '_>) -> bool {
    if a.after.starts_with("'s") || a.after.starts_with("’s") {
        return true;
    }
    if in_url(a.before, a.after) {
        return true;
    }
    if !a.is_word_number
        && a.prev.is_some_and(|(_, w)| {
            crate::lexicon::units::REFERENCE_NOUNS
                .iter()
                .any(|r| r.eq_ignore_ascii_case(w))
        })
    {
        return true;
    }
    if a.m.currency.is_some() || a.is_word_number {
        return false;
    }
    let Some((_, w)) = a.prev else {
        return false;
    };
    let gap = &a.before[a.before.trim_end().len()..];
    let possessive = w.ends_with("'s") || w.ends_with("’s");
    w.starts_with(char::is_uppercase)
        && !possessive
        && !gap.contains(['\n'])
        && !CAPITALISED_FUNCTION_WORDS
            .iter()
            .any(|f| f.eq_ignore_ascii_case(w))
}

/// "one of the main victims", "no one", "one day": "one" alone is a pronoun
/// or an article far more often than a count; only a scaled "one million"
/// is kept ("a"/"an" alone never reach here). A bare "1" is list numbering
/// or "No. 1". Policy slogans with numbers in them are names, not counts
/// ("one country, two systems", "the Two Sessions").
fn is_pronoun_or_slogan(a: &Around<'_, '_>) -> bool {
    let m = a.m;
    if a.is_word_number && m.kind == NumberKind::Cardinal && m.value == 1.0 {
        return true;
    }
    if !a.is_word_number && m.value == 1.0 && m.scale == 1.0 && m.kind == NumberKind::Cardinal {
        return true;
    }
    if !a.is_word_number {
        return false;
    }
    let mut lower_buf = [0u8; 16];
    let lower_number = crate::text::lower_ascii(&a.text[m.span], &mut lower_buf).unwrap_or("");
    let tail = a.before.trim_end();
    let tail = &tail.as_bytes()[tail.len().saturating_sub(12)..];
    tail.eq_ignore_ascii_case(b"one country,")
        || matches!(lower_number, "two" if a.next.is_some_and(|(_, w)| w.eq_ignore_ascii_case("sessions")))
}

/// Another script's grammar ("52 миллиона человек" is 52 million): a number
/// before a word of a script this grammar does not read is left out rather
/// than misread.
fn is_foreign(a: &Around<'_, '_>) -> bool {
    a.next.is_some_and(|(_, w)| {
        w.chars().next().is_some_and(|c| {
            c.is_alphabetic() && !c.is_ascii() && !('\u{C0}'..='\u{24F}').contains(&c)
        })
    })
}

/// Ratios ("one in five", "1 in 3") are not read as counts of the second
/// number. Fractions ("two thirds", "three quarters") are shares, which
/// this grammar does not normalise; they are left out rather than misread
/// as counts of "thirds".
fn is_ratio_or_fraction(a: &Around<'_, '_>) -> bool {
    if let Some((at, _)) = a.prev.filter(|(_, w)| w.eq_ignore_ascii_case("in")) {
        if last_word(&a.before[..at]).is_some_and(|(_, x)| {
            x.starts_with(|c: char| c.is_ascii_digit())
                || crate::lexicon::units::EN_NUMBER_WORDS
                    .iter()
                    .any(|n| n.eq_ignore_ascii_case(x))
        }) {
            return true;
        }
    }
    a.next.is_some_and(|(_, w)| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "half"
                | "halves"
                | "third"
                | "thirds"
                | "quarter"
                | "quarters"
                | "fifth"
                | "fifths"
                | "sixth"
                | "sixths"
                | "tenth"
                | "tenths"
        )
    })
}

/// Ranks: "top three", "the third largest", "second-biggest", "ranked
/// fifth". `Some(None)` for an ordinal that is no rank ("the first time"),
/// `None` for a number that is no ordinal.
fn rank_of<'a>(a: &Around<'a, '_>, q: &Qualified<'a>) -> Option<Option<Draft<'a>>> {
    let m = a.m;
    if m.kind == NumberKind::Ordinal {
        let superlative = q
            .rest
            .strip_prefix(['-', ' '])
            .map(|r| first_word(r).map_or("", |(_, w)| w))
            .is_some_and(|w| {
                let w = w.to_ascii_lowercase();
                (w.ends_with("est") && w.len() > 4) || w == "most"
            });
        let ranked = a.prev.is_some_and(|(_, w)| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "ranked" | "ranks" | "ranking" | "rank" | "placed"
            )
        });
        if !(superlative || ranked) {
            return Some(None);
        }
        return Some(Some(rank(q.start, q.end, m.value, Lang::ENGLISH)));
    }
    let (at, _) = a.prev.filter(|(_, w)| w.eq_ignore_ascii_case("top"))?;
    (m.kind == NumberKind::Cardinal && !m.vague)
        .then(|| Some(rank(a.sentence.start + at, q.end, m.value, Lang::ENGLISH)))
}

/// The word numbers of anaphora ("the two countries", "both") are not
/// statistics: the count was given, if at all, elsewhere.
fn is_anaphor(a: &Around<'_, '_>) -> bool {
    a.is_word_number
        && !a.m.vague
        && a.prev.is_some_and(|(_, w)| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "the" | "these" | "those" | "its" | "their" | "our"
            )
        })
}

/// What a number measures: its kind, value (scaled for "two decades"),
/// qualifier, unit and subject.
struct Measure<'a> {
    kind: StatisticKind,
    value: f64,
    approximation: Approximation,
    unit: Option<Cow<'a, str>>,
    subject: Option<Span>,
}

/// Reads what a number measures from its spelling and the words after it:
/// a unit after a hyphen ("a 10-year campaign"), else the counted noun
/// phrase of a count or the whole of a percentage. `None` drops the number
/// ("an 11-long", "two years ago").
fn measure<'a>(a: &Around<'a, '_>, q: &Qualified<'a>) -> Option<Measure<'a>> {
    let m = a.m;
    let mut out = Measure {
        kind: match m.kind {
            NumberKind::Percent => StatisticKind::Percentage,
            NumberKind::Money => StatisticKind::Money,
            NumberKind::Duration => StatisticKind::Duration,
            _ => StatisticKind::Count,
        },
        value: m.value,
        approximation: q.approximation,
        unit: m.time_unit.map(Cow::Borrowed),
        subject: None,
    };
    if let Some(c) = m.currency {
        out.unit = Some(Cow::Borrowed(c.noun()));
    }
    match q.rest.strip_prefix('-') {
        Some(r)
            if r.starts_with(|c: char| c.is_ascii_lowercase())
                && m.kind == NumberKind::Cardinal =>
        {
            hyphen_unit(a, q.end, r, &mut out)?;
        }
        _ if matches!(out.kind, StatisticKind::Count | StatisticKind::Percentage) => {
            counted_noun(a, q.end, &mut out)?;
        }
        _ => {}
    }
    Some(out)
}

/// "a 10-year campaign", "a 27-nation bloc": the unit after a hyphen; "a
/// 2,000-strong force" counts the force.
fn hyphen_unit<'a>(
    a: &Around<'a, '_>,
    end: usize,
    r: &'a str,
    out: &mut Measure<'a>,
) -> Option<()> {
    let w_end = r
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(r.len());
    let h = &r[..w_end];
    out.unit = Some(Cow::Borrowed(h));
    if h.eq_ignore_ascii_case("strong") {
        let np_from = end + 1 + w_end;
        out.unit =
            noun_phrase(a.text, np_from, a.sentence.end, false).map(|np| Cow::Borrowed(np.head));
    }
    if let Some(t) = en_time_unit(h) {
        out.kind = StatisticKind::Duration;
        out.unit = Some(Cow::Borrowed(t));
    }
    if h.eq_ignore_ascii_case("long") || h.eq_ignore_ascii_case("old") {
        return None; // "an 11-long", "a 16-old": not a spelling we trust
    }
    Some(())
}

/// The counted noun phrase after a count ("52,000 servers", "two of its
/// NATO allies"), or the whole a percentage is of ("20 percent of
/// respondents"). A time unit makes the count a duration ("two decades"
/// is twenty years); "two years ago" is a point in time, no statistic.
fn counted_noun<'a>(a: &Around<'a, '_>, np_from: usize, out: &mut Measure<'a>) -> Option<()> {
    let text = a.text;
    let percent_of = out.kind != StatisticKind::Percentage
        || first_word(&text[np_from..a.sentence.end])
            .is_some_and(|(_, w)| w.eq_ignore_ascii_case("of"));
    if !percent_of {
        return Some(());
    }
    let Some(np) = noun_phrase(text, np_from, a.sentence.end, true) else {
        return Some(());
    };
    if out.kind != StatisticKind::Count {
        out.subject = Some(np.span);
        return Some(());
    }
    let Some(t) = en_time_unit(np.head) else {
        out.unit = Some(Cow::Borrowed(np.head));
        out.subject = Some(np.span);
        return Some(());
    };
    out.kind = StatisticKind::Duration;
    let years = match t {
        "decades" => Some(10.0),
        "centuries" => Some(100.0),
        _ => None,
    };
    match years {
        Some(n) => {
            out.value *= n;
            out.unit = Some(Cow::Borrowed("years"));
            if out.approximation == Approximation::Exact {
                out.approximation = Approximation::About;
            }
        }
        None => out.unit = Some(Cow::Borrowed(np.head)),
    }
    let point_in_time = first_word(&text[np.span.end..a.sentence.end]).is_some_and(|(_, w)| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "ago" | "later" | "earlier" | "old"
        )
    });
    (!point_in_time).then_some(())
}

/// A count needs something counted, a qualifier or a written-out
/// magnitude: bare "360", "2050", "(2)" are names, postcodes and list
/// numbers far more often than statistics.
fn bare_count(a: &Around<'_, '_>, measure: &Measure<'_>) -> bool {
    let grouped = a.text[a.m.span].contains(',') || a.m.scale > 1.0;
    grouped
        || elided_count(a.before, a.after)
        || a.m.vague
        || measure.approximation != Approximation::Exact
}

/// Whether the number stands inside a web address: its whitespace-parted
/// token holds "://" or "www." ("https://example.org/us-indicts-four-members",
/// a Markdown link's target). The words of a URL's path are no statistic.
fn in_url(before: &str, after: &str) -> bool {
    // A token longer than this is not read whole; URLs in statements are
    // shorter, and the bound keeps the look-around constant.
    const REACH: usize = 256;
    let back = &before[crate::text::boundary::back(before, before.len(), REACH)..];
    let head_start = back
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let head = &back[head_start..];
    let ahead = &after[..crate::text::boundary::floor(after, REACH)];
    let tail = &ahead[..ahead.find(char::is_whitespace).unwrap_or(ahead.len())];
    let has = |s: &str| s.contains("://") || s.contains("www.");
    has(head) || (head.ends_with(['/', '-', '_', '=', '.']) && has(tail))
}

/// Whether a bare number counts something the sentence names elsewhere:
/// a partitive ("10 of the remaining detainees", "five of them"), a number
/// standing as the subject of a plural verb ("10 are eligible for
/// transfer"), or one that a relative clause follows ("the 12 that have
/// spread"). Such a number is a count even without a noun after it.
fn elided_count(before: &str, after: &str) -> bool {
    let next: Vec<&str> = after.split_whitespace().take(2).collect();
    let lower = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_ascii_lowercase()
    };
    let (w1, w2) = match next.as_slice() {
        [a, b] => (lower(a), lower(b)),
        [a] => (lower(a), String::new()),
        _ => return false,
    };
    let partitive = w1 == "of"
        && matches!(
            w2.as_str(),
            "the" | "them" | "those" | "these" | "their" | "its" | "our" | "whom" | "which"
        );
    let plural_verb = matches!(
        w1.as_str(),
        "are"
            | "were"
            | "have"
            | "remain"
            | "remained"
            | "died"
            | "survived"
            // Casualty counts: "78 killed and 305 injured".
            | "killed"
            | "injured"
            | "wounded"
    );
    let the = last_word(before).is_some_and(|(_, w)| w.eq_ignore_ascii_case("the"));
    let relative = the && matches!(w1.as_str(), "that" | "who" | "which");
    partitive || plural_verb || relative
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_number_inside_a_web_address_is_found() {
        assert!(in_url("see https://example.org/report-", "-cases today"));
        assert!(in_url("(www.example.org/page", ")"));
        assert!(!in_url("about ", " servers at example.org"));
    }

    #[test]
    fn an_elided_count_names_its_noun_elsewhere() {
        assert!(elided_count("Of the detainees, ", " of them remain"));
        assert!(elided_count("", " are eligible for transfer"));
        assert!(elided_count("the ", " that have spread"));
        assert!(!elided_count("Room ", " is closed"));
    }
}
