//! The scan report: the tally turned into failures first (by count), a tally of the other
//! classes, and the `Reason:`/`Warning:` headers seen, each distinct response explained once.

use super::Explainer;
use super::tally::{Distinct, HeaderKey, Seen, Tally};
use super::types::{HeaderSummary, ResponseSummary, ScanOptions, ScanReport, TiedHeader, Unlisted};
use crate::error::{Error, Result};
use crate::explain::{ExplainOptions, Explanation, MatchKind};
use crate::i18n::Locale;
use std::collections::BTreeMap;

/// Seconds and nanoseconds since the Unix epoch as RFC 3339 UTC, microsecond precision.
pub(crate) fn utc(secs: i64, nanos: u32) -> String {
    // Days to a civil date: Howard Hinnant's `civil_from_days`.
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{:06}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60,
        nanos / 1000
    )
}

/// Whether a `Reason:` says a call failed: a Q.850 cause other than 16 (normal clearing), or
/// a SIP cause of 400 and up (RFC 3326).
fn failing_reason(protocol: &str, cause: u16) -> bool {
    match protocol {
        "Q.850" => cause != 16 && (1..=127).contains(&cause),
        "SIP" => cause >= 400,
        _ => false,
    }
}

/// What `explain` takes for a reason's cause.
fn reason_input(protocol: &str, cause: u16) -> String {
    match protocol {
        "Q.850" => format!("q850:{cause}"),
        _ => format!("SIP/2.0 {cause}"),
    }
}

/// The headers tied to a response, each with its relation to the code (through `explain`
/// of the status line with that header, as `sipkb explain` relates them).
fn ties(
    explain: &dyn Fn(&str, &ExplainOptions) -> Result<Explanation>,
    opts: &ExplainOptions,
    sip: Option<u16>,
    shown: &str,
    seen: &Seen,
) -> Result<(Vec<TiedHeader>, Vec<TiedHeader>)> {
    let (mut reasons, mut warnings) = (Vec::new(), Vec::new());
    for (key, text, count) in &seen.ties {
        match key {
            HeaderKey::Reason(r) => {
                let mut tied = TiedHeader {
                    source: r.protocol.clone(),
                    code: r.cause,
                    text: text.clone(),
                    count: *count,
                    relation: None,
                    relation_note: None,
                };
                if let Some(code) = sip {
                    let quoted = if text.is_empty() {
                        String::new()
                    } else {
                        format!(";text=\"{}\"", text.replace('"', ""))
                    };
                    let input = format!(
                        "SIP/2.0 {code} {shown}\nReason: {};cause={}{quoted}",
                        r.protocol, r.cause
                    );
                    if let Ok(ex) = explain(&input, opts)
                        && let Some(info) = ex.reasons.into_iter().next()
                    {
                        tied.relation = info.relation;
                        tied.relation_note = info.relation_note;
                    }
                }
                reasons.push(tied);
            }
            HeaderKey::Warning(w) => warnings.push(TiedHeader {
                source: w.agent.clone(),
                code: w.code,
                text: text.clone(),
                count: *count,
                relation: None,
                relation_note: None,
            }),
        }
    }
    Ok((reasons, warnings))
}

/// Most frequent first; then by code and text, so the order never depends on hashing.
fn order<K>(v: &mut [Distinct<K>], key: impl Fn(&K) -> (u16, &str)) {
    v.sort_by(|a, b| {
        let (ka, kb) = (key(&a.key), key(&b.key));
        b.count
            .cmp(&a.count)
            .then(ka.0.cmp(&kb.0))
            .then_with(|| ka.1.cmp(kb.1))
    });
}

/// Builds the report: the most frequent distinct sightings and headers (at most
/// [`ScanOptions::limit`] of each list), each explained once; the rest are counted in
/// [`ScanReport::more`]. Explaining is where a scan of many distinct lines spends its time, so
/// the cancel flag is looked at before each explanation.
pub(crate) fn build(kb: &dyn Explainer, tally: Tally, opts: &ScanOptions) -> Result<ScanReport> {
    let explain = &|input: &str, o: &ExplainOptions| {
        opts.check_cancel()?;
        kb.explain(input, o)
    };
    build_with(kb, explain, tally, opts)
}

fn build_with(
    kb: &dyn Explainer,
    explain: &dyn Fn(&str, &ExplainOptions) -> Result<Explanation>,
    mut tally: Tally,
    opts: &ScanOptions,
) -> Result<ScanReport> {
    let locale = opts.locale.unwrap_or(Locale::En);
    let explain_opts = ExplainOptions {
        locale: Some(locale),
        ..Default::default()
    };
    let title = |code: u16| -> Result<Option<String>> {
        let ex = explain(&code.to_string(), &explain_opts)?;
        Ok(ex.canonical.map(|c| format!("{code} {}", c.texts.title)))
    };
    let limit = opts.limit();
    let mut more = Unlisted::default();
    let (mut failures, mut others, mut reasons, mut warnings) = (vec![], vec![], vec![], vec![]);
    let mut outcomes = tally.outcomes();
    // Most frequent first; then by what they state, so the order never depends on hashing.
    outcomes.sort_by(|(a, _), (b, _)| b.count.cmp(&a.count).then_with(|| a.key.cmp(&b.key)));
    for (d, seen) in outcomes {
        let (key, shown) = (d.key, d.shown);
        let code = key.code;
        let sip = code.filter(|c| (100..=699).contains(c));
        let (tied_reasons, tied_warnings) = ties(explain, &explain_opts, sip, &shown, &seen)?;
        // RFC 3261 §21.1: a provisional response is not a failure, unless the Reason it
        // carries says the call is failing (a 183 with Q.850 17, a carrier's early busy).
        let early = sip.is_some_and(|c| c < 200)
            && tied_reasons
                .iter()
                .any(|r| failing_reason(&r.source, r.code));
        let failure = early
            || match (code, key.cause) {
                (Some(c), _) => c >= 400,
                (None, Some(cause)) => seen.failure.unwrap_or(cause != 16),
                (None, None) => seen.failure == Some(true),
            };
        if !failure && !opts.all {
            continue;
        }
        let (list_len, unlisted) = if failure {
            (failures.len(), &mut more.failures)
        } else {
            (others.len(), &mut more.others)
        };
        if list_len >= limit {
            *unlisted += 1;
            continue;
        }
        // What to explain: the early failure's cause, else the code with its phrase, else the
        // cause, else a phrase alone (a stack's internal status such as sofia-sip's 904).
        let early_cause = tied_reasons
            .iter()
            .find(|r| early && failing_reason(&r.source, r.code))
            .map(|r| reason_input(&r.source, r.code));
        let input = match (&early_cause, sip, key.cause) {
            (Some(input), ..) => Some(input.clone()),
            (None, Some(c), _) => Some(format!("SIP/2.0 {c} {shown}").trim_end().to_string()),
            (None, None, Some(cause)) => Some(format!("q850:{cause}")),
            (None, None, None) if !shown.is_empty() && code.is_some() => Some(shown.clone()),
            _ => None,
        };
        let ex = match &input {
            // A phrase explain refuses (too long, say) still has a code to explain.
            Some(i) => match explain(i, &explain_opts) {
                Ok(ex) => Some(ex),
                Err(Error::Cancelled) => return Err(Error::Cancelled),
                Err(_) => match sip {
                    Some(c) => Some(explain(&c.to_string(), &explain_opts)?),
                    None => None,
                },
            },
            None => None,
        };
        let variant = ex
            .as_ref()
            .and_then(|ex| ex.variants.iter().find(|v| sip.is_none() || v.code == sip));
        let texts = variant.map(|v| &v.texts).or_else(|| {
            ex.as_ref().and_then(|ex| {
                ex.cause
                    .as_ref()
                    .filter(|_| sip.is_none() || early)
                    .map(|c| &c.texts)
                    .or(ex.canonical.as_ref().map(|c| &c.texts))
            })
        });
        let matched = match &ex {
            None => MatchKind::NotFound,
            Some(ex) => ex.kind,
        };
        let note = early.then(|| kb.label(locale, "scan-early-failure", &[]));
        let summary = ResponseSummary {
            code,
            phrase: shown,
            cause: key.cause,
            cause_name: seen.name,
            sighting: seen.kind,
            via: seen.vias.iter().map(|(v, n)| (v.to_string(), *n)).collect(),
            count: d.count,
            first: d.first.sighting(),
            last: d.last.sighting(),
            early_failure: early,
            reasons: tied_reasons,
            warnings: tied_warnings,
            matched,
            canonical_reason: ex
                .as_ref()
                .and_then(|ex| ex.canonical.as_ref())
                .map(|c| c.reason.clone()),
            vendor: variant.map(|v| v.vendor.clone()),
            title: texts.map(|t| t.title.clone()).unwrap_or_default(),
            summary: texts.map(|t| t.summary.clone()).unwrap_or_default(),
            action: texts.and_then(|t| t.actions.first().cloned()),
            note,
        };
        if failure {
            failures.push(summary);
        } else {
            others.push(summary);
        }
    }
    let mut headers = tally.headers();
    order(&mut headers, |k| match k {
        HeaderKey::Reason(r) => (r.cause, r.text.as_str()),
        HeaderKey::Warning(w) => (w.code, w.text.as_str()),
    });
    for d in headers {
        let (shown, count) = (d.shown, d.count);
        let (first, last) = (|| d.first.sighting(), || d.last.sighting());
        match d.key {
            HeaderKey::Reason(_) if reasons.len() >= limit => more.reasons += 1,
            HeaderKey::Warning(_) if warnings.len() >= limit => more.warnings += 1,
            HeaderKey::Reason(r) => {
                let mut q850_title = None;
                let sip = if r.protocol == "SIP" {
                    (100..=699).contains(&r.cause).then_some(r.cause)
                } else if r.protocol == "Q.850" && (1..=127).contains(&r.cause) {
                    // RFC 3398 §7.2.4.1, from the store's Q.850 table.
                    let ex = explain(&format!("q850:{}", r.cause), &explain_opts)?;
                    q850_title = ex.cause.as_ref().map(|c| c.texts.title.clone());
                    ex.cause.and_then(|c| c.to_sip)
                } else {
                    None
                };
                let sip_title = match sip {
                    Some(c) => title(c)?,
                    None => None,
                };
                reasons.push(HeaderSummary {
                    header: "Reason".into(),
                    source: r.protocol,
                    code: r.cause,
                    text: shown,
                    count,
                    first: first(),
                    last: last(),
                    sip_code: sip,
                    sip_title,
                    q850_title,
                });
            }
            HeaderKey::Warning(w) => warnings.push(HeaderSummary {
                header: "Warning".into(),
                source: w.agent,
                code: w.code,
                text: shown,
                count,
                first: first(),
                last: last(),
                sip_code: None,
                sip_title: None,
                q850_title: None,
            }),
        }
    }
    let classes: BTreeMap<String, u64> = (1..=6)
        .map(|c| (format!("{c}xx"), tally.classes[c - 1]))
        .collect();
    Ok(ScanReport {
        locale,
        files: tally.files,
        responses: tally.classes.iter().sum(),
        found: tally.found,
        classes,
        failures,
        others,
        reasons,
        warnings,
        more,
        sightings: tally.list.take().unwrap_or_default(),
        sightings_omitted: tally.omitted,
        dialogs: Default::default(),
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn utc_dates() {
        assert_eq!(super::utc(0, 0), "1970-01-01T00:00:00.000000Z");
        assert_eq!(
            super::utc(1_767_225_600, 123_456_789),
            "2026-01-01T00:00:00.123456Z"
        );
        assert_eq!(super::utc(951_782_400, 0), "2000-02-29T00:00:00.000000Z");
    }
}
