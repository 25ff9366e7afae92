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
use super::report::EnrichedFile;
use super::run::{CsvHead, Run, io};
use crate::error::Result;
use csv_core::{ReadRecordResult, Reader, ReaderBuilder};
use std::io::{Read, Write};

const BUFFER: usize = 256 * 1024;

/// What [`Records::next`] found.
enum Next {
    /// A record: its bytes, fields and first line are in the [`Records`].
    Record,
    /// A record longer than [`MAX_ROW`], starting on this line (passed through when asked).
    TooLong(u64),
    /// The end of the input.
    End,
}

/// Records of one CSV input.
struct Records<'r> {
    reader: &'r mut dyn Read,
    core: Reader,
    buf: Vec<u8>,
    start: usize,
    end: usize,
    eof: bool,
    /// Unescaped field data of the current record, and where each field ends.
    fields: Vec<u8>,
    ends: Vec<usize>,
    nfields: usize,
    /// The current record's bytes when they span reads; `direct` when they lie in `buf`.
    raw: Vec<u8>,
    direct: Option<(usize, usize)>,
    /// The line the reading position is on (1-based), and the current record's first line.
    line: u64,
    first_line: Option<u64>,
    /// Line breaks held back while a too-long record is passed through.
    held: Vec<u8>,
}

fn newlines(bytes: &[u8]) -> u64 {
    memchr::memchr_iter(b'\n', bytes).count() as u64
}

fn is_break(b: &u8) -> bool {
    *b == b'\r' || *b == b'\n'
}

/// `bytes` without the line breaks around it (a record's terminator, or blank lines before).
fn trim_breaks(bytes: &[u8]) -> &[u8] {
    let start = bytes
        .iter()
        .position(|b| !is_break(b))
        .unwrap_or(bytes.len());
    let end = bytes
        .iter()
        .rposition(|b| !is_break(b))
        .map_or(start, |e| e + 1);
    &bytes[start..end.max(start)]
}

impl<'r> Records<'r> {
    fn new(reader: &'r mut dyn Read, delimiter: u8, buf: Vec<u8>, end: usize) -> Self {
        Records {
            reader,
            core: ReaderBuilder::new().delimiter(delimiter).build(),
            buf,
            start: 0,
            end,
            eof: false,
            fields: vec![0; 4096],
            ends: vec![0; 64],
            nfields: 0,
            raw: Vec::new(),
            direct: None,
            line: 1,
            first_line: None,
            held: Vec::new(),
        }
    }

    fn fill(&mut self) -> std::io::Result<()> {
        self.start = 0;
        self.end = loop {
            match self.reader.read(&mut self.buf) {
                Ok(n) => break n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
        };
        self.eof = self.end == 0;
        Ok(())
    }

    /// The current record's bytes, without its line breaks.
    fn bytes(&self) -> &[u8] {
        match self.direct {
            Some((s, e)) => trim_breaks(&self.buf[s..e]),
            None => trim_breaks(&self.raw),
        }
    }

    /// Field `i` of the current record, unescaped.
    fn field(&self, i: usize) -> &[u8] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.fields[start..self.ends[i]]
    }

    /// Whether the current record ran to the end of the input inside a quoted field: it is
    /// the last, and its quotes do not pair up (a quoted field has two, a doubled quote two).
    fn unclosed(&self) -> bool {
        let b = match self.direct {
            Some((s, e)) => &self.buf[s..e],
            None => &self.raw[..],
        };
        self.eof && self.start == self.end && memchr::memchr_iter(b'"', b).count() % 2 == 1
    }

    /// Reads the next record. A record past [`MAX_ROW`] is written to `pass` as it is read
    /// when one is given (without its line break), and otherwise left at once.
    fn next(&mut self, mut pass: Option<&mut dyn Write>) -> std::io::Result<Next> {
        self.raw.clear();
        self.direct = None;
        self.first_line = None;
        let (mut nout, mut nend, mut len) = (0, 0, 0);
        let mut too_long = false;
        loop {
            if self.start == self.end && !self.eof {
                self.fill()?;
            }
            let input = &self.buf[self.start..self.end];
            let (res, nin, o, e) = if too_long {
                self.core
                    .read_record(input, &mut self.fields, &mut self.ends)
            } else {
                self.core
                    .read_record(input, &mut self.fields[nout..], &mut self.ends[nend..])
            };
            let consumed = &input[..nin];
            if self.first_line.is_none()
                && let Some(k) = consumed.iter().position(|b| !is_break(b))
            {
                self.first_line = Some(self.line + newlines(&consumed[..k]));
            }
            self.line += newlines(consumed);
            len += nin;
            let range = (self.start, self.start + nin);
            self.start += nin;
            if too_long {
                if let Some(out) = pass.as_deref_mut() {
                    let consumed = &self.buf[range.0..range.1];
                    self.held.extend_from_slice(consumed);
                    let keep = self
                        .held
                        .iter()
                        .rposition(|b| !is_break(b))
                        .map_or(0, |p| p + 1);
                    out.write_all(&self.held[..keep])?;
                    self.held.drain(..keep);
                }
            } else {
                nout += o;
                nend += e;
                if matches!(res, ReadRecordResult::Record) && self.raw.is_empty() {
                    self.direct = Some(range);
                } else {
                    self.raw.extend_from_slice(&self.buf[range.0..range.1]);
                }
                if len > MAX_ROW {
                    too_long = true;
                    let line = self.first_line.unwrap_or(self.line);
                    let Some(out) = pass.as_deref_mut() else {
                        return Ok(Next::TooLong(line));
                    };
                    let head = match self.direct.take() {
                        Some((s, e)) => self.buf[s..e].to_vec(),
                        None => std::mem::take(&mut self.raw),
                    };
                    let head = &head[head.iter().position(|b| !is_break(b)).unwrap_or(0)..];
                    let keep = head.iter().rposition(|b| !is_break(b)).map_or(0, |p| p + 1);
                    out.write_all(&head[..keep])?;
                    self.held = head[keep..].to_vec();
                }
            }
            match res {
                ReadRecordResult::InputEmpty => {}
                ReadRecordResult::OutputFull if !too_long => {
                    let n = self.fields.len() * 2;
                    self.fields.resize(n, 0);
                }
                ReadRecordResult::OutputEndsFull if !too_long => {
                    let n = self.ends.len() * 2;
                    self.ends.resize(n, 0);
                }
                ReadRecordResult::OutputFull | ReadRecordResult::OutputEndsFull => {}
                ReadRecordResult::Record if too_long => {
                    self.held.clear();
                    return Ok(Next::TooLong(self.first_line.unwrap_or(self.line)));
                }
                ReadRecordResult::Record => {
                    self.nfields = nend;
                    return Ok(Next::Record);
                }
                ReadRecordResult::End => return Ok(Next::End),
            }
        }
    }
}

/// The delimiter the header line uses most, outside quotes: `,`, `;` or tab.
fn sniff(line: &[u8]) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for &b in line {
        match b {
            b'"' => quoted = !quoted,
            b',' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b'\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|&i| (counts[i], 3 - i)).unwrap_or(0);
    [b',', b';', b'\t'][best]
}

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
    let delimiter = sniff(first);
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
