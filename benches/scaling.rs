//! Scaling of the whole analysis on pathological inputs, in bytes per
//! second: if the analysis is linear, the MB/s of one input stays flat from
//! 1 to 16 times its size.
//!
//! Run with `cargo bench --bench scaling` (add a filter such as `quotes` to
//! run one group, or one that matches no group, such as `table`, to print
//! only the table). Each input is built to about 256 KB, 1 MB and 4 MB.
//! Before the criterion groups, a table is printed once: for each input and
//! size, the median of three analyses and the peak resident memory the
//! analysis adds, as a multiple of the input (Linux only: measured in a
//! child process, this binary run again, from `/proc/self/status` after
//! resetting the peak through `/proc/self/clear_refs`).
#![allow(clippy::print_stdout)]

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput, criterion_group};

#[path = "support/pathological.rs"]
mod pathological;
use pathological::{KINDS, analysis_peak, input};

/// The size of an input at 1×.
const BASE: usize = 256 * 1024;

/// The multiples of [`BASE`] measured.
const SCALES: &[usize] = &[1, 4, 16];

/// Run in a child process by [`peak_memory`]: builds the input and
/// prints how far analysing it raised the peak resident set.
fn probe(spec: &str) {
    let (kind, bytes) = spec.split_once(':').expect("kind:bytes");
    let text = input(kind, bytes.parse().expect("bytes"));
    let peak = analysis_peak(&text).expect("/proc/self/status");
    println!("PEAK {peak}");
}

/// The peak resident memory analysing the input adds, measured in a fresh
/// child process (this binary, run with [`PROBE`] set) so that memory freed
/// by earlier runs and kept by the allocator does not hide it. `None`
/// without Linux's `/proc`.
fn peak_memory(kind: &str, bytes: usize) -> Option<usize> {
    std::fs::metadata("/proc/self/clear_refs").ok()?;
    let out = std::process::Command::new(std::env::current_exe().ok()?)
        .env(PROBE, format!("{kind}:{bytes}"))
        .output()
        .ok()?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    stdout
        .lines()
        .find_map(|l| l.strip_prefix("PEAK ")?.parse().ok())
}

/// The environment variable that makes this binary a memory probe.
const PROBE: &str = "DEMARCHE_SCALING_PROBE";

/// Prints the table of median time, throughput and peak memory.
fn table() {
    black_box(demarche::analyze(&input("press", 1)));
    println!(
        "{:<16} {:>9} {:>12} {:>8} {:>11}",
        "input", "size", "median", "MB/s", "peak/input"
    );
    for kind in KINDS {
        for &scale in SCALES {
            let text = input(kind, scale * BASE);
            let mut times: Vec<Duration> = (0..3)
                .map(|_| {
                    let start = Instant::now();
                    black_box(demarche::analyze(&text));
                    start.elapsed()
                })
                .collect();
            times.sort();
            let median = times[1];
            let peak = peak_memory(kind, scale * BASE);
            println!(
                "{kind:<16} {:>9} {:>12.3?} {:>8.1} {:>11}",
                text.len(),
                median,
                text.len() as f64 / 1e6 / median.as_secs_f64(),
                peak.map_or("-".into(), |p| format!(
                    "{:.2}",
                    p as f64 / text.len() as f64
                )),
            );
        }
    }
}

fn scaling(c: &mut Criterion) {
    table();
    for kind in KINDS {
        let mut g = c.benchmark_group(format!("scaling/{kind}"));
        g.sample_size(10);
        g.warm_up_time(Duration::from_millis(500));
        g.measurement_time(Duration::from_secs(2));
        for &scale in SCALES {
            let text = input(kind, scale * BASE);
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_function(format!("{scale}x"), |b| {
                b.iter(|| black_box(demarche::analyze(black_box(&text))));
            });
        }
        g.finish();
    }
}

criterion_group!(benches, scaling);

fn main() {
    if let Ok(spec) = std::env::var(PROBE) {
        probe(&spec);
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
