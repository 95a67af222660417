//! Lines about the page rather than the story: cookie notices, wire
//! credit trailers, photo captions.

use super::words::{CAPTION_MARKERS, COOKIE_PHRASES, starts_with_any};

/// A cookie or consent notice: a short prompt that speaks to the reader
/// about the site, not about the story.
pub(super) fn is_cookie_notice(bare: &str) -> bool {
    // Most lines have no "k" at all: one byte search settles them.
    if !bare.as_bytes().contains(&b'k') || !bare.contains("cookie") {
        return false;
    }
    let words = bare.split_whitespace().count();
    // "Accept additional cookies", "Cookies on GOV.UK": a button or banner
    // title; or a sentence with a consent phrase.
    words <= 5
        || words <= 40
            && (bare.starts_with("we use ") || COOKIE_PHRASES.iter().any(|p| bare.contains(p)))
}

/// A wire story's credit trailer ("Reporting by A; Editing by B"): a
/// credit opening, and an editing credit, a semicolon or a handful of
/// words, so that a sentence opening "Reporting by state media ..." stays
/// prose.
pub(super) fn is_credit_trailer(lower: &str) -> bool {
    const OPENINGS: &[&str] = &[
        "reporting by",
        "additional reporting by",
        "writing by",
        "editing by",
    ];
    matches!(lower.as_bytes().first(), Some(b'r' | b'a' | b'w' | b'e'))
        && starts_with_any(lower, OPENINGS)
        && (lower.contains("editing by")
            || lower.contains(';')
            || lower.split_whitespace().count() <= 8)
}

/// A caption names a photo or illustration credit ("Cyber security. Photo:
/// IC", "Illustration: Liu Rui/GT") or is a Chinese photographer's credit
/// ending in 摄.
pub(super) fn is_caption(lower: &str) -> bool {
    // Traditional-script credits open the line; matching them anywhere
    // would cost every Chinese line a comparison per character.
    if lower.starts_with("圖片來源") || lower.starts_with("圖為") || lower.starts_with("資料圖")
    {
        return lower.chars().count() <= 80;
    }
    let unbracketed = lower.trim_end_matches([')', '）']);
    CAPTION_MARKERS.in_words_of(lower) && lower.split_whitespace().count() <= 40
        || (unbracketed.ends_with('摄') || unbracketed.ends_with('攝'))
            && lower.chars().count() <= 80
}
