//! Parties (states and international organisations) and the actors that
//! stand for them.
//!
//! - [`code`]: [`Party`], a state or an organisation by code.
//! - [`actor`]: [`Actor`], a mention of someone who acts.
//! - [`mention`]: `PartyMention`, a stretch of text that names parties.
//! - [`gazetteer`]: the party forms, indexed, and how a token matches one.
//! - [`english`] and [`han`]: the mention grammars of English and Chinese.
//! - [`find`]: every mention of a span, and the parties a mention names.
//! - [`sentences`]: the mentions of a document's sentences, found once.

mod actor;
mod code;
mod english;
mod find;
mod gazetteer;
mod han;
mod mention;
mod sentences;

pub use actor::Actor;
pub use code::Party;
pub(crate) use find::{find_mentions, resolve};
pub(crate) use gazetteer::is_party_word;
pub(crate) use mention::PartyMention;
pub(crate) use sentences::SentenceMentions;
