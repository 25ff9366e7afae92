//! Messages into dialogs, in bounded memory: open dialogs by Call-ID, closed when they are
//! over and quiet (or, past a cap, the oldest first), OPTIONS counted per pair of addresses,
//! and recent failures remembered to tell a retry.

use super::dialog::{Dialog, Failure, Msg, Seen};
use super::findings::analyse;
use super::ledger::Ledger;
use super::message::{Message, host, uri, user};
use super::stamp::Stamp;
use super::types::{CallKind, MAX_OPEN_CALLS as MAX_OPEN, OptionsSummary};
// Keyed by Call-IDs and addresses from the input: foldhash, randomly seeded (see scan::tally).
use foldhash::HashMap;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

/// A new call from the same caller to the same callee this soon after a failure is a retry.
const RETRY_NS: i64 = 10_000_000_000;
/// Failures remembered for retries; past it, those older than the window are forgotten.
const MAX_RECENT: usize = 10_000;
/// Failures remembered between two prunings of those past the window.
const PRUNE_EVERY: u64 = 1_024;
/// OPTIONS pairs counted, and their transactions awaiting a response.
const MAX_OPTIONS: usize = 1_000;
const MAX_OPTIONS_OPEN: usize = 20_000;

/// OPTIONS between two addresses, being counted.
#[derive(Debug, Default)]
struct Pings {
    requests: u64,
    responses: BTreeMap<String, u64>,
    unanswered: u64,
    first: Option<Stamp>,
    last: Option<Stamp>,
}

/// A message parsed and reduced, ready to be grouped: the part of taking a message that needs
/// no state, so a framer's thread can do it while another groups the messages before.
pub(crate) struct Prepared {
    m: Message,
    call_id: String,
    cseq_method: String,
    seen: Seen,
    /// None when `--call` names another dialog.
    msg: Option<Msg>,
}

impl Prepared {
    /// `bytes` read and reduced, if it is a message with a Call-ID and a CSeq; `only` is the
    /// Call-ID `--call` keeps (whose messages are kept whole).
    pub fn new(bytes: &[u8], seen: impl FnOnce() -> Seen, only: Option<&str>) -> Option<Prepared> {
        let m = Message::parse(bytes)?;
        let call_id = m.header("call-id")?.to_string();
        let (cseq, cseq_method) = m.cseq()?;
        let seen = seen();
        let msg = only.is_none_or(|o| o == call_id).then(|| {
            let raw = only.is_some().then_some(bytes);
            Msg::new(&m, (cseq, cseq_method.clone()), 0, seen.clone(), raw)
        });
        Some(Prepared {
            m,
            call_id,
            cseq_method,
            seen,
            msg,
        })
    }
}

/// Where a framer hands the messages it frames: the tracker itself, or a queue to it on
/// another thread.
pub(crate) trait Messages {
    /// One message framed out of `file`; `seen` is asked only for a message that is taken.
    fn framed(&mut self, bytes: &[u8], seen: &mut dyn FnMut() -> Seen, file: &Arc<str>);
}

impl Messages for Tracker {
    fn framed(&mut self, bytes: &[u8], seen: &mut dyn FnMut() -> Seen, file: &Arc<str>) {
        self.message(bytes, seen, file);
    }
}

/// The call builder of one scan.
#[derive(Default)]
pub(crate) struct Tracker {
    open: HashMap<String, Dialog>,
    /// Open dialogs by creation order, for the cap.
    by_seq: BTreeMap<u64, String>,
    /// (quiet deadline, seq) of open dialogs that have one.
    deadlines: BTreeSet<(i64, u64)>,
    deadline_of: HashMap<u64, i64>,
    seq: u64,
    recent: HashMap<(String, String), Failure>,
    /// Failures remembered so far.
    remembered: u64,
    pings: HashMap<(String, String), Pings>,
    pings_open: HashMap<String, (String, String)>,
    /// Only this Call-ID is kept (`--call`).
    pub only: Option<String>,
    pub ledger: Ledger,
}

impl Tracker {
    /// Takes one message read at `seen` from `file`. `seen` is asked only for a message that is
    /// taken (one with a Call-ID and a CSeq): a trace's header line is read only then.
    pub fn message(&mut self, bytes: &[u8], seen: impl FnOnce() -> Seen, file: &Arc<str>) {
        if let Some(p) = Prepared::new(bytes, seen, self.only.as_deref()) {
            self.take(p, file);
        }
    }

    /// Takes one message prepared (on another thread, when a trace is framed there).
    pub fn take(&mut self, p: Prepared, file: &Arc<str>) {
        let Prepared {
            m,
            call_id,
            cseq_method,
            seen,
            msg,
        } = p;
        if let Some(now) = seen.time {
            self.close_quiet(now);
        }
        // A whole message: a start line alone (a log line quoting one) is not counted.
        self.ledger.totals.messages += 1;
        let Some(mut msg) = msg else {
            // `--call`: other dialogs are neither kept nor counted.
            return;
        };
        if !self.open.contains_key(&call_id) {
            let kind = match cseq_method.as_str() {
                "REGISTER" => CallKind::Registration,
                "OPTIONS" => return self.ping(&m, &seen),
                "INVITE" | "ACK" | "BYE" | "CANCEL" | "PRACK" | "UPDATE" | "INFO" => CallKind::Call,
                _ => {
                    self.ledger.totals.other_messages += 1;
                    return;
                }
            };
            self.seq += 1;
            let mut d = Dialog::new(&m, kind, file.clone(), self.seq, self.only.is_some());
            if kind == CallKind::Call && m.method() == Some("INVITE") {
                d.retry_of = self.retry_of(&d, seen.time);
            }
            self.by_seq.insert(self.seq, call_id.clone());
            self.open.insert(call_id.clone(), d);
            if self.open.len() > MAX_OPEN {
                self.make_room();
            }
        }
        let Some(d) = self.open.get_mut(&call_id) else {
            return;
        };
        msg.index = d.count;
        let failure = (d.kind == CallKind::Call
            && msg.is_final_to("INVITE")
            && msg.code >= 300
            && !matches!(msg.code, 401 | 407 | 487))
        .then_some(msg.seen.time)
        .flatten()
        .map(|time| Failure {
            call_id: call_id.clone(),
            code: msg.code,
            time,
            dst: d.head.first().and_then(|f| f.seen.dst.clone()),
        });
        d.push(msg);
        let (seq, limit, last) = (d.seq, d.quiet_limit(), d.last);
        if let Some(f) = failure {
            let key = (d.from.user.clone(), d.to.user.clone());
            self.remember(key, f);
        }
        if let Some(old) = self.deadline_of.remove(&seq) {
            self.deadlines.remove(&(old, seq));
        }
        if let (Some(limit), Some(last)) = (limit, last) {
            let at = last.ns.saturating_add(limit);
            self.deadlines.insert((at, seq));
            self.deadline_of.insert(seq, at);
        }
    }

    /// Closes every dialog whose quiet deadline is before `now`.
    fn close_quiet(&mut self, now: Stamp) {
        while let Some(&(at, seq)) = self.deadlines.first() {
            if at >= now.ns {
                break;
            }
            self.deadlines.pop_first();
            self.deadline_of.remove(&seq);
            if let Some(id) = self.by_seq.remove(&seq) {
                self.close(&id, false);
            }
        }
    }

    /// Closes one dialog to stay under the cap: the one closest to its quiet deadline (most
    /// often a call that is over and only waiting out retransmissions, which loses nothing),
    /// else the oldest; a dialog that was not over is counted as closed early.
    fn make_room(&mut self) {
        let seq = match self.deadlines.first() {
            Some(&(_, seq)) => seq,
            None => match self.by_seq.first_key_value() {
                Some((&seq, _)) => seq,
                None => return,
            },
        };
        if let Some(id) = self.by_seq.get(&seq).cloned() {
            let early = self.open.get(&id).is_some_and(|d| !d.is_over());
            self.close(&id, early);
        }
    }

    fn close(&mut self, id: &str, early: bool) {
        let Some(mut d) = self.open.remove(id) else {
            return;
        };
        if let Some(at) = self.deadline_of.remove(&d.seq) {
            self.deadlines.remove(&(at, d.seq));
        }
        self.by_seq.remove(&d.seq);
        d.closed_early = early;
        // Kept for the report maybe, and then with no room to grow.
        d.head.shrink_to_fit();
        let a = analyse(&d);
        self.ledger.add(d, a);
    }

    /// Closes every open dialog (the end of an input).
    pub fn finish_input(&mut self) {
        let ids: Vec<String> = self.by_seq.values().cloned().collect();
        for id in ids {
            self.close(&id, false);
        }
        for (_, (from, to)) in self.pings_open.drain() {
            if let Some(p) = self.pings.get_mut(&(from, to)) {
                p.unanswered += 1;
            }
        }
    }

    /// A failed call from the same caller to the same callee shortly before `now`.
    fn retry_of(&self, d: &Dialog, now: Option<Stamp>) -> Option<Failure> {
        let now = now?;
        let f = self.recent.get(&(d.from.user.clone(), d.to.user.clone()))?;
        let gap = now.ns - f.time.ns;
        (f.time.form == now.form && (0..=RETRY_NS).contains(&gap) && f.call_id != d.call_id)
            .then(|| f.clone())
    }

    fn remember(&mut self, key: (String, String), f: Failure) {
        self.remembered += 1;
        // Failures past the window can no longer be retried: forgotten every so often, so a
        // busy trace keeps the last seconds' failures, not the last ten thousand.
        if self.remembered.is_multiple_of(PRUNE_EVERY) || self.recent.len() >= MAX_RECENT {
            let now = f.time.ns;
            self.recent.retain(|_, r| now - r.time.ns <= RETRY_NS);
            if self.recent.len() >= MAX_RECENT {
                self.recent.clear();
            }
        }
        self.recent.insert(key, f);
    }

    /// Counts an OPTIONS request or response outside any call.
    fn ping(&mut self, m: &Message, seen: &Seen) {
        let branch = m.branch().unwrap_or_default();
        let key = match m.method() {
            Some(_) => {
                let from = seen.src.as_deref().map_or_else(
                    || host(uri(m.header("from").unwrap_or_default())).to_string(),
                    str::to_string,
                );
                let to = seen.dst.as_deref().map_or_else(
                    || match &m.start {
                        super::message::StartLine::Request { uri, .. } => {
                            let u = user(uri);
                            if u == uri {
                                host(uri).to_string()
                            } else {
                                uri.clone()
                            }
                        }
                        super::message::StartLine::Response { .. } => String::new(),
                    },
                    str::to_string,
                );
                (from, to)
            }
            None => match self.pings_open.get(&branch) {
                Some(k) => k.clone(),
                None => (
                    seen.dst.as_deref().unwrap_or_default().to_string(),
                    seen.src.as_deref().unwrap_or_default().to_string(),
                ),
            },
        };
        if !self.pings.contains_key(&key) && self.pings.len() >= MAX_OPTIONS {
            self.ledger.totals.other_messages += 1;
            return;
        }
        let p = self.pings.entry(key.clone()).or_default();
        p.first = p.first.or(seen.time);
        p.last = seen.time.or(p.last);
        match m.code() {
            None => {
                if !self.pings_open.contains_key(&branch) {
                    p.requests += 1;
                    if self.pings_open.len() >= MAX_OPTIONS_OPEN {
                        p.unanswered += 1;
                    } else {
                        self.pings_open.insert(branch, key);
                    }
                }
            }
            Some(code) if code >= 200 => {
                if self.pings_open.remove(&branch).is_some() || branch.is_empty() {
                    *p.responses.entry(code.to_string()).or_default() += 1;
                }
            }
            Some(_) => {}
        }
    }

    /// The OPTIONS counts, busiest first.
    pub fn options(&self) -> Vec<OptionsSummary> {
        let mut v: Vec<OptionsSummary> = self
            .pings
            .iter()
            .map(|((from, to), p)| OptionsSummary {
                from: from.clone(),
                to: to.clone(),
                requests: p.requests,
                responses: p.responses.clone(),
                unanswered: p.unanswered,
                first: p.first.map(|t| t.format()),
                last: p.last.map(|t| t.format()),
            })
            .collect();
        v.sort_by(|a, b| {
            b.requests
                .cmp(&a.requests)
                .then_with(|| (&a.from, &a.to).cmp(&(&b.from, &b.to)))
        });
        v
    }
}
