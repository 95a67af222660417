//! Prints the language runs demarche and lingua find in each file given,
//! side by side, to compare their accuracy by eye:
//! `cargo run --release -- ../../tests/fixtures/bilingual_*.txt`.
#![allow(clippy::print_stdout)]

use lingua::{Language, LanguageDetectorBuilder};

fn main() {
    let lingua = LanguageDetectorBuilder::from_languages(&[Language::English, Language::Chinese])
        .with_preloaded_language_models()
        .build();
    for path in std::env::args().skip(1) {
        let Ok(text) = std::fs::read_to_string(&path) else {
            println!("{path}: unreadable");
            continue;
        };
        println!("== {path}");
        for run in demarche::language_spans(&text) {
            let lang = run.lang.map_or("none", |l| l.code());
            println!("  demarche {lang} {}", snippet(&text[run.span.start..run.span.end]));
        }
        for r in lingua.detect_multiple_languages_of(text.as_str()) {
            let lang = r.language().iso_code_639_3().to_string();
            println!("  lingua   {lang} {}", snippet(&text[r.start_index()..r.end_index()]));
        }
    }
}

fn snippet(s: &str) -> String {
    let s = s.trim();
    let head: String = s.chars().take(24).collect();
    let tail: String = s.chars().rev().take(12).collect::<Vec<_>>().into_iter().rev().collect();
    format!("{head:?} .. {tail:?} ({} bytes)", s.len())
}
