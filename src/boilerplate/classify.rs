//! What one line is: the rules in the order they are tried.

use super::markdown::{delink, is_link_line, markdown_residue};
use super::navigation::{is_breadcrumb, is_link_row, is_pagination, is_tag_line};
use super::notices::{is_caption, is_cookie_notice, is_credit_trailer};
use super::words::{
    EDITOR_NOTE_FIRST, EDITOR_NOTE_PREFIXES, FOLLOW_FIRST, FOLLOW_PREFIXES, FOOTER_FIRST,
    FOOTER_PHRASES, FOOTER_PREFIXES, LANGUAGE_FIRST, LANGUAGE_NAMES, NAVIGATION_FIRST,
    NAVIGATION_LINES, RELATED_FIRST, RELATED_HEADINGS, SHARE_FIRST, SHARE_LINES, SHARE_PREFIXES,
    SUBSCRIBE_FIRST, SUBSCRIBE_PREFIXES, starts_with_any,
};
use crate::BoilerplateKind;

/// The longest line a caption, menu, share link or footer line is; longer
/// lines are prose. (Editor's notes and front matter may be longer.)
pub(super) const SHORT_LINE: usize = 250;

/// What boilerplate line `s` (trimmed) is, if any.
pub(super) fn classify(s: &str) -> Option<BoilerplateKind> {
    if s.is_empty() {
        return None;
    }
    // Prefixes are checked on the head of the line only, so that a long
    // paragraph costs no more than a short one.
    if may_start_editor_note(s) && crate::text::starts_with_any_ignore_case(s, EDITOR_NOTE_PREFIXES)
    {
        return Some(BoilerplateKind::EditorNote);
    }
    if s.len() > SHORT_LINE {
        return None;
    }
    if let Some(kind) = markdown_residue(s) {
        return Some(kind);
    }
    // Links converted to Markdown keep their labels for the rules below:
    // "[Home](...) > [News](...)", "[Facebook](...) [Twitter](...)".
    let original = s;
    let link_like = matches!(s.as_bytes()[0], b'+' | b'-' | b'*' | b'[' | b'h');
    let delinked;
    let s = if s.as_bytes().contains(&b']') && s.contains("](") {
        delinked = delink(s);
        delinked.as_str()
    } else {
        s
    };
    let lower = s.to_lowercase();
    let lower = lower.as_str();
    let bare = lower.trim_matches(|c: char| "<>[]【】()（）|·•:*_# ".contains(c));
    // Chinese bars space their labels out ("【打 印】 【关 闭】"): read
    // them with the spaces taken out.
    let compact;
    let labels = if !bare.is_ascii()
        && bare.len() <= 60
        && bare.contains([' ', '\u{3000}'])
        && !bare.contains(|c: char| c.is_ascii_alphanumeric())
    {
        compact = bare.split_whitespace().collect::<String>();
        compact.as_str()
    } else {
        bare
    };
    // Each list is looked at only when the line's first byte starts one of
    // its entries.
    let first_of = |s: &str| s.as_bytes().first().map_or(0, |&b| usize::from(b));
    let share_first = SHARE_FIRST[first_of(labels)];
    if share_first
        && (SHARE_LINES.contains(&labels)
            || starts_with_any(labels, SHARE_PREFIXES)
            || is_link_row(labels, SHARE_LINES))
    {
        return Some(BoilerplateKind::Share);
    }
    if is_pagination(bare) || is_tag_line(lower) {
        return Some(BoilerplateKind::Navigation);
    }
    let first = first_of(bare);
    if FOLLOW_FIRST[first]
        && starts_with_any(bare, FOLLOW_PREFIXES)
        && bare.split_whitespace().count() <= 12
    {
        return Some(BoilerplateKind::Share);
    }
    let subscribe = SUBSCRIBE_FIRST[first]
        && starts_with_any(bare, SUBSCRIBE_PREFIXES)
        && bare.split_whitespace().count() <= 20;
    if subscribe || is_cookie_notice(bare) {
        return Some(BoilerplateKind::Other);
    }
    if RELATED_FIRST[first] && RELATED_HEADINGS.contains(&bare) {
        return Some(BoilerplateKind::Related);
    }
    if FOOTER_FIRST[first_of(lower)] && starts_with_any(lower, FOOTER_PREFIXES)
        || FOOTER_PHRASES.in_words_of(lower)
        || is_credit_trailer(lower)
    {
        return Some(BoilerplateKind::Footer);
    }
    if is_caption(lower) {
        return Some(BoilerplateKind::Caption);
    }
    if NAVIGATION_FIRST[first] && NAVIGATION_LINES.contains(&bare)
        || is_breadcrumb(s)
        || LANGUAGE_FIRST[first] && is_link_row(bare, LANGUAGE_NAMES)
    {
        return Some(BoilerplateKind::Navigation);
    }
    if link_like && is_link_line(original) {
        return Some(BoilerplateKind::Other);
    }
    None
}

/// Whether `s` (not empty) may start with an editor's-note prefix: its
/// first byte starts one, in either ASCII case. Most lines of prose are
/// settled by this one lookup.
fn may_start_editor_note(s: &str) -> bool {
    EDITOR_NOTE_FIRST[usize::from(s.as_bytes()[0])]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editor_note_filter_cannot_drop_a_match() {
        for p in EDITOR_NOTE_PREFIXES {
            let upper = p.to_ascii_uppercase();
            assert!(may_start_editor_note(p) && may_start_editor_note(&upper));
        }
        for text in crate::testing::fixture_texts() {
            for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
                assert_eq!(
                    may_start_editor_note(line)
                        && crate::text::starts_with_any_ignore_case(line, EDITOR_NOTE_PREFIXES),
                    crate::text::starts_with_any_ignore_case(line, EDITOR_NOTE_PREFIXES)
                );
            }
        }
    }
}
