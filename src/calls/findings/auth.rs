//! Digest authentication findings (RFC 3261 §22).

use super::super::dialog::{Msg, digest_param};
use super::super::types::OutcomeKind;
use super::{Analysis, Attempt, Val, fact};

/// Digest authentication (RFC 3261 §22): a challenge answered by a retry that succeeds is
/// normal; credentials refused with 403, the same credentials sent again after a new
/// challenge, a server challenging again with the same nonce, or a challenge never answered
/// are findings.
pub(super) fn auth(a: &mut Analysis, roots: &[&Attempt], last_final: Option<&Msg>) {
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
        if (f.code == 401 || f.code == 407) && loops.is_empty() && !problem {
            // Challenged last: with credentials, the server did not take them; without, the
            // device never answered the challenge.
            let kind = if last.request.auth.is_some() {
                "auth-rejected"
            } else {
                "auth-unanswered"
            };
            problem = true;
            let code = vec![("code", Val::N(i64::from(f.code)))];
            a.facts.push(fact(f, kind, "auth", "caller", code));
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
