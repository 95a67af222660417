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
//! `--html PAGE` also writes the annotated HTML page of the first input (the
//! sample when none is given) to `PAGE` (see `demarche::html`).
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
    let mut html = None;
    let mut inputs = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--json" => json = true,
            "--html" => match args.next() {
                Some(page) => html = Some(page),
                None => {
                    eprintln!("analyze: --html needs a file name");
                    return ExitCode::FAILURE;
                }
            },
            "-h" | "--help" => {
                println!(
                    "usage: analyze [--json] [--html PAGE] [FILE|-]...\n\nWith no FILE, analyses a built-in sample statement."
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
        failed |= page(html.as_deref(), "sample statement", SAMPLE.as_bytes()).is_err();
    }
    for (i, input) in inputs.iter().enumerate() {
        let (name, bytes) = match read(input) {
            Ok(bytes) => (input.as_str(), bytes),
            Err(err) => {
                eprintln!("analyze: {input}: {err}");
                failed = true;
                continue;
            }
        };
        let ok = emit(&mut out, name, &bytes, json).is_ok();
        // The page of the first input, once it analysed.
        failed |= !ok || (i == 0 && page(html.as_deref(), name, &bytes).is_err());
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

/// Writes the annotated HTML page of one input to `path`, if given.
fn page(path: Option<&str>, name: &str, bytes: &[u8]) -> Result<(), ()> {
    let (Some(path), Ok(text)) = (path, std::str::from_utf8(bytes)) else {
        return Ok(());
    };
    let html = demarche::html::render(text, &demarche::analyze(text));
    std::fs::write(path, html)
        .map_err(|err| eprintln!("analyze: {name}: cannot write {path}: {err}"))
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
        let t = safe(&text[span].split_whitespace().collect::<Vec<_>>().join(" "));
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
        s.headline.as_ref().map_or("-".into(), |h| safe(h.as_str()))
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
        s.outlet.as_ref().map_or("-".into(), |o| safe(o.as_str()))
    );
    let sections: Vec<String> = s.section.iter().map(|t| safe(t.as_str())).collect();
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
            safe(&author.name)
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
            let who = sp.name.as_deref().map_or("(unnamed)".into(), safe);
            let party = sp
                .party
                .as_ref()
                .map_or(String::new(), |p| format!(" [{p}]"));
            let _ = writeln!(
                r,
                "  #{} {who} ({:?}){party}, {}",
                sp.id,
                sp.role,
                plural(sp.mentions.len(), "mention")
            );
        }
    }
    if !s.voices.is_empty() {
        let count = |k: demarche::VoiceKind| s.voices.iter().filter(|v| v.kind == k).count();
        let _ = writeln!(
            r,
            "voices     {} the document's own, {} speakers', {} reported",
            count(demarche::VoiceKind::Document),
            count(demarche::VoiceKind::Speaker),
            count(demarche::VoiceKind::Reported)
        );
    }
    for t in &s.turns {
        // The turn's span starts with its label: print the label once,
        // then what follows it.
        let (label, words) = match &t.label {
            Some(l) => (
                safe(l.as_str()),
                demarche::Span::new(l.span.end, t.span.end),
            ),
            None => ("-".into(), t.span),
        };
        let _ = writeln!(r, "turn       {:?} {label} {}", t.kind, clip(words));
    }
    for q in &s.quotes {
        let _ = writeln!(r, "quote      {:?} {}", q.kind, clip(q.span));
    }
    for t in &s.temporal {
        let date = t.date.map_or("?".to_string(), |d| d.to_string());
        let _ = writeln!(
            r,
            "date       {} -> {date} ({:?})",
            safe(&t.text),
            t.granularity
        );
    }
    for st in &s.statistics {
        let unit = st.unit.as_deref().map_or("-".into(), safe);
        let source = st.source.as_ref().map_or("-".into(), |t| safe(t.as_str()));
        let _ = writeln!(
            r,
            "statistic  {} = {} {unit} ({:?}, {:?}) source: {source}",
            safe(&st.text),
            st.value,
            st.approximation,
            st.kind
        );
    }
    for (i, a) in s.accusations.iter().enumerate() {
        // An actor with no known party prints as its words in quotes, and
        // a missing actor as "?".
        let parties = |actor: &Option<demarche::Actor<'_>>| match actor {
            Some(a) if !a.parties.is_empty() => a
                .parties
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("+"),
            Some(a) if !a.text.trim().is_empty() => format!("\"{}\"", safe(a.text.trim())),
            _ => "?".to_string(),
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

/// `n` and the noun, in the singular for one.
fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// `s` safe to print on a terminal: control characters and the invisible
/// marks that reorder or hide text (bidirectional controls, zero-width
/// chars, the byte-order mark) are shown as `<U+202E>` escapes instead of
/// acting on the rest of the report.
fn safe(s: &str) -> String {
    let hidden = |c: char| {
        c.is_control()
            || matches!(
                c,
                '\u{061C}'
                    | '\u{200B}'..='\u{200F}'
                    | '\u{202A}'..='\u{202E}'
                    | '\u{2060}'..='\u{2069}'
                    | '\u{FEFF}'
            )
    };
    if !s.chars().any(hidden) {
        return s.to_string();
    }
    s.chars()
        .map(|c| {
            if hidden(c) {
                format!("<U+{:04X}>", u32::from(c))
            } else {
                c.to_string()
            }
        })
        .collect()
}
