//! Integration tests, one binary with a module per area.

mod accusations;
mod bilingual;
mod dates;
mod foundation;
mod fuzz_regressions;
mod guarantees;
mod speakers;
mod statistics;
