//! Language runs: chunks of one script family, smoothed, given a language,
//! then merged into runs that partition the input.
//!
//! 1. One char scan cuts the text into *chunks*: maximal stretches of
//!    letters of one script family (the CJK scripts are one family) inside
//!    one block (blocks are separated by blank lines), neutral characters
//!    (digits, punctuation, whitespace, symbols) in between.
//! 2. Smoothing: a chunk of one or two letters glued to a word of another
//!    script (a homoglyph, "α-helix") joins that word; a short Latin stretch
//!    inside a non-Latin block ("APT-C-39", "Xinhua") joins the run around
//!    it.
//! 3. Each chunk gets a language: from its script where the script decides
//!    (kana: jpn, hangul: kor, Han only: cmn, Greek, Thai, ...), else from
//!    [`detect`](super::detect) on the chunk, else the document's dominant
//!    language for that script (eng for Latin by default).
//! 4. Consecutive chunks of one language make a run; the neutral gap between
//!    two runs goes to the first up to its last whitespace, the rest (an
//!    opening quote, "2020" before "年") to the second.

use super::detect::{self, Verdict};
use super::script::{self, classify, family, is_cjk};
use crate::{Lang, LanguageSpan, Script, Span};

/// Letter counts are kept for the scripts that decide between languages
/// (Latin, Han, hiragana, katakana, hangul) and, in one more slot, for the
/// chunk's own script when it is another: small enough to copy cheaply.
const SLOTS: usize = 6;
const OTHER: usize = 5;

fn slot(script: Script) -> usize {
    match script {
        Script::Latin => 0,
        Script::Mandarin => 1,
        Script::Hiragana => 2,
        Script::Katakana => 3,
        Script::Hangul => 4,
        _ => OTHER,
    }
}

const SLOT_SCRIPTS: [Script; OTHER] = [
    Script::Latin,
    Script::Mandarin,
    Script::Hiragana,
    Script::Katakana,
    Script::Hangul,
];

/// A Latin stretch of at most this many tokens between two parts of one
/// non-Latin run belongs to that run ("据《Wall Street Journal》报道").
const MAX_INNER_LATIN_TOKENS: u32 = 4;
/// A Latin stretch of at most this many tokens at the start or end of a
/// block that is otherwise in one non-Latin run belongs to it ("APT-C-39是").
const MAX_EDGE_LATIN_TOKENS: u32 = 1;
/// The largest token count any rule compares with: counts above it need
/// not be exact (see [`ascii_stretch`]).
const TOKEN_LIMIT: u32 = if MAX_INNER_LATIN_TOKENS > MAX_EDGE_LATIN_TOKENS {
    MAX_INNER_LATIN_TOKENS
} else {
    MAX_EDGE_LATIN_TOKENS
};
/// A non-CJK chunk of at most this many letters glued (no whitespace) to a
/// chunk of another script is part of that word.
const MAX_GLUED_LETTERS: u32 = 2;
/// Kana must be at least 1/20 of a document's CJK characters before a
/// Han-only chunk with no kana in its own block is read as Japanese.
const KANA_SHARE_DIVISOR: u32 = 20;

#[derive(Clone, Debug)]
struct Chunk {
    /// From the first letter to the end of the last.
    start: usize,
    end: usize,
    family: Script,
    block: u32,
    /// Letters per script slot (see [`slot`]).
    counts: [u32; SLOTS],
    /// Tokens (letter sequences not glued to a letter, digit or joiner).
    tokens: u32,
    lang: Option<Lang>,
    confidence: f64,
}

impl Chunk {
    fn letters(&self) -> u32 {
        self.counts.iter().sum()
    }

    fn absorb(&mut self, other: &Chunk) {
        self.start = self.start.min(other.start);
        self.end = self.end.max(other.end);
        for (a, b) in self.counts.iter_mut().zip(other.counts) {
            *a += b;
        }
        self.tokens += other.tokens;
    }

    fn count(&self, script: Script) -> u32 {
        self.counts[slot(script)]
    }

    fn kana(&self) -> u32 {
        self.count(Script::Hiragana) + self.count(Script::Katakana)
    }

    /// The script with most letters; the `OTHER` slot stands for `other`.
    fn dominant_script(counts: &[u32; SLOTS], other: Script) -> Script {
        let mut best = (Script::Common, 0);
        for (i, &n) in counts.iter().enumerate() {
            if n > best.1 {
                best = (SLOT_SCRIPTS.get(i).copied().unwrap_or(other), n);
            }
        }
        best.0
    }
}

/// The language runs of `text`: they partition it.
pub(crate) fn language_spans(text: &str) -> Vec<LanguageSpan> {
    if text.is_empty() {
        return Vec::new();
    }
    let chunks = glue_tiny(text, scan(text));
    let mut chunks = split_labels(text, absorb_latin_islands(chunks));
    assign_languages(text, &mut chunks);
    build_runs(text, &chunks)
}

/// The longest speaker label read at a line's start, in bytes.
const MAX_LABEL: usize = 48;

/// Step 2b: a transcript's speaker label ("MS. OSEÑA-PAEZ:", "MODERATOR:")
/// is a name, not words of the language after it: a Latin chunk is cut
/// after each label that opens one of its lines with capitals and a colon,
/// so that the words after it ("Magandang umaga po ...") are judged, and
/// bounded, on their own.
fn split_labels(text: &str, chunks: Vec<Chunk>) -> Vec<Chunk> {
    let mut out = Vec::with_capacity(chunks.len());
    for chunk in chunks {
        if chunk.family != Script::Latin {
            out.push(chunk);
            continue;
        }
        let mut from = chunk.start;
        // What the pieces cut so far hold: the last piece has the rest.
        let (mut letters, mut tokens) = (0, 0);
        for line in line_starts(text, &chunk) {
            let Some((label_end, rest)) = label_at(text, line, chunk.end) else {
                continue;
            };
            if label_end > from {
                let piece = part(text, &chunk, from, label_end);
                letters += piece.counts[0];
                tokens += piece.tokens;
                out.push(piece);
            }
            from = rest;
        }
        if from == chunk.start {
            out.push(chunk);
        } else {
            let mut last = chunk.clone();
            last.start = from;
            last.counts[0] = chunk.counts[0].saturating_sub(letters).max(1);
            last.tokens = chunk.tokens.saturating_sub(tokens).max(1);
            out.push(last);
        }
    }
    out
}

/// The starts of the lines that `chunk` holds, its own first if it opens a
/// line.
fn line_starts<'t>(text: &'t str, chunk: &Chunk) -> impl Iterator<Item = usize> + 't {
    let opens = text[..chunk.start]
        .trim_end_matches([' ', '\t'])
        .ends_with('\n')
        || text[..chunk.start].trim_end_matches([' ', '\t']).is_empty();
    let (start, end) = (chunk.start, chunk.end);
    opens.then_some(start).into_iter().chain(
        text[start..end]
            .match_indices('\n')
            .map(move |(i, _)| start + i + 1),
    )
}

/// At `line`, a speaker label and what follows it in the chunk: where the
/// label's last letter ends and where the next letter after the colon
/// starts. A label is capitals, spaces, periods, hyphens and apostrophes up
/// to a colon, within [`MAX_LABEL`] bytes.
fn label_at(text: &str, line: usize, end: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let start = line
        + bytes[line..end]
            .iter()
            .take_while(|&&b| b == b' ' || b == b'\t')
            .count();
    // A label's bytes are capitals, its marks and non-ASCII letters (Ñ): a
    // line of prose stops at its second letter, before any char is decoded.
    let len = bytes[start..end]
        .iter()
        .take(MAX_LABEL)
        .position(|&b| !(b.is_ascii_uppercase() || b >= 0x80 || b" .-'".contains(&b)))?;
    if bytes[start + len] != b':' {
        return None;
    }
    let label = &text[start..start + len];
    let shaped = label.chars().any(char::is_uppercase)
        && label
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '-' | '\''));
    if !shaped {
        return None;
    }
    let after = start + len + 1;
    let rest = after + text[after..end].find(char::is_alphabetic)?;
    Some((start + label.trim_end().len(), rest))
}

/// The part `start..end` of `chunk`, its letters and tokens counted anew.
fn part(text: &str, chunk: &Chunk, start: usize, end: usize) -> Chunk {
    // A Latin chunk's letters are ASCII letters and the non-ASCII chars
    // between them: counted by their first bytes, without decoding.
    let bytes = &text.as_bytes()[start..end];
    let mut counts = [0; SLOTS];
    counts[0] = bytes
        .iter()
        .filter(|&&b| b.is_ascii_alphabetic() || b >= 0xC0)
        .count() as u32;
    let tokens = bytes
        .windows(2)
        .filter(|w| w[0].is_ascii_whitespace() && !w[1].is_ascii_whitespace())
        .count() as u32
        + 1;
    Chunk {
        start,
        end,
        counts,
        tokens,
        ..chunk.clone()
    }
}

/// Step 1: the chunks, in one char scan.
fn scan(text: &str) -> Vec<Chunk> {
    let mut chunks: Vec<Chunk> = Vec::new();
    let mut block = 0u32;
    let mut line_has_content = false;
    // Whether the previous char lets a letter continue a token.
    let mut glued = false;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Inside a Latin chunk, ASCII text without a line break is consumed
        // eight bytes at a time: the bulk of English text.
        if let Some(last) = chunks.last_mut()
            && last.family == Script::Latin
            && last.block == block
        {
            i = ascii_stretch(bytes, i, last, &mut glued, &mut line_has_content);
            if i >= bytes.len() {
                break;
            }
        }
        // ASCII letters continuing a Latin chunk, consumed in a tight loop.
        if bytes[i].is_ascii_alphabetic() {
            if let Some(last) = chunks.last_mut() {
                if last.family == Script::Latin && last.block == block {
                    let run = bytes[i..]
                        .iter()
                        .take_while(|b| b.is_ascii_alphabetic())
                        .count();
                    last.tokens += u32::from(!glued);
                    last.counts[0] += run as u32;
                    i += run;
                    last.end = i;
                    glued = true;
                    line_has_content = true;
                    continue;
                }
            }
        }
        // ASCII neutrals (spaces, digits, punctuation): no decoding.
        if bytes[i] < 0x80 && !bytes[i].is_ascii_alphabetic() {
            let b = bytes[i];
            if b == b'\n' {
                if !line_has_content {
                    block += 1;
                }
                line_has_content = false;
            } else if !b.is_ascii_whitespace() {
                line_has_content = true;
            }
            glued = b.is_ascii_digit() || matches!(b, b'-' | b'\'' | b'.' | b'/' | b'_' | b'&');
            i += 1;
            continue;
        }
        let c = match text[i..].chars().next() {
            Some(c) => c,
            None => break,
        };
        let here = i;
        i += c.len_utf8();
        let script = classify(c);
        if script == Script::Common {
            if c == '\n' {
                if !line_has_content {
                    block += 1;
                }
                line_has_content = false;
            } else if !c.is_whitespace() {
                line_has_content = true;
            }
            glued = c.is_ascii_digit() || matches!(c, '-' | '\'' | '’' | '.' | '/' | '_' | '&');
            continue;
        }
        line_has_content = true;
        let fam = family(script);
        let new_token = u32::from(!glued);
        glued = true;
        if let Some(last) = chunks.last_mut() {
            if last.family == fam && last.block == block {
                last.end = i;
                last.counts[slot(script)] += 1;
                last.tokens += new_token;
                continue;
            }
        }
        let mut counts = [0; SLOTS];
        counts[slot(script)] = 1;
        chunks.push(Chunk {
            start: here,
            end: i,
            family: fam,
            block,
            counts,
            tokens: 1,
            lang: None,
            confidence: 0.0,
        });
    }
    chunks
}

/// Consumes, from `i`, ASCII text without a `\n` into the Latin chunk
/// `last`, eight bytes at a time, as the byte loop of [`scan`] would:
/// letters are counted, the chunk ends after the last letter, and any byte
/// that is not ASCII whitespace gives the line content. It stops before a
/// line break (which may end a block) or a non-ASCII byte, left to the byte
/// loop, and returns where it stopped.
///
/// Tokens (a letter after a byte that is neither a letter nor a joiner:
/// digit, `-'./_&`) are counted, and `glued` kept, only while the chunk has
/// at most [`TOKEN_LIMIT`] tokens: the token count is only ever compared
/// with numbers up to that limit, and chunks only grow, so past it the
/// count and `glued` (which only decides whether the next letter of this
/// same chunk starts a token) no longer change any result.
///
/// The classes are computed on the low seven bits of each byte (ASCII, so
/// the masks are exact) and kept only for the bytes before the first stop.
fn ascii_stretch(
    bytes: &[u8],
    mut i: usize,
    last: &mut Chunk,
    glued: &mut bool,
    line_has_content: &mut bool,
) -> usize {
    use crate::text::ascii::{self, HIGH, first_equal};
    let mut stretch = Stretch {
        letters: 0,
        tokens: last.tokens,
        glued: *glued,
        content: *line_has_content,
        last_letters: None,
    };
    while let Some(w) = ascii::load(bytes, i) {
        // The first stop is exact: a non-ASCII byte or the first `\n`.
        let stops = (w & HIGH) | first_equal(w, b'\n');
        if stops == 0 {
            stretch.take(w, HIGH, 8, i);
            i += 8;
            continue;
        }
        // The bytes before the first stop, then the byte loop.
        let n = ascii::first(stops);
        if n > 0 {
            stretch.take(w & !HIGH, HIGH & ((1u64 << (8 * n)) - 1), n, i);
            i += n;
        }
        break;
    }
    last.counts[0] += stretch.letters;
    last.tokens = stretch.tokens;
    if let Some((at, letters)) = stretch.last_letters {
        last.end = at + ascii::last(letters) + 1;
    }
    *glued = stretch.glued;
    *line_has_content = stretch.content;
    i
}

/// What [`ascii_stretch`] has counted so far.
struct Stretch {
    letters: u32,
    tokens: u32,
    glued: bool,
    content: bool,
    /// The start and letter mask of the last word that had a letter.
    last_letters: Option<(usize, u64)>,
}

impl Stretch {
    /// Takes the `taken` bytes of the ASCII word `low` (read at `at`) that
    /// `keep` marks (the first `taken`).
    #[inline]
    fn take(&mut self, low: u64, keep: u64, taken: usize, at: usize) {
        use crate::text::ascii::{self, equal, in_range};
        let letters = ascii::letters(low) & keep;
        if letters != 0 {
            self.letters += ascii::count(letters);
            self.last_letters = Some((at, letters));
            self.content = true;
        } else if !self.content {
            let space = equal(low, b' ') | equal(low, b'\t') | in_range(low, 0x0C, 0x0D);
            self.content = space & keep != keep;
        }
        if self.tokens <= TOKEN_LIMIT {
            let joiners =
                (in_range(low, b'&', b'\'') | in_range(low, b'-', b'9') | equal(low, b'_')) & keep
                    | letters;
            let before = (joiners << 8) | if self.glued { 0x80 } else { 0 };
            self.tokens += ascii::count(letters & !before);
            self.glued = joiners & (0x80 << (8 * (taken - 1))) != 0;
        }
    }
}

fn has_whitespace(gap: &str) -> bool {
    gap.chars().any(char::is_whitespace)
}

/// Step 2a: one or two letters glued to a word of another script join it.
fn glue_tiny(text: &str, chunks: Vec<Chunk>) -> Vec<Chunk> {
    let mut out: Vec<Chunk> = Vec::with_capacity(chunks.len());
    for mut c in chunks {
        while let Some(last) = out.last_mut() {
            if last.block != c.block {
                break;
            }
            if last.family == c.family {
                last.absorb(&c);
                c = out.pop().expect("just looked at it");
                continue;
            }
            if has_whitespace(&text[last.end..c.start]) {
                break;
            }
            if !is_cjk(c.family) && c.letters() <= MAX_GLUED_LETTERS {
                // Glued letters add no token: they are part of a word.
                let tokens = last.tokens;
                last.absorb(&c);
                last.tokens = tokens;
                c = out.pop().expect("just looked at it");
                continue;
            }
            if !is_cjk(last.family) && last.letters() <= MAX_GLUED_LETTERS {
                let small = out.pop().expect("just looked at it");
                let tokens = c.tokens;
                c.absorb(&small);
                c.tokens = tokens;
                continue;
            }
            break;
        }
        out.push(c);
    }
    out
}

fn is_latin_island(chunk: &Chunk, max_tokens: u32) -> bool {
    chunk.family == Script::Latin && chunk.tokens <= max_tokens
}

fn is_host(chunk: &Chunk) -> bool {
    chunk.family != Script::Latin
}

/// Step 2b: short Latin stretches inside (or at the edge of) a non-Latin
/// block join the run around them.
fn absorb_latin_islands(chunks: Vec<Chunk>) -> Vec<Chunk> {
    let mut out: Vec<Chunk> = Vec::with_capacity(chunks.len());
    for c in chunks {
        close_block_edge(&mut out, Some(c.block));
        let n = out.len();
        // Host, island, host.
        if n >= 2 {
            let (island, host) = (&out[n - 1], &out[n - 2]);
            if is_latin_island(island, MAX_INNER_LATIN_TOKENS)
                && is_host(host)
                && host.family == c.family
                && host.block == c.block
                && island.block == c.block
            {
                let island = out.pop().expect("n >= 2");
                let host = out.last_mut().expect("n >= 2");
                host.absorb(&island);
                host.absorb(&c);
                continue;
            }
        }
        // Island first in its block, then the host.
        if let Some(island) = out.last() {
            let first_in_block = n < 2 || out[n - 2].block != island.block;
            if first_in_block
                && island.block == c.block
                && is_latin_island(island, MAX_EDGE_LATIN_TOKENS)
                && is_host(&c)
            {
                let island = out.pop().expect("n >= 1");
                let mut c = c;
                c.absorb(&island);
                out.push(c);
                continue;
            }
        }
        out.push(c);
    }
    close_block_edge(&mut out, None);
    out
}

/// The island-last-in-block case of step 2b, checked when a block ends.
fn close_block_edge(out: &mut Vec<Chunk>, next_block: Option<u32>) {
    let n = out.len();
    if n < 2 || next_block == Some(out[n - 1].block) {
        return;
    }
    let (island, host) = (&out[n - 1], &out[n - 2]);
    if is_latin_island(island, MAX_EDGE_LATIN_TOKENS) && is_host(host) && host.block == island.block
    {
        let island = out.pop().expect("n >= 2");
        out.last_mut().expect("n >= 2").absorb(&island);
    }
}

/// Step 3: a language for every chunk.
fn assign_languages(text: &str, chunks: &mut [Chunk]) {
    // Detect what can be detected; remember the bytes per (script, language).
    let mut votes: Vec<(Script, Lang, usize)> = Vec::new();
    let mut doc_kana = 0u32;
    let mut doc_cjk = 0u32;
    for chunk in chunks.iter_mut() {
        let verdict = if is_cjk(chunk.family) {
            doc_kana += chunk.kana();
            doc_cjk += chunk.count(Script::Mandarin) + chunk.kana() + chunk.count(Script::Hangul);
            cjk_verdict(chunk)
        } else if detect::is_open(chunk.family) {
            detect::detect(&text[chunk.start..chunk.end], chunk.family)
        } else {
            Verdict {
                lang: detect::default_lang(chunk.family),
                confidence: if chunk.letters() >= 4 { 0.95 } else { 0.8 },
            }
        };
        chunk.lang = verdict.lang;
        chunk.confidence = verdict.confidence;
        if let Some(lang) = verdict.lang {
            if detect::is_open(chunk.family) {
                let bytes = chunk.end - chunk.start;
                match votes
                    .iter_mut()
                    .find(|(s, l, _)| *s == chunk.family && *l == lang)
                {
                    Some(vote) => vote.2 += bytes,
                    None => votes.push((chunk.family, lang, bytes)),
                }
            }
        }
    }
    let dominant = |script: Script| {
        votes
            .iter()
            .filter(|(s, _, _)| *s == script)
            .max_by_key(|(_, _, bytes)| *bytes)
            .map(|&(_, lang, _)| lang)
            .or_else(|| detect::default_lang(script))
    };
    let japanese_document = doc_kana > 0 && doc_kana * KANA_SHARE_DIVISOR >= doc_cjk;
    let mut i = 0;
    while i < chunks.len() {
        // One block at a time, for the kana test of Han-only chunks.
        let block = chunks[i].block;
        let end = i + chunks[i..].iter().take_while(|c| c.block == block).count();
        let block_has_kana = chunks[i..end].iter().any(|c| c.kana() > 0);
        for chunk in &mut chunks[i..end] {
            if chunk.lang.is_none() && detect::is_open(chunk.family) {
                chunk.lang = dominant(chunk.family);
                chunk.confidence = 0.5;
            } else if chunk.lang == Some(Lang::CHINESE)
                && chunk.kana() == 0
                && (block_has_kana || japanese_document)
            {
                chunk.lang = Some(Lang::JAPANESE);
                chunk.confidence = 0.7;
            }
        }
        i = end;
    }
}

/// The language of a CJK chunk from its scripts alone.
fn cjk_verdict(chunk: &Chunk) -> Verdict {
    let (han, kana, hangul) = (
        chunk.count(Script::Mandarin),
        chunk.kana(),
        chunk.count(Script::Hangul),
    );
    let sure = if han + kana + hangul >= 4 { 0.99 } else { 0.85 };
    let lang = if kana > 0 && kana >= hangul {
        Lang::JAPANESE
    } else if hangul > 0 && hangul * 4 >= han {
        Lang::KOREAN
    } else {
        Lang::CHINESE
    };
    let confidence = if lang == Lang::CHINESE {
        sure - 0.04
    } else {
        sure
    };
    Verdict {
        lang: Some(lang),
        confidence,
    }
}

/// Where the neutral gap `text[a..b]` between two runs is cut: after its
/// last whitespace; without whitespace, after the closing punctuation that
/// ends the first run.
fn split_gap(text: &str, a: usize, b: usize) -> usize {
    let gap = &text[a..b];
    if let Some((i, c)) = gap.char_indices().rev().find(|(_, c)| c.is_whitespace()) {
        return a + i + c.len_utf8();
    }
    let mut split = a;
    for (i, c) in gap.char_indices() {
        if !script::is_closing(c) {
            break;
        }
        split = a + i + c.len_utf8();
    }
    split
}

/// Step 4: runs from chunks of one language, gaps cut between them.
fn build_runs(text: &str, chunks: &[Chunk]) -> Vec<LanguageSpan> {
    if chunks.is_empty() {
        return vec![LanguageSpan {
            span: Span::new(0, text.len()),
            lang: None,
            script: Script::Common,
            confidence: 0.0,
        }];
    }
    let mut runs = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < chunks.len() {
        let lang = chunks[i].lang;
        let mut counts = [0u32; SLOTS];
        let mut other = Script::Other;
        let (mut weighted, mut bytes) = (0.0, 0usize);
        let mut j = i;
        while j < chunks.len() && chunks[j].lang == lang {
            let chunk = &chunks[j];
            for (a, b) in counts.iter_mut().zip(chunk.counts) {
                *a += b;
            }
            if chunk.counts[OTHER] > 0 && other == Script::Other {
                other = chunk.family;
            }
            let len = chunk.end - chunk.start;
            weighted += chunk.confidence * len as f64;
            bytes += len;
            j += 1;
        }
        let end = if j < chunks.len() {
            split_gap(text, chunks[j - 1].end, chunks[j].start)
        } else {
            text.len()
        };
        runs.push(LanguageSpan {
            span: Span::new(start, end),
            lang,
            script: Chunk::dominant_script(&counts, other),
            confidence: if bytes == 0 {
                0.0
            } else {
                (weighted / bytes as f64).clamp(0.0, 1.0)
            },
        });
        start = end;
        i = j;
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The chunks of `text`: their text, family, block, letters and
    /// tokens (counts past [`TOKEN_LIMIT`], which no rule tells apart,
    /// shown as one more).
    fn chunks(text: &str) -> Vec<String> {
        scan(text)
            .iter()
            .map(|c| {
                let tokens = c.tokens.min(TOKEN_LIMIT + 1);
                let letters = c.letters();
                let (family, block) = (c.family, c.block);
                format!(
                    "{}|{family:?}|{block}|{letters}|{tokens}",
                    &text[c.start..c.end]
                )
            })
            .collect()
    }

    fn check(cases: &[(&str, &[&str])]) {
        for &(text, want) in cases {
            assert_eq!(chunks(text), want, "{text:?}");
        }
    }

    #[test]
    fn a_chunk_runs_from_its_first_letter_to_its_last() {
        check(&[
            (
                "Hello world, this is a long English sentence with 2021 digits and co-operation.",
                &[
                    "Hello world, this is a long English sentence with 2021 digits and co-operation|Latin|0|60|5",
                ],
            ),
            ("word   123 ...", &["word|Latin|0|4|1"]),
            ("café au lait", &["café au lait|Latin|0|10|3"]),
            (
                "naïve approaches today",
                &["naïve approaches today|Latin|0|20|3"],
            ),
        ]);
    }

    #[test]
    fn blank_lines_end_blocks() {
        check(&[
            (
                "One two\nthree\n\nfour five",
                &["One two\nthree|Latin|0|11|3", "four five|Latin|1|8|2"],
            ),
            ("x\ny\n\nz", &["x\ny|Latin|0|2|2", "z|Latin|1|1|1"]),
            ("\n\n\nword", &["word|Latin|3|4|1"]),
            // Spaces, tabs, form feeds and carriage returns leave a line
            // blank; a vertical tab does not.
            (
                "alpha beta gamma\n \t\x0c\r\ndelta",
                &["alpha beta gamma|Latin|0|14|3", "delta|Latin|1|5|1"],
            ),
            ("alpha\n\x0b\nbeta", &["alpha\n\x0b\nbeta|Latin|0|9|2"]),
        ]);
    }

    #[test]
    fn digits_and_joiners_glue_letters_into_one_token() {
        check(&[
            ("a-b c_d x9y", &["a-b c_d x9y|Latin|0|6|3"]),
            ("abcdefg-hijklmn opq", &["abcdefg-hijklmn opq|Latin|0|17|2"]),
            ("a.b a/b a&b it’s", &["a.b a/b a&b it’s|Latin|0|9|4"]),
        ]);
    }

    #[test]
    fn scripts_change_chunks() {
        check(&[
            (
                "中国 said 你好",
                &[
                    "中国|Mandarin|0|2|1",
                    "said|Latin|0|4|1",
                    "你好|Mandarin|0|2|1",
                ],
            ),
            (
                "Мы said Россия",
                &[
                    "Мы|Cyrillic|0|2|1",
                    "said|Latin|0|4|1",
                    "Россия|Cyrillic|0|6|1",
                ],
            ),
            ("日本のnews", &["日本の|Mandarin|0|3|1", "news|Latin|0|4|1"]),
        ]);
    }
}
