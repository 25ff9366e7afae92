//! The messages of the calls test and the forms they are written in: a pcap capture, an
//! sngrep text export, a sofia-sip siptrace and an Asterisk pjsip logger trace.

use etherparse::PacketBuilder;
use pcap_file::pcap::{PcapHeader, PcapPacket, PcapWriter};
use pcap_file::{DataLink, TsResolution};
use std::time::Duration;

pub const T0: u64 = 1_772_359_200; // 2026-03-01T10:00:00Z
pub const PBX: &str = "198.51.100.2:5060";
pub const TRUNK1: &str = "203.0.113.10:5060";
pub const TRUNK2: &str = "203.0.113.20:5060";
pub const PHONE: &str = "198.51.100.77:5060";
pub const REGISTRAR: &str = "203.0.113.30:5060";
pub const NATTED: &str = "198.51.100.99:5060";

/// One message on the wire: when (seconds after T0), from where, to where, what.
pub struct Wire {
    pub at: f64,
    pub src: &'static str,
    pub dst: &'static str,
    pub text: String,
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
pub fn traffic() -> Vec<Wire> {
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

pub fn capture(wire: &[Wire]) -> Vec<u8> {
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
pub fn sngrep(wire: &[Wire]) -> String {
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

/// The PBX's own view of `wire` as sofia-sip's transport log prints it (FreeSWITCH `sofia
/// global siptrace`; `tport_logging.c` `tport_stamp` and `tport_log_msg` of
/// freeswitch/sofia-sip): `send|recv N bytes to|from udp/[ip]:port at HH:MM:SS.µs:`, a row of
/// 72 dashes, the message.
pub fn sofia(wire: &[Wire]) -> String {
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
pub fn asterisk(wire: &[Wire]) -> String {
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

pub const PROXY: &str = "198.51.100.5:5060";
pub const GW1: &str = "203.0.113.41:5060";
pub const GW2: &str = "203.0.113.42:5060";

/// Calls for the findings the first capture does not show: a failure signalled in a 183, a
/// credentialed INVITE refused with 403, a REGISTER that resends stale credentials, a
/// re-INVITE asking for SRTP refused, an offer refused with 606 and no answer, and a proxy
/// failing over from one gateway to another inside one Call-ID.
pub fn more_traffic() -> Vec<Wire> {
    let mut all = Vec::new();
    let ct = "Content-Type: application/sdp\r\n";
    // 183 with a busy cause; the caller gives up.
    let mut d = Dialog::new("early@pbx", "2001", "+41445550201");
    d.req(0.0, PBX, TRUNK1, "INVITE", 1, "e1", None, "", "");
    d.resp(
        0.1,
        TRUNK1,
        PBX,
        "100 Trying",
        "1 INVITE",
        "e1",
        None,
        "",
        "",
    );
    let reason = "Reason: Q.850;cause=17;text=\"User busy\"\r\n";
    let early = format!("{reason}{ct}");
    d.resp(
        0.9,
        TRUNK1,
        PBX,
        "183 Session Progress",
        "1 INVITE",
        "e1",
        Some("te"),
        &early,
        &sdp("203.0.113.10", "8", ""),
    );
    d.req(6.0, PBX, TRUNK1, "CANCEL", 1, "e1", None, "", "");
    d.resp(
        6.05,
        TRUNK1,
        PBX,
        "200 OK",
        "1 CANCEL",
        "e1",
        Some("te"),
        "",
        "",
    );
    d.resp(
        6.06,
        TRUNK1,
        PBX,
        "487 Request Terminated",
        "1 INVITE",
        "e1",
        Some("te"),
        "",
        "",
    );
    d.req(6.1, PBX, TRUNK1, "ACK", 1, "e1", Some("te"), "", "");
    all.push(d);
    // Credentials refused with 403.
    let mut d = Dialog::new("forbidden@pbx", "2002", "+41445550202");
    d.req(1.0, PBX, TRUNK1, "INVITE", 1, "k1", None, "", "");
    d.resp(
        1.05,
        TRUNK1,
        PBX,
        "401 Unauthorized",
        "1 INVITE",
        "k1",
        Some("tk"),
        "WWW-Authenticate: Digest realm=\"carrier.example\", nonce=\"k-1\"\r\n",
        "",
    );
    d.req(1.1, PBX, TRUNK1, "ACK", 1, "k1", Some("tk"), "", "");
    d.req(1.2, PBX, TRUNK1, "INVITE", 2, "k2", None,
        "Authorization: Digest username=\"2002\", realm=\"carrier.example\", nonce=\"k-1\", uri=\"sip:+41445550202@203.0.113.10\", response=\"5e2c1bd0e1f1a2b3c4d5e6f7a8b9c0d1\"\r\n", "");
    d.resp(
        1.3,
        TRUNK1,
        PBX,
        "403 Forbidden",
        "2 INVITE",
        "k2",
        Some("tk2"),
        "",
        "",
    );
    d.req(1.35, PBX, TRUNK1, "ACK", 2, "k2", Some("tk2"), "", "");
    all.push(d);
    // A REGISTER that sends the credentials of the first nonce again after a new one.
    let mut d = Dialog::new("stale@phone", "2003", "2003");
    let creds = "Authorization: Digest username=\"2003\", realm=\"registrar.example\", nonce=\"A\", uri=\"sip:registrar.example\", response=\"11111111111111111111111111111111\"\r\n";
    let ch = |n: &str| {
        format!("WWW-Authenticate: Digest realm=\"registrar.example\", nonce=\"{n}\"\r\n")
    };
    d.req(2.0, PHONE, REGISTRAR, "REGISTER", 1, "s1", None, "", "");
    d.resp(
        2.05,
        REGISTRAR,
        PHONE,
        "401 Unauthorized",
        "1 REGISTER",
        "s1",
        Some("r"),
        &ch("A"),
        "",
    );
    d.req(2.1, PHONE, REGISTRAR, "REGISTER", 2, "s2", None, creds, "");
    d.resp(
        2.15,
        REGISTRAR,
        PHONE,
        "401 Unauthorized",
        "2 REGISTER",
        "s2",
        Some("r"),
        &ch("B"),
        "",
    );
    d.req(2.2, PHONE, REGISTRAR, "REGISTER", 3, "s3", None, creds, "");
    d.resp(
        2.25,
        REGISTRAR,
        PHONE,
        "401 Unauthorized",
        "3 REGISTER",
        "s3",
        Some("r"),
        &ch("C"),
        "",
    );
    all.push(d);
    // Answered; then a re-INVITE asking for SRTP is refused with plain RTP in its answer.
    let mut d = Dialog::new("srtp@pbx", "2004", "+41445550204");
    d.req(
        3.0,
        PBX,
        TRUNK1,
        "INVITE",
        1,
        "v1",
        None,
        ct,
        &sdp("198.51.100.2", "8", ""),
    );
    d.resp(
        3.5,
        TRUNK1,
        PBX,
        "200 OK",
        "1 INVITE",
        "v1",
        Some("tv"),
        ct,
        &sdp("203.0.113.10", "8", ""),
    );
    d.req(3.55, PBX, TRUNK1, "ACK", 1, "v2", Some("tv"), "", "");
    let secure = "v=0\r\no=- 1 2 IN IP4 198.51.100.2\r\ns=-\r\nc=IN IP4 198.51.100.2\r\nt=0 0\r\n\
                  m=audio 4000 RTP/SAVP 8\r\na=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:WVNfX19zZW1jdGwgKCkgewkyMjA7fQp9CnVubGVz\r\n";
    d.req(10.0, PBX, TRUNK1, "INVITE", 2, "v3", Some("tv"), ct, secure);
    d.resp(
        10.2,
        TRUNK1,
        PBX,
        "488 Not Acceptable Here",
        "2 INVITE",
        "v3",
        Some("tv"),
        ct,
        &sdp("203.0.113.10", "8", ""),
    );
    d.req(10.25, PBX, TRUNK1, "ACK", 2, "v3", Some("tv"), "", "");
    d.req(20.0, PBX, TRUNK1, "BYE", 3, "v4", Some("tv"), "", "");
    d.resp(
        20.05,
        TRUNK1,
        PBX,
        "200 OK",
        "3 BYE",
        "v4",
        Some("tv"),
        "",
        "",
    );
    all.push(d);
    // An offer refused with 606 and no SDP answer.
    let mut d = Dialog::new("refused@pbx", "2005", "+41445550205");
    d.req(
        4.0,
        PBX,
        TRUNK1,
        "INVITE",
        1,
        "x1",
        None,
        ct,
        &sdp("198.51.100.2", "0", ""),
    );
    d.resp(
        4.3,
        TRUNK1,
        PBX,
        "606 Not Acceptable",
        "1 INVITE",
        "x1",
        Some("tx"),
        "",
        "",
    );
    d.req(4.35, PBX, TRUNK1, "ACK", 1, "x1", Some("tx"), "", "");
    all.push(d);
    // Seen at a proxy: the caller's INVITE, the proxy's attempt on a gateway that answers
    // 503, then on a second gateway that answers.
    let mut d = Dialog::new("failover@pbx", "2006", "+41445550206");
    d.req(5.0, PBX, PROXY, "INVITE", 1, "p1", None, "", "");
    d.req(5.01, PROXY, GW1, "INVITE", 1, "q1", None, "", "");
    d.resp(
        5.2,
        GW1,
        PROXY,
        "503 Service Unavailable",
        "1 INVITE",
        "q1",
        Some("g1"),
        "",
        "",
    );
    d.req(5.21, PROXY, GW1, "ACK", 1, "q1", Some("g1"), "", "");
    d.req(5.22, PROXY, GW2, "INVITE", 1, "q2", None, "", "");
    d.resp(
        5.5,
        GW2,
        PROXY,
        "180 Ringing",
        "1 INVITE",
        "q2",
        Some("g2"),
        "",
        "",
    );
    d.resp(
        5.51,
        PROXY,
        PBX,
        "180 Ringing",
        "1 INVITE",
        "p1",
        Some("g2"),
        "",
        "",
    );
    d.resp(
        7.0,
        GW2,
        PROXY,
        "200 OK",
        "1 INVITE",
        "q2",
        Some("g2"),
        "",
        "",
    );
    d.resp(
        7.01,
        PROXY,
        PBX,
        "200 OK",
        "1 INVITE",
        "p1",
        Some("g2"),
        "",
        "",
    );
    d.req(7.05, PBX, PROXY, "ACK", 1, "p2", Some("g2"), "", "");
    d.req(9.0, PBX, PROXY, "BYE", 2, "p3", Some("g2"), "", "");
    d.resp(
        9.05,
        PROXY,
        PBX,
        "200 OK",
        "2 BYE",
        "p3",
        Some("g2"),
        "",
        "",
    );
    all.push(d);
    let mut wire: Vec<Wire> = all.into_iter().flat_map(|d| d.msgs).collect();
    wire.sort_by(|a, b| a.at.total_cmp(&b.at));
    wire
}
