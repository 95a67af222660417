//! `demarche::statistics` on any valid UTF-8: spans in bounds and on char
//! boundaries, in document order, finite values, and the same list as
//! `analyze` gives when the text has no header or boilerplate to strip.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let stats = demarche::statistics(text);
    demarche_fuzz::check_statistics(text, &stats);
    for s in &stats {
        assert!(
            !s.text.is_empty(),
            "statistic with empty text at {:?}",
            s.span
        );
        if let Some(unit) = &s.unit {
            assert!(!unit.is_empty(), "empty unit at {:?}", s.span);
        }
    }
    // Serialises and parses back (values are finite, so JSON keeps them).
    let json = serde_json::to_string(&stats).expect("statistics serialise");
    let back: Vec<demarche::CitedStatistic<'_>> =
        serde_json::from_str(&json).expect("statistics parse back");
    assert_eq!(back, stats, "JSON round trip changed the statistics");
});
