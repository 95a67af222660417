//! Lexicons: word lists as data, one file per area, referred to by name
//! from the rules that use them.

pub(crate) mod parties;
pub(crate) mod speakers;
