//! Finding SIP status lines and `Reason:`/`Warning:` headers in a byte stream, at close to
//! memory speed: fixed strings are found with `memchr::memmem` (SIMD), only those candidates
//! are parsed, and line numbers come from counting newlines between candidates.
//!
//! The stream is read in blocks; a block is processed up to its last newline, so a candidate's
//! line is always whole. A line longer than a block (a 100 MB log line, binary garbage with no
//! newline) is processed in pieces that keep the last [`KEEP`] bytes for the next piece, so
//! nothing is found twice, nothing is missed, and the work stays linear.

use memchr::memmem;
use std::io::{self, Read};

/// Bytes read at a time.
const BLOCK: usize = 1 << 20;
/// What a piece of an overlong line keeps for the next: more than a status line's or a
/// header's longest useful part, so a candidate near the cut is parsed whole.
const KEEP: usize = 4096;
/// Bytes before a piece's start kept as context: what a candidate at the very start needs to
/// see behind it (`SIP`, a quote, the byte before a word).
const BEHIND: usize = 8;
/// At most this much of a phrase or header value is taken (RFC 3261 puts no limit on it;
/// 256 is the import limit for phrases, a value is never useful past a kilobyte).
const MAX_VALUE: usize = 1024;

/// Something found on a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Found<'a> {
    /// A status line (`SIP/2.0 486 Busy Here`): the code and the reason phrase's bytes.
    Status { code: u16, phrase: &'a [u8] },
    /// A `Reason:` header's value.
    Reason(&'a [u8]),
    /// A `Warning:` header's value.
    Warning(&'a [u8]),
}

/// What a fixed string found stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Anchor {
    /// `/2.0 `: a status line, maybe.
    Status,
    /// `eason:`: a `Reason:` header, maybe.
    Reason,
    /// `arning:`: a `Warning:` header, maybe.
    Warning,
}

/// The fixed strings looked for. `/2.0 ` rather than `SIP/2.0 `: it has no letters, so a
/// mixed-case `sip/2.0` is found with one case-sensitive search and checked after.
/// Header names are case-insensitive (RFC 3261 §7.3.1): `Reason:`/`reason:` and `REASON:`
/// are both looked for (the first letter is checked after, in any case).
pub(crate) struct Finder {
    status: memmem::Finder<'static>,
    headers: [(memmem::Finder<'static>, Anchor); 4],
}

impl Default for Finder {
    fn default() -> Self {
        Finder {
            status: memmem::Finder::new(b"/2.0 "),
            headers: [
                (memmem::Finder::new(b"eason:"), Anchor::Reason),
                (memmem::Finder::new(b"EASON:"), Anchor::Reason),
                (memmem::Finder::new(b"arning:"), Anchor::Warning),
                (memmem::Finder::new(b"ARNING:"), Anchor::Warning),
            ],
        }
    }
}

/// How far a stream got.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Extent {
    /// Bytes read.
    pub bytes: u64,
    /// Lines (newlines, plus a last line without one).
    pub lines: u64,
}

impl Finder {
    /// Reads `input` to its end, calling `found(line, what)` for everything found, in order
    /// (lines numbered from 1), and `progress(bytes)` after every block.
    pub fn scan(
        &self,
        input: &mut dyn Read,
        found: &mut dyn FnMut(u64, Found<'_>),
        progress: &mut dyn FnMut(u64),
    ) -> io::Result<Extent> {
        let mut buf = vec![0u8; BLOCK + KEEP];
        let mut len = 0usize;
        // Where this block's own bytes start: after the context an overlong line kept.
        let mut from = 0usize;
        let mut extent = Extent::default();
        let mut eof = false;
        let mut last_byte = b'\n';
        while !eof {
            // Fill the block.
            while len < buf.len() {
                let n = match input.read(&mut buf[len..]) {
                    Ok(n) => n,
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                    Err(e) => return Err(e),
                };
                if n == 0 {
                    eof = true;
                    break;
                }
                len += n;
                extent.bytes += n as u64;
            }
            if len == 0 {
                break;
            }
            last_byte = buf[len - 1];
            // Process whole lines; at the end, everything; on an overlong line, all but KEEP.
            let (cut, keep_from) = if eof {
                (len, len)
            } else {
                match memchr::memrchr(b'\n', &buf[from..len]) {
                    Some(i) => (from + i + 1, from + i + 1),
                    None => (len - KEEP, len - KEEP - BEHIND),
                }
            };
            extent.lines += self.block(&buf[..len], from, cut, extent.lines, found);
            buf.copy_within(keep_from..len, 0);
            from = cut - keep_from;
            len -= keep_from;
            progress(extent.bytes);
        }
        if extent.bytes > 0 && last_byte != b'\n' {
            extent.lines += 1;
        }
        Ok(extent)
    }

    /// Finds what starts in `from..cut` of `hay` (which may run on past `cut`, so a candidate
    /// that straddles it is seen whole). Returns the newlines in `from..cut`.
    fn block(
        &self,
        hay: &[u8],
        from: usize,
        cut: usize,
        lines_before: u64,
        found: &mut dyn FnMut(u64, Found<'_>),
    ) -> u64 {
        let mut hits: Vec<(usize, Anchor)> = Vec::new();
        let all = std::iter::once((&self.status, Anchor::Status))
            .chain(self.headers.iter().map(|(f, k)| (f, *k)));
        for (finder, kind) in all {
            hits.extend(
                finder
                    .find_iter(&hay[from..])
                    .map(|p| p + from)
                    .take_while(|&p| p < cut)
                    .map(|p| (p, kind)),
            );
        }
        hits.sort_unstable();
        let (mut line, mut at) = (lines_before + 1, from);
        for (p, kind) in hits {
            line += memchr::memchr_iter(b'\n', &hay[at..p]).count() as u64;
            at = p;
            let what = match kind {
                Anchor::Status => status(hay, p),
                Anchor::Reason => header(hay, p, b'r', b"eason:"),
                Anchor::Warning => header(hay, p, b'w', b"arning:"),
            };
            if let Some(what) = what {
                found(line, what);
            }
        }
        line += memchr::memchr_iter(b'\n', &hay[at..cut]).count() as u64;
        line - lines_before - 1
    }
}

/// The rest of the line from `from`: up to CR or LF, at most [`MAX_VALUE`] bytes.
fn rest_of_line(hay: &[u8], from: usize) -> &[u8] {
    let end = (from + MAX_VALUE).min(hay.len());
    let tail = &hay[from.min(end)..end];
    match memchr::memchr2(b'\n', b'\r', tail) {
        Some(i) => &tail[..i],
        None => tail,
    }
}

/// Whether the byte before a word allows it to start there (a line start, space, quote,
/// bracket or punctuation: not a letter, digit, `-` or `_`, so `X-Reason:` is not `Reason:`).
fn word_start(hay: &[u8], at: usize) -> bool {
    at == 0 || !(hay[at - 1].is_ascii_alphanumeric() || matches!(hay[at - 1], b'-' | b'_'))
}

/// A status line whose `/2.0 ` is at `p`: `SIP` (any case) before it, three digits 100–699
/// after it, then a space or the end of the line (RFC 3261 §7.2 `Status-Line`).
fn status(hay: &[u8], p: usize) -> Option<Found<'_>> {
    if p < 3 || !hay[p - 3..p].eq_ignore_ascii_case(b"SIP") || !word_start(hay, p - 3) {
        return None;
    }
    let d = hay.get(p + 5..p + 8)?;
    if !d.iter().all(u8::is_ascii_digit) || !(b'1'..=b'6').contains(&d[0]) {
        return None;
    }
    let code = u16::from(d[0] - b'0') * 100 + u16::from(d[1] - b'0') * 10 + u16::from(d[2] - b'0');
    let after = hay.get(p + 8).copied();
    let mut phrase = match after {
        Some(b' ' | b'\t') => rest_of_line(hay, p + 9),
        None | Some(b'\r' | b'\n') => &[][..],
        // `SIP/2.0 4860`, `SIP/2.0 486x`: not a status line.
        Some(_) => return None,
    };
    // Inside a quoted log message the phrase ends at the closing quote.
    if p >= 4 && matches!(hay[p - 4], b'"' | b'\'') {
        let q = hay[p - 4];
        if let Some(i) = memchr::memchr(q, phrase) {
            phrase = &phrase[..i];
        }
    }
    Some(Found::Status {
        code,
        phrase: phrase.trim_ascii(),
    })
}

/// A header whose name minus its first letter (`eason:`) is at `p`, the first letter (`r`,
/// any case) just before; header names are case-insensitive (RFC 3261 §7.3.1).
fn header<'a>(hay: &'a [u8], p: usize, first: u8, rest: &[u8]) -> Option<Found<'a>> {
    if p < 1 || hay[p - 1].to_ascii_lowercase() != first || !word_start(hay, p - 1) {
        return None;
    }
    let value = rest_of_line(hay, p + rest.len()).trim_ascii();
    if value.is_empty() {
        return None;
    }
    Some(if first == b'r' {
        Found::Reason(value)
    } else {
        Found::Warning(value)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(text: &[u8]) -> (Vec<(u64, String)>, Extent) {
        let mut out = Vec::new();
        let extent = Finder::default()
            .scan(
                &mut &text[..],
                &mut |line, f| {
                    let s = match f {
                        Found::Status { code, phrase } => {
                            format!("{code} {}", String::from_utf8_lossy(phrase))
                        }
                        Found::Reason(v) => format!("R {}", String::from_utf8_lossy(v)),
                        Found::Warning(v) => format!("W {}", String::from_utf8_lossy(v)),
                    };
                    out.push((line, s));
                },
                &mut |_| {},
            )
            .unwrap();
        (out, extent)
    }

    #[test]
    fn finds_status_lines_and_headers_anywhere_on_a_line() {
        let log = b"SIP/2.0 486 Busy Here\r\n\
            2026-01-01 12:00:00 recv: sip/2.0 403 Wrong Guess\n\
            INVITE sip:1@x SIP/2.0\r\nVia: SIP/2.0/UDP 10.0.0.1\r\n\
            msg=\"SIP/2.0 480 No money left\" from=x\n\
            Reason: Q.850;cause=17;text=\"User busy\"\n\
            X-Reason: nope\nWARNING: 399 host \"x\"\nSIP/2.0 4860 no\nSIP/2.0 183\n";
        let (found, extent) = all(log);
        assert_eq!(
            found,
            vec![
                (1, "486 Busy Here".to_string()),
                (2, "403 Wrong Guess".to_string()),
                (5, "480 No money left".to_string()),
                (6, "R Q.850;cause=17;text=\"User busy\"".to_string()),
                (8, "W 399 host \"x\"".to_string()),
                (10, "183 ".to_string()),
            ]
        );
        assert_eq!(extent.lines, 10);
    }

    #[test]
    fn a_giant_line_is_scanned_in_pieces_without_loss() {
        let mut log = vec![b'x'; 3 * BLOCK + 17];
        for at in [10, BLOCK - 3, BLOCK + KEEP / 2, 2 * BLOCK - 2, 3 * BLOCK] {
            log[at..at + 15].copy_from_slice(b" SIP/2.0 503 Ov");
        }
        log.extend_from_slice(b"\nSIP/2.0 200 OK");
        let (found, extent) = all(&log);
        assert_eq!(found.len(), 6, "{found:?}");
        assert!(found[..5].iter().all(|(l, _)| *l == 1));
        assert_eq!(found[5], (2, "200 OK".to_string()));
        assert_eq!(extent.lines, 2);
    }
}
