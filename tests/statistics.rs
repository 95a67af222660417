//! Tests for the statistics area.
