//! Tests for the accusations area.
