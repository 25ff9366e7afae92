//! Media findings: an offer and an answer with nothing in common, or an offer refused.

use super::super::dialog::Msg;
use super::super::sdp::{Sdp, voice};
use super::super::types::Direction;
use super::{Analysis, Attempt, Fact, SideOf, Val, direction, fact, s};
use std::collections::HashSet;

fn codecs(sdp: &Sdp) -> String {
    sdp.audio().map(|m| m.codecs.join(" ")).unwrap_or_default()
}

/// Offer and answer of a transaction refused for its media (488, 415, 606, RFC 3261
/// §21.4.26/§21.6.4) or of a failed re-INVITE: the codecs and crypto each side had, and the
/// mismatch named.
pub(super) fn media(
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
