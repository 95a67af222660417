//! Invariant checks shared by the fuzz targets.
//!
//! Every check panics with a message naming the broken invariant, so that
//! libFuzzer records the input as a crash.

use demarche::{Granularity, LanguageSpan, ParallelPassage, PartialDate, Span, Statement};

use chrono::{Datelike, Weekday};

/// `span` is in bounds, not reversed and on char boundaries of `text`.
pub fn check_span(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end,
        "{what}: reversed span {span:?} (input of {} bytes)",
        text.len()
    );
    assert!(
        span.end <= text.len(),
        "{what}: span {span:?} out of bounds (input of {} bytes)",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what}: span {span:?} not on char boundaries"
    );
}

/// The spans are in document order: starts never go back.
pub fn check_sorted(spans: impl IntoIterator<Item = Span>, what: &str) {
    let mut last: Option<Span> = None;
    for span in spans {
        if let Some(prev) = last {
            assert!(
                prev.start <= span.start,
                "{what}: {span:?} after {prev:?}, not in document order"
            );
        }
        last = Some(span);
    }
}

/// The spans are in order and do not overlap.
pub fn check_disjoint(spans: impl IntoIterator<Item = Span>, what: &str) {
    let mut last: Option<Span> = None;
    for span in spans {
        if let Some(prev) = last {
            assert!(
                prev.end <= span.start,
                "{what}: {span:?} overlaps or precedes {prev:?}"
            );
        }
        last = Some(span);
    }
}

/// `language_spans` partition `text`: non-empty runs, joined in order they
/// cover every byte once; confidences are finite and in `0..=1`.
pub fn check_language_spans(text: &str, runs: &[LanguageSpan]) {
    if text.is_empty() {
        assert!(runs.is_empty(), "language spans of an empty text");
        return;
    }
    let mut at = 0;
    for run in runs {
        check_span(text, run.span, "language span");
        assert_eq!(run.span.start, at, "language spans leave a gap or overlap");
        assert!(!run.span.is_empty(), "empty language span {:?}", run.span);
        assert!(
            run.confidence.is_finite() && (0.0..=1.0).contains(&run.confidence),
            "language span confidence {}",
            run.confidence
        );
        at = run.span.end;
    }
    assert_eq!(at, text.len(), "language spans stop before the end");
}

/// Parallel passages: spans in bounds, source before target, anchors inside
/// their passages, finite scores.
pub fn check_parallel_passages(text: &str, passages: &[ParallelPassage]) {
    for p in passages {
        check_span(text, p.source, "parallel source");
        check_span(text, p.target, "parallel target");
        assert!(
            !p.source.overlaps(p.target),
            "parallel source {:?} overlaps target {:?}",
            p.source,
            p.target
        );
        assert!(p.score.is_finite(), "parallel score {}", p.score);
        for a in &p.anchors {
            check_span(text, a.source, "anchor source");
            check_span(text, a.target, "anchor target");
            assert!(p.source.contains(a.source), "anchor outside its source");
            assert!(p.target.contains(a.target), "anchor outside its target");
        }
    }
    check_sorted(passages.iter().map(|p| p.source), "parallel passages");
}

/// Statistics: spans, document order, finite values, non-empty surface text.
pub fn check_statistics(text: &str, stats: &[demarche::CitedStatistic<'_>]) {
    for s in stats {
        check_span(text, s.span, "statistic");
        assert!(!s.span.is_empty(), "empty statistic span");
        assert!(
            s.value.is_finite(),
            "statistic value {} for {:?}",
            s.value,
            s.text
        );
        if let Some(subject) = &s.subject {
            check_span(text, subject.span, "statistic subject");
        }
        if let Some(source) = &s.source {
            check_span(text, source.span, "statistic source");
        }
    }
    check_sorted(stats.iter().map(|s| s.span), "statistics");
}

/// A date expression's date agrees with its granularity.
pub fn check_temporal(text: &str, st: &Statement<'_>) {
    for t in &st.temporal {
        check_span(text, t.span, "temporal");
        assert!(!t.span.is_empty(), "empty temporal span");
        match (t.granularity, t.date) {
            (_, None) => {}
            (Granularity::Day, Some(PartialDate::Day(_))) => {}
            (Granularity::Week, Some(PartialDate::Day(d))) => {
                assert_eq!(
                    d.weekday(),
                    Weekday::Mon,
                    "a week must resolve to its Monday"
                );
            }
            (Granularity::Month, Some(PartialDate::Month { month, .. })) => {
                assert!((1..=12).contains(&month), "month {month}");
            }
            (Granularity::Year, Some(PartialDate::Year(_))) => {}
            // A quarter or a half is dated by its first month.
            (Granularity::Quarter, Some(PartialDate::Month { month, .. })) => {
                assert!(matches!(month, 1 | 4 | 7 | 10), "quarter starting in {month}");
            }
            (Granularity::Half, Some(PartialDate::Month { month, .. })) => {
                assert!(matches!(month, 1 | 7), "half starting in {month}");
            }
            // A range or a duration is dated by its start, at any precision.
            (Granularity::Range | Granularity::Duration, Some(_)) => {}
            (g, Some(d)) => panic!("temporal {:?}: granularity {g:?} with date {d:?}", t.text),
        }
        if let Some(d) = t.date {
            // The serialised form parses back.
            assert_eq!(
                d.to_string().parse::<PartialDate>(),
                Ok(d),
                "PartialDate round trip"
            );
        }
    }
    check_sorted(st.temporal.iter().map(|t| t.span), "temporal");
}

/// Every invariant of a `Statement` made from `text`.
pub fn check_statement(text: &str, st: &Statement<'_>) {
    check_span(text, st.body, "body");
    if let Some(h) = &st.headline {
        check_span(text, h.span, "headline");
    }
    if let Some(p) = &st.published {
        check_span(text, p.span, "published");
    }
    if let Some(o) = &st.outlet {
        check_span(text, o.span, "outlet");
    }
    for s in &st.section {
        check_span(text, s.span, "section");
    }
    for a in &st.authors {
        check_span(text, a.span, "author");
    }
    for p in &st.paragraphs {
        check_span(text, p.span, "paragraph");
        assert!(
            st.body.contains(p.span),
            "paragraph {:?} outside body {:?}",
            p.span,
            st.body
        );
    }
    check_disjoint(st.paragraphs.iter().map(|p| p.span), "paragraphs");
    for s in &st.sentences {
        check_span(text, *s, "sentence");
        assert!(!s.is_empty(), "empty sentence");
    }
    check_disjoint(st.sentences.iter().copied(), "sentences");
    for b in &st.boilerplate {
        check_span(text, b.span, "boilerplate");
        for p in &st.paragraphs {
            assert!(
                !b.span.overlaps(p.span),
                "boilerplate {:?} overlaps paragraph {:?}",
                b.span,
                p.span
            );
        }
    }
    check_sorted(st.boilerplate.iter().map(|b| b.span), "boilerplate");
    for (i, s) in st.speakers.iter().enumerate() {
        assert_eq!(s.id, i, "speaker id is its index");
        for m in &s.mentions {
            check_span(text, *m, "speaker mention");
        }
        check_sorted(s.mentions.iter().copied(), "speaker mentions");
    }
    for t in &st.turns {
        check_span(text, t.span, "turn");
        if let Some(l) = &t.label {
            check_span(text, l.span, "turn label");
            assert!(t.span.contains(l.span), "turn label outside its turn");
        }
        if let Some(s) = t.speaker {
            assert!(s < st.speakers.len(), "turn speaker {s} out of range");
        }
    }
    check_disjoint(st.turns.iter().map(|t| t.span), "turns");
    for q in &st.quotes {
        check_span(text, q.span, "quote");
        check_span(text, q.outer, "quote outer");
        assert!(
            q.outer.contains(q.span),
            "quote {:?} outside outer {:?}",
            q.span,
            q.outer
        );
        if let Some(s) = q.speaker {
            assert!(s < st.speakers.len(), "quote speaker {s} out of range");
        }
    }
    check_sorted(st.quotes.iter().map(|q| q.outer), "quotes");
    assert_eq!(st.voices.len(), st.sentences.len(), "a voice per sentence");
    for (v, sentence) in st.voices.iter().zip(&st.sentences) {
        assert_eq!(v.sentence, *sentence, "voice of another sentence");
        if let Some(cue) = v.cue {
            check_span(text, cue, "voice cue");
        }
        if let Some(s) = v.speaker {
            assert!(s < st.speakers.len(), "voice speaker {s} out of range");
        }
    }
    check_temporal(text, st);
    for a in &st.accusations {
        check_span(text, a.span, "accusation");
        for actor in a.accuser.iter().chain(a.accused.iter()) {
            check_span(text, actor.span, "accusation actor");
            assert!(
                !actor.inferred || actor.span.is_empty(),
                "inferred actor with words"
            );
        }
        for t in a.charge.iter().chain(a.cue.iter()) {
            check_span(text, t.span, "accusation charge/cue");
        }
    }
    check_sorted(st.accusations.iter().map(|a| a.span), "accusations");
    for r in &st.rebuttals {
        check_span(text, r.span, "rebuttal");
        assert!(!r.tactics.is_empty(), "rebuttal without a tactic");
        if let Some(actor) = &r.rebutter {
            check_span(text, actor.span, "rebutter");
        }
        for c in &r.cues {
            check_span(text, c.span, "rebuttal cue");
        }
        if let Some(t) = r.target {
            assert!(t < st.accusations.len(), "rebuttal target {t} out of range");
        }
    }
    check_sorted(st.rebuttals.iter().map(|r| r.span), "rebuttals");
    check_statistics(text, &st.statistics);
    check_language_spans(text, &st.language_spans);
    check_parallel_passages(text, &st.parallel_passages);
}

/// The statement survives a JSON round trip unchanged.
pub fn check_json_round_trip(st: &Statement<'_>) {
    let json = serde_json::to_string(st).expect("a Statement serialises");
    let back: Statement<'_> = serde_json::from_str(&json)
        .unwrap_or_else(|e| panic!("the JSON of a Statement does not parse back: {e}\n{json}"));
    assert_eq!(&back, st, "JSON round trip changed the Statement");
}
