//! Which columns of a call record hold its outcome: found by the names the common switches
//! write, or named by the user.

use super::EnrichOptions;
use super::problem::RowProblemKind;
use serde::Serialize;

/// The columns `sipkb enrich` adds, in order.
pub const ADDED: [&str; 9] = [
    "sipkb_code",
    "sipkb_class",
    "sipkb_match",
    "sipkb_category",
    "sipkb_side",
    "sipkb_retry",
    "sipkb_vendor",
    "sipkb_title",
    "sipkb_id",
];

/// Status-code columns, most specific first, each with the phrase column written beside it.
///
/// - FreeSWITCH (mod_sofia, `src/mod/endpoints/mod_sofia/sofia.c`): `sip_term_status` and
///   `sip_hangup_phrase` (the final response or BYE that ended the call),
///   `sip_invite_failure_status` and `sip_invite_failure_phrase` (a failed INVITE), and
///   `proto_specific_hangup_cause` (`sip:486`);
/// - Kamailio and OpenSIPS `acc` (`utils/kamctl/mysql/acc-create.sql`,
///   `scripts/mysql/acc-create.sql`): `sip_code` and `sip_reason`.
pub const CODE_COLUMNS: &[(&str, &str)] = &[
    ("sip_term_status", "sip_hangup_phrase"),
    ("sip_invite_failure_status", "sip_invite_failure_phrase"),
    ("sip_code", "sip_reason"),
    ("proto_specific_hangup_cause", ""),
    ("last_bridge_proto_specific_hangup_cause", ""),
];

/// How a cause column is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CauseKind {
    /// A Q.850 number or a switch's name for a cause (`17`, `USER_BUSY`, `AST_CAUSE_BUSY`).
    Value,
    /// An Asterisk CDR disposition: only `BUSY` and `CONGESTION` name one cause.
    Disposition,
    /// An Asterisk CEL `extra` field: JSON with a `hangupcause` on HANGUP events.
    CelExtra,
}

/// Cause columns, most specific first: FreeSWITCH's `hangup_cause` (a name) and
/// `hangup_cause_q850`; Asterisk's `hangupcause` (also `HANGUPCAUSE`, the channel variable),
/// the CDR `disposition` and the CEL `extra` (`main/cel.c`: `{"hangupcause": 16, …}`).
const CAUSE_COLUMNS: &[(&str, CauseKind)] = &[
    ("hangup_cause", CauseKind::Value),
    ("hangup_cause_q850", CauseKind::Value),
    ("hangupcause", CauseKind::Value),
    ("disposition", CauseKind::Disposition),
    ("extra", CauseKind::CelExtra),
];

/// The columns a file's outcome is read from, by name as its header writes them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Columns {
    /// The status-code column.
    pub code: Option<String>,
    /// The reason-phrase column.
    pub phrase: Option<String>,
    /// The hangup-cause column.
    pub cause: Option<String>,
    /// How the cause column is read.
    pub cause_kind: Option<CauseKind>,
}

/// Index of `name` in `names`, compared without case.
fn find(names: &[String], name: &str) -> Option<usize> {
    names
        .iter()
        .position(|n| n.trim().eq_ignore_ascii_case(name.trim()))
}

/// Finds the outcome columns among `names` (a header, or a JSON object's keys). `sparse`: the
/// names are one JSON object's keys, and another object may have keys this one lacks, so the
/// phrase column beside a code column is taken by its name even when absent here (a
/// FreeSWITCH call answered and hung up has `sip_term_status` and no `sip_hangup_phrase`).
pub(super) fn detect(
    names: &[String],
    opts: &EnrichOptions,
    sparse: bool,
) -> Result<Columns, RowProblemKind> {
    let found = || names.to_vec();
    if let Some(n) = names
        .iter()
        .find(|n| ADDED.iter().any(|a| n.trim().eq_ignore_ascii_case(a)))
    {
        return Err(RowProblemKind::AlreadyEnriched { column: n.clone() });
    }
    let named = |option: &'static str, name: &Option<String>| -> Result<Option<String>, _> {
        match name {
            None => Ok(None),
            Some(n) => match find(names, n) {
                Some(i) => Ok(Some(names[i].clone())),
                None => Err(RowProblemKind::NoSuchColumn {
                    option,
                    column: n.clone(),
                    found: found(),
                }),
            },
        }
    };
    let mut c = Columns {
        code: named("code", &opts.code_column)?,
        phrase: named("phrase", &opts.phrase_column)?,
        cause: named("cause", &opts.cause_column)?,
        cause_kind: opts.cause_column.as_ref().map(|_| CauseKind::Value),
    };
    if opts.code_column.is_none() {
        for (code, phrase) in CODE_COLUMNS {
            if let Some(i) = find(names, code) {
                c.code = Some(names[i].clone());
                if opts.phrase_column.is_none() {
                    c.phrase = match find(names, phrase) {
                        Some(j) => Some(names[j].clone()),
                        None if sparse && !phrase.is_empty() => Some(phrase.to_string()),
                        None => None,
                    };
                }
                break;
            }
        }
    } else if opts.phrase_column.is_none() {
        let paired = CODE_COLUMNS.iter().find(|(code, _)| {
            c.code
                .as_deref()
                .is_some_and(|n| n.eq_ignore_ascii_case(code))
        });
        c.phrase = paired
            .and_then(|(_, p)| find(names, p))
            .map(|j| names[j].clone());
    }
    if opts.cause_column.is_none() {
        let cel = find(names, "eventtype").is_some();
        for (cause, kind) in CAUSE_COLUMNS {
            if *kind == CauseKind::CelExtra && !cel {
                continue;
            }
            if let Some(i) = find(names, cause) {
                c.cause = Some(names[i].clone());
                c.cause_kind = Some(*kind);
                break;
            }
        }
    }
    if c.code.is_none() && c.cause.is_none() {
        return Err(RowProblemKind::NoOutcomeColumn { found: found() });
    }
    Ok(c)
}

/// The cause an Asterisk CDR disposition stands for, where it stands for one only
/// (`main/cdr.c`, `cdr_object_set_disposition`: `BUSY` comes from AST_CAUSE_BUSY alone,
/// `CONGESTION` from AST_CAUSE_CONGESTION alone; `FAILED` and `NO ANSWER` from several).
pub(super) fn disposition_cause(value: &str) -> &'static str {
    match value.trim() {
        "BUSY" => "17",
        "CONGESTION" => "34",
        _ => "",
    }
}

/// The `hangupcause` of an Asterisk CEL `extra` value (`{"hangupcause":17,…}`).
pub(super) fn cel_cause(extra: &str) -> String {
    let v: serde_json::Value = match serde_json::from_str(extra.trim()) {
        Ok(v) => v,
        Err(_) => return String::new(),
    };
    scalar(v.get("hangupcause").unwrap_or(&serde_json::Value::Null))
}

/// A JSON scalar as text: a string as it is, a number in decimal, anything else empty.
pub(super) fn scalar(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Number(n) => n.to_string(),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn finds_each_switch_layout() {
        let opts = EnrichOptions::default();
        let fs = detect(
            &names(&[
                "uuid",
                "hangup_cause",
                "sip_term_status",
                "sip_hangup_phrase",
            ]),
            &opts,
            false,
        )
        .unwrap();
        assert_eq!(fs.code.as_deref(), Some("sip_term_status"));
        assert_eq!(fs.phrase.as_deref(), Some("sip_hangup_phrase"));
        assert_eq!(fs.cause.as_deref(), Some("hangup_cause"));
        let kam = detect(
            &names(&["method", "callid", "sip_code", "sip_reason", "time"]),
            &opts,
            false,
        )
        .unwrap();
        assert_eq!(
            (kam.code.as_deref(), kam.phrase.as_deref()),
            (Some("sip_code"), Some("sip_reason"))
        );
        let ast = detect(&names(&["src", "dst", "disposition"]), &opts, false).unwrap();
        assert_eq!(ast.cause_kind, Some(CauseKind::Disposition));
        let cel = detect(&names(&["EventType", "Extra"]), &opts, false).unwrap();
        assert_eq!(cel.cause_kind, Some(CauseKind::CelExtra));
        assert!(
            detect(&names(&["extra"]), &opts, false).is_err(),
            "extra without CEL's eventtype"
        );
        let upper = detect(&names(&["HANGUPCAUSE"]), &opts, false).unwrap();
        assert_eq!(upper.cause.as_deref(), Some("HANGUPCAUSE"));
    }

    #[test]
    fn refuses_what_it_cannot_use() {
        let opts = EnrichOptions::default();
        let err = detect(&names(&["a", "b"]), &opts, false).unwrap_err();
        assert!(matches!(err, RowProblemKind::NoOutcomeColumn { found } if found == ["a", "b"]));
        let err = detect(&names(&["sip_code", "sipkb_code"]), &opts, false).unwrap_err();
        assert!(matches!(err, RowProblemKind::AlreadyEnriched { .. }));
        let opts = EnrichOptions {
            code_column: Some("status".into()),
            ..Default::default()
        };
        let err = detect(&names(&["sip_code"]), &opts, false).unwrap_err();
        assert!(matches!(
            err,
            RowProblemKind::NoSuchColumn { option: "code", .. }
        ));
    }

    #[test]
    fn reads_asterisk_values() {
        assert_eq!(disposition_cause("BUSY"), "17");
        assert_eq!(disposition_cause("NO ANSWER"), "");
        assert_eq!(
            cel_cause(r#"{"hangupcause":17,"hangupsource":"","dialstatus":"BUSY"}"#),
            "17"
        );
        assert_eq!(cel_cause("not json"), "");
    }
}
