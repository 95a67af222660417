//! Quotations: direct speech and scare quotes.

use crate::Span;

/// Text inside quotation marks (straight or curly, « », 「」, 『』).
///
/// ```
/// let text = "2021-07-21\n\nThe so-called \"cyber attacker\" label is old.";
/// let statement = demarche::analyze(text);
/// for quote in &statement.quotes {
///     assert!(quote.outer.contains(quote.span));
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Quote {
    /// The quoted text, without the marks.
    pub span: Span,
    /// The quoted text with its opening and closing marks.
    pub outer: Span,
    /// Direct speech or scare quotes.
    pub kind: QuoteKind,
    /// Index of the speaker in [`Statement::speakers`](crate::Statement::speakers),
    /// for direct speech whose speaker is known.
    pub speaker: Option<usize>,
}

/// Whether a quotation reports speech or only distances the writer.
///
/// ```
/// assert_ne!(demarche::QuoteKind::Direct, demarche::QuoteKind::Scare);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum QuoteKind {
    /// Someone's words, reported verbatim.
    Direct,
    /// Marks that only distance the writer from a phrase
    /// (`so-called "cyber attacker"`).
    Scare,
}

/// The longest a quotation may run, in bytes: an unbalanced mark never
/// swallows the rest of a long document.
const MAX_QUOTE: usize = 8_000;

/// How far an attribution may stand from the quotation it attributes.
const ATTRIBUTION_REACH: usize = 120;

/// How far back the last speaker named may stand from a whole quoted clause
/// with no attribution of its own, for the clause to be theirs: about a
/// paragraph.
const CARRY_REACH: usize = 600;

/// Finds the quotations of a segmented document, linked to `speakers` by
/// their mentions next to the quotation (`"...," the Mission said`,
/// `NBC News said, "..."`, `threatened on Sunday that "..."`).
pub(crate) fn extract(
    doc: &crate::document::Document<'_>,
    speakers: &[crate::Speaker<'_>],
) -> Vec<Quote> {
    let text = doc.text;
    let mut mentions: Vec<(Span, usize)> = speakers
        .iter()
        .enumerate()
        .flat_map(|(id, s)| s.mentions.iter().map(move |&m| (m, id)))
        .collect();
    mentions.sort();
    let mut out = Vec::new();
    let paragraphs = &doc.paragraphs;
    let mut pi = 0;
    let mut resume = None;
    while pi < paragraphs.len() {
        let p = paragraphs[pi];
        let mut pos = resume.take().unwrap_or(p.start).max(p.start);
        let mut exhausted = [false; 6];
        let mut jumped = false;
        while pos < p.end {
            let Some((open, mark)) = next_opener(text, pos, p.end) else {
                break;
            };
            let close_mark = closer_of(mark);
            let ty = type_of(mark);
            pos = open + mark.len_utf8();
            if exhausted[ty] {
                continue;
            }
            let inner_start = open + mark.len_utf8();
            let found = find_closer(
                text,
                mark,
                close_mark,
                inner_start,
                crate::text::boundary::cap(text, inner_start, MAX_QUOTE, p.end),
            );
            if let Some(close) = found {
                let quote = quoted(text, open, mark, close, &mentions, false);
                pos = quote.outer.end;
                out.push(quote);
                continue;
            }
            // Continued paragraphs: the next paragraph opens with the same mark.
            let mut qi = pi + 1;
            let mut closed = None;
            while qi < paragraphs.len() && qi <= pi + 6 {
                let q = paragraphs[qi];
                if q.start - open > MAX_QUOTE || !text[q].starts_with(mark) {
                    break;
                }
                let from = q.start + mark.len_utf8();
                if let Some(close) = find_closer(text, mark, close_mark, from, q.end) {
                    closed = Some((qi, close));
                    break;
                }
                qi += 1;
            }
            if let Some((qi, close)) = closed {
                let quote = quoted(text, open, mark, close, &mentions, true);
                resume = Some(quote.outer.end);
                out.push(quote);
                pi = qi;
                jumped = true;
                break;
            }
            if mark != '"' && mark != '\'' {
                exhausted[ty] = true;
            } else {
                // An unpaired straight mark: nothing after it pairs.
                break;
            }
        }
        if !jumped {
            pi += 1;
        }
    }
    out
}

/// The quotation opened by `mark` at `open` and closed by its closing mark
/// at `close`, classified (see [`classify`]).
fn quoted(
    text: &str,
    open: usize,
    mark: char,
    close: usize,
    mentions: &[(Span, usize)],
    continued: bool,
) -> Quote {
    let inner = Span::new(open + mark.len_utf8(), close);
    let outer = Span::new(open, close + closer_of(mark).len_utf8());
    classify(text, inner, outer, mentions, continued)
}

/// The next opening mark at or after `pos` before `end`.
///
/// Only the bytes that can begin a mark are decoded: `"` and `'`, and the
/// lead bytes of “ ‘ (0xE2), « (0xC2) and 「 『 (0xE3). Any other byte
/// (ASCII, another lead byte, a continuation byte) begins no mark.
fn next_opener(text: &str, pos: usize, end: usize) -> Option<(usize, char)> {
    let bytes = &text.as_bytes()[..end];
    let mut i = pos;
    while i < end {
        // Eight bytes at a time past runs with no quote and no non-ASCII.
        if let Some(chunk) = bytes.get(i..i + 8) {
            let mut w = [0u8; 8];
            w.copy_from_slice(chunk);
            if !may_open(u64::from_le_bytes(w)) {
                i += 8;
                continue;
            }
        }
        if !matches!(bytes[i], b'"' | b'\'' | 0xC2 | 0xE2 | 0xE3) {
            i += 1;
            continue;
        }
        // A mark's first byte starts a char.
        let c = text[i..end].chars().next()?;
        let opener = match c {
            '“' | '«' | '「' | '『' | '"' => true,
            '‘' | '\'' => {
                let prev = text[..i].chars().next_back();
                prev.is_none_or(|p| p.is_whitespace() || "([{“\"—–-".contains(p))
                    && text[i + c.len_utf8()..end].starts_with(|n: char| !n.is_whitespace())
            }
            _ => false,
        };
        if opener {
            return Some((i, c));
        }
        i += c.len_utf8();
    }
    None
}

/// Whether any of eight bytes is `"`, `'` or not ASCII (every byte that
/// can begin an opening mark is one of these).
fn may_open(w: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // The classic test for a zero byte: exact for "is there any".
    let has_zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH != 0;
    w & HIGH != 0 || has_zero(w ^ (ONES * 0x22)) || has_zero(w ^ (ONES * 0x27))
}

fn closer_of(mark: char) -> char {
    match mark {
        '“' => '”',
        '«' => '»',
        '「' => '」',
        '『' => '』',
        '‘' => '’',
        other => other,
    }
}

fn type_of(mark: char) -> usize {
    match mark {
        '“' => 0,
        '«' => 1,
        '「' => 2,
        '『' => 3,
        '‘' => 4,
        _ => 5,
    }
}

/// The closing mark of a quotation opened by `open` from `from`, nested
/// pairs of the same kind skipped; single closers must not be apostrophes
/// ("China's").
fn find_closer(text: &str, open: char, close: char, from: usize, end: usize) -> Option<usize> {
    let s = &text[from..end];
    let single = matches!(open, '‘' | '\'');
    if open == close && !single {
        // The same mark opens and closes ('"'): nothing nests and nothing
        // is an apostrophe, so the first mark closes (as in the loop below).
        let at = match u8::try_from(close) {
            // An ASCII mark is one byte, never inside another char.
            Ok(b) if b.is_ascii() => s.bytes().position(|x| x == b),
            _ => s.char_indices().find(|&(_, c)| c == close).map(|(i, _)| i),
        };
        return at.and_then(|i| (i > 0).then_some(from + i));
    }
    find_closer_by_chars(text, open, close, from, end)
}

/// [`find_closer`] char by char: nested pairs counted, apostrophes told
/// from single closers.
fn find_closer_by_chars(
    text: &str,
    open: char,
    close: char,
    from: usize,
    end: usize,
) -> Option<usize> {
    let s = &text[from..end];
    let single = matches!(open, '‘' | '\'');
    let mut depth = 0usize;
    let mut prev: Option<char> = None;
    for (i, c) in s.char_indices() {
        if c == close {
            let next = s[i + c.len_utf8()..].chars().next();
            let apostrophe = single
                && (next.is_some_and(char::is_alphanumeric)
                    || prev.is_none_or(char::is_whitespace));
            if !apostrophe {
                if depth == 0 {
                    return (i > 0).then_some(from + i);
                }
                depth -= 1;
            }
        } else if c == open && open != close {
            depth += 1;
        }
        if single && i > 300 {
            return None;
        }
        prev = Some(c);
    }
    None
}

/// Direct speech when a speaker's mention stands next to the quotation or
/// when the quotation is a whole clause; scare quotes otherwise.
fn classify(
    text: &str,
    span: Span,
    outer: Span,
    mentions: &[(Span, usize)],
    continued: bool,
) -> Quote {
    let inner = &text[span];
    let before = &text[crate::text::boundary::back(text, outer.start, 40)..outer.start];
    let scare_marker = {
        let b = before.trim_end().to_lowercase();
        b.ends_with("so-called") || b.ends_with("so called") || b.ends_with("所谓")
    };
    // Counts are only compared with 3 and 6 words, 6 and 12 ideographs:
    // counting stops there, and ASCII text has no ideograph.
    let words = inner.split_whitespace().take(6).count();
    let han_chars = if inner.is_ascii() {
        0
    } else {
        inner
            .chars()
            .filter(|&c| crate::text::is_ideograph(c))
            .take(12)
            .count()
    };
    let speaker = if scare_marker {
        None
    } else {
        attribution(text, outer, mentions)
    };
    let full_clause = {
        let t = inner.trim_end();
        let ends = t.ends_with(['.', '!', '?', '。', '！', '？', ',', '，']);
        (words >= 6 || han_chars >= 12) && ends
    };
    let kind = if scare_marker {
        QuoteKind::Scare
    } else if speaker.is_some() && (words >= 3 || han_chars >= 6) || continued || full_clause {
        QuoteKind::Direct
    } else {
        QuoteKind::Scare
    };
    // A whole clause quoted with no attribution next to it goes on the
    // words of the speaker named last before it, if that was lately (a
    // report quotes a statement paragraph by paragraph after naming it once:
    // "the Alliance said in its statement. \"We stand ...\"").
    let speaker = speaker.or_else(|| {
        (kind == QuoteKind::Direct && (full_clause || continued))
            .then(|| last_speaker(outer, mentions))
            .flatten()
    });
    Quote {
        span,
        outer,
        kind,
        speaker: speaker.filter(|_| kind == QuoteKind::Direct),
    }
}

/// The speaker whose mention stands next to the quotation: after it
/// (`"...," the Mission said`, `," said X`) or before it with a verb of
/// saying in between (`NBC News said, "..."`).
fn attribution(text: &str, outer: Span, mentions: &[(Span, usize)]) -> Option<usize> {
    let after = mentions.partition_point(|(m, _)| m.start < outer.end);
    if let Some(&(m, id)) = mentions.get(after) {
        if m.start - outer.end <= ATTRIBUTION_REACH {
            let gap = &text[outer.end..m.start];
            let gap_ok = gap.split_whitespace().all(|w| {
                let w = w.trim_matches(|c: char| c == ',' || c == '—' || c == '–');
                w.is_empty() || is_speech_verb(w)
            }) && !gap.contains(['.', '!', '?', '\n']);
            if gap_ok {
                return Some(id);
            }
        }
    }
    let before = mentions.partition_point(|(m, _)| m.end <= outer.start);
    if before > 0 {
        let (m, id) = mentions[before - 1];
        if outer.start - m.end <= ATTRIBUTION_REACH {
            let gap = &text[m.end..outer.start];
            let trimmed = gap.trim_end();
            let words: Vec<&str> = gap.split_whitespace().collect();
            let has_verb = words
                .iter()
                .any(|w| is_speech_verb(w.trim_matches(|c: char| !c.is_alphanumeric())))
                || ["表示", "指出", "强调", "说", "称"]
                    .iter()
                    .any(|v| gap.contains(v));
            let closes = trimmed.ends_with([',', ':', '：', '，'])
                || trimmed.ends_with("that")
                || words.last().is_some_and(|w| is_speech_verb(w))
                || ["表示", "指出", "强调", "说", "称"]
                    .iter()
                    .any(|v| trimmed.ends_with(v));
            // "Zhao said the attacks “have seriously undermined ...”": the
            // speaker's verb opens a reported clause that the quotation
            // ends, so the words in between may be the clause's subject.
            let reported_clause = words.first().is_some_and(|w| is_speech_verb(w));
            // "McCallum's report on “hostile activities ...”": the title or
            // the words of what the speaker said, right after it is named.
            let owned_words = matches!(words.as_slice(), [poss, noun, ..]
                if matches!(*poss, "'s" | "’s")
                    && crate::lexicon::speakers::SPEECH_NOUNS.contains(noun)
                    && words.len() <= 3);
            if owned_words && !gap.contains(['.', '!', '?', '\n']) {
                return Some(id);
            }
            let reach = if closes { 10 } else { 16 };
            if has_verb
                && (closes || reported_clause)
                && words.len() <= reach
                && !gap.contains(['.', '!', '?', '\n'])
            {
                return Some(id);
            }
        }
    }
    None
}

/// Gives a quotation inside a reported charge to the charge's accuser: the
/// words the accuser's charge is quoted in ("groundless accusations that
/// China engaged in activities that \"undermined the integrity of
/// cyberspace\"") are the accuser's, whoever reports them. The accuser is
/// the speaker who stands for the accuser's party, when one does.
pub(crate) fn credit_accusers(
    quotes: &mut [Quote],
    accusations: &[crate::Accusation<'_>],
    speakers: &[crate::Speaker<'_>],
) {
    // Both lists are in document order: one walk over the charges, each
    // quotation looking at those that start before it and may still hold it.
    let mut next = 0;
    for q in quotes.iter_mut().filter(|q| q.kind == QuoteKind::Direct) {
        while next < accusations.len() && accusations[next].span.end <= q.outer.start {
            next += 1;
        }
        let charge = accusations[next..]
            .iter()
            .take_while(|a| a.span.start <= q.outer.start)
            .find(|a| a.stance == crate::Stance::Reported && q.outer.start < a.span.end);
        let Some(party) = charge.and_then(|a| a.accuser.as_ref()?.principal()) else {
            continue;
        };
        let accuser = speakers.iter().find(|s| {
            s.party.as_ref() == Some(party) && matches!(s.role, crate::SpeakerRole::Organization)
        });
        if let Some(s) = accuser {
            q.speaker = Some(s.id);
        }
    }
}

/// Gives the whole quoted clauses with no speaker that follow the issuer's
/// name closely (within [`CARRY_REACH`] bytes) to the issuer: a statement
/// page names its issuer, then quotes the statement ("Statement From
/// Secretary of Defense ...: \"This afternoon ...\"").
pub(crate) fn credit_issuer(quotes: &mut [Quote], issuer: usize, named: Span) {
    for q in quotes.iter_mut() {
        if q.outer.start < named.end {
            continue;
        }
        if q.outer.start - named.end > CARRY_REACH {
            break;
        }
        if q.speaker.is_none() && q.kind == QuoteKind::Direct {
            q.speaker = Some(issuer);
        }
    }
}

/// The speaker of the last mention that ends at most [`CARRY_REACH`] bytes
/// before `outer`.
fn last_speaker(outer: Span, mentions: &[(Span, usize)]) -> Option<usize> {
    let before = mentions.partition_point(|(m, _)| m.end <= outer.start);
    let &(m, id) = mentions.get(before.checked_sub(1)?)?;
    (outer.start - m.end <= CARRY_REACH).then_some(id)
}

fn is_speech_verb(w: &str) -> bool {
    let lower = w.to_ascii_lowercase();
    crate::lexicon::speakers::SPEECH_VERBS.contains(&lower.as_str()) || lower == "out"
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every opening mark of `text`, as the extraction meets them.
    fn openers(text: &str) -> Vec<(usize, char)> {
        let mut out = Vec::new();
        let mut pos = 0;
        while let Some((at, c)) = next_opener(text, pos, text.len()) {
            out.push((at, c));
            pos = at + c.len_utf8();
        }
        out
    }

    #[test]
    fn opening_marks() {
        for (text, want) in [
            (
                "«a» 「b」『c』 ‘d’ 'e' x'y (‘f’) —'g' “h” \"i\" ' ‘ é' ü‘z",
                &[
                    (0, '«'),
                    (6, '「'),
                    (13, '『'),
                    (21, '‘'),
                    (29, '\''),
                    (38, '‘'),
                    (50, '\''),
                    (54, '“'),
                    (62, '"'),
                    (64, '"'),
                ][..],
            ),
            // A single mark opens after a space or an opening bracket or
            // dash, before a non-space: not an apostrophe.
            (
                "China's 'claims' and the ‘so-called’ ' x",
                &[(8, '\''), (25, '‘')],
            ),
            ("a\"b\"", &[(1, '"'), (3, '"')]),
            ("“a “b” c” d", &[(0, '“'), (5, '“')]),
        ] {
            assert_eq!(openers(text), want, "{text}");
        }
    }

    #[test]
    fn a_mark_is_found_at_every_offset_past_text_without_one() {
        for at in 0..20 {
            let ascii = "x".repeat(at) + "“q”";
            assert_eq!(openers(&ascii), [(at, '“')], "{ascii}");
            let accented = "é".repeat(at) + "\"q";
            assert_eq!(openers(&accented), [(2 * at, '"')], "{accented}");
        }
    }

    #[test]
    fn closing_marks() {
        for (text, open, close, want) in [
            // A mark that closes itself: the first one, unless it closes
            // nothing.
            ("a \"b\" c", '"', '"', Some(2)),
            ("\"\" a", '"', '"', None),
            ("中国”", '“', '”', Some(6)),
            // Nested pairs are passed over.
            ("a “b” c” d", '“', '”', Some(11)),
            ("a «b» c» d", '«', '»', Some(9)),
            // A single mark before a letter or after a space is an
            // apostrophe; after a letter and before a space it closes
            // (a plural's possessive cannot be told from it).
            ("it's fine' he", '\'', '\'', Some(9)),
            ("a 'b c' d", '\'', '\'', Some(6)),
            ("the allies' claim' x", '\'', '\'', Some(10)),
            ("no close", '“', '”', None),
            ("”", '“', '”', None),
        ] {
            assert_eq!(
                find_closer(text, open, close, 0, text.len()),
                want,
                "{text}"
            );
        }
    }
}
