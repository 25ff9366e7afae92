//! The scan report: the tally turned into failures first (by count), a tally of the other
//! classes, and the `Reason:`/`Warning:` headers seen, each distinct response explained once.

use super::tally::{HeaderKey, Tally};
use super::types::{HeaderSummary, ResponseSummary, ScanOptions, ScanReport};
use crate::error::Result;
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
fn ordered<T>(mut v: Vec<(u64, u16, String, T)>) -> Vec<T> {
    v.sort_by(|a, b| {
        b.0.cmp(&a.0)
            .then(a.1.cmp(&b.1))
            .then_with(|| a.2.cmp(&b.2))
    });
    v.into_iter().map(|(.., t)| t).collect()
}

/// Builds the report: each distinct response explained once, through [`Kb::explain`].
pub(crate) fn build(
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
    let (mut failures, mut others, mut reasons, mut warnings) = (vec![], vec![], vec![], vec![]);
    for d in tally.responses() {
        let ((code, norm), shown, count, first, last) = (d.key, d.shown, d.count, d.first, d.last);
        if code < 400 && !opts.all {
            continue;
        }
        let input = format!("SIP/2.0 {code} {shown}");
        // A phrase explain refuses (too long, say) still has a code to explain.
        let ex = match explain(input.trim_end(), &explain_opts) {
            Ok(ex) => ex,
            Err(_) => explain(&code.to_string(), &explain_opts)?,
        };
        let variant = ex
            .variants
            .iter()
            .find(|v| v.code == Some(code) && !ex.standard_phrase());
        let texts = variant
            .map(|v| &v.texts)
            .or(ex.canonical.as_ref().map(|c| &c.texts));
        let summary = ResponseSummary {
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
        };
        let entry = (count, code, norm, summary);
        if code >= 400 {
            failures.push(entry);
        } else {
            others.push(entry);
        }
    }
    for d in tally.headers() {
        let (shown, count, first, last) = (d.shown, d.count, d.first, d.last);
        match d.key {
            HeaderKey::Reason(r) => {
                let sip = if r.protocol == "SIP" {
                    (100..=699).contains(&r.cause).then_some(r.cause)
                } else if r.protocol == "Q.850" && (1..=127).contains(&r.cause) {
                    // RFC 3398 §7.2.4.1, from the store's Q.850 table.
                    let ex = explain(&format!("q850:{}", r.cause), &explain_opts)?;
                    ex.cause.and_then(|c| c.to_sip)
                } else {
                    None
                };
                let sip_title = match sip {
                    Some(c) => title(c)?,
                    None => None,
                };
                reasons.push((
                    count,
                    r.cause,
                    r.text,
                    HeaderSummary {
                        header: "Reason".into(),
                        source: r.protocol,
                        code: r.cause,
                        text: shown,
                        count,
                        first,
                        last,
                        sip_code: sip,
                        sip_title,
                    },
                ));
            }
            HeaderKey::Warning(w) => warnings.push((
                count,
                w.code,
                w.text,
                HeaderSummary {
                    header: "Warning".into(),
                    source: w.agent,
                    code: w.code,
                    text: shown,
                    count,
                    first,
                    last,
                    sip_code: None,
                    sip_title: None,
                },
            )),
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
        failures: ordered(failures),
        others: ordered(others),
        reasons: ordered(reasons),
        warnings: ordered(warnings),
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
