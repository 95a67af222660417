//! Throughput of the whole analysis and of each stage, in bytes per second.
//!
//! Run with `cargo bench --bench pipeline`. The corpus is generated from
//! the statements in `tests/fixtures` and the analyze example's sample:
//! each one analysed as its own document, repeated until the corpus holds
//! about 4 MB. Two corpora: English press text, and every fixture (with
//! Chinese transcripts and bilingual pages). Each stage is timed on the
//! output of the stages before it, so a figure is that stage's cost alone.
//!
//! Time is the benchmark thread's CPU time (Linux's per-thread scheduler
//! statistics), so the figures are for one core even on a busy machine;
//! elsewhere it falls back to wall-clock time.

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use criterion::measurement::{Measurement, ValueFormatter, WallTime};
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

/// The CPU time of the calling thread, in nanoseconds.
#[derive(Debug, Clone, Copy, Default)]
pub struct CpuTime;

fn thread_cpu_ns() -> Option<u64> {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

/// The start of a measurement: CPU time where the system reports it,
/// wall-clock time otherwise.
#[derive(Debug)]
pub enum Start {
    /// Thread CPU time, in nanoseconds.
    Cpu(u64),
    /// Wall-clock time.
    Wall(std::time::Instant),
}

impl Measurement for CpuTime {
    type Intermediate = Start;
    type Value = u64;

    fn start(&self) -> Start {
        thread_cpu_ns().map_or_else(|| Start::Wall(std::time::Instant::now()), Start::Cpu)
    }

    fn end(&self, start: Start) -> u64 {
        match start {
            Start::Cpu(ns) => thread_cpu_ns().unwrap_or(ns).saturating_sub(ns),
            Start::Wall(t) => u64::try_from(t.elapsed().as_nanos()).unwrap_or(u64::MAX),
        }
    }

    fn add(&self, a: &u64, b: &u64) -> u64 {
        a + b
    }

    fn zero(&self) -> u64 {
        0
    }

    fn to_f64(&self, value: &u64) -> f64 {
        *value as f64
    }

    fn formatter(&self) -> &dyn ValueFormatter {
        // Values are nanoseconds, as wall-clock time's are.
        static WALL: WallTime = WallTime;
        WALL.formatter()
    }
}

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
    c: &'c mut Criterion<CpuTime>,
    name: &str,
    docs: &[String],
) -> BenchmarkGroup<'c, CpuTime> {
    let bytes: usize = docs.iter().map(String::len).sum();
    let mut g = c.benchmark_group(name);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.warm_up_time(Duration::from_secs(1));
    g.measurement_time(Duration::from_secs(5));
    g
}

fn stages(c: &mut Criterion<CpuTime>, name: &str, docs: &[String]) {
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
    // The same bytes as one long document: the difference from `analyze`
    // is the cost per document.
    let joined = docs.join("\n\n");
    g.bench_function("analyze_as_one_document", |b| {
        b.iter(|| black_box(demarche::analyze(&joined)));
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

fn english_press(c: &mut Criterion<CpuTime>) {
    let mut names = ENGLISH.to_vec();
    names.push("sample");
    stages(c, "english_press", &corpus(&names));
}

fn all_statements(c: &mut Criterion<CpuTime>) {
    stages(c, "all_fixtures", &all_fixtures());
}

criterion_group! {
    name = benches;
    config = Criterion::default().with_measurement(CpuTime);
    targets = english_press, all_statements
}
criterion_main!(benches);
