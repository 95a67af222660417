//! Analyses every file of a directory on all cores and reports the
//! throughput.
//!
//! ```text
//! cargo run --release --example directory -- [DIR]
//! ```
//!
//! `DIR` defaults to the examples' `data` directory. Every statement file in
//! it (not in its subdirectories) is read and analysed as one statement: a
//! regular file named `*.txt` or `*.md`, or with no extension (gold
//! annotations, JSON and other data beside the statements are passed
//! over). The files are analysed by
//! as many worker threads as the machine has cores, each taking the next
//! file from a shared index. At the end it prints how many documents and
//! bytes were analysed, the documents per second and MB per second, a few
//! totals of what was found, and one line per file that failed: a file
//! that cannot be read, or is not UTF-8 (with the offset, line and column
//! of the first bad byte). The other files are still analysed; the exit
//! status is non-zero if any failed.
#![allow(clippy::print_stderr)]

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

/// What one worker found, summed over the files it took.
#[derive(Debug, Default)]
struct Totals {
    documents: usize,
    bytes: usize,
    sentences: usize,
    quotes: usize,
    accusations: usize,
    statistics: usize,
    /// The files that failed, by index into the file list, with the error.
    errors: Vec<(usize, String)>,
}

impl Totals {
    fn add(&mut self, other: Totals) {
        self.documents += other.documents;
        self.bytes += other.bytes;
        self.sentences += other.sentences;
        self.quotes += other.quotes;
        self.accusations += other.accusations;
        self.statistics += other.statistics;
        self.errors.extend(other.errors);
    }
}

fn main() -> ExitCode {
    let dir = std::env::args_os().nth(1).map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data"),
        PathBuf::from,
    );
    let files = match list(&dir) {
        Ok(files) => files,
        Err(err) => {
            eprintln!("directory: {}: {err}", dir.display());
            return ExitCode::FAILURE;
        }
    };
    let workers = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .min(files.len().max(1));

    let start = Instant::now();
    let next = AtomicUsize::new(0);
    let mut totals = Totals::default();
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| scope.spawn(|| work(&files, &next)))
            .collect();
        for handle in handles {
            match handle.join() {
                Ok(part) => totals.add(part),
                Err(_) => totals.errors.push((usize::MAX, "a worker panicked".into())),
            }
        }
    });
    let secs = start.elapsed().as_secs_f64().max(1e-9);

    // A closed standard output (`| head`) is not an error worth a panic.
    let mut out = std::io::stdout().lock();
    let _ = writeln!(
        out,
        "{} documents, {} in {secs:.3} s on {workers} threads: {:.0} documents/s, {:.1} MB/s",
        totals.documents,
        size(totals.bytes),
        totals.documents as f64 / secs,
        totals.bytes as f64 / 1e6 / secs,
    );
    let _ = writeln!(
        out,
        "found {} sentences, {} quotes, {} accusations, {} statistics",
        totals.sentences, totals.quotes, totals.accusations, totals.statistics
    );
    totals.errors.sort();
    for (i, err) in &totals.errors {
        match files.get(*i) {
            Some(path) => eprintln!("directory: {}: {err}", path.display()),
            None => eprintln!("directory: {err}"),
        }
    }
    if totals.errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        eprintln!(
            "directory: {} of {} files failed",
            totals.errors.len(),
            files.len()
        );
        ExitCode::FAILURE
    }
}

/// The statement files of `dir`, sorted by name.
fn list(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        if entry.file_type()?.is_file() && is_statement(&entry.path()) {
            files.push(entry.path());
        }
    }
    files.sort();
    Ok(files)
}

/// Whether `path` names a statement: text (`.txt`), Markdown captured from
/// a page (`.md`), or a file with no extension.
fn is_statement(path: &Path) -> bool {
    match path.extension().and_then(|e| e.to_str()) {
        None => true,
        Some(ext) => ["txt", "md", "markdown", "text"]
            .iter()
            .any(|x| ext.eq_ignore_ascii_case(x)),
    }
}

/// A byte count in the unit that shows it best: `812 bytes`, `40.2 KB`,
/// `3.1 MB`.
fn size(bytes: usize) -> String {
    let b = bytes as f64;
    if bytes < 1_000 {
        format!("{bytes} bytes")
    } else if bytes < 1_000_000 {
        format!("{:.1} KB", b / 1e3)
    } else {
        format!("{:.1} MB", b / 1e6)
    }
}

/// One worker: takes the next file until none is left.
fn work(files: &[PathBuf], next: &AtomicUsize) -> Totals {
    let mut totals = Totals::default();
    loop {
        let i = next.fetch_add(1, Ordering::Relaxed);
        let Some(path) = files.get(i) else {
            return totals;
        };
        let bytes = match std::fs::read(path) {
            Ok(bytes) => bytes,
            Err(err) => {
                totals.errors.push((i, err.to_string()));
                continue;
            }
        };
        match demarche::analyze_bytes(&bytes) {
            Ok(s) => {
                totals.documents += 1;
                totals.bytes += bytes.len();
                totals.sentences += s.sentences.len();
                totals.quotes += s.quotes.len();
                totals.accusations += s.accusations.len();
                totals.statistics += s.statistics.len();
            }
            Err(err) => totals.errors.push((i, err.to_string())),
        }
    }
}
