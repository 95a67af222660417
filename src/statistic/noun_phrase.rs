//! The counted noun phrase after an English number: its head is the unit
//! ("52,000 servers"), the phrase the subject ("servers located outside
//! China"), across adjectives, a partitive "of" and coordinated nouns.

use crate::Span;
use crate::lexicon::cues::{IRREGULAR, NP_STOP, PARTITIVE_DETERMINERS, REPORTING};
use crate::text::is_ideograph;

/// A counted noun phrase after a number.
pub(super) struct NounPhrase<'a> {
    /// The head noun: the unit.
    pub(super) head: &'a str,
    /// The phrase, post-modifier included ("servers located outside China").
    pub(super) span: Span,
}

/// A word that ends a noun phrase (prepositions, verbs, determiners).
fn is_stop_word(w: &str) -> bool {
    NP_STOP.contains(w)
}

/// Words of `text` from `i` to `limit` as (start, end), stopping at the
/// first character that is neither a word character nor whitespace. A word
/// has letters, digits, inner hyphens and apostrophes; a lone "&" between
/// spaces is a word too (it joins names as "and" does).
fn np_words<'b>(
    text: &str,
    i: usize,
    limit: usize,
    buf: &'b mut [(usize, usize)],
) -> &'b [(usize, usize)] {
    let bytes = text.as_bytes();
    let mut n = 0;
    let mut k = i;
    while n < buf.len() && k < limit {
        while k < limit && matches!(bytes[k], b' ' | b'\t' | b'\r' | b'\n') {
            k += 1;
        }
        let w0 = k;
        // "Johnson & Johnson vaccines": a lone ampersand joins two names.
        if bytes.get(k) == Some(&b'&')
            && k + 1 < limit
            && matches!(bytes[k + 1], b' ' | b'\t' | b'\r' | b'\n')
        {
            buf[n] = (k, k + 1);
            n += 1;
            k += 1;
            continue;
        }
        while k < limit {
            let b = bytes[k];
            // ASCII letters and digits need no decoding.
            if b.is_ascii_alphanumeric() {
                k += 1;
                continue;
            }
            let c = if b < 0x80 {
                char::from(b)
            } else {
                text[k..].chars().next().unwrap_or(' ')
            };
            let inner = matches!(c, '-' | '\'' | '’')
                && k > w0
                && text[k + c.len_utf8()..limit].starts_with(|d: char| d.is_alphabetic());
            if c.is_alphanumeric() && !is_ideograph(c) || inner {
                k += c.len_utf8();
            } else {
                break;
            }
        }
        if k == w0 {
            break;
        }
        buf[n] = (w0, k);
        n += 1;
        if k < limit && !matches!(bytes[k], b' ' | b'\t' | b'\r' | b'\n') {
            break;
        }
    }
    &buf[..n]
}

/// The counted noun phrase starting after a number at `i`: a partitive
/// "of" (and determiner) is skipped when `partitive` allows ("two of its
/// NATO allies"), then nouns and modifiers up to a stop word, punctuation
/// or participle. The head is the last word, or the first conjunct's when
/// that one is plural ("techniques and procedures"). A capitalised head is
/// a name ("39 Dunblane Street"), not a unit.
pub(super) fn noun_phrase(
    text: &str,
    i: usize,
    limit: usize,
    partitive: bool,
) -> Option<NounPhrase<'_>> {
    let mut buf = [(0, 0); 14];
    let ws = Words {
        text,
        words: np_words(text, i, limit, &mut buf),
    };
    let first = if partitive { after_partitive(&ws) } else { 0 };
    if let Some(times) = occurrences(&ws, first) {
        return Some(times);
    }
    let (last, conjunct_head) = modifiers(&ws, first);
    let last = last?;
    if ws.w(last).is_some_and(|x| x.eq_ignore_ascii_case("and")) {
        return None;
    }
    let head_index = conjunct_head.unwrap_or(last);
    let head = ws.w(head_index)?;
    if !head.starts_with(|c: char| c.is_lowercase()) {
        return None;
    }
    // A final "-ed" word is a verb ("35 arrived"); inside the phrase it is
    // a modifier ("35 armed men").
    if head.ends_with("ed") && !head.ends_with("eed") && head_index == first {
        return None;
    }
    let end = participle_end(&ws, last).unwrap_or(ws.words[last].1);
    Some(NounPhrase {
        head,
        span: Span::new(ws.words[first].0, end),
    })
}

/// The words after a number, as (start, end) in `text`.
struct Words<'t, 'b> {
    text: &'t str,
    words: &'b [(usize, usize)],
}

impl<'t> Words<'t, '_> {
    /// Word `n`, if there is one.
    fn w(&self, n: usize) -> Option<&'t str> {
        self.words.get(n).map(|&(s, e)| &self.text[s..e])
    }
}

/// Where the phrase starts after a partitive: "two of its NATO allies",
/// "145 of 255 priority entities" skip "of" and a determiner or the
/// whole's own count after it.
fn after_partitive(ws: &Words<'_, '_>) -> usize {
    if !ws.w(0).is_some_and(|x| x.eq_ignore_ascii_case("of")) {
        return 0;
    }
    let whole_count = |x: &str| x.bytes().all(|b| b.is_ascii_digit() || b == b',');
    let determiner = ws.w(1).is_some_and(|x| {
        whole_count(x)
            || PARTITIVE_DETERMINERS
                .iter()
                .any(|d| d.eq_ignore_ascii_case(x))
    });
    if determiner { 2 } else { 1 }
}

/// "1,000 times" counts occurrences; "three times as many", "ten times
/// larger" compare, and count nothing.
fn occurrences<'t>(ws: &Words<'t, '_>, first: usize) -> Option<NounPhrase<'t>> {
    let word = ws.w(first).filter(|x| x.eq_ignore_ascii_case("times"))?;
    let comparative = ws.w(first + 1).is_some_and(|x| {
        let x = x.to_ascii_lowercase();
        matches!(x.as_str(), "as" | "more" | "less" | "than" | "that" | "the") || x.ends_with("er")
    });
    if comparative {
        return None;
    }
    let (s, e) = ws.words[first];
    Some(NounPhrase {
        head: word,
        span: Span::new(s, e),
    })
}

/// The nouns and modifiers from word `first`: (the last word of the
/// phrase, the head of its first conjunct when that one is plural). At
/// most six words.
fn modifiers(ws: &Words<'_, '_>, first: usize) -> (Option<usize>, Option<usize>) {
    let mut n = first;
    let mut last = None;
    let mut conjunct_head = None;
    while let Some(word) = ws.w(n) {
        let mut lbuf = [0u8; 16];
        let lower = crate::text::lower_ascii(word, &mut lbuf).unwrap_or("");
        if word.bytes().any(|b| b.is_ascii_digit()) {
            if picks_part(ws, n, first) {
                n += 1;
                continue;
            }
            break;
        }
        if lower == "and" || lower == "&" {
            let next_ok = ws.w(n + 1).is_some_and(|x| !is_stop_word(x));
            if last.is_none() || !next_ok {
                break;
            }
            let prev = ws.w(n - 1).unwrap_or("");
            if conjunct_head.is_none() && prev.ends_with('s') && !prev.ends_with("ss") {
                conjunct_head = Some(n - 1);
            }
            n += 1;
            continue;
        }
        if ends_phrase(lower, last.is_some()) || (last.is_some() && opens_predicate(ws, n)) {
            break;
        }
        last = Some(n);
        n += 1;
        if n - first >= 6 {
            break;
        }
    }
    (last, conjunct_head)
}

/// Whether word `n` is the verb of a clause the phrase is the subject of:
/// a lowercase word after a plural noun and before a name ("76 million
/// customers adopt ICS tools", "2,000 firms use Microsoft software"). A
/// modifier does not stand between a plural noun and a name.
fn opens_predicate(ws: &Words<'_, '_>, n: usize) -> bool {
    let plural = |w: &str| w.ends_with('s') && !w.ends_with("ss") && w.len() > 3;
    let lowercase = ws
        .w(n)
        .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_lowercase()));
    let after_plural = n > 0 && ws.w(n - 1).is_some_and(plural);
    let before_name = ws
        .w(n + 1)
        .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()));
    lowercase && after_plural && before_name
}

/// "the remaining 39 detainees": a count (word `n`) after a word that
/// picks out part of a whole goes on to the noun.
fn picks_part(ws: &Words<'_, '_>, n: usize, first: usize) -> bool {
    let picks = n > first
        && ws.w(n - 1).is_some_and(|p| {
            matches!(
                p.to_ascii_lowercase().as_str(),
                "remaining" | "other" | "additional" | "further" | "first" | "last" | "next"
            )
        });
    picks
        && ws
            .w(n + 1)
            .is_some_and(|x| !x.bytes().any(|b| b.is_ascii_digit()))
}

/// Whether the word `lower` (lowercase) ends the phrase, after a first
/// word when `inside`: a verb ("said", "took"; "claims", "reports" are
/// plural nouns as often as verbs, so "-s" forms do not), a stop word, a
/// possessive, a participle or adverb ("-ed", "-ing", "-ly"), or an adverb
/// of place or manner ("worldwide", "respectively").
fn ends_phrase(lower: &str, inside: bool) -> bool {
    let verb = inside
        && ((REPORTING.contains(lower) && !lower.ends_with('s')) || IRREGULAR.contains(lower));
    if verb || is_stop_word(lower) || (inside && (lower.ends_with("'s") || lower.ends_with("’s")))
    {
        return true;
    }
    if inside
        && ((lower.ends_with("ed") && lower.len() >= 4 && !lower.ends_with("eed"))
            || (lower.ends_with("ing") && lower.len() > 5)
            || (lower.ends_with("ly")
                && !matches!(
                    lower,
                    "ally" | "family" | "assembly" | "supply" | "anomaly" | "monopoly" | "rally"
                )))
    {
        return true;
    }
    matches!(
        lower,
        "worldwide"
            | "globally"
            | "nationwide"
            | "annually"
            | "respectively"
            | "apiece"
            | "altogether"
            | "abroad"
    )
}

/// A participle with its complement after the phrase's last word: "located
/// outside China", "targeted for interception". The end of the complement,
/// or of the participle alone.
fn participle_end(ws: &Words<'_, '_>, last: usize) -> Option<usize> {
    let p = ws.w(last + 1)?;
    let participle = p.len() > 4 && p.as_bytes()[p.len() - 2..].eq_ignore_ascii_case(b"ed");
    let prep_follows = ws.w(last + 2).is_some_and(|x| {
        is_stop_word(x)
            && !PARTITIVE_DETERMINERS
                .iter()
                .any(|d| d.eq_ignore_ascii_case(x))
            && ![
                "a", "an", "the", "were", "was", "are", "is", "have", "has", "had",
            ]
            .iter()
            .any(|d| d.eq_ignore_ascii_case(x))
    });
    let words = ws.words;
    let gap_ok = !ws.text[words[last].1..words[last + 1].0].contains(|c: char| !c.is_whitespace());
    if !(participle && prep_follows && gap_ok) {
        return None;
    }
    let k = last + 2;
    if !ws.w(k).is_some_and(is_stop_word) {
        return Some(words[last + 1].1);
    }
    Some(complement_end(ws, k).map_or(words[last + 1].1, |t| words[t].1))
}

/// The last word of the prepositional complement whose preposition is word
/// `prep`: at most four words, up to a stop word, a verb, or a lowercase
/// word after a name ("located outside China took control").
fn complement_end(ws: &Words<'_, '_>, prep: usize) -> Option<usize> {
    let mut k = prep + 1;
    let mut tail = None;
    let mut named = false;
    while let Some(x) = ws.w(k) {
        if is_stop_word(x) && !x.eq_ignore_ascii_case("the") || k - prep > 4 {
            break;
        }
        let capital = x.starts_with(char::is_uppercase);
        let mut xbuf = [0u8; 16];
        let xl = crate::text::lower_ascii(x, &mut xbuf).unwrap_or("");
        if tail.is_some()
            && (IRREGULAR.contains(xl) || REPORTING.contains(xl) || xl.ends_with("ed"))
        {
            break;
        }
        if named && !capital {
            break;
        }
        named |= capital;
        if !ws.text[ws.words[k - 1].1..ws.words[k].0].trim().is_empty() {
            break;
        }
        tail = Some(k);
        k += 1;
    }
    tail
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words `np_words` reads from the start of `text`.
    fn read(text: &str) -> Vec<&str> {
        let mut buf = [(0, 0); 14];
        np_words(text, 0, text.len(), &mut buf)
            .iter()
            .map(|&(s, e)| &text[s..e])
            .collect()
    }

    /// The head and phrase of the noun phrase at the start of `text`.
    fn phrase(text: &str, partitive: bool) -> Option<(&str, &str)> {
        noun_phrase(text, 0, text.len(), partitive).map(|np| (np.head, &text[np.span]))
    }

    #[test]
    fn words_run_to_the_first_punctuation() {
        assert_eq!(
            read(" servers\n  located outside China, mostly"),
            ["servers", "located", "outside", "China"]
        );
        assert_eq!(
            read(" state-of-the-art tools’ use"),
            ["state-of-the-art", "tools"]
        );
        assert_eq!(read(" hackers- and"), ["hackers"]);
        assert_eq!(read(" 服务器 hosts"), Vec::<&str>::new());
    }

    #[test]
    fn the_head_is_the_last_noun_with_its_participle_complement() {
        assert_eq!(
            phrase(
                " malicious command servers located outside China took",
                true
            ),
            Some(("servers", "malicious command servers located outside China"))
        );
        assert_eq!(
            phrase(" tactics, techniques", true),
            Some(("tactics", "tactics"))
        );
        assert_eq!(
            phrase(" techniques and procedures used", true),
            Some(("techniques", "techniques and procedures"))
        );
    }

    #[test]
    fn a_partitive_of_is_skipped_only_when_allowed() {
        assert_eq!(
            phrase(" of its NATO allies", true),
            Some(("allies", "NATO allies"))
        );
        assert_eq!(
            phrase(" of 255 priority entities", true),
            Some(("entities", "priority entities"))
        );
        assert_eq!(phrase(" of its NATO allies", false), None);
    }

    #[test]
    fn occurrences_count_but_comparisons_do_not() {
        assert_eq!(phrase(" times a day", true), Some(("times", "times")));
        assert_eq!(phrase(" times as many", true).map(|p| p.0), None);
    }

    #[test]
    fn names_and_verbs_are_no_heads() {
        assert_eq!(phrase(" Dunblane Street", true), None);
        assert_eq!(phrase(" arrived", true), None);
        assert_eq!(phrase(" armed men", true), Some(("men", "armed men")));
    }

    #[test]
    fn an_ampersand_joins_names_before_the_head() {
        assert_eq!(
            phrase(" Smith & Lowe containers", true),
            Some(("containers", "Smith & Lowe containers"))
        );
    }

    #[test]
    fn a_verb_between_a_plural_noun_and_a_name_ends_the_phrase() {
        assert_eq!(
            phrase(" island passengers use Harbour ferries", true),
            Some(("passengers", "island passengers"))
        );
        assert_eq!(
            phrase(" harbour modernization projects", true),
            Some(("projects", "harbour modernization projects"))
        );
    }
}
