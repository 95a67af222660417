//! The English mention grammar: a gazetteer form with the name after it
//! ("China's Ministry of State Security"), a body named before its party
//! ("the Ministry of Foreign Affairs of the PRC") and coalitions ("the US
//! and its NATO allies").

use super::code::Party;
use super::gazetteer::{FormKind, Gazetteer, key, token_matches};
use super::mention::PartyMention;
use crate::Span;
use crate::text::{Kind, Tok};

/// A parsed mention: where it ends (token index, exclusive) and its parties.
#[derive(Debug)]
struct Parsed {
    end: usize,
    parties: Vec<Party>,
}

/// The longest gazetteer form at a token.
#[derive(Debug, Clone, Copy)]
struct FormMatch {
    end: usize,
    code: &'static str,
    kind: FormKind,
}

/// The English mentions among `toks`, appended to `out` in order: the
/// grammar is tried at each word that [`Scanner::may_start`] a mention, and
/// a mention found is skipped whole.
pub(super) fn english_mentions(
    text: &str,
    toks: &[Tok],
    gaz: &'static Gazetteer,
    out: &mut Vec<PartyMention>,
) {
    let scanner = Scanner { text, toks, gaz };
    let mut i = 0;
    while i < toks.len() {
        if !scanner.may_start(i) {
            i += 1;
            continue;
        }
        match scanner.coordinated(i, 0) {
            Some(m) => {
                if !m.parties.is_empty() {
                    out.push(PartyMention {
                        span: Span::new(toks[i].start, toks[m.end - 1].end),
                        parties: m.parties,
                    });
                }
                i = m.end.max(i + 1);
            }
            None => i += 1,
        }
    }
}

/// The English grammar over the tokens of one span.
struct Scanner<'t> {
    text: &'t str,
    toks: &'t [Tok],
    gaz: &'static Gazetteer,
}

/// Function words that may stand between the words of an ally phrase ("a
/// coalition of its allies", "two of its NATO allies").
const ALLY_FILLERS: &[&str] = &[
    "a",
    "an",
    "all",
    "allied",
    "and",
    "both",
    "close",
    "few",
    "handful",
    "its",
    "many",
    "number",
    "of",
    "other",
    "several",
    "some",
    "the",
    "their",
    "three",
    "traditional",
    "two",
    "various",
    "western",
    "key",
    "major",
    "certain",
];

impl Scanner<'_> {
    fn word(&self, i: usize) -> Option<&str> {
        self.toks
            .get(i)
            .filter(|t| t.kind == Kind::Word)
            .map(|t| &self.text[t.start..t.end])
    }

    fn punct(&self, i: usize) -> Option<&str> {
        self.toks
            .get(i)
            .filter(|t| t.kind == Kind::Punct)
            .map(|t| &self.text[t.start..t.end])
    }

    fn is_word(&self, i: usize, words: &[&str]) -> bool {
        self.word(i)
            .is_some_and(|w| words.iter().any(|x| w.eq_ignore_ascii_case(x)))
    }

    /// Whether token `i` is a word that [`starts_capitalised`], read from
    /// its first byte unless that is not ASCII.
    fn capitalised(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i).filter(|t| t.kind == Kind::Word) else {
            return false;
        };
        match self.text.as_bytes()[t.start..t.end].first() {
            None => false,
            Some(&b) if b.is_ascii() => b.is_ascii_uppercase() || b.is_ascii_digit(),
            Some(_) => self.text[t.start..t.end].starts_with(char::is_uppercase),
        }
    }

    /// Whether token `i` is the word "the" in any case (`is_word(i,
    /// &["the"])`), compared as bytes.
    fn is_the(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| {
            t.kind == Kind::Word
                && self.text.as_bytes()[t.start..t.end].eq_ignore_ascii_case(b"the")
        })
    }

    /// Whether a mention may start at token `i`: a cheap test that turns
    /// away most words of running text before [`Scanner::coordinated`].
    ///
    /// Conservative: `coordinated(i, _)` is `None` whenever `simple(i, _)`
    /// is, and `simple` reads token `j` (`i`, or `i + 1` after "the") only
    /// through `form_at(j)`, which needs a word starting with an upper-case
    /// letter, and `body_name(j)`, which needs [`Scanner::capitalised`].
    /// Both fail unless word `j` is capitalised, which is what is tested.
    fn may_start(&self, i: usize) -> bool {
        let t = self.toks[i];
        if t.kind != Kind::Word {
            return false;
        }
        // A lower-case ASCII letter starts neither a capitalised word nor
        // "the" unless it is "t".
        let b = self.text.as_bytes()[t.start];
        if b.is_ascii_lowercase() && b != b't' {
            return false;
        }
        let w = &self.text[t.start..t.end];
        if w.eq_ignore_ascii_case("the") {
            self.capitalised(i + 1)
        } else {
            starts_capitalised(w)
        }
    }

    /// The longest gazetteer form starting at token `i`.
    fn form_at(&self, i: usize) -> Option<FormMatch> {
        let first = self.word(i)?;
        if !first.starts_with(char::is_uppercase) || !self.gaz.may_key(first.as_bytes()) {
            return None;
        }
        let mut buf = [0u8; 48];
        let n = key(first, &mut buf)?;
        let forms = self.gaz.english_forms(&buf[..n])?;
        'forms: for form in forms {
            let end = i + form.toks.len();
            if end > self.toks.len() {
                continue;
            }
            for (j, ft) in form.toks.iter().enumerate() {
                let t = self.toks[i + j];
                let tt = &self.text[t.start..t.end];
                if t.kind == Kind::Punct && tt != ft.as_str() {
                    continue 'forms;
                }
                if !token_matches(tt, ft) {
                    continue 'forms;
                }
            }
            return Some(FormMatch {
                end,
                code: form.code,
                kind: form.kind,
            });
        }
        None
    }

    /// A mention at `i` with its coalition partners ("the US and its NATO
    /// allies", "American, German and Swiss media"). `depth` bounds the
    /// recursion of mentions nested in names.
    fn coordinated(&self, i: usize, depth: usize) -> Option<Parsed> {
        let mut m = self.simple(i, depth)?;
        if m.parties.is_empty() {
            return Some(m);
        }
        {
            let mut k = m.end;
            // A comma list must close with "and": look ahead before taking it.
            let mut extra = Vec::new();
            let mut committed = m.end;
            let mut steps = 0;
            loop {
                steps += 1;
                if steps > 12 {
                    break;
                }
                let comma = self.punct(k) == Some(",");
                let mut n = k + usize::from(comma);
                let and = self.is_word(n, &["and"]);
                if !comma && !and {
                    break;
                }
                if and {
                    n += 1;
                }
                if let Some(end) = self.ally_phrase(n, &mut extra) {
                    k = end;
                    if and {
                        committed = k;
                    }
                    if and {
                        break;
                    }
                    continue;
                }
                match self.simple(n, depth + 1) {
                    Some(next) if !next.parties.is_empty() => {
                        extra.extend(next.parties);
                        k = next.end;
                        if and {
                            committed = k;
                            break;
                        }
                    }
                    _ => break,
                }
            }
            for p in extra.into_iter().filter(|_| committed > m.end) {
                if !m.parties.contains(&p) {
                    m.parties.push(p);
                }
            }
            m.end = committed;
        }
        Some(m)
    }

    /// An ally phrase at `i` ("its allies", "a coalition of its allies", "two
    /// of its NATO allies", "other Western countries"): its end and the
    /// parties it names.
    fn ally_phrase(&self, i: usize, parties: &mut Vec<Party>) -> Option<usize> {
        let mut k = i;
        let mut found = Vec::new();
        let mut end = None;
        let mut owner = false;
        while k < self.toks.len() && k < i + 8 {
            if self.is_word(k, crate::lexicon::parties::ALLY_NOUNS) {
                end = Some(k + 1);
                if self.is_word(k, &["allies", "ally", "partners", "coalition"]) {
                    owner = true;
                }
                // "a coalition of its allies": keep going after the noun.
                if !self.is_word(k + 1, &["of"]) {
                    break;
                }
                k += 1;
                continue;
            }
            if self.is_word(k, &["its", "their", "other", "allied"]) {
                owner = true;
            }
            if self.is_word(k, ALLY_FILLERS) {
                k += 1;
                continue;
            }
            if self.punct(k) == Some("-") {
                k += 1;
                continue;
            }
            if let Some(f) = self.form_at(k) {
                if f.kind != FormKind::Blocked && !f.code.is_empty() {
                    found.push(Party::from_static(f.code));
                }
                k = f.end;
                continue;
            }
            if self.capitalised(k) {
                k += 1;
                continue;
            }
            break;
        }
        let end = end.filter(|_| owner)?;
        parties.extend(found);
        Some(end)
    }

    /// One mention at `i` without coordination: an optional "the", a
    /// gazetteer form, and the name or head nouns that follow it.
    fn simple(&self, i: usize, depth: usize) -> Option<Parsed> {
        let mut j = i;
        if self.is_the(j) {
            j += 1;
        }
        let Some(form) = self.form_at(j) else {
            return self.body_name(j, depth);
        };
        if form.kind == FormKind::Blocked {
            return Some(Parsed {
                end: form.end,
                parties: Vec::new(),
            });
        }
        let mut parties = vec![Party::from_static(form.code)];
        let end = self.extend(form.end, &mut parties, depth);
        Some(Parsed { end, parties })
    }

    /// The name that follows a party form ("US Central Intelligence Agency",
    /// "Chinese Mission to the European Union (EU)", "China's Ministry of
    /// State Security", "the US side"): its end.
    fn extend(&self, mut k: usize, parties: &mut Vec<Party>, depth: usize) -> usize {
        let lx = crate::lexicon::parties::HEAD_NOUNS;
        let mut last_body = false;
        let mut words = 0;
        while k < self.toks.len() && words < 12 {
            let t = self.toks[k];
            if t.kind == Kind::Possessive {
                if self.capitalised(k + 1)
                    && self.form_at(k + 1).is_none_or(|f| f.kind == FormKind::Body)
                {
                    k += 1;
                    continue;
                }
                break;
            }
            if let Some(w) = self.word(k) {
                let cap = w.starts_with(char::is_uppercase);
                if cap && self.form_at(k).is_some_and(|f| f.kind != FormKind::Body) {
                    break;
                }
                if cap || lx.iter().any(|x| w.eq_ignore_ascii_case(x)) {
                    last_body = is_body_head(w);
                    words += 1;
                    k += 1;
                    continue;
                }
                if last_body && matches!(w, "of" | "to" | "in" | "for") && depth < 3 {
                    let mut n = k + 1;
                    if self.is_the(n) {
                        n += 1;
                    }
                    if let Some(obj) = self.coordinated(n, depth + 1) {
                        if obj.end > n {
                            if parties.is_empty() && w == "of" {
                                parties.extend(obj.parties);
                            }
                            k = obj.end;
                            last_body = false;
                            continue;
                        }
                    }
                    if self.capitalised(n) {
                        k = n;
                        continue;
                    }
                }
                break;
            }
            // "(EU)": an acronym in brackets repeats the name.
            if self.punct(k) == Some("(")
                && self.word(k + 1).is_some_and(is_acronym)
                && self.punct(k + 2) == Some(")")
            {
                k += 3;
                continue;
            }
            break;
        }
        k
    }

    /// A body named without a party form in front, which takes its party
    /// from "of `<party>`" ("the Ministry of Foreign Affairs of the People's
    /// Republic of China").
    ///
    /// Only called by [`Scanner::simple`] after `form_at(i)` found no form,
    /// so token `i` is not looked up again.
    fn body_name(&self, i: usize, depth: usize) -> Option<Parsed> {
        if !self.capitalised(i) || depth > 0 {
            return None;
        }
        let mut k = i;
        let mut body = false;
        while k < self.toks.len() && k < i + 12 {
            let Some(w) = self.word(k) else { break };
            if self.capitalised(k) {
                if k > i && self.form_at(k).is_some() {
                    break;
                }
                body |= is_body_head(w);
                k += 1;
                continue;
            }
            if body && w == "of" {
                let mut n = k + 1;
                if self.is_the(n) {
                    n += 1;
                }
                if let Some(f) = self.form_at(n) {
                    if f.kind != FormKind::Blocked && f.kind != FormKind::Demonym {
                        let mut parties = vec![Party::from_static(f.code)];
                        let end = self.extend(f.end, &mut parties, depth + 1);
                        return Some(Parsed { end, parties });
                    }
                }
                k += 1;
                continue;
            }
            if matches!(w, "and" | "for" | "the") && self.capitalised(k + 1) {
                k += 1;
                continue;
            }
            break;
        }
        Some(Parsed {
            end: k.max(i + 1),
            parties: Vec::new(),
        })
    }
}

/// Whether a word is the head of a body's name ("Ministry", "embassies").
fn is_body_head(w: &str) -> bool {
    crate::lexicon::parties::BODY_HEADS.contains(&w)
        || matches!(
            w,
            "embassy"
                | "embassies"
                | "mission"
                | "missions"
                | "consulate"
                | "consulates"
                | "ministry"
                | "delegation"
                | "agency"
                | "agencies"
        )
}

/// Whether a word starts with an upper-case letter or an ASCII digit (the
/// test of [`Scanner::capitalised`]); ASCII first bytes need no decoding.
fn starts_capitalised(w: &str) -> bool {
    match w.as_bytes().first() {
        None => false,
        Some(&b) if b.is_ascii() => b.is_ascii_uppercase() || b.is_ascii_digit(),
        Some(_) => w.starts_with(char::is_uppercase),
    }
}

/// Whether a word is written in capitals, like an acronym ("EU", "CNCERT").
fn is_acronym(w: &str) -> bool {
    w.len() <= 10
        && w.chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '.')
}
#[cfg(test)]
mod tests {
    use super::super::gazetteer::gazetteer;
    use super::*;
    use crate::testing::fixture_texts;
    use crate::text::tokenize;

    #[test]
    fn byte_helpers_agree_with_words() {
        let mut texts = fixture_texts();
        texts.push("The THE the tHe É Über 3 the. théâtre Ünited".to_string());
        for text in &texts {
            let toks = tokenize(text, Span::new(0, text.len()));
            let scanner = Scanner {
                text,
                toks: &toks,
                gaz: gazetteer(),
            };
            for i in 0..=toks.len() {
                assert_eq!(
                    scanner.capitalised(i),
                    scanner.word(i).is_some_and(starts_capitalised),
                    "{i}"
                );
                assert_eq!(scanner.is_the(i), scanner.is_word(i, &["the"]), "{i}");
            }
        }
    }
}
