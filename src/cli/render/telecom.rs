//! Text for the telecom side of an explanation: a Q.850 cause, `Reason:` and `Warning:` headers.

use super::{Depth, heading, section};
use sipkb::{Arg, CauseInfo, Explanation, Kb, ReasonInfo, Relation, Texts, WarningInfo};
use std::fmt::Write;

/// Whether `line` is a header this module explains (the rest are listed verbatim).
pub fn is_explained_header(line: &str) -> bool {
    line.split_once(':').is_some_and(|(name, _)| {
        let name = name.trim();
        name.eq_ignore_ascii_case("reason") || name.eq_ignore_ascii_case("warning")
    })
}

/// The Q.850 cause asked about.
pub fn cause(s: &mut String, kb: &Kb, ex: &Explanation, depth: Depth) {
    if let Some(c) = &ex.cause {
        let head = kb.label(
            ex.locale,
            "app-cause-head",
            &[
                ("value", Arg::Str(&c.value.to_string())),
                ("name", Arg::Str(&c.texts.title)),
            ],
        );
        let _ = writeln!(s, "\n■ {head}");
        cause_body(s, kb, ex, c, depth);
    }
}

/// A cause's texts, then its mappings and the names switches give it.
fn cause_body(s: &mut String, kb: &Kb, ex: &Explanation, c: &CauseInfo, depth: Depth) {
    let l = ex.locale;
    let label = |id: &str, args: &[(&str, Arg<'_>)]| kb.label(l, id, args);
    section(s, kb, ex, &c.texts.title, &c.texts, &[], depth);
    let class = label(&format!("q850class-{}", c.class), &[]);
    let _ = writeln!(
        s,
        "  {}{}{class}",
        label("app-cause-class", &[]),
        label("app-colon", &[])
    );
    let to_sip = match (c.to_sip, &c.to_sip_reason) {
        (Some(code), reason) => {
            let code = code.to_string();
            let reason = reason.clone().unwrap_or_default();
            let args = [("code", Arg::Str(&code)), ("reason", Arg::Str(&reason))];
            label("app-cause-to-sip", &args)
        }
        (None, _) => label("app-cause-no-sip", &[]),
    };
    let _ = writeln!(s, "  → {to_sip}");
    let sep = label("app-list-sep", &[]);
    if !c.from_sip.is_empty() {
        let codes: Vec<String> = c.from_sip.iter().map(u16::to_string).collect();
        let codes = codes.join(&sep);
        let _ = writeln!(
            s,
            "  ← {}",
            label("app-cause-from-sip", &[("codes", Arg::Str(&codes))])
        );
        // A received Reason: Q.850 decides before this table does.
        let _ = writeln!(s, "    {}", label("rel-q850-override", &[]));
    }
    let names: Vec<&str> = c
        .freeswitch_name
        .iter()
        .map(String::as_str)
        .chain(c.asterisk_names.iter().map(String::as_str))
        .collect();
    if !names.is_empty() {
        let names = names.join(&sep);
        let _ = writeln!(
            s,
            "  {}",
            label("app-cause-names", &[("names", Arg::Str(&names))])
        );
    }
}

/// One reason of a `Reason:` header in words: `Reason: Q.850 cause 17`.
pub fn reason_head(kb: &Kb, ex: &Explanation, r: &ReasonInfo) -> String {
    let cause = r.cause.to_string();
    let args = [
        ("cause", Arg::Str(&cause)),
        ("protocol", Arg::Str(&r.protocol)),
    ];
    let id = match r.protocol.as_str() {
        "Q.850" => "app-reason-q850",
        "SIP" => "app-reason-sip",
        _ => "app-reason-other",
    };
    kb.label(ex.locale, id, &args)
}

/// The reasons of the `Reason:` headers, each with how it relates to the status line.
pub fn reasons(s: &mut String, kb: &Kb, ex: &Explanation) {
    if ex.reasons.is_empty() {
        return;
    }
    let l = ex.locale;
    heading(
        s,
        &kb.label(l, "app-reasons", &[]),
        &kb.label(l, "app-colon", &[]),
    );
    for r in &ex.reasons {
        let cause = r.cause.to_string();
        let mut head = reason_head(kb, ex, r);
        if let Some(text) = &r.text {
            let _ = write!(
                head,
                " — {}",
                kb.label(l, "app-reason-text", &[("text", Arg::Str(text))])
            );
        }
        let _ = writeln!(s, "\n■ {head}");
        if let Some(note) = &r.relation_note {
            let _ = writeln!(s, "  ↔ {note}");
        }
        if let Some(c) = &r.q850 {
            cause_body(s, kb, ex, c, Depth::Brief);
        } else if r.protocol == "Q.850" {
            let _ = writeln!(
                s,
                "  {}",
                kb.label(
                    l,
                    "app-reason-unknown-cause",
                    &[("cause", Arg::Str(&cause))]
                )
            );
        }
        // The code's meaning in short; the status line's own code is explained above.
        if let Some(c) = r
            .sip
            .as_ref()
            .filter(|_| r.relation != Some(Relation::Same))
        {
            let _ = writeln!(s, "  SIP {} {}", c.code, c.reason);
            let short = Texts {
                title: c.texts.title.clone(),
                summary: c.texts.summary.clone(),
                ..Texts::default()
            };
            section(s, kb, ex, &short.title, &short, &[], Depth::Brief);
        }
    }
}

/// A `Warning:` header's head line: code, agent and text as the header gives them.
pub fn warning_head(kb: &Kb, ex: &Explanation, w: &WarningInfo) -> String {
    let code = w.code.to_string();
    let args = [
        ("code", Arg::Str(&code)),
        ("agent", Arg::Str(&w.agent)),
        ("text", Arg::Str(&w.text)),
    ];
    kb.label(ex.locale, "app-warning-head", &args)
}

/// The warnings of the `Warning:` headers.
pub fn warnings(s: &mut String, kb: &Kb, ex: &Explanation) {
    if ex.warnings.is_empty() {
        return;
    }
    let l = ex.locale;
    heading(
        s,
        &kb.label(l, "app-warnings", &[]),
        &kb.label(l, "app-colon", &[]),
    );
    for w in &ex.warnings {
        let _ = writeln!(s, "\n■ {}", warning_head(kb, ex, w));
        if !w.registered {
            let code = w.code.to_string();
            let args = [("code", Arg::Str(&code))];
            let _ = writeln!(s, "  {}", kb.label(l, "app-warning-unregistered", &args));
        }
        section(s, kb, ex, &w.texts.title, &w.texts, &[], Depth::Brief);
    }
}
