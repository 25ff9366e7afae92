//! A SIP message parsed tolerantly: start line, headers and body (RFC 3261 §7). Real traffic
//! and pasted traces bend the grammar (LF instead of CRLF, folded lines, compact names, odd
//! spacing), so nothing here rejects a message that still names its start line; a header it
//! cannot read is simply absent.

use std::ops::Range;

/// `bytes` as text, invalid UTF-8 replaced: the validation that skips ASCII a word at a time
/// first (almost every trace is ASCII), the character-by-character lossy decoding only when
/// it fails.
pub(crate) fn text(bytes: &[u8]) -> std::borrow::Cow<'_, str> {
    match std::str::from_utf8(bytes) {
        Ok(s) => std::borrow::Cow::Borrowed(s),
        Err(_) => String::from_utf8_lossy(bytes),
    }
}

/// The first line of a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum StartLine {
    /// `METHOD uri SIP/2.0` (RFC 3261 §7.1).
    Request {
        /// The method, as sent (upper case).
        method: String,
        /// The Request-URI.
        uri: String,
    },
    /// `SIP/2.0 code phrase` (§7.2).
    Response {
        /// The status code.
        code: u16,
        /// The reason phrase.
        phrase: String,
    },
}

/// A parsed message: the start line, the header section as text with where each header's
/// name and value are (one allocation, not two per header: a capture has millions of them),
/// and the body.
#[derive(Debug, Clone)]
pub(crate) struct Message {
    pub start: StartLine,
    head: String,
    /// (name, value) as byte ranges of `head`, values trimmed, and the name's number in
    /// [`NAMES`].
    headers: Vec<(Range<usize>, Range<usize>, u8)>,
    pub body: Vec<u8>,
}

/// The full name of a compact header form (RFC 3261 §7.3.3, and the forms later RFCs
/// registered: RFC 3265 `o`/`u`, RFC 3515 `r`, RFC 3892 `b`, RFC 4028 `x`, RFC 3841 `a`/`j`/`d`).
fn full_name(name: &str) -> Option<&'static str> {
    Some(match name {
        "i" => "call-id",
        "m" => "contact",
        "e" => "content-encoding",
        "l" => "content-length",
        "c" => "content-type",
        "f" => "from",
        "s" => "subject",
        "k" => "supported",
        "t" => "to",
        "v" => "via",
        "o" => "event",
        "u" => "allow-events",
        "r" => "refer-to",
        "b" => "referred-by",
        "x" => "session-expires",
        "a" => "accept-contact",
        "j" => "reject-contact",
        "d" => "request-disposition",
        _ => return None,
    })
}

/// The headers looked up by name, numbered: a header's name is compared once, when its message
/// is parsed, instead of at every lookup (a message is looked up a dozen times).
const NAMES: [&str; 16] = [
    "call-id",
    "cseq",
    "from",
    "to",
    "via",
    "contact",
    "content-type",
    "content-length",
    "reason",
    "warning",
    "server",
    "user-agent",
    "authorization",
    "proxy-authorization",
    "www-authenticate",
    "proxy-authenticate",
];
/// The number of a header not in [`NAMES`].
const OTHER: u8 = u8::MAX;

/// The number in [`NAMES`] of a header written `name` (any case, or its compact form).
fn name_id(name: &str) -> u8 {
    let mut buf = [0u8; 24];
    let Some(lower) = buf.get_mut(..name.len()) else {
        return OTHER;
    };
    for (b, c) in lower.iter_mut().zip(name.bytes()) {
        *b = c.to_ascii_lowercase();
    }
    let lower: &[u8] = lower;
    let full = match lower {
        [c] => {
            full_name(std::str::from_utf8(&[*c]).unwrap_or_default()).map_or(lower, str::as_bytes)
        }
        _ => lower,
    };
    NAMES
        .iter()
        .position(|n| n.as_bytes() == full)
        .map_or(OTHER, |i| i as u8)
}

/// The number in [`NAMES`] of a full lower-case name looked up.
fn wanted_id(name: &str) -> Option<u8> {
    NAMES.iter().position(|n| *n == name).map(|i| i as u8)
}

/// Whether a header written `name` is header `wanted` (full lower-case name): names compare
/// case-insensitively (RFC 3261 §7.3.1), a compact form stands for its full name.
fn is_named(name: &str, wanted: &str) -> bool {
    name.eq_ignore_ascii_case(wanted)
        || (name.len() == 1
            && full_name(&name.to_ascii_lowercase()).is_some_and(|full| full == wanted))
}

/// Whether `name` can be a header name: a letter, then letters, digits, `-` or `_`. Real
/// header names never hold a dot, and requiring none keeps log lines such as
/// `sip-0.6.3.min.js:36 …` or `12:17:17 …` from being read as headers.
pub(crate) fn is_header_name(name: &[u8]) -> bool {
    name.first().is_some_and(u8::is_ascii_alphabetic)
        && name
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || *b == b'-' || *b == b'_')
}

/// Reads a start line (already without its line ending); `None` when it is neither.
pub(crate) fn start_line(line: &str) -> Option<StartLine> {
    let line = line.trim();
    if let Some(rest) = strip_prefix_ci(line, "SIP/2.0 ") {
        let rest = rest.trim_start();
        let code: u16 = rest.get(..3)?.parse().ok()?;
        if !(100..=699).contains(&code) || rest.as_bytes().get(3).is_some_and(u8::is_ascii_digit) {
            return None;
        }
        return Some(StartLine::Response {
            code,
            phrase: rest[3..].trim().to_string(),
        });
    }
    let (method, rest) = line.split_once(' ')?;
    let (uri, version) = rest.trim().rsplit_once(' ')?;
    let method_ok = !method.is_empty()
        && method.len() < 32
        && method.bytes().all(|b| b.is_ascii_uppercase() || b == b'-');
    (method_ok && version.eq_ignore_ascii_case("SIP/2.0") && !uri.trim().is_empty()).then(|| {
        StartLine::Request {
            method: method.to_string(),
            uri: uri.trim().to_string(),
        }
    })
}

fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

impl Message {
    /// Parses `bytes`: a start line, header lines up to an empty line (CRLF or LF; a line
    /// starting with a space or tab continues the previous header, RFC 3261 §7.3.1), then
    /// the body (cut to `Content-Length` when that is shorter).
    pub fn parse(bytes: &[u8]) -> Option<Message> {
        let (head, body) = match memchr::memmem::find(bytes, b"\r\n\r\n") {
            Some(i) => (&bytes[..i], &bytes[i + 4..]),
            None => match memchr::memmem::find(bytes, b"\n\n") {
                Some(i) => (&bytes[..i], &bytes[i + 2..]),
                None => (bytes, &[][..]),
            },
        };
        let mut head = text(head).into_owned();
        // Folded lines are unfolded first (rare), so every value is one range.
        if head.contains("\n ") || head.contains("\n\t") {
            head = unfold(&head);
        }
        let mut lines = head.split('\n');
        let mut at = 0;
        let start = loop {
            let line = lines.next()?;
            at += line.len() + 1;
            if !line.trim().is_empty() {
                break start_line(line.trim_end_matches('\r'))?;
            }
        };
        let mut headers = Vec::with_capacity(16);
        for line in lines {
            let from = at;
            at += line.len() + 1;
            let Some(colon) = memchr::memchr(b':', line.as_bytes()) else {
                continue;
            };
            let name = line[..colon].trim_ascii();
            if !is_header_name(name.as_bytes()) {
                continue;
            }
            let value = line[colon + 1..].trim_ascii();
            let name_at = from + (name.as_ptr() as usize - line.as_ptr() as usize);
            let value_at = from + (value.as_ptr() as usize - line.as_ptr() as usize);
            headers.push((
                name_at..name_at + name.len(),
                value_at..value_at + value.len(),
                name_id(name),
            ));
        }
        let mut m = Message {
            start,
            head,
            headers,
            body: Vec::new(),
        };
        let len = m
            .header("content-length")
            .and_then(|v| v.trim().parse::<usize>().ok())
            .unwrap_or(body.len());
        m.body = body[..len.min(body.len())].to_vec();
        Some(m)
    }

    /// The first value of header `name` (full lower-case name).
    pub fn header(&self, name: &str) -> Option<&str> {
        let id = wanted_id(name);
        self.headers
            .iter()
            .find(|h| self.is(h, id, name))
            .map(|(_, v, _)| &self.head[v.clone()])
    }

    /// Every line of header `name`, in order.
    pub fn header_lines<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        let id = wanted_id(name);
        self.headers
            .iter()
            .filter(move |h| self.is(h, id, name))
            .map(|(_, v, _)| &self.head[v.clone()])
    }

    /// Whether header entry `h` is header `name` (numbered `id` in [`NAMES`] when it is there).
    fn is(&self, h: &(Range<usize>, Range<usize>, u8), id: Option<u8>, name: &str) -> bool {
        match id {
            Some(id) => h.2 == id,
            None => is_named(&self.head[h.0.clone()], name),
        }
    }

    /// Every value of header `name`: its lines split at commas outside quotes and angle
    /// brackets (RFC 3261 §7.3.1: a multi-valued header may be one line or several).
    pub fn values<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.header_lines(name).flat_map(split_values)
    }

    /// The method, for a request.
    pub fn method(&self) -> Option<&str> {
        match &self.start {
            StartLine::Request { method, .. } => Some(method),
            StartLine::Response { .. } => None,
        }
    }

    /// The status code, for a response.
    pub fn code(&self) -> Option<u16> {
        match self.start {
            StartLine::Response { code, .. } => Some(code),
            StartLine::Request { .. } => None,
        }
    }

    /// `CSeq:` as (number, method).
    pub fn cseq(&self) -> Option<(u32, String)> {
        let v = self.header("cseq")?;
        let mut parts = v.split_whitespace();
        let n = parts.next()?.parse().ok()?;
        Some((n, parts.next()?.to_ascii_uppercase()))
    }

    /// The top `Via:`'s `branch` parameter.
    pub fn branch(&self) -> Option<String> {
        let via = self.values("via").next()?;
        param(via, "branch").map(str::to_string)
    }

    /// The `tag` parameter of `From:` or `To:`.
    pub fn tag(&self, header: &str) -> Option<String> {
        let v = self.header(header)?;
        let params = match v.rfind('>') {
            Some(i) => &v[i + 1..],
            None => v,
        };
        param(params, "tag").map(str::to_string)
    }
}

/// A header section with its folded lines joined to the line they continue (RFC 3261
/// §7.3.1: a line starting with whitespace continues the previous one).
fn unfold(head: &str) -> String {
    let mut out = String::with_capacity(head.len());
    for line in head.split('\n') {
        let line = line.trim_end_matches('\r');
        if line.starts_with([' ', '\t']) && !out.is_empty() {
            out.push(' ');
            out.push_str(line.trim());
        } else {
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(line);
        }
    }
    out
}

/// Splits a header line at commas outside quotes and `<…>`.
fn split_values(line: &str) -> impl Iterator<Item = &str> {
    // Lazy: most callers want the first value or a count, not a list.
    let bytes = line.as_bytes();
    let (mut quoted, mut angle, mut from) = (false, false, 0);
    let mut i = 0;
    std::iter::from_fn(move || {
        while from <= bytes.len() {
            let mut end = None;
            while i < bytes.len() {
                let b = bytes[i];
                match b {
                    b'"' if i == 0 || bytes[i - 1] != b'\\' => quoted = !quoted,
                    b'<' if !quoted => angle = true,
                    b'>' if !quoted => angle = false,
                    b',' if !quoted && !angle => {
                        end = Some(i);
                        i += 1;
                        break;
                    }
                    _ => {}
                }
                i += 1;
            }
            let to = end.unwrap_or(bytes.len());
            let value = line[from..to].trim();
            from = if end.is_some() { i } else { bytes.len() + 1 };
            if !value.is_empty() {
                return Some(value);
            }
        }
        None
    })
}

/// A `;name=value` parameter of a header value (names compared case-insensitively).
pub(crate) fn param<'a>(value: &'a str, name: &str) -> Option<&'a str> {
    value.split(';').skip(1).find_map(|p| {
        let (n, v) = p.split_once('=').unwrap_or((p, ""));
        n.trim()
            .eq_ignore_ascii_case(name)
            .then(|| v.trim().trim_matches('"'))
    })
}

/// The URI of a name-addr or addr-spec (`"A" <sip:a@b>;tag=x` → `sip:a@b`).
pub(crate) fn uri(value: &str) -> &str {
    if let (Some(l), Some(r)) = (value.find('<'), value.rfind('>'))
        && l < r
    {
        return value[l + 1..r].trim();
    }
    value.split(';').next().unwrap_or(value).trim()
}

/// A URI's user part (`sip:+4144@host;user=phone` → `+4144`; `tel:+4144` → `+4144`); the
/// URI itself when it has none.
pub(crate) fn user(uri: &str) -> &str {
    let rest = uri.split_once(':').map_or(uri, |(_, r)| r);
    match rest.find('@') {
        Some(i) => rest[..i].split(';').next().unwrap_or(""),
        None if uri.starts_with("tel:") => rest.split(';').next().unwrap_or(rest),
        None => uri,
    }
}

/// A URI's host (`sip:a@198.51.100.2:5060;transport=udp` → `198.51.100.2`; `[2001:db8::1]`
/// without brackets).
pub(crate) fn host(uri: &str) -> &str {
    let rest = uri.split_once(':').map_or(uri, |(_, r)| r);
    let rest = rest.rsplit_once('@').map_or(rest, |(_, r)| r);
    let rest = rest.split([';', '?', '>']).next().unwrap_or(rest);
    if let Some(v6) = rest.strip_prefix('[') {
        return v6.split(']').next().unwrap_or(v6);
    }
    rest.split(':').next().unwrap_or(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compact_folded_multi_valued() {
        let m = Message::parse(
            b"SIP/2.0 180 Ringing\nv: SIP/2.0/UDP a;branch=z9hG4bK1, SIP/2.0/UDP b;branch=z9\n\
              i: abc\nf: \"A, B\" <sip:100@x>;tag=f1\nt: <sip:200@y>\n ;tag=t1\n\
              CSeq: 7 invite\nl: 4\n\nv=0\nextra",
        )
        .unwrap();
        assert_eq!(m.code(), Some(180));
        assert_eq!(m.header("call-id"), Some("abc"));
        assert_eq!(
            m.values("via").collect::<Vec<_>>(),
            ["SIP/2.0/UDP a;branch=z9hG4bK1", "SIP/2.0/UDP b;branch=z9"]
        );
        assert_eq!(m.values("from").count(), 1, "a comma inside quotes");
        assert_eq!(m.branch().as_deref(), Some("z9hG4bK1"));
        assert_eq!(m.tag("from").as_deref(), Some("f1"));
        assert_eq!(m.tag("to").as_deref(), Some("t1"), "folded line");
        assert_eq!(m.cseq(), Some((7, "INVITE".into())));
        assert_eq!(m.body, b"v=0\n");
        assert_eq!(user(uri(m.header("from").unwrap())), "100");
    }

    #[test]
    fn values_split_at_commas_outside_quotes_and_angle_brackets() {
        let split = |l| split_values(l).collect::<Vec<_>>();
        assert_eq!(split(""), Vec::<&str>::new());
        assert_eq!(split(" , ,"), Vec::<&str>::new());
        assert_eq!(split("a, b ,c,"), ["a", "b", "c"]);
        assert_eq!(
            split("\"x, \\\"y\" <sip:a@b;p=1,2>, <sip:c@d>"),
            ["\"x, \\\"y\" <sip:a@b;p=1,2>", "<sip:c@d>"]
        );
    }

    #[test]
    fn start_lines_and_uris() {
        assert!(start_line("INVITE sip:1@x SIP/2.0").is_some());
        assert!(start_line("sip/2.0 486 Busy Here").is_some());
        assert!(start_line("SIP/2.0 4860 x").is_none());
        assert!(start_line("GET / HTTP/1.1").is_none());
        assert!(start_line("Invite sip:x SIP/2.0").is_none());
        assert_eq!(host("sip:a@[2001:db8::1]:5060"), "2001:db8::1");
        assert_eq!(host("<sip:10.0.0.5:5060;transport=udp>"), "10.0.0.5");
        assert_eq!(user("tel:+4144;phone-context=x"), "+4144");
        assert!(!is_header_name(b"sip-0.6.3.min.js"));
    }
}
