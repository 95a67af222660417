//! `demarche::analyze` on any valid UTF-8: every invariant of the Statement,
//! and its JSON round trip.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let st = demarche::analyze(text);
    demarche_fuzz::check_statement(text, &st);
    demarche_fuzz::check_json_round_trip(&st);
});
