//! `sipkb scan` telling calls (issue #21), through the real binary. The test writes a capture
//! with pcap-file and etherparse holding exactly the calls the issue lists (challenged then
//! answered; 503 with Reason after ringing, then retried on a second trunk; cancelled;
//! no final response with retransmissions; 488 with no common codec; forked; a REGISTER loop
//! with the same nonce; a private address in SDP and Contact from a public peer) among 300
//! plain answered calls and a few OPTIONS pings, and asserts each call's outcome, timing and
//! findings exactly, in JSON and text, in en, ru and zh. The same messages written as an
//! sngrep text export (`src/curses/ui_save.c` `save_msg_txt` of irontec/sngrep) give the same
//! calls.

use crate::common::TestEnv;
use etherparse::PacketBuilder;
use pcap_file::pcap::{PcapHeader, PcapPacket, PcapWriter};
use pcap_file::{DataLink, TsResolution};
use serde_json::Value;
use std::time::Duration;

const T0: u64 = 1_772_359_200; // 2026-03-01T10:00:00Z
const PBX: &str = "198.51.100.2:5060";
const TRUNK1: &str = "203.0.113.10:5060";
const TRUNK2: &str = "203.0.113.20:5060";
const PHONE: &str = "198.51.100.77:5060";
const REGISTRAR: &str = "203.0.113.30:5060";
const NATTED: &str = "198.51.100.99:5060";

/// One message on the wire: when (seconds after T0), from where, to where, what.
struct Wire {
    at: f64,
    src: &'static str,
    dst: &'static str,
    text: String,
}

/// Builds the messages of one dialog: a call id, parties and a CSeq, then steps.
struct Dialog {
    id: String,
    from: String,
    to: String,
    msgs: Vec<Wire>,
}

fn sdp(addr: &str, pts: &str, maps: &str) -> String {
    format!(
        "v=0\r\no=- 1 1 IN IP4 {addr}\r\ns=-\r\nc=IN IP4 {addr}\r\nt=0 0\r\nm=audio 4000 RTP/AVP {pts}\r\n{maps}"
    )
}

impl Dialog {
    fn new(id: &str, from: &str, to: &str) -> Dialog {
        Dialog {
            id: id.into(),
            from: from.into(),
            to: to.into(),
            msgs: Vec::new(),
        }
    }

    /// A request from the caller (`caller` true) or the callee, on `branch`.
    #[allow(clippy::too_many_arguments)]
    fn req(
        &mut self,
        at: f64,
        src: &'static str,
        dst: &'static str,
        method: &str,
        cseq: u32,
        branch: &str,
        to_tag: Option<&str>,
        extra: &str,
        body: &str,
    ) {
        let host = dst.split(':').next().unwrap();
        let to_tag = to_tag.map(|t| format!(";tag={t}")).unwrap_or_default();
        let text = format!(
            "{method} sip:{to}@{host} SIP/2.0\r\nVia: SIP/2.0/UDP {src};branch=z9hG4bK{branch}\r\n\
             Max-Forwards: 70\r\nFrom: <sip:{from}@pbx.example>;tag=from-{id}\r\n\
             To: <sip:{to}@carrier.example>{to_tag}\r\nCall-ID: {id}\r\nCSeq: {cseq} {method}\r\n\
             {extra}Content-Length: {len}\r\n\r\n{body}",
            to = self.to,
            from = self.from,
            id = self.id,
            len = body.len(),
        );
        self.msgs.push(Wire { at, src, dst, text });
    }

    /// A response to the request on `branch`.
    #[allow(clippy::too_many_arguments)]
    fn resp(
        &mut self,
        at: f64,
        src: &'static str,
        dst: &'static str,
        status: &str,
        cseq: &str,
        branch: &str,
        to_tag: Option<&str>,
        extra: &str,
        body: &str,
    ) {
        let to_tag = to_tag.map(|t| format!(";tag={t}")).unwrap_or_default();
        let text = format!(
            "SIP/2.0 {status}\r\nVia: SIP/2.0/UDP {dst};branch=z9hG4bK{branch}\r\n\
             From: <sip:{from}@pbx.example>;tag=from-{id}\r\nTo: <sip:{to}@carrier.example>{to_tag}\r\n\
             Call-ID: {id}\r\nCSeq: {cseq}\r\n{extra}Content-Length: {len}\r\n\r\n{body}",
            to = self.to,
            from = self.from,
            id = self.id,
            len = body.len(),
        );
        self.msgs.push(Wire { at, src, dst, text });
    }
}

/// Every message of the test, in capture order.
fn traffic() -> Vec<Wire> {
    let mut all: Vec<Dialog> = Vec::new();
    // 300 plain calls, one every 0.2 s, each answered after 2 s and ended by the caller 8 s
    // later.
    for i in 0..300 {
        let t = 0.2 * f64::from(i);
        let mut d = Dialog::new(
            &format!("bg-{i}@pbx"),
            &format!("2{i:04}"),
            &format!("3{i:04}"),
        );
        let b = format!("bg{i}");
        let offer = sdp(
            "198.51.100.2",
            "8 101",
            "a=rtpmap:101 telephone-event/8000\r\n",
        );
        d.req(
            t,
            PBX,
            TRUNK1,
            "INVITE",
            1,
            &b,
            None,
            "Content-Type: application/sdp\r\n",
            &offer,
        );
        d.resp(
            t + 0.05,
            TRUNK1,
            PBX,
            "100 Trying",
            "1 INVITE",
            &b,
            None,
            "",
            "",
        );
        d.resp(
            t + 0.3,
            TRUNK1,
            PBX,
            "180 Ringing",
            "1 INVITE",
            &b,
            Some("bg"),
            "",
            "",
        );
        let answer = sdp("203.0.113.10", "8", "");
        d.resp(
            t + 2.0,
            TRUNK1,
            PBX,
            "200 OK",
            "1 INVITE",
            &b,
            Some("bg"),
            "Content-Type: application/sdp\r\n",
            &answer,
        );
        d.req(
            t + 2.05,
            PBX,
            TRUNK1,
            "ACK",
            1,
            &format!("{b}a"),
            Some("bg"),
            "",
            "",
        );
        d.req(
            t + 10.0,
            PBX,
            TRUNK1,
            "BYE",
            2,
            &format!("{b}b"),
            Some("bg"),
            "",
            "",
        );
        d.resp(
            t + 10.05,
            TRUNK1,
            PBX,
            "200 OK",
            "2 BYE",
            &format!("{b}b"),
            Some("bg"),
            "",
            "",
        );
        all.push(d);
    }
    // Challenged, then answered; the callee hangs up with a Reason.
    let mut d = Dialog::new("auth-ok@pbx", "1001", "+41445550101");
    d.req(1.0, PBX, TRUNK1, "INVITE", 1, "a1", None, "", "");
    d.resp(
        1.1,
        TRUNK1,
        PBX,
        "407 Proxy Authentication Required",
        "1 INVITE",
        "a1",
        Some("c1"),
        "Proxy-Authenticate: Digest realm=\"carrier.example\", nonce=\"n-a1\", algorithm=MD5\r\n",
        "",
    );
    d.req(1.15, PBX, TRUNK1, "ACK", 1, "a1", Some("c1"), "", "");
    d.req(1.2, PBX, TRUNK1, "INVITE", 2, "a2", None,
        "Proxy-Authorization: Digest username=\"1001\", realm=\"carrier.example\", nonce=\"n-a1\", uri=\"sip:+41445550101@203.0.113.10\", response=\"6629fae49393a05397450978507c4ef1\"\r\n", "");
    d.resp(
        1.3,
        TRUNK1,
        PBX,
        "100 Trying",
        "2 INVITE",
        "a2",
        None,
        "",
        "",
    );
    d.resp(
        1.8,
        TRUNK1,
        PBX,
        "180 Ringing",
        "2 INVITE",
        "a2",
        Some("c2"),
        "",
        "",
    );
    d.resp(
        5.0,
        TRUNK1,
        PBX,
        "200 OK",
        "2 INVITE",
        "a2",
        Some("c2"),
        "",
        "",
    );
    d.req(5.05, PBX, TRUNK1, "ACK", 2, "a3", Some("c2"), "", "");
    // The callee's BYE: its From is the callee, so it is written by hand.
    d.msgs.push(Wire {
        at: 65.0,
        src: TRUNK1,
        dst: PBX,
        text: "BYE sip:1001@198.51.100.2 SIP/2.0\r\nVia: SIP/2.0/UDP 203.0.113.10:5060;branch=z9hG4bKa4\r\n\
               From: <sip:+41445550101@carrier.example>;tag=c2\r\nTo: <sip:1001@pbx.example>;tag=from-auth-ok@pbx\r\n\
               Call-ID: auth-ok@pbx\r\nCSeq: 7 BYE\r\nReason: Q.850;cause=16;text=\"Normal call clearing\"\r\nContent-Length: 0\r\n\r\n"
            .into(),
    });
    d.msgs.push(Wire {
        at: 65.05,
        src: PBX,
        dst: TRUNK1,
        text: "SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP 203.0.113.10:5060;branch=z9hG4bKa4\r\n\
               From: <sip:+41445550101@carrier.example>;tag=c2\r\nTo: <sip:1001@pbx.example>;tag=from-auth-ok@pbx\r\n\
               Call-ID: auth-ok@pbx\r\nCSeq: 7 BYE\r\nContent-Length: 0\r\n\r\n"
            .into(),
    });
    all.push(d);
    // 503 with a Q.850 Reason after ringing, from the carrier's SBC…
    let mut d = Dialog::new("fail-503@pbx", "1002", "+41445550102");
    d.req(10.0, PBX, TRUNK1, "INVITE", 1, "b1", None, "", "");
    d.resp(
        10.1,
        TRUNK1,
        PBX,
        "100 Trying",
        "1 INVITE",
        "b1",
        None,
        "",
        "",
    );
    d.resp(
        11.0,
        TRUNK1,
        PBX,
        "180 Ringing",
        "1 INVITE",
        "b1",
        Some("t503"),
        "",
        "",
    );
    d.resp(
        13.1,
        TRUNK1,
        PBX,
        "503 Service Unavailable",
        "1 INVITE",
        "b1",
        Some("t503"),
        "Reason: Q.850;cause=41;text=\"Normal, temporary failure\"\r\nServer: CarrierSBC 2.1\r\n",
        "",
    );
    d.req(13.15, PBX, TRUNK1, "ACK", 1, "b1", Some("t503"), "", "");
    all.push(d);
    // …then retried on the second trunk, where the callee is busy.
    let mut d = Dialog::new("retry-486@pbx", "1002", "+41445550102");
    d.req(14.0, PBX, TRUNK2, "INVITE", 1, "r1", None, "", "");
    d.resp(
        14.1,
        TRUNK2,
        PBX,
        "100 Trying",
        "1 INVITE",
        "r1",
        None,
        "",
        "",
    );
    d.resp(
        14.5,
        TRUNK2,
        PBX,
        "486 Busy Here",
        "1 INVITE",
        "r1",
        Some("t486"),
        "",
        "",
    );
    d.req(14.55, PBX, TRUNK2, "ACK", 1, "r1", Some("t486"), "", "");
    all.push(d);
    // Cancelled by the caller while it rang.
    let mut d = Dialog::new("cancel@pbx", "1003", "+41445550103");
    d.req(20.0, PBX, TRUNK1, "INVITE", 1, "c1", None, "", "");
    d.resp(
        20.1,
        TRUNK1,
        PBX,
        "100 Trying",
        "1 INVITE",
        "c1",
        None,
        "",
        "",
    );
    d.resp(
        20.6,
        TRUNK1,
        PBX,
        "180 Ringing",
        "1 INVITE",
        "c1",
        Some("tc"),
        "",
        "",
    );
    d.req(28.0, PBX, TRUNK1, "CANCEL", 1, "c1", None, "", "");
    d.resp(
        28.05,
        TRUNK1,
        PBX,
        "200 OK",
        "1 CANCEL",
        "c1",
        Some("tc"),
        "",
        "",
    );
    d.resp(
        28.06,
        TRUNK1,
        PBX,
        "487 Request Terminated",
        "1 INVITE",
        "c1",
        Some("tc"),
        "",
        "",
    );
    d.req(28.1, PBX, TRUNK1, "ACK", 1, "c1", Some("tc"), "", "");
    all.push(d);
    // No final response: the INVITE and four retransmissions (RFC 3261 Timer A).
    let mut d = Dialog::new("silent@pbx", "1004", "+41445550104");
    for at in [30.0, 30.5, 31.5, 33.5, 37.5] {
        d.req(at, PBX, TRUNK1, "INVITE", 1, "s1", None, "", "");
    }
    all.push(d);
    // 488: the offer and the answer share no codec.
    let mut d = Dialog::new("codec@pbx", "1005", "+41445550105");
    let offer = sdp(
        "198.51.100.2",
        "8 18 101",
        "a=rtpmap:101 telephone-event/8000\r\n",
    );
    d.req(
        40.0,
        PBX,
        TRUNK1,
        "INVITE",
        1,
        "m1",
        None,
        "Content-Type: application/sdp\r\n",
        &offer,
    );
    d.resp(
        40.1,
        TRUNK1,
        PBX,
        "100 Trying",
        "1 INVITE",
        "m1",
        None,
        "",
        "",
    );
    let theirs = sdp(
        "203.0.113.10",
        "0 101",
        "a=rtpmap:101 telephone-event/8000\r\n",
    );
    d.resp(40.3, TRUNK1, PBX, "488 Not Acceptable Here", "1 INVITE", "m1", Some("tm"),
        "Warning: 305 sbc.carrier.example \"Incompatible media format\"\r\nContent-Type: application/sdp\r\n", &theirs);
    d.req(40.35, PBX, TRUNK1, "ACK", 1, "m1", Some("tm"), "", "");
    all.push(d);
    // Forked: two early dialogs ring, the first answers; the caller hangs up.
    let mut d = Dialog::new("fork@pbx", "1006", "+41445550106");
    d.req(50.0, PBX, TRUNK1, "INVITE", 1, "f1", None, "", "");
    d.resp(
        50.1,
        TRUNK1,
        PBX,
        "100 Trying",
        "1 INVITE",
        "f1",
        None,
        "",
        "",
    );
    d.resp(
        50.4,
        TRUNK1,
        PBX,
        "180 Ringing",
        "1 INVITE",
        "f1",
        Some("leg-a"),
        "",
        "",
    );
    d.resp(
        50.6,
        TRUNK1,
        PBX,
        "180 Ringing",
        "1 INVITE",
        "f1",
        Some("leg-b"),
        "",
        "",
    );
    d.resp(
        53.0,
        TRUNK1,
        PBX,
        "200 OK",
        "1 INVITE",
        "f1",
        Some("leg-a"),
        "",
        "",
    );
    d.req(53.05, PBX, TRUNK1, "ACK", 1, "f2", Some("leg-a"), "", "");
    d.req(60.0, PBX, TRUNK1, "BYE", 2, "f3", Some("leg-a"), "", "");
    d.resp(
        60.05,
        TRUNK1,
        PBX,
        "200 OK",
        "2 BYE",
        "f3",
        Some("leg-a"),
        "",
        "",
    );
    all.push(d);
    // A REGISTER refused three times with the same nonce.
    let mut d = Dialog::new("reg-loop@phone", "1007", "1007");
    let creds = "Authorization: Digest username=\"1007\", realm=\"registrar.example\", nonce=\"loop-nonce\", uri=\"sip:registrar.example\", response=\"0a4f113eb5b0d2a5b4c0f4e5d6a7b8c9\"\r\n";
    let challenge = "WWW-Authenticate: Digest realm=\"registrar.example\", nonce=\"loop-nonce\", algorithm=MD5\r\n";
    d.req(
        55.0,
        PHONE,
        REGISTRAR,
        "REGISTER",
        1,
        "g1",
        None,
        "Contact: <sip:1007@198.51.100.77:5060>\r\n",
        "",
    );
    d.resp(
        55.05,
        REGISTRAR,
        PHONE,
        "401 Unauthorized",
        "1 REGISTER",
        "g1",
        Some("rg"),
        challenge,
        "",
    );
    d.req(
        55.1,
        PHONE,
        REGISTRAR,
        "REGISTER",
        2,
        "g2",
        None,
        &format!("Contact: <sip:1007@198.51.100.77:5060>\r\n{creds}"),
        "",
    );
    d.resp(
        55.15,
        REGISTRAR,
        PHONE,
        "401 Unauthorized",
        "2 REGISTER",
        "g2",
        Some("rg"),
        challenge,
        "",
    );
    d.req(
        55.2,
        PHONE,
        REGISTRAR,
        "REGISTER",
        3,
        "g3",
        None,
        &format!("Contact: <sip:1007@198.51.100.77:5060>\r\n{creds}"),
        "",
    );
    d.resp(
        55.25,
        REGISTRAR,
        PHONE,
        "401 Unauthorized",
        "3 REGISTER",
        "g3",
        Some("rg"),
        challenge,
        "",
    );
    all.push(d);
    // A public peer that puts its private address in SDP c= and Contact; answered.
    let mut d = Dialog::new("nat@phone", "1008", "+41445550108");
    let offer = sdp("192.168.1.50", "0", "");
    d.req(
        58.0,
        NATTED,
        TRUNK1,
        "INVITE",
        1,
        "n1",
        None,
        "Contact: <sip:1008@192.168.1.50:5060>\r\nContent-Type: application/sdp\r\n",
        &offer,
    );
    d.resp(
        58.1,
        TRUNK1,
        NATTED,
        "100 Trying",
        "1 INVITE",
        "n1",
        None,
        "",
        "",
    );
    d.resp(
        58.5,
        TRUNK1,
        NATTED,
        "200 OK",
        "1 INVITE",
        "n1",
        Some("tn"),
        "Contact: <sip:203.0.113.10:5060>\r\nContent-Type: application/sdp\r\n",
        &sdp("203.0.113.10", "0", ""),
    );
    d.req(58.55, NATTED, TRUNK1, "ACK", 1, "n2", Some("tn"), "", "");
    d.req(62.0, NATTED, TRUNK1, "BYE", 2, "n3", Some("tn"), "", "");
    d.resp(
        62.05,
        TRUNK1,
        NATTED,
        "200 OK",
        "2 BYE",
        "n3",
        Some("tn"),
        "",
        "",
    );
    all.push(d);
    // Keep-alive OPTIONS, answered.
    let mut d = Dialog::new("ping@pbx", "pbx", "ping");
    for (i, at) in [0.5, 30.5, 60.5].iter().enumerate() {
        let b = format!("o{i}");
        d.req(*at, PBX, TRUNK1, "OPTIONS", i as u32 + 1, &b, None, "", "");
        d.resp(
            at + 0.02,
            TRUNK1,
            PBX,
            "200 OK",
            &format!("{} OPTIONS", i + 1),
            &b,
            Some("op"),
            "",
            "",
        );
    }
    all.push(d);
    let mut wire: Vec<Wire> = all.into_iter().flat_map(|d| d.msgs).collect();
    wire.sort_by(|a, b| a.at.total_cmp(&b.at));
    wire
}

fn addr(s: &str) -> ([u8; 4], u16) {
    let (ip, port) = s.split_once(':').unwrap();
    let ip: std::net::Ipv4Addr = ip.parse().unwrap();
    (ip.octets(), port.parse().unwrap())
}

fn capture(wire: &[Wire]) -> Vec<u8> {
    let header = PcapHeader {
        datalink: DataLink::ETHERNET,
        ts_resolution: TsResolution::MicroSecond,
        ..PcapHeader::default()
    };
    let mut w = PcapWriter::with_header(Vec::new(), header).unwrap();
    for m in wire {
        let (s, d) = (addr(m.src), addr(m.dst));
        let mut data = Vec::new();
        PacketBuilder::ethernet2([2; 6], [4; 6])
            .ipv4(s.0, d.0, 64)
            .udp(s.1, d.1)
            .write(&mut data, m.text.as_bytes())
            .unwrap();
        let micros = T0 * 1_000_000 + (m.at * 1_000_000.0).round() as u64;
        w.write_packet(&PcapPacket::new(
            Duration::from_micros(micros),
            data.len() as u32,
            &data,
        ))
        .unwrap();
    }
    w.into_writer()
}

/// The same messages as sngrep's text export writes them: `date time src -> dst`, the
/// message, an empty line.
fn sngrep(wire: &[Wire]) -> String {
    let mut out = String::new();
    for m in wire {
        let micros = (m.at * 1_000_000.0).round() as u64;
        let (s, us) = (micros / 1_000_000, micros % 1_000_000);
        out.push_str(&format!(
            "2026/03/01 10:{:02}:{:02}.{us:06} {} -> {}\n{}\n\n",
            s / 60,
            s % 60,
            m.src,
            m.dst,
            m.text
        ));
    }
    out
}

fn scan(env: &TestEnv, file: &str, args: &[&str]) -> std::process::Output {
    env.cmd()
        .arg("scan")
        .args(args)
        .arg(env.dir.path().join(file))
        .output()
        .unwrap()
}

fn scan_json(env: &TestEnv, file: &str) -> Value {
    let out = scan(env, file, &["--json"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn call<'a>(r: &'a Value, id: &str) -> &'a Value {
    r["calls"]
        .as_array()
        .unwrap()
        .iter()
        .chain(r["registrations"].as_array().unwrap())
        .find(|c| c["call_id"] == id)
        .unwrap_or_else(|| panic!("no call {id}"))
}

/// (kind, side, message) of each finding.
fn findings(c: &Value) -> Vec<(String, String, u64)> {
    c["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["kind"].as_str().unwrap().to_string(),
                f["side"].as_str().unwrap().to_string(),
                f["message"].as_u64().unwrap(),
            )
        })
        .collect()
}

fn text_of<'a>(c: &'a Value, kind: &str) -> &'a str {
    c["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["kind"] == kind)
        .and_then(|f| f["text"].as_str())
        .unwrap_or_else(|| panic!("no {kind} in {c}"))
}

fn f(v: &[(&str, &str, u64)]) -> Vec<(String, String, u64)> {
    v.iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), *c))
        .collect()
}

fn timing(c: &Value) -> [Option<u64>; 4] {
    let t = &c["timing"];
    [
        "first_provisional_ms",
        "post_dial_delay_ms",
        "final_ms",
        "duration_ms",
    ]
    .map(|k| t[k].as_u64())
}

/// Asserts every listed call of a report, whatever the input form.
fn assert_calls(r: &Value) {
    let t = &r["call_totals"];
    assert_eq!(t["calls"], 308, "{t}");
    assert_eq!(
        (
            t["answered"].as_u64(),
            t["failed"].as_u64(),
            t["cancelled"].as_u64(),
            t["no_final"].as_u64()
        ),
        (Some(303), Some(3), Some(1), Some(1))
    );
    assert_eq!(
        (
            t["registrations"].as_u64(),
            t["closed_early"].as_u64(),
            t["not_listed"].as_u64()
        ),
        (Some(1), Some(0), Some(0))
    );
    assert_eq!(r["calls"].as_array().unwrap().len(), 308);

    let c = call(r, "auth-ok@pbx");
    assert_eq!(c["outcome"]["kind"], "answered");
    assert_eq!(c["outcome"]["hung_up_by"], "callee");
    assert_eq!(
        c["outcome"]["bye_reason"][0],
        "Q.850;cause=16;text=\"Normal call clearing\""
    );
    assert_eq!(timing(c), [Some(300), Some(800), Some(4000), Some(60000)]);
    assert_eq!(c["final_response"]["code"], 200);
    assert_eq!(
        findings(c),
        f(&[("answered", "none", 8), ("auth-challenge", "none", 1)])
    );
    assert_eq!(
        text_of(c, "answered"),
        "Answered; the callee hung up after 60.0 s, with BYE Reason: Q.850;cause=16;text=\"Normal call clearing\"."
    );
    assert_eq!(
        text_of(c, "auth-challenge"),
        "Challenged with 407 and answered with credentials that were accepted: normal digest authentication, not a failure."
    );
    assert_eq!(c["messages"].as_array().unwrap().len(), 10);
    assert_eq!(
        c["messages"][1]["label"],
        "407 Proxy Authentication Required"
    );
    assert_eq!(c["messages"][1]["direction"], "to_caller");
    assert_eq!(
        c["messages"][8]["direction"], "to_caller",
        "the callee's BYE"
    );
    assert_eq!(c["messages"][9]["offset_ms"], 64050);

    let c = call(r, "fail-503@pbx");
    assert_eq!(c["outcome"]["kind"], "failed");
    assert_eq!(timing(c), [Some(100), Some(1000), Some(3100), None]);
    let fr = &c["final_response"];
    assert_eq!(
        (fr["code"].as_u64(), fr["phrase"].as_str()),
        (Some(503), Some("Service Unavailable"))
    );
    assert_eq!(
        fr["reason"][0],
        "Q.850;cause=41;text=\"Normal, temporary failure\""
    );
    assert_eq!(
        (
            fr["sender"].as_str(),
            fr["hop"].as_str(),
            fr["vias"].as_u64()
        ),
        (Some("CarrierSBC 2.1"), Some(TRUNK1), Some(1))
    );
    assert_eq!(fr["side"], "operator");
    assert_eq!(
        fr["explain"],
        "SIP/2.0 503 Service Unavailable\nReason: Q.850;cause=41;text=\"Normal, temporary failure\""
    );
    assert_eq!(findings(c), f(&[("failed", "operator", 3)]));
    assert_eq!(
        text_of(c, "failed"),
        "Failed: 503 Service Unavailable came 3.1 s after the INVITE, after ringing; sent by CarrierSBC 2.1 (203.0.113.10:5060)."
    );

    let c = call(r, "retry-486@pbx");
    assert_eq!(c["outcome"]["kind"], "failed");
    assert_eq!(timing(c), [Some(100), None, Some(500), None]);
    assert_eq!(
        findings(c),
        f(&[("failed", "callee", 2), ("retry", "none", 0)])
    );
    assert_eq!(
        text_of(c, "retry"),
        "A retry of call fail-503@pbx, which failed with 503 0.9 s earlier: same caller and callee, new Call-ID, sent to 203.0.113.20:5060 instead of 203.0.113.10:5060."
    );

    let c = call(r, "cancel@pbx");
    assert_eq!(c["outcome"]["kind"], "cancelled");
    assert_eq!(timing(c), [Some(100), Some(600), Some(8060), None]);
    assert_eq!(c["final_response"]["code"], 487);
    assert_eq!(findings(c), f(&[("cancelled", "none", 3)]));
    assert_eq!(
        text_of(c, "cancelled"),
        "Cancelled by the caller 8.0 s after the INVITE, while it was ringing."
    );

    let c = call(r, "silent@pbx");
    assert_eq!(c["outcome"]["kind"], "no_final");
    assert_eq!(
        (
            c["outcome"]["retransmissions"].as_u64(),
            c["outcome"]["waited_ms"].as_u64()
        ),
        (Some(4), Some(7500))
    );
    assert_eq!(timing(c), [None, None, None, None]);
    assert!(c["final_response"].is_null());
    assert_eq!(findings(c), f(&[("no-final", "carrier", 0)]));
    assert_eq!(
        text_of(c, "no-final"),
        "No final response: the caller waited 7.5 s and nothing answered at all; the INVITE was sent 4 more times (retransmissions)."
    );

    let c = call(r, "codec@pbx");
    assert_eq!(c["outcome"]["kind"], "failed");
    assert_eq!(
        c["final_response"]["warning"][0],
        "305 sbc.carrier.example \"Incompatible media format\""
    );
    assert_eq!(
        findings(c),
        f(&[
            ("failed", "caller", 2),
            ("media-no-common-codec", "caller", 2)
        ])
    );
    assert_eq!(
        text_of(c, "media-no-common-codec"),
        "No common codec: the SDP offer had PCMA G729 telephone-event, the SDP answer PCMU telephone-event."
    );
    assert_eq!(c["messages"][0]["sdp"], "PCMA G729 telephone-event");

    let c = call(r, "fork@pbx");
    assert_eq!(c["outcome"]["kind"], "answered");
    assert_eq!(c["outcome"]["hung_up_by"], "caller");
    assert_eq!(timing(c), [Some(100), Some(400), Some(3000), Some(7000)]);
    assert_eq!(
        findings(c),
        f(&[("answered", "none", 6), ("forked", "none", 3)])
    );
    assert_eq!(
        text_of(c, "forked"),
        "The call forked: 2 early dialogs (different To tags) answered the same INVITE."
    );

    let c = call(r, "reg-loop@phone");
    assert_eq!(c["kind"], "registration");
    assert_eq!(c["outcome"]["kind"], "failed");
    assert_eq!(c["final_response"]["code"], 401);
    assert_eq!(
        findings(c),
        f(&[
            ("reg-failed", "caller", 5),
            ("auth-nonce-loop", "caller", 5)
        ])
    );
    assert_eq!(
        text_of(c, "auth-nonce-loop"),
        "Challenged 3 times with the same nonce: every request with credentials got 401 again, so the server does not accept the credentials (user name, password or realm)."
    );

    let c = call(r, "nat@phone");
    assert_eq!(c["outcome"]["kind"], "answered");
    assert_eq!(
        findings(c),
        f(&[
            ("answered", "none", 4),
            ("nat-private-sdp", "caller", 0),
            ("nat-private-contact", "caller", 0)
        ])
    );
    assert_eq!(
        text_of(c, "nat-private-sdp"),
        "The SDP sent from the public address 198.51.100.99:5060 gives the private address 192.168.1.50 for media (c=): the sender is behind NAT, and media sent to that address will not arrive."
    );

    // A plain call: answered, caller hung up, nothing else.
    let c = call(r, "bg-7@pbx");
    assert_eq!(timing(c), [Some(50), Some(300), Some(2000), Some(8000)]);
    assert_eq!(findings(c), f(&[("answered", "none", 5)]));

    let o = &r["options"][0];
    assert_eq!(
        (o["from"].as_str(), o["to"].as_str(), o["requests"].as_u64()),
        (Some(PBX), Some(TRUNK1), Some(3))
    );
    assert_eq!(o["responses"]["200"], 3);
}

#[test]
fn a_capture_and_its_sngrep_export_tell_the_same_calls() {
    let env = TestEnv::new();
    let wire = traffic();
    std::fs::write(env.dir.path().join("calls.pcap"), capture(&wire)).unwrap();
    std::fs::write(env.dir.path().join("calls.txt"), sngrep(&wire)).unwrap();
    let pcap = scan_json(&env, "calls.pcap");
    assert_calls(&pcap);
    assert_eq!(
        call(&pcap, "fail-503@pbx")["start"],
        "2026-03-01T10:00:10.000000Z"
    );
    let text = scan_json(&env, "calls.txt");
    assert_calls(&text);
    assert_eq!(
        call(&text, "fail-503@pbx")["start"],
        "2026-03-01T10:00:10.000000",
        "no zone in a trace"
    );
    // Everything but the file, the times' zone and where each message was read is the same.
    let strip = |r: &Value| {
        let mut calls = r["calls"].clone();
        for c in calls.as_array_mut().unwrap() {
            c["file"] = Value::Null;
            c["start"] = Value::Null;
            for m in c["messages"].as_array_mut().unwrap() {
                m["time"] = Value::Null;
                m["at"] = Value::Null;
            }
        }
        calls
    };
    assert_eq!(strip(&pcap), strip(&text));
}

#[test]
fn text_report_ladders_and_languages() {
    let env = TestEnv::new();
    std::fs::write(env.dir.path().join("calls.pcap"), capture(&traffic())).unwrap();
    let out = scan(&env, "calls.pcap", &[]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Calls (200 of 308):"), "{text}");
    assert!(
        text.contains("308 calls: 303 answered, 3 failed, 1 cancelled, 1 without a final response, 0 begun before the input."),
        "{text}"
    );
    // The table row of the 503, its ladder line and the explanation of its final response.
    let row = text
        .lines()
        .find(|l| l.contains("1002 → +41445550102") && l.contains("503"))
        .unwrap();
    assert!(row.starts_with("  2026-03-01 10:00:10.000"), "{row}");
    assert!(row.contains("failed 503"), "{row}");
    assert!(
        text.contains("Call fail-503@pbx: sip:1002@pbx.example → sip:+41445550102@carrier.example"),
        "{text}"
    );
    assert!(
        text.contains(
            "first provisional 0.1 s · post-dial delay 1.0 s · final response 3.1 s · duration – s"
        ),
        "{text}"
    );
    let ladder = text
        .lines()
        .find(|l| l.contains("#3") && l.contains("503 Service Unavailable"))
        .unwrap();
    assert!(
        ladder.contains("+3.100  ← 503 Service Unavailable"),
        "{ladder}"
    );
    assert!(
        ladder.contains("203.0.113.10:5060 → 198.51.100.2:5060"),
        "{ladder}"
    );
    assert!(
        text.contains("The final response, as sipkb explain reads it:"),
        "{text}"
    );
    assert!(
        text.contains("Q.850"),
        "the Reason is explained too: {text}"
    );
    // Plain answered calls get no ladder.
    assert!(!text.contains("Call bg-7@pbx:"), "{text}");
    assert!(text.contains("Registrations with a problem:"), "{text}");

    // Russian and Chinese findings.
    let out = scan(&env, "calls.pcap", &["--json", "--lang", "ru"]);
    let r: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        text_of(call(&r, "fail-503@pbx"), "failed"),
        "Вызов не состоялся: 503 Service Unavailable пришёл через 3.1 с после INVITE, после длинных гудков; отправитель: CarrierSBC 2.1 (203.0.113.10:5060)."
    );
    assert_eq!(
        text_of(call(&r, "silent@pbx"), "no-final"),
        "Окончательного ответа нет: вызывающий абонент ждал 7.5 с и не получил вообще никакого ответа; INVITE отправлен повторно ещё 4 раза (повторные передачи)."
    );
    assert_eq!(
        text_of(call(&r, "codec@pbx"), "media-no-common-codec"),
        "Нет общего кодека: в SDP-предложении PCMA G729 telephone-event, в SDP-ответе PCMU telephone-event."
    );
    let out = scan(&env, "calls.pcap", &["--json", "--lang", "zh"]);
    let r: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        text_of(call(&r, "cancel@pbx"), "cancelled"),
        "主叫在 INVITE 之后 8.0 秒取消了呼叫，当时已在振铃。"
    );
    assert_eq!(
        text_of(call(&r, "reg-loop@phone"), "auth-nonce-loop"),
        "服务器以相同的 nonce 发出了 3 次认证质询：每个带凭据的请求都再次收到 401，说明服务器不接受这些凭据（用户名、密码或 realm）。"
    );
    let out = scan(&env, "calls.pcap", &["--lang", "zh"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("呼叫（共 308 个，列出 200 个）："), "{text}");
}

#[test]
fn one_call_in_full_and_a_call_that_is_not_there() {
    let env = TestEnv::new();
    std::fs::write(env.dir.path().join("calls.pcap"), capture(&traffic())).unwrap();
    let out = scan(&env, "calls.pcap", &["--call", "codec@pbx"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("Call codec@pbx:"), "{text}");
    assert!(
        text.contains("        | m=audio 4000 RTP/AVP 8 18 101"),
        "whole messages: {text}"
    );
    assert!(
        text.contains("        | Warning: 305 sbc.carrier.example \"Incompatible media format\""),
        "{text}"
    );
    let out = scan(&env, "calls.pcap", &["--call", "codec@pbx", "--json"]);
    let c: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(c["call_id"], "codec@pbx");
    assert!(
        c["messages"][0]["text"]
            .as_str()
            .unwrap()
            .starts_with("INVITE sip:+41445550105@203.0.113.10 SIP/2.0\r\n")
    );
    let out = scan(&env, "calls.pcap", &["--call", "nope"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap().trim(),
        "No call or registration with Call-ID nope in the input."
    );
}

#[test]
fn log_lines_without_whole_messages_say_a_trace_would_tell_more() {
    let env = TestEnv::new();
    let log = "[Aug  6 10:15:23] VERBOSE[12345][C-00000003] chan_sip.c: Got SIP response 486 \"Busy Here\" back from 203.0.113.5:5060\n\
               2026-03-01 10:00:00.000 recv SIP/2.0 480 No money left\n";
    std::fs::write(env.dir.path().join("pbx.log"), log).unwrap();
    let r = scan_json(&env, "pbx.log");
    assert_eq!(r["calls"].as_array().unwrap().len(), 0);
    assert!(
        r["calls_note"]
            .as_str()
            .unwrap()
            .contains("a packet capture gives per-call detail")
    );
    let out = scan(&env, "pbx.log", &["--lang", "ru"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("даст полная трассировка"), "{text}");
}

/// The PBX's own view of `wire` as sofia-sip's transport log prints it (FreeSWITCH `sofia
/// global siptrace`; `tport_logging.c` `tport_stamp` and `tport_log_msg` of
/// freeswitch/sofia-sip): `send|recv N bytes to|from udp/[ip]:port at HH:MM:SS.µs:`, a row of
/// 72 dashes, the message.
fn sofia(wire: &[Wire]) -> String {
    let mut out = String::new();
    for m in wire.iter().filter(|m| m.src == PBX || m.dst == PBX) {
        let micros = (m.at * 1_000_000.0).round() as u64;
        let (s, us) = (micros / 1_000_000, micros % 1_000_000);
        let (verb, dir, peer) = if m.src == PBX {
            ("send", "to", m.dst)
        } else {
            ("recv", "from", m.src)
        };
        let (ip, port) = peer.split_once(':').unwrap();
        out.push_str(&format!(
            "{verb} {} bytes {dir} udp/[{ip}]:{port} at 10:{:02}:{:02}.{us:06}:\n{}\n{}\n",
            m.text.len(),
            s / 60,
            s % 60,
            "-".repeat(72),
            m.text.replace("\r\n", "\n")
        ));
    }
    out
}

/// The same as Asterisk's `pjsip set logger` writes it to a log file (`res_pjsip_logger.c`
/// `logging_on_rx_msg`/`logging_on_tx_msg` under the default `[%b %e %T] VERBOSE[lwp]` file
/// prefix of `main/logger.c`): whole seconds only.
fn asterisk(wire: &[Wire]) -> String {
    let mut out = String::new();
    for m in wire.iter().filter(|m| m.src == PBX || m.dst == PBX) {
        let s = m.at as u64;
        let what = if m.text.starts_with("SIP/2.0") {
            "response"
        } else {
            "request"
        };
        let line = if m.src == PBX {
            format!(
                "<--- Transmitting SIP {what} ({} bytes) to UDP:{} --->",
                m.text.len(),
                m.dst
            )
        } else {
            format!(
                "<--- Received SIP {what} ({} bytes) from UDP:{} --->",
                m.text.len(),
                m.src
            )
        };
        out.push_str(&format!(
            "[Mar  1 10:{:02}:{:02}] VERBOSE[4242] res_pjsip_logger.c: {line}\n{}\n",
            s / 60,
            s % 60,
            m.text
        ));
    }
    out
}

#[test]
fn sofia_and_asterisk_traces_with_times_of_their_own() {
    let env = TestEnv::new();
    let wire: Vec<Wire> = traffic()
        .into_iter()
        .filter(|m| {
            m.text.contains("Call-ID: fail-503@pbx") || m.text.contains("Call-ID: cancel@pbx")
        })
        .collect();
    std::fs::write(env.dir.path().join("fs.log"), sofia(&wire)).unwrap();
    std::fs::write(env.dir.path().join("ast.log"), asterisk(&wire)).unwrap();
    let r = scan_json(&env, "fs.log");
    let c = call(&r, "fail-503@pbx");
    assert_eq!(c["start"], "10:00:10.000000", "a time of day only");
    assert_eq!(timing(c), [Some(100), Some(1000), Some(3100), None]);
    assert_eq!(c["messages"][0]["dst"], TRUNK1);
    assert_eq!(c["messages"][3]["src"], TRUNK1);
    assert_eq!(
        c["final_response"]["reason"][0],
        "Q.850;cause=41;text=\"Normal, temporary failure\""
    );
    assert_eq!(
        text_of(c, "failed"),
        "Failed: 503 Service Unavailable came 3.1 s after the INVITE, after ringing; sent by CarrierSBC 2.1 (203.0.113.10:5060)."
    );
    assert_eq!(call(&r, "cancel@pbx")["outcome"]["kind"], "cancelled");
    let r = scan_json(&env, "ast.log");
    let c = call(&r, "fail-503@pbx");
    assert_eq!(
        c["start"], "--03-01T10:00:10.000000",
        "no year in Asterisk's default date"
    );
    assert_eq!(
        timing(c),
        [Some(0), Some(1000), Some(3000), None],
        "whole seconds"
    );
    assert_eq!(c["messages"][3]["src"], TRUNK1);
    assert_eq!(findings(c), f(&[("failed", "operator", 3)]));
    let c = call(&r, "cancel@pbx");
    assert_eq!(c["outcome"]["kind"], "cancelled");
    assert_eq!(
        text_of(c, "cancelled"),
        "Cancelled by the caller 8.0 s after the INVITE, while it was ringing."
    );
}
