//! Tests for the speakers area.
