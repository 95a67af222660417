//! Integration tests, one binary with a module per area.

mod accusations;
mod bilingual;
mod dates;
mod disputes;
mod foundation;
mod fuzz_regressions;
mod golden;
mod guarantees;
mod layouts;
mod sentences;
mod speakers;
mod statistics;
mod transcripts;
mod workflow;
