//! The sentence splitter's lexicons: abbreviations written with a dot that
//! does not always end a sentence, grouped by how they behave before the
//! next word, and the closed-class words that start sentences.
//!
//! Entries are lowercase and without the dot (starters are capitalised, as
//! they are written after a boundary). Each group says why it is there.

/// How an abbreviation's dot behaves before the next word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Abbreviation {
    /// Written before a name: the dot never ends a sentence ("Mr. Wang").
    Title,
    /// Written after a word or alone: the dot ends a sentence only before a
    /// word that starts sentences ("Huawei Co. The firm", "Co. Ltd").
    General,
    /// Written before a number: no boundary before a number ("No. 5",
    /// "Art. 51", "p. 55"), an ordinary word otherwise ("He said no.").
    Number,
}

/// Written before a name, so never at the end of a sentence.
const TITLES: &[&str] = &[
    // Civil titles and forms of address ("Mr. Wang", "Amb. Li", "Hon. Member").
    "mr", "mrs", "ms", "messrs", "mme", "mlle", "dr", "prof", "hon", "amb", "pres", "rev", "fr",
    "sra", "srta", "sen", "rep", "gov", "supt", "insp", "atty", "sec", "secy",
    // Military and police ranks ("Gen. Milley", "Lt. Col. Smith", "Adm. Aquilino").
    "gen", "lt", "col", "maj", "capt", "cpt", "cmdr", "cdr", "adm", "brig", "sgt", "cpl", "pvt",
    "spc", "ens", "cmdt", "lieut",
    // Place prefixes before a proper name ("St. Petersburg", "Mt. Fuji", "Ft. Worth").
    "st", "mt", "ft", "pt",
];

/// Written after a word: a boundary only before a sentence starter.
const GENERAL: &[&str] = &[
    // Company and organisation suffixes ("Huawei Technologies Co.", "Acme Inc.").
    "co", "corp", "inc", "ltd", "llc", "plc", "bros", "assn", "dept", "univ", "govt", "intl",
    "natl", "mfg", "cos",
    // Name suffixes and postnominals ("John Smith Jr.", "Sr.", "Smith, Esq.").
    "jr", "sr", "esq", "phd",
    // Months ("Jan. 5", "on Sept. 30"); "May" is a word, not an abbreviation.
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    // Weekdays ("Tues., Oct. 5"); "Wed", "Sat" and "Sun" are left out: they are
    // English words that end sentences.
    "mon", "tue", "tues", "thu", "thur", "thurs", "fri",
    // Latin and scholarly abbreviations ("etc.", "et al.", "cf.", "approx.").
    "etc", "al", "cf", "ca", "viz", "approx", "vs", "ibid", "op", "cit",
    // Addresses and measures ("Pennsylvania Ave.", "5 km. north", "est. 1949").
    "ave", "blvd", "rd", "hwy", "km", "sq", "oz", "lb", "lbs", "hr", "hrs", "est", "dist",
    // US states in the AP style ("Springfield, Ill.", "Austin, Tex."); the
    // two-letter postal codes have no dot, and "Ore." is rare but unambiguous.
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans",
    "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nebr", "nev", "okla",
    "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wisc", "wyo",
    // Canadian provinces and Australian states in the same press style.
    "alta", "ont", "que", "sask", "qld", "vic",
];

/// Written before a number.
const NUMBERED: &[&str] = &[
    // Numbered references in treaties, laws and documents ("No. 2231",
    // "Art. 51", "para. 3", "Vol. II", "Ch. 7", "Sect. 2", "Fig. 4").
    "no", "nos", "art", "arts", "para", "paras", "vol", "vols", "ch", "chap", "sect", "fig", "figs",
    "nr", // Pages ("p. 55", "pp. 10-12").
    "p", "pp", // Telephone numbers ("Tel. 010 6596 1114").
    "tel",
];

/// The longest entry of the three lists.
const LONGEST: usize = 6;

/// How `word` (without its dot) behaves as an abbreviation, if it is one.
pub(super) fn kind_of(word: &str) -> Option<Abbreviation> {
    if word.is_empty() || word.len() > LONGEST {
        return None;
    }
    let is = |list: &[&str]| {
        list.iter()
            .any(|a| a.len() == word.len() && a.eq_ignore_ascii_case(word))
    };
    if is(TITLES) {
        Some(Abbreviation::Title)
    } else if is(GENERAL) {
        Some(Abbreviation::General)
    } else if is(NUMBERED) {
        Some(Abbreviation::Number)
    } else {
        None
    }
}

/// Closed-class words that start sentences and are not names: after a dot
/// that may belong to an abbreviation or initials ("the U.S. The", "Co. It",
/// "you and I. Did"), one of them means the sentence ended there; a name
/// ("U.S. Navy", "I. Jones") means it did not.
const STARTERS: &[&str] = &[
    // Articles, demonstratives and determiners.
    "A",
    "An",
    "The",
    "This",
    "That",
    "These",
    "Those",
    "Some",
    "Any",
    "Each",
    "Every",
    "All",
    "Both",
    "Many",
    "Most",
    "Several",
    "Such",
    "Another",
    "Other",
    "No",
    "Neither",
    "Either",
    // Personal and possessive pronouns.
    "I",
    "You",
    "He",
    "She",
    "It",
    "We",
    "They",
    "My",
    "Your",
    "His",
    "Her",
    "Its",
    "Our",
    "Their",
    "There",
    "Here",
    // Question words and subordinators.
    "What",
    "Which",
    "Who",
    "Whom",
    "Whose",
    "Why",
    "How",
    "When",
    "Where",
    "If",
    "Although",
    "Though",
    "Because",
    "Unless",
    "While",
    "Whether",
    "Once",
    "As",
    // Auxiliaries and modals (questions: "you and I. Did you see").
    "Do",
    "Does",
    "Did",
    "Is",
    "Are",
    "Was",
    "Were",
    "Has",
    "Have",
    "Had",
    "Will",
    "Would",
    "Can",
    "Could",
    "Should",
    "Shall",
    "May",
    "Might",
    "Must",
    // Conjunctions and sentence adverbs.
    "And",
    "But",
    "Or",
    "So",
    "Yet",
    "However",
    "Meanwhile",
    "Moreover",
    "Furthermore",
    "Therefore",
    "Thus",
    "Also",
    "Still",
    "Then",
    "Now",
    "Nevertheless",
    "Nonetheless",
    "Indeed",
    "Instead",
    "In",
    "On",
    "At",
    "For",
    "From",
    "With",
    "After",
    "Before",
    "During",
    "Since",
    "Until",
    "Today",
    "Yesterday",
    "Tomorrow",
    "Later",
    "Earlier",
    "According",
    "Asked",
    "Let",
    "Please",
];

/// States by their one-word short names. A state's name after initials or
/// an abbreviation starts a sentence ("sanctions imposed by the U.S. China
/// will respond"): English joins a state to initials with a hyphen
/// ("U.S.-China talks"), not a space. Names of two words or more start with
/// an ambiguous word ("South", "United") and are left out.
const STATES: &[&str] = &[
    "Afghanistan",
    "Albania",
    "Algeria",
    "Andorra",
    "Angola",
    "Argentina",
    "Armenia",
    "Australia",
    "Austria",
    "Azerbaijan",
    "Bahamas",
    "Bahrain",
    "Bangladesh",
    "Barbados",
    "Belarus",
    "Belgium",
    "Belize",
    "Benin",
    "Bhutan",
    "Bolivia",
    "Botswana",
    "Brazil",
    "Brunei",
    "Bulgaria",
    "Burundi",
    "Cambodia",
    "Cameroon",
    "Canada",
    "Chad",
    "Chile",
    "China",
    "Colombia",
    "Comoros",
    "Congo",
    "Croatia",
    "Cuba",
    "Cyprus",
    "Czechia",
    "Denmark",
    "Djibouti",
    "Dominica",
    "Ecuador",
    "Egypt",
    "Eritrea",
    "Estonia",
    "Eswatini",
    "Ethiopia",
    "Fiji",
    "Finland",
    "France",
    "Gabon",
    "Gambia",
    "Georgia",
    "Germany",
    "Ghana",
    "Greece",
    "Grenada",
    "Guatemala",
    "Guinea",
    "Guyana",
    "Haiti",
    "Honduras",
    "Hungary",
    "Iceland",
    "India",
    "Indonesia",
    "Iran",
    "Iraq",
    "Ireland",
    "Israel",
    "Italy",
    "Jamaica",
    "Japan",
    "Jordan",
    "Kazakhstan",
    "Kenya",
    "Kiribati",
    "Kosovo",
    "Kuwait",
    "Kyrgyzstan",
    "Laos",
    "Latvia",
    "Lebanon",
    "Lesotho",
    "Liberia",
    "Libya",
    "Liechtenstein",
    "Lithuania",
    "Luxembourg",
    "Madagascar",
    "Malawi",
    "Malaysia",
    "Maldives",
    "Mali",
    "Malta",
    "Mauritania",
    "Mauritius",
    "Mexico",
    "Micronesia",
    "Moldova",
    "Monaco",
    "Mongolia",
    "Montenegro",
    "Morocco",
    "Mozambique",
    "Myanmar",
    "Namibia",
    "Nauru",
    "Nepal",
    "Netherlands",
    "Nicaragua",
    "Niger",
    "Nigeria",
    "Norway",
    "Oman",
    "Pakistan",
    "Palau",
    "Palestine",
    "Panama",
    "Paraguay",
    "Peru",
    "Philippines",
    "Poland",
    "Portugal",
    "Qatar",
    "Romania",
    "Russia",
    "Rwanda",
    "Samoa",
    "Senegal",
    "Serbia",
    "Seychelles",
    "Singapore",
    "Slovakia",
    "Slovenia",
    "Somalia",
    "Spain",
    "Sudan",
    "Suriname",
    "Sweden",
    "Switzerland",
    "Syria",
    "Taiwan",
    "Tajikistan",
    "Tanzania",
    "Thailand",
    "Togo",
    "Tonga",
    "Tunisia",
    "Turkey",
    "Türkiye",
    "Turkmenistan",
    "Tuvalu",
    "Uganda",
    "Ukraine",
    "Uruguay",
    "Uzbekistan",
    "Vanuatu",
    "Venezuela",
    "Vietnam",
    "Yemen",
    "Zambia",
    "Zimbabwe",
];

/// Whether `word` starts sentences after initials or an abbreviation: a
/// closed-class word or a state's name.
pub(super) fn is_starter(word: &str) -> bool {
    word.len() <= 13 && (STARTERS.contains(&word) || STATES.contains(&word))
}

/// Prepositions that open a time adverbial at the head of a sentence ("At 5
/// a.m.", "By 10 p.m."): after such a short phrase, a capitalised word is the
/// subject of the same sentence, not the start of a new one.
const TIME_PREPOSITIONS: &[&str] = &[
    "at", "by", "from", "until", "till", "since", "before", "after", "around", "about", "on",
    "past", "between", "shortly", "just",
];

/// Whether `word` opens a fronted time adverbial.
pub(super) fn is_time_preposition(word: &str) -> bool {
    word.len() <= 8
        && TIME_PREPOSITIONS
            .iter()
            .any(|p| p.eq_ignore_ascii_case(word))
}

/// Time zones written after a clock time ("3 p.m. GMT", "9 a.m. EST"): the
/// clock time goes on.
const TIME_ZONES: &[&str] = &[
    "GMT", "UTC", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "BST", "CET", "CEST",
    "EET", "EEST", "WET", "MSK", "IST", "JST", "KST", "HKT", "SGT", "AEST", "AEDT",
];

/// Whether `word` is a time zone.
pub(super) fn is_time_zone(word: &str) -> bool {
    word.len() <= 4 && TIME_ZONES.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_lowercase_short_and_in_one_list() {
        for list in [TITLES, GENERAL, NUMBERED] {
            for a in list {
                assert!(a.len() <= LONGEST, "{a}");
                assert_eq!(*a, a.to_ascii_lowercase());
                let lists = [TITLES, GENERAL, NUMBERED]
                    .iter()
                    .filter(|l| l.contains(a))
                    .count();
                assert_eq!(lists, 1, "{a} is in more than one list");
            }
        }
        assert!(STARTERS.iter().chain(STATES).all(|s| s.len() <= 13));
    }

    #[test]
    fn kinds() {
        assert_eq!(kind_of("Mr"), Some(Abbreviation::Title));
        assert_eq!(kind_of("CO"), Some(Abbreviation::General));
        assert_eq!(kind_of("No"), Some(Abbreviation::Number));
        assert_eq!(kind_of("said"), None);
        assert_eq!(kind_of("government"), None);
        assert!(is_starter("The") && !is_starter("Government"));
    }
}
