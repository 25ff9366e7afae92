//! A connection's bytes, watched so that the few answers hyper writes on its own are JSON
//! too. When a request head cannot be parsed at all (bytes that are not HTTP, a request line
//! or header block past the read buffer, a URL past hyper's 65,534 bytes), hyper answers
//! 400, 414 or 431 with an empty body and closes, before any of our code sees a request
//! (hyper `proto::h1::role::Server::on_error`; there is no hook). Those answers are
//! recognized on the way out (one of those statuses with `content-length: 0`: every answer
//! of ours has a JSON body) and replaced with the documented JSON error, in the language the
//! head asked for (`?lang=` or `Accept-Language` in its first bytes).

use super::reply::{Query, locale, problem_body};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use sipkb::{Arg, Locale};
use std::io;
use std::pin::Pin;
use std::task::{Context, Poll, ready};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

/// How much of a request head is kept to find its language.
const KEPT: usize = 2048;

/// A stream whose hyper-made error answers become JSON ones.
pub struct JsonErrors<S> {
    inner: S,
    /// The language of answers to requests that name none (`sipkb serve --lang`).
    default: Locale,
    /// The first bytes read since the last answer (the current request's head).
    head: Vec<u8>,
    /// Where the current head's first line break is, if it came yet: a request line longer
    /// than the URL limit is what made a head too large.
    line_end: Option<usize>,
    /// Bytes of the current head read so far.
    read: usize,
    /// Whether the last write ended an answer, so the next bytes read start a request.
    answered: bool,
    /// A replacement being written: its bytes, how far, and how many of hyper's bytes it
    /// stands for.
    replacing: Option<(Vec<u8>, usize, usize)>,
    /// The largest request head, for the 431 message, in bytes.
    max_head: usize,
}

impl<S> JsonErrors<S> {
    /// Watches `inner`; `max_head` is what the 431 message names as the limit.
    pub fn new(inner: S, max_head: usize, default: Locale) -> Self {
        JsonErrors {
            inner,
            default,
            head: Vec::new(),
            line_end: None,
            read: 0,
            answered: true,
            replacing: None,
            max_head,
        }
    }

    /// The JSON answer standing for hyper's `head`, if `head` is one of its bare errors.
    fn replacement(&self, head: &[u8]) -> Option<Vec<u8>> {
        let rest = head
            .strip_prefix(b"HTTP/1.1 ")
            .or_else(|| head.strip_prefix(b"HTTP/1.0 "))?;
        let code = std::str::from_utf8(rest.get(..3)?)
            .ok()?
            .parse::<u16>()
            .ok()?;
        let bare = memchr::memmem::find(head, b"\r\ncontent-length: 0\r\n").is_some();
        if !bare || !matches!(code, 400 | 414 | 431) {
            return None;
        }
        let locale = self.locale();
        // A head too large because of its first line: the URL is what is too long (the
        // method and version take a few bytes more).
        let long_line = self.line_end.is_none_or(|at| at > super::MAX_URI + 32);
        let code = if code == 431 && long_line { 414 } else { code };
        let status = StatusCode::from_u16(code).ok()?;
        let (id, max) = match code {
            414 => ("http-uri-too-long", super::MAX_URI),
            431 => ("http-head-too-large", self.max_head / 1024),
            _ => ("http-bad-request", 0),
        };
        let body = problem_body(
            status,
            &sipkb::builtin_label(locale, id, &[("max", Arg::Num(max as i64))]),
        );
        let mut out = format!(
            "HTTP/1.1 {} {}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
            status.as_u16(),
            status.canonical_reason().unwrap_or(""),
            body.len()
        )
        .into_bytes();
        out.extend_from_slice(&body);
        Some(out)
    }

    /// The language the kept head asks for: `lang=` in its request line, else its
    /// `Accept-Language`, else the server's default (the same negotiation as for any request).
    fn locale(&self) -> Locale {
        let text = String::from_utf8_lossy(&self.head);
        let mut lines = text.split("\r\n");
        let target = lines.next().and_then(|l| l.split(' ').nth(1)).unwrap_or("");
        let query = target.split_once('?').map(|(_, q)| q);
        let query = Query::parse(query).unwrap_or(Query(Vec::new()));
        let mut headers = HeaderMap::new();
        for line in lines {
            if let Some((name, value)) = line.split_once(':')
                && name.eq_ignore_ascii_case("accept-language")
                && let Ok(v) = HeaderValue::from_str(value.trim())
            {
                headers.insert(axum::http::header::ACCEPT_LANGUAGE, v);
            }
        }
        locale(&query, &headers, self.default)
    }

    /// Writes the replacement on; `Ready(Ok(n))` with hyper's byte count once it is all out.
    fn poll_replace(&mut self, cx: &mut Context<'_>) -> Poll<io::Result<usize>>
    where
        S: AsyncWrite + Unpin,
    {
        while let Some((bytes, done, owed)) = &mut self.replacing {
            if *done == bytes.len() {
                let owed = *owed;
                self.replacing = None;
                return Poll::Ready(Ok(owed));
            }
            let n = ready!(Pin::new(&mut self.inner).poll_write(cx, &bytes[*done..]))?;
            if n == 0 {
                return Poll::Ready(Err(io::ErrorKind::WriteZero.into()));
            }
            *done += n;
        }
        Poll::Ready(Ok(0))
    }

    /// Notes that an answer started: the next bytes read begin another request.
    fn wrote(&mut self) {
        self.answered = true;
    }
}

impl<S: AsyncRead + Unpin> AsyncRead for JsonErrors<S> {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let me = self.get_mut();
        let before = buf.filled().len();
        ready!(Pin::new(&mut me.inner).poll_read(cx, buf))?;
        let new = &buf.filled()[before..];
        if !new.is_empty() {
            if me.answered {
                me.answered = false;
                me.head.clear();
                me.line_end = None;
                me.read = 0;
            }
            let room = KEPT.saturating_sub(me.head.len());
            me.head.extend_from_slice(&new[..new.len().min(room)]);
            if me.line_end.is_none() {
                me.line_end = memchr::memchr(b'\n', new).map(|at| me.read + at);
            }
            me.read += new.len();
        }
        Poll::Ready(Ok(()))
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for JsonErrors<S> {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let me = self.get_mut();
        if me.replacing.is_none() && !me.answered {
            if let Some(bytes) = me.replacement(buf) {
                me.replacing = Some((bytes, 0, buf.len()));
            }
            me.wrote();
        }
        if me.replacing.is_some() {
            return me.poll_replace(cx);
        }
        Pin::new(&mut me.inner).poll_write(cx, buf)
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let me = self.get_mut();
        if me.replacing.is_none() && !me.answered {
            let first = bufs.iter().find(|b| !b.is_empty());
            if let Some(bytes) = first.and_then(|b| me.replacement(b)) {
                let owed = bufs.iter().map(|b| b.len()).sum();
                me.replacing = Some((bytes, 0, owed));
            }
            me.wrote();
        }
        if me.replacing.is_some() {
            return me.poll_replace(cx);
        }
        Pin::new(&mut me.inner).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().inner).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().inner).poll_shutdown(cx)
    }
}
