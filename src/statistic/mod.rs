//! Cited statistics: numbers that quantify something, with their qualifier,
//! unit, subject, source and period, in English and Chinese.
//!
//! Each sentence is scanned once by the number grammar (`text::number`);
//! only sentences with a number go on to the word-level work, which looks at
//! a bounded window around each number, so the whole pass stays linear in
//! the document. The readers, one per concept:
//!
//! - [`draft`]: what a number is once read ([`StatisticKind`],
//!   [`Approximation`]) and the draft of a statistic;
//! - [`english`] and [`chinese`]: the draft of a statistic from a number,
//!   with the rules that drop numbers that are not statistics;
//! - [`approximation`]: the qualifiers before and after a number;
//! - [`noun_phrase`]: the counted noun phrase after an English number (the
//!   unit and subject);
//! - [`tokens`], [`source`] and [`chinese_source`]: the attributions of a
//!   sentence ("according to X", "X said", "X数据显示", "据X统计");
//! - [`attribution`]: an attribution, and the nearest one to a number;
//! - [`period`]: the reference periods of a sentence ("in 2020", "last
//!   year", "the past decade");
//! - [`words`]: the words next to a number.

mod approximation;
mod attribution;
mod chinese;
mod chinese_source;
mod draft;
mod english;
mod noun_phrase;
mod period;
mod source;
mod tokens;
mod words;

use std::borrow::Cow;

use crate::document::Document;
use crate::text::{NumberKind, NumberMatch, is_ideograph, scan_numbers};
use crate::{Lang, Span, Text};
use attribution::{Attribution, SourceIndex};
use draft::Draft;
pub use draft::{Approximation, StatisticKind};

/// A number that quantifies something: a count, duration, rank, percentage
/// or sum of money, with its qualifier, what it counts and on whose
/// authority it is cited.
///
/// Found in English and Chinese: digits with separators ("52,000",
/// "５２，０００"), decimals with scale words ("5.31 million", "5.2万"),
/// number words ("eight", "two hundred", "四百零三"), vague orders ("dozens
/// of" = 12, "thousands of" = 1,000, "数十" = 10, each the floor of its
/// order), ranks ("top three", "前三位"), percentages and money.
///
/// Users quote these figures, so a doubtful number is left out rather than
/// reported wrong. Not statistics: years and days of dates ("in 2020",
/// "2020年", "July 19"), clock times, identifiers ("APT-C-39", "G7",
/// "Article 5", the firm "360"), phone numbers, addresses and postcodes,
/// list and section numbers, numbers in URLs, "one" as a pronoun ("one of
/// the victims"), ratios and fractions ("one in five",
/// "two thirds"), and numbers followed by words of a script the grammar
/// does not read. Values that do not fit a finite `f64` (a 400-digit
/// number) are not reported, nor are digit runs longer than 15 digits:
/// `value` is always finite.
///
/// ```
/// use demarche::{Approximation, StatisticKind};
///
/// let text = "According to figures from the Maritime Bureau (MB), nearly 4,300 vessels \
///             called at the port in 2023.";
/// let stats = demarche::statistics(text);
/// assert_eq!(stats.len(), 1);
/// let s = &stats[0];
/// assert_eq!(s.text, "nearly 4,300");
/// assert_eq!(&text[s.span], "nearly 4,300");
/// assert_eq!(s.value, 4_300.0);
/// assert_eq!(s.approximation, Approximation::Nearly);
/// assert_eq!(s.kind, StatisticKind::Count);
/// assert_eq!(s.unit.as_deref(), Some("vessels"));
/// assert_eq!(s.source.as_ref().map(|t| t.text.as_ref()), Some("Maritime Bureau (MB)"));
/// assert_eq!(s.period.as_deref(), Some("2023"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CitedStatistic<'a> {
    /// The number with its qualifier ("about 52,000", "约5.2万").
    pub span: Span,
    /// The text at `span`, whitespace collapsed.
    pub text: Cow<'a, str>,
    /// The normalised value (52,000 for "约5.2万"), always finite.
    pub value: f64,
    /// The qualifier: exact, about, more than, ...
    pub approximation: Approximation,
    /// What the number measures.
    pub kind: StatisticKind,
    /// The counted noun as written ("servers", "服务器"), the time unit of
    /// a duration ("years", "年"), or the currency of money ("$", "yuan").
    pub unit: Option<Cow<'a, str>>,
    /// The noun phrase counted ("malicious program command and control
    /// servers located outside China"), or the whole a percentage is of.
    pub subject: Option<Text<'a>>,
    /// The authority the number is attributed to in its sentence
    /// ("According to statistics from X", "X said", "X's report showed",
    /// "data from X", "X数据显示", "据X统计"); an anaphor ("It also said",
    /// "the report also showed") takes the previous sentence's source in
    /// the same paragraph.
    pub source: Option<Text<'a>>,
    /// The reference period, when stated: a year ("2020" for "in 2020" or
    /// "2020年"; "last year" resolved against the reference date) or the
    /// phrase as written ("the past decade", "the next five years").
    pub period: Option<Cow<'a, str>>,
    /// For money, the ISO 4217 code when the writing says which currency
    /// it is ("USD" for "US$", "CNY" for "元"), else the sign as written
    /// ("$", "¥").
    pub currency: Option<Cow<'a, str>>,
    /// The language the number is written in: `cmn` for Chinese numerals
    /// or digits among Han characters, else `eng`.
    pub lang: Option<Lang>,
}

impl CitedStatistic<'_> {
    /// The same statistic, owning its strings.
    ///
    /// ```
    /// use demarche::Approximation;
    ///
    /// let owned = {
    ///     let text = String::from("About 52,000 servers were found.");
    ///     demarche::analyze(&text).into_owned()
    /// };
    /// assert_eq!(owned.statistics.len(), 1);
    /// assert_eq!(owned.statistics[0].value, 52_000.0);
    /// assert_eq!(owned.statistics[0].approximation, Approximation::About);
    /// assert_eq!(owned.statistics[0].unit.as_deref(), Some("servers"));
    /// ```
    #[must_use]
    pub fn into_owned(self) -> CitedStatistic<'static> {
        CitedStatistic {
            span: self.span,
            text: Cow::Owned(self.text.into_owned()),
            value: self.value,
            approximation: self.approximation,
            kind: self.kind,
            unit: self.unit.map(|u| Cow::Owned(u.into_owned())),
            subject: self.subject.map(Text::into_owned),
            source: self.source.map(Text::into_owned),
            period: self.period.map(|p| Cow::Owned(p.into_owned())),
            currency: self.currency.map(|c| Cow::Owned(c.into_owned())),
            lang: self.lang,
        }
    }
}

/// Finds the cited statistics of a segmented document, in order of their
/// spans, disjoint.
pub(crate) fn extract<'a>(doc: &Document<'a>) -> Vec<CitedStatistic<'a>> {
    let text = doc.text;
    let mut out: Vec<CitedStatistic<'a>> = Vec::new();
    for (index, &sentence) in doc.sentences.iter().enumerate() {
        let numbers = scan_numbers(text, sentence);
        if numbers.is_empty() {
            continue;
        }
        let reach = Span::new(sentence.start, reading_end(doc, index));
        let mut drafts: Vec<Draft> = numbers
            .iter()
            .filter_map(|m| draft(text, reach, m))
            .collect();
        if drafts.is_empty() {
            continue;
        }
        share_elided_units(text, &mut drafts);
        let sources = SourceIndex::new(&sentence_sources(doc, index));
        let mut periods = period::periods(text, sentence, &numbers, doc.reference_date);
        periods.sort_by_key(|(at, _)| *at);
        for d in drafts {
            let source = sources.pick(d.span);
            let period = nearest_period(&periods, d.span);
            out.push(cite(text, d, source, period));
        }
    }
    out.sort_by_key(|s| (s.span.start, s.span.end));
    keep_disjoint(&mut out);
    out
}

/// Where the words after a number in sentence `index` may be read to: the
/// sentence's end, or the next sentence's when the sentence is a
/// hard-wrapped line cut before its end ("... seen over 145 of" / "255
/// priority entities ..."): it ends in a word or comma at a single line
/// break, with no blank line before the next (an indented block's lines
/// are paragraphs of their own, so the paragraphs cannot tell). The
/// counted noun of a number at the end of the line stands on the next.
fn reading_end(doc: &Document<'_>, index: usize) -> usize {
    let sentence = doc.sentences[index];
    let Some(&next) = doc.sentences.get(index + 1) else {
        return sentence.end;
    };
    let text = doc.text;
    let gap = &text[sentence.end..next.start];
    let line_break = gap.trim_matches([' ', '\t', '\r']) == "\n";
    let open = text[sentence]
        .trim_end()
        .ends_with(|c: char| c.is_alphanumeric() || c == ',');
    if line_break && open {
        next.end
    } else {
        sentence.end
    }
}

/// "78 civilians killed and 305 injured": a count with nothing counted
/// after it, coordinated right after a count of something, counts the
/// same thing. Drafts are in the order of the text.
fn share_elided_units(text: &str, drafts: &mut [Draft<'_>]) {
    for i in 1..drafts.len() {
        let (done, rest) = drafts.split_at_mut(i);
        let (prev, d) = (&done[i - 1], &mut rest[0]);
        if d.kind != StatisticKind::Count || d.unit.is_some() || prev.kind != StatisticKind::Count {
            continue;
        }
        let Some(gap) = text.get(prev.span.end..d.span.start) else {
            continue;
        };
        let words = gap.split_whitespace().count();
        let coordinated = gap
            .split_whitespace()
            .next_back()
            .is_some_and(|w| w == "and" || w == "or");
        let plain = gap.chars().all(|c| c.is_alphabetic() || c.is_whitespace());
        if coordinated && plain && words <= 4 {
            d.unit.clone_from(&prev.unit);
        }
    }
}

/// The attributions of sentence `index`, in order. "It also said ...",
/// "The report also showed ...": an anaphoric source stands for the
/// previous sentence's, inside the same paragraph.
fn sentence_sources(doc: &Document<'_>, index: usize) -> Vec<Attribution> {
    let text = doc.text;
    let sentence = doc.sentences[index];
    let mut sources = if source::may_attribute(text, sentence) {
        source::attributions(text, sentence, &tokens::words(text, sentence))
    } else {
        Vec::new()
    };
    if sources.iter().any(|a| a.anaphoric) {
        let earlier = index
            .checked_sub(1)
            .map(|i| doc.sentences[i])
            .filter(|prev| doc.paragraph_at(prev.start) == doc.paragraph_at(sentence.start))
            .and_then(|prev| {
                let prev_words = tokens::words(text, prev);
                source::attributions(text, prev, &prev_words)
                    .into_iter()
                    .rev()
                    .find_map(|a| a.source)
            });
        for a in sources.iter_mut().filter(|a| a.anaphoric) {
            a.source = earlier.or(a.source);
        }
    }
    sources
}

/// The period nearest a number at `span`, of periods sorted by offset.
fn nearest_period(periods: &[(usize, String)], span: Span) -> Option<String> {
    let k = periods.partition_point(|(at, _)| *at < span.start);
    [k.checked_sub(1), Some(k)]
        .into_iter()
        .flatten()
        .filter_map(|k| periods.get(k))
        .min_by_key(|(at, _)| at.abs_diff(span.start))
        .map(|(_, p)| p.clone())
}

/// The statistic of a draft, with its source and period.
fn cite<'a>(
    text: &'a str,
    d: Draft<'a>,
    source: Option<Span>,
    period: Option<String>,
) -> CitedStatistic<'a> {
    CitedStatistic {
        span: d.span,
        text: crate::text::collapse_whitespace(&text[d.span]),
        value: d.value,
        approximation: d.approximation,
        kind: d.kind,
        unit: d.unit,
        subject: d.subject.map(|s| Text::from_input(text, s)),
        source: source.map(|s| Text::from_input(text, s)),
        period: period.map(Cow::Owned),
        currency: d.currency,
        lang: Some(d.lang),
    }
}

/// Drops every statistic that overlaps an earlier one (the list is sorted
/// by span).
fn keep_disjoint(out: &mut Vec<CitedStatistic<'_>>) {
    let mut last_end = 0;
    out.retain(|s| {
        let keep = s.span.start >= last_end;
        if keep {
            last_end = s.span.end;
        }
        keep
    });
}

/// Whether the number sits in Chinese text: written with Chinese numerals or
/// suffixes, or touching a Han character.
fn is_chinese(text: &str, sentence: Span, m: &NumberMatch) -> bool {
    m.lang == Some(Lang::CHINESE)
        || text[sentence.start..m.span.start]
            .chars()
            .next_back()
            .is_some_and(is_ideograph)
        || text[m.span.end..sentence.end]
            .chars()
            .next()
            .is_some_and(is_ideograph)
}

/// Decides whether a number is a statistic, and if so what kind, with its
/// qualifier, unit and subject. Every rule that drops a number says why.
fn draft<'a>(text: &'a str, sentence: Span, m: &NumberMatch) -> Option<Draft<'a>> {
    // Years, months and days of dates are not quantities ("2020年", "7月19日");
    // fractions ("two thirds of") are shares, not counts.
    if matches!(
        m.kind,
        NumberKind::Year | NumberKind::DatePart | NumberKind::Fraction
    ) {
        return None;
    }
    if is_chinese(text, sentence, m) {
        chinese::draft(text, sentence, m)
    } else {
        english::draft(text, sentence, m)
    }
}
