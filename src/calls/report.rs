//! The calls part of a scan report: closed dialogs turned into [`Call`]s with their findings
//! in the report's language and their final responses explained through `explain`.

use super::findings::{Analysis, Fact, SideOf, Val, direction};
use super::ledger::Closed;
use super::tracker::Tracker;
use super::types::{Call, CallMessage, Dialogs, FinalResponse, Finding, Outcome};
use crate::error::Result;
use crate::explain::Explanation;
use crate::i18n::Arg;
use std::collections::HashMap;

/// `explain` bound to the report's locale.
pub(crate) type ExplainFn<'a> = dyn Fn(&str) -> Result<Explanation> + 'a;
/// A label of the report's locale.
pub(crate) type LabelFn<'a> = dyn Fn(&str, &[(&str, Arg<'_>)]) -> String + 'a;

/// Explanations asked for once per distinct input.
struct Explainer<'a> {
    explain: &'a ExplainFn<'a>,
    cache: HashMap<String, Option<(String, String)>>,
}

impl Explainer<'_> {
    /// (title, side) of an input, falling back to shorter inputs when `explain` refuses one
    /// (a malformed `Reason:` from the wire must not lose the status line).
    fn title_side(&mut self, inputs: &[String]) -> Result<(String, String)> {
        for input in inputs {
            if let Some(hit) = self.cache.get(input) {
                if let Some(v) = hit {
                    return Ok(v.clone());
                }
                continue;
            }
            let got = match (self.explain)(input) {
                Ok(ex) => Some(title_side(&ex)),
                Err(_) => None,
            };
            self.cache.insert(input.clone(), got.clone());
            if let Some(v) = got {
                return Ok(v);
            }
        }
        Ok((String::new(), "none".into()))
    }

    /// The side of a `Reason:` value's cause: the side of the SIP response it stands for
    /// (RFC 3398 §7.2.4.1 for Q.850).
    fn reason_side(&mut self, reason: &str) -> Result<String> {
        let Some(r) = crate::headers::reasons(reason).into_iter().next() else {
            return Ok("none".into());
        };
        let code = match r.protocol.as_str() {
            "SIP" => Some(r.cause),
            "Q.850" => (self.explain)(&format!("q850:{}", r.cause))
                .ok()
                .and_then(|ex| ex.cause.and_then(|c| c.to_sip)),
            _ => None,
        };
        match code {
            Some(c) => Ok(self.title_side(&[c.to_string()])?.1),
            None => Ok("none".into()),
        }
    }
}

/// Title and side as `scan` shows a response: a vendor's variant when the phrase is its own,
/// else the canonical entry.
fn title_side(ex: &Explanation) -> (String, String) {
    let variant = ex
        .variants
        .iter()
        .find(|v| v.code == ex.code && !ex.standard_phrase());
    match (variant, &ex.canonical) {
        (Some(v), _) => (v.texts.title.clone(), v.side.clone()),
        (None, Some(c)) => (c.texts.title.clone(), c.side.clone()),
        (None, None) => (String::new(), "none".into()),
    }
}

/// Builds the calls part of the report from everything the tracker closed.
pub(crate) fn build(
    tracker: Tracker,
    explain: &ExplainFn<'_>,
    label: &LabelFn<'_>,
) -> Result<Dialogs> {
    let options = tracker.options();
    let ledger = tracker.ledger;
    let mut ex = Explainer {
        explain,
        cache: HashMap::new(),
    };
    let mut render = |list: Vec<Closed>| -> Result<Vec<Call>> {
        list.into_iter().map(|c| call(c, &mut ex, label)).collect()
    };
    let mut calls = render(ledger.problem_calls)?;
    calls.extend(render(ledger.ok_calls)?);
    let mut registrations = render(ledger.problem_registrations)?;
    registrations.extend(render(ledger.ok_registrations)?);
    let order =
        |a: &Call, b: &Call| (&a.file, &a.start, &a.call_id).cmp(&(&b.file, &b.start, &b.call_id));
    calls.sort_by(order);
    registrations.sort_by(order);
    Ok(Dialogs {
        calls,
        registrations,
        options,
        call_totals: ledger.totals,
        calls_note: None,
    })
}

fn call((d, a): Closed, ex: &mut Explainer<'_>, label: &LabelFn<'_>) -> Result<Call> {
    let Analysis {
        outcome,
        hung_up_by,
        bye_reason,
        retransmissions,
        waited_ms,
        final_msg,
        timing,
        facts,
    } = a;
    let caller = d.caller_tag.as_deref();
    let t0 = d.messages().next().and_then(|m| m.seen.time);
    let messages: Vec<CallMessage> = d
        .messages()
        .map(|m| CallMessage {
            index: m.index,
            time: m.seen.time.map(|t| t.format()),
            offset_ms: m.seen.time.zip(t0).and_then(|(t, t0)| t.ms_since(&t0)),
            src: m.seen.src.as_deref().map(str::to_string),
            dst: m.seen.dst.as_deref().map(str::to_string),
            direction: direction(caller, m),
            label: m.label(),
            cseq: format!("{} {}", m.cseq, m.cseq_method),
            sdp: m
                .sdp
                .as_ref()
                .map(|s| s.summary())
                .filter(|s| !s.is_empty()),
            at: m.seen.at,
            text: m.text.clone(),
        })
        .collect();
    let final_response = match final_msg.and_then(|i| d.messages().find(|m| m.index == i)) {
        Some(f) => {
            let status = format!("SIP/2.0 {} {}", f.code, f.phrase)
                .trim_end()
                .to_string();
            let mut full = status.clone();
            for r in &f.reason {
                full.push_str(&format!("\nReason: {r}"));
            }
            for w in &f.warning {
                full.push_str(&format!("\nWarning: {w}"));
            }
            let (title, side) = ex.title_side(&[full.clone(), status, f.code.to_string()])?;
            Some(FinalResponse {
                message: f.index,
                code: f.code,
                phrase: f.phrase.clone(),
                reason: f.reason.clone(),
                warning: f.warning.clone(),
                sender: f.agent.clone(),
                hop: f.seen.src.as_deref().map(str::to_string),
                vias: f.vias,
                explain: full,
                title,
                side,
            })
        }
        None => None,
    };
    let mut findings = Vec::with_capacity(facts.len());
    for f in facts {
        findings.push(finding(f, &final_response, ex, label, &d)?);
    }
    Ok(Call {
        call_id: d.call_id.clone(),
        kind: d.kind,
        file: d.file.to_string(),
        from: d.from.clone(),
        to: d.to.clone(),
        start: t0.map(|t| t.format()),
        outcome: Outcome {
            kind: outcome,
            hung_up_by: hung_up_by.map(str::to_string),
            bye_reason,
            retransmissions,
            waited_ms,
        },
        final_response,
        timing,
        findings,
        messages,
        messages_dropped: d.dropped(),
    })
}

fn finding(
    f: Fact,
    fin: &Option<FinalResponse>,
    ex: &mut Explainer<'_>,
    label: &LabelFn<'_>,
    d: &super::dialog::Dialog,
) -> Result<Finding> {
    let side = match &f.side {
        SideOf::Fixed(s) => s.to_string(),
        SideOf::Response(i) => match fin.as_ref().filter(|r| r.message == *i) {
            Some(r) => r.side.clone(),
            None => match d.messages().find(|m| m.index == *i) {
                Some(m) => {
                    ex.title_side(&[
                        format!("SIP/2.0 {} {}", m.code, m.phrase),
                        m.code.to_string(),
                    ])?
                    .1
                }
                None => "none".into(),
            },
        },
        SideOf::Reason(r) => ex.reason_side(r)?,
    };
    let args: Vec<(&str, Arg<'_>)> = f
        .args
        .iter()
        .map(|(k, v)| {
            (
                *k,
                match v {
                    Val::S(s) => Arg::Str(s.as_str()),
                    Val::N(n) => Arg::Num(*n),
                },
            )
        })
        .collect();
    let text = label(&format!("calls-{}", f.kind), &args);
    Ok(Finding {
        message: f.message,
        kind: f.kind.to_string(),
        category: f.category.to_string(),
        side,
        text,
    })
}
