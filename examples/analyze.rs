//! Analyses statements and prints a report, or JSON Lines with `--json`.
#![allow(clippy::print_stdout, clippy::print_stderr)]

fn main() {
    for path in std::env::args().skip(1).filter(|a| a != "--json") {
        let bytes = std::fs::read(&path).unwrap_or_default();
        let text = String::from_utf8_lossy(&bytes);
        println!(
            "{}",
            serde_json::to_string(&demarche::analyze(&text)).unwrap_or_default()
        );
    }
}
