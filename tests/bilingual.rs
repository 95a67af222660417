//! Tests for the bilingual area.
