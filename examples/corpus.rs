//! Analyses a folder of statements on every core and writes one table per
//! kind of item, for pandas, R or a spreadsheet.
//!
//! ```text
//! cargo run --release --example corpus -- DIR --out OUT [--html] [--threads N]
//! ```
//!
//! `DIR` is walked recursively (in file-name order). Every `.txt` and `.md`
//! file is one document, its id its path under `DIR`; every `.jsonl` file
//! holds one `{"id": ..., "text": ...}` object per line, each a document
//! (an object without an id gets `PATH:LINE`). Other files (gold
//! annotations, say) are passed over.
//!
//! `OUT` receives `documents.csv`, `speakers.csv`, `turns.csv`,
//! `quotes.csv`, `voices.csv`, `dates.csv`, `statistics.csv`,
//! `accusations.csv`, `rebuttals.csv`, `protests.csv` and `language_spans.csv` (RFC 4180,
//! UTF-8, a header row, one row per item with the document id, the item's
//! index, span and text, and every field flattened into columns; see
//! `corpus/tables.rs`), and `statements.jsonl`: one line per document,
//! `{"id", "source", "line", "statement"}` with the statement in the JSON
//! contract. With `--html` it also writes `html/ID.html`, the annotated page
//! of every document (`demarche::html::render`). Rows are in input order
//! whatever the number of threads.
//!
//! On a terminal a progress bar shows the documents, megabytes and
//! megabytes per second; elsewhere the run is quiet until its summary. A
//! file that cannot be read, is not UTF-8 (reported with the byte offset
//! of the first bad byte) or is not JSON Lines is reported, skipped and
//! counted; the other documents are all written. The exit status is
//! non-zero if any input failed.
#![allow(clippy::print_stdout, clippy::print_stderr)]

#[path = "corpus/tables.rs"]
mod tables;

use std::fs::File;
use std::io::{self, BufRead, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;

use tables::{Rows, Source, TABLES, Writers};

/// Documents analysed together before their rows are written in order.
const BATCH_DOCUMENTS: usize = 512;
/// Bytes of JSON Lines held at most before a batch is analysed.
const BATCH_BYTES: usize = 32 << 20;

const USAGE: &str = "usage: corpus DIR --out OUT [--html] [--threads N]";

fn main() -> ExitCode {
    let args = match Args::parse(std::env::args_os().skip(1)) {
        Ok(Some(args)) => args,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(msg) => {
            eprintln!("corpus: {msg}\n{USAGE}");
            return ExitCode::FAILURE;
        }
    };
    match run(&args) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(err) => {
            eprintln!("corpus: {err}");
            ExitCode::FAILURE
        }
    }
}

/// The command line.
#[derive(Debug)]
struct Args {
    dir: PathBuf,
    out: PathBuf,
    html: bool,
    threads: Option<usize>,
}

impl Args {
    fn parse(mut args: impl Iterator<Item = std::ffi::OsString>) -> Result<Option<Args>, String> {
        let (mut dir, mut out, mut html, mut threads) = (None, None, false, None);
        while let Some(arg) = args.next() {
            match arg.to_str() {
                Some("-h" | "--help") => return Ok(None),
                Some("--html") => html = true,
                Some("--out") => {
                    out = Some(PathBuf::from(args.next().ok_or("--out needs a value")?))
                }
                Some("--threads") => {
                    let n = args.next().and_then(|n| n.to_str()?.parse().ok());
                    threads = Some(n.filter(|&n| n > 0).ok_or("--threads needs a number")?);
                }
                _ if dir.is_none() => dir = Some(PathBuf::from(arg)),
                _ => return Err(format!("unexpected argument {}", arg.to_string_lossy())),
            }
        }
        Ok(Some(Args {
            dir: dir.ok_or("no DIR given")?,
            out: out.ok_or("no --out given")?,
            html,
            threads,
        }))
    }
}

/// One document to analyse.
#[derive(Debug)]
enum Input {
    /// A text or Markdown file, read by the worker.
    File(Source),
    /// A line of a JSON Lines file, with its offset in the file.
    Line(Source, u64, Vec<u8>),
}

/// What a worker made of one document.
#[derive(Debug)]
struct Done {
    rows: Rows,
    json: String,
    bytes: usize,
}

/// Totals for the summary.
#[derive(Debug, Default)]
struct Summary {
    files: usize,
    documents: usize,
    bytes: usize,
    failures: usize,
}

/// The whole run; `Ok(false)` when an input failed.
fn run(args: &Args) -> io::Result<bool> {
    if let Some(n) = args.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global()
            .map_err(io::Error::other)?;
    }
    std::fs::create_dir_all(&args.out)?;
    let html_dir = args.out.join("html");
    if args.html {
        std::fs::create_dir_all(&html_dir)?;
    }
    let out_dir = args.out.canonicalize()?;

    let start = Instant::now();
    let mut summary = Summary::default();
    let bar = progress_bar();
    let report = |summary: &mut Summary, msg: String| {
        summary.failures += 1;
        bar.suspend(|| eprintln!("corpus: {msg}"));
    };

    // The walk: statement files in name order, the output folder left out
    // (its statements.jsonl is not an input).
    let mut files = Vec::new();
    let walk = walkdir::WalkDir::new(&args.dir)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| {
            !e.file_type().is_dir() || e.path().canonicalize().ok().as_ref() != Some(&out_dir)
        });
    for entry in walk {
        match entry {
            Ok(e) if e.file_type().is_file() && kind(e.path()).is_some() => {
                let len = e.metadata().map_or(0, |m| m.len());
                files.push((e.into_path(), len));
            }
            Ok(_) => {}
            Err(err) => {
                let path = err.path().map_or(args.dir.clone(), Path::to_path_buf);
                report(&mut summary, format!("{}: {err}", path.display()));
            }
        }
    }
    summary.files = files.len();
    bar.set_length(files.iter().map(|f| f.1).sum());

    let create = |name: String| File::create(args.out.join(name)).map(BufWriter::new);
    let outputs = TABLES
        .iter()
        .map(|t| create(format!("{}.csv", t.name)))
        .collect::<io::Result<Vec<_>>>()?;
    let writers = Writers::new(outputs).map_err(io::Error::other)?;
    let jsonl = create("statements.jsonl".into())?;

    // Batches are analysed on the thread pool while the previous batch is
    // written, in order, by a writer thread.
    let (send, receive) = std::sync::mpsc::sync_channel::<Vec<Result<Done, String>>>(1);
    let (written, counts) = std::thread::scope(|scope| -> io::Result<_> {
        let writer = scope.spawn(|| write_all(receive, writers, jsonl, &bar));
        let read = read_all(args, &files, &html_dir, &bar, &send, &mut summary);
        drop(send);
        let written = writer
            .join()
            .map_err(|_| io::Error::other("the writer thread panicked"))??;
        read?;
        Ok(written)
    })?;
    summary.documents = written.documents;
    summary.bytes = written.bytes;
    summary.failures += written.failures;
    bar.finish_and_clear();

    let secs = start.elapsed().as_secs_f64().max(1e-9);
    println!(
        "{} documents, {:.1} MB from {} files in {secs:.2} s on {} threads: {:.0} documents/s, {:.1} MB/s",
        summary.documents,
        summary.bytes as f64 / 1e6,
        summary.files,
        rayon::current_num_threads(),
        summary.documents as f64 / secs,
        summary.bytes as f64 / 1e6 / secs,
    );
    let rows: Vec<String> = TABLES
        .iter()
        .zip(counts)
        .map(|(t, n)| format!("{} {n}", t.name))
        .collect();
    println!("rows: {}", rows.join(", "));
    println!("written to {}", args.out.display());
    if summary.failures > 0 {
        eprintln!(
            "corpus: {} inputs failed and were skipped (see above)",
            summary.failures
        );
    }
    Ok(summary.failures == 0)
}

/// The bar on a terminal; hidden otherwise.
fn progress_bar() -> ProgressBar {
    let bar = ProgressBar::new(0);
    if io::stderr().is_terminal() {
        bar.set_draw_target(ProgressDrawTarget::stderr_with_hz(4));
        bar.enable_steady_tick(Duration::from_millis(250));
    } else {
        bar.set_draw_target(ProgressDrawTarget::hidden());
    }
    if let Ok(style) = ProgressStyle::with_template(
        "{spinner} {elapsed_precise} [{wide_bar}] {msg}, {decimal_bytes}/{decimal_total_bytes} ({decimal_bytes_per_sec})",
    ) {
        bar.set_style(style.progress_chars("=> "));
    }
    bar.set_message("0 documents");
    bar
}

/// The sorts of input file.
#[derive(Debug, Clone, Copy)]
enum Kind {
    /// One document: `.txt`, `.md`.
    Text,
    /// One document per line: `.jsonl`.
    JsonLines,
}

fn kind(path: &Path) -> Option<Kind> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "txt" | "md" => Some(Kind::Text),
        "jsonl" => Some(Kind::JsonLines),
        _ => None,
    }
}

/// A JSON Lines document.
#[derive(Debug, serde::Deserialize)]
struct Line {
    id: Option<serde_json::Value>,
    text: String,
}

/// Reads (for a file), analyses and renders one document; an error names
/// the input and what went wrong.
fn analyse(input: &Input, html: Option<&Path>, bar: &ProgressBar) -> Result<Done, String> {
    let (source, text) = match input {
        Input::File(source) => {
            let bytes = std::fs::read(&source.path).map_err(|e| format!("{}: {e}", source.path))?;
            bar.inc(bytes.len() as u64);
            // analyze_bytes's error names the first bad byte's offset.
            let text = String::from_utf8(bytes).map_err(|e| {
                let err = demarche::analyze_bytes(e.as_bytes()).err();
                let msg = err.map_or_else(|| "not UTF-8".to_string(), |e| e.to_string());
                format!("{}: {msg}, skipped", source.path)
            })?;
            (source.clone(), text)
        }
        Input::Line(source, at, bytes) => {
            bar.inc(bytes.len() as u64 + 1);
            let line = source.line.unwrap_or(0);
            if let Err(e) = std::str::from_utf8(bytes) {
                return Err(format!(
                    "{}: line {line}: invalid UTF-8 at byte {}, skipped",
                    source.path,
                    at + e.valid_up_to() as u64
                ));
            }
            let doc: Line = serde_json::from_slice(bytes).map_err(|e| {
                format!(
                    "{}: line {line}: not an {{\"id\", \"text\"}} object: {e}, skipped",
                    source.path
                )
            })?;
            let mut source = source.clone();
            match doc.id {
                Some(serde_json::Value::String(id)) => source.id = id,
                Some(serde_json::Value::Null) | None => {}
                Some(other) => source.id = other.to_string(),
            }
            (source, doc.text)
        }
    };
    let statement = demarche::analyze(&text);
    let rows = tables::rows(&source, &text, &statement);
    let json = serde_json::to_string(&statement).map_err(|e| format!("{}: {e}", source.path))?;
    let json = format!(
        "{{\"id\":{},\"source\":{},\"line\":{},\"statement\":{json}}}",
        serde_json::Value::from(source.id.as_str()),
        serde_json::Value::from(source.path.as_str()),
        source.line.map_or("null".to_string(), |l| l.to_string()),
    );
    if let Some(dir) = html {
        let page = demarche::html::render(&text, &statement);
        let path = dir.join(format!("{}.html", file_name(&source.id)));
        std::fs::write(&path, page).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(Done {
        rows,
        json,
        bytes: text.len(),
    })
}

/// A document id made safe as a file name: every character but ASCII
/// letters, digits, `.`, `-` and `_` becomes `_`.
fn file_name(id: &str) -> String {
    let name: String = id
        .chars()
        .take(150)
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect();
    if name.trim_matches('.').is_empty() {
        format!("_{name}")
    } else {
        name
    }
}

/// Reads the inputs in order, batch by batch, has each batch analysed on
/// the thread pool and sends it to the writer.
fn read_all(
    args: &Args,
    files: &[(PathBuf, u64)],
    html_dir: &Path,
    bar: &ProgressBar,
    send: &std::sync::mpsc::SyncSender<Vec<Result<Done, String>>>,
    summary: &mut Summary,
) -> io::Result<()> {
    let report = |summary: &mut Summary, msg: String| {
        summary.failures += 1;
        bar.suspend(|| eprintln!("corpus: {msg}"));
    };
    let mut batch: Vec<Input> = Vec::new();
    let mut batch_bytes = 0;
    let flush = |batch: &mut Vec<Input>| -> io::Result<()> {
        let html = args.html.then_some(html_dir);
        let done: Vec<Result<Done, String>> = batch
            .par_iter()
            .map(|input| analyse(input, html, bar))
            .collect();
        batch.clear();
        send.send(done)
            .map_err(|_| io::Error::other("the writer thread stopped"))
    };
    for (path, _) in files {
        let display = path.display().to_string();
        match kind(path) {
            Some(Kind::Text) => {
                let id = path
                    .strip_prefix(&args.dir)
                    .ok()
                    .filter(|p| !p.as_os_str().is_empty())
                    .or_else(|| path.file_name().map(Path::new))
                    .unwrap_or(path);
                let id = id.to_string_lossy().replace('\\', "/");
                batch.push(Input::File(Source {
                    id,
                    path: display,
                    line: None,
                }));
            }
            Some(Kind::JsonLines) => {
                let file = match File::open(path) {
                    Ok(file) => io::BufReader::new(file),
                    Err(err) => {
                        report(summary, format!("{display}: {err}"));
                        continue;
                    }
                };
                let mut offset = 0u64;
                for (n, line) in file.split(b'\n').enumerate() {
                    let mut line = match line {
                        Ok(line) => line,
                        Err(err) => {
                            report(summary, format!("{display}: {err} at byte {offset}"));
                            break;
                        }
                    };
                    let at = offset;
                    offset += line.len() as u64 + 1;
                    if line.last() == Some(&b'\r') {
                        line.pop();
                    }
                    if line.iter().all(u8::is_ascii_whitespace) {
                        bar.inc(line.len() as u64 + 1);
                        continue;
                    }
                    batch_bytes += line.len();
                    let id = format!("{display}:{}", n + 1);
                    batch.push(Input::Line(
                        Source {
                            id,
                            path: display.clone(),
                            line: Some(n + 1),
                        },
                        at,
                        line,
                    ));
                    if batch.len() >= BATCH_DOCUMENTS || batch_bytes >= BATCH_BYTES {
                        flush(&mut batch)?;
                        batch_bytes = 0;
                    }
                }
            }
            None => {}
        }
        if batch.len() >= BATCH_DOCUMENTS {
            flush(&mut batch)?;
            batch_bytes = 0;
        }
    }
    flush(&mut batch)
}

/// What the writer wrote.
#[derive(Debug, Default)]
struct Written {
    documents: usize,
    bytes: usize,
    failures: usize,
}

/// Writes the batches' rows and JSON lines in order, and reports the
/// inputs that failed.
fn write_all(
    receive: std::sync::mpsc::Receiver<Vec<Result<Done, String>>>,
    mut writers: Writers<BufWriter<File>>,
    mut jsonl: BufWriter<File>,
    bar: &ProgressBar,
) -> io::Result<(Written, [usize; TABLES.len()])> {
    let mut written = Written::default();
    for batch in receive {
        for result in batch {
            match result {
                Ok(done) => {
                    writers.write(&done.rows).map_err(io::Error::other)?;
                    writeln!(jsonl, "{}", done.json)?;
                    written.documents += 1;
                    written.bytes += done.bytes;
                }
                Err(msg) => {
                    written.failures += 1;
                    bar.suspend(|| eprintln!("corpus: {msg}"));
                }
            }
        }
        bar.set_message(format!("{} documents", written.documents));
    }
    let counts = writers.counts;
    for mut w in writers.finish().map_err(io::Error::other)? {
        w.flush()?;
    }
    jsonl.flush()?;
    Ok((written, counts))
}
