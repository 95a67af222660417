//! Tests for the foundation area.
