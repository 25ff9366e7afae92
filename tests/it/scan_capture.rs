//! `sipkb scan` of packet captures through the real binary. The captures are written by the
//! test itself with pcap-file and etherparse: UDP over IPv4 Ethernet in pcap, TCP with a
//! response split across segments delivered out of order, IPv6 in pcapng, told apart by magic
//! number whatever the file is called.

use crate::common;

use common::TestEnv;
use etherparse::PacketBuilder;
use pcap_file::pcap::{PcapHeader, PcapPacket, PcapWriter};
use pcap_file::pcapng::PcapNgWriter;
use pcap_file::pcapng::blocks::enhanced_packet::EnhancedPacketBlock;
use pcap_file::pcapng::blocks::interface_description::InterfaceDescriptionBlock;
use pcap_file::{DataLink, TsResolution};
use serde_json::Value;
use std::borrow::Cow;
use std::time::Duration;

pub(crate) const CARRIER: [u8; 4] = [203, 0, 113, 10];
pub(crate) const PBX: [u8; 4] = [198, 51, 100, 2];

pub(crate) fn response(code: &str, extra: &str) -> Vec<u8> {
    format!("SIP/2.0 {code}\r\nVia: SIP/2.0/UDP 198.51.100.2:5060\r\nCall-ID: x\r\n{extra}Content-Length: 0\r\n\r\n").into_bytes()
}

pub(crate) fn udp(src: ([u8; 4], u16), dst: ([u8; 4], u16), payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    PacketBuilder::ethernet2([2; 6], [4; 6])
        .ipv4(src.0, dst.0, 64)
        .udp(src.1, dst.1)
        .write(&mut out, payload)
        .unwrap();
    out
}

fn tcp(src: ([u8; 4], u16), dst: ([u8; 4], u16), seq: u32, syn: bool, payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let b = PacketBuilder::ethernet2([2; 6], [4; 6])
        .ipv4(src.0, dst.0, 64)
        .tcp(src.1, dst.1, seq, 65535);
    let b = if syn { b.syn() } else { b.ack(1) };
    b.write(&mut out, payload).unwrap();
    out
}

pub(crate) fn pcap(frames: &[(u64, Vec<u8>)]) -> Vec<u8> {
    let header = PcapHeader {
        datalink: DataLink::ETHERNET,
        ts_resolution: TsResolution::MicroSecond,
        ..PcapHeader::default()
    };
    let mut w = PcapWriter::with_header(Vec::new(), header).unwrap();
    for (secs, data) in frames {
        w.write_packet(&PcapPacket::new(
            Duration::from_secs(*secs),
            data.len() as u32,
            data,
        ))
        .unwrap();
    }
    w.into_writer()
}

fn scan(env: &TestEnv, name: &str, bytes: &[u8]) -> Value {
    let path = env.dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    let out = env
        .cmd()
        .args(["scan", "--json"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn udp_and_tcp_in_pcap_with_addresses_and_times() {
    let env = TestEnv::new();
    let t0 = 1_772_359_200; // 2026-03-01T10:00:00Z
    let busy = response(
        "486 Busy Here",
        "Reason: Q.850;cause=17;text=\"User busy\"\r\n",
    );
    let money = response("480 No money left", "");
    let (a, b, c) = (&money[..10], &money[10..40], &money[40..]);
    let frames = vec![
        (
            t0,
            udp(
                (PBX, 5060),
                (CARRIER, 5060),
                b"INVITE sip:1@carrier SIP/2.0\r\nContent-Length: 0\r\n\r\n",
            ),
        ),
        (
            t0 + 1,
            udp((CARRIER, 5060), (PBX, 5060), &response("100 Trying", "")),
        ),
        (t0 + 2, udp((CARRIER, 5060), (PBX, 5060), &busy)),
        (
            t0 + 3,
            udp((PBX, 5353), (CARRIER, 53), b"\x12\x34 not sip at all"),
        ),
        // A TCP response in three segments after the handshake, the last one first, and a
        // retransmission.
        (t0 + 4, tcp((CARRIER, 5061), (PBX, 40000), 999, true, b"")),
        (
            t0 + 4,
            tcp((CARRIER, 5061), (PBX, 40000), 1000 + 40, false, c),
        ),
        (t0 + 5, tcp((CARRIER, 5061), (PBX, 40000), 1000, false, a)),
        (
            t0 + 6,
            tcp((CARRIER, 5061), (PBX, 40000), 1000 + 10, false, b),
        ),
        (
            t0 + 7,
            tcp((CARRIER, 5061), (PBX, 40000), 1000 + 10, false, b),
        ),
        (t0 + 8, udp((CARRIER, 5060), (PBX, 5060), &busy)),
    ];
    // Named .txt on purpose: the content says it is a capture.
    let r = scan(&env, "capture.txt", &pcap(&frames));
    assert_eq!(r["files"][0]["kind"], "pcap");
    assert_eq!(r["files"][0]["packets"], 10);
    assert_eq!(r["classes"]["1xx"], 1);
    let f = &r["failures"];
    assert_eq!(
        (f[0]["code"].as_u64(), f[0]["count"].as_u64()),
        (Some(486), Some(2))
    );
    assert_eq!(f[0]["first"]["line"], 3, "packet number");
    assert_eq!(f[0]["first"]["time"], "2026-03-01T10:00:02.000000Z");
    assert_eq!(f[0]["first"]["src"], "203.0.113.10:5060");
    assert_eq!(f[0]["first"]["dst"], "198.51.100.2:5060");
    assert_eq!(f[0]["last"]["line"], 10);
    assert_eq!(
        (f[1]["code"].as_u64(), f[1]["vendor"].as_str()),
        (Some(480), Some("ru-softswitch"))
    );
    assert_eq!(f[1]["first"]["src"], "203.0.113.10:5061");
    assert_eq!(r["reasons"][0]["sip_code"], 486);
    // The same in the text report, in Russian: packet, time and addresses.
    let path = env.dir.path().join("capture.txt");
    let out = env
        .cmd()
        .args(["scan", "--lang", "ru"])
        .arg(&path)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("пакет 3 2026-03-01T10:00:02.000000Z 203.0.113.10:5060 → 198.51.100.2:5060"),
        "{text}"
    );
}

#[test]
fn ipv6_in_pcapng_and_a_corrupt_capture() {
    let env = TestEnv::new();
    let mut w = PcapNgWriter::new(Vec::new()).unwrap();
    let idb = InterfaceDescriptionBlock {
        linktype: DataLink::ETHERNET,
        snaplen: 0,
        options: vec![],
    };
    w.write_pcapng_block(idb).unwrap();
    let mut data = Vec::new();
    PacketBuilder::ethernet2([2; 6], [4; 6])
        .ipv6(
            [0x20, 1, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
            [0x20, 1, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2],
            64,
        )
        .udp(5060, 5060)
        .write(
            &mut data,
            &response(
                "503 Service Unavailable",
                "Warning: 399 sbc \"Overload\"\r\n",
            ),
        )
        .unwrap();
    let epb = EnhancedPacketBlock {
        interface_id: 0,
        timestamp: Duration::from_micros(1_772_359_200_000_000),
        original_len: data.len() as u32,
        data: Cow::Borrowed(&data),
        options: vec![],
    };
    w.write_pcapng_block(epb).unwrap();
    let r = scan(&env, "v6.pcapng", &w.into_inner());
    assert_eq!(r["files"][0]["kind"], "pcapng");
    assert_eq!(r["failures"][0]["code"], 503);
    assert_eq!(r["failures"][0]["first"]["src"], "[2001:db8::1]:5060");
    assert_eq!(r["warnings"][0]["text"], "Overload");

    // A pcap header followed by garbage: read what can be read, never a crash.
    let mut bad = pcap(&[(
        1,
        udp((CARRIER, 5060), (PBX, 5060), &response("404 Not Found", "")),
    )]);
    bad.extend_from_slice(&[0xff; 100]);
    let r = scan(&env, "bad.pcap", &bad);
    assert_eq!(r["failures"][0]["code"], 404);
    // Only a header's first bytes: a clear one-line error, exit 2.
    let path = env.dir.path().join("cut.pcap");
    std::fs::write(&path, &bad[..10]).unwrap();
    let out = env.cmd().args(["scan"]).arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("cut.pcap"), "{err}");
}
