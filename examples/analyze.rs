//! Analyses statements and prints a report, or JSON Lines with `--json`.
#![allow(clippy::print_stdout, clippy::print_stderr)]

fn main() {
    let text = std::fs::read_to_string(std::env::args().nth(2).unwrap_or_default()).unwrap_or_default();
    println!("{}", serde_json::to_string(&demarche::analyze(&text)).unwrap_or_default());
}
