//! What a closed dialog tells: its outcome, timing and findings, as facts with the message
//! each comes from. No texts here: `report.rs` renders them in the report's language.
//! `auth.rs` digest authentication, `media.rs` offers and answers refused, `nat.rs` private
//! addresses from public peers, `routing.rs` early failures, forking, failover and retries.

mod auth;
mod media;
mod nat;
mod routing;

use super::dialog::{Dialog, Msg};
use super::stamp::Stamp;
use super::types::{CallKind, Direction, OutcomeKind, Timing};

/// A value for a finding's sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Val {
    S(String),
    N(i64),
}

/// Who acts on a finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum SideOf {
    /// A side known from the finding itself.
    Fixed(&'static str),
    /// The side `explain` gives the response at this message index.
    Response(u64),
    /// The side `explain` gives this `Reason:` value's cause.
    Reason(String),
}

/// A finding before it is put in words.
#[derive(Debug, Clone)]
pub(crate) struct Fact {
    pub message: u64,
    pub kind: &'static str,
    pub category: &'static str,
    pub side: SideOf,
    pub args: Vec<(&'static str, Val)>,
}

/// Everything a dialog tells.
#[derive(Debug, Clone)]
pub(crate) struct Analysis {
    pub outcome: OutcomeKind,
    pub hung_up_by: Option<&'static str>,
    pub bye_reason: Vec<String>,
    pub retransmissions: u64,
    pub waited_ms: Option<u64>,
    /// Index of the final response that decided it.
    pub final_msg: Option<u64>,
    pub timing: Timing,
    pub facts: Vec<Fact>,
}

impl Analysis {
    /// Whether this is a call worth keeping first: not a plain answer or registration.
    pub fn is_problem(&self) -> bool {
        !matches!(
            self.outcome,
            OutcomeKind::Answered | OutcomeKind::Registered
        ) || self
            .facts
            .iter()
            .any(|f| f.side != SideOf::Fixed("none") && f.category != "outcome")
    }
}

/// A dialog whose request the input does not hold. Its final response may still be there (the
/// CSeq names the method): it is the call's last word, and it decides a registration, which
/// is one transaction (RFC 3261 §10.3).
fn begun_before(a: &mut Analysis, kind: CallKind, msgs: &[&Msg]) {
    let (method, partial) = match kind {
        CallKind::Call => ("INVITE", "partial"),
        CallKind::Registration => ("REGISTER", "partial-reg"),
    };
    let fin = msgs.iter().copied().rfind(|m| m.is_final_to(method));
    a.final_msg = fin.map(|f| f.index);
    if let (CallKind::Registration, Some(f)) = (kind, fin) {
        if f.code < 300 {
            a.outcome = OutcomeKind::Registered;
        } else {
            a.outcome = OutcomeKind::Failed;
            a.facts.push(Fact {
                message: f.index,
                kind: "reg-refused",
                category: "outcome",
                side: SideOf::Response(f.index),
                args: vec![
                    ("code", Val::N(i64::from(f.code))),
                    ("phrase", Val::S(f.phrase.clone())),
                ],
            });
        }
    }
    a.facts.push(Fact {
        message: msgs.first().map_or(0, |m| m.index),
        kind: partial,
        category: "outcome",
        side: SideOf::Fixed("none"),
        args: vec![],
    });
}

/// Milliseconds as seconds with one decimal (`2.1`), or `?` when unknown.
pub(super) fn seconds(ms: Option<i64>) -> Val {
    Val::S(ms.map_or_else(|| "?".into(), |ms| format!("{:.1}", ms as f64 / 1000.0)))
}

pub(super) fn yes(b: bool) -> Val {
    Val::S(if b { "yes" } else { "no" }.into())
}

pub(super) fn s(v: impl Into<String>) -> Val {
    Val::S(v.into())
}

fn ms(later: &Msg, t0: Option<&Stamp>) -> Option<u64> {
    let d = later.seen.time?.ms_since(t0?)?;
    u64::try_from(d).ok()
}

/// Which way a message went, from the caller's From tag: a request with it is the caller's, a
/// response with it answers the caller (RFC 3261 §8.2.6.2: a response copies From).
pub(crate) fn direction(caller: Option<&str>, m: &Msg) -> Direction {
    let callers = caller.is_none() || m.from_tag.as_deref() == caller;
    match (m.method.is_some(), callers) {
        (true, true) | (false, false) => Direction::ToCallee,
        _ => Direction::ToCaller,
    }
}

/// One client transaction of the initial request: its first copy and the messages on its
/// branch.
pub(super) struct Attempt<'a> {
    pub request: &'a Msg,
    pub copies: u64,
    pub responses: Vec<&'a Msg>,
}

impl Attempt<'_> {
    pub fn final_response(&self) -> Option<&Msg> {
        self.responses.iter().copied().find(|r| r.code >= 200)
    }
}

/// The initial requests (`INVITE` or `REGISTER` without a To tag) by branch, in order, with
/// their responses (same branch on the top Via, or the same CSeq when there is no branch).
fn attempts<'a>(msgs: &[&'a Msg], method: &str, caller: Option<&str>) -> Vec<Attempt<'a>> {
    let mut out: Vec<Attempt<'a>> = Vec::new();
    let same = |a: &Msg, b: &Msg| match (&a.branch, &b.branch) {
        (Some(x), Some(y)) => x == y,
        _ => a.cseq == b.cseq,
    };
    for &m in msgs {
        if m.is(method) && m.to_tag.is_none() && direction(caller, m) == Direction::ToCallee {
            match out.iter_mut().find(|a| same(a.request, m)) {
                Some(a) => a.copies += 1,
                None => out.push(Attempt {
                    request: m,
                    copies: 1,
                    responses: Vec::new(),
                }),
            }
        } else if m.method.is_none()
            && m.cseq_method == method
            && direction(caller, m) == Direction::ToCaller
            && let Some(a) = out
                .iter_mut()
                .rev()
                .find(|a| same(a.request, m) && a.request.cseq == m.cseq)
        {
            a.responses.push(m);
        }
    }
    out
}

/// Analyses a closed dialog.
pub(crate) fn analyse(d: &Dialog) -> Analysis {
    let msgs: Vec<&Msg> = d.messages().collect();
    let caller = d.caller_tag.as_deref();
    let method = match d.kind {
        CallKind::Call => "INVITE",
        CallKind::Registration => "REGISTER",
    };
    let all = attempts(&msgs, method, caller);
    let mut a = Analysis {
        outcome: OutcomeKind::Partial,
        hung_up_by: None,
        bye_reason: Vec::new(),
        retransmissions: 0,
        waited_ms: None,
        final_msg: None,
        timing: Timing::default(),
        facts: Vec::new(),
    };
    let Some(first) = all.first() else {
        begun_before(&mut a, d.kind, &msgs);
        return a;
    };
    let t0 = first.request.seen.time;
    // The caller's own attempts: those sent from where the first one was (a proxy's
    // forwarded copies, on other branches from its own address, are hops of the same call).
    let root_src = first.request.seen.src.clone();
    let roots: Vec<&Attempt> = all
        .iter()
        .filter(|x| root_src.is_none() || x.request.seen.src == root_src)
        .collect();
    a.retransmissions = roots.iter().map(|x| x.copies - 1).sum();
    let provisional = roots
        .iter()
        .flat_map(|x| x.responses.iter().copied())
        .filter(|r| r.code < 200);
    let mut provisional: Vec<&Msg> = provisional.collect();
    provisional.sort_by_key(|m| m.index);
    a.timing.first_provisional_ms = provisional.first().and_then(|r| ms(r, t0.as_ref()));
    let ringing = provisional
        .iter()
        .find(|r| r.code == 180 || r.code == 183)
        .copied();
    a.timing.post_dial_delay_ms = ringing.and_then(|r| ms(r, t0.as_ref()));
    let answer = roots
        .iter()
        .flat_map(|x| x.responses.iter().copied())
        .filter(|r| (200..300).contains(&r.code))
        .min_by_key(|r| r.index);
    let last = roots.last().expect("the first attempt is a root");
    let last_final = last.final_response();
    let cancel = msgs
        .iter()
        .copied()
        .find(|m| m.is("CANCEL") && direction(caller, m) == Direction::ToCallee);
    let fin = answer.or(last_final);
    a.final_msg = fin.map(|f| f.index);
    a.timing.final_ms = fin.and_then(|f| ms(f, t0.as_ref()));
    let secs = |v: Option<u64>| seconds(v.map(|ms| ms as i64));
    let rang = s(if ringing.is_some() { "yes" } else { "no" });
    let registering = d.kind == CallKind::Registration;
    if let Some(ok) = answer {
        if registering {
            a.outcome = OutcomeKind::Registered;
            a.facts
                .push(fact(ok, "registered", "outcome", "none", vec![]));
        } else {
            a.outcome = OutcomeKind::Answered;
            let bye = msgs.iter().copied().find(|m| m.is("BYE"));
            if let Some(bye) = bye {
                let who = match direction(caller, bye) {
                    Direction::ToCallee => "caller",
                    Direction::ToCaller => "callee",
                };
                a.hung_up_by = Some(who);
                a.bye_reason = bye.reason.clone();
                a.timing.duration_ms = bye.seen.time.and_then(|t| {
                    let d = t.ms_since(ok.seen.time.as_ref()?)?;
                    u64::try_from(d).ok()
                });
                let args = vec![
                    ("who", s(who)),
                    ("duration", secs(a.timing.duration_ms)),
                    ("has_reason", yes(!bye.reason.is_empty())),
                    ("reason", s(bye.reason.join(", "))),
                ];
                a.facts.push(fact(bye, "answered", "outcome", "none", args));
            } else {
                a.facts
                    .push(fact(ok, "answered-open", "outcome", "none", vec![]));
            }
        }
    } else if let Some(c) = cancel.filter(|_| last_final.is_none_or(|f| f.code == 487)) {
        a.outcome = OutcomeKind::Cancelled;
        let after = ms(c, t0.as_ref());
        a.facts.push(fact(
            c,
            "cancelled",
            "outcome",
            "none",
            vec![("after", secs(after)), ("rang", rang)],
        ));
    } else if let Some(f) = last_final {
        a.outcome = OutcomeKind::Failed;
        let by = match (&f.agent, f.seen.src.as_deref()) {
            (Some(a), Some(h)) => format!("{a} ({h})"),
            (Some(a), None) => a.clone(),
            (None, Some(h)) => h.to_string(),
            (None, None) => String::new(),
        };
        let args = vec![
            ("code", Val::N(i64::from(f.code))),
            ("phrase", s(f.phrase.clone())),
            ("after", secs(a.timing.final_ms)),
            ("rang", rang),
            ("has_by", yes(!by.is_empty())),
            ("by", s(by)),
        ];
        let kind = if registering { "reg-failed" } else { "failed" };
        a.facts.push(Fact {
            message: f.index,
            kind,
            category: "outcome",
            side: SideOf::Response(f.index),
            args,
        });
    } else {
        a.outcome = OutcomeKind::NoFinal;
        let end = msgs.last().copied().unwrap_or(last.request);
        a.waited_ms = ms(end, t0.as_ref());
        let kind = if registering {
            "reg-no-final"
        } else {
            "no-final"
        };
        a.facts.push(fact(
            last.request,
            kind,
            "outcome",
            "carrier",
            vec![
                ("waited", secs(a.waited_ms)),
                ("copies", Val::N(last.copies as i64 - 1)),
                (
                    "provisional",
                    s(if provisional.is_empty() { "no" } else { "yes" }),
                ),
            ],
        ));
    }
    routing::early_failure(&mut a, &provisional);
    auth::auth(&mut a, &roots, last_final);
    media::media(&mut a, &msgs, caller, &roots, fin);
    nat::nat(&mut a, &msgs, caller);
    routing::routing(&mut a, d, &all, &roots);
    a
}

pub(super) fn fact(
    m: &Msg,
    kind: &'static str,
    cat: &'static str,
    side: &'static str,
    args: Vec<(&'static str, Val)>,
) -> Fact {
    Fact {
        message: m.index,
        kind,
        category: cat,
        side: SideOf::Fixed(side),
        args,
    }
}
