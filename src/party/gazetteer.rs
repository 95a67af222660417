//! The gazetteer index: the party forms of [`crate::lexicon::parties`],
//! English forms by their first token and Chinese forms by their first
//! character, and how a text token is matched against a form token.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use crate::Span;
use crate::lexicon::shape::WordShapes;
use crate::text::tokenize;

/// What sort of form a gazetteer entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum FormKind {
    State,
    Demonym,
    Body,
    Blocked,
}

/// One English form, cut into tokens (dots removed).
#[derive(Debug)]
pub(super) struct Form {
    pub(super) toks: Vec<String>,
    pub(super) code: &'static str,
    pub(super) kind: FormKind,
}

/// The gazetteer, indexed: English forms by their lower-cased first token
/// (longest first), Chinese forms by their first character (longest first).
#[derive(Debug)]
pub(super) struct Gazetteer {
    english: HashMap<Box<[u8]>, Vec<Form>, FastHash>,
    /// The shapes of the English keys: most words are turned away before
    /// the hash lookup.
    shapes: Box<WordShapes>,
    han: HashMap<char, Vec<(&'static str, &'static str)>, FastHash>,
}

/// A multiply-rotate hasher for the gazetteer's short keys: looked up once
/// per capitalised word, where SipHash's setup cost dominates.
#[derive(Default)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// The gazetteer maps' hasher.
type FastHash = BuildHasherDefault<KeyHasher>;

pub(super) fn gazetteer() -> &'static Gazetteer {
    static GAZ: OnceLock<Gazetteer> = OnceLock::new();
    GAZ.get_or_init(|| {
        use crate::lexicon::parties as lx;
        let mut english: HashMap<Box<[u8]>, Vec<Form>, FastHash> = HashMap::default();
        let groups: [(&[(&str, &str)], FormKind); 5] = [
            (lx::COUNTRIES, FormKind::State),
            (lx::DEMONYMS, FormKind::Demonym),
            (lx::CAPITALS, FormKind::State),
            (lx::BODIES, FormKind::Body),
            (lx::ORGANISATIONS, FormKind::State),
        ];
        let blocked = lx::BLOCKED.iter().map(|&f| (f, ""));
        let all = groups
            .iter()
            .flat_map(|&(g, k)| g.iter().map(move |&(f, c)| (f, c, k)))
            .chain(blocked.map(|(f, c)| (f, c, FormKind::Blocked)));
        for (form, code, kind) in all {
            let toks: Vec<String> = tokenize(form, Span::new(0, form.len()))
                .iter()
                .map(|t| form[t.start..t.end].replace('.', ""))
                .collect();
            let Some(first) = toks.first() else { continue };
            english
                .entry(first.to_lowercase().into_bytes().into_boxed_slice())
                .or_default()
                .push(Form { toks, code, kind });
        }
        for forms in english.values_mut() {
            forms.sort_by_key(|f| std::cmp::Reverse(f.toks.len()));
        }
        let mut han: HashMap<char, Vec<(&str, &str)>, FastHash> = HashMap::default();
        for &(form, code) in lx::HAN {
            if let Some(c) = form.chars().next() {
                han.entry(c).or_default().push((form, code));
            }
        }
        for forms in han.values_mut() {
            forms.sort_by_key(|f| std::cmp::Reverse(f.0.len()));
        }
        let mut shapes = Box::new(WordShapes::of(&[]));
        for k in english.keys() {
            shapes.add(k);
        }
        Gazetteer {
            english,
            shapes,
            han,
        }
    })
}

impl Gazetteer {
    /// The Chinese forms that start with `c`, longest first.
    pub(super) fn han_forms(&self, c: char) -> Option<&[(&'static str, &'static str)]> {
        self.han.get(&c).map(Vec::as_slice)
    }

    /// The English forms whose first token has the key `k` (see [`key`]).
    pub(super) fn english_forms(&self, k: &[u8]) -> Option<&Vec<Form>> {
        if !self.shapes.fits(k) {
            return None;
        }
        self.english.get(k)
    }

    /// Whether the key of token `tok` may be an English key, read from the
    /// token's bytes without building the key: false only when it cannot.
    ///
    /// Conservative: for an ASCII token the key is its bytes without dots,
    /// lower-cased, and [`WordShapes`] ignore ASCII case, so the token's
    /// dotless bytes give the key's shape. A token with a non-ASCII byte (whose lower case may change
    /// its bytes and length) is always let through.
    pub(super) fn may_key(&self, tok: &[u8]) -> bool {
        let mut n = 0;
        let mut pair = [0u8; 2];
        for &b in tok {
            if b >= 0x80 {
                return true;
            }
            if b != b'.' {
                if let Some(p) = pair.get_mut(n) {
                    *p = b;
                }
                n += 1;
            }
        }
        let second = if n > 1 { pair[1] } else { b' ' };
        n > 0 && self.shapes.fits_parts(pair[0], second, n)
    }
}

/// Whether a text token matches a form token: dots ignored; an upper-case
/// form token matches exactly or against an all-capitals token; a
/// lower-case one in any case.
pub(super) fn token_matches(tok: &str, form: &str) -> bool {
    // Quick answers, both also given by the full tests below: a token
    // written as the form (which has no dots) matches it; two ASCII first
    // letters that differ in any case, the token's not a dot, do not.
    if tok == form {
        return true;
    }
    if let (Some(&a), Some(&b)) = (tok.as_bytes().first(), form.as_bytes().first()) {
        if a.is_ascii() && b.is_ascii() && a != b'.' && !a.eq_ignore_ascii_case(&b) {
            return false;
        }
    }
    if tok.is_ascii() && form.is_ascii() {
        ascii_token_matches(tok.as_bytes(), form.as_bytes())
    } else {
        chars_token_matches(tok, form)
    }
}

/// [`token_matches`] char by char, for any text.
fn chars_token_matches(tok: &str, form: &str) -> bool {
    let mut t = tok.chars().filter(|&c| c != '.');
    let upper_form = form.starts_with(char::is_uppercase);
    let all_caps = tok.chars().all(|c| !c.is_lowercase());
    let mut f = form.chars();
    loop {
        match (t.next(), f.next()) {
            (None, None) => return true,
            (Some(a), Some(b)) => {
                let same = if a == b || (a == '’' && b == '\'') || (a == '\'' && b == '’') {
                    true
                } else if upper_form && !all_caps {
                    false
                } else {
                    a.to_lowercase().eq(b.to_lowercase())
                };
                if !same {
                    return false;
                }
            }
            _ => return false,
        }
    }
}

/// [`token_matches`] for ASCII text, byte by byte: ASCII has no curly
/// apostrophe, and an ASCII char's lower case is its ASCII lower case.
fn ascii_token_matches(tok: &[u8], form: &[u8]) -> bool {
    let upper_form = form.first().is_some_and(u8::is_ascii_uppercase);
    let all_caps = !tok.iter().any(u8::is_ascii_lowercase);
    let exact = upper_form && !all_caps;
    let mut t = tok.iter().filter(|&&b| b != b'.');
    let mut f = form.iter();
    loop {
        match (t.next(), f.next()) {
            (None, None) => return true,
            (Some(a), Some(b)) => {
                let same = if exact {
                    a == b
                } else {
                    a.eq_ignore_ascii_case(b)
                };
                if !same {
                    return false;
                }
            }
            _ => return false,
        }
    }
}

/// The lower-cased, dotless key of a token, when short enough to be the
/// first token of a form.
pub(super) fn key(tok: &str, buf: &mut [u8; 48]) -> Option<usize> {
    let mut n = 0;
    if tok.is_ascii() {
        for &b in tok.as_bytes().iter().filter(|&&b| b != b'.') {
            *buf.get_mut(n)? = b.to_ascii_lowercase();
            n += 1;
        }
        return Some(n);
    }
    for c in tok.chars().filter(|&c| c != '.') {
        for l in c.to_lowercase() {
            let len = l.len_utf8();
            if n + len > buf.len() {
                return None;
            }
            l.encode_utf8(&mut buf[n..n + len]);
            n += len;
        }
    }
    Some(n)
}

/// Whether a single word names a party or is blocked as one ("China",
/// "Beijing", "West"): a cheap check for name scanners.
pub(crate) fn is_party_word(w: &str) -> bool {
    let gaz = gazetteer();
    if !gaz.may_key(w.as_bytes()) {
        return false;
    }
    let mut buf = [0u8; 48];
    let Some(n) = key(w, &mut buf) else {
        return false;
    };
    gaz.english_forms(&buf[..n]).is_some_and(|forms| {
        forms
            .iter()
            .any(|f| f.toks.len() == 1 && token_matches(w, &f.toks[0]))
    })
}
#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::fixture_texts;

    #[test]
    fn key_filter_keeps_every_key() {
        let gaz = gazetteer();
        // Every English key, as written in any case and with dots.
        let mut words: Vec<String> = Vec::new();
        for k in gaz.english.keys() {
            let k = String::from_utf8(k.to_vec()).unwrap();
            let dotted: String = k.chars().flat_map(|c| [c, '.']).collect();
            words.extend([k.to_uppercase(), dotted.to_uppercase(), k.clone(), dotted]);
            let mut cap = k.clone();
            if let Some(c) = cap.get_mut(..1) {
                c.make_ascii_uppercase();
            }
            words.push(cap);
        }
        // And every word of the fixtures.
        for text in &fixture_texts() {
            for t in tokenize(text, Span::new(0, text.len())) {
                words.push(text[t.start..t.end].to_string());
            }
        }
        let mut kept = 0;
        for w in &words {
            let mut buf = [0u8; 48];
            let Some(n) = key(w, &mut buf) else { continue };
            let known = gaz.english.contains_key(&buf[..n]);
            assert!(!known || gaz.may_key(w.as_bytes()), "{w}");
            assert_eq!(gaz.english_forms(&buf[..n]).is_some(), known, "{w}");
            kept += usize::from(known);
        }
        assert!(kept > 500, "{kept}");
    }

    #[test]
    fn ascii_token_match_agrees_with_chars() {
        let words = [
            "US", "U.S.", "us", "Us", "u.s.", "USA", "China", "CHINA", "china", "CHina", "EU",
            "E.U", "PRC", "P.R.C.", "side", "Side", "SIDE", "'s", "O'Brien", "o'brien", "", ".",
            "A.", "a",
        ];
        for tok in words {
            for form in words {
                assert_eq!(
                    ascii_token_matches(tok.as_bytes(), form.as_bytes()),
                    chars_token_matches(tok, form),
                    "{tok} {form}"
                );
            }
        }
    }

    #[test]
    fn quick_token_answers_agree_with_chars() {
        let gaz = gazetteer();
        let mut forms: Vec<&str> = gaz
            .english
            .values()
            .flatten()
            .flat_map(|f| f.toks.iter().map(String::as_str))
            .collect();
        forms.sort_unstable();
        forms.dedup();
        let mut toks: Vec<String> = ["U.S.", ".US", "’s", "'s", "Us", "CHINA", "É", "", "."]
            .map(String::from)
            .to_vec();
        for f in &forms {
            toks.extend([f.to_uppercase(), f.to_lowercase(), format!("{f}.")]);
        }
        let mut seen = std::collections::HashSet::new();
        for text in &fixture_texts() {
            for t in tokenize(text, Span::new(0, text.len())) {
                let w = &text[t.start..t.end];
                if seen.len() < 400 && seen.insert(w) {
                    toks.push(w.to_string());
                }
            }
        }
        for tok in &toks {
            for form in &forms {
                assert_eq!(
                    token_matches(tok, form),
                    chars_token_matches(tok, form),
                    "{tok} {form}"
                );
            }
        }
    }
}
