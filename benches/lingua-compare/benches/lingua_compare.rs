//! demarche's language runs side by side with lingua's
//! `detect_multiple_languages_of` (English and Chinese models only), on the
//! same mixed English/Chinese statements: one paragraph at a time, and whole
//! documents.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use lingua::{Language, LanguageDetectorBuilder};
use std::hint::black_box;

/// The bilingual fixtures of demarche's tests: English statements with a
/// Chinese paragraph, a Chinese transcript with English islands, a
/// bilingual page, English with names and exclamations.
const DOCUMENTS: [&str; 4] = [
    include_str!("../../../tests/fixtures/bilingual_english_chinese_paragraph.txt"),
    include_str!("../../../tests/fixtures/bilingual_chinese_english_islands.txt"),
    include_str!("../../../tests/fixtures/bilingual_parallel_page.txt"),
    include_str!("../../../tests/fixtures/bilingual_english_names.txt"),
];

fn compare(c: &mut Criterion) {
    let lingua = LanguageDetectorBuilder::from_languages(&[Language::English, Language::Chinese])
        .with_preloaded_language_models()
        .build();
    let paragraphs: Vec<&str> = DOCUMENTS
        .iter()
        .flat_map(|d| d.split("\n\n"))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let document = DOCUMENTS.concat().repeat(8);

    let mut group = c.benchmark_group("language_runs");
    group.throughput(Throughput::Bytes(
        paragraphs.iter().map(|p| p.len() as u64).sum(),
    ));
    group.bench_function("demarche/paragraphs", |b| {
        b.iter(|| {
            for p in &paragraphs {
                black_box(demarche::language_spans(black_box(p)));
            }
        })
    });
    group.bench_function("lingua/paragraphs", |b| {
        b.iter(|| {
            for p in &paragraphs {
                black_box(lingua.detect_multiple_languages_of(black_box(*p)));
            }
        })
    });
    group.throughput(Throughput::Bytes(document.len() as u64));
    group.bench_function("demarche/document", |b| {
        b.iter(|| black_box(demarche::language_spans(black_box(&document))))
    });
    group.bench_function("lingua/document", |b| {
        b.iter(|| black_box(lingua.detect_multiple_languages_of(black_box(document.as_str()))))
    });
    let english = DOCUMENTS[3].repeat(64) + DOCUMENTS[0];
    group.throughput(Throughput::Bytes(english.len() as u64));
    group.bench_function("demarche/english_dominant", |b| {
        b.iter(|| black_box(demarche::language_spans(black_box(&english))))
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = compare
}
criterion_main!(benches);
