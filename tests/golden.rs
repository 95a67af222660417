//! Golden output: the JSON of every fixture statement, checked in under
//! `tests/golden/NAME.json`, so that a change of the analysis shows as a
//! reviewable diff, and a refactoring that must not change the output is
//! checked to the byte.
//!
//! After an intended change, write the new output and review it:
//!
//! ```text
//! DEMARCHE_BLESS=1 cargo test --test lib golden
//! git diff tests/golden
//! ```

use std::path::Path;

#[test]
fn every_fixture_gives_its_golden_json() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let golden = root.join("tests/golden");
    let bless = std::env::var_os("DEMARCHE_BLESS").is_some();
    let mut paths: Vec<_> = std::fs::read_dir(root.join("tests/fixtures"))
        .expect("tests/fixtures")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no fixtures");
    if bless {
        std::fs::create_dir_all(&golden).expect("tests/golden");
    }
    let mut changed = Vec::new();
    for path in &paths {
        let text = std::fs::read_to_string(path).expect("fixture");
        let json = serde_json::to_string_pretty(&demarche::analyze(&text)).expect("json") + "\n";
        let name = path
            .file_stem()
            .expect("name")
            .to_string_lossy()
            .into_owned();
        let file = golden.join(format!("{name}.json"));
        if bless {
            std::fs::write(&file, &json).expect("write golden");
            continue;
        }
        let expected = std::fs::read_to_string(&file).unwrap_or_else(|_| {
            panic!(
                "{} is missing: run DEMARCHE_BLESS=1 cargo test --test lib golden",
                file.display()
            )
        });
        if expected != json {
            changed.push(name);
        }
    }
    assert!(
        changed.is_empty(),
        "output changed for {changed:?}; if intended: DEMARCHE_BLESS=1 cargo test --test lib golden, then review git diff tests/golden"
    );
}
