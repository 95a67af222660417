//! An annotated HTML page of one statement, to check by eye what was found.
//!
//! [`render`] gives a self-contained HTML5 page (its own CSS, no script, no
//! network fetch) in the manner of spaCy's displaCy: the text with every
//! accusation, rebuttal, quotation, date, statistic, speaker mention and
//! transcript turn highlighted in its own colour, boilerplate greyed,
//! runs in a language other than the document's marked, a legend, and
//! each highlight's details (accuser → accused, stance, category, tactics,
//! value and unit, resolved date, the accusation a rebuttal answers) in its
//! tooltip and in a side list linked to it.
//!
//! ```
//! let text = "The US accused China of hacking. China firmly rejects the groundless accusation.";
//! let statement = demarche::analyze(text);
//! let page = demarche::html::render(text, &statement);
//! assert!(page.starts_with("<!DOCTYPE html>"));
//! assert!(page.contains("class=\"accusation\""));
//! std::fs::write(std::env::temp_dir().join("statement.html"), &page)?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::fmt::{self, Write as _};

use crate::{Actor, Span, Statement};

/// The annotated page of `statement`, the analysis of `text`.
///
/// Highlights that overlap are nested, or split where they cross, so the
/// markup is always well formed; it is built in one pass over the
/// highlights' boundaries in order. Every character of `text` and of the
/// details is HTML-escaped (a statement holding `<script>` shows it as
/// text), and characters an HTML parser rejects (NUL, other control
/// characters, noncharacters) are shown as visible replacements. Spans
/// outside `text` or off a char boundary (a statement of another text) are
/// clamped, never a panic.
///
/// ```
/// let text = "Spokesperson: The US <script>alert(1)</script> smeared China on July 20, \
///             citing 52,000 servers.";
/// let statement = demarche::analyze(text);
/// let page = demarche::html::render(text, &statement);
/// assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
/// assert!(!page.contains("<script>"));
/// assert!(page.contains("class=\"statistic\""));
/// assert!(page.contains("class=\"date\""));
/// assert!(page.ends_with("</html>\n"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn render(text: &str, statement: &Statement<'_>) -> String {
    let marks = highlights(text, statement);
    let mut page = String::with_capacity(text.len() * 3 + 8192);
    let title = statement
        .headline
        .as_ref()
        .map_or("Statement", |h| h.as_str());
    page.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    page.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    let _ = writeln!(page, "<title>{}</title>", Esc(title));
    page.push_str("<style>\n");
    page.push_str(STYLE);
    page.push_str("</style>\n</head>\n<body>\n<header>\n");
    let _ = writeln!(page, "<h1>{}</h1>", Esc(title));
    header(&mut page, statement);
    page.push_str(LEGEND);
    page.push_str("</header>\n<main>\n<article class=\"text\">");
    markup(&mut page, text, marks);
    page.push_str("</article>\n<aside>\n");
    side_list(&mut page, text, statement);
    page.push_str("</aside>\n</main>\n</body>\n</html>\n");
    page
}

/// The page's style: one colour per kind of highlight, nested highlights
/// told apart by background, underline and outline.
const STYLE: &str = "\
:root{--acc:#ffd3d3;--reb:#cdeed6;--quo:#fff0a8;--dat:#e6d9ff;--sta:#ffdcb8;--spk:#0b57a4}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,'Segoe UI',sans-serif;color:#1f2328;background:#f6f7f9}
header{padding:14px 24px 10px;background:#fff;border-bottom:1px solid #d8dee4}
h1{font-size:20px;margin:0 0 4px}
.meta{color:#59636e;font-size:13px;margin:0 0 8px}
.legend{display:flex;flex-wrap:wrap;gap:6px 14px;font-size:12.5px;margin:0;padding:0;list-style:none}
main{display:grid;grid-template-columns:minmax(0,1fr) minmax(260px,360px);gap:20px;padding:16px 24px}
.text{white-space:pre-wrap;overflow-wrap:anywhere;background:#fff;border:1px solid #d8dee4;border-radius:6px;padding:18px 22px;line-height:2;font-size:15.5px}
aside{font-size:12.5px;line-height:1.45;max-height:calc(100vh - 32px);overflow:auto;position:sticky;top:16px}
aside h2{font-size:13px;text-transform:uppercase;letter-spacing:.04em;color:#59636e;margin:14px 0 4px}
aside ol{margin:0;padding-left:0;list-style:none}
aside li{background:#fff;border:1px solid #e1e4e8;border-left-width:4px;border-radius:4px;padding:5px 8px;margin:0 0 5px}
aside li q{display:block;color:#30363d}
aside .d{color:#59636e}
aside a{color:inherit;text-decoration:none;font-weight:600}
.text span{border-radius:3px;box-decoration-break:clone;-webkit-box-decoration-break:clone}
.accusation{background:var(--acc);box-shadow:inset 0 -2px #d1242f}
.rebuttal{background:var(--reb);box-shadow:inset 0 -2px #1a7f37}
.quote{background:var(--quo)}
.protest{box-shadow:inset 0 -3px #953800;font-style:italic}
.date{background:var(--dat);outline:1px solid #8250df;outline-offset:-1px}
.statistic{background:var(--sta);outline:1px solid #d4700a;outline-offset:-1px;font-weight:600}
.speaker{color:var(--spk);font-weight:600}
.label{font-weight:700;font-variant:small-caps}
.turn.question{background:#eef4fc}
.turn.answer{background:#f4f4f1}
.boilerplate{color:#9aa1a9}
.lang{text-decoration:underline dashed #0f8a7e;text-underline-offset:4px}
.text span[title]:hover{outline:2px solid #24292f}
.text span:target{outline:2px solid #0969da}
li.accusation{border-left-color:#d1242f}li.rebuttal{border-left-color:#1a7f37}li.quote{border-left-color:#d4a72c}
li.protest{border-left-color:#953800}li.date{border-left-color:#8250df}li.statistic{border-left-color:#d4700a}li.speaker{border-left-color:var(--spk)}
aside li[class]{background:#fff;box-shadow:none;outline:none;font-weight:400;color:inherit}
.legend span{padding:0 5px}
@media (max-width:900px){main{grid-template-columns:1fr}aside{position:static;max-height:none}}
";

/// The legend: one swatch per kind of highlight, styled as in the text.
const LEGEND: &str = "<ul class=\"legend\">\
<li><span class=\"accusation\">accusation</span></li>\
<li><span class=\"rebuttal\">rebuttal</span></li>\
<li><span class=\"protest\">protest</span></li>\
<li><span class=\"quote\">quotation</span></li>\
<li><span class=\"speaker\">speaker</span></li>\
<li><span class=\"label\">turn label</span> in a <span class=\"turn question\">question</span> or <span class=\"turn answer\">answer</span></li>\
<li><span class=\"date\">date</span></li>\
<li><span class=\"statistic\">statistic</span></li>\
<li><span class=\"lang\">other language</span></li>\
<li><span class=\"boilerplate\">boilerplate</span></li>\
</ul>\n";

/// One highlight: a span of the text and the tags that open it.
#[derive(Debug)]
struct Mark {
    start: usize,
    end: usize,
    /// Among highlights of the same extent, the lower is outside.
    rank: u8,
    /// The opening tag, with the anchor id the side list links to.
    open: String,
    /// The opening tag of a continuation after a split (no id).
    again: String,
}

/// `pos` clamped into `text` and moved back to a char boundary.
fn floor(text: &str, pos: usize) -> usize {
    let mut pos = pos.min(text.len());
    while !text.is_char_boundary(pos) {
        pos -= 1;
    }
    pos
}

/// Every highlight of the page, with its details as its tooltip, outer
/// first: by start, the longer first, then by rank.
fn highlights(text: &str, s: &Statement<'_>) -> Vec<Mark> {
    let mut marks = Marks {
        text,
        list: Vec::new(),
    };
    marks.layout(s);
    marks.findings(s);
    let mut marks = marks.list;
    marks.sort_by(|a, b| {
        (a.start, std::cmp::Reverse(a.end), a.rank).cmp(&(
            b.start,
            std::cmp::Reverse(b.end),
            b.rank,
        ))
    });
    marks
}

/// The highlights of a page being gathered.
struct Marks<'t> {
    text: &'t str,
    list: Vec<Mark>,
}

impl Marks<'_> {
    /// Adds the highlight of `span` (clamped into the text; none when
    /// empty) with its class, its anchor id if the side list links to it,
    /// and its tooltip.
    fn add(&mut self, span: Span, rank: u8, class: &str, id: Option<String>, title: String) {
        let (start, end) = (floor(self.text, span.start), floor(self.text, span.end));
        if start >= end {
            return;
        }
        let again = format!("<span class=\"{class}\" title=\"{}\">", Esc(&title));
        let open = match id {
            Some(id) => format!(
                "<span class=\"{class}\" id=\"{id}\" title=\"{}\">",
                Esc(&title)
            ),
            None => again.clone(),
        };
        self.list.push(Mark {
            start,
            end,
            rank,
            open,
            again,
        });
    }

    /// The layout of the text: boilerplate, runs in a language other than
    /// the document's, transcript turns and their labels.
    fn layout(&mut self, s: &Statement<'_>) {
        for b in &s.boilerplate {
            let title = format!("boilerplate: {}", words(b.kind));
            self.add(b.span, 0, "boilerplate", None, title);
        }
        for l in &s.language_spans {
            if l.lang.is_some() && l.lang != s.primary_lang {
                let lang = l.lang.map_or(String::new(), |l| l.to_string());
                let title = format!(
                    "language: {lang} ({} script), confidence {:.2}",
                    words(l.script),
                    l.confidence
                );
                self.add(l.span, 1, "lang", None, title);
            }
        }
        for (i, t) in s.turns.iter().enumerate() {
            let class = match t.kind {
                crate::TurnKind::Question => "turn question",
                crate::TurnKind::Answer => "turn answer",
                _ => "turn",
            };
            let who = speaker_name(s, t.speaker);
            let title = format!("turn #{i}: {}, {who}", words(t.kind));
            self.add(t.span, 2, class, None, title);
            if let Some(label) = &t.label {
                self.add(label.span, 3, "label", None, format!("turn label: {who}"));
            }
        }
    }

    /// What the analysis found, each with the anchor the side list links
    /// to: accusations, rebuttals, quotations, speaker mentions (the first
    /// of each speaker anchored), dates and statistics.
    fn findings(&mut self, s: &Statement<'_>) {
        for (i, a) in s.accusations.iter().enumerate() {
            let id = Some(format!("accusation-{i}"));
            self.add(a.span, 4, "accusation", id, accusation_details(i, a));
        }
        for (i, r) in s.rebuttals.iter().enumerate() {
            let id = Some(format!("rebuttal-{i}"));
            self.add(r.span, 5, "rebuttal", id, rebuttal_details(i, r));
        }
        for (i, q) in s.quotes.iter().enumerate() {
            let who = speaker_name(s, q.speaker);
            let title = format!("quotation #{i} ({}), {who}", words(q.kind));
            self.add(q.span, 6, "quote", Some(format!("quote-{i}")), title);
        }
        for (i, sp) in s.speakers.iter().enumerate() {
            for (n, m) in sp.mentions.iter().enumerate() {
                let id = (n == 0).then(|| format!("speaker-{i}"));
                self.add(*m, 7, "speaker", id, speaker_details(i, sp));
            }
        }
        for (i, t) in s.temporal.iter().enumerate() {
            let title = format!("date #{i}: {}", date_details(t));
            self.add(t.span, 8, "date", Some(format!("date-{i}")), title);
        }
        for (i, st) in s.statistics.iter().enumerate() {
            let id = Some(format!("statistic-{i}"));
            self.add(st.span, 9, "statistic", id, statistic_details(i, st));
        }
        // A protest's sentence often holds its accusation: the phrase of
        // protest is marked, not the sentence.
        for (i, p) in s.protests.iter().enumerate() {
            let id = Some(format!("protest-{i}"));
            self.add(p.cue.span, 10, "protest", id, protest_details(i, p));
        }
    }
}

/// Writes `text` with its highlights as nested `<span>`s, walking their
/// boundaries in order. A highlight that ends while one opened after it is
/// still open closes that one first and reopens it after: crossing spans
/// are split, never misnested.
fn markup(out: &mut String, text: &str, marks: Vec<Mark>) {
    // Indexes of the marks in order of their end.
    let mut by_end: Vec<usize> = (0..marks.len()).collect();
    by_end.sort_by_key(|&i| marks[i].end);
    let mut closed = vec![false; marks.len()];
    let mut stack: Vec<usize> = Vec::new();
    let mut reopen: Vec<(usize, bool)> = Vec::new();
    let (mut next_open, mut next_close, mut pos) = (0, 0, 0);
    while next_close < by_end.len() {
        let close_at = marks[by_end[next_close]].end;
        let at = marks
            .get(next_open)
            .map_or(close_at, |m| m.start.min(close_at));
        escape(out, &text[pos..at], false);
        pos = at;
        // Close what ends here, splitting what was opened inside it.
        while next_close < by_end.len() && marks[by_end[next_close]].end == at {
            closed[by_end[next_close]] = true;
            next_close += 1;
        }
        let lowest = stack.iter().position(|&m| closed[m]).unwrap_or(stack.len());
        reopen.clear();
        for &m in stack[lowest..].iter().rev() {
            out.push_str("</span>");
            if !closed[m] {
                reopen.push((m, true));
            }
        }
        stack.truncate(lowest);
        // Open what starts here, with what was split, outer first.
        while next_open < marks.len() && marks[next_open].start == at {
            reopen.push((next_open, false));
            next_open += 1;
        }
        reopen.sort_by_key(|&(m, _)| {
            (
                std::cmp::Reverse(marks[m].end),
                marks[m].start,
                marks[m].rank,
            )
        });
        for &(m, again) in &reopen {
            out.push_str(if again {
                &marks[m].again
            } else {
                &marks[m].open
            });
            stack.push(m);
        }
    }
    escape(out, &text[pos..], false);
}

/// The header's line of facts about the document.
fn header(out: &mut String, s: &Statement<'_>) {
    let mut facts: Vec<String> = vec![words(s.kind)];
    if let Some(p) = s.published {
        facts.push(match p.time {
            Some(t) => format!("published {} {t}", p.date),
            None => format!("published {}", p.date),
        });
    }
    if let Some(o) = &s.outlet {
        facts.push(o.as_str().to_string());
    }
    if let Some(side) = &s.side {
        facts.push(format!("side {side}"));
    }
    if let Some(l) = s.primary_lang {
        facts.push(format!("language {l}"));
    }
    facts.push(format!(
        "{} sentences, {} speakers, {} turns, {} quotations, {} dates, {} statistics, {} accusations, {} rebuttals, {} protests",
        s.sentences.len(),
        s.speakers.len(),
        s.turns.len(),
        s.quotes.len(),
        s.temporal.len(),
        s.statistics.len(),
        s.accusations.len(),
        s.rebuttals.len(),
        s.protests.len()
    ));
    let _ = writeln!(out, "<p class=\"meta\">{}</p>", Esc(&facts.join(" · ")));
}

/// The side list: every highlight with a link to it and its details.
fn side_list(out: &mut String, text: &str, s: &Statement<'_>) {
    let accusations = s.accusations.iter().enumerate();
    let accusations = accusations.map(|(i, a)| (a.span, accusation_details(i, a)));
    section(out, text, "Accusations", "accusation", accusations);
    let rebuttals = s.rebuttals.iter().enumerate();
    let rebuttals = rebuttals.map(|(i, r)| (r.span, rebuttal_details(i, r)));
    section(out, text, "Rebuttals", "rebuttal", rebuttals);
    let protests = s.protests.iter().enumerate();
    let protests = protests.map(|(i, p)| (p.cue.span, protest_details(i, p)));
    section(out, text, "Protests", "protest", protests);
    let quotes = s.quotes.iter().map(|q| (q.span, quote_details(s, q)));
    section(out, text, "Quotations", "quote", quotes);
    let statistics = s.statistics.iter().enumerate();
    let statistics = statistics.map(|(i, st)| (st.span, statistic_details(i, st)));
    section(out, text, "Statistics", "statistic", statistics);
    let dates = s.temporal.iter().map(|t| (t.span, date_details(t)));
    section(out, text, "Dates", "date", dates);
    let speakers = s.speakers.iter().enumerate().map(|(i, sp)| {
        let first = sp.mentions.first().copied().unwrap_or_default();
        (first, speaker_details(i, sp))
    });
    section(out, text, "Speakers", "speaker", speakers);
}

/// One section of the side list: `items` (a span and its details each)
/// numbered and linked to the highlights `{prefix}-{number}`; nothing when
/// there are none.
fn section(
    out: &mut String,
    text: &str,
    heading: &str,
    prefix: &str,
    items: impl Iterator<Item = (Span, String)>,
) {
    let items: Vec<(Span, String)> = items.collect();
    if items.is_empty() {
        return;
    }
    let _ = writeln!(out, "<h2>{heading} ({})</h2>\n<ol>", items.len());
    for (i, (span, details)) in items.into_iter().enumerate() {
        let _ = writeln!(
            out,
            "<li class=\"{prefix}\"><a href=\"#{prefix}-{i}\">#{i}</a> <q>{}</q><span class=\"d\">{}</span></li>",
            Esc(&excerpt(text, span)),
            Esc(&details).lines()
        );
    }
    out.push_str("</ol>\n");
}

/// The words of `span` (clamped into `text`) on one line, cut after 160
/// characters.
fn excerpt(text: &str, span: Span) -> String {
    let (a, b) = (floor(text, span.start), floor(text, span.end));
    let words = text[a..b.max(a)]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    match words.char_indices().nth(160) {
        Some((cut, _)) => format!("{}…", &words[..cut]),
        None => words,
    }
}

/// A quotation's details: direct or scare, and its speaker.
fn quote_details(s: &Statement<'_>, q: &crate::Quote) -> String {
    format!("{}, {}", words(q.kind), speaker_name(s, q.speaker))
}

/// A date's details: the date resolved and its granularity.
fn date_details(t: &crate::TemporalExpression<'_>) -> String {
    let date = t.date.map_or("unresolved".to_string(), |d| d.to_string());
    format!("{date} ({})", words(t.granularity))
}

/// An accusation's details, one per line.
fn accusation_details(i: usize, a: &crate::Accusation<'_>) -> String {
    let mut d = format!(
        "accusation #{i}: {} → {}\nstance: {}, category: {}",
        actor(a.accuser.as_ref()),
        actor(a.accused.as_ref()),
        words(a.stance),
        words(a.category)
    );
    if let Some(charge) = &a.charge {
        let _ = write!(d, "\ncharge: {}", charge.as_str());
    }
    if let Some(cue) = &a.cue {
        let _ = write!(d, "\ncue: {}", cue.as_str());
    }
    if let Some(date) = a.date {
        let _ = write!(d, "\ndate: {date}");
    }
    let _ = write!(d, "\nCAMEO {}, PLOVER {}", a.cameo, a.plover);
    d
}

/// A rebuttal's details, one per line.
fn rebuttal_details(i: usize, r: &crate::Rebuttal<'_>) -> String {
    let tactics: Vec<String> = r.tactics.iter().map(|&t| words(t)).collect();
    let mut d = format!(
        "rebuttal #{i} by {}\ntactics: {}",
        actor(r.rebutter.as_ref()),
        tactics.join(", ")
    );
    if let Some(t) = r.target {
        let _ = write!(d, "\nanswers accusation #{t}");
    }
    let _ = write!(d, "\nCAMEO {}", r.cameo);
    d
}

/// A protest's details, one per line.
fn protest_details(i: usize, p: &crate::Protest<'_>) -> String {
    let mut d = format!(
        "protest #{i} ({}): {} → {}",
        words(p.form),
        actor(p.protester.as_ref()),
        actor(p.target.as_ref())
    );
    if let Some(a) = p.accusation {
        let _ = write!(d, "\nrests on accusation #{a}");
    }
    let _ = write!(d, "\nCAMEO {}, PLOVER {}", p.cameo, p.plover);
    d
}

/// A statistic's details, one per line.
fn statistic_details(i: usize, st: &crate::CitedStatistic<'_>) -> String {
    let mut d = format!(
        "statistic #{i}: {} {}\n{}, {}",
        st.value,
        st.unit.as_deref().unwrap_or(""),
        words(st.approximation),
        words(st.kind)
    );
    if let Some(c) = &st.currency {
        let _ = write!(d, "\ncurrency: {c}");
    }
    if let Some(subject) = &st.subject {
        let _ = write!(d, "\nsubject: {}", subject.as_str());
    }
    if let Some(source) = &st.source {
        let _ = write!(d, "\nsource: {}", source.as_str());
    }
    if let Some(period) = &st.period {
        let _ = write!(d, "\nperiod: {period}");
    }
    d
}

/// A speaker's details.
fn speaker_details(i: usize, sp: &crate::Speaker<'_>) -> String {
    let mut d = format!(
        "speaker #{i}: {}\nrole: {}",
        sp.name.as_deref().unwrap_or("(unnamed)"),
        words(sp.role)
    );
    if let Some(a) = &sp.affiliation {
        let _ = write!(d, "\naffiliation: {a}");
    }
    if let Some(p) = &sp.party {
        let _ = write!(d, "\nparty: {p}");
    }
    let _ = write!(d, "\n{} mentions", sp.mentions.len());
    d
}

/// A speaker by index: the name, or the role.
fn speaker_name(s: &Statement<'_>, speaker: Option<usize>) -> String {
    match speaker.and_then(|i| s.speakers.get(i)) {
        Some(sp) => match &sp.name {
            Some(name) => format!("speaker {name}"),
            None => format!("speaker: {}", words(sp.role)),
        },
        None => "no speaker".to_string(),
    }
}

/// An actor as its party codes (`USA+NATO`), else its words, else `?`.
fn actor(actor: Option<&Actor<'_>>) -> String {
    match actor {
        Some(a) if !a.parties.is_empty() => {
            let codes: Vec<&str> = a.parties.iter().map(|p| p.code()).collect();
            format!("{} ({})", codes.join("+"), a.text.trim())
        }
        Some(a) if !a.text.trim().is_empty() => format!("\"{}\"", a.text.trim()),
        _ => "?".to_string(),
    }
}

/// An enum variant's name as lower-case words: `CounterAccusation` gives
/// "counter accusation".
fn words(value: impl fmt::Debug) -> String {
    let name = format!("{value:?}");
    let mut out = String::with_capacity(name.len() + 4);
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push(' ');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// Text to escape when displayed.
struct Esc<'a>(&'a str);

impl fmt::Display for Esc<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = String::with_capacity(self.0.len());
        escape(&mut s, self.0, true);
        f.write_str(&s)
    }
}

impl Esc<'_> {
    /// The escaped text with line breaks as `<br>`.
    fn lines(&self) -> String {
        let mut s = String::new();
        for (i, line) in self.0.split('\n').enumerate() {
            s.push_str(if i == 0 { " " } else { "<br>" });
            escape(&mut s, line, true);
        }
        s
    }
}

/// Appends `s` HTML-escaped (quotes too in attributes). Characters that
/// are parse errors in HTML even as references are replaced by visible
/// stand-ins: C0 controls by their Control Pictures symbol (U+2400…),
/// DEL, C1 controls and noncharacters by U+FFFD.
fn escape(out: &mut String, s: &str, attribute: bool) {
    let mut from = 0;
    for (i, c) in s.char_indices() {
        let replacement: Option<&str> = match c {
            '&' => Some("&amp;"),
            '<' => Some("&lt;"),
            '>' => Some("&gt;"),
            '"' if attribute => Some("&quot;"),
            '\t' | '\n' | '\r' | '\u{c}' => None,
            '\0'..='\u{1f}' | '\u{7f}'..='\u{9f}' | '\u{fdd0}'..='\u{fdef}' => Some(""),
            c if (u32::from(c) & 0xfffe) == 0xfffe => Some(""),
            _ => None,
        };
        let Some(replacement) = replacement else {
            continue;
        };
        out.push_str(&s[from..i]);
        from = i + c.len_utf8();
        if replacement.is_empty() {
            let picture = (c < ' ')
                .then(|| char::from_u32(0x2400 + u32::from(c)))
                .flatten();
            out.push(picture.unwrap_or('\u{fffd}'));
        } else {
            out.push_str(replacement);
        }
    }
    out.push_str(&s[from..]);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The page's text with the tags taken out and references undone.
    fn visible(page: &str) -> String {
        let body = page.split("<article class=\"text\">").nth(1).unwrap_or("");
        let body = body.split("</article>").next().unwrap_or("");
        let mut out = String::new();
        let mut in_tag = false;
        for c in body.chars() {
            match c {
                '<' => in_tag = true,
                '>' if in_tag => in_tag = false,
                c if !in_tag => out.push(c),
                _ => {}
            }
        }
        out.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&")
    }

    fn mark(start: usize, end: usize, rank: u8, name: &str) -> Mark {
        Mark {
            start,
            end,
            rank,
            open: format!("<span class=\"{name}\" id=\"{name}\">"),
            again: format!("<span class=\"{name}\">"),
        }
    }

    #[test]
    fn protests_are_marked_by_their_phrase_and_listed() {
        let text = "China has lodged solemn representations with the Japanese side.";
        let s = crate::analyze(text);
        let page = super::render(text, &s);
        assert!(
            page.contains(
                "<span class=\"protest\" id=\"protest-0\" title=\"protest #0 (representations): "
            ),
            "{page}"
        );
        assert!(page.contains("<h2>Protests (1)</h2>"), "{page}");
    }

    #[test]
    fn crossing_spans_are_split_and_nested_ones_kept() {
        let text = "abcdefghij";
        let mut marks = vec![mark(0, 6, 0, "x"), mark(3, 9, 1, "y"), mark(1, 2, 2, "z")];
        marks.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end), m.rank));
        let mut out = String::new();
        markup(&mut out, text, marks);
        assert_eq!(
            out,
            "<span class=\"x\" id=\"x\">a<span class=\"z\" id=\"z\">b</span>c\
             <span class=\"y\" id=\"y\">def</span></span><span class=\"y\">ghi</span>j"
        );
    }

    #[test]
    fn same_extent_nests_by_rank_and_empty_spans_vanish() {
        let text = "ab";
        let marks = vec![mark(0, 2, 0, "o"), mark(0, 2, 1, "i")];
        let mut out = String::new();
        markup(&mut out, text, marks);
        assert_eq!(
            out,
            "<span class=\"o\" id=\"o\"><span class=\"i\" id=\"i\">ab</span></span>"
        );
    }

    #[test]
    fn control_characters_and_markup_are_escaped() {
        let mut out = String::new();
        escape(&mut out, "a\0b<c>&\"\u{85}\u{fffe}\n", true);
        assert_eq!(out, "a\u{2400}b&lt;c&gt;&amp;&quot;\u{fffd}\u{fffd}\n");
    }

    #[test]
    fn foreign_spans_never_panic_and_text_survives() {
        let text = "中国外交部发言人说：“美方的指责毫无根据。”The US <b>accused</b> China.";
        let other = crate::analyze(
            "A much longer text about something else entirely, 2021-07-20, 52,000 servers.",
        );
        let page = render(text, &other);
        assert!(page.contains("</html>"));
        assert_eq!(visible(&page), text);
        let own = crate::analyze(text);
        let page = render(text, &own);
        assert_eq!(visible(&page), text);
    }
}
