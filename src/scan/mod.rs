//! `sipkb scan`: every SIP response, `Reason:` and `Warning:` header in logs and packet
//! captures, tallied by distinct (code, phrase) and explained once each at the end.
//!
//! Streaming throughout: a text log is read in blocks by [`finder::Finder`] (constant memory
//! whatever the file size, `.gz` decompressed on the fly); a pcap or pcapng capture (told by
//! its magic number, not its name) is read packet by packet by [`capture`], and each SIP
//! message it yields goes through the same finder. Only the tally grows, by distinct pair.

mod capture;
mod finder;
mod message;
mod report;
mod tally;
mod tcp;
mod types;

pub use types::{
    FileKind, HeaderSummary, ResponseSummary, ScanOptions, ScanReport, ScannedFile, Sighting,
    SightingRecord, TiedHeader, Unlisted,
};

use crate::calls::{Framer, Prepared, Queue, Seen, Stamp, Tracker};
use crate::error::{Error, Result};
use crate::explain::{ExplainOptions, Explanation};
use crate::i18n::{Arg, Locale};
use crate::input::{Input, Progress};
use finder::Finder;
use std::io::{BufRead, BufReader, Read};
use std::path::PathBuf;
use std::sync::Arc;
use tally::{At, PacketMeta, Tally};

/// What a scan needs from the knowledge base: explanations and labels in the report's locale
/// (the scan module has no store or catalog of its own).
pub(crate) trait Explainer {
    /// Explains one input, as `sipkb explain` does.
    fn explain(&self, input: &str, opts: &ExplainOptions) -> Result<Explanation>;
    /// A UI label.
    fn label(&self, locale: Locale, id: &str, args: &[(&str, Arg<'_>)]) -> String;
}

/// Scans every input and explains what was found (each distinct finding once): the body of
/// `Kb::scan`. Whole SIP messages also go to the call builder ([`crate::calls`]), whose calls
/// the knowledge base explains and puts into words.
pub(crate) fn scan(
    kb: &dyn Explainer,
    inputs: &[Input],
    opts: &ScanOptions,
    progress: &mut dyn FnMut(Progress<'_>),
) -> Result<ScanReport> {
    let mut tally = Tally::default();
    tally.list = opts.sightings.then(Vec::new);
    let mut calls = Tracker::default();
    calls.only = opts.call.clone();
    for input in inputs {
        opts.check_cancel()?;
        let calls = (!opts.no_calls).then_some(&mut calls);
        scan_input(&mut tally, calls, input, progress)?;
    }
    let mut report = report::build(kb, tally, opts)?;
    let locale = report.locale;
    let explain_opts = ExplainOptions {
        locale: Some(locale),
        ..Default::default()
    };
    let no_messages = calls.ledger.totals.messages == 0;
    report.dialogs = crate::calls::build(
        calls,
        &|input| kb.explain(input, &explain_opts),
        &|id, args| kb.label(locale, id, args),
    )?;
    if no_messages && report.responses > 0 && !opts.no_calls {
        report.dialogs.calls_note = Some(kb.label(locale, "calls-log-lines-only", &[]));
    }
    Ok(report)
}

/// Blocks (or batches of messages) in flight between two stages: a bounded queue, so memory
/// stays fixed when one side is slower than the other.
const IN_FLIGHT: usize = 2;

/// A reader that hands a copy of every block it reads to the trace framer, which runs on a
/// thread of its own (framing and grouping a dense trace into calls costs several times what
/// finding its sightings does; the two share nothing but the bytes).
struct Tee<R> {
    inner: R,
    to_framer: std::sync::mpsc::SyncSender<Vec<u8>>,
    /// Blocks the framer is done with, reused.
    spent: std::sync::mpsc::Receiver<Vec<u8>>,
}

impl<R: Read> Read for Tee<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        if n > 0 {
            let mut block = self.spent.try_recv().unwrap_or_default();
            block.clear();
            // Exactly what was read: a doubling growth past a block's size would double the
            // memory the queue holds.
            block.reserve_exact(n);
            block.extend_from_slice(&buf[..n]);
            // A framer that stopped (it cannot, short of a panic, which `join` reports) only
            // loses the calls part.
            let _ = self.to_framer.send(block);
        }
        Ok(n)
    }
}

/// Scans one input into `tally`, and its whole messages into `calls` unless none is given;
/// `progress(name, bytes done, total)` as it goes.
fn scan_input(
    tally: &mut Tally,
    mut calls: Option<&mut Tracker>,
    input: &Input,
    progress: &mut dyn FnMut(Progress<'_>),
) -> Result<()> {
    let name = input.name();
    let io_err = |source: std::io::Error| Error::Io {
        path: PathBuf::from(&name),
        source,
    };
    let (reader, total) = input.open().map_err(io_err)?;
    let mut reader = BufReader::with_capacity(1 << 16, reader);
    let mut kind = sniff(&mut reader).map_err(io_err)?;
    let mut reader: Box<dyn Read> = Box::new(reader);
    if kind == FileKind::Gzip {
        let mut inner = BufReader::new(flate2::read::MultiGzDecoder::new(reader));
        kind = match sniff(&mut inner).map_err(io_err)? {
            k @ (FileKind::Pcap | FileKind::Pcapng) => k,
            _ => FileKind::Gzip,
        };
        reader = Box::new(inner);
    }
    let finder = Finder;
    let mut file = ScannedFile {
        name: name.clone(),
        kind,
        bytes: 0,
        lines: 0,
        packets: None,
        damaged_at: None,
    };
    if matches!(kind, FileKind::Pcap | FileKind::Pcapng) {
        let file_name: Arc<str> = Arc::from(name.as_str());
        let stats = capture::read_capture(&mut reader, &mut |m| {
            let meta = PacketMeta {
                time: report::utc(m.time.0, m.time.1),
                src: m.src.clone(),
                dst: m.dst.clone(),
            };
            let mut at = At::new(file_name.clone(), Some(Arc::new(meta)));
            at.line = m.packet;
            finder.scan_bytes(&m.bytes, &mut |_, what| tally.found(what, &at));
            let seen = Seen {
                // A pcapng simple packet block has no timestamp.
                time: (m.time != (0, 0)).then(|| Stamp::utc(m.time.0, m.time.1)),
                src: Some(Arc::from(m.src.as_str())),
                dst: Some(Arc::from(m.dst.as_str())),
                at: m.packet,
            };
            if let Some(calls) = calls.as_deref_mut() {
                calls.message(&m.bytes, || seen, &file_name);
            }
        })
        .map_err(|e| {
            io_err(std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                e.to_string(),
            ))
        })?;
        file.packets = Some(stats.packets);
        file.damaged_at = stats.broken_at;
        progress(Progress {
            file: &name,
            done: total.unwrap_or(0),
            total,
        });
    } else {
        let file_name: Arc<str> = Arc::from(name.as_str());
        let mut at = At::new(file_name.clone(), None);
        let mut find = |reader: &mut dyn Read| {
            finder.scan(
                reader,
                &mut |line, what| {
                    at.line = line;
                    tally.found(what, &at);
                },
                &mut |done| {
                    progress(Progress {
                        file: &name,
                        done,
                        total,
                    })
                },
            )
        };
        let extent = match calls.as_deref_mut() {
            None => find(&mut reader),
            Some(calls) => std::thread::scope(|threads| {
                // Two stages beside the finder's (reading, and the searchers): the blocks are
                // framed into messages, each parsed and reduced, on one thread; grouped into
                // calls on another.
                let (to_framer, blocks) = std::sync::mpsc::sync_channel::<Vec<u8>>(IN_FLIGHT);
                let (give_back, spent) = std::sync::mpsc::channel::<Vec<u8>>();
                let (to_tracker, batches) =
                    std::sync::mpsc::sync_channel::<Vec<Prepared>>(IN_FLIGHT);
                let only = calls.only.clone();
                let framer_file = file_name.clone();
                let framer = std::thread::Builder::new()
                    .name("sipkb-framer".into())
                    .spawn_scoped(threads, move || {
                        let mut framer = Framer::new(framer_file);
                        let mut queue = Queue::new(only, to_tracker);
                        for block in blocks {
                            framer.feed(&block, &mut queue);
                            let _ = give_back.send(block);
                        }
                        framer.finish(&mut queue);
                        queue.flush();
                    })?;
                let tracker = std::thread::Builder::new()
                    .name("sipkb-calls".into())
                    .spawn_scoped(threads, move || {
                        for batch in batches {
                            for p in batch {
                                calls.take(p, &file_name);
                            }
                        }
                    })?;
                let mut tee = Tee {
                    inner: reader,
                    to_framer,
                    spent,
                };
                let extent = find(&mut tee);
                // The framer's queue closes here, so it finishes.
                drop(tee);
                for stage in [framer, tracker] {
                    if let Err(panic) = stage.join() {
                        std::panic::resume_unwind(panic);
                    }
                }
                extent
            }),
        }
        .map_err(io_err)?;
        file.bytes = extent.bytes;
        file.lines = extent.lines;
    }
    if let Some(t) = total {
        file.bytes = file.bytes.max(t);
    }
    if let Some(calls) = calls {
        calls.finish_input();
    }
    tally.files.push(file);
    Ok(())
}

/// What a stream is, from its first bytes: gzip (1f 8b), a capture, or text.
fn sniff(r: &mut dyn BufRead) -> std::io::Result<FileKind> {
    let head = r.fill_buf()?;
    Ok(if head.starts_with(&[0x1f, 0x8b]) {
        FileKind::Gzip
    } else if capture::is_capture(head) {
        if head.starts_with(&[0x0a, 0x0d, 0x0d, 0x0a]) {
            FileKind::Pcapng
        } else {
            FileKind::Pcap
        }
    } else {
        FileKind::Log
    })
}
