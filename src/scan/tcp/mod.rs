//! TCP reassembly for the capture reader: segments put in sequence order per direction
//! (src ip:port → dst ip:port), the byte stream cut into SIP messages.
//!
//! RFC 3261 §18.3: on a stream transport a message is its header section, up to the empty
//! line, plus exactly `Content-Length` body bytes, so that is how the stream is framed (a
//! missing `Content-Length` counts as 0). CRLFs between messages are keep-alives (RFC 5626
//! §3.5.1) and are dropped. Memory is bounded three ways: bytes buffered per flow
//! ([`MAX_FLOW_BYTES`], out-of-order segments included), flows tracked ([`MAX_FLOWS`], the
//! least recently used goes first) and bytes across all flows ([`MAX_TOTAL_BYTES`]).

use super::message::{CaptureStats, CapturedMessage};
use flow::{Flow, Mode};
use std::collections::{BTreeMap, HashMap};
use std::net::SocketAddr;

/// Flows tracked at once.
pub(super) const MAX_FLOWS: usize = 10_000;
/// Bytes one flow may buffer: a message longer than this, or a gap that this much later data
/// waits behind, is given up on (counted as truncated).
pub(super) const MAX_FLOW_BYTES: usize = 1 << 20;
/// Bytes all flows may buffer together; past it the least recently used flows are ended.
const MAX_TOTAL_BYTES: usize = 64 << 20;
/// What a buffered segment costs besides its bytes (its mark or map entry), so that a stream
/// of tiny segments is bounded too.
const SEGMENT_COST: usize = 64;

/// (seconds, nanoseconds) since the epoch.
type Time = (i64, u32);
/// A direction of a connection: (source, destination).
type Key = (SocketAddr, SocketAddr);

/// One TCP segment as the capture reader found it.
pub(super) struct Segment<'a> {
    pub src: SocketAddr,
    pub dst: SocketAddr,
    pub seq: u32,
    pub syn: bool,
    pub fin: bool,
    pub rst: bool,
    pub payload: &'a [u8],
    /// 1-based packet number in the file.
    pub packet: u64,
    pub time: Time,
}

/// Where messages and counts go.
pub(super) struct Sink<'a> {
    pub on_message: &'a mut dyn FnMut(CapturedMessage),
    pub stats: &'a mut CaptureStats,
}

impl Sink<'_> {
    /// Counts and hands on one message.
    pub(super) fn emit(&mut self, message: CapturedMessage) {
        self.stats.sip_messages += 1;
        (self.on_message)(message);
    }
}

/// The TCP flows of one capture.
#[derive(Default)]
pub(super) struct Reassembler {
    flows: HashMap<Key, Flow>,
    /// Flows by last use (tick → key), oldest first: the eviction order.
    lru: BTreeMap<u64, Key>,
    tick: u64,
    /// Bytes buffered across all flows.
    total: usize,
}

impl Reassembler {
    /// Takes one segment; messages it completes go to `sink`.
    pub(super) fn segment(&mut self, seg: &Segment<'_>, sink: &mut Sink<'_>) {
        let key = (seg.src, seg.dst);
        if seg.rst {
            // The connection is gone, both ways: what is buffered is all there will be.
            for k in [key, (seg.dst, seg.src)] {
                self.update(k, sink, |f, sink| f.close(sink));
            }
            return;
        }
        // A SYN takes one sequence number; data (TCP Fast Open) starts after it.
        let seq = seg.seq.wrapping_add(u32::from(seg.syn));
        if seg.syn {
            // A retransmitted SYN keeps the flow; a new one (port reuse) starts afresh.
            if self.flows.get(&key).is_none_or(|f| f.isn != Some(seg.seq)) {
                self.remove(key, sink);
                self.insert(Flow::new(key, seq, Mode::Sync, Some(seg.seq)), sink);
            }
        } else if !self.flows.contains_key(&key) {
            if seg.payload.is_empty() {
                return; // no state for bare ACKs of unknown flows
            }
            // Seen mid-connection: its first segment must start a message to be followed.
            self.insert(Flow::new(key, seq, Mode::Hunt, None), sink);
        }
        self.update(key, sink, |f, sink| {
            f.data(seq, seg.payload, seg.packet, seg.time, sink);
            if seg.fin {
                f.fin(seq, seg.payload.len());
            }
            if f.fin_abs.is_some_and(|end| f.next_abs >= end) {
                f.close(sink);
            }
        });
        while self.total > MAX_TOTAL_BYTES && self.evict_oldest(sink) {}
    }

    /// Ends every flow at the end of the capture, oldest first: partial messages are counted
    /// as truncated (and emitted when their headers are complete).
    pub(super) fn finish(&mut self, sink: &mut Sink<'_>) {
        while self.evict_oldest(sink) {}
    }

    /// Runs `op` on a flow, keeping the byte total and the use order up to date.
    fn update(&mut self, key: Key, sink: &mut Sink<'_>, op: impl FnOnce(&mut Flow, &mut Sink<'_>)) {
        let Some(f) = self.flows.get_mut(&key) else {
            return;
        };
        let before = f.mem();
        op(f, sink);
        self.total = self.total.saturating_sub(before) + f.mem();
        self.lru.remove(&f.tick);
        self.tick += 1;
        f.tick = self.tick;
        self.lru.insert(self.tick, key);
    }

    fn insert(&mut self, mut flow: Flow, sink: &mut Sink<'_>) {
        while self.flows.len() >= MAX_FLOWS && self.evict_oldest(sink) {}
        self.tick += 1;
        flow.tick = self.tick;
        self.lru.insert(self.tick, flow.key);
        self.flows.insert(flow.key, flow);
    }

    fn remove(&mut self, key: Key, sink: &mut Sink<'_>) {
        if let Some(mut f) = self.flows.remove(&key) {
            self.lru.remove(&f.tick);
            self.total = self.total.saturating_sub(f.mem());
            f.finish(sink);
        }
    }

    /// Ends the least recently used flow; false when there is none.
    fn evict_oldest(&mut self, sink: &mut Sink<'_>) -> bool {
        let oldest = self.lru.pop_first();
        if let Some((_, key)) = oldest {
            self.remove(key, sink);
        }
        oldest.is_some()
    }
}

mod flow;
pub(super) mod framing;
