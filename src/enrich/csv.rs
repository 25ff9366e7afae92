//! CSV call records: a header row, then records copied through byte for byte with the added
//! columns appended.
//!
//! csv-core parses each record (it also unescapes the fields sipkb reads) and says how many
//! input bytes it took, so the record goes out exactly as it came in: the quoting style of a
//! FreeSWITCH template, an Asterisk `Master.csv` or a database export stays as it was. A
//! record that fits in the read buffer is written from there without a copy.

use super::MAX_ROW;
use super::columns::{self, CauseKind};
use super::problem::RowProblemKind;
use super::records::{Next, Records};
use super::report::EnrichedFile;
use super::run::{CsvHead, Run, io};
use crate::error::Result;
use std::io::{Read, Write};

const BUFFER: usize = 256 * 1024;

/// Where a file's outcome columns are, by index.
struct Picks {
    code: Option<usize>,
    phrase: Option<usize>,
    cause: Option<usize>,
    kind: Option<CauseKind>,
}

/// Enriches one CSV input into `out`. `Ok(false)` when a problem stopped the run.
pub(super) fn file(
    run: &mut Run<'_>,
    name: &str,
    reader: &mut dyn Read,
    out: &mut dyn Write,
) -> Result<bool> {
    // The first line decides the delimiter and the line ending written.
    let mut buf = vec![0u8; BUFFER];
    let mut end = 0;
    loop {
        let n = match reader.read(&mut buf[end..]) {
            Ok(n) => n,
            Err(e) => {
                let reason = e.to_string();
                run.stop(name, 0, RowProblemKind::Unreadable { reason });
                return Ok(false);
            }
        };
        end += n;
        if n == 0 || end == buf.len() || memchr::memchr(b'\n', &buf[..end]).is_some() {
            break;
        }
    }
    let bom = buf[..end].starts_with(b"\xEF\xBB\xBF");
    if bom {
        buf.copy_within(3..end, 0);
        end -= 3;
    }
    let first = buf[..end].split(|&b| b == b'\n').next().unwrap_or_default();
    let crlf = first.ends_with(b"\r");
    let delimiter = crate::input::sniff_delimiter(first);
    let terminator: &[u8] = if crlf { b"\r\n" } else { b"\n" };
    let mut records = Records::new(reader, delimiter, buf, end);

    let header = match records.next(None) {
        Ok(Next::Record) => records.bytes().to_vec(),
        Ok(Next::End) => return Ok(run.problem(name, 0, RowProblemKind::EmptyFile)),
        Ok(Next::TooLong(line)) => {
            run.stop(name, line, RowProblemKind::TooLong { max: MAX_ROW });
            return Ok(false);
        }
        Err(e) => {
            run.stop(
                name,
                0,
                RowProblemKind::Unreadable {
                    reason: e.to_string(),
                },
            );
            return Ok(false);
        }
    };
    let names: Vec<String> = (0..records.nfields)
        .map(|i| String::from_utf8_lossy(records.field(i)).trim().to_string())
        .collect();
    let cols = match columns::detect(&names, run.opts, false) {
        Ok(c) => c,
        Err(kind) => {
            run.stop(name, 1, kind);
            return Ok(false);
        }
    };
    match &run.csv_head {
        None => {
            run.set_encoding(delimiter);
            if bom {
                out.write_all(b"\xEF\xBB\xBF").map_err(io)?;
            }
            out.write_all(&header).map_err(io)?;
            let mut added = Vec::new();
            for a in super::ADDED {
                added.push(delimiter);
                added.extend_from_slice(a.as_bytes());
            }
            out.write_all(&added).map_err(io)?;
            out.write_all(terminator).map_err(io)?;
            run.csv_head = Some(CsvHead {
                names: names.clone(),
                delimiter,
                file: name.to_string(),
            });
        }
        Some(head) => {
            let same = head.delimiter == delimiter
                && head.names.len() == names.len()
                && head
                    .names
                    .iter()
                    .zip(&names)
                    .all(|(a, b)| a.eq_ignore_ascii_case(b));
            if !same {
                let first = head.file.clone();
                run.stop(name, 1, RowProblemKind::HeaderDiffers { first });
                return Ok(false);
            }
        }
    }
    let index = |c: &Option<String>| c.as_ref().and_then(|c| names.iter().position(|n| n == c));
    let picks = Picks {
        code: index(&cols.code),
        phrase: index(&cols.phrase),
        cause: index(&cols.cause),
        kind: cols.cause_kind,
    };
    run.report.files.push(EnrichedFile {
        name: name.to_string(),
        format: super::CdrFormat::Csv,
        columns: cols,
        rows: 0,
    });
    let file_index = run.report.files.len() - 1;
    let expected = names.len();
    loop {
        let pass = run.opts.skip_invalid;
        let next = match records.next(if pass { Some(&mut *out) } else { None }) {
            Ok(n) => n,
            Err(e) => {
                let line = records.line;
                run.stop(
                    name,
                    line,
                    RowProblemKind::Unreadable {
                        reason: e.to_string(),
                    },
                );
                return Ok(false);
            }
        };
        let (line, problem) = match next {
            Next::End => return Ok(true),
            Next::TooLong(line) => {
                run.report.files[file_index].rows += 1;
                run.report.rows += 1;
                if !run.problem(name, line, RowProblemKind::TooLong { max: MAX_ROW }) {
                    return Ok(false);
                }
                out.write_all(&run.empty).map_err(io)?;
                out.write_all(terminator).map_err(io)?;
                continue;
            }
            Next::Record => {
                let line = records.first_line.unwrap_or(records.line);
                let problem = if records.unclosed() {
                    Some(RowProblemKind::UnclosedQuote)
                } else if records.nfields != expected {
                    Some(RowProblemKind::FieldCount {
                        found: records.nfields,
                        expected,
                    })
                } else {
                    None
                };
                (line, problem)
            }
        };
        run.report.files[file_index].rows += 1;
        let mut values = ["", "", ""];
        let mut problem = problem;
        if problem.is_none() {
            for (slot, pick) in [picks.code, picks.phrase, picks.cause].iter().enumerate() {
                if let Some(i) = *pick {
                    match std::str::from_utf8(records.field(i)) {
                        Ok(v) => values[slot] = v,
                        Err(_) => {
                            problem = Some(RowProblemKind::NotUtf8 {
                                column: names[i].clone(),
                            });
                            break;
                        }
                    }
                }
            }
        }
        match problem {
            None => {
                let added = run.lookup(values[0], values[1], values[2], picks.kind)?;
                out.write_all(records.bytes()).map_err(io)?;
                out.write_all(added).map_err(io)?;
            }
            Some(kind) => {
                run.report.rows += 1;
                if !run.problem(name, line, kind) {
                    return Ok(false);
                }
                out.write_all(records.bytes()).map_err(io)?;
                out.write_all(&run.empty).map_err(io)?;
            }
        }
        out.write_all(terminator).map_err(io)?;
    }
}
