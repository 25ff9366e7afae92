//! Tests of the capture reader, on captures built by `capture::test_support`.

use super::test_support::*;
use super::*;
use etherparse::{LinuxSllPacketType, PacketBuilder, VlanId};
use pcap_file::pcapng::PcapNgWriter;
use pcap_file::pcapng::blocks::enhanced_packet::EnhancedPacketBlock;
use pcap_file::pcapng::blocks::interface_description::{
    InterfaceDescriptionBlock, InterfaceDescriptionOption,
};
use pcap_file::pcapng::blocks::interface_statistics::InterfaceStatisticsBlock;
use pcap_file::pcapng::blocks::simple_packet::SimplePacketBlock;
use pcap_file::{DataLink, Endianness, TsResolution};
use std::time::Duration;

#[test]
fn udp_over_ethernet_ipv4_pcap_microseconds() {
    let dns = [
        0x12, 0x34, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 3, b'w', b'w', b'w', 0, 0, 1, 0, 1,
    ];
    let frames = [
        (
            Duration::new(1_700_000_000, 123_456_000),
            eth_udp((A, 5060), (B, 5060), INVITE),
        ),
        (
            Duration::new(1_700_000_000, 200_000_000),
            eth_udp((A, 53000), (B, 53), &dns),
        ),
        (
            Duration::new(1_700_000_001, 0),
            eth_udp((A, 5060), (B, 5060), b"\r\n\r\n"),
        ),
        (
            Duration::new(1_700_000_001, 999_999_000),
            eth_udp((B, 5060), (A, 5060), BUSY),
        ),
    ];
    let file = pcap(
        DataLink::ETHERNET,
        TsResolution::MicroSecond,
        Endianness::Little,
        &frames,
    );
    let (found, st) = read(&file);
    let (a, b) = ("192.0.2.1:5060", "192.0.2.2:5060");
    assert_eq!(
        found,
        [
            msg(INVITE, (1_700_000_000, 123_456_000), a, b, 1),
            msg(BUSY, (1_700_000_001, 999_999_000), b, a, 4),
        ]
    );
    assert_eq!(st, stats(4, 2, 0, 0));
}

#[test]
fn udp_cut_by_the_snapshot_length() {
    let frame = eth_udp((A, 5060), (B, 5060), BUSY);
    let (found, st) = read(&eth_pcap(vec![frame[..frame.len() - 10].to_vec()]));
    let want = msg(
        &BUSY[..BUSY.len() - 10],
        (1000, 0),
        "192.0.2.1:5060",
        "192.0.2.2:5060",
        1,
    );
    assert_eq!((found, st), (vec![want], stats(1, 1, 0, 1)));
}

#[test]
fn ipv6_over_linux_cooked_pcap_nanoseconds_big_endian() {
    let (v6a, v6b) = (
        [0x20, 1, 0xd, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
        [0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2],
    );
    let b = PacketBuilder::linux_sll(LinuxSllPacketType::OUTGOING, 6, [2; 8])
        .ipv6(v6a, v6b, 64)
        .udp(5060, 5070);
    let mut frame = Vec::new();
    b.write(&mut frame, BUSY).unwrap();
    let frames = [(Duration::new(1_600_000_000, 987_654_321), frame)];
    let file = pcap(
        DataLink::LINUX_SLL,
        TsResolution::NanoSecond,
        Endianness::Big,
        &frames,
    );
    let (found, st) = read(&file);
    let want = msg(
        BUSY,
        (1_600_000_000, 987_654_321),
        "[2001:db8::1]:5060",
        "[fe80::2]:5070",
        1,
    );
    assert_eq!((found, st), (vec![want], stats(1, 1, 0, 0)));
}

#[test]
fn linux_cooked_v2_and_raw_ip() {
    let mut ip = Vec::new();
    PacketBuilder::ipv4(A, B, 64)
        .udp(5060, 5060)
        .write(&mut ip, INVITE)
        .unwrap();
    // SLL2: protocol, reserved, interface index, ARPHRD_ETHER, packet type, address length, address.
    let mut sll2 = vec![8, 0, 0, 0, 0, 0, 0, 3, 0, 1, 4, 6, 2, 2, 2, 2, 2, 2, 0, 0];
    sll2.extend_from_slice(&ip);
    let want = msg(INVITE, (5, 0), "192.0.2.1:5060", "192.0.2.2:5060", 1);
    for (link, frame) in [
        (DataLink::LINUX_SLL2, sll2),
        (DataLink::RAW, ip.clone()),
        (DataLink::IPV4, ip),
    ] {
        let file = pcap(
            link,
            TsResolution::MicroSecond,
            Endianness::Little,
            &[(Duration::from_secs(5), frame)],
        );
        assert_eq!(
            read(&file),
            (vec![want.clone()], stats(1, 1, 0, 0)),
            "{link:?}"
        );
    }
}

#[test]
fn pcapng_two_interfaces_nanosecond_and_microsecond() {
    for endianness in [Endianness::Little, Endianness::Big] {
        let mut w = PcapNgWriter::with_endianness(Vec::new(), endianness).unwrap();
        let nano = vec![InterfaceDescriptionOption::IfTsResol(9)];
        for (linktype, options) in [(DataLink::ETHERNET, nano), (DataLink::RAW, vec![])] {
            w.write_pcapng_block(InterfaceDescriptionBlock {
                linktype,
                snaplen: 0,
                options,
            })
            .unwrap();
        }
        let mut raw = Vec::new();
        PacketBuilder::ipv4(B, A, 64)
            .udp(5062, 5060)
            .write(&mut raw, BUSY)
            .unwrap();
        let epb = |interface_id, timestamp, data: Vec<u8>| EnhancedPacketBlock {
            interface_id,
            timestamp,
            original_len: data.len() as u32,
            data: data.into(),
            options: vec![],
        };
        w.write_pcapng_block(epb(
            0,
            Duration::new(1_700_000_000, 1),
            eth_udp((A, 5060), (B, 5062), INVITE),
        ))
        .unwrap();
        // Interface 1 keeps the default microseconds: its raw timestamp is 1_700_000_002_000_042 µs.
        w.write_pcapng_block(epb(1, Duration::from_nanos(1_700_000_002_000_042), raw))
            .unwrap();
        let isb = InterfaceStatisticsBlock {
            interface_id: 0,
            timestamp: 0,
            options: vec![],
        };
        w.write_pcapng_block(isb).unwrap();
        let data = eth_udp((A, 5060), (B, 5062), INVITE);
        w.write_pcapng_block(SimplePacketBlock {
            original_len: data.len() as u32,
            data: data.into(),
        })
        .unwrap();
        let (found, st) = read(&w.into_inner());
        let (a, b) = ("192.0.2.1:5060", "192.0.2.2:5062");
        assert_eq!(
            found,
            [
                msg(INVITE, (1_700_000_000, 1), a, b, 1),
                msg(BUSY, (1_700_000_002, 42_000), b, a, 2),
                msg(INVITE, (0, 0), a, b, 3),
            ],
            "{endianness:?}"
        );
        assert_eq!(st, stats(3, 3, 0, 0));
    }
}

#[test]
fn vlan_tagged_ethernet() {
    let tagged = |outer: u16, inner: Option<u16>| {
        let eth = PacketBuilder::ethernet2([2; 6], [4; 6]);
        let vlan = match inner {
            None => eth.single_vlan(VlanId::try_new(outer).unwrap()),
            Some(i) => {
                eth.double_vlan(VlanId::try_new(outer).unwrap(), VlanId::try_new(i).unwrap())
            }
        };
        let mut out = Vec::new();
        vlan.ipv4(A, B, 64)
            .udp(5060, 5060)
            .write(&mut out, INVITE)
            .unwrap();
        out
    };
    let (found, st) = read(&eth_pcap(vec![tagged(10, None), tagged(100, Some(200))]));
    let (a, b) = ("192.0.2.1:5060", "192.0.2.2:5060");
    assert_eq!(
        found,
        [
            msg(INVITE, (1000, 0), a, b, 1),
            msg(INVITE, (1001, 0), a, b, 2)
        ]
    );
    assert_eq!(st, stats(2, 2, 0, 0));
}

#[test]
fn skips_what_is_not_ip_udp_or_tcp() {
    let mut arp = vec![4; 6];
    arp.extend([2; 6]);
    arp.extend([0x08, 0x06]);
    arp.extend([0; 28]);
    // An IPv4 fragment: the "more fragments" flag set on a SIP datagram.
    let mut fragment = eth_udp((A, 5060), (B, 5060), INVITE);
    fragment[14 + 6] |= 0x20;
    let mut icmp = Vec::new();
    PacketBuilder::ethernet2([2; 6], [4; 6])
        .ipv4(A, B, 64)
        .icmpv4_echo_request(1, 1)
        .write(&mut icmp, b"ping")
        .unwrap();
    let (found, st) = read(&eth_pcap(vec![
        arp,
        fragment,
        icmp,
        eth_udp((A, 5060), (B, 5060), INVITE),
    ]));
    assert_eq!((found.len(), st), (1, stats(4, 1, 3, 0)));
    // An unsupported link type (802.11): every packet skipped.
    let frames = [(Duration::ZERO, eth_udp((A, 5060), (B, 5060), INVITE))];
    let file = pcap(
        DataLink::IEEE802_11,
        TsResolution::MicroSecond,
        Endianness::Little,
        &frames,
    );
    assert_eq!(read(&file), (vec![], stats(1, 0, 1, 0)));
}

#[test]
fn magic_numbers_and_errors() {
    for magic in [
        [0xd4, 0xc3, 0xb2, 0xa1],
        [0xa1, 0xb2, 0xc3, 0xd4],
        [0x4d, 0x3c, 0xb2, 0xa1],
        [0xa1, 0xb2, 0x3c, 0x4d],
        [0x0a, 0x0d, 0x0d, 0x0a],
    ] {
        assert!(is_capture(&magic), "{magic:x?}");
    }
    for head in [
        &b""[..],
        b"\xd4\xc3\xb2",
        b"SIP/2.0 200 OK",
        b"\x1f\x8b\x08\x00",
    ] {
        assert!(!is_capture(head), "{head:x?}");
    }
    let err = |bytes: &[u8]| read_capture(&mut &bytes[..], &mut |_| {}).unwrap_err();
    assert!(matches!(err(b""), CaptureError::NotCapture));
    assert!(matches!(
        err(b"12:00:01 SIP/2.0 486 Busy Here\n"),
        CaptureError::NotCapture
    ));
    assert!(matches!(
        err(b"\xd4\xc3\xb2\xa1\x02\x00"),
        CaptureError::BadHeader
    ));
    assert!(matches!(
        err(&[0x0a, 0x0d, 0x0d, 0x0a, 0xff, 0, 0, 0]),
        CaptureError::BadHeader
    ));
    // A valid section header, then a block whose two lengths disagree.
    let mut ng = PcapNgWriter::new(Vec::new()).unwrap().into_inner();
    let shb_len = ng.len();
    ng.extend([1, 0, 0, 0, 20, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 24, 0, 0, 0]);
    let e = err(&ng);
    assert!(
        matches!(e, CaptureError::Corrupt { offset } if offset == shb_len),
        "{e:?}"
    );
    assert_eq!(
        e.to_string(),
        format!("corrupt capture: unreadable block at byte {shb_len}, before any packet")
    );
}

#[test]
fn truncated_at_every_length() {
    let full = small_capture();
    let (all, all_stats) = read(&full);
    assert_eq!((all.len(), all_stats), (2, stats(4, 2, 0, 0)));
    for n in 0..full.len() {
        let mut found = Vec::new();
        let result = read_capture(&mut &full[..n], &mut |m| found.push(m));
        if n < 24 {
            assert!(
                matches!(
                    result,
                    Err(CaptureError::NotCapture | CaptureError::BadHeader)
                ),
                "{n}"
            );
            continue;
        }
        // Cut inside the first record: nothing could be read, which is an error (24 is the
        // file header alone: a capture of no packets).
        if n > 24 && n < 24 + 16 + first_record_len(&full) {
            assert!(
                matches!(result, Err(CaptureError::Corrupt { offset: 24 })),
                "{n}: {result:?}"
            );
            continue;
        }
        let st = result.unwrap_or_else(|e| panic!("{n}: {e}"));
        assert!(
            st.packets <= 4 && found.len() <= 2 && st.skipped <= 1,
            "{n}: {st:?}"
        );
        // Where reading stopped is said whenever a record was cut.
        assert_eq!(st.broken_at.is_some(), st.skipped == 1, "{n}: {st:?}");
        for (got, want) in found.iter().zip(&all) {
            // A message cut short keeps its place, addresses and time; its bytes are a prefix.
            assert!(want.bytes.starts_with(&got.bytes), "{n}");
            assert_eq!(
                (&got.src, got.packet, got.time),
                (&want.src, want.packet, want.time)
            );
        }
    }
}

/// The captured length of a little-endian pcap's first record (bytes 8–11 of its header).
fn first_record_len(pcap: &[u8]) -> usize {
    u32::from_le_bytes(pcap[32..36].try_into().unwrap()) as usize
}

#[test]
fn random_and_damaged_input_never_panics() {
    let mut seed = 0x9e37_79b9_7f4a_7c15;
    let good = small_capture();
    let ng = PcapNgWriter::new(Vec::new()).unwrap().into_inner();
    for round in 0..3000 {
        let mut bytes = match round % 3 {
            0 => good[..24].to_vec(),
            1 => ng.clone(),
            _ => good.clone(),
        };
        if round % 3 == 2 {
            for _ in 0..1 + round % 8 {
                let at = noise(&mut seed, 2);
                let at = usize::from(u16::from_le_bytes([at[0], at[1]])) % bytes.len();
                bytes[at] = noise(&mut seed, 1)[0];
            }
        } else {
            let len = round % 700;
            bytes.extend(noise(&mut seed, len));
        }
        let _ = read_capture(&mut &bytes[..], &mut |_| {});
    }
}

#[test]
fn short_reads_and_read_errors() {
    let file = small_capture();
    let mut found = Vec::new();
    let st = read_capture(&mut Trickle(&file), &mut |m| found.push(m)).unwrap();
    assert_eq!((found, st), read(&file));
    // The input fails after the first packet.
    let first_end = 24 + 16 + eth_udp((A, 5060), (B, 5060), INVITE).len();
    let mut failing = (&file[..first_end]).chain(Failing);
    let e = read_capture(&mut failing, &mut |_| {}).unwrap_err();
    assert_eq!(
        e.to_string(),
        "cannot read the capture after packet 1: disk on fire"
    );
}
