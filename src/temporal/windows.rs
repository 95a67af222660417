//! The stretches of a paragraph worth tokenizing for English expressions.
//!
//! Every English expression holds a key word ([`is_key`]): a number of one
//! or two digits or a year, a
//! month or weekday name, a day word (today, tomorrow ...), a calendar unit
//! (day, week, month, quarter, half, year, decade), a part of the day, a
//! season or a holiday's head word. None starts more than [`KEY_BEFORE`]
//! tokens before its key ("on the twenty - first of March") or reads more
//! than [`KEY_AFTER`] tokens after it ("Wednesday, March 3, 2021"). A
//! window reaches that many whitespace-separated chunks holding an ASCII
//! byte (each at least one token) each way from a key, and begins and ends
//! at whitespace, which no token spans: tokenizing a window gives exactly
//! the paragraph's tokens there, so every match lies in a window and is
//! read as in the whole paragraph. Windows that overlap are merged. (The
//! test `filters_agree_with_reading_everything_*` checks the claim against
//! reading whole paragraphs.)

use crate::Span;
use crate::lexicon::calendar::CALENDAR_NAMES;
use crate::lexicon::{Lexicon, concat};
use crate::text::ascii::{ALNUM, alnum_end};

/// Tokens an expression may reach before its key word.
const KEY_BEFORE: usize = 6;
/// Tokens an expression may read after its key word.
const KEY_AFTER: usize = 6;

/// The key words that are not calendar names, lower case.
const OTHER_KEYS: &[&str] = &[
    // Days relative to the reference.
    "today",
    "tonight",
    "tomorrow",
    "yesterday",
    // Calendar units and parts of the day.
    "day",
    "days",
    "week",
    "weeks",
    "weekend",
    "month",
    "months",
    "quarter",
    "half",
    "year",
    "years",
    "decade",
    "decades",
    "morning",
    "afternoon",
    "evening",
    "night",
    // Seasons (the quarters and halves are in the calendar names).
    "spring",
    "summer",
    "fall",
    "autumn",
    "winter",
    // Holidays named by one word or ending in one ("Spring Festival").
    "christmas",
    "halloween",
    "thanksgiving",
    "easter",
    "festival",
];

/// The key words, lower case (see the module docs): the month and weekday
/// names of the calendar, full and abbreviated, and the [`OTHER_KEYS`].
pub(super) const KEYS: &[&str] = &KEY_ARRAY;

/// [`KEYS`] built at compile time.
const KEY_ARRAY: [&str; CALENDAR_NAMES.len() + OTHER_KEYS.len()] =
    concat(&[&CALENDAR_NAMES, OTHER_KEYS]);

/// [`KEYS`] for lookups in any case.
static KEY_WORDS: Lexicon = Lexicon::new(KEYS);

/// For each first letter (a to z), the second letters a key may take, as
/// bits.
static KEY_PAIRS: [u32; 26] = {
    let mut table = [0u32; 26];
    let mut k = 0;
    while k < KEYS.len() {
        let w = KEYS[k].as_bytes();
        table[(w[0] - b'a') as usize] |= 1 << ((w[1] | 0x20) & 0x1F);
        k += 1;
    }
    table
};

/// Whether a run of ASCII letters and digits is a key word: any number, or
/// a word of [`KEYS`] in any case.
pub(super) fn is_key(w: &[u8]) -> bool {
    let (Some(&first), Some(&second)) = (w.first(), w.get(1)) else {
        return w.first().is_some_and(u8::is_ascii_digit);
    };
    if first.is_ascii_digit() {
        return is_key_number(w);
    }
    // Most words are turned away by their first two letters.
    if !first.is_ascii_alphabetic()
        || KEY_PAIRS[usize::from((first | 0x20) - b'a')] & (1 << ((second | 0x20) & 0x1F)) == 0
        || w.len() > 12
    {
        return false;
    }
    KEY_WORDS.contains_bytes(w)
}

/// Whether a run starting with a digit is a key: a day, month or count has
/// one or two digits ("19th" too); a year four, from 19xx or 20xx. Other
/// numbers ("403", "12500") are part of no date.
fn is_key_number(w: &[u8]) -> bool {
    let digits = w.iter().take_while(|b| b.is_ascii_digit()).count();
    digits <= 2 || digits == 4 && matches!(&w[..2], b"19" | b"20")
}

/// The windows of paragraph `p`, in order and disjoint, into `out`.
pub(super) fn key_windows(text: &str, p: Span, out: &mut Vec<Span>) {
    out.clear();
    let bytes = &text.as_bytes()[..p.end];
    let mut i = p.start;
    while i < p.end {
        if !ALNUM[usize::from(bytes[i])] {
            i += 1;
            continue;
        }
        let start = i;
        i = alnum_end(bytes, i + 1);
        if !is_key(&bytes[start..i]) {
            continue;
        }
        let to = chunks_on(bytes, i, KEY_AFTER);
        match out.last_mut() {
            // A key inside the last window only extends it: no walk back.
            Some(last) if start <= last.end => last.end = last.end.max(to),
            last => {
                let from = chunks_back(bytes, p.start, start, KEY_BEFORE);
                match last {
                    Some(last) if from <= last.end => last.end = last.end.max(to),
                    _ => out.push(Span::new(from, to)),
                }
            }
        }
    }
}

/// Whitespace that separates tokens (every one is `char::is_whitespace`).
fn is_gap(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// The start of the chunk holding byte `at`, moved back over `n` earlier
/// chunks that hold an ASCII non-space byte; never before `floor`.
fn chunks_back(bytes: &[u8], floor: usize, at: usize, n: usize) -> usize {
    gap_after_chunks(bytes, (floor..at).rev(), n).map_or(floor, |gap| gap + 1)
}

/// The end of the chunk holding byte `at - 1`, moved on over `n` later
/// chunks that hold an ASCII non-space byte; never past the end of `bytes`.
fn chunks_on(bytes: &[u8], at: usize, n: usize) -> usize {
    gap_after_chunks(bytes, at..bytes.len(), n).unwrap_or(bytes.len())
}

/// The first gap byte met, walking `bytes` in the order of `indices`, once
/// `n` chunks that hold an ASCII non-space byte have been passed; `None`
/// when the walk ends first.
fn gap_after_chunks(bytes: &[u8], indices: impl Iterator<Item = usize>, n: usize) -> Option<usize> {
    let mut left = n;
    let mut seen = false;
    for i in indices {
        let b = bytes[i];
        if is_gap(b) {
            if seen {
                left = left.saturating_sub(1);
                seen = false;
            }
            if left == 0 {
                return Some(i);
            }
        } else if b.is_ascii() {
            seen = true;
        }
    }
    None
}
