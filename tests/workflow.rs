//! The researcher's workflow: the corpus runner's tables read back by a CSV
//! parser, its handling of broken files, and the HTML view parsed by a
//! browser's HTML5 parser.
#![allow(clippy::print_stderr)] // a skipped check says so

use std::path::{Path, PathBuf};

use html5ever::tendril::TendrilSink as _;
use markup5ever_rcdom::{Handle, NodeData, RcDom};

#[path = "../examples/corpus/tables.rs"]
mod tables;

use tables::{Rows, Source, TABLES, Writers};

/// The key of each table's items in the statement's JSON (`None`: one row
/// per document).
const JSON_KEYS: [Option<&str>; 11] = [
    None,
    Some("speakers"),
    Some("turns"),
    Some("quotes"),
    Some("voices"),
    Some("temporal"),
    Some("statistics"),
    Some("accusations"),
    Some("rebuttals"),
    Some("protests"),
    Some("language_spans"),
];

/// The test fixtures, with a statement made to trouble a CSV writer:
/// commas, double quotes, CRLF and lone CR line ends, non-ASCII text.
fn own_texts() -> Vec<(String, String)> {
    let mut texts = vec![(
        "tricky".to_string(),
        "Embassy statement, \"in full\"\r\n\r\n2021-07-20\r\n\r\nThe spokesperson said: \
         \"The US accused China of hacking; the charge is groundless.\"\rAbout 52,000 servers, \
         said the CNCERT, were hit in 2020. 中国坚决反对一切形式的网络攻击。"
            .to_string(),
    )];
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/fixtures")
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    for path in paths {
        let text = std::fs::read_to_string(&path).expect("fixture is UTF-8");
        texts.push((path.display().to_string(), text));
    }
    texts
}

/// The development corpus's statements, or `None` (with a message) when
/// `../shared` is absent.
fn corpus_texts() -> Option<Vec<(String, String)>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("skipped: no development corpus at {}", dir.display());
        return None;
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    Some(
        paths
            .into_iter()
            .filter_map(|p| Some((p.display().to_string(), std::fs::read_to_string(&p).ok()?)))
            .collect(),
    )
}

#[test]
fn tables_read_back_with_one_row_per_item() {
    let mut texts = own_texts();
    texts.extend(corpus_texts().unwrap_or_default());
    let mut writers = Writers::new((0..TABLES.len()).map(|_| Vec::new())).expect("headers");
    let mut expected: Vec<Vec<Vec<String>>> = vec![Vec::new(); TABLES.len()];
    let mut items = [0usize; TABLES.len()];
    let mut documents = std::collections::HashMap::new();
    for (id, text) in &texts {
        let statement = demarche::analyze(text);
        let json = serde_json::to_value(&statement).expect("JSON");
        for (n, key) in items.iter_mut().zip(JSON_KEYS) {
            *n += key.map_or(1, |k| json[k].as_array().map_or(0, Vec::len));
        }
        let source = Source {
            id: id.clone(),
            path: id.clone(),
            line: None,
        };
        let rows: Rows = tables::rows(&source, text, &statement);
        writers.write(&rows).expect("rows written");
        for (all, table) in expected.iter_mut().zip(rows.tables) {
            all.extend(table);
        }
        documents.insert(id.clone(), text.clone());
    }
    assert_eq!(writers.counts, items, "rows written per table");
    let outputs = writers.finish().expect("flushed");
    for ((table, output), (rows, n)) in TABLES.iter().zip(outputs).zip(expected.iter().zip(items)) {
        let csv_text = String::from_utf8(output).expect("UTF-8");
        assert!(
            csv_text.ends_with("\r\n"),
            "{}: RFC 4180 line ends",
            table.name
        );
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(true)
            .from_reader(csv_text.as_bytes());
        let header: Vec<String> = reader
            .headers()
            .expect("header")
            .iter()
            .map(String::from)
            .collect();
        assert_eq!(header, table.columns, "{}: header", table.name);
        let read: Vec<Vec<String>> = reader
            .records()
            .map(|r| r.expect("record").iter().map(String::from).collect())
            .collect();
        assert_eq!(
            read.len(),
            n,
            "{}: one row per item of the JSON",
            table.name
        );
        assert_eq!(
            &read, rows,
            "{}: every cell reads back as written",
            table.name
        );
        // Every item's text is its span of the document.
        let (start, end, text) = (
            column(table, "start"),
            column(table, "end"),
            column(table, "text"),
        );
        if let (Some(s), Some(e), Some(t)) = (start, end, text) {
            for row in &read {
                let doc = &documents[&row[0]];
                let (Ok(s), Ok(e)) = (row[s].parse::<usize>(), row[e].parse::<usize>()) else {
                    assert_eq!(table.name, "speakers", "only a speaker may have no span");
                    continue;
                };
                assert_eq!(&doc[s..e], row[t], "{}: text of {s}..{e}", table.name);
            }
        }
    }
}

fn column(table: &tables::Table, name: &str) -> Option<usize> {
    table.columns.iter().position(|c| *c == name)
}

/// Parses `page` as a browser would; the parse errors, and the document.
fn parse(page: &str) -> (Vec<String>, Handle) {
    let opts = html5ever::ParseOpts {
        tokenizer: html5ever::tokenizer::TokenizerOpts {
            exact_errors: true,
            ..Default::default()
        },
        ..Default::default()
    };
    let dom: RcDom = html5ever::parse_document(RcDom::default(), opts).one(page);
    let errors = dom.errors.borrow().iter().map(|e| e.to_string()).collect();
    (errors, dom.document.clone())
}

/// The elements named `name` under `node`.
fn elements(node: &Handle, name: &str, found: &mut Vec<Handle>) {
    if let NodeData::Element { name: n, .. } = &node.data
        && &*n.local == name
    {
        found.push(node.clone());
    }
    for child in node.children.borrow().iter() {
        elements(child, name, found);
    }
}

/// The text under `node`.
fn text_of(node: &Handle, out: &mut String) {
    if let NodeData::Text { contents } = &node.data {
        out.push_str(&contents.borrow());
    }
    for child in node.children.borrow().iter() {
        text_of(child, out);
    }
}

/// Checks that the page of `text` is valid HTML5, holds no element the text
/// did not ask for, and shows exactly the text.
fn check_page(name: &str, text: &str) {
    let statement = demarche::analyze(text);
    let page = demarche::html::render(text, &statement);
    let (errors, document) = parse(&page);
    assert!(errors.is_empty(), "{name}: HTML parse errors {errors:?}");
    let mut found = Vec::new();
    elements(&document, "script", &mut found);
    assert!(found.is_empty(), "{name}: a script element");
    let mut articles = Vec::new();
    elements(&document, "article", &mut articles);
    assert_eq!(articles.len(), 1, "{name}: one article");
    let mut shown = String::new();
    text_of(&articles[0], &mut shown);
    // A parser turns CRLF and CR into LF.
    let expected = text.replace("\r\n", "\n").replace('\r', "\n");
    assert_eq!(shown, expected, "{name}: the page shows the text");
}

#[test]
fn html_pages_are_valid_html5_and_escape_their_input() {
    check_page(
        "markup in the text",
        "Statement <script>alert(\"x\")</script> & <b>bold</b> </span></article>\n\n\
         The US accused China of hacking on July 20. China rejects the groundless charge: \
         \"52,000 servers\" were hit.",
    );
    for (name, text) in own_texts() {
        check_page(&name, &text);
    }
    if let Some(corpus) = corpus_texts() {
        assert!(!corpus.is_empty());
        for (name, text) in corpus {
            check_page(&name, &text);
        }
    }
}

#[test]
fn control_characters_make_a_valid_page() {
    let text = "Headline\0\u{1}\u{7f}\u{85}\u{fffe}\n\nThe US accused China of hacking.";
    let page = demarche::html::render(text, &demarche::analyze(text));
    let (errors, _) = parse(&page);
    assert!(errors.is_empty(), "{errors:?}");
    // The parser does report what the check is for.
    let (errors, _) = parse("<!DOCTYPE html><title>x</title><p><span>\0</div>");
    assert!(errors.len() >= 2, "{errors:?}");
}

/// The runner built beside this test (`cargo test` builds the examples).
fn runner() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let path = exe.parent()?.parent()?.join("examples").join("corpus");
    let path = path.with_extension(std::env::consts::EXE_EXTENSION);
    path.is_file().then_some(path)
}

#[test]
fn runner_reports_broken_files_and_writes_the_rest() {
    let Some(runner) = runner() else {
        eprintln!("skipped: the corpus example is not built (run the full `cargo test`)");
        return;
    };
    let dir = std::env::temp_dir().join(format!("demarche-workflow-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let input = dir.join("in");
    std::fs::create_dir_all(input.join("sub")).expect("temp dir");
    let write = |name: &str, bytes: &[u8]| std::fs::write(input.join(name), bytes).expect("write");
    write(
        "a.txt",
        b"A headline\n\n2021-07-20\n\nThe US accused China of hacking.",
    );
    write("sub/b.md", "# Title\n\n中国坚决反对网络攻击。".as_bytes());
    write("bad.txt", b"Statement \xFF of July 20.");
    write("a.gold.json", b"{}");
    write(
        "docs.jsonl",
        b"{\"id\": \"one\", \"text\": \"The spokesperson said 40 percent.\"}\n\
          \n\
          {\"id\": 2, \"text\": \"Second document.\"}\n\
          {\"id\": \"three\", \"text\": \"bad \xFF byte\"}\n\
          not json\n",
    );
    let out = dir.join("out");
    let run = std::process::Command::new(&runner)
        .arg(&input)
        .arg("--out")
        .arg(&out)
        .arg("--html")
        .output()
        .expect("runner runs");
    let stderr = String::from_utf8_lossy(&run.stderr);
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(
        !run.status.success(),
        "broken inputs make the status non-zero"
    );
    assert!(
        stderr.contains("bad.txt: invalid UTF-8 at byte 10"),
        "{stderr}"
    );
    assert!(
        stderr.contains("docs.jsonl: line 4: invalid UTF-8 at byte"),
        "{stderr}"
    );
    assert!(stderr.contains("docs.jsonl: line 5: not an"), "{stderr}");
    assert!(stderr.contains("3 inputs failed"), "{stderr}");
    assert!(stdout.contains("4 documents"), "{stdout}");
    let mut reader = csv::Reader::from_path(out.join("documents.csv")).expect("documents.csv");
    let ids: Vec<String> = reader
        .records()
        .map(|r| r.expect("record")[0].to_string())
        .collect();
    assert_eq!(ids, ["a.txt", "one", "2", "sub/b.md"]);
    let jsonl = std::fs::read_to_string(out.join("statements.jsonl")).expect("statements.jsonl");
    assert_eq!(jsonl.lines().count(), 4);
    let pages = std::fs::read_dir(out.join("html")).expect("html").count();
    assert_eq!(pages, 4);
    let _ = std::fs::remove_dir_all(&dir);
}
