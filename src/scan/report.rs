//! The scan report: the tally turned into failures first (by count), a tally of the other
//! classes, and the `Reason:`/`Warning:` headers seen, each distinct response explained once.

use super::tally::{Distinct, HeaderKey, Tally};
use super::types::{HeaderSummary, ResponseSummary, ScanOptions, ScanReport, Unlisted};
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

/// Builds the report: the most frequent distinct responses and headers (at most
/// [`ScanOptions::limit`] of each list), each explained once through [`Kb::explain`]; the
/// rest are counted in [`ScanReport::more`]. Explaining is where a scan of many distinct
/// lines spends its time, so the cancel flag is looked at before each.
pub(crate) fn build(
    explain: &dyn Fn(&str, &ExplainOptions) -> Result<Explanation>,
    mut tally: Tally,
    opts: &ScanOptions,
) -> Result<ScanReport> {
    let locale = opts.locale.unwrap_or(Locale::En);
    let limit = opts.limit();
    let explain_opts = ExplainOptions {
        locale: Some(locale),
        ..Default::default()
    };
    let explain = |input: &str| {
        opts.check_cancel()?;
        explain(input, &explain_opts)
    };
    let title = |code: u16| -> Result<Option<String>> {
        let ex = explain(&code.to_string())?;
        Ok(ex.canonical.map(|c| format!("{code} {}", c.texts.title)))
    };
    let mut more = Unlisted::default();
    let (mut failures, mut others, mut reasons, mut warnings) = (vec![], vec![], vec![], vec![]);
    let mut responses = tally.responses();
    responses.retain(|d| d.key.0 >= 400 || opts.all);
    order(&mut responses, |(code, norm)| (*code, norm.as_str()));
    for d in responses {
        let ((code, _), shown, count) = (d.key, d.shown, d.count);
        let (first, last) = (d.first.sighting(), d.last.sighting());
        let (list, unlisted) = if code >= 400 {
            (&mut failures, &mut more.failures)
        } else {
            (&mut others, &mut more.others)
        };
        if list.len() >= limit {
            *unlisted += 1;
            continue;
        }
        let input = format!("SIP/2.0 {code} {shown}");
        // A phrase explain refuses (too long, say) still has a code to explain.
        let ex = match explain(input.trim_end()) {
            Ok(ex) => ex,
            Err(Error::Cancelled) => return Err(Error::Cancelled),
            Err(_) => explain(&code.to_string())?,
        };
        let variant = ex
            .variants
            .iter()
            .find(|v| v.code == Some(code) && !ex.standard_phrase());
        let texts = variant
            .map(|v| &v.texts)
            .or(ex.canonical.as_ref().map(|c| &c.texts));
        list.push(ResponseSummary {
            code,
            phrase: shown,
            count,
            first,
            last,
            // The code's own phrase is reported as the canonical meaning it is shown as.
            kind: if variant.is_none() && ex.standard_phrase() {
                MatchKind::Canonical
            } else {
                ex.kind
            },
            canonical_reason: ex.canonical.as_ref().map(|c| c.reason.clone()),
            vendor: variant.map(|v| v.vendor.clone()),
            title: texts.map(|t| t.title.clone()).unwrap_or_default(),
            summary: texts.map(|t| t.summary.clone()).unwrap_or_default(),
            action: texts.and_then(|t| t.actions.first().cloned()),
        });
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
                let sip = if r.protocol == "SIP" {
                    (100..=699).contains(&r.cause).then_some(r.cause)
                } else if r.protocol == "Q.850" && (1..=127).contains(&r.cause) {
                    // RFC 3398 §7.2.4.1, from the store's Q.850 table.
                    let ex = explain(&format!("q850:{}", r.cause))?;
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
        classes,
        failures,
        others,
        reasons,
        warnings,
        more,
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
