//! English number words, for the number grammar (`text::number`) and the
//! date grammar (`temporal`): one table per concept, lower case.

/// Cardinal words below a hundred with their values: the units and teens
/// (one word each below twenty), "zero" and its British forms ("nought",
/// "naught"), and the tens a unit may follow ("twenty-five").
pub(crate) const CARDINALS: &[(&str, u32)] = &[
    // Zero, as written in figures read aloud ("nought point five").
    ("zero", 0),
    ("nought", 0),
    ("naught", 0),
    // Units.
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    // Ten and the teens.
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    // Tens.
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

/// Ordinal words with their values: ranks ("the third largest"), days of
/// the month ("the twenty-first of March", with the tens of
/// [`CARDINALS`]), and the denominators of fractions ("three fifths").
pub(crate) const ORDINALS: &[(&str, u32)] = &[
    // Units: ranks and the first days of a month.
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    // Tenth and the teens.
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    // Round tens: the last days of a month ("the thirtieth"), and
    // anniversaries ("the fiftieth anniversary").
    ("twentieth", 20),
    ("thirtieth", 30),
    ("fortieth", 40),
    ("fiftieth", 50),
    // Hundredths, for fractions and centenaries.
    ("hundredth", 100),
];

/// The value of a word of [`CARDINALS`] (lower case).
pub(crate) fn cardinal(word: &str) -> Option<u32> {
    CARDINALS.iter().find(|(w, _)| *w == word).map(|&(_, v)| v)
}

/// The value of a word of [`ORDINALS`] (lower case).
pub(crate) fn ordinal(word: &str) -> Option<u32> {
    ORDINALS.iter().find(|(w, _)| *w == word).map(|&(_, v)| v)
}

/// The names of [`CARDINALS`].
pub(crate) const CARDINAL_NAMES: [&str; CARDINALS.len()] = super::names(CARDINALS);

/// The names of [`ORDINALS`].
pub(crate) const ORDINAL_NAMES: [&str; ORDINALS.len()] = super::names(ORDINALS);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_read_their_words() {
        assert_eq!(cardinal("twenty"), Some(20));
        assert_eq!(cardinal("nought"), Some(0));
        assert_eq!(ordinal("fifth"), Some(5));
        assert_eq!(ordinal("fifths"), None);
        assert_eq!(CARDINAL_NAMES[3], "one");
    }
}
