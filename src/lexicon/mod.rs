//! Lexicons: word lists as data, one file per area, referred to by name
//! from the rules that use them.

pub(crate) mod accusation;
pub(crate) mod parties;
pub(crate) mod phrase;
pub(crate) mod rebuttal;
