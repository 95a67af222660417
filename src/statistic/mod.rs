//! Cited statistics: numbers that quantify something, with their qualifier,
//! unit, subject, source and period, in English and Chinese.

use std::borrow::Cow;

use crate::lexicon::shape::WordShapes;
use crate::{Lang, Span, Text};

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

/// How exact a cited number is.
///
/// ```
/// assert_ne!(demarche::Approximation::About, demarche::Approximation::Exact);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Approximation {
    /// No qualifier.
    Exact,
    /// "about", "around", "约".
    About,
    /// "nearly", "almost", "近".
    Nearly,
    /// "more than", "over", "超过".
    MoreThan,
    /// "at least", "至少".
    AtLeast,
    /// "less than", "under", "不到".
    LessThan,
    /// "at most", "up to", "最多".
    AtMost,
    /// "thousands of", "dozens of", "数以千计": an order of magnitude only.
    Vague,
}

/// What a cited number measures.
///
/// ```
/// assert_ne!(demarche::StatisticKind::Count, demarche::StatisticKind::Rank);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum StatisticKind {
    /// How many of something.
    Count,
    /// How long ("11 years").
    Duration,
    /// A position in an order ("top three", "前三位").
    Rank,
    /// A share ("92%", "百分之九十").
    Percentage,
    /// A sum of money ("$4.5 billion").
    Money,
    /// A ratio ("one in five").
    Ratio,
    /// Any other quantity.
    Other,
}

// ---------------------------------------------------------------------------
// Extraction.
//
// Each sentence is scanned once by the number grammar (`text::number`); only
// sentences with a number go on to the word-level work (qualifiers, units,
// sources, periods), which looks at a bounded window around each number, so
// the whole pass stays linear in the document.

use crate::document::Document;
use crate::lexicon::cues::{
    ACCORDING_CUES, ANAPHORIC_SOURCES, AUTHORITIES, CAPITALISED_FUNCTION_WORDS, CLOCK_WORDS,
    DOCUMENTS, EN_POST_QUALIFIERS, EN_PRE_QUALIFIERS, IRREGULAR, NP_STOP, PARTITIVE_DETERMINERS,
    REPORTING, ZH_ACCORDING_CLOSERS, ZH_POST_QUALIFIERS, ZH_PRE_QUALIFIERS, ZH_SOURCE_CUES,
};
use crate::lexicon::units::{ZH_CLASSIFIER_UNITS, ZH_CLASSIFIERS, ZH_HEAD_NOUNS, en_time_unit};
use crate::text::{NumberKind, NumberMatch, is_ideograph, scan_numbers};

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
        let drafts: Vec<Draft> = numbers
            .iter()
            .filter_map(|m| draft(text, sentence, m))
            .collect();
        if drafts.is_empty() {
            continue;
        }
        let mut sources = if may_attribute(text, sentence) {
            attributions(text, sentence, &words(text, sentence))
        } else {
            Vec::new()
        };
        // "It also said ...", "The report also showed ...": the source
        // stands for the previous sentence's, inside the same paragraph.
        if sources.iter().any(|a| a.anaphoric) {
            let earlier = index
                .checked_sub(1)
                .map(|i| doc.sentences[i])
                .filter(|prev| doc.paragraph_at(prev.start) == doc.paragraph_at(sentence.start))
                .and_then(|prev| {
                    let prev_words = words(text, prev);
                    attributions(text, prev, &prev_words)
                        .into_iter()
                        .rev()
                        .find_map(|a| a.source)
                });
            for a in sources.iter_mut().filter(|a| a.anaphoric) {
                a.source = earlier.or(a.source);
            }
        }
        let mut periods = periods(text, sentence, &numbers, doc.reference_date);
        periods.sort_by_key(|(at, _)| *at);
        let index = SourceIndex::new(&sources);
        for d in drafts {
            let source = index.pick(d.span);
            // The nearest period: periods are sorted by offset.
            let k = periods.partition_point(|(at, _)| *at < d.span.start);
            let period = [k.checked_sub(1), Some(k)]
                .into_iter()
                .flatten()
                .filter_map(|k| periods.get(k))
                .min_by_key(|(at, _)| at.abs_diff(d.span.start))
                .map(|(_, p)| p.clone());
            out.push(CitedStatistic {
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
            });
        }
    }
    out.sort_by_key(|s| (s.span.start, s.span.end));
    let mut last_end = 0;
    out.retain(|s| {
        let keep = s.span.start >= last_end;
        if keep {
            last_end = s.span.end;
        }
        keep
    });
    out
}

/// A statistic before its source and period are known.
struct Draft<'a> {
    span: Span,
    value: f64,
    approximation: Approximation,
    kind: StatisticKind,
    unit: Option<Cow<'a, str>>,
    subject: Option<Span>,
    currency: Option<Cow<'static, str>>,
    lang: Lang,
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
    // Years, months and days of dates are not quantities ("2020年", "7月19日").
    if matches!(m.kind, NumberKind::Year | NumberKind::DatePart) {
        return None;
    }
    if is_chinese(text, sentence, m) {
        draft_chinese(text, sentence, m)
    } else {
        draft_english(text, sentence, m)
    }
}

fn draft_english<'a>(text: &'a str, sentence: Span, m: &NumberMatch) -> Option<Draft<'a>> {
    let before = &text[sentence.start..m.span.start];
    let after = &text[m.span.end..sentence.end];
    let prev = last_word(before);
    let next = first_word(after);
    let is_word_number = m.lang == Some(Lang::ENGLISH);
    let number_text = &text[m.span];

    // Dates: a day or year beside a month name ("July 19", "20 July",
    // "Jul 20, 2021").
    if prev.is_some_and(|(_, w)| {
        crate::lexicon::calendar::month(w).is_some() && w.starts_with(char::is_uppercase)
    }) || next.is_some_and(|(_, w)| {
        crate::lexicon::calendar::month(w).is_some() && w.starts_with(char::is_uppercase)
    }) {
        return None;
    }
    // Clock times ("2 p.m.", "10 am", "3 o'clock", "14 GMT").
    if next.is_some_and(|(_, w)| CLOCK_WORDS.iter().any(|c| c.eq_ignore_ascii_case(w))) {
        return None;
    }
    // A possessive makes the number a name ("360's report").
    if after.starts_with("'s") || after.starts_with("’s") {
        return None;
    }
    if in_url(before, after) {
        return None;
    }
    // "point 4", "paragraph 12", "phase 2": a number that identifies.
    if !is_word_number
        && prev.is_some_and(|(_, w)| {
            crate::lexicon::units::REFERENCE_NOUNS
                .iter()
                .any(|r| r.eq_ignore_ascii_case(w))
        })
    {
        return None;
    }
    // A capitalised word before a number makes it part of a name: "Article
    // 5", "Resolution 2231", "Unit 61398", "NSW 2050". Determiners and
    // qualifiers opening a sentence are not names.
    if m.currency.is_none() && !is_word_number {
        if let Some((_, w)) = prev {
            let gap = &before[before.trim_end().len()..];
            let possessive = w.ends_with("'s") || w.ends_with("’s");
            if w.starts_with(char::is_uppercase)
                && !possessive
                && !gap.contains(['\n'])
                && !CAPITALISED_FUNCTION_WORDS
                    .iter()
                    .any(|f| f.eq_ignore_ascii_case(w))
            {
                return None;
            }
        }
    }
    // "one of the main victims", "no one", "one day": "one" alone is a
    // pronoun or an article far more often than a count; only a scaled
    // "one million" is kept. "a"/"an" alone never reach here.
    let mut lower_buf = [0u8; 16];
    let lower_number = crate::text::lower_ascii(number_text, &mut lower_buf).unwrap_or("");
    let slogan_tail = before.trim_end();
    let slogan_tail = &slogan_tail.as_bytes()[slogan_tail.len().saturating_sub(12)..];
    if is_word_number && m.kind == NumberKind::Cardinal && m.value == 1.0 {
        return None;
    }
    if !is_word_number && m.value == 1.0 && m.scale == 1.0 && m.kind == NumberKind::Cardinal {
        // "1" alone: list numbering, "No. 1", "1 in 5" is left out.
        return None;
    }
    // Policy slogans with numbers in them are names, not counts ("one
    // country, two systems", "the Two Sessions", "Five Eyes").
    if is_word_number
        && (slogan_tail.eq_ignore_ascii_case(b"one country,")
            || matches!(lower_number, "two" if next.is_some_and(|(_, w)| w.eq_ignore_ascii_case("sessions"))))
    {
        return None;
    }

    // Another script's grammar ("52 миллиона человек" is 52 million): a
    // number before a word of a script this grammar does not read is left
    // out rather than misread.
    if next.is_some_and(|(_, w)| {
        w.chars().next().is_some_and(|c| {
            c.is_alphabetic() && !c.is_ascii() && !('\u{C0}'..='\u{24F}').contains(&c)
        })
    }) {
        return None;
    }
    // Ratios ("one in five", "1 in 3") are not read as counts of the
    // second number.
    if let Some((at, w)) = prev.filter(|(_, w)| w.eq_ignore_ascii_case("in")) {
        let _ = w;
        if last_word(&before[..at]).is_some_and(|(_, x)| {
            x.starts_with(|c: char| c.is_ascii_digit())
                || crate::lexicon::units::EN_NUMBER_WORDS
                    .iter()
                    .any(|n| n.eq_ignore_ascii_case(x))
        }) {
            return None;
        }
    }
    // Fractions: "two thirds", "three quarters" are shares, which this
    // grammar does not normalise; they are left out rather than misread
    // as counts of "thirds".
    if next.is_some_and(|(_, w)| {
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
    }) {
        return None;
    }
    // Qualifier before the number.
    let (mut start, mut approximation) = (m.span.start, Approximation::Exact);
    if let Some((at, approx)) = pre_qualifier_en(before) {
        // "rescued over 15 years" spans the time; "for over 15 years" and
        // "over 100 countries" bound the figure. A bare "over" before a
        // duration is left out of the span rather than misread.
        let over_time = before[at..].trim_end().eq_ignore_ascii_case("over")
            && en_time_unit(next.map_or("", |(_, w)| w)).is_some()
            && !last_word(&before[..at]).is_some_and(|(_, w)| {
                matches!(
                    w.to_ascii_lowercase().as_str(),
                    "for" | "of" | "after" | "than" | "lasted" | "lasting"
                )
            });
        if !over_time {
            start = sentence.start + at;
            approximation = approx;
        }
    }
    let mut end = m.span.end;
    let mut rest = after;
    let trimmed = rest.trim_start();
    if let Some(&(q, approx)) = EN_POST_QUALIFIERS.iter().find(|(q, _)| {
        let r = if q.starts_with('-') { rest } else { trimmed };
        r.len() >= q.len()
            && r.as_bytes()[..q.len()].eq_ignore_ascii_case(q.as_bytes())
            && !r[q.len()..].starts_with(|c: char| c.is_alphanumeric())
    }) {
        let skip = if q.starts_with('-') {
            0
        } else {
            rest.len() - rest.trim_start().len()
        };
        end += skip + q.len();
        rest = &text[end..sentence.end];
        if approximation == Approximation::Exact {
            approximation = approx;
        }
    }
    if m.vague {
        approximation = Approximation::Vague;
    } else if m.round && approximation == Approximation::Exact {
        approximation = Approximation::About;
    }

    // Ranks: "top three", "the third largest", "second-biggest", "ranked
    // fifth". Other ordinals ("the first time") are not statistics.
    let top = prev.filter(|(_, w)| w.eq_ignore_ascii_case("top"));
    if m.kind == NumberKind::Ordinal {
        let superlative = rest
            .strip_prefix(['-', ' '])
            .map(|r| first_word(r).map_or("", |(_, w)| w))
            .is_some_and(|w| {
                let w = w.to_ascii_lowercase();
                (w.ends_with("est") && w.len() > 4) || w == "most"
            });
        let ranked = prev.is_some_and(|(_, w)| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "ranked" | "ranks" | "ranking" | "rank" | "placed"
            )
        });
        if !(superlative || ranked) {
            return None;
        }
        return Some(rank(start, end, m.value, Lang::ENGLISH));
    }
    if let Some((at, _)) = top {
        if m.kind == NumberKind::Cardinal && !m.vague {
            return Some(rank(sentence.start + at, end, m.value, Lang::ENGLISH));
        }
    }

    // The word numbers of anaphora ("the two countries", "both") are not
    // statistics: the count was given, if at all, elsewhere.
    if is_word_number
        && !m.vague
        && prev.is_some_and(|(_, w)| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "the" | "these" | "those" | "its" | "their" | "our"
            )
        })
    {
        return None;
    }
    // A year used as a date: bare digits from 1000 to 2999 ("in 2020", "the
    // 2020 election") unless a qualifier makes them a count ("about 2000
    // people").
    let yearish = m.plain && number_text.len() == 4 && (1000.0..3000.0).contains(&m.value);
    if yearish && approximation == Approximation::Exact {
        return None;
    }

    let mut kind = match m.kind {
        NumberKind::Percent => StatisticKind::Percentage,
        NumberKind::Money => StatisticKind::Money,
        NumberKind::Duration => StatisticKind::Duration,
        _ => StatisticKind::Count,
    };
    let mut value = m.value;
    let mut unit: Option<Cow<'a, str>> = m.time_unit.map(Cow::Borrowed);
    let mut subject = None;
    let currency = m
        .currency
        .map(|c| Cow::Borrowed(c.iso.unwrap_or(c.written)));
    if let Some(c) = m.currency {
        unit = Some(Cow::Borrowed(c.noun()));
    }
    let np_from = end;
    // "a 10-year campaign", "a 27-nation bloc": the unit after a hyphen.
    let (np_from, hyphen_unit) = match rest.strip_prefix('-') {
        Some(r)
            if r.starts_with(|c: char| c.is_ascii_lowercase())
                && m.kind == NumberKind::Cardinal =>
        {
            let w_end = r
                .find(|c: char| !c.is_ascii_alphabetic())
                .unwrap_or(r.len());
            (np_from + 1 + w_end, Some(&r[..w_end]))
        }
        _ => (np_from, None),
    };
    if let Some(h) = hyphen_unit {
        unit = Some(Cow::Borrowed(h));
        // "a 2,000-strong force": the force is counted.
        if h.eq_ignore_ascii_case("strong") {
            unit = noun_phrase(text, np_from, sentence.end, false).map(|np| Cow::Borrowed(np.head));
        }
        if let Some(t) = en_time_unit(h) {
            kind = StatisticKind::Duration;
            unit = Some(Cow::Borrowed(t));
        }
        if h.eq_ignore_ascii_case("long") || h.eq_ignore_ascii_case("old") {
            return None; // "an 11-long", "a 16-old": not a spelling we trust
        }
    } else if kind == StatisticKind::Count
        || kind == StatisticKind::Percentage
        || kind == StatisticKind::Money
    {
        let percent_of = kind != StatisticKind::Percentage
            || first_word(&text[np_from..sentence.end])
                .is_some_and(|(_, w)| w.eq_ignore_ascii_case("of"));
        let np = if kind == StatisticKind::Money || !percent_of {
            None
        } else {
            noun_phrase(
                text,
                np_from,
                sentence.end,
                is_word_number
                    || m.vague
                    || kind == StatisticKind::Percentage
                    || kind == StatisticKind::Count,
            )
        };
        if let Some(np) = np {
            if kind == StatisticKind::Count {
                if let Some(t) = en_time_unit(np.head) {
                    kind = StatisticKind::Duration;
                    // "two decades" is twenty years.
                    match t {
                        "decades" => {
                            value *= 10.0;
                            unit = Some(Cow::Borrowed("years"));
                            if approximation == Approximation::Exact {
                                approximation = Approximation::About;
                            }
                        }
                        "centuries" => {
                            value *= 100.0;
                            unit = Some(Cow::Borrowed("years"));
                            if approximation == Approximation::Exact {
                                approximation = Approximation::About;
                            }
                        }
                        _ => unit = Some(Cow::Borrowed(np.head)),
                    }
                    // "two years ago", "ten years later": a point in time.
                    if first_word(&text[np.span.end..sentence.end]).is_some_and(|(_, w)| {
                        matches!(
                            w.to_ascii_lowercase().as_str(),
                            "ago" | "later" | "earlier" | "old"
                        )
                    }) {
                        return None;
                    }
                } else {
                    unit = Some(Cow::Borrowed(np.head));
                    subject = Some(np.span);
                }
            } else {
                subject = Some(np.span);
            }
        }
    }
    if kind == StatisticKind::Count && unit.is_none() {
        // A count needs something counted, a qualifier or a written-out
        // magnitude: bare "360", "2050", "(2)" are names, postcodes and list
        // numbers far more often than statistics.
        let grouped = number_text.contains(',') || m.scale > 1.0;
        let elided = elided_count(before, after);
        if !(grouped || elided || m.vague || approximation != Approximation::Exact) {
            return None;
        }
        if yearish {
            return None;
        }
    }
    // "N in M" ("one in five") would be a ratio; unsupported spellings are
    // left out rather than misread.
    Some(Draft {
        span: Span::new(start, end),
        value,
        approximation,
        kind,
        unit,
        subject,
        currency,
        lang: Lang::ENGLISH,
    })
}

fn rank<'a>(start: usize, end: usize, value: f64, lang: Lang) -> Draft<'a> {
    Draft {
        span: Span::new(start, end),
        value,
        approximation: Approximation::Exact,
        kind: StatisticKind::Rank,
        unit: None,
        subject: None,
        currency: None,
        lang,
    }
}

fn draft_chinese<'a>(text: &'a str, sentence: Span, m: &NumberMatch) -> Option<Draft<'a>> {
    let before = &text[sentence.start..m.span.start];
    let after = &text[m.span.end..sentence.end];
    let has_digits = text[m.span].bytes().any(|b| b.is_ascii_digit())
        || text[m.span].contains(|c: char| ('０'..='９').contains(&c));

    // Ranks: "前三位", "前3名", "排名第二", "位居第一", "第三大".
    if let Some(b) = before.strip_suffix('前') {
        let _ = b;
        if let Some(c) = ["位", "名", "强"].iter().find(|c| after.starts_with(**c)) {
            return Some(rank(
                m.span.start - '前'.len_utf8(),
                m.span.end + c.len(),
                m.value,
                Lang::CHINESE,
            ));
        }
        return None; // "前三季度": a period, not a rank
    }
    if let Some(b) = before.strip_suffix('第') {
        let framed = ["排名", "位居", "位列", "居", "排", "列", "名列"]
            .iter()
            .find(|p| b.ends_with(**p));
        let biggest = after.starts_with('大');
        return match (framed, biggest) {
            (Some(p), _) => Some(rank(
                m.span.start - '第'.len_utf8() - p.len(),
                m.span.end,
                m.value,
                Lang::CHINESE,
            )),
            (None, true) => Some(rank(
                m.span.start - '第'.len_utf8(),
                m.span.end + '大'.len_utf8(),
                m.value,
                Lang::CHINESE,
            )),
            _ => None, // "第一次": an ordinal, not a statistic
        };
    }
    // "之一" and the like: "one of".
    if before.ends_with('之') {
        return None;
    }

    let (mut start, mut approximation) = (m.span.start, Approximation::Exact);
    if let Some(&(q, approx)) = ZH_PRE_QUALIFIERS.iter().find(|(q, _)| before.ends_with(q)) {
        start = m.span.start - q.len();
        approximation = approx;
    }
    let mut end = m.span.end;
    if m.more && approximation == Approximation::Exact {
        approximation = Approximation::MoreThan;
    }
    if let Some(&(q, approx)) = ZH_POST_QUALIFIERS
        .iter()
        .find(|(q, _)| after.starts_with(q) && !matches!(*q, "多" | "余"))
    {
        end += q.len();
        if approximation == Approximation::Exact {
            approximation = approx;
        }
    }
    if m.vague {
        approximation = Approximation::Vague;
    }

    let mut kind = match m.kind {
        NumberKind::Percent => StatisticKind::Percentage,
        NumberKind::Money => StatisticKind::Money,
        NumberKind::Duration => StatisticKind::Duration,
        _ => StatisticKind::Count,
    };
    let currency = m
        .currency
        .map(|c| Cow::Borrowed(c.iso.unwrap_or(c.written)));
    let mut unit: Option<Cow<'a, str>> = m.time_unit.map(Cow::Borrowed);
    if let Some(c) = m.currency {
        unit = Some(Cow::Borrowed(c.written));
    }
    let mut subject = None;
    // A value of one in Chinese is mostly the article "一个" ("a", "one
    // China"): only scaled, percent and money ones are kept.
    if m.value == 1.0 && m.scale == 1.0 && kind == StatisticKind::Count {
        return None;
    }
    if kind == StatisticKind::Count {
        let rest = &text[end..sentence.end];
        // A classifier, then the noun phrase up to punctuation.
        let classifier = ZH_CLASSIFIERS
            .iter()
            .find(|c| rest.starts_with(**c))
            .copied();
        // "三个月": months.
        if classifier == Some("个") && rest["个".len()..].starts_with('月') {
            kind = StatisticKind::Duration;
            unit = Some(Cow::Borrowed("个月"));
            end += "个月".len();
        } else {
            let np_start = end + classifier.map_or(0, str::len);
            let np_end = zh_np_end(text, np_start, sentence.end);
            let np = &text[np_start..np_end];
            let head = ZH_HEAD_NOUNS
                .iter()
                .filter(|h| np.ends_with(**h))
                .max_by_key(|h| h.len())
                .or_else(|| {
                    // The last head noun inside the phrase.
                    ZH_HEAD_NOUNS
                        .iter()
                        .filter_map(|h| np.rfind(h).map(|at| (at + h.len(), h)))
                        .max_by_key(|&(e, h)| (e, h.len()))
                        .map(|(_, h)| h)
                })
                .copied();
            // "数以千计的网站": the phrase starts after the particle.
            let np_start = if np.starts_with('的') {
                np_start + '的'.len_utf8()
            } else {
                np_start
            };
            if np_end > np_start {
                subject = Some(Span::new(np_start, np_end));
            }
            unit = head
                .or(classifier.filter(|c| ZH_CLASSIFIER_UNITS.contains(c)))
                .map(Cow::Borrowed);
            // A Chinese numeral counts through a classifier ("360家公司",
            // "两起案例"); without one it is part of a name or a set phrase
            // ("360公司" is the firm, "两国", "十分", "三中全会"), unless
            // scaled, vague, or counting people, the one noun that takes
            // digits directly ("5000人").
            let scaled = m.scale > 1.0;
            let people = has_digits && np.starts_with('人');
            if classifier.is_none() && !scaled && !m.vague && !people {
                return None;
            }
            if classifier == Some("倍") {
                kind = StatisticKind::Ratio;
                end += "倍".len();
                unit = None;
                subject = None;
            }
        }
    }
    Some(Draft {
        span: Span::new(start, end),
        value: m.value,
        approximation,
        kind,
        unit,
        subject,
        currency,
        lang: Lang::CHINESE,
    })
}

/// Where a Chinese noun phrase that starts at `i` ends: at punctuation, a
/// space, Latin text, or a function character that opens a predicate; at
/// most 16 characters.
fn zh_np_end(text: &str, i: usize, limit: usize) -> usize {
    let mut j = i;
    for (n, c) in text[i..limit].chars().enumerate() {
        if n >= 16
            || !is_ideograph(c)
            || matches!(
                c,
                '被' | '把'
                    | '在'
                    | '是'
                    | '了'
                    | '都'
                    | '均'
                    | '已'
                    | '曾'
                    | '将'
                    | '也'
                    | '对'
                    | '向'
                    | '从'
                    | '于'
                    | '遭'
                    | '受'
                    | '为'
            )
        {
            break;
        }
        j += c.len_utf8();
    }
    j
}

/// An English qualifier ending `before` (whitespace between): its offset in
/// `before` and meaning.
fn pre_qualifier_en(before: &str) -> Option<(usize, Approximation)> {
    let t = before.trim_end();
    // Every qualifier ends with a short ASCII word (or "approx."): check
    // the list only when the word before the number could end one.
    let last = t.as_bytes().last()?;
    if !(last.is_ascii_alphabetic() || *last == b'.') {
        return None;
    }
    // Only the qualifiers ending in that byte can match; they are tried in
    // the order of the list, as a search of the whole list would.
    let mut candidates = PRE_QUALIFIERS_BY_LAST_BYTE[usize::from(last.to_ascii_lowercase() & 0x7F)];
    while candidates != 0 {
        let n = candidates.trailing_zeros() as usize;
        candidates &= candidates - 1;
        let (q, approx) = EN_PRE_QUALIFIERS[n];
        let Some(at) = t.len().checked_sub(q.len()) else {
            continue;
        };
        let Some(tail) = t.get(at..) else {
            continue;
        };
        let matches = tail.eq_ignore_ascii_case(q)
            && t[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
        if matches {
            return Some((at, approx));
        }
    }
    None
}

/// For each ASCII byte, a bit per [`EN_PRE_QUALIFIERS`] entry whose last
/// byte it is (lowercase), so `pre_qualifier_en` tries only those.
static PRE_QUALIFIERS_BY_LAST_BYTE: [u64; 128] = {
    assert!(EN_PRE_QUALIFIERS.len() <= 64);
    let mut table = [0u64; 128];
    let mut n = 0;
    while n < EN_PRE_QUALIFIERS.len() {
        let q = EN_PRE_QUALIFIERS[n].0.as_bytes();
        table[(q[q.len() - 1].to_ascii_lowercase() & 0x7F) as usize] |= 1 << n;
        n += 1;
    }
    table
};

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
        "are" | "were" | "have" | "remain" | "remained" | "died" | "survived"
    );
    let the = last_word(before).is_some_and(|(_, w)| w.eq_ignore_ascii_case("the"));
    let relative = the && matches!(w1.as_str(), "that" | "who" | "which");
    partitive || plural_verb || relative
}

/// The last word of `s` (letters, digits, inner dots, apostrophes and
/// hyphens): (offset in `s`, word).
fn last_word(s: &str) -> Option<(usize, &str)> {
    let t = s.trim_end();
    let start = t
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric() || matches!(c, '.' | '\'' | '’' | '-'))
        .last()
        .map(|(i, _)| i)?;
    let w = t[start..].trim_end_matches(['.', '-']);
    (!w.is_empty()).then_some((start, w))
}

/// The first word of `s` after whitespace: (offset in `s`, word).
fn first_word(s: &str) -> Option<(usize, &str)> {
    let t = s.trim_start();
    let at = s.len() - t.len();
    let end = t
        .char_indices()
        .find(|&(_, c)| !(c.is_alphanumeric() || matches!(c, '.' | '\'' | '’')))
        .map_or(t.len(), |(i, _)| i);
    let w = t[..end].trim_end_matches('.');
    (!w.is_empty()).then_some((at, w))
}

/// A counted noun phrase after a number.
struct NounPhrase<'a> {
    /// The head noun: the unit.
    head: &'a str,
    /// The phrase, post-modifier included ("servers located outside China").
    span: Span,
}

fn is_stop_word(w: &str) -> bool {
    NP_STOP.contains(w)
}

/// Words of `text` from `i` to `limit` as (start, end), stopping at the
/// first character that is neither a word character nor whitespace. A word
/// has letters, digits, inner hyphens and apostrophes.
fn np_words<'b>(
    text: &str,
    i: usize,
    limit: usize,
    buf: &'b mut [(usize, usize)],
) -> &'b [(usize, usize)] {
    let bytes = text.as_bytes();
    let mut n = 0;
    let mut k = i;
    while n < buf.len() && k < limit {
        while k < limit && matches!(bytes[k], b' ' | b'\t' | b'\r' | b'\n') {
            k += 1;
        }
        let w0 = k;
        while k < limit {
            let b = bytes[k];
            // ASCII letters and digits need no decoding.
            if b.is_ascii_alphanumeric() {
                k += 1;
                continue;
            }
            let c = if b < 0x80 {
                char::from(b)
            } else {
                text[k..].chars().next().unwrap_or(' ')
            };
            let inner = matches!(c, '-' | '\'' | '’')
                && k > w0
                && text[k + c.len_utf8()..limit].starts_with(|d: char| d.is_alphabetic());
            if c.is_alphanumeric() && !is_ideograph(c) || inner {
                k += c.len_utf8();
            } else {
                break;
            }
        }
        if k == w0 {
            break;
        }
        buf[n] = (w0, k);
        n += 1;
        if k < limit && !matches!(bytes[k], b' ' | b'\t' | b'\r' | b'\n') {
            break;
        }
    }
    &buf[..n]
}

/// The counted noun phrase starting after a number at `i`: a partitive
/// "of" (and determiner) is skipped when `partitive` allows ("two of its
/// NATO allies"), then nouns and modifiers up to a stop word, punctuation
/// or participle. The head is the last word, or the first conjunct's when
/// that one is plural ("techniques and procedures"). A capitalised head is
/// a name ("39 Dunblane Street"), not a unit.
fn noun_phrase(text: &str, i: usize, limit: usize, partitive: bool) -> Option<NounPhrase<'_>> {
    let mut buf = [(0, 0); 14];
    let words = np_words(text, i, limit, &mut buf);
    let mut n = 0;
    let w = |n: usize| words.get(n).map(|&(s, e)| &text[s..e]);
    if partitive && w(0).is_some_and(|x| x.eq_ignore_ascii_case("of")) {
        n = 1;
        // "two of its NATO allies", "145 of 255 priority entities": a
        // determiner or the whole's own count after "of".
        let whole_count = |x: &str| x.bytes().all(|b| b.is_ascii_digit() || b == b',');
        if w(1).is_some_and(|x| {
            whole_count(x)
                || PARTITIVE_DETERMINERS
                    .iter()
                    .any(|d| d.eq_ignore_ascii_case(x))
        }) {
            n = 2;
        }
    }
    let first = n;
    // "1,000 times" counts occurrences; "three times as many", "ten times
    // larger" compare, and count nothing.
    if let Some(word) = w(first).filter(|x| x.eq_ignore_ascii_case("times")) {
        let comparative = w(first + 1).is_some_and(|x| {
            let x = x.to_ascii_lowercase();
            matches!(x.as_str(), "as" | "more" | "less" | "than" | "that" | "the")
                || x.ends_with("er")
        });
        if !comparative {
            let (s, e) = words[first];
            return Some(NounPhrase {
                head: word,
                span: Span::new(s, e),
            });
        }
    }
    let mut last = None;
    let mut conjunct_head = None;
    while let Some(word) = w(n) {
        let mut lbuf = [0u8; 16];
        let lower = crate::text::lower_ascii(word, &mut lbuf).unwrap_or("");
        if word.bytes().any(|b| b.is_ascii_digit()) {
            // "the remaining 39 detainees": a count after a word that
            // picks out part of a whole goes on to the noun.
            let picks = n > first
                && w(n - 1).is_some_and(|p| {
                    matches!(
                        p.to_ascii_lowercase().as_str(),
                        "remaining"
                            | "other"
                            | "additional"
                            | "further"
                            | "first"
                            | "last"
                            | "next"
                    )
                });
            if picks && w(n + 1).is_some_and(|x| !x.bytes().any(|b| b.is_ascii_digit())) {
                n += 1;
                continue;
            }
            break;
        }
        if lower == "and" || lower == "&" {
            let next_ok = w(n + 1).is_some_and(|x| !is_stop_word(x));
            if last.is_none() || !next_ok {
                break;
            }
            let prev = w(n - 1).unwrap_or("");
            if conjunct_head.is_none() && prev.ends_with('s') && !prev.ends_with("ss") {
                conjunct_head = Some(n - 1);
            }
            n += 1;
            continue;
        }
        // "said", "revealed", "took" end the phrase; "claims", "reports"
        // are plural nouns as often as verbs, so "-s" forms do not.
        let verb = last.is_some()
            && ((REPORTING.contains(lower) && !lower.ends_with('s')) || IRREGULAR.contains(lower));
        if verb
            || is_stop_word(lower)
            || (last.is_some() && (lower.ends_with("'s") || lower.ends_with("’s")))
        {
            break;
        }
        if last.is_some()
            && ((lower.ends_with("ed") && lower.len() >= 4 && !lower.ends_with("eed"))
                || (lower.ends_with("ing") && lower.len() > 5)
                || (lower.ends_with("ly")
                    && !matches!(
                        lower,
                        "ally"
                            | "family"
                            | "assembly"
                            | "supply"
                            | "anomaly"
                            | "monopoly"
                            | "rally"
                    )))
        {
            break;
        }
        if matches!(
            lower,
            "worldwide"
                | "globally"
                | "nationwide"
                | "annually"
                | "respectively"
                | "apiece"
                | "altogether"
                | "abroad"
        ) {
            break;
        }
        last = Some(n);
        n += 1;
        if n - first >= 6 {
            break;
        }
    }
    let last = last?;
    if w(last).is_some_and(|x| x.eq_ignore_ascii_case("and")) {
        return None;
    }
    let head_index = conjunct_head.unwrap_or(last);
    let head = w(head_index)?;
    if !head.starts_with(|c: char| c.is_lowercase()) {
        return None;
    }
    // A final "-ed" word is a verb ("35 arrived"); inside the phrase it is
    // a modifier ("35 armed men").
    if head.ends_with("ed") && !head.ends_with("eed") && head_index == first {
        return None;
    }
    let mut end = words[last].1;
    // A participle with its complement: "located outside China",
    // "targeted for interception".
    if let Some(p) = w(last + 1) {
        let participle = p.len() > 4 && p.as_bytes()[p.len() - 2..].eq_ignore_ascii_case(b"ed");
        let prep_follows = w(last + 2).is_some_and(|x| {
            is_stop_word(x)
                && !PARTITIVE_DETERMINERS
                    .iter()
                    .any(|d| d.eq_ignore_ascii_case(x))
                && ![
                    "a", "an", "the", "were", "was", "are", "is", "have", "has", "had",
                ]
                .iter()
                .any(|d| d.eq_ignore_ascii_case(x))
        });
        if participle && prep_follows {
            let gap_ok =
                !text[words[last].1..words[last + 1].0].contains(|c: char| !c.is_whitespace());
            if gap_ok {
                end = words[last + 1].1;
                let mut k = last + 2;
                if w(k).is_some_and(is_stop_word) {
                    let prep_end = k;
                    k += 1;
                    let mut tail = None;
                    let mut named = false;
                    while let Some(x) = w(k) {
                        if is_stop_word(x) && !x.eq_ignore_ascii_case("the") || k - prep_end > 4 {
                            break;
                        }
                        // "located outside China took control": after a
                        // name, a lowercase word opens the predicate; so
                        // does a verb after any noun.
                        let capital = x.starts_with(char::is_uppercase);
                        let mut xbuf = [0u8; 16];
                        let xl = crate::text::lower_ascii(x, &mut xbuf).unwrap_or("");
                        if tail.is_some()
                            && (IRREGULAR.contains(xl)
                                || REPORTING.contains(xl)
                                || xl.ends_with("ed"))
                        {
                            break;
                        }
                        if named && !capital {
                            break;
                        }
                        named |= capital;
                        if !text[words[k - 1].1..words[k].0].trim().is_empty() {
                            break;
                        }
                        tail = Some(k);
                        k += 1;
                    }
                    if let Some(t) = tail {
                        end = words[t].1;
                    }
                }
            }
        }
    }
    Some(NounPhrase {
        head,
        span: Span::new(words[first].0, end),
    })
}

// ---------------------------------------------------------------------------
// Sources.

/// A word or punctuation token of a sentence.
#[derive(Clone, Copy, Debug)]
struct Tok {
    start: usize,
    end: usize,
    word: bool,
}

/// The tokens of a sentence: words (letters and digits with inner dots,
/// hyphens, apostrophes, so "U.S", "anti-secrecy", "360's" stay whole) and
/// single punctuation characters; Han characters are left to the Chinese
/// rules.
fn words(text: &str, sentence: Span) -> Tokens {
    let bytes = text.as_bytes();
    let end = sentence.end;
    let mut out = Vec::with_capacity(sentence.len() / 5);
    let mut ideographs = false;
    let mut i = sentence.start;
    while i < end {
        let b = bytes[i];
        if b < 0x80 {
            // ASCII: the same classes as `char` gives them, without decoding.
            if matches!(b, b' ' | 0x09..=0x0D) {
                i += 1;
            } else if b.is_ascii_alphanumeric() {
                let start = i;
                i = word_end(text, i + 1, end, b.is_ascii_digit());
                out.push(Tok {
                    start,
                    end: i,
                    word: true,
                });
            } else {
                out.push(Tok {
                    start: i,
                    end: i + 1,
                    word: false,
                });
                i += 1;
            }
            continue;
        }
        let c = text[i..].chars().next().unwrap_or(' ');
        let len = c.len_utf8();
        // Every ideograph of the sentence is met here: `word_end` stops
        // before one.
        let ideograph = is_ideograph(c);
        ideographs |= ideograph;
        if c.is_whitespace() || ideograph {
            i += len;
            continue;
        }
        if c.is_alphanumeric() {
            let start = i;
            i = word_end(text, i + len, end, c.is_ascii_digit());
            out.push(Tok {
                start,
                end: i,
                word: true,
            });
        } else {
            out.push(Tok {
                start: i,
                end: i + len,
                word: false,
            });
            i += len;
        }
    }
    Tokens {
        toks: out,
        ideographs,
    }
}

/// The tokens of a sentence, and whether it has Han (or kana, hangul)
/// characters, which only the Chinese rules read.
struct Tokens {
    toks: Vec<Tok>,
    ideographs: bool,
}

/// Where a word that started before `j` ends: letters and digits (not Han),
/// with inner `.`, `-`, `'`, `’` (and `,` inside a number) when a letter or
/// digit follows.
fn word_end(text: &str, mut j: usize, end: usize, numeric: bool) -> usize {
    let bytes = text.as_bytes();
    let is_word_char = |k: usize| -> Option<usize> {
        let b = *bytes.get(k)?;
        if k >= end {
            return None;
        }
        if b < 0x80 {
            return b.is_ascii_alphanumeric().then_some(1);
        }
        let c = text[k..].chars().next()?;
        (c.is_alphanumeric() && !is_ideograph(c)).then_some(c.len_utf8())
    };
    let ascii = &bytes[..end];
    while j < end {
        // The ASCII letters and digits of the word, in a tight loop.
        while j < ascii.len() && ascii[j].is_ascii_alphanumeric() {
            j += 1;
        }
        if j >= end {
            break;
        }
        let b = bytes[j];
        if b >= 0x80 {
            if let Some(len) = is_word_char(j) {
                j += len;
                continue;
            }
        }
        let joiner = match bytes[j] {
            b'.' | b'-' | b'\'' => 1,
            b',' if numeric => 1,
            0xE2 if text[j..end].starts_with('’') => 3,
            _ => 0,
        };
        if joiner > 0 && is_word_char(j + joiner).is_some() {
            j += joiner;
        } else {
            break;
        }
    }
    j
}

/// The first words of [`ACCORDING_CUES`], to test each token once.
static ACCORDING_OPENERS: crate::lexicon::Lexicon =
    crate::lexicon::Lexicon::new(ACCORDING_OPENER_WORDS);

const ACCORDING_OPENER_WORDS: &[&str] = &["according", "as", "citing"];

/// Words that open the clause a reporting verb's subject stands in.
const CLAUSE_OPENERS: &[&str] = &[
    "that", "after", "when", "while", "because", "as", "which", "who", "if", "though", "although",
    "since", "before", "where",
];

/// The shapes of [`CLAUSE_OPENERS`].
static CLAUSE_OPENER_SHAPES: WordShapes = WordShapes::of(CLAUSE_OPENERS);

/// The shapes of the words [`ACCORDING_OPENERS`] holds.
static OPENER_SHAPES: WordShapes = WordShapes::of(ACCORDING_OPENER_WORDS);

/// The shapes of [`crate::lexicon::cues::REPORTING_VERBS`].
static REPORTING_SHAPES: WordShapes = WordShapes::of(crate::lexicon::cues::REPORTING_VERBS);

/// An attribution inside a sentence.
#[derive(Clone, Copy, Debug)]
struct Attribution {
    /// Where the cue stands.
    at: usize,
    /// The authority, when it is named here (or resolved from an anaphor).
    source: Option<Span>,
    /// Whether it also covers numbers before it ("..., Wikileaks said.",
    /// "according to X" anywhere).
    backwards: bool,
    /// "It also said", "the report showed": stands for an earlier source.
    anaphoric: bool,
}

fn is_in(text: &str, t: &Tok, lexicon: &crate::lexicon::Lexicon) -> bool {
    t.word && lexicon.contains(&text[t.start..t.end])
}

fn tok_is(text: &str, t: &Tok, w: &str) -> bool {
    t.word && text[t.start..t.end].eq_ignore_ascii_case(w)
}

/// Whether [`attributions`] may find anything in the sentence: it has a
/// word that opens an "according to" cue or is a reporting verb, or a
/// character that may be Han (lead byte 0xE3 or above: every ideograph is
/// at U+3007 or above). Every cue word is ASCII letters only, so a token
/// `attributions` acts on is a whole run of ASCII letters with no letter
/// before or after it: the runs tested here, with the same tests.
fn may_attribute(text: &str, sentence: Span) -> bool {
    let bytes = &text.as_bytes()[..sentence.end];
    let mut i = sentence.start;
    while let Some(&b) = bytes.get(i) {
        if b >= 0xE3 {
            return true;
        }
        if !b.is_ascii_alphabetic() {
            i += 1;
            continue;
        }
        let k = bytes[i..]
            .iter()
            .position(|b| !b.is_ascii_alphabetic())
            .map_or(bytes.len(), |n| i + n);
        let wb = &bytes[i..k];
        if (2..=11).contains(&wb.len()) {
            let w = &text[i..k];
            if (OPENER_SHAPES.fits(wb) && ACCORDING_OPENERS.contains(w))
                || (wb[0].is_ascii_lowercase()
                    && REPORTING_SHAPES.fits(wb)
                    && REPORTING.contains(w))
            {
                return true;
            }
        }
        i = k;
    }
    false
}

/// The attributions of one sentence, in order.
fn attributions(text: &str, sentence: Span, tokens: &Tokens) -> Vec<Attribution> {
    let toks = &tokens.toks[..];
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if !t.word {
            continue;
        }
        let wb = &text.as_bytes()[t.start..t.end];
        // Every cue and reporting verb is a short ASCII word.
        if !(2..=11).contains(&wb.len()) || !wb[0].is_ascii_alphabetic() {
            continue;
        }
        // The shape tests turn most words away before the lookups.
        let may_open = OPENER_SHAPES.fits(wb);
        // A reporting verb is written in lowercase: "The United States will"
        // has no verb "States".
        let may_verb = wb[0].is_ascii_lowercase() && REPORTING_SHAPES.fits(wb);
        if !may_open && !may_verb {
            continue;
        }
        let w = &text[t.start..t.end];
        let opens_cue = may_open && ACCORDING_OPENERS.contains(w);
        let verb = may_verb && REPORTING.contains(w);
        if !opens_cue && !verb {
            continue;
        }
        let mut buf = [0u8; 16];
        let Some(lower) = crate::text::lower_ascii(w, &mut buf) else {
            continue;
        };
        // "According to statistics from X, ...", "as reported by X".
        for cue in ACCORDING_CUES.iter().filter(|_| opens_cue) {
            if !cue.starts_with(lower)
                || cue.as_bytes().get(lower.len()).is_some_and(|&b| b != b' ')
            {
                continue;
            }
            let n = cue.split(' ').count();
            if cue
                .split(' ')
                .enumerate()
                .all(|(k, p)| toks.get(i + k).is_some_and(|t| tok_is(text, t, p)))
            {
                if let Some(span) = according_source(text, toks, i + n) {
                    out.push(Attribution {
                        at: t.start,
                        source: Some(span),
                        backwards: true,
                        anaphoric: false,
                    });
                }
            }
        }
        if !verb {
            continue;
        }
        // Passive: "Documents released by X", "data published by X".
        if toks.get(i + 1).is_some_and(|n| tok_is(text, n, "by")) {
            let doc_before = i > 0 && toks[i - 1].word && is_in(text, &toks[i - 1], &DOCUMENTS);
            if doc_before {
                if let Some(span) = proper_name(text, toks, i + 2) {
                    out.push(Attribution {
                        at: t.start,
                        source: Some(span),
                        backwards: false,
                        anaphoric: false,
                    });
                }
            }
            continue;
        }
        let Some((subject, anaphoric)) = subject_before(text, sentence, toks, i) else {
            continue;
        };
        // "..., Wikileaks said." / "..., Reuters reported on Monday.": a
        // final attribution covers what came before it.
        let tail = &toks[i + 1..toks.len().min(i + 9)];
        let backwards = toks.len() <= i + 9
            && tail.iter().filter(|t| t.word).count() <= 3
            && tail.iter().all(|t| {
                t.word || matches!(&text[t.start..t.end], "." | "!" | "\"" | "”" | "'" | "’")
            });
        out.push(Attribution {
            at: t.start,
            source: subject,
            backwards,
            anaphoric,
        });
    }
    if tokens.ideographs {
        zh_attributions(text, sentence, &mut out);
    }
    out.sort_by_key(|a| a.at);
    out
}

/// The source named after "according to": document nouns and "from"/"by"/
/// "of" are skipped ("statistics from", "the annual report by", "a report
/// of"), the name runs to the next comma or the end of the clause.
fn according_source(text: &str, toks: &[Tok], mut i: usize) -> Option<Span> {
    let skip = |t: &Tok| {
        let w = &text[t.start..t.end];
        t.word
            && (matches!(
                w.to_ascii_lowercase().as_str(),
                "the"
                    | "a"
                    | "an"
                    | "annual"
                    | "latest"
                    | "new"
                    | "recent"
                    | "official"
                    | "released"
                    | "published"
                    | "compiled"
                    | "issued"
            ) || DOCUMENTS.contains(w))
    };
    let open = i;
    while toks.get(i).is_some_and(skip) {
        i += 1;
    }
    if i > open
        && toks
            .get(i)
            .is_some_and(|t| ["from", "by", "of"].iter().any(|p| tok_is(text, t, p)))
    {
        i += 1;
        while toks.get(i).is_some_and(|t| tok_is(text, t, "the")) {
            i += 1;
        }
    } else {
        i = open;
        while toks.get(i).is_some_and(|t| tok_is(text, t, "the")) {
            i += 1;
        }
    }
    let first = i;
    let mut last = None;
    let mut depth = 0;
    while let Some(t) = toks.get(i) {
        let s = &text[t.start..t.end];
        if !t.word {
            match s {
                "(" => depth += 1,
                ")" if depth > 0 => depth -= 1,
                "/" | "&" | "'" | "’" => {}
                _ if depth > 0 => {}
                _ => break,
            }
        } else if depth == 0
            && (tok_is(text, t, "that")
                || tok_is(text, t, "in")
                    && toks
                        .get(i + 1)
                        .is_some_and(|n| text[n.start..n.end].bytes().all(|b| b.is_ascii_digit())))
        {
            break;
        }
        if t.word || s == ")" {
            last = Some(i);
        }
        i += 1;
        if i - first > 30 {
            return proper_name(text, toks, first);
        }
    }
    let last = last?;
    (last >= first).then(|| Span::new(toks[first].start, toks[last].end))
}

/// A run of capitalised words (with "of", "for", "and", "the" between them
/// and a parenthesised acronym after) starting at token `i`.
fn proper_name(text: &str, toks: &[Tok], mut i: usize) -> Option<Span> {
    while toks.get(i).is_some_and(|t| tok_is(text, t, "the")) {
        i += 1;
    }
    let first = i;
    let mut last = None;
    while let Some(t) = toks.get(i) {
        if i - first > 24 {
            break; // names are short; the bound keeps the scan linear
        }
        let s = &text[t.start..t.end];
        if t.word && s.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) {
            last = Some(i);
        } else if (t.word && matches!(s, "of" | "for" | "and" | "the" | "on")
            || matches!(s, "/" | "&"))
            && last.is_some()
        {
        } else if s == "(" && last.is_some() {
            let close = toks[i..]
                .iter()
                .take(6)
                .position(|t| &text[t.start..t.end] == ")");
            if let Some(c) = close {
                last = Some(i + c);
            }
            break;
        } else {
            break;
        }
        i += 1;
    }
    let last = last?;
    // "a survey of 1,000 adults": a number before a noun is a count, not a
    // name like the firm "360".
    let numeric = toks[first..=last]
        .iter()
        .all(|t| text[t.start..t.end].starts_with(|c: char| c.is_ascii_digit()));
    let noun_follows = toks
        .get(last + 1)
        .is_some_and(|t| t.word && text[t.start..t.end].starts_with(char::is_lowercase));
    if numeric && noun_follows {
        return None;
    }
    Some(Span::new(toks[first].start, toks[last].end))
}

/// The subject of the reporting verb at token `v`: (its span, whether it is
/// an anaphor). Adverbs and auxiliaries before the verb are skipped; an
/// appositive between commas ("Assange, a founder of Wikileaks, once
/// revealed", "US federal agencies, including ..., outlined") is stepped
/// over to the noun phrase it describes; "X's report" and "data from X"
/// give X. A subject that names no authority (no capital, no authority
/// noun) gives no source.
fn subject_before(
    text: &str,
    sentence: Span,
    toks: &[Tok],
    v: usize,
) -> Option<(Option<Span>, bool)> {
    let lower = |t: &Tok| text[t.start..t.end].to_ascii_lowercase();
    let mut k = v;
    while k > 0
        && toks[k - 1].word
        && matches!(
            lower(&toks[k - 1]).as_str(),
            "also"
                | "once"
                | "recently"
                | "further"
                | "previously"
                | "earlier"
                | "has"
                | "have"
                | "had"
                | "repeatedly"
                | "reportedly"
                | "then"
                | "later"
                | "publicly"
                | "officially"
                | "has also"
                | "first"
                | "even"
                | "today"
        )
    {
        k -= 1;
    }
    // The clause: back to a semicolon, colon, quote or "that", at most 48
    // tokens back (a subject is short; the bound keeps the walk linear).
    let window = k.saturating_sub(48);
    let clause_start = toks[window..k]
        .iter()
        .rposition(|t| {
            let b = &text.as_bytes()[t.start..t.end];
            if t.word {
                CLAUSE_OPENER_SHAPES.fits(b)
                    && CLAUSE_OPENERS
                        .iter()
                        .any(|w| b.eq_ignore_ascii_case(w.as_bytes()))
            } else {
                // ";", ":", '"', "(", ")", and "“", "”" in UTF-8.
                matches!(
                    b,
                    b";" | b":" | b"\"" | b"(" | b")" | [0xE2, 0x80, 0x9C | 0x9D]
                )
            }
        })
        .map_or(window, |p| window + p + 1);
    // Comma segments of the clause, right to left.
    let mut seg_end = k;
    let mut chosen = None;
    let mut appositive = false;
    loop {
        let seg_start = toks[clause_start..seg_end]
            .iter()
            .rposition(|t| &text[t.start..t.end] == ",")
            .map_or(clause_start, |p| clause_start + p + 1);
        let seg = &toks[seg_start..seg_end];
        if seg.is_empty() {
            if seg_start == clause_start {
                break;
            }
            appositive = true;
            seg_end = seg_start - 1;
            if seg_end <= clause_start {
                break;
            }
            continue;
        }
        let first = lower(&seg[0]);
        let is_appositive = appositive
            && (matches!(
                first.as_str(),
                "a" | "an" | "including" | "such" | "who" | "which" | "one" | "the"
            ) && seg_start > clause_start);
        if is_appositive {
            seg_end = seg_start - 1;
            if seg_end <= clause_start {
                break;
            }
            continue;
        }
        chosen = Some(seg);
        break;
    }
    let seg = chosen?;
    if seg.len() > 12
        || seg
            .iter()
            .any(|t| !t.word && !matches!(&text[t.start..t.end], "(" | ")" | "/" | "&"))
            && seg.len() > 8
    {
        return None;
    }
    let words: Vec<&Tok> = seg.iter().filter(|t| t.word).collect();

    let first_word = words.first()?;
    let phrase = text[first_word.start..seg[seg.len() - 1].end].to_ascii_lowercase();
    if ANAPHORIC_SOURCES.contains(&phrase.as_str()) {
        // A definite description ("the survey") stands for itself when no
        // earlier source resolves it; a pronoun stands for nothing.
        let itself = phrase
            .contains(' ')
            .then(|| Span::new(first_word.start, seg[seg.len() - 1].end));
        return Some((itself, true));
    }
    // "X's report", "X's annual report": the possessor.
    for (n, t) in words.iter().enumerate() {
        let w = &text[t.start..t.end];
        if let Some(owner) = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")) {
            if words[n + 1..].iter().any(|x| is_in(text, x, &DOCUMENTS)) {
                let start = words[0].start;
                let start = if tok_is(text, words[0], "the") && n > 0 {
                    words[1].start
                } else {
                    start
                };
                return Some((Some(Span::new(start, t.start + owner.len())), false));
            }
        }
    }
    // "data from X", "a report by X".
    if let Some(p) = words
        .iter()
        .position(|t| ["from", "by", "of"].iter().any(|x| tok_is(text, t, x)))
    {
        if p > 0 && is_in(text, words[p - 1], &DOCUMENTS) {
            let toks_after: Vec<Tok> = seg.to_vec();
            let idx = toks_after.iter().position(|t| t.start == words[p].start)? + 1;
            return Some((proper_name(text, &toks_after, idx), false));
        }
    }
    // A subject with a number in it is a clause, not an authority ("the
    // deal covers 27 member states", "the survey of 1,000 adults").
    if words
        .iter()
        .any(|t| text[t.start..t.end].starts_with(|c: char| c.is_ascii_digit()))
    {
        return None;
    }
    // Strip a leading "the" and require an authority.
    let mut from = 0;
    if tok_is(text, &seg[0], "the") {
        from = 1;
    }
    let body = &seg[from..];
    let first = body.first()?;
    let at_sentence_start = seg[0].start == sentence.start;
    let named = body.iter().enumerate().any(|(n, t)| {
        let s = &text[t.start..t.end];
        t.word
            && s.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            && !(n == 0 && at_sentence_start && from == 0 && body.len() > 1)
    });
    let authority = body.iter().any(|t| is_in(text, t, &AUTHORITIES));
    if !(named || authority) {
        return None;
    }
    Some((
        Some(Span::new(first.start, body[body.len() - 1].end)),
        false,
    ))
}

/// Chinese attributions: "X数据显示", "X称", "据X统计".
fn zh_attributions(text: &str, sentence: Span, out: &mut Vec<Attribution>) {
    // Called only for sentences with an ideograph (see `Tokens`): every
    // cue is written in them.
    let s = &text[sentence];
    let is_break = |c: char| {
        matches!(
            c,
            '，' | '。' | '；' | '：' | '、' | ',' | ';' | ':' | '“' | '”' | '"' | '！' | '？'
        )
    };
    // Simplified and traditional forms of the verbs that credit a source
    // ("X数据显示", "X報導").
    for cue in [
        "显示", "顯示", "指出", "透露", "表示", "称", "稱", "报道", "報道", "報導", "披露",
    ] {
        let mut from = 0;
        while let Some(p) = s[from..].find(cue) {
            let at = from + p;
            from = at + cue.len();
            // Bounded windows around the cue keep long sentences linear.
            let before = &s[crate::text::boundary::floor(s, at.saturating_sub(96))..at];
            let after = head(&s[at + cue.len()..], 24);
            if (cue == "称" || cue == "稱")
                && (before.ends_with([
                    '名', '简', '俗', '号', '堪', '被', '宣', '声', '指', '簡', '號', '聲',
                ]) || after.starts_with('为'))
            {
                continue;
            }
            let clause = before.rfind(is_break).map_or(0, |b| {
                b + before[b..].chars().next().map_or(1, char::len_utf8)
            });
            let mut x = &before[clause..];
            x = x.trim_start_matches(['据', '另', '而', '但']);
            for trail in ZH_SOURCE_CUES {
                if let Some(stem) = trail.strip_suffix(cue) {
                    if !stem.is_empty() {
                        if let Some(t) = x.strip_suffix(stem) {
                            x = t;
                            break;
                        }
                    }
                }
            }
            for noun in [
                "数据", "數據", "统计", "統計", "报告", "報告", "年报", "年報", "调查", "調查",
                "研究", "监测", "監測", "的",
            ] {
                x = x.strip_suffix(noun).unwrap_or(x);
            }
            x = x.strip_suffix("的").unwrap_or(x);
            let chars = x.chars().count();
            if !(2..=24).contains(&chars) || !x.chars().all(is_ideograph) {
                continue;
            }
            let anaphoric = ["该", "这", "其", "此", "上述"]
                .iter()
                .any(|p| x.starts_with(p));
            let x_start = sentence.start
                + (at - before.len())
                + (before.len()
                    - before[clause..]
                        .trim_start_matches(['据', '另', '而', '但'])
                        .len());
            let span = Span::new(x_start, x_start + x.len());
            out.push(Attribution {
                at: sentence.start + at,
                source: (!anaphoric).then_some(span),
                backwards: after
                    .trim_start_matches(|c: char| !c.is_alphanumeric())
                    .is_empty(),
                anaphoric,
            });
        }
    }
    // "据X统计", "根据X的数据".
    let mut from = 0;
    while let Some(p) = s[from..].find('据') {
        let at = from + p;
        from = at + '据'.len_utf8();
        let after = head(&s[from..], 96);
        let clause_end = after.find(is_break).unwrap_or(after.len());
        let frame = &after[..clause_end];
        // The frame closes with its noun right before the comma: "据国家
        // 统计局统计，" (the first "统计" belongs to the name).
        let Some(close_at) = ZH_ACCORDING_CLOSERS
            .iter()
            .find(|c| frame.ends_with(**c))
            .map(|c| frame.len() - c.len())
        else {
            continue;
        };
        let x = frame[..close_at].trim_end_matches('的');
        let chars = x.chars().count();
        if (2..=24).contains(&chars) && x.chars().all(is_ideograph) {
            let start = sentence.start + from;
            out.push(Attribution {
                at: sentence.start + at,
                source: Some(Span::new(start, start + x.len())),
                backwards: false,
                anaphoric: false,
            });
        }
    }
}

/// At most the first `n` bytes of `s`, cut on a char boundary.
fn head(s: &str, n: usize) -> &str {
    &s[..crate::text::boundary::floor(s, n)]
}

/// The attributions of a sentence, indexed for the numbers in it: for each
/// position, the last one before it that names a source, and the first one
/// after it that names a source and covers what precedes it. Built once
/// per sentence, so picking a source is a binary search.
struct SourceIndex {
    at: Vec<usize>,
    before: Vec<Option<Span>>,
    after: Vec<Option<Span>>,
}

impl SourceIndex {
    fn new(sources: &[Attribution]) -> SourceIndex {
        let at = sources.iter().map(|a| a.at).collect();
        let mut before = Vec::with_capacity(sources.len());
        let mut last = None;
        for a in sources {
            last = a.source.or(last);
            before.push(last);
        }
        let mut after = vec![None; sources.len()];
        let mut next = None;
        for (i, a) in sources.iter().enumerate().rev() {
            if a.backwards && a.source.is_some() {
                next = a.source;
            }
            after[i] = next;
        }
        SourceIndex { at, before, after }
    }

    /// The source of a number at `span`: the nearest attribution before it
    /// in the sentence, else the nearest one after it that covers what
    /// precedes.
    fn pick(&self, span: Span) -> Option<Span> {
        let i = self.at.partition_point(|&a| a < span.start);
        let j = self.at.partition_point(|&a| a < span.end);
        i.checked_sub(1)
            .and_then(|i| self.before[i])
            .or_else(|| self.after.get(j).copied().flatten())
    }
}

// ---------------------------------------------------------------------------
// Periods.

/// The reference periods stated in a sentence: (offset, period) for "in
/// 2020", "during 2019", "2020年", "last year", "over the past decade".
fn periods(
    text: &str,
    sentence: Span,
    numbers: &[NumberMatch],
    reference: Option<chrono::NaiveDate>,
) -> Vec<(usize, String)> {
    use chrono::Datelike;
    let mut out = Vec::new();
    for m in numbers {
        let written = &text[m.span];
        if m.kind == NumberKind::Year {
            // "2020年" but not "2020年7月" (a date inside the year).
            let rest = &text[m.span.end..sentence.end];
            let month = rest
                .trim_start_matches(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c))
                .len()
                < rest.len()
                && rest
                    .trim_start_matches(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c))
                    .starts_with('月');
            if !month {
                out.push((m.span.start, format!("{}", m.value as i64)));
            }
            continue;
        }
        if m.plain && written.len() == 4 && (1000.0..3000.0).contains(&m.value) {
            let before = &text[sentence.start..m.span.start];
            if let Some((_, w)) = last_word(before) {
                let w = w.to_ascii_lowercase();
                if matches!(
                    w.as_str(),
                    "in" | "during" | "throughout" | "for" | "fiscal" | "of"
                ) {
                    let after = &text[m.span.end..sentence.end];
                    // "in 2020-2021" is cut away by the grammar; "in 2020 alone" fine.
                    if !after.starts_with(char::is_alphanumeric) {
                        out.push((m.span.start, written.to_string()));
                    }
                }
            }
        }
    }
    let s = &text[sentence];
    // Which of the keys "year", "decade" and "年" the sentence holds (the
    // standard substring search is vectorised: cheaper than a byte loop).
    let (year, decade, nian) = (s.contains("year"), s.contains("decade"), s.contains('年'));
    if !(year || decade || nian) {
        return out;
    }
    // Finds the phrase by its last word (written in lowercase), then checks
    // the whole phrase case-insensitively. Every key holds "year", "decade"
    // or "年": a phrase whose key the sentence lacks is not searched for.
    let lower_has = |needle: &str| -> Option<usize> {
        let key = needle.rsplit(' ').next()?;
        let present = (year && key.contains("year"))
            || (decade && key.contains("decade"))
            || (nian && key.contains('年'));
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
    };
    if let Some(year) = reference.map(|d| d.year()) {
        for (phrase, delta) in [
            ("last year", -1),
            ("this year", 0),
            ("去年", -1),
            ("今年", 0),
        ] {
            if let Some(p) = lower_has(phrase) {
                out.push((sentence.start + p, (year + delta).to_string()));
            }
        }
    }
    // "the past 10 years", "the last four decades", "the next five years":
    // the number with its frame, as written.
    for m in numbers {
        let before = &text[sentence.start..m.span.start];
        let Some((at, w)) = last_word(before) else {
            continue;
        };
        if !matches!(
            w.to_ascii_lowercase().as_str(),
            "past" | "last" | "previous" | "next" | "coming"
        ) {
            continue;
        }
        let after = &text[m.span.end..sentence.end];
        if let Some((o, unit)) = first_word(after) {
            if en_time_unit(unit).is_some() {
                let the = last_word(&before[..at]).filter(|(_, w)| w.eq_ignore_ascii_case("the"));
                let start = sentence.start + the.map_or(at, |(t, _)| t);
                let end = m.span.end + o + unit.len();
                out.push((
                    start,
                    crate::text::collapse_whitespace(&text[start..end]).into_owned(),
                ));
            }
        }
    }
    for phrase in [
        "the past decade",
        "the last decade",
        "the past year",
        "the past five years",
        "the past ten years",
    ] {
        if let Some(p) = lower_has(phrase) {
            out.push((sentence.start + p, s[p..p + phrase.len()].to_string()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The texts of the test fixtures, to run fast paths against oracles.
    fn fixtures() -> Vec<String> {
        let mut texts = crate::testing::fixture_texts();
        texts.push("Les 52 000 serveurs — “about 5.31 million” hosts, U.S.-led, 1,000’s; 约5.2万台服务器 \u{b} x".into());
        texts
    }

    /// `words` before its ASCII fast path: every character decoded.
    fn words_oracle(text: &str, sentence: Span) -> Vec<(usize, usize, bool)> {
        let end = sentence.end;
        let mut out = Vec::new();
        let mut i = sentence.start;
        while i < end {
            let c = text[i..].chars().next().unwrap_or(' ');
            let len = c.len_utf8();
            if c.is_whitespace() || is_ideograph(c) {
                i += len;
                continue;
            }
            if c.is_alphanumeric() {
                let start = i;
                i = word_end_oracle(text, i + len, end, c.is_ascii_digit());
                out.push((start, i, true));
            } else {
                out.push((i, i + len, false));
                i += len;
            }
        }
        out
    }

    fn word_end_oracle(text: &str, mut j: usize, end: usize, numeric: bool) -> usize {
        let bytes = text.as_bytes();
        let is_word_char = |k: usize| -> Option<usize> {
            if k >= end {
                return None;
            }
            let c = text[k..].chars().next()?;
            (c.is_alphanumeric() && !is_ideograph(c)).then_some(c.len_utf8())
        };
        while j < end {
            if let Some(len) = is_word_char(j) {
                j += len;
                continue;
            }
            let joiner = match bytes[j] {
                b'.' | b'-' | b'\'' => 1,
                b',' if numeric => 1,
                0xE2 if text[j..end].starts_with('’') => 3,
                _ => 0,
            };
            if joiner > 0 && is_word_char(j + joiner).is_some() {
                j += joiner;
            } else {
                break;
            }
        }
        j
    }

    #[test]
    fn sentences_without_cues_have_no_attributions() {
        for w in ACCORDING_OPENER_WORDS
            .iter()
            .chain(crate::lexicon::cues::REPORTING_VERBS)
        {
            assert!(w.bytes().all(|b| b.is_ascii_alphabetic()), "{w}");
        }
        let mut texts = fixtures();
        texts.push("X said. X-said, said-X; 5said 'said' “reported” according_to as".into());
        for text in texts {
            let doc = Document::segment(&text, None);
            for &sentence in &doc.sentences {
                if !may_attribute(&text, sentence) {
                    let found = attributions(&text, sentence, &words(&text, sentence));
                    assert!(found.is_empty(), "{:?}", &text[sentence]);
                }
            }
        }
    }

    #[test]
    fn words_match_the_decoding_oracle() {
        for text in fixtures() {
            let doc = Document::segment(&text, None);
            for &sentence in &doc.sentences {
                let tokens = words(&text, sentence);
                let has = text[sentence].contains(|c: char| is_ideograph(c));
                assert_eq!(tokens.ideographs, has);
                let fast: Vec<(usize, usize, bool)> = tokens
                    .toks
                    .iter()
                    .map(|t| (t.start, t.end, t.word))
                    .collect();
                assert_eq!(fast, words_oracle(&text, sentence), "{:?}", &text[sentence]);
            }
        }
    }

    /// `np_words` before its ASCII fast path.
    fn np_words_oracle(text: &str, i: usize, limit: usize, max: usize) -> Vec<(usize, usize)> {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let mut k = i;
        while out.len() < max && k < limit {
            while k < limit && matches!(bytes[k], b' ' | b'\t' | b'\r' | b'\n') {
                k += 1;
            }
            let w0 = k;
            while k < limit {
                let c = text[k..].chars().next().unwrap_or(' ');
                let inner = matches!(c, '-' | '\'' | '’')
                    && k > w0
                    && text[k + c.len_utf8()..limit].starts_with(|d: char| d.is_alphabetic());
                if c.is_alphanumeric() && !is_ideograph(c) || inner {
                    k += c.len_utf8();
                } else {
                    break;
                }
            }
            if k == w0 {
                break;
            }
            out.push((w0, k));
            if k < limit && !matches!(bytes[k], b' ' | b'\t' | b'\r' | b'\n') {
                break;
            }
        }
        out
    }

    #[test]
    fn np_words_match_the_decoding_oracle() {
        for text in fixtures() {
            let doc = Document::segment(&text, None);
            for &sentence in &doc.sentences {
                for (i, _) in text[sentence].char_indices() {
                    let at = sentence.start + i;
                    let mut buf = [(0, 0); 14];
                    let fast = np_words(&text, at, sentence.end, &mut buf);
                    assert_eq!(fast, np_words_oracle(&text, at, sentence.end, 14));
                }
            }
        }
    }

    #[test]
    fn shapes_admit_every_word_of_their_lists() {
        for w in crate::lexicon::cues::REPORTING_VERBS {
            assert!(REPORTING_SHAPES.fits(w.as_bytes()), "{w}");
            assert!(
                REPORTING_SHAPES.fits(w.to_ascii_uppercase().as_bytes()),
                "{w}"
            );
        }
        for w in CLAUSE_OPENERS {
            assert!(CLAUSE_OPENER_SHAPES.fits(w.as_bytes()));
            assert!(CLAUSE_OPENER_SHAPES.fits(w.to_ascii_uppercase().as_bytes()));
        }
        for w in ACCORDING_OPENER_WORDS {
            assert!(OPENER_SHAPES.fits(w.as_bytes()));
            assert!(OPENER_SHAPES.fits(w.to_ascii_uppercase().as_bytes()));
        }
        assert!(!REPORTING_SHAPES.fits(b"the") && !REPORTING_SHAPES.fits(b""));
    }

    #[test]
    fn the_last_byte_test_admits_every_pre_qualifier() {
        for &(q, _) in EN_PRE_QUALIFIERS {
            let before = format!("x {} ", q.to_ascii_uppercase());
            assert!(pre_qualifier_en(&before).is_some(), "{q}");
        }
    }
}
