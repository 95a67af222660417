//! What the unit tests share: the texts of the test fixtures, read once per
//! call, in file-name order.

/// Every file of `tests/fixtures` as text (statements and their expected
/// JSON), in file-name order. The oracle tests run the fast path and the
/// path it replaced over these and compare.
pub(crate) fn fixture_texts() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("tests/fixtures is readable")
        .filter_map(|entry| Some(entry.ok()?.path()))
        .collect();
    paths.sort();
    let texts: Vec<String> = paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    assert!(texts.len() > 10, "the fixtures were not found in {dir}");
    texts
}
