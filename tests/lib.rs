//! Integration tests, one binary with a module per area.

mod accusations;
mod bilingual;
mod foundation;
mod fuzz_regressions;
mod guarantees;
mod speakers;
mod statistics;
mod transcripts;
mod workflow;
