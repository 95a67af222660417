//! English numbers written in words: cardinals, ordinals, "a dozen", "a
//! quarter of a million", "decade-long", and vague orders ("thousands of").

use super::{NumberKind, NumberMatch, Scanner, is_ascii_word_byte, is_currency_code};
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
        match self.english_at(i, k) {
            Some(m) => {
                let end = m.span.end;
                let (m, _) = self.en_suffixes(m);
                (m, end.max(m.map_or(end, |m| m.span.end)))
            }
            None => (None, k),
        }
    }

    /// The words from `i` as lowercase strings with their spans, up to `n`,
    /// separated by whitespace or single hyphens; stops at anything else.
    fn words_from(&self, i: usize, n: usize) -> Vec<NumWord> {
        let mut out = Vec::with_capacity(n);
        let mut k = i;
        let mut sep = b' ';
        while out.len() < n && k < self.end {
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
            out.push(NumWord {
                buf,
                len: k - w0,
                end: k,
                sep,
            });
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
            // "a"/"an" open a number only before a scale or a round unit.
            let (next, _) = self.next_word(k)?;
            let round = [
                "hundred", "thousand", "million", "billion", "trillion", "dozen", "quarter",
                "half", "decade", "century",
            ]
            .iter()
            .any(|r| next.as_bytes().eq_ignore_ascii_case(r.as_bytes()));
            if !round {
                return None;
            }
        } else if !OPENERS.contains(&self.text[i..k]) {
            // Fast reject without allocating or copying: the lexicon
            // lowercases as it packs.
            return None;
        }
        let words = self.words_from(i, 8);
        let w = |n: usize| words.get(n).map_or("", NumWord::as_str);
        let end_of = |n: usize| words[n].end;
        let en = Some(Lang::ENGLISH);
        let mk = |last: usize, value: f64, kind| {
            NumberMatch::new(Span::new(i, end_of(last)), value, kind, en)
        };
        match w(0) {
            "a" | "an" => {
                // "a million", "a dozen", "a quarter of a million", "a decade".
                if let Some(scale) = en_scale(w(1)).filter(|_| words[1].sep == b' ') {
                    let mut m = mk(1, scale, NumberKind::Cardinal);
                    m.scale = scale;
                    return Some(m);
                }
                match w(1) {
                    "dozen" => {
                        let mut m = mk(1, 12.0, NumberKind::Cardinal);
                        m.round = true;
                        Some(m)
                    }
                    "quarter" | "half" if w(2) == "of" && w(3) == "a" => {
                        let scale = en_scale(w(4))?;
                        let f = if w(1) == "quarter" { 0.25 } else { 0.5 };
                        let mut m = mk(4, f * scale, NumberKind::Cardinal);
                        m.scale = scale;
                        Some(m)
                    }
                    "decade" | "century" => {
                        let long = w(2) == "long" && words[2].sep == b'-';
                        let mut m = mk(
                            if long { 2 } else { 1 },
                            if w(1) == "decade" { 10.0 } else { 100.0 },
                            NumberKind::Duration,
                        );
                        m.time_unit = Some("years");
                        m.round = true;
                        Some(m)
                    }
                    _ => None,
                }
            }
            "half" if w(1) == "a" => {
                let scale = en_scale(w(2))?;
                let mut m = mk(2, 0.5 * scale, NumberKind::Cardinal);
                m.scale = scale;
                Some(m)
            }
            "decade" if w(1) == "long" && words[1].sep == b'-' => {
                let mut m = mk(1, 10.0, NumberKind::Duration);
                m.time_unit = Some("years");
                m.round = true;
                Some(m)
            }
            "dozens" | "hundreds" | "thousands" | "millions" | "billions" | "tens" | "scores" => {
                // Vague orders: "thousands of", "tens of thousands of",
                // "hundreds of millions of". The value is the order's floor.
                let base = match w(0) {
                    "dozens" => 12.0,
                    "scores" => 20.0,
                    "tens" => 10.0,
                    "hundreds" => 100.0,
                    "thousands" => 1e3,
                    "millions" => 1e6,
                    _ => 1e9,
                };
                if w(1) != "of" {
                    return None;
                }
                let (value, last) = match (w(0), w(2), w(3)) {
                    ("tens" | "hundreds", "thousands" | "millions" | "billions", "of") => {
                        (base * en_scale(&w(2)[..w(2).len() - 1]).unwrap_or(1.0), 3)
                    }
                    ("tens", _, _) => return None,
                    _ => (base, 1),
                };
                let mut m = mk(last, value, NumberKind::Cardinal);
                m.vague = true;
                Some(m)
            }
            _ => {
                if let Some(v) = ordinal_value(w(0)) {
                    return Some(mk(0, f64::from(v), NumberKind::Ordinal));
                }
                // Cardinal words: "twenty-five", "two hundred and fifty",
                // "three million", "two dozen".
                let mut total = 0.0;
                let mut current = 0.0;
                let mut last = None;
                let mut prev: Option<WordValue> = None;
                let mut n = 0;
                while n < words.len() {
                    let word = w(n);
                    let Some(v) = word_value(word) else {
                        if word == "and"
                            && matches!(prev, Some(WordValue::Hundred | WordValue::Scale(_)))
                            && words.get(n + 1).is_some_and(|x| {
                                matches!(
                                    word_value(x.as_str()),
                                    Some(WordValue::Small(_) | WordValue::Tens(_))
                                )
                            })
                        {
                            n += 1;
                            continue;
                        }
                        if let (Some(tu), Some(WordValue::Tens(_))) =
                            (ordinal_value(word).filter(|&o| o < 10), prev)
                        {
                            // "twenty-first"
                            if words[n].sep == b'-' {
                                let mut m =
                                    mk(n, total + current + f64::from(tu), NumberKind::Ordinal);
                                m.lang = en;
                                return Some(m);
                            }
                        }
                        break;
                    };
                    let ok = match (prev, v) {
                        (None, _) => !matches!(
                            v,
                            WordValue::Hundred | WordValue::Scale(_) | WordValue::Dozen
                        ),
                        (Some(WordValue::Tens(_)), WordValue::Small(s)) => s < 10,
                        (Some(WordValue::Small(_) | WordValue::Tens(_)), WordValue::Hundred) => {
                            true
                        }
                        (
                            Some(WordValue::Small(_) | WordValue::Tens(_) | WordValue::Hundred),
                            WordValue::Scale(_),
                        ) => true,
                        (Some(WordValue::Small(_) | WordValue::Tens(_)), WordValue::Dozen) => true,
                        (
                            Some(WordValue::Hundred | WordValue::Scale(_)),
                            WordValue::Small(_) | WordValue::Tens(_),
                        ) => true,
                        _ => false,
                    };
                    if !ok {
                        break;
                    }
                    match v {
                        WordValue::Small(s) => current += f64::from(s),
                        WordValue::Tens(t) => current += f64::from(t),
                        WordValue::Hundred => current *= 100.0,
                        WordValue::Dozen => current *= 12.0,
                        WordValue::Scale(s) => {
                            total += current * s;
                            current = 0.0;
                        }
                    }
                    prev = Some(v);
                    last = Some(n);
                    n += 1;
                }
                let last = last?;
                let mut m = mk(last, total + current, NumberKind::Cardinal);
                if words[..=last]
                    .iter()
                    .any(|x| en_scale(x.as_str()).is_some())
                {
                    m.scale = 1e3;
                }
                Some(m)
            }
        }
    }
}

/// Every word an English number can start with: cardinals, ordinals,
/// "a"/"an"/"half" before a scale, vague orders, "decade".
pub(super) const OPENER_WORDS: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
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
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "hundredth",
];

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
    fn as_str(&self) -> &str {
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum WordValue {
    Small(u32),
    Tens(u32),
    Hundred,
    Dozen,
    Scale(f64),
}

fn word_value(w: &str) -> Option<WordValue> {
    use WordValue::{Dozen, Hundred, Scale, Small, Tens};
    Some(match w {
        "zero" => Small(0),
        "one" => Small(1),
        "two" => Small(2),
        "three" => Small(3),
        "four" => Small(4),
        "five" => Small(5),
        "six" => Small(6),
        "seven" => Small(7),
        "eight" => Small(8),
        "nine" => Small(9),
        "ten" => Small(10),
        "eleven" => Small(11),
        "twelve" => Small(12),
        "thirteen" => Small(13),
        "fourteen" => Small(14),
        "fifteen" => Small(15),
        "sixteen" => Small(16),
        "seventeen" => Small(17),
        "eighteen" => Small(18),
        "nineteen" => Small(19),
        "twenty" => Tens(20),
        "thirty" => Tens(30),
        "forty" => Tens(40),
        "fifty" => Tens(50),
        "sixty" => Tens(60),
        "seventy" => Tens(70),
        "eighty" => Tens(80),
        "ninety" => Tens(90),
        "hundred" => Hundred,
        "dozen" => Dozen,
        "thousand" => Scale(1e3),
        "million" => Scale(1e6),
        "billion" => Scale(1e9),
        "trillion" => Scale(1e12),
        _ => return None,
    })
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

fn ordinal_value(w: &str) -> Option<u32> {
    Some(match w {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "fifth" => 5,
        "sixth" => 6,
        "seventh" => 7,
        "eighth" => 8,
        "ninth" => 9,
        "tenth" => 10,
        "eleventh" => 11,
        "twelfth" => 12,
        "thirteenth" => 13,
        "fourteenth" => 14,
        "fifteenth" => 15,
        "sixteenth" => 16,
        "seventeenth" => 17,
        "eighteenth" => 18,
        "nineteenth" => 19,
        "twentieth" => 20,
        "thirtieth" => 30,
        "fortieth" => 40,
        "fiftieth" => 50,
        "hundredth" => 100,
        _ => return None,
    })
}
