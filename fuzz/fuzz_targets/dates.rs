//! Date expressions against a reference date taken from the first four input
//! bytes (anywhere in chrono's range, often near the present): the statement's
//! invariants, and each temporal expression's date agrees with its
//! granularity (a week is its Monday, a month is 1 to 12).
#![no_main]

use chrono::{Days, NaiveDate};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((head, rest)) = data.split_first_chunk::<4>() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let n = u32::from_le_bytes(*head);
    // One input in eight: any day chrono can hold, to reach the edges of the
    // calendar; otherwise a day between 1900 and about 2080.
    let reference = if n & 7 == 0 {
        let span = (NaiveDate::MAX - NaiveDate::MIN).num_days() as u64;
        NaiveDate::MIN.checked_add_days(Days::new(u64::from(n >> 3) * 4099 % (span + 1)))
    } else {
        NaiveDate::from_ymd_opt(1900, 1, 1)
            .and_then(|d| d.checked_add_days(Days::new(u64::from(n >> 3) % 65_000)))
    };
    let Some(reference) = reference else {
        return;
    };
    let st = demarche::Analyzer::new()
        .reference_date(reference)
        .analyze(text)
        .expect("no input limit set");
    demarche_fuzz::check_statement(text, &st);
    demarche_fuzz::check_json_round_trip(&st);
});
