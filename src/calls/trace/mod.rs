//! Whole SIP messages out of text traces, in the same single pass as the log scan: sngrep and
//! Homer text exports, sofia-sip `recv N bytes from …` dumps (FreeSWITCH `siptrace`, drachtio),
//! Asterisk `pjsip set logger` and chan_sip debug, pjsip `RX/TX … bytes` dumps, belle-sip,
//! JsSIP and SIP.js transport logs, Kamailio/OpenSIPS debug dumps, and messages pasted raw,
//! indented, or with the same log prefix on every line; CRLF or LF.
//!
//! A message starts at a start line (RFC 3261 §7.1) anywhere on a line; what stands before it
//! is the line's prefix, and the following lines belong to the message while they carry the
//! same prefix (digits may differ: a timestamp on every line) and read as headers, then the
//! body up to `Content-Length`. The time and addresses come from the trace's own header line
//! just before the message (see `addresses`), else from the start line's prefix.

mod header_line;

use super::dialog::Seen;
use super::message::{is_header_name, start_line, text};
use super::stamp::{Form, Stamp};
use super::tracker::Messages;
use memchr::memmem;
use std::collections::VecDeque;
use std::sync::{Arc, LazyLock};

/// The longest line kept whole; a longer one is cut (a message is never this wide).
const MAX_LINE: usize = 64 << 10;
/// The largest message framed; a longer one is cut there.
const MAX_MESSAGE: usize = 256 << 10;
/// How many lines before a start line a trace's header line may be (blank and separator lines
/// between: JsSIP prints a blank line, sofia-sip a row of dashes).
const META_REACH: u64 = 3;
const DAY_NS: i64 = 86_400_000_000_000;

/// Time and addresses a trace printed for the next message.
#[derive(Debug, Clone, Default)]
struct Meta {
    time: Option<Stamp>,
    src: Option<Arc<str>>,
    dst: Option<Arc<str>>,
}

/// A message being framed.
struct Building {
    text: Vec<u8>,
    prefix: Vec<u8>,
    /// The start line's line number.
    at: u64,
    /// The lines before it that may be a trace's header line for it.
    recent: VecDeque<(u64, Vec<u8>)>,
    in_body: bool,
    content_length: usize,
    body_len: usize,
    sdp: bool,
    /// Every line followed by an empty one, as some pastes are.
    double: bool,
    blanks: u32,
    lines: u32,
}

/// Frames SIP messages out of text fed block by block.
pub(crate) struct Framer {
    file: Arc<str>,
    partial: Vec<u8>,
    line: u64,
    /// The last non-blank lines outside a message (at most [`META_REACH`]), kept raw: a
    /// trace's header line is parsed for a time and addresses only when a start line follows
    /// it. Parsing every line of a log that way was two thirds of a scan's time.
    recent: VecDeque<(u64, Vec<u8>)>,
    msg: Option<Building>,
    last_tod: i64,
    day: i64,
    /// The text buffer of the last message emitted, for the next.
    spare_text: Vec<u8>,
    /// The addresses of the last message, shared with the next when they are the same.
    last_src: Option<Arc<str>>,
    last_dst: Option<Arc<str>>,
}

impl Framer {
    /// A framer for the input named `file`.
    pub fn new(file: Arc<str>) -> Framer {
        Framer {
            file,
            partial: Vec::new(),
            line: 0,
            recent: VecDeque::with_capacity(META_REACH as usize),
            msg: None,
            last_tod: 0,
            day: 0,
            spare_text: Vec::new(),
            last_src: None,
            last_dst: None,
        }
    }

    /// Takes the next bytes of the input.
    pub fn feed(&mut self, mut block: &[u8], calls: &mut dyn Messages) {
        while !block.is_empty() {
            if self.msg.is_none() && self.partial.is_empty() {
                // Outside a message, only a line naming `SIP/2.0` can start one: the lines
                // before it are skipped in one search (most lines of a console log), keeping
                // their count and the last few for a trace's header line.
                let to = match next_version(block) {
                    Some(p) => memchr::memrchr(b'\n', &block[..p]).map_or(0, |i| i + 1),
                    None => memchr::memrchr(b'\n', block).map_or(0, |i| i + 1),
                };
                if to > 0 {
                    self.skip(&block[..to]);
                    block = &block[to..];
                    continue;
                }
            }
            let Some(nl) = memchr::memchr(b'\n', block) else {
                break;
            };
            if self.partial.is_empty() {
                self.line(&block[..nl], calls);
            } else {
                self.partial.extend_from_slice(&block[..nl]);
                let line = std::mem::take(&mut self.partial);
                self.line(&line, calls);
            }
            block = &block[nl + 1..];
        }
        let room = MAX_LINE.saturating_sub(self.partial.len());
        self.partial
            .extend_from_slice(&block[..block.len().min(room)]);
    }

    /// Whole lines outside any message with no start line on them (`region` ends with a line
    /// break): counted, and the last [`META_REACH`] kept as [`Framer::outside`] keeps them.
    fn skip(&mut self, region: &[u8]) {
        let body = region.strip_suffix(b"\n").unwrap_or(region);
        let total = memchr::memchr_iter(b'\n', body).count() as u64 + 1;
        // The last lines, latest first.
        let mut tail: [&[u8]; META_REACH as usize] = [&[]; META_REACH as usize];
        let mut n = 0;
        for line in body
            .rsplitn(META_REACH as usize + 1, |&b| b == b'\n')
            .take(META_REACH as usize)
        {
            tail[n] = line;
            n += 1;
        }
        self.line += total - n as u64;
        for &raw in tail[..n].iter().rev() {
            self.line += 1;
            self.outside(raw.strip_suffix(b"\r").unwrap_or(raw));
        }
    }

    /// The end of the input.
    pub fn finish(&mut self, calls: &mut dyn Messages) {
        if !self.partial.is_empty() {
            let line = std::mem::take(&mut self.partial);
            self.line(&line, calls);
        }
        self.emit(calls);
    }

    fn line(&mut self, raw: &[u8], calls: &mut dyn Messages) {
        self.line += 1;
        let line = raw.strip_suffix(b"\r").unwrap_or(raw);
        if self.msg.is_some() && self.continue_message(line, calls) {
            return;
        }
        self.outside(line);
    }

    /// A line outside any message: a start line begins one, anything else may be a trace's
    /// header line for the next.
    fn outside(&mut self, line: &[u8]) {
        if may_start(line) {
            let text = text(line);
            if let Some(col) = start_column(&text) {
                let prefix = &text[..col];
                // The header line and the time are read when the message is emitted, and only
                // when it is one the call builder takes (a log line quoting a status line is not).
                let recent = std::mem::take(&mut self.recent);
                // The buffer of the message before, reused.
                let mut text_out = std::mem::take(&mut self.spare_text);
                text_out.clear();
                text_out.extend_from_slice(text[col..].trim_end().as_bytes());
                text_out.extend_from_slice(b"\r\n");
                self.msg = Some(Building {
                    text: text_out,
                    prefix: prefix.as_bytes().to_vec(),
                    at: self.line,
                    recent,
                    in_body: false,
                    content_length: 0,
                    body_len: 0,
                    sdp: false,
                    double: false,
                    blanks: 0,
                    lines: 1,
                });
                return;
            }
        }
        let trimmed = line.trim_ascii();
        if trimmed.is_empty() || trimmed.iter().all(|&b| b == b'-' || b == b'=') {
            return; // blank and separator lines keep the header line within reach
        }
        // Kept for the next start line; the oldest buffer is reused.
        let mut buf = if self.recent.len() == META_REACH as usize {
            self.recent.pop_front().map(|(_, b)| b).unwrap_or_default()
        } else {
            Vec::new()
        };
        buf.clear();
        buf.extend_from_slice(trimmed);
        self.recent.push_back((self.line, buf));
    }

    /// Where and when the message `b` was seen: the header line for it (the latest line
    /// within [`META_REACH`] before its start line that names a time or addresses), else the
    /// time in the start line's prefix.
    fn seen(&mut self, b: &mut Building) -> Seen {
        let mut found = Meta::default();
        while let Some((at, raw)) = b.recent.pop_back() {
            if b.at - at > META_REACH {
                break;
            }
            let text = text(&raw);
            let trimmed = text.trim();
            let (src, dst) = header_line::addresses(trimmed);
            let time = Stamp::find(trimmed);
            if time.is_some() || src.is_some() || dst.is_some() {
                found = Meta {
                    time,
                    src: src.map(|a| shared(&mut self.last_src, &a)),
                    dst: dst.map(|a| shared(&mut self.last_dst, &a)),
                };
                break;
            }
        }
        b.recent.clear();
        if self.recent.capacity() == 0 {
            // The lines' buffers are reused for the next message's.
            std::mem::swap(&mut self.recent, &mut b.recent);
        }
        let time = found
            .time
            .or_else(|| Stamp::find(&text(&b.prefix)))
            .map(|t| self.roll(t));
        Seen {
            time,
            src: found.src,
            dst: found.dst,
            at: b.at,
        }
    }

    /// A time of day after midnight follows the day before: a trace with times only rolls over.
    fn roll(&mut self, t: Stamp) -> Stamp {
        if t.form != Form::TimeOfDay {
            return t;
        }
        if t.ns + self.day * DAY_NS + DAY_NS / 2 < self.last_tod {
            self.day += 1;
        }
        let t = Stamp {
            ns: t.ns + self.day * DAY_NS,
            ..t
        };
        self.last_tod = t.ns;
        t
    }

    /// Adds `line` to the message being framed; false when the message ended before it (the
    /// line is then read as outside any message).
    fn continue_message(&mut self, line: &[u8], calls: &mut dyn Messages) -> bool {
        let b = self.msg.as_mut().expect("a message is being framed");
        let rest: &[u8] = if line.trim_ascii().is_empty() {
            b""
        } else if let Some(r) = strip_prefix(line, &b.prefix) {
            r
        } else {
            self.emit(calls);
            return false;
        };
        b.lines += 1;
        if rest.trim_ascii().is_empty() {
            b.blanks += 1;
            if b.lines == 2 && !b.in_body {
                b.double = true; // an empty line right after the start line
                return true;
            }
            if b.double && b.blanks < 2 {
                return true;
            }
            if !b.in_body {
                b.in_body = true;
                b.text.extend_from_slice(b"\r\n");
                if b.content_length == 0 {
                    self.emit(calls);
                }
                return true;
            }
            if b.double {
                return true; // the body ends at its length or at a line that is not its own
            }
            self.emit(calls);
            return true;
        }
        b.blanks = 0;
        if b.in_body {
            let is_sdp_line = rest.len() >= 2 && rest[0].is_ascii_lowercase() && rest[1] == b'=';
            let text = text(rest);
            if (b.sdp && !is_sdp_line) || start_column(&text).is_some() {
                self.emit(calls);
                return false;
            }
            b.text.extend_from_slice(rest.trim_ascii_end());
            b.text.extend_from_slice(b"\r\n");
            b.body_len += rest.trim_ascii_end().len() + 2;
            if b.body_len >= b.content_length || b.text.len() > MAX_MESSAGE {
                self.emit(calls);
            }
            return true;
        }
        if rest[0] == b' ' || rest[0] == b'\t' {
            // A folded header line (RFC 3261 §7.3.1).
            b.text.extend_from_slice(rest.trim_ascii_end());
            b.text.extend_from_slice(b"\r\n");
            return true;
        }
        let Some(colon) = memchr::memchr(b':', rest) else {
            self.emit(calls);
            return false;
        };
        let name = rest[..colon].trim_ascii();
        if !is_header_name(name) {
            self.emit(calls);
            return false;
        }
        let value = &rest[colon + 1..];
        if name.eq_ignore_ascii_case(b"content-length") || name.eq_ignore_ascii_case(b"l") {
            b.content_length = std::str::from_utf8(value.trim_ascii())
                .ok()
                .and_then(|v| v.parse().ok())
                .unwrap_or(0);
        }
        if name.eq_ignore_ascii_case(b"content-type") || name.eq_ignore_ascii_case(b"c") {
            b.sdp = value
                .windows(b"application/sdp".len())
                .any(|w| w.eq_ignore_ascii_case(b"application/sdp"));
        }
        b.text.extend_from_slice(rest.trim_ascii_end());
        b.text.extend_from_slice(b"\r\n");
        if b.text.len() > MAX_MESSAGE {
            self.emit(calls);
        }
        true
    }

    fn emit(&mut self, calls: &mut dyn Messages) {
        if let Some(mut b) = self.msg.take() {
            let mut text = std::mem::take(&mut b.text);
            if !b.in_body {
                text.extend_from_slice(b"\r\n");
            }
            let file = self.file.clone();
            calls.framed(&text, &mut || self.seen(&mut b), &file);
            self.spare_text = text;
        }
    }
}

/// `text` as an `Arc<str>`: the last one when it is the same (one trace's messages come from a
/// handful of addresses).
fn shared(last: &mut Option<Arc<str>>, text: &str) -> Arc<str> {
    match last {
        Some(a) if **a == *text => a.clone(),
        _ => {
            let a: Arc<str> = Arc::from(text);
            *last = Some(a.clone());
            a
        }
    }
}

/// `line` without `prefix`, where the prefix may differ in its digits (a timestamp on every
/// line) and a whitespace prefix may be followed by more whitespace only in folded lines.
fn strip_prefix<'a>(line: &'a [u8], prefix: &[u8]) -> Option<&'a [u8]> {
    let head = line.get(..prefix.len())?;
    let same = head
        .iter()
        .zip(prefix)
        .all(|(a, b)| a == b || (a.is_ascii_digit() && b.is_ascii_digit()));
    same.then(|| &line[prefix.len()..])
}

/// Where a start line begins on `line`: a status line (`SIP/2.0 486 …`) or a request line
/// ending the line (`INVITE sip:… SIP/2.0`).
/// Whether `line` can hold a start line: it names `SIP/2.0` (any case). Most log lines do not,
/// and are then not decoded or searched further.
fn may_start(line: &[u8]) -> bool {
    next_version(line).is_some()
}

/// Where the first `SIP/2.0` (any case) in `hay` is: the offset of its `/2.0`.
fn next_version(hay: &[u8]) -> Option<usize> {
    static VERSION: LazyLock<memmem::Finder<'static>> =
        LazyLock::new(|| memmem::Finder::new(b"/2.0"));
    VERSION
        .find_iter(hay)
        .find(|&i| i >= 3 && hay[i - 3..i].eq_ignore_ascii_case(b"sip"))
}

fn start_column(line: &str) -> Option<usize> {
    let trimmed = line.trim_end();
    // `get`: the line may end in a multi-byte character.
    let upper_end = trimmed
        .get(trimmed.len().saturating_sub(7)..)
        .is_some_and(|end| end.eq_ignore_ascii_case("SIP/2.0"));
    if upper_end {
        // METHOD uri SIP/2.0: the method is the word two before the end.
        let before = trimmed[..trimmed.len() - 7].trim_end();
        let uri_start = before.rfind([' ', '\t']).map_or(0, |i| i + 1);
        let method_part = before[..uri_start].trim_end();
        let method_start = method_part
            .rfind([' ', '\t', ':', '>', ']'])
            .map_or(0, |i| i + 1);
        if start_line(&trimmed[method_start..]).is_some() {
            return Some(method_start);
        }
    }
    let mut from = 0;
    static UPPER: LazyLock<memmem::Finder<'static>> =
        LazyLock::new(|| memmem::Finder::new(b"SIP/2.0 "));
    static LOWER: LazyLock<memmem::Finder<'static>> =
        LazyLock::new(|| memmem::Finder::new(b"sip/2.0 "));
    while let Some(i) = UPPER
        .find(&line.as_bytes()[from..])
        .or_else(|| LOWER.find(&line.as_bytes()[from..]))
    {
        let col = from + i;
        if start_line(&line[col..]).is_some() {
            return Some(col);
        }
        from = col + 8;
    }
    None
}

#[cfg(test)]
mod tests;
