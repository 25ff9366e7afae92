//! SIP framing on captured payloads: does a datagram or a stream position start a SIP
//! message, and how long is the body a header section announces.

/// Whether bytes at a message boundary begin a SIP message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::scan) enum Start {
    /// A status line (`SIP/2.0 `) or a request line (`METHOD uri SIP/2.0`).
    Sip,
    /// Not SIP.
    NotSip,
    /// Too few bytes to tell (a TCP stream waits for more).
    Unknown,
}

/// The longest request line waited for before a stream is taken as not SIP.
const MAX_START_LINE: usize = 8 << 10;

/// Classifies `p` by its start line: `SIP/2.0 ` (a response), or an uppercase method token, a
/// space, and a first line ending in ` SIP/2.0` (a request; RFC 3261 §7.1).
pub(in crate::scan) fn classify(p: &[u8]) -> Start {
    const RESPONSE: &[u8] = b"SIP/2.0 ";
    if p.len() < RESPONSE.len() && RESPONSE.starts_with(p) {
        return Start::Unknown;
    }
    if p.starts_with(RESPONSE) {
        return Start::Sip;
    }
    let method = p.iter().take_while(|b| b.is_ascii_uppercase()).count();
    if method == p.len() && method < 32 {
        return Start::Unknown;
    }
    if method == 0 || method >= 32 || p[method] != b' ' {
        return Start::NotSip;
    }
    let window = &p[..p.len().min(MAX_START_LINE)];
    match window.windows(2).position(|w| w == b"\r\n") {
        Some(end) if p[..end].ends_with(b" SIP/2.0") => Start::Sip,
        Some(_) => Start::NotSip,
        None if p.len() >= MAX_START_LINE => Start::NotSip,
        None => Start::Unknown,
    }
}

/// `p` without leading CR and LF bytes.
pub(in crate::scan) fn trim_crlf(p: &[u8]) -> &[u8] {
    let lead = p.iter().take_while(|&&b| b == b'\r' || b == b'\n').count();
    &p[lead..]
}

/// The body length a header section announces: `Content-Length` or its compact form `l`
/// (RFC 3261 §7.3.3), names compared case-insensitively (§7.3.1). Absent or not a number: 0;
/// too large for `usize`: `usize::MAX` (so the message is cut, not mis-framed as empty).
pub(in crate::scan) fn content_length(head: &[u8]) -> usize {
    let value = head.split(|&b| b == b'\n').skip(1).find_map(|line| {
        let colon = line.iter().position(|&b| b == b':')?;
        let name = line[..colon].trim_ascii();
        let wanted =
            name.eq_ignore_ascii_case(b"content-length") || name.eq_ignore_ascii_case(b"l");
        wanted.then(|| line[colon + 1..].trim_ascii())
    });
    match value {
        Some(v) if !v.is_empty() && v.iter().all(u8::is_ascii_digit) => std::str::from_utf8(v)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(usize::MAX),
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_length_forms() {
        let cl = |h: &str| content_length(h.as_bytes());
        assert_eq!(cl("SIP/2.0 200 OK\r\nContent-Length: 12\r\n"), 12);
        assert_eq!(cl("SIP/2.0 200 OK\r\ncontent-LENGTH :7\r\n"), 7);
        assert_eq!(cl("SIP/2.0 200 OK\r\nL:\t3\r\n"), 3);
        assert_eq!(cl("SIP/2.0 200 OK\r\nContent-Type: a\r\nLength: 5\r\n"), 0);
        assert_eq!(cl("SIP/2.0 200 OK\r\nContent-Length: x\r\n"), 0);
        assert_eq!(
            cl("SIP/2.0 200 OK\r\nContent-Length: 99999999999999999999999\r\n"),
            usize::MAX
        );
        assert_eq!(cl("Content-Length: 5\r\n"), 0); // the start line is not a header
    }

    #[test]
    fn start_lines() {
        use Start::*;
        let cases: [(&[u8], Start); 10] = [
            (b"SIP/2.0 200 OK\r\n", Sip),
            (b"SIP/2.", Unknown),
            (b"", Unknown),
            (b"REGISTER sip:example.com SIP/2.0\r\n", Sip),
            (b"REGISTER sip:example.com SIP/2.0", Unknown),
            (b"INV", Unknown),
            (b"GET / HTTP/1.1\r\n", NotSip),
            (b"Invite sip:x SIP/2.0\r\n", NotSip),
            (b"\x16\x03\x01", NotSip),
            (b"OPTIONS sip:x SIP/2.0 \r\n", NotSip),
        ];
        for (bytes, want) in cases {
            assert_eq!(
                classify(bytes),
                want,
                "{:?}",
                String::from_utf8_lossy(bytes)
            );
        }
    }
}
