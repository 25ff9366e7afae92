//! The lead of an answer as terminal text (issue #19): what a busy engineer reads first, on one
//! screen — the headline, how the input matched, who acts and whether a retry helps, the
//! first actions, the caller's line, who sent it and what an unknown phrase's words say. The
//! depth (every entry in full) follows only with `--full`.
//!
//! Everything here comes from the library's [`sipkb::Lead`], so the text, the JSON and the web
//! page lead with the same facts.

use super::Depth;
use sipkb::{Arg, Explanation, Kb, Locale, MatchKind, NoteLevel, SightingKind, Texts};
use std::fmt::Write;

/// At most this many related entries or suggestions are listed in the lead.
const RELATED: usize = 5;

/// Writes the lead of `ex`: with [`Depth::Brief`] the headline, the match note and the triage
/// facts; otherwise also the meaning, actions, caller's line, attribution, reading and the
/// one-line mentions of what the depth holds.
pub fn write(s: &mut String, kb: &Kb, ex: &Explanation, depth: Depth) {
    let l = ex.locale;
    let label = |id: &str| kb.label(l, id, &[]);
    let colon = label("app-colon");
    let _ = writeln!(s, "{}", ex.input.lines().next().unwrap_or_default().trim());
    if let (MatchKind::Cause, Some(c), Some(h)) = (ex.kind, &ex.cause, &ex.lead.headline) {
        let value = c.value.to_string();
        let args = [("value", Arg::Str(&value)), ("name", Arg::Str(&h.meaning))];
        let _ = writeln!(s, "{}", kb.label(l, "app-cause-head", &args));
    } else if let Some(h) = &ex.lead.headline {
        let mut line = String::new();
        if let Some(code) = h.code {
            let _ = write!(line, "{code} ");
        }
        match h.phrase.as_deref() {
            // A cause's name and its title are often the same words: say them once.
            Some(p) if !p.trim().eq_ignore_ascii_case(h.meaning.trim()) => {
                let _ = write!(line, "{p} — {}", h.meaning);
            }
            _ => line.push_str(&h.meaning),
        }
        let _ = writeln!(s, "{}", line.trim());
    }
    if let Some(n) = &ex.lead.match_note {
        let mark = match n.level {
            NoteLevel::Warning => "⚠",
            NoteLevel::Info => "ⓘ",
        };
        let _ = writeln!(s, "{mark} {}", n.text);
    }
    // "No exact match — related entries:" is followed by them at once.
    if ex.kind == MatchKind::NotFound {
        related(s, kb, ex);
    }
    if let Some(sg) = ex
        .sighting
        .as_ref()
        .filter(|sg| sg.kind != SightingKind::StatusLine)
    {
        let kind = label(&format!("sighting-{}", super::sighting_id(sg.kind)));
        let args = [("kind", Arg::Str(&kind)), ("via", Arg::Str(&sg.via))];
        let _ = writeln!(
            s,
            "  {}{colon}{}",
            label("lead-read-as"),
            kb.label(l, "scan-sighting", &args)
        );
    }
    if let Some(t) = &ex.lead.triage {
        let _ = writeln!(s, "  {}{colon}{}", label("app-side"), t.side.label);
        let _ = writeln!(s, "  {}{colon}{}", label("app-retry"), t.retry.label);
        let mut facts = format!("  {}{colon}{}", label("app-category"), t.category.label);
        if let Some(q) = &t.q850 {
            let cause = q.value.to_string();
            let named = kb.label(
                l,
                "app-cause-named",
                &[("cause", Arg::Str(&cause)), ("name", Arg::Str(&q.title))],
            );
            let _ = write!(facts, " · {}{colon}{named}", label("app-q850"));
        }
        let _ = writeln!(s, "{facts}");
        let _ = writeln!(s, "  {}{colon}{}", label("lead-escalate"), t.escalate);
    }
    if depth == Depth::Brief {
        return;
    }
    if let Some(summary) = primary_texts(ex)
        .map(|t| t.summary.trim())
        .filter(|t| !t.is_empty())
    {
        let _ = writeln!(s, "\n{summary}");
    }
    if !ex.lead.actions.is_empty() {
        let _ = writeln!(s, "{}{}", label("app-actions"), colon.trim_end());
        for (i, a) in ex.lead.actions.iter().enumerate() {
            let _ = writeln!(s, "  {}. {a}", i + 1);
        }
    }
    if let Some(line) = &ex.lead.caller_line {
        let _ = writeln!(
            s,
            "{}",
            kb.label(l, "lead-caller", &[("line", Arg::Str(line))])
        );
    }
    if let Some(a) = &ex.lead.attribution {
        let _ = writeln!(s, "{}", a.text);
    }
    if let Some(r) = &ex.lead.reading {
        let confidence = label(&format!(
            "reading-confidence-{}",
            r.reading.confidence.as_str()
        ));
        let _ = writeln!(
            s,
            "{}{colon}{} ({confidence})",
            label("reading-head"),
            r.sentence
        );
        if let Some(note) = &r.note {
            let _ = writeln!(s, "  {note}");
        }
    }
    for v in &ex.also_glossed {
        let args = [
            ("vendor", Arg::Str(&v.vendor_name)),
            ("title", Arg::Str(&v.texts.title)),
        ];
        let _ = writeln!(s, "{}", kb.label(l, "also-glossed", &args));
    }
    for n in &ex.notes {
        let head = kb.label(
            l,
            "app-note",
            &[
                ("vendor", Arg::Str(&n.vendor_name)),
                ("class", Arg::Str(&n.class)),
            ],
        );
        let _ = writeln!(s, "{head}{colon}{}", n.texts.title);
    }
    headers(s, kb, ex);
    if ex.kind == MatchKind::UnknownVariant && !ex.fuzzy {
        related(s, kb, ex);
    }
    if depth == Depth::Lead && has_depth(ex) {
        let _ = writeln!(s, "{}", label("lead-more"));
    }
}

/// The texts the headline's meaning comes from: the cause asked about, the first vendor
/// reading, the code's own, or its class's for an unregistered code.
fn primary_texts(ex: &Explanation) -> Option<&Texts> {
    if ex.kind == MatchKind::Cause
        && let Some(c) = &ex.cause
    {
        return Some(&c.texts);
    }
    ex.variants
        .first()
        .map(|v| &v.texts)
        .or(ex.canonical.as_ref().map(|c| &c.texts))
        .or(ex.class_fallback.as_ref().map(|f| &f.texts))
}

/// `Reason:` and `Warning:` headers, one line each (with how a Reason relates to the code).
fn headers(s: &mut String, kb: &Kb, ex: &Explanation) {
    for r in &ex.reasons {
        let mut line = super::telecom::reason_head(kb, ex, r);
        let title = r
            .q850
            .as_ref()
            .map(|c| &c.texts.title)
            .or(r.sip.as_ref().map(|c| &c.texts.title));
        if let Some(t) = title {
            let _ = write!(line, " — {t}");
        }
        let _ = writeln!(s, "{line}");
        if let Some(note) = &r.relation_note {
            let _ = writeln!(s, "  ↔ {note}");
        }
    }
    for w in &ex.warnings {
        let head = super::telecom::warning_head(kb, ex, w);
        let _ = writeln!(s, "{head} — {}", w.texts.title);
    }
}

/// A list's head line with its colon, and no blank line before it (the lead is compact).
fn list_head(s: &mut String, kb: &Kb, l: Locale, id: &str) {
    let colon = kb.label(l, "app-colon", &[]);
    let _ = writeln!(s, "{}{}", kb.label(l, id, &[]), colon.trim_end());
}

/// For an input that matched nothing exactly, or a phrase in no list: the related entries, each on one line with how
/// alike it is (the library keeps only those at least half alike).
fn related(s: &mut String, kb: &Kb, ex: &Explanation) {
    let l = ex.locale;
    if ex.kind == MatchKind::UnknownVariant && !ex.suggestions.is_empty() {
        list_head(s, kb, l, "app-suggestions");
    }
    for g in ex.suggestions.iter().take(RELATED) {
        super::suggestion(s, g);
    }
    if ex.kind == MatchKind::NotFound && !ex.found_in.is_empty() {
        list_head(s, kb, l, "app-found-in");
        for h in ex.found_in.iter().take(RELATED) {
            let code = h.code.map(|c| c.to_string()).unwrap_or_default();
            let phrase = match h.vendor_code.as_deref() {
                Some(name) if !name.is_empty() => format!("{name} {}", h.phrase),
                _ => h.phrase.clone(),
            };
            let from = h
                .vendor
                .as_deref()
                .map(|v| format!(" ({v})"))
                .unwrap_or_default();
            let _ = writeln!(s, "  {code} {phrase}{from}");
        }
    }
}

/// Whether `--full` would show more than the lead: any entry's causes, checks or hints.
fn has_depth(ex: &Explanation) -> bool {
    let rich = |t: &Texts| {
        !t.causes.is_empty()
            || !t.confirm.is_empty()
            || !t.impact.is_empty()
            || t.actions.len() > ex.lead.actions.len()
            || !t.asterisk.is_empty()
            || !t.freeswitch.is_empty()
            || !t.kamailio.is_empty()
            || !t.opensips.is_empty()
    };
    ex.variants.iter().any(|v| rich(&v.texts))
        || ex.also_glossed.iter().any(|v| rich(&v.texts))
        || ex.canonical.as_ref().is_some_and(|c| rich(&c.texts))
        || ex.cause.as_ref().is_some_and(|c| rich(&c.texts))
        || ex.class_fallback.as_ref().is_some_and(|f| rich(&f.texts))
        || !ex.reasons.is_empty()
        || !ex.warnings.is_empty()
}
