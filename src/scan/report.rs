//! The scan report: the tally turned into failures first (by count), a tally of the other
//! classes, and the `Reason:`/`Warning:` headers seen, each distinct response explained once.

use super::ScanOptions;
use super::tally::{HeaderKey, Tally};
use crate::error::Result;
use crate::explain::{ExplainOptions, MatchKind};
use crate::i18n::Locale;
use crate::kb::Kb;
use serde::Serialize;
use std::collections::BTreeMap;

/// What a scanned input was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FileKind {
    /// A text log.
    Log,
    /// A gzip-compressed text log.
    Gzip,
    /// A pcap capture.
    Pcap,
    /// A pcapng capture.
    Pcapng,
}

/// One scanned input.
#[derive(Debug, Clone, Serialize)]
pub struct ScannedFile {
    /// Its name as given (`-` for stdin).
    pub name: String,
    /// What it was.
    pub kind: FileKind,
    /// Bytes read (of a compressed file: decompressed bytes).
    pub bytes: u64,
    /// Lines of a log.
    pub lines: u64,
    /// Packets of a capture.
    pub packets: Option<u64>,
}

/// Where something was seen: a log's file and line, or a capture's packet with its time and
/// addresses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Sighting {
    /// The input's name.
    pub file: String,
    /// The line number (from 1) in a log; the packet number (from 1) in a capture.
    pub line: u64,
    /// A capture packet's time, RFC 3339 UTC.
    pub time: Option<String>,
    /// A capture packet's source, `ip:port`.
    pub src: Option<String>,
    /// A capture packet's destination, `ip:port`.
    pub dst: Option<String>,
}

/// One distinct response (code and phrase) and what it means.
#[derive(Debug, Clone, Serialize)]
pub struct ResponseSummary {
    /// The status code.
    pub code: u16,
    /// The reason phrase as first seen (spellings that normalize alike are counted together).
    pub phrase: String,
    /// How many times.
    pub count: u64,
    /// Where first seen.
    pub first: Sighting,
    /// Where last seen.
    pub last: Sighting,
    /// How `sipkb explain` matched it.
    #[serde(rename = "match")]
    pub kind: MatchKind,
    /// The registry's phrase for the code (for an unregistered code: its class's x00's).
    pub canonical_reason: Option<String>,
    /// The vendor whose variant it matched, if any.
    pub vendor: Option<String>,
    /// The explanation's title, in the report's locale.
    pub title: String,
    /// What it means.
    pub summary: String,
    /// The first suggested action.
    pub action: Option<String>,
}

/// One distinct `Reason:` or `Warning:` entry.
#[derive(Debug, Clone, Serialize)]
pub struct HeaderSummary {
    /// `Reason` or `Warning`.
    pub header: String,
    /// For a reason: its protocol (`Q.850`, `SIP`); for a warning: its agent.
    pub source: String,
    /// The cause (reason) or warn-code (warning).
    pub code: u16,
    /// The text as first seen.
    pub text: String,
    /// How many times.
    pub count: u64,
    /// Where first seen.
    pub first: Sighting,
    /// Where last seen.
    pub last: Sighting,
    /// The SIP response it stands for: the cause of a `SIP` reason, or the response RFC 3398
    /// §7.2.4.1 maps a Q.850 cause to.
    pub sip_code: Option<u16>,
    /// That response's title, in the report's locale.
    pub sip_title: Option<String>,
}

/// What `sipkb scan` found.
#[derive(Debug, Clone, Serialize)]
pub struct ScanReport {
    /// The locale of the texts.
    pub locale: Locale,
    /// The inputs, in order.
    pub files: Vec<ScannedFile>,
    /// Status lines found, all classes.
    pub responses: u64,
    /// Status lines per class: `1xx` … `6xx`.
    pub classes: BTreeMap<String, u64>,
    /// Distinct 4xx–6xx responses, most frequent first.
    pub failures: Vec<ResponseSummary>,
    /// Distinct 1xx–3xx responses (with `all`; empty otherwise), most frequent first.
    pub others: Vec<ResponseSummary>,
    /// Distinct `Reason:` entries, most frequent first.
    pub reasons: Vec<HeaderSummary>,
    /// Distinct `Warning:` entries, most frequent first.
    pub warnings: Vec<HeaderSummary>,
}

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
pub(crate) fn build(kb: &Kb, mut tally: Tally, opts: &ScanOptions) -> Result<ScanReport> {
    let locale = opts.locale.unwrap_or(Locale::En);
    let explain_opts = ExplainOptions {
        locale: Some(locale),
        ..Default::default()
    };
    let title = |code: u16| -> Result<Option<String>> {
        let ex = kb.explain(&code.to_string(), &explain_opts)?;
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
        let ex = match kb.explain(input.trim_end(), &explain_opts) {
            Ok(ex) => ex,
            Err(_) => kb.explain(&code.to_string(), &explain_opts)?,
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
                    let ex = kb.explain(&format!("q850:{}", r.cause), &explain_opts)?;
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
