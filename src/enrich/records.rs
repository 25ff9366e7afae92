//! CSV records as csv-core reads them, with the input bytes each one took (so that it can be
//! copied out as it came), its first line, and its fields unescaped.

use super::MAX_ROW;
use csv_core::{ReadRecordResult, Reader, ReaderBuilder};
use std::io::{Read, Write};

/// What [`Records::next`] found.
pub(super) enum Next {
    /// A record: its bytes, fields and first line are in the [`Records`].
    Record,
    /// A record longer than [`MAX_ROW`], starting on this line (passed through when asked).
    TooLong(u64),
    /// The end of the input.
    End,
}

/// Records of one CSV input.
pub(super) struct Records<'r> {
    reader: &'r mut dyn Read,
    core: Reader,
    buf: Vec<u8>,
    start: usize,
    end: usize,
    eof: bool,
    /// Unescaped field data of the current record, and where each field ends.
    fields: Vec<u8>,
    ends: Vec<usize>,
    pub nfields: usize,
    /// The current record's bytes when they span reads; `direct` when they lie in `buf`.
    raw: Vec<u8>,
    direct: Option<(usize, usize)>,
    /// The line the reading position is on (1-based), and the current record's first line.
    pub line: u64,
    pub first_line: Option<u64>,
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
    pub(super) fn new(reader: &'r mut dyn Read, delimiter: u8, buf: Vec<u8>, end: usize) -> Self {
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
    pub(super) fn bytes(&self) -> &[u8] {
        match self.direct {
            Some((s, e)) => trim_breaks(&self.buf[s..e]),
            None => trim_breaks(&self.raw),
        }
    }

    /// Field `i` of the current record, unescaped.
    pub(super) fn field(&self, i: usize) -> &[u8] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.fields[start..self.ends[i]]
    }

    /// Whether the current record ran to the end of the input inside a quoted field: it is
    /// the last, and its quotes do not pair up (a quoted field has two, a doubled quote two).
    pub(super) fn unclosed(&self) -> bool {
        let b = match self.direct {
            Some((s, e)) => &self.buf[s..e],
            None => &self.raw[..],
        };
        self.eof && self.start == self.end && memchr::memchr_iter(b'"', b).count() % 2 == 1
    }

    /// Reads the next record. A record past [`MAX_ROW`] is written to `pass` as it is read
    /// when one is given (without its line break), and otherwise left at once.
    pub(super) fn next(&mut self, mut pass: Option<&mut dyn Write>) -> std::io::Result<Next> {
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
