//! One dialog as it is read: the messages sharing a Call-ID (RFC 3261 §12), reduced to what
//! the findings need, with the state that says when it is over. Transactions inside it are
//! told apart later by CSeq and the top Via's branch (§17.1.3, §17.2.3).

use super::message::{Message, StartLine, host, uri, user};
use super::sdp::Sdp;
use super::stamp::Stamp;
use super::types::{CallKind, Party};
use std::collections::VecDeque;
use std::sync::Arc;

/// Messages kept from the start of a dialog.
const HEAD: usize = 40;
/// Messages kept from its end (a long call's session refreshes fall between).
const TAIL: usize = 24;
/// Messages kept for the one call `--call` asks for.
const HEAD_SELECTED: usize = 1000;

/// RFC 3261 §17.1.1.2: 64·T1 (32 s), how long a transaction may last; a dialog that is over
/// and quiet this long is closed.
pub(crate) const QUIET_NS: i64 = 32_000_000_000;
/// An INVITE that has had a provisional response waits for the answer up to Timer C (more than
/// 3 minutes, §16.6 step 11).
pub(crate) const RINGING_NS: i64 = 210_000_000_000;

/// Where and when a message was read.
#[derive(Debug, Clone)]
pub(crate) struct Seen {
    pub time: Option<Stamp>,
    pub src: Option<Arc<str>>,
    pub dst: Option<Arc<str>>,
    /// The capture's packet number or the trace's line.
    pub at: u64,
}

/// One message, reduced.
#[derive(Debug, Clone)]
pub(crate) struct Msg {
    pub index: u64,
    pub seen: Seen,
    /// The method of a request; none for a response.
    pub method: Option<String>,
    /// The status code of a response; 0 for a request.
    pub code: u16,
    /// The reason phrase (responses) or the Request-URI (requests).
    pub phrase: String,
    pub cseq: u32,
    pub cseq_method: String,
    pub branch: Option<String>,
    pub from_tag: Option<String>,
    pub to_tag: Option<String>,
    pub reason: Vec<String>,
    pub warning: Vec<String>,
    /// `Server:`, else `User-Agent:`.
    pub agent: Option<String>,
    /// `Authorization:` or `Proxy-Authorization:`, verbatim.
    pub auth: Option<String>,
    /// The `nonce` of a `WWW-Authenticate:` or `Proxy-Authenticate:` challenge.
    pub nonce: Option<String>,
    /// The host of the first `Contact:`.
    pub contact_host: Option<String>,
    pub sdp: Option<Sdp>,
    pub vias: u64,
    /// The whole message, for `--call`.
    pub text: Option<String>,
}

impl Msg {
    /// Reduces a parsed message whose `CSeq:` reads `cseq`; `index` is its place in the dialog.
    pub fn new(
        m: &Message,
        cseq: (u32, String),
        index: u64,
        seen: Seen,
        raw: Option<&[u8]>,
    ) -> Msg {
        let (method, code, phrase) = match &m.start {
            StartLine::Request { method, uri } => (Some(method.clone()), 0, uri.clone()),
            StartLine::Response { code, phrase } => (None, *code, phrase.clone()),
        };
        let (cseq, cseq_method) = cseq;
        let challenge = m
            .header("www-authenticate")
            .or(m.header("proxy-authenticate"));
        let sdp = m
            .header("content-type")
            .is_none_or(|t| t.to_ascii_lowercase().contains("sdp"))
            .then(|| Sdp::parse(&m.body))
            .flatten();
        Msg {
            index,
            seen,
            method,
            code,
            phrase,
            cseq,
            cseq_method,
            branch: m.branch(),
            from_tag: m.tag("from"),
            to_tag: m.tag("to"),
            reason: m.header_lines("reason").map(str::to_string).collect(),
            warning: m.header_lines("warning").map(str::to_string).collect(),
            agent: m
                .header("server")
                .or(m.header("user-agent"))
                .map(str::to_string),
            auth: m
                .header("authorization")
                .or(m.header("proxy-authorization"))
                .map(str::to_string),
            nonce: challenge.and_then(|c| digest_param(c, "nonce")),
            contact_host: m.values("contact").next().map(|c| host(uri(c)).to_string()),
            sdp,
            vias: m.values("via").count() as u64,
            text: raw.map(|r| String::from_utf8_lossy(r).into_owned()),
        }
    }

    /// Whether it is a request with `method`.
    pub fn is(&self, method: &str) -> bool {
        self.method.as_deref() == Some(method)
    }

    /// A final response (200–699) to a request with `method`.
    pub fn is_final_to(&self, method: &str) -> bool {
        self.code >= 200 && self.cseq_method == method
    }

    /// `INVITE` or `486 Busy Here`.
    pub fn label(&self) -> String {
        match &self.method {
            Some(m) => m.clone(),
            None => format!("{} {}", self.code, self.phrase)
                .trim_end()
                .to_string(),
        }
    }
}

/// A parameter of a digest challenge or credentials (`nonce="…"`), unquoted.
pub(crate) fn digest_param(value: &str, name: &str) -> Option<String> {
    let rest = value.split_once(' ').map_or(value, |(_, r)| r);
    rest.split(',').find_map(|p| {
        let (n, v) = p.split_once('=')?;
        n.trim()
            .eq_ignore_ascii_case(name)
            .then(|| v.trim().trim_matches('"').to_string())
    })
}

/// A call that ended in failure, remembered for a short while to tell a retry of it.
#[derive(Debug, Clone)]
pub(crate) struct Failure {
    pub call_id: String,
    pub code: u16,
    pub time: Stamp,
    pub dst: Option<Arc<str>>,
}

/// A dialog being read.
#[derive(Debug)]
pub(crate) struct Dialog {
    pub call_id: String,
    pub kind: CallKind,
    pub file: Arc<str>,
    pub from: Party,
    pub to: Party,
    pub head: Vec<Msg>,
    pub tail: VecDeque<Msg>,
    /// Messages pushed, kept or not.
    pub count: u64,
    /// The failed call this one retries, if it looks like one.
    pub retry_of: Option<Failure>,
    /// Keep whole messages and many of them (`--call`).
    pub selected: bool,
    /// Closed because too many dialogs were open.
    pub closed_early: bool,
    /// Order of creation.
    pub seq: u64,
    /// The caller's From tag (the first request's).
    pub caller_tag: Option<String>,
    answered: bool,
    ringing: bool,
    over: bool,
    pub last: Option<Stamp>,
}

impl Dialog {
    /// A new dialog for a message of `kind`.
    pub fn new(m: &Message, kind: CallKind, file: Arc<str>, seq: u64, selected: bool) -> Dialog {
        let party = |h: &str| {
            let u = m.header(h).map(uri).unwrap_or_default();
            Party {
                user: user(u).to_string(),
                uri: u.to_string(),
            }
        };
        Dialog {
            call_id: m.header("call-id").unwrap_or_default().to_string(),
            kind,
            file,
            from: party("from"),
            to: party("to"),
            head: Vec::new(),
            tail: VecDeque::new(),
            count: 0,
            retry_of: None,
            selected,
            closed_early: false,
            seq,
            caller_tag: m.method().and_then(|_| m.tag("from")),
            answered: false,
            ringing: false,
            over: false,
            last: None,
        }
    }

    /// Adds a message and updates the state that decides when the dialog is over.
    pub fn push(&mut self, msg: Msg) {
        if self.caller_tag.is_none() && msg.method.is_some() && msg.to_tag.is_none() {
            self.caller_tag = msg.from_tag.clone();
        }
        let initial = self.kind == CallKind::Call;
        let main = if initial { "INVITE" } else { "REGISTER" };
        if msg.cseq_method == main && msg.method.is_none() {
            match msg.code {
                100..=199 => self.ringing = true,
                200..=299 if initial => self.answered = true,
                200..=299 => self.over = true,
                401 | 407 => {}
                _ if !self.answered => self.over = true,
                _ => {}
            }
        }
        if msg.is(main) && msg.to_tag.is_none() {
            // A new attempt (auth retry, failover): not over until it is answered.
            self.over = false;
        }
        if msg.is("BYE") || (msg.is("CANCEL") && !self.answered) {
            self.over = true;
        }
        self.last = msg.seen.time.or(self.last);
        self.count += 1;
        let head = if self.selected { HEAD_SELECTED } else { HEAD };
        if self.head.len() < head {
            self.head.push(msg);
        } else {
            if self.tail.len() == TAIL {
                self.tail.pop_front();
            }
            self.tail.push_back(msg);
        }
    }

    /// Whether it has ended (a final failure, a registration answered, BYE or CANCEL).
    pub fn is_over(&self) -> bool {
        self.over
    }

    /// How long the dialog may stay quiet before it is closed; none while a call is up.
    pub fn quiet_limit(&self) -> Option<i64> {
        if self.over {
            Some(QUIET_NS)
        } else if self.answered && self.kind == CallKind::Call {
            None
        } else if self.ringing {
            Some(RINGING_NS)
        } else {
            Some(QUIET_NS)
        }
    }

    /// The messages kept, in order.
    pub fn messages(&self) -> impl Iterator<Item = &Msg> {
        self.head.iter().chain(self.tail.iter())
    }

    /// Messages not kept.
    pub fn dropped(&self) -> u64 {
        self.count - (self.head.len() + self.tail.len()) as u64
    }
}
