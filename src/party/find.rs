//! Finding the party mentions of a span: the English grammar at the words
//! that may start a mention, then the Chinese one where ideographs may stand.

use super::code::Party;
use super::english::english_mentions;
use super::gazetteer::gazetteer;
use super::han::han_mentions;
use super::mention::PartyMention;
use crate::Span;
use crate::text::{Tok, tokenize};

/// The parties a whole mention stands for ("the US side" gives `[USA]`), or
/// none when it names no known party. Never a guess: the parties of the
/// first party mention inside `mention`, with its coalition partners.
pub(crate) fn resolve(mention: &str) -> Vec<Party> {
    find_mentions(mention, Span::new(0, mention.len()))
        .into_iter()
        .next()
        .map(|m| m.parties)
        .unwrap_or_default()
}

/// Every party mention inside `span` of `text`, in order, disjoint: maximal
/// noun phrases ("The US and a coalition of its allies", "the Chinese Mission
/// to the European Union (EU)", "美国及其北约盟国").
///
/// `span` must lie on char boundaries of `text`; an out-of-bounds span is
/// clamped to the text.
pub(crate) fn find_mentions(text: &str, span: Span) -> Vec<PartyMention> {
    let span = clamp(text, span);
    let toks = tokenize(text, span);
    mentions_in(text, span, &toks)
}

/// [`find_mentions`] of a clamped `span` whose tokens are `toks`.
pub(super) fn mentions_in(text: &str, span: Span, toks: &[Tok]) -> Vec<PartyMention> {
    let gaz = gazetteer();
    let mut out = Vec::new();
    english_mentions(text, toks, gaz, &mut out);
    if may_hold_ideograph(&text[span]) {
        han_mentions(text, span, gaz, &mut out);
        out.sort_by_key(|m| m.span.start);
    }
    out
}

/// Whether `s` has a byte that can start an ideograph: every char that
/// [`crate::text::is_ideograph`] accepts is U+3007 or above, so its UTF-8
/// starts with 0xE3 or more. Text without one (English with curly quotes
/// and dashes, 0xE2) has no Chinese mention: its English mentions are
/// already in order.
fn may_hold_ideograph(s: &str) -> bool {
    // `is_ascii` reads a word at a time: most sentences stop there.
    !s.is_ascii() && s.bytes().any(|b| b >= 0xE3)
}

/// `span` cut to the text and moved onto char boundaries.
pub(super) fn clamp(text: &str, span: Span) -> Span {
    let end = crate::text::boundary::floor(text, span.end);
    let start = crate::text::boundary::floor(text, span.start.min(end));
    Span::new(start, end)
}
#[cfg(test)]
mod tests {
    use super::*;

    fn codes(m: &str) -> Vec<String> {
        resolve(m).iter().map(|p| p.code().to_string()).collect()
    }

    fn mentions(text: &str) -> Vec<(String, Vec<String>)> {
        find_mentions(text, Span::new(0, text.len()))
            .into_iter()
            .map(|m| {
                (
                    text[m.span].to_string(),
                    m.parties.iter().map(|p| p.code().to_string()).collect(),
                )
            })
            .collect()
    }

    #[test]
    fn country_forms() {
        for m in [
            "the U.S.",
            "the US",
            "the United States",
            "America",
            "Washington",
            "the US side",
            "US federal agencies",
            "the CIA",
            "the State Department",
            "the White House",
            "the Pentagon",
            "American",
            "the US'",
            "US's",
        ] {
            assert_eq!(codes(m), ["USA"], "{m}");
        }
        for m in [
            "the PRC",
            "the People's Republic of China",
            "China's",
            "Beijing",
            "the Chinese side",
            "China's Ministry of State Security",
            "the Chinese Mission to the EU",
            "Chinese Mission to the European Union",
            "Chinese Foreign Ministry",
            "the Ministry of Foreign Affairs of the People's Republic of China",
            "中方",
            "中国",
        ] {
            assert_eq!(codes(m), ["CHN"], "{m}");
        }
        assert_eq!(codes("the Russian Embassy in Washington"), ["RUS"]);
        assert_eq!(codes("the Russian Federation"), ["RUS"]);
        assert_eq!(codes("Moscow"), ["RUS"]);
        assert_eq!(codes("Britain"), ["GBR"]);
        assert_eq!(codes("the UK"), ["GBR"]);
        assert_eq!(codes("London"), ["GBR"]);
        assert_eq!(codes("Brussels"), ["EU"]);
        assert_eq!(codes("Tokyo"), ["JPN"]);
        assert_eq!(codes("the DPRK"), ["PRK"]);
        assert_eq!(codes("美国中央情报局"), ["USA"]);
        assert_eq!(codes("北约"), ["NATO"]);
        assert_eq!(codes("欧盟"), ["EU"]);
    }

    #[test]
    fn coalitions() {
        assert_eq!(codes("the US and its allies"), ["USA"]);
        assert_eq!(codes("the US and its NATO allies"), ["USA", "NATO"]);
        assert_eq!(codes("the EU and NATO"), ["EU", "NATO"]);
        assert_eq!(codes("美国及其北约盟国"), ["USA", "NATO"]);
        assert_eq!(
            mentions(
                "The US and a coalition of its allies on Monday accused China's Ministry of State Security of hacking."
            ),
            [
                (
                    "The US and a coalition of its allies".to_string(),
                    vec!["USA".to_string()]
                ),
                (
                    "China's Ministry of State Security".to_string(),
                    vec!["CHN".to_string()]
                ),
            ]
        );
    }

    #[test]
    fn never_guesses() {
        for m in [
            "the West",
            "Western countries",
            "外交部",
            "the Foreign Ministry",
            "Taiwan",
            "North America",
            "let us know",
            "",
            "Europe",
        ] {
            assert!(codes(m).is_empty(), "{m}");
        }
    }

    #[test]
    fn mention_inside_apposition() {
        let text = "APT-C-39, a cyber attack organization of the US Central Intelligence Agency, has done it.";
        let found = mentions(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "the US Central Intelligence Agency");
        assert_eq!(found[0].1, ["USA"]);
    }

    #[test]
    fn lists_of_host_states_stay_in_the_name() {
        let text = "Chinese embassies in Norway, the UK, Canada, and New Zealand said so.";
        let found = mentions(text);
        assert_eq!(found[0].1, ["CHN"]);
        assert_eq!(
            found[0].0,
            "Chinese embassies in Norway, the UK, Canada, and New Zealand"
        );
    }

    /// Pairs of (mention, codes), for short expectations.
    fn pairs(found: &[(String, Vec<String>)]) -> Vec<(&str, Vec<&str>)> {
        found
            .iter()
            .map(|(m, p)| (m.as_str(), p.iter().map(String::as_str).collect()))
            .collect()
    }

    #[test]
    fn coordinated_parties_join_one_mention() {
        let found = mentions("The EU, NATO and Japan met. China, Russia said no.");
        assert_eq!(
            pairs(&found),
            [
                ("The EU, NATO and Japan", vec!["EU", "NATO", "JPN"]),
                ("China", vec!["CHN"]),
                ("Russia", vec!["RUS"]),
            ]
        );
        let found = mentions("American, German and Swiss media reported it.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1, ["USA", "DEU", "CHE"]);
    }

    #[test]
    fn han_mentions_take_bodies_hosts_and_partners() {
        let found = mentions("美国和欧盟指责中方驻欧盟使团。");
        assert_eq!(
            pairs(&found),
            [
                ("美国和欧盟", vec!["USA", "EU"]),
                ("中方驻欧盟使团", vec!["CHN"])
            ]
        );
    }

    #[test]
    fn english_and_han_mentions_come_in_text_order() {
        let found = mentions("中方 rejects what the US side said about 北约.");
        assert_eq!(
            pairs(&found),
            [
                ("中方", vec!["CHN"]),
                ("the US side", vec!["USA"]),
                ("北约", vec!["NATO"]),
            ]
        );
    }

    #[test]
    fn mentions_start_only_at_capitals_or_the() {
        // Lower-case words never start a party's name, in any spelling.
        assert!(mentions("we asked china and russia about us").is_empty());
        // "the" opens a mention only before a capitalised word; a comma
        // between them leaves the name alone.
        let found = mentions("the, US. the the China. THE UK side.");
        assert_eq!(
            pairs(&found),
            [
                ("US", vec!["USA"]),
                ("the China", vec!["CHN"]),
                ("THE UK side", vec!["GBR"]),
            ]
        );
        // A digit starts a capitalised run that names no party; the form
        // after it still starts its own mention.
        let found = mentions("The 3 EU states objected.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1, ["EU"]);
        // A body before "of <party>" takes its party; quotes do not hide it.
        let found = mentions("“The” Ministry of Foreign Affairs of the PRC spoke.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "Ministry of Foreign Affairs of the PRC");
        assert_eq!(found[0].1, ["CHN"]);
        // Words that start with a non-ASCII capital are read as capitals:
        // "Über" starts no party, the demonym after the hyphen does, and "É
        // Mission" is a body that takes its party from "of Japan".
        let found = mentions("Über-Chinese media and the É Mission of Japan.");
        assert_eq!(
            pairs(&found),
            [
                ("Chinese media", vec!["CHN"]),
                ("the É Mission of Japan", vec!["JPN"]),
            ]
        );
    }

    #[test]
    fn ideograph_filter_keeps_every_ideograph() {
        for c in [
            '\u{3040}',
            '\u{30FF}',
            '中',
            '〇',
            '\u{AC00}',
            '\u{F900}',
            '\u{20000}',
        ] {
            assert!(crate::text::is_ideograph(c));
            assert!(may_hold_ideograph(&format!("“a{c}”")), "{c}");
        }
        assert!(!may_hold_ideograph("“The US” — é ü ½"));
    }

    #[test]
    fn odd_input_does_not_panic() {
        for t in [
            "'",
            "’s",
            "U.S.",
            "the",
            "(",
            "a'",
            "中",
            "美国及其",
            "x\u{0}y",
            "The US (EU",
        ] {
            let _ = find_mentions(t, Span::new(0, t.len()));
        }
        let _ = find_mentions("abc", Span::new(2, 99));
    }
}
