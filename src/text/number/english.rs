//! English numbers written in words: cardinals, ordinals, "a dozen", "a
//! quarter of a million", "decade-long", and vague orders ("thousands of").

use super::{NumberKind, NumberMatch, Scanner, is_ascii_word_byte, is_currency_code};
use crate::lexicon::numerals::{self, CARDINAL_NAMES, CARDINALS, ORDINAL_NAMES, ORDINALS};
use crate::lexicon::shape::WordShapes;
use crate::{Lang, Span};

impl<'t> Scanner<'t> {
    /// A word at `i` (its letters end at `k`): a currency code, an English number, or nothing (the
    /// whole alphanumeric run is skipped, so "APT40" and "G7" never yield
    /// a number).
    pub(super) fn word_at(&self, i: usize, k: usize) -> (Option<NumberMatch>, usize) {
        if i > self.start && is_ascii_word_byte(self.bytes[i - 1]) {
            return (None, k);
        }
        if k < self.end && (self.bytes[k].is_ascii_digit() || self.bytes[k] == b'_') {
            return (None, self.skip_code(k));
        }
        let code = is_currency_code(&self.bytes[i..k]);
        if k < self.end && self.bytes[k] == b'$' || code {
            let (m, next) = self.money_prefix_at(i);
            if m.is_some() {
                return (m, next);
            }
        }
        // Cheap filter: the first two letters and length of an opener word
        // (`english_at` looks the word up in `OPENERS` first).
        if !may_be_opener(&self.bytes[i..k]) {
            return (None, k);
        }
        let word = &self.bytes[i..k];
        if word.eq_ignore_ascii_case(b"minus") || word.eq_ignore_ascii_case(b"negative") {
            return match self.signed_word_at(i, k) {
                Some((m, next)) => (Some(m), next),
                None => (None, k),
            };
        }
        match self.english_at(i, k) {
            Some(m) => {
                let end = m.span.end;
                let (m, _) = self.en_suffixes(m);
                (m, end.max(m.map_or(end, |m| m.span.end)))
            }
            None => (None, k),
        }
    }

    /// The words from `i`, lowercased, up to [`MAX_WORDS`], separated by
    /// whitespace or single hyphens; stops at anything else. On the stack:
    /// the scan allocates nothing per word.
    fn words_from(&self, i: usize) -> Words {
        let mut out = Words {
            list: [NumWord::EMPTY; MAX_WORDS],
            len: 0,
        };
        let mut k = i;
        let mut sep = b' ';
        while out.len < MAX_WORDS && k < self.end {
            let w0 = k;
            while k < self.end && self.bytes[k].is_ascii_alphabetic() {
                k += 1;
            }
            if k == w0 || k - w0 > 14 {
                break;
            }
            let mut buf = [0u8; 16];
            buf[..k - w0].copy_from_slice(&self.bytes[w0..k]);
            buf.make_ascii_lowercase();
            out.list[out.len] = NumWord {
                buf,
                len: k - w0,
                end: k,
                sep,
            };
            out.len += 1;
            if k < self.end && self.bytes[k] == b'-' {
                sep = b'-';
                k += 1;
            } else {
                let ws = k;
                while k < self.end && matches!(self.bytes[k], b' ' | b'\t' | b'\n' | b'\r') {
                    k += 1;
                }
                if k == ws {
                    break;
                }
                sep = b' ';
            }
        }
        out
    }

    /// An English number written in words at `i` (the first word ends at
    /// `k`).
    fn english_at(&self, i: usize, k: usize) -> Option<NumberMatch> {
        let first = &self.bytes[i..k];
        if first.eq_ignore_ascii_case(b"a") || first.eq_ignore_ascii_case(b"an") {
            // "a"/"an" open a number only before a scale, a round unit or
            // a fraction's denominator ("a fifth of").
            let (next, _) = self.next_word(k)?;
            let mut buf = [0u8; 16];
            let next = lower_ascii(next, &mut buf)?;
            let round = [
                "hundred", "thousand", "million", "billion", "trillion", "dozen", "quarter",
                "half", "decade", "century",
            ]
            .contains(&next);
            if !round && denominator(next).is_none() {
                return None;
            }
        } else if !OPENERS.contains(&self.text[i..k]) {
            // Fast reject without allocating or copying: the lexicon
            // lowercases as it packs.
            return None;
        }
        let words = self.words_from(i);
        let m = |last: usize, value: f64, kind| {
            NumberMatch::new(
                Span::new(i, words.end(last)),
                value,
                kind,
                Some(Lang::ENGLISH),
            )
        };
        match words.word(0) {
            "a" | "an" => article_number(&words, m),
            "half" if words.word(1) == "a" => {
                // "half a million", "half a dozen".
                let scale =
                    en_scale(words.word(2)).or((words.word(2) == "dozen").then_some(12.0))?;
                let mut n = m(2, 0.5 * scale, NumberKind::Cardinal);
                n.scale = scale;
                Some(n)
            }
            "decade" if words.word(1) == "long" && words.sep(1) == b'-' => {
                let mut n = m(1, 10.0, NumberKind::Duration);
                n.time_unit = Some("years");
                n.round = true;
                Some(n)
            }
            "dozens" | "hundreds" | "thousands" | "millions" | "billions" | "tens" | "scores" => {
                vague_order(&words, m)
            }
            w0 => {
                if let Some(v) = ordinal_value(w0) {
                    return Some(m(0, f64::from(v), NumberKind::Ordinal));
                }
                let n = cardinal_number(&words, m)?;
                (!self.is_pronoun_one(i, &words, &n)).then_some(n)
            }
        }
    }

    /// Whether `n`, the word "one" alone, is a pronoun or part of an
    /// idiom rather than a count: after a determiner ("the one", "this
    /// one", "no one", "which one") or before "another", "of" ("one of the
    /// victims"), "day" ("one day") or a possessive ("one's").
    fn is_pronoun_one(&self, i: usize, words: &Words, n: &NumberMatch) -> bool {
        if words.word(0) != "one" || n.span.end != words.end(0) || n.kind != NumberKind::Cardinal {
            return false;
        }
        let after = matches!(words.word(1), "another" | "of" | "day") && words.sep(1) == b' '
            || self.text[n.span.end..self.end].starts_with(['\'', '’']);
        let mut buf = [0u8; 16];
        let before = lower_ascii(self.word_before(i), &mut buf).unwrap_or("");
        after
            || matches!(
                before,
                "the" | "this" | "that" | "which" | "no" | "any" | "every" | "each" | "some"
            )
    }

    /// The word of ASCII letters before `i`, across spaces ("" when none).
    fn word_before(&self, i: usize) -> &str {
        let mut j = i;
        while j > self.start && self.bytes[j - 1] == b' ' {
            j -= 1;
        }
        let mut w0 = j;
        while w0 > self.start && self.bytes[w0 - 1].is_ascii_alphabetic() {
            w0 -= 1;
        }
        &self.text[w0..j]
    }

    /// A number after "minus" or "negative" at `i` (the word ends at `k`):
    /// the number negated, its span from the sign word. `None` when no
    /// number follows (then the word is only a word: "a negative one").
    pub(super) fn signed_word_at(&self, i: usize, k: usize) -> Option<(NumberMatch, usize)> {
        let mut buf = [0u8; 16];
        if matches!(
            lower_ascii(self.word_before(i), &mut buf),
            Some("a" | "an" | "the")
        ) {
            return None; // "a negative one": an adjective
        }
        let mut j = k;
        while j < self.end && self.bytes[j] == b' ' {
            j += 1;
        }
        if j == k || j >= self.end {
            return None;
        }
        let (found, next) = if self.bytes[j].is_ascii_digit() {
            self.digits_at(j, None, j)
        } else if self.bytes[j].is_ascii_alphabetic() {
            let e = self.letters_end(j);
            let m = self.english_at(j, e)?;
            let end = m.span.end;
            let (m, _) = self.en_suffixes(m);
            (m, end)
        } else {
            return None;
        };
        let mut m = found?;
        if !matches!(
            m.kind,
            NumberKind::Cardinal | NumberKind::Percent | NumberKind::Fraction
        ) {
            return None;
        }
        m.value = -m.value;
        m.span.start = i;
        m.plain = false;
        Some((m, next.max(m.span.end)))
    }
}

/// The most words one English number reads ("thirty-one million two
/// hundred fifty-six thousand seven hundred twenty-one" is 15).
const MAX_WORDS: usize = 24;

/// The words [`Scanner::words_from`] read.
struct Words {
    list: [NumWord; MAX_WORDS],
    len: usize,
}

impl Words {
    /// The `n`th word, "" past the end.
    fn word(&self, n: usize) -> &str {
        if n < self.len {
            self.list[n].as_str()
        } else {
            ""
        }
    }

    /// Where the `n`th word ends (`n` is in range).
    fn end(&self, n: usize) -> usize {
        self.list[n.min(self.len.saturating_sub(1))].end
    }

    /// What came before the `n`th word: b' ' or b'-' (b'.' past the end).
    fn sep(&self, n: usize) -> u8 {
        if n < self.len { self.list[n].sep } else { b'.' }
    }
}

/// "a million", "a dozen", "a quarter of a million", "a decade", "a fifth
/// of".
fn article_number(
    words: &Words,
    m: impl Fn(usize, f64, NumberKind) -> NumberMatch,
) -> Option<NumberMatch> {
    if let Some(scale) = en_scale(words.word(1)).filter(|_| words.sep(1) == b' ') {
        // "a hundred and fifty", "a million two hundred thousand": "a" is
        // one.
        let c = read_cardinal(words, 1, true)?;
        let mut n = m(c.next - 1, c.total + c.current, NumberKind::Cardinal);
        n.scale = scale;
        return Some(n);
    }
    match words.word(1) {
        "dozen" => {
            let mut n = m(1, 12.0, NumberKind::Cardinal);
            n.round = true;
            Some(n)
        }
        "quarter" | "half" if words.word(2) == "of" && words.word(3) == "a" => {
            let scale = en_scale(words.word(4))?;
            let f = if words.word(1) == "quarter" {
                0.25
            } else {
                0.5
            };
            let mut n = m(4, f * scale, NumberKind::Cardinal);
            n.scale = scale;
            Some(n)
        }
        "decade" | "century" => {
            let long = words.word(2) == "long" && words.sep(2) == b'-';
            let mut n = m(
                if long { 2 } else { 1 },
                if words.word(1) == "decade" {
                    10.0
                } else {
                    100.0
                },
                NumberKind::Duration,
            );
            n.time_unit = Some("years");
            n.round = true;
            Some(n)
        }
        w => {
            // "a fifth of", "a third of": without "of", "a third" is an
            // ordinal ("a third term").
            let (d, plural) = denominator(w)?;
            (!plural && words.word(2) == "of" && words.sep(1) == b' ')
                .then(|| m(1, 1.0 / d, NumberKind::Fraction))
        }
    }
}

/// Vague orders: "thousands of", "tens of thousands of", "hundreds of
/// millions of". The value is the order's floor.
fn vague_order(
    words: &Words,
    m: impl Fn(usize, f64, NumberKind) -> NumberMatch,
) -> Option<NumberMatch> {
    let (w0, w2) = (words.word(0), words.word(2));
    let base = match w0 {
        "dozens" => 12.0,
        "scores" => 20.0,
        "tens" => 10.0,
        "hundreds" => 100.0,
        "thousands" => 1e3,
        "millions" => 1e6,
        _ => 1e9,
    };
    if words.word(1) != "of" {
        return None;
    }
    let (value, last) = match (w0, w2, words.word(3)) {
        ("tens" | "hundreds", "thousands" | "millions" | "billions", "of") => {
            (base * en_scale(&w2[..w2.len() - 1]).unwrap_or(1.0), 3)
        }
        ("tens", _, _) => return None,
        _ => (base, 1),
    };
    let mut n = m(last, value, NumberKind::Cardinal);
    n.vague = true;
    Some(n)
}

/// A whole number in words read by [`read_cardinal`].
#[derive(Clone, Copy, Debug)]
struct Cardinal {
    /// The sum of the parts closed by a scale word ("two million" in "two
    /// million three hundred").
    total: f64,
    /// The open part below the last scale ("three hundred").
    current: f64,
    /// The last scale word's multiplier, 1 when none.
    last_scale: f64,
    /// The index of the word after the number.
    next: usize,
    /// Some word was a scale ("thousand" ...).
    scaled: bool,
    /// It ended with an ordinal ("twenty-first").
    ordinal: bool,
}

/// Cardinal words: "twenty-five", "two hundred and fifty", "three
/// million", "two dozen", "three billions", and the longest spelled-out
/// numbers; then a decimal part ("five point two five"), a fraction ("three
/// fifths", "two and a half", "five and a half million"). A number followed
/// by words that would change its value but that the grammar cannot read
/// ("one hundred thirty fifths") is left out.
fn cardinal_number(
    words: &Words,
    m: impl Fn(usize, f64, NumberKind) -> NumberMatch,
) -> Option<NumberMatch> {
    let c = read_cardinal(words, 0, false)?;
    let last = c.next - 1;
    if c.ordinal {
        return Some(m(last, c.total + c.current, NumberKind::Ordinal));
    }
    let mut n = m(last, c.total + c.current, NumberKind::Cardinal);
    if c.scaled {
        n.scale = 1e3;
    }
    let next = words.word(c.next);
    if word_value(next).is_some() && words.sep(c.next) != b'.' {
        // "one one hundred", "three hundred and two dozens": number words
        // the grammar cannot join are not read, not read in part.
        return Some(m(run_end(words, c.next), f64::NAN, NumberKind::Cardinal));
    }
    if next == "point" && words.sep(c.next) == b' ' {
        let (frac, end) = decimal_words(words, c.next + 1)?;
        n.value += frac;
        n.span.end = words.end(end - 1);
    } else if let Some((d, plural)) = denominator(next) {
        // "three fifths", "one fifth", "twenty-three fifths": a small
        // numerator right before its denominator.
        let num = c.total + c.current;
        let simple = !c.scaled && num < 100.0 && c.next <= 3;
        if !simple || plural != (num != 1.0) {
            // "one hundred thirty fifths": not read, not read in part.
            return Some(m(run_end(words, c.next), f64::NAN, NumberKind::Cardinal));
        }
        if next.starts_with("quarter") && words.word(c.next + 1) != "of" {
            return None; // "three quarters" of a year
        }
        n = m(c.next, num / d, NumberKind::Fraction);
        if let ("of", "a", Some(s)) = (
            words.word(c.next + 1),
            words.word(c.next + 2),
            en_scale(words.word(c.next + 3)),
        ) {
            // "two thirds of a million"
            n = m(c.next + 3, num / d * s, NumberKind::Cardinal);
            n.scale = s;
        }
    } else if next == "and" {
        let end = run_end(words, c.next);
        let fraction_in_run = (c.next..=end).any(|k| denominator(words.word(k)).is_some());
        if and_fraction(words, c.next + 1).is_none() && fraction_in_run {
            // "one hundred and thirty fifths": not read in part.
            return Some(m(end, f64::NAN, NumberKind::Cardinal));
        }
        if let Some((frac, end)) = and_fraction(words, c.next + 1) {
            // "one and a half", "one million and a half" (of a million),
            // "five and a half million".
            let after = words.word(end);
            let value = match en_scale(after)
                .filter(|&s| s > 100.0 && s < c.last_scale.max(1e15) && words.sep(end) == b' ')
            {
                Some(s) if c.current > 0.0 || c.total == 0.0 => c.total + (c.current + frac) * s,
                Some(_) => return None,
                None if c.current == 0.0 && c.last_scale > 100.0 => c.total + frac * c.last_scale,
                None => c.total + c.current + frac,
            };
            let last = if en_scale(after).is_some_and(|s| value >= s) && words.sep(end) == b' ' {
                end
            } else {
                end - 1
            };
            n = m(last, value, NumberKind::Cardinal);
            n.scale = if c.scaled || last == end { 1e3 } else { 1.0 };
        }
    }
    Some(n)
}

/// The last word of the run of number words from word `from` (cardinals,
/// ordinals, fractions, "and", "point", "a"), for a number the grammar
/// cannot read whole and skips whole.
fn run_end(words: &Words, from: usize) -> usize {
    let mut last = from;
    for k in from..words.len {
        let w = words.word(k);
        let number =
            word_value(w).is_some() || ordinal_value(w).is_some() || denominator(w).is_some();
        if number {
            last = k;
        } else if !matches!(w, "and" | "point" | "a") {
            break;
        }
    }
    last
}

/// Reads whole-number words from word `from` (after an implicit "one" when
/// `one_before`: "a hundred"): `None` when there is none.
fn read_cardinal(words: &Words, from: usize, one_before: bool) -> Option<Cardinal> {
    use WordValue::{Dozen, Hundred, Scale, Small, Tens};
    let mut c = Cardinal {
        total: 0.0,
        current: 0.0,
        last_scale: f64::INFINITY,
        next: from,
        scaled: false,
        ordinal: false,
    };
    let mut prev: Option<WordValue> = None;
    if one_before {
        c.current = 1.0;
        prev = Some(Small(1));
    }
    let mut n = from;
    while n < words.len {
        let word = words.word(n);
        let Some((v, plural)) = word_value(word) else {
            let small_next = matches!(
                word_value(words.word(n + 1)),
                Some((Small(_) | Tens(_), false))
            );
            if word == "and"
                && matches!(prev, Some(Hundred | Scale(_)))
                && small_next
                && denominator(words.word(n + 2)).is_none()
            {
                n += 1;
                continue;
            }
            if let (Some(tu), Some(Tens(_))) = (ordinal_value(word).filter(|&o| o < 10), prev) {
                // "twenty-first"
                if words.sep(n) == b'-' {
                    c.current += f64::from(tu);
                    c.ordinal = true;
                    c.next = n + 1;
                }
            }
            break;
        };
        let ok = match (prev, v) {
            (None, _) => !matches!(v, Hundred | Scale(_) | Dozen),
            (Some(Tens(_)), Small(s)) => s < 10,
            (Some(Small(_) | Tens(_)), Hundred) => true,
            (Some(Small(_) | Tens(_)), Dozen) => c.current < 100.0,
            (Some(Small(_) | Tens(_) | Hundred), Scale(s)) => s < c.last_scale,
            (Some(Hundred | Scale(_)), Small(_) | Tens(_)) => true,
            _ => false,
        };
        if !ok {
            break;
        }
        match v {
            Small(s) | Tens(s) => c.current += f64::from(s),
            Hundred => c.current *= 100.0,
            Dozen => c.current *= 12.0,
            Scale(s) => {
                c.total += c.current * s;
                c.current = 0.0;
                c.last_scale = s;
                c.scaled = true;
            }
        }
        prev = Some(v);
        c.next = n + 1;
        n += 1;
        if plural {
            // "three billions", "two dozens": nothing follows a plural.
            break;
        }
    }
    if c.next == from {
        return None;
    }
    if c.last_scale == f64::INFINITY {
        c.last_scale = 1.0;
    }
    Some(c)
}

/// The decimal part after "point", from word `from`: "point five two"
/// (digit by digit), "point seventy-one", "point eleven". (value, index of
/// the word after it).
fn decimal_words(words: &Words, from: usize) -> Option<(f64, usize)> {
    let mut digits = 0u64;
    let mut count = 0i32;
    let mut n = from;
    while let Some((WordValue::Small(d @ 0..=9), false)) = word_value(words.word(n)) {
        digits = digits * 10 + u64::from(d);
        count += 1;
        n += 1;
    }
    if count == 0 {
        // "point seventy-one", "point eleven": one number of two digits.
        let c = read_cardinal(words, from, false)?;
        let v = c.total + c.current;
        if c.scaled || !(10.0..100.0).contains(&v) {
            return None;
        }
        return Some((v / 100.0, c.next));
    }
    if count > 15 {
        return None;
    }
    Some((digits as f64 / 10f64.powi(count), n))
}

/// "a half", "one half", "three quarters", "a fifth" after "and", from
/// word `from`: (value, index of the word after it).
fn and_fraction(words: &Words, from: usize) -> Option<(f64, usize)> {
    let num = match words.word(from) {
        "a" | "an" => 1.0,
        w => match word_value(w)? {
            (WordValue::Small(s @ 1..=19), false) => f64::from(s),
            _ => return None,
        },
    };
    let (d, plural) = denominator(words.word(from + 1))?;
    (plural == (num != 1.0)).then_some((num / d, from + 2))
}

/// The denominator a fraction word names and whether it is plural:
/// "half" (2), "thirds" (3), "quarter" (4), "fifths" (5) ... "tenth",
/// "hundredths". "first" and "second" are not denominators ("one second").
fn denominator(w: &str) -> Option<(f64, bool)> {
    let (stem, plural) = match w {
        "half" => return Some((2.0, false)),
        "halves" => return Some((2.0, true)),
        "quarter" => return Some((4.0, false)),
        "quarters" => return Some((4.0, true)),
        _ => match w.strip_suffix('s') {
            Some(stem) => (stem, true),
            None => (w, false),
        },
    };
    match ordinal_value(stem)? {
        0..=2 => None,
        d => Some((f64::from(d), plural)),
    }
}

/// Openers that are neither cardinals nor ordinals: "a"/"an"/"half" before
/// a scale, vague orders ("dozens of"), "decade", and the sign words.
const OTHER_OPENERS: &[&str] = &[
    "a",
    "an",
    "half",
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "tens",
    "scores",
    "decade",
    "minus",
    "negative",
];

/// Every word an English number can start with: the cardinals and ordinals
/// of [`numerals`] and the [`OTHER_OPENERS`].
pub(super) const OPENER_WORDS: &[&str] = &OPENER_ARRAY;

/// [`OPENER_WORDS`] as an array built at compile time.
const OPENER_ARRAY: [&str; CARDINALS.len() + ORDINALS.len() + OTHER_OPENERS.len()] =
    crate::lexicon::concat(&[&CARDINAL_NAMES, &ORDINAL_NAMES, OTHER_OPENERS]);

/// The shapes of the [`OPENER_WORDS`].
pub(super) static OPENER_SHAPES: WordShapes = WordShapes::of(OPENER_WORDS);

/// Whether the ASCII letters `word` have the first letters and length of
/// an opener word: no word outside this shape is in [`OPENERS`].
pub(super) fn may_be_opener(word: &[u8]) -> bool {
    OPENER_SHAPES.fits(word)
}

/// [`OPENER_WORDS`] for lookups: one hash per word of the input.
static OPENERS: crate::lexicon::Lexicon = crate::lexicon::Lexicon::new(OPENER_WORDS);

/// A word of an English number, lowercased in place.
#[derive(Clone, Copy, Debug)]
struct NumWord {
    buf: [u8; 16],
    len: usize,
    end: usize,
    /// What came before it: b' ' (whitespace) or b'-'.
    sep: u8,
}

impl NumWord {
    /// No word.
    const EMPTY: NumWord = NumWord {
        buf: [0; 16],
        len: 0,
        end: 0,
        sep: b' ',
    };

    fn as_str(&self) -> &str {
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }
}

/// What a cardinal word adds to a number.
#[derive(Clone, Copy, Debug, PartialEq)]
enum WordValue {
    /// Below twenty ("seven", "twelve").
    Small(u32),
    /// A round ten a unit may follow ("twenty").
    Tens(u32),
    /// "hundred": multiplies what precedes it.
    Hundred,
    /// "dozen": multiplies what precedes it.
    Dozen,
    /// "thousand" and up: closes a part of the number.
    Scale(f64),
}

/// The value of a cardinal word, and whether it is a plural ("three
/// billions", "two dozens").
fn word_value(w: &str) -> Option<(WordValue, bool)> {
    use WordValue::{Dozen, Hundred, Scale, Small, Tens};
    if let Some(v) = numerals::cardinal(w) {
        return Some((if v < 20 { Small(v) } else { Tens(v) }, false));
    }
    let (stem, plural) = match w.strip_suffix('s') {
        Some(stem) => (stem, true),
        None => (w, false),
    };
    let v = match stem {
        "hundred" => Hundred,
        "dozen" => Dozen,
        _ => Scale(en_scale(stem)?),
    };
    Some((v, plural))
}

/// `w` in ASCII lowercase, in `buf`, when it is ASCII and at most 16
/// bytes long (every number word is).
pub(crate) fn lower_ascii<'b>(w: &str, buf: &'b mut [u8; 16]) -> Option<&'b str> {
    let bytes = w.as_bytes();
    if bytes.len() > buf.len() || !w.is_ascii() {
        return None;
    }
    let out = &mut buf[..bytes.len()];
    out.copy_from_slice(bytes);
    out.make_ascii_lowercase();
    std::str::from_utf8(out).ok()
}

/// English scale words.
pub(super) fn en_scale(w: &str) -> Option<f64> {
    let mut buf = [0u8; 16];
    let w = lower_ascii(w, &mut buf)?;
    Some(match w {
        "hundred" => 1e2,
        "thousand" => 1e3,
        "million" => 1e6,
        "billion" => 1e9,
        "trillion" => 1e12,
        _ => return None,
    })
}

/// The value of an ordinal word (lower case).
fn ordinal_value(w: &str) -> Option<u32> {
    numerals::ordinal(w)
}
