//! Sentence boundaries.
//!
//! UAX #29 sentence rules (unicode-segmentation's `split_sentence_bounds`)
//! run at about 30 MB/s and still need the repairs real statements want
//! (abbreviations, initials, lists, ellipses, lowercase continuations,
//! Chinese punctuation with no space after it). So the splitter scans the
//! bytes for terminators itself, which costs almost nothing per byte, and
//! decides each candidate with a small grammar:
//!
//! - `!`, `?`, `…` and runs of them end a sentence before whitespace and a
//!   word that is not lowercase (`"Really?" he asked` goes on), and before an
//!   ideograph (`真的?他说`).
//! - A single `.` ends a sentence unless the word before it says otherwise:
//!   titles never end one ("Mr. Wang"); other abbreviations, dotted
//!   initialisms and single initials end one only before a closed-class
//!   word that starts sentences or a state's name ("the U.S. The", "the
//!   U.S. China", but "the U.S. Navy"); a
//!   clock time ("6 p.m.") ends one unless it opens the sentence ("At 5 a.m.
//!   Mr. Li left") or a time zone follows; "No.", "Art.", "p." do not before
//!   a number. The [`lexicon`] holds these words.
//! - With no space after the dot, a sentence ends only where a lowercase
//!   word or a number is glued to a capitalised word ("the UN.The
//!   minister"), never inside numbers, domains, e-mail addresses or
//!   initialisms.
//! - Ellipses: three dots, spaced or not, mark an omission inside a
//!   sentence, and `[...]` always does; a spaced four-dot ellipsis ends the
//!   sentence after its period (". . . ." after a space ends it after the
//!   dots; "word. . . . Next" ends it after "word.", the omission opening the
//!   next sentence). `...` and `....` before a capitalised word end one.
//! - Lists written on one line ("1. First item 2. Second item", "a) ... b)
//!   ...", "• ... • ...") are cut before each next marker, and a marker's
//!   dot ends nothing.
//! - `。`, `！`, `？` end a sentence whatever follows, with the closing quotes
//!   after them, but not inside a title in `《》` or `〈〉`.
//!
//! Every test looks at a bounded window around the candidate, so the time is
//! linear in the paragraph however long it is.

mod lexicon;

use lexicon::Abbreviation;

use crate::Span;

/// How many bytes after a candidate (and before it, for the word it ends)
/// the rules look at. A word longer than this is no abbreviation and starts
/// no sentence the rules need to recognise.
const WINDOW: usize = 64;

/// Pushes onto `out` the sentences of the paragraph at `span` of `text`,
/// each trimmed of surrounding whitespace, in order. A paragraph always ends
/// a sentence; line breaks inside it do not.
pub(crate) fn split_sentences(text: &str, span: Span, out: &mut Vec<Span>) {
    let Some(mut marker) = list_marker(text, span.start, span.end) else {
        split_run(text, span.start, span.start, span.end, out);
        return;
    };
    // A list written on one line: each item from its marker to the next.
    let mut item = span.start;
    loop {
        let next = next_marker(text, &marker, item + marker.len, span.end);
        if next.is_none() && item == span.start && marker.needs_successor() {
            // "A. Smith said": a letter is a list marker only when the next
            // letter follows as one.
            split_run(text, span.start, span.start, span.end, out);
            return;
        }
        let item_end = next.as_ref().map_or(span.end, |&(at, _)| at);
        split_run(text, item, item + marker.len, item_end, out);
        match next {
            Some((at, m)) => {
                item = at;
                marker = m;
            }
            None => return,
        }
    }
}

/// Splits `text[start..end]` into sentences, looking for terminators from
/// `from` on (after a list marker).
fn split_run(text: &str, mut start: usize, from: usize, end: usize, out: &mut Vec<Span>) {
    let bytes = text.as_bytes();
    let mut i = from;
    while i < end {
        // Jump to the next byte that may start a terminator.
        match next_terminator_byte(&bytes[..end], i) {
            Some(at) => i = at,
            None => break,
        }
        let step = match bytes[i] {
            b'.' | b'!' | b'?' => latin(text, start, i, end),
            0xE2 if bytes[i..end].starts_with("…".as_bytes()) => latin(text, start, i, end),
            0xE3 | 0xEF => match cjk_terminator(&bytes[i..end]) {
                Some(len) => cjk(text, start, i, i + len, end),
                None => Step::next(i + 1),
            },
            _ => Step::next(i + 1),
        };
        if let Some(cut) = step.cut {
            push_trimmed(text, start, cut, out);
            start = cut;
        }
        i = step.resume.max(i + 1);
    }
    push_trimmed(text, start, end, out);
}

/// What to do at a candidate: where the sentence ends, if it does, and
/// where to look for the next candidate.
struct Step {
    cut: Option<usize>,
    resume: usize,
}

impl Step {
    /// No boundary; go on at `resume`.
    fn next(resume: usize) -> Step {
        Step { cut: None, resume }
    }

    /// A boundary at `at`; go on from there.
    fn cut(at: usize) -> Step {
        Step {
            cut: Some(at),
            resume: at,
        }
    }

    /// A boundary at `at` when `ends` holds; in any case go on at `at`.
    fn cut_if(ends: bool, at: usize) -> Step {
        Step {
            cut: ends.then_some(at),
            resume: at,
        }
    }
}

/// Whether `b` may start a terminator: `.`, `!`, `?`, or the first byte of
/// `…` (0xE2), of `。` (0xE3), or of a full-width form (0xEF).
fn may_start_terminator(b: u8) -> bool {
    matches!(b, b'.' | b'!' | b'?' | 0xE2 | 0xE3 | 0xEF)
}

/// The first byte at or after `from` in `bytes` for which
/// [`may_start_terminator`] holds, tested sixteen bytes at a time by the
/// zero-byte test (the first byte of each mask is exact). The lead bytes
/// 0xE2, 0xE3, 0xEF are only looked for in words with a non-ASCII byte.
fn next_terminator_byte(bytes: &[u8], from: usize) -> Option<usize> {
    use crate::text::ascii::{self, HIGH, first_equal};
    let mask = |w: u64| {
        let ascii = first_equal(w, b'.') | first_equal(w, b'!') | first_equal(w, b'?');
        if w & HIGH == 0 {
            ascii
        } else {
            ascii | first_equal(w, 0xE2) | first_equal(w, 0xE3) | first_equal(w, 0xEF)
        }
    };
    ascii::find(bytes, from, mask, may_start_terminator)
}

/// A run of Latin terminators: where it ends, how many dots it has (`…`
/// counts three), and whether it has a `!` or `?`.
struct Run {
    end: usize,
    dots: usize,
    marks: bool,
}

fn latin_run(bytes: &[u8], mut i: usize, end: usize) -> Run {
    let mut run = Run {
        end: i,
        dots: 0,
        marks: false,
    };
    while i < end {
        match bytes[i] {
            b'.' => run.dots += 1,
            b'!' | b'?' => run.marks = true,
            0xE2 if bytes[i..end].starts_with("…".as_bytes()) => {
                run.dots += 3;
                i += 3;
                continue;
            }
            _ => break,
        }
        i += 1;
    }
    run.end = i;
    run
}

/// After a dot at `from - 1`, the end of a spaced ellipsis (" . ." after
/// the dot) and how many more dots it has.
fn spaced_dots(bytes: &[u8], mut i: usize, end: usize) -> (usize, usize) {
    let mut more = 0;
    while i + 1 < end && bytes[i] == b' ' && bytes[i + 1] == b'.' {
        i += 2;
        more += 1;
    }
    (i, more)
}

/// Decides a `.`, `!`, `?` or `…` at `at`.
fn latin(text: &str, start: usize, at: usize, end: usize) -> Step {
    let bytes = text.as_bytes();
    let run = latin_run(bytes, at, end);
    let single_dot = run.dots == 1 && !run.marks;
    if single_dot {
        let (spaced_end, more) = spaced_dots(bytes, run.end, end);
        if more >= 2 {
            return spaced_ellipsis(text, start, at, spaced_end, more + 1, end);
        }
    }
    // "[...]": an omission marked inside a quotation.
    if at > 0 && bytes[at - 1] == b'[' && bytes.get(run.end) == Some(&b']') {
        return Step::next(run.end);
    }
    let after = skip_closers(text, run.end, end);
    let followed_by_space = text[after..end]
        .chars()
        .next()
        .is_none_or(char::is_whitespace);
    if !followed_by_space {
        // "真的?他说": Chinese text needs no space after a mark.
        if run.marks
            && text[after..end]
                .chars()
                .next()
                .is_some_and(super::is_ideograph)
        {
            return Step::cut(after);
        }
        // "the UN.The minister": a sentence glued to the next.
        let glued = single_dot && after == run.end && glued_sentence(text, start, at, end);
        return Step::cut_if(glued, after);
    }
    let next = next_word(text, after, end);
    // A lowercase continuation never starts a sentence: `"Really?" he asked`,
    // `e.g. the`, `the U.S. side`, `Yahoo! in`.
    if next.chars().next().is_some_and(char::is_lowercase) {
        return Step::next(after);
    }
    // A closing quote after the dot ends the sentence whatever the word, and
    // so do `!`, `?` and ellipses.
    if !single_dot || next.is_empty() || after > run.end {
        return Step::cut(after);
    }
    Step::cut_if(dot_ends_sentence(text, start, at, end, next), after)
}

/// A spaced ellipsis of `dots` dots from `at` to `run_end`. Three dots mark
/// an omission inside a sentence. Four are a period and an omission: after
/// a word ("compounds. . . . The"), the period ends the sentence and the
/// omission opens the next one when a new sentence follows; after a space
/// ("period . . . . Next"), the sentence ends after the dots.
fn spaced_ellipsis(
    text: &str,
    start: usize,
    at: usize,
    run_end: usize,
    dots: usize,
    end: usize,
) -> Step {
    if dots < 4 {
        return Step::next(run_end);
    }
    let after = skip_closers(text, run_end, end);
    let next = next_word(text, after, end);
    let new_sentence = next.chars().next().is_some_and(char::is_uppercase);
    let attached = at > start && !text.as_bytes()[at - 1].is_ascii_whitespace();
    if attached {
        if new_sentence {
            return Step {
                cut: Some(at + 1),
                resume: run_end,
            };
        }
        return Step::next(run_end);
    }
    Step::cut_if(new_sentence, after)
}

/// Whether the single dot at `at`, followed by whitespace and `next` (not
/// lowercase), ends the sentence: it does unless the word before it is an
/// abbreviation, initials or a clock time that `next` continues.
fn dot_ends_sentence(text: &str, start: usize, at: usize, end: usize, next: &str) -> bool {
    let lo = super::boundary::floor(text, at.saturating_sub(WINDOW).max(start));
    let word = word_before(&text[lo..at]);
    let starts_with_number = next.starts_with(|c: char| c.is_ascii_digit()) || is_roman(next);
    if word.is_empty() {
        // "N°. 1026": the numero sign.
        let before = text[lo..at].trim_end_matches(['°', 'º']);
        let numero = before.len() < at - lo && before.ends_with(['N', 'n']);
        return !(numero && starts_with_number);
    }
    if word.contains('.') {
        let initials = word.split('.').all(|p| p.chars().count() == 1);
        if !initials {
            return true; // "1026.253.553.", "example.com."
        }
        if word.eq_ignore_ascii_case("a.m") || word.eq_ignore_ascii_case("p.m") {
            return clock_time_ends(text, start, at, end, next);
        }
        return lexicon::is_starter(next);
    }
    // A single capital is an initial ("J. Smith", "Albert I. Jones") or a
    // pronoun or numeral ending a sentence ("you and I. Did you").
    let initial = word.len() == 1 && word.chars().all(|c| c.is_ascii_uppercase());
    if initial {
        return lexicon::is_starter(next);
    }
    match lexicon::kind_of(word) {
        Some(Abbreviation::Title) => false,
        Some(Abbreviation::General) => lexicon::is_starter(next),
        Some(Abbreviation::Number) => !starts_with_number,
        None => true,
    }
}

/// Whether a clock time ("6 p.m.") ends the sentence before `next` (not
/// lowercase): not before a time zone ("3 p.m. GMT", "9 a.m. Beijing
/// time"), always before a sentence starter, and before another capitalised
/// word unless the time opens the sentence ("At 5 a.m. Mr. Li left").
fn clock_time_ends(text: &str, start: usize, at: usize, end: usize, next: &str) -> bool {
    if lexicon::is_time_zone(next) {
        return false;
    }
    // `next` is a slice of `text`: its end is a char boundary of `text`.
    let next_end = next.as_ptr() as usize - text.as_ptr() as usize + next.len();
    let second = next_word(text, next_end, end);
    if second.eq_ignore_ascii_case("time") {
        return false;
    }
    if lexicon::is_starter(next) {
        return true;
    }
    // A fronted time adverbial: a preposition and at most three more words.
    let head = &text[start..at];
    if head.len() > WINDOW {
        return true;
    }
    let mut words = head.split_whitespace();
    let opens = words.next().is_some_and(lexicon::is_time_preposition);
    !(opens && words.count() <= 3)
}

/// Whether `word` is a Roman numeral of two or more letters ("II", "XIV").
fn is_roman(word: &str) -> bool {
    word.len() >= 2 && word.len() <= 6 && word.bytes().all(|b| b"IVXLC".contains(&b))
}

/// Whether the dot at `at`, glued to the next word, ends a sentence: the
/// word before is a word of two letters or more (no abbreviation), or
/// digits, and not part of an address; the word after is a capitalised word
/// standing alone ("the UN.The minister", "1,000.That is", "Tuesday.Mr.
/// Li").
fn glued_sentence(text: &str, start: usize, at: usize, end: usize) -> bool {
    let bytes = text.as_bytes();
    let lo = super::boundary::floor(text, at.saturating_sub(WINDOW).max(start));
    let word = word_before(&text[lo..at]);
    let digits = !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit());
    let wordlike = word.len() >= 2
        && (word.bytes().all(|b| b.is_ascii_alphabetic())
            || word.as_bytes()[word.len() - 1].is_ascii_lowercase());
    if !(digits || wordlike) || word.contains('.') || lexicon::kind_of(word).is_some() {
        return false;
    }
    let word_start = at - word.len();
    if word_start > lo || (word_start == lo && lo > start) {
        let before = bytes[word_start - 1];
        let address = matches!(before, b'/' | b'@' | b':' | b'_' | b'-' | b'\\' | b'#');
        if address || (before == b',' && !digits) {
            return false;
        }
    }
    // The next word: a capital and lowercase letters.
    let rest = &bytes[at + 1..end.min(at + 1 + WINDOW)];
    if !rest.first().is_some_and(u8::is_ascii_uppercase) {
        return false;
    }
    let len = 1 + rest[1..]
        .iter()
        .take_while(|b| b.is_ascii_lowercase())
        .count();
    if len < 2 || len == rest.len() && end > at + 1 + WINDOW {
        return false;
    }
    match rest.get(len) {
        None => true,
        Some(b) if b.is_ascii_whitespace() => true,
        Some(b',' | b';' | b':' | b'!' | b'?' | b'\'' | b'"') => true,
        // "Tuesday.Mr. Smith", "said.Today." but not "Jane.Doe.org".
        Some(b'.') => {
            let next = std::str::from_utf8(&rest[..len]).unwrap_or("");
            lexicon::kind_of(next) == Some(Abbreviation::Title)
                || rest.get(len + 1).is_none_or(u8::is_ascii_whitespace)
        }
        Some(_) => false,
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Delimiter {
    /// "1. item"
    Dot,
    /// "1.) item"
    DotParen,
    /// "1) item"
    Paren,
    /// "(1) item"
    Parens,
}

/// A list marker at the start of an item: a bullet, an enumerator ("1.",
/// "b)", "10.)"), or a bullet and an enumerator ("• 9.").
struct Marker {
    /// Its length in bytes, the space after it included.
    len: usize,
    bullet: Option<char>,
    /// The enumerator's value (a number, or a letter's byte) and delimiter.
    enumerator: Option<(u32, bool, Delimiter)>,
}

impl Marker {
    /// Whether this marker opens a list only when the next one is found: a
    /// letter with no bullet, which may be an initial ("A. Smith").
    fn needs_successor(&self) -> bool {
        self.bullet.is_none() && matches!(self.enumerator, Some((_, true, _)))
    }
}

/// Bullets that mark list items written on one line. ASCII `-` and `*` and
/// dashes are left out: inside a sentence they are punctuation.
pub(super) const BULLETS: [char; 10] = ['•', '⁃', '‣', '◦', '▪', '●', '■', '◆', '►', '➢'];

/// The list marker at `at`, if `text[at..end]` starts with one.
fn list_marker(text: &str, at: usize, end: usize) -> Option<Marker> {
    let hi = super::boundary::floor(text, end.min(at + 16));
    let head = &text[at..hi];
    let mut i = 0;
    let bullet = head.chars().next().filter(|c| BULLETS.contains(c));
    if let Some(b) = bullet {
        i += b.len_utf8();
        i += head[i..].len() - head[i..].trim_start_matches([' ', '\t']).len();
    }
    let bytes = head.as_bytes();
    let open = bytes.get(i) == Some(&b'(');
    let lead = i;
    i += usize::from(open);
    let digits = bytes[i..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count()
        .min(4);
    let (value, letter, width) = if (1..=3).contains(&digits) {
        let n = head[i..i + digits].parse().unwrap_or(0);
        (n, false, digits)
    } else if digits == 0 && bytes.get(i).is_some_and(u8::is_ascii_alphabetic) {
        (u32::from(bytes[i]), true, 1)
    } else {
        (0, false, 0)
    };
    let mut enumerator = None;
    if width > 0 {
        let rest = &bytes[i + width..];
        let delimiter = if open {
            rest.starts_with(b")").then_some((Delimiter::Parens, 1))
        } else if rest.starts_with(b".)") {
            Some((Delimiter::DotParen, 2))
        } else if rest.starts_with(b".") {
            Some((Delimiter::Dot, 1))
        } else if rest.starts_with(b")") {
            Some((Delimiter::Paren, 1))
        } else {
            None
        };
        if let Some((d, n)) = delimiter
            && rest.get(n).is_some_and(u8::is_ascii_whitespace)
        {
            enumerator = Some((value, letter, d));
            i += width + n;
        }
    }
    if enumerator.is_none() {
        // A bullet alone must be followed by a space.
        if bullet.is_none_or(|b| lead <= b.len_utf8()) {
            return None;
        }
        i = lead;
    }
    Some(Marker {
        len: i,
        bullet,
        enumerator,
    })
}

/// The next item's marker after `from` and before `end`, and where it
/// starts: the same bullet, or else the next enumerator with the same
/// delimiter, after whitespace.
fn next_marker(text: &str, marker: &Marker, from: usize, end: usize) -> Option<(usize, Marker)> {
    let bytes = text.as_bytes();
    let mut buf = [0u8; 8];
    let needle: &str = if let Some(b) = marker.bullet {
        b.encode_utf8(&mut buf)
    } else {
        let (value, letter, delimiter) = marker.enumerator?;
        let mut n = 0;
        if delimiter == Delimiter::Parens {
            buf[0] = b'(';
            n = 1;
        }
        if letter {
            let next = u8::try_from(value + 1).ok()?;
            if !next.is_ascii_alphabetic() {
                return None;
            }
            buf[n] = next;
            n += 1;
        } else {
            let s = (value + 1).to_string();
            if s.len() > 4 {
                return None;
            }
            buf[n..n + s.len()].copy_from_slice(s.as_bytes());
            n += s.len();
        }
        let d: &[u8] = match delimiter {
            Delimiter::Dot => b".",
            Delimiter::DotParen => b".)",
            Delimiter::Paren | Delimiter::Parens => b")",
        };
        buf[n..n + d.len()].copy_from_slice(d);
        std::str::from_utf8(&buf[..n + d.len()]).ok()?
    };
    let mut i = from;
    while let Some(found) = text[i..end].find(needle) {
        let at = i + found;
        i = at + needle.len();
        if at == 0 || !bytes[at - 1].is_ascii_whitespace() {
            continue;
        }
        if let Some(m) = list_marker(text, at, end)
            && m.bullet == marker.bullet
            && (marker.bullet.is_some()
                || m.enumerator.map(|(_, l, d)| (l, d))
                    == marker.enumerator.map(|(_, l, d)| (l, d)))
        {
            return Some((at, m));
        }
    }
    None
}

/// Length of the full-width terminator at the start of `b`, if any.
fn cjk_terminator(b: &[u8]) -> Option<usize> {
    const TERMINATORS: [&str; 5] = ["。", "！", "？", "｡", "．"];
    TERMINATORS
        .iter()
        .find(|t| b.starts_with(t.as_bytes()))
        .map(|t| t.len())
}

fn cjk_run(bytes: &[u8], mut i: usize, end: usize) -> usize {
    loop {
        if let Some(len) = cjk_terminator(&bytes[i..end]) {
            i += len;
        } else if i < end && matches!(bytes[i], b'!' | b'?') {
            i += 1;
        } else {
            return i;
        }
    }
}

/// Decides a full-width terminator from `at` to `len_end`: a boundary after
/// it and the closing quotes that follow, unless it is inside a title in
/// `《》` or `〈〉` ("《摔跤吧！爸爸》").
fn cjk(text: &str, start: usize, at: usize, len_end: usize, end: usize) -> Step {
    let run_end = cjk_run(text.as_bytes(), len_end, end);
    let lo = super::boundary::floor(text, at.saturating_sub(WINDOW).max(start));
    let hi = super::boundary::floor(text, end.min(run_end + WINDOW));
    let before = &text[lo..at];
    let opened = before.rfind(['《', '〈']);
    let closed = before.rfind(['》', '〉']);
    if opened > closed {
        let ahead = &text[run_end..hi];
        let close = ahead.find(['》', '〉']);
        if close.is_some()
            && (ahead.find(['《', '〈']) > close || ahead.find(['《', '〈']).is_none())
        {
            return Step::next(run_end);
        }
    }
    Step::cut(skip_closers(text, run_end, end))
}

/// Skips closing quotes and brackets after a terminator (`said." Then`).
fn skip_closers(text: &str, mut i: usize, end: usize) -> usize {
    for c in text[i..end].chars() {
        if matches!(
            c,
            '"' | '\'' | ')' | ']' | '”' | '’' | '»' | '」' | '』' | '）' | '》' | '】' | '〉'
        ) {
            i += c.len_utf8();
        } else {
            break;
        }
    }
    i
}

/// The word that ends `before` (the text up to a dot), dots inside kept:
/// "the U.S" gives "U.S".
fn word_before(before: &str) -> &str {
    // ASCII letters, digits and dots byte by byte (for them the char test
    // and the byte test agree); at a non-ASCII char, the char loop goes on.
    let bytes = before.as_bytes();
    let mut start = bytes.len();
    while start > 0 && (bytes[start - 1].is_ascii_alphanumeric() || bytes[start - 1] == b'.') {
        start -= 1;
    }
    if start > 0 && bytes[start - 1] >= 0x80 {
        start = word_start_by_chars(&before[..start]);
    }
    &before[start..]
}

/// Where the trailing run of alphanumeric chars and dots of `s` starts.
fn word_start_by_chars(s: &str) -> usize {
    s.char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric() || c == '.')
        .last()
        .map_or(s.len(), |(i, _)| i)
}

/// The first word at or after `from` (before `end`), after whitespace,
/// quotes, brackets and markup: a run of alphanumeric chars. Only the
/// [`WINDOW`] bytes from `from` are looked at, so the cost does not depend
/// on the length of the paragraph (issue 17: asking unicode-segmentation
/// for the first word of the whole rest scanned the rest at every dot).
fn next_word(text: &str, from: usize, end: usize) -> &str {
    let hi = super::boundary::floor(text, end.min(from + WINDOW));
    let window = &text[from..hi];
    let rest = window.trim_start_matches(|c: char| !c.is_alphanumeric());
    let len = rest
        .char_indices()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map_or(rest.len(), |(i, _)| i);
    &rest[..len]
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let span = super::trim_span(text, Span::new(start, end));
    if !span.is_empty() {
        out.push(span);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        split_sentences(text, Span::new(0, text.len()), &mut out);
        out.into_iter().map(|s| &text[s]).collect()
    }

    proptest::proptest! {
        #[test]
        fn eight_byte_search_finds_the_first_candidate(
            text in "[a .!?…。！？｡．“”’中—\n]{0,40}",
            from in 0usize..8,
        ) {
            let bytes = text.as_bytes();
            let from = from.min(bytes.len());
            let expected = bytes[from..]
                .iter()
                .position(|&b| may_start_terminator(b))
                .map(|n| from + n);
            proptest::prop_assert_eq!(next_terminator_byte(bytes, from), expected);
        }
    }

    #[test]
    fn word_before_is_the_trailing_run_of_alphanumeric_chars_and_dots() {
        for (before, want) in [
            ("the U.S", "U.S"),
            ("said Mr", "Mr"),
            ("", ""),
            ("a ,", ""),
            ("a-b", "b"),
            // Letters and digits of any script, read back past ASCII ones.
            ("中国U.S", "中国U.S"),
            ("x é.a9", "é.a9"),
            ("x’Zé9", "Zé9"),
            ("a\u{0660}b", "a\u{0660}b"),
            ("—No.1", "No.1"),
        ] {
            assert_eq!(word_before(before), want, "{before}");
        }
    }

    #[test]
    fn every_byte_value_is_classified_as_the_byte_test_does() {
        for b in 0..=255u8 {
            for at in [27, 20] {
                let mut bytes = [b'x'; 40];
                bytes[at] = b;
                let expected = may_start_terminator(b).then_some(at);
                // From 3: two blocks of sixteen, then the tail.
                assert_eq!(next_terminator_byte(&bytes, 3), expected, "byte {b:#x}");
                assert_eq!(next_terminator_byte(&bytes[..at + 2], at - 1), expected);
            }
        }
    }

    /// Seconds to split one paragraph of `n` bytes of short plain sentences,
    /// the best of three runs.
    fn split_seconds(n: usize) -> f64 {
        let text = "Wang Yi said. ".repeat(n / 14);
        (0..3)
            .map(|_| {
                let t = std::time::Instant::now();
                let mut out = Vec::new();
                split_sentences(&text, Span::new(0, text.len()), &mut out);
                assert_eq!(out.len(), n / 14);
                t.elapsed().as_secs_f64()
            })
            .fold(f64::INFINITY, f64::min)
    }

    /// Issue 17: each full stop once asked for the next word of the whole
    /// rest of the paragraph, so a long paragraph took quadratic time (four
    /// times the text, sixteen times the time). Linear time gives four times;
    /// the margin is generous for a busy machine.
    #[test]
    fn time_is_linear_in_the_paragraph() {
        let small = split_seconds(256 * 1024);
        let large = split_seconds(1024 * 1024);
        assert!(
            large < 8.0 * small.max(1e-4),
            "256 KiB took {small:.4} s, 1 MiB took {large:.4} s"
        );
    }

    #[test]
    fn plain_sentences() {
        assert_eq!(
            split("One here. Two there! Three? Four"),
            ["One here.", "Two there!", "Three?", "Four"]
        );
    }

    #[test]
    fn abbreviations_and_initials() {
        assert_eq!(
            split("Mr. Wang met Dr. Li on Jan. 5. They spoke."),
            ["Mr. Wang met Dr. Li on Jan. 5.", "They spoke."]
        );
        assert_eq!(
            split("The U.S. side and the U.K. government agreed."),
            ["The U.S. side and the U.K. government agreed."]
        );
        assert_eq!(
            split("It was sent to the U.S. The reply came."),
            ["It was sent to the U.S.", "The reply came."]
        );
        assert_eq!(
            split("J. R. Smith spoke at 3 p.m. on Monday."),
            ["J. R. Smith spoke at 3 p.m. on Monday."]
        );
        assert_eq!(
            split("See Resolution No. 2231 of the UN."),
            ["See Resolution No. 2231 of the UN."]
        );
    }

    #[test]
    fn quotes_close_sentences() {
        assert_eq!(
            split("He said \"No.\" Then he left."),
            ["He said \"No.\"", "Then he left."]
        );
        assert_eq!(
            split("\"Really?\" he asked. Yes."),
            ["\"Really?\" he asked.", "Yes."]
        );
        assert_eq!(
            split("“We oppose it.” The Mission said so."),
            ["“We oppose it.”", "The Mission said so."]
        );
    }

    #[test]
    fn chinese_needs_no_space() {
        assert_eq!(
            split("中国反对。美国说“是的！”他走了？好"),
            ["中国反对。", "美国说“是的！”", "他走了？", "好"]
        );
    }

    #[test]
    fn numbers_and_domains_stay_whole() {
        assert_eq!(
            split("About 5.31 million hosts, see eng.chinamil.com.cn for more."),
            ["About 5.31 million hosts, see eng.chinamil.com.cn for more."]
        );
    }

    #[test]
    fn abbreviations_at_the_end_of_a_sentence() {
        // A company suffix or a dotted initialism ends the sentence before a
        // word that starts sentences, and not before a name or a lowercase
        // word.
        assert_eq!(
            split("The contract went to Huawei Technologies Co. It was signed on Friday."),
            [
                "The contract went to Huawei Technologies Co.",
                "It was signed on Friday."
            ]
        );
        assert_eq!(
            split("Talks with Sinopec Corp. and PetroChina Ltd. resumed."),
            ["Talks with Sinopec Corp. and PetroChina Ltd. resumed."]
        );
        assert_eq!(
            split("The tariffs were imposed by the U.S. China will respond."),
            [
                "The tariffs were imposed by the U.S.",
                "China will respond."
            ]
        );
        assert_eq!(
            split("The envoy returned to the U.S. Did he meet anyone?"),
            ["The envoy returned to the U.S.", "Did he meet anyone?"]
        );
        assert_eq!(
            split("Officials of the E.U. Commission and the U.S. Treasury met."),
            ["Officials of the E.U. Commission and the U.S. Treasury met."]
        );
        assert_eq!(
            split("The fleet visited the U.S.A. last spring."),
            ["The fleet visited the U.S.A. last spring."]
        );
        assert_eq!(
            split("Talks resume in Jan. The date is not fixed."),
            ["Talks resume in Jan.", "The date is not fixed."]
        );
        assert_eq!(
            split("They met in Springfield, Ill. Then they flew home."),
            ["They met in Springfield, Ill.", "Then they flew home."]
        );
    }

    #[test]
    fn titles_and_ranks_before_names() {
        assert_eq!(
            split("Lt. Gen. Zhou and Amb. Lee met Sen. Ortiz and Mrs. Chan at St. George's Hall."),
            ["Lt. Gen. Zhou and Amb. Lee met Sen. Ortiz and Mrs. Chan at St. George's Hall."]
        );
        assert_eq!(
            split("The ship sailed past Mt. Apo and Ft. Santiago."),
            ["The ship sailed past Mt. Apo and Ft. Santiago."]
        );
        assert_eq!(
            split("This is Capt. Reyes's ship. He said so."),
            ["This is Capt. Reyes's ship.", "He said so."]
        );
        assert_eq!(
            split("The reply came from Prof. Sato Jr.'s office."),
            ["The reply came from Prof. Sato Jr.'s office."]
        );
    }

    #[test]
    fn numbers_after_no_art_and_p() {
        assert_eq!(
            split(
                "Under Art. 51 of the Charter and Resolution No. 2231, see p. 4. The text is clear."
            ),
            [
                "Under Art. 51 of the Charter and Resolution No. 2231, see p. 4.",
                "The text is clear."
            ]
        );
        assert_eq!(
            split("Asked about it, he said no. Sanctions remain."),
            ["Asked about it, he said no.", "Sanctions remain."]
        );
        assert_eq!(
            split("See Vol. II of the report."),
            ["See Vol. II of the report."]
        );
    }

    #[test]
    fn clock_times_end_sentences_unless_they_open_one() {
        assert_eq!(
            split(
                "At 9 a.m. Minister Wang met the envoy. The talks ended at 6 P.M. Mr. Li then left."
            ),
            [
                "At 9 a.m. Minister Wang met the envoy.",
                "The talks ended at 6 P.M.",
                "Mr. Li then left."
            ]
        );
        assert_eq!(
            split(
                "The vessel was sighted at 7 a.m. Beijing time and again at 3 p.m. GMT on Monday."
            ),
            ["The vessel was sighted at 7 a.m. Beijing time and again at 3 p.m. GMT on Monday."]
        );
        assert_eq!(
            split("The session opened at 10 a.m. It closed at noon."),
            ["The session opened at 10 a.m.", "It closed at noon."]
        );
        assert_eq!(
            split("It starts at 8 p.m. on Friday."),
            ["It starts at 8 p.m. on Friday."]
        );
    }

    #[test]
    fn i_as_pronoun_initial_and_numeral() {
        assert_eq!(
            split("The minister and I. Did we agree? We met Charles I. Mendoza later."),
            [
                "The minister and I.",
                "Did we agree?",
                "We met Charles I. Mendoza later."
            ]
        );
        assert_eq!(
            split("It was the worst since World War I. The archives say so."),
            [
                "It was the worst since World War I.",
                "The archives say so."
            ]
        );
    }

    #[test]
    fn lists_written_on_one_line() {
        assert_eq!(
            split("1. China opposes the sanctions 2. The US must stop 3. Dialogue is the way"),
            [
                "1. China opposes the sanctions",
                "2. The US must stop",
                "3. Dialogue is the way"
            ]
        );
        assert_eq!(
            split("1. China opposes the sanctions. 2. The US must stop."),
            ["1. China opposes the sanctions.", "2. The US must stop."]
        );
        assert_eq!(
            split("1.) Respect sovereignty 2.) Stop interference."),
            ["1.) Respect sovereignty", "2.) Stop interference."]
        );
        assert_eq!(
            split("1) Respect sovereignty. 2) Stop interference."),
            ["1) Respect sovereignty.", "2) Stop interference."]
        );
        assert_eq!(
            split("(1) Respect sovereignty (2) Stop interference"),
            ["(1) Respect sovereignty", "(2) Stop interference"]
        );
        assert_eq!(
            split("a. Trade b. Security c. Climate talks"),
            ["a. Trade", "b. Security", "c. Climate talks"]
        );
        assert_eq!(
            split("• 4. Trade in goods • 5. Trade in services"),
            ["• 4. Trade in goods", "• 5. Trade in services"]
        );
        assert_eq!(
            split("⁃7. Maritime safety ⁃8. Fisheries"),
            ["⁃7. Maritime safety", "⁃8. Fisheries"]
        );
        // Numbers that are not the next item, and a letter with no next
        // letter, mark nothing.
        assert_eq!(
            split("1. The fund grew 5. It was 2.5 billion."),
            ["1. The fund grew 5.", "It was 2.5 billion."]
        );
        assert_eq!(
            split("A. Kovacs said so. He left."),
            ["A. Kovacs said so.", "He left."]
        );
    }

    #[test]
    fn ellipses() {
        // Three dots, spaced or not, mark an omission inside a sentence.
        assert_eq!(
            split("The treaty . . . shall remain in force ... and . . . I quote it."),
            ["The treaty . . . shall remain in force ... and . . . I quote it."]
        );
        assert_eq!(
            split("\"The parties [...] agree [...]\" (Art. 2)."),
            ["\"The parties [...] agree [...]\" (Art. 2)."]
        );
        assert_eq!(
            split("He called it “a threat to peace. . . .”"),
            ["He called it “a threat to peace. . . .”"]
        );
        // A period after a word, then an omission: the omission opens the
        // next sentence.
        assert_eq!(
            split("The rights are inherent. . . . They cannot be waived. . . ."),
            [
                "The rights are inherent.",
                ". . . They cannot be waived. . . ."
            ]
        );
        // An omission, then the period.
        assert_eq!(
            split("The states shall cooperate . . . . Each shall report."),
            ["The states shall cooperate . . . .", "Each shall report."]
        );
        assert_eq!(
            split("We waited.... Nothing came. Then… Silence."),
            ["We waited....", "Nothing came.", "Then…", "Silence."]
        );
        assert_eq!(
            split("It was not…well, not quite."),
            ["It was not…well, not quite."]
        );
    }

    #[test]
    fn dotted_numbers_and_coordinates() {
        assert_eq!(
            split(
                "The ship was at N°. 12.5.3. It then sailed 4.5 nautical miles to 10.7°N. The crew is safe."
            ),
            [
                "The ship was at N°. 12.5.3.",
                "It then sailed 4.5 nautical miles to 10.7°N.",
                "The crew is safe."
            ]
        );
        assert_eq!(
            split("Version 2.1.4 of the rules applies. See www.fmprc.gov.cn. Thank you."),
            [
                "Version 2.1.4 of the rules applies.",
                "See www.fmprc.gov.cn.",
                "Thank you."
            ]
        );
    }

    #[test]
    fn sentences_with_no_space_between() {
        assert_eq!(
            split(
                "The vote was taken at the UN.The minister said so.Mr. Li agreed to 3,000.That is final."
            ),
            [
                "The vote was taken at the UN.",
                "The minister said so.",
                "Mr. Li agreed to 3,000.",
                "That is final."
            ]
        );
        // Addresses, initialisms and abbreviations are never cut.
        assert_eq!(
            split(
                "Write to Press.Office@mfa.gov or see Gov.Uk/News and Mr.Li's note on U.S.A.Today."
            ),
            ["Write to Press.Office@mfa.gov or see Gov.Uk/News and Mr.Li's note on U.S.A.Today."]
        );
    }

    #[test]
    fn chinese_quotations_titles_and_marks() {
        // Inside a quotation each full stop ends a sentence, and so does the
        // closing quote after one.
        assert_eq!(
            split("他说：“我们坚决反对。这是干涉内政。”记者问道。"),
            ["他说：“我们坚决反对。", "这是干涉内政。”", "记者问道。"]
        );
        assert_eq!(
            split("发言人表示：「中方不接受！」随后离场？是的"),
            ["发言人表示：「中方不接受！」", "随后离场？", "是的"]
        );
        // A mark inside a title in 《》 ends nothing; a semicolon is a clause
        // break, not a sentence end.
        assert_eq!(
            split("他推荐《站起来！中国》一书；反响热烈。好！"),
            ["他推荐《站起来！中国》一书；反响热烈。", "好！"]
        );
        // Mixed with Latin text, and half-width marks before ideographs.
        assert_eq!(
            split("中方回应了。The US side disagreed. 真的?他问。"),
            ["中方回应了。", "The US side disagreed.", "真的?", "他问。"]
        );
    }

    proptest::proptest! {
        #[test]
        fn sentences_are_ordered_disjoint_and_on_char_boundaries(
            text in "(a\\.m\\. |p\\.m\\.“|N°\\.|Mr\\.|\\. \\. \\.|[a Zb.!?…。！？“”\"()\\[\\]《》•⁃1 2 .\n中é])*",
        ) {
            let mut out = Vec::new();
            split_sentences(&text, Span::new(0, text.len()), &mut out);
            let mut last = 0;
            for s in out {
                proptest::prop_assert!(last <= s.start && s.start < s.end && s.end <= text.len());
                proptest::prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
                proptest::prop_assert_eq!(text[s].trim(), &text[s]);
                last = s.end;
            }
        }
    }

    #[test]
    fn wrapped_lines_do_not_end_sentences() {
        assert_eq!(
            split("The Foreign Ministry\nsaid on Monday. Next."),
            ["The Foreign Ministry\nsaid on Monday.", "Next."]
        );
    }
}
