//! The JSON list format: JSON Lines, one entry per line, in the shape `sipkb export --format
//! json` writes. Read line by line, so it streams like CSV.

use super::problem::ProblemKind;
use super::raw::{At, Parts, RawRow, RawText};
use super::sink::Sink;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::io::BufRead;

/// One line.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Line {
    vendor: Option<String>,
    vendor_name: Option<String>,
    vendor_note: Option<String>,
    code: Option<serde_json::Value>,
    class: Option<serde_json::Value>,
    vendor_code: Option<String>,
    phrase: Option<String>,
    category: Option<String>,
    side: Option<String>,
    retry: Option<String>,
    message: Option<String>,
    source: Option<String>,
    applies_to: Option<String>,
    confidence: Option<String>,
    #[serde(default)]
    texts: BTreeMap<String, Parts>,
}

/// A JSON Lines file being read.
pub(crate) struct JsonRows<R: BufRead> {
    input: R,
    line: usize,
    buf: Vec<u8>,
}

pub(crate) fn open<R: BufRead>(input: R) -> JsonRows<R> {
    JsonRows {
        input,
        line: 0,
        buf: Vec::new(),
    }
}

fn number(v: serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => s,
        other => other.to_string(),
    }
}

impl<R: BufRead> JsonRows<R> {
    /// The next row; lines that cannot become one report to `sink`.
    pub(crate) fn next_row(&mut self, sink: &mut Sink<'_>) -> Option<RawRow> {
        loop {
            self.buf.clear();
            match self.input.read_until(b'\n', &mut self.buf) {
                Ok(0) => return None,
                Ok(_) => {}
                Err(e) => {
                    let reason = e.to_string();
                    sink.add(self.line + 1, "", ProblemKind::Unreadable { reason });
                    return None;
                }
            }
            self.line += 1;
            let line = self.line;
            let Ok(text) = std::str::from_utf8(&self.buf) else {
                sink.add(line, "", ProblemKind::NotUtf8);
                continue;
            };
            if text.trim().is_empty() {
                continue;
            }
            let parsed: Line = match serde_json::from_str(text) {
                Ok(p) => p,
                Err(e) => {
                    // serde_json appends "at line 1 column N"; the line is ours to give.
                    let detail = e.to_string();
                    let detail = detail
                        .rsplit_once(" at line ")
                        .map_or(detail.as_str(), |(d, _)| d)
                        .to_string();
                    sink.add(line, "", ProblemKind::Syntax { detail });
                    continue;
                }
            };
            let at = |v: Option<String>| v.map(|s| At::new(s, line));
            return Some(RawRow {
                line,
                vendor: at(parsed.vendor),
                vendor_name: at(parsed.vendor_name),
                vendor_note: at(parsed.vendor_note),
                code: at(parsed.code.map(number)),
                class: at(parsed.class.map(number)),
                vendor_code: at(parsed.vendor_code),
                phrase: at(parsed.phrase),
                category: at(parsed.category),
                side: at(parsed.side),
                retry: at(parsed.retry),
                message: at(parsed.message),
                source: at(parsed.source),
                applies_to: at(parsed.applies_to),
                confidence: at(parsed.confidence),
                texts: parsed
                    .texts
                    .into_iter()
                    .map(|(locale, parts)| RawText {
                        locale,
                        line,
                        parts,
                    })
                    .collect(),
            });
        }
    }
}
