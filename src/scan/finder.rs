//! Finding SIP status lines and `Reason:`/`Warning:` headers in a byte stream, at close to
//! memory speed: fixed strings are found with `memchr::memmem` (SIMD), only those candidates
//! are parsed, and line numbers come from counting newlines between candidates.
//!
//! The stream is read in blocks; a block is processed up to its last newline, so a candidate's
//! line is always whole. A line longer than a block (a 100 MB log line, binary garbage with no
//! newline) is processed in pieces that keep the last [`KEEP`] bytes for the next piece, so
//! nothing is found twice, nothing is missed, and the work stays linear.

use crate::sighting::{
    self, Line, Outcome, PATTERNS, Rank, Role, STATUS, SightingKind, Tables, header_value,
    line_time,
};
use std::io::{self, Read};
use std::sync::mpsc;

/// Bytes read at a time.
const BLOCK: usize = 1 << 19;
/// Threads searching blocks for anchors.
const SEARCHERS: usize = 2;
/// What a piece of an overlong line keeps for the next: more than a status line's or a
/// header's longest useful part, so a candidate near the cut is parsed whole.
const KEEP: usize = 4096;
/// Bytes before a piece's start kept as context: what a candidate at the very start needs to
/// see behind it (`SIP`, a quote, the byte before a word).
const BEHIND: usize = 8;

/// Something found on a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Found<'a> {
    /// A SIP outcome (a sighting), with the line's own timestamp when it has one.
    Outcome {
        /// What was read.
        outcome: Outcome<'a>,
        /// The line's timestamp, as written.
        time: Option<&'a [u8]>,
    },
    /// A `Reason:` header's value.
    Reason(&'a [u8]),
    /// A `Warning:` header's value.
    Warning(&'a [u8]),
    /// A request line: a new message starts, so headers below belong to it, not to the last
    /// response.
    RequestLine,
}

/// The fixed strings of every pattern ([`sighting::PATTERNS`]) are found in one
/// Aho-Corasick pass per block (its SIMD prefilter, as ripgrep finds literals); only lines
/// with a candidate are parsed.
#[derive(Default)]
pub(crate) struct Finder;

/// How far a stream got.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Extent {
    /// Bytes read.
    pub bytes: u64,
    /// Lines (newlines, plus a last line without one).
    pub lines: u64,
}

impl Finder {
    /// Reads `input` to its end, calling `found(line, what)` for everything found, in order
    /// (lines numbered from 1), and `progress(bytes)` after every block.
    ///
    /// The reading thread reads a block and reads what is at each anchor of a block searched
    /// before; [`SEARCHERS`] threads take alternate blocks and find their anchors and count their
    /// lines (the packed search is more than half of a scan's CPU and needs nothing but the
    /// bytes, so every core can take a share of it).
    pub fn scan(
        &self,
        input: &mut dyn Read,
        found: &mut dyn FnMut(u64, Found<'_>),
        progress: &mut dyn FnMut(u64),
    ) -> io::Result<Extent> {
        std::thread::scope(|threads| {
            let mut searchers = Vec::with_capacity(SEARCHERS);
            for k in 0..SEARCHERS {
                let (to_searcher, jobs) = mpsc::sync_channel::<Job>(1);
                let (to_reader, searched) = mpsc::sync_channel::<Job>(1);
                // Named, so that a profile or `top -H` tells the stages apart.
                std::thread::Builder::new()
                    .name(format!("sipkb-anchors{k}"))
                    .spawn_scoped(threads, move || {
                        for mut job in jobs {
                            job.newlines =
                                search(&job.buf[..job.len], job.from, job.cut, &mut job.anchors);
                            if to_reader.send(job).is_err() {
                                break;
                            }
                        }
                    })?;
                searchers.push((to_searcher, searched));
            }
            self.pipeline(input, &searchers, found, progress)
        })
    }

    /// The reading stage of [`Finder::scan`].
    fn pipeline(
        &self,
        input: &mut dyn Read,
        searchers: &[(mpsc::SyncSender<Job>, mpsc::Receiver<Job>)],
        found: &mut dyn FnMut(u64, Found<'_>),
        progress: &mut dyn FnMut(u64),
    ) -> io::Result<Extent> {
        let gone = || io::Error::other("the anchor search stopped");
        let mut spare: Vec<Vec<u8>> = Vec::new();
        let mut next = Job::new(&mut spare);
        // Blocks sent and not yet read back: block `n` went to searcher `n % SEARCHERS`, and
        // they come back in the order sent.
        let (mut sent, mut done) = (0usize, 0usize);
        let mut extent = Extent::default();
        let mut eof = false;
        let mut last_byte = b'\n';
        while !eof {
            // Fill the block.
            let mut job = next;
            while job.len < job.buf.len() {
                let n = match input.read(&mut job.buf[job.len..]) {
                    Ok(n) => n,
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                    Err(e) => return Err(e),
                };
                if n == 0 {
                    eof = true;
                    break;
                }
                job.len += n;
                extent.bytes += n as u64;
            }
            let len = job.len;
            if len == 0 {
                break;
            }
            last_byte = job.buf[len - 1];
            // Process whole lines; at the end, everything; on an overlong line, all but KEEP.
            let (cut, keep_from) = if eof {
                (len, len)
            } else {
                match memchr::memrchr(b'\n', &job.buf[job.from..len]) {
                    Some(i) => (job.from + i + 1, job.from + i + 1),
                    None => (len - KEEP, len - KEEP - BEHIND),
                }
            };
            job.cut = cut;
            // The next block starts with what this one keeps.
            next = Job::new(&mut spare);
            next.buf[..len - keep_from].copy_from_slice(&job.buf[keep_from..len]);
            next.from = cut - keep_from;
            next.len = len - keep_from;
            searchers[sent % SEARCHERS]
                .0
                .send(job)
                .map_err(|_| gone())?;
            sent += 1;
            // Every searcher keeps a block or two queued while this thread reads the oldest
            // one (one queued each left the searchers idle behind a slow block; two cost 1 MB).
            if sent - done > 2 * SEARCHERS {
                let job = searchers[done % SEARCHERS].1.recv().map_err(|_| gone())?;
                done += 1;
                extent.lines += self.process(&job, extent.lines, found);
                spare.push(job.buf);
            }
            progress(extent.bytes);
        }
        while done < sent {
            let job = searchers[done % SEARCHERS].1.recv().map_err(|_| gone())?;
            done += 1;
            extent.lines += self.process(&job, extent.lines, found);
        }
        if extent.bytes > 0 && last_byte != b'\n' {
            extent.lines += 1;
        }
        Ok(extent)
    }

    /// What a searched block holds.
    fn process(&self, job: &Job, lines_before: u64, found: &mut dyn FnMut(u64, Found<'_>)) -> u64 {
        self.read_anchors(
            &job.buf[..job.len],
            job.cut,
            lines_before,
            &job.anchors,
            found,
        );
        job.newlines
    }

    /// Finds everything in `bytes`, held whole in memory (a captured message): one block, with
    /// no copy into the streaming buffer (allocating and zeroing a 1 MiB block per message
    /// was three quarters of a capture's scan time).
    pub fn scan_bytes(&self, bytes: &[u8], found: &mut dyn FnMut(u64, Found<'_>)) -> Extent {
        let mut lines = self.block(bytes, 0, bytes.len(), 0, found);
        if bytes.last().is_some_and(|&b| b != b'\n') {
            lines += 1;
        }
        Extent {
            bytes: bytes.len() as u64,
            lines,
        }
    }

    /// Finds what starts in `from..cut` of `hay` (which may run on past `cut`, so a candidate
    /// that straddles it is seen whole). Returns the newlines in `from..cut`.
    fn block(
        &self,
        hay: &[u8],
        from: usize,
        cut: usize,
        lines_before: u64,
        found: &mut dyn FnMut(u64, Found<'_>),
    ) -> u64 {
        let mut anchors = Vec::new();
        let newlines = search(hay, from, cut, &mut anchors);
        self.read_anchors(hay, cut, lines_before, &anchors, found);
        newlines
    }

    /// Reads what is at each anchor found in `hay` ([`search`]'s), as [`Finder::block`]
    /// describes; the line numbers follow from `lines_before`.
    fn read_anchors(
        &self,
        hay: &[u8],
        cut: usize,
        lines_before: u64,
        anchors: &[Anchor],
        found: &mut dyn FnMut(u64, Found<'_>),
    ) {
        let tables = Tables::builtin();
        let mut pending = Pending::default();
        for a in anchors {
            let (p, len, pattern_id) = (a.start, a.len, a.pattern);
            if p >= cut {
                // A match that starts past the cut belongs to the next block (one that starts
                // before it is seen whole here, since `hay` runs on past the cut).
                continue;
            }
            let line = lines_before + 1 + a.newlines;
            pending.flush_before(line, found);
            let (ls, le) = line_bounds(hay, p);
            let text = &hay[ls..le];
            let pattern = &PATTERNS[pattern_id];
            match pattern.role {
                Role::Reason | Role::Warning => {
                    let first = if matches!(pattern.role, Role::Reason) {
                        b'r'
                    } else {
                        b'w'
                    };
                    if let Some(v) = header_value(text, p - ls, len, first) {
                        pending.flush_before(line + 1, found);
                        found(
                            line,
                            if first == b'r' {
                                Found::Reason(v)
                            } else {
                                Found::Warning(v)
                            },
                        );
                    }
                }
                Role::RequestLine => {
                    pending.flush_before(line + 1, found);
                    found(line, Found::RequestLine);
                }
                Role::Outcome { .. } => {
                    let after = &hay[(le + 1).min(hay.len())..(le + 1 + LOOK_AHEAD).min(hay.len())];
                    let l = Line {
                        text,
                        at: p - ls,
                        end: p - ls + len,
                        after,
                    };
                    if let Some(o) = pattern.read(tables, l) {
                        let own = if o.down == 0 {
                            text
                        } else {
                            after
                                .split(|&b| b == b'\n')
                                .nth(usize::from(o.down) - 1)
                                .unwrap_or(&[])
                        };
                        pending.push(line + u64::from(o.down), pattern.rank, o, line_time(own));
                    }
                }
            }
        }
        pending.flush_before(u64::MAX, found);
    }
}

/// An anchor found in a block.
struct Anchor {
    start: usize,
    len: usize,
    /// Its index in [`PATTERNS`].
    pattern: usize,
    /// Newlines between the block's own start and this anchor.
    newlines: u64,
}

/// Finds the anchors in `hay[from..]` into `anchors` (in order of their start) and returns the
/// newlines in `from..cut`. Line numbers are counted here, with the search, so that a
/// searcher thread does that work too and the reading thread only reads what it found.
fn search(hay: &[u8], from: usize, cut: usize, anchors: &mut Vec<Anchor>) -> u64 {
    anchors.clear();
    let (mut at, mut newlines) = (from, 0u64);
    sighting::each_anchor(hay, from, |start, end, pattern| {
        if start > at && start < cut {
            newlines += memchr::memchr_iter(b'\n', &hay[at..start]).count() as u64;
            at = start;
        }
        anchors.push(Anchor {
            start,
            len: end - start,
            pattern,
            newlines,
        });
    });
    if cut > at {
        newlines += memchr::memchr_iter(b'\n', &hay[at..cut]).count() as u64;
    }
    newlines
}

/// A block on its way through [`Finder::scan`]'s two stages.
struct Job {
    /// [`BLOCK`] + [`KEEP`] bytes, of which `..len` are read.
    buf: Vec<u8>,
    len: usize,
    /// Where the block's own bytes start (after what the block before kept).
    from: usize,
    /// Where its whole lines end.
    cut: usize,
    /// The anchors found, and the newlines in `from..cut` (set by a searcher).
    anchors: Vec<Anchor>,
    newlines: u64,
}

impl Job {
    /// An empty block, in a spare buffer when there is one.
    fn new(spare: &mut Vec<Vec<u8>>) -> Job {
        Job {
            buf: spare.pop().unwrap_or_else(|| vec![0u8; BLOCK + KEEP]),
            len: 0,
            from: 0,
            cut: 0,
            anchors: Vec::new(),
            newlines: 0,
        }
    }
}

/// How much of what follows a line a reader may look at.
const LOOK_AHEAD: usize = 4096;
/// How much of a line around an anchor the readers see: a 100 MB line stays linear.
const LINE_WINDOW: usize = 4096;

/// The line around `p` (without its line break), at most [`LINE_WINDOW`] bytes either side.
fn line_bounds(hay: &[u8], p: usize) -> (usize, usize) {
    let lo = p.saturating_sub(LINE_WINDOW);
    let hi = (p + LINE_WINDOW).min(hay.len());
    let ls = memchr::memrchr(b'\n', &hay[lo..p]).map_or(lo, |i| lo + i + 1);
    let mut le = memchr::memchr(b'\n', &hay[p..hi]).map_or(hi, |i| p + i);
    if le > ls && hay[le - 1] == b'\r' {
        le -= 1;
    }
    (ls, le)
}

/// The outcomes read on the lines not yet reported, so that one line reports what its most
/// specific pattern read: a product's wording over the status line it quotes, several status
/// lines of one (giant) line each, a method with its code only when nothing else fired.
#[derive(Default)]
struct Pending<'a> {
    items: Vec<(u64, Rank, Outcome<'a>, Option<&'a [u8]>)>,
}

impl<'a> Pending<'a> {
    fn push(&mut self, line: u64, rank: Rank, o: Outcome<'a>, time: Option<&'a [u8]>) {
        self.items.push((line, rank, o, time));
    }

    /// Reports every line before `line`.
    fn flush_before(&mut self, line: u64, found: &mut dyn FnMut(u64, Found<'_>)) {
        if self.items.iter().all(|i| i.0 >= line) {
            return;
        }
        self.items.sort_by_key(|i| i.0);
        let n = self.items.iter().take_while(|i| i.0 < line).count();
        let ready: Vec<_> = self.items.drain(..n).collect();
        for group in ready.chunk_by(|a, b| a.0 == b.0) {
            let top = group.iter().map(|i| i.1).max().unwrap_or(0);
            let line = group[0].0;
            if top > STATUS {
                // The most specific reading; call-record fields on one line (a JSON CDR) fill
                // each other's gaps.
                let mut best = *group.iter().find(|i| i.1 == top).expect("a top item");
                for i in group.iter().filter(|i| i.2.kind == SightingKind::CdrField) {
                    let o = &mut best.2;
                    if o.kind == SightingKind::CdrField {
                        o.code = o.code.or(i.2.code);
                        o.cause = o.cause.or(i.2.cause);
                        o.name = o.name.or(i.2.name);
                        o.failure = o.failure.or(i.2.failure);
                        if o.phrase.is_empty() {
                            o.phrase = i.2.phrase;
                        }
                    }
                }
                found(
                    line,
                    Found::Outcome {
                        outcome: best.2,
                        time: best.3,
                    },
                );
            } else {
                for i in group.iter().filter(|i| i.1 == top) {
                    found(
                        line,
                        Found::Outcome {
                            outcome: i.2,
                            time: i.3,
                        },
                    );
                    if top < STATUS {
                        break;
                    }
                }
            }
        }
    }
}

#[cfg(test)]
#[path = "finder_tests.rs"]
mod tests;
