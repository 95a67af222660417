//! The corpus runner's tables: one tidy table per kind of item, one row per
//! item, every field flattened into a column.
//!
//! Shared by `examples/corpus.rs` (which writes them) and
//! `tests/workflow.rs` (which reads them back), so the test checks the code
//! the runner runs. Every row starts with the document id; every item table
//! then has the item's `index` in its statement's list (what `speaker`,
//! `accusation` and the like point to), its span (`start`, `end`: UTF-8
//! byte offsets into the document) and its `text`. Lists of codes are
//! joined with `;`; enums are the `snake_case` names of the JSON contract;
//! a missing value is an empty cell.

use std::io::Write;

use demarche::{Actor, Span, Statement};

/// A table's name (its file is `NAME.csv`) and its header row.
#[derive(Debug)]
pub(crate) struct Table {
    /// The table's name.
    pub(crate) name: &'static str,
    /// Its columns.
    pub(crate) columns: &'static [&'static str],
}

/// Every table, in the order of [`Rows::tables`].
pub(crate) const TABLES: [Table; 11] = [
    Table {
        name: "documents",
        columns: &[
            "document",
            "source",
            "line",
            "bytes",
            "start",
            "end",
            "headline",
            "kind",
            "published_date",
            "published_time",
            "utc_offset",
            "outlet",
            "section",
            "authors",
            "side",
            "primary_lang",
            "paragraphs",
            "sentences",
            "boilerplate",
            "speakers",
            "turns",
            "quotes",
            "dates",
            "statistics",
            "accusations",
            "rebuttals",
            "protests",
            "language_spans",
            "parallel_passages",
        ],
    },
    Table {
        name: "speakers",
        columns: &[
            "document",
            "index",
            "start",
            "end",
            "text",
            "name",
            "role",
            "affiliation",
            "party",
            "mentions",
        ],
    },
    Table {
        name: "turns",
        columns: &[
            "document",
            "index",
            "start",
            "end",
            "text",
            "kind",
            "label",
            "speaker",
            "speaker_name",
        ],
    },
    Table {
        name: "quotes",
        columns: &[
            "document",
            "index",
            "start",
            "end",
            "text",
            "kind",
            "outer_start",
            "outer_end",
            "speaker",
            "speaker_name",
        ],
    },
    Table {
        name: "voices",
        columns: &[
            "document",
            "index",
            "start",
            "end",
            "text",
            "kind",
            "speaker",
            "speaker_name",
            "party",
            "cue_start",
            "cue_end",
            "cue",
        ],
    },
    Table {
        name: "dates",
        columns: &[
            "document",
            "index",
            "start",
            "end",
            "text",
            "date",
            "granularity",
        ],
    },
    Table {
        name: "statistics",
        columns: &[
            "document",
            "index",
            "start",
            "end",
            "text",
            "value",
            "approximation",
            "kind",
            "unit",
            "currency",
            "subject",
            "source",
            "period",
            "lang",
        ],
    },
    Table {
        name: "accusations",
        columns: &[
            "document",
            "index",
            "start",
            "end",
            "text",
            "stance",
            "accuser",
            "accuser_parties",
            "accused",
            "accused_parties",
            "charge",
            "category",
            "cue",
            "date",
            "cameo",
            "plover",
        ],
    },
    Table {
        name: "rebuttals",
        columns: &[
            "document",
            "index",
            "start",
            "end",
            "text",
            "rebutter",
            "rebutter_parties",
            "tactics",
            "cues",
            "accusation",
            "cameo",
        ],
    },
    Table {
        name: "protests",
        columns: &[
            "document",
            "index",
            "start",
            "end",
            "text",
            "form",
            "protester",
            "protester_parties",
            "target",
            "target_parties",
            "cue",
            "accusation",
            "cameo",
            "plover",
        ],
    },
    Table {
        name: "language_spans",
        columns: &[
            "document",
            "index",
            "start",
            "end",
            "text",
            "lang",
            "script",
            "confidence",
        ],
    },
];

/// Where a document came from: its file, and its line in a JSON Lines file.
#[derive(Debug, Clone)]
pub(crate) struct Source {
    /// The document id: a file's path under the corpus directory, or the
    /// `id` of a JSON Lines object.
    pub(crate) id: String,
    /// The file, as given.
    pub(crate) path: String,
    /// The 1-based line of a JSON Lines file.
    pub(crate) line: Option<usize>,
}

/// The rows of one document, table by table, ready to write.
#[derive(Debug, Default)]
pub(crate) struct Rows {
    /// One list of rows per entry of [`TABLES`].
    pub(crate) tables: [Vec<Vec<String>>; TABLES.len()],
}

/// The rows of `statement`, the analysis of `text`.
pub(crate) fn rows(source: &Source, text: &str, s: &Statement<'_>) -> Rows {
    let id = source.id.as_str();
    let cut = |span: Span| -> String { text.get(span.start..span.end).unwrap_or("").to_string() };
    let opt = |v: Option<String>| v.unwrap_or_default();
    let speaker_name = |i: Option<usize>| -> String {
        i.and_then(|i| s.speakers.get(i))
            .and_then(|sp| sp.name.as_deref())
            .unwrap_or("")
            .to_string()
    };
    let index = |i: Option<usize>| i.map_or(String::new(), |i| i.to_string());
    // Every item's row opens with the document id, the item's index, its
    // span and its text; `rest` holds the item's own fields.
    let row = |i: usize, span: Span, rest: Vec<String>| -> Vec<String> {
        let mut out = vec![
            id.to_string(),
            i.to_string(),
            span.start.to_string(),
            span.end.to_string(),
            cut(span),
        ];
        out.extend(rest);
        out
    };
    let mut rows = Rows::default();
    let [
        documents,
        speakers,
        turns,
        quotes,
        voices,
        dates,
        statistics,
        accusations,
        rebuttals,
        protests,
        language_spans,
    ] = &mut rows.tables;

    let boilerplate: usize = s.boilerplate.iter().map(|b| b.span.len()).sum();
    documents.push(vec![
        id.to_string(),
        source.path.clone(),
        index(source.line),
        text.len().to_string(),
        s.body.start.to_string(),
        s.body.end.to_string(),
        opt(s.headline.as_ref().map(|h| h.as_str().to_string())),
        code(&s.kind),
        opt(s.published.map(|p| p.date.to_string())),
        opt(s.published.and_then(|p| p.time).map(|t| t.to_string())),
        opt(s
            .published
            .and_then(|p| p.utc_offset)
            .map(|o| o.to_string())),
        opt(s.outlet.as_ref().map(|o| o.as_str().to_string())),
        join(s.section.iter().map(|t| t.as_str())),
        join(s.authors.iter().map(|a| a.name.as_ref())),
        opt(s.side.as_ref().map(ToString::to_string)),
        opt(s.primary_lang.map(|l| l.code().to_string())),
        s.paragraphs.len().to_string(),
        s.sentences.len().to_string(),
        boilerplate.to_string(),
        s.speakers.len().to_string(),
        s.turns.len().to_string(),
        s.quotes.len().to_string(),
        s.temporal.len().to_string(),
        s.statistics.len().to_string(),
        s.accusations.len().to_string(),
        s.rebuttals.len().to_string(),
        s.protests.len().to_string(),
        s.language_spans.len().to_string(),
        s.parallel_passages.len().to_string(),
    ]);
    for (i, sp) in s.speakers.iter().enumerate() {
        // A speaker's span is its first mention.
        let first = sp.mentions.first().copied();
        speakers.push(vec![
            id.to_string(),
            i.to_string(),
            opt(first.map(|m| m.start.to_string())),
            opt(first.map(|m| m.end.to_string())),
            opt(first.map(cut)),
            opt(sp.name.as_deref().map(str::to_string)),
            code(&sp.role),
            opt(sp.affiliation.as_deref().map(str::to_string)),
            opt(sp.party.as_ref().map(ToString::to_string)),
            sp.mentions.len().to_string(),
        ]);
    }
    each(turns, &s.turns, &row, |t| {
        let fields = vec![
            code(&t.kind),
            opt(t.label.as_ref().map(|l| l.as_str().to_string())),
            index(t.speaker),
            speaker_name(t.speaker),
        ];
        (t.span, fields)
    });
    each(quotes, &s.quotes, &row, |q| {
        let fields = vec![
            code(&q.kind),
            q.outer.start.to_string(),
            q.outer.end.to_string(),
            index(q.speaker),
            speaker_name(q.speaker),
        ];
        (q.span, fields)
    });
    each(voices, &s.voices, &row, |v| {
        // The party the words speak for: the speaker's, or for the
        // document's own voice the document's side.
        let party = match v.speaker {
            Some(k) => s.speakers.get(k).and_then(|sp| sp.party.as_ref()),
            None if v.kind == demarche::VoiceKind::Document => s.side.as_ref(),
            None => None,
        };
        let fields = vec![
            code(&v.kind),
            index(v.speaker),
            speaker_name(v.speaker),
            opt(party.map(ToString::to_string)),
            opt(v.cue.map(|c| c.start.to_string())),
            opt(v.cue.map(|c| c.end.to_string())),
            opt(v.cue.map(cut)),
        ];
        (v.sentence, fields)
    });
    each(dates, &s.temporal, &row, |t| {
        let fields = vec![opt(t.date.map(|d| d.to_string())), code(&t.granularity)];
        (t.span, fields)
    });
    each(statistics, &s.statistics, &row, |st| {
        let fields = vec![
            st.value.to_string(),
            code(&st.approximation),
            code(&st.kind),
            opt(st.unit.as_deref().map(str::to_string)),
            opt(st.currency.as_deref().map(str::to_string)),
            opt(st.subject.as_ref().map(|t| t.as_str().to_string())),
            opt(st.source.as_ref().map(|t| t.as_str().to_string())),
            opt(st.period.as_deref().map(str::to_string)),
            opt(st.lang.map(|l| l.code().to_string())),
        ];
        (st.span, fields)
    });
    each(accusations, &s.accusations, &row, |a| {
        let mut fields = vec![code(&a.stance)];
        fields.extend(actor_columns(a.accuser.as_ref()));
        fields.extend(actor_columns(a.accused.as_ref()));
        fields.extend([
            opt(a.charge.as_ref().map(|t| t.as_str().to_string())),
            code(&a.category),
            opt(a.cue.as_ref().map(|t| t.as_str().to_string())),
            opt(a.date.map(|d| d.to_string())),
            a.cameo.to_string(),
            a.plover.to_string(),
        ]);
        (a.span, fields)
    });
    each(rebuttals, &s.rebuttals, &row, |r| {
        let mut fields = actor_columns(r.rebutter.as_ref()).to_vec();
        fields.extend([
            join(r.tactics.iter().map(code)),
            join(r.cues.iter().map(|t| t.as_str())),
            index(r.target),
            r.cameo.to_string(),
        ]);
        (r.span, fields)
    });
    each(protests, &s.protests, &row, |p| {
        let mut fields = vec![code(&p.form)];
        fields.extend(actor_columns(p.protester.as_ref()));
        fields.extend(actor_columns(p.target.as_ref()));
        fields.extend([
            p.cue.as_str().to_string(),
            index(p.accusation),
            p.cameo.to_string(),
            p.plover.to_string(),
        ]);
        (p.span, fields)
    });
    each(language_spans, &s.language_spans, &row, |l| {
        let fields = vec![
            opt(l.lang.map(|l| l.code().to_string())),
            code(&l.script),
            l.confidence.to_string(),
        ];
        (l.span, fields)
    });
    rows
}

/// One row per item of `items` into `out`: `fields` gives an item's span and
/// its own columns, `row` the columns every item's row opens with.
fn each<T>(
    out: &mut Vec<Vec<String>>,
    items: &[T],
    row: &dyn Fn(usize, Span, Vec<String>) -> Vec<String>,
    fields: impl Fn(&T) -> (Span, Vec<String>),
) {
    for (i, item) in items.iter().enumerate() {
        let (span, rest) = fields(item);
        out.push(row(i, span, rest));
    }
}

/// The name of a value in the JSON contract: an enum's `snake_case` name.
fn code<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        Ok(serde_json::Value::Null) | Err(_) => String::new(),
        Ok(other) => other.to_string(),
    }
}

/// Items joined with `;`, the separator of every list column.
fn join<S: AsRef<str>>(items: impl Iterator<Item = S>) -> String {
    let mut out = String::new();
    for (i, item) in items.enumerate() {
        if i > 0 {
            out.push(';');
        }
        out.push_str(item.as_ref());
    }
    out
}

/// An actor's words, trimmed.
/// An actor's two columns: its words and its parties.
fn actor_columns(actor: Option<&Actor<'_>>) -> [String; 2] {
    [actor_text(actor), actor_parties(actor)]
}

fn actor_text(actor: Option<&Actor<'_>>) -> String {
    actor.map_or(String::new(), |a| a.text.trim().to_string())
}

/// An actor's party codes joined with `;`.
fn actor_parties(actor: Option<&Actor<'_>>) -> String {
    actor.map_or(String::new(), |a| join(a.parties.iter().map(|p| p.code())))
}

/// The tables being written: one CSV writer per entry of [`TABLES`].
#[derive(Debug)]
pub(crate) struct Writers<W: Write> {
    writers: Vec<csv::Writer<W>>,
    /// Rows written so far, per table.
    pub(crate) counts: [usize; TABLES.len()],
}

impl<W: Write> Writers<W> {
    /// Writers over `outputs` (one per entry of [`TABLES`], in order), each
    /// given its header row.
    pub(crate) fn new(outputs: impl IntoIterator<Item = W>) -> csv::Result<Writers<W>> {
        let mut writers = Vec::with_capacity(TABLES.len());
        for (output, table) in outputs.into_iter().zip(&TABLES) {
            // RFC 4180: comma, double quotes doubled, CRLF line ends.
            let mut w = csv::WriterBuilder::new()
                .terminator(csv::Terminator::CRLF)
                .from_writer(output);
            w.write_record(table.columns)?;
            writers.push(w);
        }
        if writers.len() != TABLES.len() {
            return Err(csv::Error::from(std::io::Error::other(
                "one output per table is needed",
            )));
        }
        Ok(Writers {
            writers,
            counts: [0; TABLES.len()],
        })
    }

    /// Appends one document's rows.
    pub(crate) fn write(&mut self, rows: &Rows) -> csv::Result<()> {
        for ((w, table), count) in self
            .writers
            .iter_mut()
            .zip(&rows.tables)
            .zip(&mut self.counts)
        {
            for row in table {
                w.write_record(row)?;
                *count += 1;
            }
        }
        Ok(())
    }

    /// Flushes every table and gives the outputs back.
    pub(crate) fn finish(self) -> csv::Result<Vec<W>> {
        self.writers
            .into_iter()
            .map(|w| w.into_inner().map_err(|e| csv::Error::from(e.into_error())))
            .collect()
    }
}
