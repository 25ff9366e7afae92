//! What a closed dialog tells: its outcome, timing and findings, as facts with the message
//! each comes from. No texts here: `report.rs` renders them in the report's language.

use super::dialog::{Dialog, Msg, digest_param};
use super::sdp::{Sdp, is_private, is_public, voice};
use super::stamp::Stamp;
use super::types::{CallKind, Direction, OutcomeKind, Timing};
use std::collections::HashSet;

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

/// Milliseconds as seconds with one decimal (`2.1`), or `?` when unknown.
fn seconds(ms: Option<i64>) -> Val {
    Val::S(ms.map_or_else(|| "?".into(), |ms| format!("{:.1}", ms as f64 / 1000.0)))
}

fn yes(b: bool) -> Val {
    Val::S(if b { "yes" } else { "no" }.into())
}

fn s(v: impl Into<String>) -> Val {
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
struct Attempt<'a> {
    request: &'a Msg,
    copies: u64,
    responses: Vec<&'a Msg>,
}

impl Attempt<'_> {
    fn final_response(&self) -> Option<&Msg> {
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
        a.facts.push(Fact {
            message: msgs.first().map_or(0, |m| m.index),
            kind: "partial",
            category: "outcome",
            side: SideOf::Fixed("none"),
            args: vec![],
        });
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
    early_failure(&mut a, &provisional);
    auth(&mut a, &roots, last_final);
    media(&mut a, &msgs, caller, &roots, fin);
    nat(&mut a, &msgs, caller);
    routing(&mut a, d, &all, &roots);
    a
}

fn fact(
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

/// A provisional response carrying a failure cause (RFC 3326 `Reason:` with a Q.850 cause
/// other than normal clearing, or a SIP cause of 300 or more): the far end failed the call
/// in a 18x, typically while it plays an announcement.
fn early_failure(a: &mut Analysis, provisional: &[&Msg]) {
    let failing = |r: &str| {
        crate::headers::reasons(r)
            .into_iter()
            .any(|v| match v.protocol.as_str() {
                "Q.850" => v.cause != 16 && v.cause != 31,
                "SIP" => v.cause >= 300,
                _ => false,
            })
    };
    let hit = provisional
        .iter()
        .find_map(|m| m.reason.iter().find(|r| failing(r)).map(|r| (m, r)));
    if let Some((m, r)) = hit {
        a.facts.push(Fact {
            message: m.index,
            kind: "early-failure",
            category: "early-failure",
            side: SideOf::Reason(r.clone()),
            args: vec![
                ("code", Val::N(i64::from(m.code))),
                ("phrase", s(m.phrase.clone())),
                ("reason", s(r.clone())),
            ],
        });
    }
}

/// Digest authentication (RFC 3261 §22): a challenge answered by a retry that succeeds is
/// normal; credentials refused with 403, the same credentials sent again after a new
/// challenge, a server challenging again with the same nonce, or a challenge never answered
/// are findings.
fn auth(a: &mut Analysis, roots: &[&Attempt], last_final: Option<&Msg>) {
    let challenges: Vec<&Msg> = roots
        .iter()
        .filter_map(|x| x.final_response())
        .filter(|r| r.code == 401 || r.code == 407)
        .collect();
    let mut problem = false;
    // The same nonce challenged again after credentials computed from it.
    let mut loops: Vec<&Msg> = Vec::new();
    for (i, x) in roots.iter().enumerate().skip(1) {
        let Some(creds) = &x.request.auth else {
            continue;
        };
        let used = digest_param(creds, "nonce");
        let answered = roots[i - 1].final_response().and_then(|r| r.nonce.clone());
        if let Some(ch) = x
            .final_response()
            .filter(|r| r.code == 401 || r.code == 407)
            && ch.nonce.is_some()
            && ch.nonce == used
        {
            loops.push(ch);
        }
        let repeated = roots[..i]
            .iter()
            .any(|p| p.request.auth.as_deref() == Some(creds.as_str()));
        if repeated && answered.is_some() && answered != used {
            problem = true;
            a.facts.push(fact(
                x.request,
                "auth-same-credentials",
                "auth",
                "caller",
                vec![],
            ));
        }
    }
    if let Some(last) = loops.last() {
        problem = true;
        a.facts.push(fact(
            last,
            "auth-nonce-loop",
            "auth",
            "caller",
            vec![
                ("count", Val::N(loops.len() as i64 + 1)),
                ("code", Val::N(i64::from(last.code))),
            ],
        ));
    }
    if let Some(f) = last_final {
        let last = roots.last().expect("a final response has an attempt");
        if f.code == 403 && last.request.auth.is_some() {
            problem = true;
            a.facts
                .push(fact(f, "auth-refused", "auth", "caller", vec![]));
        }
        if (f.code == 401 || f.code == 407) && loops.is_empty() {
            problem = true;
            a.facts.push(fact(
                f,
                "auth-unanswered",
                "auth",
                "caller",
                vec![("code", Val::N(i64::from(f.code)))],
            ));
        }
    }
    if !problem
        && let Some(ch) = challenges.first()
        && matches!(a.outcome, OutcomeKind::Answered | OutcomeKind::Registered)
    {
        a.facts.push(fact(
            ch,
            "auth-challenge",
            "auth",
            "none",
            vec![("code", Val::N(i64::from(ch.code)))],
        ));
    }
}

fn codecs(sdp: &Sdp) -> String {
    sdp.audio().map(|m| m.codecs.join(" ")).unwrap_or_default()
}

/// Offer and answer of a transaction refused for its media (488, 415, 606, RFC 3261
/// §21.4.26/§21.6.4) or of a failed re-INVITE: the codecs and crypto each side had, and the
/// mismatch named.
fn media(
    a: &mut Analysis,
    msgs: &[&Msg],
    caller: Option<&str>,
    roots: &[&Attempt],
    fin: Option<&Msg>,
) {
    let mut cases: Vec<(&Msg, &Msg)> = Vec::new();
    if let Some(f) = fin.filter(|f| matches!(f.code, 488 | 415 | 606))
        && let Some(x) = roots
            .iter()
            .find(|x| x.responses.iter().any(|r| r.index == f.index))
    {
        cases.push((x.request, f));
    }
    // re-INVITEs: INVITEs inside the dialog, and their final responses.
    for &re in msgs.iter().filter(|m| m.is("INVITE") && m.to_tag.is_some()) {
        let refused = msgs.iter().copied().find(|r| {
            r.is_final_to("INVITE") && r.cseq == re.cseq && r.code >= 400 && r.code != 491
        });
        if let Some(r) = refused
            && !cases.iter().any(|(q, _)| q.cseq == re.cseq)
        {
            a.facts.push(Fact {
                message: r.index,
                kind: "reinvite-failed",
                category: "media",
                side: SideOf::Response(r.index),
                args: vec![
                    ("code", Val::N(i64::from(r.code))),
                    ("phrase", s(r.phrase.clone())),
                ],
            });
            cases.push((re, r));
        }
    }
    for (offer_msg, refusal) in cases {
        let side = match direction(caller, offer_msg) {
            Direction::ToCallee => "caller",
            Direction::ToCaller => "callee",
        };
        let Some(offer) = &offer_msg.sdp else {
            continue;
        };
        let answer = msgs
            .iter()
            .copied()
            .filter(|r| r.method.is_none() && r.cseq == offer_msg.cseq && r.cseq_method == "INVITE")
            .find_map(|r| r.sdp.as_ref().map(|s| (r, s)));
        let offered = codecs(offer);
        let (Some(om), Some((ans_msg, answer))) = (offer.audio(), answer) else {
            a.facts.push(fact(
                refusal,
                "media-refused",
                "media",
                side,
                vec![
                    ("offer", s(offered)),
                    (
                        "srtp",
                        s(if offer.audio().is_some_and(|m| m.secure) {
                            "yes"
                        } else {
                            "no"
                        }),
                    ),
                    ("code", Val::N(i64::from(refusal.code))),
                ],
            ));
            continue;
        };
        let Some(am) = answer.audio() else { continue };
        let theirs: HashSet<String> = voice(&am.codecs)
            .iter()
            .map(|c| c.to_ascii_lowercase())
            .collect();
        let common = voice(&om.codecs)
            .iter()
            .any(|c| theirs.contains(&c.to_ascii_lowercase()));
        if !common {
            a.facts.push(fact(
                ans_msg,
                "media-no-common-codec",
                "media",
                side,
                vec![("offer", s(offered.clone())), ("answer", s(codecs(answer)))],
            ));
        }
        if om.secure != am.secure {
            a.facts.push(fact(
                ans_msg,
                "media-srtp-mismatch",
                "media",
                side,
                vec![
                    ("offer", s(om.proto.clone())),
                    ("answer", s(am.proto.clone())),
                    ("srtp", s(if om.secure { "offer" } else { "answer" })),
                ],
            ));
        }
    }
}

/// A private (RFC 1918) address in SDP `c=` or `Contact:` of a message that came from a
/// public address: the sender is behind NAT and advertises its inside address, so media or
/// requests sent back there are lost (RFC 3581 and RFC 6314 describe the traversal fixes).
fn nat(a: &mut Analysis, msgs: &[&Msg], caller: Option<&str>) {
    let mut seen: HashSet<(&'static str, Direction)> = HashSet::new();
    for &m in msgs {
        let Some(src) = m.seen.src.as_deref().filter(|s| is_public(s)) else {
            continue;
        };
        let dir = direction(caller, m);
        let side = match dir {
            Direction::ToCallee => "caller",
            Direction::ToCaller => "callee",
        };
        let peer = src.to_string();
        if let Some(addr) = m.sdp.as_ref().and_then(Sdp::private_addr)
            && seen.insert(("sdp", dir))
        {
            a.facts.push(fact(
                m,
                "nat-private-sdp",
                "nat",
                side,
                vec![("addr", s(addr)), ("peer", s(peer.clone()))],
            ));
        }
        if let Some(h) = m.contact_host.as_deref().filter(|h| is_private(h))
            && seen.insert(("contact", dir))
        {
            a.facts.push(fact(
                m,
                "nat-private-contact",
                "nat",
                side,
                vec![("addr", s(h)), ("peer", s(peer))],
            ));
        }
    }
}

/// Forking (RFC 3261 §16.7: several early dialogs, told by their To tags), a failover to
/// another destination inside the call (a new branch of the same INVITE after a failure), and
/// a retry of an earlier failed call under a new Call-ID.
fn routing(a: &mut Analysis, d: &Dialog, all: &[Attempt], roots: &[&Attempt]) {
    let mut tags: Vec<&str> = Vec::new();
    let mut second = None;
    for r in roots.iter().flat_map(|x| x.responses.iter()) {
        if let Some(t) = r.to_tag.as_deref().filter(|_| (101..300).contains(&r.code))
            && !tags.contains(&t)
        {
            tags.push(t);
            if tags.len() == 2 {
                second = Some(*r);
            }
        }
    }
    if let Some(m) = second {
        a.facts.push(fact(
            m,
            "forked",
            "routing",
            "none",
            vec![("count", Val::N(tags.len() as i64))],
        ));
    }
    for (i, x) in all.iter().enumerate() {
        let Some(f) = x
            .final_response()
            .filter(|f| f.code >= 300 && f.code != 401 && f.code != 407)
        else {
            continue;
        };
        let next = all[i + 1..].iter().find(|y| {
            y.request.seen.src == x.request.seen.src
                && y.request.seen.dst != x.request.seen.dst
                && y.request.index > f.index
        });
        if let Some(y) = next {
            a.facts.push(fact(
                y.request,
                "failover",
                "routing",
                "none",
                vec![
                    ("code", Val::N(i64::from(f.code))),
                    ("from", s(x.request.seen.dst.as_deref().unwrap_or_default())),
                    ("to", s(y.request.seen.dst.as_deref().unwrap_or_default())),
                ],
            ));
            break;
        }
    }
    if let (Some(r), Some(first)) = (&d.retry_of, roots.first()) {
        let after = first.request.seen.time.and_then(|t| t.ms_since(&r.time));
        a.facts.push(fact(
            first.request,
            "retry",
            "routing",
            "none",
            vec![
                ("call", s(r.call_id.clone())),
                ("code", Val::N(i64::from(r.code))),
                ("after", seconds(after)),
                (
                    "moved",
                    yes(r.dst.is_some() && r.dst != first.request.seen.dst),
                ),
                ("from", s(r.dst.as_deref().unwrap_or_default())),
                (
                    "to",
                    s(first.request.seen.dst.as_deref().unwrap_or_default()),
                ),
            ],
        ));
    }
}
