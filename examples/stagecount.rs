#![allow(missing_docs, clippy::print_stdout)]
#[path = "../benches/support/press.rs"]
mod press;
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let stage = args.get(1).map_or("analyze", String::as_str);
    let reps: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(20);
    let docs = press::statements(200_000);
    let bytes: usize = docs.iter().map(String::len).sum::<usize>() * reps;
    let mut n = 0usize;
    for _ in 0..reps {
        for d in &docs {
            n += match stage {
                "segment" => demarche::stages::segment(d, None).sentences(),
                "statistics" => demarche::statistics(d).len(),
                _ => demarche::analyze(d).sentences.len(),
            };
        }
    }
    println!("{stage}: {n} items, {bytes} bytes");
}
