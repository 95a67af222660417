//! Sentence boundaries through the public API: `Statement::sentences` on
//! texts whose layout matters (errant line breaks, blank lines, one-line
//! lists), and spans that are byte ranges of the exact input.

use demarche::Span;

/// The sentences of `text` after a headline and a blank line (so the body
/// is read as body, not as a header).
fn body_sentences(body: &str) -> Vec<String> {
    let text = format!("Statement by the Spokesperson\n\n{body}");
    let statement = demarche::analyze(&text);
    let head = "Statement by the Spokesperson".len();
    statement
        .sentences
        .iter()
        .filter(|s| s.start > head)
        .map(|&s: &Span| text[s].to_string())
        .collect()
}

#[test]
fn a_line_broken_in_mid_sentence_does_not_end_it() {
    // Text from a PDF or a fixed-width page: the break falls inside a
    // sentence, and the next line goes on in lowercase.
    assert_eq!(
        body_sentences("The two sides agreed to resume\nconsultations in March. Details follow."),
        [
            "The two sides agreed to resume\nconsultations in March.",
            "Details follow."
        ]
    );
    assert_eq!(
        body_sentences("The delegation left for \nthe talks in Geneva on Tuesday."),
        ["The delegation left for \nthe talks in Geneva on Tuesday."]
    );
}

#[test]
fn a_blank_line_still_ends_a_paragraph_and_a_sentence() {
    assert_eq!(
        body_sentences("The talks went on\n\nfor three days."),
        ["The talks went on", "for three days."]
    );
}

#[test]
fn a_broken_first_line_is_not_a_headline() {
    let text = "The ministry rejected the claims\nmade by the coast guard on Monday.";
    let statement = demarche::analyze(text);
    assert!(statement.headline.is_none());
    assert_eq!(statement.sentences.len(), 1);
    assert_eq!(&text[statement.sentences[0]], text);
}

#[test]
fn lowercase_entries_on_their_own_lines_stay_apart() {
    assert_eq!(
        body_sentences("The talks covered:\nmaritime security\nfisheries, trade\n"),
        [
            "The talks covered:",
            "maritime security",
            "fisheries, trade"
        ]
    );
}

#[test]
fn list_items_on_one_line_are_sentences() {
    assert_eq!(
        body_sentences("1. Respect sovereignty 2. Stop interference 3. Resume dialogue"),
        [
            "1. Respect sovereignty",
            "2. Stop interference",
            "3. Resume dialogue"
        ]
    );
}

#[test]
fn spans_are_exact_byte_ranges() {
    let body = "“We oppose it. . . .” The Mission said so.Mr. Li agreed… 中方回应了。好！";
    let text = format!("Statement by the Spokesperson\n\n{body}");
    let statement = demarche::analyze(&text);
    for &s in &statement.sentences {
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        assert_eq!(text[s].trim(), &text[s]);
    }
    assert!(
        statement
            .sentences
            .windows(2)
            .all(|w| w[0].end <= w[1].start)
    );
}
