//! What Markdown and HTML-to-text conversion leave on lines of their own:
//! end marks, images, label headings, wiki tags, lines that are only links.

use super::navigation::is_tag_line;
use crate::BoilerplateKind;

/// What is left of Markdown and HTML-to-text conversion on a line of its
/// own: the end mark of a press release (`###`, `-30-`), an image
/// (`![alt](url)`), a heading that only labels a part of the page
/// (`## Article:`, `#### Tags:`), a wiki-style tag list (`[[tag]] [[tag]]`)
/// and a line that is only a link (`+ Link: [article](https://...)`, a bare
/// URL).
pub(super) fn markdown_residue(s: &str) -> Option<BoilerplateKind> {
    let &first = s.as_bytes().first()?;
    if !matches!(
        first,
        b'#' | b'\\' | b'-' | b'!' | b'[' | b'+' | b'*' | b'h' | b'(' | 0xEF
    ) {
        return None;
    }
    // "###", "\###", "# # #", "-30-", "- 30 -", "(END)", "（完）": the end
    // of a release or a wire story.
    if s.len() <= 16 {
        let hashes = s.bytes().filter(|&b| b == b'#').count();
        let only_hashes = s
            .bytes()
            .all(|b| b == b'#' || b == b'\\' || b.is_ascii_whitespace());
        let thirty = s.split_whitespace().collect::<String>() == "-30-";
        if hashes >= 3 && only_hashes || thirty || is_end_mark(s) {
            return Some(BoilerplateKind::Footer);
        }
    }
    if s.starts_with("![") && is_links_only(s) {
        return Some(BoilerplateKind::Caption);
    }
    if first == b'#' {
        let label = s.trim_start_matches('#').trim();
        if label.is_empty() {
            return Some(BoilerplateKind::Other);
        }
        if label.ends_with([':', '：']) && label.split_whitespace().count() <= 3 {
            let lower = label.to_lowercase();
            return Some(if is_tag_line(&lower) {
                BoilerplateKind::Navigation
            } else {
                BoilerplateKind::Other
            });
        }
        return None;
    }
    if s.starts_with("[[") && s.ends_with("]]") {
        let tags = s
            .split("]]")
            .map(|t| t.trim_matches(|c: char| c.is_whitespace() || c == ','))
            .filter(|t| !t.is_empty())
            .all(|t| t.starts_with("[[") && !t[2..].contains(['[', ']']));
        if tags {
            return Some(BoilerplateKind::Navigation);
        }
    }
    None
}

/// A list item or bare line that holds a link and at most a label
/// ("+ Link: [article](https://...)", `https://example.org/a`).
pub(super) fn is_link_line(s: &str) -> bool {
    let item = s
        .strip_prefix(['+', '-', '*'])
        .filter(|rest| rest.starts_with(' '))
        .map_or(s, str::trim_start);
    let link = match item.split_once(':') {
        Some((label, rest))
            if label.split_whitespace().count() <= 2
                && !label.contains(['[', '(', '/'])
                && !rest.starts_with("//") =>
        {
            rest.trim()
        }
        _ => item,
    };
    is_links_only(link) || is_bare_url(link)
}

/// `s` with each Markdown link or image (`[text](url)`, `![alt](url)`)
/// replaced by its text.
pub(super) fn delink(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let Some(close) = after.find("](") else {
            break;
        };
        let Some(end) = after[close + 2..].find(')') else {
            break;
        };
        let label = &after[..close];
        if label.contains('[') {
            // Not a link's label: keep the bracket and go on after it.
            out.push_str(&rest[..=open]);
            rest = after;
            continue;
        }
        out.push_str(rest[..open].trim_end_matches('!'));
        out.push_str(label);
        rest = &after[close + 2 + end + 1..];
    }
    out.push_str(rest);
    out
}

/// The end mark of a wire story or a Chinese report on a line of its own:
/// "(END)", "-END-", "（完）".
fn is_end_mark(s: &str) -> bool {
    let bare = s.trim_matches(|c: char| "()（）-—[]【】 ".contains(c));
    (bare.eq_ignore_ascii_case("end") || bare == "完") && s.len() <= 12
}

/// Whether `s` is nothing but Markdown links and images (`[text](url)`,
/// `![alt](url)`), with spaces between them.
fn is_links_only(s: &str) -> bool {
    let mut rest = s.trim();
    if rest.is_empty() {
        return false;
    }
    while !rest.is_empty() {
        let after_bang = rest.strip_prefix('!').unwrap_or(rest);
        let Some(label) = after_bang.strip_prefix('[') else {
            return false;
        };
        let Some(close) = label.find("](") else {
            return false;
        };
        let Some(end) = label[close..].find(')') else {
            return false;
        };
        let url = &label[close + 2..close + end];
        if url.contains(char::is_whitespace) {
            return false;
        }
        rest = label[close + end + 1..].trim_start();
    }
    true
}

/// A bare web address on a line of its own.
fn is_bare_url(s: &str) -> bool {
    (s.starts_with("http://") || s.starts_with("https://")) && !s.contains(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_give_their_labels() {
        assert_eq!(delink("a [b](u) ![c](v) [d] e"), "a b c [d] e");
        assert_eq!(delink("[x](unclosed"), "[x](unclosed");
    }
}
