//! What an SDP offer or answer holds (RFC 4566): connection addresses, media lines, their
//! codecs and whether they ask for SRTP (RFC 4568 `a=crypto`, or a `SAVP` profile).

use std::net::IpAddr;

/// One `m=` line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Media {
    /// `audio`, `video`…
    pub kind: String,
    /// The port; 0 rejects the stream (RFC 3264 §6).
    pub port: u32,
    /// The transport profile (`RTP/AVP`, `RTP/SAVP`, `UDP/TLS/RTP/SAVPF`).
    pub proto: String,
    /// Codec names in the order offered (`PCMA`, `opus`, `telephone-event`).
    pub codecs: Vec<String>,
    /// `a=crypto` lines or a secure profile: SRTP.
    pub secure: bool,
}

/// A session description, reduced to what a media finding needs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Sdp {
    /// Every `c=` address (session and media level).
    pub addrs: Vec<String>,
    /// The `m=` lines.
    pub media: Vec<Media>,
}

/// Static payload types (RFC 3551 §6, table 4 and 5): the name a type number stands for when
/// no `a=rtpmap` says.
fn static_codec(pt: &str) -> Option<&'static str> {
    Some(match pt {
        "0" => "PCMU",
        "3" => "GSM",
        "4" => "G723",
        "5" | "6" | "16" | "17" => "DVI4",
        "7" => "LPC",
        "8" => "PCMA",
        "9" => "G722",
        "10" | "11" => "L16",
        "12" => "QCELP",
        "13" => "CN",
        "14" => "MPA",
        "15" => "G728",
        "18" => "G729",
        "25" => "CelB",
        "26" => "JPEG",
        "28" => "nv",
        "31" => "H261",
        "32" => "MPV",
        "33" => "MP2T",
        "34" => "H263",
        _ => return None,
    })
}

impl Sdp {
    /// Reads an SDP body; `None` when it has no `v=` or `m=` line (not SDP).
    pub fn parse(body: &[u8]) -> Option<Sdp> {
        let text = String::from_utf8_lossy(body);
        let mut sdp = Sdp::default();
        // Per m= line: its payload types and, once read, their rtpmap names.
        let mut types: Vec<Vec<(String, Option<String>)>> = Vec::new();
        let mut seen_sdp = false;
        for line in text.lines() {
            let line = line.trim();
            let Some((kind, value)) = line.split_once('=') else {
                continue;
            };
            match kind {
                "v" => seen_sdp = true,
                "c" => {
                    // c=IN IP4 203.0.113.5[/ttl]
                    if let Some(addr) = value.split_whitespace().nth(2) {
                        let addr = addr.split('/').next().unwrap_or(addr).to_string();
                        if !sdp.addrs.contains(&addr) {
                            sdp.addrs.push(addr);
                        }
                    }
                }
                "m" => {
                    seen_sdp = true;
                    let mut f = value.split_whitespace();
                    let kind = f.next().unwrap_or_default().to_string();
                    let port = f
                        .next()
                        .and_then(|p| p.split('/').next()?.parse().ok())
                        .unwrap_or(0);
                    let proto = f.next().unwrap_or_default().to_string();
                    let secure = proto.to_ascii_uppercase().contains("SAVP");
                    types.push(f.map(|t| (t.to_string(), None)).collect());
                    sdp.media.push(Media {
                        kind,
                        port,
                        proto,
                        codecs: Vec::new(),
                        secure,
                    });
                }
                "a" => {
                    let Some(m) = sdp.media.last_mut() else {
                        continue;
                    };
                    if let Some(map) = value.strip_prefix("rtpmap:") {
                        let mut f = map.split_whitespace();
                        let (Some(pt), Some(enc)) = (f.next(), f.next()) else {
                            continue;
                        };
                        let name = enc.split('/').next().unwrap_or(enc).to_string();
                        if let Some(t) = types
                            .last_mut()
                            .and_then(|t| t.iter_mut().find(|t| t.0 == pt))
                        {
                            t.1 = Some(name);
                        }
                    } else if value.starts_with("crypto:") {
                        m.secure = true;
                    }
                }
                _ => {}
            }
        }
        if !seen_sdp {
            return None;
        }
        for (m, types) in sdp.media.iter_mut().zip(types) {
            m.codecs = types
                .into_iter()
                .map(|(pt, name)| {
                    name.or_else(|| static_codec(&pt).map(str::to_string))
                        .unwrap_or(pt)
                })
                .collect();
        }
        Some(sdp)
    }

    /// The codecs of the first audio stream (or the first stream), as offered.
    pub fn audio(&self) -> Option<&Media> {
        self.media
            .iter()
            .find(|m| m.kind.eq_ignore_ascii_case("audio"))
            .or(self.media.first())
    }

    /// A one-line summary for a ladder: `PCMA PCMU telephone-event` plus ` SRTP`.
    pub fn summary(&self) -> String {
        let Some(m) = self.audio() else {
            return String::new();
        };
        let mut s = m.codecs.join(" ");
        if m.port == 0 {
            s.push_str(" port=0");
        }
        if m.secure {
            s.push_str(" SRTP");
        }
        s
    }

    /// The private (RFC 1918) `c=` address, if any.
    pub fn private_addr(&self) -> Option<&str> {
        self.addrs
            .iter()
            .map(String::as_str)
            .find(|a| is_private(a))
    }
}

/// Codecs that carry voice (not DTMF events or comfort noise, RFC 4733 / RFC 3389), which are
/// what two sides must share for a call to have sound.
pub(crate) fn voice(codecs: &[String]) -> Vec<&str> {
    codecs
        .iter()
        .map(String::as_str)
        .filter(|c| {
            !c.eq_ignore_ascii_case("telephone-event")
                && !c.eq_ignore_ascii_case("CN")
                && !c.eq_ignore_ascii_case("red")
                && !c.eq_ignore_ascii_case("ulpfec")
        })
        .collect()
}

/// Whether `addr` is an RFC 1918 private IPv4 address (10/8, 172.16/12, 192.168/16).
pub(crate) fn is_private(addr: &str) -> bool {
    match addr.parse::<IpAddr>() {
        Ok(IpAddr::V4(v4)) => v4.is_private(),
        _ => false,
    }
}

/// Whether `addr` (an IP, or `ip:port`) is a public address: not private, loopback,
/// link-local, shared (RFC 6598), documentation-reserved ranges count as public (they stand
/// for public addresses in examples and tests).
pub(crate) fn is_public(addr: &str) -> bool {
    let ip = addr
        .parse::<std::net::SocketAddr>()
        .map(|s| s.ip())
        .or_else(|_| addr.parse::<IpAddr>());
    match ip {
        Ok(IpAddr::V4(v4)) => {
            let shared = v4.octets()[0] == 100 && (v4.octets()[1] & 0xc0) == 64;
            !(v4.is_private()
                || v4.is_loopback()
                || v4.is_link_local()
                || v4.is_unspecified()
                || shared)
        }
        Ok(IpAddr::V6(v6)) => !(v6.is_loopback() || v6.is_unspecified()),
        Err(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codecs_crypto_and_addresses() {
        let sdp = Sdp::parse(
            b"v=0\r\no=- 1 1 IN IP4 192.168.1.20\r\nc=IN IP4 192.168.1.20\r\nt=0 0\r\n\
              m=audio 4000 RTP/SAVP 8 18 101\r\na=rtpmap:101 telephone-event/8000\r\n\
              a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:x\r\n",
        )
        .unwrap();
        let a = sdp.audio().unwrap();
        assert_eq!(a.codecs, ["PCMA", "G729", "telephone-event"]);
        assert!(a.secure);
        assert_eq!(sdp.private_addr(), Some("192.168.1.20"));
        assert_eq!(sdp.summary(), "PCMA G729 telephone-event SRTP");
        assert_eq!(voice(&a.codecs), ["PCMA", "G729"]);
        assert!(is_public("203.0.113.10:5060"));
        assert!(!is_public("10.1.2.3:5060"));
        assert!(!is_public("100.64.191.61"));
        assert!(Sdp::parse(b"hello").is_none());
    }
}
