//! The Chinese mention grammar: a form, the bodies after it (美国中央情报局)
//! and its coalition partners (美国及其北约盟国).

use super::code::Party;
use super::gazetteer::Gazetteer;
use super::mention::PartyMention;
use crate::Span;

/// The Chinese mentions of `span`, appended to `out`: a form, the bodies
/// after it (美国中央情报局) and its coalition partners (美国及其北约盟国).
pub(super) fn han_mentions(text: &str, span: Span, gaz: &Gazetteer, out: &mut Vec<PartyMention>) {
    let han = Han { text, span, gaz };
    let mut pos = span.start;
    while pos < span.end {
        // ASCII is never an ideograph: no decoding.
        if text.as_bytes()[pos].is_ascii() {
            pos += 1;
            continue;
        }
        let Some(c) = text[pos..span.end].chars().next() else {
            break;
        };
        // Forms start with an ideograph: other characters need no lookup.
        if !crate::text::is_ideograph(c) {
            pos += c.len_utf8();
            continue;
        }
        let Some((end, code)) = han.form_at(pos) else {
            pos += c.len_utf8();
            continue;
        };
        if code.is_empty() {
            pos = end;
            continue;
        }
        let mut parties = vec![Party::from_static(code)];
        let end = han.bodies(end);
        let end = han.partners(end, &mut parties);
        out.push(PartyMention {
            span: Span::new(pos, end),
            parties,
        });
        pos = end;
    }
}

/// The Chinese grammar over one span of a text.
struct Han<'t> {
    text: &'t str,
    span: Span,
    gaz: &'t Gazetteer,
}

impl Han<'_> {
    /// The text from `pos` to the end of the span.
    fn rest(&self, pos: usize) -> &str {
        &self.text[pos..self.span.end]
    }

    /// The longest form at `pos`: where it ends, and its code (empty for a
    /// blocked form).
    fn form_at(&self, pos: usize) -> Option<(usize, &'static str)> {
        let rest = self.rest(pos);
        let c = rest.chars().next()?;
        let forms = self.gaz.han_forms(c)?;
        forms
            .iter()
            .find(|(f, _)| rest.starts_with(f))
            .map(|&(f, code)| (pos + f.len(), code))
    }

    /// The end of the bodies named after a form ending at `end`
    /// (美国中央情报局); the host after 驻 (驻欧盟使团) adds no party.
    fn bodies(&self, mut end: usize) -> usize {
        let heads = crate::lexicon::parties::HAN_HEADS;
        loop {
            if let Some(h) = heads.iter().find(|h| self.rest(end).starts_with(*h)) {
                end += h.len();
                continue;
            }
            if self.rest(end).starts_with('驻') {
                if let Some((e, _)) = self.form_at(end + '驻'.len_utf8()) {
                    end = e;
                    continue;
                }
            }
            return end;
        }
    }

    /// The end of the coalition partners named from `end` on, added to
    /// `parties` (美国及其北约盟国, 欧盟和北约).
    fn partners(&self, mut end: usize, parties: &mut Vec<Party>) -> usize {
        loop {
            if self.rest(end).starts_with("及其") {
                let mut e = end + "及其".len();
                let mut found = None;
                if let Some((fe, code)) = self.form_at(e) {
                    found = Some(code);
                    e = fe;
                }
                if let Some(n) = ["盟国", "盟友", "伙伴"]
                    .iter()
                    .find(|n| self.rest(e).starts_with(*n))
                {
                    end = e + n.len();
                    if let Some(code) = found.filter(|c| !c.is_empty()) {
                        parties.push(Party::from_static(code));
                    }
                    continue;
                }
                return end;
            }
            if let Some(conj) = ["和", "与", "及", "、"]
                .iter()
                .find(|c| self.rest(end).starts_with(*c))
            {
                if let Some((e, code)) = self.form_at(end + conj.len()) {
                    if !code.is_empty() {
                        let p = Party::from_static(code);
                        if !parties.contains(&p) {
                            parties.push(p);
                        }
                        end = e;
                        continue;
                    }
                }
            }
            return end;
        }
    }
}
