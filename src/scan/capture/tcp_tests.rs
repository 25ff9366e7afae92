//! Tests of TCP reassembly, through whole captures built by `capture::test_support`.

use super::test_support::{A, B, BUSY, INVITE, eth_pcap, eth_tcp, msg, read, stats};
use crate::scan::tcp::{MAX_FLOW_BYTES, MAX_FLOWS};

const C: ([u8; 4], u16) = (A, 40000);
const S: ([u8; 4], u16) = (B, 5060);
const CS: (&str, &str) = ("192.0.2.1:40000", "192.0.2.2:5060");

/// An INVITE with an SDP-ish body announced by `Content-Length`.
fn invite_with_body() -> Vec<u8> {
    let body = "v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\n";
    format!("INVITE sip:bob@example.com SIP/2.0\r\nCall-ID: 2\r\nContent-Type: application/sdp\r\nContent-Length: {}\r\n\r\n{body}", body.len()).into_bytes()
}

#[test]
fn message_over_three_segments_out_of_order_with_retransmission() {
    let m = invite_with_body();
    let (p1, rest) = m.split_at(30);
    let (p2, p3) = rest.split_at(40);
    let seq = |at: usize| 1001 + at as u32;
    let file = eth_pcap(vec![
        eth_tcp(C, S, 1000, "S", b""),
        eth_tcp(C, S, seq(30), "", p2),
        eth_tcp(C, S, seq(70), "", p3),
        eth_tcp(C, S, seq(0), "", p1),
        eth_tcp(C, S, seq(30), "", p2), // retransmission
        eth_tcp(C, S, seq(m.len()), "F", b""),
        eth_tcp(C, S, seq(0), "", p1), // retransmission after the FIN
    ]);
    // The message is dated by the segment that carried its start line (packet 4).
    assert_eq!(
        read(&file),
        (vec![msg(&m, (1003, 0), CS.0, CS.1, 4)], stats(7, 1, 0, 0))
    );
}

#[test]
fn several_messages_per_segment_and_bodies_across_segments() {
    let ok = b"SIP/2.0 200 OK\r\nCALL-ID: 3\r\ncontent-length:  11 \r\n\r\nhello world";
    let bye = b"BYE sip:alice@example.com SIP/2.0\r\nCall-ID: 3\r\nl: 4\r\n\r\nbody";
    let mut one = INVITE.to_vec(); // no Content-Length: none on TCP means no body
    one.extend_from_slice(&ok[..ok.len() - 5]);
    let mut two = ok[ok.len() - 5..].to_vec();
    two.extend_from_slice(b"\r\n\r\n"); // a keep-alive between messages
    two.extend_from_slice(&bye[..bye.len() - 7]); // cut inside the empty line
    // No SYN: the capture starts mid-connection, on a message boundary.
    let file = eth_pcap(vec![
        eth_tcp(C, S, 5, "", &one),
        eth_tcp(C, S, 5 + one.len() as u32, "", &two),
        eth_tcp(
            C,
            S,
            5 + (one.len() + two.len()) as u32,
            "",
            &bye[bye.len() - 7..],
        ),
    ]);
    let want = vec![
        msg(INVITE, (1000, 0), CS.0, CS.1, 1),
        msg(ok, (1000, 0), CS.0, CS.1, 1),
        msg(bye, (1001, 0), CS.0, CS.1, 2),
    ];
    assert_eq!(read(&file), (want, stats(3, 3, 0, 0)));
}

#[test]
fn flows_that_are_not_sip_are_ignored() {
    let file = eth_pcap(vec![
        eth_tcp(C, S, 0, "S", b""),
        eth_tcp(C, S, 1, "", b"GET / HTTP/1.1\r\nHost: example.com\r\n\r\n"),
        eth_tcp(C, S, 38, "", b"<p>SIP/2.0 200 OK</p>\r\n"),
        eth_tcp(S, C, 0, "", &[0x16, 3, 1, 0, 5, 1, 2, 3, 4, 5]), // TLS, seen mid-connection
    ]);
    assert_eq!(read(&file), (vec![], stats(4, 0, 0, 0)));
}

#[test]
fn a_sip_segment_after_non_sip_data_starts_following_the_flow() {
    let file = eth_pcap(vec![
        eth_tcp(C, S, 100, "", b"=- 1 1 IN IP4 192.0.2.1\r\n"), // the end of a body
        eth_tcp(C, S, 125, "", BUSY),
    ]);
    assert_eq!(
        read(&file),
        (vec![msg(BUSY, (1001, 0), CS.0, CS.1, 2)], stats(2, 1, 0, 0))
    );
}

#[test]
fn messages_cut_off_by_the_end_of_the_capture() {
    let head = b"SIP/2.0 183 Session Progress\r\nContent-Length: 100\r\n\r\n";
    let mut partial = head.to_vec();
    partial.extend_from_slice(b"v=0\r\n");
    let other = ([192, 0, 2, 3], 5060);
    let file = eth_pcap(vec![
        eth_tcp(S, C, 9, "", &partial),
        eth_tcp(other, C, 9, "", b"SIP/2.0 180 Ringing\r\nCall-ID: 4\r\n"),
        eth_tcp(([192, 0, 2, 4], 5060), C, 9, "", b"INVITE sip:x"),
    ]);
    // The 183 has all its headers: emitted as it is. The 180 and the INVITE line are not.
    let want = msg(&partial, (1000, 0), "192.0.2.2:5060", "192.0.2.1:40000", 1);
    assert_eq!(read(&file), (vec![want], stats(3, 1, 0, 3)));
}

#[test]
fn a_lost_segment_truncates_one_message_and_framing_resumes() {
    let m = invite_with_body();
    let file = eth_pcap(vec![
        eth_tcp(C, S, 0, "S", b""),
        eth_tcp(C, S, 1, "", &m[..20]),
        // m[20..] is never captured.
        eth_tcp(C, S, 1 + m.len() as u32, "", BUSY),
        eth_tcp(C, S, 1 + (m.len() + BUSY.len()) as u32, "F", b""),
    ]);
    assert_eq!(
        read(&file),
        (vec![msg(BUSY, (1002, 0), CS.0, CS.1, 3)], stats(4, 1, 0, 1))
    );
}

#[test]
fn rst_ends_both_directions() {
    let file = eth_pcap(vec![
        eth_tcp(C, S, 0, "", &INVITE[..INVITE.len() - 2]),
        eth_tcp(
            S,
            C,
            0,
            "",
            b"SIP/2.0 100 Trying\r\nContent-Length: 9\r\n\r\nabc",
        ),
        eth_tcp(S, C, 50, "R", b""),
        eth_tcp(C, S, 0, "", INVITE), // retransmitted after the reset: ignored
    ]);
    let (found, st) = read(&file);
    // The INVITE had no empty line yet; the 100 had its headers, so it is emitted.
    assert_eq!(
        found,
        [msg(
            b"SIP/2.0 100 Trying\r\nContent-Length: 9\r\n\r\nabc",
            (1001, 0),
            CS.1,
            CS.0,
            2
        )]
    );
    assert_eq!(st, stats(4, 1, 0, 2));
}

#[test]
fn a_body_too_long_to_buffer_is_cut_and_skipped() {
    let head = format!(
        "MESSAGE sip:x SIP/2.0\r\nContent-Length: {}\r\n\r\n",
        3 * MAX_FLOW_BYTES
    );
    let mut frames = vec![eth_tcp(C, S, 0, "", head.as_bytes())];
    let chunk = 48 << 10;
    for i in 0..3 * MAX_FLOW_BYTES / chunk {
        frames.push(eth_tcp(
            C,
            S,
            (head.len() + i * chunk) as u32,
            "",
            &vec![b'x'; chunk],
        ));
    }
    frames.push(eth_tcp(
        C,
        S,
        (head.len() + 3 * MAX_FLOW_BYTES) as u32,
        "",
        BUSY,
    ));
    let n = frames.len() as u64;
    // The headers are emitted (counted as truncated), the body dropped, framing goes on.
    let want = vec![
        msg(head.as_bytes(), (1000, 0), CS.0, CS.1, 1),
        msg(BUSY, (999 + n as i64, 0), CS.0, CS.1, n),
    ];
    assert_eq!(read(&eth_pcap(frames)), (want, stats(n, 2, 0, 1)));
}

#[test]
fn an_offloaded_segment_larger_than_the_read_buffer() {
    // Captured on the sending host with segmentation offload: one 200 KB "segment" whose IPv4
    // total length is 0; its record is larger than the parser's starting buffer.
    let body = vec![b'b'; 200_000];
    let mut m = format!(
        "MESSAGE sip:x SIP/2.0\r\nContent-Length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    m.extend_from_slice(&body);
    let mut frame = eth_tcp(C, S, 0, "", b"");
    frame[16..18].copy_from_slice(&[0, 0]);
    frame.extend_from_slice(&m);
    assert_eq!(
        read(&eth_pcap(vec![frame])),
        (vec![msg(&m, (1000, 0), CS.0, CS.1, 1)], stats(1, 1, 0, 0))
    );
}

#[test]
fn the_least_recently_used_flow_is_evicted() {
    let mut frames = vec![eth_tcp(
        C,
        S,
        0,
        "",
        b"SIP/2.0 180 Ringing\r\nCall-ID: 5\r\n",
    )];
    for i in 0..MAX_FLOWS as u32 {
        let src = ([10, (i >> 16) as u8, (i >> 8) as u8, i as u8], 5060);
        frames.push(eth_tcp(src, C, 0, "", b"SIP/2.0 100 Trying\r\n"));
    }
    // The first flow's empty line comes after it was evicted: no message.
    frames.push(eth_tcp(C, S, 33, "", b"\r\n"));
    let n = frames.len() as u64;
    assert_eq!(read(&eth_pcap(frames)), (vec![], stats(n, 0, 0, n - 1)));
}
