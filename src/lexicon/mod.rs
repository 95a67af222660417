//! Lexicons: word lists as data, one file per area, each group with the
//! reason it is there. Rules elsewhere refer to them by name.

pub(crate) mod accusation;
pub(crate) mod cues;
pub(crate) mod outlets;
pub(crate) mod parties;
pub(crate) mod phrase;
pub(crate) mod rebuttal;
pub(crate) mod units;
