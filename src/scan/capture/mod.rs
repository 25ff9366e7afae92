//! SIP messages out of packet captures, for `sipkb scan` (issue #5).
//!
//! The file format is told by its magic number: classic pcap (either byte order, microsecond
//! or nanosecond timestamps) or pcapng (several sections and interfaces, per-interface
//! timestamp resolution). `pcap-parser` reads blocks from a fixed-size, bounded buffer, so
//! memory stays constant whatever the file size; `etherparse` slices each packet down to UDP
//! or TCP. A UDP datagram that starts with a SIP start line is one message; TCP streams go
//! through [`super::tcp`], which puts segments in order and frames messages.

use super::message::{CaptureStats, CapturedMessage};
use super::tcp::framing::{Start, classify};
use super::tcp::{Reassembler, Segment, Sink};
use etherparse::{EtherType, LaxNetSlice, LaxSlicedPacket, TransportSlice};
use pcap_parser::traits::{PcapNGPacketBlock, PcapReaderIterator};
use pcap_parser::{Block, LegacyPcapReader, PcapBlockOwned, PcapError, PcapNGReader};
use std::cell::Cell;
use std::io::{self, Read};
use std::net::{IpAddr, SocketAddr};
use std::rc::Rc;

/// Bytes read ahead before parsing, and the parser's starting buffer (it grows for longer
/// blocks): a pcapng section header, with its options, must fit in it.
const START_BUFFER: usize = 64 << 10;
/// The largest block the buffer grows to; a longer one is taken as corruption (real packets
/// stop at 256 KiB), so a bad length field never makes us allocate more than this.
const MAX_BUFFER: usize = 4 << 20;
/// pcapng interfaces remembered per section; more is corruption, and their packets are skipped.
const MAX_INTERFACES: usize = 1 << 16;
/// Byte 0-3 of a pcapng file: the section header block type (the same in both byte orders).
const PCAPNG_MAGIC: [u8; 4] = [0x0a, 0x0d, 0x0d, 0x0a];

/// Why a capture could not be read.
#[derive(Debug, thiserror::Error)]
pub(crate) enum CaptureError {
    /// The first bytes are not a pcap or pcapng magic number (or there are none).
    #[error("not a pcap or pcapng capture: unknown magic number")]
    NotCapture,
    /// The magic number is right but the file header (pcap) or section header (pcapng) is not.
    #[error("corrupt capture: the file header is truncated or invalid")]
    BadHeader,
    /// A block before the first packet could not be read (corrupt, cut short, too long).
    #[error("corrupt capture: unreadable block at byte {offset}, before any packet")]
    Corrupt {
        /// Byte offset of the block in the file.
        offset: usize,
    },
    /// Reading the input failed.
    #[error("cannot read the capture after packet {packet}: {source}")]
    Io {
        /// Packets read before the failure.
        packet: u64,
        /// The underlying error.
        source: io::Error,
    },
}

/// Whether `head` (the first bytes of a file, at least 4 when available) starts like a pcap
/// (either byte order, microsecond or nanosecond magic) or pcapng (section header block) file.
pub(crate) fn is_capture(head: &[u8]) -> bool {
    let Some(magic) = head.first_chunk::<4>() else {
        return false;
    };
    *magic == PCAPNG_MAGIC
        || [0xa1b2_c3d4_u32, 0xa1b2_3c4d]
            .iter()
            .any(|m| *magic == m.to_le_bytes() || *magic == m.to_be_bytes())
}

/// Reads a pcap or pcapng stream in constant memory (apart from TCP streams being
/// reassembled), calling `on_message` for every SIP message in capture order. Fails on input
/// that is not a capture, on a bad file header, on a corrupt block before the first packet, and
/// on read errors; a capture that breaks before its first packet (a corrupt or cut-short first
/// record) is `Corrupt` too. Later corruption or truncation ends the read with `Ok`, counted in
/// `skipped`, its offset in `broken_at`.
pub(crate) fn read_capture(
    input: &mut dyn Read,
    on_message: &mut dyn FnMut(CapturedMessage),
) -> Result<CaptureStats, CaptureError> {
    let failure = Rc::new(Cell::new(None));
    let mut source = Source {
        head: io::Cursor::new(Vec::new()),
        input,
        failure: Rc::clone(&failure),
        failed: false,
    };
    let head = source.read_ahead();
    if head.is_empty()
        && let Some(source) = failure.take()
    {
        return Err(CaptureError::Io { packet: 0, source });
    }
    if !is_capture(head) {
        return Err(CaptureError::NotCapture);
    }
    let ng = head.starts_with(&PCAPNG_MAGIC);
    // The constructors parse the file header from one read, which `Source` serves whole from
    // `head`, however the underlying reader splits its reads.
    let mut reader: Box<dyn PcapReaderIterator + '_> = if ng {
        Box::new(PcapNGReader::new(START_BUFFER, source).map_err(|_| CaptureError::BadHeader)?)
    } else {
        Box::new(LegacyPcapReader::new(START_BUFFER, source).map_err(|_| CaptureError::BadHeader)?)
    };
    let mut dec = Decoder::default();
    let mut capacity = START_BUFFER;
    // Where reading stopped at a block it could not read (cut short, corrupt, too long).
    let mut broken = None;
    loop {
        let offset = reader.consumed();
        let len = match reader.next() {
            Ok((len, block)) => {
                dec.block(block, on_message);
                Some(len)
            }
            Err(PcapError::Incomplete(_) | PcapError::BufferTooSmall) => None,
            Err(PcapError::Eof | PcapError::ReadError) => break,
            Err(PcapError::UnexpectedEof) => {
                dec.stats.skipped += 1; // the last record is cut short
                broken = Some(offset);
                break;
            }
            Err(_) => {
                dec.stats.skipped += 1; // a corrupt block: nothing after it can be trusted
                broken = Some(offset);
                break;
            }
        };
        if let Some(len) = len {
            reader.consume(len);
            continue;
        }
        let before = reader.data().len();
        if reader.refill().is_err() {
            break;
        }
        // A full buffer refills nothing: the block is longer than the buffer, which must grow.
        if !reader.reader_exhausted() && reader.data().len() == before {
            if capacity >= MAX_BUFFER {
                dec.stats.skipped += 1;
                broken = Some(reader.consumed());
                break;
            }
            capacity = (capacity * 2).min(MAX_BUFFER);
            reader.grow(capacity);
        }
    }
    if let Some(source) = failure.take() {
        let packet = dec.stats.packets;
        return Err(CaptureError::Io { packet, source });
    }
    // Broken before its first packet: nothing of it could be read, which is not "no SIP".
    if let (Some(offset), 0) = (broken, dec.stats.packets) {
        return Err(CaptureError::Corrupt { offset });
    }
    dec.stats.broken_at = broken.map(|b| b as u64);
    dec.tcp.finish(&mut Sink {
        on_message,
        stats: &mut dec.stats,
    });
    Ok(dec.stats)
}

/// The input as the parser reads it: the bytes read ahead first, then the rest. pcap-parser
/// turns I/O errors into a bare `ReadError`, so the error itself is kept in `failure`.
struct Source<'a> {
    head: io::Cursor<Vec<u8>>,
    input: &'a mut dyn Read,
    failure: Rc<Cell<Option<io::Error>>>,
    failed: bool,
}

impl Source<'_> {
    /// Reads up to [`START_BUFFER`] bytes into `head`, stopping early at the end or an error
    /// (kept in `failure`), and returns them.
    fn read_ahead(&mut self) -> &[u8] {
        let mut head = Vec::with_capacity(START_BUFFER);
        let _ = self.take(START_BUFFER as u64).read_to_end(&mut head);
        self.head = io::Cursor::new(head);
        self.head.get_ref()
    }

    /// Reads from the input, retrying when interrupted; an error is kept and is final.
    fn read_input(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while !self.failed {
            match self.input.read(buf) {
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => {
                    self.failure.set(Some(e));
                    self.failed = true;
                }
                ok => return ok,
            }
        }
        Err(io::Error::other("read failed"))
    }
}

impl Read for Source<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self.head.read(buf)? {
            0 => self.read_input(buf),
            n => Ok(n),
        }
    }
}

/// A pcapng interface: its link type and how to read its timestamps.
struct Interface {
    linktype: i32,
    /// Timestamp units per second (`if_tsresol`).
    per_sec: u64,
    /// Seconds added to every timestamp (`if_tsoffset`).
    offset: i64,
}

/// Per-file state: link type (pcap) or interfaces (pcapng), TCP flows, counts.
#[derive(Default)]
struct Decoder {
    linktype: i32,
    nano: bool,
    interfaces: Vec<Interface>,
    tcp: Reassembler,
    stats: CaptureStats,
}

impl Decoder {
    /// Handles one block of the file.
    fn block(&mut self, block: PcapBlockOwned<'_>, on_message: &mut dyn FnMut(CapturedMessage)) {
        let (linktype, data, time) = match &block {
            PcapBlockOwned::LegacyHeader(h) => {
                (self.linktype, self.nano) = (h.network.0, h.is_nanosecond_precision());
                return;
            }
            PcapBlockOwned::Legacy(p) => {
                let per_sec: u32 = if self.nano { 1_000_000_000 } else { 1_000_000 };
                let ticks = u128::from(p.ts_sec) * u128::from(per_sec) + u128::from(p.ts_usec);
                (self.linktype, p.data, split_ticks(ticks, per_sec.into(), 0))
            }
            PcapBlockOwned::NG(Block::SectionHeader(_)) => {
                // Interface ids are per section.
                self.interfaces.clear();
                return;
            }
            PcapBlockOwned::NG(Block::InterfaceDescription(idb)) => {
                if self.interfaces.len() < MAX_INTERFACES {
                    self.interfaces.push(Interface {
                        linktype: idb.linktype.0,
                        per_sec: ticks_per_sec(idb.if_tsresol),
                        offset: idb.if_tsoffset,
                    });
                }
                return;
            }
            PcapBlockOwned::NG(Block::EnhancedPacket(epb)) => {
                let Some(iface) = self.interfaces.get(epb.if_id as usize) else {
                    self.stats.packets += 1;
                    self.stats.skipped += 1;
                    return;
                };
                let ticks = u128::from(epb.ts_high) << 32 | u128::from(epb.ts_low);
                let time = split_ticks(ticks, iface.per_sec, iface.offset);
                (iface.linktype, epb.packet_data(), time)
            }
            PcapBlockOwned::NG(Block::SimplePacket(spb)) => {
                // A simple packet block belongs to interface 0 and has no timestamp.
                let linktype = self.interfaces.first().map_or(-1, |i| i.linktype);
                (linktype, spb.packet_data(), (0, 0))
            }
            PcapBlockOwned::NG(_) => return,
        };
        self.stats.packets += 1;
        let packet = self.stats.packets;
        let mut sink = Sink {
            on_message,
            stats: &mut self.stats,
        };
        if !packet_to_sip(linktype, data, packet, time, &mut self.tcp, &mut sink) {
            sink.stats.skipped += 1;
        }
    }
}

/// pcapng `if_tsresol`: 10^-n seconds, or 2^-n when the top bit is set; 10^-6 when out of range.
fn ticks_per_sec(tsresol: u8) -> u64 {
    let n = u32::from(tsresol & 0x7f);
    let per_sec = if tsresol & 0x80 == 0 {
        10u64.checked_pow(n)
    } else {
        1u64.checked_shl(n)
    };
    per_sec.unwrap_or(1_000_000)
}

/// `ticks` at `per_sec` per second since the epoch, plus `offset` seconds, as (secs, nanos).
fn split_ticks(ticks: u128, per_sec: u64, offset: i64) -> (i64, u32) {
    let per_sec = u128::from(per_sec.max(1));
    let secs = i64::try_from(ticks / per_sec).unwrap_or(i64::MAX);
    let nanos = u32::try_from(ticks % per_sec * 1_000_000_000 / per_sec).unwrap_or(0);
    (secs.saturating_add(offset), nanos)
}

/// Slices a packet of `linktype` down to its transport layer and hands SIP on; false when the
/// packet is not IPv4/IPv6 UDP/TCP (or is an IP fragment) and so is skipped.
fn packet_to_sip(
    linktype: i32,
    data: &[u8],
    packet: u64,
    time: (i64, u32),
    tcp: &mut Reassembler,
    sink: &mut Sink<'_>,
) -> bool {
    // Lax slicing keeps what a snapshot length cut short, and copes with the zero IPv4 total
    // length that TCP segmentation offload leaves in captures taken on the sending host.
    let sliced = match linktype {
        1 => LaxSlicedPacket::from_ethernet(data).ok(),
        // Linux cooked capture v1: 16-byte header ending with the protocol (an EtherType).
        113 => cooked(data, 14, 16),
        // v2: 20-byte header starting with it.
        276 => cooked(data, 0, 20),
        101 | 228 | 229 => LaxSlicedPacket::from_ip(data).ok(),
        _ => None,
    };
    let Some(sliced) = sliced else { return false };
    let (src, dst): (IpAddr, IpAddr) = match &sliced.net {
        Some(LaxNetSlice::Ipv4(ip)) => (
            ip.header().source_addr().into(),
            ip.header().destination_addr().into(),
        ),
        Some(LaxNetSlice::Ipv6(ip)) => (
            ip.header().source_addr().into(),
            ip.header().destination_addr().into(),
        ),
        _ => return false,
    };
    let cut = sliced.ip_payload().is_some_and(|p| p.incomplete);
    match &sliced.transport {
        Some(TransportSlice::Udp(udp)) => {
            let payload = udp.payload();
            // One message per datagram; keep-alive CRLFs, STUN, RTP, DNS are not SIP.
            if classify(payload) == Start::Sip {
                sink.stats.truncated += u64::from(cut);
                sink.emit(CapturedMessage {
                    bytes: payload.to_vec(),
                    time,
                    src: SocketAddr::new(src, udp.source_port()).to_string(),
                    dst: SocketAddr::new(dst, udp.destination_port()).to_string(),
                    packet,
                });
            }
            true
        }
        Some(TransportSlice::Tcp(t)) => {
            let seg = Segment {
                src: SocketAddr::new(src, t.source_port()),
                dst: SocketAddr::new(dst, t.destination_port()),
                seq: t.sequence_number(),
                syn: t.syn(),
                fin: t.fin(),
                rst: t.rst(),
                payload: t.payload(),
                packet,
                time,
            };
            tcp.segment(&seg, sink);
            true
        }
        _ => false,
    }
}

/// Slices a Linux cooked capture packet whose EtherType is at `proto` and payload at `start`.
fn cooked(data: &[u8], proto: usize, start: usize) -> Option<LaxSlicedPacket<'_>> {
    let ether_type = u16::from_be_bytes(*data.get(proto..)?.first_chunk::<2>()?);
    Some(LaxSlicedPacket::from_ether_type(
        EtherType(ether_type),
        data.get(start..)?,
    ))
}

#[cfg(test)]
mod tcp_tests;
#[cfg(test)]
mod test_support;
#[cfg(test)]
mod tests;
