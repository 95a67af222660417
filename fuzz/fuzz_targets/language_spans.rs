//! `demarche::language_spans` and `demarche::parallel_passages` on any valid
//! UTF-8: the runs partition the input (joined in order they cover every byte
//! once), confidences in 0..=1; passages and anchors in bounds.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let runs = demarche::language_spans(text);
    demarche_fuzz::check_language_spans(text, &runs);
    let joined: String = runs.iter().map(|r| &text[r.span]).collect();
    assert_eq!(joined, text, "joined language spans differ from the input");
    let passages = demarche::parallel_passages(text);
    demarche_fuzz::check_parallel_passages(text, &passages);
});
