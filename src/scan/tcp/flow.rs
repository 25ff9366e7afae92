//! One direction of a TCP connection: segments put in order, the stream cut into messages.

use super::framing::{Start, classify, content_length, trim_crlf};
use super::{Key, MAX_FLOW_BYTES, SEGMENT_COST, Sink, Time};
use crate::scan::message::CapturedMessage;
use std::collections::{BTreeMap, VecDeque};

/// How a flow is being followed.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Mode {
    /// In step with SIP messages: bytes are buffered, put in order and framed.
    Sync,
    /// Not SIP, or out of step: nothing is buffered, and a later segment that starts with a
    /// SIP start line starts following the stream from there.
    Hunt,
    /// Ended by FIN or RST: later segments (retransmissions) are ignored until a new SYN.
    Closed,
}

/// One direction of a TCP connection.
pub(super) struct Flow {
    pub(super) key: Key,
    mode: Mode,
    pub(super) tick: u64,
    /// The SYN's sequence number, when it was seen.
    pub(super) isn: Option<u32>,
    /// Sequence number of the next in-order byte, and its offset in the stream.
    next_seq: u32,
    pub(super) next_abs: u64,
    /// In-order bytes from the start of the current message up to `next_abs`.
    buf: Vec<u8>,
    /// (stream offset, packet, time) where each segment in `buf` starts.
    marks: VecDeque<(u64, u64, Time)>,
    /// Out-of-order segments by stream offset, with their packet and time.
    pending: BTreeMap<u64, (Vec<u8>, u64, Time)>,
    pending_bytes: usize,
    /// Body bytes still to drop after a message too long to buffer.
    skip: u64,
    /// How much of `buf` was searched for the end of the headers.
    scanned: usize,
    /// Stream offset of the FIN.
    pub(super) fin_abs: Option<u64>,
}

impl Flow {
    pub(super) fn new(key: Key, next_seq: u32, mode: Mode, isn: Option<u32>) -> Flow {
        Flow {
            key,
            mode,
            tick: 0,
            isn,
            next_seq,
            next_abs: 0,
            buf: Vec::new(),
            marks: VecDeque::new(),
            pending: BTreeMap::new(),
            pending_bytes: 0,
            skip: 0,
            scanned: 0,
            fin_abs: None,
        }
    }

    /// Memory held, as counted against the limits.
    pub(super) fn mem(&self) -> usize {
        self.buf.len() + self.pending_bytes + SEGMENT_COST * (self.marks.len() + self.pending.len())
    }

    /// Stream offset of sequence number `seq` (negative: before the stream's start). Offsets
    /// are compared by signed 32-bit difference, so sequence numbers may wrap around.
    fn abs(&self, seq: u32) -> i64 {
        self.next_abs as i64 + i64::from(seq.wrapping_sub(self.next_seq) as i32)
    }

    /// Takes a segment's payload at sequence number `seq`.
    pub(super) fn data(
        &mut self,
        seq: u32,
        payload: &[u8],
        packet: u64,
        time: Time,
        sink: &mut Sink<'_>,
    ) {
        let end = self.abs(seq) + payload.len() as i64;
        if payload.is_empty() || end <= self.next_abs as i64 {
            return; // no data, or a retransmission of bytes already taken
        }
        match self.mode {
            Mode::Closed => {}
            Mode::Hunt if classify(trim_crlf(payload)) == Start::NotSip => {
                self.next_seq = seq.wrapping_add(payload.len() as u32);
            }
            Mode::Hunt => {
                self.mode = Mode::Sync;
                self.next_seq = seq;
                self.append(payload, packet, time, sink);
            }
            Mode::Sync => {
                let abs = self.abs(seq);
                if abs <= self.next_abs as i64 {
                    let cut = (self.next_abs as i64 - abs) as usize;
                    self.append(&payload[cut..], packet, time, sink);
                    self.drain_pending(sink);
                    return;
                }
                let (abs, len) = (abs as u64, payload.len());
                let stored = self.pending.entry(abs).or_default();
                if len > stored.0.len() {
                    self.pending_bytes += len - stored.0.len();
                    *stored = (payload.to_vec(), packet, time);
                }
                if self.mem() > MAX_FLOW_BYTES || abs - self.next_abs > MAX_FLOW_BYTES as u64 {
                    self.skip_gap(sink);
                }
            }
        }
    }

    /// Notes a FIN after `len` bytes at `seq`: the flow closes once everything before it is in.
    pub(super) fn fin(&mut self, seq: u32, len: usize) {
        match self.mode {
            Mode::Sync => self.fin_abs = Some((self.abs(seq) + len as i64).max(0) as u64),
            Mode::Hunt => self.mode = Mode::Closed,
            Mode::Closed => {}
        }
    }

    /// Appends in-order bytes and emits the messages they complete.
    fn append(&mut self, bytes: &[u8], packet: u64, time: Time, sink: &mut Sink<'_>) {
        self.next_seq = self.next_seq.wrapping_add(bytes.len() as u32);
        self.next_abs += bytes.len() as u64;
        let skipped = self.skip.min(bytes.len() as u64);
        self.skip -= skipped;
        let bytes = &bytes[skipped as usize..];
        if !bytes.is_empty() {
            let at = self.next_abs - bytes.len() as u64;
            self.marks.push_back((at, packet, time));
            self.buf.extend_from_slice(bytes);
            self.split(sink);
        }
    }

    /// Appends the out-of-order segments that are now in order.
    fn drain_pending(&mut self, sink: &mut Sink<'_>) {
        while self.mode == Mode::Sync {
            let Some(entry) = self.pending.first_entry() else {
                break;
            };
            if *entry.key() > self.next_abs {
                break;
            }
            let (abs, (data, packet, time)) = entry.remove_entry();
            self.pending_bytes -= data.len();
            let cut = usize::try_from(self.next_abs - abs).unwrap_or(usize::MAX);
            if cut < data.len() {
                self.append(&data[cut..], packet, time, sink);
            }
        }
    }

    /// Gives up on the missing bytes before the first out-of-order segment: the message they
    /// cut is truncated, and framing starts again at that segment.
    fn skip_gap(&mut self, sink: &mut Sink<'_>) {
        self.flush(sink);
        if let Some((&abs, _)) = self.pending.first_key_value() {
            self.next_seq = self.next_seq.wrapping_add((abs - self.next_abs) as u32);
            self.next_abs = abs;
            self.drain_pending(sink);
        }
    }

    /// Emits every complete message at the start of `buf`.
    fn split(&mut self, sink: &mut Sink<'_>) {
        loop {
            let lead = self.buf.len() - trim_crlf(&self.buf).len();
            if lead > 0 {
                self.buf.drain(..lead);
                self.scanned = 0;
            }
            if self.buf.is_empty() {
                // Keep a long flow's memory to what it needs now.
                if self.buf.capacity() > 64 << 10 {
                    self.buf = Vec::new();
                }
                return;
            }
            match classify(&self.buf) {
                Start::Unknown => return,
                Start::NotSip => return self.hunt(),
                Start::Sip => {}
            }
            let Some(head) = self.header_end() else {
                if self.mem() > MAX_FLOW_BYTES {
                    sink.stats.truncated += 1; // headers that never end
                    self.hunt();
                }
                return;
            };
            let len = head.saturating_add(content_length(&self.buf[..head]));
            if self.buf.len() >= len {
                self.emit(len, sink);
                continue;
            }
            if len > MAX_FLOW_BYTES || self.mem() > MAX_FLOW_BYTES {
                // Too long (or in too many pieces) to buffer: emit what there is, and drop the
                // rest of the body as it comes.
                self.skip = (len - self.buf.len()) as u64;
                sink.stats.truncated += 1;
                self.emit(self.buf.len(), sink);
            }
            return;
        }
    }

    /// End of the headers (after the empty line) in `buf`, searching only new bytes: `scanned`
    /// stops at the empty line once found, so a later call finds the same one.
    fn header_end(&mut self) -> Option<usize> {
        let from = self.scanned.saturating_sub(3);
        let found = self.buf[from..].windows(4).position(|w| w == b"\r\n\r\n");
        self.scanned = found.map_or(self.buf.len(), |i| from + i);
        found.map(|i| from + i + 4)
    }

    /// Emits the first `len` bytes of `buf` as a message.
    fn emit(&mut self, len: usize, sink: &mut Sink<'_>) {
        let start = self.next_abs - self.buf.len() as u64;
        while self.marks.get(1).is_some_and(|m| m.0 <= start) {
            self.marks.pop_front();
        }
        let (packet, time) = self.marks.front().map_or((0, (0, 0)), |m| (m.1, m.2));
        self.scanned = 0;
        sink.emit(CapturedMessage {
            bytes: self.buf.drain(..len).collect(),
            time,
            src: self.key.0.to_string(),
            dst: self.key.1.to_string(),
            packet,
        });
    }

    /// The stream ends (or breaks) here: a partial message is truncated, and emitted if its
    /// headers are complete.
    fn flush(&mut self, sink: &mut Sink<'_>) {
        let lead = self.buf.len() - trim_crlf(&self.buf).len();
        self.buf.drain(..lead);
        if !self.buf.is_empty() {
            match classify(&self.buf) {
                Start::NotSip => {}
                Start::Unknown => sink.stats.truncated += 1,
                Start::Sip => {
                    sink.stats.truncated += 1;
                    self.scanned = 0;
                    if self.header_end().is_some() {
                        self.emit(self.buf.len(), sink);
                    }
                }
            }
        }
        self.buf.clear();
        self.marks.clear();
        (self.scanned, self.skip) = (0, 0);
    }

    /// Stops following the stream until a segment starts a message again.
    fn hunt(&mut self) {
        self.mode = Mode::Hunt;
        self.free();
    }

    /// End of stream: gaps given up, the last partial message flushed, memory freed.
    pub(super) fn finish(&mut self, sink: &mut Sink<'_>) {
        while self.mode == Mode::Sync && !self.pending.is_empty() {
            self.skip_gap(sink);
        }
        self.flush(sink);
        self.free();
    }

    pub(super) fn close(&mut self, sink: &mut Sink<'_>) {
        self.finish(sink);
        self.mode = Mode::Closed;
    }

    fn free(&mut self) {
        (self.buf, self.marks, self.pending) = (Vec::new(), VecDeque::new(), BTreeMap::new());
        (self.pending_bytes, self.skip, self.scanned, self.fin_abs) = (0, 0, 0, None);
    }
}
