//! Throughput of the whole analysis and of each stage, in bytes per second.
//!
//! Run with `cargo bench --bench pipeline`. The corpus is generated from
//! the statements in `tests/fixtures` and the analyze example's sample:
//! each one analysed as its own document, repeated until the corpus holds
//! about 4 MB. Two corpora: English press text, and every fixture (with
//! Chinese transcripts and bilingual pages). Each stage is timed on the
//! output of the stages before it, so a figure is that stage's cost alone.

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use criterion::{BenchmarkGroup, Criterion, Throughput, criterion_group, criterion_main};
use demarche::stages;

/// Fixtures of English press text: embassy and ministry statements, White
/// House and gov.uk releases, a transcript.
const ENGLISH: &[&str] = &[
    "foundation_embassy",
    "foundation_govuk",
    "foundation_whitehouse",
    "accusations_cn_mission",
    "accusations_govuk",
    "accusations_ru_embassy",
    "accusations_whitehouse",
    "speakers_govuk",
    "speakers_whitehouse",
    "stats_en_release",
];

/// About this many bytes of documents per corpus.
const CORPUS_BYTES: usize = 4 << 20;

fn load(name: &str) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let path = if name == "sample" {
        root.join("examples/data/sample.txt")
    } else {
        root.join("tests/fixtures").join(format!("{name}.txt"))
    };
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The documents of one corpus, repeated to about [`CORPUS_BYTES`].
fn corpus(names: &[&str]) -> Vec<String> {
    let docs: Vec<String> = names.iter().map(|n| load(n)).collect();
    let mut out = Vec::new();
    let mut size = 0;
    while size < CORPUS_BYTES {
        for doc in &docs {
            size += doc.len();
            out.push(doc.clone());
        }
    }
    out
}

fn all_fixtures() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("tests/fixtures")
        .filter_map(|e| {
            let name = e.ok()?.file_name().into_string().ok()?;
            name.strip_suffix(".txt").map(str::to_owned)
        })
        .collect();
    names.sort();
    names.push("sample".to_owned());
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    corpus(&names)
}

fn group<'c>(
    c: &'c mut Criterion,
    name: &str,
    docs: &[String],
) -> BenchmarkGroup<'c, criterion::measurement::WallTime> {
    let bytes: usize = docs.iter().map(String::len).sum();
    let mut g = c.benchmark_group(name);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.warm_up_time(Duration::from_secs(1));
    g.measurement_time(Duration::from_secs(5));
    g
}

fn stages(c: &mut Criterion, name: &str, docs: &[String]) {
    let segmented: Vec<_> = docs.iter().map(|d| stages::segment(d, None)).collect();
    let speakers: Vec<_> = segmented.iter().map(|d| stages::speakers(d).0).collect();
    let temporal: Vec<_> = segmented.iter().map(stages::temporal).collect();
    let sides: Vec<_> = segmented
        .iter()
        .zip(&speakers)
        .map(|(d, s)| stages::side(d, s))
        .collect();
    let accusations: Vec<_> = segmented
        .iter()
        .zip(&temporal)
        .zip(&sides)
        .map(|((d, t), s)| stages::accusations(d, t, s.as_ref()))
        .collect();

    let mut g = group(c, name, docs);
    g.bench_function("analyze", |b| {
        b.iter(|| {
            for d in docs {
                black_box(demarche::analyze(d));
            }
        });
    });
    g.bench_function("segmentation+metadata", |b| {
        b.iter(|| {
            for d in docs {
                black_box(stages::segment(d, None).sentences());
            }
        });
    });
    g.bench_function("language_spans", |b| {
        b.iter(|| {
            for d in docs {
                black_box(demarche::language_spans(d));
            }
        });
    });
    g.bench_function("parallel_passages", |b| {
        let runs: Vec<_> = docs.iter().map(|d| demarche::language_spans(d)).collect();
        b.iter(|| {
            for (d, r) in docs.iter().zip(&runs) {
                black_box(stages::parallel_passages(d, r));
            }
        });
    });
    g.bench_function("speakers+turns+quotes", |b| {
        b.iter(|| {
            for d in &segmented {
                black_box(stages::speakers(d));
            }
        });
    });
    g.bench_function("temporal", |b| {
        b.iter(|| {
            for d in &segmented {
                black_box(stages::temporal(d));
            }
        });
    });
    g.bench_function("statistics", |b| {
        b.iter(|| {
            for d in &segmented {
                black_box(stages::statistics(d));
            }
        });
    });
    g.bench_function("side", |b| {
        b.iter(|| {
            for (d, s) in segmented.iter().zip(&speakers) {
                black_box(stages::side(d, s));
            }
        });
    });
    g.bench_function("accusations", |b| {
        b.iter(|| {
            for ((d, t), s) in segmented.iter().zip(&temporal).zip(&sides) {
                black_box(stages::accusations(d, t, s.as_ref()));
            }
        });
    });
    g.bench_function("rebuttals", |b| {
        b.iter(|| {
            for ((d, (a, m)), s) in segmented.iter().zip(&accusations).zip(&sides) {
                black_box(stages::rebuttals(d, a, s.as_ref(), m));
            }
        });
    });
    g.bench_function("statistics_entry", |b| {
        b.iter(|| {
            for d in docs {
                black_box(demarche::statistics(d));
            }
        });
    });
    g.finish();
}

fn english_press(c: &mut Criterion) {
    let mut names = ENGLISH.to_vec();
    names.push("sample");
    stages(c, "english_press", &corpus(&names));
}

fn all_statements(c: &mut Criterion) {
    stages(c, "all_fixtures", &all_fixtures());
}

criterion_group!(benches, english_press, all_statements);
criterion_main!(benches);
