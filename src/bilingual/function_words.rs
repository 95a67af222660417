//! Short Latin chunks by their function words: a line of Tagalog or
//! Spanish mixed with English ("Magandang umaga, and welcome muli sa ating
//! press briefing") is too short for whatlang's trigrams, but its small
//! words say which language it is.
//!
//! Each language's list holds its most frequent function words that are
//! not English words, so an English sentence with a name in it ("Rodrigo
//! de la Cruz said") scores low for every list.

use crate::Lang;

/// Tagalog: case markers (ang, ng, sa, si, ni, kay), the plural mga, the
/// linker na, pronouns, and the greetings and time words of a Philippine
/// briefing's Taglish opening.
const TAGALOG: &[&str] = &[
    "ang",
    "ng",
    "mga",
    "sa",
    "na",
    "ay",
    "ating",
    "natin",
    "namin",
    "po",
    "ito",
    "iyan",
    "ni",
    "si",
    "kay",
    "muli",
    "ngayong",
    "ngayon",
    "araw",
    "ko",
    "mo",
    "niya",
    "nila",
    "kami",
    "tayo",
    "lang",
    "din",
    "rin",
    "hindi",
    "salamat",
    "magandang",
    "naman",
    "pong",
    "kayo",
    "umaga",
];

/// Indonesian and Malay: relative yang, conjunctions, prepositions and
/// demonstratives.
const INDONESIAN: &[&str] = &[
    "yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "tidak", "akan", "ke", "pada",
    "juga", "adalah", "dalam", "kami", "kita", "bahwa", "atau",
];

/// Spanish articles, prepositions and conjunctions.
const SPANISH: &[&str] = &[
    "el", "los", "las", "que", "y", "del", "por", "con", "para", "una", "es", "su", "al", "lo",
    "como", "más", "pero", "sus", "este", "esta",
];

/// French articles, prepositions and conjunctions.
const FRENCH: &[&str] = &[
    "le", "les", "des", "du", "et", "est", "une", "qui", "dans", "pour", "pas", "sur", "au",
    "avec", "ce", "sont", "nous", "leur",
];

/// German articles, prepositions and conjunctions.
const GERMAN: &[&str] = &[
    "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "mit", "den", "dem", "zu", "von",
    "auf", "für", "sich", "auch", "wir",
];

/// Portuguese articles, prepositions and conjunctions.
const PORTUGUESE: &[&str] = &[
    "os", "da", "do", "dos", "das", "não", "em", "uma", "com", "para", "por", "mais", "pelo",
    "pela", "seu", "sua",
];

/// The languages voted on, with their lists.
const LISTS: &[(whatlang::Lang, &[&str])] = &[
    (whatlang::Lang::Tgl, TAGALOG),
    (whatlang::Lang::Ind, INDONESIAN),
    (whatlang::Lang::Spa, SPANISH),
    (whatlang::Lang::Fra, FRENCH),
    (whatlang::Lang::Deu, GERMAN),
    (whatlang::Lang::Por, PORTUGUESE),
];

/// The longest function word of the lists, in bytes.
const MAX_WORD: usize = 12;

/// Every list's words, sorted, with the index of their list in [`LISTS`].
fn index() -> &'static [(&'static str, usize)] {
    static INDEX: std::sync::OnceLock<Vec<(&'static str, usize)>> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let mut all: Vec<(&'static str, usize)> = LISTS
            .iter()
            .enumerate()
            .flat_map(|(i, (_, list))| list.iter().map(move |&w| (w, i)))
            .collect();
        all.sort_unstable();
        all
    })
}

/// The fewest function words a language needs to win the vote.
const MIN_HITS: usize = 3;

/// The language whose function words a short Latin `chunk` holds most, if
/// it holds at least [`MIN_HITS`] of them, more than `english_hits`, and at
/// least twice as many as any other language's.
pub(super) fn vote(chunk: &str, english_hits: usize) -> Option<Lang> {
    let index = index();
    let mut counts = [0usize; LISTS.len()];
    let mut buf = [0u8; MAX_WORD];
    for word in chunk.split(|c: char| !c.is_alphabetic()) {
        if word.is_empty() || word.len() > MAX_WORD {
            continue;
        }
        // The word in ASCII lower case, on the stack: one binary search
        // finds it in every list at once.
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        let at = index.partition_point(|(w, _)| w.as_bytes() < &*lower);
        for &(w, list) in &index[at..] {
            if w.as_bytes() != &*lower {
                break;
            }
            counts[list] += 1;
        }
    }
    let (best, &hits) = counts.iter().enumerate().max_by_key(|&(_, c)| *c)?;
    let runner_up = counts
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != best)
        .map(|(_, &c)| c)
        .max()
        .unwrap_or(0);
    (hits >= MIN_HITS && hits > english_hits && hits >= 2 * runner_up)
        .then(|| Lang::from(LISTS[best].0))
}

#[cfg(test)]
mod tests {
    use super::vote;
    use crate::Lang;

    #[test]
    fn a_taglish_greeting_is_tagalog() {
        let line =
            "Magandang hapon po, mga kaibigan, and welcome muli sa ating briefing ngayong araw.";
        assert_eq!(vote(line, 1), Some(Lang::from(whatlang::Lang::Tgl)));
    }

    #[test]
    fn short_lines_of_other_languages() {
        let spanish = "El gobierno y los ministros del pueblo";
        assert_eq!(vote(spanish, 0), Some(Lang::from(whatlang::Lang::Spa)));
        let indonesian = "Kami akan bekerja sama dengan mitra yang ada di kawasan ini";
        assert_eq!(vote(indonesian, 0), Some(Lang::from(whatlang::Lang::Ind)));
    }

    #[test]
    fn english_with_foreign_names_is_not_voted_away() {
        assert_eq!(vote("Rodrigo de la Cruz said on Monday.", 1), None);
        assert_eq!(
            vote("The minister met Ana da Silva and the team in Manila.", 3),
            None
        );
    }
}
