//! A subject applied to the speakers read so far: what its words say
//! ([`Reading`]) decides whether it points back ("it", "the spokesperson",
//! "the Mission") to a speaker already read, or names a new one.

use std::borrow::Cow;
use std::rc::Rc;

use super::reading::{Reading, Subject};
use super::registry::Registry;
use super::{Speaker, SpeakerRole};
use crate::Span;

impl<'a> Registry<'a> {
    /// Registers the subject at `span` as a speaker, if it is one: what
    /// its words say is read once per distinct subject text ([`Subject`]),
    /// and applied here to the speakers read so far.
    pub(super) fn classify(&mut self, span: Span, verb: &str) {
        let reading = self.reading(span);
        if self.pointer(&reading.subject, span) {
            return;
        }
        if verb.eq_ignore_ascii_case("accused") && reading.parties.is_empty() {
            return;
        }
        match &reading.subject {
            Subject::Named { name, role, party } => {
                self.named(name.clone(), *role, None, party.clone(), span);
            }
            Subject::Titled {
                role,
                definite,
                generic,
                affiliation,
                name,
            } => {
                if *definite && self.title_points_back(*role, *generic, span) {
                    return;
                }
                let party = reading.parties.first().cloned().or_else(|| self.side());
                self.named_or_unnamed(name.clone(), *role, affiliation.clone(), party, span);
            }
            Subject::Outlet => {
                self.unnamed(SpeakerRole::Outlet, None, None, span);
            }
            Subject::Body { head, name, civil } => {
                self.body(head, name, *civil, span);
            }
            Subject::Nobody | Subject::It | Subject::HeOrShe | Subject::Document => {}
        }
    }

    /// What the subject at `span` says, read once per distinct text.
    pub(super) fn reading(&mut self, span: Span) -> Rc<Reading<'a>> {
        let raw = &self.text[span];
        match self.subjects.get(raw) {
            Some(r) => Rc::clone(r),
            None => {
                let r = Rc::new(Reading::of(raw));
                self.subjects.insert(raw, Rc::clone(&r));
                r
            }
        }
    }

    /// Whether `subject` is a word that points back ("it", "he", "the
    /// statement"), and so no speaker of its own: the last fitting speaker,
    /// if any, gets the mention at `span`.
    fn pointer(&mut self, subject: &Subject<'a>, span: Span) -> bool {
        let org_like =
            |s: &Speaker<'_>| matches!(s.role, SpeakerRole::Organization | SpeakerRole::Outlet);
        let back = match subject {
            Subject::Nobody => return true,
            Subject::It => self.last(org_like),
            Subject::HeOrShe => self.last(|s| !org_like(s) && s.role != SpeakerRole::Journalist),
            Subject::Document => self.last(|s| {
                matches!(
                    s.role,
                    SpeakerRole::Organization | SpeakerRole::Spokesperson | SpeakerRole::Official
                )
            }),
            _ => return false,
        };
        if let Some(id) = back {
            self.mention(id, span);
        }
        true
    }

    /// Whether a title with "the" and nothing else ("the spokesperson")
    /// points back to a speaker read before, who then gets the mention at
    /// `span`.
    fn title_points_back(&mut self, role: SpeakerRole, generic: bool, span: Span) -> bool {
        if let Some(id) = self.last(|s| s.role == role).filter(|_| !generic) {
            self.mention(id, span);
            return true;
        }
        // "Spokeswoman Maria Zakharova said ... According to the
        // diplomat": a generic role noun with "the" points back to the last
        // person named who speaks for a government.
        if let Some(id) = self.last(|s| {
            s.name.is_some() && matches!(s.role, SpeakerRole::Spokesperson | SpeakerRole::Official)
        }) {
            self.mention(id, span);
            return true;
        }
        // "Maria Zakharova said ... The diplomat added": a role noun with
        // "the" points back to the last person named whose role was not
        // known, and tells it.
        if let Some(id) = self.last(|s| s.role == SpeakerRole::Unknown && s.name.is_some()) {
            self.speakers[id].role = role;
            self.mention(id, span);
            return true;
        }
        false
    }

    /// A body without a party ("the Mission"): the last body whose name
    /// has `head`, else a new one, named or not; `civil` when it is no
    /// government's and does not speak for the document's side.
    fn body(&mut self, head: &str, name: &Option<Cow<'a, str>>, civil: bool, span: Span) {
        if let Some(id) = self.last(|s| {
            s.role == SpeakerRole::Organization
                && s.name
                    .as_ref()
                    .is_some_and(|n| n.to_lowercase().contains(head))
        }) {
            self.mention(id, span);
            return;
        }
        let party = if civil { None } else { self.side() };
        self.named_or_unnamed(name.clone(), SpeakerRole::Organization, None, party, span);
    }
}
