//! The reading half of an import run, on a thread of its own: a file's rows are read (and the
//! input hashed), validated, and the text parts of their search documents built there, while
//! the run's thread writes the rows before them to SQLite. Rows travel in batches through a
//! bounded channel, so memory stays bounded whatever the file's size; the run's thread takes
//! them in file order and does everything that touches the database, in the same order as a
//! run on one thread.
//!
//! Problems stay exactly as a run on one thread finds them. The reader collects each row's
//! problems into a sink of its own, empty before every row, and the run's thread reports them
//! into the run's [`Sink`] just before the problems of applying that row. Reading a row decides
//! nothing by what the sink already holds, but validating it does (a problem the run's sink
//! has already reported for the same line and field is not counted again, and then does not
//! make the row invalid), so the reader only passes on rows that validated without a single
//! problem; a row with any is sent as read, and validated again on the run's thread against the
//! run's sink.

use super::problem::{Problem, ProblemKind};
use super::raw::{RawRow, Style};
use super::report::Format;
use super::row::{Entry, Kind, validate};
use super::sink::Sink;
use super::{csv as csvfmt, jsonl, toml as tomlfmt};
use crate::error::{Error, Result};
use crate::i18n::Locale;
use crate::input::Input;
use crate::search::{DocPart, variant_names};
use sha2::{Digest, Sha256};
use std::io::{BufRead, BufReader, Read};
use std::sync::mpsc::{Receiver, Sender, SyncSender, channel, sync_channel};
use std::sync::{Arc, Mutex, PoisonError};

/// Rows per message: one message per row cost more in channel hand-offs than it saved.
const BATCH: usize = 256;

/// Messages waiting in the channel at most: with [`BATCH`], about a thousand rows read ahead.
const CHANNEL: usize = 4;

/// Progress is reported every this many rows (and at the end of a file).
const PROGRESS_EVERY: u64 = 4096;

/// The input's SHA-256 and byte count so far.
type Hashed = Arc<Mutex<(Sha256, u64)>>;

/// A reader that hashes and counts what passes through it.
struct Hashing<R> {
    inner: R,
    state: Hashed,
}

impl<R: Read> Read for Hashing<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        let mut s = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        s.0.update(&buf[..n]);
        s.1 += n as u64;
        Ok(n)
    }
}

type Stream<'a> = BufReader<Hashing<Box<dyn Read + Send + 'a>>>;

enum Rows<'a> {
    Toml(std::vec::IntoIter<RawRow>),
    Csv(Box<csvfmt::CsvRows<Stream<'a>>>),
    Json(jsonl::JsonRows<Stream<'a>>),
}

impl Rows<'_> {
    fn next(&mut self, sink: &mut Sink<'_>) -> Option<RawRow> {
        match self {
            Rows::Toml(rows) => rows.next(),
            Rows::Csv(rows) => rows.next_row(sink),
            Rows::Json(rows) => rows.next_row(sink),
        }
    }
}

/// An input opened, its header (CSV) or whole text (TOML) read.
pub(super) struct Opened<'a> {
    pub format: Format,
    /// The file's size, when known.
    pub total: Option<u64>,
    rows: Rows<'a>,
    state: Hashed,
}

/// Opens one input on the run's thread; its problems (missing, empty, a bad header, a TOML
/// syntax error…) go to the run's `sink`, and then there is nothing to read.
pub(super) fn open<'a>(
    input: &'a Input,
    format: Option<Format>,
    sink: &mut Sink<'_>,
) -> Option<Opened<'a>> {
    let name = input.name();
    let format = match format.or_else(|| Format::from_name(&name)) {
        Some(f) => f,
        None => {
            sink.add(0, "", ProblemKind::UnknownFormat);
            return None;
        }
    };
    let (reader, total) = match input.open() {
        Ok(opened) => opened,
        Err(e) => {
            let kind = match e.kind() {
                std::io::ErrorKind::NotFound => ProblemKind::NotFound,
                std::io::ErrorKind::IsADirectory => ProblemKind::IsDirectory,
                _ => ProblemKind::Unreadable {
                    reason: e.to_string(),
                },
            };
            sink.add(0, "", kind);
            return None;
        }
    };
    let state: Hashed = Arc::new(Mutex::new((Sha256::new(), 0u64)));
    let mut stream: Stream<'a> = BufReader::with_capacity(
        1 << 16,
        Hashing {
            inner: reader,
            state: state.clone(),
        },
    );
    // A file of nothing but whitespace is empty, whatever its format.
    match stream.fill_buf() {
        Ok(buf) if buf.iter().all(u8::is_ascii_whitespace) => {
            sink.add(0, "", ProblemKind::EmptyFile);
            return None;
        }
        Ok(_) => {}
        Err(e) => {
            let reason = e.to_string();
            sink.add(0, "", ProblemKind::Unreadable { reason });
            return None;
        }
    }
    let rows = match format {
        Format::Toml => {
            let mut bytes = Vec::new();
            if let Err(e) = stream.read_to_end(&mut bytes) {
                let reason = e.to_string();
                sink.add(0, "", ProblemKind::Unreadable { reason });
                return None;
            }
            let text = match String::from_utf8(bytes) {
                Ok(t) => t,
                Err(e) => {
                    let upto = e.utf8_error().valid_up_to();
                    let line = e.as_bytes()[..upto].iter().filter(|&&b| b == b'\n').count() + 1;
                    sink.add(line, "", ProblemKind::NotUtf8);
                    return None;
                }
            };
            let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
            Rows::Toml(tomlfmt::read(text, sink).into_iter())
        }
        Format::Csv => Rows::Csv(Box::new(csvfmt::open(stream, sink)?)),
        Format::Json => Rows::Json(jsonl::open(stream)),
    };
    Some(Opened {
        format,
        total,
        rows,
        state,
    })
}

/// Problems the reader found, in the order found, for the run's sink.
#[derive(Debug, Default)]
pub(super) struct Found {
    problems: Vec<Problem>,
    /// Counted past the first [`ImportReport::MAX_SHOWN`](super::ImportReport::MAX_SHOWN) of
    /// one read (a thousand bad CSV lines in a row), so not kept.
    uncounted: u64,
}

impl Found {
    /// Takes what `sink` holds and empties it for the next row.
    fn take(sink: &mut Sink<'_>) -> Found {
        if sink.raised == 0 {
            return Found::default();
        }
        let problems = std::mem::take(&mut sink.found);
        let uncounted = sink.total - problems.len() as u64;
        sink.total = 0;
        sink.raised = 0;
        sink.seen.clear();
        Found {
            problems,
            uncounted,
        }
    }

    /// Reports the problems into the run's sink, as if found there.
    pub(super) fn report(&self, sink: &mut Sink<'_>) {
        for p in &self.problems {
            sink.add(p.line, &p.field, p.kind.clone());
        }
        // The lines of one read are new to the run's sink (reading goes forward; nothing
        // reported so far is about them), so all of them count there too, and the sink has
        // stopped keeping problems before it is past the ones kept here.
        sink.total += self.uncounted;
        sink.raised += self.uncounted;
    }
}

/// A row as the reader passes it on.
// Nearly every row is valid: boxing it would cost an allocation a row for nothing.
#[allow(clippy::large_enum_variant)]
pub(super) enum Checked {
    /// Valid without a single problem, with its documents' parts when it is a variant.
    Valid(Entry, Option<Prepared>),
    /// With problems: to be validated on the run's thread, against the run's sink.
    Invalid(RawRow),
}

/// The parts of a new variant's search documents that its row alone gives.
pub(super) struct Prepared {
    /// Its code, device code and phrase: the head of every document, before the vendor name.
    pub names: DocPart,
    /// Its texts in each locale (by [`Locale::ALL`]), as validated.
    pub texts: [Option<DocPart>; 3],
}

/// One row read.
pub(super) struct ReadRow {
    /// Problems of reading it (and of lines skipped before it): reported before its own.
    pub found: Found,
    pub row: Checked,
    /// Bytes read when it was read, every [`PROGRESS_EVERY`] rows.
    pub done: Option<u64>,
}

/// The end of a file.
pub(super) struct End {
    /// Problems of reading after the last row.
    pub found: Found,
    pub sha256: String,
    pub done: u64,
}

enum Message {
    Rows(Vec<ReadRow>),
    End(End),
}

/// Reads `opened` on another thread and calls `each` with every row, in file order, on this
/// one. An error from `each` stops the reading (the reader finds the channel closed at its
/// next batch) and comes back; so does a panic of the reader, as an error.
///
/// Batches go back to the reader once taken, to be freed there: glibc's allocator locks the
/// arena of the thread that allocated a block to free it, and with every row's strings freed
/// on this thread the two threads spent their time waiting for each other's arena lock (the
/// run was no faster than on one thread).
pub(super) fn each_row(
    opened: Opened<'_>,
    file: &str,
    style: Style,
    mut each: impl FnMut(&ReadRow) -> Result<()>,
) -> Result<End> {
    let Opened { rows, state, .. } = opened;
    let io = |source| Error::Io {
        path: file.into(),
        source,
    };
    std::thread::scope(|s| {
        let (tx, rx) = sync_channel(CHANNEL);
        let (back_tx, back_rx) = channel();
        let reader = std::thread::Builder::new()
            .name("sipkb-import-reader".into())
            .spawn_scoped(s, move || {
                read_all(rows, file, style, &state, &tx, &back_rx)
            })
            .map_err(io)?;
        let ended = receive(rx, back_tx, &mut each);
        match (reader.join(), ended) {
            (Err(panic), _) => {
                let why = panic
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| panic.downcast_ref::<String>().cloned())
                    .unwrap_or_default();
                Err(io(std::io::Error::other(format!(
                    "the import's reader thread failed: {why}"
                ))))
            }
            (Ok(()), Err(e)) => Err(e),
            (Ok(()), Ok(Some(end))) => Ok(end),
            (Ok(()), Ok(None)) => Err(io(std::io::Error::other(
                "the import's reader thread stopped before the end of the file",
            ))),
        }
    })
}

/// Takes the reader's messages until the end of the file (none if the reader stopped first),
/// and gives each batch back when done with it. The channels are dropped on return, so that an
/// error stops the reader, and at the end it stops waiting for batches to free.
fn receive(
    rx: Receiver<Message>,
    back: Sender<Vec<ReadRow>>,
    each: &mut impl FnMut(&ReadRow) -> Result<()>,
) -> Result<Option<End>> {
    for message in rx {
        match message {
            Message::Rows(rows) => {
                for row in &rows {
                    each(row)?;
                }
                // The reader is gone only when this thread has stopped taking rows.
                let _ = back.send(rows);
            }
            Message::End(end) => return Ok(Some(end)),
        }
    }
    Ok(None)
}

/// The reader thread: every row of the file, then its end; batches the run's thread is done
/// with come back on `back`, to be freed here (and their room used again). Returns early when
/// the run's thread has stopped taking rows.
fn read_all(
    mut rows: Rows<'_>,
    file: &str,
    style: Style,
    state: &Mutex<(Sha256, u64)>,
    tx: &SyncSender<Message>,
    back: &Receiver<Vec<ReadRow>>,
) {
    let lock = || state.lock().unwrap_or_else(PoisonError::into_inner);
    // Empty before every read and every validation (see the module's comment).
    let mut sink = Sink::new(file);
    let mut batch = Vec::with_capacity(BATCH);
    let mut n = 0u64;
    let found = loop {
        let raw = rows.next(&mut sink);
        let found = Found::take(&mut sink);
        let Some(raw) = raw else {
            break found;
        };
        n += 1;
        let done = n.is_multiple_of(PROGRESS_EVERY).then(|| lock().1);
        let row = match validate(&raw, style, &mut sink) {
            Some(entry) if sink.raised == 0 => {
                let (entry, prepared) = prepare(entry);
                Checked::Valid(entry, prepared)
            }
            _ => {
                Found::take(&mut sink);
                Checked::Invalid(raw)
            }
        };
        batch.push(ReadRow { found, row, done });
        if batch.len() == BATCH {
            let mut next = None;
            while let Ok(mut old) = back.try_recv() {
                old.clear();
                next = Some(old);
            }
            let next = next.unwrap_or_else(|| Vec::with_capacity(BATCH));
            if tx
                .send(Message::Rows(std::mem::replace(&mut batch, next)))
                .is_err()
            {
                return;
            }
        }
    };
    if !batch.is_empty() && tx.send(Message::Rows(batch)).is_err() {
        return;
    }
    let (sha256, bytes) = {
        let s = lock();
        (crate::builtin::hex(&s.0.clone().finalize()), s.1)
    };
    // The run's thread may have stopped already: then nobody needs the end either.
    let _ = tx.send(Message::End(End {
        found,
        sha256,
        done: bytes,
    }));
    // The last batches, until the run's thread has taken the end.
    for old in back {
        drop(old);
    }
}

/// Builds a variant's document parts from its row (its texts are not needed after that).
fn prepare(mut entry: Entry) -> (Entry, Option<Prepared>) {
    let Kind::Variant(var) = &entry.kind else {
        return (entry, None);
    };
    let code = var.code.map(|c| c.get().to_string());
    let names = DocPart::new(
        code.iter()
            .map(String::as_str)
            .chain(variant_names(var.vendor_code.as_deref(), &var.phrase)),
    );
    let mut texts: [Option<DocPart>; 3] = Default::default();
    for (locale, lines) in &entry.plain {
        // The first texts given for a locale, as `entry_docs` takes them.
        if let Some(i) = Locale::ALL.iter().position(|l| l == locale)
            && texts[i].is_none()
        {
            texts[i] = Some(DocPart::new(lines.iter().map(String::as_str)));
        }
    }
    entry.plain = Vec::new();
    (entry, Some(Prepared { names, texts }))
}
