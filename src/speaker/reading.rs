//! The reading of a subject noun phrase: what its words say ([`Reading`],
//! [`Subject`]) before the speakers read so far are consulted: a pronoun
//! that points back, an outlet or organisation by name, a title with its
//! affiliation and name, a body, a state, or a person's name. Also the
//! small helpers that clean a name and find its party.

use std::borrow::Cow;

use super::SpeakerRole;
use crate::lexicon::speakers as lx;
use crate::lexicon::titles::TitleList;
use crate::{Party, Span};

/// [`lx::TITLES`], found as whole words in the list's order.
static TITLES: TitleList<lx::Role> = TitleList::new(lx::TITLES);

/// What the words of a subject say, before the speakers read so far are
/// consulted: the part of `Registry::classify` that depends only on the
/// subject's text, so it is read once per distinct text.
#[derive(Debug)]
pub(super) struct Reading<'a> {
    /// The parties the subject names ([`crate::party::resolve`] of it
    /// without its article).
    pub(super) parties: Vec<Party>,
    pub(super) subject: Subject<'a>,
}

/// The kind of subject a [`Reading`] found.
#[derive(Debug)]
pub(super) enum Subject<'a> {
    /// No speaker ("they", "the report").
    Nobody,
    /// "it": the last organisation or outlet.
    It,
    /// "he", "she": the last person.
    HeOrShe,
    /// "the statement": the last body or official.
    Document,
    /// A speaker by name ("Reuters", "WikiLeaks", "China", "Assange").
    Named {
        name: Cow<'a, str>,
        role: SpeakerRole,
        party: Option<Party>,
    },
    /// A speaker by title ("a spokesperson for the Foreign Ministry",
    /// "Foreign Secretary Alice Marsh"); `definite` when the words are only
    /// "the" and the title ("the spokesperson"), which points back.
    Titled {
        role: SpeakerRole,
        definite: bool,
        /// A title any government's speaker holds ("the diplomat", "the
        /// official"; [`lx::GENERIC_TITLES`]), not one office.
        generic: bool,
        affiliation: Option<Cow<'a, str>>,
        name: Option<Cow<'a, str>>,
    },
    /// An outlet by a noun ("the newspaper").
    Outlet,
    /// A body without a party ("the Mission"): the last body whose name
    /// has `head`, else a new one.
    Body {
        head: String,
        name: Option<Cow<'a, str>>,
        /// A body outside government ([`lx::CIVIL_BODY_NOUNS`]): it does
        /// not speak for the document's side.
        civil: bool,
    },
}

impl<'a> Reading<'a> {
    /// What the subject `raw` says.
    pub(super) fn of(raw: &str) -> Reading<'a> {
        let np = crate::text::collapse_whitespace(raw);
        let bare = strip_det(&np);
        let lower = bare.to_lowercase();
        let first = lower.split(' ').next().unwrap_or("");
        let nobody = Reading {
            parties: Vec::new(),
            subject: Subject::Nobody,
        };
        // Words that point back come first: "the statement" names no
        // speaker of its own, but speaks for the body that issued it.
        let pointer = match lower.as_str() {
            "it" => Some(Subject::It),
            "he" | "she" => Some(Subject::HeOrShe),
            _ if lx::DOCUMENT_NOUNS.contains(&lower.as_str()) => Some(Subject::Document),
            _ => None,
        };
        if let Some(subject) = pointer {
            return Reading {
                parties: Vec::new(),
                subject,
            };
        }
        if bare.is_empty() || lx::NOT_SPEAKERS.contains(&first) {
            return nobody;
        }
        let parties = crate::party::resolve(bare);
        let subject = Reading::subject(&np, bare, &lower, &parties);
        Reading { parties, subject }
    }

    /// The subject of a noun phrase `np` that is no pronoun: `bare` is `np`
    /// without its article, `lower` that in lower case, `parties` the
    /// parties `bare` names. Read in order: an outlet or organisation by
    /// name, a title, a body or a state, a person's name.
    fn subject(np: &str, bare: &str, lower: &str, parties: &[Party]) -> Subject<'a> {
        if let Some(named) = Reading::known_name(np, bare) {
            return named;
        }
        let words: Vec<&str> = lower.split(' ').collect();
        // Titles: "a spokesperson for the Foreign Ministry", "A US official".
        if let Some(&(title, role)) = TITLES.find(lower) {
            return Reading::titled(np, bare, &words, title, role);
        }
        if let Some(body) = Reading::body_or_state(bare, &words, parties) {
            return body;
        }
        // A proper name: "Assange".
        if bare.split(' ').all(is_name_word) && bare.split(' ').count() <= 4 {
            return Subject::Named {
                name: Cow::Owned(bare.to_string()),
                role: SpeakerRole::Unknown,
                party: None,
            };
        }
        Subject::Nobody
    }

    /// An outlet or an organisation of [`lx::ORGANISATIONS`] named by its
    /// name ("Reuters", "The Hill", "WikiLeaks").
    fn known_name(np: &str, bare: &str) -> Option<Subject<'a>> {
        // `bare` is a suffix of `np`: as long, it is the same name, already
        // looked up. An outlet is named with a capital ("the diplomat" is
        // no magazine). The name as the outlet writes it: "The Hill" keeps
        // its article, "the New York Times" (a lower-case article) does not.
        let outlet = std::iter::once(np)
            .chain((bare.len() != np.len()).then_some(bare))
            .find_map(|name| Some((name, crate::lexicon::outlets::find(name)?)))
            .filter(|_| !bare.starts_with(char::is_lowercase));
        if let Some((name, &(_, code))) = outlet {
            let name = if np.starts_with("the ") { bare } else { name };
            return Some(Subject::Named {
                name: Cow::Owned(name.to_owned()),
                role: SpeakerRole::Outlet,
                party: code.map(Party::from_static),
            });
        }
        lx::ORGANISATIONS
            .iter()
            .find(|o| o.eq_ignore_ascii_case(bare))
            .map(|o| Subject::Named {
                name: Cow::Borrowed(o),
                role: SpeakerRole::Organization,
                party: None,
            })
    }

    /// A speaker by `title` (of [`lx::TITLES`], giving `role`), standing in
    /// `bare`, the noun phrase `np` without its article, whose lower-case
    /// words are `words`: the affiliation before or after the title, and
    /// the name after it.
    fn titled(
        np: &str,
        bare: &str,
        words: &[&str],
        title: &'static str,
        role: lx::Role,
    ) -> Subject<'a> {
        let role = match role {
            lx::Role::Spokesperson => SpeakerRole::Spokesperson,
            lx::Role::Official => SpeakerRole::Official,
        };
        let definite = words.len() <= 2
            && (np.starts_with("the ") || np.starts_with("The "))
            && words.len() == title.split(' ').count();
        // Where the title first stands in `bare`, as `affiliation_at`
        // would find it.
        let at = title_in(bare, title);
        let affiliation = at
            .and_then(|i| affiliation_at(bare, i, title))
            .map(|a| Cow::Owned(a.to_string()));
        // "Foreign Secretary Alice Marsh": the words after the title name her.
        let mut after = at.map_or("", |i| &bare[i + title.len()..]).trim();
        // A rank or honorific after the title is no part of the name
        // ("Spokesperson Commodore Jay Tarriela").
        while let Some((first, rest)) = after.split_once(' ') {
            let key = first.trim_end_matches('.').to_ascii_lowercase();
            if !lx::LABEL_TITLES.contains(&key.as_str()) {
                break;
            }
            after = rest.trim_start();
        }
        let n = after.split(' ').count();
        let name = (!after.is_empty() && n <= 3 && after.split(' ').all(is_name_word))
            .then(|| Cow::Owned(after.to_string()));
        Subject::Titled {
            role,
            definite,
            generic: lx::GENERIC_TITLES.contains(&title),
            affiliation,
            name,
        }
    }

    /// A body ("the Mission", "the Chinese Mission to the EU") or a state
    /// named whole ("China", "the European Union") in `bare`, whose lower
    /// case words are `words` and `parties` its parties.
    fn body_or_state(bare: &str, words: &[&str], parties: &[Party]) -> Option<Subject<'a>> {
        let state_body = words.iter().any(|w| lx::ORG_NOUNS.contains(w));
        let civil_body = words.iter().any(|w| lx::CIVIL_BODY_NOUNS.contains(w));
        let has_body = state_body || civil_body;
        if words.iter().any(|w| lx::OUTLET_NOUNS.contains(w)) && !has_body {
            return Some(Subject::Outlet);
        }
        if has_body && parties.is_empty() {
            // "the Mission", "the Foreign Ministry": the last body so named.
            let head = words.last().copied().unwrap_or("").to_string();
            let name = (bare.starts_with(char::is_uppercase) && words.len() > 1)
                .then(|| Cow::Owned(clean_name(bare).into_owned()));
            return Some(Subject::Body {
                head,
                name,
                civil: !state_body,
            });
        }
        if let Some(principal) = parties.first() {
            let whole_state = crate::party::find_mentions(bare, Span::new(0, bare.len()))
                .first()
                .is_some_and(|m| m.span.start == 0 && m.span.end == bare.len())
                && !has_body
                && words.len() <= 4;
            if !has_body && !whole_state {
                // "Chinese hackers", "US officials" without a title: not a
                // speaker we can name.
                return Some(Subject::Nobody);
            }
            // A body named alone ("the OHCHR", "the Pentagon") keeps its
            // name; a state or organisation by any of its names ("the
            // Alliance", "the European Union") takes its short one.
            let body_form = crate::lexicon::parties::BODIES
                .iter()
                .any(|(form, _)| form.eq_ignore_ascii_case(bare));
            let name = if (whole_state || parties.len() > 1 && !has_body) && !body_form {
                short_name(principal)
                    .map_or_else(|| Cow::Owned(clean_name(bare).into_owned()), Cow::Borrowed)
            } else {
                Cow::Owned(clean_name(bare).into_owned())
            };
            return Some(Subject::Named {
                name,
                role: SpeakerRole::Organization,
                party: Some(principal.clone()),
            });
        }
        None
    }
}

/// A capitalised word that can be part of a person's name (not a party,
/// not a body, not a function word).
pub(super) fn is_name_word(w: &str) -> bool {
    w.starts_with(char::is_uppercase)
        && w.chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '.' || c == '\'')
        && !crate::party::is_party_word(w)
        && !crate::lexicon::parties::BODY_HEADS.contains(&w)
        && !matches!(
            w,
            "The"
                | "A"
                | "An"
                | "This"
                | "That"
                | "It"
                | "He"
                | "She"
                | "We"
                | "They"
                | "I"
                | "In"
                | "On"
                | "At"
                | "But"
                | "And"
                | "However"
                | "Ministry"
                | "Foreign"
                | "Affairs"
                | "Spokesperson"
                | "Press"
                | "Secretary"
                | "Minister"
                | "Monday"
                | "Tuesday"
                | "Wednesday"
                | "Thursday"
                | "Friday"
                | "Saturday"
                | "Sunday"
        )
}

/// `s` without a leading article.
pub(super) fn strip_det(s: &str) -> &str {
    for det in ["the ", "The ", "THE ", "a ", "A ", "an ", "An "] {
        if let Some(rest) = s.strip_prefix(det) {
            return rest;
        }
    }
    s
}

/// A body's name as a speaker's name: no article, no bracketed acronym, the
/// first of coordinated names ("The Chinese Mission to the European Union
/// (EU) and Chinese embassies ..." gives "Chinese Mission to the European
/// Union").
pub(super) fn clean_name(s: &str) -> Cow<'_, str> {
    let s = strip_det(s.trim());
    let mut end = s.len();
    for cut in [" (", " and ", ", "] {
        if let Some(i) = s.find(cut) {
            end = end.min(i);
        }
    }
    crate::text::collapse_whitespace(&s[..end])
}

/// Where the (lowercase ASCII) `title` first stands in `np`, ignoring
/// ASCII case: a byte offset into `np` itself. Lowercasing all of `np`
/// would shift the offsets after a letter whose lowercase is longer ("İ"
/// becomes three bytes), and slicing `np` there could cut a character.
fn title_in(np: &str, title: &str) -> Option<usize> {
    np.to_ascii_lowercase().find(title)
}

/// The body a titled speaker speaks for: after "for"/"of" ("a spokesperson
/// for the Foreign Ministry") or before the title ("Foreign Ministry
/// Spokesperson"), given `i`, where `title` first stands in `np` in
/// lower case.
fn affiliation_at<'s>(np: &'s str, i: usize, title: &str) -> Option<&'s str> {
    let after = np.get(i + title.len()..)?.trim_start();
    for prep in ["for ", "of ", "at "] {
        if let Some(rest) = after.strip_prefix(prep) {
            return Some(strip_det(rest.trim()));
        }
    }
    let before = strip_det(np.get(..i)?.trim());
    before
        .starts_with(char::is_uppercase)
        .then_some(before)
        .filter(|b| !b.is_empty() && crate::party::resolve(b).is_empty() || b.contains(' '))
}

/// The principal party of a mention, or `fallback`.
pub(super) fn resolve_or(mention: &str, fallback: Option<Party>) -> Option<Party> {
    crate::party::resolve(mention)
        .into_iter()
        .next()
        .or(fallback)
}

/// The short name a party speaks under ("US").
pub(super) fn short_name(p: &Party) -> Option<&'static str> {
    let code = p.code();
    crate::lexicon::parties::SHORT_NAMES
        .iter()
        .find(|(c, _)| *c == code)
        .map(|&(_, n)| n)
        .or_else(|| {
            crate::lexicon::parties::ORGANISATIONS
                .iter()
                .find(|(f, c)| *c == code && f == c)
                .map(|&(f, _)| f)
        })
}
