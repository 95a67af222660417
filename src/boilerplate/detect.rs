//! The boilerplate blocks of a document: each line classified (a caption's
//! repeat and the links under a related heading by the lines around them),
//! a front-matter block at the start, adjacent lines of a kind joined.

use super::classify::{SHORT_LINE, classify};
use super::words::ends_sentence;
use crate::text::Line;
use crate::{Boilerplate, BoilerplateKind};

/// A boilerplate block: the index of its first and last line, and what it is.
pub(crate) type Block = (usize, usize, Boilerplate);

/// The boilerplate blocks of a document, in order, disjoint. Adjacent lines
/// of the same kind form one block.
pub(crate) fn detect(text: &str, lines: &[Line]) -> Vec<Block> {
    let mut kinds: Vec<Option<BoilerplateKind>> = vec![None; lines.len()];
    let mut captions: Vec<&str> = Vec::new();
    let front_matter_end = front_matter(text, lines);
    if let Some(last) = front_matter_end {
        kinds[..=last]
            .iter_mut()
            .for_each(|k| *k = Some(BoilerplateKind::Other));
    }
    let first = front_matter_end.map_or(0, |last| last + 1);
    let mut in_related = false;
    for i in first..lines.len() {
        let line = &lines[i];
        if line.blank {
            continue;
        }
        let s = text[line.span].trim();
        let kind = classify(s).or_else(|| {
            // A repeat of a caption is a caption (pages print the caption
            // under the picture and again as its alt text).
            captions.contains(&s).then_some(BoilerplateKind::Caption)
        });
        let kind = match kind {
            Some(kind) => {
                in_related = kind == BoilerplateKind::Related;
                Some(kind)
            }
            // The short lines after a related heading are its links, up to
            // the first line of prose.
            None if in_related && s.len() <= SHORT_LINE && !ends_sentence(s) => {
                Some(BoilerplateKind::Related)
            }
            None => {
                in_related = false;
                None
            }
        };
        if kind == Some(BoilerplateKind::Caption) {
            captions.push(s);
        }
        kinds[i] = kind;
    }
    blocks(text, lines, &kinds)
}

/// The last line of a front-matter block (`---` lines around `key: value`
/// lines at the very start, as content sites export), if there is one.
pub(super) fn front_matter(text: &str, lines: &[Line]) -> Option<usize> {
    let mut nonblank = lines.iter().enumerate().filter(|(_, l)| !l.blank);
    let (_, first) = nonblank.next()?;
    if text[first.span].trim() != "---" {
        return None;
    }
    nonblank
        .take(200)
        .find(|(_, l)| text[l.span].trim() == "---")
        .map(|(i, _)| i)
}

/// Adjacent lines of one kind (blank lines between them included) become one
/// block spanning from the first line's start to the last line's end.
fn blocks(text: &str, lines: &[Line], kinds: &[Option<BoilerplateKind>]) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    for (i, kind) in kinds.iter().enumerate() {
        let Some(kind) = *kind else { continue };
        let span = crate::text::trim_span(text, lines[i].span);
        match out.last_mut() {
            Some((_, last, b)) if b.kind == kind && lines[*last + 1..i].iter().all(|l| l.blank) => {
                *last = i;
                b.span.end = span.end;
            }
            _ => out.push((i, i, Boilerplate { kind, span })),
        }
    }
    out
}
