//! Lexicons: cue phrases as data, with the matcher that finds them.

pub(crate) mod accusation;
pub(crate) mod phrase;
pub(crate) mod rebuttal;
