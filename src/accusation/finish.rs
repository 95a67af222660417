//! What only the whole document tells: the main opponent for charges whose
//! accuser is unnamed, the main category for charges that name no act, and
//! dates.

use super::category::{AccusationCategory, CATEGORIES, cameo, category_index};
use super::record::{Accusation, Stance};
use super::scanner::Scanner;
use crate::{Actor, Granularity, PartialDate, Span, TemporalExpression};

impl<'d, 'a> Scanner<'d, 'a> {
    /// Fills what only the whole document tells: the main opponent for
    /// charges whose accuser is unnamed, the main category for charges that
    /// name no act, and dates.
    pub(super) fn finish(self, temporal: &[TemporalExpression<'a>]) -> Vec<Accusation<'a>> {
        let opponent = self
            .counts
            .iter()
            .max_by_key(|(_, n)| *n)
            .map(|(p, _)| p.clone());
        // The main category: that of the charges the document reports, else
        // of all it names.
        let mut tally = [0usize; CATEGORIES.len()];
        for reported_only in [true, false] {
            for d in &self.drafts {
                if !d.wants_category && (!reported_only || d.item.stance == Stance::Reported) {
                    tally[category_index(d.item.category)] += 1;
                }
            }
            if tally.iter().any(|&n| n > 0) {
                break;
            }
        }
        let main = CATEGORIES
            .iter()
            .copied()
            .filter(|c| *c != AccusationCategory::Other)
            .max_by_key(|c| tally[category_index(*c)])
            .filter(|c| tally[category_index(*c)] > 0)
            .unwrap_or(AccusationCategory::Other);
        let sentences = &self.doc.sentences;
        let side_less = self.side.is_none();
        let mut drafts = self.drafts;
        // Document order (a charge's own words may start before an earlier
        // found one's in the same clause).
        drafts.sort_by_key(|d| (d.item.span.start, d.item.span.end));
        drafts
            .into_iter()
            .map(|mut d| {
                // A text that speaks for no side asserts nothing: every charge
                // in it is someone's it reports (GUIDELINES).
                if side_less {
                    d.item.stance = Stance::Reported;
                }
                if d.wants_opponent && d.item.stance == Stance::Reported {
                    if let Some(p) = &opponent {
                        let at = d.item.span.start;
                        d.item.accuser = Some(Actor::inferred(p, at));
                    }
                }
                if d.wants_category {
                    d.item.category = main;
                    d.item.cameo = cameo(main);
                }
                let sentence = sentences
                    .get(sentences.partition_point(|s| s.end <= d.item.span.start))
                    .copied()
                    .unwrap_or(d.item.span);
                // Said in the charge's own words, else in its clause, else
                // in its sentence.
                d.item.date = date_in(temporal, d.item.span)
                    .or_else(|| date_in(temporal, d.clause))
                    .or_else(|| date_in(temporal, sentence));
                d.item
            })
            .collect()
    }
}

/// The first date of a point in time said inside `span`.
fn date_in(temporal: &[TemporalExpression<'_>], span: Span) -> Option<PartialDate> {
    let i = temporal.partition_point(|t| t.span.start < span.start);
    temporal[i..]
        .iter()
        .take_while(|t| t.span.end <= span.end)
        .find(|t| t.granularity != Granularity::Duration && t.date.is_some())
        .and_then(|t| t.date)
}
