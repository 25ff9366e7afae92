//! One enrich run: the inputs in order, one output, one cache of answers, one report.

use super::answer::{Answer, Cache, Entry, answer_for};
use super::columns::{ADDED, CauseKind, cel_cause, disposition_cause};
use super::problem::{RowProblem, RowProblemKind};
use super::report::EnrichReport;
use super::{CdrFormat, EnrichOptions, Explain};
use crate::error::{Error, Result};
use crate::i18n::Locale;
use crate::uitext::Ids;
use std::io::Write;

/// The header of the run's CSV output, fixed by its first file.
pub(super) struct CsvHead {
    /// Column names as the header writes them.
    pub names: Vec<String>,
    /// The delimiter.
    pub delimiter: u8,
    /// The first file's name.
    pub file: String,
}

/// The state of a run.
pub(super) struct Run<'a> {
    explain: &'a Explain<'a>,
    /// The stable ids the answers name entries by.
    ids: &'a Ids,
    pub opts: &'a EnrichOptions,
    locale: Locale,
    cache: Cache,
    pub report: EnrichReport,
    key: Vec<u8>,
    /// The encoded answer of an outcome the full cache did not keep.
    uncached: Vec<u8>,
    /// The added columns of a row sipkb cannot read, encoded.
    pub empty: Vec<u8>,
    pub format: CdrFormat,
    delimiter: u8,
    pub csv_head: Option<CsvHead>,
}

/// Output errors carry no path of ours: the surface knows where it writes.
pub(super) fn io(source: std::io::Error) -> Error {
    Error::Io {
        path: "-".into(),
        source,
    }
}

impl<'a> Run<'a> {
    pub fn new(explain: &'a Explain<'a>, ids: &'a Ids, opts: &'a EnrichOptions) -> Self {
        let locale = opts.locale.unwrap_or(Locale::En);
        Run {
            explain,
            ids,
            opts,
            locale,
            cache: Cache::default(),
            report: EnrichReport::new(locale),
            key: Vec::new(),
            uncached: Vec::new(),
            empty: Vec::new(),
            format: opts.format.unwrap_or(CdrFormat::Csv),
            delimiter: b',',
            csv_head: None,
        }
    }

    /// The report, once every input was read and `out` flushed.
    pub fn finish(mut self, out: &mut dyn Write) -> Result<EnrichReport> {
        out.flush().map_err(io)?;
        self.report.add_entries(&self.cache);
        Ok(self.report)
    }

    /// Records a problem that stops the run.
    pub fn stop(&mut self, file: &str, line: u64, kind: RowProblemKind) {
        let p = RowProblem {
            file: file.to_string(),
            line,
            kind,
        };
        self.report.problem(p.clone());
        self.report.stopped = Some(p);
    }

    /// Records a problem; `true` when the run goes on (the row is passed through).
    pub fn problem(&mut self, file: &str, line: u64, kind: RowProblemKind) -> bool {
        if self.opts.skip_invalid && kind.skippable() {
            self.report.problem(RowProblem {
                file: file.to_string(),
                line,
                kind,
            });
            self.report.invalid += 1;
            true
        } else {
            self.stop(file, line, kind);
            false
        }
    }

    /// Sets how added columns are encoded (CSV with `delimiter`, or JSON).
    pub fn set_encoding(&mut self, delimiter: u8) {
        self.empty = encode(None, self.format, delimiter);
        self.delimiter = delimiter;
    }

    /// The added columns for one row's outcome, encoded; explained on first sight only.
    pub fn lookup(
        &mut self,
        code: &str,
        phrase: &str,
        cause: &str,
        kind: Option<CauseKind>,
    ) -> Result<&[u8]> {
        let derived;
        let cause = match kind {
            Some(CauseKind::Disposition) => disposition_cause(cause),
            Some(CauseKind::CelExtra) => {
                derived = cel_cause(cause);
                derived.as_str()
            }
            _ => cause,
        };
        self.key.clear();
        for (i, part) in [code, phrase, cause].iter().enumerate() {
            if i > 0 {
                self.key.push(0x1f);
            }
            self.key.extend_from_slice(part.as_bytes());
        }
        self.report.rows += 1;
        if let Some(i) = self.cache.index(&self.key) {
            let e = &mut self.cache.entries[i];
            e.count += 1;
            return Ok(&e.encoded);
        }
        let answer = answer_for(self.explain, self.ids, self.locale, code, phrase, cause)?;
        let encoded = encode(answer.as_ref(), self.format, self.delimiter);
        let entry = Entry {
            answer,
            encoded,
            count: 1,
            seen: [code.to_string(), phrase.to_string(), cause.to_string()],
        };
        if self.cache.full() {
            self.report.count(entry.answer.as_ref(), 1);
            self.uncached = entry.encoded;
            return Ok(&self.uncached);
        }
        let i = self.cache.insert(&self.key, entry);
        Ok(&self.cache.entries[i].encoded)
    }
}

/// The added columns encoded for `format`: CSV fields each led by `delimiter`, or JSON members
/// each led by a comma (`null` where there is no value).
pub(super) fn encode(answer: Option<&Answer>, format: CdrFormat, delimiter: u8) -> Vec<u8> {
    let values = answer.map(Answer::values).unwrap_or_default();
    let mut out = Vec::new();
    for (name, value) in ADDED.iter().zip(values.iter()) {
        match format {
            CdrFormat::Csv => {
                out.push(delimiter);
                csv_field(&mut out, value, delimiter);
            }
            CdrFormat::Jsonl => {
                out.push(b',');
                out.extend_from_slice(format!("\"{name}\":").as_bytes());
                if value.is_empty() {
                    out.extend_from_slice(b"null");
                } else if *name == "sipkb_code" {
                    out.extend_from_slice(value.as_bytes());
                } else {
                    let s = serde_json::Value::String(value.clone()).to_string();
                    out.extend_from_slice(s.as_bytes());
                }
            }
        }
    }
    out
}

/// A CSV field, quoted when it holds the delimiter, a quote or a line break (RFC 4180 §2).
pub(super) fn csv_field(out: &mut Vec<u8>, value: &str, delimiter: u8) {
    let needs = value
        .bytes()
        .any(|b| b == delimiter || b == b'"' || b == b'\n' || b == b'\r');
    if !needs {
        out.extend_from_slice(value.as_bytes());
        return;
    }
    out.push(b'"');
    for b in value.bytes() {
        if b == b'"' {
            out.push(b'"');
        }
        out.push(b);
    }
    out.push(b'"');
}
