//! Pathological inputs for the linearity test (`tests/guarantees.rs`) and
//! the scaling bench (`benches/scaling.rs`), and the peak-memory reading
//! both use. Included by `#[path]` in each.

use std::path::Path;

/// The pathological inputs, by name: the shapes that make a careless
/// scanner rescan the rest of its input, or keep a record per byte.
pub(crate) const KINDS: &[&str] = &[
    "long_line",
    "quotes",
    "digits",
    "scripts",
    "turns",
    "brackets",
    "sentences",
    "speech_cues",
    "accusation_cues",
    "protest_cues",
    "open_quotes",
    "nested_quotes",
    "han",
    "number_words",
    "date_words",
    "parties",
    "labels",
    "distinct_labels",
    "urls",
    "mixed_words",
    "only_quotes",
    "only_parens",
    "only_colons",
    "only_newlines",
    "press",
];

/// Every fixture statement of `tests/fixtures`, in file-name order.
pub(crate) fn fixtures() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display())))
        .collect()
}

/// Every fixture statement, back to back: press text.
pub(crate) fn press() -> String {
    fixtures().iter().map(|f| f.clone() + "\n\n").collect()
}

/// A pathological input of about `bytes` bytes.
pub(crate) fn input(kind: &str, bytes: usize) -> String {
    let unit: String = match kind {
        // One line, no sentence end.
        "long_line" => "word ".into(),
        // Unbalanced straight and curly quotation marks.
        "quotes" => "\"a “b ".into(),
        // One number as long as the input.
        "digits" => "0123456789".into(),
        // A script change at every char.
        "scripts" => "a中".into(),
        // A transcript of nothing but turns.
        "turns" => "Q: x?\n\nA: y.\n\n".into(),
        // Nested brackets, as deep as the input is long.
        "brackets" => return "(".repeat(bytes / 2) + &")".repeat(bytes / 2),
        // One paragraph of short sentences: a splitter that looks at the
        // rest of the paragraph at every full stop is quadratic here.
        "sentences" => "Wang Yi said. ".into(),
        // Speech cues with no full stop: one "sentence" of attributions.
        "speech_cues" => "China said: ".into(),
        // Accusation cues with no full stop.
        "accusation_cues" => "The US accused China said: ".into(),
        // One sentence of protest phrases that lack their company: a
        // summons with no envoy near it, representations of nothing.
        "protest_cues" => "the court summoned witnesses on representations of art ".into(),
        // Opening marks of every kind that are never closed, before text
        // in 2-, 3- and 4-byte chars, so a byte cap lands inside a char.
        "open_quotes" => "“中 「文 『字 « текст ‹é \"b 'c ‘d „e 《f 〈😀 ".into(),
        // Opening marks nested as deep as the input is long.
        "nested_quotes" => "\"“«「『‘".into(),
        // Chinese without punctuation: one sentence as long as the input.
        "han" => "中国外交部发言人表示美方指责毫无根据".into(),
        // Number words and numerals without an end, in both languages.
        "number_words" => "three million two hundred and forty one thousand 五百三十万 ".into(),
        // Date words back to back.
        "date_words" => "on Monday last week July 3 2021年7月20日 yesterday ".into(),
        // Party names back to back, in both languages.
        "parties" => "China Russia the United States the EU NATO Japan 美方 ".into(),
        // Transcript labels of several shapes, one line each.
        "labels" => "Q: Why?\nMS. PSAKI: No.\n毛宁：是。\n".into(),
        // A transcript of thousands of speakers, each labelled once in
        // capitals ("MR. BCDF:"): work per speaker must not grow with the
        // number of turns.
        "distinct_labels" => {
            let mut out = String::with_capacity(bytes + 32);
            let mut n = 0usize;
            while out.len() < bytes {
                let mut name = String::new();
                let mut k = n;
                loop {
                    name.push(char::from(b'A' + (k % 26) as u8));
                    k /= 26;
                    if k == 0 {
                        break;
                    }
                }
                out.push_str(&format!("MR. {name}: We have no comment.\n\nQ: Why?\n\n"));
                n += 1;
            }
            return out;
        }
        // Long URLs, one after another.
        "urls" => "https://www.example.com/".to_string() + &"a/b-c_d.e?f=g&".repeat(40) + " ",
        // A script change at every word.
        "mixed_words" => "word 中文 слово عربي 한국어 かな ".into(),
        // One char repeated: nothing to find, so nothing may be kept.
        "only_quotes" => "\"".into(),
        "only_parens" => "(".into(),
        "only_colons" => ":".into(),
        "only_newlines" => "\n".into(),
        "press" => press(),
        _ => panic!("unknown input {kind}"),
    };
    unit.repeat(bytes.div_ceil(unit.len()))
}

/// A field of `/proc/self/status`, in bytes.
pub(crate) fn status_bytes(field: &str) -> Option<usize> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let kb = status.lines().find_map(|l| l.strip_prefix(field))?;
    let kb: usize = kb
        .trim_start_matches(':')
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()?;
    Some(kb * 1024)
}

/// How far analysing `text` raises this process's peak resident memory
/// above what it held before (Linux only: the peak is reset through
/// `/proc/self/clear_refs`). Run it in a fresh process, so that memory an
/// earlier analysis freed and the allocator kept does not hide the cost.
pub(crate) fn analysis_peak(text: &str) -> Option<usize> {
    // Lexicons and tables built on first use are not the input's cost.
    std::hint::black_box(demarche::analyze(&press()));
    let before = status_bytes("VmRSS")?;
    std::fs::write("/proc/self/clear_refs", "5").ok()?;
    let statement = demarche::analyze(text);
    let peak = status_bytes("VmHWM")?;
    drop(std::hint::black_box(statement));
    Some(peak.saturating_sub(before))
}
