//! The source reader of English sentences: the authority a number is
//! credited to ("according to X", "X said", "X's report showed", "data
//! from X", "documents released by X"); Chinese cues are read by
//! [`super::chinese_source`].

use super::attribution::Attribution;
use super::chinese_source;
use super::tokens::{Tok, Tokens};
use crate::Span;
use crate::lexicon::cues::{ACCORDING_CUES, ANAPHORIC_SOURCES, AUTHORITIES, DOCUMENTS, REPORTING};
use crate::lexicon::shape::WordShapes;

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
pub(super) fn may_attribute(text: &str, sentence: Span) -> bool {
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
pub(super) fn attributions(text: &str, sentence: Span, tokens: &Tokens) -> Vec<Attribution> {
    let toks = &tokens.toks[..];
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        let Some((opens_according, verb)) = cue_word(text, t) else {
            continue;
        };
        if opens_according {
            out.extend(according(text, toks, i));
        }
        if verb {
            out.extend(reporting(text, sentence, toks, i));
        }
    }
    if tokens.ideographs {
        chinese_source::attributions(text, sentence, &mut out);
    }
    out.sort_by_key(|a| a.at);
    out
}

/// Whether token `t` may open an "according to" cue, and whether it may be
/// a reporting verb. Every cue and reporting verb is a short ASCII word;
/// the shape tests turn most words away before the lookups. A reporting
/// verb is written in lowercase: "The United States will" has no verb
/// "States".
fn cue_word(text: &str, t: &Tok) -> Option<(bool, bool)> {
    if !t.word {
        return None;
    }
    let wb = &text.as_bytes()[t.start..t.end];
    if !(2..=11).contains(&wb.len()) || !wb[0].is_ascii_alphabetic() {
        return None;
    }
    let may_open = OPENER_SHAPES.fits(wb);
    let may_verb = wb[0].is_ascii_lowercase() && REPORTING_SHAPES.fits(wb);
    if !may_open && !may_verb {
        return None;
    }
    let w = &text[t.start..t.end];
    let opens_according = may_open && ACCORDING_OPENERS.contains(w);
    let verb = may_verb && REPORTING.contains(w);
    if !opens_according && !verb {
        return None;
    }
    let mut buf = [0u8; 16];
    crate::text::lower_ascii(w, &mut buf)?;
    Some((opens_according, verb))
}

/// "According to statistics from X, ...", "as reported by X", "citing X":
/// the cues that token `i` opens, each with the source named after it.
fn according(text: &str, toks: &[Tok], i: usize) -> Vec<Attribution> {
    let t = &toks[i];
    let mut buf = [0u8; 16];
    let lower = crate::text::lower_ascii(&text[t.start..t.end], &mut buf).unwrap_or("");
    let mut out = Vec::new();
    for cue in ACCORDING_CUES {
        if !cue.starts_with(lower) || cue.as_bytes().get(lower.len()).is_some_and(|&b| b != b' ') {
            continue;
        }
        let n = cue.split(' ').count();
        let whole = cue
            .split(' ')
            .enumerate()
            .all(|(k, p)| toks.get(i + k).is_some_and(|t| tok_is(text, t, p)));
        if let Some(span) = whole.then(|| according_source(text, toks, i + n)).flatten() {
            out.push(Attribution {
                at: t.start,
                source: Some(span),
                backwards: true,
                anaphoric: false,
            });
        }
    }
    out
}

/// The attribution of the reporting verb at token `i`: in the passive,
/// the name after "by" ("Documents released by X", "data published by X");
/// else the verb's subject. "..., Wikileaks said." / "..., Reuters
/// reported on Monday.": a final attribution covers what came before it.
fn reporting(text: &str, sentence: Span, toks: &[Tok], i: usize) -> Option<Attribution> {
    let t = &toks[i];
    if toks.get(i + 1).is_some_and(|n| tok_is(text, n, "by")) {
        let doc_before = i > 0 && toks[i - 1].word && is_in(text, &toks[i - 1], &DOCUMENTS);
        if !doc_before {
            return None;
        }
        return proper_name(text, toks, i + 2).map(|span| Attribution {
            at: t.start,
            source: Some(span),
            backwards: false,
            anaphoric: false,
        });
    }
    let (subject, anaphoric) = subject_before(text, sentence, toks, i)?;
    let tail = &toks[i + 1..toks.len().min(i + 9)];
    let backwards = toks.len() <= i + 9
        && tail.iter().filter(|t| t.word).count() <= 3
        && tail
            .iter()
            .all(|t| t.word || matches!(&text[t.start..t.end], "." | "!" | "\"" | "”" | "'" | "’"));
    Some(Attribution {
        at: t.start,
        source: subject,
        backwards,
        anaphoric,
    })
}

/// Where the name after "according to" starts: past the document nouns
/// and their modifiers and a "from"/"by"/"of" after them ("statistics
/// from", "the annual report by", "a report of"), a Markdown link around
/// the document ("citing [research](https://...) by X"), and a short
/// adverbial between a participle and "by" ("research published last year
/// by X").
fn name_start(text: &str, toks: &[Tok], open: usize) -> usize {
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
    let preposition = |t: &Tok| ["from", "by", "of"].iter().any(|p| tok_is(text, t, p));
    let mut i = past_link(text, toks, open);
    while toks.get(i).is_some_and(skip) {
        i = past_link(text, toks, i + 1);
    }
    let skipped = &toks[open..i];
    let participle = skipped.iter().any(|t| {
        ["released", "published", "compiled", "issued"]
            .iter()
            .any(|p| tok_is(text, t, p))
    });
    if participle && !toks.get(i).is_some_and(preposition) {
        // "published last year by", "released on Monday by".
        let ahead = &toks[i..toks.len().min(i + 4)];
        if let Some(by) = ahead
            .iter()
            .take_while(|t| t.word)
            .position(|t| tok_is(text, t, "by"))
        {
            i += by;
        }
    }
    let mut i = if i > open && toks.get(i).is_some_and(preposition) {
        i + 1
    } else {
        open
    };
    while toks.get(i).is_some_and(|t| tok_is(text, t, "the")) {
        i += 1;
    }
    i
}

/// Past the Markdown link syntax at token `i`: an opening "[", or the "]"
/// and "(target)" that close a link's text. Other tokens stay.
fn past_link(text: &str, toks: &[Tok], i: usize) -> usize {
    let is = |k: usize, s: &str| toks.get(k).is_some_and(|t| &text[t.start..t.end] == s);
    if is(i, "[") {
        return i + 1;
    }
    if !(is(i, "]") && is(i + 1, "(")) {
        return i;
    }
    // A link target is one token run without spaces; the bound keeps the
    // walk short.
    toks[i + 2..toks.len().min(i + 66)]
        .iter()
        .position(|t| &text[t.start..t.end] == ")")
        .map_or(i, |c| i + 2 + c + 1)
}

/// The source named after "according to": document nouns and "from"/"by"/
/// "of" are skipped ("statistics from", "the annual report by", "a report
/// of"), the name runs to the next comma or the end of the clause.
fn according_source(text: &str, toks: &[Tok], i: usize) -> Option<Span> {
    let mut i = name_start(text, toks, i);
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
    let k = skip_adverbs(text, toks, v);
    if let Some(rel) = k.checked_sub(1).filter(|&r| is_relative(text, &toks[r])) {
        if let Some(named) = antecedent(text, toks, rel) {
            return Some((Some(named), false));
        }
    }
    let clause_start = clause_start(text, toks, k);
    if let Some(channel) = channel(text, toks, clause_start, k) {
        return Some((Some(channel), false));
    }
    let seg = subject_segment(text, toks, clause_start, k)?;
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
    if let Some(owner) = document_owner(text, seg, &words) {
        return Some((owner, false));
    }
    // A subject with a number in it is a clause, not an authority ("the
    // deal covers 27 member states", "the survey of 1,000 adults").
    if words
        .iter()
        .any(|t| text[t.start..t.end].starts_with(|c: char| c.is_ascii_digit()))
    {
        return None;
    }
    authority(text, sentence, seg).map(|span| (Some(span), false))
}

/// The token before which the subject of the verb at `v` ends: adverbs and
/// auxiliaries before the verb are skipped ("also said", "has repeatedly
/// said").
fn skip_adverbs(text: &str, toks: &[Tok], v: usize) -> usize {
    let mut k = v;
    while k > 0
        && toks[k - 1].word
        && matches!(
            text[toks[k - 1].start..toks[k - 1].end]
                .to_ascii_lowercase()
                .as_str(),
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
                | "now"
                | "still"
        )
    {
        k -= 1;
    }
    k
}

/// Whether token `t` is a relative pronoun that can stand as a reporting
/// verb's subject: "a poll that showed", "Smith, who said".
fn is_relative(text: &str, t: &Tok) -> bool {
    ["that", "which", "who"].iter().any(|w| tok_is(text, t, w))
}

/// Words of a time adverbial between a name and the relative clause that
/// describes it: "Representative Ortiz this morning, who says", "Ortiz on
/// Monday, who said" (weekdays are read from the calendar).
const TIME_WORDS: &[&str] = &[
    "this",
    "last",
    "on",
    "today",
    "yesterday",
    "tonight",
    "earlier",
    "morning",
    "afternoon",
    "evening",
    "night",
    "week",
];

/// What the relative pronoun at token `rel` stands for, when it names a
/// source: a document right before "that"/"which" ("a poll that showed",
/// "a Harbour Board report, which found") or a name before "who" past a
/// time adverbial ("Senator Ortiz this morning, who says").
fn antecedent(text: &str, toks: &[Tok], rel: usize) -> Option<Span> {
    let comma = rel > 0 && &text[toks[rel - 1].start..toks[rel - 1].end] == ",";
    let end = if comma { rel - 1 } else { rel };
    let prev = toks.get(end.checked_sub(1)?)?;
    if !tok_is(text, &toks[rel], "who") && is_in(text, prev, &DOCUMENTS) {
        // The document with the names that modify it ("a Gallup poll").
        let first = name_run_start(text, toks, end - 1);
        return Some(Span::new(toks[first].start, prev.end));
    }
    // "which" stands for a thing, which speaks only as a document.
    if !tok_is(text, &toks[rel], "who") {
        return None;
    }
    let mut last = end - 1;
    while last > 0
        && end - last <= 3
        && toks[last].word
        && (TIME_WORDS.iter().any(|w| tok_is(text, &toks[last], w))
            || crate::lexicon::calendar::weekday(&text[toks[last].start..toks[last].end]).is_some())
    {
        last -= 1;
    }
    if !is_capitalised(text, &toks[last]) {
        return None;
    }
    let first = name_run_start(text, toks, last);
    Some(Span::new(toks[first].start, toks[last].end))
}

/// Whether token `t` is a word with a capital.
fn is_capitalised(text: &str, t: &Tok) -> bool {
    t.word && text[t.start..t.end].starts_with(char::is_uppercase)
}

/// The first token of the run of capitalised words that ends before token
/// `end`, at most twelve back (names are short; the bound keeps the walk
/// constant).
fn name_run_start(text: &str, toks: &[Tok], end: usize) -> usize {
    let window = end.saturating_sub(12);
    toks[window..end]
        .iter()
        .rposition(|t| !is_capitalised(text, t))
        .map_or(window, |p| window + p + 1)
}

/// The channel of a disclosure the document's own voice makes: "We have,
/// through the National Harbour Agency and the Coast Guard, exposed 40
/// cases" credits the bodies named after "through" or "via", when only
/// names stand between it and the verb before token `k`.
fn channel(text: &str, toks: &[Tok], clause_start: usize, k: usize) -> Option<Span> {
    let clause = &toks[clause_start..k];
    let p = clause
        .iter()
        .rposition(|t| tok_is(text, t, "through") || tok_is(text, t, "via"))?;
    let names = &clause[p + 1..];
    let connector = |t: &Tok| {
        ["and", "of", "the", "for", "&", ","]
            .iter()
            .any(|w| &text[t.start..t.end] == *w)
    };
    let capital = |t: &Tok| is_capitalised(text, t);
    if !names.iter().all(|t| capital(t) || connector(t)) {
        return None;
    }
    let first = names.iter().position(capital)?;
    let last = names.iter().rposition(capital)?;
    Some(Span::new(names[first].start, names[last].end))
}

/// Where the clause of a subject ending before token `k` starts: after a
/// semicolon, colon, quote, parenthesis or clause opener ("that", "when"),
/// at most 48 tokens back (a subject is short; the bound keeps the walk
/// linear).
fn clause_start(text: &str, toks: &[Tok], k: usize) -> usize {
    let window = k.saturating_sub(48);
    toks[window..k]
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
        .map_or(window, |p| window + p + 1)
}

/// The comma segment of the clause from `clause_start` to `k` that holds
/// the subject: the last one, stepping right to left over appositives ("a
/// founder of Wikileaks", "including ...").
fn subject_segment<'t>(
    text: &str,
    toks: &'t [Tok],
    clause_start: usize,
    k: usize,
) -> Option<&'t [Tok]> {
    let mut seg_end = k;
    let mut appositive = false;
    loop {
        let seg_start = toks[clause_start..seg_end]
            .iter()
            .rposition(|t| &text[t.start..t.end] == ",")
            .map_or(clause_start, |p| clause_start + p + 1);
        let seg = &toks[seg_start..seg_end];
        if seg.is_empty() {
            if seg_start == clause_start {
                return None;
            }
            appositive = true;
            seg_end = seg_start - 1;
            if seg_end <= clause_start {
                return None;
            }
            continue;
        }
        let first = text[seg[0].start..seg[0].end].to_ascii_lowercase();
        let is_appositive = appositive
            && (matches!(
                first.as_str(),
                "a" | "an" | "including" | "such" | "who" | "which" | "one" | "the"
            ) && seg_start > clause_start);
        if !is_appositive {
            return Some(seg);
        }
        seg_end = seg_start - 1;
        if seg_end <= clause_start {
            return None;
        }
    }
}

/// The source a document noun gives its subject: "X's report", "X's
/// annual report" give the possessor; "data from X", "a report by X" the
/// name after the preposition. `None` when the subject names no document.
fn document_owner(text: &str, seg: &[Tok], words: &[&Tok]) -> Option<Option<Span>> {
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
                return Some(Some(Span::new(start, t.start + owner.len())));
            }
        }
    }
    let p = words
        .iter()
        .position(|t| ["from", "by", "of"].iter().any(|x| tok_is(text, t, x)))?;
    if p > 0 && is_in(text, words[p - 1], &DOCUMENTS) {
        let idx = seg.iter().position(|t| t.start == words[p].start)? + 1;
        return Some(proper_name(text, seg, idx));
    }
    None
}

/// The subject itself as a source, when it names an authority: a leading
/// "the" is stripped, and it needs a capitalised word (not the sentence's
/// first word alone) or an authority noun ("officials", "the ministry").
fn authority(text: &str, sentence: Span, seg: &[Tok]) -> Option<Span> {
    let from = usize::from(tok_is(text, &seg[0], "the"));
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
    Some(Span::new(first.start, body[body.len() - 1].end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use crate::statistic::tokens::words;

    /// The sources credited in the single sentence `text`.
    fn sources(text: &str) -> Vec<Option<&str>> {
        let all = Span::new(0, text.len());
        attributions(text, all, &words(text, all))
            .into_iter()
            .map(|a| a.source.map(|s| &text[s]))
            .collect()
    }

    #[test]
    fn sentences_without_cues_have_no_attributions() {
        for w in ACCORDING_OPENER_WORDS
            .iter()
            .chain(crate::lexicon::cues::REPORTING_VERBS)
        {
            assert!(w.bytes().all(|b| b.is_ascii_alphabetic()), "{w}");
        }
        let mut texts = crate::testing::fixture_texts();
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
    fn according_to_names_the_source_after_document_nouns() {
        assert_eq!(
            sources("According to statistics from the Maritime Bureau (MB), 40 ships docked."),
            [Some("Maritime Bureau (MB)")]
        );
    }

    #[test]
    fn a_reporting_verb_credits_its_subject() {
        assert_eq!(
            sources("The Harbour Authority said 40 ships docked."),
            [Some("Harbour Authority")]
        );
        assert_eq!(
            sources("The agency's annual report showed 40 ships docked."),
            [Some("agency")]
        );
        assert_eq!(
            sources("Data from the Port Office showed 40 ships docked."),
            [Some("Port Office")]
        );
        assert_eq!(
            sources("Figures released by the Port Office put the total at 40."),
            [Some("Port Office")]
        );
    }

    #[test]
    fn an_appositive_is_stepped_over_to_the_subject() {
        assert_eq!(
            sources("Lindqvist, a former director of the bureau, once revealed 40 cases."),
            [Some("Lindqvist")]
        );
    }

    #[test]
    fn an_anaphor_names_no_source_of_its_own() {
        let all = "It also said 40 ships docked.";
        let span = Span::new(0, all.len());
        let found = attributions(all, span, &words(all, span));
        assert_eq!(found.len(), 1);
        assert!(found[0].anaphoric && found[0].source.is_none());
        assert_eq!(sources("the dock workers said 40 ships docked."), [None; 0]);
    }

    #[test]
    fn a_relative_pronoun_stands_for_its_document_or_person() {
        assert_eq!(
            sources("There was a survey that found that 15 percent agree."),
            [Some("survey")]
        );
        assert_eq!(
            sources("I met Councillor Ostby on Monday, who now says nine ships wait."),
            [Some("Councillor Ostby")]
        );
        // "which" after a name is no speaker.
        assert_eq!(
            sources("Storms hit the capital Kyiv, which claimed 40 lives."),
            [None; 0]
        );
    }

    #[test]
    fn a_disclosure_through_named_bodies_credits_them() {
        assert_eq!(
            sources("We have, through the Customs Service and Coast Guard, exposed 30 routes."),
            [Some("Customs Service and Coast Guard")]
        );
    }

    #[test]
    fn a_linked_document_published_by_a_body_credits_the_body() {
        assert_eq!(
            sources(
                "Dredging lagged for 12 years, citing [analysis](https://example.org/a-1) published last month by Tideline Partners."
            ),
            [Some("Tideline Partners")]
        );
    }
}
