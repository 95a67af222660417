//! The outlet: named beside the dateline ("| Xinhua"), at the end of the
//! headline ("...: Global Times editorial") or in a copyright footer.

use super::record::Header;
use crate::boilerplate::Block;
use crate::dateline::DateMatch;
use crate::text::trim_span;
use crate::{BoilerplateKind, Span, Text};

/// An outlet glued after the time ("08:49:16Global Times"), after a
/// separator ("| Xinhua", "Source: Xinhua", "来源：新华网"), or in brackets
/// ("(Xinhua)").
pub(super) fn outlet_beside_date<'a>(
    text: &'a str,
    line: Span,
    found: DateMatch,
    header: &mut Header<'a>,
) {
    if header.outlet.is_some() {
        return;
    }
    for part in [
        Span::new(found.span.end, line.end),
        Span::new(line.start, found.span.start),
    ] {
        let s = &text[part];
        let strip = |c: char| c.is_whitespace() || "|:：-–—,()（）/·丨｜".contains(c);
        let mut name = s.trim_matches(strip);
        for label in ["Source", "source", "来源", "Published", "Updated"] {
            if let Some(rest) = name.strip_prefix(label) {
                name = rest.trim_matches(strip);
            }
        }
        let glued_text = part.start == found.span.end
            && !name.is_empty()
            && name.split_whitespace().count() <= 5
            && name.chars().next().is_some_and(char::is_uppercase);
        // Before the date, a short name that reads as an outlet's
        // ("财联社·2025-08-01", "http://www.CRNTT.com 2022-09-14").
        let before_date = part.end == found.span.start && name.split_whitespace().count() <= 5;
        if crate::lexicon::outlets::find(name).is_some()
            || (glued_text || before_date) && crate::lexicon::outlets::looks_like(name)
        {
            let start = part.start + (name.as_ptr() as usize - s.as_ptr() as usize);
            header.outlet = Some(Text::from_input(text, Span::new(start, start + name.len())));
            return;
        }
    }
}

/// "...: Global Times editorial", "... | Xinhua", "... - Reuters": an outlet
/// named at the end of the headline.
pub(super) fn outlet_in_headline<'a>(text: &'a str, headline: Span) -> Option<Text<'a>> {
    let s = &text[headline];
    let cut = s.rfind([':', '|', '：']).or_else(|| s.rfind(" - "))?;
    let tail_start = cut + s[cut..].chars().next().map_or(1, char::len_utf8);
    let tail = trim_span(text, Span::new(headline.start + tail_start, headline.end));
    let words = &text[tail];
    let name = [
        "editorial",
        "Editorial",
        "commentary",
        "Commentary",
        "op-ed",
        "社评",
        "社论",
    ]
    .iter()
    .find_map(|suffix| words.strip_suffix(suffix))
    .map(str::trim_end)
    .unwrap_or(words);
    // After a bar or dash, a name shaped like an outlet's is one too
    // ("... | Manila Standard"); after a colon only a known outlet is (a
    // colon also introduces the speaker: "...: Chinese FM").
    let barred = !s[cut..].starts_with([':', '：']);
    (crate::lexicon::outlets::find(name).is_some()
        || barred && crate::lexicon::outlets::looks_like(name))
    .then(|| Text::from_input(text, Span::new(tail.start, tail.start + name.len())))
}

/// The holder named in a copyright footer ("© 2021 The Record", "Copyright
/// © China Daily. All rights reserved.") when it reads as an outlet and not
/// as a government body (a ministry's or embassy's own site has no outlet).
pub(super) fn copyright_holder<'a>(text: &'a str, blocks: &[Block]) -> Option<Text<'a>> {
    /// Words of government bodies' names.
    const OFFICIAL: &[&str] = &[
        "embassy",
        "consulate",
        "ministry",
        "mission",
        "government",
        "department",
        "office",
        "council",
        "commission",
        "republic",
        "kingdom",
        "federation",
        "state",
        "agency of",
        "crown",
        "外交部",
        "大使馆",
        "大使館",
        "领事馆",
        "領事館",
        "政府",
    ];
    for &(_, _, b) in blocks
        .iter()
        .filter(|(_, _, b)| b.kind == BoilerplateKind::Footer)
    {
        let block = &text[b.span];
        for line in block.lines() {
            let line_at = b.span.start + (line.as_ptr() as usize - block.as_ptr() as usize);
            let trimmed = line.trim_start();
            let mut at = line_at + (line.len() - trimmed.len());
            let mut rest = trimmed;
            let mut marked = false;
            loop {
                let r =
                    rest.trim_start_matches(|c: char| c.is_whitespace() || c == ',' || c == '-');
                at += rest.len() - r.len();
                rest = r;
                let step = ["©", "(c)", "(C)", "Copyright", "COPYRIGHT", "copyright"]
                    .iter()
                    .find(|m| rest.starts_with(*m))
                    .map(|m| m.len())
                    .or_else(|| {
                        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
                        (marked && digits == 4).then_some(digits)
                    });
                match step {
                    Some(n) => {
                        marked = true;
                        at += n;
                        rest = &rest[n..];
                    }
                    None => break,
                }
            }
            if !marked {
                continue;
            }
            let mut end = rest.len();
            for stop in [". ", "|", ";", "。", ", ", "All rights", "all rights"] {
                if let Some(e) = rest.find(stop) {
                    end = end.min(e);
                }
            }
            let end = rest[..end].trim_end_matches(['.', ' ']).len();
            let name = trim_span(text, Span::new(at, at + end));
            let holder = &text[name];
            let lower = holder.to_lowercase();
            let official = OFFICIAL.iter().any(|w| lower.contains(w));
            if !holder.is_empty()
                && !official
                && holder.split_whitespace().count() <= 5
                && !lower.starts_with("all rights")
            {
                return Some(Text::from_input(text, name));
            }
        }
    }
    None
}
