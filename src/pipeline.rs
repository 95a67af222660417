//! The pipeline: segment → metadata → language runs → speakers, turns and
//! quotes → dates → statistics → accusations → rebuttals → protests → links.

use crate::document::Document;
use crate::{Analyzer, FORMAT_VERSION, Paragraph, Statement};

/// Runs every stage over one document.
pub(crate) fn run<'a>(text: &'a str, options: &Analyzer) -> Statement<'a> {
    let doc = Document::segment(text, options.reference_date);
    let language_spans = crate::bilingual::language_spans(text);
    let parallel_passages = crate::bilingual::parallel_passages(text, &language_spans);
    // The party mentions of each sentence, found by the speaker scanner
    // and shared with the accusation scanner.
    let (speakers, turns, quotes, mentions) = crate::speaker::extract(&doc);
    let temporal = crate::temporal::extract(&doc);
    let statistics = crate::statistic::extract(&doc);
    let side = crate::side::detect(&doc, &speakers);
    let mut speakers = speakers;
    crate::speaker::speak_for_side(&mut speakers, &turns, side.as_ref());
    if let Some(h) = &doc.header.headline {
        crate::speaker::complete_from_title(&mut speakers, &h.text);
    }
    let kind = crate::kind::classify(&doc, &turns);
    let issuer = crate::issuer::register(
        text,
        doc.header.headline.as_ref().map(|h| h.span),
        &doc.sentences,
        &mut speakers,
        side.as_ref(),
        doc.header
            .headline
            .as_ref()
            .map(|h| (h.span, h.text.as_ref())),
        kind == crate::StatementKind::OfficialStatement,
    );
    let mut quotes = quotes;
    if let Some((id, named)) = issuer {
        crate::quote::credit_issuer(&mut quotes, id, named);
    }
    let voices = crate::voice::voices(text, &doc.sentences, &speakers, &turns, &quotes);
    let (mut accusations, side_mentions, cues) =
        crate::accusation::extract(&doc, &temporal, side.as_ref(), &mentions);
    crate::stance::from_voices(text, &mut accusations, &voices, &speakers, side.as_ref());
    crate::quote::credit_accusers(&mut quotes, &accusations, &speakers);
    // The cache's last reader is done: free it before the later stages add
    // their records, so it never counts toward the peak with them.
    drop(mentions);
    let rebuttals =
        crate::rebuttal::extract(&doc, &accusations, side.as_ref(), &side_mentions, &cues);
    let protests = crate::protest::extract(
        &cues.protests,
        &crate::protest::Context {
            text,
            sentences: &doc.sentences,
            voices: &voices,
            speakers: &speakers,
            accusations: &accusations,
            side: side.as_ref(),
        },
    );
    let primary_lang = crate::bilingual::primary_lang(&language_spans);
    let paragraphs = doc
        .paragraphs
        .iter()
        .map(|&span| Paragraph {
            span,
            lang: crate::bilingual::lang_of(&language_spans, span),
        })
        .collect();
    let header = doc.header;
    Statement {
        format_version: FORMAT_VERSION,
        headline: header.headline,
        kind,
        published: header.published,
        outlet: header.outlet,
        section: header.section,
        authors: header.authors,
        side,
        primary_lang,
        body: match (doc.paragraphs.first(), doc.paragraphs.last()) {
            (Some(first), Some(last)) => first.join(*last),
            _ => crate::Span::default(),
        },
        paragraphs,
        sentences: doc.sentences,
        boilerplate: doc.boilerplate,
        speakers,
        turns,
        quotes,
        voices,
        temporal,
        accusations,
        rebuttals,
        protests,
        statistics,
        language_spans,
        parallel_passages,
    }
}
