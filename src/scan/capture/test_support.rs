//! Helpers for the capture and TCP tests: packets and capture files built in memory.
//!
//! How the captures are built (copy this for integration tests in tests/): each packet is
//! serialized with `etherparse::PacketBuilder` (Ethernet II with optional VLAN tags, Linux
//! cooked capture, or bare IPv4/IPv6; then UDP, or TCP with any sequence number and flags),
//! and the packets go into an in-memory file written by `pcap-file` (dev-dependency):
//! `PcapWriter::with_header(Vec::new(), PcapHeader { datalink, ts_resolution, endianness, .. })`
//! then `write_packet(&PcapPacket::new(timestamp, len, &bytes))`; for pcapng,
//! `PcapNgWriter::with_endianness`, one `InterfaceDescriptionBlock` per interface (the
//! resolution as `InterfaceDescriptionOption::IfTsResol(9)` for nanoseconds), then
//! `EnhancedPacketBlock`s. pcap-file 2.0 writes an enhanced packet's timestamp in nanoseconds
//! whatever the interface says, so for a microsecond interface pass
//! `Duration::from_nanos(microseconds)`.

use super::read_capture;
use crate::scan::message::{CaptureStats, CapturedMessage};
use etherparse::PacketBuilder;
use pcap_file::pcap::{PcapHeader, PcapPacket, PcapWriter};
use pcap_file::{DataLink, Endianness, TsResolution};
use std::io::{self, Read};
use std::time::Duration;

pub(crate) const A: [u8; 4] = [192, 0, 2, 1];
pub(crate) const B: [u8; 4] = [192, 0, 2, 2];
pub(crate) const INVITE: &[u8] = b"INVITE sip:bob@example.com SIP/2.0\r\nCall-ID: 1\r\n\r\n";
pub(crate) const BUSY: &[u8] = b"SIP/2.0 486 Busy Here\r\nCall-ID: 1\r\nContent-Length: 0\r\n\r\n";

/// A UDP datagram over Ethernet II and IPv4.
pub(crate) fn eth_udp(src: ([u8; 4], u16), dst: ([u8; 4], u16), payload: &[u8]) -> Vec<u8> {
    let b = PacketBuilder::ethernet2([2; 6], [4; 6])
        .ipv4(src.0, dst.0, 64)
        .udp(src.1, dst.1);
    let mut out = Vec::new();
    b.write(&mut out, payload).unwrap();
    out
}

/// A TCP segment over Ethernet II and IPv4; `flags` holds S, F, R for SYN, FIN, RST.
pub(crate) fn eth_tcp(
    src: ([u8; 4], u16),
    dst: ([u8; 4], u16),
    seq: u32,
    flags: &str,
    payload: &[u8],
) -> Vec<u8> {
    let mut b = PacketBuilder::ethernet2([2; 6], [4; 6])
        .ipv4(src.0, dst.0, 64)
        .tcp(src.1, dst.1, seq, 65535);
    if flags.contains('S') {
        b = b.syn();
    }
    if flags.contains('F') {
        b = b.fin();
    }
    if flags.contains('R') {
        b = b.rst();
    }
    let mut out = Vec::new();
    b.ack(1).write(&mut out, payload).unwrap();
    out
}

/// A pcap file of `frames` (time, bytes).
pub(crate) fn pcap(
    datalink: DataLink,
    ts_resolution: TsResolution,
    endianness: Endianness,
    frames: &[(Duration, Vec<u8>)],
) -> Vec<u8> {
    let header = PcapHeader {
        snaplen: 262_144,
        datalink,
        ts_resolution,
        endianness,
        ..PcapHeader::default()
    };
    let mut w = PcapWriter::with_header(Vec::new(), header).unwrap();
    for (t, data) in frames {
        w.write_packet(&PcapPacket::new(*t, data.len() as u32, data))
            .unwrap();
    }
    w.into_writer()
}

/// An Ethernet, microsecond, little-endian pcap file of `frames`, one second apart from 1000 s.
pub(crate) fn eth_pcap(frames: Vec<Vec<u8>>) -> Vec<u8> {
    let timed: Vec<_> = (0..)
        .map(|i| Duration::from_secs(1000 + i))
        .zip(frames)
        .collect();
    pcap(
        DataLink::ETHERNET,
        TsResolution::MicroSecond,
        Endianness::Little,
        &timed,
    )
}

/// Reads a capture that must be readable.
pub(crate) fn read(bytes: &[u8]) -> (Vec<CapturedMessage>, CaptureStats) {
    let mut found = Vec::new();
    let stats = read_capture(&mut &bytes[..], &mut |m| found.push(m)).unwrap();
    (found, stats)
}

pub(crate) fn msg(
    bytes: &[u8],
    time: (i64, u32),
    src: &str,
    dst: &str,
    packet: u64,
) -> CapturedMessage {
    CapturedMessage {
        bytes: bytes.to_vec(),
        time,
        src: src.into(),
        dst: dst.into(),
        packet,
    }
}

pub(crate) fn stats(packets: u64, sip_messages: u64, skipped: u64, truncated: u64) -> CaptureStats {
    CaptureStats {
        packets,
        sip_messages,
        skipped,
        truncated,
        broken_at: None,
    }
}

/// A small capture of every kind of packet: UDP, then a TCP message over two segments.
pub(crate) fn small_capture() -> Vec<u8> {
    let (head, body) = BUSY.split_at(20);
    eth_pcap(vec![
        eth_udp((A, 5060), (B, 5060), INVITE),
        eth_tcp((B, 5060), (A, 40000), 7, "S", b""),
        eth_tcp((B, 5060), (A, 40000), 8, "", head),
        eth_tcp((B, 5060), (A, 40000), 28, "F", body),
    ])
}

/// Random bytes from a fixed seed (xorshift), so failures repeat.
pub(crate) fn noise(seed: &mut u64, len: usize) -> Vec<u8> {
    (0..len)
        .map(|_| {
            *seed ^= *seed << 13;
            *seed ^= *seed >> 7;
            *seed ^= *seed << 17;
            *seed as u8
        })
        .collect()
}

/// Serves its bytes one at a time, like a slow pipe.
pub(crate) struct Trickle<'a>(pub &'a [u8]);

impl Read for Trickle<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let Some((first, rest)) = self.0.split_first() else {
            return Ok(0);
        };
        if buf.is_empty() {
            return Ok(0);
        }
        (buf[0], self.0) = (*first, rest);
        Ok(1)
    }
}

pub(crate) struct Failing;

impl Read for Failing {
    fn read(&mut self, _: &mut [u8]) -> io::Result<usize> {
        Err(io::Error::other("disk on fire"))
    }
}
