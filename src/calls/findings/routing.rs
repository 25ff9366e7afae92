//! Early failures, forking, failover to another destination, and retries of a failed call.

use super::super::dialog::{Dialog, Msg};
use super::{Analysis, Attempt, Fact, SideOf, Val, fact, s, seconds, yes};

/// A provisional response carrying a failure cause (RFC 3326 `Reason:` with a Q.850 cause
/// other than normal clearing, or a SIP cause of 300 or more): the far end failed the call
/// in a 18x, typically while it plays an announcement.
pub(super) fn early_failure(a: &mut Analysis, provisional: &[&Msg]) {
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

/// Forking (RFC 3261 §16.7: several early dialogs, told by their To tags), a failover to
/// another destination inside the call (a new branch of the same INVITE after a failure), and
/// a retry of an earlier failed call under a new Call-ID.
pub(super) fn routing(a: &mut Analysis, d: &Dialog, all: &[Attempt], roots: &[&Attempt]) {
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
