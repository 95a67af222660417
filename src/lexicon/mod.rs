//! Lexicons: word lists as data, each group with the reason it is there.
//! Rules elsewhere refer to them by name.

pub(crate) mod outlets;
