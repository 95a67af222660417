//! Lexicons as data: the word lists the rules refer to by name, one file per
//! concern, each group with a comment saying why it is there.

pub(crate) mod cues;
pub(crate) mod units;
