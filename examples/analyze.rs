//! Analyses diplomatic statements and prints what demarche finds.
//!
//! ```text
//! cargo run --release --example analyze -- [--json] [FILE|-]...
//! ```
//!
//! With no file it analyses a sample statement shipped with the examples.
//! `-` reads standard input. `--json` prints one compact JSON object per
//! input (JSON Lines), the serde form of `Statement`, in input order. A file
//! that cannot be read, is not UTF-8 or is empty gets a message on standard
//! error and makes the exit status non-zero; the other files are still done.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::fmt::Write as _;
use std::io::{self, Read, Write};
use std::process::ExitCode;

use demarche::Statement;

/// The statement analysed when no file is given: a press conference written
/// for this example in the style of a ministry transcript.
const SAMPLE: &str = include_str!("data/sample.txt");

fn main() -> ExitCode {
    let mut json = false;
    let mut inputs = Vec::new();
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--json" => json = true,
            "-h" | "--help" => {
                println!(
                    "usage: analyze [--json] [FILE|-]...\n\nWith no FILE, analyses a built-in sample statement."
                );
                return ExitCode::SUCCESS;
            }
            _ => inputs.push(arg),
        }
    }
    let mut failed = false;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    if inputs.is_empty() {
        failed |= emit(&mut out, "sample statement", SAMPLE.as_bytes(), json).is_err();
    }
    for input in &inputs {
        let (name, bytes) = match read(input) {
            Ok(bytes) => (input.as_str(), bytes),
            Err(err) => {
                eprintln!("analyze: {input}: {err}");
                failed = true;
                continue;
            }
        };
        if emit(&mut out, name, &bytes, json).is_err() {
            failed = true;
        }
    }
    if out.flush().is_err() {
        failed = true;
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn read(input: &str) -> io::Result<Vec<u8>> {
    if input == "-" {
        let mut bytes = Vec::new();
        io::stdin().read_to_end(&mut bytes)?;
        Ok(bytes)
    } else {
        std::fs::read(input)
    }
}

/// Analyses one input and writes its report or JSON line; bad input is
/// reported on standard error.
fn emit(out: &mut impl Write, name: &str, bytes: &[u8], json: bool) -> Result<(), ()> {
    let statement = match demarche::analyze_bytes(bytes) {
        Ok(statement) => statement,
        Err(err) => {
            eprintln!("analyze: {name}: {err}");
            return Err(());
        }
    };
    if bytes.iter().all(u8::is_ascii_whitespace) {
        eprintln!("analyze: {name}: empty text");
        return Err(());
    }
    let written = if json {
        serde_json::to_string(&statement)
            .map_err(io::Error::other)
            .and_then(|line| writeln!(out, "{line}"))
    } else {
        // `bytes` is valid UTF-8: analyze_bytes checked it.
        let text = std::str::from_utf8(bytes).unwrap_or_default();
        write!(out, "{}", report(name, text, &statement))
    };
    written.map_err(|err| eprintln!("analyze: {name}: cannot write: {err}"))
}

/// A readable report of one statement.
fn report(name: &str, text: &str, s: &Statement<'_>) -> String {
    let mut r = String::new();
    let clip = |span: demarche::Span| -> String {
        let t: String = text[span].split_whitespace().collect::<Vec<_>>().join(" ");
        if t.chars().count() > 90 {
            format!("{}…", t.chars().take(89).collect::<String>())
        } else {
            t
        }
    };
    let _ = writeln!(r, "== {name}");
    let _ = writeln!(
        r,
        "headline   {}",
        s.headline.as_ref().map_or("-", |h| h.as_str())
    );
    let _ = writeln!(r, "kind       {:?}", s.kind);
    let published = s.published.map_or("-".to_string(), |p| match p.time {
        Some(time) => format!("{} {time}", p.date),
        None => p.date.to_string(),
    });
    let _ = writeln!(r, "published  {published}");
    let _ = writeln!(
        r,
        "outlet     {}",
        s.outlet.as_ref().map_or("-", |o| o.as_str())
    );
    let sections: Vec<&str> = s.section.iter().map(|t| t.as_str()).collect();
    let _ = writeln!(
        r,
        "section    {}",
        if sections.is_empty() {
            "-".into()
        } else {
            sections.join(" / ")
        }
    );
    for author in &s.authors {
        let _ = writeln!(
            r,
            "{:<10} {}",
            format!("{:?}", author.role).to_lowercase(),
            author.name
        );
    }
    let _ = writeln!(
        r,
        "side       {}   language {}",
        s.side.as_ref().map_or("-".to_string(), ToString::to_string),
        s.primary_lang.map_or("-".to_string(), |l| l.to_string())
    );
    let _ = writeln!(
        r,
        "body       {} paragraphs, {} sentences, {} boilerplate blocks",
        s.paragraphs.len(),
        s.sentences.len(),
        s.boilerplate.len()
    );
    for b in &s.boilerplate {
        let _ = writeln!(
            r,
            "  {:<12} {}",
            format!("{:?}", b.kind).to_lowercase(),
            clip(b.span)
        );
    }
    if !s.speakers.is_empty() {
        let _ = writeln!(r, "speakers");
        for sp in &s.speakers {
            let who = sp.name.as_deref().unwrap_or("(unnamed)");
            let party = sp
                .party
                .as_ref()
                .map_or(String::new(), |p| format!(" [{p}]"));
            let _ = writeln!(
                r,
                "  #{} {who} ({:?}){party}, {} mentions",
                sp.id,
                sp.role,
                sp.mentions.len()
            );
        }
    }
    for t in &s.turns {
        let label = t.label.as_ref().map_or("-", |l| l.as_str());
        let _ = writeln!(r, "turn       {:?} {label} {}", t.kind, clip(t.span));
    }
    for q in &s.quotes {
        let _ = writeln!(r, "quote      {:?} {}", q.kind, clip(q.span));
    }
    for t in &s.temporal {
        let date = t.date.map_or("?".to_string(), |d| d.to_string());
        let _ = writeln!(r, "date       {} -> {date} ({:?})", t.text, t.granularity);
    }
    for st in &s.statistics {
        let unit = st.unit.as_deref().unwrap_or("-");
        let source = st.source.as_ref().map_or("-", |t| t.as_str());
        let _ = writeln!(
            r,
            "statistic  {} = {} {unit} ({:?}, {:?}) source: {source}",
            st.text, st.value, st.approximation, st.kind
        );
    }
    for (i, a) in s.accusations.iter().enumerate() {
        let parties = |actor: &Option<demarche::Actor<'_>>| {
            actor.as_ref().map_or("?".to_string(), |a| {
                a.parties
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("+")
            })
        };
        let _ = writeln!(
            r,
            "accusation #{i} {:?} {} -> {} ({:?}): {}",
            a.stance,
            parties(&a.accuser),
            parties(&a.accused),
            a.category,
            clip(a.span)
        );
    }
    for rb in &s.rebuttals {
        let target = rb
            .target
            .map_or(String::new(), |t| format!(" answers #{t}"));
        let _ = writeln!(r, "rebuttal   {:?}{target}: {}", rb.tactics, clip(rb.span));
    }
    for ls in s
        .language_spans
        .iter()
        .filter(|_| s.language_spans.len() > 1)
    {
        let lang = ls.lang.map_or("-".to_string(), |l| l.to_string());
        let _ = writeln!(
            r,
            "language   {lang} {:?} {:.2}: {}",
            ls.script,
            ls.confidence,
            clip(ls.span)
        );
    }
    for p in &s.parallel_passages {
        let _ = writeln!(
            r,
            "parallel   {} {} ~ {} {}",
            p.source_lang,
            clip(p.source),
            p.target_lang,
            clip(p.target)
        );
    }
    r.push('\n');
    r
}
