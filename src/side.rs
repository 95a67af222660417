//! The document's side: whose voice a statement carries.
//!
//! A Chinese ministry, mission, embassy or state outlet speaks for `CHN`;
//! the White House or the State Department for `USA`; a Russian embassy,
//! ministry or TASS for `RUS`; gov.uk, the Foreign Secretary or the FCDO for
//! `GBR`. An independent news outlet (Reuters, AP, NBC) speaks for no side.
//!
//! The evidence is read in order of strength: the outlet named in the
//! header; the boilerplate (a copyright line names the issuing mission); the
//! headline and the first lines ("Chinese FM Spokesperson:", "...: Chinese
//! FM"); then the spokesperson who speaks.

use std::sync::OnceLock;

use crate::document::Document;
use crate::lexicon::phrase::{Hit, PhraseTable, lower_into};
use crate::{Party, Span, Speaker, SpeakerRole};

/// How many bytes at the top of a text count as its header zone when the
/// header parser found no headline.
const HEADER_ZONE: usize = 480;

/// The side of a document, or `None` when it speaks for none or the text
/// does not say.
pub(crate) fn detect(doc: &Document<'_>, speakers: &[Speaker<'_>]) -> Option<Party> {
    let text = doc.text;
    if let Some(outlet) = &doc.header.outlet {
        if let Some(mark) = first_mark(text, &[outlet.span]) {
            return mark.map(Party::from_static);
        }
    }
    let end = crate::text::boundary::floor(text, HEADER_ZONE);
    // A metadata line naming the source ("Source: The Record") is as good
    // as a parsed outlet, an independent one included.
    if let Some(line) = source_line(text, Span::new(0, end)) {
        if let Some(mark) = first_mark(text, &[line]) {
            return mark.map(Party::from_static);
        }
    }
    let mut zones: Vec<Span> = doc.boilerplate.iter().map(|b| b.span).collect();
    zones.push(Span::new(0, end));
    if let Some(headline) = &doc.header.headline {
        zones.push(headline.span);
    }
    // Boilerplate first (a copyright line is the strongest), then the top of
    // the text (the masthead), then the headline; only a state's mark
    // decides here, since the top of a text may already quote a news agency.
    for &zone in &zones {
        if let Some(Some(code)) = first_state_mark(text, zone) {
            return Some(Party::from_static(code));
        }
    }
    speakers
        .iter()
        .filter(|s| s.role == SpeakerRole::Spokesperson)
        .find_map(|s| s.party.clone())
}

/// The rest of the first line of `zone` that opens with a source label
/// ("Source:", "+ Source:", "来源："), as a span.
fn source_line(text: &str, zone: Span) -> Option<Span> {
    let mut at = zone.start;
    for line in text[zone].split_inclusive('\n') {
        let start = at;
        at += line.len();
        let body = line.trim_start_matches(['+', '-', '*', ' ', '\t']);
        let lead = line.len() - body.len();
        for label in ["Source:", "source:", "SOURCE:", "来源：", "来源:"] {
            if let Some(rest) = body.strip_prefix(label) {
                let from = start + lead + label.len();
                return Some(Span::new(from, from + rest.len()));
            }
        }
    }
    None
}

/// The first mark in `zones`: `Some(Some(code))` for a state's voice,
/// `Some(None)` for an independent outlet.
fn first_mark(text: &str, zones: &[Span]) -> Option<Option<&'static str>> {
    let mut buf = Vec::new();
    let mut hits: Vec<Hit<Option<&'static str>>> = Vec::new();
    for &zone in zones {
        lower_into(text, zone, &mut buf);
        table().scan(&buf, zone.start, &mut hits);
        if let Some(hit) = hits.first() {
            return Some(hit.value);
        }
    }
    None
}

/// The first state mark in `zone`, ignoring independent outlets.
fn first_state_mark(text: &str, zone: Span) -> Option<Option<&'static str>> {
    let mut buf = Vec::new();
    let mut hits: Vec<Hit<Option<&'static str>>> = Vec::new();
    lower_into(text, zone, &mut buf);
    table().scan(&buf, zone.start, &mut hits);
    hits.iter().find(|h| h.value.is_some()).map(|h| h.value)
}

fn table() -> &'static PhraseTable<Option<&'static str>> {
    static TABLE: OnceLock<PhraseTable<Option<&'static str>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        // The institutions below and the outlet lexicon, built once. Names
        // of two letters ("rt", "ap") are left out: as phrases they would
        // match ordinary words.
        let outlets = crate::lexicon::outlets::OUTLETS
            .iter()
            .copied()
            .filter(|(name, _)| name.len() > 2);
        PhraseTable::merged(
            MARKS
                .iter()
                .copied()
                .chain(outlets)
                .map(|(name, party)| (name, party, 0)),
        )
    })
}

/// The voices a statement can carry: names of institutions that only speak
/// for their state. Outlets come from [`crate::lexicon::outlets`].
static MARKS: &[(&str, Option<&str>)] = &[
    // China: the foreign ministry, its missions and spokespersons, and the
    // state outlets (party and army papers, the news agency, state TV).
    (
        "ministry of foreign affairs of the people's republic of china",
        Some("CHN"),
    ),
    ("embassy of the people's republic of china", Some("CHN")),
    (
        "consulate-general of the people's republic of china",
        Some("CHN"),
    ),
    (
        "consulate general of the people's republic of china",
        Some("CHN"),
    ),
    ("mission of the people's republic of china", Some("CHN")),
    ("chinese fm", Some("CHN")),
    ("chinese foreign ministry", Some("CHN")),
    ("chinese ministry of foreign affairs", Some("CHN")),
    ("chinese mission", Some("CHN")),
    ("chinese embassy", Some("CHN")),
    ("chinese embassies", Some("CHN")),
    ("chinese consulate*", Some("CHN")),
    ("embassy of china", Some("CHN")),
    ("chinamil", Some("CHN")),
    ("fmprc", Some("CHN")),
    ("foreign ministry regular press conference", Some("CHN")),
    ("中新网", Some("CHN")),
    // ... and the spokespersons of the Chinese foreign ministry, whose
    // names head its transcripts ("Foreign Ministry Spokesperson Mao Ning's
    // Regular Press Conference").
    ("wang wenbin", Some("CHN")),
    ("zhao lijian", Some("CHN")),
    ("mao ning", Some("CHN")),
    ("hua chunying", Some("CHN")),
    ("lin jian", Some("CHN")),
    ("guo jiakun", Some("CHN")),
    ("geng shuang", Some("CHN")),
    ("lu kang", Some("CHN")),
    ("汪文斌", Some("CHN")),
    ("赵立坚", Some("CHN")),
    ("毛宁", Some("CHN")),
    ("华春莹", Some("CHN")),
    ("林剑", Some("CHN")),
    ("郭嘉昆", Some("CHN")),
    ("耿爽", Some("CHN")),
    ("陆慷", Some("CHN")),
    ("外交部", Some("CHN")),
    ("中国驻", Some("CHN")),
    ("中华人民共和国驻", Some("CHN")),
    // The United States: the White House and the State Department.
    ("the white house", Some("USA")),
    ("whitehouse.gov", Some("USA")),
    ("state department", Some("USA")),
    ("department of state", Some("USA")),
    ("state.gov", Some("USA")),
    ("embassy of the united states", Some("USA")),
    ("u.s. embassy", Some("USA")),
    ("us embassy", Some("USA")),
    ("bidenwhitehouse.archives.gov", Some("USA")),
    ("trumpwhitehouse.archives.gov", Some("USA")),
    ("obamawhitehouse.archives.gov", Some("USA")),
    ("secretary of defense", Some("USA")),
    ("department of defense", Some("USA")),
    ("defense.gov", Some("USA")),
    // Russia: its foreign ministry, embassies and state news agencies (not
    // "the Russian Federation" alone: others' statements name it too).
    ("embassy of the russian federation", Some("RUS")),
    ("mission of the russian federation", Some("RUS")),
    (
        "ministry of foreign affairs of the russian federation",
        Some("RUS"),
    ),
    ("maria zakharova", Some("RUS")),
    ("dmitry peskov", Some("RUS")),
    ("russian embassy", Some("RUS")),
    ("russian foreign ministry", Some("RUS")),
    ("russian mfa", Some("RUS")),
    ("mid.ru", Some("RUS")),
    ("посольство россии", Some("RUS")),
    // The United Kingdom: gov.uk and the foreign office.
    ("gov.uk", Some("GBR")),
    ("foreign, commonwealth & development office", Some("GBR")),
    ("foreign, commonwealth and development office", Some("GBR")),
    ("fcdo", Some("GBR")),
    ("foreign secretary", Some("GBR")),
    ("national cyber security centre", Some("GBR")),
    ("10 downing street", Some("GBR")),
    // The European Union: its statements at the OSCE, the UN and the
    // Council, and its diplomatic service.
    ("eu statement", Some("EU")),
    ("statement by the eu", Some("EU")),
    ("statement on behalf of the eu", Some("EU")),
    ("on behalf of the european union", Some("EU")),
    ("statement by the high representative", Some("EU")),
    ("eeas", Some("EU")),
    ("european external action service", Some("EU")),
    // Other governments (GUIDELINES): their foreign ministries and the
    // offices that speak for them.
    ("ministry of foreign affairs of ukraine", Some("UKR")),
    ("mfa of ukraine", Some("UKR")),
    ("mfa.gov.ua", Some("UKR")),
    ("presidential communications office", Some("PHL")),
    ("pco.gov.ph", Some("PHL")),
    ("dfa.gov.ph", Some("PHL")),
    ("philippine department of foreign affairs", Some("PHL")),
    ("national maritime council", Some("PHL")),
    ("mofa.gov.tw", Some("TWN")),
    (
        "ministry of foreign affairs, republic of china (taiwan)",
        Some("TWN"),
    ),
    ("nato.int", Some("NATO")),
    ("nato secretary general", Some("NATO")),
    ("north atlantic council", Some("NATO")),
    ("mofa.go.jp", Some("JPN")),
    ("ministry of foreign affairs of japan", Some("JPN")),
    ("ministry of external affairs", Some("IND")),
    ("mea.gov.in", Some("IND")),
    ("dfat.gov.au", Some("AUS")),
    ("department of foreign affairs and trade", Some("AUS")),
    ("iranian foreign ministry", Some("IRN")),
    (
        "foreign ministry of the islamic republic of iran",
        Some("IRN"),
    ),
    // Independent news outlets: no side.
    ("ap news", None),
    ("the record", None),
    ("therecord.media", None),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn side(text: &str) -> Option<Party> {
        let doc = Document::segment(text, None);
        detect(&doc, &[])
    }

    #[test]
    fn marks_in_the_header_zone() {
        assert_eq!(
            side("Cyber notes: Chinese FM\n\nThe body."),
            Some(Party::CHN)
        );
        assert_eq!(
            side("Statement\n\nFrom: Foreign, Commonwealth & Development Office\n\nText."),
            Some(Party::GBR)
        );
        assert_eq!(
            side("THE WHITE HOUSE\n\nStatement by the Press Secretary."),
            Some(Party::USA)
        );
        assert_eq!(side("A plain note about the weather."), None);
    }
}
