//! `demarche::analyze_bytes` on raw bytes: invalid UTF-8 gives an error whose
//! offset, line and column point at the first bad byte; valid UTF-8 gives the
//! same Statement as `analyze`, with every invariant.
#![no_main]

use demarche::ErrorKind;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    match (demarche::analyze_bytes(data), std::str::from_utf8(data)) {
        (Ok(st), Ok(text)) => {
            demarche_fuzz::check_statement(text, &st);
            assert_eq!(
                st,
                demarche::analyze(text),
                "analyze_bytes differs from analyze"
            );
        }
        (Err(e), Err(utf8)) => {
            let offset = utf8.valid_up_to();
            assert_eq!(e.offset(), Some(offset), "error offset");
            let before = &data[..offset];
            let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
            let line_start = before
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |i| i + 1);
            let column = std::str::from_utf8(&before[line_start..])
                .expect("bytes before the error are valid")
                .chars()
                .count()
                + 1;
            match e.kind() {
                ErrorKind::InvalidUtf8 {
                    line: l, column: c, ..
                } => {
                    assert_eq!((*l, *c), (line, column), "error line and column");
                }
                other => panic!("invalid UTF-8 reported as {other:?}"),
            }
            let message = e.to_string();
            assert!(
                message.contains(&offset.to_string()),
                "message {message:?} lacks the offset"
            );
        }
        (Ok(_), Err(_)) => panic!("invalid UTF-8 accepted"),
        (Err(e), Ok(_)) => panic!("valid UTF-8 rejected: {e}"),
    }
});
