//! Integration tests, one binary with a module per area.

mod accusations;
mod bilingual;
mod foundation;
mod fuzz_regressions;
mod guarantees;
mod layouts;
mod speakers;
mod statistics;
