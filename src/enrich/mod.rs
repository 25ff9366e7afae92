//! `sipkb enrich`: call records (CSV or JSON Lines) streamed through, each row written back
//! unchanged with sipkb's answer added in `sipkb_*` columns.
//!
//! Each distinct (code, phrase, cause) is explained once per run ([`answer::Cache`]); a run
//! over millions of rows holds a few thousand of them. Rows are copied through byte for byte
//! (the CSV reader knows which input bytes made each record), so quoting, spacing and the
//! line endings of the input survive; only the added columns are new.

mod answer;
mod columns;
mod csv;
mod jsonl;
mod problem;
mod records;
mod report;
mod run;

pub use answer::Answer;
pub(crate) use answer::answer_for;
pub use columns::{ADDED, CODE_COLUMNS, Columns};
pub use problem::{RowProblem, RowProblemKind};
pub use report::{EnrichReport, EnrichedFile, TopOutcome, UnreadValue};

use crate::error::Result;
use crate::explain::{ExplainOptions, Explanation};
use crate::i18n::Locale;
use crate::input::{Input, Progress};
use crate::uitext::Ids;
use run::Run;
use std::io::{BufWriter, Read, Write};

/// The longest row (a CSV record or a JSON line) read whole, in bytes: call records are a few
/// hundred bytes to a few kilobytes, and a longer one is most likely a quote never closed.
pub const MAX_ROW: usize = 256 * 1024;

/// The format of call records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CdrFormat {
    /// A header row, then one record per row; comma, semicolon or tab delimited.
    Csv,
    /// One JSON object per line.
    Jsonl,
}

/// Options for [`crate::Kb::enrich`].
#[derive(Debug, Clone, Default)]
pub struct EnrichOptions {
    /// The input format; `None` decides from the first input's first byte (`{` is JSON Lines).
    pub format: Option<CdrFormat>,
    /// The language of `sipkb_title` (English when unset).
    pub locale: Option<Locale>,
    /// The column holding the SIP status code, instead of the one found by name.
    pub code_column: Option<String>,
    /// The column holding the reason phrase, instead of the one found by name.
    pub phrase_column: Option<String>,
    /// The column holding a hangup cause (a Q.850 number or a switch's name for it).
    pub cause_column: Option<String>,
    /// Pass malformed rows through unchanged (with empty added columns) and count them,
    /// instead of stopping at the first.
    pub skip_invalid: bool,
}

/// The explain function the enricher asks (the facade passes `Kb::explain`).
pub(crate) type Explain<'a> = dyn Fn(&str, &ExplainOptions) -> Result<Explanation> + 'a;

/// Streams `inputs` to `out` with the added columns; see [`crate::Kb::enrich`]. Stops at the
/// first problem unless it may be skipped.
pub(crate) fn enrich(
    explain: &Explain<'_>,
    ids: &Ids,
    inputs: &[Input],
    opts: &EnrichOptions,
    out: &mut dyn Write,
    progress: &mut dyn FnMut(Progress<'_>),
) -> Result<EnrichReport> {
    let mut run = Run::new(explain, ids, opts);
    let mut out = BufWriter::with_capacity(1 << 20, out);
    for (i, input) in inputs.iter().enumerate() {
        let name = input.name();
        let (reader, total) = match input.open() {
            Ok(r) => r,
            Err(e) => {
                let reason = e.to_string();
                run.stop(&name, 0, RowProblemKind::Unreadable { reason });
                break;
            }
        };
        let mut reader = Counted {
            inner: reader,
            done: 0,
            total,
            name: &name,
            progress: &mut *progress,
        };
        // The format is the option's, else the first input's first byte decides: a CSV
        // header never starts with `{`.
        let mut bytes = Vec::new();
        if i == 0 && opts.format.is_none() {
            let mut byte = [0u8; 1];
            while bytes.len() < 64 {
                match reader.read(&mut byte) {
                    Ok(0) => break,
                    Ok(_) => {
                        bytes.push(byte[0]);
                        if !b"\xEF\xBB\xBF \t\r\n".contains(&byte[0]) {
                            break;
                        }
                    }
                    Err(e) => {
                        let reason = e.to_string();
                        run.stop(&name, 0, RowProblemKind::Unreadable { reason });
                        return run.finish(&mut out);
                    }
                }
            }
            if bytes.last() == Some(&b'{') {
                run.format = CdrFormat::Jsonl;
            }
        }
        let mut reader = std::io::Cursor::new(bytes).chain(reader);
        let go_on = match run.format {
            CdrFormat::Csv => csv::file(&mut run, &name, &mut reader, &mut out)?,
            CdrFormat::Jsonl => jsonl::file(&mut run, &name, &mut reader, &mut out)?,
        };
        if !go_on {
            break;
        }
    }
    run.finish(&mut out)
}

/// A reader that reports how far it has got.
struct Counted<'r, 'p, 'n> {
    inner: Box<dyn Read + Send + 'r>,
    done: u64,
    total: Option<u64>,
    name: &'n str,
    progress: &'p mut dyn FnMut(Progress<'_>),
}

impl Read for Counted<'_, '_, '_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.done += n as u64;
        (self.progress)(Progress {
            file: self.name,
            done: self.done,
            total: self.total,
        });
        Ok(n)
    }
}
