//! Parallel passages: a passage paired with the passage in another language
//! that translates it, found by the anchors they share.
//!
//! Passages are the language runs cut at paragraph breaks (a blank line, or
//! a line that ends a sentence), so a Chinese passage at the end of an
//! English line is a passage of its own. Candidates are the next few
//! passages (translations sit next to their original) and passages sharing
//! a rare anchor (a page that gives the whole Chinese text, then the whole
//! English one). A pair needs [`MIN_ANCHORS`] shared anchors covering at
//! least half of the smaller passage's anchors, and lengths that a
//! translation could have; pairs are taken best first, each passage once.

use std::collections::HashMap;

use super::anchor::{self, Candidate, Key};
use super::script::{classify, is_cjk};
use crate::{Anchor, Lang, LanguageSpan, ParallelPassage, Script, Span};

/// A pair needs at least this many shared anchors.
const MIN_ANCHORS: usize = 2;
/// Shared anchors over the smaller passage's anchors must reach this.
const MIN_SHARE: f64 = 0.5;
/// Shorter over longer passage (in [`units`]) must reach this.
const MIN_LENGTH_RATIO: f64 = 0.25;
/// A pair's score (0.7 × share + 0.3 × length ratio) must reach this.
const MIN_SCORE: f64 = 0.5;
/// Passages this many places ahead are candidates whatever their anchors.
const WINDOW: usize = 4;
/// An anchor shared by at most this many passages makes them candidates
/// even when they are far apart; commoner anchors ("2020") do not.
const RARE_ANCHOR_PASSAGES: usize = 4;
/// A passage shorter than this (in [`units`]) is not paired: a name or a
/// headline has no translation to find.
const MIN_UNITS: usize = 40;

#[derive(Debug)]
struct Passage<'a> {
    span: Span,
    lang: Lang,
    units: usize,
    anchors: Vec<Candidate<'a>>,
}

/// Passages paired with their translations.
pub(crate) fn parallel_passages(text: &str, runs: &[LanguageSpan]) -> Vec<ParallelPassage> {
    // Passages take their language from the runs: a text in one language
    // has nothing to pair, and its anchors need not be read.
    let first = runs.iter().find_map(|r| r.lang);
    if runs.iter().all(|r| r.lang.is_none() || r.lang == first) {
        return Vec::new();
    }
    let passages = passages(text, runs);
    if passages.len() < 2 || passages.iter().all(|p| p.lang == passages[0].lang) {
        return Vec::new();
    }
    let mut pairs: Vec<(f64, usize, usize, Vec<Anchor>)> = Vec::new();
    let consider = |i: usize, j: usize, pairs: &mut Vec<_>| {
        if let Some((score, anchors)) = score(text, &passages[i], &passages[j]) {
            pairs.push((score, i, j, anchors));
        }
    };
    for i in 0..passages.len() {
        for j in i + 1..passages.len().min(i + 1 + WINDOW) {
            consider(i, j, &mut pairs);
        }
    }
    // Far candidates through rare anchors.
    let mut by_key: HashMap<Key<'_>, Vec<usize>> = HashMap::new();
    for (i, p) in passages.iter().enumerate() {
        for a in &p.anchors {
            let list = by_key.entry(a.key).or_default();
            if list.last() != Some(&i) && list.len() <= RARE_ANCHOR_PASSAGES {
                list.push(i);
            }
        }
    }
    let mut far: Vec<(usize, usize)> = Vec::new();
    for list in by_key.values() {
        if list.len() > RARE_ANCHOR_PASSAGES {
            continue;
        }
        for (n, &i) in list.iter().enumerate() {
            for &j in &list[n + 1..] {
                if j > i + WINDOW {
                    far.push((i, j));
                }
            }
        }
    }
    far.sort_unstable();
    far.dedup();
    for (i, j) in far {
        consider(i, j, &mut pairs);
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then((a.2 - a.1).cmp(&(b.2 - b.1))));
    // First each passage once, best pairs first; then a passage left over
    // joins its neighbour's pair when it scores with the same passage: one
    // side of a translation is often cut into more paragraphs than the
    // other.
    let mut partners: Vec<Option<(usize, usize)>> = vec![None; passages.len()];
    let mut taken = vec![false; pairs.len()];
    for (n, &(_, i, j, _)) in pairs.iter().enumerate() {
        if partners[i].is_none() && partners[j].is_none() {
            partners[i] = Some((j, j));
            partners[j] = Some((i, i));
            taken[n] = true;
        }
    }
    for (n, &(_, i, j, _)) in pairs.iter().enumerate() {
        let (fixed, loose) = match (partners[i], partners[j]) {
            (Some(_), None) => (i, j),
            (None, Some(_)) => (j, i),
            _ => continue,
        };
        let Some((first, last)) = partners[fixed] else {
            continue;
        };
        let next_to = loose + 1 == first || loose == last + 1;
        if next_to && passages[loose].lang == passages[first].lang {
            partners[fixed] = Some((first.min(loose), last.max(loose)));
            partners[loose] = Some((fixed, fixed));
            taken[n] = true;
        }
    }
    let mut out: Vec<ParallelPassage> = pairs
        .into_iter()
        .zip(taken)
        .filter(|(_, t)| *t)
        .map(|((score, i, j, anchors), _)| ParallelPassage {
            source: passages[i].span,
            target: passages[j].span,
            source_lang: passages[i].lang,
            target_lang: passages[j].lang,
            anchors,
            score,
        })
        .collect();
    out.sort_by_key(|p| (p.source.start, p.target.start));
    out
}

/// The score of `a` (earlier) paired with `b`, and their shared anchors.
fn score(text: &str, a: &Passage<'_>, b: &Passage<'_>) -> Option<(f64, Vec<Anchor>)> {
    if a.lang == b.lang || a.units < MIN_UNITS || b.units < MIN_UNITS {
        return None;
    }
    let smaller = a.anchors.len().min(b.anchors.len());
    if smaller < MIN_ANCHORS {
        return None;
    }
    let ratio = a.units.min(b.units) as f64 / a.units.max(b.units) as f64;
    if ratio < MIN_LENGTH_RATIO {
        return None;
    }
    // Each anchor of `b` matches at most once; passages have few anchors, so
    // a scan over `b`'s is cheaper than hashing.
    let mut taken = vec![false; b.anchors.len()];
    let mut anchors = Vec::new();
    let mut specific = 0;
    for c in &a.anchors {
        let found = b
            .anchors
            .iter()
            .zip(taken.iter_mut())
            .find(|(d, taken)| !**taken && d.key == c.key);
        if let Some((d, taken)) = found {
            *taken = true;
            specific += usize::from(!matches!(c.key, anchor::Key::Party(_)));
            anchors.push(Anchor {
                source: c.span,
                target: d.span,
            });
        }
    }
    // A name of several words ("Malacañang Press Corps") is one anchor, not
    // one per word: words shared side by side in both passages merge.
    let before = anchors.len();
    merge_adjacent(text, &mut anchors);
    let smaller = smaller.saturating_sub(before - anchors.len()).max(1);
    let share = anchors.len() as f64 / smaller as f64;
    let score = 0.7 * share + 0.3 * ratio;
    // Parties are named everywhere in a statement: a pair needs a number,
    // code or name besides them.
    (anchors.len() >= MIN_ANCHORS && share >= MIN_SHARE && score >= MIN_SCORE && specific > 0)
        .then_some((score, anchors))
}

/// Merges anchors that stand side by side, with only spaces between, in both
/// texts: the words of one name.
fn merge_adjacent(text: &str, anchors: &mut Vec<Anchor>) {
    let blank = |text: &str, from: usize, to: usize| {
        from <= to
            && text
                .get(from..to)
                .is_some_and(|g| g.chars().all(char::is_whitespace))
    };
    let mut merged: Vec<Anchor> = Vec::with_capacity(anchors.len());
    for x in anchors.drain(..) {
        match merged.last_mut() {
            Some(last)
                if blank(text, last.source.end, x.source.start)
                    && blank(text, last.target.end, x.target.start) =>
            {
                last.source.end = x.source.end;
                last.target.end = x.target.end;
            }
            _ => merged.push(x),
        }
    }
    *anchors = merged;
}

/// The passages: each run with a language cut at paragraph breaks, trimmed.
fn passages<'a>(text: &'a str, runs: &[LanguageSpan]) -> Vec<Passage<'a>> {
    let mut out = Vec::new();
    for run in runs {
        let Some(lang) = run.lang else { continue };
        let mut piece_start = run.span.start;
        let mut line_start = run.span.start;
        let region = &text[run.span];
        for (off, _) in region.match_indices('\n') {
            let nl = run.span.start + off;
            let line = text[line_start..nl].trim_end();
            let ends_sentence = line.ends_with(|c: char| {
                matches!(
                    c,
                    '.' | '!'
                        | '?'
                        | '。'
                        | '！'
                        | '？'
                        | '"'
                        | '”'
                        | '’'
                        | '」'
                        | '』'
                        | ')'
                        | '）'
                )
            });
            if line.is_empty() || ends_sentence {
                push_passage(text, Span::new(piece_start, nl), lang, run.script, &mut out);
                piece_start = nl + 1;
            }
            line_start = nl + 1;
        }
        push_passage(
            text,
            Span::new(piece_start, run.span.end),
            lang,
            run.script,
            &mut out,
        );
    }
    out
}

fn push_passage<'a>(
    text: &'a str,
    span: Span,
    lang: Lang,
    script: Script,
    out: &mut Vec<Passage<'a>>,
) {
    let piece = &text[span];
    let trimmed = piece.trim();
    if trimmed.is_empty() {
        return;
    }
    let start = span.start + (piece.len() - piece.trim_start().len());
    let span = Span::new(start, start + trimmed.len());
    let units = units(trimmed);
    if units < MIN_UNITS {
        return;
    }
    let latin = script == Script::Latin;
    let mut anchors = anchor::candidates(text, span, latin);
    anchor::party_candidates(text, span, &mut anchors);
    out.push(Passage {
        span,
        lang,
        units,
        anchors,
    });
}

/// A length comparable across scripts: a letter counts 2, a Han character 6
/// (a Chinese character carries about as much as three English letters), a
/// kana or hangul syllable 5.
fn units(text: &str) -> usize {
    text.chars()
        .map(|c| match classify(c) {
            Script::Common => 0,
            Script::Mandarin => 6,
            s if is_cjk(s) => 5,
            _ => 2,
        })
        .sum()
}
