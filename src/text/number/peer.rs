//! A measurement against a peer's corpus of number expressions (Microsoft
//! Recognizers-Text's `Specs/Number/*/NumberModel.json`), kept out of the
//! repository: `DEMARCHE_PEER_NUMBERS=English.json,Chinese.json cargo test
//! --lib peer_corpus -- --ignored --nocapture`. It counts the expected
//! numbers valued right, the ones reported with a wrong value, the ones
//! missed, and the numbers reported where the peer expects none. Without
//! the variable it does nothing.

// The measurement reports on stderr, as `--nocapture` shows it.
#![allow(clippy::print_stderr)]

use super::*;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * b.abs().max(1.0)
}

#[test]
#[ignore = "needs DEMARCHE_PEER_NUMBERS"]
fn peer_corpus() {
    let Ok(paths) = std::env::var("DEMARCHE_PEER_NUMBERS") else {
        return;
    };
    let verbose = std::env::var("DEMARCHE_PEER_VERBOSE").is_ok();
    for path in paths.split(',') {
        let text = std::fs::read_to_string(path).expect("peer corpus");
        let cases: serde_json::Value =
            serde_json::from_str(text.trim_start_matches('\u{feff}')).expect("json");
        let (mut total, mut right, mut wrong, mut missed, mut extra) = (0, 0, 0, 0, 0);
        for case in cases.as_array().into_iter().flatten() {
            let input = case["Input"].as_str().unwrap_or("");
            if case.get("IgnoreResolution").is_some() {
                continue;
            }
            let found = scan(input, Span::new(0, input.len()));
            let chars = |b: usize| input[..b].chars().count();
            let spans: Vec<(usize, usize)> = found
                .iter()
                .map(|m| (chars(m.span.start), chars(m.span.end)))
                .collect();
            let mut used = vec![false; found.len()];
            for r in case["Results"].as_array().into_iter().flatten() {
                let (s, e) = (
                    r["Start"].as_u64().unwrap_or(0) as usize,
                    r["End"].as_u64().unwrap_or(0) as usize + 1,
                );
                let Some(v) = r["Resolution"]["value"]
                    .as_str()
                    .and_then(|v| v.parse::<f64>().ok())
                else {
                    continue;
                };
                total += 1;
                let over: Vec<usize> = (0..found.len())
                    .filter(|&k| spans[k].0 < e && s < spans[k].1)
                    .collect();
                over.iter().for_each(|&k| used[k] = true);
                let verdict = if over.iter().any(|&k| close(found[k].value, v)) {
                    right += 1;
                    "right"
                } else if over.is_empty() {
                    missed += 1;
                    "missed"
                } else {
                    wrong += 1;
                    "WRONG"
                };
                if verbose && verdict != "right" {
                    let got: Vec<String> = over
                        .iter()
                        .map(|&k| format!("{:?}={}", &input[found[k].span], found[k].value))
                        .collect();
                    eprintln!("{verdict}: {input:?}: {:?}={v} got {got:?}", r["Text"]);
                }
            }
            for (k, m) in found.iter().enumerate() {
                if !used[k] {
                    extra += 1;
                    if verbose {
                        eprintln!("EXTRA: {input:?}: {:?}={}", &input[m.span], m.value);
                    }
                }
            }
        }
        eprintln!(
            "{path}: {right}/{total} right ({:.0}%), {wrong} wrong value, {missed} missed, {extra} extra",
            100.0 * f64::from(right) / f64::from(total.max(1))
        );
    }
}
