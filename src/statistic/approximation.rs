//! The qualifiers of a number, before and after it: "about", "more than",
//! "nearly", "or more", "约", "超过", "以上".

use super::draft::Approximation;
use super::words::last_word;
use crate::Span;
use crate::lexicon::cues::{
    EN_POST_QUALIFIERS, EN_PRE_QUALIFIERS, ZH_POST_QUALIFIERS, ZH_PRE_QUALIFIERS,
};
use crate::lexicon::units::en_time_unit;
use crate::text::NumberMatch;

/// A number with its qualifiers: the span they cover and what they mean.
pub(super) struct Qualified<'a> {
    /// Where the statistic starts: at a qualifier before the number, if any.
    pub(super) start: usize,
    /// Where it ends: after a qualifier after the number, if any.
    pub(super) end: usize,
    /// The sentence after `end`.
    pub(super) rest: &'a str,
    /// What the qualifiers (or the spelling: "dozens of", "a dozen") mean.
    pub(super) approximation: Approximation,
}

/// The qualifiers of an English number whose next word is `next`: one
/// before it ("about", "more than") and one after it ("or more", "-plus");
/// a vague number ("dozens of") is vague, a round one ("a dozen") about.
pub(super) fn english<'a>(
    text: &'a str,
    sentence: Span,
    m: &NumberMatch,
    next: Option<(usize, &str)>,
) -> Qualified<'a> {
    let before = &text[sentence.start..m.span.start];
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
    let mut rest = &text[end..sentence.end];
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
    Qualified {
        start,
        end,
        rest,
        approximation,
    }
}

/// The qualifiers of a Chinese number: one before it ("约", "超过"), "多"
/// or "余" ("餘") inside it (more than, read by the number grammar), one after it ("以上", "左右"); a vague
/// number ("数十") is vague.
pub(super) fn chinese<'a>(text: &'a str, sentence: Span, m: &NumberMatch) -> Qualified<'a> {
    let before = &text[sentence.start..m.span.start];
    let after = &text[m.span.end..sentence.end];
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
        .find(|(q, _)| after.starts_with(q) && !matches!(*q, "多" | "余" | "餘"))
    {
        end += q.len();
        if approximation == Approximation::Exact {
            approximation = approx;
        }
    }
    if m.vague {
        approximation = Approximation::Vague;
    }
    Qualified {
        start,
        end,
        rest: &text[end..sentence.end],
        approximation,
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_byte_test_admits_every_pre_qualifier() {
        for &(q, _) in EN_PRE_QUALIFIERS {
            let before = format!("x {} ", q.to_ascii_uppercase());
            assert!(pre_qualifier_en(&before).is_some(), "{q}");
        }
    }

    #[test]
    fn a_pre_qualifier_is_a_whole_word_at_the_end() {
        assert_eq!(
            pre_qualifier_en("with more than "),
            Some((5, Approximation::MoreThan))
        );
        assert_eq!(
            pre_qualifier_en("sent nearly "),
            Some((5, Approximation::Nearly))
        );
        assert_eq!(
            pre_qualifier_en("report back within "),
            Some((12, Approximation::AtMost))
        );
        assert_eq!(pre_qualifier_en("the bover "), None);
        assert_eq!(pre_qualifier_en("servers, "), None);
    }
}
