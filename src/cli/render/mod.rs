//! Human-readable text for an explanation, with labels from `app.ftl`.

pub mod calls;
mod lead;
mod telecom;

use sipkb::{Arg, Explanation, Kb, SightingKind, Suggestion, Texts, Variant};
use std::fmt::Write;

/// How much of an answer to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Depth {
    /// The lead, then every entry in full: impact, how to confirm, platform hints (`--full`).
    Full,
    /// The lead alone: one screen (the default).
    Lead,
    /// The headline, how it matched and the triage facts (`--brief`); for an entry's section,
    /// its summary, causes, actions and facts only.
    Brief,
}

/// Renders an explanation as plain text in its locale: the lead (see [`lead`]), then with
/// [`Depth::Full`] every part of the answer.
pub fn explanation(kb: &Kb, ex: &Explanation, depth: Depth) -> String {
    let mut s = String::new();
    lead::write(&mut s, kb, ex, depth);
    if depth == Depth::Full {
        full(&mut s, kb, ex);
    }
    fallback(&mut s, kb, ex);
    s
}

/// The depth: every entry the answer names, in full.
fn full(s: &mut String, kb: &Kb, ex: &Explanation) {
    let depth = Depth::Full;
    let s = &mut *s;
    let l = ex.locale;
    let label = |id: &str| kb.label(l, id, &[]);
    telecom::cause(s, kb, ex, depth);
    if let Some(fb) = &ex.class_fallback {
        // The lead's match note says which class it is handled as.
        section(s, kb, ex, &fb.texts.title, &fb.texts, &[], depth);
    }
    for v in &ex.variants {
        variant(s, kb, ex, v, depth);
    }
    if let Some(c) = &ex.canonical {
        let _ = writeln!(
            s,
            "\n■ {}{}{} {} ({})",
            label("app-canonical"),
            label("app-colon"),
            c.code,
            c.reason,
            c.rfc.join(&label("app-list-sep"))
        );
        let facts = triage(
            kb,
            ex,
            &c.category,
            &c.side,
            &c.retry,
            c.q850,
            &c.q850_title,
        );
        section(s, kb, ex, &c.texts.title, &c.texts, &facts, depth);
    }
    // Other vendors' readings of a standard phrase: the lead names them in one line each.
    for v in &ex.also_glossed {
        variant(s, kb, ex, v, depth);
    }
    telecom::reasons(s, kb, ex);
    telecom::warnings(s, kb, ex);
    for n in &ex.notes {
        let head = kb.label(
            l,
            "app-note",
            &[
                ("vendor", Arg::Str(&n.vendor_name)),
                ("class", Arg::Str(&n.class)),
            ],
        );
        let _ = writeln!(s, "\n■ {head}");
        section(s, kb, ex, &n.texts.title, &n.texts, &[], depth);
    }
    if !ex.suggestions.is_empty() {
        heading(s, &label("app-suggestions"), &label("app-colon"));
        for g in &ex.suggestions {
            suggestion(s, g);
        }
    }
    if !ex.found_in.is_empty() {
        heading(s, &label("app-found-in"), &label("app-colon"));
        for h in &ex.found_in {
            let code = h.code.map(|c| c.to_string()).unwrap_or_default();
            let name = h.vendor_code.as_deref().unwrap_or_default();
            let phrase = if name.is_empty() {
                h.phrase.clone()
            } else {
                format!("{name} {}", h.phrase)
            };
            let from = h
                .vendor
                .as_deref()
                .map(|v| format!(" ({v})"))
                .unwrap_or_default();
            let _ = writeln!(s, "  {code} {phrase}{from}");
            if h.matched != h.phrase {
                let _ = writeln!(s, "    {}", h.matched);
            }
        }
    }
    // Header lines that were not explained above (Via, To… of a pasted message).
    let unexplained: Vec<&String> = ex
        .headers
        .iter()
        .filter(|h| !telecom::is_explained_header(h))
        .collect();
    if !unexplained.is_empty() {
        heading(s, &label("app-headers"), &label("app-colon"));
        for h in unexplained {
            let _ = writeln!(s, "  {h}");
        }
    }
}

/// Which texts are shown in another language, for want of a translation.
fn fallback(s: &mut String, kb: &Kb, ex: &Explanation) {
    let l = ex.locale;
    let label = |id: &str| kb.label(l, id, &[]);
    if !ex.fallback.is_empty() {
        let locales: Vec<&str> = ex.fallback.iter().map(|l| l.as_str()).collect();
        let _ = writeln!(
            s,
            "\n{}",
            kb.label(
                l,
                "app-fallback",
                &[("locales", Arg::Str(&locales.join(&label("app-list-sep"))))]
            )
        );
    }
}

/// One vendor's reading of the input, in full.
fn variant(s: &mut String, kb: &Kb, ex: &Explanation, v: &Variant, depth: Depth) {
    let label = |id: &str| kb.label(ex.locale, id, &[]);
    let mut head = format!(
        "{}{}{}",
        label("app-vendor"),
        label("app-colon"),
        v.vendor_name
    );
    let wire = match (&v.vendor_code, v.code) {
        (Some(dc), Some(c)) => format!("{dc} (SIP {c}) {}", v.phrase),
        (Some(dc), None) => format!("{dc} {} ({})", v.phrase, label("app-no-sip-code")),
        (None, Some(c)) => format!("{c} {}", v.phrase),
        (None, None) => v.phrase.clone(),
    };
    let _ = write!(head, " [{}]", v.vendor);
    let title = format!("{wire} — {}", v.texts.title);
    let _ = writeln!(s, "\n■ {head}");
    let facts = triage(
        kb,
        ex,
        &v.category,
        &v.side,
        &v.retry,
        v.q850,
        &v.q850_title,
    );
    section(s, kb, ex, &title, &v.texts, &facts, depth);
}

/// The triage facts of an entry: category, who acts, retry advice, Q.850 cause.
fn triage(
    kb: &Kb,
    ex: &Explanation,
    category: &str,
    side: &str,
    retry: &str,
    q850: Option<u8>,
    q850_title: &Option<String>,
) -> Vec<(String, String)> {
    let l = ex.locale;
    let label = |id: &str| kb.label(l, id, &[]);
    let mut facts = vec![
        (
            label("app-category"),
            label(&format!("category-{category}")),
        ),
        (label("app-side"), label(&format!("side-{side}"))),
        (label("app-retry"), label(&format!("retry-{retry}"))),
    ];
    if let Some(q) = q850 {
        let cause = q.to_string();
        let value = match q850_title {
            Some(name) => kb.label(
                l,
                "app-cause-named",
                &[("cause", Arg::Str(&cause)), ("name", Arg::Str(name))],
            ),
            None => cause,
        };
        facts.push((label("app-q850"), value));
    }
    facts
}

fn section(
    s: &mut String,
    kb: &Kb,
    ex: &Explanation,
    title: &str,
    t: &Texts,
    facts: &[(String, String)],
    depth: Depth,
) {
    let label = |id: &str| kb.label(ex.locale, id, &[]);
    let colon = label("app-colon");
    if !title.is_empty() {
        let _ = writeln!(s, "  {title}");
    }
    if !t.summary.is_empty() {
        let _ = writeln!(s, "  {}", t.summary);
    }
    for (head, items) in [
        (label("app-causes"), &t.causes),
        (label("app-actions"), &t.actions),
    ] {
        if !items.is_empty() {
            let _ = writeln!(s, "  {head}{}", colon.trim_end());
            for item in items {
                let _ = writeln!(s, "    - {item}");
            }
        }
    }
    if !t.ui.is_empty() {
        let _ = writeln!(s, "  {}{colon}{}", label("app-ui"), t.ui);
    }
    if depth == Depth::Full {
        if !t.impact.is_empty() {
            let _ = writeln!(s, "  {}{colon}{}", label("app-impact"), t.impact);
        }
        list(s, &label("app-confirm"), &colon, &t.confirm, true);
        for (id, platform, items) in [
            ("app-hint-asterisk", "asterisk", &t.asterisk),
            ("app-hint-freeswitch", "freeswitch", &t.freeswitch),
            ("app-hint-kamailio", "kamailio", &t.kamailio),
            ("app-hint-opensips", "opensips", &t.opensips),
        ] {
            // The heading names the versions the hints were checked for, where known.
            let head = match t.hint_versions.get(platform) {
                Some(v) => kb.label(ex.locale, "app-hint-versions", &[("versions", Arg::Str(v))]),
                None => label(id),
            };
            list(s, &head, &colon, items, false);
        }
    }
    if !facts.is_empty() {
        let line: Vec<String> = facts
            .iter()
            .map(|(k, v)| format!("{k}{colon}{v}"))
            .collect();
        let _ = writeln!(s, "  {}", line.join(" · "));
    }
}

/// A headed list: numbered steps, or dashed items.
fn list(s: &mut String, head: &str, colon: &str, items: &[String], numbered: bool) {
    if items.is_empty() {
        return;
    }
    let _ = writeln!(s, "  {head}{}", colon.trim_end());
    for (i, item) in items.iter().enumerate() {
        if numbered {
            let _ = writeln!(s, "    {}. {item}", i + 1);
        } else {
            let _ = writeln!(s, "    - {item}");
        }
    }
}

/// The label id part of a sighting kind (`sighting-status-line`).
pub fn sighting_id(kind: SightingKind) -> &'static str {
    match kind {
        SightingKind::StatusLine => "status-line",
        SightingKind::MethodStatus => "method-status",
        SightingKind::ProductPhrase => "product-phrase",
        SightingKind::HangupCause => "hangup-cause",
        SightingKind::CdrField => "cdr-field",
    }
}

/// A section heading after a blank line: `Closest known phrases:`.
/// A related entry on one line: code, phrase, how alike (and whose list).
fn suggestion(s: &mut String, g: &Suggestion) {
    let from = g
        .vendor
        .as_deref()
        .map(|v| format!(", {v}"))
        .unwrap_or_default();
    let _ = writeln!(s, "  {} {} ({:.2}{from})", g.code, g.phrase, g.score);
}

fn heading(s: &mut String, text: &str, colon: &str) {
    let _ = writeln!(s, "\n{text}{}", colon.trim_end());
}
