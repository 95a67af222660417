//! Tests of the speakers read from whole documents.

use super::*;
use crate::Party;

/// Subjects of every kind, each read once and applied to the speakers
/// read so far: outlets, "it" for the last outlet, organisations,
/// titled officials, states by name and by capital, people by name.
#[test]
fn subjects_of_every_kind() {
    let text = "Reuters reported the talks. The Hill said so. It added more. WikiLeaks said it. \
         Foreign Secretary Alice Marsh said it. China said it. Assange said so. \
         Beijing accused Washington. The Chinese Mission to the EU said.";
    let doc = crate::document::Document::segment(text, None);
    let speakers = super::extract(&doc).0;
    let found: Vec<(Option<&str>, SpeakerRole, usize)> = speakers
        .iter()
        .map(|s| (s.name.as_deref(), s.role, s.mentions.len()))
        .collect();
    assert_eq!(
        found,
        [
            (Some("Reuters"), SpeakerRole::Outlet, 1),
            (Some("The Hill"), SpeakerRole::Outlet, 2),
            (Some("WikiLeaks"), SpeakerRole::Organization, 1),
            (Some("Alice Marsh"), SpeakerRole::Official, 1),
            (Some("China"), SpeakerRole::Organization, 2),
            (Some("Assange"), SpeakerRole::Unknown, 1),
            (
                Some("Chinese Mission to the EU"),
                SpeakerRole::Organization,
                1
            ),
        ]
    );
    assert_eq!(speakers[4].party, Some(Party::CHN));
    assert_eq!(speakers[6].party, Some(Party::CHN));
}
