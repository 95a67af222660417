//! The Chinese mention grammar: a form, the bodies after it (美国中央情报局)
//! and its coalition partners (美国及其北约盟国).

use super::code::Party;
use super::gazetteer::Gazetteer;
use super::mention::PartyMention;
use crate::Span;

/// The Chinese mentions of `span`, appended to `out`: a form, the bodies
/// after it (美国中央情报局) and its coalition partners (美国及其北约盟国).
pub(super) fn han_mentions(text: &str, span: Span, gaz: &Gazetteer, out: &mut Vec<PartyMention>) {
    let heads = crate::lexicon::parties::HAN_HEADS;
    let form_at = |pos: usize| -> Option<(usize, &'static str)> {
        let c = text[pos..span.end].chars().next()?;
        let forms = gaz.han_forms(c)?;
        forms
            .iter()
            .find(|(f, _)| text[pos..span.end].starts_with(f))
            .map(|&(f, code)| (pos + f.len(), code))
    };
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
        let Some((mut end, code)) = form_at(pos) else {
            pos += c.len_utf8();
            continue;
        };
        if code.is_empty() {
            pos = end;
            continue;
        }
        let mut parties = vec![Party::from_static(code)];
        let rest = |end: usize| &text[end..span.end];
        loop {
            if let Some(h) = heads.iter().find(|h| rest(end).starts_with(*h)) {
                end += h.len();
                continue;
            }
            // 驻欧盟使团: the host after 驻 adds no party.
            if rest(end).starts_with('驻') {
                if let Some((e, _)) = form_at(end + '驻'.len_utf8()) {
                    end = e;
                    continue;
                }
            }
            break;
        }
        // 美国及其北约盟国, 欧盟和北约.
        loop {
            if rest(end).starts_with("及其") {
                let mut e = end + "及其".len();
                let mut found = None;
                if let Some((fe, code)) = form_at(e) {
                    found = Some(code);
                    e = fe;
                }
                if let Some(n) = ["盟国", "盟友", "伙伴"]
                    .iter()
                    .find(|n| rest(e).starts_with(*n))
                {
                    end = e + n.len();
                    if let Some(code) = found.filter(|c| !c.is_empty()) {
                        parties.push(Party::from_static(code));
                    }
                    continue;
                }
                break;
            }
            if let Some(conj) = ["和", "与", "及", "、"]
                .iter()
                .find(|c| rest(end).starts_with(*c))
            {
                if let Some((e, code)) = form_at(end + conj.len()) {
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
            break;
        }
        out.push(PartyMention {
            span: Span::new(pos, end),
            parties,
        });
        pos = end;
    }
}
